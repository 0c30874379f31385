"""Neighbour notifications for building plans: the Kusel–Sankt Wendel scenario with plans
placed from the real VG5000 boundaries, mails through a real SMTP server on 127.0.0.1."""
import json
import re
from dataclasses import replace
from datetime import datetime, timezone

import geopandas as gpd
import pytest
import shapely
from lxml import etree

from pipelines.coordination.config import feed_base_url, receivers
from pipelines.coordination.notify import coordinate, current_plans
from pipelines.core.cluster import ConfigError
from pipelines.core.database import connect
from pipelines.core.geometry import geojson_rounded
from pipelines.core.german import german_number
from pipelines.geocoding.coordinates import METRIC_CRS
from pipelines.geocoding.gazetteer import member_area
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.notifications import write_notification
from pipelines.storage.warehouse import refresh
from support.smtp import smtp_server

ATOM = "{http://www.w3.org/2005/Atom}"


def _square(settings, cluster, centre: shapely.Point, name: str, plan_id: str, stage: str) -> dict:
    """A 100 m × 100 m Geltungsbereich around `centre` (EPSG:25832) as a Kusel GeoJSON feature."""
    kusel = member_area(settings, cluster, cluster.member("kusel"))
    [ags] = kusel.ags_at([centre.x], [centre.y])
    [shape] = gpd.GeoSeries([centre.buffer(50, cap_style="square")], crs=METRIC_CRS).to_crs("EPSG:4326")
    return {"type": "Feature", "geometry": shapely.geometry.mapping(shape), "properties": {
        "plan_id": plan_id, "planname": name, "nummer": plan_id[-3:], "planart": "Bebauungsplan",
        "rechtsstand": stage, "ags": ags, "gemeinde": kusel.municipalities.set_index("ags").at[ags, "name"],
        "auslegung_von": "04.01.2027", "auslegung_bis": "05.02.2027",
        "link": f"https://www.landkreis-kusel.de/bauleitplanung/{plan_id.lower()}"}}


def _places(settings, cluster, at: float = 0.5) -> tuple[shapely.Point, shapely.Point]:
    """A point in Kusel 1 km from the Sankt Wendel border and one 10 km from it, both at least
    600 m inside Kusel (so the 100 m plan stays inside) – from the VG5000 boundaries; `at`:
    where along the lines of such points (0–1)."""
    area = lambda key: member_area(settings, cluster, cluster.member(key)).municipalities.union_all()
    kusel, wendel = area("kusel"), area("sankt-wendel")
    inside = kusel.buffer(-600)
    near = wendel.buffer(1000).boundary.intersection(inside)
    far = wendel.buffer(10000).boundary.intersection(inside)
    return near.interpolate(at, normalized=True), far.interpolate(at, normalized=True)


def _deliver(settings, cluster, tmp_path, features: list[dict], name: str):
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    source = replace(cluster.member("kusel").sources["building_plans"], location=path)
    result = ingest_source(settings, cluster, source)
    # the same file again is recognised as unchanged and not read a second time
    assert result.status in ("ok", "unverändert") and result.rejected == 0, (result.message, result.notes)


def _summaries(settings, member: str) -> list[str]:
    root = etree.parse(str(settings.export_dir / "coordination" / f"{member}.atom")).getroot()
    return [entry.findtext(f"{ATOM}summary") for entry in root.iter(f"{ATOM}entry")]


def _feed(settings, member: str) -> list[str]:
    root = etree.parse(str(settings.export_dir / "coordination" / f"{member}.atom")).getroot()
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


