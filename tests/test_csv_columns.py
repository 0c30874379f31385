"""A CSV file read column by column with Arrow (`connectors.csv_columns`) must be the delivery
Python's csv module reads (`csv_excel.read_rows`, the reader before it and still the one for
every file Arrow cannot vouch for): the same columns, rows, values, line references ("Zeile
N", quoted line breaks and skipped rows counted) and the same German error with its line –
on every sample CSV, every hostile CSV and the odd corners of the format below, in each
encoding a source may configure. Ordinary files must take the fast path."""
import csv
import random

import pytest

from connectors import DeliveryError, csv_columns, csv_excel
from connectors.column_rows import ColumnRows, rows_at
from support.cli import SAMPLES
from support.hostile import CASES, EVENTS_HEADER, EVENTS_ROWS

HEADER = "Titel;Beschreibung;Datum;Preis"
ROW = "Kerwe;Fest mit Musik;05.09.2027;12,50"
LIMIT = csv.field_size_limit()


def _lines(*rows: str, end: str = "\n", header: str = HEADER) -> str:
    return end.join([header, *rows]) + end


def _many_rows_with_breaks() -> str:
    """More than one Arrow block (1 MB), quoted line breaks (as Excel writes them: \\n in a
    cell, \\r\\n between rows) and quotes throughout."""
    rng = random.Random(15)
    rows = [f'"Fest {i}";"Zeile eins{rng.choice(["", chr(10)])}Zeile ""zwei""";'
            f'{rng.randint(1, 28):02d}.09.2027;{i},50' for i in range(20_000)]
    return _lines(*rows, end="\r\n")


# Files the fast path reads (name, bytes): each must give what the csv module gives.
ORDINARY = {
    "utf8_mit_bom.csv": _lines(ROW, "Markt;;06.09.2027;0").encode("utf-8-sig"),
    "utf8_ohne_bom.csv": _lines(ROW, "Straßenfest;Größenwahn „€“;06.09.2027;0").encode(),
    "cp1252.csv": _lines(ROW, "Straßenfest;Größenwahn „€“ – …;06.09.2027;0").encode("cp1252"),
    "latin1.csv": _lines("Straßenfest;Größe;05.09.2027;1").encode("latin-1"),
    "crlf.csv": _lines(ROW, ROW, end="\r\n").encode("utf-8-sig"),
    "nur_cr.csv": _lines(ROW, ROW, end="\r").encode(),
    "ohne_letzten_umbruch.csv": _lines(ROW, ROW).rstrip("\n").encode(),
    "leere_zeilen_am_ende.csv": (_lines(ROW, ROW) + "\n\r\n\n").encode(),
    "anfuehrungszeichen.csv": _lines('"Kerwe";"Mit ""Musik"" und; Tanz";"05.09.2027";"12,50"',
                                     'Ker"we;"Fest"e mit Zelt;"05.09.2027"x;""').encode(),
    "umbrueche_in_feldern.csv": _lines('"Ker\nwe";"Zeile eins\r\nZeile zwei\n\ndrei";05.09.2027;1',
                                       ROW, '"";"\n\n";05.09.2027;2', end="\r\n").encode(),
    "umbruch_am_feldende.csv": _lines('Kerwe;"Ende\r\n";05.09.2027;1', ROW).encode(),
    "umbruch_in_kopfzeile.csv": _lines(ROW, header='Titel;"Beschrei-\nbung";Datum;Preis').encode(),
    "leere_und_blanke_zeilen.csv": _lines(ROW, ";;;", " ; \t;\u00a0;\u2003", "\x1c;\x1f;;",
                                          '"";"";"";""', '" \n ";;;', ROW, " ;x;;").encode(),
    "nur_blanke_zeilen.csv": _lines(";;;", ";;;").encode(),
    "kopfzeile_mit_leerzeichen.csv": _lines(ROW, header=" Titel ;Beschreibung\t;Datum;Preis").encode(),
    "komma.csv": _lines(ROW.replace(";", ",").replace("12,50", '"12,50"'),
                        header=HEADER.replace(";", ",")).encode(),
    "tabulator.csv": _lines(ROW.replace(";", "\t"), header=HEADER.replace(";", "\t")).encode(),
    "feld_an_der_grenze.csv": _lines(f"{'ä' * LIMIT};x;05.09.2027;1").encode(),
    "viele_zeilen_mit_umbruechen.csv": _many_rows_with_breaks().encode("cp1252"),
    "steuer_und_sonderzeichen.csv": _lines("\x1b[31mRot\x07;\u202eekreK\u200b;05.09.2027;👨‍👩‍👧",
                                           "\ufeffKerwe;Ker\ufeffwe;05.09.2027;1").encode(),
}
WINDOWS = {"cp1252.csv", "latin1.csv", "viele_zeilen_mit_umbruechen.csv"}
# Files only the csv module can read as it does (or refuse with its error).
ODD = {
    "leere_zeile_dazwischen.csv": _lines(ROW, "", ROW).encode(),
    "wagenruecklauf_im_feld.csv": _lines('Kerwe;"eins\rzwei";05.09.2027;1', ROW).encode(),
    "umbruch_im_letzten_feld.csv": _lines(ROW, 'Kerwe;x;05.09.2027;"1\n"').encode(),
    "feld_ueber_der_grenze.csv": _lines(f"{'ä' * (LIMIT + 1)};x;05.09.2027;1").encode(),
    "offenes_anfuehrungszeichen_am_ende.csv": _lines(ROW, 'Kerwe;x;05.09.2027;"1\n').encode(),
    "offenes_anfuehrungszeichen.csv": _lines('"Kerwe;x;05.09.2027;1', ROW).encode(),
    "zu_wenige_felder.csv": _lines(ROW, "Kerwe;x").encode(),
    "zu_viele_felder.csv": _lines(ROW, ROW + ";x").encode(),
    "doppelte_spalte.csv": _lines(ROW, header="Titel;Titel;Datum;Preis").encode(),
    "leere_erste_zeile.csv": ("\n" + _lines(ROW)).encode(),
    "eine_spalte.csv": _lines("Kerwe", header="Titel").encode(),
    "doppeltes_bom.csv": b"\xef\xbb\xbf" + _lines(ROW).encode("utf-8-sig"),
    "utf16.csv": _lines(ROW).encode("utf-16"),
    "crlf_im_feld_an_der_blockgrenze.csv": ("Titel;Beschreibung;Datum;Preis\n" + "x" * (1024 ** 2 - 34)
                                            + ';"eins\r\nzwei";05.09.2027;1\n').encode(),
    "undefiniertes_cp1252.csv": _lines("Titel\x81;x;05.09.2027;1").encode("latin-1"),
    "nul.csv": _lines("Ker\x00we;x;05.09.2027;1").encode(),
    "blanke_zeile_einzeln.csv": _lines(ROW, "  ", ROW).encode(),
}
OPTIONS = [{}, {"encoding": "utf-8"}, {"encoding": "cp1252"}, {"delimiter": ";"}]


