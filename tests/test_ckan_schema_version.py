"""The schema version a dataset follows is published with it: CKAN showed no version, so a
user could not tell which fields and meanings a download had after the schema changed. Each
dataset carries it as the extra „Schemaversion“, each resource's data dictionary names it,
and a changed version reaches CKAN on the next publish. The portal's dates in the activity
stream read German („7. Dezember 2026, 18:19 Uhr“), not „Dezember 7, 2026, 18:19 (MEZ)“."""
import json
import re
import urllib.request
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import ckanapi

from catalog.client import Catalog
from catalog.desired import desired_datasets
from catalog.publish import publish
from pipelines.core.settings import PROJECT_ROOT, Settings
from schemas import load_schema

SCHEMA_VERSION = "swdp_schema_version"  # the extra, as the API and DCAT output carry it
GERMAN_INSTANT = re.compile(r"\b\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|"
                            r"September|Oktober|November|Dezember) \d{4}, \d{2}:\d{2} Uhr")


def _settings(data_dir) -> Settings:
    return Settings(data_dir=data_dir, config_path=PROJECT_ROOT / "cluster.yaml")


def _page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.read().decode("utf-8")


def test_each_desired_dataset_and_dictionary_names_its_schema_version(kusel_events, cluster):
    version = load_schema("events").version
    [kusel] = desired_datasets(_settings(kusel_events.data_dir), cluster, ["kusel"], ["events"])
    assert kusel.package["extras"][SCHEMA_VERSION] == version
    dictionaries = {json.loads(r.fields["schema"])["version"] for r in kusel.resources}
    assert dictionaries == {version}


def test_ckan_shows_the_schema_version_and_takes_a_changed_one(ckan, demo_data, cluster,
                                                               first_publish):
    version = load_schema("events").version
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    package = remote.action.package_show(id="kusel-events")
    extras = {e["key"]: e["value"] for e in package["extras"]}
    assert extras[SCHEMA_VERSION] == version
    page = _page(f"{ckan.url}/dataset/kusel-events")
    assert re.search(rf"Schemaversion</th>\s*<td[^>]*>{re.escape(version)}</td>", page)
    csv = next(r for r in package["resources"] if r["format"] == "CSV")
    assert f"Schemaversion {version}" in _page(f"{ckan.url}/dataset/kusel-events/resource/{csv['id']}")

    # CKAN holds the dataset as published under an older schema: the next publish updates it.
    remote.action.package_patch(id=package["id"], extras=[
        {"key": k, "value": "0.9" if k == SCHEMA_VERSION else v} for k, v in extras.items()])
    for resource in package["resources"]:
        older = {**json.loads(resource["schema"]), "version": "0.9"}
        remote.action.resource_patch(id=resource["id"], schema=json.dumps(older))
    summary = publish(_settings(demo_data), cluster, Catalog(ckan.url, ckan.token),
                      members=["kusel"], datasets=["events"])
    assert summary.updated == ["kusel-events"] and not summary.failed
    again = remote.action.package_show(id="kusel-events")
    assert {e["key"]: e["value"] for e in again["extras"]}[SCHEMA_VERSION] == version
    assert {json.loads(r["schema"])["version"] for r in again["resources"]} == {version}


def test_the_activity_stream_dates_read_german_in_berlin_time(ckan, first_publish):
    remote = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    newest = remote.action.package_activity_list(id="kusel-events", limit=1)[0]
    page = _page(f"{ckan.url}/dataset/activity/kusel-events")
    berlin = datetime.fromisoformat(newest["timestamp"]).replace(
        tzinfo=timezone.utc).astimezone(ZoneInfo("Europe/Berlin"))
    assert GERMAN_INSTANT.search(page), page[page.find("class=\"date\""):][:300]
    assert f"{berlin.day}. " in page and f"{berlin:%Y, %H:%M} Uhr" in page
    assert not re.search(r"\((MEZ|MESZ|UTC)\)", page)
    assert not re.search(r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                         r"November|Dezember) \d{1,2}, \d{4}", page)
