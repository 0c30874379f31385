"""XPlanGML 4.1, 5.x and 6.0 from public sources, compared field by field with the GML.

The expected values are read from each file here by XPath, independently of the connector,
so the test states what XPlanung says, not what the reader happens to return.
"""
import math
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from shapely.geometry import Polygon

from connectors import DeliveryError, connector_for, gml, read_delivery
from connectors.delivery import ROW_PROBLEMS

from support.cli import XPLAN_SAMPLES

DATA = Path(__file__).parent / "data" / "xplan"
PLANS = [DATA / "bplan_valid_4-1.gml", DATA / "Eidelstedt_4_V4_4-1.gml",
         DATA / "BP_GemeinschaftsanlagenZuordnung_5-0.gml", XPLAN_SAMPLES / "xplan51.gml",
         DATA / "BPlan002_5-2_Schnittpunkt_Geltungsbereich.gml", DATA / "BPlan_ohneBereich_5-3.gml",
         XPLAN_SAMPLES / "BPlan002_5-4.gml", XPLAN_SAMPLES / "BP_6.0.gml", DATA / "BPlan001_6-0.gml",
         DATA / "wfs20FeatureCollection_5-1.gml"]
GML = "http://www.opengis.net/gml/3.2"

# schema field -> XPath below BP_Plan (several values: the latest date counts)
SIMPLE = {"name": "x:name", "number": "x:nummer", "plan_type": "x:planArt[1]",
          "legal_status": "x:rechtsstand"}
DATES = {"decision_date": "x:aufstellungsbeschlussDatum", "display_start": "x:auslegungsStartDatum",
         "display_end": "x:auslegungsEndDatum", "adoption_date": "x:satzungsbeschlussDatum",
         "participation_start": "x:traegerbeteiligungsStartDatum",
         "participation_end": "x:traegerbeteiligungsEndDatum",
         "ordinance_date": "x:rechtsverordnungsDatum", "execution_date": "x:ausfertigungsDatum",
         "approval_date": "x:genehmigungsDatum", "in_force_date": "x:inkrafttretensDatum",
         "expiry_date": "x:untergangsDatum",
         "freeze_start": "x:veraenderungssperreDatum | x:veraenderungssperre/*/x:startDatum",
         "freeze_end": "x:veraenderungssperreEndDatum | x:veraenderungssperre/*/x:endDatum"}


def _plan(path: Path):
    root = etree.parse(str(path)).getroot()
    namespace = next(n for n in root.nsmap.values() if n.startswith("http://www.xplanung.de/"))
    ns = {"x": namespace, "gml": GML, "xlink": "http://www.w3.org/1999/xlink"}
    return root, root.xpath("//x:BP_Plan", namespaces=ns)[0], ns


def _texts(node, xpath, ns):
    return [" ".join(t.split()) for t in node.xpath(f"({xpath})/text()", namespaces=ns)]


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_plan_fields_match_the_gml(path):
    root, plan, ns = _plan(path)
    delivery = read_delivery(path, "xplan", {})
    row = delivery.rows[0]
    assert ROW_PROBLEMS not in row
    assert row["source_id"] == plan.get(f"{{{GML}}}id")
    for field, xpath in SIMPLE.items():
        assert row.get(field) == (_texts(plan, xpath, ns) or [None])[0], field
    for field, xpath in DATES.items():
        assert row.get(field) == max(_texts(plan, xpath, ns), default=None), field
    # 6.0 keeps the procedure on the plan's BP_Bereich
    procedure = _texts(plan, "x:verfahren", ns) or _texts(
        root, f"//x:BP_Bereich[@gml:id=substring('{plan.xpath('string(x:bereich[1]/@xlink:href)', namespaces=ns)}', 2)]/x:verfahren", ns)
    assert row.get("procedure") == (procedure or [None])[0]
    gemeinde = plan.xpath("(x:planaufstellendeGemeinde | x:gemeinde)[1]/x:XP_Gemeinde", namespaces=ns)[0]
    assert row["plan_ags"] == _texts(gemeinde, "x:ags", ns)[0].zfill(8)
    assert row["plan_municipality"] == _texts(gemeinde, "x:gemeindeName", ns)[0]
    references = _texts(plan, "(x:externeReferenz | x:*[starts-with(local-name(), 'ref')])//x:referenzURL", ns)
    assert row.get("documents") == ("\n".join(dict.fromkeys(references)) or None)
    # Geltungsbereich: the area the rings' coordinates give; arcs bulge a little beyond chords
    area = plan.xpath("x:raeumlicherGeltungsbereich", namespaces=ns)[0]
    expected = sum(_chord_polygon(polygon, ns).area for polygon in area.xpath(".//gml:Polygon", namespaces=ns))
    arcs = area.xpath(".//gml:*[starts-with(local-name(), 'Arc')]", namespaces=ns)
    assert delivery.geometries[0].area == pytest.approx(expected, rel=1e-3 if arcs else 1e-9)
    assert delivery.geometries[0].is_valid


