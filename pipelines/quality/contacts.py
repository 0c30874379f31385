"""Contact data in published free text: a telephone number or an e-mail address in a title or
description („Anmeldung bei Frau Müller, 06381 12345“) may be a private person's.

What is surely private is kept back by the personal-data rules of the suite (a mobile number,
an address at a free-mail provider or before whose @ stands no role: the row is rejected).
What is left – a landline number, a role mailbox – is published: it is mostly an office's or
a club's public contact („Anmeldung beim Bürgerbüro, 06381 424-0“, „info@verein.de“), which is
what makes an event or offer usable, and the platform cannot tell it from a private landline
beside a name. The member can: each such row is named to it in a note (file, row, field) in
its report and mail, with the request to check. The note names no value: notes stay in the
run journals, which have no Löschfrist.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from pipelines.core.german import german_number
from pipelines.quality.engine import rows_matching
from pipelines.quality.patterns import EMAIL_ADDRESS
from schemas import DatasetSchema

# German telephone numbers written in text: +49/0049 or a 0 with an area code (2–5 digits,
# in brackets or not), then at least four more digits, grouped by blanks, slashes or dashes
# – not a date (dots), a price (comma), a postal code or a year (too few digits, no 0). Read
# by RE2 as the suite's patterns (no lookaround, no \d).
PHONE_NUMBER = ("(?:^|[^0-9.,+])(?:\\+49|0049|\\(?0)[ \t\u00a0]?[1-9][0-9]{1,4}\\)?"
                "(?:[ \t\u00a0/\\-–]*[0-9]){4,10}(?:[^0-9.,]|[.,](?:[^0-9]|$)|$)")
CONTACTS = {"eine Telefonnummer": PHONE_NUMBER, "eine E-Mail-Adresse": EMAIL_ADDRESS}
# What every match of a pattern holds: only texts holding it are searched for it.
HELD = {"eine E-Mail-Adresse": "@"}
NAMED_ROWS = 10


def free_text_fields(schema: DatasetSchema) -> list[str]:
    """The published free-text fields: checked for private contacts, but no contact field
    of their own (an e-mail or phone field is for an office's contact)."""
    return [f.name for f in schema.contact_checked_fields if f.format is None]


def contact_notes(values: pd.DataFrame, rows: np.ndarray, refs: list[str],
                  occurrence_of: list[str | None] | None, schema: DatasetSchema, file: str,
                  labels: dict[str, str]) -> list[str]:
    """One German note per accepted row (`rows`, positions in the delivery) whose free text
    holds a telephone number or an e-mail address – the dates of a recurring event in one –,
    the first NAMED_ROWS named, the rest counted. `labels`: each field as the member's
    messages name it."""
    fields = [name for name in free_text_fields(schema) if name in values]
    if not fields or not len(rows):
        return []
    found: dict[str, dict[str, set[str]]] = {}  # row reference -> field label -> contacts
    more = 0
    # all rows searched and the rejected ones passed over: taking the accepted rows out of a
    # million first cost more than searching the few rejected ones
    accepted = np.zeros(len(values), dtype=bool)
    accepted[rows] = True
    searched = values[fields].set_axis(pd.RangeIndex(len(values)))
    for row, hits in rows_matching(searched, CONTACTS, HELD):
        if not accepted[row]:
            continue
        ref = (occurrence_of[row] if occurrence_of else None) or refs[row]
        if ref not in found and len(found) == NAMED_ROWS:
            more += 1
            continue
        for hit in hits:
            name, kind = hit.split(":", 1)
            found.setdefault(ref, {}).setdefault(labels.get(name, name), set()).add(kind)
    notes = [f"{file}, {ref}: {_holds(fields)} – wird veröffentlicht; bitte prüfen, ob die "
             f"Angabe einer Privatperson gehört, und sie dann entfernen oder durch eine "
             f"dienstliche ersetzen (Funktionspostfach, Telefon der Dienststelle)"
             for ref, fields in found.items()]
    if more:
        notes.append(f"… und {german_number(more)} weitere Zeilen mit einer Telefonnummer "
                     f"oder E-Mail-Adresse im Freitext")
    return notes


def _holds(fields: dict[str, set[str]]) -> str:
    """„„Beschreibung“ enthält eine Telefonnummer und eine E-Mail-Adresse“"""
    return ", ".join(f"„{label}“ enthält {' und '.join(sorted(kinds, reverse=True))}"
                     for label, kinds in fields.items())
