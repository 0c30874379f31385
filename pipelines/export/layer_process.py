"""A process of its own for the GeoPackage layers of a large export.

pyogrio holds the GIL while GDAL writes a layer, so in the export's process the layer stalls
the thread writing CSV, GeoJSON and GeoParquet beside it (at 1,000,000 rows the export took
49 s with the GeoPackages, 26 s without, though they cost 11 s alone); in a process of their
own they run truly in parallel. Starting the process costs about a second of imports, so
small exports write their layers in their own process.

The process runs this module (`python -m pipelines.export.layer_process`), never the
caller's main module as multiprocessing's spawn does: a user's own script without
`if __name__ == "__main__":` would run its export again in there and fail. It takes its
layers pickled on its standard input and answers on its standard output, one at a time.

The process must never outlive the export: the export holds the warehouse lock, and a layer
renamed into place after the export was killed could replace a newer GeoPackage with an
older one. Linux kills it when the thread that started it ends (PR_SET_PDEATHSIG); the export
starts it in its own thread and keeps it only while that thread runs the export.
"""
from __future__ import annotations

import ctypes
import os
import pickle
import signal
import subprocess
import sys
import threading
import traceback
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager, suppress
from pathlib import Path

from pipelines.core.settings import PROJECT_ROOT, environment_importing_first
from pipelines.export.geopackage import write_layer_of_file
from schemas import Field

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class LayerProcessEnded(RuntimeError):
    """The process writing the layers ended before answering (killed, out of memory)."""


class RemoteTraceback(Exception):
    """Where in the layer process an error arose (the cause of the error handed back)."""

    def __str__(self) -> str:
        return f"\n\nim Prozess der GeoPackage-Ebenen:\n{self.args[0]}"


class LayerProcess:
    """The running process: `write_layer` hands it a layer and answers with a Future; the
    layers are written one after another in the order handed over."""

    def __init__(self) -> None:
        # -P and PYTHONPATH: the project's modules, not what lies in the caller's folder
        self._process = subprocess.Popen(
            [sys.executable, "-P", "-m", __name__, str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=environment_importing_first(PROJECT_ROOT))
        self.pid = self._process.pid
        self._lock = threading.Lock()
        self._waiting: deque[tuple[bytes, Future]] = deque()
        self._running: Future | None = None
        self._closing = False
        self._ended: LayerProcessEnded | None = None  # once the process has ended
        self._answers = threading.Thread(target=self._receive, name="geopackage-ebenen",
                                         daemon=True)
        self._answers.start()

    def write_layer(self, parquet: Path, dataset: str, fields: tuple[Field, ...], path: Path,
                    about: dict, combined: Path | None = None) -> Future:
        """`write_layer_of_file` in the process; the Future holds its paths or its error."""
        future: Future = Future()
        call = pickle.dumps((parquet, dataset, fields, path, about, combined))
        with self._lock:
            if self._ended:
                future.set_exception(self._ended)
                return future
            self._waiting.append((call, future))
            if self._running is None:
                self._send_next()
        return future

    def close(self, cancel: bool = False) -> None:
        """Let the process write what it was handed (or, with `cancel`, only the layer it is
        writing) and wait until it has ended."""
        with self._lock:
            if cancel:
                for _, future in self._waiting:
                    future.cancel()
                self._waiting.clear()
            self._closing = True
            if self._running is None:
                self._send_next()
        self._answers.join()
        self._process.stdout.close()
        self._process.wait()

    def _send_next(self) -> None:
        """The next layer to the process, or the end of its input once nothing is left to do
        and nothing more will come (called with the lock held)."""
        self._running = None
        while self._waiting and self._running is None:
            call, future = self._waiting.popleft()
            if future.set_running_or_notify_cancel():  # not cancelled meanwhile
                self._running = future
                # A process that has ended reads nothing more: its output ends, and
                # _receive answers the layer.
                with suppress(BrokenPipeError):
                    self._process.stdin.write(call)
                    self._process.stdin.flush()
        if self._running is None and self._closing:
            with suppress(BrokenPipeError):
                self._process.stdin.close()

    def _receive(self) -> None:
        """Each answer of the process to the Future waiting for it, in turn, until the
        process's output ends (it has ended)."""
        answers = self._process.stdout
        while len(size := answers.read(8)) == 8:
            answer = answers.read(int.from_bytes(size, "big"))
            with self._lock:
                future = self._running
                self._send_next()
            try:
                done, value, where = pickle.loads(answer)
            except Exception as error:  # noqa: BLE001 - cut off as the process ended
                done, value, where = False, error, None
            if done:
                future.set_result(value)
            else:
                if where:
                    value.__cause__ = RemoteTraceback(where)
                future.set_exception(value)
        code = self._process.wait()
        with self._lock:
            self._ended = LayerProcessEnded(
                f"Der Prozess, der die GeoPackage-Ebenen schreibt (PID {self.pid}), hat sich "
                f"unerwartet beendet (Exit-Code {code}); die GeoPackage-Dateien der nicht "
                f"geschriebenen Ebenen sind unverändert – den Export bitte wiederholen.")
            unanswered = [future for future in (self._running, *(f for _, f in self._waiting))
                          if future and not future.cancelled()]
            self._waiting.clear()
            self._running = None
        for future in unanswered:
            future.set_exception(self._ended)


@contextmanager
def layer_process(wanted: bool) -> Iterator[LayerProcess | None]:
    """A process writing the layers handed to it (one at a time) while the code inside runs,
    started now in the calling thread; None where none is wanted or the system cannot tie it
    to that thread (not Linux). When the code inside fails, layers not yet begun are dropped;
    the one being written is finished, as it would be in the export's own process."""
    if not wanted or sys.platform != "linux":
        yield None
        return
    process = LayerProcess()
    try:
        yield process
    except BaseException:
        process.close(cancel=True)
        raise
    process.close()


def _die_with(parent: int) -> None:
    """Have Linux kill this process as soon as the thread that started it ends; if that
    happened before this line, the parent already differs and this process ends now."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:
        os._exit(1)


def _serve(parent: int) -> None:
    """The process: write each layer read from the standard input, answer each with its
    path or its error (and where it arose) on the standard output, until the input ends."""
    _die_with(parent)
    # Ctrl+C reaches the whole process group: the export decides what becomes of its layers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    calls, answers = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever a library prints goes to the error output, not into the answers
    while True:
        try:
            call = pickle.load(calls)
        except EOFError:
            return
        try:
            answer = (True, write_layer_of_file(*call), None)
        except Exception as error:  # noqa: BLE001 - handed back to the export, as it is
            answer = (False, error, traceback.format_exc())
        data = pickle.dumps(answer)
        answers.write(len(data).to_bytes(8, "big") + data)
        answers.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
