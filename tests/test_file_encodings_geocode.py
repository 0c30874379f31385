"""Files a clerk hands to `swdp geocode` and `swdp gazetteer build` are read in the encodings
members' deliveries come in (UTF-16 from Excel's „Unicode-Text“, Windows-1252), or refused in
German naming the file; and `swdp ckan up`, which always answers in JSON, refuses in JSON too."""
import json

import pandas as pd
import pytest
from pyproj import Transformer

from pipelines.cli.common import EXIT_UNUSABLE
from support.cli import swdp_in_process

KUSEL_CASTLE = (7.4012, 49.5391)  # a point in Stadt Kusel (lon, lat)


def test_geocode_reads_unicode_text_as_excel_saves_it(tmp_path):
    """Excel's „Unicode-Text“: UTF-16 LE with byte order mark, separated by tabs."""
    source = tmp_path / "Adressen für März.txt"
    source.write_bytes("id\tstreet\thousenumber\tpostcode\tcity\r\n"
                       "1\tSchloßstraße\t3\t66869\tKusel\r\n".encode("utf-16"))
    target = tmp_path / "verortet.csv"
    result = swdp_in_process("geocode", str(source), "--out", str(target), "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"] == 1
    located = pd.read_csv(target, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)
    assert list(located.columns[:5]) == ["id", "street", "housenumber", "postcode", "city"]
    assert located.at[0, "street"] == "Schloßstraße" and located.at[0, "ags"] == "07336055"


@pytest.mark.parametrize("name, content, found", [
    ("adressen.csv", b"\xff\xfei\x00d\x00\x00\xd8;\x00",  # a lone surrogate after "id"
     "Die Datei ist nicht im Zeichensatz utf-16-le gespeichert (Byte 4)"),
    ("Adressen für März.xlsx", bytes(range(256)) * 4,
     "Die Datei ist keine Textdatei (Binärdaten gefunden)"),
], ids=["broken-utf16", "no-text"])
def test_geocode_refuses_a_file_it_cannot_read_naming_it_and_what_was_found(tmp_path, name, content,
                                                                            found):
    source = tmp_path / "Lieferungen für März" / name
    source.parent.mkdir()
    source.write_bytes(content)
    result = swdp_in_process("geocode", str(source), "--out", str(tmp_path / "aus.csv"), "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode == EXIT_UNUSABLE, result.stderr
    assert json.loads(result.stdout)["error"] == (
        f"{name}: {found} – bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern")
    assert not (tmp_path / "data" / "logs").exists()  # no internal error


def _kusel_castle_utm() -> tuple[float, float]:
    return Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True).transform(*KUSEL_CASTLE)


def _hk_de_line(street: str) -> str:
    """One house in Stadt Kusel in the layout of „Hauskoordinaten Deutschland“."""
    x, y = _kusel_castle_utm()
    return ";".join(["", "DERP000000000001", "A", "07", "3", "36", "055", "0000", "00001", "3", "",
                     f"{32e6 + x:.3f}".replace(".", ","), f"{y:.3f}".replace(".", ","), street,
                     "66869", "Kusel", "", ""]) + "\r\n"


def _points(separator: str) -> str:
    x, y = _kusel_castle_utm()
    return separator.join(["strasse", "hausnummer", "x", "y"]) + "\r\n" + separator.join(
        ["Mühlenweg", "5", f"{x:.1f}", f"{y:.1f}"]) + "\r\n"


@pytest.mark.parametrize("name, content, street", [
    ("hk.txt", _hk_de_line("Schloßstraße").encode("cp1252"), "Schloßstraße"),
    ("punkte.csv", _points(";").encode("cp1252"), "Mühlenweg"),
    ("punkte.txt", _points("\t").encode("utf-16"), "Mühlenweg"),
], ids=["hk-de-windows-1252", "points-windows-1252", "points-unicode-text"])
def test_gazetteer_reads_address_registers_as_deliveries_are_read(tmp_path, name, content, street):
    register = tmp_path / name
    register.write_bytes(content)
    built = swdp_in_process("gazetteer", "build", "-a", str(register), "--json",
                            data_dir=tmp_path / "data")
    assert built.returncode == 0, built.stderr
    assert json.loads(built.stdout)["addresses"] == 1
    addresses = pd.read_parquet(tmp_path / "data" / "gazetteer" / "addresses.parquet")
    assert addresses["street"].tolist() == [street]


def test_gazetteer_refuses_a_file_that_is_no_text_in_german(tmp_path):
    register = tmp_path / "Adressen.csv"
    register.write_bytes(b"strasse;hausnummer\r\n" + bytes(range(256)))
    refused = swdp_in_process("gazetteer", "build", "-a", str(register), "--json",
                              data_dir=tmp_path / "data")
    assert refused.returncode == EXIT_UNUSABLE, refused.stderr
    assert json.loads(refused.stdout)["error"] == (
        "Adressen.csv: Die Datei ist keine Textdatei (Binärdaten gefunden) – bitte in Excel als "
        "„CSV UTF-8 (durch Trennzeichen getrennt)“ speichern")
    assert "codec" not in refused.stderr


@pytest.mark.parametrize("place, env, kind, exit_code, said", [
    ("a file", {}, "call", EXIT_UNUSABLE, "ckan-home: das ist eine Datei, kein Ordner"),
    ("below a file", {}, "call", EXIT_UNUSABLE, "ckan-home ist eine Datei, kein Ordner"),
    ("a folder", {"SWDP_CKAN_REDIS": "redis://127.0.0.1:1/0"}, "catalog", 1,
     "Redis ist unter 127.0.0.1:1 nicht erreichbar"),
], ids=["home-a-file", "home-below-a-file", "no-redis"])
def test_ckan_up_refuses_with_one_json_object_on_stdout(tmp_path, place, env, kind, exit_code, said):
    """`ckan up` has no --json: it always answers in JSON, a refusal as well."""
    home = tmp_path / "ckan-home"
    if place != "a folder":
        home.write_text("kein Ordner", encoding="utf-8")
    if place == "below a file":
        home = home / "default"
    refused = swdp_in_process("ckan", "up", "--home", str(home), data_dir=tmp_path / "data", env=env)
    assert refused.returncode == exit_code, refused.stdout + refused.stderr
    answer = json.loads(refused.stdout)  # the whole of stdout: one object
    assert answer["kind"] == kind and answer["exit_code"] == exit_code, answer
    assert said in answer["error"], answer
    [line] = refused.stderr.strip().splitlines()
    assert answer["error"] in line
    assert not (tmp_path / "data" / "logs").exists()  # no internal error


@pytest.mark.parametrize("verb", ["status", "down"])
def test_ckan_status_and_down_name_a_file_given_as_home_instead_of_an_internal_error(tmp_path, verb):
    home = tmp_path / "ckan-home"
    home.write_text("kein Ordner", encoding="utf-8")
    refused = swdp_in_process("ckan", verb, "--home", str(home), "--json", data_dir=tmp_path / "data")
    assert refused.returncode == EXIT_UNUSABLE, refused.stdout + refused.stderr
    assert json.loads(refused.stdout)["error"] == (f"Ordner der CKAN-Instanz {home}: das ist eine Datei, "
                                                   f"kein Ordner – bitte mit --home einen Ordner angeben")
    assert not (tmp_path / "data" / "logs").exists()
