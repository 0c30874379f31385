"""XPlanGML 4.1, 5.0–5.4 and 6.0: one row per BP_Plan, named like the building_plans schema.

Read is what the platform publishes: the plan's identity, kind, procedure and legal status,
the planning municipality, every procedure date, the external references and the area of
application (raeumlicherGeltungsbereich). The file may be an XPlanAuszug or a WFS
FeatureCollection (xPlanBox answers GetFeature with `wfs:member` elements holding the plans),
alone or as the xplan.gml of an XPlanArchiv (ZIP). The versions differ where it matters here:
4.1 names its document references `refRechtsplan`, `refBegruendung`, … (5.x/6.0:
`externeReferenz`), and 6.0 nests the change-freeze dates in `veraenderungssperre`.
"""
from __future__ import annotations

import difflib
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError
from shapely.ops import transform

from connectors import gml
from connectors.delivery import ROW_PROBLEMS, Delivery, DeliveryError
from connectors.limits import check_zip

# The format names each row's values like the schema's fields (XPlanGML elements, see
# _FIELDS): a member's column mapping has no columns to apply to (see `connectors.names_fields`).
NAMES_FIELDS = True
XPLAN_NAMESPACE = "http://www.xplanung.de/xplangml/"
GML_ID = "{http://www.opengis.net/gml/3.2}id"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

# XPlanGML element -> schema field. Where XPlanung allows several values (planArt, the
# dates of repeated public displays), the first plan type and the latest date count.
_FIELDS = {
    "name": "name",
    "nummer": "number",
    "beschreibung": "description",
    "planArt": "plan_type",
    "verfahren": "procedure",
    "rechtsstand": "legal_status",
}
_DATES = {
    "aufstellungsbeschlussDatum": "decision_date",
    "auslegungsStartDatum": "display_start",
    "auslegungsEndDatum": "display_end",
    "traegerbeteiligungsStartDatum": "participation_start",
    "traegerbeteiligungsEndDatum": "participation_end",
    "satzungsbeschlussDatum": "adoption_date",
    "rechtsverordnungsDatum": "ordinance_date",
    "ausfertigungsDatum": "execution_date",
    "genehmigungsDatum": "approval_date",
    "inkrafttretensDatum": "in_force_date",
    "untergangsDatum": "expiry_date",
    # 5.x: flat elements; 6.0: inside BP_VeraenderungssperreDaten (startDatum/endDatum).
    "veraenderungssperreDatum": "freeze_start",
    "veraenderungssperreEndDatum": "freeze_end",
}
_FREEZE_6 = {"startDatum": "freeze_start", "endDatum": "freeze_end"}
# Mandatory in XPlanung's BP_Plan; a plan without them is not XPlanGML-valid.
_MANDATORY = ("name", "raeumlicherGeltungsbereich", "gemeinde", "planArt")

# Safe for untrusted input: no external entities, no network, no entity expansion bombs.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True)


