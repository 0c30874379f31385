"""A schema gains a field after the platform has run for months: the lake partitions written
before keep their columns, and the warehouse still reads them."""
from dataclasses import replace

from support.cli import SAMPLES
from support.schema_change import NEW_EVENT_FIELD, schema_folder  # noqa: F401 (fixture)
from pipelines.core.database import connect
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh


def test_partitions_written_before_a_field_was_added_still_load(settings, cluster,
                                                                 schema_folder):
    source = replace(cluster.member("kusel").sources["events"],
                     location=SAMPLES / "kusel" / "veranstaltungen.csv")
    assert ingest_source(settings, cluster, source).status == "ok"
    before = refresh(settings)["events"]

    schema_folder.edit("events.yaml", *NEW_EVENT_FIELD)
    assert refresh(settings)["events"] == before
    with connect(settings.warehouse_path, read_only=True) as connection:
        added = connection.execute(
            "SELECT count(*), count(registration_required) FROM events").fetchone()
        comment = connection.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'events_records' "
            "AND column_name = 'registration_required'").fetchone()[0]
    assert added == (before, 0)  # the old records say nothing about it
    assert comment.startswith("Anmeldung erforderlich: ")
