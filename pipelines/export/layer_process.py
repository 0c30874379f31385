"""A process of its own for the GeoPackage layers of a large export.

pyogrio holds the GIL while GDAL writes a layer, so in the export's process the layer stalls
the thread writing CSV, GeoJSON and GeoParquet beside it (at 1,000,000 rows the export took
49 s with the GeoPackages, 26 s without, though they cost 11 s alone); in a process of their
own they run truly in parallel. Starting the process costs about a second of imports, so
small exports write their layers in their own process.

The process must never outlive the export: the export holds the warehouse lock, and a layer
renamed into place after the export was killed could replace a newer GeoPackage with an
older one. Linux kills it when the thread that started it ends (PR_SET_PDEATHSIG); the export
starts it in its own thread and keeps it only while that thread runs the export.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


@contextmanager
def layer_process(wanted: bool) -> Iterator[ProcessPoolExecutor | None]:
    """A process writing the layers handed to it (one at a time) while the code inside runs,
    started now in the calling thread; None where none is wanted or the system cannot tie it
    to that thread (not Linux). When the code inside fails, layers not yet begun are dropped;
    the one being written is finished, as it would be in the export's own process."""
    if not wanted or sys.platform != "linux":
        yield None
        return
    process = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"),
                                  initializer=_die_with, initargs=(os.getpid(),))
    # For the spawn start method the executor starts its process in the thread that submits
    # work while no process of it is idle: here, first, so the process's imports run while
    # the export reads and writes, and it is tied to this thread, not a passing one.
    process.submit(os.getpid)
    try:
        yield process
    except BaseException:
        process.shutdown(cancel_futures=True)
        raise
    process.shutdown()


def _die_with(parent: int) -> None:
    """Have Linux kill this process as soon as the thread that started it ends; if that
    happened before this line, the parent already differs and this process ends now."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:
        os._exit(1)
