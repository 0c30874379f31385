"""Which delivered columns fill which schema field: the member's mapping in cluster.yaml, else
columns named like a field or its German label; and the notes and messages on columns – unused,
missing from the delivery, or a required field without its column, with where the expectation
comes from (the mapping or the schema's names)."""
from __future__ import annotations

import pandas as pd

from connectors.delivery import Delivery, DeliveryError
from pipelines.core.german import counted, german_number
from pipelines.ingest.dates import spreadsheet_part
from pipelines.ingest.normalise import contact_block_note
from pipelines.ingest.numbers import without_amount
from pipelines.ingest.texts import as_text, mapped_column, without_markup
from schemas import DatasetSchema, Field, fold

def map_columns(delivery: Delivery, schema: DatasetSchema, mapping: dict[str, str | list[str]],
                member_name: str = "") -> tuple[pd.DataFrame, list[str]]:
    """One column per delivered schema field (named like it or its label: no mapping needed);
    the frame, and notes on unused and missing columns. `member_name`: whose mapping in
    cluster.yaml it is – a wrong file is the member's to correct, a wrong mapping the office's."""
    sources = column_sources(delivery, schema, mapping)
    # `field: {value: …}` gives every row the same value (e.g. the place of a whole file).
    constants = {name: spec["value"] for name, spec in mapping.items() if isinstance(spec, dict)}
    # a connector that names the fields itself (iCalendar, XPlanGML) has no columns to miss
    unfound = [] if delivery.schema_named else [
        f for f in schema.delivered_fields if f.name not in sources and f.name not in constants]
    # "PLZ Ort" in one column fills the postcode (`postcode_from_place`); a row whose place has
    # none is rejected on its own, with its row named
    lacking = [f for f in unfound if f.required and not (
        f.name == "postcode" and ("place" in sources or "place" in constants))]
    if lacking:
        message = _column_message(schema, lacking, mapping, member_name, delivery)
        raise DeliveryError(delivery.path, message, mapped_columns_missing=any(
            _configured(mapping, f) for f in lacking))
    # a day and a time in columns of their own may come as spreadsheet numbers
    timed = {f.name for f in schema.delivered_fields if f.type in ("date", "datetime")}
    frame = pd.DataFrame({name: mapped_column(delivery.rows, columns, spreadsheet_part
                                              if name in timed else as_text)
                          for name, columns in sources.items()}, index=range(len(delivery.rows)))
    for name, value in constants.items():
        if name in {f.name for f in schema.delivered_fields}:
            frame[name] = pd.Series([value] * len(frame), index=frame.index, dtype=object)
    notes = _missing_columns(unfound, mapping, member_name, delivery) + _plain_texts(
        frame, schema, sources) + [note for f in schema.delivered_fields if f.name in frame
                                   for notes_on in (without_amount, contact_block_note)
                                   if (note := notes_on(frame[f.name], f))]
    used = {column for columns in sources.values() for column in columns}
    unused = [column for column in delivery.columns if column not in used]
    if len(unused) > _NAMED_COLUMNS:  # one note, not one per column of a 20,000-column sheet
        return frame, [f"{german_number(len(unused))} Spalten werden nicht übernommen (keinem "
                       f"Feld zugeordnet): {_quoted(unused)}", *notes]
    return frame, [f"Spalte „{_short(column)}“ wird nicht übernommen (keinem Feld zugeordnet)"
                   for column in unused] + notes


def column_sources(delivery: Delivery, schema: DatasetSchema,
                   mapping: dict[str, str | list[str]]) -> dict[str, list[str]]:
    """Each delivered field's columns as the delivery spells them: the mapping's where the
    delivery has all of them, else the column named like the field or its label. Fields with
    a fixed value (`{value: …}`) have none."""
    by_spelling = {fold(column): column for column in delivery.columns}
    sources: dict[str, list[str]] = {}
    for f in schema.delivered_fields:
        if isinstance(mapping.get(f.name), dict):
            continue
        found = [by_spelling.get(fold(column)) for column in _configured(mapping, f)]
        if found and all(found):
            sources[f.name] = found
        elif column := by_spelling.get(fold(f.name)) or by_spelling.get(fold(f.label)):
            sources[f.name] = [column]
    return sources


def _configured(mapping: dict, f: Field) -> list[str]:
    """The columns the mapping names for a field (none for a fixed value)."""
    columns = mapping.get(f.name)
    if isinstance(columns, str):
        return [columns]
    return list(columns) if isinstance(columns, list) else []


def _missing_columns(unfound: list[Field], mapping: dict, member_name: str,
                     delivery: Delivery) -> list[str]:
    """One note for all the mapping's columns the delivery lacks, with the fields they were
    to fill, and the delivered columns once."""
    by_spelling = {fold(column) for column in delivery.columns}
    missing = [(f, [c for c in _configured(mapping, f) if fold(c) not in by_spelling])
               for f in unfound]
    named = [f"{' + '.join(f'„{_short(c)}“' for c in columns)} (für „{f.label}“)"
             for f, columns in missing if columns]
    if not named:
        return []
    which = (f"fehlt die Spalte {named[0]}" if len(named) == 1 else
             f"fehlen die Spalten {', '.join(named)}")
    stays = "das Feld bleibt" if len(named) == 1 else "diese Felder bleiben"
    below = _names_below(delivery, [f for f, columns in missing if columns], mapping)
    return [f"In der Lieferung {which} aus der {_configuration(member_name)} – {stays} leer; "
            f"geliefert: {_quoted(delivery.columns)}{below}"]


