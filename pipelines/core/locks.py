"""One writer at a time across processes (ARCHITECTURE invariant 5): the warehouse refresh,
the exports, the catalogue and each member × dataset of the lake are written under a file
lock in <data>/locks. A second process waits (and says for whom) until the first is done.

The locks are reentrant within a process, so an in-process Dagster run can hold the lock for
its whole publication while its steps take it again. Every wait is also told to the process's
listener (`announce_waits`): the CLI prints it as a line, also for waits inside Dagster steps,
whose log it keeps quiet, and also where no terminal shows a spinner (cron).
"""
from __future__ import annotations

import errno
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from pipelines.core.faults import Blocked
from pipelines.core.cluster import load_cluster
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings

WAREHOUSE = "warehouse"
CATALOG = "catalog"
DAGSTER = "dagster"  # creating or migrating the Dagster instance's storage
OUTAGE = "stoerung"  # the note of a mailed publication failure (orchestration/outage.py)
FEEDBACK = "rueckmeldung-"  # + <dataset>-<member>: a run's feedback mail (ingest/feedback.py)

_locks: dict[Path, FileLock] = {}
_guard = threading.Lock()
_listeners: list[Callable[[str], None]] = []


class Busy(Blocked):
    """Another process held the lock for longer than the settings allow to wait (German)."""


@contextmanager
def exclusive(settings: Settings, name: str, on_wait: Callable[[str], None] = lambda text: None,
              wait: float | None = None) -> Iterator[None]:
    """Hold the lock `name`; while another process holds it, report once via `on_wait` and
    wait up to `wait` seconds (default: settings.lock_wait), else raise Busy."""
    lock = _lock(settings.locks_dir / f"{name}.lock")
    patience = settings.lock_wait if wait is None else wait
    try:
        lock.acquire(timeout=0)
    except Timeout:
        waiting = f"{_what(settings, name)} ist belegt durch {holder(settings, name)} – warte darauf …"
        for told in (on_wait, *_listeners):
            told(waiting)
        try:
            lock.acquire(timeout=patience)
        except Timeout:
            raise Busy(f"{_what(settings, name)} ist seit über {patience:.0f} s belegt durch "
                       f"{holder(settings, name)} – später erneut versuchen.") from None
    try:
        if lock.lock_counter == 1:
            _note_holder(settings, name)
        yield
    finally:
        lock.release()


def announce_waits(listener: Callable[[str], None]) -> None:
    """Tell `listener` (German text) whenever this process starts to wait for a lock."""
    _listeners[:] = [listener]


def _note_holder(settings: Settings, name: str) -> None:
    """Say who holds the lock, for those who wait. On a full disk the note is dropped, not
    the lock: the lock needs no room, and the run fails where it writes data, naming that
    file; a note left empty or from the last holder would name no one or the wrong one."""
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])
    note = _info(settings, name)
    try:
        note.write_text(f"Prozess {os.getpid()} ({command}) seit "
                        f"{datetime.now(BERLIN):%H:%M:%S}", encoding="utf-8")
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        note.unlink(missing_ok=True)


def holder(settings: Settings, name: str) -> str:
    """Who holds (or last held) the lock, as a German phrase; a note still empty (being
    written, or its writer killed meanwhile) names no one."""
    try:
        return _info(settings, name).read_text(encoding="utf-8") or "einen anderen Prozess"
    except OSError:
        return "einen anderen Prozess"


def _what(settings: Settings, name: str) -> str:
    for prefix, what in (("lake-", "Der Lake-Teil"), (FEEDBACK, "Die Rückmeldung zu")):
        if name.startswith(prefix):  # <prefix><dataset>-<member> (dataset keys have no "-")
            dataset, _, member = name.removeprefix(prefix).partition("-")
            cluster = load_cluster(settings.config_path)  # read already by whoever waits
            return f"{what} {cluster.partition_name(member, dataset)}"
    return {WAREHOUSE: "Das Warehouse", CATALOG: "Die Veröffentlichung in CKAN",
            DAGSTER: "Die Dagster-Instanz",
            OUTAGE: "Die Störungsmeldung der Veröffentlichung"}.get(name, f"Die Ablage {name}")


def _info(settings: Settings, name: str) -> Path:
    return settings.locks_dir / f"{name}.holder"


def _lock(path: Path) -> FileLock:
    with _guard:
        if path not in _locks:
            path.parent.mkdir(parents=True, exist_ok=True)
            _locks[path] = FileLock(path)
        return _locks[path]
