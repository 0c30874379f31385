"""A field the data officer newly marks as personal (`personal: true`) leaves every published
file at the next run, and the run still writes them all."""
import zipfile

from support.schema_change import schema_folder  # noqa: F401 (fixture)
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh
from schemas import DATASET_KEYS

MEMBER = "linz-am-rhein"  # its events are the smaller part of its GeoPackage
ORGANISER = "Volkshochschule Linz am Rhein"  # organiser of 12 events Linz delivers, nothing else
PERSONAL_ORGANISER = ("""    contact_check: true
  - use: url""", """    contact_check: true
    personal: true
  - use: url""")


def _holding(export_dir, text: str) -> list[str]:
    """The published files whose bytes hold `text` (workbooks unpacked): a value dropped
    from a table but left in the file's free space is published too."""
    found = []
    for path in sorted(export_dir.rglob("*.*")):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                data = b"".join(book.read(name) for name in book.namelist())
        else:
            data = path.read_bytes()
        if text.encode() in data:
            found.append(str(path.relative_to(export_dir)))
    return found


def _run(settings, cluster, read_again: set[str]):
    for source in cluster.member(MEMBER).sources.values():
        status = ingest_source(settings, cluster, source).status
        assert status == ("ok" if source.dataset in read_again else "unverändert")
    refresh(settings)
    return [path for key in DATASET_KEYS for path in export_dataset(settings, cluster, key)]


def test_a_field_newly_marked_personal_leaves_every_export(settings, cluster, schema_folder):
    _run(settings, cluster, set(DATASET_KEYS))
    assert f"geopackage/{MEMBER}.gpkg" in _holding(settings.export_dir, ORGANISER)

    schema_folder.edit("events.yaml", *PERSONAL_ORGANISER)
    written = _run(settings, cluster, {"events"})  # only the events' schema changed
    assert {path.name for path in written} >= {f"{MEMBER}.{kind}" for kind in (
        "csv", "ics", "gpkg", "xlsx", "geojson", "parquet")} | {"suedwest-cluster.ics"}
    assert _holding(settings.export_dir, ORGANISER) == []
    header = (settings.export_dir / "events" / f"{MEMBER}.csv").read_text(encoding="utf-8-sig")
    assert "Veranstalter" not in header.splitlines()[0]


def test_a_venue_newly_personal_leaves_the_calendars_it_merged(settings, cluster,
                                                                schema_folder):
    """The regional calendar merges events of the same venue: marked personal, the venue is
    no rule of it any more, and no calendar names it."""
    venue = "Sporthalle am Schulzentrum"  # where three of Linz's events take place
    _run(settings, cluster, set(DATASET_KEYS))
    assert f"events/{MEMBER}.ics" in _holding(settings.export_dir, venue)

    schema_folder.edit("events.yaml", """    max_length: 200
    contact_check: true
  - use: street""", """    max_length: 200
    contact_check: true
    personal: true
  - use: street""")
    written = _run(settings, cluster, {"events"})
    assert {"suedwest-cluster.ics", f"{MEMBER}.ics", f"umkreis-{MEMBER}.ics"} <= {
        path.name for path in written}
    assert _holding(settings.export_dir, venue) == []
