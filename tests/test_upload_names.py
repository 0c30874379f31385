"""A clerk who keeps CKAN's default name for an upload (the file's name, „Leerstand März.csv“)
is told on the resource, once, that the file was not read and how to name it; renamed to the
dataset's key it is read. A real CKAN; the test deletes what it uploaded."""
import shutil
from dataclasses import replace

import ckanapi
import dagster as dg

from catalog.client import Catalog
from catalog.uploads import (CHECKED_FIELD, answer_unread_uploads, ensure_delivery_datasets,
                             ingest_upload, named_dataset, pending_uploads, unread_note)
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.sensors import ckan_uploads
from support.cli import SAMPLES
from support.uploads import member_editor


def _tick(settings):
    """One evaluation of the upload sensor, as the daemon runs it."""
    return ckan_uploads(dg.build_sensor_context(resources={"platform": Platform(
        data_dir=str(settings.data_dir))}))


def test_a_file_under_its_own_name_is_answered_once_and_read_once_renamed(
        ckan, cluster, settings, tmp_path, monkeypatch):
    monkeypatch.setenv("CKAN_URL", ckan.url)
    monkeypatch.setenv("CKAN_API_TOKEN", ckan.token)
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, "kusel")
    catalog = Catalog(ckan.url, ckan.token)
    ensure_delivery_datasets(catalog, cluster)
    delivered = shutil.copy(SAMPLES / "kusel" / "leerstand.csv", tmp_path / "Leerstand März.csv")
    with open(delivered, "rb") as content:
        uploaded = clerk.action.resource_create(package_id="kusel-lieferungen",
                                                name="Leerstand März.csv", upload=content)
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
        clerk.action.resource_patch(id=uploaded["id"], name="Leerstand")
        assert [a for a in answer_unread_uploads(catalog, cluster) if uploaded["id"] in a]
        assert admin.action.resource_show(id=uploaded["id"])["description"] == note
    finally:
        admin.action.resource_delete(id=uploaded["id"])


def test_a_name_suggests_the_one_dataset_it_names_by_label_or_key_in_any_spelling():
    assert named_dataset("Leerstand März.xlsx") == "vacancies"
    assert named_dataset("VERANSTALTUNGEN.csv") == "events"
    assert named_dataset("Bauliche-Entwicklungen 2026.gpkg") == "building_plans"
    assert named_dataset("building-plans.geojson") == "building_plans"
    # several or none: the note lists the keys and suggests none
    assert named_dataset("Veranstaltungen und Angebote.xlsx") is None
    assert named_dataset("Daten Kusel.xlsx") is None
    assert "nennen Sie die Ressource bitte" not in unread_note("Daten Kusel.xlsx")
    assert "offers für Angebote" in unread_note("Daten Kusel.xlsx")