def _coordinates(pos_list):
    values = [float(v) for v in pos_list.text.split()]
    return list(zip(values[0::2], values[1::2]))


def _chord_polygon(polygon, ns) -> Polygon:
    """Every control point of each ring in order: arcs become straight chords."""
    def ring(boundary):
        return [point for pos_list in boundary.xpath(".//gml:posList", namespaces=ns)
                for point in _coordinates(pos_list)]
    return Polygon(ring(polygon.xpath("gml:exterior", namespaces=ns)[0]),
                   [ring(interior) for interior in polygon.xpath("gml:interior", namespaces=ns)])


def test_adv_reference_system_names_become_epsg_codes():
    assert read_delivery(DATA / "Eidelstedt_4_V4_4-1.gml", "xplan", {}).crs == "EPSG:25832"
    assert {name: gml.crs_code(f"urn:adv:crs:{name}") for name in (
        "ETRS89_UTM32", "ETRS89_UTM33", "DE_DHDN_3GK2", "DE_DHDN_3GK3", "DE_DHDN_3GK4",
        "DE_DHDN_3GK2_NW", "DE_DHDN_3GK3_BW100", "ETRS89_UTM32*DE_DHHN2016_NH")} == {
        "ETRS89_UTM32": "EPSG:25832", "ETRS89_UTM33": "EPSG:25833", "DE_DHDN_3GK2": "EPSG:31466",
        "DE_DHDN_3GK3": "EPSG:31467", "DE_DHDN_3GK4": "EPSG:31468",
        "DE_DHDN_3GK2_NW": "EPSG:31466", "DE_DHDN_3GK3_BW100": "EPSG:31467",
        "ETRS89_UTM32*DE_DHHN2016_NH": "EPSG:25832"}
    assert gml.crs_code("urn:ogc:def:crs:EPSG::25833") == "EPSG:25833"
    assert gml.crs_code("http://www.opengis.net/def/crs/EPSG/0/31467") == "EPSG:31467"


def test_curve_segments_are_all_read_and_arcs_densified():
    """A real 4.1 plan whose rings are gml:Curves of LineStringSegments and ArcStrings."""
    root, plan, ns = _plan(DATA / "PlanWithComplexCurve_4-1.gml")
    area = read_delivery(DATA / "PlanWithComplexCurve_4-1.gml", "xplan", {}).geometries[0]
    straight = _chord_polygon(
        plan.xpath("x:raeumlicherGeltungsbereich/gml:Polygon", namespaces=ns)[0], ns)
    assert len(area.interiors) == len(straight.interiors) == 7
    assert area.area == pytest.approx(straight.area, rel=1e-3)  # arcs bulge slightly
    assert area.area != pytest.approx(straight.area, rel=1e-6)
    assert area.is_valid


