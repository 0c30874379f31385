"""Hostile deliveries, written at test time: every way a member's file (or an attacker's)
can be odd, broken or malicious, across the formats the platform reads.

Each case is a file name, how to write it and the datasets it plausibly claims to be. Large
files are built by a function so nothing big is committed; `isolated` marks the cases that
could cost much time or memory if a guard were missing: the test runs them in a child
process with hard limits. Names are German so that an English word in a message is never
the file's own name.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

EVENTS, OFFERS, VACANCIES, PLANS = "events", "offers", "vacancies", "building_plans"

EVENTS_HEADER = "Titel;Beginn;Ende;Veranstaltungsort;Straße;Hausnummer;Postleitzahl;Ort"
EVENTS_ROWS = ["Kerwe;05.09.2027 18:00;05.09.2027 23:00;Festplatz;Bahnhofstraße;1;66869;Kusel",
               "Adventsmarkt;05.12.2026 11:00;;Rathaus;Marktplatz;1;66869;Kusel"]
VACANCIES_HEADER = "Objektbezeichnung;Objektart;Straße;Hausnummer;Postleitzahl;Ort;Rechtswert / Länge;Hochwert / Breite"
VACANCIES_ROW = "Altes Ladenlokal;Laden;Marktstraße;3;66869;Kusel;7,398;49,538"


def events_csv(*rows: str, header: str = EVENTS_HEADER) -> str:
    return "\n".join([header, *(rows or EVENTS_ROWS)]) + "\n"


def vacancies_csv(*rows: str) -> str:
    return "\n".join([VACANCIES_HEADER, *(rows or [VACANCIES_ROW])]) + "\n"


@dataclass(frozen=True)
class Case:
    name: str
    write: Callable[[Path, str], None]     # (path, canary URL) -> writes the file
    datasets: tuple[str, ...]
    isolated: bool = False
    # Text that must never show up in the output (content of a file an entity points to).
    forbidden: tuple[str, ...] = ()
    unusable: bool = False                 # the file as a whole must be refused (exit 2)
    notes: dict = field(default_factory=dict, compare=False)


CASES: list[Case] = []


def case(name: str, content, datasets=(EVENTS,), **kwargs) -> None:
    """Register a case; content is bytes, str (UTF-8 with BOM, like German Excel) or a
    function (path, canary URL) -> None."""
    if isinstance(content, str):
        data = content.encode("utf-8-sig")
        write = lambda path, canary: path.write_bytes(data)
    elif isinstance(content, bytes):
        write = lambda path, canary: path.write_bytes(content)
    else:
        write = content
    CASES.append(Case(name, write, tuple(datasets), **kwargs))


# --- encodings and byte-level oddities (CSV as German Excel writes it) -----------------
TEXT = events_csv("Straßenfest Größenwahn;05.09.2027 18:00;;Bürgerhaus;Hauptstraße;1;66869;Kusel")
case("utf8_mit_bom.csv", TEXT)
case("utf8_ohne_bom.csv", TEXT.encode("utf-8"))
case("cp1252.csv", TEXT.encode("cp1252"))
case("utf16le_mit_bom.csv", b"\xff\xfe" + TEXT.encode("utf-16-le"))
case("utf16be_mit_bom.csv", b"\xfe\xff" + TEXT.encode("utf-16-be"))
case("utf16le_ohne_bom.csv", TEXT.encode("utf-16-le"))
case("utf16be_ohne_bom.csv", TEXT.encode("utf-16-be"))
case("utf16le_tabulator.txt", b"\xff\xfe" + TEXT.replace(";", "\t").encode("utf-16-le"))
case("utf32_mit_bom.csv", TEXT.encode("utf-32"))
case("gemischte_kodierung.csv", events_csv().encode("utf-8") + "Größe;05.09.2027 18:00;;;;;66869;Kusel\n".encode("cp1252"))
case("doppeltes_bom.csv", "\ufeff" + TEXT)
case("bom_mitten_im_text.csv", events_csv("Kerwe\ufeff;05.09.2027 18:00;;;;;66869;Kusel"))
case("nur_bom.csv", b"\xef\xbb\xbf", unusable=True)
case("undefinierte_cp1252_bytes.csv", TEXT.encode("cp1252") + b"Titel\x81\x8d;05.09.2027;;;;;66869;Kusel\n")
case("nul_am_anfang.csv", b"\x00" + TEXT.encode(), unusable=True)
case("nul_nach_10kb.csv", (TEXT + "Kerwe;05.09.2027 18:00;;;;;66869;Kusel\n" * 300).encode() + b"Ke\x00rwe;05.09.2027 18:00;;;;;66869;Kusel\n")
case("nul_im_wert.csv", events_csv("Ker\x00we;05.09.2027 18:00;;;;;66869;Kusel"))
case("steuerzeichen.csv", events_csv("\x1b[31mRot\x1b[0m\x07\x08;05.09.2027 18:00;;;;;66869;Kusel"))
case("unicode_tricks.csv", events_csv("\u202eekreK\u200b\u200d👨‍👩‍👧 ̈a;05.09.2027 18:00;;;;;66869;Kusel"))
case("nur_cr_zeilenenden.csv", TEXT.replace("\n", "\r"))
case("crlf_gemischt.csv", TEXT.replace("\n", "\r\n", 1))

# --- not text at all, or not what the extension says ----------------------------------
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
case("bild.csv", PNG, unusable=True)
case("zufallsbytes.csv", bytes((i * 7919 + 13) % 256 for i in range(20000)), unusable=True)
case("leer.csv", b"", unusable=True)
case("nur_leerzeichen.csv", "   \n\t\n  \n", unusable=True)
case("nur_zeilenumbrueche.csv", b"\n\n\n\r\n", unusable=True)
case("nur_kopfzeile.csv", EVENTS_HEADER + "\n", unusable=True)
case("nur_leere_zeilen.csv", EVENTS_HEADER + "\n;;;;;;;\n;;;;;;;\n", unusable=True)
case("komma_getrennt.csv", TEXT.replace(";", ","))
case("eine_spalte.csv", "Titel\nKerwe\n", unusable=True)
case("geojson_als.csv", '{"type": "FeatureCollection", "features": []}', unusable=True)
case("csv_als.geojson", TEXT, (VACANCIES,), unusable=True)
case("csv_als.ics", TEXT, unusable=True)
case("csv_als.gml", TEXT, (PLANS,), unusable=True)
case("csv_als.xlsx", TEXT, (VACANCIES,), unusable=True)
case("ohne_endung", TEXT, unusable=True)
case("falsche_endung.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", unusable=True)
case("GROSS.CSV", TEXT)


# --- CSV structure ---------------------------------------------------------------------
case("doppelte_kopfzeilen.csv", events_csv("Kerwe;Fest;05.09.2027 18:00;Kusel", header="Titel;Titel;Beginn;Ort"))
case("leere_kopfzeilen.csv", events_csv(";Kerwe;05.09.2027 18:00;Kusel", header=";Titel;Beginn;Ort"))
case("offenes_anfuehrungszeichen.csv", events_csv('"Kerwe;05.09.2027 18:00;;;;;66869;Kusel'))
case("zeilenumbruch_im_feld.csv", events_csv('"Ker\nwe";05.09.2027 18:00;;;;;66869;Kusel'))
case("zu_viele_felder.csv", events_csv("Kerwe;05.09.2027 18:00;;;;;66869;Kusel" + ";x" * 5000))
case("zu_wenige_felder.csv", events_csv("Kerwe"))
case("viele_spalten.csv", events_csv("Kerwe;05.09.2027 18:00;;;;;66869;Kusel",
                                     header=EVENTS_HEADER + "".join(f";Spalte {i}" for i in range(20000))),
     isolated=True)
case("lange_kopfzeile.csv", events_csv("x;05.09.2027 18:00;;;;;66869;Kusel", header="T" * 100_000 + ";Beginn;Ort"), unusable=True)
case("riesige_zeile.csv", lambda path, canary: path.write_bytes(b"Titel;Beginn;Ort\n" + b"x" * 50_000_000),
     isolated=True)
case("riesiger_wert.csv", events_csv("K" * 5_000_000 + ";05.09.2027 18:00;;;;;66869;Kusel"), isolated=True)
case("viele_zeilen.csv", lambda path, canary: path.write_bytes(events_csv(
    *[f"Fest {i};05.09.2027 18:00;;;;;66869;Kusel" for i in range(30_000)]).encode()), isolated=True)
case("formeln.csv", events_csv(*(f"{formula};05.09.2027 18:00;;{formula};;;66869;Kusel" for formula in (
    '=HYPERLINK("http://127.0.0.1:9/x";"Klick")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3", "=1+1", "\t=1+1", "\r=1+1", "=DDE(\"cmd\";\"/C calc\";\"A1\")"))))
case("rich_markup.csv", events_csv(*(f"{markup};05.09.2027 18:00;{markup};{markup};;;66869;Kusel" for markup in (
    "[/]", "[bold red]laut[/bold red]", ":x: :warning:", "[link=file:///etc/passwd]x[/link]", "[/foo]", "\\[x]"))))
case("rich_markup_abgewiesen.csv", events_csv("[/];kein Datum [/];;[/];;;[/];Kusel"))
case("rich_markup_kopfzeile.csv", "[/]\n[/]\n", unusable=True)
case("html_und_sql.csv", events_csv("<script>alert(1)</script>;05.09.2027 18:00;;'; DROP TABLE events; --;;;66869;Kusel"))


# --- values at the edges ---------------------------------------------------------------
case("datumsgrenzen.csv", events_csv(*(f"Fest;{date};;;;;66869;Kusel" for date in (
    "31.02.2027", "01.01.0001 00:00", "31.12.9999 23:59", "01.01.1500", "01.01.2300", "99.99.9999",
    "2027-13-45T25:61", "1700000000", "-1", "05.09.2027 24:00", "29.02.2027"))))
case("zahlengrenzen.csv", vacancies_csv(*(
    f"Laden {i};Laden;Marktstraße;{i};66869;Kusel;{x};{y}" for i, (x, y) in enumerate((
        ("NaN", "NaN"), ("Infinity", "-Infinity"), ("1e308", "1e308"), ("1e999", "0"),
        ("-0", "-0"), ("7,398", ""), ("1.000.000.000.000.000,5", "49,5"), ("0x1F", "49,5"))))),
     (VACANCIES,))
case("postleitzahlen.csv", events_csv(*(f"Fest;05.09.2027 18:00;;;;;{code};Kusel" for code in (
    "00000", "6686 9", "ABCDE", "668690", "-66869", "6.6869", "1e5"))))


# --- odd file names (content valid) ----------------------------------------------------
for odd in ("mit leerzeichen.csv", "umlaute_äöüß_ÄÖÜ.csv", "-beginnt-mit-strich.csv",
            "--dataset.csv", "zeilen\numbruch.csv", "wagen\rruecklauf.csv", "tab\tulator.csv",
            "[red]markup[bold].csv", "anfuehrung'\"zeichen.csv", "x" * 240 + ".csv",
            "punkt.am.ende.csv.", ".csv", "ende mit leerzeichen.csv "):
    case(odd, TEXT)
case(b"ung\xfcltiges_utf8.csv".decode("utf-8", "surrogateescape"), TEXT)


# --- XLSX: workbooks, broken ones and zip bombs ----------------------------------------
def workbook(rows: list[list]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rows_of(csv_text: str) -> list[list]:
    return [line.split(";") for line in csv_text.strip().split("\n")]


XLSX = workbook(rows_of(vacancies_csv()))


def rezip(original: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None,
          level: int = 6) -> bytes:
    """The workbook with some entries replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for item in source.infolist():
            target.writestr(item.filename, replace.get(item.filename, source.read(item)))
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def sheet_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="http://schemas.'
            f'openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData>'
            f'</worksheet>').encode()


