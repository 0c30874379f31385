"""Two real lists of the Bezirksamt Lichtenberg (tests/data/berlin-lichtenberg, CC BY 3.0 DE) as
a data office delivers them: JSON from the Berlin data portal with the records under `index`,
offers for children and families and rooms to let (as vacancies). What the real rows showed:
the member's JSON source was read as GeoJSON by `swdp check` and the inbox, „PLZ Ort“ in one
column made the whole file unusable for vacancies, street and house number in one column left
the house number empty, „ca. 60 m²“ and a rent „nach Vereinbarung“ rejected the room, and two
telephone numbers in one cell were called „keine gültige Telefonnummer“."""
import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipelines.core.cluster import load_cluster
from pipelines.ingest.inbox import delivered_as
from pipelines.ingest.normalise import housenumber_from_street, normalise
from pipelines.ingest.numbers import read_decimal
from pipelines.quality.patterns import several_values
from schemas import load_schema
from support.cli import swdp, swdp_in_process

REAL = Path(__file__).parent / "data" / "berlin-lichtenberg"
CONFIG = {"SWDP_CONFIG": str(REAL / "cluster.yaml")}
OFFERS = REAL / "einrichtungen-kinder-jugend-familien.json"
ROOMS = REAL / "mietbare-veranstaltungsraeume.json"
MEMBER = "berlin-lichtenberg"
RENT = load_schema("vacancies").field("rent_eur_month")


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[dict, Path]:
    """One `swdp run` of both lists as they are: the runs by dataset, and the data folder."""
    data = tmp_path_factory.mktemp("lichtenberg") / "data"
    # in a process of its own: the Dagster jobs are partitioned by the members read at start
    result = swdp("run", "--json", data_dir=data, env=CONFIG)
    assert result.returncode == 0, result.stdout + result.stderr
    return {run["dataset"]: run for run in json.loads(result.stdout)["runs"]}, data


def _check(tmp_path: Path, path: Path, dataset: str) -> dict:
    result = swdp_in_process("check", str(path), "-d", dataset, "-m", MEMBER, "--json",
                             data_dir=tmp_path / "data", env=CONFIG)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


def _exported(data: Path, dataset: str) -> dict[str, dict]:
    text = (data / "export" / dataset / f"{MEMBER}.csv").read_text(encoding="utf-8-sig")
    return {row["Kennung beim Mitglied"]: row for row in csv.DictReader(io.StringIO(text), delimiter=";")}


def _reasons(report: dict, source_id: str, field: str) -> list[str]:
    return [p["reason"] for p in report["problems"]
            if p["row_ref"].endswith(f"(id {source_id})") and p["field"] == field]


def test_a_json_list_is_checked_with_the_members_json_source(tmp_path):
    """A `.json` file is GeoJSON by its ending; the member's source says it is a JSON list
    with the records under `index`. Before: „Keine GeoJSON-FeatureCollection“."""
    report = _check(tmp_path, OFFERS, "offers")
    assert report["read"] == len(json.loads(OFFERS.read_text())["index"]) == 71
    source = load_cluster(REAL / "cluster.yaml").member(MEMBER).sources["offers"]
    dropped = delivered_as(source, tmp_path / "inbox" / "offers" / "neu.json")
    assert (dropped.connector, dropped.options) == ("json", {"records": "index"})
    # a GeoJSON file for the same source is read as GeoJSON, without the JSON options
    other = delivered_as(source, tmp_path / "neu.geojson")
    assert (other.connector, other.options) == ("geojson", {})


def test_postcode_and_place_in_one_column_fill_the_required_postcode(tmp_path, run):
    """„10365 Berlin“ in `plz_ort`, mapped to the place: the vacancies' required postcode
    comes from it. Before, the whole file was refused: „Pflichtfeld Postleitzahl erwartet
    Spalte …“."""
    report = _check(tmp_path, ROOMS, "vacancies")
    assert report["read"] == 60
    assert not [p for p in report["problems"] if p["field"] == "postcode"]
    room = _exported(run[1], "vacancies")["54"]
    assert (room["Postleitzahl"], room["Ort"]) == ("10365", "Berlin")


def test_a_house_number_written_in_the_street_column_is_its_own(run):
    """„Gensinger Str. 58“: the number goes to the house number, where the geocoder and the
    natural key of vacancies look for it; ranges stay whole („45-49“)."""
    offers, rooms = _exported(run[1], "offers"), _exported(run[1], "vacancies")
    assert (offers["125"]["Straße"], offers["125"]["Hausnummer"]) == ("Gensinger Str.", "58")
    assert (rooms["54"]["Straße"], rooms["54"]["Hausnummer"]) == ("Josef-Orlopp-Str.", "45-49")


