from datetime import date, datetime, timezone

import pandas as pd
import pytest

from connectors.delivery import Delivery, DeliveryError
from pipelines.ingest.columns import map_columns
from pipelines.ingest.normalise import normalise
from pipelines.ingest.texts import plain_text
from pipelines.storage.lake import record_ids
from pipelines.quality.validate import SuiteOptions, assess, duplicate_problems
from schemas import load_schema


def _normalised(dataset, rows, options=None):
    schema = load_schema(dataset)
    frame = pd.DataFrame(rows, dtype=object)
    for f in schema.delivered_fields:
        if f.name not in frame:
            frame[f.name] = None
    return normalise(frame, schema, options)


def test_german_notations_become_typed_values():
    values, problems = _normalised("vacancies", [{
        "floor_area_m2": "1.250,5", "plot_area_m2": "2.000", "rooms": "4", "vacant_since": "1.3.2026",
        "postcode": "6655", "property_type": "Scheune", "rent_eur_month": "850 €",
        "contact_office": "mailto:leerstand@kusel.de"}])
    assert problems == []
    row = values.iloc[0]
    assert row["floor_area_m2"] == 1250.5 and row["plot_area_m2"] == 2000.0 and row["rooms"] == 4
    assert row["vacant_since"] == date(2026, 3, 1)
    assert row["postcode"] == "06655"  # Excel dropped the leading zero
    assert row["property_type"] == "landwirtschaft"
    assert row["rent_eur_month"] == 850.0
    assert row["contact_office"] == "leerstand@kusel.de"


def test_local_times_are_europe_berlin_and_stored_in_utc():
    values, problems = _normalised("events", [
        {"start": "05.12.2026 19:30", "end": datetime(2026, 7, 1, 20, 0), "all_day": "ja"},
        {"start": "2026-12-05T18:00:00+01:00", "end": "31.02.2027 10:00", "all_day": "vielleicht"}])
    assert values.at[0, "start"] == datetime(2026, 12, 5, 18, 30, tzinfo=timezone.utc)  # CET
    assert values.at[0, "end"] == datetime(2026, 7, 1, 18, 0, tzinfo=timezone.utc)  # CEST
    assert values.at[0, "all_day"] is True
    assert values.at[1, "start"] == datetime(2026, 12, 5, 17, 0, tzinfo=timezone.utc)
    reasons = {(p.row, p.field): p.reason for p in problems}
    assert reasons[(1, "end")] == ("„31.02.2027 10:00“ gibt es nicht – der Februar 2027 hat die Tage 1 "
                                   "bis 28; bitte das Datum prüfen")
    assert "ja" in reasons[(1, "all_day")]


def test_rules_from_the_schema_name_row_field_and_fix():
    schema = load_schema("events")
    values, problems = _normalised("events", [
        {"title": "Kerwe", "place": "Kusel", "start": "05.12.2026 19:30", "end": "05.12.2026 18:00",
         "email": "kein-mail", "price_eur": "-3"},
        {"title": None, "place": "Kusel", "start": "06.12.2026", "url": "www.kusel.de"}])
    found = {(p.row, p.field): p.reason for p in assess(values, schema).problems}
    assert set(found) == {(0, "end"), (0, "email"), (0, "price_eur"), (1, "title")}
    assert "liegt vor „Beginn“" in found[(0, "end")]
    assert "Pflichtfeld „Titel“ ist leer" in found[(1, "title")]
    assert values.at[1, "url"] == "https://www.kusel.de"


def test_duplicate_identity_within_a_delivery_is_rejected_after_the_first():
    schema = load_schema("offers")
    frame = pd.DataFrame([{"source_id": "A1"}, {"source_id": "A2"}, {"source_id": "A1"}])
    ids = record_ids(frame, schema, "kusel")
    problems = duplicate_problems(ids, ["Zeile 2", "Zeile 3", "Zeile 4"])
    assert [(p.row, p.field) for p in problems] == [(2, "source_id")]
    assert "wie Zeile 2" in problems[0].reason


