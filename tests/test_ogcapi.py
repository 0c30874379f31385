"""connector: ogcapi against a real pygeoapi (OGC API – Features) on 127.0.0.1."""
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest
import yaml

from catalog.ckan_server import free_port
from connectors import read_delivery, remote
from connectors.delivery import DeliveryError
from pipelines.ingest.delivery import check_delivery
from schemas import load_schema

pytestmark = pytest.mark.slow  # starts pygeoapi

PLANS = [("Am Sportplatz", "Bebauungsplan"), ("Hinter den Gärten", "Bebauungsplan"),
         ("Gewerbegebiet Ost", "Vorhabenbezogener Bebauungsplan"),
         ("Ortsmitte", "Innenbereichssatzung"), ("Mühlweg", "Bebauungsplan")]


def _square(number: int) -> list:
    west, south = 7.39 + number * 0.01, 49.53
    return [[[west, south], [west + 0.005, south], [west + 0.005, south + 0.005],
             [west, south + 0.005], [west, south]]]


@pytest.fixture(scope="module")
def pygeoapi(tmp_path_factory):
    """pygeoapi serving five building plans from a GeoJSON file; its public URL is
    http://127.0.0.1:<port>, so its `next` links point there."""
    folder = tmp_path_factory.mktemp("pygeoapi")
    features = [{"type": "Feature", "id": f"bp{n}",
                 "properties": {"id": f"bp{n}", "name": name, "planart": kind},
                 "geometry": {"type": "Polygon", "coordinates": _square(n)}}
                for n, (name, kind) in enumerate(PLANS)]
    (folder / "plans.geojson").write_text(json.dumps(
        {"type": "FeatureCollection", "features": features}), encoding="utf-8")
    port = free_port()
    config = {
        "server": {"bind": {"host": "127.0.0.1", "port": port}, "url": f"http://127.0.0.1:{port}",
                   "mimetype": "application/json; charset=UTF-8", "encoding": "utf-8",
                   "language": "de-DE", "limit": 10,
                   "map": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                           "attribution": "OpenStreetMap"}},
        "logging": {"level": "ERROR"},
        "metadata": {"identification": {"title": "Test", "description": "Test",
                                        "keywords": ["test"], "keywords_type": "theme",
                                        "terms_of_service": "https://example.org",
                                        "url": "https://example.org"},
                     "license": {"name": "CC0", "url": "https://example.org"},
                     "provider": {"name": "Test", "url": "https://example.org"},
                     "contact": {"name": "Test"}},
        "resources": {"bebauungsplaene": {
            "type": "collection", "title": "Bebauungspläne", "description": "Pläne",
            "keywords": ["Bauleitplanung"],
            "extents": {"spatial": {"bbox": [6, 49, 8, 51],
                                    "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}},
            "providers": [{"type": "feature", "name": "GeoJSON", "id_field": "id",
                           "data": str(folder / "plans.geojson")}]}},
    }
    (folder / "config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {**os.environ, "PYGEOAPI_CONFIG": str(folder / "config.yml"),
           "PYGEOAPI_OPENAPI": str(folder / "openapi.yml")}
    pygeoapi_cli = str(os.path.join(os.path.dirname(sys.executable), "pygeoapi"))
    subprocess.run([pygeoapi_cli, "openapi", "generate", str(folder / "config.yml"),
                    "--output-file", str(folder / "openapi.yml")], env=env, check=True,
                   capture_output=True, timeout=120)
    server = subprocess.Popen(
        [sys.executable, "-c", "from pygeoapi.flask_app import APP, api_\n"
         "APP.run(host='127.0.0.1', port=api_.config['server']['bind']['port'], debug=False)"],
        env=env, stdout=subprocess.DEVNULL, stderr=open(folder / "server.log", "wb"),
        start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/collections", timeout=1).close()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail((folder / "server.log").read_text()[-2000:], pytrace=False)
                time.sleep(0.2)
        else:
            pytest.fail("pygeoapi startet nicht", pytrace=False)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_items_page_by_page_into_rows_and_geometries(pygeoapi, tmp_path):
    options = {"collection": "bebauungsplaene", "limit": 2}
    fetched = remote.fetch(pygeoapi, "ogcapi", options, tmp_path)
    delivery = read_delivery(fetched.path, "ogcapi", options)
    assert [row["name"] for row in delivery.rows] == [name for name, _ in PLANS]
    assert [g.geom_type for g in delivery.geometries] == ["Polygon"] * 5
    assert delivery.geometries[1].bounds == pytest.approx((7.40, 49.53, 7.405, 49.535))
    assert fetched.path.suffix == ".geojson"
    again = remote.fetch(pygeoapi, "ogcapi", options, tmp_path, fetched.state)
    assert again.unchanged
    checked = check_delivery(fetched.path, load_schema("building_plans"), "ogcapi", options,
                             {"source_id": "id", "plan_type": "planart"}, "kusel", area=None)
    assert checked.problems == [] and len(checked.records) == 5
    assert sorted(checked.records["plan_type"]) == ["1000", "1000", "1000", "3000", "4000"]


def test_next_links_to_another_host_are_refused(pygeoapi, tmp_path):
    # Asked as "localhost", pygeoapi answers with next links on 127.0.0.1: another host.
    location = pygeoapi.replace("127.0.0.1", "localhost")
    options = {"collection": "bebauungsplaene", "limit": 2}
    with pytest.raises(DeliveryError, match="außerhalb der erlaubten Server"):
        remote.fetch(location, "ogcapi", options, tmp_path)
    allowed = {**options, "allowed_hosts": ["127.0.0.1"]}
    assert len(read_delivery(remote.fetch(location, "ogcapi", allowed, tmp_path).path,
                             "ogcapi", allowed).rows) == 5
