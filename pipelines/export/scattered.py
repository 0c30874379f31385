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
    places = np.ascontiguousarray(places, dtype=np.int64)
    ends = np.cumsum(places[:, 1])  # the bytes written once each place is
    done, first = 0, 0  # bytes written, the first place not written whole
    while first < len(places):
        part = places[first:first + _AT_ONCE]
        written = _writev(descriptor, part.ctypes.data, len(part))
        if written < 0:
            code = ctypes.get_errno()
            if code == errno.EINTR:
                continue
            raise OSError(code, os.strerror(code), getattr(file, "name", None))
        if not written and ends[first + len(part) - 1] > done:  # nothing more goes in
            raise OSError(errno.EIO, "writev schrieb nichts", getattr(file, "name", None))
        done += written
        first = int(np.searchsorted(ends, done, side="right"))
        if first < len(places):
            begun = int(ends[first] - places[first, 1])  # where the place's bytes left begin
            if done > begun:
                # A place written in part (a signal, a full disk): the rest of it next.
                places, ends, first = places[first:].copy(), ends[first:], 0
                places[0] += (done - begun, begun - done)
