"""Reading and normalising column by column (CSV files read by Arrow, rows kept as columns,
each distinct value read once, plain texts tidied vectorised, record ids and duplicates over
whole columns) must check a delivery exactly as the old path did, the csv module reading
row by row and normalising value by value (`support.reference_ingest`): the same accepted
records with the same Python types, the same rejected rows with the same reasons and line
references, the same notes – on every sample delivery, on every hostile file that is not a
bomb and on a large generated delivery in both encodings."""
import csv
import random
from datetime import datetime, time

import pandas as pd
import pytest

from pipelines.core.settings import Settings
from pipelines.ingest.texts import SPACE_CLASS, as_text, texts
from pipelines.ingest.precheck import precheck
from support.cli import SAMPLES
from support.hostile import CASES
from support.reference_ingest import NOW, checked_delivery, same_both_ways


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return Settings(data_dir=tmp_path_factory.mktemp("data"), config_path=Settings.from_env().config_path)


def _sample_params():
    for path in sorted(SAMPLES.glob("*/*")):
        yield pytest.param(path, id=f"{path.parent.name}/{path.name}")


@pytest.mark.parametrize("path", list(_sample_params()))
def test_every_sample_is_checked_as_before(path, settings, cluster, monkeypatch):
    member = path.parent.name
    source = next(s for s in cluster.member(member).sources.values() if s.location.name == path.name)
    same_both_ways(settings, cluster, path, source.dataset, member, monkeypatch)


def _hostile_params():
    for case in CASES:
        if not case.isolated:  # the bombs run in a child process with limits (test_hostile.py)
            yield pytest.param(case, id=case.name[:50])


@pytest.mark.parametrize("case", list(_hostile_params()))
def test_every_hostile_file_is_checked_as_before(case, settings, cluster, tmp_path, monkeypatch):
    path = tmp_path / case.name
    case.write(path, "http://127.0.0.1:9/canary")
    for dataset in case.datasets:
        same_both_ways(settings, cluster, path, dataset, "kusel", monkeypatch)


def test_white_space_class_is_what_python_strips():
    import pyarrow as pa
    import pyarrow.compute as pc
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    matched = pc.match_substring_regex(pa.array(characters), f"^[{SPACE_CLASS}]$").to_pylist()
    assert [c for c, space in zip(characters, matched) if space] == [c for c in characters if c.isspace()]


def test_texts_are_tidied_as_value_by_value():
    values = ["Kerwe", " Kerwe ", "Ker  we", "Ker\twe", "Straße", "Cafe\u0301", "a\u00a0b", "", "  ",
              None, float("nan"), "Zeile\nzwei", "x\u2003y", "\ud800", "ﬁ", "A\u0308pfel", "1", "a\x1cb"]
    assert texts(pd.Series(values, dtype=object)) == [as_text(v) for v in values]


def _generated_events(rows: int) -> list[list[str]]:
    """Rows of the Kusel sample, as the end-to-end benchmark makes them, with what a clerk's
    large export holds: rows without an id (identified by their key; some share it in two
    streets), repeated ids, impossible dates, empty titles, prices in words, blank rows,
    descriptions with quotes, semicolons and line breaks, and HTML in descriptions and titles."""
    with (SAMPLES / "kusel" / "veranstaltungen.csv").open(encoding="utf-8-sig", newline="") as file:
        header, *sample = list(csv.reader(file, delimiter=";"))
    rng = random.Random(15)
    result = [header]
    for i in range(rows):
        row = dict(zip(header, rng.choice(sample)))
        row["ID"] = f"KUS-VA-{i:05d}"
        row["Datum"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2027"
        row["Veranstaltung"] += f" {i % 700}"
        flaw = rng.random()
        if flaw < 0.10:
            row["ID"] = ""
            row["Straße"] = rng.choice(["Hauptstraße", "Mühlenweg"])
        elif flaw < 0.12:
            row["ID"] = f"KUS-VA-{i // 2:05d}"
        elif flaw < 0.14:
            row["Datum"] = "31.02.2027"
        elif flaw < 0.16:
            row["Veranstaltung"] = ""
        elif flaw < 0.18:
            row["Eintritt"] = "zwölf Euro"
        elif flaw < 0.20:
            row["Beschreibung"] = 'Mit "Musik"; Tanz\nund Essen'
        elif flaw < 0.22:  # as a web CMS exports it
            row["Beschreibung"] = (f"<p>Glühwein &amp; Waffeln {i % 3}</p>\n"
                                   f"<p>Kinder < 6 frei<br>ab 11 Uhr</p>")
        elif flaw < 0.23:
            row["Veranstaltung"] += " &amp; Tanz"
        result.append(list(row.values()) if flaw < 0.99 else [""] * len(header))
    return result


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_a_large_generated_delivery_is_checked_as_before(encoding, settings, cluster, tmp_path, monkeypatch):
    path = tmp_path / "veranstaltungen.csv"
    with path.open("w", encoding=encoding, errors="replace", newline="") as file:
        csv.writer(file, delimiter=";", lineterminator="\r\n").writerows(_generated_events(3000))
    same_both_ways(settings, cluster, path, "events", "kusel", monkeypatch)
    notes = checked_delivery(settings, cluster, path, "events", "kusel")[3]
    assert any(note.startswith("„Beschreibung“: HTML in ") for note in notes)


def test_a_date_cell_and_a_time_cell_mapped_to_one_field_read_as_that_day_at_that_time(
        settings, cluster, tmp_path):
    """Kusel maps `start: [Datum, von]`. An Excel file holds the day as a date cell (read as
    midnight) and the time as a time cell; a CSV saved from it may hold their texts. Each
    reads as the day at the time, row by row (XLSX) and column by column (CSV, `ColumnRows`);
    a time cell left empty leaves the day alone."""
    from openpyxl import Workbook

    from connectors import read_delivery
    from connectors.column_rows import ColumnRows

    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Veranstaltung", "Datum", "von", "bis", "Ort"])
    sheet.append(["1", "Weihnachtskonzert", datetime(2026, 12, 27), time(19), time(21, 30), "Kusel"])
    sheet.append(["2", "Neujahrsempfang", datetime(2027, 1, 3), time(11), None, "Kusel"])
    for row in (2, 3):
        sheet.cell(row, 3).number_format, sheet.cell(row, 4).number_format = "DD.MM.YYYY", "HH:MM"
    book.save(tmp_path / "termine.xlsx")
    (tmp_path / "termine.csv").write_text(
        "ID;Veranstaltung;Datum;von;bis;Ort\n"
        "1;Weihnachtskonzert;2026-12-27 00:00:00;19:00:00;21:30:00;Kusel\n"
        "2;Neujahrsempfang;03.01.2027 00:00;11:00;;Kusel\n", encoding="utf-8")
    assert isinstance(read_delivery(tmp_path / "termine.csv", "csv").rows, ColumnRows)
    berlin = lambda text: pd.Timestamp(text, tz="Europe/Berlin")
    for name in ("termine.xlsx", "termine.csv"):
        result = precheck(settings, cluster, tmp_path / name, "events", "kusel", NOW)
        assert list(result.problems["reason"]) == [], name
        records = result.checked.records.set_index("source_id")
        assert records.loc["1", "start"] == berlin("2026-12-27 19:00"), name
        assert records.loc["1", "end"] == berlin("2026-12-27 21:30"), name
        assert records.loc["2", "start"] == berlin("2027-01-03 11:00"), name
