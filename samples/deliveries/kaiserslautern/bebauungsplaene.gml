<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" gml:id="GML_07976e87-8f30-49c9-a1b2-ec7a0f90cb3e" xsi:schemaLocation="http://www.xplanung.de/xplangml/5/4 https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/5.4/XPlanung-Operationen.xsd">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:25832">
      <gml:lowerCorner>404610.684 5472482.907</gml:lowerCorner>
      <gml:upperCorner>414144.787 5480085.444</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_77096cc2-1201-4502-af35-5d32c846ffeb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>407641.737 5473770.429</gml:lowerCorner>
          <gml:upperCorner>407817.576 5473943.704</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Morlautern – Seniorenwohnen Am Park, 1. Änderung</xplan:name>
      <xplan:nummer>KL 122</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 13 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_a413d1f6-bae9-478f-b11b-eceae179f29a">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_cb6b8024-a720-4fce-91c2-25c8fdda2e21">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">407680.809 5473770.429 407817.576 5473830.458 407788.485 5473943.704 407641.737 5473908.571 407680.809 5473770.429</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10002</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-05-13</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_3cc9548d-6d34-49d4-ac74-daa527f9d3b2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410383.605 5476335.372</gml:lowerCorner>
          <gml:upperCorner>410814.690 5476613.176</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Örtliche Bauvorschrift Ortsmitte, 1. Änderung</xplan:name>
      <xplan:nummer>KL 160</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_7092b054-9c4f-4ea2-b7d7-d97583b27886">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_56ba5630-e7b2-4365-a686-76a62423f78d">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410511.718 5476392.208 410632.574 5476527.999 410508.080 5476613.176 410383.605 5476473.487 410511.718 5476392.208</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c5f32c1e-9865-4def-96f8-2cdad87243d5">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410760.840 5476335.372 410814.690 5476464.567 410732.410 5476500.707 410686.743 5476376.340 410760.840 5476335.372</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1986-11-07</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1986-12-19</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1987-06-29</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_267ecb7f-395d-4159-a437-faef36d78e58">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>405059.122 5474300.211</gml:lowerCorner>
          <gml:upperCorner>405421.051 5474694.773</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Siegelbach – Kindertagesstätte Lindenweg</xplan:name>
      <xplan:nummer>KL 130</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_f8e55183-45e0-45b9-9e61-3c7e20ad52ac">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_3b244d7c-2fee-4406-84ce-251c3156743b">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">405268.165 5474300.211 405421.051 5474584.949 405209.135 5474694.773 405059.122 5474416.851 405268.165 5474300.211</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-02-23</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2025-05-16</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2025-06-20</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2026-02-09</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_15b9730f-94ae-44ef-9be0-0fc51c539885">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>411714.361 5478905.997</gml:lowerCorner>
          <gml:upperCorner>411934.282 5479194.645</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Gewerbegebiet Süd</xplan:name>
      <xplan:nummer>KL 066</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_f26b040d-2cfe-4d0f-93fb-8b1e7bd40e84">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4c3b59bb-bc89-4fd2-8f39-baf44f88ba74">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">411840.435 5478905.997 411934.282 5479127.061 411836.628 5479194.645 411714.361 5478972.385 411840.435 5478905.997</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1987-12-26</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1988-10-24</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1988-11-28</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1989-01-28</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_3065eb1e-ed78-4cdb-b178-7b6494a63629">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410186.951 5475634.675</gml:lowerCorner>
          <gml:upperCorner>410343.616 5475781.432</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Örtliche Bauvorschrift Im Pfarrgarten, 2. Änderung</xplan:name>
      <xplan:nummer>KL 040</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 15 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_74b04753-fef8-4a02-baf6-c1a8378f3aa1">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_693d2ecf-06b6-48cc-9c2c-fd84d57aec5e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410240.440 5475634.675 410343.616 5475703.590 410290.997 5475781.432 410186.951 5475709.001 410240.440 5475634.675</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1988-01-12</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1988-08-08</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1988-09-08</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1988-12-31</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_c7262f86-69a9-4bd5-a226-d5c6e7a49f7b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>408087.282 5477036.483</gml:lowerCorner>
          <gml:upperCorner>408655.028 5477519.493</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Siegelbach – Im Brühl</xplan:name>
      <xplan:nummer>KL 166</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 33 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_024ca972-4e9d-4521-85c6-5392eecd04b0">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_6cbb717c-9cb1-4795-a591-5d9654af063d">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">408547.622 5477036.483 408655.028 5477390.568 408228.497 5477519.493 408087.282 5477181.496 408547.622 5477036.483</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1990-01-17</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1990-10-19</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1990-11-30</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1991-03-01</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_e1ce5595-4c19-420d-845f-db3a7e718969">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>407442.291 5472482.907</gml:lowerCorner>
          <gml:upperCorner>408011.917 5472823.871</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Schulzentrum</xplan:name>
      <xplan:nummer>KL 107</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_ab79b921-dfc9-44a9-bbe1-141433838e8d">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_f7741e76-07c7-4b6c-8bd8-4113c7acebcc">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">407649.514 5472524.461 407749.422 5472703.742 407540.841 5472823.871 407442.291 5472677.772 407649.514 5472524.461</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_8cb31da7-c43f-4a77-a1c7-000c69e586aa">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">407924.312 5472482.907 408011.917 5472572.681 407896.934 5472678.838 407803.344 5472581.663 407924.312 5472482.907</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2026-10-27</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ad318f63-c8cb-47e5-b956-dec213df58bc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>404610.684 5474912.300</gml:lowerCorner>
          <gml:upperCorner>404844.435 5475192.866</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Siegelbach – Im Pfarrgarten, 1. Änderung</xplan:name>
      <xplan:nummer>KL 063</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 27 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_994750e0-14df-45c1-9ce4-4967dfa820fb">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c7e54d11-7c3d-490c-82f5-2e1cdff09a37">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">404725.694 5474912.300 404844.435 5475109.598 404728.834 5475192.866 404610.684 5474990.497 404725.694 5474912.300</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1985-12-02</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1986-07-21</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1986-08-25</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1987-03-12</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_e27eb54b-14fe-4f01-9cf1-6cbd92e33150">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>408527.974 5474080.416</gml:lowerCorner>
          <gml:upperCorner>408835.359 5474444.580</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Einsiedlerhof – Im Brühl</xplan:name>
      <xplan:nummer>KL 060</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 28 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_943923a8-0b91-4d9f-98aa-ad7b5c5fb73d">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4895a7ed-644a-4f3c-8539-063a99d9bd5e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">408614.061 5474080.416 408835.359 5474148.546 408743.379 5474444.580 408527.974 5474381.130 408614.061 5474080.416</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2002-06-09</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2003-09-20</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2003-11-01</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2004-06-12</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_9a3fce7e-85f5-4ac5-ba3f-7540f5bbb3d0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410424.852 5476679.279</gml:lowerCorner>
          <gml:upperCorner>411052.169 5477066.768</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erfenbach – Lebensmittelmarkt Bahnhofstraße, 1. Änderung</xplan:name>
      <xplan:nummer>KL 053</xplan:nummer>
      <xplan:beschreibung>Sondergebiet großflächiger Einzelhandel, Verkaufsfläche höchstens 1500 m².</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_17e35420-d6a1-4a15-898f-29a448fe374e">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_001edbcb-457a-4958-85ec-d6758ec4c3d5">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410543.239 5476734.632 410732.719 5476813.819 410627.929 5477066.768 410424.852 5476976.946 410543.239 5476734.632</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_3a886ba7-ae67-497d-b2f9-0c4fe1f31af1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410964.295 5476679.279 411052.169 5476779.410 410884.895 5476884.345 410802.243 5476798.397 410964.295 5476679.279</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>2300</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2023-06-12</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_73327dd5-275b-4fc5-8af0-27e075bb11c6">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>411062.683 5478680.447</gml:lowerCorner>
          <gml:upperCorner>411498.972 5479074.981</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Mölschbach – Langgewann</xplan:name>
      <xplan:nummer>KL 022</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 12 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_9cf32ea9-e29f-42b1-8f40-2a8b91970681">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_e5217a67-aa27-47db-9097-386357617018">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">411158.734 5478680.447 411498.972 5478835.172 411402.425 5479074.981 411062.683 5478876.470 411158.734 5478680.447</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>9999</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2004-02-11</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2004-07-17</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2004-08-21</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2004-11-03</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_1f077a85-dbe3-4e4b-a68f-8f4d0e38355c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>409265.476 5477432.698</gml:lowerCorner>
          <gml:upperCorner>409625.056 5477840.689</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Einsiedlerhof – Freiflächen-Photovoltaik Am Galgenberg</xplan:name>
      <xplan:nummer>KL 137</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 43 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_8c79cf81-43ce-49a8-a86a-49d405dd49cd">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c2b0b3e8-5850-4e15-812c-2562b75885c1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">409461.450 5477432.698 409625.056 5477735.525 409434.789 5477840.689 409265.476 5477550.208 409461.450 5477432.698</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2014-11-06</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2015-08-05</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2015-09-09</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2016-02-06</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_a8970ccb-42d8-4060-a754-e5a4125d5919">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>413753.416 5476776.595</gml:lowerCorner>
          <gml:upperCorner>414144.787 5476998.464</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Einsiedlerhof – Ergänzungssatzung Am Friedhof</xplan:name>
      <xplan:nummer>KL 172</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 10 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_6c6a1100-2c60-438d-b426-ea7b40e1518e">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_9fb889fb-8c6a-4db0-9f0d-9ed7bb1e76f7">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">413795.533 5476825.624 413983.606 5476906.077 413933.453 5476998.464 413753.416 5476929.651 413795.533 5476825.624</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_bafdea52-52c7-4a66-9d4f-5f0f978fdbdc">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">414085.106 5476776.595 414144.787 5476823.872 414074.888 5476914.619 414008.662 5476857.544 414085.106 5476776.595</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40002</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2011-09-21</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2012-03-09</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2012-04-20</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2012-08-17</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_e7b9a2e5-a40d-4895-8193-21a58684721f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>409565.880 5478110.293</gml:lowerCorner>
          <gml:upperCorner>410054.493 5478624.874</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Morlautern – Sondergebiet Einzelhandel</xplan:name>
      <xplan:nummer>KL 054</xplan:nummer>
      <xplan:beschreibung>Sondergebiet großflächiger Einzelhandel, Verkaufsfläche höchstens 1700 m².</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_c7ff7888-5965-4ba2-8ba3-e94bbb6908d5">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_a57a2d77-7969-4420-9111-826b4d234dd3">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">409692.800 5478110.293 410054.493 5478249.716 409909.336 5478624.874 409565.880 5478487.723 409692.800 5478110.293</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-06-02</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_bde2c032-77e8-4242-9d0a-0abe26e76d77">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>411192.967 5477212.563</gml:lowerCorner>
          <gml:upperCorner>411392.284 5477371.308</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Siegelbach – Ergänzungssatzung Langgewann, 2. Änderung</xplan:name>
      <xplan:nummer>KL 007</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_c5a98c4d-c2f4-4c37-9847-d9343ea27dab">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_bf119407-bff5-4238-ba58-a30752d8ddca">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">411235.433 5477212.563 411392.284 5477285.969 411339.743 5477371.308 411192.967 5477296.493 411235.433 5477212.563</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40002</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2000-03-13</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2001-02-22</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2001-03-29</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2001-09-20</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_71faf0d2-c89b-448d-8157-bd62c95de957">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>407483.374 5476696.459</gml:lowerCorner>
          <gml:upperCorner>407758.793 5477076.961</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – In den Weiden, 1. Änderung</xplan:name>
      <xplan:nummer>KL 068</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 18 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_359409bf-d78b-41f9-9eb7-dd33bb765e92">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4ef6d7b3-7beb-4c41-a00b-52bb4d71cf75">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">407588.710 5476696.459 407758.793 5476760.290 407656.736 5477076.961 407483.374 5477006.594 407588.710 5476696.459</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-07-26</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-10-28</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2026-12-02</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_9bab9ea0-a1bd-4a22-ad22-6573c138fc20">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>413568.025 5477631.747</gml:lowerCorner>
          <gml:upperCorner>414022.417 5477951.822</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Sondergebiet Photovoltaik Auf dem Hahn</xplan:name>
      <xplan:nummer>KL 012</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 42 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_ae881547-1bab-441a-927a-4934e9d1d82e">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_8012de8b-cc79-4ba4-a5f9-0f6614a6afc4">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">413953.242 5477631.747 414022.417 5477883.357 413622.449 5477951.822 413568.025 5477721.652 413953.242 5477631.747</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-05-12</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_627c5779-f64a-42d1-9133-5de37dcd83d7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>407763.149 5476079.242</gml:lowerCorner>
          <gml:upperCorner>408296.345 5476698.014</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Morlautern – In der Au, 1. Änderung</xplan:name>
      <xplan:nummer>KL 099</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 14 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_c17c0cfd-292c-4c95-89b3-557316684bc1">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_6a4fa142-4188-40a0-b31b-14560504d9b1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">408054.856 5476079.242 408296.345 5476314.772 408018.700 5476698.014 407763.149 5476457.875 408054.856 5476079.242</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1982-11-30</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1982-12-30</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1983-05-05</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_cc390d48-1fae-447b-b597-1b8c22481b09">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>405002.590 5474569.440</gml:lowerCorner>
          <gml:upperCorner>405663.689 5475191.653</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Mölschbach – Kindertagesstätte Lindenweg</xplan:name>
      <xplan:nummer>KL 004</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_be4a0afd-b63b-4c3a-acc4-b6f4e47c8e3f">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4947e933-43ee-4414-ac8d-9b78e77fa36a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">405503.060 5474569.440 405663.689 5474803.929 405177.248 5475191.653 405002.590 5474909.975 405503.060 5474569.440</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2026-06-29</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_92fb2db5-c427-476b-bda1-48f8e3664d69">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>405022.584 5473043.266</gml:lowerCorner>
          <gml:upperCorner>405280.356 5473289.633</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Schulzentrum, 1. Änderung</xplan:name>
      <xplan:nummer>KL 174</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_c6972a7b-d542-434b-a83e-7760584d42cc">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b76f1bbc-c676-40b1-97db-2863ebd49049">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">405094.807 5473043.266 405280.356 5473183.844 405214.387 5473289.633 405022.584 5473153.738 405094.807 5473043.266</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1983-02-12</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1983-03-26</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1983-06-10</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_98fd2097-7765-4fff-a075-a66cb482a166">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>407991.191 5475321.044</gml:lowerCorner>
          <gml:upperCorner>408322.952 5475763.395</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Erweiterung Gewerbegebiet West</xplan:name>
      <xplan:nummer>KL 061</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_f6b00cc9-3289-42d5-9f33-e2325ae674a0">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ee65d723-c14d-40a2-9856-31d466820d06">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">408026.341 5475321.044 408322.952 5475390.916 408296.840 5475763.395 407991.191 5475742.211 408026.341 5475321.044</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>2400</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-09-25</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2026-11-13</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2026-12-14</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_a7fcef3f-e236-49c5-b14c-194c5e34dbeb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>409280.626 5479438.532</gml:lowerCorner>
          <gml:upperCorner>409749.204 5480085.444</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Mölschbach – Erweiterung Gewerbegebiet West, 1. Änderung</xplan:name>
      <xplan:nummer>KL 008</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_2ffa1cf2-09b5-4ae7-8669-52c8ef60a854">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_4593853d-ab6c-4735-b9e7-51da612fe494">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">409578.725 5479438.532 409749.204 5480006.613 409473.708 5480085.444 409280.626 5479536.144 409578.725 5479438.532</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10002</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2002-05-22</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2003-05-24</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2003-06-24</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2003-11-05</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_26b61bba-57fe-456e-9b3c-a82d9a9a865a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410113.582 5477734.255</gml:lowerCorner>
          <gml:upperCorner>410642.846 5478201.891</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Mölschbach – Am Friedhof, 1. Änderung</xplan:name>
      <xplan:nummer>KL 144</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 29 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_43168b5f-c601-404c-972d-df20032026ed">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_baa519e6-7cc6-4442-bc88-92b56c49db8a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410185.243 5477734.255 410642.846 5477780.570 410552.033 5478201.891 410113.582 5478107.413 410185.243 5477734.255</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1989-10-09</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1989-11-13</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1990-05-22</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_5fa0f280-ccbf-4b9c-89c2-54956ccd235e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410326.468 5477708.241</gml:lowerCorner>
          <gml:upperCorner>410442.591 5477849.694</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Hohenecken – Langgewann</xplan:name>
      <xplan:nummer>KL 107</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 44 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_8d759122-34c8-4fa8-84d8-4a20c24f354c">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_fdb99cc6-9796-478d-897e-2afdfbc67d56">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410359.985 5477708.241 410442.591 5477726.708 410415.190 5477849.694 410326.468 5477835.214 410359.985 5477708.241</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1976-08-14</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1976-09-14</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1977-01-20</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_4f77ccb9-593d-4e8c-8910-755ff5ea3ca0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>408904.892 5474370.362</gml:lowerCorner>
          <gml:upperCorner>409006.427 5474488.469</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Einsiedlerhof – Ergänzungssatzung Im Brühl, 1. Änderung</xplan:name>
      <xplan:nummer>KL 151</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_dc4498ee-11b4-4637-a504-3fae8b419210">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_36c90562-3b6b-4ca0-9ff2-4f6da5699ca7">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">409006.427 5474370.776 409005.223 5474488.469 408904.892 5474484.375 408909.449 5474370.362 409006.427 5474370.776</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>40002</xplan:planArt>
      <xplan:rechtsstand>4500</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1969-05-06</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1969-06-05</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1969-10-31</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_3c4c3629-428b-40be-a6c4-c1f15ca04fb9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410615.022 5477308.724</gml:lowerCorner>
          <gml:upperCorner>411129.652 5477946.077</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Hinter den Gärten</xplan:name>
      <xplan:nummer>KL 056</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 23 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_697c7390-bdeb-4028-aa97-7170f9fb18f6">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_3b3e591c-6f73-4762-b8bc-bf3671a27206">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410830.944 5477308.724 411129.652 5477752.148 410888.873 5477946.077 410615.022 5477482.259 410830.944 5477308.724</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2011-04-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2012-07-08</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2012-08-19</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2013-02-11</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_17d36781-ad6c-423a-8add-04bca822511d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410314.976 5478276.784</gml:lowerCorner>
          <gml:upperCorner>410674.740 5478744.556</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Hohenecken – Am Sportplatz, 1. Änderung</xplan:name>
      <xplan:nummer>KL 019</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 25 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_bbacc871-ac3c-4cfe-8c8c-c7f5dada0f45">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_1bd5d863-1e7a-4e2e-90d7-79d224548a3c">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410570.342 5478276.784 410674.740 5478691.629 410406.398 5478744.556 410314.976 5478309.251 410570.342 5478276.784</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>50000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1979-04-11</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1980-02-14</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1980-03-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1980-09-18</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_9d7e7b45-c9e1-44b7-9175-c66a113bd0e7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>406705.734 5474383.918</gml:lowerCorner>
          <gml:upperCorner>407233.763 5474968.661</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Auf dem Kreuz</xplan:name>
      <xplan:nummer>KL 035</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 39 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_6b088ad6-07ae-4ada-97b7-e0fa2c3ac1dc">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_7f62f372-0651-4d65-9494-0328c1221048">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">407019.390 5474383.918 407233.763 5474856.211 406873.661 5474968.661 406705.734 5474511.171 407019.390 5474383.918</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1990-07-09</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1991-05-26</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1991-06-25</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1991-10-26</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_95d84898-17fc-40d4-91b6-433096773057">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410118.402 5477123.526</gml:lowerCorner>
          <gml:upperCorner>410618.718 5477618.804</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Siegelbach – Seniorenwohnen Am Park, 2. Änderung</xplan:name>
      <xplan:nummer>KL 071</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 10 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_6fefb0ce-439e-4d7a-9943-2a253af2bac0">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_88666de3-f56c-489f-ae58-d0c28c3fa14a">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410210.413 5477123.526 410618.718 5477229.820 410479.737 5477618.804 410118.402 5477513.537 410210.413 5477123.526</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1996-09-14</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1997-10-10</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1997-11-09</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1998-01-24</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_394dea02-4465-4135-bb21-c62e0ea5ce16">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>408529.564 5476333.545</gml:lowerCorner>
          <gml:upperCorner>408923.467 5476780.573</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Einsiedlerhof – Gewerbegebiet Nord, 1. Änderung</xplan:name>
      <xplan:nummer>KL 031</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_37f14ad2-68ca-45d1-bea6-594ccca912b8">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_ac5fe7af-d21d-4c59-b171-05438217fc11">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">408905.293 5476333.545 408923.467 5476748.455 408608.039 5476780.573 408529.564 5476356.704 408905.293 5476333.545</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>9999</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1997-11-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1998-10-25</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1998-12-06</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1999-04-02</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_f046d0ce-48b9-402e-beb7-512e82775c9e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>411539.871 5477557.501</gml:lowerCorner>
          <gml:upperCorner>411960.796 5478137.070</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Hohenecken – In den Weiden</xplan:name>
      <xplan:nummer>KL 038</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 16 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_f6adbf6f-d8c3-4728-8a9b-76a5dfb689ad">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_cd765547-f14d-4dcb-b3dd-d4c4c8566540">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">411885.438 5477557.501 411960.796 5478096.427 411688.727 5478137.070 411539.871 5477670.367 411885.438 5477557.501</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3100</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1989-03-06</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1989-08-16</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1989-09-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1990-01-29</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_283bf2c7-e151-48f4-94f2-a98b8d841d49">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>405289.396 5474450.677</gml:lowerCorner>
          <gml:upperCorner>405436.969 5474644.334</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Langgewann, 3. Änderung</xplan:name>
      <xplan:nummer>KL 031</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 34 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_118748db-9d1e-44c3-8bbc-e54f949908d8">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_7621c976-7821-4674-90f7-60d445cda35f">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">405372.862 5474450.677 405436.969 5474612.691 405361.132 5474644.334 405289.396 5474487.030 405372.862 5474450.677</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1995-08-03</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1996-07-28</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1996-08-27</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1996-11-27</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_1d78dbe6-2054-4bd8-b17a-2759113209c9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410003.728 5479233.101</gml:lowerCorner>
          <gml:upperCorner>410140.836 5479382.651</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Hohenecken – Freiflächen-Photovoltaik Am Galgenberg</xplan:name>
      <xplan:nummer>KL 147</xplan:nummer>
      <xplan:beschreibung>Sondergebiet für eine Freiflächen-Photovoltaikanlage mit etwa 15 MWp.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_295b31fa-b284-4288-bb15-0b7c48267145">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_1ef939dd-0d4e-42c0-b0cd-6143f85c262e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410119.382 5479233.101 410140.836 5479359.465 410037.597 5479382.651 410003.728 5479250.299 410119.382 5479233.101</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-04-04</xplan:aufstellungsbeschlussDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_ad4b5908-289d-4c7e-b103-d6794a3d12c8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>412055.788 5479134.169</gml:lowerCorner>
          <gml:upperCorner>412266.343 5479320.255</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erfenbach – Im Pfarrgarten</xplan:name>
      <xplan:nummer>KL 159</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 12 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_29828532-6a2e-404f-89d7-8e92b28a7de8">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_5e9dd829-2c83-4506-98aa-9600243ea6ed">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">412122.885 5479134.169 412266.343 5479197.955 412197.297 5479320.255 412055.788 5479250.389 412122.885 5479134.169</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>3000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1999-12-04</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2001-01-13</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2001-02-12</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2001-09-21</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_57527bac-86a2-4513-a863-9bac69894396">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>411070.519 5477115.740</gml:lowerCorner>
          <gml:upperCorner>411383.189 5477372.454</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erfenbach – Im Pfarrgarten, 1. Änderung</xplan:name>
      <xplan:nummer>KL 027</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 36 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_d1129f33-6603-4919-a3ae-a6c0359f8b5d">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_77e5f83b-ce8f-4d4c-987c-4e7b7292e81e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">411090.202 5477117.436 411383.189 5477115.740 411352.001 5477372.454 411070.519 5477348.899 411090.202 5477117.436</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>50100</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1975-06-05</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1976-02-03</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1976-03-04</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1976-08-24</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_6c10053e-e8ee-4afa-b5a6-456bbe891d72">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>413499.949 5477596.787</gml:lowerCorner>
          <gml:upperCorner>413757.640 5477817.314</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Örtliche Bauvorschrift Kirchberg, 1. Änderung</xplan:name>
      <xplan:nummer>KL 097</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 44 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_36fc28ec-df56-4f8a-9e2b-25c05bee673d">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_6937f526-c868-4596-8150-7261559363f4">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">413572.399 5477596.787 413757.640 5477698.454 413695.365 5477817.314 413499.949 5477706.875 413572.399 5477596.787</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1981-03-22</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1982-02-18</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1982-03-21</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1982-10-13</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_d0e7c5d6-ed9c-44d5-9e3c-6dfb1bee069a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410696.343 5477614.812</gml:lowerCorner>
          <gml:upperCorner>411271.957 5478211.238</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Seniorenwohnen Am Park, 1. Änderung</xplan:name>
      <xplan:nummer>KL 091</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_f659b0f5-7fe4-4f74-8659-7a9dab48f42c">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c32113f9-dc5d-494f-b579-f7a0f12788aa">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410990.616 5477614.812 411271.957 5478021.898 410957.740 5478211.238 410696.343 5477801.702 410990.616 5477614.812</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2011-07-20</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2012-01-10</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2012-02-21</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2012-06-30</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_1bd65778-e565-455d-be04-e4dcb46d0b43">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>413672.150 5477118.169</gml:lowerCorner>
          <gml:upperCorner>414042.071 5477474.481</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Einsiedlerhof – Erweiterung Gewerbegebiet West</xplan:name>
      <xplan:nummer>KL 076</xplan:nummer>
      <xplan:beschreibung>Gewerbegebiet (GE) für kleine und mittlere Betriebe, Erschließung über die Kreisstraße.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_fc39d4c2-6a02-42b0-98c9-bc91193cce0a">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b582d748-8795-4dbd-a7af-4413e7285cfa">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">413722.620 5477118.169 414042.071 5477129.060 414007.919 5477474.481 413672.150 5477439.347 413722.620 5477118.169</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1994-05-31</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1995-01-28</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1995-02-28</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1995-05-04</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_162ea93d-35d1-409b-bc85-5467e9a83fe7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>409995.486 5476969.209</gml:lowerCorner>
          <gml:upperCorner>410566.437 5477606.518</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Hohenecken – Im Pfarrgarten, 1. Änderung</xplan:name>
      <xplan:nummer>KL 060</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 8 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_d8e1bbce-2a35-4567-81a2-29d6d5658de6">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_854ceb5b-bc2d-49ca-a86a-61787a422131">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410240.629 5476969.209 410566.437 5477160.245 410259.940 5477606.518 409995.486 5477426.890 410240.629 5476969.209</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>3000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2024-12-09</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2025-09-11</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2025-10-12</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_10e0736e-b6fe-4090-bbb0-6713838e9fad">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410037.869 5479101.047</gml:lowerCorner>
          <gml:upperCorner>410165.309 5479248.484</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Feuerwehrgerätehaus, 3. Änderung</xplan:name>
      <xplan:nummer>KL 019</xplan:nummer>
      <xplan:beschreibung>Fläche für den Gemeinbedarf.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_5694bece-19da-4fae-a396-313644645867">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_a2a15109-1bf1-473e-9ae4-053886d6393b">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410090.547 5479101.047 410165.309 5479127.510 410105.407 5479248.484 410037.869 5479219.016 410090.547 5479101.047</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2008-10-25</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2009-03-28</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2009-05-09</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2009-10-04</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_2c017f62-6a65-4cc7-99c7-2c5e4ab479f9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>405029.955 5473610.540</gml:lowerCorner>
          <gml:upperCorner>405581.846 5474198.417</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Mischgebiet Hauptstraße, 3. Änderung</xplan:name>
      <xplan:nummer>KL 023</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_b2d30191-9f6b-497d-95e3-2fc53183c121">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_c43f49a6-a9e2-4ca1-95e8-a86b66b34de4">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">405319.730 5473610.540 405581.846 5474029.056 405328.668 5474198.417 405029.955 5473792.715 405319.730 5473610.540</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1996-11-18</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1997-07-05</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1997-08-09</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1997-10-17</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_bf1f3974-5665-49ba-8ff6-6d66e038d0b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>408827.336 5475451.405</gml:lowerCorner>
          <gml:upperCorner>409203.850 5475877.439</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – In den Weiden</xplan:name>
      <xplan:nummer>KL 040</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 28 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_24617db9-b33b-490e-9ec7-9aa558ba1776">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_99a4aa77-bb3f-41d5-9969-3d81d92a54f8">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">408999.524 5475451.405 409203.850 5475672.323 409071.353 5475877.439 408827.336 5475663.615 408999.524 5475451.405</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:auslegungsStartDatum>1984-11-04</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1984-12-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1985-04-23</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_c3dd8446-7251-429d-af83-3527f101a44d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>409306.450 5477741.981</gml:lowerCorner>
          <gml:upperCorner>409878.094 5478215.706</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Mischgebiet Hauptstraße</xplan:name>
      <xplan:nummer>KL 079</xplan:nummer>
      <xplan:beschreibung>Mischgebiet (MI) zur Sicherung der Ortsmitte mit Wohnen, Handel und Handwerk.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_19e82abd-6e56-45c8-bfda-f78a99fa44ca">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_6f66aba8-fdb0-4304-bc6f-5062a2546f68">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">409464.544 5477741.981 409878.094 5477952.339 409794.569 5478215.706 409306.450 5478001.351 409464.544 5477741.981</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2002-01-23</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2003-06-04</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2003-07-16</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2003-11-08</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_0f5f894d-b412-40d0-955f-329cf3a25c59">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>409207.001 5478424.395</gml:lowerCorner>
          <gml:upperCorner>409582.600 5478953.310</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Mölschbach – Kirchberg, 1. Änderung</xplan:name>
      <xplan:nummer>KL 165</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 34 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_90a0dac6-221e-444a-9205-d372d70eeda6">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_b1b8337b-4a63-4868-93c7-4f458aa0cacd">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">409531.175 5478424.395 409582.600 5478924.604 409284.126 5478953.310 409207.001 5478439.084 409531.175 5478424.395</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>3000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2025-03-29</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2025-09-25</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2025-10-25</xplan:auslegungsEndDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_d6a65c66-5419-4184-a1ef-ec0280367198">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>410424.525 5476230.014</gml:lowerCorner>
          <gml:upperCorner>410702.972 5476381.199</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erlenbach – Örtliche Bauvorschrift Auf dem Kreuz, 2. Änderung</xplan:name>
      <xplan:nummer>KL 086</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 22 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_c2d7e6c9-3947-4a17-bac2-8a5d07fbc6c7">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_a3ae6891-59ec-4552-841b-dcbbaf05131e">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">410702.972 5476230.014 410700.413 5476362.275 410424.705 5476381.199 410424.525 5476242.220 410702.972 5476230.014</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>7000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2015-10-16</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2016-07-25</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2016-09-05</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2016-11-17</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_eb9e160a-c6bf-497b-bba7-74981824aa14">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>409502.320 5476145.237</gml:lowerCorner>
          <gml:upperCorner>409976.280 5476514.518</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Erfenbach – Seniorenwohnen Am Park</xplan:name>
      <xplan:nummer>KL 048</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 37 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_4dbe6a0a-b852-4ee0-ade3-559cf4270241">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_aea22ca7-3deb-45a9-ae3f-d8f47fcffda1">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">409555.774 5476145.237 409976.280 5476235.735 409959.579 5476514.518 409502.320 5476457.736 409555.774 5476145.237</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>2019-03-08</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>2019-10-02</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>2019-11-06</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>2020-05-12</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_62d4aa20-6125-4682-a2e4-2021c0e000ab">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
          <gml:lowerCorner>412074.143 5478721.299</gml:lowerCorner>
          <gml:upperCorner>412520.210 5478987.272</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Dansenberg – Im Pfarrgarten, 2. Änderung</xplan:name>
      <xplan:nummer>KL 170</xplan:nummer>
      <xplan:beschreibung>Allgemeines Wohngebiet (WA) mit etwa 18 Bauplätzen für Einzel- und Doppelhäuser.</xplan:beschreibung>
      <xplan:technHerstellDatum>2026-11-20</xplan:technHerstellDatum>
      <xplan:raeumlicherGeltungsbereich>
        <gml:MultiSurface srsName="EPSG:25832" gml:id="GML_da10fff7-16d3-452c-beb4-e91488d15952">
          <gml:surfaceMember>
            <gml:Polygon srsName="EPSG:25832" gml:id="GML_fb9b8e23-016f-4c58-ae96-5cee2fa2fefe">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList srsDimension="2" count="5">412108.911 5478721.299 412520.210 5478779.676 412479.369 5478987.272 412074.143 5478947.872 412108.911 5478721.299</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>07312000</xplan:ags>
          <xplan:gemeindeName>Kaiserslautern</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>10001</xplan:planArt>
      <xplan:rechtsstand>4000</xplan:rechtsstand>
      <xplan:aufstellungsbeschlussDatum>1998-10-14</xplan:aufstellungsbeschlussDatum>
      <xplan:auslegungsStartDatum>1999-07-09</xplan:auslegungsStartDatum>
      <xplan:auslegungsEndDatum>1999-08-09</xplan:auslegungsEndDatum>
      <xplan:inkrafttretensDatum>1999-11-20</xplan:inkrafttretensDatum>
    </xplan:BP_Plan>
  </gml:featureMember>
</xplan:XPlanAuszug>
