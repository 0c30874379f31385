"""Scale: a cluster of 50, 100 and 200 generated members (real municipalities of
Rhineland-Palatinate, one events delivery of about 1,000 rows each inside the member's area,
see tests/support/scale.py) through Dagster as `swdp run` does it: one ingestion run per
member, two at a time in worker processes, then one serial run for the neighbours, the
warehouse refresh and the exports. Each cluster runs in a fresh process with its own data
folder, Dagster instance and configuration; figures are wall time (ingestion, publication),
rows per second and the peak memory of the process tree (sum of the RSS of the process and
its workers, sampled every 0.1 s). Printed as ratios against the first (smallest) cluster of
the same run: linear growth means a wall-time ratio equal to the member ratio, i.e. a cost
per row of about 1.0× the baseline's.

    .venv/bin/python benchmarks/bench_scale.py [50,100,200]     # or BENCH_SCALE_MEMBERS=…
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipelines.core.german import german_number  # noqa: E402
from memory import PeakSampler, tree_rss_mib  # noqa: E402

COUNTS = [int(n) for n in (sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "--one"
                           else os.environ.get("BENCH_SCALE_MEMBERS", "50,100,200")).split(",")]
ROWS_PER_MEMBER = 1000
WORKERS = 2
# Per-row cost of a larger cluster at most this much above the baseline's: still linear.
LINEAR_TOLERANCE = 1.25


def cpu_seconds() -> float:
    """CPU time of this process and its ended workers (user and system)."""
    return sum(used.ru_utime + used.ru_stime for used in (
        resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def one(members: int) -> dict:
    """Generate the cluster and run it (in this process, which nothing ran in before)."""
    with tempfile.TemporaryDirectory(prefix=f"swdp-bench-scale-{members}-") as scratch:
        folder = Path(scratch)
        # An entry point: the Dagster definitions (partitions = members) read the environment.
        os.environ.update(SWDP_CONFIG=str(folder / "cluster.yaml"),
                          SWDP_DATA_DIR=str(folder / "data"), DAGSTER_HOME=str(folder / "dagster"))
        for unset in ("CKAN_URL", "CKAN_API_TOKEN", "SWDP_SMTP_URL", "SWDP_DUCKLAKE", "SWDP_DAGSTER_PG"):
            os.environ.pop(unset, None)
        from pipelines.core.cluster import check_locations, load_cluster
        from pipelines.core.settings import Settings
        from support.scale import generate_cluster

        settings = Settings.from_env()
        generated = generate_cluster(folder, settings, members, ROWS_PER_MEMBER)
        cluster = check_locations(load_cluster(generated.config_path), settings)
        from pipelines.orchestration.runner import run_cluster

        sampler = PeakSampler()
        sampler.start()
        marks = {}
        cpu_before = cpu_seconds()
        started = time.perf_counter()
        result = run_cluster(settings, cluster, workers=WORKERS,
                             on_progress=lambda step: marks.setdefault(step, time.perf_counter()))
        elapsed = time.perf_counter() - started
        sampler.stop()
        assert result.ok, (result.publication_errors, [r.message for r in result.failed])
        valid = sum(r.valid for r in result.results)
        assert result.counts["events"] == valid, (result.counts, valid)
        publication = elapsed - (marks["Nachbarn, Warehouse, Exporte und Katalog"] - started)
        return {"members": members, "rows": generated.rows, "valid": valid, "wall": elapsed,
                "ingestion": elapsed - publication, "publication": publication,
                "cpu": cpu_seconds() - cpu_before,
                "peak_mib": max(sampler.peak, tree_rss_mib(os.getpid()))}


def measured(members: int) -> dict:
    """One cluster size in a fresh process, so that its peak memory is its own."""
    child = subprocess.run([sys.executable, __file__, "--one", str(members)],
                           capture_output=True, text=True)
    if child.returncode != 0:
        sys.exit(f"{members} Mitglieder: Lauf fehlgeschlagen\n{child.stderr[-3000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> None:
    print(f"Skalierung: {', '.join(map(str, COUNTS))} Mitglieder à {ROWS_PER_MEMBER} Zeilen, "
          f"Einlesen mit {WORKERS} parallelen Dagster-Läufen, dann ein serieller Lauf "
          f"(Nachbarn, Warehouse, Exporte); {os.cpu_count()} Kerne")
    figures = []
    for members in COUNTS:
        figures.append(figure := measured(members))
        print(f"{members} Mitglieder, {german_number(figure['rows'])} Zeilen: "
              f"{german_number(figure['wall'], 1)} s (Einlesen {german_number(figure['ingestion'], 1)} s, "
              f"Warehouse und Exporte {german_number(figure['publication'], 1)} s) = "
              f"{german_number(figure['rows'] / figure['wall'])} Zeilen/s, CPU-Zeit "
              f"{german_number(figure['cpu'], 1)} s, "
              f"Spitzenspeicher {german_number(figure['peak_mib'])} MiB", flush=True)
    base = figures[0]
    print(f"Verhältnisse zur Grundlinie ({base['members']} Mitglieder, im selben Lauf gemessen):")
    linear = True
    for figure in figures[1:]:
        scale = figure["rows"] / base["rows"]
        per_row = lambda key: (figure[key] / figure["rows"]) / (base[key] / base["rows"])
        linear &= per_row("wall") <= LINEAR_TOLERANCE
        print(f"  {figure['members']}/{base['members']}: {german_number(scale, 1)}× Zeilen, "
              f"Wandzeit {german_number(figure['wall'] / base['wall'], 2)}× → Kosten je Zeile "
              f"{german_number(per_row('wall'), 2)}× (Einlesen {german_number(per_row('ingestion'), 2)}×, "
              f"Warehouse und Exporte {german_number(per_row('publication'), 2)}×; CPU-Zeit je Zeile "
              f"{german_number(per_row('cpu'), 2)}×), Zeilen/s "
              f"{german_number(base['wall'] / base['rows'] / (figure['wall'] / figure['rows']), 2)}×, "
              f"Spitzenspeicher {german_number(figure['peak_mib'] / base['peak_mib'], 2)}×")
    print(f"Linear (Kosten je Zeile ≤ {german_number(LINEAR_TOLERANCE, 2)}× der Grundlinie): "
          f"{'ja' if linear else 'nein'}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(int(sys.argv[2]))))
    else:
        main()