def _configuration(member_name: str) -> str:
    return "Zuordnung in cluster.yaml" + (f" für {member_name}" if member_name else "")


def _plain_texts(frame: pd.DataFrame, schema: DatasetSchema, sources: dict) -> list[str]:
    """Delivered free texts (titles, descriptions, names) with HTML markup, as web CMS export
    them, turned into plain text in place; a note per field says how many rows had some."""
    notes = []
    for f in schema.delivered_fields:
        if f.name in sources and f.type == "string" and not f.format and not f.code_list:
            frame[f.name], changed = without_markup(frame[f.name])
            if changed:
                notes.append(f"„{f.label}“: HTML in {counted(changed, 'Zeile', 'Zeilen')} in "
                             f"Text umgewandelt (Absätze und <br> als Zeilenumbruch, Zeichen "
                             f"wie „&amp;“ aufgelöst, übrige Auszeichnungen entfernt)")
    return notes


_NAMED_COLUMNS = 25


def _short(name: str, width: int = 60) -> str:
    return name if len(name) <= width else name[:width - 1] + "…"


def _quoted(names: list[str]) -> str:
    """Column names for a message: at most 25, each shortened, the rest counted."""
    shown = ", ".join(f"„{_short(name)}“" for name in names[:_NAMED_COLUMNS]) or "keine"
    rest = len(names) - _NAMED_COLUMNS
    return shown + (f" und {german_number(rest)} weitere" if rest > 0 else "")


def _column_message(schema: DatasetSchema, lacking: list[Field], mapping: dict,
                    member_name: str, delivery: Delivery) -> str:
    """Every required field without its column, with where the expected column comes from:
    the member's mapping in cluster.yaml, else the schema's label and name. Where the mapping
    names the columns of all of them, that is said once, in front."""
    mapped = len(lacking) > 1 and all(_configured(mapping, f) for f in lacking)
    expected = []
    for f in lacking:
        if not (configured := _configured(mapping, f)):
            expected.append(f"Pflichtfeld „{f.label}“ erwartet Spalte „{f.label}“ oder "
                            f"„{f.name}“ (Namen laut Schema)")
            continue
        spelled = " + ".join(f"„{_short(column)}“" for column in configured)
        # the label is found without the mapping too (`column_sources`)
        label = "" if list(map(fold, configured)) == [fold(f.label)] else (
            f" (oder „{f.label}“, Name laut Schema)" if mapped else f" oder „{f.label}“")
        source = "" if mapped else f" ({_configuration(member_name)})"
        expected.append(f"Pflichtfeld „{f.label}“ erwartet Spalte {spelled}{source}{label}")
    according = f" laut {_configuration(member_name)}" if mapped else ""
    return (f"Spalten passen nicht zu {schema.title}{according}: {'; '.join(expected)}; "
            f"geliefert: {_quoted(delivery.columns)}{_names_below(delivery, lacking, mapping)}")


def _names_below(delivery: Delivery, lacking: list[Field], mapping: dict) -> str:
    """Expected names of lacking columns (required or not) in the first row below the header: the header spans
    two rows – group titles above the names without merged cells (`connectors.sheets` passes
    over merged ones), or names wrapped into the next row („Veranstal-“ over „tung“) – which a
    reader cannot tell from a first row of texts. Each is named with the cell it stands under."""
    if not len(delivery.rows) or not delivery.refs:
        return ""
    wanted = {fold(name) for f in lacking for name in (*_configured(mapping, f), f.label, f.name)}
    found = []
    for column, value in delivery.rows[0].items():
        if not isinstance(value, str) or not (text := value.strip()):
            continue
        under = f" (unter „{_short(column)}“)" if column else ""
        if fold(text) in wanted:
            found.append(f"„{_short(text)}“{under}")
        elif column and fold(whole := _wrapped(column, text)) in wanted:
            found.append(f"„{_short(text)}“{under[:-1]}, zusammen „{_short(whole)}“)")
    if not found:
        return ""
    stands = "steht" if len(found) == 1 else "stehen"
    return (f". In {delivery.refs[0]} unter der Kopfzeile {stands} {', '.join(found)}: stehen die "
            f"Spaltennamen auf zwei Zeilen (Gruppentitel darüber oder umbrochene Namen)? Bitte "
            f"jede Spalte in einer einzigen Kopfzeile mit ihrem ganzen Namen benennen und die "
            f"übrige Zeile löschen")


def _wrapped(upper: str, lower: str) -> str:
    """A column name wrapped over two cells as one: „Veranstal-“ + „tung“, „Preis“ + „in Euro“."""
    upper = upper.strip()
    return upper[:-1] + lower if upper.endswith("-") else f"{upper} {lower}"
