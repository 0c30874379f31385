"""End to end: a generated German-Excel events CSV of Kusel (`;`, decimal comma, dd.mm.yyyy,
addresses of the sample delivery, i.e. inside the member's area, about 3 % flawed rows), in
UTF-8 and in Windows-1252, through read → map → normalise → geocode → validate → lake →
warehouse → export, against DuckDB's own `COPY (FROM read_csv(…)) TO '….parquet'` of the
same file in the same run (target: ≥ 150,000 rows/s, within 12× of the copy; peak RSS ≤ 3 GB).
Each run is also shown stage by stage, and the export part by part, so a slow step is seen
where it is.

    .venv/bin/python benchmarks/bench_end_to_end.py [rows] [--ohne-export]   # default 1,000,000

`--ohne-export` stops after the warehouse (the ingestion side alone).
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from multiprocessing import get_context
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.core.cluster import load_cluster  # noqa: E402
from pipelines.core.german import german_number  # noqa: E402
from pipelines.core.settings import Settings  # noqa: E402
from pipelines.export import files  # noqa: E402
from pipelines.export.files import export_dataset  # noqa: E402
from pipelines.geocoding.gazetteer import ensure_built  # noqa: E402
from pipelines.ingest import delivery  # noqa: E402
from pipelines.ingest.delivery import ingest_source  # noqa: E402
from pipelines.storage.warehouse import refresh  # noqa: E402
from deliveries import ENCODINGS, FLAWED_SHARE, copy_seconds, generated, written  # noqa: E402
from memory import PeakSampler  # noqa: E402

ROWS = int(next((arg for arg in sys.argv[1:] if arg.isdigit()), 1_000_000))
EXPORT = "--ohne-export" not in sys.argv


# The steps `ingest_source` calls (by their names in pipelines.ingest.delivery), by stage;
# what is left of the ingestion (merging, rejects, report, run journal) counts as the lake's.
STAGES = {
    "Lesen + Normalisieren": ("read_delivery", "map_columns", "normalise", "row_problems",
                              "record_ids", "duplicate_problems"),
    "Mitgliedsgebiet": ("member_area",),
    "Geocodierung": ("geocode", "fill_place"),
    "Prüfung": ("assess",),
}
# The export's parts (by their names in pipelines.export.files). The Arrow formats are written
# in a second thread, so the parts can add up to more than the export's wall time.
EXPORT_PARTS = {
    "Lesen aus dem Warehouse": ("_released_records",),
    "Regionalkalender": ("merge_events",),
    "CSV": ("write_csv",), "GeoJSON": ("write_geojson",), "GeoParquet": ("_write_parquet",),
    "iCalendar": ("write_ical", "regional_calendars"),
    # A large export writes its GeoPackages in a process of its own: then what remains here
    # is the wait for them at the end (pipelines/export/layer_process.py).
    "XLSX": ("write_xlsx",), "GeoPackage": ("write_layer", "_layers_written"),
}


@contextmanager
def timed_steps(module, parts: dict[str, tuple[str, ...]], cpu: dict[str, float] | None = None):
    """Seconds per part of the work run inside, timed by wrapping the steps where `module`
    looks them up; restored afterwards. `cpu` gets the process's CPU seconds per part (all
    its threads, user + system): on a shared machine wall time also counts the others' work."""
    seconds = defaultdict(float)
    cpu = cpu if cpu is not None else {}
    originals = {name: getattr(module, name) for names in parts.values() for name in names}

    def timed(part, step):
        def run(*args, **kwargs):
            started, used = time.perf_counter(), time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                seconds[part] += time.perf_counter() - started
                cpu[part] = cpu.get(part, 0.0) + time.process_time() - used
        return run

    for part, names in parts.items():
        for name in names:
            setattr(module, name, timed(part, originals[name]))
    try:
        yield seconds
    finally:
        for name, step in originals.items():
            setattr(module, name, step)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _stopped(sampler: PeakSampler) -> dict[str, float]:
    """Peaks in MiB: of the processes started by this one (the GeoPackage process; 0 for
    none), and of this process and them together (sampled; at least this one's own peak)."""
    sampler.stop()
    return {"started_peak": max(sampler.descendant_peaks.values(), default=0.0),
            "together_peak": max(sampler.peak, peak_rss_mib())}


