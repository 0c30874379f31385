"""A member who changes the title or description of a dataset in CKAN by hand keeps the
change: the next publication (and the upkeep of the upload datasets) overwrote it silently.
Against the session's real CKAN with the demo published; each test puts the texts back."""
import json
import logging

import ckanapi
import dagster as dg

from catalog.client import Catalog
from catalog.hand_edits import WRITTEN_EXTRA
from catalog.uploads import ensure_delivery_datasets

from support.cli import publish_cli
from support.uploads import member_editor

OWN_TITLE = "Veranstaltungskalender des Landkreises Kusel"
OWN_NOTES = "Gepflegt von der Kreisverwaltung Kusel, Referat Tourismus."
KEPT = "Titel und Beschreibung in CKAN von Hand geändert – beibehalten, nicht überschrieben"


def test_a_members_title_and_description_survive_the_next_publication(ckan, demo_data,
                                                                      cluster, first_publish):
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    platform = admin.action.package_show(id="kusel-events")
    clerk = member_editor(admin, cluster, "kusel")
    clerk.action.package_patch(id="kusel-events", title=OWN_TITLE, notes=OWN_NOTES)
    try:
        report = publish_cli(ckan, demo_data, "-m", "kusel", "-d", "events", "--json")
        assert report.returncode == 0, report.stderr[-3000:]
        summary = json.loads(report.stdout)
        assert summary["kept"] == {"kusel-events": KEPT}
        assert summary["titles"]["kusel-events"] == OWN_TITLE  # as the catalogue shows it
        after = admin.action.package_show(id="kusel-events")
        assert (after["title"], after["notes"]) == (OWN_TITLE, OWN_NOTES)
        # The platform's other fields stay the platform's, and saying so writes nothing.
        assert after["tags"] == platform["tags"] and after["resources"] == platform["resources"]
        assert summary["datasets"]["unchanged"] == ["kusel-events"]
        assert after["metadata_modified"] == admin.action.package_show(
            id="kusel-events")["metadata_modified"]
        # The report a person reads says it in German beside the dataset's title.
        table = publish_cli(ckan, demo_data, "-m", "kusel", "-d", "events")
        assert table.returncode == 0, table.stderr[-3000:]
        assert f"{OWN_TITLE} (kusel-events): {KEPT}" in table.stdout.splitlines()
    finally:
        # The member takes the platform's words back: from then on they are the platform's.
        clerk.action.package_patch(id="kusel-events", title=platform["title"],
                                   notes=platform["notes"])
    back = publish_cli(ckan, demo_data, "-m", "kusel", "-d", "events", "--json")
    assert json.loads(back.stdout)["kept"] == {}


def test_a_dataset_the_platform_wrote_before_it_remembered_its_words_gets_the_new_ones(
        ckan, demo_data, first_publish):
    """Written by an earlier version (no WRITTEN_EXTRA): its texts count as the platform's."""
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    platform = admin.action.package_show(id="kusel-events")
    admin.action.package_patch(id="kusel-events", title="Veranstaltungen Kusel", extras=[
        e for e in platform["extras"] if e["key"] != WRITTEN_EXTRA])
    report = publish_cli(ckan, demo_data, "-m", "kusel", "-d", "events", "--json")
    summary = json.loads(report.stdout)
    assert summary["kept"] == {} and summary["datasets"]["updated"] == ["kusel-events"]
    after = admin.action.package_show(id="kusel-events")
    assert after["title"] == platform["title"]
    assert {e["key"]: e["value"] for e in after["extras"]} == {
        e["key"]: e["value"] for e in platform["extras"]}


def test_a_members_words_on_its_upload_dataset_stay_and_the_upload_sensor_says_so(
        ckan, cluster, settings, monkeypatch):
    """The sensor ckan_uploads kept the member's words on `<member>-lieferungen` and said
    nothing: the data officer saw „Keine neuen Uploads“ and never learnt why the platform's
    description of the upload dataset did not change."""
    from pipelines.orchestration.resources import Platform
    from pipelines.orchestration.sensors import ckan_uploads

    monkeypatch.setenv("CKAN_URL", ckan.url)
    monkeypatch.setenv("CKAN_API_TOKEN", ckan.token)
    catalog = Catalog(ckan.url, ckan.token)
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, "kusel")
    ensure_delivery_datasets(catalog, cluster)
    platform = admin.action.package_show(id="kusel-lieferungen")
    clerk.action.package_patch(id="kusel-lieferungen", notes="Bitte nur freitags hochladen.")
    said = "kusel-lieferungen: Beschreibung in CKAN von Hand geändert – beibehalten, nicht überschrieben"
    try:
        assert ensure_delivery_datasets(catalog, cluster).notes() == [said]
        after = admin.action.package_show(id="kusel-lieferungen")
        assert (after["title"], after["notes"]) == (platform["title"],
                                                    "Bitte nur freitags hochladen.")
        context = dg.build_sensor_context(resources={"platform": Platform(
            data_dir=str(settings.data_dir))})
        logged = []
        handler = logging.Handler()
        handler.emit = lambda record: logged.append(record.getMessage())
        context.log.addHandler(handler)
        ticked = ckan_uploads(context)
        assert said in logged
        if isinstance(ticked, dg.SkipReason):  # no upload waiting: the tick's reason says it
            assert ticked.skip_message == f"Keine neuen Uploads; {said}"
    finally:
        clerk.action.package_patch(id="kusel-lieferungen", notes=platform["notes"])
    assert ensure_delivery_datasets(catalog, cluster).kept == {}
    assert admin.action.package_show(id="kusel-lieferungen")["notes"] == platform["notes"]
