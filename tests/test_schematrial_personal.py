"""A field the data officer newly marks as personal (`personal: true`) leaves every published
file at the next run, and the run still writes them all."""
import sqlite3
from dataclasses import replace

import pyarrow.parquet as pq

from support.cli import SAMPLES
from support.schema_change import schema_folder  # noqa: F401 (fixture)
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh

ORGANISER = "Musikverein Theisbergstegen"  # organiser of the first event Kusel delivers
PERSONAL_ORGANISER = ("""    contact_check: true
  - use: url""", """    contact_check: true
    personal: true
  - use: url""")


def _published_texts(folder):
    """Every text a published events file holds (GeoPackages by their cells)."""
    for path in sorted(folder.iterdir()):
        if path.suffix == ".gpkg":
            with sqlite3.connect(path) as connection:
                rows = connection.execute("SELECT * FROM events").fetchall()
            yield path, repr(rows)
        elif path.suffix == ".parquet":
            yield path, repr(pq.read_table(path).to_pylist())
        elif path.suffix != ".xlsx":
            yield path, path.read_text(encoding="utf-8", errors="replace")


def test_a_field_newly_marked_personal_leaves_every_export(settings, cluster, schema_folder):
    source = replace(cluster.member("kusel").sources["events"],
                     location=SAMPLES / "kusel" / "veranstaltungen.csv")
    assert ingest_source(settings, cluster, source).status == "ok"
    refresh(settings)
    export_dataset(settings, cluster, "events")
    folder = settings.export_dir / "events"
    assert any(ORGANISER in text for _, text in _published_texts(folder))

    schema_folder.edit("events.yaml", *PERSONAL_ORGANISER)
    assert ingest_source(settings, cluster, source).status == "ok"  # the schema changed
    refresh(settings)
    written = export_dataset(settings, cluster, "events")
    assert {path.name for path in written} >= {"kusel.csv", "kusel.ics", "kusel.gpkg",
                                               "suedwest-cluster.ics", "kusel.xlsx"}
    assert [path.name for path, text in _published_texts(folder) if ORGANISER in text] == []
    assert "Veranstalter" not in (folder / "kusel.csv").read_text(encoding="utf-8-sig"
                                                                  ).splitlines()[0]