def inline_row(number: int, values: list[str]) -> str:
    cells = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{cells}</row>'


HEADER_ROW = inline_row(1, VACANCIES_HEADER.split(";"))


def zip_bomb(path: Path, canary: str) -> None:
    # One sheet that inflates to about 1 GB from about 1 MB: ratio about 1000:1.
    row = inline_row(2, VACANCIES_ROW.split(";")).encode()
    stream = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source, zipfile.ZipFile(stream, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                target.writestr(item, source.read(item))
        with target.open(zipfile.ZipInfo("xl/worksheets/sheet1.xml"), "w", force_zip64=True) as sheet:
            sheet.write(sheet_xml(HEADER_ROW)[:-22])
            chunk = row * (1_000_000 // len(row))
            for _ in range(1000):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    path.write_bytes(stream.getvalue())


def lying_sizes(path: Path, canary: str) -> None:
    """A bomb whose directory claims a small uncompressed size."""
    zip_bomb(path, canary)
    data = bytearray(path.read_bytes())
    # Rewrite every "uncompressed size" in the central directory to 1000 bytes.
    position = data.find(b"PK\x01\x02")
    while position != -1:
        if int.from_bytes(data[position + 24:position + 28], "little") != 0xFFFFFFFF:
            data[position + 24:position + 28] = (1000).to_bytes(4, "little")
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))


