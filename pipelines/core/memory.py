"""Memory a step freed, given back to the system when the step ends; Python's collector of
reference cycles kept out of a step that makes millions of objects."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow as pa

# Arrow's allocator for the process: jemalloc (in the Linux wheels) rather than Arrow's default
# mimalloc, which commits its arenas at once as transparent huge pages: every first touch then
# clears 2 MiB in the kernel, and the lake merge of a million rows spent 2.2 s there beside
# 1.9 s of its own. A million rows: ingestion 21.5–22.7 → 19.7–19.8 s CPU, peak resident
# memory 2.63–2.70 → 2.47–2.49 GiB (README, 7 December 2026).
try:
    pa.set_memory_pool(pa.jemalloc_memory_pool())
except NotImplementedError:  # a build without jemalloc keeps its default
    pass


@contextmanager
def given_back() -> Iterator[None]:
    """Arrow's allocator keeps the pages a step freed for its next allocation;
    after ingesting a million rows that is 0.8 GiB nobody uses, and the export that follows
    in the same process would add its own peak on top (measured: 1.3 GiB resident after
    ingest and warehouse, 0.45 GiB once given back)."""
    try:
        yield
    finally:
        pa.default_memory_pool().release_unused()


@contextmanager
def cycles_collected_afterwards() -> Iterator[None]:
    """Python's collector of reference cycles paused while a step runs. A delivery of a
    million rows is millions of Python objects (values, ids, problems) that hold no cycle
    and go with their last reference, but each collection of the oldest generation walks
    all of them again: 0.8 s of an ingestion of a million rows. Cycles the step leaves are
    collected after it. Another thread's step may resume the collector early: that costs
    only time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
