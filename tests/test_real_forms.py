"""Forms of real deliveries the platform misread, each rebuilt here as a small delivery in
the same form: Leverkusen's event calendar as iCalendar (city and tourism portal, written by
a WordPress event plugin), Moers's retail list of the town centre (a CSV saved twice as UTF-8,
an unquoted comma in a value) and Moers's Christmas calendar (a date and an hours column,
„http://“ for no web page, the town information's mailbox). The real files carry no open
licence, so none is copied; names and addresses below are public places, the texts are new.
"""
import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from connectors import read_delivery
from connectors.delivery import ROW_PROBLEMS
from connectors.ical_location import split_location
from pipelines.ingest.dates import read_instant
from pipelines.ingest.columns import map_columns
from pipelines.ingest.normalise import normalise
from schemas import load_schema
from support.cli import swdp_in_process

BERLIN_CONFIG = Path(__file__).parent / "data" / "berlin-weihnachtsmaerkte" / "cluster.yaml"
SOON = datetime.now(ZoneInfo("Europe/Berlin")).date() + timedelta(days=20)


def _member(tmp_path: Path, key: str, name: str, ars: str, source: str) -> Path:
    """A cluster.yaml with one member (as the Berlin precedent's) and its source."""
    config = BERLIN_CONFIG.read_text(encoding="utf-8")
    head, rest = config.split("members:", 1)
    member = (f"members:\n  - key: {key}\n    name: {name}\n    kind: Stadt\n"
              f"    ags: \"{ars[:5]}{ars[-3:]}\"\n    ars: \"{ars}\"\n    ckan_organization: {key}\n"
              f"    data_office: opendata@{key}.de\n    sources:\n{source}\n")
    path = tmp_path / "cluster.yaml"
    path.write_text(head + member + "geodata:" + rest.split("geodata:", 1)[1], encoding="utf-8")
    return path


def _check(tmp_path: Path, delivery: Path, dataset: str, member: str, config: Path) -> dict:
    result = swdp_in_process("check", str(delivery), "-d", dataset, "-m", member, "--json",
                             data_dir=tmp_path / "data", env={"SWDP_CONFIG": str(config)})
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


def _event(uid: str, summary: str, when: str, location: str, category: str) -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260907T042922Z\r\n{when}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nCATEGORIES:{category}\r\nEND:VEVENT\r\n")


@pytest.fixture
def leverkusen_calendar(tmp_path) -> tuple[Path, Path]:
    day = SOON.strftime("%Y%m%d")
    events = [
        _event("jobmesse@example.org", "Jobmesse", f"DTSTART:{day}T080000Z\r\nDTEND:{day}T140000Z",
               "Forum Leverkusen\\, Am Büchelter Hof 9\\, 51373\\, Leverkusen", "Märkte & Messen"),
        _event("kirmes@example.org", "Kirmes im Dorf", f"DTSTART;VALUE=DATE:{day}",
               "Bergisch Neukirchen\\, 51381\\, Leverkusen", "Feste & Brauchtum"),
        _event("vorlesen@example.org", "Vorlesen für Kinder",
               f"DTSTART:{day}T140000Z\r\nDTEND:{day}T150000Z",
               "Stadtbibliothek\\, Friedrich-Ebert-Platz 3D\\, 51373\\, Leverkusen", "Familie & Kinder"),
        _event("tour@example.org", "Bunkertour", f"DTSTART:{day}T143000Z\r\nDTEND:{day}T160000Z",
               "Christuskirche\\, Dönhoffstraße 2\\, 51373\\, Leverkusen", "Führungen & Touren"),
        _event("prinz@example.org", "Prinzenproklamation", f"DTSTART:{day}T180000Z",
               "Forum Leverkusen\\, Am Büchelter Hof 9\\, 51373\\, Leverkusen", "Karneval"),
        # several categories, the first one unknown: the first known one counts
        _event("lesung@example.org", "Lesung", f"DTSTART:{day}T163000Z",
               "Stadtbibliothek\\, Friedrich-Ebert-Platz 3D\\, 51373\\, Leverkusen",
               "Tipps,Lesungen & Literatur"),
    ]
    path = tmp_path / "veranstaltungen.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n" + "".join(events)
                    + "END:VCALENDAR\r\n", encoding="utf-8")
    config = _member(tmp_path, "leverkusen", "Stadt Leverkusen", "053160000000",
                     "      events:\n        connector: ical\n        location: veranstaltungen.ics")
    return path, config


def test_calendar_categories_of_a_city_portal_are_taken_not_rejected(tmp_path, leverkusen_calendar):
    """„Märkte & Messen“, „Feste & Brauchtum“, „Familie & Kinder“, „Führungen & Touren“,
    „Karneval“ are headings of Leverkusen's calendar: every event was rejected for its
    category."""
    path, config = leverkusen_calendar
    report = _check(tmp_path, path, "events", "leverkusen", config)
    assert report["problems"] == []
    assert (report["read"], report["valid"], report["rejected"]) == (6, 6, 0)
    rows = {row["source_id"]: row for row in read_delivery(path, "ical", {}).rows}
    assert rows["lesung@example.org"]["category"] == "Tipps, Lesungen & Literatur"