@pytest.mark.slow  # four deliveries through the whole ingestion: 20–40 s on the 2-core machine
def test_a_plan_near_the_border_notifies_the_neighbour_once_per_change(settings, cluster, tmp_path):
    near_point, far_point = _places(settings, cluster)
    near = lambda stage: _square(settings, cluster, near_point, "Gewerbegebiet Am Grenzbach",
                                 "KUS-BP-9001", stage)
    far = _square(settings, cluster, far_point, "Wohngebiet Im Kernland", "KUS-BP-9002", "Entwurf")
    with smtp_server() as (url, mailbox):
        settings = replace(settings, smtp_url=url)

        _deliver(settings, cluster, tmp_path, [near("Entwurf"), far], "plaene-1.geojson")
        first = coordinate(settings, cluster)
        [notice] = first.created
        assert (notice["to_member"], notice["reason"], notice["plan_name"]) == (
            "sankt-wendel", "new", "Gewerbegebiet Am Grenzbach")
        assert 900 <= notice["distance_m"] <= 1100
        assert notice["nearest_ags"].startswith("10046")
        assert first.sent == 1 and not first.unsent
        [mail] = mailbox.messages
        assert mail["To"] == "opendata@lkwnd.de"
        assert mail["Reply-To"] == cluster.data_office  # not the no-reply sender
        assert mail["Subject"] == "Bauleitplanung in Ihrer Nachbarschaft: 1 Mitteilung"
        text = mail.get_body(("plain",)).get_content()
        for expected in ("„Gewerbegebiet Am Grenzbach“ (Landkreis Kusel)", "Verfahrensstand: Entwurf",
                         # the Landkreis hears of its Kreisgebiet, not of one of its municipalities
                         f"Abstand: {german_number(notice['distance_m'])} m zu Ihrem Kreisgebiet "
                         f"(nächste Gemeinde: {notice['nearest_name']}, AGS {notice['nearest_ags']})",
                         "Öffentliche Auslegung: 04.01.2027 bis 05.02.2027",
                         "Planunterlagen: https://www.landkreis-kusel.de/bauleitplanung/kus-bp-9001"):
            assert expected in text
        [attachment] = list(mail.iter_attachments())
        [feature] = json.loads(attachment.get_content())["features"]
        assert feature["properties"]["verfahrensschritt"] == "Entwurf"
        assert shapely.geometry.shape(feature["geometry"]).geom_type in ("Polygon", "MultiPolygon")
        assert _feed(settings, "sankt-wendel") == ["Neuer Plan in Ihrer Nähe: „Gewerbegebiet Am Grenzbach“ (Landkreis Kusel)"]
        assert all(_feed(settings, key) == [] for key in cluster.members if key != "sankt-wendel")

        _deliver(settings, cluster, tmp_path, [near("Entwurf"), far], "plaene-1.geojson")
        written = {path: path.stat().st_mtime_ns
                   for path in (settings.export_dir / "coordination").iterdir()}
        assert coordinate(settings, cluster).created == []
        assert len(mailbox.messages) == 1 and len(_feed(settings, "sankt-wendel")) == 1
        # nothing new: no feed or GeoJSON is written again, the empty feeds included
        assert {path: path.stat().st_mtime_ns for path in written} == written

        _deliver(settings, cluster, tmp_path, [near("Öffentliche Auslegung"), far], "plaene-2.geojson")
        [update] = coordinate(settings, cluster).created
        assert (update["to_member"], update["reason"], update["legal_status"]) == ("sankt-wendel", "changed", "2400")
        changed = mailbox.messages[-1].get_body(("plain",)).get_content()
        assert "Verfahrensstand: Öffentliche Auslegung" in changed
        # what changed, not only that „Verfahrensstand oder Geltungsbereich“ did
        assert "Geändert: Verfahrensstand (bisher: Entwurf)" in changed
        assert sum("Geändert: Verfahrensstand (bisher: Entwurf)" in summary
                   for summary in _summaries(settings, "sankt-wendel")) == 1
        # the title says what changed, as the line does, in mail, feed and GeoJSON alike
        said = "Verfahrensstand geändert: „Gewerbegebiet Am Grenzbach“ (Landkreis Kusel)"
        assert f"1. {said}\n" in changed.replace("\r\n", "\n") and "oder" not in changed
        assert said in _feed(settings, "sankt-wendel")
        geojson = json.loads((settings.export_dir / "coordination" / "sankt-wendel.geojson")
                             .read_text(encoding="utf-8"))
        assert [f["properties"]["anlass"] for f in geojson["features"]] == [
            "Verfahrensstand geändert"]

        _deliver(settings, cluster, tmp_path, [far], "plaene-3.geojson")
        [withdrawal] = coordinate(settings, cluster).created
        assert (withdrawal["to_member"], withdrawal["reason"]) == ("sankt-wendel", "withdrawn")
        assert len(mailbox.messages) == 3 and len(_feed(settings, "sankt-wendel")) == 3
        assert mailbox.messages[-1]["Subject"].endswith("1 Mitteilung")
        assert "Plan zurückgezogen" in mailbox.messages[-1].get_body(("plain",)).get_content()
        open_plans = json.loads((settings.export_dir / "coordination" / "sankt-wendel.geojson").read_text())
        assert open_plans["features"] == []
        # the licence (dl-de/by) asks to name who publishes: the cluster's notices, each
        # plan's member in its feature (mitteilungVon)
        assert open_plans["publisher"] == cluster.title and open_plans["attribution"] == cluster.attributions()

    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as db:
        rows = db.execute("SELECT reason, from_member, to_member, distance_m, sent_at IS NOT NULL "
                          "FROM notifications ORDER BY created_at").fetchall()
    assert [row[:3] for row in rows] == [("new", "kusel", "sankt-wendel"), ("changed", "kusel", "sankt-wendel"),
                                         ("withdrawn", "kusel", "sankt-wendel")]
    assert all(row[4] for row in rows)


