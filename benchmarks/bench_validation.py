"""Validation throughput: the full generated suite of `events` on 1,000,000 delivered rows.

Prints rows per second of the suite (row rules, personal-data guard, geometry, dataset-level
checks) on the normalised frame, the ratio against a plain DuckDB scan of the same data in
the same run, the peak memory of the process, and – on a smaller sample – the same suite run
by GX's own (pandas) validator, the figure with reading German text values first (normalise)
and the time of each kind of expectation.

    .venv/bin/python benchmarks/bench_validation.py [rows]
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipelines.core.german import german_number  # noqa: E402
from pipelines.ingest.normalise import normalise  # noqa: E402
from pipelines.quality.expectations import expectations  # noqa: E402
from pipelines.quality.suites import gx_suite, validate_with_gx  # noqa: E402
from pipelines.quality.engine import validate_in_duckdb  # noqa: E402
from pipelines.quality.validate import SuiteOptions, assess, suite_frame  # noqa: E402
from pipelines.core.database import connect  # noqa: E402
from schemas import load_schema  # noqa: E402

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
TEXT_ROWS = 100_000
DELIVERED = datetime(2026, 11, 20, 6, 0, tzinfo=timezone.utc)
PLACES = ["Kusel", "Kaiserslautern", "Mayen", "Bitburg", "Linz am Rhein", "St. Wendel"]
DESCRIPTIONS = ["Blasmusik von Marsch bis Filmmusik.", "Anmeldung unter info@verein-kusel.de.",
                "Ehrenamtliche reparieren Elektrogeräte, Fahrräder und Kleidung.",
                "Direktvermarkter zeigen ihre Produkte. Auskunft: 06381 424-0", None]


def delivery(rows: int) -> pd.DataFrame:
    """A normalised, located events delivery with one flawed row in a thousand."""
    rng = np.random.default_rng(7)
    start = pd.Series(pd.Timestamp(DELIVERED) + pd.to_timedelta(rng.integers(-30, 300, rows), unit="D")
                      + pd.to_timedelta(rng.integers(8, 20, rows), unit="h"))
    end = start + pd.to_timedelta(rng.integers(1, 5, rows), unit="h")
    flawed = np.arange(rows) % 1000 == 999
    end[flawed] = start[flawed] - timedelta(hours=1)            # end before start
    title = pd.Series([f"Veranstaltung {i}" for i in range(rows)], dtype=object)
    title[np.arange(rows) % 1000 == 500] = None                  # mandatory field empty
    description = pd.Series(np.array(DESCRIPTIONS, dtype=object)[rng.integers(0, 5, rows)])
    description[np.arange(rows) % 5000 == 7] = "Karten bei max.mustermann@example.org"
    lon, lat = 7.4 + rng.random(rows) * 0.3, 49.5 + rng.random(rows) * 0.2
    frame = pd.DataFrame({
        "record_id": [f"id-{i}" for i in range(rows)],
        "source_id": [f"VA-{i}" for i in range(rows)], "title": title,
        "description": description,
        "category": np.array(["konzert", "markt", "fest", "sonstiges"], dtype=object)[rng.integers(0, 4, rows)],
        "start": start.astype(object), "end": end.astype(object),
        "all_day": rng.random(rows) < 0.1, "venue": "Gemeindehalle", "street": "Mühlenweg",
        "housenumber": "22a", "postcode": "66869",
        "place": np.array(PLACES, dtype=object)[rng.integers(0, 6, rows)],
        "organiser": "Musikverein e. V.", "url": "https://www.kusel.de/veranstaltungen/1",
        "email": "kultur@kusel.de", "price_eur": np.round(rng.random(rows) * 20, 2),
        "accessible": rng.random(rows) < 0.5, "x": None, "y": None,
        "geometry": shapely.points(lon, lat), "lat": lat, "lon": lon, "ags": "07336050",
        "geocode_precision": np.array(["coordinates", "postcode", "municipality"],
                                      dtype=object)[rng.integers(0, 3, rows)],
    })
    return frame.astype({c: object for c in ("source_id", "venue", "street", "housenumber",
                                             "postcode", "organiser", "url", "email", "ags")})


def as_delivered_text(frame: pd.DataFrame) -> pd.DataFrame:
    """The same rows as a member's Excel export would have them (German text)."""
    schema = load_schema("events")
    text = pd.DataFrame(index=frame.index)
    for f in schema.delivered_fields:
        column = frame[f.name]
        if f.type == "datetime":
            text[f.name] = pd.to_datetime(column, utc=True).dt.tz_convert("Europe/Berlin").dt.strftime("%d.%m.%Y %H:%M")
        elif f.type == "decimal":
            text[f.name] = column.map(lambda v: None if v is None else f"{v:.2f}".replace(".", ","))
        elif f.type == "boolean":
            text[f.name] = column.map({True: "ja", False: "nein"})
        else:
            text[f.name] = column
    return text.astype(object)


