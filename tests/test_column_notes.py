"""What a clerk reads about her columns in `swdp check` (and the mail): the column a field
was read from in her spelling, the mapping's missing columns once, and whether an expected
column comes from the member's mapping in cluster.yaml or from the schema – a wrong file is
hers to correct, a wrong mapping the data office's."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from support.cli import swdp_in_process

FILES = Path(__file__).parent / "data" / "mayen-koblenz-sachbearbeitung"
MAPPING = "Zuordnung in cluster.yaml für Landkreis Mayen-Koblenz"


def _check(tmp_path, path: Path, dataset: str, *member: str):
    return swdp_in_process("check", str(path), "-d", dataset, *member, "--json",
                           data_dir=tmp_path / "data")


def _offers(tmp_path) -> Path:
    """Offers as a clerk keeps them in a spreadsheet, with the platform's German labels –
    Mayen-Koblenz's configured source is a GeoJSON feed with columns of its own („preis“)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Bezeichnung", "Kategorie", "Anbieter", "Straße", "Ort", "Preis in Euro"])
    sheet.append(["Mulcher leihen", "Maschinenverleih", "Bauhof Mendig", "Marktplatz 1",
                  "Mendig", "25,00"])
    sheet.append(["Stadtführung", "Tourismus", "Tourist-Info", "Marktplatz 1", "Mayen",
                  "zwölf Euro"])
    path = tmp_path / "angebote.xlsx"
    book.save(path)
    return path


def test_a_rejected_value_is_named_by_her_column_not_by_the_mapping_of_another_format(tmp_path):
    """Before: „preis [Preis in Euro]“ – the GeoJSON mapping's column her file has not."""
    result = _check(tmp_path, _offers(tmp_path), "offers", "-m", "mayen-koblenz")
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert [(p["row_ref"], p["field_label"], p["value"]) for p in report["problems"]] == [
        ("Zeile 3", "Preis in Euro", "zwölf Euro")]


def test_the_mappings_missing_columns_are_one_note_naming_cluster_yaml(tmp_path):
    """Before: a note per missing column, each repeating all delivered columns (11× here)."""
    report = json.loads(_check(tmp_path, _offers(tmp_path), "offers", "-m", "mayen-koblenz").stdout)
    [note] = [note for note in report["notes"] if "geliefert:" in note]
    assert note.startswith("In der Lieferung fehlen die Spalten „id“ (für „Kennung beim "
                           "Mitglied“), „beschreibung“ (für „Beschreibung“), ")
    assert note.endswith(f"„ansprechperson“ (für „Ansprechperson“) aus der {MAPPING} – diese "
                         f"Felder bleiben leer; geliefert: „Bezeichnung“, „Kategorie“, "
                         f"„Anbieter“, „Straße“, „Ort“, „Preis in Euro“")
    # columns found by their label are not missing
    assert "„preis“" not in note and "„name“" not in note


def test_the_vacancy_list_names_its_three_missing_owner_columns_once(tmp_path):
    """Before: three notes, each with all 17 delivered columns."""
    report = json.loads(_check(tmp_path, FILES / "leerstand-mayen-koblenz.xlsx", "vacancies",
                               "-m", "mayen-koblenz").stdout)
    assert [note for note in report["notes"] if "geliefert:" in note] == [
        "In der Lieferung fehlen die Spalten „Eigentuemer Name“ (für „Eigentümer/in“), "
        "„Eigentuemer Telefon“ (für „Telefon Eigentümer/in“), „Eigentuemer Mail“ (für „E-Mail "
        f"Eigentümer/in“) aus der {MAPPING} – diese Felder bleiben leer; geliefert: „ObjNr“, "
        "„Titel“, „Art“, „Angebot“, „Strasse“, „HausNr“, „PLZ“, „Ort“, „Nutzflaeche“, "
        "„Grundstuecksflaeche“, „Raeume“, „Leerstand seit“, „Kaltmiete“, „Kaufpreis“, "
        "„Bemerkung“, „Kontakt Verwaltung“, „Interne Notiz“"]


def test_a_lacking_required_column_says_whether_cluster_yaml_or_the_schema_expects_it(tmp_path):
    """Before: only the first field, with its internal name: „Pflichtfeld „Bezeichnung“
    (title) erwartet Spalte „name“ oder „Bezeichnung““ – whether „name“ is the member's mapping
    or the platform's could not be told."""
    events = FILES / "veranstaltungen-mayen-koblenz.xlsx"
    delivered = ("geliefert: „Titel“, „Beginn“, „Ende“, „Veranstaltungsort“, „Ort“, "
                 "„Veranstalter“, „Preis in Euro“, „Kategorie“, „Webseite“")
    configured = _check(tmp_path, events, "offers", "-m", "mayen-koblenz")
    assert configured.returncode == 2
    # both from the mapping: said once, not after each field (before: „(Zuordnung in
    # cluster.yaml für Landkreis Mayen-Koblenz)“ twice); the label stays the schema's
    assert json.loads(configured.stdout)["error"].endswith(
        f"Spalten passen nicht zu Angebote laut {MAPPING}: Pflichtfeld „Bezeichnung“ erwartet "
        f"Spalte „name“ (oder „Bezeichnung“, Name laut Schema); Pflichtfeld „Anbieter“ erwartet "
        f"Spalte „anbieter“; {delivered}")
    unconfigured = _check(tmp_path, events, "offers")
    assert unconfigured.returncode == 2
    assert json.loads(unconfigured.stdout)["error"].endswith(
        "Spalten passen nicht zu Angebote: Pflichtfeld „Bezeichnung“ erwartet Spalte "
        "„Bezeichnung“ oder „title“ (Namen laut Schema); Pflichtfeld „Anbieter“ erwartet "
        f"Spalte „Anbieter“ oder „provider“ (Namen laut Schema); {delivered}")


