"""Who hears of a plan, and how the digest reaches them. In Rhineland-Palatinate the Bauamt
sits at the Verbandsgemeinde: Linz am Rhein (a member) delivers its plans, the Verbandsgemeinde
Unkel (by its Regionalschlüssel 071385007) and Bad Honnef across the NRW border listen as
external neighbours, their areas from the real VG5000 (layer VWG: ARS, GEN, BEZ). A digest with
a Geltungsbereich near the 250,000-point limit passed 10 MB and bounced at mail gateways: here
a real SMTP server that, like a municipal gateway, takes at most 5 MB."""
import json
from dataclasses import replace

import geopandas as gpd
import pytest
import shapely
from lxml import etree

from pipelines.coordination.config import receivers
from pipelines.coordination.neighbours import neighbourhoods
from pipelines.coordination.notify import coordinate
from pipelines.coordination.outputs import send_digest
from pipelines.core.cluster import ConfigError, load_cluster
from pipelines.core.settings import PROJECT_ROOT
from pipelines.geocoding.coordinates import METRIC_CRS
from pipelines.geocoding.gazetteer import ensure_built, load_gazetteer, member_area
from pipelines.ingest.delivery import ingest_source
from support.smtp import smtp_server

UNKEL = {"key": "vg-unkel", "ars": "071385007", "mailbox": "bauamt@unkel.de"}
BAD_HONNEF = {"key": "bad-honnef", "name": "Stadt Bad Honnef", "ars": "053820008",
              "mailbox": "stadtplanung@bad-honnef.de"}
# Bad Honnef as a municipality (8-digit AGS), as external neighbours were configured before
HONNEF_BY_AGS = {**BAD_HONNEF, "ars": None, "ags": "05382008"}
GATEWAY_LIMIT = 5_000_000
ATOM = "{http://www.w3.org/2005/Atom}"


def _with_neighbours(cluster, neighbours=(UNKEL, BAD_HONNEF), **settings):
    return replace(cluster, coordination={"external_neighbours": list(neighbours), **settings})


def _deliver_linz(settings, cluster, path=None):
    source = cluster.member("linz-am-rhein").sources["building_plans"]
    result = ingest_source(settings, cluster, replace(source, location=path) if path else source)
    assert result.status == "ok" and result.rejected == 0, (result.message, result.notes)


def _text(mail) -> str:
    return mail.get_body(("plain",)).get_content()


def test_a_verbandsgemeinde_by_its_ars_is_its_municipalities_under_its_own_name(settings, cluster):
    hoods = {hood.receiver.key: hood for hood in neighbourhoods(settings, _with_neighbours(cluster))}
    unkel, honnef = hoods["vg-unkel"], hoods["bad-honnef"]
    assert unkel.receiver.name == "Verbandsgemeinde Unkel"
    assert sorted(unkel.municipalities["name"]) == ["Bruchhausen", "Erpel", "Rheinbreitbach", "Unkel"]
    assert sorted(unkel.municipalities["ags"]) == ["07138008", "07138019", "07138062", "07138073"]
    assert honnef.receiver.name == "Stadt Bad Honnef"  # the name cluster.yaml gives wins
    assert list(honnef.municipalities["ags"]) == ["05382008"]


def test_an_unknown_or_malformed_ars_is_refused_in_german(settings, cluster):
    unknown = replace(cluster, coordination={"external_neighbours": [{**UNKEL, "ars": "071385099"}]})
    with pytest.raises(ConfigError, match=r"cluster.yaml: coordination.external_neighbours, „vg-unkel“: "
                                          r"kein Gemeindeverband .* \(ars\) 071385099 .*VG5000"):
        neighbourhoods(settings, unknown)
    with pytest.raises(ConfigError, match="cluster.yaml: coordination.external_neighbours, „vg-unkel“ "
                                          "\\(Eintrag 1\\): ars „07138500“ ist kein Regionalschlüssel: "
                                          "er hat 12 Ziffern für eine Gemeinde .* 9 für eine Verbandsgemeinde"):
        neighbourhoods(settings, replace(cluster, coordination={
            "external_neighbours": [{**UNKEL, "ars": "07138500"}]}))
    with pytest.raises(ConfigError, match="„x“ \\(Eintrag 1\\): ags .* oder ars .* fehlt"):
        neighbourhoods(settings, replace(cluster, coordination={
            "external_neighbours": [{"key": "x", "name": "X", "mailbox": "a@b.de"}]}))