def test_distinct_objects_sharing_name_and_provider_stay_apart():
    """Same provider and title in two villages: two objects; the third row repeats the first."""
    schema = load_schema("offers")
    frame = pd.DataFrame([
        {"provider": "Maschinenring Kusel", "title": "Holzspalter", "place": "Kusel", "street": "Am Bahnhof"},
        {"provider": "Maschinenring Kusel", "title": "Holzspalter", "place": "Altenglan", "street": "Hauptstraße"},
        {"provider": "Maschinenring Kusel", "title": "Holzspalter", "place": "Kusel", "street": "Am Bahnhof"},
        {"provider": "Maschinenring Kusel", "title": "Anhänger", "place": "Kusel", "street": "Am Bahnhof"}],
        dtype=object)
    ids = record_ids(frame, schema, "kusel")
    assert ids[0] != ids[1] and ids[0] == ids[2] and len(set(ids)) == 3
    problems = duplicate_problems(ids, ["Zeile 2", "Zeile 3", "Zeile 4", "Zeile 5"])
    assert [(p.row, p.field) for p in problems] == [(2, "source_id")]
    assert "gleiche Lage wie Zeile 2" in problems[0].reason
    # a key without a twin keeps the id it always had (no location in it)
    alone = record_ids(frame.iloc[[3]], schema, "kusel")
    assert alone.iloc[0] == ids[3]
    # and so a row whose twin comes or goes changes its id, as the README says („Kennungen
    # ohne eigene Kennung des Mitglieds“): an id from the row alone would need its location
    # always, and change the id of every stored record without the member's own id
    assert record_ids(frame.iloc[[0]], schema, "kusel").iloc[0] not in set(ids)


def test_html_in_free_texts_becomes_plain_text_with_a_note_not_a_rejection(tmp_path):
    """Moers' event feed: descriptions as <p>…</p> with <br> and &amp;. A lone "<" is no
    markup; codes, e-mail addresses and web addresses are not free texts."""
    rows = [{"Titel": "Markt &amp; Musik", "Beschreibung": "<p>Glühwein &amp; Waffeln</p>\n"
             "<p>Kinder &lt; 6 Jahre frei<br/>ab <b>11 Uhr</b></p>",
             "Webseite": "https://x.de/?a=1&amp;b=2"},
            {"Titel": "Lesung", "Beschreibung": "Kinder < 6 Jahre frei"},
            {"Titel": "Kinder <b>und</b> Eltern", "Beschreibung": None}]
    delivery = Delivery(path=tmp_path / "v.json", columns=["Titel", "Beschreibung", "Webseite"],
                        rows=rows, refs=["1", "2", "3"], schema_named=True)
    frame, notes = map_columns(delivery, load_schema("events"), {})
    assert frame["title"].tolist() == ["Markt & Musik", "Lesung", "Kinder und Eltern"]
    assert frame["description"].tolist() == [
        "Glühwein & Waffeln\nKinder < 6 Jahre frei\nab 11 Uhr", "Kinder < 6 Jahre frei", None]
    assert frame.at[0, "url"] == "https://x.de/?a=1&amp;b=2"
    assert notes == [
        "„Titel“: HTML in 2 Zeilen in Text umgewandelt (Absätze und <br> als Zeilenumbruch, "
        "Zeichen wie „&amp;“ aufgelöst, übrige Auszeichnungen entfernt)",
        "„Beschreibung“: HTML in 1 Zeile in Text umgewandelt (Absätze und <br> als "
        "Zeilenumbruch, Zeichen wie „&amp;“ aufgelöst, übrige Auszeichnungen entfernt)"]


def test_links_in_html_keep_their_address_after_their_text():
    assert plain_text('<p>Programm: <a href="https://moers.de/advent">hier</a>.</p>') == \
        "Programm: hier (https://moers.de/advent)."
    assert plain_text('Anmeldung <a href="mailto:info@moers.de">per E-Mail</a>') == \
        "Anmeldung per E-Mail (info@moers.de)"
    # the address already shown, an anchor or a script: only the text
    assert plain_text('<a href="https://moers.de">https://moers.de</a>') == "https://moers.de"
    assert plain_text('<a href="#oben">nach oben</a> <a href="javascript:void(0)">x</a>') == \
        "nach oben x"