def test_a_file_without_columns_of_the_mapping_asks_the_member_to_tell_the_data_office(
        settings, cluster, tmp_path):
    """A member's system that renamed a column („Veranstaltung“ → „Titel der Veranstaltung“)
    sends a right file that the mapping in cluster.yaml no longer fits: the mail asked only
    for a corrected file; now it asks the member to tell the data office first."""
    from dataclasses import replace
    from datetime import datetime

    from support.cli import SAMPLES
    from pipelines.core.german import BERLIN
    from pipelines.ingest.delivery import FAILED, ingest_source
    from pipelines.ingest.feedback import redelivery, report_text

    renamed = tmp_path / "veranstaltungen.csv"
    renamed.write_text((SAMPLES / "kusel" / "veranstaltungen.csv").read_text(encoding="utf-8")
                       .replace(";Veranstaltung;", ";Titel der Veranstaltung;", 1),
                       encoding="utf-8")
    source = cluster.member("kusel").sources["events"]
    result = ingest_source(settings, cluster, replace(source, location=renamed))
    assert result.status == FAILED and result.mapped_columns_missing
    text = report_text(settings, cluster, result)
    assert (f"Hat Ihr System Spalten umbenannt, schreiben Sie bitte an "
            f"{cluster.data_office}") in " ".join(text.split())
    assert "Andernfalls gilt: Bitte korrigieren Sie" in " ".join(text.split())

    empty = tmp_path / "leer.csv"  # a broken file is the member's to correct, nothing else
    empty.write_bytes(b"")
    broken = ingest_source(settings, cluster, replace(source, location=empty))
    assert broken.status == FAILED and not broken.mapped_columns_missing
    assert "umbenannt" not in redelivery(cluster, broken, datetime.now(BERLIN))


def test_column_names_over_two_rows_are_named_with_their_cells_and_what_to_change(tmp_path):
    """Where a reader cannot be sure the header spans two rows – group titles without merged
    cells (a CSV keeps none), names wrapped into the row below – the first row stays the
    header; a lacking required column whose name stands below it is named with the cell it
    stands under. Before: only „Pflichtfeld „Beginn“ erwartet Spalte „Datum“ + „von“ …“, with
    „Datum“ plainly in the file."""
    grouped = tmp_path / "termine.csv"
    grouped.write_text("Veranstaltung;;Termin;;;Ort\nID;Veranstaltung;Datum;von;bis;Ort\n"
                       "KUS-1;Kerwe;05.09.2027;18:00;23:00;Kusel\n", encoding="utf-8")
    result = _check(tmp_path, grouped, "events", "-m", "kusel")
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"].endswith(
        "geliefert: „Veranstaltung“, „“, „Termin“, „“, „“, „Ort“. In Zeile 2 unter der Kopfzeile "
        "steht „Datum“ (unter „Termin“): stehen die Spaltennamen auf zwei Zeilen (Gruppentitel "
        "darüber oder umbrochene Namen)? Bitte jede Spalte in einer einzigen Kopfzeile mit ihrem "
        "ganzen Namen benennen und die übrige Zeile löschen")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Veranstal-", "Datum", "von", "bis", "Veranstaltungs-", "Ort"])
    sheet.append([None, "tung", None, None, None, "ort", None])
    sheet.append(["KUS-1", "Kerwe", "05.09.2027", "18:00", "23:00", "Festhalle", "Kusel"])
    book.save(wrapped := tmp_path / "termine.xlsx")
    result = _check(tmp_path, wrapped, "events", "-m", "kusel")
    assert json.loads(result.stdout)["error"].endswith(
        ". In Zeile 2 unter der Kopfzeile steht „tung“ (unter „Veranstal-“, zusammen "
        "„Veranstaltung“): stehen die Spaltennamen auf zwei Zeilen (Gruppentitel darüber oder "
        "umbrochene Namen)? Bitte jede Spalte in einer einzigen Kopfzeile mit ihrem ganzen Namen "
        "benennen und die übrige Zeile löschen")
    # an optional column so wrapped is named in the note on the mapping's missing columns
    sheet["B1"], sheet["B2"] = "Veranstaltung", None
    book.save(wrapped)
    [note] = [note for note in json.loads(_check(tmp_path, wrapped, "events", "-m", "kusel").stdout)[
        "notes"] if note.startswith("In der Lieferung fehlen")]
    assert "„Veranstaltungsort“ (für „Veranstaltungsort“)" in note and note.endswith(
        ". In Zeile 2 unter der Kopfzeile steht „ort“ (unter „Veranstaltungs-“, zusammen "
        "„Veranstaltungsort“): stehen die Spaltennamen auf zwei Zeilen (Gruppentitel darüber "
        "oder umbrochene Namen)? Bitte jede Spalte in einer einzigen Kopfzeile mit ihrem ganzen "
        "Namen benennen und die übrige Zeile löschen")
