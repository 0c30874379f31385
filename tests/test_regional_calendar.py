"""The regional calendar: the same event delivered by two members appears once, naming both;
two different events at the same time and place stay two; merges are recorded and can be
undone by configuration; every calendar is valid iCalendar (RFC 5545)."""
import csv
import json
from dataclasses import replace

import geopandas as gpd
import icalendar
import pytest
import shapely
import vobject

from pipelines.core.database import connect
from pipelines.export.files import export_dataset
from pipelines.geocoding.coordinates import METRIC_CRS
from pipelines.geocoding.gazetteer import member_area
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh


def _border_point(settings, cluster) -> shapely.Point:
    """A point on the Kusel–Sankt Wendel border (VG5000), inside both areas' tolerance."""
    area = lambda key: member_area(settings, cluster, cluster.member(key)).municipalities.union_all()
    border = area("kusel").boundary.intersection(area("sankt-wendel").boundary)
    return shapely.line_merge(border).interpolate(0.5, normalized=True)


def _event(point: shapely.Point, east_m: float, source_id: str, title: str, start: str,
           category: str) -> dict:
    [where] = gpd.GeoSeries([shapely.Point(point.x + east_m, point.y)], crs=METRIC_CRS).to_crs("EPSG:4326")
    return {"type": "Feature", "geometry": shapely.geometry.mapping(where), "properties": {
        "id": source_id, "titel": title, "kategorie": category, "beginn": start,
        "ende": start.replace("T14:", "T18:").replace("T19:", "T21:"), "veranstaltungsort": "Dorfplatz",
        "ort": "Grenzdorf", "veranstalter": "Kulturverein Grenzdorf e. V."}}


def _deliver(settings, cluster, tmp_path, member: str, features: list[dict]) -> None:
    path = tmp_path / f"{member}.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    # Both members deliver GeoJSON here, with Sankt Wendel's column names.
    source = replace(cluster.member("sankt-wendel").sources["events"], member=member, location=path)
    result = ingest_source(settings, cluster, source)
    assert result.status == "ok" and result.rejected == 0, (result.message, result.notes)


def _calendar(path) -> list[icalendar.Event]:
    """The events of a calendar file, after checking it strictly against RFC 5545."""
    text = path.read_text(encoding="utf-8")
    strict = vobject.readOne(text, validate=True)
    strict.validate(raiseException=True)
    parsed = icalendar.Calendar.from_ical(text)
    assert parsed.subcomponents, "RFC 5545: a calendar holds at least one component"
    return list(parsed.walk("VEVENT"))


@pytest.mark.slow  # two deliveries and two exports of every calendar: 20–60 s on the 2-core machine
def test_the_same_event_from_two_members_is_one_event_naming_both(settings, cluster, tmp_path):
    point = _border_point(settings, cluster)
    _deliver(settings, cluster, tmp_path, "kusel", [
        _event(point, 0, "KUS-1", "Adventsmarkt am Grenzstein", "2026-12-12T14:00:00+01:00", "Markt"),
        _event(point, 30, "KUS-2", "Orgelkonzert in der Grenzkirche", "2026-12-12T19:00:00+01:00", "Konzert")])
    _deliver(settings, cluster, tmp_path, "sankt-wendel", [
        _event(point, 60, "WND-1", "Adventsmarkt am Grenzstein 2026", "2026-12-12T14:10:00+01:00", "Markt"),
        _event(point, 30, "WND-2", "Kinderflohmarkt", "2026-12-12T19:00:00+01:00", "Markt")])
    refresh(settings)
    export_dataset(settings, cluster, "events")
    folder = settings.export_dir / "events"

    events = _calendar(folder / "suedwest-cluster.ics")
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Adventsmarkt am Grenzstein", "Kinderflohmarkt", "Orgelkonzert in der Grenzkirche"]
    [market] = [e for e in events if str(e["SUMMARY"]).startswith("Adventsmarkt")]
    assert "Gemeldet von: Landkreis Kusel; Landkreis Sankt Wendel" in str(market["DESCRIPTION"])
    with open(folder / "suedwest-cluster.csv", encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert len(rows) == 3
    assert {r["Titel"]: r["Gemeldet von"] for r in rows}["Adventsmarkt am Grenzstein"] == \
        "Landkreis Kusel; Landkreis Sankt Wendel"
    features = json.loads((folder / "suedwest-cluster.geojson").read_text())["features"]
    assert sorted(f["properties"]["members"] for f in features) == ["kusel", "kusel, sankt-wendel", "sankt-wendel"]
    # Each member's own files keep its own records.
    assert len(_calendar(folder / "kusel.ics")) == 2 and len(_calendar(folder / "sankt-wendel.ics")) == 2

    with open(folder / "suedwest-cluster-zusammenfuehrungen.csv", encoding="utf-8-sig") as file:
        [merge] = list(csv.DictReader(file, delimiter=";"))
    assert {merge["Mitglied A"], merge["Mitglied B"]} == {"kusel", "sankt-wendel"}
    assert "Beginn 10 Minuten auseinander" in merge["Regel"] and "60 m entfernt" in merge["Regel"]

    assert sorted(str(e["SUMMARY"]) for e in _calendar(folder / "kategorie-markt.ics")) == \
        ["Adventsmarkt am Grenzstein", "Kinderflohmarkt"]
    assert len(_calendar(folder / "umkreis-kusel.ics")) == 3
    assert _calendar(folder / "umkreis-bitburg-pruem.ics") == []

    # A wrong merge is undone by configuration: the pair under never_merge stays two events.
    with connect(settings.warehouse_path, read_only=True) as db:
        pair = [row[0] for row in db.execute(
            "SELECT record_id FROM events WHERE title LIKE 'Adventsmarkt%' ORDER BY 1").fetchall()]
    apart = replace(cluster, coordination={"calendar": {"never_merge": [pair]}})
    export_dataset(settings, apart, "events")
    assert len(_calendar(folder / "suedwest-cluster.ics")) == 4
