"""Small things fast: `swdp check` of a 100-row file and `swdp status`, each as a ratio of
`python -c "import duckdb, pandas"` measured in the same run (target: within 3×).

Each command runs as its own process, as a clerk starts it; the figure is the fastest of
five runs, since other load on the machine only ever adds time. The CPU time (user + system,
the least of the five) is printed beside it: on a shared machine the wall time of the
baseline swings by half, its CPU time much less; the load average at the end says how shared.

    .venv/bin/python benchmarks/bench_startup.py
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.core.german import german_number  # noqa: E402

BIN = Path(sys.executable).parent
RUNS = 5
TARGET = 3.0


def fastest(command: list[str], env: dict, expected: tuple[int, ...] = (0,)
            ) -> tuple[float, float]:
    """The least wall time and the least CPU time of RUNS runs of `command`."""
    times, cpu = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        assert done.returncode in expected, (command, done.returncode, done.stderr[-2000:])
    return min(times), min(cpu)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        # As an installed platform starts: with the bytecode caches Python writes at the first
        # start (kept in the temporary folder). Where the environment forbids writing them (the
        # helpers' sandbox sets PYTHONDONTWRITEBYTECODE), every start compiled the platform's
        # 80 modules anew – 0.2 to 0.3 s that the baseline, whose libraries come compiled,
        # never spends.
        env = {**os.environ, "SWDP_DATA_DIR": str(Path(folder) / "data"),
               "PYTHONPYCACHEPREFIX": str(Path(folder) / "bytecode")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        small = Path(folder) / "veranstaltungen-100.csv"
        lines = (ROOT / "samples/deliveries/kusel/veranstaltungen.csv").read_bytes().splitlines(True)
        small.write_bytes(b"".join(lines[:101]))
        # a warehouse for `swdp status` (and a last delivery for the check to compare with)
        subprocess.run([str(BIN / "swdp"), "run", "-m", "kusel", "-d", "events"], env=env,
                       cwd=ROOT, check=True, capture_output=True)
        baseline = fastest([sys.executable, "-c", "import duckdb, pandas"], env)
        status = fastest([str(BIN / "swdp"), "status"], env)
        # exit code 1: the sample holds flawed rows on purpose; 3: 100 of the sample's 204 rows
        # are a drop of more than half against the delivery run above (a check of severity
        # „Fehler“) – the check's whole work is done either way
        check = fastest([str(BIN / "swdp"), "check", str(small), "-d", "events", "-m", "kusel"],
                        env, expected=(0, 1, 3))
    print(f"Grundlinie python -c \"import duckdb, pandas\": {german_number(baseline[0], 2)} s "
          f"(schnellster von {RUNS} Läufen), CPU-Zeit {german_number(baseline[1], 2)} s; "
          f"Last (1 min) {german_number(os.getloadavg()[0], 1)}")
    for label, (seconds, cpu) in (("swdp status", status),
                                  ("swdp check (100 Zeilen, -m kusel)", check)):
        ratio = seconds / baseline[0]
        print(f"{label}: {german_number(seconds, 2)} s = {german_number(ratio, 1)}× Grundlinie – "
              f"Ziel ≤ {german_number(TARGET, 0)}× {'erreicht' if ratio <= TARGET else 'nicht erreicht'}; "
              f"CPU-Zeit {german_number(cpu, 2)} s = {german_number(cpu / baseline[1], 1)}×")


if __name__ == "__main__":
    main()
