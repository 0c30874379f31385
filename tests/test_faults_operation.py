"""Faults of operation, with real processes and real file systems: runs killed with SIGKILL
at several points, member runs started at the same time, a read-only data folder and a full
disk (small tmpfs mounts, removed again by the test). After each fault the stored data is
intact and a rerun equals a clean reference."""
import csv
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import dagster as dg
import pytest

from pipelines.cli.common import EXIT_STORAGE
from pipelines.core.database import connect
from pipelines.core.faults import STORAGE, explain
from pipelines.core.settings import Settings
from pipelines.ingest.unchanged import MARKER
from pipelines.orchestration.instance import dagster_instance
from pipelines.storage.warehouse import refresh

from support.cli import SAMPLES, SWDP, publish_cli, swdp, swdp_in_process
from support.mounts import tmpfs

# The delivery stamps differ between two data folders; everything else must be equal.
_STAMPS = {"Erstmals geliefert", "Zuletzt geliefert"}


def fingerprint(data_dir: Path) -> dict:
    """What a rerun must reproduce: counts, record ids, rejects and the export's content."""
    with connect(data_dir / "warehouse.duckdb", read_only=True) as db:
        ids = [r for (r,) in db.execute("SELECT record_id FROM events_records ORDER BY 1").fetchall()]
        counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("events", "events_records", "rejects")}
    rows = list(csv.DictReader(io.StringIO((data_dir / "export" / "events" / "kusel.csv")
                                           .read_text(encoding="utf-8-sig")), delimiter=";"))
    export = [{k: v for k, v in row.items() if k not in _STAMPS} for row in rows]
    return {"counts": counts, "ids": ids, "export": export}


def _forget_ingestions(data_dir: Path) -> None:
    """Make the next run ingest the same sample delivery again (an unchanged delivery is
    otherwise recognised and skipped, and would exercise nothing here)."""
    for marker in data_dir.glob(f"lake/*/municipality=*/{MARKER}"):
        marker.unlink()


def _start(data_dir: Path, *args, env: dict[str, str] | None = None) -> subprocess.Popen:
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir), **(env or {})}
    env.pop("DAGSTER_HOME", None)
    return subprocess.Popen([SWDP, "run", *args, "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


# Where to kill: the first file of a step appearing in the data folder.
KILL_POINTS = {
    "nach dem Archivieren": "raw/kusel/events/2*",
    "beim Warehouse-Aufbau": ".warehouse.duckdb.*.part",
    "beim Export": "export/events/suedwest-cluster.csv",
}


@pytest.mark.slow
@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_run_killed_anywhere_leaves_nothing_broken_and_a_rerun_equals_a_clean_one(
        kusel_events, tmp_path, point):
    data_dir = tmp_path / "data"
    running = _start(data_dir, "-m", "kusel", "-d", "events")
    deadline = time.monotonic() + 600
    while not list(data_dir.glob(KILL_POINTS[point])):
        assert running.poll() is None, f"Lauf endete vor dem Punkt „{point}“: {running.stderr.read()[-2000:]}"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.killpg(running.pid, signal.SIGKILL)
    running.communicate()

    status = swdp_in_process("status", "--json", data_dir=data_dir)  # rebuilds an unfinished warehouse
    assert status.returncode in (0, 2) and "Traceback" not in status.stderr, status.stderr
    rerun = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert fingerprint(data_dir) == fingerprint(kusel_events.data_dir)
    assert not [p for p in data_dir.rglob(".*.part*")]
    killed = dagster_instance(Settings(data_dir=data_dir)).get_runs(
        dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING]))
    assert not killed, "ein abgebrochener Lauf steht noch auf STARTED"


@pytest.mark.slow
def test_a_run_killed_between_its_exports_and_ckan_leaves_the_publication_to_the_rerun(
        tmp_path, ckan, demo_data, first_publish):
    """Killed once the exports were written, before the catalogue step began: no mark said
    that CKAN had yet to get them, the rerun found the exports newer than the lake and
    published nothing – the catalogue stayed behind the exports until the next delivery.
    (The session's CKAN: its events datasets get this run's data, the demo's again after.)"""
    data_dir, env = tmp_path / "data", {"CKAN_URL": ckan.url, "CKAN_API_TOKEN": ckan.token}
    try:
        running = _start(data_dir, "-m", "kusel", "-d", "events", env=env)
        exported = data_dir / "export" / "events" / ".exportiert.json"
        deadline = time.monotonic() + 600
        while not exported.exists():
            assert running.poll() is None, running.stderr.read()[-2000:]
            assert time.monotonic() < deadline
            time.sleep(0.005)
        os.killpg(running.pid, signal.SIGKILL)
        running.communicate()
        rerun = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir, env=env)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        again = swdp_in_process("publish", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir,
                                env=env)
        summary = json.loads(again.stdout)
        assert (summary["created"], summary["updated"]) == (0, 0) and summary["unchanged"], summary
    finally:  # back to the demo's state for the publishing tests after this one
        restored = publish_cli(ckan, demo_data, "-d", "events")
        assert restored.returncode == 0, restored.stderr[-3000:]