def _read(read, path, options):
    try:
        delivery = read(path, dict(options))
    except DeliveryError as error:
        return "Fehler", str(error), error.line
    return delivery.columns, list(delivery.rows), delivery.refs, delivery.notes


def _read_by_arrow_as_by_the_csv_module(path, options) -> bool:
    """Whether Arrow read the file (else the csv module did); either way both agree."""
    assert _read(csv_excel.read, path, options) == _read(csv_excel.read_rows, path, options)
    return csv_columns.read(path, dict(options)) is not None


@pytest.mark.parametrize("options", OPTIONS, ids=str)
@pytest.mark.parametrize("name", list(ORDINARY))
def test_ordinary_files_are_read_by_arrow_as_by_the_csv_module(name, options, tmp_path):
    (path := tmp_path / name).write_bytes(ORDINARY[name])
    by_arrow = _read_by_arrow_as_by_the_csv_module(path, options)
    written = "cp1252" if name in WINDOWS else "utf-8"
    delimiter = {"komma.csv": ",", "tabulator.csv": "\t"}.get(name, ";")
    # encoding and delimiter found out, or configured as written
    if options.get("encoding", written) == written and options.get("delimiter", delimiter) == delimiter:
        assert by_arrow


@pytest.mark.parametrize("options", OPTIONS, ids=str)
@pytest.mark.parametrize("name", list(ODD))
def test_odd_files_are_left_to_the_csv_module(name, options, tmp_path):
    (path := tmp_path / name).write_bytes(ODD[name])
    assert not _read_by_arrow_as_by_the_csv_module(path, options)


def test_line_references_count_quoted_breaks_and_skipped_rows(tmp_path):
    path = tmp_path / "zeilen.csv"
    path.write_bytes(ORDINARY["leere_und_blanke_zeilen.csv"])
    delivery = csv_excel.read(path, {})
    assert isinstance(delivery.rows, ColumnRows)
    # row 3 to 7 are blank (row 8 holds a quoted line break), " ;x;;" is not; Excel shows the
    # record of lines 8 and 9 in one row, so the next is its row 8
    assert delivery.refs == ["Zeile 2", "Zeile 9, in Excel Zeile 8", "Zeile 10, in Excel Zeile 9"]
    assert delivery.rows[2] == {"Titel": " ", "Beschreibung": "x", "Datum": "", "Preis": ""}


