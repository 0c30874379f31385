"""Publishing the demo's exports to the session's real CKAN (fixture `ckan`): organisations,
datasets, resources and their hashes, pages, idempotence, an interrupted publish, withdrawal
and the DCAT-AP.de validation of the catalogue."""
import hashlib
import json
import shutil
import socket
import urllib.request

import ckanapi
import pyogrio
import pytest
import yaml

from catalog import ckan_server
from catalog.client import Catalog, CatalogError, READ_ACTIONS
from catalog.dcat_validation import catalog_violations
from catalog.desired import MARKER, WITHDRAWN, desired_datasets, sha256
from catalog.publish import publish
from pipelines.core.cluster import load_cluster
from pipelines.core.settings import PROJECT_ROOT, Settings
from schemas import DATASET_KEYS, load_schema

from support.cli import publish_cli, swdp, swdp_in_process
from support.geopackages import stated_version

ORGANISATIONS = 7
DATASETS = 28


def _settings(data_dir) -> Settings:
    return Settings(data_dir=data_dir, config_path=PROJECT_ROOT / "cluster.yaml")


def _own_packages(ckan) -> dict[str, dict]:
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    return {p["name"]: p for name in remote.action.package_list()
            if (p := remote.action.package_show(id=name))
            and any(e["key"] == MARKER for e in p.get("extras", []))}


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.status, answer.read()


def test_first_publish_creates_organisations_datasets_and_resources(ckan, demo_data, cluster,
                                                                    first_publish):
    assert (first_publish["created"], first_publish["failed"]) == (DATASETS, 0)
    remote = ckanapi.RemoteCKAN(ckan.url)
    expected_orgs = {cluster.ckan_organization, *(m.ckan_organization for m in cluster.members.values())}
    assert len(expected_orgs) == ORGANISATIONS
    assert expected_orgs <= set(remote.action.organization_list())
    packages = _own_packages(ckan)
    wanted = {d.name: d for d in desired_datasets(_settings(demo_data), cluster)}
    assert set(packages) == set(wanted) and len(packages) == DATASETS
    for name, package in packages.items():
        files = [r["swdp_file"] for r in package["resources"]]
        assert files == [r.key for r in wanted[name].resources], name
        suffixes = {f.rsplit(".", 1)[1] for f in files}
        data = {"csv", "xlsx", "geojson", "gpkg", "parquet", "ics"} if name.endswith("-events") \
            else {"csv", "xlsx", "geojson", "gpkg", "parquet"}
        # The CSVW sidecar (.csv-metadata.json) and LIESMICH.txt go out beside the data.
        assert suffixes == data | {"json", "txt"}, name
        extras = {e["key"]: e["value"] for e in package["extras"]}
        assert extras["contact_email"].startswith("opendata@")
        assert extras["political_geocoding_uri"].startswith('["http://dcat-ap.de/def/politicalGeocoding/')
        assert extras["temporal_start"] <= extras["temporal_end"]
        assert package["license_id"] == cluster.licence
        # The data dictionary is the exported columns: never a personal field.
        columns = {f["name"] for r in package["resources"] for f in json.loads(r["schema"])["fields"]}
        personal = {f.name for key in DATASET_KEYS for f in load_schema(key).personal_fields}
        assert "record_id" in columns and not columns & personal


def test_each_resource_downloads_with_the_hash_of_the_local_export(ckan, demo_data, cluster,
                                                                   first_publish):
    wanted = {d.name: d for d in desired_datasets(_settings(demo_data), cluster)}
    for name, package in _own_packages(ckan).items():
        for resource in package["resources"]:
            local = next(r.path for r in wanted[name].resources if r.key == resource["swdp_file"])
            status, content = _get(resource["url"])
            assert status == 200
            assert hashlib.sha256(content).hexdigest() == resource["hash"] == sha256(local), \
                (package["name"], resource["swdp_file"])


