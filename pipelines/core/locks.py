"""One writer at a time across processes (ARCHITECTURE invariant 5): the warehouse refresh,
the exports, the catalogue and each member × dataset of the lake are written under a file
lock in <data>/locks. A second process waits (and says for whom) until the first is done.

The locks are reentrant within a process, so an in-process Dagster run can hold the lock for
its whole publication while its steps take it again.
"""
from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from pipelines.core.faults import Blocked
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings

WAREHOUSE = "warehouse"
CATALOG = "catalog"

_locks: dict[Path, FileLock] = {}
_guard = threading.Lock()


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
        on_wait(f"Warte auf {holder(settings, name)} …")
        try:
            lock.acquire(timeout=patience)
        except Timeout:
            raise Busy(f"{_what(name)} ist seit über {patience:.0f} s belegt durch "
                       f"{holder(settings, name)} – später erneut versuchen.") from None
    try:
        if lock.lock_counter == 1:
            command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])
            _info(settings, name).write_text(f"Prozess {os.getpid()} ({command}) seit "
                                             f"{datetime.now(BERLIN):%H:%M:%S}", encoding="utf-8")
        yield
    finally:
        lock.release()


def holder(settings: Settings, name: str) -> str:
    """Who holds (or last held) the lock, as a German phrase."""
    try:
        return _info(settings, name).read_text(encoding="utf-8")
    except OSError:
        return "einen anderen Prozess"


def _what(name: str) -> str:
    return {WAREHOUSE: "Das Warehouse", CATALOG: "Die Veröffentlichung in CKAN"}.get(
        name, f"Die Ablage {name}")


def _info(settings: Settings, name: str) -> Path:
    return settings.locks_dir / f"{name}.holder"


def _lock(path: Path) -> FileLock:
    with _guard:
        if path not in _locks:
            path.parent.mkdir(parents=True, exist_ok=True)
            _locks[path] = FileLock(path)
        return _locks[path]
