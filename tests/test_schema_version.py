"""The schema version a data office reads: `version:` in schemas/<dataset>.yaml, required,
with the SHA-256 of the schema's files beside it. It decides whether a delivery is read again,
stands in every run journal (`swdp status`, `swdp status --json`, the warehouse's `runs`) and
in the metadata that goes with every export („Schemaversion 1.1“)."""
import json

import dagster as dg
import pyarrow.parquet as pq
import pytest

from pipelines.core.cluster import load_cluster
from pipelines.core.database import connect
from pipelines.core.settings import Settings
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.orchestration.ingestion import LAKE_ASSETS
from pipelines.orchestration.instance import dagster_instance
from pipelines.orchestration.resources import Platform
from pipelines.storage.warehouse import refresh
from schemas import SchemaError, load_schema
from support.cli import swdp_in_process
from support.http import upstream_server
from support.schema_change import schema_folder  # noqa: F401 (fixture)
from test_remote_ingest import EVENTS, _config

VERSION = 'version: "1.0"\n'
MEMBER = "linz-am-rhein"


@pytest.mark.parametrize("written, read", [
    ('version: "1.3"\n', "1.3"), ("version: 1.10\n", "1.10"), ("version: 2026-12-07\n", "2026-12-07"),
    ("version: 2\n", "2"), ("version: Dezember 2026\n", "Dezember 2026")])
def test_the_version_is_read_as_written(schema_folder, written, read):
    schema_folder.edit("events.yaml", VERSION, written)
    assert load_schema("events").version == read


@pytest.mark.parametrize("written, message", [
    ("", "schemas/events.yaml: es fehlt „version“ – die Schemaversion, die Läufe und Exporte nennen"),
    ("version: [1, 2]\n", "schemas/events.yaml: „version: [1, 2]“ ist keine Schemaversion"),
    ('version: ""\n', "schemas/events.yaml: „version: “ ist keine Schemaversion")])
def test_a_missing_or_unusable_version_is_named_in_german(schema_folder, written, message):
    schema_folder.edit("events.yaml", VERSION, written)
    with pytest.raises(SchemaError) as raised:
        load_schema("events")
    assert str(raised.value).startswith(message), str(raised.value)


def test_the_sum_covers_the_shared_fields_too(schema_folder):
    before = {key: load_schema(key).content_hash for key in ("events", "offers")}
    schema_folder.edit("common.yaml", "label: Kennung beim Mitglied", "label: Kennung des Mitglieds")
    after = {key: load_schema(key).content_hash for key in ("events", "offers")}
    assert all(before[key] != after[key] for key in before)
    assert load_schema("events").version == "1.0"


def _run(settings, cluster) -> dict:
    source = cluster.member(MEMBER).sources["events"]
    result = ingest_source(settings, cluster, source)
    refresh(settings)
    export_dataset(settings, cluster, "events")
    return json.loads(settings.run_journal_path("events", MEMBER, result.run_id).read_text(encoding="utf-8"))


def _status(settings) -> str:
    """`swdp status` of the member's events, its lines joined as one."""
    shown = swdp_in_process("status", "-d", "events", "-m", MEMBER, data_dir=settings.data_dir)
    return " ".join(shown.stdout.split())


def _exported(settings) -> dict:
    folder = settings.export_dir / "events"
    csvw = json.loads((folder / f"{MEMBER}.csv-metadata.json").read_text(encoding="utf-8"))
    geojson = json.loads((folder / f"{MEMBER}.geojson").read_text(encoding="utf-8"))
    parquet = pq.read_schema(folder / f"{MEMBER}.parquet").metadata
    readme = (folder / f"{MEMBER}-LIESMICH.txt").read_text(encoding="utf-8")
    return {"csvw": csvw["tableSchema"]["schema:version"], "geojson": geojson["schema_version"],
            "parquet": parquet[b"schema_version"].decode(),
            "readme": next(line for line in readme.splitlines() if "Schemaversion" in line)}


