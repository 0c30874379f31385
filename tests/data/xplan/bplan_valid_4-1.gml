<?xml version="1.0" encoding="utf-8" ?>
<xplan:XPlanAuszug xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink"
                   xmlns:xplan="http://www.xplanung.de/xplangml/4/1"
                   gml:id="GML_ad5adb8f-d05d-45d2-8197-29b26f4dd142">
    <gml:boundedBy>
        <gml:Envelope srsName="EPSG:25832">
            <gml:lowerCorner>389187.29 5799248.293</gml:lowerCorner>
            <gml:upperCorner>389451.908 5799400.487</gml:upperCorner>
        </gml:Envelope>
    </gml:boundedBy>
    <gml:featureMember>
        <xplan:BP_Bereich gml:id="GML_b3cca7aa-8908-4182-bf9f-1d96e623a1c7">
            <gml:boundedBy>
                <gml:Envelope srsName="EPSG:25832">
                    <gml:lowerCorner>389187.29 5799248.293</gml:lowerCorner>
                    <gml:upperCorner>389451.908 5799400.487</gml:upperCorner>
                </gml:Envelope>
            </gml:boundedBy>
            <xplan:nummer>1683</xplan:nummer>
            <xplan:name>610-531-01/37.1</xplan:name>
            <xplan:gehoertZuPlan xlink:href="#GML_3a07cab4-ba41-43cf-a2b2-098a099ab0c3"/>
        </xplan:BP_Bereich>
    </gml:featureMember>
    <gml:featureMember>
        <xplan:BP_Plan gml:id="GML_3a07cab4-ba41-43cf-a2b2-098a099ab0c3">
            <gml:boundedBy>
                <gml:Envelope srsName="EPSG:25832">
                    <gml:lowerCorner>389187.29 5799248.293</gml:lowerCorner>
                    <gml:upperCorner>389451.908 5799400.487</gml:upperCorner>
                </gml:Envelope>
            </gml:boundedBy>
            <xplan:name>Nr. 108 Holstener Weg</xplan:name>
            <xplan:nummer>108</xplan:nummer>
            <xplan:beschreibung>(§ 13 BauGB)</xplan:beschreibung>
            <xplan:technHerstellDatum>2019-01-01</xplan:technHerstellDatum>
            <xplan:genehmigungsDatum>2019-07-15</xplan:genehmigungsDatum>
            <xplan:erstellungsMassstab>10000</xplan:erstellungsMassstab>
            <xplan:xPlanGMLVersion>4.1</xplan:xPlanGMLVersion>
            <xplan:raeumlicherGeltungsbereich>
                <gml:Polygon srsName="EPSG:25832" gml:id="GML_8ddef72c-e5d0-4633-9514-fc27286aa5bd">
                    <gml:exterior>
                        <gml:LinearRing>
                            <gml:posList srsDimension="2">
389187.29 5799400.487
389243.177 5799248.293 
389247.613 5799249.119
389248.612 5799249.308
389256.587 5799250.788   
389269.442 5799253.17600001 
389271.16 5799253.497
389278.769 5799254.92 
389281.835 5799255.493 
389303.866 5799259.602 
389312.912346494 5799261.28406564 
389317.236 5799262.088 
389323.108 5799262.075 
389337.745 5799262.048 
389341.745 5799262.042 
389355.362 5799262.017 
389356.361 5799262.039
389370.273 5799263.3 
389396.274 5799265.903 
389401.481518475 5799266.40521146 
389422.311 5799268.414 
389420.484 5799286.098 
389419.677 5799293.894 
389418.749 5799302.879
389415.206 5799337.114 
389420.573 5799340.573 
389435.775757406 5799350.39333417
389451.908 5799360.814  
389450.365 5799361.454 
389448.589 5799362.19 
389444.497 5799363.887 
389444.099 5799364.052 
389442.462 5799364.731 
389436.708 5799367.117
389431.729 5799369.183 
389428.454 5799370.13900001 
389399.504 5799378.591 
389383.682 5799382.558 
389359.381 5799386.879 
389338.767 5799388.73 
389335.943 5799388.983
389325.29 5799389.816 
389322.384189298 5799390.04297999 
389320.31 5799390.205
389313.709 5799390.721 
389280.11 5799393.347 
389267.224 5799394.319 
389235.230180782 5799396.76051955 
389228.148 5799397.301
389213.987 5799398.409
389192.226 5799400.102
389187.29 5799400.487
                            </gml:posList>
                        </gml:LinearRing>
                    </gml:exterior>
                </gml:Polygon>
            </xplan:raeumlicherGeltungsbereich>
            <xplan:gemeinde>
                <xplan:XP_Gemeinde>
                    <xplan:ags>03454045</xplan:ags>
                    <xplan:gemeindeName>Salzbergen</xplan:gemeindeName>
                </xplan:XP_Gemeinde>
            </xplan:gemeinde>
            <xplan:planArt>9999</xplan:planArt>
            <xplan:rechtsstand>4000</xplan:rechtsstand>
            <xplan:auslegungsStartDatum>2019-04-01</xplan:auslegungsStartDatum>
            <xplan:auslegungsEndDatum>2019-05-03</xplan:auslegungsEndDatum>
            <xplan:satzungsbeschlussDatum>2019-08-25</xplan:satzungsbeschlussDatum>
            <xplan:inkrafttretensDatum>2019-08-25</xplan:inkrafttretensDatum>
            <xplan:bereich xlink:href="#GML_b3cca7aa-8908-4182-bf9f-1d96e623a1c7"/>
        </xplan:BP_Plan>
    </gml:featureMember>
</xplan:XPlanAuszug>
