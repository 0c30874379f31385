"""`connector: wfs` against a real MapServer (Debian's mapserv) on 127.0.0.1 serving a
GeoPackage of plans, plus a GetFeature answer as xPlanBox gives it."""
import dataclasses
import json
import os
import subprocess
from datetime import datetime
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import geopandas as gpd
import pytest
from shapely.geometry import box

from catalog.ckan_server import free_port
from connectors import DeliveryError, read_delivery, wfs
from connectors.delivery import ROW_PROBLEMS
from connectors.remote import fetch
from pipelines.core.cluster import Source
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import ingest_source
from pipelines.ingest.precheck import precheck
from pipelines.ingest.upstream import within_member_area

from support.http import answer, local_server, upstream_server

DATA = Path(__file__).parent / "data" / "xplan"
PLANS = 7

MAPFILE = """MAP
  NAME "plaene"
  EXTENT 400000 5470000 420000 5490000
  PROJECTION "init=epsg:25832" END
  WEB
    METADATA
      "wfs_title" "Bebauungsplaene"
      "wfs_onlineresource" "{online}"
      "wfs_srs" "EPSG:25832 EPSG:4326"
      "wfs_enable_request" "*"
      "wfs_getfeature_formatlist" "geojson"
    END
  END
  OUTPUTFORMAT
    NAME "geojson"
    DRIVER "OGR/GEOJSON"
    MIMETYPE "application/json; subtype=geojson"
    FORMATOPTION "STORAGE=stream"
    FORMATOPTION "FORM=SIMPLE"
  END
  LAYER
    NAME "bplan"
    TYPE POLYGON
    STATUS ON
    CONNECTIONTYPE OGR
    CONNECTION "{gpkg}"
    DATA "plans"
    PROJECTION "init=epsg:25832" END
    METADATA
      "wfs_title" "bplan"
      "gml_include_items" "all"
      "gml_featureid" "plan_id"
      "gml_types" "auto"
    END
  END
END
"""


def _plans(folder: Path) -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        [{"plan_id": f"bp-{i}", "name": f"Am Sportplatz {i}. Änderung", "nummer": f"KL-{i}",
          "planart": "1000", "rechtsstand": "4000", "ags": "07312000",
          "geometry": box(410000 + i * 300, 5480000, 410200 + i * 300, 5480150 + i)}
         for i in range(PLANS)], crs="EPSG:25832")
    frame.to_file(folder / "plans.gpkg", layer="plans", driver="GPKG")
    return frame


@contextmanager
def mapserver(folder: Path, announce_port: int | None = None, require: dict | None = None,
              getfeature_to: str | None = None):
    """mapserv as CGI behind a small HTTP server; `announce_port` lets the capabilities name
    another address than the one serving them. In front of it: `require` headers (else
    401, as a WFS behind a gateway answers), `getfeature_to` redirects GetFeature there."""
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 – http.server's name
            query = self.path.partition("?")[2]
            requests.append(query)
            if any(self.headers.get(name) != value for name, value in (require or {}).items()):
                return answer(self, 401, b"Anmeldung erforderlich", "text/plain")
            if getfeature_to and "getfeature" in query.lower():
                self.send_response(302)
                self.send_header("Location", f"{getfeature_to}/wfs?{query}")
                self.send_header("Content-Length", "0")
                return self.end_headers()
            env = {"PATH": os.environ["PATH"], "REQUEST_METHOD": "GET", "QUERY_STRING": query,
                   "MS_MAPFILE": str(folder / "plans.map"), "SERVER_NAME": "127.0.0.1",
                   "SERVER_PORT": str(self.server.server_address[1]), "SCRIPT_NAME": "/wfs",
                   "MAPSERVER_CONFIG_FILE": str(folder / "mapserver.conf")}
            output = subprocess.run(["mapserv"], env=env, capture_output=True, timeout=60).stdout
            separator = b"\r\n\r\n" if b"\r\n\r\n" in output[:500] else b"\n\n"
            head, _, body = output.partition(separator)
            self.send_response(200)
            for line in head.decode().splitlines():
                name, _, value = line.partition(":")
                self.send_header(name.strip(), value.strip())
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    with local_server(Handler) as base:
        port = urlsplit(base).port
        online = f"http://127.0.0.1:{announce_port or port}/wfs?"
        (folder / "plans.map").write_text(MAPFILE.format(online=online, gpkg=folder / "plans.gpkg"))
        (folder / "mapserver.conf").write_text(
            f'CONFIG\n  ENV\n    MS_MAP_PATTERN "^{folder}/"\n  END\nEND\n')
        yield f"{base}/wfs", requests