def test_columns_map_by_configuration_or_by_label_and_wrong_columns_are_refused(tmp_path):
    schema = load_schema("events")
    delivery = Delivery(path=tmp_path / "v.csv", columns=["Titel", "Datum", "von", "ORT"],
                        rows=[{"Titel": "Lesung", "Datum": "01.02.2027", "von": "19:00",
                               "ORT": "Prüm"}], refs=["Zeile 2"])
    frame, notes = map_columns(delivery, schema, {"start": ["Datum", "von"]})
    assert frame.at[0, "start"] == "01.02.2027 19:00"
    assert frame.at[0, "title"] == "Lesung" and frame.at[0, "place"] == "Prüm"
    wrong = Delivery(path=tmp_path / "v.csv", columns=["Name", "Wann"], rows=[{}], refs=["Zeile 2"])
    with pytest.raises(DeliveryError, match="Pflichtfeld „Titel“"):
        map_columns(wrong, schema, {})


@pytest.mark.parametrize("raw", ["28.03.2027 02:30", "2027-03-28T02:30", datetime(2027, 3, 28, 2, 30)])
def test_a_time_the_clocks_skip_is_refused_and_one_they_show_twice_is_its_first_showing(raw):
    """02:30 on 28 March 2027 does not exist in Berlin (the clocks go from 2 to 3): it was
    stored as 03:30 without a word, and the event „02:30 bis 03:30“ lasted no time at all.
    02:30 on 25 October 2026 comes twice: the first, as iCalendar reads it (RFC 5545)."""
    values, problems = _normalised("events", [
        {"title": "Sternwarte", "start": raw, "end": "28.03.2027 03:30"},
        {"title": "Nachtwanderung", "start": "25.10.2026 02:30", "end": "25.10.2026 03:30"}])
    [problem] = [p for p in problems if p.field == "start"]
    assert problem.row == 0 and values.at[0, "start"] is None
    assert "„28.03.2027 02:30“ gibt es nicht" in problem.reason and "28.03.2027 03:30" in problem.reason
    assert values.at[1, "start"] == datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)  # CEST
    assert values.at[1, "end"] == datetime(2026, 10, 25, 2, 30, tzinfo=timezone.utc)  # CET


@pytest.mark.parametrize("field, raw", [("vacant_since", "16.10.73"), ("start", "16.10.73 19:30")])
def test_two_digit_years_are_refused_with_a_reason(field, raw):
    dataset = "vacancies" if field == "vacant_since" else "events"
    values, problems = _normalised(dataset, [{field: raw}])
    problem = next(p for p in problems if p.field == field)
    assert values.at[0, field] is None
    assert "zweistellige Jahreszahl" in problem.reason and "16.10.1973 oder 16.10.2073" in problem.reason


def test_decimal_notation_is_decided_per_column_from_all_its_values():
    values, problems = _normalised("events", [
        {"y": "52.003", "x": "7.76891", "price_eur": "1.250"},
        {"y": "49.44512", "x": "7.5", "price_eur": "2.000"},
        {"y": "49,4", "x": "7.7", "price_eur": "12,50"}])
    assert problems == []
    # y has a comma elsewhere: German column, 52.003 is fifty-two thousand and three
    assert list(values["y"]) == [52003.0, 49.44512, 49.4]
    assert list(values["x"]) == [7.76891, 7.5, 7.7]  # dots that cannot be thousands
    assert list(values["price_eur"]) == [1250.0, 2000.0, 12.5]
    coordinates, _ = _normalised("events", [{"y": "52.003", "x": "7.769"}, {"y": "49.444", "x": "7.123"}])
    assert list(coordinates["y"]) == [52.003, 49.444] and list(coordinates["x"]) == [7.769, 7.123]
    prices, _ = _normalised("events", [{"price_eur": "1.250"}, {"price_eur": "3"}])
    assert list(prices["price_eur"]) == [1250.0, 3.0]


