"""The lake holds what it held: every partition of the bundled demo (all sample deliveries of
all members, each dataset) compared row by row with its reference in tests/data/lake_reference,
in DuckDB with EXCEPT ALL both ways (every row, as often as it occurs). Work that makes the
ingestion cheaper must not change one value of the lake; a change meant to change it renews
the references from a `swdp run` of the demo and says why in its commit:

    .venv/bin/python tests/test_lake_differential.py DATENORDNER

The times of a run (first and last seen, withdrawn, withdrawn before coming back) are left
out: they are the run's own. Nothing else in the samples depends on the day: their calendars
hold no recurring event (a series is expanded in a window around today, `connectors.ical`).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REFERENCE = Path(__file__).resolve().parent / "data" / "lake_reference"
RUN_TIMES = ("first_seen", "last_seen", "withdrawn_at", "last_withdrawn_at")


def _rows(path: Path) -> str:
    """A partition's rows without the run's times (a reference has none)."""
    return (f"SELECT COLUMNS(c -> c NOT IN {RUN_TIMES}) "
            f"FROM read_parquet('{path.as_posix()}')")


def partitions(lake_dir: Path) -> dict[str, Path]:
    """The lake's partition files by `<dataset>/<member>`."""
    return {f"{path.parent.parent.name}/{path.parent.name.removeprefix('municipality=')}": path
            for path in sorted(lake_dir.glob("*/municipality=*/records.parquet"))}


def differences(lake_file: Path, reference: Path) -> tuple[int, int]:
    """Rows of the partition the reference lacks, and rows of the reference the partition
    lacks."""
    from pipelines.core.database import connect

    with connect() as duckdb:
        return tuple(duckdb.execute(f"SELECT count(*) FROM ({_rows(one)} EXCEPT ALL "
                                    f"{_rows(other)})").fetchone()[0]
                     for one, other in ((lake_file, reference), (reference, lake_file)))


def _reference(name: str) -> Path:
    return REFERENCE / f"{name}.parquet"


def test_demo_lake_is_the_reference(demo_run):
    data_dir, _ = demo_run
    found = partitions(data_dir / "lake")
    assert sorted(found) == sorted(path.relative_to(REFERENCE).with_suffix("").as_posix()
                                   for path in REFERENCE.glob("*/*.parquet"))
    changed = {name: counts for name, path in found.items()
               if (counts := differences(path, _reference(name))) != (0, 0)}
    assert not changed, f"Zeilen nur im Lake / nur in der Referenz: {changed}"


@pytest.mark.parametrize("changed", ["title", "geometry"])
def test_a_changed_value_is_found(demo_run, tmp_path, changed):
    """The comparison sees one value changed, in a text and in a geometry."""
    from pipelines.core.database import connect

    data_dir, _ = demo_run
    lake_file = partitions(data_dir / "lake")["events/kusel"]
    altered = tmp_path / "records.parquet"
    value = "'geändert'" if changed == "title" else "ST_Point(7.4, 49.5)"
    with connect() as duckdb:
        duckdb.execute(f"COPY (SELECT * REPLACE (CASE WHEN record_id = (SELECT min(record_id) "
                       f"FROM read_parquet('{lake_file}')) THEN {value} ELSE {changed} END "
                       f"AS {changed}) FROM read_parquet('{lake_file}')) TO '{altered}'")
    assert differences(altered, _reference("events/kusel")) == (1, 1)


def write_references(data_dir: Path) -> None:
    """The references from the lake of a `swdp run` of the demo in `data_dir`."""
    from pipelines.core.database import connect

    for old in REFERENCE.glob("*/*.parquet"):
        old.unlink()
    with connect() as duckdb:
        for name, path in partitions(data_dir / "lake").items():
            _reference(name).parent.mkdir(parents=True, exist_ok=True)
            duckdb.execute(f"COPY ({_rows(path)} ORDER BY record_id) TO "
                           f"'{_reference(name).as_posix()}' (COMPRESSION zstd)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    write_references(Path(sys.argv[1]))