def _fetch(url: str, options: dict, folder: Path) -> Path:
    """The way ingestion fetches a `connector: wfs` source (connectors/remote.py)."""
    return fetch(url, "wfs", options, folder / "download").path


@pytest.mark.parametrize("version, output", [("2.0.0", "gml"), ("1.1.0", "gml"),
                                             ("2.0.0", "geojson"), ("1.1.0", "geojson")])
def test_getfeature_pages_through_all_plans(tmp_path, version, output):
    expected = _plans(tmp_path)
    options = {"typename": "bplan", "version": version, "output_format": output, "page_size": 3}
    with mapserver(tmp_path) as (url, requests):
        path = _fetch(url, options, tmp_path)
    pages = [q for q in requests if "GetFeature" in q]
    assert len(pages) == 3  # 3 + 3 + 1
    assert all(("STARTINDEX" in q.upper()) for q in pages[1:])
    delivery = read_delivery(path, "wfs", options)
    assert delivery.crs == "EPSG:25832"
    by_id = {row["plan_id"]: (row, geometry) for row, geometry in zip(delivery.rows, delivery.geometries)}
    assert sorted(by_id) == sorted(expected["plan_id"])
    for plan in expected.itertuples():
        row, geometry = by_id[plan.plan_id]
        assert (row["name"], row["nummer"], row["ags"]) == (plan.name, plan.nummer, plan.ags)
        assert ROW_PROBLEMS not in row
        assert geometry.equals(plan.geometry)


def test_latitude_first_gml_is_turned_to_x_y(tmp_path):
    expected = _plans(tmp_path).to_crs("EPSG:4326")
    options = {"typename": "bplan", "output_format": "gml", "srs_name": "urn:ogc:def:crs:EPSG::4326"}
    with mapserver(tmp_path) as (url, _):
        delivery = read_delivery(_fetch(url, options, tmp_path), "wfs", options)
    assert delivery.crs == "EPSG:4326"
    centre = delivery.geometries[0].centroid
    assert (centre.x, centre.y) == pytest.approx((expected.geometry[0].centroid.x,
                                                  expected.geometry[0].centroid.y), abs=1e-6)
    assert 7 < centre.x < 8 and 49 < centre.y < 50  # longitude, latitude near Kaiserslautern


def test_unchanged_upstream_is_reported_unchanged(tmp_path):
    _plans(tmp_path)
    options = {"typename": "bplan", "output_format": "geojson", "page_size": 4}
    with mapserver(tmp_path) as (url, _):
        first = fetch(url, "wfs", options, tmp_path / "download")
        again = fetch(url, "wfs", options, tmp_path / "download", first.state)
    assert not first.unchanged and first.path.suffix == ".geojson"
    assert again.unchanged and again.path is None


def test_bbox_member_asks_only_for_the_member_area(tmp_path, cluster):
    """`bbox: member`: Kaiserslautern's area holds the plans, Bitburg-Prüm's (far west) none."""
    _plans(tmp_path)
    gazetteer = Settings(data_dir=tmp_path / "data")
    with mapserver(tmp_path) as (url, _):
        found = {}
        for key in ("kaiserslautern", "bitburg-pruem"):
            source = Source(member=key, dataset="building_plans", connector="wfs", location=url,
                            semantics="snapshot", schedule="0 6 * * 1",
                            options={"typename": "bplan", "output_format": "geojson",
                                     "bbox": "member"})
            source = within_member_area(gazetteer, cluster, source)
            assert source.options["bbox_crs"] == "EPSG:25832" and len(source.options["bbox"]) == 4
            path = fetch(url, "wfs", source.options, tmp_path / key).path
            found[key] = len(json.loads(path.read_text())["features"])
    assert found == {"kaiserslautern": PLANS, "bitburg-pruem": 0}


