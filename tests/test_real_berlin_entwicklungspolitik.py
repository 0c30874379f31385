"""Berlin's real „Stadtführer Entwicklungspolitik“ (tests/data/real/berlin-entwicklungspolitik,
CC BY 3.0 DE), a directory of associations and initiatives, checked and run as offers
(Vereinsangebote) the way its data office would map it. Each entry keeps address, telephone,
fax and contact persons in one field over several lines („c/o …\\nEmdener Str. 31, 10551
Berlin\\nTel.: …\\nAnsprechpartner: …“); mapped as the place it was refused as „Ort ist 134
Zeichen lang“ in 47 of 60 rows, and no row was located. Web addresses written without scheme
(„home.snafu.de/mkgandhi“) were refused, and a Senatsverwaltung's „briefkasten@“ counted as a
person's mailbox."""
import json
from pathlib import Path

import pandas as pd
import pytest

from pipelines.ingest.normalise import address_from_contact_block, normalise
from pipelines.quality.validate import row_reason
from schemas import load_schema
from support.cli import exported_rows, swdp

REAL = Path(__file__).parent / "data" / "real" / "berlin-entwicklungspolitik"
CONFIG = {"SWDP_CONFIG": str(REAL / "cluster.yaml")}
LIST = REAL / "stadtfuehrer-entwicklungspolitik-auszug.json"
# the rows refused for a person's mailbox (32: „vorname.nachname@“, any at a free-mail
# provider, also an association's own „aric@aric.de“) and for a description over 4000 characters
PERSONS_MAILBOXES = {"1", "3", "5", "7", "13", "17", "19", "21", "23", "25", "29", "31", "33",
                     "35", "37", "39", "43", "47", "55", "57", "63", "65", "69", "73", "79",
                     "89", "91", "97", "103", "111", "113", "117"}
TOO_LONG = {"31", "53", "59", "87"}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict:
    """The report of `swdp check -m berlin` of the excerpt."""
    result = swdp("check", str(LIST), "-m", "berlin", "-d", "offers", "--json",
                  data_dir=tmp_path_factory.mktemp("check"), env=CONFIG)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, dict]:
    """The rows of the member's CSV export after `swdp run`, by source id."""
    return exported_rows(tmp_path_factory.mktemp("run") / "data", "offers", "berlin", CONFIG)


def _source_id(problem: dict) -> str:
    return problem["row_ref"].split("(id ")[1].rstrip(")")


def test_only_persons_mailboxes_and_overlong_descriptions_are_refused(checked):
    assert (checked["read"], checked["valid"], checked["rejected"]) == (60, 25, 35)
    assert {problem["field"] for problem in checked["problems"]} == {"email", "description"}
    private = {_source_id(p) for p in checked["problems"] if "private E-Mail-Adresse" in p["reason"]}
    long = {_source_id(p) for p in checked["problems"] if p["field"] == "description"}
    assert (private, long) == (PERSONS_MAILBOXES, TOO_LONG)
    assert [p["reason"] for p in checked["problems"] if _source_id(p) == "87"] == [
        "„Beschreibung“ ist 6534 Zeichen lang, erlaubt sind 4000 – bitte kürzen"]


def test_every_valid_entry_is_located_by_the_address_in_its_contact_block(checked):
    assert checked["geocoded"] == checked["valid"] == 25
    assert not [p for p in checked["problems"] if p["field"] == "place"]


@pytest.mark.parametrize("source_id, address", [
    ("51", ("Am Köllnischen Park", "1", "10179", "Berlin")),
    ("99", ("Rathausstr.", "15", "10178", "Berlin")),  # „Berliner Rathaus\nRathausstr. 15; 10178 Berlin“
    ("101", ("Beuthstr.", "6-8", "10117", "Berlin-Mitte")),  # „Beuthstr. 6 - 8, 10117 Berlin-Mitte“
    ("105", ("Hanne Nüte", "79", "12359", "Berlin")),  # „c/o Susanne …, Hanne Nüte 79, 12359 Berlin“
    ("109", ("Straße des 17. Juni", "112", "10623", "Berlin")),  # below „Geschäftsstelle im …“
])
def test_the_address_of_the_contact_block_is_published(exported, source_id, address):
    row = exported[source_id]
    assert (row["Straße"], row["Hausnummer"], row["Postleitzahl"], row["Ort"]) == address


