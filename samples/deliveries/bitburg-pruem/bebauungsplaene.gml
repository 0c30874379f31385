<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="GML_9cbaa86f-d220-4e54-a8aa-ca9a72c3c111" xsi:schemaLocation="http://www.xplanung.de/xplangml/5/4 https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/5.4/XPlanung-Operationen.xsd">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>295882.389 5521436.741</gml:lowerCorner>
      <gml:upperCorner>333896.482 5566227.800</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_b96756e8-e8c7-4865-8202-42e63b9c796e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>309566.182 5555116.716</gml:lowerCorner>
          <gml:upperCorner>309712.029 5555315.458</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Gewerbegebiet Nord, 1. Änderung</xplan:name>
      <xplan:nummer>24.1</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_b31b4df9-3ac6-4d49-8e33-5e11c14abcb4">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_04d1815c-c3ec-488b-a7f1-0ea826f46996">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">309680.873 5555123.669 309712.029 5555306.599 309587.802 5555315.458 309566.182 5555116.716 309680.873 5555123.669</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232249</xplan:ags>
          <xplan:gemeindeName>Kinzenburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1966-03-19</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1967-03-05</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1967-04-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1967-10-06</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_9db85e57-e259-4ddf-bde2-8bb12b7544ea">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>296995.923 5558372.852</gml:lowerCorner>
          <gml:upperCorner>297472.611 5558685.452</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Ortsmitte, 1. Änderung</xplan:name>
      <xplan:nummer>87.1</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_070766af-e1fe-49ef-9d62-eb6c6f97e16f">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ccd909bb-c6b4-47e5-894c-70e995095f6d">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">297029.727 5558372.852 297472.611 5558422.465 297462.340 5558685.452 296995.923 5558648.681 297029.727 5558372.852</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232234</xplan:ags>
          <xplan:gemeindeName>Harspelt</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1966-03-28</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1967-05-25</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1967-06-24</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1968-01-24</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_d3b59160-d619-4c67-b0da-fd9233d6b505">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>320376.895 5534121.483</gml:lowerCorner>
          <gml:upperCorner>320654.244 5534470.629</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Freiflächen-Photovoltaik Am Galgenberg, 1. Änderung</xplan:name>
      <xplan:nummer>57.1</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 12 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_37e6f35b-12a8-4f01-8523-52fb4b79306c">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_be79aa47-878a-4893-860c-5cb78a4cf2fb">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">320571.387 5534121.483 320654.244 5534425.651 320461.665 5534470.629 320376.895 5534201.989 320571.387 5534121.483</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232091</xplan:ags>
          <xplan:gemeindeName>Niederstedem</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2010-12-02</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2011-06-24</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2011-07-25</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2012-03-15</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_beeffdb8-2558-4476-9a9b-ea06fcc6303c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>331481.005 5533296.266</gml:lowerCorner>
          <gml:upperCorner>331977.435 5533737.383</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Kirchberg</xplan:name>
      <xplan:nummer>104</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 10 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_e7625fda-d500-4662-8c04-7c22345370b0">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_2164dbcf-1e9b-4a47-beda-e9f9fd61c30e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">331543.211 5533296.266 331977.435 5533394.127 331889.332 5533737.383 331481.005 5533639.099 331543.211 5533296.266</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232123</xplan:ags>
          <xplan:gemeindeName>Speicher</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1987-09-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1988-07-24</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1988-08-24</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1989-02-12</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_a9adf357-f243-4960-a12e-2f69faac7adc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>315815.057 5521436.741</gml:lowerCorner>
          <gml:upperCorner>316380.069 5522031.534</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erweiterung Gewerbegebiet West</xplan:name>
      <xplan:nummer>146</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_f60b8abb-a309-4b54-a64f-de4ee7294708">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_9e90abbc-84e4-4750-8a9b-b0e3d600287f">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">316091.801 5521436.741 316380.069 5521799.096 316062.350 5522031.534 315815.057 5521682.934 316091.801 5521436.741</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232028</xplan:ags>
          <xplan:gemeindeName>Echternacherbrück</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>2300</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-05-03</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_6942d7d2-fc71-40e8-838a-914d8b21ac8d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>329676.451 5546697.448</gml:lowerCorner>
          <gml:upperCorner>329843.726 5546856.946</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>In der Au, 3. Änderung</xplan:name>
      <xplan:nummer>127.3</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 37 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_b47788c1-64c5-4ed8-a3bf-c8de5ce2647a">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_7560fcda-5205-4b07-89da-cc6d4ed14ca9">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">329779.544 5546697.448 329843.726 5546780.595 329742.922 5546856.946 329676.451 5546773.450 329779.544 5546697.448</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232071</xplan:ags>
          <xplan:gemeindeName>Kyllburgweiler</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1992-05-27</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1993-01-09</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1993-02-13</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1993-06-09</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_82bd2e4c-9cb5-43ae-a059-6a1855f4ecd2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>309501.762 5541614.891</gml:lowerCorner>
          <gml:upperCorner>309861.708 5542020.973</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Langgewann</xplan:name>
      <xplan:nummer>119</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 44 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_53ba942c-39f9-4d25-b5c6-bf958810615e">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_1969f39d-9f76-43fd-9f8f-05f83a59440e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">309766.594 5541614.891 309861.708 5541940.243 309577.775 5542020.973 309501.762 5541705.323 309766.594 5541614.891</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232102</xplan:ags>
          <xplan:gemeindeName>Utscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-02-24</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_b05e53d8-21a1-45b1-88d3-a2cbf8c5a2c2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>317869.939 5526577.568</gml:lowerCorner>
          <gml:upperCorner>318092.707 5526797.149</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Örtliche Bauvorschrift Am Mühlbach, 3. Änderung</xplan:name>
      <xplan:nummer>25.3</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 19 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_e15058bc-6770-4656-b2c1-94d41179fd7b">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_545cbaf4-e9ec-40bf-bfd8-72832bd60e98">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">317966.608 5526577.568 318092.707 5526727.353 317984.247 5526797.149 317869.939 5526650.792 317966.608 5526577.568</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232093</xplan:ags>
          <xplan:gemeindeName>Niederweis</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2026-05-16</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_110ae2b0-ef8c-4386-a00a-059d7a8d9122">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>307113.907 5536997.968</gml:lowerCorner>
          <gml:upperCorner>307861.610 5537480.642</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Am Sportplatz, 1. Änderung</xplan:name>
      <xplan:nummer>71.1</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 42 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_a70e094e-d053-41ad-be62-600936c68ac7">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_1829bdad-c8c3-4547-ad35-fdf05470a318">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">307345.549 5537068.414 307470.441 5537379.559 307245.142 5537480.642 307113.907 5537173.460 307345.549 5537068.414</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_6560e97d-1bf5-4b82-a02b-daf0aa42e0c1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">307680.283 5536997.968 307861.610 5537196.746 307743.342 5537271.044 307575.060 5537095.372 307680.283 5536997.968</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232080</xplan:ags>
          <xplan:gemeindeName>Mettendorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1985-10-10</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1986-08-23</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1986-09-23</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1987-03-21</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_7f0e71d9-f080-4259-977a-492e23727c86">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>307416.373 5540849.750</gml:lowerCorner>
          <gml:upperCorner>307546.301 5541007.012</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Sondergebiet Photovoltaik Auf dem Hahn</xplan:name>
      <xplan:nummer>145</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 24 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_e3b55e04-5cdb-43a9-af3a-44bb4decb9b1">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c8932030-fdbc-4079-9c91-19f7c3d3a9c1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">307493.917 5540849.750 307546.301 5540973.986 307460.096 5541007.012 307416.373 5540878.594 307493.917 5540849.750</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232088</xplan:ags>
          <xplan:gemeindeName>Neuerburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-03-09</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-11-14</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2026-12-15</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_da08c954-3b24-40eb-b30a-8b2cd99cff93">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>307544.044 5537934.957</gml:lowerCorner>
          <gml:upperCorner>308268.055 5538510.566</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Sondergebiet Einzelhandel, 2. Änderung</xplan:name>
      <xplan:nummer>108.2</xplan:nummer>
      <xplan:beschreibung>Sondergebiet großflächiger Einzelhandel, Verkaufsfläche höchstens 4400 m².</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_d4b48b80-d36d-441c-9b5e-bf18b597a339">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_f7f3b87e-9bcc-41e5-98c6-829b83edf769">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">307737.201 5537997.328 307885.176 5538434.228 307670.874 5538510.566 307544.044 5538084.786 307737.201 5537997.328</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_600401ee-f53b-421b-8f79-65fa30783da8">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">308204.088 5537934.957 308268.055 5538214.214 308132.002 5538263.983 308064.381 5537965.147 308204.088 5537934.957</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232080</xplan:ags>
          <xplan:gemeindeName>Mettendorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2011-11-28</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2012-06-16</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2012-07-21</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2012-12-28</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_60e76a5d-66e6-46bf-b2f8-a01d0055a572">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>322615.319 5532558.428</gml:lowerCorner>
          <gml:upperCorner>322901.564 5532826.866</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Seniorenwohnen Am Park, 2. Änderung</xplan:name>
      <xplan:nummer>12.2</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 37 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_f0c9f6a2-4eab-4bd1-9585-9a19bfae393a">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_2e6ddc11-010e-427d-8be2-e9294e293043">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">322821.590 5532558.428 322901.564 5532668.825 322697.007 5532826.866 322615.319 5532709.601 322821.590 5532558.428</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232034</xplan:ags>
          <xplan:gemeindeName>Eßlingen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10002</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2017-06-06</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2018-08-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2018-09-24</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2019-05-06</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_c6e234a2-2160-484e-b7ec-e7a1a8a3c561">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>310934.852 5566113.626</gml:lowerCorner>
          <gml:upperCorner>311138.968 5566227.800</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Innenbereichssatzung Neubaugebiet Sonnenhang, 1. Änderung</xplan:name>
      <xplan:nummer>92.1</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 13 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_a847eacb-86e7-4d0b-aaf0-b9130cb590bf">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_d363cb07-c383-49d7-8ee8-4d83aa8edc46">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">310946.619 5566113.626 311138.968 5566132.428 311130.486 5566227.800 310934.852 5566214.373 310946.619 5566113.626</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232308</xplan:ags>
          <xplan:gemeindeName>Sellerich</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>4000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1999-09-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2000-03-15</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2000-04-19</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2000-09-27</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_3a76298a-4265-4e7e-a03c-eea01ef2c8fc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>318730.379 5534090.142</gml:lowerCorner>
          <gml:upperCorner>318844.669 5534247.318</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung Im Pfarrgarten, 1. Änderung</xplan:name>
      <xplan:nummer>14.1</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 24 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_da3586f3-516f-4a6a-a1d8-3c3f4f0f6ec3">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_0b07816c-fc63-4f9a-835d-eb5d99106670">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">318801.904 5534090.142 318844.669 5534226.012 318772.311 5534247.318 318730.379 5534110.376 318801.904 5534090.142</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232079</xplan:ags>
          <xplan:gemeindeName>Messerich</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2022-04-11</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2023-02-10</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2023-03-24</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2023-06-10</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_20e163e6-37de-47e0-bdce-5ccd85da71cf">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>332262.054 5532791.096</gml:lowerCorner>
          <gml:upperCorner>332415.367 5533068.244</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Im Brühl, 2. Änderung</xplan:name>
      <xplan:nummer>75.2</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 31 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_02cb5867-c307-4f5c-9030-17b6e9347ebe">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4a4b036d-9666-4295-ab28-f9bf6f023bc2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">332382.437 5532791.356 332415.367 5533060.323 332262.054 5533068.244 332264.068 5532791.096 332382.437 5532791.356</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232123</xplan:ags>
          <xplan:gemeindeName>Speicher</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2019-12-23</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2020-10-12</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2020-11-12</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2021-04-08</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_39ee7c40-ec49-4fb4-b661-dc3bde915287">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>297161.710 5555379.401</gml:lowerCorner>
          <gml:upperCorner>297289.480 5555480.899</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung Auf der Höhe, 1. Änderung</xplan:name>
      <xplan:nummer>136.1</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 19 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_cd3b2084-f205-4450-92fc-8502510995d2">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_da593a49-dba4-4e13-b933-ee4bdd2ab9a5">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">297279.035 5555384.201 297289.480 5555480.899 297165.695 5555476.895 297161.710 5555379.401 297279.035 5555384.201</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232301</xplan:ags>
          <xplan:gemeindeName>Roscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1993-11-29</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1994-06-11</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1994-07-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1995-01-28</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_d35e3b3b-39e3-4917-bc91-61ff7b0aed9f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>314665.803 5556856.594</gml:lowerCorner>
          <gml:upperCorner>314875.683 5556993.912</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung Hinter den Gärten, 3. Änderung</xplan:name>
      <xplan:nummer>123.3</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 27 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_8c2e09e1-8bfc-44dc-9d0f-15150dac5af3">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_440f2ef8-3f72-437f-91fa-fc5f7c4f7973">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">314690.688 5556856.594 314875.683 5556878.931 314848.673 5556993.912 314665.803 5556962.222 314690.688 5556856.594</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232266</xplan:ags>
          <xplan:gemeindeName>Matzerath</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2011-08-04</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2012-02-29</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2012-04-04</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2012-08-24</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_e34147ab-f5a4-4f79-982b-a44ed4356478">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>333516.105 5544368.231</gml:lowerCorner>
          <gml:upperCorner>333896.482 5544624.507</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Langgewann, 1. Änderung</xplan:name>
      <xplan:nummer>162.1</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 23 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_8f4aec06-116c-4e7b-9ea8-3ddf61724d3d">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_e54aabbc-2f24-49d6-b9e0-19b84b384c1d">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">333560.512 5544368.231 333896.482 5544466.556 333848.113 5544624.507 333516.105 5544562.629 333560.512 5544368.231</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232282</xplan:ags>
          <xplan:gemeindeName>Oberkail</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>50100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1982-04-23</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1983-03-03</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1983-04-02</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1983-10-27</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_0fbf42ba-b29c-4696-8ab3-5a8ca2aa17f9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>329865.815 5552952.791</gml:lowerCorner>
          <gml:upperCorner>330015.099 5553152.635</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Schulzentrum</xplan:name>
      <xplan:nummer>176</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_dbfa63a2-210d-406c-934f-4e74aec11692">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ece40237-c076-4aa0-8c55-1df88c258fc4">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">330009.945 5552952.791 330015.099 5553152.635 329865.815 5553140.777 329866.979 5552957.632 330009.945 5552952.791</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232331</xplan:ags>
          <xplan:gemeindeName>Zendscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>2100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-10-26</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_cbf94448-996d-4a0a-803f-ac7a83528e42">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>308304.454 5536237.493</gml:lowerCorner>
          <gml:upperCorner>308838.312 5536721.823</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Langgewann, 2. Änderung</xplan:name>
      <xplan:nummer>55.2</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 25 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_9d3510b8-5bda-4c18-ae41-e1ec59354dd3">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_9ce33f21-8f54-4fca-b591-cea2952c4c36">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">308580.724 5536237.493 308838.312 5536460.716 308588.049 5536721.823 308304.454 5536471.001 308580.724 5536237.493</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232080</xplan:ags>
          <xplan:gemeindeName>Mettendorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>2100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-07-12</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_1e17a5ea-b8b4-42d5-bfd8-44528e138ac9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>297569.422 5543754.571</gml:lowerCorner>
          <gml:upperCorner>298178.024 5544197.371</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Auf der Höhe</xplan:name>
      <xplan:nummer>99</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 9 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_56f2b0a1-2be0-4276-bef5-8b69654ca0c4">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_01a35652-a672-4b78-8729-1d6c92101864">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">297653.177 5543754.571 298178.024 5543901.168 298117.602 5544197.371 297569.422 5544054.976 297653.177 5543754.571</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232121</xplan:ags>
          <xplan:gemeindeName>Sevenig bei Neuerburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>5000</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1977-11-04</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1977-12-09</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1978-07-19</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_d228dd5a-2f8d-4736-afc2-5c22f4be8c36">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>309489.482 5556438.914</gml:lowerCorner>
          <gml:upperCorner>309952.333 5556905.186</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Sondergebiet Einzelhandel</xplan:name>
      <xplan:nummer>157</xplan:nummer>
      <xplan:beschreibung>Sondergebiet großflächiger Einzelhandel, Verkaufsfläche höchstens 3700 m².</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_9c7dc80d-4d89-471b-bb17-5db56c2e19a7">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_12c76b6a-dfc6-4c02-a40e-fea264782e73">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">309763.047 5556438.914 309952.333 5556571.777 309678.158 5556905.186 309489.482 5556783.808 309763.047 5556438.914</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232262</xplan:ags>
          <xplan:gemeindeName>Lünebach</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-06-08</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ed12b8d3-5db8-4162-abc0-01cf5ecfc705">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>304794.614 5544457.209</gml:lowerCorner>
          <gml:upperCorner>305172.798 5544726.567</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Örtliche Bauvorschrift Am Sportplatz, 2. Änderung</xplan:name>
      <xplan:nummer>20.2</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 17 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_15f00219-1d1e-4686-9cab-5fb4699c684c">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_9534530b-4bab-4fce-88d9-6b6f9ca2a879">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">304864.788 5544485.148 304976.093 5544527.675 304902.159 5544726.567 304794.614 5544678.344 304864.788 5544485.148</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_204cb498-acea-400b-b297-b0159ec1b662">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">305129.836 5544457.209 305172.798 5544565.580 305096.528 5544604.167 305045.683 5544490.243 305129.836 5544457.209</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232088</xplan:ags>
          <xplan:gemeindeName>Neuerburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-01-25</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-11-24</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2026-12-24</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_728aaed3-2e5b-4cd2-9bdd-bb54fc171538">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>314672.587 5563208.160</gml:lowerCorner>
          <gml:upperCorner>314935.813 5563449.871</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Am Sportplatz, 2. Änderung</xplan:name>
      <xplan:nummer>115.2</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 37 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_9d796129-17ac-4b19-af25-ae3b861365c3">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_179c47b6-3063-4ad4-84bb-156138dcd38a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">314733.974 5563208.160 314935.813 5563306.825 314882.697 5563449.871 314672.587 5563339.171 314733.974 5563208.160</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232296</xplan:ags>
          <xplan:gemeindeName>Prüm</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10002</xplan:planArt>
      <xplan:rechtsstand>3000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2023-12-22</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2024-08-28</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2024-09-27</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_c4b809c4-028a-48b1-b0bb-48c753836e4c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>310447.054 5550351.590</gml:lowerCorner>
          <gml:upperCorner>310734.113 5550615.591</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Innenbereichssatzung Mischgebiet Hauptstraße</xplan:name>
      <xplan:nummer>53</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_d8783a3f-f534-49b5-b7c9-cda567d829c4">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b04d634a-094e-44b8-b87b-c1561fb3ca55">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">310533.528 5550351.590 310734.113 5550466.995 310634.044 5550615.591 310447.054 5550487.506 310533.528 5550351.590</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232253</xplan:ags>
          <xplan:gemeindeName>Krautscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>4000</xplan:planArt>
      <xplan:rechtsstand>5000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1982-03-16</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1982-08-18</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1982-09-22</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1983-01-20</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_192a5739-2e57-42dd-b87f-922a0d53495a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>298857.230 5560050.455</gml:lowerCorner>
          <gml:upperCorner>299051.162 5560240.186</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Örtliche Bauvorschrift Auf dem Kreuz</xplan:name>
      <xplan:nummer>101</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 45 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_260f197b-35fb-4be7-ac0e-439fe0e3c4fb">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_191f6dab-a6be-4060-b2a0-2fbb9afe5a9b">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">298947.277 5560050.455 299051.162 5560126.420 298971.635 5560240.186 298857.230 5560163.331 298947.277 5560050.455</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232263</xplan:ags>
          <xplan:gemeindeName>Lützkampen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-04-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-10-21</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2026-11-21</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_a2b3e9ea-6ad7-44fa-aa5b-6c34ec0d8942">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>302833.237 5539127.338</gml:lowerCorner>
          <gml:upperCorner>302932.548 5539306.187</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Entwicklungssatzung Auf der Höhe</xplan:name>
      <xplan:nummer>19</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 15 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_31194497-c95c-447b-aac4-a49cf34004e7">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ef056d9e-099b-43ce-a7fe-b5ebdde57e38">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">302919.774 5539131.213 302932.548 5539297.232 302843.611 5539306.187 302833.237 5539127.338 302919.774 5539131.213</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232012</xplan:ags>
          <xplan:gemeindeName>Berscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40001</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-10-08</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-11-21</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2026-12-26</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ba67e580-a779-417a-b028-b61db35375b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>315314.013 5551095.434</gml:lowerCorner>
          <gml:upperCorner>315600.924 5551441.223</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Neubaugebiet Sonnenhang</xplan:name>
      <xplan:nummer>120</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 9 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_056b94d3-3b5a-44fb-b93d-6941d277a774">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_cc358c93-e062-419d-b697-899b6c76373a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">315502.157 5551095.434 315600.924 5551384.712 315418.942 5551441.223 315314.013 5551196.320 315502.157 5551095.434</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232293</xplan:ags>
          <xplan:gemeindeName>Plütscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2011-02-15</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2012-01-17</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2012-02-21</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2012-05-17</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ed335ce2-f456-4d9a-aa52-4b2a60524cf2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>315790.609 5525412.986</gml:lowerCorner>
          <gml:upperCorner>316237.723 5525863.952</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Ortsmitte, 3. Änderung</xplan:name>
      <xplan:nummer>32.3</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_69180dff-d176-4310-bd45-050dbaad5fdc">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c1155e11-33e1-4e8a-abee-f8ac0ba3da94">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">315929.987 5525412.986 316237.723 5525474.745 316133.481 5525863.952 315790.609 5525724.067 315929.987 5525412.986</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232063</xplan:ags>
          <xplan:gemeindeName>Irrel</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1979-12-16</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1980-08-11</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1980-09-10</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1981-02-16</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_f79d4658-cc53-4905-bdf5-d411f378ef16">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>323082.366 5537314.027</gml:lowerCorner>
          <gml:upperCorner>323477.737 5537686.968</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Freiflächen-Photovoltaik Am Galgenberg, 1. Änderung</xplan:name>
      <xplan:nummer>126.1</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 24 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_5e1c62eb-0538-451f-a543-b1d8b89b1860">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_fe1b49f2-9d02-4b0c-8da8-d4d00d697556">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">323235.532 5537314.027 323477.737 5537446.435 323324.933 5537686.968 323082.366 5537513.935 323235.532 5537314.027</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232018</xplan:ags>
          <xplan:gemeindeName>Bitburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2019-06-07</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2020-07-22</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2020-08-22</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2021-01-03</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_8165ec2a-6450-4c59-8ce4-e1ae810ac68d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>301157.954 5545237.019</gml:lowerCorner>
          <gml:upperCorner>301457.641 5545484.701</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Freiflächen-Photovoltaik Am Galgenberg</xplan:name>
      <xplan:nummer>145</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 13 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_c969c559-ee39-4ee3-9f0d-8b205492ac27">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_92d18829-8064-4620-b8be-33947e09a077">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">301220.259 5545237.019 301457.641 5545378.752 301389.155 5545484.701 301157.954 5545354.881 301220.259 5545237.019</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232064</xplan:ags>
          <xplan:gemeindeName>Karlshausen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2017-04-08</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2018-02-02</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2018-03-09</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2018-10-08</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_683922a0-1b21-4609-8996-26a3017a9591">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>310172.553 5548668.608</gml:lowerCorner>
          <gml:upperCorner>310426.189 5548975.681</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>In den Weiden</xplan:name>
      <xplan:nummer>58</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 35 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_208b6d34-3c23-4781-9743-dd2866f917b1">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_8df1e055-579b-4a98-9a98-84b3f1830b83">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">310310.187 5548668.608 310426.189 5548896.977 310268.088 5548975.681 310172.553 5548719.297 310310.187 5548668.608</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232253</xplan:ags>
          <xplan:gemeindeName>Krautscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2023-06-21</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2024-05-02</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2024-06-01</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2024-08-20</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ac90d0b0-6729-4b29-8f09-161aadfe0978">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>302645.870 5548406.423</gml:lowerCorner>
          <gml:upperCorner>302809.349 5548587.145</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Kirchberg, 3. Änderung</xplan:name>
      <xplan:nummer>92.3</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 15 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_4354b8d9-c72f-43be-a882-957458ce6a11">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_2b3f67ac-a144-49eb-b70a-6379b89a695d">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">302723.727 5548406.423 302809.349 5548462.733 302721.317 5548587.145 302645.870 5548529.234 302723.727 5548406.423</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232246</xplan:ags>
          <xplan:gemeindeName>Jucken</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>2200</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-01-30</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_508ae3a4-46a4-4c8b-9d80-f37c18c3d941">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>312767.650 5546489.888</gml:lowerCorner>
          <gml:upperCorner>313094.106 5546796.945</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Seniorenwohnen Am Park</xplan:name>
      <xplan:nummer>105</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 26 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_63467afe-3ee6-45d8-b874-c992a4f1af9f">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_529f2227-0c88-405e-9f7c-df2849cc2dba">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">312767.650 5546489.888 313094.106 5546496.717 313051.160 5546796.945 312768.447 5546737.338 312767.650 5546489.888</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232285</xplan:ags>
          <xplan:gemeindeName>Oberpierscheid</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1996-03-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1996-11-03</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1996-12-15</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1997-07-11</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_4a77d93c-0561-461d-b7e4-abbd1ee07836">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>308186.554 5536441.236</gml:lowerCorner>
          <gml:upperCorner>308438.867 5536709.917</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Entwicklungssatzung Im Brühl</xplan:name>
      <xplan:nummer>01</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_194a86c3-8a15-4cdf-9154-30cbe259822a">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_980c51d8-c120-4a5f-a0bf-4a455a4bc590">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">308270.209 5536441.236 308438.867 5536593.835 308349.679 5536709.917 308186.554 5536540.785 308270.209 5536441.236</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232080</xplan:ags>
          <xplan:gemeindeName>Mettendorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40001</xplan:planArt>
      <xplan:rechtsstand>2000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2023-04-02</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ebbeddcf-487b-49e8-8182-58ad5dead67f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>296736.838 5542891.148</gml:lowerCorner>
          <gml:upperCorner>297285.744 5543477.621</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Auf dem Kreuz, 1. Änderung</xplan:name>
      <xplan:nummer>60.1</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 16 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_9e5425ad-d3b3-43f2-a11f-f6cf78b038f9">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_db22d943-6ed0-4fff-ab2b-f7bb649cc82f">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">297003.288 5542891.148 297285.744 5543032.458 296966.793 5543477.621 296736.838 5543306.718 297003.288 5542891.148</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232121</xplan:ags>
          <xplan:gemeindeName>Sevenig bei Neuerburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1980-11-04</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1982-01-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1982-02-19</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1982-10-08</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_8745438f-ef17-425b-9feb-24f425d166bb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>296422.848 5555829.807</gml:lowerCorner>
          <gml:upperCorner>297051.238 5556463.799</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Auf dem Kreuz, 3. Änderung</xplan:name>
      <xplan:nummer>16.3</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 41 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_17777250-c943-4b59-b281-ef693a95357c">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ba1e5be8-4e03-4c62-ad5a-67a371815a64">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">296674.229 5555829.807 297051.238 5556240.590 296735.985 5556463.799 296422.848 5556039.766 296674.229 5555829.807</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232310</xplan:ags>
          <xplan:gemeindeName>Sevenig (Our)</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2026-03-18</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-11-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2026-12-20</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_17c98762-6251-44bc-963f-eb916e226aa0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>324826.689 5526923.465</gml:lowerCorner>
          <gml:upperCorner>324995.372 5527140.579</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Außenbereichssatzung Hinter den Gärten, 3. Änderung</xplan:name>
      <xplan:nummer>86.3</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 17 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_a6a8697f-0a64-49ac-9e01-341a6d8e7a63">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_3b231ac9-586b-469b-9b6e-659d585e0dc3">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">324848.134 5526923.465 324995.372 5526960.605 324963.780 5527140.579 324826.689 5527124.718 324848.134 5526923.465</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232061</xplan:ags>
          <xplan:gemeindeName>Idesheim</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>5000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2022-10-20</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2023-06-27</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2023-08-01</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2023-11-04</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_c76c52a4-b402-4760-8f2d-aa70e92c0e5d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>316292.147 5532264.252</gml:lowerCorner>
          <gml:upperCorner>316428.579 5532412.024</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Klarstellungssatzung Am Mühlbach</xplan:name>
      <xplan:nummer>59</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 15 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_2f3985b8-023e-4303-ac0d-ada61868130c">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_e757714e-121b-44fd-b4a4-92aa6c283a5c">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">316367.211 5532264.252 316428.579 5532360.797 316368.071 5532412.024 316292.147 5532306.693 316367.211 5532264.252</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232026</xplan:ags>
          <xplan:gemeindeName>Dockendorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1978-09-15</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1979-03-27</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1979-04-27</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1979-10-20</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_38de473f-4d4b-4458-af36-aa88a6f6e50b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>295882.389 5544503.575</gml:lowerCorner>
          <gml:upperCorner>296462.866 5545052.860</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erweiterung Gewerbegebiet West, 3. Änderung</xplan:name>
      <xplan:nummer>75.3</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_6c1dab1a-b720-4903-af9e-d74657002234">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_d4786a7c-c24f-4bf4-a60c-52cef4b81568">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">296244.538 5544503.575 296462.866 5544834.416 296112.052 5545052.860 295882.389 5544718.372 296244.538 5544503.575</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232001</xplan:ags>
          <xplan:gemeindeName>Affler</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1996-05-09</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1997-04-13</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1997-05-25</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1997-08-18</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_51ce776b-a9de-4f59-824c-16117aa7c5ca">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>331845.106 5542958.621</gml:lowerCorner>
          <gml:upperCorner>332116.660 5543244.258</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Ergänzungssatzung Im Pfarrgarten, 2. Änderung</xplan:name>
      <xplan:nummer>152.2</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 21 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_a908037c-042e-4f7c-a755-3a7ba0ea1c8d">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_fa24191f-a0af-498a-b787-56d6622eb80e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">331987.206 5542958.621 332116.660 5543157.380 331970.329 5543244.258 331845.106 5543053.705 331987.206 5542958.621</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232043</xplan:ags>
          <xplan:gemeindeName>Gindorf</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40002</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1980-05-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1981-09-02</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1981-10-07</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1982-04-14</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_0dc761c6-2517-4d2b-bd6e-8eda315e3430">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>303210.923 5539723.498</gml:lowerCorner>
          <gml:upperCorner>303611.899 5540107.234</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>In den Weiden, 3. Änderung</xplan:name>
      <xplan:nummer>21.3</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 26 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_c7311d37-cfb3-4522-8287-a524895518c0">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_647f9a53-4ab3-4c42-87fe-fd0d981c3965">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">303350.272 5539723.498 303611.899 5539908.339 303457.873 5540107.234 303210.923 5539928.718 303350.272 5539723.498</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232085</xplan:ags>
          <xplan:gemeindeName>Nasingen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>5000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1966-12-22</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1967-10-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1967-11-20</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1968-07-11</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_824b0b02-2fe6-4197-89a3-7f19e066709c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>322524.418 5536158.258</gml:lowerCorner>
          <gml:upperCorner>322862.674 5536686.370</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Auf der Höhe, 2. Änderung</xplan:name>
      <xplan:nummer>24.2</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 32 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_cad0e209-7297-413b-b288-aa62665d4894">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4e529a70-5f92-484c-b1eb-e9868d86e4e7">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">322839.356 5536158.258 322862.674 5536671.900 322613.460 5536686.370 322524.418 5536171.247 322839.356 5536158.258</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232018</xplan:ags>
          <xplan:gemeindeName>Bitburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>2100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-06-24</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_5336a30e-96f9-4a8f-ac00-ee9a7fbb201f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>327589.631 5545509.672</gml:lowerCorner>
          <gml:upperCorner>327844.925 5545727.557</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Kindertagesstätte Lindenweg, 1. Änderung</xplan:name>
      <xplan:nummer>172.1</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_af2a9de3-df14-43be-b67b-34c99ece7edb">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ca085a4e-c7f8-4b89-a38c-d412d8550634">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">327605.134 5545509.672 327844.925 5545537.867 327807.293 5545727.557 327589.631 5545693.558 327605.134 5545509.672</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07232070</xplan:ags>
          <xplan:gemeindeName>Kyllburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-03-23</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
</xplan:XPlanAuszug>
