"""An erasure reaches the shared lake too (SWDP_DUCKLAKE): the next ingestion merges into
the DuckLake partition, so a record left there would come back, and DuckLake keeps deleted
rows in its older snapshots. A fresh catalogue on the local PostgreSQL, dropped afterwards."""
from dataclasses import replace

from pipelines.ingest.delivery import ingest_source
from pipelines.ingest.privacy import erase_record
from pipelines.storage import ducklake
from pipelines.storage.lake import partition_path, read_table
from schemas import load_schema
from support.cli import SAMPLES
from test_ducklake import shared  # noqa: F401 (fixture: a fresh DuckLake catalogue)

OWNER = "KUS-LS-0005"  # Uwe Schröder's house in Kusel's sample vacancies


def _ids(table) -> set[str]:
    return set(table["source_id"].to_pylist()) if table is not None else set()


def test_an_erased_record_leaves_the_shared_lake_and_its_snapshots(shared, cluster, tmp_path):  # noqa: F811
    source = cluster.member("kusel").sources["vacancies"]
    assert ingest_source(shared, cluster, source).status == "ok"
    schema = load_schema("vacancies")
    assert OWNER in _ids(ducklake.read_table(shared, schema, "kusel"))

    erasure = erase_record(shared, cluster, "vacancies", "kusel", OWNER)
    assert erasure.lake == 1
    assert OWNER not in _ids(ducklake.read_table(shared, schema, "kusel"))
    assert OWNER not in _ids(read_table(partition_path(shared.lake_dir, "vacancies", "kusel")))
    with ducklake.attach(shared) as connection:  # no snapshot left to travel back to
        [(oldest,)] = connection.execute("SELECT min(snapshot_id) FROM lake.snapshots()").fetchall()
        back = connection.execute(f"SELECT source_id FROM lake.vacancies AT (VERSION => {oldest})")
        assert OWNER not in {row[0] for row in back.fetchall()}

    # Another machine ingests a new list of the member that still holds the house: it merges
    # into the shared partition and does not bring it back.
    other = replace(shared, data_dir=tmp_path / "maschine-2")
    changed = tmp_path / "leerstand.csv"
    changed.write_text((SAMPLES / "kusel" / "leerstand.csv").read_text(encoding="utf-8-sig")
                       .replace("Älteres Bauernhaus", "Bauernhaus (saniert)", 1), encoding="utf-8-sig")
    assert ingest_source(other, cluster, replace(source, location=changed)).status == "ok"
    assert OWNER not in _ids(ducklake.read_table(other, schema, "kusel"))