def many_entries(path: Path, canary: str) -> None:
    stream = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(XLSX)) as source, zipfile.ZipFile(stream, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        for number in range(100_000):
            target.writestr(f"xl/media/bild{number}.bin", b"")
    path.write_bytes(stream.getvalue())


def nested_zip(path: Path, canary: str) -> None:
    """Ten zips inside each other around 100 MB of zeros (about 100 KB on disk)."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as layer:
        with layer.open("nullen.bin", "w") as zeros:
            for _ in range(100):
                zeros.write(bytes(1_000_000))
    for depth in range(10):
        inner, stream = stream.getvalue(), io.BytesIO()
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as layer:
            layer.writestr(f"ebene{depth}.zip", inner)
    path.write_bytes(stream.getvalue())


def zip_inside_workbook(path: Path, canary: str) -> None:
    nested_zip(path, canary)
    path.write_bytes(rezip(XLSX, {}, {"xl/embeddings/bombe.zip": path.read_bytes()}))


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)) + "]>")
XXE_FILE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'

case("gueltig.xlsx", XLSX, (VACANCIES,))
case("zip_bombe.xlsx", zip_bomb, (VACANCIES,), isolated=True, unusable=True)
case("zip_bombe_falsche_groessen.xlsx", lying_sizes, (VACANCIES,), isolated=True, unusable=True)
case("viele_eintraege.xlsx", many_entries, (VACANCIES,), isolated=True, unusable=True)
case("verschachteltes_zip.xlsx", nested_zip, (VACANCIES,), isolated=True, unusable=True)
case("zip_in_xlsx.xlsx", zip_inside_workbook, (VACANCIES,), isolated=True)
case("abgeschnitten.xlsx", XLSX[: len(XLSX) // 2], (VACANCIES,), unusable=True)
case("verschluesselt.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000), (VACANCIES,), unusable=True)
case("ohne_tabellenblatt.xlsx", rezip(XLSX, {"xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns='
     b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'}), (VACANCIES,), unusable=True)
case("kaputtes_blatt.xlsx", rezip(XLSX, {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row>"}),
     (VACANCIES,), unusable=True)
case("milliarde_lacher.xlsx", rezip(XLSX, {"xl/worksheets/sheet1.xml": sheet_xml(
    HEADER_ROW + inline_row(2, ["&lol9;"] + VACANCIES_ROW.split(";")[1:]), LAUGHS)}), (VACANCIES,), isolated=True)
case("xxe.xlsx", rezip(XLSX, {"xl/worksheets/sheet1.xml": sheet_xml(
    HEADER_ROW + inline_row(2, ["&xxe;"] + VACANCIES_ROW.split(";")[1:]), XXE_FILE)}), (VACANCIES,),
     forbidden=("root:x:0:0",))
# an empty row above the header is skipped, as a title would be (tests/test_member_files.py)
case("leere_erste_zeile.xlsx", workbook([[]] + rows_of(vacancies_csv())), (VACANCIES,))
case("formeln.xlsx", workbook([VACANCIES_HEADER.split(";"), ['=HYPERLINK("http://127.0.0.1:9/";"x")', "Laden",
     "=1+1", "@SUM(1)", 66869, "+cmd|' /C calc'!A0", "-2+3", None]]), (VACANCIES,))
case("zellentypen.xlsx", workbook([VACANCIES_HEADER.split(";"), [3.5, True, None, 10**20, 66869, "Kusel",
     float("inf"), -1e308]]), (VACANCIES,))
case("viele_spalten.xlsx", workbook([VACANCIES_HEADER.split(";") + [f"S{i}" for i in range(16000)],
     VACANCIES_ROW.split(";")]), (VACANCIES,), isolated=True)
case("xlsx_als.csv", XLSX, (VACANCIES,), unusable=True)


# --- GeoJSON ---------------------------------------------------------------------------
def feature(geometry, **properties) -> dict:
    base = {"Objektbezeichnung": "Laden", "Objektart": "Laden", "Straße": "Marktstraße",
            "Hausnummer": "3", "Postleitzahl": "66869", "Ort": "Kusel"}
    return {"type": "Feature", "geometry": geometry, "properties": {**base, **properties}}


def collection(*features, **members) -> str:
    return json.dumps({"type": "FeatureCollection", **members, "features": list(features)},
                      allow_nan=True)


POINT = {"type": "Point", "coordinates": [7.398, 49.538]}
SQUARE = [[7.39, 49.53], [7.40, 49.53], [7.40, 49.54], [7.39, 49.54], [7.39, 49.53]]


def huge_polygon(path: Path, canary: str) -> None:
    import math
    ring = [[7.4 + 0.01 * math.cos(i / 159154.9), 49.5 + 0.01 * math.sin(i / 159154.9)]
            for i in range(1_000_000)]
    ring.append(ring[0])
    path.write_text(collection(feature({"type": "Polygon", "coordinates": [ring]})), encoding="utf-8")


case("gueltig.geojson", collection(feature(POINT)), (VACANCIES,))
case("tief_verschachtelt.geojson", "[" * 10_000 + "]" * 10_000, (VACANCIES,), unusable=True)
case("tief_verschachtelt_objekt.json", '{"a":' * 100_000 + "1" + "}" * 100_000, (VACANCIES,), unusable=True)
case("tief_verschachtelte_eigenschaft.geojson", collection(feature(POINT, tief=json.loads("[" * 900 + "]" * 900))),
     (VACANCIES,))
case("millionen_punkte.geojson", huge_polygon, (PLANS, VACANCIES), isolated=True)
case("nan_koordinaten.geojson", collection(feature({"type": "Point", "coordinates": [float("nan"), float("nan")]})), (VACANCIES,))
case("unendliche_koordinaten.geojson", collection(feature({"type": "Point", "coordinates": [float("inf"), -float("inf")]})), (VACANCIES,))
case("riesige_koordinaten.geojson", collection(feature(POINT)).replace("7.398", "1e999"), (VACANCIES,))
case("ausserhalb_der_welt.geojson", collection(feature({"type": "Point", "coordinates": [500, -300]})), (VACANCIES,))
case("selbstschneidend.geojson", collection(feature({"type": "Polygon", "coordinates": [
    [[7.39, 49.53], [7.40, 49.54], [7.40, 49.53], [7.39, 49.54], [7.39, 49.53]]]}, Planname="Schleife",
    Planart="Bebauungsplan")), (PLANS, VACANCIES))
case("falsche_verschachtelung.geojson", collection(
    feature({"type": "Polygon", "coordinates": [7.39, 49.53]}),
    feature({"type": "Point", "coordinates": [[[7.39, 49.53]]]}),
    feature({"type": "MultiPolygon", "coordinates": SQUARE}),
    feature({"type": "Polygon", "coordinates": [[[7.39, 49.53], [7.4, 49.53]]]}),
    feature({"type": "Point", "coordinates": []}),
    feature({"type": "Point", "coordinates": ["a", "b"]}),
    feature({"type": "Point"}),
    feature({"type": "Kreis", "coordinates": [7.39, 49.53]}),
    feature("Punkt"), feature([1, 2])), (VACANCIES, PLANS))
case("geometriesammlung.geojson", collection(feature({"type": "GeometryCollection", "geometries": [
    POINT, {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "coordinates": [SQUARE]}]}]},
    Planname="Sammlung", Planart="Bebauungsplan")), (VACANCIES, PLANS))
case("leere_geometriesammlung.geojson", collection(feature({"type": "GeometryCollection", "geometries": []})), (VACANCIES,))
case("linie_statt_punkt.geojson", collection(feature({"type": "LineString", "coordinates": SQUARE})), (VACANCIES,))
case("features_keine_objekte.geojson", collection(1, "Text", None, [], True), (VACANCIES,))
case("eigenschaften_keine_objekte.geojson", json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": POINT, "properties": value} for value in ("Text", [1, 2], 3, True)]}),
     (VACANCIES,))
case("features_kein_array.geojson", '{"type": "FeatureCollection", "features": "abc"}', (VACANCIES,))
case("features_objekt.geojson", '{"type": "FeatureCollection", "features": {"a": 1}}', (VACANCIES,))
case("verschachtelte_werte.geojson", collection(feature(POINT, Objektbezeichnung={"de": "Laden"},
     Hausnummer=[3, 4], Ort=None, Postleitzahl=66869.0)), (VACANCIES,))
case("riesige_zahl.geojson", collection(feature(POINT))[:-3] + ', "Zimmer": ' + "9" * 5000 + "}}]}", (VACANCIES,))
case("doppelte_schluessel.geojson", '{"type": "FeatureCollection", "type": "Feature", "features": []}', (VACANCIES,), unusable=True)
case("nur_ein_feature.geojson", json.dumps(feature(POINT)), (VACANCIES,), unusable=True)
case("json_array.json", "[1, 2, 3]", (VACANCIES,), unusable=True)
case("json_mit_kommentar.geojson", "// Kommentar\n" + collection(feature(POINT)), (VACANCIES,), unusable=True)
case("abgeschnitten.geojson", collection(feature(POINT))[:60], (VACANCIES,), unusable=True)
case("unbekanntes_crs.geojson", collection(feature(POINT), crs={"type": "name", "properties": {"name": "EPSG:99999"}}), (VACANCIES,), unusable=True)
case("crs_kein_objekt.geojson", collection(feature(POINT), crs="EPSG:4326"), (VACANCIES,))
case("crs_name_zahl.geojson", collection(feature(POINT), crs={"type": "name", "properties": {"name": 25832}}), (VACANCIES,))
case("crs_ohne_achsen.geojson", collection(feature(POINT), crs={"type": "name", "properties": {"name": "+proj=geocent"}}), (VACANCIES,))
case("utf16_mit_bom.geojson", b"\xff\xfe" + collection(feature(POINT)).encode("utf-16-le"), (VACANCIES,))
case("viele_features.geojson", lambda path, canary: path.write_text(collection(
    *[feature(POINT, Hausnummer=str(i)) for i in range(5_000)])), (VACANCIES,), isolated=True)


# --- iCalendar -------------------------------------------------------------------------
def calendar(*events: str, prolog: str = "") -> str:
    body = "".join(f"BEGIN:VEVENT\r\n{event}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n{prolog}{body}END:VCALENDAR\r\n"


EVENT = ("UID:fest-1@kusel\r\nSUMMARY:Kerwe\r\nDTSTART:20270905T180000\r\nDTEND:20270905T230000\r\n"
         "LOCATION:Festplatz, Bahnhofstraße 1, 66869 Kusel")

case("gueltig.ics", calendar(EVENT))
case("endlose_wiederholung.ics", calendar(EVENT + "\r\nRRULE:FREQ=SECONDLY"), isolated=True)
case("endlose_wiederholung_taeglich.ics", calendar(EVENT + "\r\nRRULE:FREQ=DAILY;INTERVAL=1"), isolated=True)
case("wiederholung_milliarde.ics", calendar(EVENT + "\r\nRRULE:FREQ=SECONDLY;COUNT=1000000000"), isolated=True)
case("wiederholung_bis_9999.ics", calendar(EVENT + "\r\nRRULE:FREQ=MINUTELY;UNTIL=99991231T000000Z"), isolated=True)
case("wiederholung_kaputt.ics", calendar(EVENT + "\r\nRRULE:FREQ=NIE;BYDAY=XX;COUNT=-1"))
case("viele_rdates.ics", calendar(EVENT + "\r\nRDATE:" + ",".join(f"2027{m:02d}{d:02d}T100000"
     for m in range(1, 13) for d in range(1, 29))), isolated=True)
case("ohne_ende.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + EVENT + "\r\n", unusable=True)
case("ohne_anfang.ics", EVENT + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", unusable=True)
case("falsches_ende.ics", calendar(EVENT).replace("END:VCALENDAR", "END:VEVENT"))
case("kaputtes_datum.ics", calendar(EVENT.replace("20270905T180000", "20271345T256100")))
case("datum_text.ics", calendar(EVENT.replace("DTSTART:20270905T180000", "DTSTART:morgen")))
case("jahr_9999.ics", calendar(EVENT.replace("20270905T180000", "99991231T235959").replace("20270905T230000", "99991231T235959")))
case("jahr_0001.ics", calendar(EVENT.replace("DTSTART:20270905T180000", "DTSTART;VALUE=DATE:00010101")))
case("unbekannte_zeitzone.ics", calendar(EVENT.replace("DTSTART:", "DTSTART;TZID=Mars/Olympus_Mons:")))
case("datum_und_zeit_gemischt.ics", calendar(EVENT.replace("DTSTART:20270905T180000", "DTSTART;VALUE=DATE:20270905")))
case("geo_kaputt.ics", calendar(EVENT + "\r\nGEO:nan;inf", EVENT.replace("fest-1", "fest-2") + "\r\nGEO:abc"))
case("organizer_kaputt.ics", calendar(EVENT + "\r\nORGANIZER;CN=[/]:mailto:\r\nCATEGORIES:\r\nURL:javascript:alert(1)"))
case("verschachtelte_vevents.ics", "BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n" * 10_000 + EVENT + "\r\n"
     + "END:VEVENT\r\n" * 10_000 + "END:VCALENDAR\r\n", isolated=True)
case("riesige_zeile.ics", calendar(EVENT + "\r\nDESCRIPTION:" + "x" * 20_000_000), isolated=True)
case("viele_termine.ics", lambda path, canary: path.write_text(calendar(*(EVENT.replace("fest-1", f"fest-{i}")
     for i in range(3_000)))), isolated=True)
case("utf16_mit_bom.ics", b"\xff\xfe" + calendar(EVENT).encode("utf-16-le"))
case("kein_vevent.ics", calendar(), unusable=True)


# --- XPlanGML / XML --------------------------------------------------------------------
XPLAN = "http://www.xplanung.de/xplangml/5/4"


def plan(name: str = "Am Sportplatz", ring: str = "7.39 49.53 7.40 49.53 7.40 49.54 7.39 49.53",
         doctype: str = "", srs: str = "EPSG:4326", extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>{doctype}
<xplan:XPlanAuszug xmlns:xplan="{XPLAN}" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="A1">
<gml:featureMember><xplan:BP_Plan gml:id="P1">
<xplan:name>{name}</xplan:name>{extra}
<xplan:raeumlicherGeltungsbereich><gml:Polygon gml:id="G1" srsName="{srs}"><gml:exterior><gml:LinearRing>
<gml:posList srsDimension="2">{ring}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
</xplan:raeumlicherGeltungsbereich>
<xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>07336055</xplan:ags><xplan:gemeindeName>Kusel</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde>
<xplan:planArt>1000</xplan:planArt>
</xplan:BP_Plan></gml:featureMember></xplan:XPlanAuszug>
"""


def xxe_network(path: Path, canary: str) -> None:
    path.write_text(plan("&netz;", doctype=f'<!DOCTYPE x [<!ENTITY netz SYSTEM "{canary}/entity">]>'))


def xxe_parameter(path: Path, canary: str) -> None:
    path.write_text(plan(doctype=f'<!DOCTYPE x [<!ENTITY % dtd SYSTEM "{canary}/dtd"> %dtd;]>'))


def external_dtd(path: Path, canary: str) -> None:
    path.write_text(plan(doctype=f'<!DOCTYPE x SYSTEM "{canary}/extern.dtd">'))


def million_vertices(path: Path, canary: str) -> None:
    points = " ".join(f"<gml:pos>{7.39 + i * 1e-8:.8f} 49.53</gml:pos>" for i in range(1_000_000))
    text = plan().replace('<gml:posList srsDimension="2">7.39 49.53 7.40 49.53 7.40 49.54 7.39 49.53</gml:posList>',
                          points + "<gml:pos>7.39 49.54</gml:pos><gml:pos>7.39 49.53</gml:pos>")
    path.write_text(text)


case("gueltig.gml", plan(), (PLANS,))
case("milliarde_lacher.gml", plan("&lol9;", doctype=LAUGHS), (PLANS,), isolated=True)
case("quadratische_aufblaehung.gml", plan("&a;" * 50_000, doctype='<!DOCTYPE x [<!ENTITY a "' + "a" * 50_000 + '">]>'),
     (PLANS,), isolated=True)
case("xxe_datei.gml", plan("&xxe;", doctype=XXE_FILE), (PLANS,), forbidden=("root:x:0:0",))
case("xxe_datei_attribut.gml", plan(doctype=XXE_FILE.replace("file:///etc/passwd", "file:///etc/hostname"),
     srs="&xxe;"), (PLANS,), unusable=True)
case("xxe_netzwerk.gml", xxe_network, (PLANS,))
case("xxe_parameter_entity.gml", xxe_parameter, (PLANS,))
case("externe_dtd.gml", external_dtd, (PLANS,))
case("dtd_dev_zero.gml", plan(doctype='<!DOCTYPE x SYSTEM "file:///dev/zero">'), (PLANS,), isolated=True)
case("xinclude.gml", plan(extra='<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>'),
     (PLANS,), forbidden=("root:x:0:0",))
case("tief_verschachtelt.gml", plan(extra="<a>" * 10_000 + "</a>" * 10_000), (PLANS,), unusable=True)
case("riesiger_text.gml", lambda path, canary: path.write_text(plan("x" * 12_000_000)), (PLANS,), isolated=True)
case("millionen_punkte.gml", million_vertices, (PLANS,), isolated=True)
case("nan_koordinaten.gml", plan(ring="NaN NaN 7.40 49.53 inf -inf NaN NaN"), (PLANS,))
case("selbstschneidend.gml", plan(ring="7.39 49.53 7.40 49.54 7.40 49.53 7.39 49.54 7.39 49.53"), (PLANS,))
case("koordinaten_text.gml", plan(ring="sieben neunundvierzig"), (PLANS,))
case("dimension_null.gml", plan().replace('srsDimension="2"', 'srsDimension="0"'), (PLANS,))
case("dimension_text.gml", plan().replace('srsDimension="2"', 'srsDimension="zwei"'), (PLANS,))
case("unbekanntes_crs.gml", plan(srs="EPSG:99999"), (PLANS,))
case("crs_geozentrisch.gml", plan(srs="EPSG:4978"), (PLANS,))
case("utf16_mit_bom.gml", plan().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"), (PLANS,))
case("falsch_deklariert.gml", plan("Größe").encode("cp1252"), (PLANS,), unusable=True)
case("kein_xplan.xml", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', (PLANS,), unusable=True)
case("xplan_version_99.gml", plan().replace("/5/4", "/99/0"), (PLANS,))
case("nur_deklaration.gml", '<?xml version="1.0"?>', (PLANS,), unusable=True)
case("abgeschnitten.gml", plan()[:400], (PLANS,), unusable=True)
case("cdata_und_pi.gml", plan("<![CDATA[[/] <b>]]><?php echo 1; ?>"), (PLANS,))


def many_plans(path: Path, canary: str) -> None:
    text = plan()
    start, end = text.index("<gml:featureMember>"), text.index("</xplan:XPlanAuszug>")
    members = "".join(text[start:end].replace('"P1"', f'"P{i}"').replace('"G1"', f'"G{i}"')
                      for i in range(1000))
    path.write_text(text[:start] + members + text[end:])


case("viele_plaene.gml", many_plans, (PLANS,), isolated=True)

# The tests refer to cases by name; a duplicate would silently hide one.
assert len({c.name for c in CASES}) == len(CASES), "doppelter Dateiname im Korpus"