def test_the_version_stands_in_runs_status_and_exports(settings, cluster, schema_folder):
    first = _run(settings, cluster)
    schema = load_schema("events")
    assert (first["status"], first["schema_version"], first["schema_hash"]) == ("ok", "1.0", schema.content_hash)
    exported = _exported(settings)
    assert exported["readme"] == f"Spalten nach Schemaversion 1.0 (Prüfsumme der Schemadateien {schema.content_hash[:12]})"
    assert {exported[kind] for kind in ("csvw", "geojson", "parquet")} == {"1.0"}

    # a new version alone: the delivery is read again under it, the exports name it
    schema_folder.edit("events.yaml", VERSION, 'version: "1.1"\n')
    assert ("Schemaversion geändert Stadt und Verbandsgemeinde Linz am Rhein/Veranstaltungen: zuletzt mit "
            "Schemaversion 1.0 gelesen, aktuell 1.1 – der nächste Lauf liest die Lieferung neu") in _status(settings)
    again = _run(settings, cluster)
    assert (again["status"], again["schema_version"]) == ("ok", "1.1")
    assert {value for kind, value in _exported(settings).items() if kind != "readme"} == {"1.1"}
    assert _run(settings, cluster)["message"].startswith("Lieferung unverändert seit ")
    assert "Schemaversion 1.1)" in _run(settings, cluster)["message"]
    with connect(settings.warehouse_path, read_only=True) as db:
        versions = db.execute("SELECT DISTINCT schema_version FROM runs ORDER BY 1").fetchall()
    assert versions == [("1.0",), ("1.1",)]

    status = swdp_in_process("status", "--json", "-d", "events", "-m", MEMBER, data_dir=settings.data_dir)
    [entry] = json.loads(status.stdout)["partitions"]
    assert (entry["schema_version"], entry["schema_hash"]) == ("1.1", load_schema("events").content_hash)
    shown = _status(settings)
    assert "Schemaversion: Veranstaltungen 1.1" in shown and "Schemaversion geändert" not in shown
    assert "nicht neu gesetzt" not in shown

    # the schema changed, its version left as it was: `swdp status` asks for a new one
    schema_folder.edit("events.yaml", "Ob der Veranstaltungsort barrierefrei zugänglich ist.",
                       "Ob der Ort der Veranstaltung barrierefrei zugänglich ist.")
    shown = _status(settings)
    assert ("Schemaversion nicht neu gesetzt Stadt und Verbandsgemeinde Linz am Rhein/Veranstaltungen: "
            "schemas/events.yaml oder common.yaml wurde seit dem letzten Lauf geändert, nennt aber "
            "noch Schemaversion 1.1 – bitte „version:“ in schemas/events.yaml neu setzen") in shown, shown


def test_a_new_version_reads_a_source_on_a_server_again_though_it_is_unchanged(tmp_path, schema_folder):
    """The server answers „nicht geändert“ (ETag): the schema the delivery was read under is not."""
    settings = Settings(data_dir=tmp_path / "data")
    with upstream_server() as up:
        url = up.add("/kusel/veranstaltungen.csv", EVENTS.read_bytes(), etag='"v1"')
        cluster = load_cluster(_config(tmp_path, url))
        source = cluster.member("kusel").sources["events"]
        assert ingest_source(settings, cluster, source).schema_version == "1.0"
        assert ingest_source(settings, cluster, source).status == "unverändert"
        schema_folder.edit("events.yaml", VERSION, 'version: "1.1"\n')
        again = ingest_source(settings, cluster, source)
    assert (again.status, again.schema_version) == ("ok", "1.1")
    assert "If-None-Match" not in up.requests[-1][1]


def test_the_dagster_ui_shows_the_schema_version_of_an_ingestion(settings):
    [events] = [asset for asset in LAKE_ASSETS if asset.key.path == ["events_lake"]]
    run = dg.materialize([events], partition_key=MEMBER, instance=dagster_instance(settings),
                         resources={"platform": Platform(data_dir=str(settings.data_dir))})
    [materialized] = run.asset_materializations_for_node(events.op.name)
    assert materialized.metadata["schemaversion"].value == "1.0"
