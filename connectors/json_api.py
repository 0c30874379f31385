"""JSON and JSON-LD from REST APIs: records at a dotted path, paging, nested fields as
dotted columns (`location.address.postalCode`), and the schema.org Event preset.

`harvest` walks the pages of an API and keeps them as one document: the first page with the
record list replaced by the records of all pages. `read` reads such a document — or a JSON
file a member sends — so the archive holds what was read and reading needs no network.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from requests.utils import parse_header_links

from connectors import schema_org
from connectors.delivery import Delivery, DeliveryError, decode_text
from connectors.jsondoc import MAX_DEPTH, dig, flat, parse, put, records_of
from connectors.transport import Fetched, Transport, kept, now

MAX_PAGES = 1000


def read(path: Path, options: dict) -> Delivery:
    if schema_org.wanted(options):
        return schema_org.read(path, options)
    notes: list[str] = []  # a configured encoding the file does not have
    document = parse(decode_text(path, options.get("encoding"), notes), path,
                     int(options.get("max_depth") or MAX_DEPTH))
    _, records = records_of(document, options.get("records"), path)
    rows, refs, columns = [], [], {}
    for number, record in enumerate(records, start=1):
        rows.append(flat(record))
        columns.update(dict.fromkeys(rows[-1]))
        ident = record.get("id") or record.get("@id") if isinstance(record, dict) else None
        refs.append(f"Datensatz {number}" + (f" (id {ident})" if ident else ""))
    return Delivery(path=path, columns=list(columns), rows=rows, refs=refs,
                    crs=options.get("crs"), notes=notes)


def harvest(transport: Transport, location: str, options: dict, folder: Path,
            state: dict | None) -> Fetched:
    """All pages as one document, or a conditional GET when the API neither pages nor is
    asked for changes since a cursor. With `since: {param: …, field: …}` (incremental
    sources) only records changed since the highest `field` value seen so far are asked for;
    no such record means unchanged."""
    state = dict(state or {})
    since = options.get("since")
    cursor = state.get("cursor") if since else None
    if not options.get("paging") and not cursor:
        fetched = transport.fetch(location, folder, state, ".json")
        if since and not fetched.unchanged:
            fetched.state["cursor"] = _cursor(_records_in(fetched.path, options), since, None)
        return fetched
    first, where, everything = None, None, []
    query = {since["param"]: cursor} if cursor else {}
    for document, path, records in pages(transport, location, options, query):
        if first is None:
            first, where = document, path
        everything.extend(records)
    if cursor and not everything:
        return Fetched(location, True, state={**state, "checked_at": now()})
    combined = put(first, where, everything)
    fetched = kept(location, json.dumps(combined, ensure_ascii=False).encode("utf-8"), folder,
                   state, ".json")
    if since:
        fetched.state["cursor"] = _cursor(everything, since, cursor)
    return fetched


def pages(transport: Transport, location: str, options: dict, query: dict | None = None):
    """(document, records path, records) for every page, following the paging option:
    `{type: page, param: page, start: 1, size_param: …, size: …}`,
    `{type: offset, param: offset, size_param: limit, size: 100}`,
    `{type: next, next: links.next}` (dotted path to the next URL in the body) or
    `{type: link}` (HTTP `Link` header with rel="next"); without one, a single page.
    `query` goes with the first request. Learned URLs are host-checked."""
    paging = options.get("paging") or {"type": "none"}
    paging = {"type": paging} if isinstance(paging, str) else dict(paging)
    kind = paging.get("type")
    if kind not in ("page", "offset", "next", "link", "none"):
        raise DeliveryError(location, f"Unbekannte Art des Blätterns „{kind}“ (options.paging."
                                      f"type) – erlaubt: page, offset, next, link")
    size = int(paging.get("size") or (100 if kind == "offset" else 0))
    counter = int(paging.get("start", 1 if kind == "page" else 0))
    url, seen, params = location, set(), dict(query or {})
    max_depth = int(options.get("max_depth") or MAX_DEPTH)
    for _ in range(int(options.get("max_pages") or MAX_PAGES)):
        if kind in ("page", "offset"):
            params[paging.get("param", kind)] = counter
            if size and paging.get("size_param", "limit" if kind == "offset" else None):
                params[paging.get("size_param", "limit")] = size
        body, headers = transport.get(url, params)
        document = parse(body, url, max_depth)
        path, records = records_of(document, options.get("records"), url)
        yield document, path, records
        seen.add((url, tuple(params.items())))
        if kind == "none" or not records or (size and len(records) < size):
            return
        if kind in ("page", "offset"):
            counter += 1 if kind == "page" else size
            continue
        link = dig(document, paging.get("next", "next")) if kind == "next" else _link_next(headers)
        if isinstance(link, dict):  # HAL and friends: {"href": "…"}
            link = link.get("href")
        if not link:
            return
        url, params = transport.check(str(link), url), {}
        if (url, ()) in seen:
            return
    raise DeliveryError(location, f"Mehr als {options.get('max_pages') or MAX_PAGES} Seiten – "
                                  f"Abbruch, damit keine unvollständige Lieferung als vollständig "
                                  f"gilt (options.max_pages erhöhen)")


def _records_in(path: Path, options: dict) -> list:
    return records_of(parse(path.read_bytes(), path), options.get("records"), path)[1]


def _cursor(records: list, since: dict, previous: str | None) -> str | None:
    """The highest `since.field` value (ISO timestamps compare as text)."""
    values = [str(value) for record in records
              if (value := dig(record, since["field"])) not in (None, "")]
    return max(values + ([previous] if previous else []), default=None)


def _link_next(headers) -> str | None:
    for link in parse_header_links(headers.get("Link", "")):
        if "next" in link.get("rel", "").split():
            return link.get("url")
    return None
