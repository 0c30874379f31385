"""The export of the generated events delivery of Kusel alone, format by format: CPU seconds
(user + system of the process, the writers' helper threads included) and megabytes of each
file, for the cluster's scope (the regional calendar) and the member's, written one after the
other from the Arrow tables `pipelines.export.files` builds. Baseline in the same run: the CPU
seconds this machine takes to write the same number of bytes to a file (1 MiB at a time), the
floor under any writer of that volume; each format is shown as a multiple of it.

    .venv/bin/python benchmarks/bench_export.py [rows] [--daten DIR]   # default 1,000,000

The warehouse is built once from the delivery (as in bench_end_to_end.py); `--daten DIR`
keeps it in DIR and reuses it in the next run, so a change to a writer is measured in a
minute, the old and the new code one after the other on the same warehouse.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.coordination.calendar import merge_events  # noqa: E402
from pipelines.coordination.config import calendar_rules  # noqa: E402
from pipelines.core.cluster import load_cluster  # noqa: E402
from pipelines.core.german import german_number  # noqa: E402
from pipelines.core.settings import Settings  # noqa: E402
from pipelines.export import files  # noqa: E402
from pipelines.export.calendar import member_and_regional_vevents, write_ical  # noqa: E402
from pipelines.export.delimited import write_csv  # noqa: E402
from pipelines.export.geojson import write_geojson  # noqa: E402
from pipelines.export.metadata import CLUSTER_SCOPE, dataset_metadata  # noqa: E402
from pipelines.export.spreadsheet import write_xlsx  # noqa: E402
from pipelines.geocoding.gazetteer import ensure_built  # noqa: E402
from pipelines.ingest.delivery import ingest_source  # noqa: E402
from pipelines.storage.lake import geoarrow_table  # noqa: E402
from pipelines.storage.warehouse import refresh  # noqa: E402
from schemas import load_schema  # noqa: E402
from deliveries import generated, written  # noqa: E402

ROWS = int(next((arg for arg in sys.argv[1:] if arg.isdigit()), 1_000_000))
KEPT = Path(sys.argv[sys.argv.index("--daten") + 1]) if "--daten" in sys.argv else None


def cpu_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def warehouse(folder: Path, settings: Settings, cluster) -> None:
    """The delivery ingested and the warehouse refreshed, unless `folder` holds one already."""
    if settings.warehouse_path.exists():
        return
    delivery = written(generated(ROWS), folder)["utf-8-sig"]
    source = replace(cluster.member("kusel").sources["events"], location=delivery,
                     options={"encoding": "utf-8-sig"})
    ensure_built(settings, cluster)
    assert ingest_source(settings, cluster, source).status == "ok"
    refresh(settings)


def writing_cpu(folder: Path, size: int) -> float:
    """CPU seconds to write `size` bytes to a file in `folder`, 1 MiB at a time."""
    block = np.random.default_rng(0).bytes(1 << 20)
    path = folder / "schreibprobe.bin"
    started = cpu_seconds()
    with open(path, "wb") as file:
        for _ in range(max(size >> 20, 1)):
            file.write(block)
    seconds = cpu_seconds() - started
    path.unlink()
    return seconds


def main() -> None:
    config = Settings.from_env().config_path
    cluster = load_cluster(config)
    schema = load_schema("events")
    with tempfile.TemporaryDirectory() as scratch:
        folder = KEPT or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        settings = Settings(data_dir=folder / "daten", config_path=config)
        warehouse(folder, settings, cluster)
        out = Path(scratch) / "export"
        records = files._released_records(settings, "events", out, set())
        regional = merge_events(records, cluster, calendar_rules(cluster))
        vevents = cache(lambda: member_and_regional_vevents(records, regional))
        started = cpu_seconds()
        vevents()
        print(f"{german_number(len(records))} Veranstaltungen; VEVENTs einmal für alle Kalender: "
              f"{german_number(cpu_seconds() - started, 2)} s CPU")
        writers = {
            "CSV": lambda table, columns, path, about, scope: write_csv(table, columns, path, about),
            "GeoJSON": lambda table, columns, path, about, scope: write_geojson(
                table, columns, path, about),
            "XLSX": lambda table, columns, path, about, scope: write_xlsx(
                table, schema, columns, path, about),
            "iCalendar": lambda table, columns, path, about, scope: write_ical(
                table, path, about, vevents()[1 if scope == CLUSTER_SCOPE else 0])}
        suffixes = {"CSV": "csv", "GeoJSON": "geojson", "XLSX": "xlsx", "iCalendar": "ics"}
        for scope, member, scope_records in ((CLUSTER_SCOPE, None, regional.events),
                                             ("kusel", cluster.members["kusel"], records)):
            columns = files.exported_fields(schema, scope)
            about = dataset_metadata(cluster, schema, member)
            table = geoarrow_table(scope_records, schema, columns, files._file_metadata(about))
            for name, write in writers.items():
                path = out / f"{scope}.{suffixes[name]}"
                started, wall = cpu_seconds(), time.perf_counter()
                write(table, columns, path, about, scope)
                seconds, wall = cpu_seconds() - started, time.perf_counter() - wall
                size = path.stat().st_size
                floor = writing_cpu(out, size)
                print(f"{scope} {name}: {german_number(seconds, 2)} s CPU "
                      f"({german_number(wall, 1)} s Wandzeit), {german_number(size / 1e6)} MB; "
                      f"dieselben Bytes nur zu schreiben {german_number(floor, 2)} s CPU "
                      f"→ {german_number(seconds / max(floor, 1e-3), 1)}×")


if __name__ == "__main__":
    main()