def test_check_of_a_members_wfs_with_bbox_member_asks_for_its_area(tmp_path, cluster):
    """`swdp check <its WFS> -m kaiserslautern` reads the source as ingestion does: `bbox:
    member` becomes the member's area (it ended in an internal error: „member“ is no number)."""
    _plans(tmp_path)
    with mapserver(tmp_path) as (url, requests):
        member = cluster.member("kaiserslautern")
        source = Source(member="kaiserslautern", dataset="building_plans", connector="wfs",
                        location=url, semantics="snapshot", schedule="0 6 * * 1",
                        options={"typename": "bplan", "output_format": "geojson", "bbox": "member"},
                        mapping=member.sources["building_plans"].mapping)
        configured = dataclasses.replace(cluster, members={**cluster.members, "kaiserslautern":
            dataclasses.replace(member, sources={**member.sources, "building_plans": source})})
        checked = precheck(Settings(data_dir=tmp_path / "data"), configured, url, "building_plans",
                           "kaiserslautern", datetime.now(BERLIN))
    assert checked.report["read"] == PLANS
    [bbox] = [query for query in requests if "getfeature" in query.lower()][:1]
    assert "bbox=" in bbox.lower() and "member" not in bbox.lower()


def test_bbox_limits_the_plans(tmp_path):
    _plans(tmp_path)
    options = {"typename": "bplan", "output_format": "geojson", "page_size": 100,
               "bbox": [409000, 5479000, 410700, 5481000], "bbox_crs": "EPSG:25832"}
    with mapserver(tmp_path) as (url, _):
        delivery = read_delivery(_fetch(url, options, tmp_path), "wfs", options)
    assert sorted(row["plan_id"] for row in delivery.rows) == ["bp-0", "bp-1", "bp-2"]


def test_getfeature_address_on_another_port_is_refused(tmp_path):
    _plans(tmp_path)
    elsewhere = free_port()
    with mapserver(tmp_path, announce_port=elsewhere) as (url, requests):
        with pytest.raises(DeliveryError, match=f"127.0.0.1:{elsewhere}.*außerhalb der erlaubten"):
            _fetch(url, {"typename": "bplan"}, tmp_path)
    assert not [q for q in requests if "GetFeature" in q]


def test_missing_typename_and_server_errors_are_german(tmp_path):
    _plans(tmp_path)
    with pytest.raises(DeliveryError, match="Option typename"):
        _fetch("http://127.0.0.1:1/wfs", {}, tmp_path)
    with pytest.raises(DeliveryError, match=r"options.bbox „\[409000, 5479000, 410700\]“ ist kein "
                                            r"Gebiet – erwartet member oder vier Zahlen"):
        _fetch("http://127.0.0.1:1/wfs", {"typename": "bplan", "bbox": [409000, 5479000, 410700]},
               tmp_path)
    with mapserver(tmp_path) as (url, _):
        with pytest.raises(DeliveryError, match="Objektart „gibtesnicht“ bietet der WFS nicht an"):
            _fetch(url, {"typename": "gibtesnicht", "output_format": "gml"}, tmp_path)
        with pytest.raises(DeliveryError, match="Der WFS meldet einen Fehler"):
            _fetch(url, {"typename": "bplan", "output_format": "gml",
                            "server_format": "image/x-gibtesnicht"}, tmp_path)


