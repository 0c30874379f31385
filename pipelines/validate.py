"""Schema rules on normalised rows: every rule comes from schemas/, none is written here
for a particular dataset. Each violated rule is one Problem naming row, field and fix."""
from __future__ import annotations

import re
from datetime import date, datetime

import pandas as pd

from pipelines.normalise import BERLIN, Problem
from schemas import DatasetSchema, Field

_FORMATS = {
    "postcode": (re.compile(r"\d{5}"), "keine fünfstellige Postleitzahl"),
    "ags": (re.compile(r"\d{8}"), "kein achtstelliger Amtlicher Gemeindeschlüssel"),
    "email": (re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}"), "keine gültige E-Mail-Adresse"),
    "url": (re.compile(r"https?://[^\s/]+\.[^\s]+", re.IGNORECASE),
            "keine gültige Webadresse (http:// oder https://)"),
    "phone": (re.compile(r"\+?[\d][\d\s/()\-–]{4,}"), "keine gültige Telefonnummer"),
}


def validate(frame: pd.DataFrame, schema: DatasetSchema,
             unreadable: set[tuple[int, str]] = frozenset()) -> list[Problem]:
    """Problems of the normalised rows; `unreadable` (row, field) pairs were already reported
    when their value could not be read, so they are not reported as empty again."""
    problems: list[Problem] = []
    for f in schema.delivered_fields:
        column = frame[f.name]
        present = column.notna()
        if f.required:
            problems += [Problem(row, f.name, None, f"Pflichtfeld „{f.label}“ ist leer – bitte "
                                                    f"ausfüllen") for row in column.index[~present]
                         if (row, f.name) not in unreadable]
        for row, value in column[present].items():
            reason = _value_problem(f, value)
            if reason:
                problems.append(Problem(row, f.name, shown(value), reason))
        if f.not_before:
            problems += _order_problems(frame, schema, f)
    return problems


def duplicate_problems(record_ids: pd.Series, refs: list[str]) -> list[Problem]:
    """Later rows that repeat an earlier row's identity cannot both be stored."""
    first_row = {}
    problems = []
    for row, record_id in record_ids.items():
        if record_id in first_row:
            problems.append(Problem(row, "source_id", None,
                                    f"Doppelter Datensatz: gleiche Kennung bzw. gleicher "
                                    f"Schlüssel wie {refs[first_row[record_id]]} – bitte "
                                    f"Dublette entfernen"))
        else:
            first_row[record_id] = row
    return problems


def _value_problem(f: Field, value) -> str | None:
    if f.max_length and isinstance(value, str) and len(value) > f.max_length:
        return (f"„{f.label}“ ist {len(value)} Zeichen lang, erlaubt sind {f.max_length} – "
                f"bitte kürzen")
    if f.minimum is not None and value < f.minimum:
        return f"„{f.label}“ ist {shown(value)}, das ist kleiner als {_number(f.minimum)} – bitte Wert prüfen"
    if f.maximum is not None and value > f.maximum:
        return f"„{f.label}“ ist {shown(value)}, das ist größer als {_number(f.maximum)} – bitte Wert prüfen"
    if f.format in _FORMATS:
        pattern, wrong = _FORMATS[f.format]
        if not pattern.fullmatch(value):
            return f"„{value}“ ist {wrong} – bitte „{f.label}“ korrigieren"
    return None


def _order_problems(frame: pd.DataFrame, schema: DatasetSchema, f: Field) -> list[Problem]:
    earlier = schema.field(f.not_before)
    both = frame[[f.name, earlier.name]].dropna()
    wrong = both[both[f.name] < both[earlier.name]]
    return [Problem(row, f.name, shown(values[f.name]),
                    f"„{f.label}“ ({shown(values[f.name])}) liegt vor „{earlier.label}“ "
                    f"({shown(values[earlier.name])}) – bitte die Reihenfolge prüfen")
            for row, values in wrong.iterrows()]


def _number(value: float) -> str:
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".").removesuffix(",00")


def shown(value) -> str:
    """A value as a German clerk would write it."""
    if isinstance(value, datetime):
        return value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return _number(value)
    return str(value)