def test_each_dataset_offers_its_member_s_geopackage_naming_its_layer(ckan, demo_data,
                                                                     first_publish, tmp_path):
    """The GeoPackage (one file per member and for the cluster, one layer per dataset) is a
    resource of each dataset it holds a layer of: the same file everywhere, as GeoPackage
    (EU file type GPKG, IANA media type), named with the layer that holds the dataset."""
    packages = _own_packages(ckan)
    kusel = {}
    for name, package in packages.items():
        [resource] = [r for r in package["resources"] if r["swdp_file"].endswith(".gpkg")]
        extras = {e["key"]: e["value"] for e in package["extras"]}
        assert resource["swdp_file"] == f"{extras['swdp_scope']}.gpkg", name
        assert (resource["format"], resource["mimetype"]) == ("GPKG",
                                                              "application/geopackage+sqlite3")
        layer = f"Ebene „{extras['swdp_dataset']}“"
        assert resource["name"] == f"{package['title']} (GeoPackage aller Datensatzarten, {layer})"
        assert f"diese Daten sind die {layer}" in resource["description"]
        if extras["swdp_scope"] == "kusel":
            kusel[extras["swdp_dataset"]] = resource
    assert len(kusel) > 2 and len({r["hash"] for r in kusel.values()}) == 1
    downloaded = tmp_path / "kusel.gpkg"
    downloaded.write_bytes(_get(kusel["events"]["url"])[1])
    assert stated_version(downloaded) == 10300
    assert set(kusel) <= {name for name, _ in pyogrio.list_layers(downloaded)}
    assert "Landkreis Kusel" in kusel["events"]["description"]



def test_a_geopackage_is_offered_only_with_its_layer_beside_the_dataset_s_files(demo_data,
                                                                               cluster,
                                                                               tmp_path):
    """A dataset offers its member's GeoPackage only where it holds the dataset's layer,
    and the GeoPackage alone (the dataset's own files gone) is no export of the dataset."""
    settings = _settings(tmp_path / "data")
    shutil.copytree(demo_data / "export", settings.export_dir)
    kusel = settings.export_dir / "geopackage" / "kusel.gpkg"
    _, plans = pyogrio.read_arrow(kusel, layer="building_plans")
    kusel.unlink()  # a GeoPackage of Kusel without the events layer
    pyogrio.write_arrow(plans, kusel, layer="building_plans", driver="GPKG",
                        geometry_name="geom", geometry_type="MultiPolygon", crs="EPSG:4326")
    for gone in (settings.export_dir / "events").glob("sankt-wendel.*"):
        gone.unlink()
    wanted = {d.name: [r.key for r in d.resources] for d in desired_datasets(
        settings, cluster, ["kusel", "sankt-wendel"], ["events", "building_plans"])}
    assert "kusel.gpkg" in wanted["kusel-building-plans"]
    assert "kusel.gpkg" not in wanted["kusel-events"] and "kusel.csv" in wanted["kusel-events"]
    assert "sankt-wendel-events" not in wanted
    assert "sankt-wendel.gpkg" in wanted["sankt-wendel-building-plans"]

def test_dataset_pages_and_search_page_answer(ckan, first_publish):
    for name in _own_packages(ckan):
        assert _get(f"{ckan.url}/dataset/{name}")[0] == 200, name
    status, page = _get(f"{ckan.url}/dataset/?q=Veranstaltungen")
    assert status == 200 and b"kusel-events" in page


def test_second_publish_writes_nothing(ckan, demo_data, cluster, first_publish):
    before = {name: p["metadata_modified"] for name, p in _own_packages(ckan).items()}
    calls = []
    catalog = Catalog(ckan.url, ckan.token, on_call=lambda action, data: calls.append(action))
    summary = publish(_settings(demo_data), cluster, catalog)
    writes = [action for action in calls if action not in READ_ACTIONS]
    assert writes == []
    assert (summary.created, summary.updated, summary.deleted, summary.failed) == ([], [], [], {})
    assert len(summary.unchanged) == DATASETS
    assert {name: p["metadata_modified"] for name, p in _own_packages(ckan).items()} == before
    # The command reports the same.
    again = publish_cli(ckan, demo_data, "--json")
    assert again.returncode == 0, again.stderr[-2000:]
    report = json.loads(again.stdout)
    assert (report["created"], report["updated"], report["failed"], report["unchanged"]) == (0, 0, 0, DATASETS)