def test_a_digest_that_cannot_be_sent_goes_out_with_the_next_run(settings, cluster, tmp_path):
    near_point, _ = _places(settings, cluster)
    _deliver(settings, cluster, tmp_path, [_square(settings, cluster, near_point, "Am Grenzbach",
                                                   "KUS-BP-9001", "Entwurf")], "plaene.geojson")
    with smtp_server() as (url, mailbox):
        pass  # the server is stopped: nobody listens on its port any more
    down = coordinate(replace(settings, smtp_url=url), cluster)
    assert len(down.created) == 1 and down.sent == 0
    assert "Landkreis Sankt Wendel" in down.unsent[0] and "SWDP_SMTP_URL" in down.unsent[0]
    with smtp_server() as (url, mailbox):
        again = coordinate(replace(settings, smtp_url=url), cluster)
    assert again.created == [] and again.sent == 1 and len(mailbox.messages) == 1


def test_distances_are_configured_per_cluster_member_and_external_neighbour(cluster):
    configured = replace(cluster, coordination={"distance_m": 3000, "external_neighbours": [
        {"key": "landkreis-birkenfeld", "name": "Landkreis Birkenfeld", "ags": "07134",
         "mailbox": "bauleitplanung@landkreis-birkenfeld.de", "distance_m": 5000}]},
        members={**cluster.members, "kusel": replace(cluster.member("kusel"), coordination={"distance_m": 1500})})
    found = {r.key: (r.distance_m, r.external) for r in receivers(configured)}
    assert found["kusel"] == (1500, False) and found["sankt-wendel"] == (3000, False)
    assert found["landkreis-birkenfeld"] == (5000, True)
    assert {r.key: r.distance_m for r in receivers(cluster)}["kusel"] == 2000
    with pytest.raises(ConfigError, match="ags „7134“ muss 5"):
        receivers(replace(cluster, coordination={"external_neighbours": [
            {"key": "x", "name": "X", "ags": "7134", "mailbox": "a@b.de"}]}))


def test_an_external_neighbour_is_notified_like_a_member(settings, cluster, tmp_path):
    near_point, _ = _places(settings, cluster)
    _deliver(settings, cluster, tmp_path, [_square(settings, cluster, near_point, "Am Grenzbach",
                                                   "KUS-BP-9001", "Entwurf")], "plaene.geojson")
    birkenfeld = {"key": "landkreis-birkenfeld", "name": "Landkreis Birkenfeld", "ags": "07134",
                  "mailbox": "bauleitplanung@landkreis-birkenfeld.de", "distance_m": 60000}
    configured = replace(cluster, coordination={"external_neighbours": [birkenfeld]})
    with smtp_server() as (url, mailbox):
        result = coordinate(replace(settings, smtp_url=url), configured)
    by_receiver = {row["to_member"]: row for row in result.created}
    assert set(by_receiver) == {"sankt-wendel", "landkreis-birkenfeld"}
    assert by_receiver["landkreis-birkenfeld"]["external"] is True
    assert by_receiver["landkreis-birkenfeld"]["nearest_ags"].startswith("07134")
    assert sorted(mail["To"] for mail in mailbox.messages) == ["bauleitplanung@landkreis-birkenfeld.de",
                                                               "opendata@lkwnd.de"]
    assert _feed(settings, "landkreis-birkenfeld") == ["Neuer Plan in Ihrer Nähe: „Am Grenzbach“ (Landkreis Kusel)"]