def read(path: Path, options: dict) -> Delivery:
    try:
        root = _document(path).getroot()
    except etree.XMLSyntaxError as error:
        # libxml2's message is English; position and a German summary are what helps.
        raise DeliveryError(path, f"Kein wohlgeformtes XML (Spalte {error.position[1]}) – Datei "
                                  f"abgeschnitten, falsch kodiert, zu tief verschachtelt oder "
                                  f"zu groß?", line=error.lineno) from None
    except OSError:  # libxml2 reports bytes that do not fit the declared encoding so
        raise DeliveryError(path, "Kein lesbares XML: die Zeichen passen nicht zur Kodierung "
                                  "in der XML-Deklaration (encoding=…)") from None
    namespace = _xplan_namespace(root)
    if namespace is None:
        found = etree.QName(root)
        raise DeliveryError(path, f"Kein XPlanGML: Wurzelelement {found.localname} im Namensraum "
                                  f"„{found.namespace or ''}“ und keine XPlanung-Objekte darin – "
                                  f"erwartet {XPLAN_NAMESPACE}<Version>")
    crs = _crs(path, gml.srs_name(root) or options.get("crs"))
    plans = list(root.iter(f"{{{namespace}}}BP_Plan"))
    areas = {node.get(GML_ID): node for node in root.iter(f"{{{namespace}}}BP_Bereich")}
    rows, refs, geometries = [], [], []
    for plan in plans:
        refs.append(f"BP_Plan {plan.get(GML_ID, '?')} (Zeile {plan.sourceline})")
        row, geometry = _plan_row(plan, namespace, options.get("document_base"))
        if "procedure" not in row and (procedure := _procedure_of_areas(plan, areas)):
            row["procedure"] = procedure
        rows.append(row)
        geometries.append(_to_crs(path, geometry, plan, crs, row))
    notes = []
    if not plans:
        other = {gml.local(e) for e in root.iter() if gml.local(e).endswith("_Plan")}
        notes.append("Keine BP_Plan-Objekte gefunden" + (f" (nur {', '.join(sorted(other))})"
                                                        if other else ""))
    # Without a web address the neighbours told of a plan get no link to its documents.
    unlinked = [row["documents"].splitlines()[0] for row in rows
                if "documents" in row and "url" not in row]
    if unlinked:
        notes.append(f"Planunterlagen nur als Dateinamen ohne Webadresse (z. B. „{unlinked[0]}“) "
                     f"bei {len(unlinked)} von {len(rows)} Plänen – Nachbarn erhalten so keinen "
                     f"Link; mit options.document_base (Adresse des Ordners der Unterlagen) "
                     f"werden es Webadressen")
    columns = sorted({key for row in rows for key in row if key != ROW_PROBLEMS})
    return Delivery(path=path, columns=columns, rows=rows, refs=refs, geometries=geometries,
                    crs=crs, notes=notes, schema_named=NAMES_FIELDS)


def _document(path: Path):
    """The parsed XPlanGML: the file itself, or the `xplan.gml` of an XPlanArchiv (a ZIP with
    the plan documents beside it, as XPlanung programs hand plans out)."""
    if not zipfile.is_zipfile(path):
        return etree.parse(str(path), _PARSER)
    check_zip(path, "xplan")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        found = [name for name in names if name.rsplit("/", 1)[-1].lower() == "xplan.gml"]
        if not found:
            shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
            raise DeliveryError(path, f"Kein XPlanArchiv: xplan.gml fehlt im ZIP-Archiv "
                                      f"(enthalten: {shown}) – bitte das XPlanArchiv liefern, "
                                      f"wie es das XPlanung-Programm exportiert, oder die "
                                      f"XPlanGML-Datei allein")
        with archive.open(min(found, key=len)) as member:
            return etree.parse(member, _PARSER)


def _xplan_namespace(root) -> str | None:
    for node in root.iter():
        namespace = etree.QName(node).namespace if isinstance(node.tag, str) else None
        if namespace and namespace.startswith(XPLAN_NAMESPACE):
            return namespace
    return None


def _crs(path: Path, name: str | None) -> str | None:
    code = gml.crs_code(name)
    if code is None:
        return None
    try:
        CRS.from_user_input(code)
    except CRSError:
        raise DeliveryError(path, f"Unbekanntes Koordinatenbezugssystem „{name}“ – bitte als "
                                  f"EPSG-Code angeben, z. B. EPSG:25832") from None
    return code


def _to_crs(path: Path, geometry, plan, crs: str | None, row: dict):
    """The plan's geometry in the file's reference system (a plan may name its own)."""
    own = _crs(path, gml.srs_name(plan))
    if geometry is None or own is None or crs is None or own == crs:
        return geometry
    return transform(Transformer.from_crs(own, crs, always_xy=True).transform, geometry)