def test_a_postcode_written_as_a_part_of_its_own_is_read_with_street_and_place(leverkusen_calendar):
    """„Forum Leverkusen, Am Büchelter Hof 9, 51373, Leverkusen“: street, number and postcode
    ended up in the venue, so the address could not be located."""
    path, _ = leverkusen_calendar
    rows = {row["source_id"]: row for row in read_delivery(path, "ical", {}).rows}
    fair = rows["jobmesse@example.org"]
    assert (fair["venue"], fair["street"], fair["housenumber"], fair["postcode"], fair["place"]) == (
        "Forum Leverkusen", "Am Büchelter Hof", "9", "51373", "Leverkusen")
    fete = rows["kirmes@example.org"]
    assert (fete["venue"], fete["postcode"], fete["place"]) == ("Bergisch Neukirchen", "51381", "Leverkusen")
    assert "street" not in fete


@pytest.mark.parametrize("location, expected", [
    ("Edelrather Kirmesplatz, Edelrather Weg, 51375, Leverkusen",
     # a street without number after the venue is the street (as in „… @ Karl-Marx-Straße“)
     {"venue": "Edelrather Kirmesplatz", "street": "Edelrather Weg", "postcode": "51375",
      "place": "Leverkusen"}),
    ("Stadthalle, D-67655", {"venue": "Stadthalle", "postcode": "67655"}),
    ("Stadthalle, Hauptstraße 5, 66869", {"venue": "Stadthalle", "street": "Hauptstraße",
                                         "housenumber": "5", "postcode": "66869"}),
])
def test_a_postcode_in_a_part_of_its_own_in_other_locations(location, expected):
    assert split_location(location) == expected


MOERS_SHOPS = (
    "Firma,Quartier,Straße,HausNr,PLZ,Ort,URL,Fon,Branche\n"
    "Burgschlösschen,Burg,Burgstr.,1f,47441,Moers,,,Schmuck\n"
    # the unquoted comma of the real list: every value after it stood a column to the right
    "Strauss Innovation,Stein,Steinstr.,34,47441,Moers,www.strauss-innovation.de,99 99 39 01,"
    "Heimtextilien, Oberbekleidung\n"
    "Hörgeräte Müller,Kö-Viertel,Homberger Str.,20-22,47441,Moers,,88 23 63,Hörakustik\n")
MOERS_OFFERS = """      offers:
        connector: csv
        location: geschaefte.csv
        mapping:
          title: Firma
          provider: Firma
          category: {value: Dienstleistung}
          description: Branche
          street: Straße
          housenumber: HausNr
          postcode: PLZ
          place: Ort
          url: URL
          phone: Fon"""


def _twice_utf8(text: str) -> bytes:
    """What the real list had: UTF-8 read as Windows-1252 and saved as UTF-8 again."""
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


def test_a_csv_saved_twice_as_utf8_is_read_as_meant_and_said_so(tmp_path):
    """„StraÃŸe“ and „BurgschlÃ¶sschen“: the mapped street column was not found (and
    silently left empty), the umlauts would have been published as they were."""
    path = tmp_path / "geschaefte.csv"
    path.write_bytes(_twice_utf8(MOERS_SHOPS))
    assert "StraÃŸe".encode("utf-8") in path.read_bytes()
    delivery = read_delivery(path, "csv", {})
    assert "Straße" in delivery.columns
    assert [row["Firma"] for row in delivery.rows] == ["Burgschlösschen", "Strauss Innovation",
                                                      "Hörgeräte Müller"]
    assert any("zweimal als UTF-8" in note for note in delivery.notes)
    report = _check(tmp_path, path, "offers", "moers",
                    _member(tmp_path, "moers", "Stadt Moers", "051700024024", MOERS_OFFERS))
    assert not any("Ã" in str(problem) for problem in report["problems"])
    assert any("zweimal als UTF-8" in note for note in report["notes"])
    assert not any("Straße" in note for note in report["notes"])


def test_a_row_with_more_values_than_the_header_is_refused_not_shifted(tmp_path):
    """„Heimtextilien, Oberbekleidung“ unquoted in a comma file: the row has one value too
    many; without the refusal „Oberbekleidung“ would be read as the next column's value."""
    path = tmp_path / "geschaefte.csv"
    path.write_text(MOERS_SHOPS, encoding="utf-8")
    rows = read_delivery(path, "csv", {}).rows
    assert [ROW_PROBLEMS in row for row in rows] == [False, True, False]
    report = _check(tmp_path, path, "offers", "moers",
                    _member(tmp_path, "moers", "Stadt Moers", "051700024024", MOERS_OFFERS))
    assert (report["read"], report["valid"], report["rejected"]) == (3, 2, 1)
    [problem] = report["problems"]
    assert problem["row_ref"] == "Zeile 3"
    assert problem["reason"].startswith("Die Zeile hat 10 Werte, die Kopfzeile 9 Spalten – steht "
                                        "das Trennzeichen „,“ in einem Wert ohne Anführungszeichen?")


