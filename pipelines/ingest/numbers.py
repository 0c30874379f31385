"""Numbers as German lists write them: decimal comma and thousands dots (decided per column),
units and price tags around the number ("1.250 m²", "5,- €", "kostenlos"), "ca. 140 m²"."""
from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import pandas as pd

from pipelines.core.german import counted
from pipelines.ingest.texts import ValueProblem, as_text as _as_text, coded
from schemas import UNITS, Field

_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")
# "Euro" before "EUR": otherwise "5 Euro" would leave "5o"
# "ca. 140 m²", as floor areas in estate lists mostly are: the number is meant
# "150.000 € VB", "VB 850 €": an asking price open to negotiation; the number is the amount
_NOT_NUMBER = re.compile(r"\(?(?<![^\W\d_])(?:VB|Verhandlungsbasis|verhandelbar|Verhandlungssache)"
                         r"(?![^\W\d_])\)?:?|^(?:ca\.|circa|etwa)|\s|€|Euro|EUR|m²|qm|ha", re.IGNORECASE)
# "5,-", "5,--" and "5,–": whole euros as price tags write them (Word and Excel turn the
# hyphen into a dash)
_WHOLE_EUROS = re.compile(r"[,.][-–—]{1,2}$")
# What an amount in euros says for "costs nothing" (0 means free, schemas/common.yaml price_eur)
_FREE = {"kostenlos", "kostenfrei", "frei", "eintritt frei", "freier eintritt", "gratis",
         "umsonst"}
# What it says for "no fixed amount": no amount is given, and the offer or property stays
# (a rent "nach Vereinbarung" is the most common entry in vacancy lists)
_BY_ARRANGEMENT = {"nach vereinbarung", "auf anfrage", "preis auf anfrage", "nach absprache",
                   "vb", "verhandlungsbasis", "verhandelbar", "verhandlungssache"}
# Coordinates are never written with thousands dots: "52.003" there is 52.003.
COORDINATES = ("x", "y")
# What an amount is for, written after a slash, "pro" or "je": "15 Euro/Stunde", "15€ /Std.",
# "pro Tag 150 Euro"; the word is looked up in the schema's `price_unit` list.
_BASIS = re.compile(r"(?:/\s*|(?<![^\W\d_])(?:pro|je)\s+)(?:[^\W\d_]+\.?)", re.IGNORECASE)


def comma_column(values: pd.Series, f: Field) -> bool:
    """Whether a number column writes German notation (decimal comma, thousands dots),
    decided from all its values, not value by value: where one value has a comma the column
    is German; where one dotted value cannot be thousands (7.5, 52.00312) the dot is the
    column's decimal point, so 52.003 beside it is 52.003, not 52003."""
    if f.type not in ("decimal", "integer"):
        return True
    texts = [_NOT_NUMBER.sub("", text) for text in map(_as_text, values)
             if isinstance(text, str) and text]
    if any("," in text for text in texts):
        return True
    dotted = [text for text in texts if "." in text]
    if any(not _THOUSANDS.fullmatch(text) for text in dotted):
        return False
    return not (dotted and f.name in COORDINATES)


def without_amount(values: pd.Series, f: Field) -> str | None:
    """A note for the report on the delivered amounts in euros that say "nach Vereinbarung",
    "VB" … and are read as no amount: the field stays empty, so the word would be lost unsaid."""
    if f.unit != "EUR":
        return None
    found = coded(values)
    if found is not None:  # texts (CSV, Excel): each distinct value looked at once
        codes, distinct = found
        counts = zip(distinct, np.bincount(codes[codes >= 0], minlength=len(distinct)))
    else:  # numbers beside texts (GeoJSON properties), read value by value anyway
        counts = Counter(value for value in values if isinstance(value, str)).items()
    count = int(sum(n for text, n in counts if _by_arrangement(_as_text(text))))
    if not count:
        return None
    return (f"„{f.label}“: {counted(count, 'Wert', 'Werte')} wie „nach Vereinbarung“, „auf "
            f"Anfrage“ oder „VB“ ohne Betrag übernommen (das Feld bleibt leer)")


def _by_arrangement(text: str | None) -> bool:
    return bool(text) and text.casefold().rstrip("!.") in _BY_ARRANGEMENT


def _bases(text: str, amount: Field) -> tuple[str, list[str]]:
    """The text without what the amount is for ("/Stunde", "pro Tag"), and that as codes of
    `price_unit`, one for each amount the text gives for something (none: the text says
    nothing of it, or nothing the list knows)."""
    found = []
    for said in _BASIS.finditer(text):  # "/h" and "pro Tag" are listed as they are, "Std." alone
        spellings = (said.group(), said.group().lstrip("/ "), said.group().split()[-1])
        if code := next(filter(None, map(amount.bases.lookup, spellings)), None):
            found.append(code)
    return _BASIS.sub("", text) if found else text, found


def _for_another_basis(text: str, bases: list[str], amount: Field) -> ValueProblem:
    """"15 Euro/Stunde" for a rent per month: the delivered basis and the field's, both as
    the schema names them (the field itself and the row stand beside every problem)."""
    unit = UNITS[amount.unit]
    delivered = " und ".join(dict.fromkeys(amount.bases.label(basis) for basis in bases))
    given = f"sind {len(bases)} Beträge" if len(bases) > 1 else "ist ein Betrag"
    expected = (f"einer in {unit} {amount.per.label} – bitte den Betrag {amount.per.label} "
                f"angeben" if amount.per else f"einer in {unit} ohne „{delivered}“")
    return ValueProblem(f"„{text}“ {given} {delivered}, erwartet ist {expected}")


def read_decimal(raw, decimal_comma: bool, price: Field | None = None,
                 coordinate: bool = False) -> float | None:
    """A number; `price`: the field when it holds an amount in euros, where "kostenlos",
    "Eintritt frei" … are 0, "nach Vereinbarung", "auf Anfrage" … no amount, and what the
    amount is for ("/Monat") must be the field's (`per` in the schema);
    `coordinate`: a delivered coordinate, whose problem is told as one."""
    if isinstance(raw, bool):
        raise ValueProblem(f"„{raw}“ ist keine Zahl")
    if isinstance(raw, (int, float)):
        return None if isinstance(raw, float) and math.isnan(raw) else float(raw)
    text = _as_text(raw)
    if not text:
        return None
    if price and text.casefold().rstrip("!.") in _FREE:
        return 0.0
    if price and _by_arrangement(text):
        return None
    number = text
    if price:
        number, bases = _bases(text, price)
        if any(basis != (price.per.code if price.per else None) for basis in bases):
            raise _for_another_basis(text, bases, price)
    cleaned = _WHOLE_EUROS.sub("", _NOT_NUMBER.sub("", number))
    if decimal_comma and "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif decimal_comma and _THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        return float(cleaned)
    except ValueError:
        if coordinate and _THOUSANDS.fullmatch(cleaned):
            # "5.145.259": Excel showed 51,45259 with thousands dots, and they were saved
            raise ValueProblem(f"„{text}“ ist keine Koordinate: Tausenderpunkte in einer "
                               f"Koordinate – bitte mit Dezimalkomma und ohne Tausenderpunkte "
                               f"angeben, z. B. 51,45259") from None
        raise ValueProblem(f"„{text}“ ist keine Zahl – bitte z. B. als 1250,50 angeben") from None


def read_integer(raw, decimal_comma: bool) -> int | None:
    number = read_decimal(raw, decimal_comma)
    if number is None:
        return None
    if not number.is_integer():
        raise ValueProblem(f"„{_as_text(raw)}“ ist keine ganze Zahl")
    return int(number)
