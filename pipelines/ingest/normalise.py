"""Turn German notations of the mapped columns (`pipelines.ingest.columns`) into typed values.

German Excel habits are expected, not punished: `TT.MM.JJJJ`, decimal comma with thousands
dots, "ja"/"nein", postal codes that lost their leading zero, local times without zone
(Europe/Berlin; dates and times in `pipelines.ingest.dates`). A value that cannot be read
becomes a problem for that row and field.
"""
from __future__ import annotations

import re
from datetime import date
from functools import partial

import numpy as np
import pandas as pd

from connectors.ical_location import STREET_NUMBER, house_number, split_location, street_name
from pipelines.core.german import counted
from pipelines.core.problems import Problem
from pipelines.geocoding.addresses import postcode_from_place
from pipelines.ingest.dates import read_date, read_instant, whole_days
# `_comma_column` under its old name: tests call it as normalise's
from pipelines.ingest.numbers import (COORDINATES, comma_column as _comma_column, read_decimal,
                                      read_integer)
from pipelines.ingest.texts import ValueProblem, as_text as _as_text, coded, repeated, texts, tidied
from schemas import DatasetSchema, Field


def normalise(frame: pd.DataFrame, schema: DatasetSchema, options: dict | None = None
              ) -> tuple[pd.DataFrame, list[Problem]]:
    """Typed values for every mapped field, and the problems of values that cannot be read."""
    decimal_comma = (options or {}).get("decimal", ",") == ","
    return read_fields(frame, schema, lambda raw, f: _read_column(raw, f, decimal_comma))


def read_fields(frame: pd.DataFrame, schema: DatasetSchema, read_column
                ) -> tuple[pd.DataFrame, list[Problem]]:
    """Each delivered field read by `read_column(raw, field)` → (values, unreadable by row)."""
    result = pd.DataFrame(index=frame.index)
    problems: list[Problem] = []
    for f in schema.delivered_fields:
        if f.name not in frame:
            result[f.name] = None
            continue
        values, unreadable = read_column(raw := frame[f.name], f)
        rows = sorted(unreadable)  # their delivered values fetched at once, not row by row
        problems += [Problem(row, f.name, _as_text(value), str(unreadable[row]))
                     for row, value in zip(rows, raw.loc[rows].tolist() if rows else [])]
        result[f.name] = pd.Series(values, index=frame.index, dtype=object)
    whole_days(frame, result, schema)
    address_from_contact_block(result)
    postcode_from_place(result)
    housenumber_from_street(result)
    return result, problems


# A line of a contact block that names postcode and place („Emdener Str. 31, 10551 Berlin“);
# a telephone number („(030) 3973 - 2346“, „Fax 03212 12 58 815“) has no word after its digits.
_POSTCODE_LINE = re.compile(r"(?:^|[\s,;])(?:D-?)?\d{5}\s+[^\W\d_]")
# what the block fills, and the column that must be empty for it
_ADDRESS_PARTS = ((("street", "housenumber"), "street"), (("postcode",), "postcode"))


def address_from_contact_block(values: pd.DataFrame) -> None:
    """The postal address of a contact block delivered as `place`, in place: directories of
    associations keep address, telephone and contact persons in one field over several lines
    („c/o …\nEmdener Str. 31, 10551 Berlin\nTel.: …\nAnsprechpartner: …“). The first line with
    „PLZ Ort“ – with the line above it when it names no street – gives street, house number,
    postcode and place, each only where the delivery left it empty; the other lines (c/o
    names, numbers, contact persons, a person's own address further down) are not taken."""
    if "place" not in values:
        return
    # judged per distinct place: a million events share a few hundred places
    blocks = [text for text in values["place"].dropna().unique()
              if isinstance(text, str) and "\n" in text.strip()]
    if not blocks:
        return
    for block, rows in values.loc[values["place"].isin(blocks)].groupby("place").groups.items():
        if not (found := _block_address(block)):
            continue  # no postcode and place in it: refused as too long, or read as a place
        values.loc[rows, "place"] = found.get("place")
        for parts, beside in _ADDRESS_PARTS:  # a delivered street keeps its own number
            if all(part in values for part in parts) and found.get(parts[0]):
                empty = values.loc[rows, beside].isna()
                for part in parts:
                    values.loc[empty[empty].index, part] = found.get(part)


