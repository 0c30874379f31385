"""Memory of a process and the processes it started (Linux /proc), for the benchmarks: the
pipeline's workers and the export's GeoPackage process are not in the process's own
ru_maxrss, and RUSAGE_CHILDREN is no help (Linux counts in it a spawned child's memory before
its exec, i.e. a copy of the parent's)."""
from __future__ import annotations

import os
import threading
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """The processes started by `pid`, and theirs, running now."""
    found, pending = [], [pid]
    while pending:
        try:
            for task in Path(f"/proc/{pending.pop()}/task").iterdir():
                children = [int(c) for c in (task / "children").read_text().split()]
                found += children
                pending += children
        except (FileNotFoundError, ProcessLookupError):
            continue  # ended meanwhile
    return found


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
    """Every 0.1 s: the largest resident memory of this process and its descendants together
    (`peak`), and the peak of each descendant as Linux keeps it (`descendant_peaks`, by pid;
    the last reading before a descendant ends is at most 0.1 s old)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak, self.descendant_peaks, self.stopped = 0.0, {}, threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.1):
            self.peak = max(self.peak, tree_rss_mib(os.getpid()))
            for pid in descendants(os.getpid()):
                self.descendant_peaks[pid] = max(self.descendant_peaks.get(pid, 0.0),
                                                 status_mib(pid, "VmHWM"))

    def stop(self) -> None:
        self.stopped.set()
        self.join()
