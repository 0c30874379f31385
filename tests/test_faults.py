"""Faults an operator meets: hostile configuration, markup in deliveries, readers and writers
holding the warehouse, locks, file modes, malformed URLs. Nothing is lost, nothing leaks,
every fault is one German line. (Killed runs, concurrent runs, a read-only folder and a
full disk: test_faults_operation.py.)"""
import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest
import yaml

from pipelines.cli.common import (EXIT_BUSY, EXIT_HELD, EXIT_INTERNAL, EXIT_OK, EXIT_STORAGE,
                                  EXIT_UNUSABLE)
from pipelines.cli.run import exit_code
from pipelines.core.cluster import ConfigError, check_locations, load_cluster
from pipelines.core.database import connect
from pipelines.core.faults import BUSY, STORAGE, explain
from pipelines.core.files import atomic_write, remove_stale_parts
from pipelines.core.locks import Busy
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.storage.reading import WarehouseHeld
from pipelines.storage.warehouse import refresh

from support.cli import SAMPLES, SWDP, swdp, swdp_in_process

EVENTS = SAMPLES / "kusel" / "veranstaltungen.csv"


def write_config(folder: Path, change) -> Path:
    """cluster.yaml with absolute sample locations, changed by `change(raw)`."""
    raw = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    for member in raw["members"]:
        for spec in (member.get("sources") or {}).values():
            spec["location"] = str(PROJECT_ROOT / spec["location"])
    change(raw)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cluster.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def _kusel(raw) -> dict:
    return next(m for m in raw["members"] if m["key"] == "kusel")


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def _set(member_field: str, value):
    return lambda raw: _kusel(raw).__setitem__(member_field, value)


def _location(value: str):
    return lambda raw: _kusel(raw)["sources"]["events"].__setitem__("location", value)


HOSTILE = [
    (_set("key", "../../tmp/swdp-ausbruch"), "../../tmp/swdp-ausbruch"),
    (_set("key", "Kusel"), "Kusel"),
    (_set("ags", "7336000"), "7336000"),
    (_set("ars", "08336"), "08336"),
    (_location("/etc/passwd"), "kusel/events"),
    (_location("../../../../../../etc/shadow"), "kusel/events"),
    (_location("ftp://example.org/liste.csv"), "ftp://example.org/liste.csv"),
    (lambda raw: raw["cluster"].__setitem__("ckan_url", "not a url"), "not a url"),
    (lambda raw: raw.__setitem__("delivery_folders", ["/etc"]), "/etc"),
    (lambda raw: _kusel(raw).pop("ars"), "ars"),
]


@pytest.mark.parametrize("change, named", HOSTILE)
def test_a_hostile_configuration_is_refused_naming_the_entry(tmp_path, change, named):
    config = write_config(tmp_path / "config", change)
    with pytest.raises(ConfigError) as refused:
        check_locations(load_cluster(config), Settings(data_dir=tmp_path / "data"))
    assert named in str(refused.value)


@pytest.mark.parametrize("change, named", [HOSTILE[0], HOSTILE[4]])
def test_the_cli_refuses_it_in_one_german_line_and_writes_nothing(tmp_path, monkeypatch,
                                                                  change, named):
    monkeypatch.setenv("SWDP_CONFIG", str(write_config(tmp_path / "config", change)))
    result = swdp_in_process("run", "-m", "kusel", "-d", "events", data_dir=tmp_path / "data")
    assert result.returncode == EXIT_UNUSABLE
    line = _one_line(result.stderr)
    assert "Konfiguration" in line and named in line
    assert not (tmp_path / "data" / "raw").exists()
    assert not Path("/tmp/swdp-ausbruch").exists()


def test_a_symbolic_link_to_a_system_file_is_no_delivery(tmp_path):
    link = tmp_path / "config" / "liste.csv"
    link.parent.mkdir()
    link.symlink_to("/etc/passwd")
    config = write_config(tmp_path / "config", _location("liste.csv"))
    settings = Settings(data_dir=tmp_path / "data", config_path=config)
    with pytest.raises(ConfigError, match="kusel/events.*außerhalb der erlaubten Ordner"):
        check_locations(load_cluster(config), settings)