def run_pipeline(path: Path, encoding: str, data_dir: Path) -> dict:
    """One delivery through the whole path, in a process of its own (see `main`): seconds in
    all, per stage and up to the lake, the result's counts, the process's peak RSS and that
    of the processes it started (the export's GeoPackage process)."""
    config = Settings.from_env().config_path
    cluster = load_cluster(config)
    settings = Settings(data_dir=data_dir, config_path=config)
    source = replace(cluster.member("kusel").sources["events"], location=path,
                     options={"encoding": encoding})
    # The gazetteer is built once per installation (`swdp gazetteer build`), not per delivery.
    before = time.perf_counter()
    ensure_built(settings, cluster)
    gazetteer = time.perf_counter() - before
    sampler = PeakSampler()
    sampler.start()
    started, used = time.perf_counter(), time.process_time()
    cpu = {}
    with timed_steps(delivery, STAGES, cpu) as seconds:
        result = ingest_source(settings, cluster, source)
    ingested, ingested_cpu = time.perf_counter() - started, time.process_time() - used
    seconds["Lake"] = ingested - sum(seconds.values())
    cpu["Lake"] = ingested_cpu - sum(cpu.values())
    refresh(settings)
    seconds["Warehouse"] = time.perf_counter() - started - ingested
    cpu["Warehouse"] = time.process_time() - used - ingested_cpu
    parts = {}
    if EXPORT:
        with timed_steps(files, EXPORT_PARTS) as parts:
            export_dataset(settings, cluster, "events")
        seconds["Export"] = time.perf_counter() - started - ingested - seconds["Warehouse"]
        cpu["Export"] = time.process_time() - used - ingested_cpu - cpu["Warehouse"]
    assert result.status == "ok", result.message
    exported = sum(path.stat().st_size for path in settings.export_dir.rglob("*") if path.is_file())
    return {"elapsed": time.perf_counter() - started, "ingested": ingested,
            "ingested_cpu": ingested_cpu, "stages": dict(seconds), "cpu": cpu, "valid": result.valid, "rejected": result.rejected,
            "peak": peak_rss_mib(), "exported": exported, **_stopped(sampler),
            "export_parts": dict(parts), "gazetteer": gazetteer}


def writing_seconds(folder: Path, size: int) -> float:
    """How long this machine takes to write `size` bytes to a file in `folder` (1 MiB at a
    time, like the writers, no fsync): the floor under any export of that volume."""
    block = np.random.default_rng(0).bytes(1 << 20)
    path = folder / "schreibprobe.bin"
    started = time.perf_counter()
    with open(path, "wb") as file:
        for _ in range(size >> 20):
            file.write(block)
    seconds = time.perf_counter() - started
    path.unlink()
    return seconds


def main() -> None:
    frame = generated(ROWS)
    print(f"{german_number(ROWS)} Zeilen erzeugt, davon rund {FLAWED_SHARE:.0%} fehlerhaft")
    # Each run in a fresh process: its peak memory is the pipeline's, not the generator's,
    # and the first run leaves nothing cached for the second.
    processes = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"),
                                    max_tasks_per_child=1)
    with tempfile.TemporaryDirectory() as scratch, processes:
        scratch = Path(scratch)
        files = written(frame, scratch)
        del frame
        baseline = copy_seconds(files, scratch)
        peaks = []
        for encoding, label in ENCODINGS.items():
            run = processes.submit(run_pipeline, files[encoding], encoding,
                                   scratch / f"data-{encoding}").result()
            elapsed, rate = run["elapsed"], ROWS / run["elapsed"]
            peaks.append(run["together_peak"])
            print(f"{label}: {german_number(elapsed, 1)} s (Einlesen bis Lake "
                  f"{german_number(run['ingested'], 1)} s, CPU "
                  f"{german_number(run['ingested_cpu'], 1)} s) = {german_number(rate)} Zeilen/s, "
                  f"{german_number(run['valid'])} gültig, {german_number(run['rejected'])} "
                  f"abgewiesen; Spitzenspeicher {german_number(run['together_peak'])} MiB "
                  f"(Lauf allein {german_number(run['peak'])} MiB, GeoPackage-Prozess allein "
                  f"{german_number(run['started_peak'])} MiB)")
            print(f"  Ortsverzeichnis vorab gebaut (einmal je Installation, nicht mitgezählt): "
                  f"{german_number(run['gazetteer'], 1)} s")
            print("  Stufen: " + ", ".join(
                f"{stage} {german_number(value, 1)} s (CPU {german_number(run['cpu'][stage], 1)} s)"
                for stage, value in run["stages"].items()))
            if EXPORT:
                floor = writing_seconds(scratch, run["exported"])
                print(f"  Exportdateien: {german_number(run['exported'] / 1e6)} MB; dieselbe "
                      f"Menge Bytes nur zu schreiben dauert hier {german_number(floor, 1)} s "
                      f"(Export {german_number(run['stages']['Export'] / floor, 1)}× davon)")
                print("  Export nach Teilen: " + ", ".join(
                    f"{part} {german_number(value, 1)} s" for part, value in run["export_parts"].items()))
            print(f"  DuckDB COPY read_csv → Parquet (Grundlinie, UTF-8-Datei): "
                  f"{german_number(baseline, 2)} s; Verhältnis {german_number(elapsed / baseline, 1)}× – "
                  f"Ziel ≥ 150.000 Zeilen/s und ≤ 12×: "
                  f"{'erreicht' if rate >= 150_000 and elapsed / baseline <= 12 else 'nicht erreicht'}")
    peak = max(peaks)
    print(f"Spitzenspeicher der Läufe (RSS des Laufs und seines GeoPackage-Prozesses zusammen, "
          f"alle 0,1 s gemessen, mindestens die genaue Spitze des Laufs; ohne den Erzeuger der "
          f"Testdatei): "
          f"{german_number(peak)} MiB – Ziel ≤ 3 GB (3·10⁹ Bytes = 2.861 MiB) "
          f"{'erreicht' if peak * 2**20 <= 3e9 else 'nicht erreicht'}")


if __name__ == "__main__":
    main()