def _ring_plan(tmp_path, ring: str) -> Path:
    path = tmp_path / "kreis.gml"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:gml="{GML}" gml:id="A">
 <gml:featureMember><xplan:BP_Plan gml:id="P1"><xplan:name>Rund</xplan:name>
  <xplan:raeumlicherGeltungsbereich><gml:Polygon srsName="urn:adv:crs:ETRS89_UTM32" gml:id="G1">
   <gml:exterior><gml:Ring><gml:curveMember><gml:Curve gml:id="C1"><gml:segments>{ring}
   </gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior>
  </gml:Polygon></xplan:raeumlicherGeltungsbereich>
  <xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>07312000</xplan:ags></xplan:XP_Gemeinde></xplan:gemeinde>
  <xplan:planArt>1000</xplan:planArt></xplan:BP_Plan></gml:featureMember></xplan:XPlanAuszug>""",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("segments", [
    # a full circle of radius 141.42 m around a centre point: about 62,830 m²
    '<gml:CircleByCenterPoint numArc="1"><gml:pos>400000 5500000</gml:pos>'
    '<gml:radius uom="m">141.42</gml:radius></gml:CircleByCenterPoint>',
    # the same circle as two half arcs, clockwise
    '<gml:Arc><gml:posList>399858.58 5500000 400000 5500141.42 400141.42 5500000</gml:posList></gml:Arc>'
    '<gml:Arc><gml:posList>400141.42 5500000 400000 5499858.58 399858.58 5500000</gml:posList></gml:Arc>',
    # a half disc: straight diameter, then an ArcString of two arcs back to the start
    '<gml:LineStringSegment><gml:posList>399858.58 5500000 400141.42 5500000</gml:posList></gml:LineStringSegment>'
    '<gml:ArcString><gml:posList>400141.42 5500000 400100 5500100 400000 5500141.42 '
    '399900 5500100 399858.58 5500000</gml:posList></gml:ArcString>',
])
def test_circles_and_arcs_keep_their_area(tmp_path, segments):
    delivery = read_delivery(_ring_plan(tmp_path, segments), "xplan", {})
    full = math.pi * 141.42 ** 2
    expected = full / 2 if "LineStringSegment" in segments else full
    assert delivery.crs == "EPSG:25832"
    assert delivery.geometries[0].area == pytest.approx(expected, rel=1e-3)
    assert delivery.geometries[0].is_valid and ROW_PROBLEMS not in delivery.rows[0]


def test_relative_document_references_are_kept_or_resolved_against_the_source():
    path = XPLAN_SAMPLES / "xplan51.gml"
    kept = read_delivery(path, "xplan", {}).rows[0]
    assert "B-Plan_Klingmuehl_Heideweg_Leg.pdf" in kept["documents"].splitlines()
    assert "url" not in kept and ROW_PROBLEMS not in kept
    base = "https://geo.example.org/bplan/heideweg/"
    resolved = read_delivery(path, "xplan", {"document_base": base}).rows[0]
    assert resolved["url"] == base + "B-Plan_Klingmuehl_Heideweg_Leg.pdf"
    assert all(line.startswith(base) for line in resolved["documents"].splitlines())


def test_unknown_reference_system_is_refused_in_german(tmp_path):
    path = _ring_plan(tmp_path, "").with_name("x.gml")
    path.write_text(_ring_plan(tmp_path, "").read_text().replace(
        "urn:adv:crs:ETRS89_UTM32", "urn:adv:crs:GIBTESNICHT"), encoding="utf-8")
    with pytest.raises(Exception, match="Unbekanntes Koordinatenbezugssystem „urn:adv:crs:GIBTESNICHT“"):
        read_delivery(path, "xplan", {})


def test_a_plan_with_only_a_point_is_told_that_its_geltungsbereich_must_be_an_area(tmp_path):
    """The real 6.0 plan with its Geltungsbereich given as a point (early in a procedure, the
    boundary not yet drawn): „nicht lesbar: keine Fläche … gefunden“ did not say what was found."""
    text = (XPLAN_SAMPLES / "BP_6.0.gml").read_text(encoding="utf-8")
    start = text.index("<xplan:raeumlicherGeltungsbereich>")
    end = text.index("</xplan:raeumlicherGeltungsbereich>") + len("</xplan:raeumlicherGeltungsbereich>")
    point = ('<xplan:raeumlicherGeltungsbereich>\n        <gml:Point srsName="EPSG:25832" '
             'gml:id="GML_punkt"><gml:pos>565028.284 5940482.558</gml:pos></gml:Point>\n'
             '      </xplan:raeumlicherGeltungsbereich>')
    path = tmp_path / "BP_6.0_punkt.gml"
    path.write_text(text[:start] + point + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 2
    [row] = read_delivery(path, "xplan", {}).rows
    assert row[ROW_PROBLEMS] == [("geometry", (
        f"Geltungsbereich ist ein Punkt (gml:Point, Zeile {line}), keine Fläche – XPlanung verlangt "
        f"den räumlichen Geltungsbereich als Fläche: bitte als gml:Polygon oder gml:MultiSurface "
        f"liefern"))]


def test_a_geltungsbereich_of_many_parts_keeps_the_limit_of_points_per_geometry(tmp_path):
    """The real 6.0 plan with a Geltungsbereich of 251 parts of 1,000 points each: every ring
    kept the limit of 250,000 points, the geometry (251,000 points) was taken whole."""
    text = (XPLAN_SAMPLES / "BP_6.0.gml").read_text(encoding="utf-8")
    start = text.index("<xplan:raeumlicherGeltungsbereich>")
    end = text.index("</xplan:raeumlicherGeltungsbereich>") + len("</xplan:raeumlicherGeltungsbereich>")
    circle = lambda x, y: " ".join(f"{x + 6 * math.cos(2 * math.pi * k / 999):.3f} "
                                   f"{y + 6 * math.sin(2 * math.pi * k / 999):.3f}" for k in range(1000))
    parts = "".join(f'<gml:surfaceMember><gml:Polygon gml:id="GML_teil_{n}"><gml:exterior><gml:LinearRing>'
                    f'<gml:posList>{circle(564000 + n * 15, 5940000)}</gml:posList></gml:LinearRing>'
                    f'</gml:exterior></gml:Polygon></gml:surfaceMember>' for n in range(251))
    path = tmp_path / "BP_6.0_gross.gml"
    path.write_text(text[:start] + '<xplan:raeumlicherGeltungsbereich>\n<gml:MultiSurface srsName='
                    f'"EPSG:25832" gml:id="GML_gross">{parts}</gml:MultiSurface>'
                    '</xplan:raeumlicherGeltungsbereich>' + text[end:], encoding="utf-8")
    delivery = read_delivery(path, "xplan", {})
    assert delivery.geometries == [None]
    assert delivery.rows[0][ROW_PROBLEMS] == [("geometry", (
        f"Geltungsbereich nicht lesbar: mehr als 250.000 Punkte (Zeile "
        f"{text[:start].count(chr(10)) + 1}) – bitte vereinfachen"))]


def test_an_xplanarchiv_is_read_as_its_xplan_gml(tmp_path):
    """XPlanung programs (xPlanBox, XPlan-Umring) hand out a plan as XPlanArchiv: a ZIP with
    xplan.gml and the plan documents. Delivered so, it was an unknown format „.zip“."""
    archive = tmp_path / "BPlan002_5-4.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.write(XPLAN_SAMPLES / "BPlan002_5-4.gml", "xplan.gml")
        packed.writestr("BPlan002_5-4.pdf", b"%PDF-1.4 Planzeichnung")
    assert connector_for(archive) == "xplan"
    unpacked = read_delivery(XPLAN_SAMPLES / "BPlan002_5-4.gml", "xplan", {})
    delivery = read_delivery(archive, "xplan", {})
    assert delivery.rows == unpacked.rows and delivery.crs == unpacked.crs == "EPSG:25832"
    assert delivery.geometries[0].equals(unpacked.geometries[0])
    assert delivery.refs == unpacked.refs
    without = tmp_path / "unterlagen.zip"
    with zipfile.ZipFile(without, "w") as packed:
        packed.writestr("BPlan002_5-4.pdf", b"%PDF-1.4 Planzeichnung")
    with pytest.raises(DeliveryError, match="Kein XPlanArchiv: xplan.gml fehlt im ZIP-Archiv "
                                            "\\(enthalten: BPlan002_5-4.pdf\\)"):
        read_delivery(without, "xplan", {})
