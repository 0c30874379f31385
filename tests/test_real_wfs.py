"""The real capabilities of a municipal WFS (Stadt Köln, ArcGIS Server; tests/data/koeln-wfs)
served from 127.0.0.1 – only the host name replaced – with GetFeature answered there: what
the platform asks such a server for. Before, `output_format: geojson` asked ArcGIS for
„application/json; subtype=geojson“, which it does not offer (it offers „GEOJSON“)."""
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from connectors import DeliveryError, read_delivery, remote
from support.http import Route, upstream_server

REAL = Path(__file__).parent / "data" / "koeln-wfs"
SERVICE = "/arcgis/services/basiskarten/adressen_stadtteil/MapServer/WFSServer"
# One feature as ArcGIS writes it in each format (written here: no real page is at hand).
GML = """<?xml version="1.0" encoding="utf-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2"
 xmlns:adressen_stadtteil="https://geoportal.stadt-koeln.de/arcgis/services/basiskarten/adressen_stadtteil/MapServer/WFSServer"
 numberMatched="unknown" numberReturned="1">
<wfs:member><adressen_stadtteil:Altstadt_Süd gml:id="Altstadt_Süd.1">
<adressen_stadtteil:STRASSE>Severinstraße</adressen_stadtteil:STRASSE>
<adressen_stadtteil:HAUSNUMMER>15</adressen_stadtteil:HAUSNUMMER>
<adressen_stadtteil:Shape><gml:Point gml:id="p1" srsName="urn:ogc:def:crs:EPSG::25832">
<gml:pos>356400.1 5644000.2</gml:pos></gml:Point></adressen_stadtteil:Shape>
</adressen_stadtteil:Altstadt_Süd></wfs:member>
</wfs:FeatureCollection>"""
GEOJSON = json.dumps({"type": "FeatureCollection", "features": [{
    "type": "Feature", "id": 1, "geometry": {"type": "Point", "coordinates": [6.958, 50.927]},
    "properties": {"STRASSE": "Severinstraße", "HAUSNUMMER": "15"}}]})


def _harvested(tmp_path: Path, version: str, output: str) -> tuple[Path, list[dict]]:
    """The fetched file and the query of every request the WFS got."""
    with upstream_server() as upstream:
        capabilities = (REAL / f"getcapabilities-{version}.xml").read_text(encoding="utf-8")
        capabilities = capabilities.replace("https://geoportal.stadt-koeln.de", upstream.url)
        answer = upstream.answer

        def by_request(handler):
            query = parse_qs(urlsplit(handler.path).query)
            body = capabilities if query["request"] == ["GetCapabilities"] else \
                GEOJSON if output == "geojson" else GML
            upstream.routes[handler.path] = Route(body=body.encode("utf-8"), content_type="text/xml")
            answer(handler)

        upstream.answer = by_request
        try:
            fetched = remote.fetch(upstream.url + SERVICE, "wfs", {
                "typename": "Altstadt_Süd", "version": version, "output_format": output}, tmp_path)
        finally:
            asked = [parse_qs(urlsplit(path).query) for path, _ in upstream.requests]
    return fetched.path, asked


@pytest.mark.parametrize("version", ["2.0.0", "1.1.0"])
def test_a_feature_type_named_with_umlauts_is_asked_for_and_read(tmp_path, version):
    path, asked = _harvested(tmp_path, version, "gml")
    [capabilities, page] = asked
    assert capabilities["request"] == ["GetCapabilities"] and page["request"] == ["GetFeature"]
    # the short name finds the prefixed one; the GET address with its trailing "?" still works
    assert page.get("typenames", page.get("typename")) == ["adressen_stadtteil:Altstadt_Süd"]
    assert page["outputFormat"] == [{"2.0.0": "application/gml+xml; version=3.2",
                                     "1.1.0": "text/xml; subtype=gml/3.1.1"}[version]]
    delivery = read_delivery(path, "wfs", {"output_format": "gml"})
    assert delivery.rows == [{"STRASSE": "Severinstraße", "HAUSNUMMER": "15"}]
    assert delivery.crs == "EPSG:25832" and delivery.geometries[0].x == 356400.1
    # the line in the archived document (all pages merged), where the feature begins
    [ref] = delivery.refs
    assert ref.startswith("Objekt 1 (Altstadt_Süd.1), Zeile ")
    line = path.read_text(encoding="utf-8").splitlines()[int(ref.rsplit(" ", 1)[1]) - 1]
    assert '<adressen_stadtteil:Altstadt_Süd gml:id="Altstadt_Süd.1">' in line


def test_geojson_is_asked_for_as_the_server_spells_it(tmp_path):
    path, [_, page] = _harvested(tmp_path, "2.0.0", "geojson")
    assert page["outputFormat"] == ["GEOJSON"]
    assert read_delivery(path, "wfs", {"output_format": "geojson"}).rows[0]["STRASSE"] == "Severinstraße"


def test_a_server_without_geojson_is_told_in_german_before_any_getfeature(tmp_path):
    with pytest.raises(DeliveryError, match="bietet GetFeature nicht als GeoJSON an – angeboten: "
                                            "GML3, text/xml; subtype=gml/3.1.1 – bitte output_format: gml"):
        _harvested(tmp_path, "1.1.0", "geojson")
