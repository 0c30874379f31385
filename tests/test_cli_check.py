"""`swdp check` as a member runs it: exit 0 all valid, 1 some rows rejected, 2 unusable,
70 an internal error (one German line and a log file). The CLI runs in process, through the
entry point `swdp` calls (`main`: exit codes, one German line instead of a traceback)."""
import json
import sys
from pathlib import Path

import pytest

from pipelines import cli
from pipelines.core.settings import PROJECT_ROOT
from schemas import DATASET_KEYS
from support.cli import SAMPLES, XPLAN_SAMPLES, swdp_in_process

BROKEN = {
    "binaer.csv": b"\x00\x01\x02PK\x03\x04" * 50,
    "abgeschnitten.gml": (XPLAN_SAMPLES / "BPlan002_5-4.gml").read_bytes()[:1500],
    "leer.csv": b"",
    "falsche_spalten.csv": "Name;Wann;Wo\nKonzert;morgen;Kusel\n".encode("utf-8-sig"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_unusable_files_exit_2_with_one_german_line(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    dataset = "building_plans" if name.endswith(".gml") else "events"
    result = swdp_in_process("check", str(path), "--dataset", dataset, data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stderr
    message = result.stderr.strip()
    assert "Traceback" not in result.stderr + result.stdout
    assert len(message.splitlines()) == 1 and message.startswith("Datei nicht verwendbar:")
    assert name in message
    as_json = swdp_in_process("check", str(path), "--dataset", dataset, "--json",
                              data_dir=tmp_path / "data")
    assert as_json.returncode == 2 and name in json.loads(as_json.stdout)["error"]


def test_rejected_rows_exit_1_and_name_row_field_and_fix(tmp_path):
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes("Titel;Beginn;Ende;Ort\nKerwe;05.09.2027 18:00;05.09.2027 23:00;Kusel\n"
                     ";06.09.2027 10:00;;Kusel\n".encode("cp1252"))
    result = swdp_in_process("check", str(path), "--dataset", "events", "--municipality", "kusel",
                             "--json", data_dir=tmp_path / "data")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["read"], report["valid"], report["rejected"]) == (2, 1, 1)
    # her column „Titel“, not Kusel's mapped „Veranstaltung“, which the file has not
    assert report["problems"] == [{"row_ref": "Zeile 3", "field": "title", "field_label": "Titel",
                                   "value": None, "reason": "Pflichtfeld „Titel“ ist leer – bitte ausfüllen"}]
    text = swdp_in_process("check", str(path), "--dataset", "events", "--municipality", "kusel",
                           data_dir=tmp_path / "data")
    assert text.returncode == 1 and "Zeile 3" in text.stdout and "abgewiesen: 1" in text.stdout


def test_the_excel_file_of_a_csv_source_is_checked_with_the_sources_mapping(tmp_path):
    """Berlin's data office delivers CSV (tests/data/berlin-weihnachtsmaerkte, real data) and
    saved the same rows as an Excel file: `swdp check -m berlin` maps its columns as the inbox
    would read the file, so both give the same verdict – not "Datei nicht verwendbar"."""
    real = Path(__file__).parent / "data" / "berlin-weihnachtsmaerkte"
    for name in ("weihnachtsmaerkte-auszug.csv", "weihnachtsmaerkte-auszug.xlsx"):
        result = swdp_in_process("check", str(real / name), "-d", "events", "-m", "berlin", "--json",
                                 data_dir=tmp_path / "data",
                                 env={"SWDP_CONFIG": str(real / "cluster.yaml")})
        # 0: the Swedish parish's mailbox „berlin@svenskakyrkan.se“ names a municipality, so
        # the personal-data guard takes it as a role mailbox, not as a person's
        assert result.returncode == 0, result.stdout + result.stderr
        report = json.loads(result.stdout)
        assert (report["read"], report["valid"], report["geocoded"]) == (6, 6, 6)
        assert report["problems"] == []


def test_a_valid_delivery_exits_0(tmp_path):
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes("Titel;Beginn;Ort;PLZ\nAdventsmarkt;05.12.2026 11:00;Kusel;66869\n".encode("utf-8-sig"))
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel",
                             data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "gültig: 1" in result.stdout


def test_xplangml_that_breaks_the_standard_is_rejected_with_the_element_named(tmp_path):
    result = swdp_in_process("check", str(XPLAN_SAMPLES / "BP_6.0_syntaxErrors.gml"), "-d",
                             "building_plans", "--json", data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["read"], report["rejected"]) == (1, 1)
    [problem] = report["problems"]
    assert problem["field"] == "plan_type" and "xplan:planArtCode (Zeile 46)" in problem["reason"]


# Sample deliveries whose columns need no member mapping (the platform's own names or formats).
SAMPLE_FILES = {"offers": "bitburg-pruem/angebote.csv", "vacancies": "kusel/leerstand.csv",
                "events": "kaiserslautern/veranstaltungen.ics",
                "building_plans": "mayen-koblenz/bebauungsplaene.gml"}


@pytest.mark.parametrize("dataset", DATASET_KEYS)
def test_check_without_a_member_reads_every_dataset_with_the_same_report(tmp_path, dataset):
    """Without --municipality nothing is located, yet valid rows give the same report shape
    (issue 10: a traceback `KeyError: 'geocode_precision'` once one row was valid)."""
    sample = SAMPLES / SAMPLE_FILES[dataset]
    result = swdp_in_process("check", str(sample), "-d", dataset, "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode in (0, 1), result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["valid"] > 0 and report["read"] == report["valid"] + report["rejected"]
    assert report["geocoded"] == 0
    text = swdp_in_process("check", str(sample), "-d", dataset, data_dir=tmp_path / "data")
    assert "ohne --municipality wird die Lage nicht geprüft" in text.stdout


def test_an_internal_error_is_one_german_line_naming_a_log_with_the_traceback(tmp_path, monkeypatch,
                                                                               capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("Fehler im Programm, nicht in der Datei")

    monkeypatch.setattr("pipelines.ingest.precheck.precheck", broken)
    monkeypatch.setenv("SWDP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "argv", ["swdp", "check", str(SAMPLES / "kusel" / "leerstand.csv"),
                                      "-d", "vacancies"])
    with pytest.raises(SystemExit) as leaving:
        cli.main()
    assert leaving.value.code == 70
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("Interner Fehler") and "Traceback" not in line
    log = next((tmp_path / "data" / "logs").glob("swdp-fehler-*.log"))
    assert log.name in line and "RuntimeError: Fehler im Programm" in log.read_text()


def _calendar(*events: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n" + "".join(
        f"BEGIN:VEVENT\r\n{event}DTSTAMP:20261201T100000Z\r\nEND:VEVENT\r\n" for event in events)
        + "END:VCALENDAR\r\n").encode("utf-8")


def test_long_calendar_uids_of_outlook_and_url_style_are_accepted(tmp_path):
    """RFC 5545 sets no length for a UID, and a calendar's owner cannot change it: Outlook
    writes 112 hex digits and more, URL-style ones run to about 200 characters; a recurring
    event's occurrence adds its time to the id."""
    outlook = "040000008200E00074C5B7101A82E00800000000" + "3C1F4A9B" * 9
    url_style = "https://www.kusel.de/veranstaltungen/kalender/" + "termin-" * 21 + "neujahrsempfang"
    assert (len(outlook), len(url_style)) == (112, 208)
    path = tmp_path / "lang.ics"
    path.write_bytes(_calendar(
        f"UID:{outlook}\r\nDTSTART:20270105T100000\r\nSUMMARY:Neujahrsempfang\r\nLOCATION:Kusel\r\n",
        f"UID:{url_style}\r\nDTSTART:20270107T180000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
        f"SUMMARY:Chorprobe\r\nLOCATION:Kusel\r\n"))
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["read"], report["valid"], report["rejected"]) == (4, 4, 0)
    # Kusel's column mapping is written for its CSV: a calendar has no columns to miss
    assert not [note for note in report["notes"] if "fehlt in der Lieferung" in note]


def test_the_row_reference_names_the_members_own_id_even_where_it_equals_a_row_number(tmp_path):
    """Id „2“ on row 2 and id „1“ on row 12: „Zeile 2“ and „Zeile 12“ name no id, the member
    looks the row up by its id."""
    lines = ["ID;Veranstaltung;Datum;von;Ort", "2;;05.09.2027;18:00;Kusel"]
    lines += [f"{n};Kerwe {n};05.09.2027;18:00;Kusel" for n in range(3, 12)]
    lines += ["1;;06.09.2027;10:00;Kusel"]
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes("\n".join(lines).encode("utf-8-sig"))
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stdout + result.stderr
    refs = [problem["row_ref"] for problem in json.loads(result.stdout)["problems"]]
    assert refs == ["Zeile 2 (ID 2)", "Zeile 12 (ID 1)"]


def _with_unknown_regional_key(tmp_path) -> Path:
    """cluster.yaml with an ARS (and AGS) for Kusel that no municipality of the boundaries has."""
    config = tmp_path / "cluster.yaml"
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    text = text.replace('ags: "07336000"\n    ars: "07336"', 'ags: "07396000"\n    ars: "07396"')
    config.write_text(text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/"),
                      encoding="utf-8")
    return config


def test_a_members_unknown_regional_key_is_a_configuration_error_naming_it(tmp_path):
    """An ARS (with its AGS) that no municipality of the boundaries has: exit 2 with one German
    line naming the configuration file, the member and the key – not „Interner Fehler“."""
    config = _with_unknown_regional_key(tmp_path)
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes("Titel;Beginn;Ort\nKerwe;05.09.2027 18:00;Kusel\n".encode("utf-8-sig"))
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel",
                             data_dir=tmp_path / "data", env={"SWDP_CONFIG": str(config)})
    assert result.returncode == 2, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Konfiguration nicht verwendbar: cluster.yaml: Mitglied „kusel“:"), line
    assert "07396" in line and "Interner Fehler" not in line


def test_a_run_with_a_members_unknown_regional_key_ends_as_a_configuration_error(tmp_path):
    """`swdp run` meets the key in the ingestion and in the neighbours' coordination: exit 2,
    each failure one German line naming the key – it ended as an internal error (70)."""
    config = _with_unknown_regional_key(tmp_path)
    result = swdp_in_process("run", "-m", "kusel", "-d", "events", data_dir=tmp_path / "data",
                             env={"SWDP_CONFIG": str(config)})
    assert result.returncode == 2, result.stdout + result.stderr
    output = " ".join((result.stdout + result.stderr).split())
    assert output.count("Konfiguration nicht verwendbar: cluster.yaml: Mitglied „kusel“") == 2
    assert "ConfigError" not in output and "07396" in output


def test_a_notes_sheet_in_front_names_the_sheet_read_the_others_and_how_to_choose(tmp_path):
    """Kusel's offers as a clerk sends them with a sheet of notes in front: the message says
    which sheet was read, which others there are, and how to read the data sheet."""
    import openpyxl

    book = openpyxl.load_workbook(SAMPLES / "kusel" / "angebote.xlsx")
    book.active.title = "Angebote"
    notes = book.create_sheet("Hinweise", 0)
    notes.append(["Bitte die Angebote im Blatt „Angebote“ eintragen, Stand 01.12.2026"])
    notes.append(["Fragen an Frau Müller, Kreisverwaltung Kusel"])
    book.create_sheet("Auswahllisten")
    path = tmp_path / "angebote.xlsx"
    book.save(path)
    result = swdp_in_process("check", str(path), "-d", "offers", "-m", "kusel",
                             data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "Tabellenblatt „Hinweise“" in line and "gelesen wurde das erste Tabellenblatt" in line
    assert "weitere: „Angebote“, „Auswahllisten“" in line
    assert "an die erste Stelle" in line and 'options: {sheet: "Angebote"}' in line
    # what the message advises reads the data
    book.move_sheet("Angebote", offset=-1)
    book.save(path)
    chosen = swdp_in_process("check", str(path), "-d", "offers", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    assert chosen.returncode in (0, 1) and json.loads(chosen.stdout)["read"] > 0, chosen.stderr


def test_a_postal_code_outside_the_area_is_noted_with_file_row_field_and_its_place(tmp_path):
    """„03044 Cottbus“ in Kusel's list (before: stored „ohne Lage“ without a word). The row is
    kept – no schema asks an event to lie inside the area – but every such row is named: the
    file, the row, the member's column and where GeoNames and VG5000
    put the code. Where the place is Kusel's, the row is placed by it, without the code."""
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes("ID;Veranstaltung;Datum;von;bis;Straße;Hausnummer;PLZ;Ort\n"
                     "A-1;Kerwe;05.09.2027;18:00;23:00;Marktplatz;1;66869;Kusel\n"
                     "A-2;Messe;06.09.2027;10:00;12:00;Walther-Pauer-Straße;5;03044;Cottbus\n"
                     "A-3;Markt;07.09.2027;10:00;12:00;Marktplatz;1;03044;Kusel\n".encode("utf-8"))
    result = swdp_in_process("check", str(path), "--dataset", "events", "--municipality", "kusel",
                             "--json", data_dir=tmp_path / "data")
    report = json.loads(result.stdout)
    assert (report["read"], report["valid"], report["rejected"]) == (3, 3, 0)
    where = ("PLZ [Postleitzahl] „03044“ (Cottbus) liegt in Cottbus (kreisfreie Stadt, Brandenburg), "
             "außerhalb des Gebiets des Mitglieds Landkreis Kusel")
    assert [note for note in report["notes"] if "03044" in note] == [
        f"veranstaltungen.csv, Zeile 3, {where} – übernommen ohne Lage; bitte die Postleitzahl prüfen",
        f"veranstaltungen.csv, Zeile 4, {where} – ohne die Postleitzahl im Gebiet verortet; bitte die "
        f"Postleitzahl prüfen"]
    assert not [note for note in report["notes"] if "66869" in note]


def test_the_place_completed_from_coordinates_is_noted_only_for_rows_kept(tmp_path):
    """A calendar with two events given by GEO alone: one in Kusel, one in Hamburg. The one in
    Hamburg is rejected as outside the member's area; „Ort aus den Koordinaten ergänzt: 2 Zeilen“
    read as if it went on too (the nearest municipality of Kusel was its place)."""
    path = tmp_path / "geo.ics"
    path.write_bytes(_calendar(
        "UID:kusel-1\r\nDTSTART:20270105T100000\r\nSUMMARY:Neujahrsempfang\r\nGEO:49.5386;7.3988\r\n",
        "UID:hamburg-1\r\nDTSTART:20270106T100000\r\nSUMMARY:Hafenkonzert\r\nGEO:53.5461;9.9661\r\n"))
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["read"], report["valid"], report["rejected"]) == (2, 1, 1)
    assert "außerhalb des Gebiets" in report["problems"][0]["reason"]
    assert [note for note in report["notes"] if note.startswith("Ort aus")] == [
        "Ort aus der Lage (Koordinaten) ergänzt: 1 Zeile"]


def _located_share(report: dict) -> dict:
    return next(check for check in report["checks"] if check["check"] == "geocoded_share")


def test_a_rejected_plan_is_not_counted_in_the_share_of_located_records(tmp_path):
    """The real XPlanung 6.0 plan lies in Hamburg, outside Kusel: rejected, it counted as
    „100 % verortet“; with its Geltungsbereich a point (rejected too) as „Nur 0 % … verortet –
    bitte Straße, Hausnummer, Postleitzahl und Ort …“ – advice a planning officer cannot use."""
    text = (XPLAN_SAMPLES / "BP_6.0.gml").read_text(encoding="utf-8")
    start = text.index("<xplan:raeumlicherGeltungsbereich>")
    end = text.index("</xplan:raeumlicherGeltungsbereich>") + len("</xplan:raeumlicherGeltungsbereich>")
    point = tmp_path / "BP_6.0_punkt.gml"
    point.write_text(text[:start] + '<xplan:raeumlicherGeltungsbereich><gml:Point srsName='
                     '"EPSG:25832" gml:id="GML_punkt"><gml:pos>565028.284 5940482.558</gml:pos>'
                     '</gml:Point></xplan:raeumlicherGeltungsbereich>' + text[end:], encoding="utf-8")
    for path in (XPLAN_SAMPLES / "BP_6.0.gml", point):
        result = swdp_in_process("check", str(path), "-d", "building_plans", "-m", "kusel",
                                 "--json", data_dir=tmp_path / "data")
        assert result.returncode == 1, result.stdout + result.stderr
        share = _located_share(json.loads(result.stdout))
        assert (share["passed"], share["observed"], share["message"]) == (
            True, None, "keine gültigen Datensätze"), path.name


def test_the_advice_on_unlocated_plans_names_what_locates_a_plan(tmp_path):
    """A list of plans whose places lie outside the area: kept, but not located. The advice
    follows the schema – a plan has its Geltungsbereich, postcode and place, no street."""
    path = tmp_path / "plaene.csv"
    path.write_bytes("Planname;Planart;Ort\nAm Sportplatz;Bebauungsplan;Hamburg\n"
                     "Hafenkante;Bebauungsplan;Bremen\n".encode("utf-8-sig"))
    result = swdp_in_process("check", str(path), "-d", "building_plans", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    share = _located_share(json.loads(result.stdout))
    assert (share["passed"], share["observed"]) == (False, 0)
    assert share["message"] == ("Nur 0 % der gültigen Datensätze verortet (mindestens 90 %) – "
                                "bitte Geltungsbereich oder Postleitzahl und Ort ergänzen")


@pytest.mark.parametrize("option, name, right", [("--csv", "liste.xlsx", "--xlsx liste.xlsx"),
                                                 ("--csv", "Liste.ODS", "--xlsx Liste.xlsx"),
                                                 ("--xlsx", "liste.csv", "--csv liste.csv")])
def test_a_list_named_for_the_other_format_is_refused_before_checking(tmp_path, option, name,
                                                                     right):
    """`--csv liste.xlsx` wrote CSV text under a workbook's name (Excel then calls the file
    damaged), `--xlsx liste.csv` the reverse, without a word: refused, naming the option."""
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes("Titel;Beginn;Ort;PLZ\nAdventsmarkt;05.12.2026 11:00;Kusel;66869\n"
                     ";06.12.2026 10:00;Kusel;66869\n".encode("utf-8-sig"))
    listed = tmp_path / name
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel", option,
                             str(listed), data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stdout + result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("Aufruf nicht verwendbar:")
    assert f"„{right}“ angeben" in message and "nichts geprüft" in message
    assert not listed.exists() and "Prüfbericht" not in result.stdout
    as_json = swdp_in_process("check", str(path), "-d", "events", option, str(listed), "--json",
                              data_dir=tmp_path / "data")
    assert as_json.returncode == 2 and right in json.loads(as_json.stdout)["error"]
