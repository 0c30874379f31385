"""A clerk who keeps CKAN's default name for an upload (the file's name, „Leerstand März.csv“)
is told on the resource, once, that the file was not read and how to name it; renamed to the
dataset's key it is read. A file named just as its dataset is called („Leerstände.csv“) is
read as that dataset, and a link is answered that links are not fetched. A real CKAN; each
test deletes what it created."""
import shutil
from dataclasses import replace

import ckanapi
import dagster as dg
import pytest

from catalog.client import Catalog
from catalog.uploads import (CHECKED_FIELD, answer_unread_uploads, called,
                             ensure_delivery_datasets, ingest_upload, named_dataset,
                             pending_uploads, unread_note)
from pipelines.orchestration.ingestion import UPLOAD_TAG, lake_key
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.sensors import ckan_uploads
from schemas import DATASET_KEYS, load_schema
from support.cli import SAMPLES
from support.uploads import member_editor


@pytest.fixture
def kusel_clerk(ckan, cluster, monkeypatch):
    """The session's CKAN as the platform's (for the sensor), its sysadmin, a clerk of Kusel
    and the platform's client; the upload datasets exist."""
    monkeypatch.setenv("CKAN_URL", ckan.url)
    monkeypatch.setenv("CKAN_API_TOKEN", ckan.token)
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, "kusel")
    catalog = Catalog(ckan.url, ckan.token)
    ensure_delivery_datasets(catalog, cluster)
    return admin, clerk, catalog


def _uploaded_vacancies(clerk, path):
    """Kusel's sample vacancies as `path`, uploaded by the clerk under the file's name, as
    CKAN names a resource when the clerk does not; the file and the resource."""
    delivered = shutil.copy(SAMPLES / "kusel" / "leerstand.csv", path)
    with open(delivered, "rb") as content:
        return delivered, clerk.action.resource_create(package_id="kusel-lieferungen",
                                                       name=path.name, upload=content)


def _tick(settings):
    """One evaluation of the upload sensor, as the daemon runs it."""
    return ckan_uploads(dg.build_sensor_context(resources={"platform": Platform(
        data_dir=str(settings.data_dir))}))


def test_a_file_under_its_own_name_is_answered_once_and_read_once_renamed(
        kusel_clerk, ckan, cluster, settings, tmp_path):
    admin, clerk, catalog = kusel_clerk
    delivered, uploaded = _uploaded_vacancies(clerk, tmp_path / "Leerstand März.csv")
    try:
        _tick(settings)
        answered = admin.action.resource_show(id=uploaded["id"])
        note = answered["description"]
        assert note.startswith("Nicht eingelesen: ")
        assert "vacancies für Leerstand" in note and "events für Veranstaltungen" in note
        assert "nennen Sie die Ressource bitte „vacancies“" in note
        # neither the clerk's name for it nor anything of the file: CKAN keeps it for good
        first_row = delivered.read_text(encoding="utf-8-sig").splitlines()[1]
        assert "März" not in note
        assert [v for v in first_row.split(";") if len(v) > 3 and v in note] == []
        assert uploaded["id"] not in {u.resource_id for u in pending_uploads(catalog, cluster)}

        # The next ticks leave it be: the note is written once, not every 30 seconds.
        _tick(settings)
        calls = []
        counting = Catalog(ckan.url, ckan.token, on_call=lambda action, data: calls.append(data))
        assert not [a for a in answer_unread_uploads(counting, cluster) if uploaded["id"] in a]
        assert uploaded["id"] not in {data.get("id") for data in calls if "description" in data}
        assert admin.action.resource_show(id=uploaded["id"]) == answered

        # Renamed as the note asks (the file stays the same version), it is read.
        clerk.action.resource_patch(id=uploaded["id"], name="vacancies")
        [upload] = [u for u in pending_uploads(catalog, cluster) if u.resource_id == uploaded["id"]]
        assert (upload.dataset, upload.version) == ("vacancies", answered["last_modified"])
        assert uploaded["id"] not in " ".join(answer_unread_uploads(catalog, cluster))
        settings = replace(settings, ckan_url=ckan.url, ckan_token=ckan.token)
        result = ingest_upload(settings, cluster, catalog, upload, "lauf-umbenannt")
        assert result.status == "ok" and result.read > 0
        read = admin.action.resource_show(id=uploaded["id"])
        assert read["description"].startswith("Geprüft: ") and read[CHECKED_FIELD] == upload.version

        # Renamed away from the key again, it is told anew that it is no longer read.
        clerk.action.resource_patch(id=uploaded["id"], name="Leerstand alt")
        assert [a for a in answer_unread_uploads(catalog, cluster) if uploaded["id"] in a]
        assert admin.action.resource_show(id=uploaded["id"])["description"] == note
    finally:
        admin.action.resource_delete(id=uploaded["id"])


