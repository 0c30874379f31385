"""Publishing the demo's exports to the session's real CKAN (fixture `ckan`): organisations,
datasets, resources and their hashes, pages, idempotence, an interrupted publish, withdrawal
and the DCAT-AP.de validation of the catalogue."""
import hashlib
import json
import shutil
import socket
import urllib.parse
import urllib.request

from dataclasses import replace

import ckanapi
import pyarrow.parquet as pq
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
from pipelines.export.files import export_dataset
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh
from schemas import DATASET_KEYS, load_schema

from support.cli import SAMPLES, publish_cli, swdp, swdp_in_process
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
            assert hashlib.sha256(content).hexdigest() == resource["hash"], resource["swdp_file"]
            if resource["format"] == "CSVW":  # the copy in CKAN leads to the CSV's address there
                exported = json.loads(local.read_text(encoding="utf-8"))
                assert json.loads(content) == {**exported, "url": json.loads(content)["url"]}
            else:
                assert resource["hash"] == sha256(local), (package["name"], resource["swdp_file"])


def test_each_dataset_offers_a_geopackage_of_its_own_layer(ckan, demo_data, first_publish,
                                                          tmp_path):
    """Each dataset offers a GeoPackage with its layer alone (export/<dataset>/<scope>.gpkg),
    not the scope's file with every dataset: as GeoPackage (EU file type GPKG, IANA media
    type), and what it downloads is a GeoPackage 1.3 with the dataset's layer and rows."""
    packages = _own_packages(ckan)
    for name, package in packages.items():
        [resource] = [r for r in package["resources"] if r["swdp_file"].endswith(".gpkg")]
        extras = {e["key"]: e["value"] for e in package["extras"]}
        scope, dataset = extras["swdp_scope"], extras["swdp_dataset"]
        assert resource["swdp_file"] == f"{scope}.gpkg", name
        assert (resource["format"], resource["mimetype"]) == ("GPKG",
                                                              "application/geopackage+sqlite3")
        assert resource["name"] == f"{package['title']} (GeoPackage)"
        assert f"die Ebene „{dataset}“" in resource["description"]
        downloaded = tmp_path / f"{name}.gpkg"
        downloaded.write_bytes(_get(resource["url"])[1])
        assert stated_version(downloaded) == 10300, name
        assert [layer for layer, _ in pyogrio.list_layers(downloaded)] == [dataset], name
        rows = pyogrio.read_info(downloaded, layer=dataset)["features"]
        exported = pq.ParquetFile(demo_data / "export" / dataset / f"{scope}.parquet")
        assert rows == exported.metadata.num_rows > 0, name


def test_a_rerun_with_new_events_of_one_member_uploads_only_their_geopackages(
        ckan, demo_data, cluster, first_publish, tmp_path):
    """Kusel delivers changed events; the rerun exports them and publishes: only Kusel's and
    the cluster's events change in CKAN, each of their files is uploaded once (their
    GeoPackages with the events layer alone), and of the members whose surroundings hold the
    changed event the calendar of their surroundings alone; every other dataset and resource
    stays as it was (CKAN sets a resource's last_modified when a file is uploaded to it)."""
    settings = _settings(tmp_path / "data")
    shutil.copytree(demo_data, settings.data_dir, ignore=shutil.ignore_patterns("dagster"))
    delivered = tmp_path / "veranstaltungen.csv"
    delivered.write_text((SAMPLES / "kusel" / "veranstaltungen.csv").read_text(
        encoding="utf-8-sig").replace("Jahreskonzert des Musikvereins",
                                      "Adventskonzert des Musikvereins", 1), encoding="utf-8-sig")
    source = replace(cluster.member("kusel").sources["events"], location=delivered)
    assert ingest_source(settings, cluster, source).status == "ok"
    refresh(settings)
    surroundings = {key: settings.export_dir / "events" / f"umkreis-{key}.ics"
                    for key in cluster.members if key != "kusel"}
    calendars = {key: sha256(path) for key, path in surroundings.items()}
    assert export_dataset(settings, cluster, "events")
    # Kusel's neighbours within reach: the calendar of their surroundings changed
    around = {f"{key}-events": f"umkreis-{key}.ics" for key, path in surroundings.items()
              if sha256(path) != calendars[key]}
    assert around and len(around) < len(surroundings)
    before = _resources(ckan)
    calls = []
    catalog = Catalog(ckan.url, ckan.token, on_call=lambda action, data: calls.append(
        (action, data.get("id"))))

    summary = publish(settings, cluster, catalog)

    changed = sorted(["kusel-events", "suedwest-cluster-events", *around])
    assert sorted(summary.updated) == changed
    assert not summary.failed and len(summary.unchanged) == DATASETS - len(changed)
    after = _resources(ckan)
    assert set(after) == set(before)
    uploaded = {key for key in after if after[key]["last_modified"] != before[key]["last_modified"]}
    assert {package for package, _ in uploaded} == set(changed)
    assert {key for key in uploaded if key[0] in around} == set(around.items())
    geopackages = {key for key in uploaded if key[1].endswith(".gpkg")}
    assert geopackages == {("kusel-events", "kusel.gpkg"),
                           ("suedwest-cluster-events", "suedwest-cluster.gpkg")}
    for key in uploaded:  # once each, and nothing else was written to a resource
        assert calls.count(("resource_patch", after[key]["id"])) == 1, key
    assert {action for action, _ in calls if action not in READ_ACTIONS} <= {"resource_patch",
                                                                             "package_patch"}
    kusel = tmp_path / "kusel-events.gpkg"
    kusel.write_bytes(_get(after[("kusel-events", "kusel.gpkg")]["url"])[1])
    titles = pyogrio.read_dataframe(kusel, layer="events", read_geometry=False)["title"]
    assert titles.str.contains("Adventskonzert des Musikvereins").any()
    # back to the demo's state for the tests after this one
    restored = publish(_settings(demo_data), cluster, Catalog(ckan.url, ckan.token))
    assert sorted(restored.updated) == changed


