"""The generated events delivery of Kusel the end-to-end benchmarks measure, in UTF-8 and in
Windows-1252, and the baseline they are compared with: DuckDB's own copy of the same file."""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd

from pipelines.core.database import connect

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv"
FLAWED_SHARE = 0.03
# The encodings a German office delivers in, with the name a report gives them.
ENCODINGS = {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252"}


def generated(rows: int) -> pd.DataFrame:
    """Rows of the Kusel sample (real addresses of the area) with new ids and dates; a few
    percent carry a flaw a clerk would make (impossible date, empty title, price in words)."""
    sample = pd.read_csv(SAMPLE, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)
    rng = np.random.default_rng(15)
    frame = sample.iloc[rng.integers(0, len(sample), rows)].reset_index(drop=True)
    frame["ID"] = [f"KUS-VA-{i:07d}" for i in range(rows)]
    days = pd.Timestamp("2026-12-01") + pd.to_timedelta(rng.integers(0, 365, rows), unit="D")
    frame["Datum"] = days.strftime("%d.%m.%Y")
    frame["Veranstaltung"] = frame["Veranstaltung"] + " " + pd.Series(range(rows)).astype(str)
    flawed = np.flatnonzero(rng.random(rows) < FLAWED_SHARE)
    kinds = np.arange(len(flawed)) % 3
    frame.loc[flawed[kinds == 0], "Datum"] = "31.02.2027"
    frame.loc[flawed[kinds == 1], "Veranstaltung"] = ""
    frame.loc[flawed[kinds == 2], "Eintritt"] = "zwölf Euro"
    return frame


def written(frame: pd.DataFrame, folder: Path) -> dict[str, Path]:
    """The delivery as Excel saves it (`;`), once per encoding in ENCODINGS, in `folder`."""
    files = {}
    for encoding in ENCODINGS:
        files[encoding] = folder / f"veranstaltungen-{encoding}.csv"
        frame.to_csv(files[encoding], sep=";", index=False, encoding=encoding, errors="replace")
    return files


def copy_seconds(files: dict[str, Path], folder: Path) -> float:
    """Seconds DuckDB takes for `COPY (FROM read_csv(…)) TO '….parquet'` of the UTF-8 file
    (DuckDB alone reads no Windows-1252: one baseline for both)."""
    with connect() as duckdb:
        started = time.perf_counter()
        duckdb.execute(f"COPY (FROM read_csv('{files['utf-8-sig']}', delim = ';', "
                       f"all_varchar = true)) TO '{folder / 'copy.parquet'}'")
        return time.perf_counter() - started