def test_mapping_supplies_constants_for_a_whole_file(tmp_path):
    schema = load_schema("events")
    delivery = Delivery(path=tmp_path / "v.csv", columns=["Titel", "Beginn"],
                        rows=[{"Titel": "Lesung", "Beginn": "01.02.2027 19:00"},
                              {"Titel": "Konzert", "Beginn": "02.02.2027 20:00"}],
                        refs=["Zeile 2", "Zeile 3"])
    frame, notes = map_columns(delivery, schema, {"place": {"value": "Kusel"},
                                                  "category": {"value": "Konzert"}})
    assert list(frame["place"]) == ["Kusel", "Kusel"] and list(frame["title"]) == ["Lesung", "Konzert"]
    values, problems = normalise(frame, schema)
    assert problems == []
    assert list(values["place"]) == ["Kusel", "Kusel"] and list(values["category"]) == ["konzert"] * 2


def _berlin(day: str) -> datetime:
    """Midnight at the start of `day` (ISO) in Berlin, as the UTC instant the lake stores."""
    return pd.Timestamp(day, tz="Europe/Berlin").tz_convert("UTC").to_pydatetime()


def test_events_given_as_dates_only_are_all_day_and_end_after_their_last_day():
    """Berlin's Christmas markets come "von 11.12.2015 bis 20.12.2015" (also ISO, also Excel
    date cells): all-day, the end at the midnight after the last day as iCalendar's DTEND."""
    values, problems = _normalised("events", [
        {"start": "11.12.2015", "end": "20.12.2015"},
        {"start": "2015-12-05", "end": "2015-12-05"},
        {"start": datetime(2026, 10, 24), "end": datetime(2026, 10, 25)},  # Excel date cells
        {"start": "05.12.2026"},
        # a start with its time and a date-only end: until the end of that day, not all-day
        {"start": "11.12.2015 19:00", "end": "11.12.2015"},
        {"start": "11.12.2015 00:00", "end": "11.12.2015 23:00"},  # times written: as they are
        {"start": "03.07.2026", "end": "04.07.2026", "all_day": "nein"},  # the delivery says
        {"start": "03.07.2026", "end": "04.07.2026", "all_day": "ja"},  # so does schema.org
        {"start": date(2026, 7, 3), "end": date(2026, 7, 5), "all_day": True},  # iCalendar
    ])
    assert problems == []
    rows = values[["start", "end", "all_day"]].to_dict("records")
    assert rows[0] == {"start": _berlin("2015-12-11"), "end": _berlin("2015-12-21"), "all_day": True}
    assert rows[1] == {"start": _berlin("2015-12-05"), "end": _berlin("2015-12-06"), "all_day": True}
    # the day the clocks go back is 25 hours long: the end is still the next midnight
    assert rows[2] == {"start": _berlin("2026-10-24"), "end": _berlin("2026-10-26"), "all_day": True}
    assert rows[3] == {"start": _berlin("2026-12-05"), "end": None, "all_day": True}
    assert rows[4]["end"] == _berlin("2015-12-12") and rows[4]["all_day"] is False
    assert rows[5]["end"] == _berlin("2015-12-11") + pd.Timedelta(hours=23)
    assert rows[5]["all_day"] is False
    assert rows[6] == {"start": _berlin("2026-07-03"), "end": _berlin("2026-07-04"), "all_day": False}
    # 3 to 4 July inclusive; iCalendar's DTEND is the day after already
    assert rows[7] == rows[8] == {"start": _berlin("2026-07-03"), "end": _berlin("2026-07-05"),
                                  "all_day": True}
    # a GeoJSON property may hold a list: a problem of that row, nothing else
    values, problems = _normalised("events", [{"start": ["11.12.2015"], "end": "20.12.2015"}])
    assert [p.field for p in problems] == ["start"] and values.at[0, "all_day"] is None


def test_a_postcode_written_before_the_place_goes_to_the_postcode_field():
    values, problems = _normalised("events", [
        {"title": "A", "place": "14059 Berlin"},
        {"title": "B", "place": "10178  Berlin-Mitte", "postcode": "10179"},  # delivered one stays
        {"title": "C", "place": "Kusel"}, {"title": "D", "place": "66869"}, {"title": "E"}])
    assert problems == []
    assert values["place"].tolist() == ["Berlin", "Berlin-Mitte", "Kusel", "66869", None]
    assert values["postcode"].tolist() == ["14059", "10179", None, None, None]