def timed(work):
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def time_per_rule(typed: pd.DataFrame, suite) -> dict[str, float]:
    """Where the time goes: each expectation of `suite` alone on `typed` (a `suite_frame`),
    minus the cost of an empty suite (handing the frame to DuckDB)."""
    def fastest(checks) -> float:  # the least of three runs: other load on the machine only adds
        return min(timed(lambda: validate_in_duckdb(checks, typed))[1] for _ in range(3))

    empty = fastest([])
    spent = {"Übergabe an DuckDB (leere Suite)": empty}
    for expectation in suite:
        kind = expectation.type
        spent[kind] = spent.get(kind, 0) + max(fastest([expectation]) - empty, 0)
    return spent


def main() -> None:
    schema = load_schema("events")
    frame, generated = timed(lambda: delivery(ROWS))
    print(f"Lieferung erzeugt: {german_number(ROWS)} Veranstaltungen in {german_number(generated, 1)} s")
    options = SuiteOptions(previous_rows=ROWS, delivered_at=DELIVERED)
    assess(frame.head(1000), schema, options, located=True)  # warm up: imports, GX context

    with tempfile.TemporaryDirectory() as folder, connect() as duckdb:
        # The baseline: DuckDB reads every column of the same delivery from Parquet.
        parquet = Path(folder) / "veranstaltungen.parquet"
        typed = suite_frame(frame, schema, located=True).drop(columns="geometry").assign(
            geometry=shapely.to_wkb(frame["geometry"].to_numpy()))
        pq.write_table(pa.Table.from_pandas(typed, preserve_index=False), parquet)
        counts = ", ".join(f'count("{column}")' for column in typed.columns)
        scan = f"SELECT {counts} FROM read_parquet(?)"
        duckdb.execute(scan, [str(parquet)]).fetchall()  # warm up: file cache
        _, baseline = timed(lambda: duckdb.execute(scan, [str(parquet)]).fetchall())

    memory_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result, elapsed = timed(lambda: assess(frame, schema, options, located=True))
    memory_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rejected = len({p.row for p in result.problems})
    rate = ROWS / elapsed
    print(f"Suite ({len(result.checks)} Prüfungen, {german_number(rejected)} Zeilen abgewiesen): "
          f"{german_number(elapsed, 2)} s = {german_number(rate)} Zeilen/s")
    print(f"DuckDB-Scan derselben Daten aus Parquet (Grundlinie): {german_number(baseline, 3)} s = "
          f"{german_number(ROWS / baseline)} Zeilen/s")
    print(f"Verhältnis Suite / DuckDB-Scan: {german_number(elapsed / baseline, 1)}× so lang")
    print(f"Spitzenspeicher (RSS): {german_number(memory_peak / 1024)} MiB, vor der Prüfung "
          f"{german_number(memory_before / 1024)} MiB")
    print(f"Ziel 200.000 Zeilen/s: {'erreicht' if rate >= 200_000 else 'nicht erreicht'}")

    sample = frame.head(TEXT_ROWS)
    suite = expectations(schema, options.role_mailboxes, options.previous_rows,
                         options.delivered_at, located=True)
    typed = suite_frame(sample, schema, located=True)
    _, ours = timed(lambda: validate_in_duckdb(suite, typed))
    _, theirs = timed(lambda: validate_with_gx(gx_suite(suite), typed))
    print(f"Dieselbe Suite mit dem GX-Validator (pandas) auf {german_number(TEXT_ROWS)} Zeilen: "
          f"{german_number(TEXT_ROWS / theirs)} Zeilen/s, in DuckDB {german_number(TEXT_ROWS / ours)} "
          f"Zeilen/s ({german_number(theirs / ours, 1)}× so schnell)")
    text = as_delivered_text(sample)
    (values, _), reading = timed(lambda: normalise(text, schema))
    located = sample[["record_id", "geometry", "lat", "lon", "ags", "geocode_precision"]]
    _, checking = timed(lambda: assess(values.join(located), schema, options, located=True))
    print(f"Mit Einlesen deutscher Textwerte ({german_number(TEXT_ROWS)} Zeilen): "
          f"{german_number(TEXT_ROWS / (reading + checking))} Zeilen/s "
          f"(normalise {german_number(reading, 2)} s, Suite {german_number(checking, 2)} s)")
    print(f"Wohin die Zeit geht ({german_number(TEXT_ROWS)} Zeilen, jede Erwartung einzeln):")
    for kind, seconds in sorted(time_per_rule(typed, suite).items(),
                                key=lambda item: -item[1]):
        print(f"  {german_number(seconds, 2):>6} s  {kind}")


if __name__ == "__main__":
    main()