def test_deliveries_may_lie_in_the_inbox_and_in_configured_folders(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    inbox = write_config(tmp_path / "a", _location(str(settings.inbox_dir / "kusel" / "v.csv")))
    check_locations(load_cluster(inbox), settings)
    elsewhere = tmp_path / "lieferungen"

    def listed(raw):
        _location(str(elsewhere / "v.csv"))(raw)
        raw["delivery_folders"] = [str(elsewhere)]
    check_locations(load_cluster(write_config(tmp_path / "b", listed)), settings)


def test_delivered_markup_and_emoji_codes_are_shown_as_text(tmp_path):
    lines = EVENTS.read_text(encoding="utf-8-sig").splitlines()
    cells = lines[1].split(";")
    cells[1], cells[4], cells[14] = "Fest [bold]am See[/bold] :x:", "[/]", "[red]kein@"
    delivery = tmp_path / "veranstaltungen.csv"
    delivery.write_text("\n".join([lines[0], ";".join(cells), *lines[2:]]), encoding="utf-8")
    result = swdp_in_process("check", str(delivery), "-d", "events", "-m", "kusel",
                             data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    shown = result.stdout.replace("\n", "")
    assert "[/]" in shown and "[red]kein@" in shown and "❌" not in result.stdout


def test_the_run_summary_shows_delivered_markup_as_text():
    from pipelines.cli.common import out, print_runs

    run = {"municipality": "kusel", "dataset": "events", "read": 1, "valid": 0, "rejected": 1,
           "geocoded": 0, "status": "[/] :x: [bold]", "finished_at": ""}
    with out.capture() as captured:
        print_runs([run], "Ergebnis", load_cluster(PROJECT_ROOT / "cluster.yaml"))
    assert "[/] :x: [bold]" in captured.get().replace("\n", "")


def test_malformed_ckan_addresses_are_one_german_line(tmp_path):
    for url in ("ftp://ckan.example.org", "not a url", "http://"):
        result = swdp_in_process("publish", "--ckan-url", url, data_dir=tmp_path / "data")
        assert result.returncode == EXIT_UNUSABLE
        assert "keine gültige Adresse" in _one_line(result.stderr)


def test_files_are_as_readable_as_they_should_be(kusel_events):
    data_dir = kusel_events.data_dir
    mode = lambda path: path.stat().st_mode & 0o777
    assert {mode(p) for p in (data_dir / "export").rglob("*") if p.is_file()} == {0o644}
    for personal in ("lake", "rejects", "reports"):  # reports name the rejected values
        assert {mode(p) for p in (data_dir / personal).rglob("*") if p.is_file()} == {0o600}
    assert {mode(p) for p in (data_dir / "raw").rglob("*") if p.is_file()} == {0o400}
    assert mode(data_dir / "warehouse.duckdb") == 0o600


def test_atomic_files_honour_the_umask(tmp_path):
    previous = os.umask(0o027)
    try:
        atomic_write(tmp_path / "a.txt", lambda partial: Path(partial).write_text("x"))
        atomic_write(tmp_path / "b.txt", lambda partial: Path(partial).write_text("x"), private=True)
    finally:
        os.umask(previous)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "b.txt").stat().st_mode & 0o777 == 0o600


def test_only_the_temporary_files_of_ended_processes_are_removed(tmp_path):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    stale = tmp_path / "export" / f".kusel.csv.{ended.pid}.x1y2.part"
    stale_log = tmp_path / f".warehouse.duckdb.{ended.pid}.ab12.part.wal"
    # SQLite's journal beside a GeoPackage being written (left by a run killed meanwhile)
    stale_journal = tmp_path / "export" / "geopackage" / f".kusel.gpkg.{ended.pid}.q_9.part-journal"
    running = tmp_path / "export" / f".kusel.csv.{os.getpid()}.z3.part"
    for path in (stale, stale_log, stale_journal, running):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("halb")
    assert sorted(remove_stale_parts(tmp_path)) == sorted([stale, stale_log, stale_journal])
    assert running.exists()


@dataclass
class FakeRun:
    failed: list = field(default_factory=list)
    results: list = field(default_factory=list)
    publication_errors: list = field(default_factory=list)
    faults: set = field(default_factory=set)


@dataclass
class FakeResult:
    held: bool = False


def test_each_outcome_of_a_run_has_its_own_exit_code():
    assert exit_code(FakeRun(results=[FakeResult()])) == EXIT_OK
    assert exit_code(FakeRun(results=[FakeResult(held=True)])) == EXIT_HELD
    assert exit_code(FakeRun(failed=[FakeResult()], results=[FakeResult(held=True)])) == EXIT_UNUSABLE
    assert exit_code(FakeRun(publication_errors=["events_catalog: CKAN nicht erreichbar"])) == EXIT_UNUSABLE
    assert exit_code(FakeRun(publication_errors=["events_exports: kaputt"])) == EXIT_INTERNAL
    assert exit_code(FakeRun(faults={BUSY})) == EXIT_BUSY
    assert exit_code(FakeRun(faults={BUSY, STORAGE}, failed=[FakeResult()])) == EXIT_STORAGE


@pytest.mark.slow
def test_a_failed_publication_step_of_a_run_names_the_dataset_by_its_title(kusel_events,
                                                                          tmp_path):
    """`swdp run` told „Warehouse/Export fehlgeschlagen events_catalog: …“ – Dagster's step
    key – where the outage mail says „CKAN-Katalog (Veranstaltungen)“."""
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    for marker in data_dir.glob("lake/*/municipality=*/ingested.json"):
        marker.unlink()  # the same delivery is ingested again, not skipped as unchanged
    run = swdp_in_process("run", "-m", "kusel", "-d", "events", data_dir=data_dir,
                          env={"CKAN_URL": "http://127.0.0.1:9", "CKAN_API_TOKEN": "egal",
                               "SWDP_CKAN_RETRY_PAUSE": "0"})
    assert run.returncode == EXIT_UNUSABLE, run.stdout + run.stderr
    shown = " ".join(run.stdout.split())
    assert "Fehlgeschlagen: CKAN-Katalog (Veranstaltungen) – CKAN unter http://127.0.0.1:9" in shown
    assert "events_catalog" not in shown


def test_faults_of_the_surroundings_are_recognised_in_their_causes():
    try:
        try:
            raise OSError(28, "No space left on device", "/daten/lake/x.parquet")
        except OSError as disk:
            raise RuntimeError("step failed") from disk
    except RuntimeError as error:
        fault = explain(error, "/daten")
    assert fault.kind == STORAGE and "/daten/lake/x.parquet" in fault.message
    assert "Kein Speicherplatz" in fault.message
    assert explain(ValueError("ein Fehler im Programm"), "/daten") is None


def test_a_reader_never_holds_up_a_refresh_and_a_writer_defers_it(kusel_events, tmp_path):
    data_dir = tmp_path / "data"
    # a held file is told by DuckDB's text for it, not by "lock" in the path (as in "blocks")
    assert "lock" not in str(data_dir)
    shutil.copytree(kusel_events.data_dir, data_dir)
    settings = Settings(data_dir=data_dir)
    reader = connect(settings.warehouse_path, read_only=True)  # an analyst, as the README advises
    try:
        assert refresh(settings)["events"] == kusel_events.current
        assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == kusel_events.current
    finally:
        reader.close()
    writer = duckdb.connect(str(settings.warehouse_path))
    try:
        with pytest.raises(WarehouseHeld, match="zurückgestellt"):
            refresh(settings)
    finally:
        writer.close()
    assert not list(data_dir.glob(".warehouse.duckdb.*"))
    assert refresh(settings)["events"] == kusel_events.current


def test_status_reads_while_a_refresh_holds_the_lock_and_a_second_writer_gives_up(kusel_events,
                                                                                 tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from pipelines.core.locks import exclusive, CATALOG, WAREHOUSE
        from pipelines.core.settings import Settings
        settings = Settings(data_dir=Path({str(data_dir)!r}))
        with exclusive(settings, WAREHOUSE), exclusive(settings, CATALOG):
            print("gesperrt", flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    try:
        assert holder.stdout.readline().strip() == "gesperrt"
        status = swdp("status", "--json", data_dir=data_dir)
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["partitions"][0]["municipality"] == "kusel"
        env = {**os.environ, "SWDP_DATA_DIR": str(data_dir), "SWDP_LOCK_WAIT": "1",
               "CKAN_URL": "http://127.0.0.1:9", "CKAN_API_TOKEN": "egal"}
        publish = subprocess.run([SWDP, "publish"], env=env, capture_output=True, text=True,
                                 timeout=120)
        settings = Settings(data_dir=data_dir, lock_wait=1)
        with pytest.raises(Busy, match=f"Prozess {holder.pid}"):
            refresh(settings)
    finally:
        holder.kill()
        holder.wait()
    assert publish.returncode == EXIT_BUSY, publish.stdout + publish.stderr
    # a line saying for whom it waits, then why it gave up
    assert f"Prozess {holder.pid}" in publish.stderr.strip().splitlines()[-1]
    assert "Traceback" not in publish.stderr


def test_the_platforms_dagster_instance_monitors_runs_and_keeps_an_operators_own_file(tmp_path):
    from pipelines.orchestration.instance import dagster_instance

    settings = Settings(data_dir=tmp_path / "data")
    config = settings.dagster_home / "dagster.yaml"
    config.parent.mkdir(parents=True)
    config.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")  # the former default
    dagster_instance(settings)
    written = yaml.safe_load(config.read_text(encoding="utf-8"))
    assert written["run_monitoring"]["enabled"] is True
    assert written["retention"]["schedule"]["purge_after_days"] == 90
    own = "telemetry:\n  enabled: true\n"
    config.write_text(own, encoding="utf-8")
    dagster_instance(settings)
    assert config.read_text(encoding="utf-8") == own
