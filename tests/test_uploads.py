"""Deliveries through the shared CKAN (a real local CKAN): an editor of a member's
organisation uploads a file into `<member>-lieferungen`; the platform notices it, ingests it
with its own token and writes the German result onto the resource. An editor of one member
cannot upload into another member's dataset."""
import shutil

import ckanapi
import dagster as dg
import pytest

from catalog.client import Catalog
from catalog.uploads import CHECKED_FIELD, ensure_delivery_datasets, ingest_upload, pending_uploads
from support.cli import SAMPLES
from support.uploads import member_editor


@pytest.fixture
def upload_catalog(ckan, cluster, settings, monkeypatch):
    monkeypatch.setenv("CKAN_URL", ckan.url)
    monkeypatch.setenv("CKAN_API_TOKEN", ckan.token)
    catalog = Catalog(ckan.url, ckan.token)
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    editors = {member: member_editor(admin, cluster, member) for member in ("kusel", "sankt-wendel")}
    ensure_delivery_datasets(catalog, cluster)  # created here, or by an earlier test already
    deliveries = admin.action.package_show(id="kusel-lieferungen")
    assert deliveries["private"]
    assert admin.action.package_show(id="sankt-wendel-lieferungen")["private"]
    # The clerk names the resource by the dataset's key, and learns here which key is which.
    assert "building_plans für Bauliche Entwicklungen" in deliveries["notes"]
    return catalog, editors


def test_an_editor_uploads_the_platform_ingests_and_answers_on_the_resource(
        upload_catalog, ckan, cluster, settings, tmp_path):
    from dataclasses import replace

    from pipelines.orchestration.ingestion import UPLOAD_TAG
    from pipelines.orchestration.resources import Platform
    from pipelines.orchestration.sensors import ckan_uploads

    catalog, editors = upload_catalog
    delivered = shutil.copy(SAMPLES / "kusel" / "leerstand.csv", tmp_path / "leerstand.csv")
    with open(delivered, "rb") as content:
        editors["kusel"].action.resource_create(package_id="kusel-lieferungen", name="vacancies",
                                                upload=content)
    # The other member's clerk is refused by CKAN itself.
    with pytest.raises(ckanapi.NotAuthorized), open(delivered, "rb") as content:
        editors["sankt-wendel"].action.resource_create(package_id="kusel-lieferungen",
                                                       name="vacancies", upload=content)

    [upload] = [u for u in pending_uploads(catalog, cluster) if u.member == "kusel"]
    assert (upload.dataset, upload.file_name) == ("vacancies", "leerstand.csv")
    requests = ckan_uploads(dg.build_sensor_context(resources={"platform": Platform(
        data_dir=str(settings.data_dir))}))
    [request] = [r for r in requests if r.partition_key == "kusel"]
    assert upload.resource_id in request.tags[UPLOAD_TAG]
    assert request.tags["swdp/mitglied"] == "Landkreis Kusel"  # the Runs list names the member

    settings = replace(settings, ckan_url=ckan.url, ckan_token=ckan.token)
    result = ingest_upload(settings, cluster, catalog, upload, "lauf-ckan")
    assert result.status == "ok" and result.read > 0 and result.source == "leerstand.csv"
    resource = catalog.call("resource_show", id=upload.resource_id)
    assert resource["description"].startswith("Geprüft: ")
    assert "geliefert:" in resource["description"] and resource[CHECKED_FIELD] == upload.version
    assert [u for u in pending_uploads(catalog, cluster) if u.member == "kusel"] == []
    assert list((settings.raw_dir / "kusel" / "vacancies").iterdir())


def test_an_update_of_the_platform_rewords_existing_upload_datasets_and_keeps_the_uploads(
        ckan, cluster, tmp_path):
    """The upload dataset got its description only when created: after an update of the
    platform the clerks of existing members went on reading the old one (bare keys, not which
    key is which dataset). It is brought up to date; what the member uploaded stays."""
    catalog = Catalog(ckan.url, ckan.token)
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, "mayen-koblenz")
    ensure_delivery_datasets(catalog, cluster)
    delivered = shutil.copy(SAMPLES / "kusel" / "leerstand.csv", tmp_path / "leerstand.csv")
    with open(delivered, "rb") as content:
        uploaded = clerk.action.resource_create(package_id="mayen-koblenz-lieferungen",
                                                name="vacancies", upload=content)
    # As an earlier version of the platform left it (which remembered nothing of its words).
    admin.action.package_patch(id="mayen-koblenz-lieferungen",
                               title="Lieferungen des Mitglieds mayen-koblenz",
                               notes="Je Datensatzart eine Ressource mit deren Schlüssel als Namen "
                                     "(events, offers, vacancies, building_plans).", extras=[])
    before = admin.action.package_show(id="mayen-koblenz-lieferungen")
    [waiting] = [u for u in pending_uploads(catalog, cluster) if u.member == "mayen-koblenz"]

    assert "mayen-koblenz-lieferungen" not in ensure_delivery_datasets(catalog, cluster).created
    after = admin.action.package_show(id="mayen-koblenz-lieferungen")
    assert after["title"] == "Lieferungen des Mitglieds Landkreis Mayen-Koblenz an die Datenplattform"
    assert "building_plans für Bauliche Entwicklungen" in after["notes"]
    assert after["private"] and after["resources"] == before["resources"]
    [resource] = after["resources"]
    assert (resource["id"], resource["url"]) == (uploaded["id"], uploaded["url"])
    # Still waiting to be checked as the same version: the rewording is no new delivery.
    assert [u for u in pending_uploads(catalog, cluster) if u.member == "mayen-koblenz"] == [waiting]
    # Up to date, a second call writes nothing.
    calls = []
    ensure_delivery_datasets(Catalog(ckan.url, ckan.token,
                                     on_call=lambda action, data: calls.append(action)), cluster)
    assert "package_patch" not in calls and after["metadata_modified"] == admin.action.package_show(
        id="mayen-koblenz-lieferungen")["metadata_modified"]


def test_an_uploaded_file_keeps_its_name_decoded_and_never_a_path():
    from catalog.uploads import Upload

    upload = lambda url: Upload("kusel", "vacancies", "r1", url, "v1")
    base = "http://127.0.0.1:5000/dataset/x/resource/r1/download/"
    # CKAN's URL encodes what the clerk's file name had; the archive keeps the name she gave
    assert upload(base + "Leerstand%20M%C3%A4rz.csv").file_name == "Leerstand März.csv"
    # an encoded slash does not lead out of the folder the upload is fetched into
    assert upload(base + "..%2F..%2Fcluster.yaml").file_name == "cluster.yaml"
    assert upload(base).file_name == "vacancies.dat"
