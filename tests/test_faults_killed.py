"""A run killed (SIGKILL) between its quality checks and its journal, or as its journal or the
marker of its ingested delivery appears: the rerun's quality history equals an uninterrupted
run's; a run killed after its journal and before its feedback mail has that mail sent by the
next run, once. (Kills after the archive, in the warehouse refresh and in the export:
test_faults_operation.py.)"""
import contextlib
import email
import email.policy
import json
import os
import signal
import subprocess
import time

import psutil
import pytest

from pipelines.core.database import connect
from pipelines.ingest.unchanged import MARKER

from support.cli import SWDP, swdp_in_process


def _quality_history(data_dir):
    with connect(data_dir / "warehouse.duckdb", read_only=True) as db:
        checked = {r for (r,) in db.execute("SELECT DISTINCT run_id FROM quality_results").fetchall()}
        ran = {r for (r,) in db.execute("SELECT run_id FROM runs").fetchall()}
        checks = db.execute('SELECT "check", passed FROM quality_results ORDER BY 1').fetchall()
    return checked, ran, checks


def _killed_once(data_dir, written: str) -> bool:
    """Starts Kusel's events run and kills it once a file matching `written` appears in its
    data folder; whether it died before its run journal."""
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    running = subprocess.Popen([SWDP, "run", "-m", "kusel", "-d", "events", "--json"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 600
    while not list(data_dir.glob(written)):
        assert running.poll() is None, running.stderr.read()[-2000:]
        assert time.monotonic() < deadline
        time.sleep(0.002)
    os.killpg(running.pid, signal.SIGKILL)
    running.communicate()
    return not list(data_dir.glob("runs/events/kusel/*.json"))


def _killed_after_its_checks(data_dir) -> bool:
    return _killed_once(data_dir, "quality/events/kusel/*.json")  # the checks are recorded


@pytest.mark.slow
def test_a_run_killed_after_its_checks_leaves_no_second_run_in_the_quality_history(
        kusel_events, tmp_path):
    # The kill must land between the checks and the run journal, a window of milliseconds;
    # on a loaded machine it may come after the journal, and then the scenario is tried anew.
    for attempt in range(5):
        data_dir = tmp_path / f"data-{attempt}"
        if _killed_after_its_checks(data_dir):
            break
    else:
        pytest.fail("Der Lauf wurde fünfmal erst nach seinem Lauf-Journal beendet")
    rerun = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    checked, ran, checks = _quality_history(data_dir)
    reference_checked, _, reference_checks = _quality_history(kusel_events.data_dir)
    assert checked <= ran  # only runs that finished
    assert len(checked) == len(reference_checked) == 1
    # the killed run's checks are no earlier delivery: no row-count check against it
    assert checks == reference_checks


# The two facts that end an ingestion: the delivery's marker beside the partition, then the
# run journal. A kill as either appears may land before or after the other.
ENDINGS = {"Markierung": f"lake/events/municipality=kusel/{MARKER}",
           "Lauf-Journal": "runs/events/kusel/*.json"}


@pytest.mark.slow
@pytest.mark.parametrize("ending", ENDINGS)
def test_a_run_killed_as_it_ends_counts_once_in_the_quality_history(kusel_events, tmp_path,
                                                                     ending):
    """The journal used to come before the marker: a run killed between the two was ingested
    again by the next run, and its delivery counted twice in the quality history."""
    data_dir = tmp_path / "data"
    journal_missing = _killed_once(data_dir, ENDINGS[ending])
    rerun = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    [again] = json.loads(rerun.stdout)["runs"]
    # a run with its journal has ingested its delivery; one without, nothing
    assert again["status"] == ("ok" if journal_missing else "unverändert")
    if ending == "Lauf-Journal":
        assert again["status"] == "unverändert"
    checked, ran, checks = _quality_history(data_dir)
    reference_checked, _, reference_checks = _quality_history(kusel_events.data_dir)
    assert len(checked) == len(reference_checked) == 1 and checked <= ran
    assert len(ran) == (1 if journal_missing else 2)
    assert checks == reference_checks


def _outbox(data_dir) -> list:
    return [email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for path in sorted((data_dir / "outbox").glob("*.eml"))]


def _figures(mail) -> list[str]:
    """The lines of the mail's text that give the run's outcome and figures."""
    text = mail.get_body(preferencelist=("plain",)).get_content()
    return [line for line in text.splitlines() if line.startswith(("Ergebnis:", "geliefert:"))]


@pytest.mark.slow
def test_a_run_killed_before_its_feedback_mail_has_it_sent_by_the_next_run_once(
        kusel_events, tmp_path):
    """The next run found the delivery unchanged and mailed nothing: the member never heard
    of the rows the killed run had rejected."""
    # The kill must land between the journal and the mail, a window of milliseconds.
    for attempt in range(5):
        data_dir = tmp_path / f"data-{attempt}"
        if not _killed_once(data_dir, "runs/events/kusel/*.json") and not _outbox(data_dir):
            break
    else:
        pytest.fail("Der Lauf wurde fünfmal nicht zwischen Lauf-Journal und Rückmeldung beendet")
    [uninterrupted] = _outbox(kusel_events.data_dir)
    for _ in range(2):  # the second run finds the mail sent
        rerun = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert [r["status"] for r in json.loads(rerun.stdout)["runs"]] == ["unverändert"]
        [mail] = _outbox(data_dir)
        assert mail["Subject"] == uninterrupted["Subject"] and mail["To"] == uninterrupted["To"]
        assert _figures(mail) == _figures(uninterrupted) and len(_figures(mail)) == 2
        assert ([part.get_filename() for part in mail.iter_attachments()]
                == [part.get_filename() for part in uninterrupted.iter_attachments()] != [])


@pytest.mark.slow
def test_workers_of_a_parallel_run_end_when_the_run_is_killed(tmp_path):
    """Only the run killed (-9), its worker processes kept waiting for work for ever (the
    pool's queues stay open in each worker) – and survived SIGTERM."""
    data_dir = tmp_path / "data"
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    running = subprocess.Popen([SWDP, "run", "--parallel", "2"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while not list(data_dir.glob("lake/*/municipality=*/records.parquet")):  # at work
            assert running.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        workers = psutil.Process(running.pid).children()
        assert len(workers) >= 2
        running.kill()  # the run alone, as the kernel's OOM killer or a careless `kill -9` does
        running.wait()
        gone, alive = psutil.wait_procs(workers, timeout=30)
        assert alive == [] and len(gone) == len(workers)
    finally:
        with contextlib.suppress(ProcessLookupError):  # what is left of the run's group
            os.killpg(running.pid, signal.SIGKILL)