@pytest.mark.parametrize("file, key, unquoted, read", [
    ("cluster.yaml", "vg-baumholder", "071345001", "15059457"),
    ("kreis-cluster.yaml", "idar-oberstein", "071340045045", "7709149733")])
def test_an_unquoted_ars_read_as_a_number_is_refused_with_the_quotes_to_add(tmp_path, file, key, unquoted,
                                                                             read):
    """YAML reads an unquoted ARS with a leading zero as an octal number: the Verbandsgemeinde
    Baumholder's 071345001 as 15059457, the Stadt Idar-Oberstein's 071340045045 as 7709149733.
    The message names the configuration file and the neighbour."""
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    assert text.count("  external_neighbours: []\n") == 1
    path = tmp_path / file
    path.write_text(text.replace("  external_neighbours: []\n", f"  external_neighbours:\n    - {{key: "
                                 f"{key}, ars: {unquoted}, mailbox: bauamt@{key}.de}}\n"), encoding="utf-8")
    with pytest.raises(ConfigError, match=f"^{file}: coordination.external_neighbours, „{key}“ "
                                          f"\\(Eintrag 1\\): ars „{read}“ ist kein Regionalschlüssel: .* 9 für "
                                          f"eine Verbandsgemeinde, ein Amt oder eine Samtgemeinde "
                                          f"\\(\"071385007\" für Unkel\\).* – in Anführungszeichen"):
        receivers(load_cluster(path))


def test_the_verbandsgemeinde_hears_of_linz_plans_near_it_by_its_name(settings, cluster):
    configured = _with_neighbours(cluster, distance_m=2000)
    _deliver_linz(settings, configured)
    with smtp_server() as (url, mailbox):
        result = coordinate(replace(settings, smtp_url=url), configured)
    told = [row for row in result.created if row["to_member"] == "vg-unkel"]
    assert told and {row["to_name"] for row in told} == {"Verbandsgemeinde Unkel"}
    assert {row["nearest_ags"] for row in told} <= {"07138008", "07138019", "07138062", "07138073"}
    [mail] = [mail for mail in mailbox.messages if mail["To"] == "bauamt@unkel.de"]
    assert "höchstens 2.000 m von Ihrem Gebiet (Verbandsgemeinde Unkel) entfernt" in _text(mail)
    feed = etree.parse(str(settings.export_dir / "coordination" / "vg-unkel.atom")).getroot()
    assert feed.findtext(f"{ATOM}title") == "Bauleitplanung in der Nachbarschaft – Verbandsgemeinde Unkel"


def _large_plan(settings, cluster, tmp_path, points: int = 240_000):
    """A Geltungsbereich as large in points as a plan may be: the real VG5000 outline of the
    Verbandsgemeinde Linz am Rhein, its edges divided into as many vertices as a surveyed
    (ALKIS) boundary has. The plan is in procedure, so the neighbours get a notice."""
    outline = member_area(settings, cluster, cluster.member("linz-am-rhein")).municipalities.union_all()
    outline = shapely.Polygon(outline.geoms[0].exterior if outline.geom_type == "MultiPolygon"
                              else outline.exterior)
    dense = shapely.segmentize(outline, outline.length / points)
    assert 0.95 * points < shapely.get_num_coordinates(dense) < 250_000
    [shape] = gpd.GeoSeries([dense], crs=METRIC_CRS).to_crs("EPSG:4326")
    feature = {"type": "Feature", "geometry": shapely.geometry.mapping(shape), "properties": {
        "plan_id": "LZ-FNP-0001", "planname": "Flächennutzungsplan, 4. Fortschreibung",
        "nummer": "FNP 4", "planart": "1000", "rechtsstand": "2200", "gemeinde": "Linz am Rhein",
        "ags": "07138041", "link": "https://www.linz.de/bauleitplanung/fnp-4"}}
    path = tmp_path / "fnp.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    return path, dense