def _resources(ckan) -> dict[tuple[str, str], dict]:
    """Every resource of the platform's datasets by dataset and file."""
    return {(name, resource["swdp_file"]): resource for name, package in _own_packages(ckan).items()
            for resource in package["resources"]}


def test_dataset_pages_and_search_page_answer(ckan, first_publish):
    for name in _own_packages(ckan):
        assert _get(f"{ckan.url}/dataset/{name}")[0] == 200, name
    status, page = _get(f"{ckan.url}/dataset/?q=Veranstaltungen")
    assert status == 200 and b"kusel-events" in page


def test_a_member_s_name_finds_the_cluster_datasets_holding_its_data(ckan, cluster, first_publish):
    """Who searches „Kaiserslautern“ found the city's four datasets, not the cluster's, whose
    description did not name the members whose records they hold."""
    for member in cluster.members.values():
        query = urllib.parse.urlencode({"q": member.name, "rows": 100})
        with urllib.request.urlopen(f"{ckan.url}/api/3/action/package_search?{query}") as answer:
            found = {result["name"] for result in json.load(answer)["result"]["results"]}
        assert {name for name in found if name.startswith("suedwest-cluster-")} == {
            "suedwest-cluster-offers", "suedwest-cluster-vacancies", "suedwest-cluster-events",
            "suedwest-cluster-building-plans"}, member.name


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


def test_publish_names_each_dataset_by_its_title_beside_its_ckan_name(ckan, demo_data,
                                                                     first_publish):
    """A data officer knows „Leerstand – Landkreis Sankt Wendel“; CKAN's name for it
    (sankt-wendel-vacancies, its address) stays beside it, to find the entry in CKAN."""
    shown = publish_cli(ckan, demo_data, "--municipality", "sankt-wendel")
    assert shown.returncode == 0, shown.stderr[-2000:]
    rows = [line for line in shown.stdout.splitlines() if "sankt-wendel-" in line]
    assert len(rows) == 4
    [vacancies] = [row for row in rows if "sankt-wendel-vacancies" in row]
    assert "Leerstand – Landkreis Sankt Wendel" in vacancies and "unverändert" in vacancies
    assert "Name in CKAN" in shown.stdout


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
                                  env={"CKAN_API_TOKEN": ckan.token,
                                       "SWDP_CKAN_RETRY_PAUSE": "0"})
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
    assert summary.titles["kusel-events"] == "Veranstaltungen – Landkreis Kusel"
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    withdrawn = remote.action.package_show(id="kusel-events")
    extras = {e["key"]: e["value"] for e in withdrawn["extras"]}
    assert withdrawn["state"] == "deleted"
    # The reason shows on the dataset's page: in the words of its readers, not in keys.
    assert extras[WITHDRAWN].endswith(": für „Veranstaltungen“ ist bei Landkreis Kusel keine "
                                      "Quelle mehr eingetragen")
    # Back in the configuration, the dataset is published again.
    restored = publish(_settings(demo_data), load_cluster(PROJECT_ROOT / "cluster.yaml"),
                       Catalog(ckan.url, ckan.token))
    assert restored.updated == ["kusel-events"] and not restored.failed
    again = remote.action.package_show(id="kusel-events")
    assert again["state"] == "active" and WITHDRAWN not in {e["key"] for e in again["extras"]}


def test_a_member_removed_from_the_configuration_is_named_in_the_withdrawal(
        ckan, demo_data, first_publish, tmp_path):
    """A member taken out of cluster.yaml took its name with its entry; the withdrawal on its
    datasets' pages named it by its key („kusel“). Its CKAN organisation still has the name
    people know it by."""
    raw = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    raw["members"] = [m for m in raw["members"] if m["key"] != "kusel"]
    reduced = tmp_path / "cluster.yaml"
    reduced.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    summary = publish(_settings(demo_data), load_cluster(reduced), Catalog(ckan.url, ckan.token),
                      datasets=["events"])
    assert summary.deleted == ["kusel-events"] and not summary.failed
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    extras = {e["key"]: e["value"] for e in remote.action.package_show(id="kusel-events")["extras"]}
    assert extras[WITHDRAWN].endswith(": Mitglied „Landkreis Kusel“ ist nicht mehr in cluster.yaml "
                                      "eingetragen")
    # Back in the configuration, the member's dataset is published again.
    restored = publish(_settings(demo_data), load_cluster(PROJECT_ROOT / "cluster.yaml"),
                       Catalog(ckan.url, ckan.token), datasets=["events"])
    assert "kusel-events" in restored.updated and not restored.failed
    assert remote.action.package_show(id="kusel-events")["state"] == "active"


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
        # the CSVW's copy in CKAN names the CSV's address there (test_portal_file_names)
        assert [(r["swdp_file"], r["format"] == "CSVW" or r["hash"]) for r in package["resources"]] == \
            [(r.key, r.fields["format"] == "CSVW" or r.fields["hash"])
             for r in wanted[name].resources], name