def test_plans_already_in_force_are_counted_in_one_line_beside_the_notices(settings, cluster, tmp_path):
    """The first delivery of a member holds its plans of decades: those in force or repealed
    are no matter of coordination (§ 2 Abs. 2 BauGB) and get no notice of their own."""
    plan = lambda at, name, plan_id, stage: _square(settings, cluster, _places(settings, cluster, at)[0],
                                                    name, plan_id, stage)
    _deliver(settings, cluster, tmp_path, [
        plan(0.3, "Am Grenzbach", "KUS-BP-9001", "Entwurf"),
        plan(0.5, "Ortskern", "KUS-BP-1002", "rechtskräftig"),
        plan(0.7, "Mühlwiese", "KUS-BP-1003", "In Kraft getreten"),
        plan(0.4, "Alte Ziegelei", "KUS-BP-1004", "Aufgehoben")], "bestand.geojson")
    with smtp_server() as (url, mailbox):
        result = coordinate(replace(settings, smtp_url=url), cluster)
    assert sorted((row["plan_name"], row["reason"]) for row in result.created) == [
        ("Alte Ziegelei", "existing"), ("Am Grenzbach", "new"), ("Mühlwiese", "existing"),
        ("Ortskern", "existing")]
    [mail] = mailbox.messages
    assert mail["Subject"] == "Bauleitplanung in Ihrer Nachbarschaft: 1 Mitteilung"
    text = mail.get_body(("plain",)).get_content()
    assert "1. Neuer Plan in Ihrer Nähe: „Am Grenzbach“ (Landkreis Kusel)" in text
    assert "\n2. " not in text and "Ortskern" not in text
    assert ("Außerdem wurden 2 bereits rechtskräftige Pläne und 1 nicht mehr geltender Plan "
            "übernommen (Landkreis Kusel: 3) – ohne Einzelmeldung") in text
    assert len(json.loads(next(mail.iter_attachments()).get_content())["features"]) == 4
    assert sorted(_feed(settings, "sankt-wendel")) == [
        "Bestehender Plan übernommen (Verfahren bereits abgeschlossen): „Alte Ziegelei“ (Landkreis Kusel)",
        "Bestehender Plan übernommen (Verfahren bereits abgeschlossen): „Mühlwiese“ (Landkreis Kusel)",
        "Bestehender Plan übernommen (Verfahren bereits abgeschlossen): „Ortskern“ (Landkreis Kusel)",
        "Neuer Plan in Ihrer Nähe: „Am Grenzbach“ (Landkreis Kusel)"]
    shown = json.loads((settings.export_dir / "coordination" / "sankt-wendel.geojson").read_text())
    assert len(shown["features"]) == 4


def test_the_public_address_of_the_feeds_is_checked(cluster):
    assert feed_base_url(cluster) is None
    assert feed_base_url(replace(cluster, coordination={
        "feed_base_url": "https://daten.suedwest-cluster.de/coordination"})) == (
        "https://daten.suedwest-cluster.de/coordination/")
    with pytest.raises(ConfigError, match="feed_base_url: „coordination/“ ist keine Webadresse"):
        feed_base_url(replace(cluster, coordination={"feed_base_url": "coordination/"}))


def test_the_coordination_geojson_rounds_coordinates_like_the_export(settings, cluster, tmp_path):
    """Seven decimals (RFC 7946 §11.2, about a centimetre), by the function the exports use:
    a plan reprojected to WGS 84 otherwise reads 7.453231999999999."""
    near_point, _ = _places(settings, cluster)
    delivered = _square(settings, cluster, near_point, "Am Grenzbach", "KUS-BP-9001", "Entwurf")
    assert re.search(r"\.\d{8,}", json.dumps(delivered["geometry"]))  # full precision
    _deliver(settings, cluster, tmp_path, [delivered], "plaene.geojson")
    with smtp_server() as (url, mailbox):
        coordinate(replace(settings, smtp_url=url), cluster)
    shown = json.loads((settings.export_dir / "coordination" / "sankt-wendel.geojson").read_text())
    attached = json.loads(next(mailbox.messages[0].iter_attachments()).get_content())
    expected = shapely.transform(shapely.geometry.shape(delivered["geometry"]), geojson_rounded)
    for document in (shown, attached):
        [feature] = document["features"]
        assert not re.search(r"\.\d{8,}", json.dumps(feature["geometry"]))
        assert shapely.geometry.shape(feature["geometry"]).equals(expected)


