"""A schema changed the way a data officer changes it: the YAML files of schemas/ copied to a
folder of the test's, edited there, and read by everything from there (`schemas.SCHEMA_DIR`,
the cache of `load_schema` emptied before and after)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import schemas


class SchemaFolder:
    def __init__(self, folder: Path):
        self.folder = folder

    def edit(self, name: str, old: str, new: str) -> None:
        """Replace `old` (which must occur once) by `new` in schemas/<name>."""
        path = self.folder / name
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")
        schemas.load_schema.cache_clear()


# The optional field a data officer adds to the events, after „Barrierefrei“.
NEW_EVENT_FIELD = ("""    description: Ob der Veranstaltungsort barrierefrei zugänglich ist.
    type: boolean
""", """    description: Ob der Veranstaltungsort barrierefrei zugänglich ist.
    type: boolean
  - name: registration_required
    label: Anmeldung erforderlich
    description: Ob für die Teilnahme eine vorherige Anmeldung nötig ist.
    type: boolean
""")


@pytest.fixture
def schema_folder(tmp_path, monkeypatch) -> SchemaFolder:
    folder = tmp_path / "schemas"
    folder.mkdir()
    for path in schemas.SCHEMA_DIR.glob("*.yaml"):
        shutil.copy(path, folder)
    monkeypatch.setattr(schemas, "SCHEMA_DIR", folder)
    schemas.load_schema.cache_clear()
    yield SchemaFolder(folder)
    schemas.load_schema.cache_clear()
