"""The exports follow a schema change that leaves the records as they are: a field's German
label is every export's column header, its description the CSV's column note."""
import json

from support.schema_change import schema_folder  # noqa: F401 (fixture)
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh

RELABELLED = ("""    label: Barrierefrei
    description: Ob der Veranstaltungsort barrierefrei zugänglich ist.""", """    label: Barrierefreier Zugang
    description: Ob der Veranstaltungsort stufenlos und mit Rollstuhl zugänglich ist.""")


def test_a_new_label_rewrites_the_exports_that_show_it(settings, cluster, schema_folder):
    source = cluster.member("kusel").sources["events"]
    assert ingest_source(settings, cluster, source).status == "ok"
    refresh(settings)
    assert export_dataset(settings, cluster, "events")
    folder = settings.export_dir / "events"

    schema_folder.edit("events.yaml", *RELABELLED)
    assert ingest_source(settings, cluster, source).status == "ok"  # the schema changed
    refresh(settings)
    written = {path.name for path in export_dataset(settings, cluster, "events")}
    assert {"kusel.csv", "kusel.xlsx", "kusel.gpkg", "suedwest-cluster.csv"} <= written
    header = (folder / "kusel.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert "Barrierefreier Zugang" in header and "Barrierefrei" not in header
    columns = json.loads((folder / "kusel.csv-metadata.json").read_text(encoding="utf-8"))
    assert "stufenlos und mit Rollstuhl" in json.dumps(columns, ensure_ascii=False)