def contact_block_note(values: pd.Series, f: Field) -> str | None:
    """A note for the report on the contact blocks of a delivered place whose address is read
    (`address_from_contact_block`): their numbers, mailboxes and names are left out unsaid."""
    if f.name != "place":
        return None
    count = sum(int(n) for text, n in values.value_counts().items()  # each distinct one once
                if isinstance(text, str) and "\n" in text.strip() and _block_address(text))
    if not count:
        return None
    return (f"„{f.label}“ enthält in {counted(count, 'Zeile', 'Zeilen')} eine mehrzeilige "
            f"Kontaktangabe – übernommen wird daraus nur die Anschrift (Straße, Hausnummer, "
            f"Postleitzahl, Ort), keine Telefonnummer, E-Mail-Adresse oder Ansprechperson; "
            f"Telefon und E-Mail der Stelle bitte in eigenen Spalten liefern")


def _block_address(block: str) -> dict:
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    at = next((i for i, line in enumerate(lines) if _POSTCODE_LINE.search(line)), None)
    if at is None:
        return {}
    found = split_location(lines[at])
    if "street" not in found and at:  # „Potsdamer Str. 89“ above „10785 Berlin“
        found = split_location(f"{lines[at - 1]}, {lines[at]}")
    if found.get("street", "").casefold().startswith("postfach"):
        found = {key: found[key] for key in ("postcode", "place") if key in found}
    return found


# What is left of "Straße 12" (Berlin's numbered streets) or "An der B 9" is no street name:
# there the number is part of the name.
_BARE_STREET = re.compile(r"stra(?:ss|ß)e|str\.|weg|allee|platz", re.IGNORECASE)
_ROAD = re.compile(r"(?:^|\s)[A-Z]$")


def housenumber_from_street(values: pd.DataFrame) -> None:
    """Splits a trailing house number off `street` ("Gensinger Str. 58", "Dorfstr. 4 / 4a")
    into an empty `housenumber`, in place, like `postcode_from_place`: lists often keep both
    in one column, and a street named with its number matches no street of the gazetteer."""
    if "street" not in values or "housenumber" not in values:
        return
    empty = values["housenumber"].isna() & values["street"].notna()
    if not empty.any():
        return
    codes, distinct = pd.factorize(values.loc[empty, "street"])
    found = [STREET_NUMBER.match(text) if isinstance(text, str) else None for text in distinct]
    found = [m if m and not _BARE_STREET.fullmatch(name := street_name(m))
             and not _ROAD.search(name) else None for m in found]
    if not any(found):
        return
    streets = np.array([street_name(m) if m else text for m, text in zip(found, distinct)],
                       dtype=object)[codes]
    numbers = np.array([house_number(m) if m else None for m in found],
                       dtype=object)[codes]
    values.loc[empty, "street"] = streets
    values.loc[empty, "housenumber"] = numbers


def read_by_value(raw: pd.Series, f: Field, decimal_comma: bool) -> tuple[list, dict]:
    """The values of one field read value by value, each distinct (type, value) once."""
    read = _read_once(_parser(f, decimal_comma and _comma_column(raw, f)))
    values = [read(value) for value in raw]
    unreadable = {row: v for row, v in zip(raw.index, values) if isinstance(v, ValueProblem)}
    return [None if isinstance(v, ValueProblem) else v for v in values], unreadable


def _read_column(raw: pd.Series, f: Field, decimal_comma: bool) -> tuple[list | np.ndarray, dict]:
    """The values of one field and the problems by row: texts (CSV, Excel) one distinct value at
    a time, plain texts vectorised (ids and titles all at once); others (GeoJSON) one by one."""
    plain = f.type == "string" and not f.format and not f.code_list
    if plain and not repeated(raw):
        return tidied(raw), {}  # `_string` of a plain text is `_as_text`
    if (found := coded(raw)) is None:
        return read_by_value(raw, f, decimal_comma)
    codes, distinct = found
    read = _read_once(_parser(f, decimal_comma and _comma_column(distinct, f)))
    # the last answer for missing values (code -1)
    answers = [*texts(distinct), None] if plain else [*map(read, distinct), read(None)]
    failed = np.array([isinstance(answer, ValueProblem) for answer in answers])
    outcome = np.empty(len(answers), dtype=object)
    outcome[:] = [None if bad else answer for bad, answer in zip(failed, answers)]
    rows = np.flatnonzero(failed[codes])
    return outcome[codes], {raw.index[row]: answers[codes[row]] for row in rows}


