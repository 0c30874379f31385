"""Memory of a process and the processes it started (Linux /proc), for the benchmarks: the
pipeline's workers and the export's GeoPackage process are not in the process's own
ru_maxrss, and RUSAGE_CHILDREN is no help (Linux counts in it a spawned child's memory before
its exec, i.e. a copy of the parent's)."""
from __future__ import annotations

import os
import threading
from pathlib import Path


# Linux's task flag for a process forked but not yet running a program of its own (exec).
FORKED_NO_EXEC = 0x40


def descendants(pid: int) -> list[int]:
    """The processes started by `pid`, and theirs, running now – once they run a program of
    their own: Python starts processes with vfork (subprocess, multiprocessing's spawn), and
    until its exec the new process shares its parent's memory, so /proc shows the parent's
    figures for it once more (seen: a 2.6 GiB `swdp` "started" a process of 2.6 GiB)."""
    found, pending = [], [pid]
    while pending:
        try:
            for task in Path(f"/proc/{pending.pop()}/task").iterdir():
                children = [int(c) for c in (task / "children").read_text().split()
                            if not forked_no_exec(int(c))]
                found += children
                pending += children
        except (FileNotFoundError, ProcessLookupError):
            continue  # ended meanwhile
    return found


def forked_no_exec(pid: int) -> bool:
    """Whether `pid` was forked and has not run a program of its own yet (False once ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return bool(int(stat.rsplit(")", 1)[1].split()[6]) & FORKED_NO_EXEC)


def status_mib(pid: int, key: str) -> float:
    """A memory figure of /proc/<pid>/status (VmRSS: now, VmHWM: the process's peak) in MiB;
    0 for a process that ended meanwhile."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return int(status.split(f"{key}:")[1].split()[0]) / 1024 if f"{key}:" in status else 0.0


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants now."""
    return sum(status_mib(each, "VmRSS") for each in [pid, *descendants(pid)])


class PeakSampler(threading.Thread):
    """Every `interval` seconds (0.1): the largest resident memory of a process (this one
    unless `pid` is given) and its descendants together (`peak`), the process's own peak as
    Linux keeps it (`own_peak`), and that of each descendant (`descendant_peaks`, by pid; the
    last reading before a process ends is at most `interval` old)."""

    def __init__(self, pid: int | None = None, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid or os.getpid(), interval
        self.peak, self.own_peak, self.descendant_peaks = 0.0, 0.0, {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            self.peak = max(self.peak, tree_rss_mib(self.pid))
            self.own_peak = max(self.own_peak, status_mib(self.pid, "VmHWM"))
            for pid in descendants(self.pid):
                self.descendant_peaks[pid] = max(self.descendant_peaks.get(pid, 0.0),
                                                 status_mib(pid, "VmHWM"))

    def stop(self) -> None:
        self.stopped.set()
        self.join()
