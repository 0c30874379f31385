"""Python's collector while `swdp` loads its modules (README „Leistung“).

A command loads about a thousand modules (pandas, pyarrow, DuckDB, geopandas, typer); their
classes, functions and tables live until the process ends. The collector, set off by their
allocations, walked them again and again while they loaded – in `swdp check` of a 100-row
file two full passes of 50 and 110 ms besides the smaller ones – and once more as the
process ended, never finding anything to free. So it waits while modules load, and what the
process then holds is frozen (`gc.freeze`): later passes walk only the objects the command
itself makes, and a long run (`swdp run` of 100,000 rows) is collected as before."""
from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading_modules() -> Iterator[None]:
    """Import inside: the collector is paused, and if modules were loaded, what the process
    holds afterwards is frozen before the collector runs again. A call whose modules are
    loaded already (a second `swdp` call in the same process) freezes nothing. (It pauses the
    collector itself: `core.memory`'s pause would load pyarrow before the pause.)"""
    if not gc.isenabled():  # paused by an outer loading, or by whoever runs the platform
        yield
        return
    modules = len(sys.modules)
    gc.disable()
    try:
        yield
    finally:
        if len(sys.modules) > modules:
            gc.freeze()
        gc.enable()
