"""The regional calendars on the portal: a citizen subscribes there to „Konzerte in der
Region“ (a calendar per event category, offered with the cluster's events) or to the events
around her district (a calendar per member, offered with its events). Against the session's
real CKAN with the demo published: the calendars are listed by name with what they hold and
how to subscribe, download under names of their own, parse with icalendar and hold the
regional calendar's events of their category or surroundings; a category left out of the
code list leaves the portal, and publishing again writes nothing."""
import hashlib
import shutil
import urllib.request

import ckanapi
import geopandas as gpd
import icalendar
import pyarrow.parquet as pq

from catalog.client import READ_ACTIONS, Catalog
from catalog.publish import publish
from pipelines.coordination.config import calendar_rules
from pipelines.core.cluster import CLUSTER_SCOPE
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.geocoding.gazetteer import member_area
import schemas
from schemas import load_schema

from support.schema_change import schema_folder  # noqa: F401 (fixture)

CLUSTER_EVENTS = f"{CLUSTER_SCOPE}-events"


def _settings(data_dir) -> Settings:
    return Settings(data_dir=data_dir, config_path=PROJECT_ROOT / "cluster.yaml")


def _resources(ckan, name: str) -> dict[str, dict]:
    package = ckanapi.RemoteCKAN(ckan.url).action.package_show(id=name)
    return {r["swdp_file"]: r for r in package["resources"]}


def _download(url: str) -> tuple[str, bytes]:
    """The name a browser saves the download as, and its content."""
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.headers.get_filename(), answer.read()


def _subscribed(resource: dict, saved_as: str) -> icalendar.Calendar:
    """The calendar as a calendar program reads it from the resource's address, after the
    checks every calendar of the portal passes."""
    name, content = _download(resource["url"])
    assert name == saved_as
    assert hashlib.sha256(content).hexdigest() == resource["hash"]
    assert (resource["format"], resource["mimetype"]) == ("ICS", "text/calendar")
    # what it holds and how to subscribe, in the description the portal shows
    assert "Zum Abonnieren die Adresse dieser Datei" in resource["description"]
    assert "webcal://" in resource["description"]
    return icalendar.Calendar.from_ical(content)


def _uids(calendar: icalendar.Calendar) -> set[str]:
    return {str(event["UID"]) for event in calendar.walk("VEVENT")}


def _regional_events(demo_data) -> gpd.GeoDataFrame:
    """The regional calendar (an event several members delivered once) as exported."""
    return gpd.read_parquet(demo_data / "export" / "events" / f"{CLUSTER_SCOPE}.parquet")


def test_the_cluster_s_events_offer_a_calendar_per_category(ckan, demo_data, cluster,
                                                           first_publish):
    codes = load_schema("events").field("category").code_list.codes
    resources = _resources(ckan, CLUSTER_EVENTS)
    files = list(resources)
    # beside the regional calendar itself, one per category in the code list's order
    at = files.index(f"{CLUSTER_SCOPE}.ics") + 1
    assert files[at:at + len(codes)] == [f"kategorie-{code.code}.ics" for code in codes]
    regional = _regional_events(demo_data)
    held = 0
    for code in codes:
        resource = resources[f"kategorie-{code.code}.ics"]
        assert resource["name"] == f"Kalender: {code.label} (iCalendar)"
        assert f"Kategorie „{code.label}“" in resource["description"]
        calendar = _subscribed(resource, f"{CLUSTER_SCOPE}-veranstaltungen-{code.code}.ics")
        assert str(calendar["X-WR-CALNAME"]) == f"Veranstaltungen – {cluster.name}: {code.label}"
        assert cluster.licences[cluster.licence]["title"] in str(calendar["X-WR-CALDESC"])
        expected = {f"{record}@{CLUSTER_SCOPE}" for record in
                    regional.loc[regional["category"] == code.code, "record_id"]}
        assert _uids(calendar) == expected, code.code
        assert {str(e["CATEGORIES"].cats[0]) for e in calendar.walk("VEVENT")} <= {code.label}
        held += len(expected)
    assert held == (regional["category"].notna()).sum() > 0
    concerts = _subscribed(resources["kategorie-konzert.ics"],
                           f"{CLUSTER_SCOPE}-veranstaltungen-konzert.ics")
    assert len(_uids(concerts)) > 0