@pytest.mark.slow  # a 240,000-point plan through the ingestion: 20–40 s on the 2-core machine
def test_a_digest_of_a_huge_plan_stays_under_what_a_mail_gateway_accepts(settings, cluster, tmp_path):
    configured = _with_neighbours(cluster, [HONNEF_BY_AGS],
                                  feed_base_url="https://daten.suedwest-cluster.de/coordination/")
    path, dense = _large_plan(settings, configured, tmp_path)
    _deliver_linz(settings, configured, path)
    with smtp_server(size_limit=GATEWAY_LIMIT) as (url, mailbox):
        result = coordinate(replace(settings, smtp_url=url), configured)
    assert result.unsent == [] and result.sent == len(result.created) > 0
    [mail] = [mail for mail in mailbox.messages if mail["To"] == BAD_HONNEF["mailbox"]]
    assert len(mail.as_bytes()) < GATEWAY_LIMIT
    text = _text(mail)
    assert ("die offenen Pläne mit Geltungsbereich in "
            "https://daten.suedwest-cluster.de/coordination/bad-honnef.geojson (im Anhang für die "
            "Anzeige vereinfacht, Abweichung bis 1 m, damit die Mail nicht zu groß für Mailserver "
            "wird).") in text
    [feature] = json.loads(next(mail.iter_attachments()).get_content())["features"]
    shown = gpd.GeoSeries([shapely.geometry.shape(feature["geometry"])], crs="EPSG:4326").to_crs(METRIC_CRS)[0]
    assert shown.hausdorff_distance(dense) < 1.5  # 1 m simplified, plus rounding and reprojection
    full = json.loads((settings.export_dir / "coordination" / "bad-honnef.geojson").read_text(encoding="utf-8"))
    assert shapely.get_num_coordinates(shapely.geometry.shape(full["features"][0]["geometry"])) == \
        shapely.get_num_coordinates(dense)


def test_the_coordination_feed_names_its_own_public_address(settings, cluster):
    """RFC 4287 §4.2.7.2: a feed with a public address links itself (rel="self")."""
    base = "https://daten.suedwest-cluster.de/coordination/"
    configured = _with_neighbours(cluster, [HONNEF_BY_AGS], feed_base_url=base)
    _deliver_linz(settings, configured)
    with smtp_server() as (url, mailbox):
        coordinate(replace(settings, smtp_url=url), configured)
    for key in ("bad-honnef", "kusel"):
        feed = etree.parse(str(settings.export_dir / "coordination" / f"{key}.atom")).getroot()
        [link] = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
        assert (link.get("href"), link.get("type")) == (f"{base}{key}.atom", "application/atom+xml")


def test_a_digest_too_large_even_simplified_goes_out_without_the_attachment(settings, cluster):
    """The first run of a large cluster takes over its whole Bestand: one „existing“ line per
    plan, here every municipality of Germany as a plan's Geltungsbereich (VG5000, 10,997):
    even simplified to 25 m the GeoJSON passes what the gateway takes."""
    every = load_gazetteer(ensure_built(settings, cluster)).municipalities
    plans = gpd.GeoDataFrame({"record_id": "bp-" + every["ags"]}, geometry=every.geometry.values,
                             crs=METRIC_CRS).to_crs("EPSG:4326").set_index("record_id")
    rows = [{"notification_id": f"n-{ags}", "plan_record_id": f"bp-{ags}", "from_member": "kusel",
             "reason": "existing", "distance_m": 0, "nearest_ags": ags, "nearest_name": name,
             "plan_name": f"Bebauungsplan {name}", "plan_number": "1", "plan_type": "1000",
             "legal_status": "4000", "plan_municipality": name, "plan_ags": ags, "url": None,
             "display_start": None, "display_end": None, "earlier_withdrawal": None,
             "created_at": "2026-12-07T12:00:00+00:00"}
            for ags, name in zip(every["ags"], every["name"])]
    cluster = _with_neighbours(cluster, [HONNEF_BY_AGS])
    [honnef] = [receiver for receiver in receivers(cluster) if receiver.key == "bad-honnef"]
    with smtp_server(size_limit=GATEWAY_LIMIT) as (url, mailbox):
        assert send_digest(replace(settings, smtp_url=url), cluster, honnef, rows, plans, {}) is None
    [mail] = mailbox.messages
    assert len(mail.as_bytes()) < GATEWAY_LIMIT and list(mail.iter_attachments()) == []
    assert ("die offenen Pläne mit Geltungsbereich in einer GeoJSON-Datei (nicht angehängt: die Mail "
            "wäre selbst mit vereinfachten Geltungsbereichen zu groß für Mailserver); eine "
            "öffentliche Adresse dafür ist noch nicht eingerichtet") in _text(mail)