def test_prices_as_price_tags_and_free_admission_are_read():
    values, problems = _normalised("events", [{"price_eur": text} for text in (
        "5 Euro", "5 EUR", "12,50 €", "5,- €", "1.250,--", "kostenlos", "Eintritt frei!", "zwei")])
    assert values["price_eur"].tolist() == [5.0, 5.0, 12.5, 5.0, 1250.0, 0.0, 0.0, None]
    assert [(p.row, p.reason) for p in problems] == [
        (7, "„zwei“ ist keine Zahl – bitte z. B. als 1250,50 angeben")]
    # "frei" is no area: only amounts in euros say "costs nothing" in words
    _, problems = _normalised("vacancies", [{"floor_area_m2": "frei"}])
    assert [p.field for p in problems] == ["floor_area_m2"]


def test_amounts_in_euros_are_known_by_the_unit_in_the_schema_not_by_the_name():
    # the monthly rent's name does not end in _eur: its unit in the schema makes it an amount
    assert load_schema("vacancies").field("rent_eur_month").unit == "EUR"
    values, problems = _normalised("vacancies", [{"rent_eur_month": "kostenlos"},
                                                 {"rent_eur_month": "450,- €"}])
    assert problems == [] and values["rent_eur_month"].tolist() == [0.0, 450.0]
    # a decimal without a unit (an area, the geocoding score) does not read "kostenlos"
    assert load_schema("vacancies").field("plot_area_m2").unit is None
    _, problems = _normalised("vacancies", [{"plot_area_m2": "kostenlos"}])
    assert [(p.field, p.reason) for p in problems] == [
        ("plot_area_m2", "„kostenlos“ ist keine Zahl – bitte z. B. als 1250,50 angeben")]


def test_a_place_name_that_is_also_a_family_name_or_the_domain_s_name_counts_as_a_person_s():
    """roth@ could be Ortsgemeinde Roth's mailbox or Mr Roth's; kusel@kusel-bau.de is the
    owner's name in the firm's: neither is published, and the reason says why."""
    values, _ = _normalised("events", [
        {"title": "Markt", "start": "05.12.2026 11:00", "place": "Kusel", "email": mailbox}
        for mailbox in ("roth@vg-suedeifel.de", "kusel@kusel-bau.de", "kusel@tourismus.example")])
    assessment = assess(values, load_schema("events"), SuiteOptions(
        municipality_mailboxes=("roth", "kusel")))
    assert [(p.row, p.reason) for p in assessment.problems if p.field == "email"] == [
        (row, f"„E-Mail“ enthält die private E-Mail-Adresse „{address}“ ({why}) – bitte "
              f"entfernen oder ein Funktionspostfach (z. B. info@…) angeben; der Datensatz wird "
              f"so nicht veröffentlicht") for row, address, why in (
            (0, "roth@vg-suedeifel.de", "„Roth“ ist auch ein häufiger Familienname"),
            (1, "kusel@kusel-bau.de", "der Ortsname steht auch in der Domain – so "
                                              "schreibt sich meist eine Person oder ihre Firma"))]


def test_an_address_at_a_free_mail_provider_is_private_whatever_stands_before_the_at():
    values, _ = _normalised("events", [
        {"title": "Markt", "start": "05.12.2026 11:00", "place": "Berlin", "email": mailbox}
        for mailbox in ("info@gmx.de", "berlin@svenskakyrkan.se", "Berlin@Web.de")])
    assessment = assess(values, load_schema("events"),
                        SuiteOptions(municipality_mailboxes=("berlin",)))
    assert [(p.row, p.reason) for p in assessment.problems if p.field == "email"] == [
        (row, f"„E-Mail“ enthält die private E-Mail-Adresse „{address}“ (bei einem "
              f"Freemail-Anbieter gilt jede Adresse als privat) – bitte entfernen oder ein "
              f"Funktionspostfach (z. B. info@…) angeben; der Datensatz wird so nicht "
              f"veröffentlicht") for row, address in ((0, "info@gmx.de"), (2, "Berlin@Web.de"))]