def _plan_row(plan, namespace: str, document_base: str | None) -> tuple[dict, object]:
    children: dict[str, list] = {}
    for child in plan:
        children.setdefault(gml.local(child), []).append(child)
    row = {"source_id": plan.get(GML_ID)}
    for element, field in _FIELDS.items():
        if element in children:
            node = children[element][0]
            # A description keeps its line breaks; elsewhere they are the file's layout.
            row[field] = ((node.text or "").strip() or None) if field == "description" \
                else _text(node)
    for element, field in _DATES.items():
        values = [_text(node) for node in children.get(element, ()) if _text(node)]
        if values:
            row[field] = max(values)
    for freeze in children.get("veraenderungssperre", ()):
        for node in freeze.iter():
            if gml.local(node) in _FREEZE_6 and _text(node):
                row[_FREEZE_6[gml.local(node)]] = _text(node)
    municipality = next((node for name in ("planaufstellendeGemeinde", "gemeinde")
                         for holder in children.get(name, ())
                         for node in holder if gml.local(node) == "XP_Gemeinde"), None)
    if municipality is not None:
        row["plan_ags"] = _ags(municipality.findtext(f"{{{namespace}}}ags"))
        name = municipality.find(f"{{{namespace}}}gemeindeName")
        row["plan_municipality"] = _text(name) if name is not None else None
    row.update(_references(plan, document_base))
    problems = [_missing(element, children, plan) for element in _MANDATORY
                if element not in children]
    geometry = None
    if "raeumlicherGeltungsbereich" in children:
        try:
            geometry = gml.surface(children["raeumlicherGeltungsbereich"][0])
        except gml.NotAnArea as error:  # a point: typical while the boundary is not yet drawn
            problems.append(("geometry", f"Geltungsbereich ist {error} – XPlanung verlangt den "
                                         f"räumlichen Geltungsbereich als Fläche: bitte als "
                                         f"gml:Polygon oder gml:MultiSurface liefern"))
        except gml.GmlError as error:
            problems.append(("geometry", f"Geltungsbereich nicht lesbar: {error}"))
    if problems:
        row[ROW_PROBLEMS] = problems
    return row, geometry


def _procedure_of_areas(plan, areas: dict) -> str | None:
    """XPlanGML 6.0 moved `verfahren` from the plan to its BP_Bereich objects."""
    for link in plan:
        if gml.local(link) == "bereich":
            area = areas.get((link.get(XLINK_HREF) or "").lstrip("#"))
            found = area.find(f"{{{etree.QName(area).namespace}}}verfahren") if area is not None else None
            if found is not None and _text(found):
                return _text(found)
    return None


def _text(node) -> str | None:
    # Whitespace inside a value is layout of the XML file (indented line breaks), not content.
    return " ".join((node.text or "").split()) or None


def _ags(value: str | None) -> str | None:
    """An AGS that lost its leading zero in a number column (4011000 for Bremen) gets it back."""
    value = (value or "").strip()
    return value.zfill(8) if value.isdigit() and len(value) == 7 else value or None


def _references(plan, document_base: str | None) -> dict:
    """External references of the plan itself (not of its parts): `externeReferenz` (5.x,
    6.0) and `refRechtsplan`, `refBegruendung`, … (4.1). A reference relative to the plan
    (`BPlan004_4-0.pdf`, normal inside an XPlan archive) is resolved against `document_base`
    where the source names one, else kept as written; only absolute web addresses become
    the plan's `url`."""
    documents = []
    for holder in plan:
        name = gml.local(holder)
        if name != "externeReferenz" and not name.startswith("ref"):
            continue
        for reference in holder.iter():
            if gml.local(reference) == "referenzURL" and _text(reference):
                target = _text(reference)
                if document_base and not urlsplit(target).scheme:
                    target = urljoin(document_base, target)
                if target not in documents:
                    documents.append(target)
    found = {}
    if documents:
        found["documents"] = "\n".join(documents)
        web = [d for d in documents if urlsplit(d).scheme in ("http", "https")]
        if web:
            found["url"] = web[0]
    return found


def _missing(element: str, children: dict, plan) -> tuple[str, str]:
    field = _FIELDS.get(element, "geometry" if element == "raeumlicherGeltungsbereich"
                        else "plan_ags")
    reason = (f"Pflichtelement xplan:{element} fehlt in BP_Plan (Zeile {plan.sourceline}) – "
              f"XPlanung verlangt es")
    similar = difflib.get_close_matches(element, list(children), n=1, cutoff=0.7)
    if similar:
        found = children[similar[0]][0]
        reason += (f"; gefunden wurde das unbekannte Element xplan:{similar[0]} "
                   f"(Zeile {found.sourceline}) – bitte in xplan:{element} umbenennen")
    return field, reason
