"""XPlanGML (XPlanung 5.x and 6.0): one row per BP_Plan, named like the building_plans schema.

Only what the platform publishes is read: the plan's identity, kind, legal status, the
planning municipality, procedure dates and the area of application
(raeumlicherGeltungsbereich) as geometry. GML geometry is turned into shapely here because
no library reads XPlanGML's GML profile without its online schemas.
"""
from __future__ import annotations

import difflib
from pathlib import Path

from lxml import etree
from shapely.geometry import MultiPolygon, Polygon

from connectors.delivery import ROW_PROBLEMS, Delivery, DeliveryError

XPLAN_NAMESPACE = "http://www.xplanung.de/xplangml/"
GML = "{http://www.opengis.net/gml/3.2}"

# XPlanGML element -> schema field (first occurrence wins where XPlanung allows several).
_FIELDS = {
    "name": "name",
    "nummer": "number",
    "beschreibung": "description",
    "planArt": "plan_type",
    "rechtsstand": "legal_status",
    "aufstellungsbeschlussDatum": "decision_date",
    "auslegungsStartDatum": "display_start",
    "auslegungsEndDatum": "display_end",
    "inkrafttretensDatum": "in_force_date",
}
# Mandatory in XPlanung's BP_Plan; a plan without them is not XPlanGML-valid.
_MANDATORY = ("name", "raeumlicherGeltungsbereich", "gemeinde", "planArt")

# Safe for untrusted input: no external entities, no network, no entity expansion bombs.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True)


def read(path: Path, options: dict) -> Delivery:
    try:
        root = etree.parse(str(path), _PARSER).getroot()
    except etree.XMLSyntaxError as error:
        raise DeliveryError(path, f"Kein wohlgeformtes XML: {error.msg}",
                            line=error.lineno) from None
    namespace = etree.QName(root).namespace or ""
    if not namespace.startswith(XPLAN_NAMESPACE):
        raise DeliveryError(path, f"Kein XPlanGML: Wurzelelement {etree.QName(root).localname} "
                                  f"im Namensraum „{namespace}“ – erwartet "
                                  f"{XPLAN_NAMESPACE}<Version>")
    plans = root.findall(f".//{{{namespace}}}BP_Plan")
    rows, refs, geometries = [], [], []
    for plan in plans:
        refs.append(f"BP_Plan {plan.get(GML + 'id', '?')} (Zeile {plan.sourceline})")
        row, geometry = _plan_row(plan, namespace)
        rows.append(row)
        geometries.append(geometry)
    notes = []
    if not plans:
        other = {etree.QName(e).localname for e in root.iter() if isinstance(e.tag, str)
                 and etree.QName(e).localname.endswith("_Plan")}
        notes.append("Keine BP_Plan-Objekte gefunden" + (f" (nur {', '.join(sorted(other))})"
                                                        if other else ""))
    crs = _srs_name(root) or options.get("crs")
    columns = sorted({key for row in rows for key in row if key != ROW_PROBLEMS})
    return Delivery(path=path, columns=columns, rows=rows, refs=refs, geometries=geometries,
                    crs=crs, notes=notes, schema_named=True)


def _plan_row(plan, namespace: str) -> tuple[dict, Polygon | MultiPolygon | None]:
    children = {}
    for child in plan:
        if isinstance(child.tag, str):
            children.setdefault(etree.QName(child).localname, child)
    row = {"source_id": plan.get(GML + "id")}
    for element, field in _FIELDS.items():
        if element in children:
            row[field] = (children[element].text or "").strip() or None
    municipality = plan.find(f"{{{namespace}}}gemeinde/{{{namespace}}}XP_Gemeinde")
    if municipality is not None:
        row["plan_ags"] = municipality.findtext(f"{{{namespace}}}ags")
        row["plan_municipality"] = municipality.findtext(f"{{{namespace}}}gemeindeName")
    reference = plan.find(f".//{{{namespace}}}referenzURL")
    if reference is not None:
        row["url"] = (reference.text or "").strip() or None
    problems = [_missing(element, children, plan) for element in _MANDATORY
                if element not in children]
    geometry = None
    if "raeumlicherGeltungsbereich" in children:
        try:
            geometry = _surface(children["raeumlicherGeltungsbereich"])
        except ValueError as error:
            problems.append(("geometry", f"Geltungsbereich nicht lesbar: {error}"))
    if problems:
        row[ROW_PROBLEMS] = problems
    return row, geometry


def _missing(element: str, children: dict, plan) -> tuple[str, str]:
    field = _FIELDS.get(element, "geometry" if element == "raeumlicherGeltungsbereich"
                        else "plan_ags")
    reason = (f"Pflichtelement xplan:{element} fehlt in BP_Plan (Zeile {plan.sourceline}) – "
              f"XPlanung verlangt es")
    similar = difflib.get_close_matches(element, list(children), n=1, cutoff=0.7)
    if similar:
        found = children[similar[0]]
        reason += (f"; gefunden wurde das unbekannte Element xplan:{similar[0]} "
                   f"(Zeile {found.sourceline}) – bitte in xplan:{element} umbenennen")
    return field, reason


def _srs_name(element) -> str | None:
    for node in element.iter():
        if isinstance(node.tag, str) and node.get("srsName"):
            return node.get("srsName")
    return None


def _surface(area) -> Polygon | MultiPolygon:
    polygons = [_polygon(node) for node in area.iter(f"{GML}Polygon", f"{GML}PolygonPatch")]
    if not polygons:
        raise ValueError("keine gml:Polygon-Fläche gefunden")
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def _polygon(node) -> Polygon:
    exterior = node.find(f"{GML}exterior")
    if exterior is None:
        raise ValueError(f"gml:exterior fehlt (Zeile {node.sourceline})")
    holes = [_ring(interior) for interior in node.findall(f"{GML}interior")]
    return Polygon(_ring(exterior), holes)


def _ring(boundary) -> list[tuple[float, float]]:
    pos_list = boundary.find(f".//{GML}posList")
    if pos_list is not None:
        dimension = int(pos_list.get("srsDimension") or _dimension(boundary) or 2)
        values = [float(v) for v in (pos_list.text or "").split()]
    else:
        points = boundary.findall(f".//{GML}pos")
        if not points:
            raise ValueError(f"keine Koordinaten im Ring (Zeile {boundary.sourceline}); "
                             "Kreisbögen werden nicht unterstützt")
        dimension = len((points[0].text or "").split())
        values = [float(v) for point in points for v in (point.text or "").split()]
    if dimension < 2 or len(values) % dimension:
        raise ValueError(f"Koordinatenzahl passt nicht zur Dimension {dimension} "
                         f"(Zeile {boundary.sourceline})")
    coordinates = [tuple(values[i:i + 2]) for i in range(0, len(values), dimension)]
    if len(coordinates) < 4:
        raise ValueError(f"Ring mit weniger als vier Punkten (Zeile {boundary.sourceline})")
    return coordinates


def _dimension(node) -> str | None:
    while node is not None:
        if node.get("srsDimension"):
            return node.get("srsDimension")
        node = node.getparent()
    return None
