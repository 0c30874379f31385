"""JSON documents from outside: parsing with a depth limit, dotted paths, flat rows."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from connectors.delivery import DeliveryError

MAX_DEPTH = 64
_TOO_DEEP = object()
# The JSON parser's messages, in German.
_JSON_MESSAGES = {
    "Expecting value": "Wert erwartet",
    "Expecting ',' delimiter": "Komma erwartet",
    "Expecting ':' delimiter": "Doppelpunkt erwartet",
    "Expecting property name enclosed in double quotes": "Name in doppelten Anführungszeichen erwartet",
    "Unterminated string starting at": "Zeichenkette ohne schließendes Anführungszeichen",
    "Invalid control character at": "Steuerzeichen in einer Zeichenkette",
    "Invalid \\escape": "ungültige Escape-Sequenz",
    "Extra data": "weitere Daten nach dem Ende des JSON",
}


def parse(text: str | bytes, where: Path | str, max_depth: int = MAX_DEPTH) -> Any:
    """The document; invalid or deeper than `max_depth` levels is refused with a German reason
    (a deeply nested document is a way to exhaust the stack or the memory of a reader)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        reason = next((german for english, german in _JSON_MESSAGES.items()
                       if error.msg.startswith(english)), "Aufbau fehlerhaft")
        raise DeliveryError(where, f"Kein gültiges JSON: {reason} (Spalte {error.colno})",
                            line=error.lineno) from None
    except RecursionError:
        document = _TOO_DEEP
    except ValueError:  # an integer beyond Python's digit limit
        raise DeliveryError(where, "Kein verwendbares JSON: Zahl mit zu vielen Stellen") from None
    if document is _TOO_DEEP or _depth(document) > max_depth:
        raise DeliveryError(where, f"Das JSON ist tiefer als {max_depth} Ebenen verschachtelt "
                                   f"und wird nicht gelesen")
    return document


def _depth(document: Any) -> int:
    """Levels of nested objects and arrays, counted a level at a time: a comprehension per
    level, not a Python step per value (a polygon of a million vertices took 4.7 s)."""
    depth, level = 0, [document]
    while containers := [value for value in level if isinstance(value, dict | list)]:
        depth += 1
        level = [child for value in containers
                 for child in (value.values() if isinstance(value, dict) else value)]
    return depth


def records_of(document: Any, path: str | None, where) -> tuple[str | None, list]:
    """The dotted path that holds the record list, and the list. Without a path: the
    document itself if it is a list, else its JSON-LD `@graph`."""
    if not path:
        if isinstance(document, list):
            return None, document
        if isinstance(document, dict) and isinstance(document.get("@graph"), list):
            return "@graph", document["@graph"]
        found = record_list(document)
        example = f"hier wohl „{found[0]}“ ({found[1]} Einträge)" if found else "z. B. data.items"
        raise DeliveryError(where, f"Keine Liste von Datensätzen gefunden – bitte den Pfad "
                                   f"dorthin als options.records angeben ({example})")
    records = dig(document, path)
    if not isinstance(records, list):
        raise DeliveryError(where, f"Unter „{path}“ (options.records) steht keine Liste von "
                                   f"Datensätzen")
    return path, records


def record_list(document: Any, levels: int = 3) -> tuple[str, int] | None:
    """The dotted path of the longest list of JSON objects within `levels` levels of a
    document, and its length: where a portal's export keeps its records („index“ in Berlin's
    `{"messages": …, "results": …, "index": [ … ]}`), to name in a message."""
    best, level = None, [("", document)]
    for _ in range(levels):
        level = [(f"{path}.{key}" if path else key, child) for path, value in level
                 if isinstance(value, dict) for key, child in value.items()]
        for path, value in level:
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) \
                    and (best is None or len(value) > best[1]):
                best = path, len(value)
    return best


def dig(value: Any, path: str | None) -> Any:
    """The value at a dotted path (`location.address.postalCode`); a list on the way stands
    for its first entry, a number step picks an entry (`offers.1.price`). Missing: None."""
    for step in (path or "").split(".") if path else ():
        if isinstance(value, list):
            if step.isdigit():
                value = value[int(step)] if int(step) < len(value) else None
                continue
            value = value[0] if value else None
        value = value.get(step) if isinstance(value, dict) else None
        if value is None:
            return None
    return value


def put(document: Any, path: str | None, value: Any) -> Any:
    """The document with `value` at the dotted path (the whole document for no path)."""
    if not path:
        return value
    *parents, last = path.split(".")
    target = document
    for step in parents:
        target = target[step]
    target[last] = value
    return document


def flat(record: Any, prefix: str = "") -> dict[str, Any]:
    """One row from a nested record: keys joined with dots. A list of values becomes one text
    ("a, b"); a list of objects contributes its first entry, as `dig` reads it."""
    if not isinstance(record, dict):
        return {prefix or "value": record}
    row: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            value = value[0]
        if isinstance(value, dict):
            row.update(flat(value, name))
        elif isinstance(value, list):
            row[name] = ", ".join(str(v) for v in value if v is not None) or None
        else:
            row[name] = value
    return row