@pytest.mark.slow
def test_member_runs_started_together_both_land(kusel_events, tmp_path):
    """Five times two members at once on one data folder: both runs succeed every time."""
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    landed = 0
    for _ in range(5):
        _forget_ingestions(data_dir)
        runs = [_start(data_dir, "-m", member, "-d", "events") for member in ("kusel", "sankt-wendel")]
        outcomes = [(run.wait(timeout=900), run.stdout.read(), run.stderr.read()) for run in runs]
        for code, stdout, stderr in outcomes:
            assert code == 0 and "Traceback" not in stderr, stderr[-3000:]
            assert json.loads(stdout)["deferred"] is None
        ids = [json.loads(stdout)["runs"][0]["run_id"] for _, stdout, _ in outcomes]
        with connect(data_dir / "warehouse.duckdb", read_only=True) as db:
            stored = {r for (r,) in db.execute("SELECT run_id FROM runs").fetchall()}
            members = {m for (m,) in db.execute("SELECT DISTINCT municipality FROM events").fetchall()}
        landed += set(ids) <= stored and members == {"kusel", "sankt-wendel"}
    assert landed == 5
    print(f"gleichzeitige Läufe: {landed} von 5 Paaren vollständig im Warehouse")


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _stored(data_dir: Path) -> dict[str, str]:
    return {name: digest for part in ("raw", "lake", "rejects", "export", "runs")
            for name, digest in _hashes(data_dir / part).items()} | {
        "warehouse": hashlib.sha256((data_dir / "warehouse.duckdb").read_bytes()).hexdigest()}


@pytest.mark.slow
def test_a_read_only_data_folder_is_one_german_line_and_changes_nothing(kusel_events, tmp_path):
    with tmpfs(tmp_path / "mnt", "64m") as mount:
        data_dir = mount / "data"
        shutil.copytree(kusel_events.data_dir, data_dir)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        before = _stored(data_dir)
        run = swdp("run", "-m", "kusel", "-d", "events", data_dir=data_dir)
        status = swdp_in_process("status", "--json", data_dir=data_dir)
        check = swdp_in_process("check", str(SAMPLES / "kusel" / "veranstaltungen.csv"), "-d",
                                "events", "-m", "kusel", data_dir=data_dir)
        assert _stored(data_dir) == before
    assert run.returncode == EXIT_STORAGE, run.stdout + run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "schreibgeschützt" in lines[0] and "Traceback" not in run.stderr
    assert status.returncode == 0, status.stderr  # reading needs no writing
    assert check.returncode == 1 and "abgewiesen" in check.stdout, check.stdout + check.stderr


@pytest.mark.slow
def test_a_full_disk_is_one_german_line_keeps_the_data_and_the_next_run_catches_up(
        kusel_events, tmp_path):
    size = sum(p.stat().st_size for p in kusel_events.data_dir.rglob("*") if p.is_file())
    with tmpfs(tmp_path / "mnt", str(size + 8 * 2**20)) as mount:
        data_dir = mount / "data"
        shutil.copytree(kusel_events.data_dir, data_dir)
        _forget_ingestions(data_dir)
        before = _stored(data_dir)
        filler = mount / "füllung"
        free = shutil.disk_usage(mount).free
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=4096",
                        f"count={max(free // 4096 - 4, 0)}"], capture_output=True)
        full = swdp("run", "-m", "kusel", "-d", "events", data_dir=data_dir)
        after = _stored(data_dir)
        filler.unlink()
        again = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
        caught_up = fingerprint(data_dir)
    assert full.returncode == EXIT_STORAGE, full.stdout + full.stderr
    assert "Kein Speicherplatz" in full.stdout + full.stderr and "Traceback" not in full.stderr
    assert {k: v for k, v in after.items() if not k.startswith("runs")} == \
        {k: v for k, v in before.items() if not k.startswith("runs")}
    assert again.returncode == 0, again.stderr[-3000:]
    assert caught_up == fingerprint(kusel_events.data_dir)


@pytest.mark.slow
def test_a_disk_filling_up_during_the_warehouse_refresh_never_leaves_an_empty_warehouse(
        kusel_events, tmp_path):
    """Refreshes with less and less free space: each either builds the whole warehouse or
    fails as a full disk with the previous warehouse untouched. (DuckDB closes a connection
    without error when its last checkpoint finds no space; the records are then only in the
    write-ahead log, which the refresh must not throw away with an empty file in place.)"""
    size = sum(p.stat().st_size for p in kusel_events.data_dir.rglob("*") if p.is_file())
    warehouse_size = (kusel_events.data_dir / "warehouse.duckdb").stat().st_size
    outcomes = set()
    with tmpfs(tmp_path / "mnt", str(size + 2 * warehouse_size + 4 * 2**20)) as mount:
        settings = Settings(data_dir=mount / "data", config_path=Settings.from_env().config_path)
        shutil.copytree(kusel_events.data_dir, settings.data_dir)
        before = hashlib.sha256(settings.warehouse_path.read_bytes()).hexdigest()
        room = shutil.disk_usage(mount).free
        for share in range(1, 16):
            filler = mount / "füllung"
            with open(filler, "wb") as file:  # leaves share/16 of the room free
                file.truncate(0)
                file.write(bytes(max(room - room * share // 16, 0)))
            try:
                counts = refresh(settings)
            except Exception as error:  # noqa: BLE001 – the fault is what is examined
                fault = explain(error, str(settings.data_dir))
                assert fault is not None and fault.kind == STORAGE, repr(error)
                assert hashlib.sha256(settings.warehouse_path.read_bytes()).hexdigest() == before
                outcomes.add("voll")
            else:
                with connect(settings.warehouse_path, read_only=True) as db:
                    stored = db.execute("SELECT count(*) FROM events").fetchone()[0]
                assert stored == counts["events"] == kusel_events.current
                outcomes.add("aufgebaut")
                before = hashlib.sha256(settings.warehouse_path.read_bytes()).hexdigest()
            finally:
                filler.unlink()
    assert outcomes == {"voll", "aufgebaut"}  # the sizes did reach both outcomes