def test_a_name_suggests_the_one_dataset_it_names_by_label_or_key_in_any_spelling():
    assert named_dataset("Leerstand März.xlsx") == "vacancies"
    # the German plural and the schema's keywords only this dataset has name it too
    assert named_dataset("Leerstände 2019 alt.xlsx") == "vacancies"
    assert named_dataset("Bebauungspläne Stand Mai.gpkg") == "building_plans"
    assert named_dataset("Leerstandsliste.xlsx") == "vacancies"
    # a keyword of two datasets names neither, and a keyword is a word, not part of one
    assert named_dataset("Kultur.xlsx") is None and named_dataset("Manifest.csv") is None
    assert named_dataset("VERANSTALTUNGEN.csv") == "events"
    assert named_dataset("Bauliche-Entwicklungen 2026.gpkg") == "building_plans"
    assert named_dataset("building-plans.geojson") == "building_plans"
    # several or none: the note lists the keys and suggests none
    assert named_dataset("Veranstaltungen und Angebote.xlsx") is None
    assert named_dataset("Daten Kusel.xlsx") is None
    assert "nennen Sie die Ressource bitte" not in unread_note("Daten Kusel.xlsx")
    assert "offers für Angebote" in unread_note("Daten Kusel.xlsx")


def test_a_name_that_is_just_the_datasets_german_name_is_read_as_that_dataset():
    """„Leerstände.csv“ (CKAN's name for the file) got only a note asking for „vacancies“;
    a name saying more than the dataset („Leerstand März“) still does."""
    assert [called(name) for name in ("Leerstände.csv", "Veranstaltungen.xlsx", "Angebote",
                                      "bauliche Entwicklungen", "vacancies",
                                      "LEERSTAND.CSV")] == [
        "vacancies", "events", "offers", "building_plans", "vacancies", "vacancies"]
    assert [called(name) for name in ("Leerstand März.xlsx", "Leerstände 2019 alt.xlsx",
                                      "Veranstaltungen und Angebote", "Kultur.csv")] == [None] * 4
    # A keyword names a part as often as the whole: read as the member's whole delivery, club
    # offers alone would withdraw every other offer – it is suggested, not read
    assert [called(name) for name in ("Vereine.csv", "Tourismus.xlsx", "Flächennutzung.gml",
                                      "Bebauungspläne")] == [None] * 4
    assert [named_dataset(name) for name in ("Vereine.csv", "Flächennutzung.gml")] == [
        "offers", "building_plans"]
    # the German names are the schemas' own
    assert {called(load_schema(key).title) for key in DATASET_KEYS} == set(DATASET_KEYS)


