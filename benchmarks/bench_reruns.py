"""Reruns: the demo (`swdp run` on the 24 sample deliveries) a second time with nothing
changed, as a share of the first run measured in the same sitting (target: ≤ 15 %), and a
third time after one member's events changed – which export files were written again.

    .venv/bin/python benchmarks/bench_reruns.py
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.core.german import german_number  # noqa: E402

SWDP = str(Path(sys.executable).with_name("swdp"))
TARGET = 0.15


def timed_run(env: dict) -> float:
    started = time.perf_counter()
    done = subprocess.run([SWDP, "run"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: samples hold flawed rows
    return time.perf_counter() - started


def written_at(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        # a copy of the configuration whose Kusel events file can be changed
        deliveries = scratch / "deliveries"
        shutil.copytree(ROOT / "samples" / "deliveries", deliveries)
        config = scratch / "cluster.yaml"
        config.write_text((ROOT / "cluster.yaml").read_text(encoding="utf-8").replace(
            "samples/deliveries/", f"{deliveries}/"), encoding="utf-8")
        env = {**os.environ, "SWDP_DATA_DIR": str(scratch / "data"), "SWDP_CONFIG": str(config)}
        env.pop("DAGSTER_HOME", None)
        first = timed_run(env)
        exports = scratch / "data" / "export"
        before = written_at(exports)
        second = timed_run(env)
        untouched = written_at(exports) == before
        events = deliveries / "kusel" / "veranstaltungen.csv"
        events.write_text(events.read_text(encoding="utf-8-sig").replace(
            "Jahreskonzert des Musikvereins", "Adventskonzert des Musikvereins", 1),
            encoding="utf-8-sig")
        third = timed_run(env)
        after = written_at(exports)
        rewritten = sorted(name for name, stamp in after.items() if before.get(name) != stamp)
    share = second / first
    print(f"Demo, erster Lauf (Grundlinie): {german_number(first, 1)} s")
    print(f"Zweiter Lauf ohne Änderung: {german_number(second, 1)} s = {share:.0%} des ersten – "
          f"Ziel ≤ {TARGET:.0%} {'erreicht' if share <= TARGET else 'nicht erreicht'}; "
          f"Exporte {'unberührt' if untouched else 'neu geschrieben'}")
    print(f"Dritter Lauf nach Änderung der Veranstaltungen von Kusel: {german_number(third, 1)} s "
          f"= {third / first:.0%} des ersten; neu geschrieben: {', '.join(rewritten) or 'nichts'}")


if __name__ == "__main__":
    main()
