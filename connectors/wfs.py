"""`connector: wfs` – building plans (or any features) from an OGC WFS 2.0.0 or 1.1.0.

`harvest` pages through GetFeature (`startIndex` / `count`), optionally within a bbox (the
member's area), and keeps all pages as ONE document – what the platform
archives as the delivery (connectors/remote.py calls it for `connector: wfs`). `read` then
reads that document like a file: XPlanGML (xPlanBox, deegree: a FeatureCollection whose
`wfs:member`s hold `xplan:BP_Plan`), plain GML (MapServer, GeoServer: one row per feature
with its simple properties) or GeoJSON.

Options: `typename` (required), `version` (2.0.0 or 1.1.0, default 2.0.0), `output_format`
(xplangml, gml or geojson; default xplangml), `page_size` (default 500), `max_features`
(safety stop, default 100,000), `bbox` ([minx, miny, maxx, maxy]) with `bbox_crs`,
`srs_name` for the reference system to answer in, and `server_format` to override the MIME
type asked for; `auth`, `allowed_hosts`, `timeout`, `retries` and `max_bytes` as for every
source on a server. Every request (GetCapabilities, each GetFeature page) goes through the
platform's transport (connectors/transport.py): credentials from the environment, size limit,
retries, redirects checked hop by hop; OWSLib only reads the capabilities and writes the
GetFeature addresses. GML in a URN-named CRS with latitude first (urn:ogc:def:crs:EPSG::4326) is
turned to x/y order. An address the capabilities name for GetFeature must be allowed by the
source (its own scheme, host and port, or `allowed_hosts`); anything else is refused.
"""
from __future__ import annotations

import json
from pathlib import Path

import shapely
from lxml import etree
from owslib.feature.common import WFSCapabilitiesReader
from owslib.wfs import WebFeatureService

from connectors import geojson, gml, xplan
from connectors.delivery import ROW_PROBLEMS, Delivery, DeliveryError
from connectors.transport import Fetched, Transport, kept, shown

# What each output format asks the server for; a source can override it (`server_format`).
_SERVER_FORMATS = {
    ("xplangml", "2.0.0"): None,  # xPlanBox and deegree answer GML 3.2 by default
    ("xplangml", "1.1.0"): None,
    ("gml", "2.0.0"): "application/gml+xml; version=3.2",
    ("gml", "1.1.0"): "text/xml; subtype=gml/3.1.1",
    ("geojson", "2.0.0"): "application/json; subtype=geojson",
    ("geojson", "1.1.0"): "application/json; subtype=geojson",
}
# GeoJSON as servers spell it (lower case, without blanks): MapServer, the media type,
# GeoServer, ArcGIS Server.
_GEOJSON = ("application/json;subtype=geojson", "application/geo+json", "application/json",
            "geojson", "json")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True)
_MEMBERS = ("member", "featureMember", "featureMembers")


def _settings(location: str, options: dict) -> tuple[str, str, str]:
    version = str(options.get("version", "2.0.0"))
    output = str(options.get("output_format", "xplangml")).lower()
    if (output, version) not in _SERVER_FORMATS:
        raise DeliveryError(location, f"WFS-Version „{version}“ oder Ausgabeformat „{output}“ "
                                      f"wird nicht unterstützt – möglich sind die Versionen "
                                      f"2.0.0 und 1.1.0 und die Formate xplangml, gml, geojson")
    bbox = options.get("bbox")
    if bbox is not None and not (isinstance(bbox, (list, tuple)) and len(bbox) == 4 and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in bbox)):
        # `member` is turned into the member's area before a WFS is asked (ingest/upstream.py)
        raise DeliveryError(location, f"options.bbox „{bbox}“ ist kein Gebiet – erwartet member "
                                      f"oder vier Zahlen [minx, miny, maxx, maxy] (mit bbox_crs, "
                                      f"z. B. EPSG:25832)")
    if not options.get("typename"):
        raise DeliveryError(location, "Für einen WFS fehlt die Option typename (z. B. "
                                      "xplan:BP_Plan) in cluster.yaml")
    return version, output, str(options["typename"])


