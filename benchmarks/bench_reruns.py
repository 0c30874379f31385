"""Reruns: the demo (`swdp run` on the 24 sample deliveries) a second time with nothing
changed, as a share of the first run measured in the same sitting (target: ≤ 15 %), and a
third time after one member's events changed – which export files were written again.

With `warehouse`: the warehouse refresh after one member of 200 changed (the scale
benchmark's generated cluster, about 1,000 events each, see tests/support/scale.py) with
20,000 run journals and their quality journals present – taking over the unchanged rest from
the previous warehouse against the full build of the same lake, wall and CPU time (of this
process, DuckDB's threads included), best of two, measured in the same run.

    .venv/bin/python benchmarks/bench_reruns.py [warehouse [MEMBERS [JOURNALS]]]
"""
from __future__ import annotations

import json
import os
import resource
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


def cpu_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def timed_refresh(settings) -> tuple[float, float, dict]:
    from pipelines.storage.warehouse import refresh

    cpu, started = cpu_seconds(), time.perf_counter()
    counts = refresh(settings)
    return time.perf_counter() - started, cpu_seconds() - cpu, counts


def journals_added(settings, wanted: int) -> int:
    """Earlier runs of every member (copies of its run and quality journal under new run
    ids) until `wanted` run journals lie in the data folder."""
    present = sorted(settings.runs_dir.glob("*/*/*.json"))
    for number in range(wanted - len(present)):
        journal = present[number % len(present)]
        run_id = f"frueher-{number:06d}"
        for folder in (settings.runs_dir, settings.quality_dir):
            source = folder / journal.relative_to(settings.runs_dir)
            text = json.loads(source.read_text(encoding="utf-8")) | {"run_id": run_id}
            source.with_name(f"{run_id}.json").write_text(json.dumps(text), encoding="utf-8")
    return len(list(settings.runs_dir.glob("*/*/*.json")))


def records_order(settings) -> list[tuple[str, str]]:
    from pipelines.core.database import connect

    with connect(settings.warehouse_path, read_only=True) as warehouse:
        return warehouse.execute("SELECT municipality, record_id FROM events_records").fetchall()


def warehouse(members: int, journals: int) -> None:
    with tempfile.TemporaryDirectory(prefix="swdp-bench-warehouse-") as scratch:
        folder = Path(scratch)
        os.environ.update(SWDP_CONFIG=str(folder / "cluster.yaml"),
                          SWDP_DATA_DIR=str(folder / "data"))
        for unset in ("CKAN_URL", "CKAN_API_TOKEN", "SWDP_SMTP_URL", "SWDP_DUCKLAKE"):
            os.environ.pop(unset, None)
        sys.path.insert(0, str(ROOT / "tests"))
        from pipelines.core.cluster import check_locations, load_cluster
        from pipelines.core.settings import Settings
        from pipelines.ingest.delivery import ingest_source
        from support.scale import generate_cluster

        settings = Settings.from_env()
        generated = generate_cluster(folder, settings, members, 1000)
        cluster = check_locations(load_cluster(generated.config_path), settings)
        for member in cluster.members.values():
            assert ingest_source(settings, cluster, member.sources["events"]).status == "ok"
        present = journals_added(settings, journals)
        timed_refresh(settings)
        before = folder / "before.duckdb"
        shutil.copy(settings.warehouse_path, before)
        changed = next(iter(cluster.members.values())).sources["events"]
        delivery = Path(changed.location)
        lines = delivery.read_text(encoding="utf-8").splitlines(keepends=True)
        delivery.write_text("".join(lines[:-10]), encoding="utf-8")  # ten events fewer
        assert ingest_source(settings, cluster, changed).status == "ok"
        taken_over, full = [], []
        for _ in range(2):
            shutil.copy(before, settings.warehouse_path)
            taken_over.append(timed_refresh(settings))
            order = records_order(settings)
            settings.warehouse_path.unlink()
            full.append(timed_refresh(settings))
            assert records_order(settings) == order  # the exports rely on it
        assert {str(counts) for *_, counts in taken_over + full} == {str(full[0][2])}
    best = {name: min(runs) for name, runs in (("full", full), ("taken_over", taken_over))}
    (wall, cpu, counts), (base_wall, base_cpu, _) = best["taken_over"], best["full"]
    print(f"Warehouse nach Änderung eines von {members} Mitgliedern "
          f"({german_number(counts['events'])} aktuelle Veranstaltungen, "
          f"{german_number(present)} Lauf-Journale), je bester von zwei Läufen:")
    print(f"  Neuaufbau aus dem ganzen Lake (Grundlinie): {german_number(base_wall, 1)} s, "
          f"CPU-Zeit {german_number(base_cpu, 1)} s")
    print(f"  Übernahme des Unveränderten: {german_number(wall, 1)} s = "
          f"{german_number(wall / base_wall, 2)}× (CPU-Zeit {german_number(cpu, 1)} s = "
          f"{german_number(cpu / base_cpu, 2)}×)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["warehouse"]:
        warehouse(*(int(n) for n in (sys.argv[2:4] + ["200", "20000"][len(sys.argv[2:4]):])))
    else:
        main()
