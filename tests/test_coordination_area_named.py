"""A notice names the distance to the receiver's area at the receiver's level: a Kreis or a
Verbandsgemeinde read „Abstand: … m zu Ihrer Gemeinde …“ as if it were the one municipality
nearest the plan. The level comes from the receiver's key and VG5000: a Kreis (5 digits) hears
„zu Ihrem Kreisgebiet“, a Verbandsgemeinde (9, VG5000 VWG „Verbandsgemeinde“) „zu Ihrer
Verbandsgemeinde“, an Amt or a Samtgemeinde „zu Ihrem Gebiet“, a single municipality still
„zu Ihrer Gemeinde“ – each with its nearest municipality. Linz am Rhein delivers its real plans."""
from dataclasses import replace

from lxml import etree

from pipelines.coordination.neighbours import neighbourhoods
from pipelines.coordination.notify import coordinate
from pipelines.core.german import german_number
from support.smtp import smtp_server
from test_coordination_external_ars import HONNEF, RHEIN_SIEG, UNKEL
from test_coordination_receivers import ATOM, _deliver_linz, _text

# a Kreis by its 5-digit AGS, and an Amt in Schleswig-Holstein far enough to hear of everything
BIRKENFELD = {"key": "landkreis-birkenfeld", "name": "Landkreis Birkenfeld", "ags": "07134",
              "mailbox": "bauleitplanung@landkreis-birkenfeld.de", "distance_m": 200_000}
MARNE_NORDSEE = {"key": "amt-marne-nordsee", "ars": "010515166", "mailbox": "bauamt@amt-marne-nordsee.de",
                 "distance_m": 1_000_000}
NEAR = {"distance_m": 5000}


def test_each_receiver_reads_the_distance_to_its_own_kind_of_area(settings, cluster):
    configured = replace(cluster, coordination={"external_neighbours": [
        {**HONNEF, **NEAR}, {**UNKEL, **NEAR}, {**RHEIN_SIEG, **NEAR}, BIRKENFELD, MARNE_NORDSEE]})
    _deliver_linz(settings, configured)
    with smtp_server() as (url, mailbox):
        result = coordinate(replace(settings, smtp_url=url), configured)
    mails = {mail["To"]: _text(mail) for mail in mailbox.messages}
    for neighbour, area, preposition in ((HONNEF, "Gemeinde", "zu Ihrer Gemeinde"),
                                         (UNKEL, "Verbandsgemeinde", "zu Ihrer Verbandsgemeinde"),
                                         (RHEIN_SIEG, "Kreisgebiet", "zu Ihrem Kreisgebiet"),
                                         (BIRKENFELD, "Kreisgebiet", "zu Ihrem Kreisgebiet"),
                                         (MARNE_NORDSEE, "Gebiet", "zu Ihrem Gebiet")):
        # the mail lists each notice but plans taken over with their procedure over („existing“)
        rows = [row for row in result.created if row["to_member"] == neighbour["key"]
                and row["distance_m"] and row["reason"] != "existing"]
        assert rows, neighbour["key"]
        text = mails[neighbour["mailbox"]]
        nearest = lambda row: (f"{row['nearest_name']} (AGS {row['nearest_ags']})" if area == "Gemeinde" else
                               f"(nächste Gemeinde: {row['nearest_name']}, AGS {row['nearest_ags']})")
        for row in rows:
            assert f"Abstand: {german_number(row['distance_m'])} m {preposition} {nearest(row)}" in text
        if area != "Gemeinde":
            assert "Ihrer Gemeinde" not in text and "Ihre Gemeinde" not in text, neighbour["key"]
    # the feed says the same
    feed = etree.parse(str(settings.export_dir / "coordination" / "rhein-sieg-kreis.atom")).getroot()
    summaries = [entry.findtext(f"{ATOM}summary") for entry in feed.iter(f"{ATOM}entry")]
    assert summaries and all(" m zu Ihrem Kreisgebiet (nächste Gemeinde: " in text for text in summaries)


def test_the_members_areas_by_their_regional_keys(settings, cluster):
    """Kaiserslautern (12 digits) is one Gemeinde, Linz am Rhein (9) a Verbandsgemeinde, the four
    Landkreise (5) Kreisgebiete."""
    areas = {hood.receiver.key: hood.receiver.area for hood in neighbourhoods(settings, cluster)}
    assert areas == {"kaiserslautern": "Gemeinde", "linz-am-rhein": "Verbandsgemeinde",
                     "kusel": "Kreisgebiet", "mayen-koblenz": "Kreisgebiet", "bitburg-pruem": "Kreisgebiet",
                     "sankt-wendel": "Kreisgebiet"}
