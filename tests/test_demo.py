"""The whole demo as `make demo` runs it, in a temporary data directory, twice."""
import email
import json
from email.policy import default

import pytest

from pipelines.core.database import connect
from schemas import DATASET_KEYS, load_schema

from support.cli import swdp_in_process

TABLES = [f"{key}_records" for key in DATASET_KEYS] + ["rejects"]


def _fingerprints(warehouse) -> dict[str, str]:
    with connect(warehouse, read_only=True) as connection:
        return {table: connection.execute(
            f"SELECT count(*) || ':' || coalesce(md5(string_agg(t::VARCHAR, '|' ORDER BY t::VARCHAR)), '') "
            f"FROM {table} t").fetchone()[0] for table in TABLES}


@pytest.fixture(scope="module")
def demo(demo_run):
    data_dir, first = demo_run
    fingerprints = _fingerprints(data_dir / "warehouse.duckdb")
    second = swdp_in_process("run", "--json", data_dir=data_dir)
    assert second.returncode == 0, second.stderr[-3000:]
    return data_dir, first, json.loads(second.stdout), fingerprints


def test_all_24_partitions_are_filled(demo, cluster):
    data_dir, summary, _, _ = demo
    runs = {(r["municipality"], r["dataset"]): r for r in summary["runs"]}
    assert set(runs) == {(m, d) for m in cluster.members for d in DATASET_KEYS}
    for key, run in runs.items():
        assert run["status"] == "ok", key
        assert 30 <= run["read"] <= 300, key
        assert run["valid"] + run["rejected"] == run["read"], key
        assert run["valid"] > 0 and run["geocoded"] == run["valid"], key
    with connect(data_dir / "warehouse.duckdb", read_only=True) as connection:
        members = dict(connection.execute(
            "SELECT municipality, count(*) FROM events GROUP BY 1").fetchall())
        assert set(members) == set(cluster.members)
        point = connection.execute("SELECT ST_X(geometry), lon FROM offers LIMIT 1").fetchone()
        assert point[0] == pytest.approx(point[1])


def test_flawed_records_are_quarantined_with_reasons(demo):
    data_dir, summary, _, _ = demo
    rejected = {(r["municipality"], r["dataset"]): r["rejected"] for r in summary["runs"]}
    assert rejected[("kaiserslautern", "offers")] >= 4
    assert rejected[("mayen-koblenz", "offers")] >= 1
    assert rejected[("kaiserslautern", "building_plans")] >= 1
    with connect(data_dir / "warehouse.duckdb", read_only=True) as connection:
        rows = connection.execute("SELECT municipality, dataset, row_ref, field, reason, raw_row "
                                  "FROM rejects").fetchall()
    assert len({(m, d, ref) for m, d, ref, *_ in rows}) == sum(rejected.values())
    reasons = " ".join(row[4] for row in rows)
    assert "außerhalb des Gebiets des Mitglieds Landkreis Mayen-Koblenz" in reasons
    assert "xplan:planArt fehlt" in reasons
    assert all(row[2] and row[3] and row[5].startswith("{") for row in rows)


def test_running_twice_changes_nothing(demo):
    data_dir, first, second, fingerprints = demo
    assert _fingerprints(data_dir / "warehouse.duckdb") == fingerprints
    counts = lambda summary: {(r["municipality"], r["dataset"]): (r["read"], r["valid"], r["rejected"])
                              for r in summary["runs"]}
    assert counts(first) == counts(second)
    assert {r["status"] for r in second["runs"]} == {"unverändert"}
    raw_files = list((data_dir / "raw").rglob("*.*"))
    assert len(raw_files) == 24  # the unchanged deliveries were not archived again


def test_status_reports_the_same_figures(demo):
    data_dir, _, second, _ = demo
    status = swdp_in_process("status", "--json", data_dir=data_dir)
    assert status.returncode == 0, status.stderr
    reported = {(p["municipality"], p["dataset"]): (p["read"], p["valid"], p["rejected"], p["geocoded"])
                for p in json.loads(status.stdout)["partitions"]}
    assert reported == {(r["municipality"], r["dataset"]): (r["read"], r["valid"], r["rejected"], r["geocoded"])
                        for r in second["runs"]}


