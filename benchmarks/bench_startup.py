"""Small things fast: `swdp check` of a 100-row file and `swdp status`, each as a ratio of
`python -c "import duckdb, pandas"` measured in the same run (target: within 3×).

Each command runs as its own process, as a clerk starts it; the figure is the fastest of
five runs, since other load on the machine only ever adds time.

    .venv/bin/python benchmarks/bench_startup.py
"""
from __future__ import annotations

import os
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


def fastest(command: list[str], env: dict, expected: tuple[int, ...] = (0,)) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        assert done.returncode in expected, (command, done.returncode, done.stderr[-2000:])
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "SWDP_DATA_DIR": str(Path(folder) / "data")}
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
    print(f"Grundlinie python -c \"import duckdb, pandas\": {german_number(baseline, 2)} s "
          f"(schnellster von {RUNS} Läufen)")
    for label, seconds in (("swdp status", status), ("swdp check (100 Zeilen, -m kusel)", check)):
        ratio = seconds / baseline
        print(f"{label}: {german_number(seconds, 2)} s = {german_number(ratio, 1)}× Grundlinie – "
              f"Ziel ≤ {german_number(TARGET, 0)}× {'erreicht' if ratio <= TARGET else 'nicht erreicht'}")


if __name__ == "__main__":
    main()
