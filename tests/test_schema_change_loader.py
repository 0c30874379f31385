"""A data officer's slip in a schema file is told in German, naming the file, the field and
what to change – in `swdp` as one line (exit 2), not as an internal error; a misspelt
property (`personnal: true`) is never taken as if it were absent."""
import pytest

from support.cli import SAMPLES, swdp_in_process
from support.schema_change import schema_folder  # noqa: F401 (fixture)
from schemas import SchemaError, load_schema

ORGANISER_END = """    contact_check: true
  - use: url"""

SLIPS = [
    ("events.yaml", ORGANISER_END, ORGANISER_END.replace("\n", "\n    personnal: true\n", 1),
     "schemas/events.yaml, Feld „organiser“: unbekannte Angabe „personnal“ – erlaubt sind: "),
    ("events.yaml", "    code_list: event_category", "    code_list: event_categories",
     "schemas/events.yaml, Feld „category“: Codeliste „event_categories“ gibt es nicht – "
     "bekannt sind: "),
    ("events.yaml", "    type: boolean\n  - name: venue", "    type: bool\n  - name: venue",
     "schemas/events.yaml, Feld „all_day“: unbekannter Typ „bool“ – erlaubt sind: string, "
     "integer, decimal, boolean, date, datetime"),
    ("events.yaml", "  - use: url", "  - use: webseite",
     "schemas/events.yaml: „use: webseite“ nennt kein gemeinsames Feld aus schemas/common.yaml"),
    ("events.yaml", "    label: Veranstalter\n", "",
     "schemas/events.yaml, Feld „organiser“: es fehlt „label“"),
    ("events.yaml", "natural_key: [title, start, place]", "natural_key: [title, beginn, place]",
     "schemas/events.yaml: der natürliche Schlüssel (natural_key) nennt unbekannte Felder: beginn"),
    ("events.yaml", "  - use: email\n", "  - use: email\n  - use: email\n",
     "schemas/events.yaml: Feld „email“ steht mehrmals"),
    ("events.yaml", "theme: EDUC\n", "theme: EDUC\n  oops: [\n",
     "schemas/events.yaml ist kein gültiges YAML"),
]


@pytest.mark.parametrize("name, old, new, message", SLIPS)
def test_a_slip_in_a_schema_file_is_named_in_german(schema_folder, name, old, new, message):
    schema_folder.edit(name, old, new)
    with pytest.raises(SchemaError) as raised:
        load_schema("events")
    assert str(raised.value).startswith(message), str(raised.value)


def test_swdp_tells_the_slip_in_one_line(schema_folder, tmp_path):
    schema_folder.edit("events.yaml", *SLIPS[0][1:3])
    checked = swdp_in_process("check", SAMPLES / "kusel" / "veranstaltungen.csv",
                              "--dataset", "events", data_dir=tmp_path / "data")
    assert checked.returncode == 2
    assert checked.stderr.startswith("Schema nicht verwendbar: " + SLIPS[0][3])
    assert "Interner Fehler" not in checked.stderr