def test_a_mapped_column_missing_from_the_delivery_is_named(tmp_path):
    """The mapping says „Straße“, the file has „Strassenname“: the street stayed empty without
    a word in the report."""
    path = tmp_path / "geschaefte.csv"
    path.write_text(MOERS_SHOPS.replace("Straße", "Strassenname").replace(
        ",Heimtextilien, Oberbekleidung", ",Heimtextilien"), encoding="utf-8")
    report = _check(tmp_path, path, "offers", "moers",
                    _member(tmp_path, "moers", "Stadt Moers", "051700024024", MOERS_OFFERS))
    assert report["valid"] == 3
    assert any(note.startswith("In der Lieferung fehlt die Spalte „Straße“ (für „Straße“) aus "
                               "der Zuordnung in cluster.yaml für Stadt Moers – das Feld bleibt "
                               "leer; geliefert: „Firma“, „Quartier“, „Strassenname“")
               for note in report["notes"])


def test_a_date_with_a_span_of_hours_is_read_as_start_and_end_not_moved_by_hours(tmp_path):
    """A date column and an hours column „11:00-18:00“ mapped together to the start: Python's
    ISO reader took „-18:00“ for a UTC offset, and the market opened at 05:00 the next day.
    Mapped to start and to end, the span gives both; a single time gives no end. The town
    information's mailbox and a form's empty „http://“ keep an event published."""
    day = SOON.isoformat()
    path = tmp_path / "weihnachten.csv"
    path.write_text(
        "uuid,name,begin,hours,location,street,zip,city,email,web\n"
        f"201502,Weihnachtsmarkt,{day},11:00-18:00,Kastellplatz,Kastell,47441,Moers,"
        "info@moers-marketing.de,http://www.moers.de\n"
        f"18,Moers ganz weihnachtlich,{day},15:00,Altmarkt,Altmarkt,47441,Moers,"
        "stadtinformation@moers-marketing.de,http://\n", encoding="utf-8")
    delivery = read_delivery(path, "csv", {})
    schema = load_schema("events")
    frame, _ = map_columns(delivery, schema, {
        "source_id": "uuid", "title": "name", "start": ["begin", "hours"], "end": ["begin", "hours"],
        "venue": "location", "street": "street", "postcode": "zip", "place": "city",
        "email": "email", "url": "web"})
    values, problems = normalise(frame, schema)
    assert problems == []
    berlin = ZoneInfo("Europe/Berlin")
    assert [(start.astimezone(berlin).strftime("%d %H:%M"), end and end.astimezone(berlin).strftime("%H:%M"))
            for start, end in zip(values["start"], values["end"])] == [
        (SOON.strftime("%d 11:00"), "18:00"), (SOON.strftime("%d 15:00"), None)]
    assert values["url"].tolist() == ["http://www.moers.de", None]
    config = _member(tmp_path, "moers", "Stadt Moers", "051700024024", """      events:
        connector: csv
        location: weihnachten.csv
        mapping:
          source_id: uuid
          title: name
          start: [begin, hours]
          end: [begin, hours]
          venue: location
          street: street
          postcode: zip
          place: city
          email: email
          url: web""")
    report = _check(tmp_path, path, "events", "moers", config)
    assert (report["read"], report["valid"], report["rejected"]) == (2, 2, 0)


@pytest.mark.parametrize("text, utc", [("2026-07-05T19:00-04:00", "2026-07-05T23:00:00+00:00"),
                                       ("2026-07-05T19:00:00+02:00", "2026-07-05T17:00:00+00:00")])
def test_iso_offsets_after_a_t_are_still_offsets(text, utc):
    assert read_instant(text).isoformat() == utc


def test_coordinates_with_excels_thousands_dots_are_named_as_such(tmp_path):
    """The real list's „lat“ read „5.145.259“ (51,45259 shown by Excel with thousands dots and
    saved so): „ist keine Zahl – bitte z. B. als 1250,50 angeben“ told nothing."""
    path = tmp_path / "geschaefte.csv"
    path.write_text("Firma,Straße,HausNr,PLZ,Ort,lng,lat\n"
                    "Burgschlösschen,Burgstr.,1f,47441,Moers,6.62713,5.145.081\n", encoding="utf-8")
    source = MOERS_OFFERS.replace("          phone: Fon", "          x: lng\n          y: lat")
    report = _check(tmp_path, path, "offers", "moers",
                    _member(tmp_path, "moers", "Stadt Moers", "051700024024", source))
    [problem] = report["problems"]
    assert (problem["field"], problem["value"]) == ("y", "5.145.081")
    assert problem["reason"].startswith("„5.145.081“ ist keine Koordinate: Tausenderpunkte")
