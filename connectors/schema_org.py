"""The schema.org `Event` preset: JSON-LD or plain JSON events mapped to the events schema
without any mapping entry (`preset: schema.org/Event` or `schema_org_event: true` of the json
connector), and the reader of a `.jsonld` file (connector `schema_org`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from connectors.delivery import Delivery, decode_text
from connectors.jsondoc import MAX_DEPTH, dig, parse, records_of

# The format names each row's values like the schema's fields: a member's column mapping has
# no columns to apply to (see `connectors.names_fields`).
NAMES_FIELDS = True

# events schema field -> schema.org path (lists stand for their first entry, see dig)
EVENT_FIELDS = {
    "source_id": "@id",
    "title": "name",
    "description": "description",
    "start": "startDate",
    "end": "endDate",
    "venue": "location.name",
    "street": "location.address.streetAddress",
    "postcode": "location.address.postalCode",
    "place": "location.address.addressLocality",
    "y": "location.geo.latitude",
    "x": "location.geo.longitude",
    "organiser": "organizer.name",
    "url": "url",
    "price_eur": "offers.price",
}
NUMBERS = ("x", "y", "price_eur")


def wanted(options: dict) -> bool:
    return bool(options.get("schema_org_event")) or str(options.get("preset", "")).lower() in (
        "schema.org/event", "https://schema.org/event")


def read(path: Path, options: dict) -> Delivery:
    """The events of a JSON or JSON-LD document (its list, its `@graph` or `options.records`)."""
    notes: list[str] = []  # a configured encoding the file does not have
    document = parse(decode_text(path, options.get("encoding"), notes), path,
                     int(options.get("max_depth") or MAX_DEPTH))
    _, records = records_of(document, options.get("records"), path)
    delivery = events(path, records)
    delivery.notes[:0] = notes
    return delivery


def events(path: Path, records: list) -> Delivery:
    """One row per Event node; other nodes (Place, Organization in a JSON-LD graph) serve
    as the targets of `@id` references. Cancelled events are left out, so a snapshot
    withdraws them."""
    nodes = {node["@id"]: node for node in records
             if isinstance(node, dict) and isinstance(node.get("@id"), str)}
    rows, refs, cancelled = [], [], 0
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict) or not _is_event(record):
            continue
        record = _resolved(record, nodes)
        if str(record.get("eventStatus", "")).endswith("EventCancelled"):
            cancelled += 1
            continue
        row = {name: dig(record, where) for name, where in EVENT_FIELDS.items()}
        row["source_id"] = row["source_id"] or dig(record, "identifier")
        if isinstance(record.get("location"), str):
            row["venue"] = record["location"]
        for name in NUMBERS:
            row[name] = _number(row[name])
        start = row["start"]
        row["all_day"] = isinstance(start, str) and "T" not in start and len(start) == 10
        rows.append(row)
        refs.append(f"Veranstaltung {number}" + (f" ({row['source_id']})" if row["source_id"] else ""))
    notes = [f"{cancelled} abgesagte Veranstaltung(en) (eventStatus EventCancelled) nicht "
             f"übernommen"] if cancelled else []
    return Delivery(path=path, columns=[*EVENT_FIELDS, "all_day"], rows=rows, refs=refs,
                    crs="EPSG:4326", notes=notes, schema_named=NAMES_FIELDS)


def _is_event(record: dict) -> bool:
    types = record.get("@type")
    if types is None:
        return True
    types = types if isinstance(types, list) else [types]
    return any(str(kind).endswith("Event") for kind in types)


def _resolved(value: Any, nodes: dict, depth: int = 0) -> Any:
    """`{"@id": …}` references replaced by the graph's node (a few levels deep)."""
    if isinstance(value, dict):
        if set(value) == {"@id"} and value["@id"] in nodes and depth < 4:
            return _resolved(nodes[value["@id"]], nodes, depth + 1)
        return {key: _resolved(item, nodes, depth) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolved(item, nodes, depth) for item in value]
    return value


def _number(value: Any) -> float | None:
    """JSON numbers as they are; a text like "12.50" is a JSON-style decimal, not German."""
    if value is None or isinstance(value, int | float):
        return value
    try:
        return float(str(value).replace(",", ".")) if str(value).strip() else None
    except ValueError:
        return value
