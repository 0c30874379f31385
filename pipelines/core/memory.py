"""Memory a step freed, given back to the system when the step ends."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow as pa


@contextmanager
def given_back() -> Iterator[None]:
    """Arrow's allocator (mimalloc) keeps the pages a step freed for its next allocation;
    after ingesting a million rows that is 0.8 GiB nobody uses, and the export that follows
    in the same process would add its own peak on top (measured: 1.3 GiB resident after
    ingest and warehouse, 0.45 GiB once given back)."""
    try:
        yield
    finally:
        pa.default_memory_pool().release_unused()