@pytest.mark.parametrize("street, expected", [
    ("Dorfstr. 4 / 4a", ("Dorfstr.", "4/4a")),
    ("Landsberger Allee 180D", ("Landsberger Allee", "180D")),
    ("Möllendorffstr. 102/103", ("Möllendorffstr.", "102/103")),
    # a range with the en dash word processors put in (tests/data/ical-cottbus-potsdam)
    ("Luckenwalder Str. 4–6", ("Luckenwalder Str.", "4-6")),
    # Berlin's numbered streets and roads keep their number: it is part of the name
    ("Straße 12", ("Straße 12", None)),
    ("An der B 9", ("An der B 9", None)),
    ("Hauptstraße", ("Hauptstraße", None)),
])
def test_house_numbers_split_off_street_names(street, expected):
    values = pd.DataFrame({"street": [street], "housenumber": [None]}, dtype=object)
    housenumber_from_street(values)
    assert (values.at[0, "street"], values.at[0, "housenumber"]) == expected


def test_a_delivered_house_number_is_never_replaced():
    values = pd.DataFrame({"street": ["Markt 3"], "housenumber": ["7"]}, dtype=object)
    housenumber_from_street(values)
    assert (values.at[0, "street"], values.at[0, "housenumber"]) == ("Markt 3", "7")


def test_an_area_about_so_large_and_a_rent_by_arrangement_keep_the_room(run):
    """Kita Pusteblume: „ca. 20 m²“, costs „nach Vereinbarung“ – both rejected the room."""
    room = _exported(run[1], "vacancies")["40"]
    assert (room["Objektbezeichnung"], room["Nutzfläche in m²"]) == ("Kita Pusteblume", "20")
    assert room["Kaltmiete in Euro pro Monat"] == ""


def test_by_arrangement_is_no_amount_only_for_amounts_in_euros():
    assert read_decimal("nach Vereinbarung", True, price=RENT) is None
    assert read_decimal("ca. 140 m²", True) == 140.0
    with pytest.raises(ValueError, match="„nach Vereinbarung“ ist keine Zahl"):
        read_decimal("nach Vereinbarung", True)
    # several areas in one cell stay a problem: which one is meant cannot be told
    with pytest.raises(ValueError, match="ist keine Zahl"):
        read_decimal("Raum 1 = 60 m², Raum 2 = 82,5 m²", True)


def test_a_price_open_to_negotiation_is_the_asking_price():
    """„150.000 € VB“ in an estate list was „keine Zahl“; VB only says the price is negotiable."""
    delivered = ["150.000 € VB", "VB 150.000 €", "850 € VB", "1.200,- € Verhandlungsbasis",
                 "95.000 € (verhandelbar)", "VB"]
    values, problems = normalise(pd.DataFrame({"price_eur": delivered}), load_schema("vacancies"))
    assert problems == []
    assert values["price_eur"].tolist() == [150000.0, 150000.0, 850.0, 1200.0, 95000.0, None]
    # a number beside other words is still no number
    with pytest.raises(ValueError, match="ist keine Zahl"):
        read_decimal("150.000 € VB, Garage 10.000 €", True, price=RENT)


