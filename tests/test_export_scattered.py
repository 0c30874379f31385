"""Bytes written from where they lie (`write_places`, the calendars' writer): in the order
given, more places than one writev takes, empty ones, after what the file buffered; a write
the system cuts short goes on from the first byte not written, and an error is raised."""
import errno
import resource
import signal
import subprocess
import sys

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


def test_writes_cut_short_again_and_again_inside_one_place_go_on_where_they_stopped(tmp_path):
    # A pipe takes 64 KiB at a time: while a slow reader drains it, a timer's signals cut the
    # writev short many times within the one large place (the machine of a signal-heavy run).
    data = np.frombuffer(np.random.default_rng(5).bytes(6 << 20), np.uint8)
    copy = tmp_path / "gelesen.bin"
    reader_code = ("import sys, time\nout = open(sys.argv[1], 'wb')\n"
                   "while block := sys.stdin.buffer.read1(65536):\n"
                   "    out.write(block); time.sleep(0.0005)\n")
    reader = subprocess.Popen([sys.executable, "-c", reader_code, str(copy)], stdin=subprocess.PIPE)
    signals = []
    old_handler = signal.signal(signal.SIGALRM, lambda *_: signals.append(1))
    signal.setitimer(signal.ITIMER_REAL, 0.003, 0.003)
    try:
        write_places(reader.stdin, _places(data, [(0, 1 << 20), (1 << 20, len(data))]))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
    reader.stdin.close()
    assert reader.wait(timeout=60) == 0
    assert len(signals) >= 3  # the writes were interrupted more than once
    assert copy.read_bytes() == data.tobytes()
