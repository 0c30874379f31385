"""A source on a server through the whole ingestion: unchanged upstream writes nothing,
an unreachable server fails only its partition, `swdp status` and `swdp check` on URLs."""
import dataclasses
import json

import pytest

from support.cli import swdp_in_process
from support.files import data_files
from support.http import upstream_server
from pipelines.core.cluster import load_cluster
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.delivery import ingest_source

EVENTS = PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv"


def _config(tmp_path, events_location: str):
    """The bundled configuration with Kusel's events on a server."""
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    text = text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/")
    text = text.replace(f"location: {EVENTS}", f"location: {events_location}")
    path = tmp_path / "cluster.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
def test_unchanged_upstream_writes_nothing_and_a_dead_server_keeps_the_data(tmp_path,
                                                                           monkeypatch):
    settings = Settings(data_dir=tmp_path / "data")
    monkeypatch.setenv("KUSEL_EVENTS_TOKEN", "Bearer streng-geheim")
    with upstream_server() as up:
        url = up.add("/kusel/veranstaltungen.csv", EVENTS.read_bytes(), etag='"v1"')
        cluster = load_cluster(_config(tmp_path, url))
        configured = cluster.member("kusel").sources["events"]
        source = dataclasses.replace(configured, options={
            **configured.options, "auth": {"header": "Authorization", "env": "KUSEL_EVENTS_TOKEN"}})
        first = ingest_source(settings, cluster, source)
        assert first.status == "ok" and first.valid > 0 and first.source == url
        state = json.loads(settings.upstream_state_path("events", "kusel").read_text())
        assert state["etag"] == '"v1"' and state["changed_at"]
        before = data_files(settings.data_dir, "runs")
        assert any(name.startswith("raw/kusel/events/") and name.endswith(".csv") for name in before)

        again = ingest_source(settings, cluster, source)
        assert (again.status, again.message) == ("unverändert",
                                                 "Quelle seit dem letzten Abruf unverändert")
        assert up.requests[-1][1]["If-None-Match"] == '"v1"'
        assert data_files(settings.data_dir, "runs") == before

        up.routes["/kusel/veranstaltungen.csv"].fail_first = 99
        failed = ingest_source(settings, cluster, source)
        assert failed.status == "fehlgeschlagen"
        assert failed.message == f"{url}: antwortet mit HTTP 503 Service Unavailable"
        assert data_files(settings.data_dir, "runs") == before  # the last good data stays

        up.add("/kusel/veranstaltungen.csv", EVENTS.read_bytes().replace(b"Kusel", b"Kusel "),
               etag='"v2"')
        changed = ingest_source(settings, cluster, source)
        assert changed.status == "ok" and changed.delivery_sha256 != first.delivery_sha256
    assert {headers["Authorization"] for _, headers in up.requests} == {"Bearer streng-geheim"}
    journals = list((settings.runs_dir / "events" / "kusel").glob("*.json"))
    assert len(journals) == 4
    for path in settings.data_dir.rglob("*"):  # the secret is in no file and no file name
        assert "streng-geheim" not in path.name
        assert not path.is_file() or b"streng-geheim" not in path.read_bytes()


@pytest.mark.slow
def test_swdp_run_twice_leaves_warehouse_and_exports_untouched(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    with upstream_server() as up:
        url = up.add("/veranstaltungen.csv", EVENTS.read_bytes(),
                     last_modified="Mon, 30 Nov 2026 07:00:00 GMT")
        monkeypatch.setenv("SWDP_CONFIG", str(_config(tmp_path, url)))
        first = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
        assert first.returncode == 0, first.stderr[-2000:]
        before = data_files(data_dir, "runs", "dagster")
        second = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
        assert second.returncode == 0, second.stderr[-2000:]
        assert [r["status"] for r in json.loads(second.stdout)["runs"]] == ["unverändert"]
        assert data_files(data_dir, "runs", "dagster") == before  # warehouse.duckdb included
        status = json.loads(swdp_in_process("status", "--json", data_dir=data_dir).stdout)
        assert [(u["municipality"], u["location"]) for u in status["upstream"]] == [("kusel", url)]
        assert status["upstream"][0]["last_modified"] == "Mon, 30 Nov 2026 07:00:00 GMT"
        checked = swdp_in_process("check", url, "-d", "events", "-m", "kusel", "--json",
                                  data_dir=data_dir)
        assert checked.returncode in (0, 1), checked.stdout + checked.stderr
        assert json.loads(checked.stdout)["file"] == url
