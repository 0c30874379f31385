"""`swdp geocode` and the address registers of `swdp gazetteer build` name the line of the file
a problem stands in – the line a clerk finds in an editor – also below blank lines, comment
lines and values that run over several lines; and a file they cannot read is refused with what
was found and the remedy for a CSV file, however the finding is worded."""
import pandas as pd
import pytest

from connectors.delivery import DeliveryError
from pipelines.core.settings import Settings
from pipelines.geocoding.addresses import RegisterError, csv_text, read_csv_table
from pipelines.geocoding.gazetteer import build_gazetteer, member_area
from pipelines.geocoding.table import InputError, geocode_frame, read_input

GOOD_HOUSE = (";DERP000000000001;A;07;3;36;055;0000;00001;1;;32386400,000;5488900,000;Marktstraße;"
              "66869;Kusel;;")


@pytest.fixture(scope="module")
def kusel(cluster, tmp_path_factory):
    return member_area(Settings(data_dir=tmp_path_factory.mktemp("gazetteer")), cluster,
                       cluster.member("kusel"))


def test_a_note_names_the_line_of_the_file_below_blank_lines_and_broken_values(kusel, tmp_path):
    source = tmp_path / "adressen.csv"
    source.write_text("id;x;y;crs\r\n"
                      "1;7,398;49,538;EPSG:4326\r\n"
                      "\r\n"                                        # a blank line (line 3)
                      '2;7,398;49,538;"EPSG:\r\n4326"\r\n'          # a value over two lines
                      "3;7,3x8;49,538;EPSG:4326\r\n", encoding="utf-8")  # line 6
    result = geocode_frame(read_input(source), kusel)
    assert result.at[2, "note"].startswith("Zeile 6, in Excel Zeile 5, Feld x: „7,3x8“ ist keine Zahl")


def test_a_frame_not_read_from_a_file_counts_its_rows_below_a_header(kusel):
    frame = pd.DataFrame({"id": ["1"], "x": ["7,3x8"], "y": ["49,538"]}, dtype=object)
    assert geocode_frame(frame, kusel).at[0, "note"].startswith("Zeile 2, Feld x:")


def test_a_register_names_the_line_below_blank_and_comment_lines(cluster, tmp_path):
    bad = GOOD_HOUSE.replace("5488900,000", "5488900,0x0")
    (tmp_path / "hk.txt").write_text(f"# Hauskoordinaten Kusel\n{GOOD_HOUSE}\n\n{bad}\n",
                                     encoding="utf-8")
    with pytest.raises(RegisterError, match="hk.txt, Zeile 4, Feld NORTH \\(Nordwert\\): „5488900,0x0“"):
        build_gazetteer(Settings(data_dir=tmp_path / "gazetteer"), cluster, [tmp_path / "hk.txt"])


def test_a_reason_keeps_a_dash_of_its_own_apart_from_its_remedy(tmp_path):
    error = DeliveryError(tmp_path / "a.csv", "Spalte „Ort – Ortsteil“ fehlt", remedy="bitte ergänzen")
    assert (error.finding, error.remedy) == ("Spalte „Ort – Ortsteil“ fehlt", "bitte ergänzen")
    assert error.reason == "Spalte „Ort – Ortsteil“ fehlt – bitte ergänzen"
    assert str(error) == "a.csv: Spalte „Ort – Ortsteil“ fehlt – bitte ergänzen"


def test_an_old_excel_file_is_refused_with_the_remedy_for_a_csv_file(tmp_path):
    source = tmp_path / "adressen.csv"
    source.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(512))
    with pytest.raises(InputError) as refused:
        csv_text(source, InputError)
    assert str(refused.value) == (
        "adressen.csv: Die Datei ist eine Excel-Tabelle im alten Format (.xls), keine Textdatei – "
        "bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern")


def test_a_problem_of_the_table_keeps_its_own_remedy_and_line(tmp_path):
    """Not a file to save differently: the advice for a CSV file would not fit."""
    source = tmp_path / "adressen.csv"
    source.write_text("id;x;y\n1;2;3\n4;5\n", encoding="utf-8")  # fine: a short row is a row
    assert read_csv_table(source, InputError).attrs["refs"] == ["Zeile 2", "Zeile 3"]
    source.write_text("id|x|y\n1|2|3\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_csv_table(source, InputError)
    assert str(refused.value) == ("adressen.csv, Zeile 1: Nur eine Spalte erkannt – bitte Semikolon "
                                  "(;) als Trennzeichen verwenden (Kopfzeile: „id|x|y“)")