def test_names_and_numbers_of_the_contact_block_are_not_published(exported):
    """The block's other lines – c/o names, contact persons, their numbers – are no part of
    any published field."""
    published = json.dumps(list(exported.values()), ensure_ascii=False)
    for said in ("Susanne Deufel-Herbolte", "Herbert Voß", "(030) 493 26 34",  # 105
                 "Ursula Nguyen", "(030) 802 93 64",  # 27
                 "Klaus Jaschinski", "Julius Waldschmidt",  # 11
                 "Ingrid Hartmann", "(030) 25 93 37 77",  # 9
                 "Helga Ballien-Thiel"):  # 41
        assert said not in published, said


def test_web_addresses_without_scheme_and_a_public_authoritys_mailbox_are_published(exported):
    assert exported["45"]["Webseite"] == "https://friedeninternat_blog.gruene-berlin.de"
    assert exported["101"]["E-Mail"] == "briefkasten@senbwf.berlin.de"
    assert not PERSONS_MAILBOXES & exported.keys()


@pytest.mark.parametrize("place, street, expected", [
    # a contact person's own address further down is not the association's
    ("Dahmestr. 77, 12526 Berlin\nTel.: (030) 676 60 03\n\nAnsprechpartnerin: Petra Henkert, "
     "Straße am Höllengrund 18, 15738 Zeuthen", None, ("Dahmestr.", "77", "12526", "Berlin")),
    # the street on the line above postcode and place
    ("Potsdamer Str. 89 \n10785 Berlin \nTelefon: (030) 25 94 08 01", None,
     ("Potsdamer Str.", "89", "10785", "Berlin")),
    # a post office box is no street
    ("Postfach 21 01 09, 10501 Berlin\n\nAnsprechpartner: Christian Bartolf", None,
     (None, None, "10501", "Berlin")),
    # a delivered street keeps its own number
    ("Lernhaus\nPohlstr. 60-62, 10785 Berlin", "Pohlstraße", ("Pohlstraße", None, "10785", "Berlin")),
    # a block without postcode and place stays as delivered
    ("Rathaus\nTel.: 06381 4240", None, (None, None, None, "Rathaus\nTel.: 06381 4240")),
])
def test_what_a_contact_block_gives(place, street, expected):
    values = pd.DataFrame({"street": [street], "housenumber": [None], "postcode": [None],
                           "place": [place]}, dtype=object)
    address_from_contact_block(values)
    assert tuple(values.iloc[0]) == expected


@pytest.mark.parametrize("written, read", [
    ("home.snafu.de/mkgandhi", "https://home.snafu.de/mkgandhi"),
    ("www.act-orissa.de/", "https://www.act-orissa.de/"),
    ("kuba@gmx.de", "kuba@gmx.de"),  # a mail address in the column stays one (refused as such)
    ("siehe Internetangebot", "siehe Internetangebot"),
])
def test_web_addresses_written_without_scheme(written, read):
    schema = load_schema("offers")
    values, _ = normalise(pd.DataFrame({"url": [written]}), schema)
    assert values["url"].iloc[0] == read


def test_the_report_says_what_of_the_contact_blocks_is_left_out(checked):
    assert ("„Ort“ enthält in 60 Zeilen eine mehrzeilige Kontaktangabe – übernommen wird daraus "
            "nur die Anschrift (Straße, Hausnummer, Postleitzahl, Ort), keine Telefonnummer, "
            "E-Mail-Adresse oder Ansprechperson; Telefon und E-Mail der Stelle bitte in eigenen "
            "Spalten liefern") in checked["notes"]


def test_a_contact_block_mapped_as_telephone_is_named_as_such():
    """Mapped as „Telefon“ (its „Tel.:“ line is there), the block is refused: the reason names
    a text over several lines by its first line, not the whole block as a telephone number."""
    schema = load_schema("offers")
    block = json.loads(LIST.read_text(encoding="utf-8"))["index"][0]["kontakt"]
    reason = row_reason("format", schema.field("phone"), {"phone": block}, schema, {})
    assert reason == ("„Telefon“ enthält einen Text über 3 Zeilen („Große Hamburger Str. 31, "
                      "10115 Berlin …“) statt einer Telefonnummer – bitte nur die Telefonnummer "
                      "liefern, z. B. in einer eigenen Spalte")
