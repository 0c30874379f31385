"""Writing bytes that lie scattered in memory (the content lines of calendars, pieces of
Arrow arrays) without gathering them first: the system's writev takes a list of places
(address, length), so the bytes go once, from where they are into the file.

Gathering them in Python first (Arrow's take, then write) copied every byte twice, into
buffers the allocator fetched anew from the system (and zeroed) for each slice – more work
than the writing itself."""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os

import numpy as np

_LIBC = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
_writev = _LIBC.writev
_writev.argtypes = (ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_writev.restype = ctypes.c_ssize_t
_AT_ONCE = os.sysconf("SC_IOV_MAX")  # places one writev takes (Linux: 1024)


def write_places(file, places: np.ndarray) -> None:
    """Write the bytes at `places` (rows of address and length, int64, in memory that stays
    alive meanwhile) one after the other to the open binary `file` (flushed first, so what
    it buffers comes before them)."""
    file.flush()
    descriptor = file.fileno()
    for at in range(0, len(places), _AT_ONCE):
        part = np.ascontiguousarray(places[at:at + _AT_ONCE], dtype=np.int64)
        while len(part):
            written = _writev(descriptor, part.ctypes.data, len(part))
            if written < 0:
                code = ctypes.get_errno()
                if code == errno.EINTR:
                    continue
                raise OSError(code, os.strerror(code), getattr(file, "name", None))
            ends = np.cumsum(part[:, 1])
            if written == ends[-1]:
                break
            if not written:  # nothing more goes in
                raise OSError(errno.EIO, "writev schrieb nichts", getattr(file, "name", None))
            # Written in part (a signal, a full disk): on from the first byte not written.
            whole = int(np.searchsorted(ends, written, side="right"))
            done = written - (int(ends[whole - 1]) if whole else 0)
            part = part[whole:].copy()
            part[0] += (done, -done)
