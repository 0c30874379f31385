"""A member whose publication is held (its latest delivery failed an error check) keeps its
last released files – but not against a schema change: a field added to the schema is empty
in them, a field newly marked personal leaves them."""
import shutil
from dataclasses import replace

from support.cli import SAMPLES
from support.schema_change import NEW_EVENT_FIELD, schema_folder  # noqa: F401 (fixture)
from test_schema_change_personal import PERSONAL_ORGANISER
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.quality.history import held_partitions
from pipelines.storage.warehouse import refresh

ORGANISER = "Musikverein Theisbergstegen"  # organiser of the first event Kusel delivers


def _held_kusel(settings, cluster, tmp_path):
    """Kusel's events released, then a delivery of a handful of them: held (row_count_drop)."""
    delivery = tmp_path / "veranstaltungen.csv"
    shutil.copy(SAMPLES / "kusel" / "veranstaltungen.csv", delivery)
    source = replace(cluster.member("kusel").sources["events"], location=delivery)
    assert ingest_source(settings, cluster, source).status == "ok"
    refresh(settings)
    export_dataset(settings, cluster, "events")
    lines = delivery.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    delivery.write_text("".join(lines[:6]), encoding="utf-8-sig")
    assert ingest_source(settings, cluster, source).held
    refresh(settings)
    assert ("events", "kusel") in held_partitions(settings)
    return source


def test_a_field_added_while_a_member_is_held_is_exported(settings, cluster, schema_folder,
                                                          tmp_path):
    source = _held_kusel(settings, cluster, tmp_path)
    schema_folder.edit("events.yaml", *NEW_EVENT_FIELD)
    assert ingest_source(settings, cluster, source).held
    refresh(settings)
    export_dataset(settings, cluster, "events")
    cluster_file = settings.export_dir / "events" / "suedwest-cluster.csv"
    header = cluster_file.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Anmeldung erforderlich" in header
    assert ORGANISER in cluster_file.read_text(encoding="utf-8-sig")  # Kusel's released events


def test_a_field_newly_personal_leaves_the_files_of_a_held_member(settings, cluster,
                                                                  schema_folder, tmp_path):
    source = _held_kusel(settings, cluster, tmp_path)
    folder = settings.export_dir / "events"
    assert ORGANISER in (folder / "kusel.csv").read_text(encoding="utf-8-sig")
    schema_folder.edit("events.yaml", *PERSONAL_ORGANISER)
    assert ingest_source(settings, cluster, source).held
    refresh(settings)
    export_dataset(settings, cluster, "events")
    for name in ("kusel.csv", "kusel.geojson", "kusel.ics", "suedwest-cluster.csv"):
        assert ORGANISER not in (folder / name).read_text(encoding="utf-8-sig"), name
    released = (folder / "kusel.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(released) == 1 + 201  # still the released events, not the held delivery's five
