"""Processes meeting on one data folder, with real processes: two first runs on a fresh
folder (both would create the Dagster instance), and a run that has to wait for a lake
partition another process holds, which says for whom it waits. (Member runs on a folder
that has an instance, kills, full and read-only disks: test_faults_operation.py; readers and
writers of the warehouse, the catalogue lock: test_faults.py.)"""
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from pipelines.cli.common import EXIT_BUSY
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.unchanged import MARKER

from support.cli import SWDP, swdp


def _start(data_dir, *args, env=None) -> subprocess.Popen:
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir), **(env or {})}
    env.pop("DAGSTER_HOME", None)
    return subprocess.Popen([SWDP, "run", *args, "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_first_runs_together_on_a_fresh_folder_all_land_and_leave_a_usable_instance(tmp_path):
    """They used to create the Dagster instance's SQLite storage at once: its run storage
    then held two schema versions, the runs ended with an internal error, and so did every
    later run on that folder."""
    from pipelines.orchestration.instance import dagster_instance

    data_dir = tmp_path / "data"
    runs = {member: _start(data_dir, "-m", member, "-d", "events")
            for member in ("kusel", "sankt-wendel", "linz-am-rhein")}
    outcomes = {member: (run.wait(timeout=600), run.stdout.read(), run.stderr.read())
                for member, run in runs.items()}
    summaries = []
    for member, (code, stdout, stderr) in outcomes.items():
        assert code == 0, f"{member}: {stderr[-3000:]}"
        summaries.append(json.loads(stdout))  # stdout is the JSON alone
    # the refresh that came last holds all members' events
    assert max(s["warehouse"]["events"] for s in summaries) == sum(
        s["runs"][0]["valid"] for s in summaries)
    runs = dagster_instance(Settings(data_dir=data_dir)).get_runs()  # its storage is readable
    assert len(runs) == 2 * len(summaries)  # each: an ingestion and a publication run


def _holding(data_dir, lock: str) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from pathlib import Path
        from pipelines.core.locks import exclusive
        from pipelines.core.settings import Settings
        with exclusive(Settings(data_dir=Path({str(data_dir)!r})), {lock!r}):
            print("gesperrt", flush=True)
            time.sleep(120)
        """)], stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    assert holder.stdout.readline().strip() == "gesperrt"
    return holder


@pytest.mark.slow
def test_a_run_waiting_for_a_lake_partition_says_for_whom_even_without_a_terminal(
        kusel_events, tmp_path):
    """The wait happens inside the Dagster step, whose log the CLI keeps quiet, and stderr
    is no terminal (cron): the wait used to go unsaid until the run gave up."""
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    for marker in data_dir.glob(f"lake/*/municipality=*/{MARKER}"):
        marker.unlink()  # the same delivery is ingested again, not skipped as unchanged
    holder = _holding(data_dir, "lake-events-kusel")
    try:
        run = swdp("run", "-m", "kusel", "-d", "events", data_dir=data_dir,
                   env={"SWDP_LOCK_WAIT": "1"})
    finally:
        holder.kill()
        holder.wait()
    assert run.returncode == EXIT_BUSY, run.stdout + run.stderr
    waited = [line for line in run.stderr.splitlines() if "warte darauf" in line]
    assert len(waited) == 1, run.stderr
    assert waited[0].startswith(f"Der Lake-Teil Landkreis Kusel/Veranstaltungen ist belegt "
                                f"durch Prozess "
                                f"{holder.pid} "), waited
    assert f"Prozess {holder.pid}" in run.stdout.replace("\n", " ")  # and why it gave up
    assert "Traceback" not in run.stderr


@pytest.mark.slow
def test_a_publication_waits_for_a_run_writing_the_exports(kusel_events, tmp_path):
    """`swdp publish` took only the catalogue lock and read the exports while a run replaced
    them: CKAN could get some files of the new state beside others of the last, and a file's
    checksum taken before the run replaced the file it then uploaded."""
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    run = _holding(data_dir, "warehouse")  # as a run does from its refresh to its catalogue
    try:
        publish = swdp("publish", data_dir=data_dir, env={
            "SWDP_LOCK_WAIT": "1", "CKAN_URL": "http://127.0.0.1:9", "CKAN_API_TOKEN": "egal"})
    finally:
        run.kill()
        run.wait()
    assert publish.returncode == EXIT_BUSY, publish.stdout + publish.stderr
    lines = [line for line in publish.stderr.splitlines() if line.strip()]
    assert lines[0].startswith(f"Das Warehouse ist belegt durch Prozess {run.pid} "), lines
    assert len(lines) == 2 and f"Prozess {run.pid}" in lines[1], lines


@pytest.mark.slow
def test_status_waiting_for_a_run_building_the_first_warehouse_says_for_whom(kusel_events,
                                                                              tmp_path):
    """`swdp status` rebuilds a missing warehouse and so waits for a run building it: it
    waited silently, up to half an hour."""
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    (data_dir / "warehouse.duckdb").unlink()
    run = _holding(data_dir, "warehouse")
    try:
        status = swdp("status", data_dir=data_dir, env={"SWDP_LOCK_WAIT": "1"})
    finally:
        run.kill()
        run.wait()
    assert status.returncode == EXIT_BUSY, status.stdout + status.stderr
    waited = [line for line in status.stderr.splitlines() if "warte darauf" in line]
    assert len(waited) == 1 and waited[0].startswith(
        f"Das Warehouse ist belegt durch Prozess {run.pid} "), status.stderr