def test_exports_for_citizens(demo, cluster):
    data_dir, _, _, _ = demo
    export = data_dir / "export"
    vacancies = load_schema("vacancies")
    personal = [f.name for f in vacancies.personal_fields]
    for dataset in DATASET_KEYS:
        for name in [*cluster.members, "suedwest-cluster"]:
            suffixes = [".csv", ".geojson", ".parquet"] + ([".ics"] if dataset == "events" else [])
            for suffix in suffixes:
                assert (export / dataset / f"{name}{suffix}").stat().st_size > 0, (dataset, name, suffix)
    csv = (export / "vacancies" / "suedwest-cluster.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbf")
    header = csv.decode("utf-8-sig").splitlines()[0].split(";")
    metadata = json.loads((export / "vacancies" / "suedwest-cluster.csv-metadata.json").read_text(encoding="utf-8"))
    columns = metadata["tableSchema"]["columns"]
    assert header == [column["titles"] for column in columns]  # German headers, names in CSVW
    assert "Datensatz-ID" in header and "record_id" in [column["name"] for column in columns]
    assert not {f.label for f in vacancies.personal_fields} & set(header)
    assert not set(personal) & {column["name"] for column in columns}
    # No owner contact from any delivery appears in any export file.
    with connect(data_dir / "warehouse.duckdb", read_only=True) as connection:
        owners = [value for (value,) in connection.execute(
            "SELECT DISTINCT owner_email FROM vacancies_records WHERE owner_email IS NOT NULL").fetchall()]
    assert owners
    exported = b"".join(p.read_bytes() for p in export.rglob("*") if p.is_file())
    assert not [o for o in owners if o.encode() in exported]
    geojson = json.loads((export / "events" / "kusel.geojson").read_text(encoding="utf-8"))
    assert geojson["license"].startswith("https://www.govdata.de/dl-de/by-2-0")
    assert any("GeoBasis-DE / BKG" in a for a in geojson["attribution"])
    ics = (export / "events" / "suedwest-cluster.ics").read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in ics and "TZID=Europe/Berlin" in ics and "GeoBasis-DE" in ics.replace("\r\n ", "")
    # The read-me beside the files explains every kind of file lying there.
    for dataset in DATASET_KEYS:
        readme = (export / dataset / "LIESMICH.txt").read_text(encoding="utf-8")
        kinds = {p.name.split(".", 1)[1] for p in (export / dataset).iterdir()
                 if not p.name.startswith(".")} - {"txt"}  # not the hidden export state
        assert kinds and all(f".{kind.removesuffix('-metadata.json')}" in readme
                             for kind in kinds), (dataset, kinds)
        assert "../geopackage" in readme and f"Ebene „{dataset}“" in readme


def test_lake_layout_and_geoparquet(demo):
    data_dir, _, _, _ = demo
    import geopandas
    frame = geopandas.read_parquet(data_dir / "lake" / "building_plans" / "municipality=kusel" / "records.parquet")
    assert frame.crs.to_string() == "OGC:CRS84" and len(frame) > 0  # WGS84, longitude first
    assert set(frame.geom_type) <= {"MultiPolygon", "Point"}
    assert not list((data_dir / "lake").rglob("*.part"))