def test_a_rent_per_hour_is_refused_naming_the_unit_the_field_expects(tmp_path):
    """The rooms' costs („kosten“) as the monthly rent: „15 Euro/Stunde“ was „keine Zahl –
    bitte z. B. als 1250,50 angeben“, not a word of the hour the data office must turn into
    a month. Now the check says it: file, row and field as always, and the reason names the
    delivered basis and the one the field expects."""
    config = yaml.safe_load((REAL / "cluster.yaml").read_text(encoding="utf-8"))
    [member] = config["members"]
    member["sources"]["vacancies"]["mapping"]["rent_eur_month"] = "kosten"
    (tmp_path / "cluster.yaml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                           encoding="utf-8")
    checked = swdp_in_process("check", str(ROOMS), "-d", "vacancies", "-m", MEMBER, "--json",
                              data_dir=tmp_path / "data",
                              env={"SWDP_CONFIG": str(tmp_path / "cluster.yaml")})
    report = json.loads(checked.stdout)
    assert checked.returncode == 1 and report["file"] == ROOMS.name
    [per_hour] = [p for p in report["problems"] if p["value"] == "15 Euro/Stunde"]
    row, room = next((number, room) for number, room in enumerate(
        json.loads(ROOMS.read_text())["index"], 1) if room["kosten"] == "15 Euro/Stunde")
    assert per_hour["row_ref"] == f"Datensatz {row} (id {room['id']})"
    assert per_hour["field_label"] == "kosten [Kaltmiete in Euro pro Monat]"  # theirs, ours
    assert per_hour["reason"] == ("„15 Euro/Stunde“ ist ein Betrag pro Stunde, erwartet ist "
                                  "einer in Euro pro Monat – bitte den Betrag pro Monat angeben")
    reasons = {p["value"]: p["reason"] for p in report["problems"] if p["field"] == "rent_eur_month"}
    assert reasons["70 Euro/Tag"].startswith("„70 Euro/Tag“ ist ein Betrag pro Tag, erwartet ")
    assert reasons["15€ /Stunde"].startswith("„15€ /Stunde“ ist ein Betrag pro Stunde, ")
    assert "pro Tag 150 Euro" in reasons and "100 Euro" not in reasons  # a bare amount is read
    assert reasons["10€ /Stunde, 10€ /Stunde, 5€ /Stunde"].startswith(
        "„10€ /Stunde, 10€ /Stunde, 5€ /Stunde“ sind 3 Beträge pro Stunde, erwartet ist einer in ")


def test_an_amount_for_what_the_field_holds_is_read_and_one_for_else_named():
    """Per month for a monthly rent is the rent; a purchase price (no basis in the schema)
    takes no „pro …“ at all."""
    delivered = ["450 €/Monat", "pro Monat 300 Euro", "15 Euro/Stunde"]
    values, problems = normalise(pd.DataFrame({"rent_eur_month": delivered}),
                                 load_schema("vacancies"))
    assert values["rent_eur_month"].tolist()[:2] == [450.0, 300.0]
    assert [p.reason for p in problems] == [
        "„15 Euro/Stunde“ ist ein Betrag pro Stunde, erwartet ist einer in Euro pro Monat – "
        "bitte den Betrag pro Monat angeben"]
    _, problems = normalise(pd.DataFrame({"price_eur": ["250.000 € pro Monat"]}),
                            load_schema("vacancies"))
    assert [p.reason for p in problems] == [
        "„250.000 € pro Monat“ ist ein Betrag pro Monat, erwartet ist einer in Euro ohne „pro Monat“"]
    hourly = load_schema("offers").field("hourly_rate_eur")
    assert read_decimal("12,50 €/Std.", True, price=hourly) == 12.5


def test_the_report_counts_the_rents_by_arrangement_it_leaves_empty(run, tmp_path):
    """The rooms say „nach Vereinbarung“ 32 times; the rent stays empty, and the report says so
    instead of losing the word silently."""
    rooms = json.loads(ROOMS.read_text(encoding="utf-8"))["index"]
    by_arrangement = sum(room["kosten"] == "nach Vereinbarung" for room in rooms)
    assert by_arrangement > 1
    note = (f"„Kaltmiete in Euro pro Monat“: {by_arrangement} Werte wie „nach Vereinbarung“, "
            f"„auf Anfrage“ oder „VB“ ohne Betrag übernommen (das Feld bleibt leer)")
    assert note in _check(tmp_path, ROOMS, "vacancies")["notes"]
    assert note in run[0]["vacancies"]["notes"]


def test_several_contacts_in_one_cell_are_named_one_by_one(tmp_path):
    report = _check(tmp_path, OFFERS, "offers")
    assert _reasons(report, "55", "phone")[0] == (
        "„Telefon“ enthält mehrere Angaben („030 66633950“, „0177 4317390“) – bitte nur eine "
        "Telefonnummer angeben, weitere z. B. in die Beschreibung")
    assert _reasons(report, "45", "email") == [
        "„E-Mail“ enthält mehrere Angaben („post@koordinierungsstelle-lichtenberg.de“, "
        "„post@lap-hohenschoenhausen.de“) – bitte nur eine E-Mail-Adresse angeben, weitere "
        "z. B. in die Beschreibung"]
    assert _reasons(report, "53", "url") == [
        "„Webseite“ enthält mehrere Angaben („http://www.arche.libg-jugend.de/“, "
        "„www.facebook.com/JEFdieArche“) – bitte nur eine Webadresse angeben, weitere z. B. in "
        "die Beschreibung"]
    # a number that is simply wrong is still called so
    mangled = {**json.loads(OFFERS.read_text()), "index": [
        {**json.loads(OFFERS.read_text())["index"][1], "telefon": "030 5001 86 23 Durchwahl"}]}
    path = tmp_path / "einrichtungen.json"
    path.write_text(json.dumps(mangled), encoding="utf-8")
    assert _reasons(_check(tmp_path, path, "offers"), "125", "phone") == [
        "„030 5001 86 23 Durchwahl“ ist keine gültige Telefonnummer – bitte „Telefon“ korrigieren"]


def test_exports_open_in_german_excel_and_keep_umlauts(run):
    runs, data = run
    assert (runs["offers"]["read"], runs["vacancies"]["read"]) == (71, 60)
    raw = (data / "export" / "offers" / f"{MEMBER}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.splitlines()[0].count(b";") > 10
    offer = _exported(data, "offers")["125"]
    assert offer["Bezeichnung"] == 'Familien- und Begegnungszentrum "Die Brücke"'
    assert offer["Beschreibung"].startswith("Familienfrühstück, interkulturelles Kochen")
    assert "," in offer["Breite (WGS84)"] and "." not in offer["Breite (WGS84)"]
    features = json.loads((data / "export" / "offers" / f"{MEMBER}.geojson").read_text(encoding="utf-8"))
    titles = {f["properties"]["source_id"]: f["properties"]["title"] for f in features["features"]}
    assert titles["125"] == 'Familien- und Begegnungszentrum "Die Brücke"'
    assert len(titles) == runs["offers"]["valid"]


def test_contacts_of_persons_in_the_real_list_are_never_published(run):
    """The list names staff (vorname.nachname@, mobile numbers): those rows are held back
    with a reason, and no export carries them."""
    runs, data = run
    assert runs["offers"]["rejected"] == runs["offers"]["read"] - runs["offers"]["valid"] > 0
    exported = "".join(path.read_text(encoding="utf-8", errors="replace")
                       for path in (data / "export" / "offers").glob(f"{MEMBER}.*")
                       if path.suffix in (".csv", ".geojson"))
    for private in ("Birgit.Schreiber@sozdia.de", "0177 713544", "m.mordeja@invia-center-berlin.de"):
        assert private not in exported


def test_the_mailbox_of_a_facilitys_head_is_a_function_mailbox(run):
    """„leitung@kinderhaus-b-b.de“ (Projekt „Lücke-Brücke“) is the head of a facility, whoever
    holds the post – it was held back as private; `leitung` is now in `role_mailboxes`."""
    offer = _exported(run[1], "offers")["69"]
    assert (offer["Bezeichnung"], offer["E-Mail"]) == ("Lücke-Brücke", "leitung@kinderhaus-b-b.de")


def test_without_a_member_a_json_list_is_refused_with_the_way_to_read_it(tmp_path):
    result = swdp_in_process("check", str(ROOMS), "-d", "vacancies", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert ("Keine GeoJSON-FeatureCollection – erwartet wird {\"type\": \"FeatureCollection\", "
            "\"features\": [...]}; eine JSON-Datei mit Datensätzen liest eine Quelle mit "
            "„connector: json“ (hier wohl „options: {records: index}“ für 60 Datensätze) – mit "
            "--municipality eines "
            "Mitglieds mit solcher Quelle prüfen") in " ".join(result.stderr.split())


@pytest.mark.parametrize("value, fmt, expected", [
    ("030 66633950 oder 0177 4317390", "phone", ["030 66633950", "0177 4317390"]),
    ("post@koordinierungsstelle-lichtenberg.de/ post@lap-hohenschoenhausen.de", "email",
     ["post@koordinierungsstelle-lichtenberg.de", "post@lap-hohenschoenhausen.de"]),
    ("http://www.koordinierungsstelle-lichtenberg.de/ lap-hohenschoenhausen.de", "url",
     ["http://www.koordinierungsstelle-lichtenberg.de/", "lap-hohenschoenhausen.de"]),
    # one contact with a remark is not two contacts; a wrong one is just wrong
    ("info@x.de (Frau Müller)", "email", []),
    ("030 5001 86 23 Durchwahl", "phone", []),
    ("Tel. 030 123456, Fax 030 123457", "phone", []),
])
def test_what_counts_as_several_contacts(value, fmt, expected):
    assert several_values(value, fmt) == expected