def harvest(transport: Transport, location: str, options: dict, folder: Path,
            state: dict | None) -> Fetched:
    """All pages of GetFeature as one file, judged against the last fetch like any download
    (unchanged upstream: nothing to archive)."""
    output = _settings(shown(location), options)[1]
    data = getfeature_pages(transport, options)
    return kept(location, data, folder, state, ".geojson" if output == "geojson" else ".gml")


def getfeature_pages(transport: Transport, options: dict) -> bytes:
    """GetFeature page by page (startIndex/count), merged into one document. The transport
    fetches every request (credentials, limits, retries, redirects checked hop by hop); OWSLib
    only reads the capabilities and writes the GetFeature addresses, which must be allowed
    by the source's host policy before they are requested. Messages name the location
    without user info."""
    where = shown(transport.location)
    version, output, typename = _settings(where, options)
    page_size = int(options.get("page_size", 500))
    limit = int(options.get("max_features", 100_000))
    service = _service(transport, version)
    typename = _typename(where, service, typename)
    bbox = options.get("bbox")
    if bbox is not None:
        bbox = tuple(float(v) for v in bbox) + ((options["bbox_crs"],) if options.get("bbox_crs") else ())
    server_format = options.get("server_format") or _server_format(where, service, output, version)
    pages, start = [], 0
    while start < limit:
        try:
            url = service.getGETGetFeatureRequest(
                typename=[typename], bbox=bbox, startindex=start, maxfeatures=page_size,
                outputFormat=server_format, srsname=options.get("srs_name"))
        except (KeyError, StopIteration):
            raise DeliveryError(where, "Die Capabilities des WFS nennen keine Adresse für "
                                       "GetFeature (GET)") from None
        page, _ = transport.get(transport.check(url, transport.location))
        count = _count(where, page, output)
        pages.append(page)
        start += count
        if count < page_size:
            break
    return _merge_json(pages) if output == "geojson" else _merge_xml(where, pages)


def _service(transport: Transport, version: str):
    """OWSLib's view of the capabilities, which the transport fetched."""
    location = transport.location
    document, _ = transport.get(WFSCapabilitiesReader(version).capabilities_url(location))
    _parse(shown(location), document)  # an exception report or broken XML: a German message
    try:
        return WebFeatureService(location, version=version, xml=document)
    except Exception as error:  # OWSLib raises whatever its parser raises
        raise DeliveryError(shown(location), f"Keine gültigen WFS-Capabilities: {error}") from None


def _server_format(location: str, service, output: str, version: str) -> str | None:
    """The MIME type to ask for: for GeoJSON the spelling the capabilities offer (ArcGIS
    offers „GEOJSON“, GeoServer „application/json“), else the format's usual one."""
    usual = _SERVER_FORMATS[(output, version)]
    try:
        offered = service.getOperationByName("GetFeature").parameters["outputFormat"]["values"]
    except (KeyError, AttributeError, TypeError):  # the capabilities say nothing
        return usual
    if output != "geojson" or not offered:
        return usual
    spelled = {value.lower().replace(" ", ""): value for value in offered}
    if found := next((spelled[name] for name in _GEOJSON if name in spelled), None):
        return found
    raise DeliveryError(location, f"Der WFS bietet GetFeature nicht als GeoJSON an – angeboten: "
                                  f"{', '.join(offered[:15])} – bitte output_format: gml wählen "
                                  f"(oder server_format mit einem dieser Formate)")


def _typename(location: str, service, wanted: str) -> str:
    """The feature type as the capabilities name it: `bplan` finds `ms:bplan`."""
    offered = list(service.contents)
    if wanted in offered:
        return wanted
    prefixed = [name for name in offered if name.split(":")[-1] == wanted.split(":")[-1]]
    if len(prefixed) == 1:
        return prefixed[0]
    raise DeliveryError(location, f"Die Objektart „{wanted}“ bietet der WFS nicht an – "
                                  f"vorhanden: {', '.join(offered[:20]) or 'keine'}")