def test_a_plan_reaching_over_the_border_is_not_told_as_0_m_away(settings, cluster, tmp_path):
    """A Geltungsbereich that crosses the Kusel–Sankt Wendel border: the neighbour read
    „Abstand: 0 m zu Ihrer Gemeinde …“ as if the plan merely lay next to it."""
    area = lambda key: member_area(settings, cluster, cluster.member(key)).municipalities.union_all()
    kusel, wendel = area("kusel"), area("sankt-wendel")
    at = wendel.buffer(30).boundary.intersection(kusel.buffer(-25)).interpolate(0.5, normalized=True)
    plan = _square(settings, cluster, at, "Gewerbepark an der Landesgrenze", "KUS-BP-9077", "Entwurf")
    assert shapely.geometry.shape(plan["geometry"]).is_valid
    _deliver(settings, cluster, tmp_path, [plan], "plaene.geojson")
    with smtp_server() as (url, mailbox):
        [notice] = coordinate(replace(settings, smtp_url=url), cluster).created
    assert notice["distance_m"] == 0
    text = mailbox.messages[0].get_body(("plain",)).get_content()
    assert (f"Abstand: 0 m – der Geltungsbereich grenzt an Ihr Kreisgebiet (Gemeinde "
            f"{notice['nearest_name']}, AGS {notice['nearest_ags']}) oder reicht hinein") in text
    assert "Abstand: 0 m zu" not in text and "Ihre Gemeinde" not in text
    # the municipality the plan reaches into, listening on its own (by its AGS), reads of itself
    town = {"key": "grenzgemeinde", "name": notice["nearest_name"], "ags": notice["nearest_ags"],
            "mailbox": "bauamt@grenzgemeinde.de"}
    with smtp_server() as (url, mailbox):
        coordinate(replace(settings, smtp_url=url), replace(cluster, coordination={"external_neighbours": [town]}))
    [mail] = mailbox.messages
    assert (f"Abstand: 0 m – der Geltungsbereich grenzt an Ihre Gemeinde {notice['nearest_name']} "
            f"(AGS {notice['nearest_ags']}) oder reicht in sie hinein") in mail.get_body(("plain",)).get_content()


def test_a_changed_geltungsbereich_is_named_as_the_change(settings, cluster, tmp_path):
    """The same plan, same stage, delivered with a larger Geltungsbereich."""
    near_point, _ = _places(settings, cluster)
    plan = _square(settings, cluster, near_point, "Am Grenzbach", "KUS-BP-9001", "Entwurf")
    _deliver(settings, cluster, tmp_path, [plan], "plaene-1.geojson")
    larger = {**plan, "geometry": shapely.geometry.mapping(
        shapely.geometry.shape(plan["geometry"]).buffer(0.0005, join_style="mitre"))}
    with smtp_server() as (url, mailbox):
        coordinate(replace(settings, smtp_url=url), cluster)
        _deliver(settings, cluster, tmp_path, [larger], "plaene-2.geojson")
        [update] = coordinate(replace(settings, smtp_url=url), cluster).created
    assert update["reason"] == "changed"
    text = mailbox.messages[-1].get_body(("plain",)).get_content()
    assert "Geändert: Geltungsbereich\n" in text.replace("\r\n", "\n")
    assert "1. Geltungsbereich geändert: „Am Grenzbach“ (Landkreis Kusel)\n" in text.replace(
        "\r\n", "\n")
    assert "Verfahrensstand: Entwurf" in text and "bisher" not in text


def test_the_digest_lists_new_plans_first_and_the_nearest_first(settings, cluster, tmp_path):
    """The mail listed its notices in the order of their notification ids: a plan reaching
    into the neighbour's area came anywhere among the others, a withdrawal before a new plan.
    New notices come first, then changes and withdrawals, each nearest first."""
    area = lambda key: member_area(settings, cluster, cluster.member(key)).municipalities.union_all()
    kusel, wendel = area("kusel"), area("sankt-wendel")
    plans = [_square(settings, cluster, _places(settings, cluster, at)[0], f"Plan {at}", f"KUS-BP-{n}",
                     "Entwurf") for n, at in enumerate((0.3, 0.5, 0.7, 0.2))]
    crossing = wendel.buffer(30).boundary.intersection(kusel.buffer(-25)).interpolate(0.4, normalized=True)
    over = _square(settings, cluster, crossing, "Über die Grenze", "KUS-BP-9", "Entwurf")
    with smtp_server() as (url, mailbox):
        _deliver(settings, cluster, tmp_path, plans, "plaene-1.geojson")
        created = coordinate(replace(settings, smtp_url=url), cluster).created
        _deliver(settings, cluster, tmp_path, [*plans[1:], over], "plaene-2.geojson")
        coordinate(replace(settings, smtp_url=url), cluster)
    distance = {row["plan_name"]: row["distance_m"] for row in created}
    first, second = (mail.get_body(("plain",)).get_content() for mail in mailbox.messages)
    listed = re.findall(r"^\d+\. Neuer Plan in Ihrer Nähe: „([^“]+)“", first, re.M)
    assert listed == sorted(distance, key=lambda name: (distance[name], name)) and len(listed) == 4
    assert re.findall(r"^\d+\. ([^:]+): „([^“]+)“", second, re.M) == [
        ("Neuer Plan in Ihrer Nähe", "Über die Grenze"), ("Plan zurückgezogen", "Plan 0.3")]


