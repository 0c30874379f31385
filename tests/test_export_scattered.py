"""Bytes written from where they lie (`write_places`, the calendars' writer): in the order
given, more places than one writev takes, empty ones, after what the file buffered; a write
the system cuts short goes on from the first byte not written, and an error is raised."""
import errno
import resource
import signal

import numpy as np
import pytest

from pipelines.export.scattered import write_places


def _places(data: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
    return np.array([(data.ctypes.data + start, end - start) for start, end in bounds], np.int64)


def test_pieces_are_written_in_the_order_given(tmp_path):
    rng = np.random.default_rng(3)
    data = np.frombuffer("Grüße;ÄÖÜ\r\n ".encode() * 400, np.uint8)
    starts = rng.integers(0, len(data) - 40, 5000)
    bounds = [(int(start), int(start + length)) for start, length in zip(starts, rng.integers(0, 40, 5000))]
    path = tmp_path / "stuecke.bin"
    with open(path, "wb") as file:
        file.write(b"BEGIN\r\n")  # buffered by the file object: comes first
        write_places(file, _places(data, bounds))
        file.write(b"END\r\n")
    expected = b"".join(data[start:end].tobytes() for start, end in bounds)
    assert path.read_bytes() == b"BEGIN\r\n" + expected + b"END\r\n"


def test_a_write_cut_short_goes_on_and_then_fails_clearly(tmp_path):
    data = np.frombuffer(bytes(range(256)) * 64, np.uint8)
    bounds = [(at, at + 100) for at in range(0, len(data) - 100, 37)]
    limit = 5050  # the file may grow to 5,050 bytes: the writev reaching it writes part only,
    # ending inside a place (100 bytes each), and the next one fails
    path = tmp_path / "gross.bin"
    old_limit, old_handler = resource.getrlimit(resource.RLIMIT_FSIZE), signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        with open(path, "wb") as file:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, old_limit[1]))
            with pytest.raises(OSError) as raised:
                write_places(file, _places(data, bounds))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert raised.value.errno == errno.EFBIG
    assert path.read_bytes() == b"".join(data[start:end].tobytes() for start, end in bounds)[:limit]
