"""External neighbours by their Amtlicher Regionalschlüssel of any level a Bauamt sits at: a
Gemeinde (12 digits), a Verbandsgemeinde, Amt or Samtgemeinde (9) or a Kreis (5), checked against
the real VG5000 read here on its own; a 12-digit ARS was refused („muss 9 Ziffern haben“). Keys
that are no ARS are refused in German, naming the configuration file and the neighbour."""
from dataclasses import replace

import pyogrio
import pytest

from pipelines.coordination.config import receivers
from pipelines.coordination.neighbours import neighbourhoods
from pipelines.coordination.notify import coordinate
from pipelines.core.cluster import ConfigError
from pipelines.geocoding.geodata import boundaries_file, geodata_dir
from support.smtp import smtp_server
from test_coordination_receivers import _deliver_linz

HONNEF = {"key": "bad-honnef", "ars": "053820008008", "mailbox": "stadtplanung@bad-honnef.de"}
UNKEL = {"key": "vg-unkel", "ars": "071385007", "mailbox": "bauamt@unkel.de"}
RHEIN_SIEG = {"key": "rhein-sieg-kreis", "ars": "05382", "mailbox": "bauleitplanung@rhein-sieg-kreis.de"}
BIRKENFELD = {"key": "landkreis-birkenfeld", "ars": "07134", "mailbox": "bauleitplanung@landkreis-birkenfeld.de"}


def _vg5000(settings, cluster, ars: str) -> list[str]:
    """AGS of the municipalities whose ARS begins with `ars`, straight from VG5000_GEM."""
    units = pyogrio.read_dataframe(boundaries_file(geodata_dir(settings, cluster), cluster),
                                   columns=["ARS", "AGS"], read_geometry=False)
    return sorted(set(units.loc[units["ARS"].str.startswith(ars), "AGS"]))


def _configured(cluster, *neighbours):
    return replace(cluster, coordination={"external_neighbours": list(neighbours)})


def test_a_gemeinde_a_verbandsgemeinde_and_a_kreis_by_their_ars(settings, cluster):
    hoods = {hood.receiver.key: hood for hood in neighbourhoods(
        settings, _configured(cluster, HONNEF, UNKEL, RHEIN_SIEG, BIRKENFELD))}
    named = {key: (hood.receiver.name, sorted(hood.municipalities["ags"])) for key, hood in hoods.items()}
    assert named["bad-honnef"] == ("Stadt Bad Honnef", ["05382008"])
    assert named["vg-unkel"] == ("Verbandsgemeinde Unkel", ["07138008", "07138019", "07138062", "07138073"])
    # the Kreis named as VG5000 names it – „Rhein-Sieg-Kreis“ says what it is, „Birkenfeld“ not
    assert named["rhein-sieg-kreis"] == ("Rhein-Sieg-Kreis", _vg5000(settings, cluster, "05382"))
    assert named["landkreis-birkenfeld"] == ("Landkreis Birkenfeld", _vg5000(settings, cluster, "07134"))
    assert len(named["rhein-sieg-kreis"][1]) == 19 and len(named["landkreis-birkenfeld"][1]) == 96
    # a name in cluster.yaml wins, and the 12-digit ARS is the same area as the 8-digit AGS
    by_ags = {"key": "honnef-ags", "name": "Bad Honnef", "ags": "05382008", "mailbox": "a@bad-honnef.de"}
    both = {hood.receiver.key: hood for hood in neighbourhoods(
        settings, _configured(cluster, {**HONNEF, "name": "Stadtplanung Bad Honnef"}, by_ags))}
    assert both["bad-honnef"].receiver.name == "Stadtplanung Bad Honnef"
    assert both["bad-honnef"].municipalities.geometry.iloc[0].equals(
        both["honnef-ags"].municipalities.geometry.iloc[0])


def test_neighbours_by_12_and_5_digit_ars_hear_of_linz_plans(settings, cluster):
    """The Verbandsgemeinde Linz am Rhein lies 3.5 km from Bad Honnef (NRW) and its Rhein-Sieg-Kreis."""
    configured = _configured(cluster, {**HONNEF, "distance_m": 5000}, {**RHEIN_SIEG, "distance_m": 5000})
    _deliver_linz(settings, configured)
    with smtp_server() as (url, mailbox):
        result = coordinate(replace(settings, smtp_url=url), configured)
    honnef = [row for row in result.created if row["to_member"] == "bad-honnef"]
    kreis = [row for row in result.created if row["to_member"] == "rhein-sieg-kreis"]
    assert honnef and {(row["to_name"], row["nearest_ags"], row["external"]) for row in honnef} == {
        ("Stadt Bad Honnef", "05382008", True)}
    assert kreis and {row["to_name"] for row in kreis} == {"Rhein-Sieg-Kreis"}
    assert {row["nearest_ags"][:5] for row in kreis} == {"05382"}
    # the Kreis around Bad Honnef hears of every plan Bad Honnef hears of
    assert {row["plan_record_id"] for row in honnef} <= {row["plan_record_id"] for row in kreis}
    assert {mail["To"] for mail in mailbox.messages} >= {HONNEF["mailbox"], RHEIN_SIEG["mailbox"]}


@pytest.mark.parametrize("ars, message", [
    ("05382000800", "ars „05382000800“ ist kein Regionalschlüssel: er hat 12 Ziffern für eine Gemeinde"),
    ("0538A", "ars „0538A“ ist kein Regionalschlüssel"),
    ("053820008 008", "ars „053820008 008“ ist kein Regionalschlüssel"),
])
def test_a_malformed_ars_is_refused_naming_file_and_neighbour(cluster, ars, message):
    with pytest.raises(ConfigError, match=f"^cluster.yaml: coordination.external_neighbours, „bad-honnef“ "
                                          f"\\(Eintrag 1\\): {message}"):
        receivers(_configured(cluster, {**HONNEF, "ars": ars}))


@pytest.mark.parametrize("ars, unit", [("053820008999", "keine Gemeinde"), ("07199", "kein Kreis")])
def test_an_ars_vg5000_does_not_know_is_refused(settings, cluster, ars, unit):
    with pytest.raises(ConfigError, match=f"^cluster.yaml: coordination.external_neighbours, „bad-honnef“: "
                                          f"{unit} mit dem Regionalschlüssel \\(ars\\) {ars} in den "
                                          f"Verwaltungsgrenzen \\(VG5000\\) – bitte ars prüfen"):
        neighbourhoods(settings, _configured(cluster, {**HONNEF, "ars": ars}))


def test_a_12_digit_key_under_ags_says_to_give_it_as_ars(cluster):
    with pytest.raises(ConfigError, match="„bad-honnef“ \\(Eintrag 1\\): ags „053820008008“ muss 5 .* oder 8 "
                                          "Ziffern .* – ein Regionalschlüssel gehört unter ars"):
        receivers(_configured(cluster, {**HONNEF, "ars": None, "ags": "053820008008", "name": "Bad Honnef"}))


def test_an_ags_vg5000_does_not_know_is_refused_naming_file_and_neighbour(settings, cluster):
    unknown = {"key": "honnef-ags", "name": "Bad Honnef", "ags": "05382999", "mailbox": "a@bad-honnef.de"}
    with pytest.raises(ConfigError, match="^cluster.yaml: coordination.external_neighbours, „honnef-ags“: "
                                          "keine Gemeinde und kein Kreis mit dem Gemeindeschlüssel \\(ags\\) "
                                          "05382999 in den Verwaltungsgrenzen \\(VG5000\\) – bitte ags prüfen"):
        neighbourhoods(settings, _configured(cluster, unknown))