def test_dagster_ui_shows_the_assets_and_the_runs_of_the_demo(demo):
    """The web UI (`make dagster`) on the platform's own instance, bound to 127.0.0.1 only."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    from pipelines.core.settings import PROJECT_ROOT

    data_dir, *_ = demo
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "DAGSTER_HOME": str(data_dir / "dagster"), "SWDP_DATA_DIR": str(data_dir)}
    server = subprocess.Popen([str(Path(sys.executable).with_name("dagster-webserver")), "-w",
                               "dagster_workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                              cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    query = b'{"query": "{ assetNodes { assetKey { path } } runsOrError { ... on Runs { results { status } } } }"}'
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=query,
                                                 headers={"Content-Type": "application/json"})
                answer = json.loads(urllib.request.urlopen(request, timeout=10).read())
                if answer.get("data", {}).get("assetNodes"):
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "Dagster-Oberfläche antwortet nicht"
            time.sleep(0.25)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assets = {"/".join(node["assetKey"]["path"]) for node in answer["data"]["assetNodes"]}
    assert {"offers_lake", "events_lake", "warehouse", "events_exports"} <= assets
    statuses = [run["status"] for run in answer["data"]["runsOrError"]["results"]]
    # 7 Dagster runs of the first demo run; the second found nothing to materialise
    assert len(statuses) == 7 and set(statuses) == {"SUCCESS"}


def test_coded_values_are_exported_with_their_labels(demo):
    data_dir, *_ = demo
    plans = json.loads((data_dir / "export" / "building_plans" / "kusel.geojson").read_text(encoding="utf-8"))
    codes = load_schema("building_plans").field("plan_type").code_list
    for feature in plans["features"]:
        properties = feature["properties"]
        assert properties["plan_type_label"] == codes.label(properties["plan_type"])
    header = (data_dir / "export" / "vacancies" / "kusel.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Objektart;Objektart (Klartext)" in header


def test_check_json_and_the_quality_report_agree_on_the_flawed_deliveries(demo, cluster, monkeypatch):
    """A member's pre-check gives the verdict and every count of the report written at
    ingestion (in process through the CLI, with the demo's data directory)."""
    from typer.testing import CliRunner

    from pipelines.cli import app
    from pipelines.core.settings import PROJECT_ROOT

    data_dir, *_ = demo
    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    reports = {path: json.loads(path.read_text(encoding="utf-8"))
               for path in (data_dir / "reports").glob("*/*.json")}
    flawed = [report for report in reports.values() if report["rejected"]]
    assert len(flawed) >= 9 and len(reports) == 24
    html = (data_dir / "reports" / "kusel" / "events.html").read_text(encoding="utf-8")
    assert "Zeile 24" in html and "liegt vor „Beginn“" in html and "bitte die Reihenfolge prüfen" in html
    same = ["read", "valid", "rejected", "geocoded", "held", "verdict", "problems",
            "failed_row_rules"]
    for report in flawed:
        source = cluster.member(report["municipality"]).sources[report["dataset"]]
        result = CliRunner().invoke(app, ["check", str(PROJECT_ROOT / source.location), "--json",
                                          "-d", report["dataset"], "-m", report["municipality"]])
        assert result.exit_code == 1, result.output
        checked = json.loads(result.stdout)
        assert {key: checked[key] for key in same} == {key: report[key] for key in same}
        # The reports are those of the first delivery (the rerun was unchanged and skipped),
        # which had no earlier delivery to compare its row count with; the pre-check has one.
        compared = lambda checks: [(c["check"], c["passed"]) for c in checks
                                   if c["check"] != "row_count_drop"]
        assert compared(checked["checks"]) == compared(report["checks"])
        assert [c["passed"] for c in checked["checks"] if c["check"] == "row_count_drop"] == [True]


def test_check_results_are_in_the_dagster_instance_per_partition(demo):
    import dagster as dg
    from dagster._core.instance.ref import InstanceRef

    data_dir, summary, *_ = demo
    instance = dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(data_dir / "dagster")))
    records = instance.event_log_storage.get_event_records(
        dg.EventRecordsFilter(event_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION))
    evaluations = [r.event_log_entry.dagster_event.event_specific_data for r in records]
    assert {(e.check_name, e.passed) for e in evaluations
            if e.asset_key.path[-1] == "coordination"} == {("mails_versandt", True)}
    evaluations = [e for e in evaluations if e.asset_key.path[-1].endswith("_lake")]
    per_partition = {(e.asset_key.path[-1], e.partition) for e in evaluations}
    assert per_partition == {(f"{r['dataset']}_lake", r["municipality"]) for r in summary["runs"]}
    failed_row_rules = {(e.asset_key.path[-1], e.partition) for e in evaluations
                        if e.check_name == "zeilenregeln" and not e.passed}
    assert failed_row_rules == {(f"{r['dataset']}_lake", r["municipality"])
                                for r in summary["runs"] if r["rejected"]}


def test_records_carry_precision_score_and_ags_and_status_shows_the_shares(demo):
    data_dir = demo[0]
    with connect(data_dir / "warehouse.duckdb", read_only=True) as connection:
        for key in DATASET_KEYS:
            total, unsure = connection.execute(
                f"SELECT count(*), count(*) FILTER (geocode_score IS NULL OR geocode_score NOT "
                f"BETWEEN 0 AND 1 OR (geocode_precision <> 'none' AND ags IS NULL)) FROM {key}"
            ).fetchone()
            assert total > 0 and unsure == 0, key
    status = json.loads(swdp_in_process("status", "--json", data_dir=data_dir).stdout)
    for partition in status["partitions"]:
        shares = partition["precision_share"]
        assert sum(shares.values()) == pytest.approx(1.0, abs=1e-3), partition
        assert set(shares) <= {"coordinates", "house", "street", "postcode", "municipality", "none"}


def test_neighbours_are_told_once_and_the_warehouse_lists_it(demo, cluster):
    data_dir, *_ = demo
    digests = [mail for path in sorted((data_dir / "outbox").glob("*.eml"))
               if (mail := email.message_from_bytes(path.read_bytes(), policy=default))["Subject"]
               .startswith("Bauleitplanung in Ihrer Nachbarschaft")]
    with connect(data_dir / "warehouse.duckdb", read_only=True) as connection:
        told = connection.execute("SELECT to_member, reason, count(*), count(sent_at) FROM notifications "
                                  "GROUP BY ALL ORDER BY ALL").fetchall()
    # Kusel's sample plans near the Sankt Wendel border; the second run adds nothing. Plans in
    # procedure are new, those already in force or ended are taken over without a notice each.
    assert told and all(reason in ("new", "existing") and sent == count for _, reason, count, sent in told)
    assert {reason for _, reason, *_ in told} == {"new", "existing"}
    assert sorted(mail["To"] for mail in digests) == sorted(cluster.member(m).data_office
                                                            for m in {m for m, *_ in told})