def test_each_member_s_events_offer_the_calendar_of_its_surroundings(ckan, demo_data, cluster,
                                                                       first_publish):
    settings = _settings(demo_data)
    km = calendar_rules(cluster).around_km
    regional = _regional_events(demo_data).to_crs("EPSG:25832")
    located = regional[~(regional.geometry.is_empty | regional.geometry.isna())]
    neighbours_seen = 0
    for key, member in cluster.members.items():
        resources = _resources(ckan, f"{key}-events")
        files = list(resources)
        assert files[files.index(f"{key}.ics") + 1] == f"umkreis-{key}.ics"
        resource = resources[f"umkreis-{key}.ics"]
        around = f"Veranstaltungen bis {km:.0f} km um {member.name}"
        assert resource["name"] == f"Kalender: {around} (iCalendar)"
        assert "auch die der Nachbarn" in resource["description"]
        calendar = _subscribed(resource, f"{key}-veranstaltungen-umkreis.ics")
        assert str(calendar["X-WR-CALNAME"]) == around
        area = member_area(settings, cluster, member).municipalities.to_crs("EPSG:25832").union_all()
        near = located[located.geometry.distance(area) <= km * 1000]
        assert _uids(calendar) == {f"{record}@{CLUSTER_SCOPE}" for record in near["record_id"]}, key
        neighbours_seen += (~near["delivered_by"].str.contains(member.name, regex=False)).sum()
    # the surroundings reach across the members' borders
    assert neighbours_seen > 0


def test_the_read_mes_name_the_calendars_as_the_portal_offers_them(ckan, demo_data,
                                                                   first_publish):
    for scope, calendar in ((CLUSTER_SCOPE, "kategorie-markt.ics"), ("kusel", "umkreis-kusel.ics")):
        resources = _resources(ckan, f"{scope}-events")
        readme = _download(resources[f"{scope}-LIESMICH.txt"]["url"])[1].decode("utf-8")
        listed = {line.split()[0] for line in readme.split("Dateien dieses Datensatzes:")[1]
                  .splitlines() if line.startswith("  ")}
        offered = {_download(r["url"])[0] for key, r in resources.items()
                   if not key.endswith("LIESMICH.txt")}
        assert listed == offered, (listed ^ offered)
        assert _download(resources[calendar]["url"])[0] in listed


def test_a_category_left_out_of_the_code_list_leaves_the_portal(ckan, demo_data, cluster,
                                                                 first_publish, schema_folder):
    settings = _settings(demo_data)
    schema_folder.edit("events.yaml", "    - {code: sonstiges, label: Sonstiges}\n", "")
    # the export of the folder keeps the file; the catalogue no longer offers it
    assert (demo_data / "export" / "events" / "kategorie-sonstiges.ics").exists()
    publish(settings, cluster, Catalog(ckan.url, ckan.token))
    resources = _resources(ckan, CLUSTER_EVENTS)
    assert "kategorie-sonstiges.ics" not in resources
    assert "kategorie-konzert.ics" in resources and "suedwest-cluster.ics" in resources

    # the category back in the code list: its calendar is offered again, and a second
    # publication with nothing changed writes nothing
    shutil.copy(PROJECT_ROOT / "schemas" / "events.yaml", schema_folder.folder)
    schemas.load_schema.cache_clear()
    publish(settings, cluster, Catalog(ckan.url, ckan.token))
    assert "kategorie-sonstiges.ics" in _resources(ckan, CLUSTER_EVENTS)
    calls = []
    summary = publish(settings, cluster, Catalog(ckan.url, ckan.token, on_call=lambda action, data:
                                                 calls.append(action)))
    assert [action for action in calls if action not in READ_ACTIONS] == []
    assert (summary.created, summary.updated, summary.deleted) == ([], [], [])