def test_xplanbox_getfeature_answer_is_read_as_xplangml():
    """A GetFeature answer as xPlanBox gives it: wfs:FeatureCollection, wfs:member, xplan:BP_Plan."""
    delivery = read_delivery(DATA / "wfs20FeatureCollection_5-1.gml", "wfs",
                             {"typename": "xplan:BP_Plan", "output_format": "xplangml"})
    assert [row["name"] for row in delivery.rows] == ["Laufrichtung"]
    assert delivery.crs == "EPSG:25832" and delivery.geometries[0].area > 10_000
    assert ROW_PROBLEMS not in delivery.rows[0]


def test_merging_xplanbox_pages_keeps_every_member():
    page = (DATA / "wfs20FeatureCollection_5-1.gml").read_bytes()
    merged = wfs._merge_xml("http://127.0.0.1/wfs", [page, page])  # noqa: SLF001
    assert merged.count(b"<xplan:BP_Plan ") == 2 and b"wfs:member" in merged


TOKEN = "Bearer wfs-geheim-4711"


def _plan_source(cluster, url: str, **options):
    """Kaiserslautern's building plans from the WFS, mapped to the plan schema."""
    configured = cluster.member("kaiserslautern").sources["building_plans"]
    return dataclasses.replace(
        configured, connector="wfs", location=url,
        options={"typename": "bplan", "output_format": "geojson", **options},
        mapping={"source_id": "plan_id", "name": "name", "number": "nummer",
                 "plan_type": "planart", "legal_status": "rechtsstand", "plan_ags": "ags"})


def test_wfs_behind_a_token_gets_it_from_the_environment_only(tmp_path, monkeypatch, cluster):
    """Credentials named in `auth` reach the WFS on every request (capabilities and each
    page); without them the source fails in German; the token is in no file of the data."""
    _plans(tmp_path)
    settings = Settings(data_dir=tmp_path / "data")
    auth = {"header": "Authorization", "env": "KL_WFS_TOKEN"}
    monkeypatch.delenv("KL_WFS_TOKEN", raising=False)
    with mapserver(tmp_path, require={"Authorization": TOKEN}) as (url, requests):
        unset = ingest_source(settings, cluster, _plan_source(cluster, url, auth=auth))
        assert (unset.status, requests) == ("fehlgeschlagen", [])
        assert "Die Umgebungsvariable KL_WFS_TOKEN für die Anmeldung ist nicht gesetzt" in unset.message
        refused = ingest_source(settings, cluster, _plan_source(cluster, url))
        assert refused.status == "fehlgeschlagen"
        assert refused.message == (f"{url}: antwortet mit HTTP 401 Unauthorized – Anmeldung "
                                   f"fehlt oder wird abgelehnt; Zugangsdaten über options.auth "
                                   f"aus Umgebungsvariablen angeben")
        monkeypatch.setenv("KL_WFS_TOKEN", TOKEN)
        passed = ingest_source(settings, cluster, _plan_source(cluster, url, auth=auth,
                                                               page_size=3))
    assert passed.status == "ok" and passed.valid == PLANS, passed.message
    assert len([q for q in requests if "GetFeature" in q]) == 3
    for path in settings.data_dir.rglob("*"):
        assert "wfs-geheim" not in path.name
        assert not path.is_file() or b"wfs-geheim" not in path.read_bytes()


def test_redirects_to_another_port_are_refused_and_never_requested(tmp_path):
    _plans(tmp_path)
    with upstream_server() as front, upstream_server() as other:
        other.add("/wfs", b"<nie/>", content_type="text/xml")
        front.add("/wfs", redirect=f"{other.url}/wfs")
        with pytest.raises(DeliveryError, match=f"{other.url}/wfs“ liegt außerhalb der erlaubten"):
            _fetch(f"{front.url}/wfs", {"typename": "bplan"}, tmp_path)
        with mapserver(tmp_path, getfeature_to=other.url) as (url, requests):
            with pytest.raises(DeliveryError, match=f"„{other.url}/wfs\\?.*außerhalb der erlaubten"):
                _fetch(url, {"typename": "bplan", "output_format": "gml"}, tmp_path)
        assert [q for q in requests if "GetFeature" in q]  # asked, redirected, not followed
        assert other.requests == []