def _publish_runs(data_dir) -> tuple:
    """The data folder's Dagster instance and its runs of `swdp publish`, newest first."""
    import dagster as dg

    from pipelines.orchestration.runner import PUBLISH_JOB

    instance = dg.DagsterInstance.from_config(str(data_dir / "dagster"))
    return instance, instance.get_runs(dg.RunsFilter(job_name=PUBLISH_JOB))


def test_publish_shows_in_dagster_as_a_named_job_with_its_summary(demo_data, first_publish):
    import dagster as dg

    instance, runs = _publish_runs(demo_data)
    first = runs[-1]  # the session's first publish
    assert first.status == dg.DagsterRunStatus.SUCCESS
    [output] = instance.all_logs(first.run_id, of_type=dg.DagsterEventType.STEP_OUTPUT)
    metadata = output.dagster_event.step_output_data.metadata
    assert output.dagster_event.step_key == "ckan_veroeffentlichen"
    # what the command reported
    assert [metadata[key].value for key in ("neu", "aktualisiert", "unverändert", "fehlgeschlagen")] \
        == [first_publish[key] for key in ("created", "updated", "unchanged", "failed")]
    assert metadata["neu"].value > 0


def test_dagster_asset_publishes_through_the_same_function(ckan, demo_data, first_publish,
                                                           monkeypatch, tmp_path):
    import dagster as dg

    from pipelines.orchestration.publication import PUBLICATION_ASSETS
    from pipelines.orchestration.resources import Platform

    platform = Platform(data_dir=str(demo_data))
    monkeypatch.setenv("CKAN_URL", ckan.url)
    monkeypatch.setenv("CKAN_API_TOKEN", ckan.token)
    run = dg.materialize(PUBLICATION_ASSETS, selection=["events_catalog"],
                         resources={"platform": platform}, instance=dg.DagsterInstance.ephemeral())
    metadata = run.asset_materializations_for_node("events_catalog")[0].metadata
    assert (metadata["unverändert"].value, metadata["neu"].value, metadata["fehlgeschlagen"].value) == (7, 0, 0)
    monkeypatch.delenv("CKAN_URL")
    skipped = dg.materialize(PUBLICATION_ASSETS, selection=["events_catalog"],
                             resources={"platform": platform}, instance=dg.DagsterInstance.ephemeral())
    # Skipped, not materialised: the UI must not show a green publication.
    assert skipped.success and skipped.asset_materializations_for_node("events_catalog") == []
    # A dataset without exports (nobody delivered it yet) is skipped too, not a failed run.
    monkeypatch.setenv("CKAN_URL", ckan.url)
    undelivered = dg.materialize(PUBLICATION_ASSETS, selection=["events_catalog"],
                                 resources={"platform": Platform(data_dir=str(tmp_path))},
                                 instance=dg.DagsterInstance.ephemeral())
    assert undelivered.success and undelivered.asset_materializations_for_node("events_catalog") == []


def test_token_missing_or_invalid_and_ckan_unreachable_give_german_errors(ckan, demo_data):
    import dagster as dg

    missing = publish_cli(ckan, demo_data, token="")
    assert missing.returncode == 2 and "CKAN_API_TOKEN" in missing.stderr
    assert "Traceback" not in missing.stderr
    invalid = publish_cli(ckan, demo_data, "-m", "kusel", "-d", "events", token="kein-gültiges-token")
    assert invalid.returncode == 2 and "Token" in invalid.stderr and "Traceback" not in invalid.stderr
    unreachable = swdp_in_process("publish", "--ckan-url", _unused_url(), data_dir=demo_data,
                                  env={"CKAN_API_TOKEN": ckan.token})
    assert unreachable.returncode == 2 and "nicht erreichbar" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr
    # The failed publication is a red run in the Dagster UI with the same German reason.
    instance, runs = _publish_runs(demo_data)
    failed = runs[0]
    assert failed.status == dg.DagsterRunStatus.FAILURE
    [failure] = instance.all_logs(failed.run_id, of_type=dg.DagsterEventType.STEP_FAILURE)
    assert "nicht erreichbar" in failure.dagster_event.step_failure_data.user_failure_data.description
    assert ckan.token not in missing.stdout + invalid.stdout + invalid.stderr + unreachable.stderr