def test_a_new_export_with_new_ids_is_the_same_plan_for_the_neighbour(settings, cluster, tmp_path):
    """XPlanung tools give every object a new gml:id on each export: the unchanged plan came
    back under a new id, and the neighbour read „Neuer Plan“ and „Plan zurückgezogen“ for it."""
    near_point, far_point = _places(settings, cluster)
    plan = lambda plan_id, stage: _square(settings, cluster, near_point, "Am Grenzbach", plan_id, stage)
    far = _square(settings, cluster, far_point, "Im Kernland", "KUS-BP-9002", "Entwurf")
    geojson = lambda: json.loads((settings.export_dir / "coordination" / "sankt-wendel.geojson").read_text())
    with smtp_server() as (url, mailbox):
        mailed = replace(settings, smtp_url=url)
        _deliver(settings, cluster, tmp_path, [plan("GML_7f3a-001", "Entwurf")], "export-1.geojson")
        assert [row["reason"] for row in coordinate(mailed, cluster).created] == ["new"]
        _deliver(settings, cluster, tmp_path, [plan("GML_c41d-001", "Entwurf")], "export-2.geojson")
        assert coordinate(mailed, cluster).created == [] and len(mailbox.messages) == 1
        assert len(geojson()["features"]) == 1
        _deliver(settings, cluster, tmp_path, [plan("GML_09be-001", "Öffentliche Auslegung")], "export-3.geojson")
        [changed] = coordinate(mailed, cluster).created
        assert changed["reason"] == "changed"
        assert "Geändert: Verfahrensstand (bisher: Entwurf)" in mailbox.messages[-1].get_body(("plain",)).get_content()
        [feature] = geojson()["features"]
        assert feature["properties"]["verfahrensschritt"] == "Öffentliche Auslegung"
        _deliver(settings, cluster, tmp_path, [far], "export-4.geojson")
        assert [row["reason"] for row in coordinate(mailed, cluster).created] == ["withdrawn"]
        assert geojson()["features"] == [] and len(mailbox.messages) == 3


def test_a_journal_from_before_plan_keys_keeps_the_reexported_plan_told(settings, cluster, tmp_path):
    """Before plan keys a new export left, in one run, „withdrawn“ under the old id and „new“
    under the new one; when the withdrawal sorted last, the next export was „new“ again."""
    near_point, _ = _places(settings, cluster)
    plan = lambda plan_id: _square(settings, cluster, near_point, "Am Grenzbach", plan_id, "Entwurf")
    with smtp_server() as (url, mailbox):
        mailed = replace(settings, smtp_url=url)
        _deliver(settings, cluster, tmp_path, [plan("GML_7f3a-001")], "export-1.geojson")
        [told] = coordinate(mailed, cluster).created
        _deliver(settings, cluster, tmp_path, [plan("GML_c41d-001")], "export-2.geojson")
        [renewed] = current_plans(settings, cluster, set()).query("withdrawn_at.isna()").index
        at = datetime.now(timezone.utc).isoformat()
        for number, (record, reason) in enumerate(((renewed, "new"), (told["plan_record_id"], "withdrawn"))):
            write_notification(settings, {**told, "notification_id": f"0000000{number}-legacy",
                                          "plan_record_id": record, "reason": reason,
                                          "created_at": at, "sent_at": at})
        _deliver(settings, cluster, tmp_path, [plan("GML_09be-001")], "export-3.geojson")
        assert coordinate(mailed, cluster).created == [] and len(mailbox.messages) == 1
