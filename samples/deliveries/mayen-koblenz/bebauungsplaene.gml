<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="GML_eed6559c-28a6-4330-acba-a1361d6323f1" xsi:schemaLocation="http://www.xplanung.de/xplangml/6/0 https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/6.0/XPlanung-Operationen.xsd">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>359856.695 5561290.652</gml:lowerCorner>
      <gml:upperCorner>401803.777 5587734.511</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_34a5c879-f662-4621-9fd4-6fcea30a88e2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>381801.246 5564430.215</gml:lowerCorner>
          <gml:upperCorner>382671.708 5565021.774</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Im Brühl, 1. Änderung</xplan:name>
      <xplan:nummer>WIE-121</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 21 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_7c7e5d6d-e1fd-4b80-8e51-591401a911be">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_f2258b9e-96ad-4d53-a6df-1599f005076f">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">382018.547 5564487.008 382265.014 5564859.596 381991.083 5565021.774 381801.246 5564650.655 382018.547 5564487.008</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b4d05f24-d561-4e68-b886-829b43821d05">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">382456.805 5564430.215 382671.708 5564477.507 382580.244 5564727.294 382381.147 5564659.204 382456.805 5564430.215</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137114</xplan:ags>
          <xplan:gemeindeName>Wierschem</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>50000</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1968-07-11</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1968-08-11</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1969-01-21</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_4f03ebe7-754d-472a-93c4-481a84f208ba">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>384291.907 5586383.518</gml:lowerCorner>
          <gml:upperCorner>384472.377 5586558.353</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Mischgebiet Hauptstraße</xplan:name>
      <xplan:nummer>AND-61</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_eb064519-8d89-459a-aa6e-1e665fa2c988">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_e210ec58-f272-4abb-88a1-2d93b89fe57f">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">384398.064 5586383.518 384472.377 5586446.243 384368.249 5586558.353 384291.907 5586493.024 384398.064 5586383.518</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137003</xplan:ags>
          <xplan:gemeindeName>Andernach</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2015-03-25</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2016-03-15</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2016-04-15</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2016-09-05</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_3a92d994-02a0-44f3-9c38-91d5a6369a21">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>386795.220 5587463.424</gml:lowerCorner>
          <gml:upperCorner>387085.020 5587734.511</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Kirchberg, 1. Änderung</xplan:name>
      <xplan:nummer>AND-153</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 44 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_ca109cd4-5eed-4156-8a95-8b983d581c4e">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_596a38e8-300e-4865-a5ab-85bc6a5bc292">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">386887.505 5587463.424 387085.020 5587625.820 386994.820 5587734.511 386795.220 5587565.590 386887.505 5587463.424</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137003</xplan:ags>
          <xplan:gemeindeName>Andernach</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>50100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1975-05-12</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1976-04-04</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1976-05-05</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1976-11-14</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_8faf6067-10c7-4279-a023-f678cc2563b7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>388709.428 5572790.206</gml:lowerCorner>
          <gml:upperCorner>389187.397 5573354.358</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>In der Au</xplan:name>
      <xplan:nummer>KOB-159</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 16 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_ddfcc4c6-0699-4e8d-8cf5-0579bbf512df">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_6dd3d517-35a1-4b0a-9306-cecf98bae7c4">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">388980.717 5572790.206 389187.397 5573208.929 388900.786 5573354.358 388709.428 5572962.019 388980.717 5572790.206</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137212</xplan:ags>
          <xplan:gemeindeName>Kobern-Gondorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1972-07-01</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1973-01-17</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1973-02-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1973-09-06</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_740daa2a-377e-4cfe-9c9b-6b97aa6f1f0a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>399830.278 5570808.838</gml:lowerCorner>
          <gml:upperCorner>400186.667 5571048.176</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Entwicklungssatzung Neubaugebiet Sonnenhang, 1. Änderung</xplan:name>
      <xplan:nummer>RHE-69</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 34 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_2765e1d7-0d14-477c-ac47-39eabc4a9281">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b87adde6-1304-4a3e-9823-54c9c7a98be9">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">399947.943 5570849.988 399981.071 5571029.381 399865.463 5571048.176 399830.278 5570869.305 399947.943 5570849.988</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_f2467dc3-fe97-4f8c-823d-d0c046491dfd">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">400072.826 5570808.838 400186.667 5570868.835 400159.058 5570935.016 400046.820 5570878.355 400072.826 5570808.838</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137221</xplan:ags>
          <xplan:gemeindeName>Rhens</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40001</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1981-08-21</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1981-09-21</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1982-03-06</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_35f86a81-e327-4a40-a789-c3ac4ea9646c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>397637.227 5586839.732</gml:lowerCorner>
          <gml:upperCorner>398083.377 5587361.254</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Neubaugebiet Sonnenhang</xplan:name>
      <xplan:nummer>BEN-01</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 28 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_8f6e0f27-0022-44e5-95ca-477f31b1713f">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_a1aeece2-633c-4e40-8425-38c9184a715a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">397987.428 5586839.732 398083.377 5587350.039 397705.435 5587361.254 397637.227 5586907.843 397987.428 5586839.732</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137203</xplan:ags>
          <xplan:gemeindeName>Bendorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2014-04-08</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2015-05-02</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2015-06-02</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2015-11-07</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_fa62bcc8-8223-4cc0-ba20-ee196148767b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>385938.381 5561290.652</gml:lowerCorner>
          <gml:upperCorner>386120.967 5561479.765</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung In der Au, 3. Änderung</xplan:name>
      <xplan:nummer>BUR-156</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 10 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_3ed3ff77-8976-4d11-bd6f-6f7d7584af94">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_41319f80-2242-47b9-9063-c0439c308a72">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">386010.218 5561290.652 386120.967 5561421.180 386041.717 5561479.765 385938.381 5561371.244 386010.218 5561290.652</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137206</xplan:ags>
          <xplan:gemeindeName>Burgen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2005-10-26</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2006-04-14</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2006-05-15</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2006-07-19</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_d8161b76-317e-449e-8016-89d567ceae3b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>380682.246 5567130.880</gml:lowerCorner>
          <gml:upperCorner>380996.062 5567429.320</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Lebensmittelmarkt Bahnhofstraße</xplan:name>
      <xplan:nummer>PIL-151</xplan:nummer>
      <xplan:beschreibung>Sondergebiet großflächiger Einzelhandel, Verkaufsfläche höchstens 1400 m².</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_74730d00-7b32-4a8d-baff-ecc0a2696240">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_9f9b65f3-3dd8-4ba1-9a07-e10b1e109faf">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">380768.522 5567130.880 380996.062 5567309.163 380893.806 5567429.320 380682.246 5567282.565 380768.522 5567130.880</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137087</xplan:ags>
          <xplan:gemeindeName>Pillig</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1985-06-27</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1986-04-18</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1986-05-30</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1986-09-03</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_b493cb6e-cd92-41a6-8cb2-f260469a30a7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>390239.246 5583123.393</gml:lowerCorner>
          <gml:upperCorner>390539.748 5583413.740</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Im Brühl</xplan:name>
      <xplan:nummer>KET-16</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 37 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_7fb5c425-26f2-467c-ab46-32d341df78d9">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_e8c7ce9a-9ab1-485a-9dfe-635f9787eeae">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">390356.713 5583123.393 390539.748 5583303.272 390417.113 5583413.740 390239.246 5583232.315 390356.713 5583123.393</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137211</xplan:ags>
          <xplan:gemeindeName>Kettig</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>9999</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1986-08-15</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1987-12-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1988-01-20</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1988-04-22</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_bcf7be38-dce4-404d-be34-ce236df9d15a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>364492.122 5572736.796</gml:lowerCorner>
          <gml:upperCorner>364788.938 5573213.975</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Feuerwehrgerätehaus, 1. Änderung</xplan:name>
      <xplan:nummer>ANS-52</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_5a065247-d8bb-40c7-b3c2-a9f627c3c975">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_d3f2c972-39f7-4ee3-abb3-f61a8ed87f5b">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">364732.692 5572736.796 364788.938 5573159.552 364549.256 5573213.975 364492.122 5572770.642 364732.692 5572736.796</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137004</xplan:ags>
          <xplan:gemeindeName>Anschau</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10002</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1988-12-30</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1989-02-10</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1989-04-26</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_b8381461-5ba6-4757-8eac-b2423112cf26">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>388463.431 5581813.623</gml:lowerCorner>
          <gml:upperCorner>388934.606 5582230.168</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>In der Au</xplan:name>
      <xplan:nummer>SAF-39</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 29 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_5402b0ee-077c-4deb-8d71-0d4703d13a4e">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_20509fa1-67f6-43e6-aa7b-d45832d44ffc">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">388583.904 5581813.623 388934.606 5581993.326 388799.581 5582230.168 388463.431 5582090.873 388583.904 5581813.623</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137096</xplan:ags>
          <xplan:gemeindeName>Saffig</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>50100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1993-01-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1994-01-06</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1994-02-06</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1994-05-11</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_2b7350c1-c7ab-409a-a13e-a33ed20449e3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>390773.075 5567707.848</gml:lowerCorner>
          <gml:upperCorner>391626.517 5568207.405</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Schulzentrum</xplan:name>
      <xplan:nummer>OBE-20</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_50cdedfb-719f-4dc3-adbb-84a9748eda13">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4cc6d3d6-556f-4539-b956-d385ac109968">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">390814.714 5567841.527 391246.287 5567931.346 391150.492 5568207.405 390773.075 5568099.652 390814.714 5567841.527</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_3ef54de2-b922-41b9-a46c-9ba7ee1a400b">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">391489.056 5567707.848 391626.517 5567956.458 391484.596 5568034.329 391327.525 5567775.600 391489.056 5567707.848</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137220</xplan:ags>
          <xplan:gemeindeName>Oberfell</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1988-01-12</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1989-02-24</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1989-03-31</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1989-10-25</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_0d7a4133-0c78-4e9a-940b-676cf5eada2f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>385748.751 5577577.118</gml:lowerCorner>
          <gml:upperCorner>386429.784 5577968.648</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Freiflächen-Photovoltaik Am Galgenberg</xplan:name>
      <xplan:nummer>OCH-164</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 9 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_e34a4401-602e-4087-9296-f76a1edd5a46">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_51269b1c-794c-4251-a348-daf20b3ae9ae">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">385974.410 5577612.604 386106.401 5577802.142 385874.061 5577968.648 385748.751 5577741.459 385974.410 5577612.604</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_3bb7e7b7-1c93-428f-b49a-c0f352389285">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">386210.803 5577577.118 386429.784 5577621.696 386415.275 5577740.511 386181.595 5577703.033 386210.803 5577577.118</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137086</xplan:ags>
          <xplan:gemeindeName>Ochtendung</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2015-06-18</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2015-12-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2016-01-24</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2016-06-23</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_bd9e2b22-7a6e-4945-a47c-cfeb698e8b83">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>364424.270 5574226.338</gml:lowerCorner>
          <gml:upperCorner>364609.694 5574445.248</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Langgewann, 3. Änderung</xplan:name>
      <xplan:nummer>ANS-94</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 43 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_e1bc9ab3-fa89-4346-aca0-b20ab6724232">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ceb60a4a-c32c-4b76-bee1-cba3806c5673">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">364518.182 5574226.338 364609.694 5574312.912 364509.161 5574445.248 364424.270 5574347.389 364518.182 5574226.338</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137004</xplan:ags>
          <xplan:gemeindeName>Anschau</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3100</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2018-02-07</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2018-12-01</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2019-01-01</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2019-08-13</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_25b98a5b-ee9e-4263-95e9-8ac9b89f77c9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>367547.879 5582400.426</gml:lowerCorner>
          <gml:upperCorner>367748.453 5582643.109</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung Langgewann, 1. Änderung</xplan:name>
      <xplan:nummer>KIR-36</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 17 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_1b120c38-4856-44f3-83dc-6c75eea81c33">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_2dc42d0a-8fd4-4545-9215-3ce34f83b2a0">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">367630.024 5582400.426 367748.453 5582581.674 367662.999 5582643.109 367547.879 5582482.003 367630.024 5582400.426</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137049</xplan:ags>
          <xplan:gemeindeName>Kirchwald</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1988-04-15</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1989-01-31</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1989-03-14</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1989-08-24</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_9e4cc097-faeb-44b7-8260-400fe7bec402">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>378332.516 5569101.129</gml:lowerCorner>
          <gml:upperCorner>378677.509 5569344.747</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Seniorenwohnen Am Park</xplan:name>
      <xplan:nummer>MER-133</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 31 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_68f309e1-be8d-4893-b589-c67c09e0218f">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_70f1ef9a-d2e3-44ef-80ef-ad6b59c9b4a9">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">378351.620 5569101.129 378677.509 5569165.748 378650.643 5569344.747 378332.516 5569287.455 378351.620 5569101.129</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137070</xplan:ags>
          <xplan:gemeindeName>Mertloch</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>2100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-12-11</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_14dcc47a-6e31-4a32-a9d7-9d0d08a50a00">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>391670.124 5582724.730</gml:lowerCorner>
          <gml:upperCorner>391890.673 5582895.434</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Örtliche Bauvorschrift Kirchberg, 1. Änderung</xplan:name>
      <xplan:nummer>MUE-137</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 10 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_dfe1d4da-cc60-4ac4-b929-c59364ec44ca">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_297690e2-6318-4c61-93bb-830c11dc964a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">391872.063 5582724.730 391890.673 5582885.385 391681.486 5582895.434 391670.124 5582740.553 391872.063 5582724.730</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137216</xplan:ags>
          <xplan:gemeindeName>Mülheim-Kärlich</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1995-12-09</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1997-03-08</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1997-04-08</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1997-07-01</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_3cd2e176-f3b4-4b4f-a12f-fbe5d5db2a0b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>363344.776 5577857.534</gml:lowerCorner>
          <gml:upperCorner>363973.769 5578473.692</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Kirchberg</xplan:name>
      <xplan:nummer>VIR-68</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 26 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_9bde3401-5a8d-48bf-b0dd-431226a917dc">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_f1c1bb20-9b1f-487c-a5a6-9310d30608d3">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">363687.990 5577857.534 363973.769 5578184.986 363586.748 5578473.692 363344.776 5578194.711 363687.990 5577857.534</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137105</xplan:ags>
          <xplan:gemeindeName>Virneburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1966-09-12</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1967-03-13</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1967-04-13</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1967-12-09</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_743944df-ba76-41a3-9b1b-5d1d147d4818">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>377096.975 5579057.028</gml:lowerCorner>
          <gml:upperCorner>377487.022 5579355.603</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>In den Weiden</xplan:name>
      <xplan:nummer>THU-22</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 34 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_8bed7ad2-50fa-4dc0-a9d6-1daf3a4dcf89">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_a545b9a0-70f5-4d88-8ecf-1fe5f1a19388">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">377132.485 5579057.028 377487.022 5579057.356 377486.008 5579329.864 377096.975 5579355.603 377132.485 5579057.028</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137101</xplan:ags>
          <xplan:gemeindeName>Thür</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1983-02-22</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1983-09-16</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1983-10-17</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1984-03-31</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_860fcd20-153b-457a-b31c-ee202ce9dd5e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>399332.992 5585482.384</gml:lowerCorner>
          <gml:upperCorner>399875.619 5586023.584</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Freiflächen-Photovoltaik Am Galgenberg, 3. Änderung</xplan:name>
      <xplan:nummer>BEN-03</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 18 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_97116576-c1a8-49d4-b961-955379ddafb0">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_7eb9d484-7616-43a7-a179-435859a6b627">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">399518.154 5585482.384 399875.619 5585705.191 399625.554 5586023.584 399332.992 5585751.299 399518.154 5585482.384</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137203</xplan:ags>
          <xplan:gemeindeName>Bendorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>50000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2012-12-30</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2013-10-17</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2013-11-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2014-01-25</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_5fc7868c-7326-4d13-901c-97ed48704b96">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>364278.679 5576911.924</gml:lowerCorner>
          <gml:upperCorner>364452.907 5577032.251</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>In der Au, 2. Änderung</xplan:name>
      <xplan:nummer>LUX-59</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_4286a415-c385-4448-bd70-bb7fbaec7a23">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_e912759b-17df-4f14-a90a-071c31da1e8c">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">364288.765 5576911.924 364452.907 5576934.805 364436.882 5577032.251 364278.679 5577006.907 364288.765 5576911.924</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137066</xplan:ags>
          <xplan:gemeindeName>Luxem</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2018-11-20</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2019-09-17</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2019-10-18</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2020-03-19</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_e792e807-d4cc-4321-bab9-978de938ec8e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>380427.568 5570560.816</gml:lowerCorner>
          <gml:upperCorner>380755.110 5570900.912</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Mischgebiet Hauptstraße</xplan:name>
      <xplan:nummer>MER-134</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_d9d9b4c0-814e-4ed0-b5af-f533b90bd8a7">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_00f559cb-7c95-4ed2-95b9-acfd2bebb89a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">380454.209 5570560.816 380755.110 5570605.534 380725.527 5570900.912 380427.568 5570844.939 380454.209 5570560.816</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137070</xplan:ags>
          <xplan:gemeindeName>Mertloch</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>2200</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-11-04</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_00fcd0fa-98b2-4f76-8c72-d81125d1cfef">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>370764.020 5584149.911</gml:lowerCorner>
          <gml:upperCorner>370892.236 5584287.236</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Ergänzungssatzung Auf der Höhe</xplan:name>
      <xplan:nummer>RIE-118</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 26 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_a850bc53-500f-45f3-b775-6eed9e6bcf67">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_254a21b8-e6ee-4e63-8e48-b7d557732e70">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">370882.971 5584151.588 370892.236 5584287.236 370775.700 5584284.376 370764.020 5584149.911 370882.971 5584151.588</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137093</xplan:ags>
          <xplan:gemeindeName>Rieden</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40002</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-05-08</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_8d812471-ecc6-484c-83fc-6e0e8d8b43b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>386082.371 5583336.764</gml:lowerCorner>
          <gml:upperCorner>386275.806 5583545.020</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Innenbereichssatzung Am Friedhof, 3. Änderung</xplan:name>
      <xplan:nummer>PLA-84</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 28 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_3cec141f-4e3d-4301-ab69-3fdfb27fe6b4">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ddb422c3-4f64-4d3d-a0ed-e82088ae7fa0">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">386201.189 5583336.764 386275.806 5583458.510 386154.438 5583545.020 386082.371 5583417.521 386201.189 5583336.764</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137088</xplan:ags>
          <xplan:gemeindeName>Plaidt</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>4000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2013-09-11</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2014-12-29</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2015-01-28</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2015-04-09</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ed40b23e-11db-4111-9454-001b7b76b42c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>374668.344 5575210.456</gml:lowerCorner>
          <gml:upperCorner>375131.903 5575832.580</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Gewerbegebiet Nord, 2. Änderung</xplan:name>
      <xplan:nummer>MAY-44</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_e12c0a54-33bc-4802-b89d-d7f64e11fbbe">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_89e9a4f6-0fcd-473e-8e67-d94b0b217ef9">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">374780.825 5575210.456 375131.903 5575328.750 374989.758 5575832.580 374668.344 5575715.102 374780.825 5575210.456</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137068</xplan:ags>
          <xplan:gemeindeName>Mayen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1988-01-15</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1988-06-19</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1988-07-24</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1989-03-02</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_dd9377e9-8079-4c76-a5cd-024bb65a757c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>363937.784 5582913.211</gml:lowerCorner>
          <gml:upperCorner>364087.790 5583084.824</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Örtliche Bauvorschrift Mischgebiet Hauptstraße, 3. Änderung</xplan:name>
      <xplan:nummer>ARF-141</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_4edec1b3-b2a6-46cc-bb20-d272095352cf">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_31cb5ed7-6594-4d42-a887-a72035532bfe">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">364087.790 5582913.211 364079.854 5583082.735 363937.784 5583084.824 363947.345 5582920.927 364087.790 5582913.211</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137006</xplan:ags>
          <xplan:gemeindeName>Arft</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1990-11-14</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1991-12-22</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1992-01-26</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1992-05-04</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_5ed05bab-d76e-438e-a905-07b784e18286">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>401179.436 5583971.563</gml:lowerCorner>
          <gml:upperCorner>401803.777 5584571.771</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Auf der Höhe</xplan:name>
      <xplan:nummer>VAL-86</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_3c8d840f-71ac-474a-b399-96120cd3a49f">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_cbccb4f2-daec-422e-867a-aca5d493a728">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">401403.418 5583971.563 401803.777 5584357.716 401563.790 5584571.771 401179.436 5584232.154 401403.418 5583971.563</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137226</xplan:ags>
          <xplan:gemeindeName>Vallendar</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>5000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1975-02-23</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1975-08-30</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1975-09-29</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1976-04-05</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_94675a40-2ca0-4b90-8cf5-c86ceedbba40">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>381736.679 5565178.798</gml:lowerCorner>
          <gml:upperCorner>381924.923 5565321.517</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erweiterung Gewerbegebiet West, 3. Änderung</xplan:name>
      <xplan:nummer>WIE-25</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_1c4fb6b9-d92e-4814-9ab1-5ea6fe661afb">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_59d8e0ba-5211-40c0-9b41-6f07e6d0b471">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">381741.375 5565178.798 381924.923 5565190.602 381915.587 5565321.517 381736.679 5565305.939 381741.375 5565178.798</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137114</xplan:ags>
          <xplan:gemeindeName>Wierschem</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2007-04-30</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2008-08-22</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2008-10-03</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2008-12-16</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_9fdac76a-8f93-4524-b748-834c4afcaf31">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>383068.910 5585833.922</gml:lowerCorner>
          <gml:upperCorner>383514.097 5586240.045</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Sondergebiet Photovoltaik Auf dem Hahn, 1. Änderung</xplan:name>
      <xplan:nummer>NIC-84</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 42 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_6b040f79-6192-4174-93f6-065f87922533">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_223a6e60-6d4c-4d8c-9af5-95fb9667d1d8">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">383501.349 5585833.922 383514.097 5586209.773 383111.035 5586240.045 383068.910 5585851.103 383501.349 5585833.922</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137081</xplan:ags>
          <xplan:gemeindeName>Nickenich</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>9999</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2011-08-26</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2012-09-27</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2012-10-27</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2013-02-27</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_a286855a-807a-4304-acdb-fb238e2f84f2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>392890.019 5572451.642</gml:lowerCorner>
          <gml:upperCorner>393025.878 5572671.842</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Ergänzungssatzung In der Au</xplan:name>
      <xplan:nummer>DIE-174</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 30 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_93041e36-1aeb-4190-99c6-b9adb4877d08">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b3234162-76cb-4467-821c-43501730ac3e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">392897.195 5572451.642 393025.878 5572453.803 393016.725 5572671.842 392890.019 5572671.359 392897.195 5572451.642</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137207</xplan:ags>
          <xplan:gemeindeName>Dieblich</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40002</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2004-05-06</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2005-04-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2005-05-25</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2005-09-20</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_f5a56d34-01c0-4836-b6a4-40b9036bbd49">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>370942.209 5581075.368</gml:lowerCorner>
          <gml:upperCorner>371491.835 5581567.764</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Kirchberg</xplan:name>
      <xplan:nummer>ETT-103</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 12 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_db1b4fe1-a2c6-4975-8828-d9407f40ffc6">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_122331ad-699f-4ce8-997e-dbe0063d9393">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">371120.070 5581075.368 371491.835 5581393.234 371334.636 5581567.764 370942.209 5581249.451 371120.070 5581075.368</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137025</xplan:ags>
          <xplan:gemeindeName>Ettringen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2026-03-23</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-12-02</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2027-01-02</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_e682fc12-8487-465e-a761-838c789640cb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>361536.742 5578753.959</gml:lowerCorner>
          <gml:upperCorner>361806.267 5578979.679</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung Am Sportplatz, 2. Änderung</xplan:name>
      <xplan:nummer>BAA-168</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 19 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_e4eac525-e642-4f0f-bb7c-e7c69333ed55">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_d30bff4e-7a01-447a-8768-0d05366cb2f8">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">361599.279 5578753.959 361806.267 5578836.162 361756.940 5578979.679 361536.742 5578911.411 361599.279 5578753.959</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137007</xplan:ags>
          <xplan:gemeindeName>Baar</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>5000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1985-08-12</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1986-11-21</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1986-12-22</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1987-06-28</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_5f799d6d-0302-4717-8546-a8e6e16872f8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>388781.138 5564826.255</gml:lowerCorner>
          <gml:upperCorner>389096.221 5565189.664</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Sondergebiet Einzelhandel</xplan:name>
      <xplan:nummer>BRO-27</xplan:nummer>
      <xplan:beschreibung>Sondergebiet großflächiger Einzelhandel, Verkaufsfläche höchstens 800 m².</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_ff0300f7-17a1-4ac7-91e7-0f5077eb660a">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_f4f4c753-b106-46cd-801d-a4b8b24aa870">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">388910.927 5564826.255 389096.221 5564923.710 388940.881 5565189.664 388781.138 5565105.770 388910.927 5564826.255</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137205</xplan:ags>
          <xplan:gemeindeName>Brodenbach</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1993-04-12</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1993-09-14</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1993-10-19</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1994-03-28</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_2631b2ed-b1c0-44c5-986f-c58d3ac980e7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>372008.719 5577586.654</gml:lowerCorner>
          <gml:upperCorner>372258.580 5577864.602</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Auf der Höhe</xplan:name>
      <xplan:nummer>MAY-111</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_901d5449-a92f-4495-934b-048786c22f63">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_2d516ae6-0c34-41ee-8ad5-70c0caa1a6ae">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">372237.190 5577586.654 372258.580 5577864.602 372011.929 5577859.368 372008.719 5577614.120 372237.190 5577586.654</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137068</xplan:ags>
          <xplan:gemeindeName>Mayen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1983-12-04</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1984-01-04</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1984-08-30</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_e161fbb0-71a7-4670-844d-afc5a495cc8b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>359856.695 5573562.863</gml:lowerCorner>
          <gml:upperCorner>359995.494 5573726.458</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung Seniorenwohnen Am Park</xplan:name>
      <xplan:nummer>MUE-135</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 14 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_4f381cd9-fe7b-42f8-8c04-a59857337e7f">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_2b65d058-4034-4e18-afd0-87babc5ddab1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">359943.225 5573562.863 359995.494 5573696.015 359905.792 5573726.458 359856.695 5573604.442 359943.225 5573562.863</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137077</xplan:ags>
          <xplan:gemeindeName>Münk</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-02-20</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_2b2883ba-f0f4-4fce-bb21-dbbdf2684006">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>372935.757 5576072.534</gml:lowerCorner>
          <gml:upperCorner>373088.270 5576227.826</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Ergänzungssatzung Hinter den Gärten</xplan:name>
      <xplan:nummer>MAY-87</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 41 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_fe02c3ca-709f-4a4b-8492-4ae22f7721e8">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c9546b24-d9d9-4a9e-a491-e8acbbd12787">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">373044.012 5576072.534 373088.270 5576178.983 372976.175 5576227.826 372935.757 5576101.020 373044.012 5576072.534</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137068</xplan:ags>
          <xplan:gemeindeName>Mayen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40002</xplan:planArt>
      <xplan:rechtsstand>2100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2023-11-29</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_1631ce6a-e9c7-4a2e-9a0e-6f6594dbb661">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>366547.924 5578766.430</gml:lowerCorner>
          <gml:upperCorner>366742.515 5579041.511</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Örtliche Bauvorschrift In der Au, 1. Änderung</xplan:name>
      <xplan:nummer>MAY-98</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 19 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_7538f3c0-a97f-4fb9-867d-46282bdf7dc7">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_67f55bac-4290-477f-986b-788fd6abb192">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">366606.107 5578766.430 366742.515 5578796.923 366670.536 5579041.511 366547.924 5578999.223 366606.107 5578766.430</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07137068</xplan:ags>
          <xplan:gemeindeName>Mayen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>50100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1992-09-30</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1993-10-11</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1993-11-22</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1994-02-21</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
</xplan:XPlanAuszug>
