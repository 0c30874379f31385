"""CSV rows with fewer values than the header has columns – a line cut off, a delimiter
missing – were read with the lacking values empty, without a word. Now the row is rejected
where that empties a mandatory field, else kept with a note; both say how many values the row
has and how many columns the header."""
import json

from connectors import read_delivery
from connectors.delivery import ROW_PROBLEMS, SHORT_ROW
from support.cli import SAMPLES, swdp_in_process

KUSEL_EVENTS = SAMPLES / "kusel" / "veranstaltungen.csv"  # 17 columns, `;`, UTF-8 with BOM


def _cut(tmp_path, cuts: dict[int, int]):
    """Kusel's events with the lines numbered in `cuts` (as Excel counts them, the header is
    line 1) ending after that many values."""
    lines = KUSEL_EVENTS.read_bytes().split(b"\r\n")
    for line, kept in cuts.items():
        lines[line - 1] = b";".join(lines[line - 1].split(b";")[:kept])
    path = tmp_path / "veranstaltungen.csv"
    path.write_bytes(b"\r\n".join(lines))
    return path


def test_a_short_row_says_how_many_values_it_has_and_which_columns_it_lacks(tmp_path):
    path = _cut(tmp_path, {3: 16, 5: 3})
    delivery = read_delivery(path, "csv", {})
    short = {ref: row[SHORT_ROW] for ref, row in zip(delivery.refs, delivery.rows)
             if SHORT_ROW in row}
    assert short == {
        "Zeile 3": "Die Zeile hat 16 Werte, die Kopfzeile 17 Spalten („barrierefrei“ fehlt) – "
                   "ist die Zeile abgeschnitten oder fehlt ein Trennzeichen „;“?",
        "Zeile 5": "Die Zeile hat 3 Werte, die Kopfzeile 17 Spalten (die 14 Spalten "
                   "„Kategorie“ bis „barrierefrei“ fehlen) – ist die Zeile abgeschnitten oder "
                   "fehlt ein Trennzeichen „;“?"}
    # the lacking columns read as missing, not as some other column's value
    row = delivery.rows[delivery.refs.index("Zeile 5")]
    assert "Kategorie" not in row and row["Beschreibung"] and ROW_PROBLEMS not in row


def test_swdp_check_rejects_a_short_row_without_its_mandatory_fields_and_keeps_the_other(
        tmp_path):
    """Line 3 lacks entry fee and accessibility (optional): kept, with a note. Line 5 ends
    after the description: no start, no place – rejected, saying why they are empty."""
    full = _report(tmp_path / "full", KUSEL_EVENTS)
    report = _report(tmp_path / "cut", _cut(tmp_path, {3: 15, 5: 3}))
    assert report["read"] == full["read"]
    assert (report["valid"], report["rejected"]) == (full["valid"] - 1, full["rejected"] + 1)
    new = [p for p in report["problems"] if p not in full["problems"]]
    assert {(p["row_ref"], p["field"]) for p in new} == {
        ("Zeile 5 (ID KUS-VA-0004)", "start"), ("Zeile 5 (ID KUS-VA-0004)", "place")}
    for problem in new:
        assert problem["reason"].startswith(f"Pflichtfeld „{_label(problem)}“ ist leer: Die Zeile "
                                            f"hat 3 Werte, die Kopfzeile 17 Spalten (die 14 "
                                            f"Spalten „Kategorie“ bis „barrierefrei“ fehlen)")
    [note] = [n for n in report["notes"] if n not in full["notes"]]
    assert note == ("Zeile 3: Die Zeile hat 15 Werte, die Kopfzeile 17 Spalten („Eintritt“ und "
                    "„barrierefrei“ fehlen) – ist die Zeile abgeschnitten oder fehlt ein "
                    "Trennzeichen „;“? Die fehlenden Werte bleiben leer")


def test_many_short_rows_are_named_up_to_ten_and_counted_beyond(tmp_path):
    """A tool that leaves out the last empty values of every line: one note per row for ten,
    then a count – not a report of two hundred notes."""
    lines = len(KUSEL_EVENTS.read_bytes().rstrip(b"\r\n").split(b"\r\n"))
    report = _report(tmp_path, _cut(tmp_path, {line: 16 for line in range(2, lines + 1)}))
    short = [n for n in report["notes"] if "Die Zeile hat 16 Werte" in n]
    assert [n.split(":")[0] for n in short] == [f"Zeile {line}" for line in range(2, 12)]
    assert report["notes"][report["notes"].index(short[-1]) + 1] == (
        f"… und {lines - 11} weitere Zeilen mit zu wenigen Werten, deren fehlende Werte leer "
        f"bleiben")


def _label(problem: dict) -> str:
    return problem["field_label"].rsplit("[", 1)[-1].rstrip("]")


def _report(folder, path) -> dict:
    done = swdp_in_process("check", str(path), "-m", "kusel", "-d", "events", "--json",
                           data_dir=folder / "data")
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return json.loads(done.stdout)