def test_an_upload_named_by_the_datasets_german_name_is_read_and_says_so(
        kusel_clerk, ckan, cluster, settings, tmp_path):
    admin, clerk, catalog = kusel_clerk
    _, uploaded = _uploaded_vacancies(clerk, tmp_path / "Leerstände.csv")
    try:
        requests = _tick(settings)
        [request] = [r for r in requests if uploaded["id"] in r.tags[UPLOAD_TAG]]
        assert request.asset_selection == [lake_key("vacancies")]
        assert request.partition_key == "kusel"
        assert not admin.action.resource_show(id=uploaded["id"]).get("description")
        [upload] = [u for u in pending_uploads(catalog, cluster) if u.resource_id == uploaded["id"]]
        assert (upload.dataset, upload.by_name) == ("vacancies", True)
        settings = replace(settings, ckan_url=ckan.url, ckan_token=ckan.token)
        result = ingest_upload(settings, cluster, catalog, upload, "lauf-bezeichnung")
        assert result.status == "ok" and result.read > 0
        note = admin.action.resource_show(id=uploaded["id"])["description"]
        assert note.startswith("Geprüft: ")
        assert ("Eingelesen als Lieferung der Datensatzart „Leerstand“ (Schlüssel vacancies), "
                "die der Name dieser Ressource nennt.") in note
        assert "Leerstände" not in note  # the clerk's name for it is not quoted
        assert uploaded["id"] not in {u.resource_id for u in pending_uploads(catalog, cluster)}
    finally:
        admin.action.resource_delete(id=uploaded["id"])


def test_a_link_is_answered_once_that_links_are_not_fetched(kusel_clerk, ckan, cluster,
                                                            settings):
    """A link in an upload dataset got no answer at all: the clerk waited for a result."""
    admin, clerk, catalog = kusel_clerk
    address = "https://daten.kusel.example/leerstand.csv"
    linked = clerk.action.resource_create(package_id="kusel-lieferungen", name="vacancies",
                                          url=address)
    try:
        _tick(settings)
        note = admin.action.resource_show(id=linked["id"])["description"]
        assert note.startswith("Nicht eingelesen: Links ruft die Plattform nicht ab")
        assert "Bitte laden Sie die Datei hier hoch" in note and "vacancies für Leerstand" in note
        assert f"schreiben Sie bitte an {cluster.data_office}" in note
        assert address not in note
        assert linked["id"] not in {u.resource_id for u in pending_uploads(catalog, cluster)}
        # once: the next ticks write nothing
        calls = []
        counting = Catalog(ckan.url, ckan.token, on_call=lambda action, data: calls.append(data))
        assert not [a for a in answer_unread_uploads(counting, cluster) if linked["id"] in a]
        assert linked["id"] not in {data.get("id") for data in calls if "description" in data}

        # The address the cluster's data office configured as the member's source: the
        # platform fetches it already, by its schedule.
        kusel = cluster.member("kusel")
        fetched = replace(kusel, sources={**kusel.sources, "vacancies": replace(
            kusel.sources["vacancies"], location="https://nutzer:geheim@daten.kusel.example/leerstand.csv")})
        configured = replace(cluster, members={**cluster.members, "kusel": fetched})
        again = clerk.action.resource_create(package_id="kusel-lieferungen", name="Leerstand",
                                             url=address)
        assert [a for a in answer_unread_uploads(catalog, configured) if again["id"] in a]
        told = admin.action.resource_show(id=again["id"])["description"]
        assert told.startswith("Nicht abgerufen: Diese Adresse ruft die Plattform bereits als "
                               "Quelle der Datensatzart „Leerstand“ Ihrer Organisation")
        assert kusel.data_office in told and "geheim" not in told
        # A link the clerk described keeps the clerk's words: information for colleagues
        described = clerk.action.resource_create(
            package_id="kusel-lieferungen", name="Hinweise", url=address,
            description="Ansprechpartnerin im Bauamt: Frau Groß")
        assert not [a for a in answer_unread_uploads(catalog, cluster) if described["id"] in a]
        assert (admin.action.resource_show(id=described["id"])["description"]
                == "Ansprechpartnerin im Bauamt: Frau Groß")
    finally:
        for resource in admin.action.package_show(id="kusel-lieferungen")["resources"]:
            if resource["url"] == address:
                admin.action.resource_delete(id=resource["id"])