def _csv_samples():
    for path in sorted(SAMPLES.glob("*/*.csv")):
        yield pytest.param(path, id=f"{path.parent.name}/{path.name}")


@pytest.mark.parametrize("path", list(_csv_samples()))
def test_every_sample_csv_is_read_by_arrow_as_by_the_csv_module(path, cluster):
    source = next(s for s in cluster.member(path.parent.name).sources.values()
                  if s.location.name == path.name)
    assert _read_by_arrow_as_by_the_csv_module(path, source.options)


def _hostile_csv():
    for case in CASES:
        if case.name.endswith(".csv") and not case.isolated:
            yield pytest.param(case, id=case.name[:50])


@pytest.mark.parametrize("case", list(_hostile_csv()))
def test_every_hostile_csv_is_read_as_by_the_csv_module(case, tmp_path):
    path = tmp_path / case.name
    case.write(path, "http://127.0.0.1:9/canary")
    for options in OPTIONS:
        _read_by_arrow_as_by_the_csv_module(path, options)


def test_a_plain_events_file_takes_the_fast_path(tmp_path):
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes(("\n".join([EVENTS_HEADER, *EVENTS_ROWS]) + "\n").encode("cp1252"))
    delivery = csv_columns.read(path, {"encoding": "cp1252"})
    assert delivery.refs == ["Zeile 2", "Zeile 3"]
    assert delivery.rows[1]["Ort"] == "Kusel" and delivery.rows.column("Titel").to_pylist() == [
        "Kerwe", "Adventsmarkt"]


def _random_file(rng: random.Random) -> bytes:
    """Rows of quoted and unquoted values with quotes, delimiters, line breaks, umlauts, blank
    rows and empty lines, as a fuzzer would write them."""
    # a lone \\r (old Mac line ends, or in a value) in some files only: Arrow leaves those
    returns = rng.random() < 0.3
    pieces = ["a", "ä", "€", " ", '"', '""', ";", "\n", "\r\n", *["\r"] * returns, "xxxxxxxxxx"]
    rows = []
    for _ in range(rng.randint(1, 30)):
        if rng.random() < 0.1:
            rows.append(rng.choice(["", " ", ";;", " ;\u00a0;"]))
            continue
        values = []
        for _ in range(3):
            value = "".join(rng.choice(pieces[:6] + pieces[-1:]) for _ in range(rng.randint(0, 6)))
            if rng.random() < 0.4:
                inner = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
                value = '"' + inner.replace('"', '""') + '"'
            values.append(value)
        rows.append(";".join(values))
    end = rng.choice(["\n", "\r\n", *["\r"] * returns])
    text = end.join(["A;B;C", *rows]) + rng.choice(["", end, end + end])
    return text.encode(rng.choice(["utf-8", "cp1252"]))


@pytest.mark.parametrize("block_size", [64, 1000])
def test_random_files_in_small_blocks_are_read_as_by_the_csv_module(block_size, tmp_path, monkeypatch):
    """Small blocks put every quote, line break and \\r\\n on a block boundary somewhere."""
    monkeypatch.setattr(csv_columns, "BLOCK_SIZE", block_size)
    rng = random.Random(block_size)
    path = tmp_path / "zufall.csv"
    fast = 0
    for _ in range(500):
        path.write_bytes(_random_file(rng))
        fast += _read_by_arrow_as_by_the_csv_module(path, {})
    assert fast > 25  # enough of them are ordinary for Arrow


def test_rows_fetched_at_once_are_the_rows_fetched_one_by_one(tmp_path):
    """Rejected rows are fetched with `rows_at`, a column at a time: the same dicts, in the
    same key order, from columns kept coded (repeated dates) and plain (titles)."""
    path = tmp_path / "viele.csv"
    path.write_bytes(_many_rows_with_breaks().encode())
    rows = csv_columns.read(path, {}).rows
    assert isinstance(rows, ColumnRows) and rows.coded("Datum") is not None
    assert rows.coded("Titel") is None
    positions = [19_999, 0, 7, 7, *random.Random(15).sample(range(20_000), 500)]
    fetched = rows_at(rows, positions)
    assert fetched == [rows[i] for i in positions]
    assert [list(row) for row in fetched] == [list(rows[i]) for i in positions]
    assert rows_at([{"a": 1}, {"a": 2}], [1]) == [{"a": 2}] and rows_at(rows, []) == []