def _count(location: str, page: bytes, output: str) -> int:
    if output != "geojson":
        return len(_members(_parse(location, page)))
    if page.lstrip().startswith(b"<"):
        _parse(location, page)  # the server's exception report, as a German message
    try:
        return len(json.loads(page).get("features") or [])
    except (ValueError, AttributeError):
        raise DeliveryError(location, f"Antwort des WFS ist kein GeoJSON: "
                                      f"{page[:200].decode('utf-8', 'replace')}") from None


def _parse(location: str, page: bytes):
    try:
        root = etree.fromstring(page, _PARSER)
    except etree.XMLSyntaxError as error:
        raise DeliveryError(location, f"Antwort des WFS ist kein wohlgeformtes XML: {error.msg}") from None
    if gml.local(root) in ("ExceptionReport", "ServiceExceptionReport"):
        text = " ".join(" ".join(root.itertext()).split())
        raise DeliveryError(location, f"Der WFS meldet einen Fehler: {text[:300]}")
    return root


def _members(root) -> list:
    """The features of a page; `gml:featureMembers` holds several per element."""
    features = []
    for node in root:
        if gml.local(node) in _MEMBERS:
            features.extend(child for child in node if isinstance(child.tag, str))
    return features


def _merge_json(pages: list[bytes]) -> bytes:
    first = json.loads(pages[0])
    first["features"] = [f for page in pages for f in json.loads(page).get("features") or []]
    return json.dumps(first, ensure_ascii=False).encode("utf-8")


def _merge_xml(location: str, pages: list[bytes]) -> bytes:
    roots = [_parse(location, page) for page in pages]
    merged = roots[0]
    for root in roots[1:]:
        for node in list(root):
            if gml.local(node) in _MEMBERS:
                merged.append(node)
    for attribute in ("numberReturned", "numberOfFeatures"):
        if merged.get(attribute) is not None:
            merged.set(attribute, str(len(_members(merged))))
    for attribute in ("next", "previous"):  # page links mean nothing in the merged document
        merged.attrib.pop(attribute, None)
    return etree.tostring(merged, xml_declaration=True, encoding="UTF-8")


def read(path: Path, options: dict) -> Delivery:
    output = str(options.get("output_format", "xplangml")).lower()
    if output == "xplangml":
        return xplan.read(path, options)
    if output == "geojson":
        return geojson.read(path, options)
    return _read_gml(path, options)


def _read_gml(path: Path, options: dict) -> Delivery:
    """Plain GML features: simple properties as columns, the first geometry as geometry."""
    try:
        root = etree.parse(str(path), _PARSER).getroot()
    except etree.XMLSyntaxError as error:
        raise DeliveryError(path, f"Kein wohlgeformtes XML: {error.msg}", line=error.lineno) from None
    rows, refs, geometries, columns = [], [], [], {}
    for number, feature in enumerate(_members(root), start=1):
        row, geometry = {}, None
        for prop in feature:
            name = gml.local(prop)
            if etree.QName(prop).namespace in gml.GML_NAMESPACES or not name:
                continue
            if len(prop):  # a property holding a geometry
                if geometry is None:
                    geometry = _geometry(prop, row)
            else:
                row[name] = (prop.text or "").strip() or None
        columns.update(dict.fromkeys(row))
        feature_id = feature.get(xplan.GML_ID) or feature.get("{http://www.opengis.net/gml}id") \
            or feature.get("fid")
        refs.append(f"Objekt {number}" + (f" ({feature_id})" if feature_id else "")
                    + f", Zeile {feature.sourceline}")
        rows.append(row)
        geometries.append(geometry)
    name = gml.srs_name(root)
    if gml.northing_first(name):
        geometries = [shapely.transform(g, lambda coordinates: coordinates[:, ::-1])
                      if g is not None else None for g in geometries]
    crs = gml.crs_code(name) or options.get("crs")
    return Delivery(path=path, columns=list(columns), rows=rows, refs=refs, geometries=geometries,
                    crs=crs)


def _geometry(prop, row: dict):
    try:
        return gml.point(prop) or gml.surface(prop)
    except gml.GmlError as error:
        row.setdefault(ROW_PROBLEMS, []).append(("geometry", f"Geometrie nicht lesbar: {error}"))
        return None