def _read_once(parse):
    """`parse` as a function that reads each distinct delivered value once: deliveries repeat
    their categories, places, dates and yes/no values thousands of times. A value that
    cannot be read comes back as its ValueProblem. Keys carry the type, since True, 1 and
    1.0 are equal in Python but not to the parsers."""
    answers = {}

    def read(raw):
        key = (type(raw), raw)
        try:
            return answers[key]
        except KeyError:
            pass
        except TypeError:  # unhashable (a list or object in a GeoJSON property): not kept
            key = None
        try:
            answer = parse(raw)
        except ValueProblem as problem:
            answer = problem
        if key is not None:
            answers[key] = answer
        return answer

    return read


def _parser(f: Field, decimal_comma: bool):
    if f.code_list:
        return lambda raw: _code(raw, f)
    by_type = {
        "string": lambda raw: _string(raw, f),
        # amounts in euros (`unit: EUR` in the schema) may say "kostenlos"
        "decimal": lambda raw: read_decimal(raw, decimal_comma, price=f if f.unit == "EUR" else None,
                                            coordinate=f.name in COORDINATES),
        "integer": lambda raw: read_integer(raw, decimal_comma),
        "boolean": _boolean,
        "date": lambda raw: _plausible(read_date, raw),
        # a field that ends a span (`not_before`) takes the end of "11 Uhr bis 18 Uhr"
        "datetime": lambda raw: _plausible(partial(read_instant, until=bool(f.not_before)), raw),
    }
    return by_type[f.type]


# Years the platform's dates can mean; beyond them the value is a typo or an attack, and
# pandas' nanosecond timestamps (1677–2262) could not even hold it.
_YEARS = (1800, 2199)


def _plausible(parse, raw):
    try:
        value = parse(raw)
    except OverflowError:  # year 1 or 9999 shifted across a time zone
        value = date.min
    if value is not None and not _YEARS[0] <= value.year <= _YEARS[1]:
        raise ValueProblem(f"„{_as_text(raw)}“ liegt außerhalb der Jahre "
                           f"{_YEARS[0]}–{_YEARS[1]} – bitte das Datum prüfen")
    return value


# A web address written without its scheme and without "www." („home.snafu.de/mkgandhi“):
# a host name ending in a top-level domain, perhaps a path; no mail address, no spaces.
_WITHOUT_SCHEME = re.compile(r"[^\s/@:]+\.[^\W\d_]{2,}(?:[/?#]\S*)?")


def _string(raw, f: Field) -> str | None:
    text = _as_text(raw)
    if not text:
        return None
    if f.format == "postcode" and re.fullmatch(r"\d{4}", text):
        return "0" + text  # Excel drops the leading zero of 0xxxx postal codes
    if f.format == "ags" and re.fullmatch(r"\d{7}", text):
        return "0" + text
    if f.format == "url" and (text.lower().startswith("www.")
                              or _WITHOUT_SCHEME.fullmatch(text)):
        return "https://" + text
    if f.format == "url" and text.lower().rstrip("/") in ("http:", "https:"):
        return None  # a form's prefilled "http://" that no address followed: no web page
    if f.format == "email" and text.lower().startswith("mailto:"):
        return text[7:]
    return text


def _code(raw, f: Field) -> str | None:
    text = _as_text(raw)
    if not text:
        return None
    # several categories ("Tipps, Konzert" – a calendar's CATEGORIES): the first one known;
    # other code lists name one thing ("Laden/Wohnung" is no shop)
    several = _SEVERAL.split(text) if f.name == "category" else []
    code = next(filter(None, map(f.code_list.lookup, [text, *several])), None)
    if code is None:
        allowed = ", ".join(entry.label for entry in f.code_list.codes)
        raise ValueProblem(f"„{text}“ ist für {f.label} nicht zulässig – erlaubt: {allowed}")
    return code


_SEVERAL = re.compile(r"\s*[,;/|]\s*")
_TRUE = {"ja", "j", "true", "wahr", "1", "x", "yes", "y"}
_FALSE = {"nein", "n", "false", "falsch", "0", "no", "-"}


def _boolean(raw) -> bool | None:
    if isinstance(raw, bool):
        return raw
    text = _as_text(raw)
    if not text:
        return None
    if text.casefold() in _TRUE:
        return True
    if text.casefold() in _FALSE:
        return False
    raise ValueProblem(f"„{text}“ ist kein Ja/Nein-Wert – bitte „ja“ oder „nein“ angeben")
