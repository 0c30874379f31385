"""A source configured as Windows-1252 whose member saves the file as UTF-8 one day: the
text is read as UTF-8 (valid UTF-8 with umlauts is as good as never Windows-1252), with a
German note in the report – not as "fÃ¼r" into lake, warehouse and exports."""
import csv
import io
import json
import shutil

import duckdb
import pytest

from connectors import csv_columns, read_delivery
from connectors.column_rows import rows_at
from connectors.csv_excel import read_rows
from pipelines.core.settings import PROJECT_ROOT
from support.cli import SAMPLES, swdp_in_process

NOTE = "Die Datei ist UTF-8-kodiert, obwohl cp1252 eingestellt ist – als UTF-8 gelesen"
WINDOWS = SAMPLES / "kaiserslautern" / "angebote.csv"  # configured `encoding: cp1252`


@pytest.fixture
def saved_as_utf8(tmp_path):
    path = tmp_path / "angebote.csv"
    path.write_bytes(WINDOWS.read_bytes().decode("cp1252").encode("utf-8"))
    return path


def _titles(delivery) -> list[str]:
    return [row["Angebot"] for row in rows_at(delivery.rows, range(len(delivery.rows)))]


# Arrow reads the ordinary file, the csv module every other: both must decide alike.
@pytest.mark.parametrize("reading", [csv_columns.read, read_rows], ids=["arrow", "csv-modul"])
def test_utf8_under_a_configured_cp1252_is_read_as_utf8_with_a_note(saved_as_utf8, reading):
    delivery = reading(saved_as_utf8, {"encoding": "cp1252"})
    expected = list(csv.DictReader(io.StringIO(WINDOWS.read_bytes().decode("cp1252"),
                                               newline=""), delimiter=";"))
    assert _titles(delivery) == [row["Angebot"] for row in expected]
    assert not any("Ã" in title for title in _titles(delivery))
    assert [note for note in delivery.notes if note.startswith(NOTE)] == delivery.notes != []


@pytest.mark.parametrize("reading", [csv_columns.read, read_rows], ids=["arrow", "csv-modul"])
def test_a_cp1252_file_is_read_as_configured_without_a_note(reading):
    delivery = reading(WINDOWS, {"encoding": "cp1252"})
    assert any("ü" in title for title in _titles(delivery)) and delivery.notes == []


def _json_records(tmp_path):
    """Bitburg-Prüm's vacancies as a plain JSON list of records (connector json)."""
    features = json.loads((SAMPLES / "bitburg-pruem" / "leerstand.geojson").read_text("utf-8"))
    path = tmp_path / "leerstand.json"
    path.write_text(json.dumps([f["properties"] for f in features["features"]],
                               ensure_ascii=False), encoding="utf-8")
    return path, {}


def _schema_org_events(tmp_path):
    path = tmp_path / "veranstaltungen.jsonld"
    path.write_text(json.dumps({"@graph": [{
        "@type": "Event", "@id": "https://kl.example/e/1", "name": "Führung über den Friedhof",
        "startDate": "2026-12-20T17:00", "location": {"@type": "Place", "name": "Hauptfriedhof",
        "address": {"addressLocality": "Kaiserslautern"}}}]}, ensure_ascii=False),
        encoding="utf-8")
    return path, {"preset": "schema.org/Event"}


# Every connector that reads text in a configured encoding: the same decision and note as CSV.
@pytest.mark.parametrize("connector, delivered, umlaut", [
    ("ical", lambda tmp: (SAMPLES / "kaiserslautern" / "veranstaltungen.ics", {}), "ü"),
    ("geojson", lambda tmp: (SAMPLES / "bitburg-pruem" / "leerstand.geojson", {}), "ü"),
    ("json", _json_records, "ü"),
    ("json", _schema_org_events, "Führung")], ids=["ical", "geojson", "json", "schema.org"])
def test_other_text_connectors_read_utf8_under_cp1252_with_the_same_note(tmp_path, connector,
                                                                         delivered, umlaut):
    path, options = delivered(tmp_path)
    delivery = read_delivery(path, connector, {**options, "encoding": "cp1252"})
    texts = json.dumps(rows_at(delivery.rows, range(len(delivery.rows))), ensure_ascii=False,
                       default=str)
    assert umlaut in texts and "Ã" not in texts
    assert [note for note in delivery.notes if note.startswith(NOTE)] != []
    # read as UTF-8 without a configured encoding: the same rows, no note
    plain = read_delivery(path, connector, options)
    assert rows_at(plain.rows, range(len(plain.rows))) == rows_at(delivery.rows,
                                                                  range(len(delivery.rows)))
    assert not any(note.startswith(NOTE) for note in plain.notes)


@pytest.mark.slow
def test_swdp_run_keeps_the_umlauts_of_a_utf8_file_under_cp1252_everywhere(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    shutil.copy(PROJECT_ROOT / "cluster.yaml", config)
    shutil.copytree(PROJECT_ROOT / "samples", config / "samples")
    delivered = config / "samples" / "deliveries" / "kaiserslautern" / "angebote.csv"
    delivered.write_bytes(delivered.read_bytes().decode("cp1252").encode("utf-8"))
    data_dir = tmp_path / "data"
    # in process: the copied configuration names the same members
    done = swdp_in_process("run", "-m", "kaiserslautern", "-d", "offers", "--json",
                           data_dir=data_dir, env={"SWDP_CONFIG": str(config / "cluster.yaml")})
    assert done.returncode == 0, done.stderr[-2000:]
    [run] = json.loads(done.stdout)["runs"]
    assert run["valid"] > 0 and any(note.startswith(NOTE) for note in run["notes"])
    report = json.loads((data_dir / "reports" / "kaiserslautern" / "offers.json").read_text())
    assert NOTE in json.dumps(report, ensure_ascii=False)
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as db:
        titles = [title for (title,) in db.execute(
            "SELECT title FROM offers WHERE municipality = 'kaiserslautern'").fetchall()]
    assert len(titles) == run["valid"] and any("ü" in title for title in titles)
    exported = (data_dir / "export" / "offers" / "kaiserslautern.csv").read_text(encoding="utf-8-sig")
    for stored in (" ".join(titles), exported):
        assert "Ã" not in stored
