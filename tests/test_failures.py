"""A broken delivery fails only its own partition and never costs data already stored."""
import json
import shutil

import dagster as dg

from pipelines.cli.common import EXIT_INTERNAL
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.core.database import connect
from pipelines.export.state import EXPORT_STATE
from pipelines.orchestration.instance import dagster_instance

from support.cli import swdp, swdp_in_process


def _config(tmp_path, events_location: str):
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    text = text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/")
    text = text.replace(f"location: {PROJECT_ROOT}/samples/deliveries/kusel/veranstaltungen.csv",
                        f"location: {events_location}")
    path = tmp_path / "cluster.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_broken_delivery_fails_its_partition_only_and_keeps_the_stored_events(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    good = PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv"
    monkeypatch.setenv("SWDP_CONFIG", str(_config(tmp_path, str(good))))
    first = swdp_in_process("run", "-m", "kusel", "--json", data_dir=data_dir)
    assert first.returncode == 0, first.stderr[-2000:]
    stored = {r["dataset"]: r["valid"] for r in json.loads(first.stdout)["runs"]}

    broken = tmp_path / "veranstaltungen.csv"
    broken.write_bytes(good.read_bytes()[:40] + b"\x00\x00binary")
    monkeypatch.setenv("SWDP_CONFIG", str(_config(tmp_path, str(broken))))
    second = swdp_in_process("run", "-m", "kusel", "--json", data_dir=data_dir)
    assert second.returncode == 2  # EXIT_UNUSABLE: a delivery could not be used
    runs = {r["dataset"]: r for r in json.loads(second.stdout)["runs"]}
    assert runs["events"]["status"] == "fehlgeschlagen"
    assert "veranstaltungen.csv" in runs["events"]["message"] and "keine Textdatei" in runs["events"]["message"]
    # the other deliveries are the same as before: recognised and skipped
    assert all(runs[d]["status"] == "unverändert" for d in ("offers", "vacancies", "building_plans"))
    with connect(data_dir / "warehouse.duckdb", read_only=True) as db:
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == stored["events"]
        statuses = db.execute("SELECT status FROM runs WHERE dataset = 'events' ORDER BY finished_at").fetchall()
    assert [s for (s,) in statuses] == ["ok", "fehlgeschlagen"]
    # The broken delivery is archived as received, next to the good one.
    assert len(list((data_dir / "raw" / "kusel" / "events").iterdir())) == 2


def test_a_warehouse_held_for_writing_defers_the_refresh_and_the_next_run_catches_up(tmp_path):
    import duckdb

    data_dir = tmp_path / "data"
    assert swdp_in_process("run", "-m", "linz-am-rhein", "-d", "events",
                           data_dir=data_dir).returncode == 0
    holder = duckdb.connect(str(data_dir / "warehouse.duckdb"))  # e.g. an analyst's writable session
    try:  # a delivery not ingested before: its run needs the warehouse. In a process of its
        # own: DuckDB shares one database among the connections of a process, so only another
        # process meets the analyst's lock.
        locked = swdp("run", "-m", "linz-am-rhein", "-d", "offers", "--json", data_dir=data_dir)
    finally:
        holder.close()
    assert locked.returncode == 0, locked.stderr[-2000:]  # the delivery is in the lake: no error
    summary = json.loads(locked.stdout)
    assert "zurückgestellt" in summary["deferred"] and summary["errors"] == []
    assert summary["runs"][0]["status"] == "ok" and "Traceback" not in locked.stderr
    # the delivery is unchanged now, but its lake is newer than the warehouse: refreshed
    again = swdp_in_process("run", "-m", "linz-am-rhein", "-d", "offers", "--json",
                            data_dir=data_dir)
    assert again.returncode == 0 and json.loads(again.stdout)["deferred"] is None
    with connect(data_dir / "warehouse.duckdb", read_only=True) as db:
        stored = {r for (r,) in db.execute("SELECT run_id FROM runs").fetchall()}
    assert summary["runs"][0]["run_id"] in stored  # the deferred run is caught up


def test_an_unexpected_export_failure_names_the_error_and_its_run_and_prints_no_dagster_log(
        kusel_events, tmp_path):
    """Something in the way of an export that is no fault of the surroundings (here a folder
    where the member's CSV belongs): the summary names the error the step raised – not
    Dagster's wrapper, which names only the step – and the run whose event log holds the
    stack trace; the console gets no Dagster log."""
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    exports = data_dir / "export" / "events"
    (exports / "kusel.csv").unlink()
    (exports / "kusel.csv").mkdir()
    (exports / EXPORT_STATE).unlink()  # the exports are due again
    failed = swdp("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert failed.returncode == EXIT_INTERNAL, failed.stderr[-2000:]
    [error] = json.loads(failed.stdout)["errors"]
    assert error.startswith("events_exports: IsADirectoryError") and "kusel.csv" in error
    run_id = error.rsplit("Lauf ", 1)[1].rstrip(")")
    instance = dagster_instance(Settings(data_dir=data_dir, config_path=Settings.from_env().config_path))
    [failure] = instance.all_logs(run_id, of_type=dg.DagsterEventType.STEP_FAILURE)
    assert "IsADirectoryError" in failure.dagster_event.event_specific_data.error.to_string()
    assert "dagster" not in failed.stderr.lower() and "Stack Trace" not in failed.stderr