def test_no_exports_publish_nothing_instead_of_withdrawing_everything(ckan, tmp_path, first_publish):
    empty = publish_cli(ckan, tmp_path / "leer")
    assert empty.returncode == 2 and "Keine Exportdateien" in empty.stderr
    assert all(p["state"] == "active" for p in _own_packages(ckan).values())


def _unused_url() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_withdrawn_sources_are_marked_deleted_with_a_reason(ckan, demo_data, first_publish,
                                                            tmp_path):
    raw = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    kusel = next(m for m in raw["members"] if m["key"] == "kusel")
    del kusel["sources"]["events"]
    reduced = tmp_path / "cluster.yaml"
    reduced.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    smaller = load_cluster(reduced)
    summary = publish(_settings(demo_data), smaller, Catalog(ckan.url, ckan.token))
    assert summary.deleted == ["kusel-events"] and not summary.failed
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    withdrawn = remote.action.package_show(id="kusel-events")
    extras = {e["key"]: e["value"] for e in withdrawn["extras"]}
    assert withdrawn["state"] == "deleted"
    assert "keine Quelle mehr" in extras[WITHDRAWN]
    # Back in the configuration, the dataset is published again.
    restored = publish(_settings(demo_data), load_cluster(PROJECT_ROOT / "cluster.yaml"),
                       Catalog(ckan.url, ckan.token))
    assert restored.updated == ["kusel-events"] and not restored.failed
    again = remote.action.package_show(id="kusel-events")
    assert again["state"] == "active" and WITHDRAWN not in {e["key"] for e in again["extras"]}


def test_dcat_catalogue_validates_without_violations(ckan, cluster, first_publish):
    violations = catalog_violations(ckan.url)
    assert violations == [], "\n".join(map(str, violations[:20]))
    turtle = _get(f"{ckan.url}/catalog.ttl")[1].decode()
    assert cluster.title in turtle  # the catalogue's publisher
    kusel = _get(f"{ckan.url}/dataset/kusel-events.ttl")[1].decode()
    for expected in ("politicalGeocoding/districtKey/07336", "dcatde:licenseAttributionByText",
                     "<http://dcat-ap.de/def/licenses/dl-by-de/2.0>", "file-type/ICS",
                     "file-type/GPKG", "media-types/application/geopackage+sqlite3",
                     "access-right/PUBLIC", "opendata@landkreis-kusel.de"):
        assert expected in kusel, expected


def test_interrupted_publish_is_completed_without_duplicates(ckan, demo_data, cluster,
                                                             first_publish):
    """CKAN is stopped after some writes of a publish; after a restart the next publish
    completes it, and every dataset has exactly its resources once."""
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    for name in _own_packages(ckan):
        remote.action.dataset_purge(id=name)
    writes = []

    def stop_after_some_writes(action, data):
        if action not in READ_ACTIONS:
            writes.append(action)
            if len(writes) == 12:  # in the middle of the third dataset's uploads
                ckan_server.stop(ckan.home)

    catalog = Catalog(ckan.url, ckan.token, retries=2, backoff=0.2, on_call=stop_after_some_writes)
    with pytest.raises(CatalogError, match="nicht erreichbar"):
        publish(_settings(demo_data), cluster, catalog)
    assert not ckan_server.describe(ckan.home)["running"]
    restarted = swdp("ckan", "up", "--home", str(ckan.home), data_dir=demo_data)
    assert restarted.returncode == 0, restarted.stderr[-2000:]
    begun = _own_packages(ckan)
    assert 0 < len(begun) < DATASETS
    result = publish_cli(ckan, demo_data, "--json")
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["failed"] == 0 and report["created"] == DATASETS - len(begun)
    assert report["updated"] >= 1  # the dataset whose uploads were cut off
    packages = _own_packages(ckan)
    assert len(packages) == DATASETS
    wanted = {d.name: d for d in desired_datasets(_settings(demo_data), cluster)}
    for name, package in packages.items():
        assert [(r["swdp_file"], r["hash"]) for r in package["resources"]] == \
            [(r.key, r.fields["hash"]) for r in wanted[name].resources], name
