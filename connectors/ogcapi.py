"""OGC API – Features: `/collections/{id}/items` page by page (`limit`, `next` links),
kept as one GeoJSON FeatureCollection that the GeoJSON reader reads."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from connectors.delivery import DeliveryError
from connectors.jsondoc import MAX_DEPTH, parse
from connectors.transport import Fetched, Transport, kept

MAX_PAGES = 1000


def items_url(location: str, options: dict) -> str:
    """The items of `options.collection` below the API's landing page, or the location
    itself when it already names the items."""
    if options.get("collection"):
        return f"{location.rstrip('/')}/collections/{quote(str(options['collection']))}/items"
    if location.rstrip("/").endswith("/items"):
        return location
    raise DeliveryError(location, "options.collection fehlt – welche Sammlung (collection) des "
                                  "OGC-API-Dienstes soll gelesen werden?")


def harvest(transport: Transport, location: str, options: dict, folder: Path,
            state: dict | None) -> Fetched:
    url = items_url(location, options)
    params = {"limit": int(options.get("limit") or 500), "f": "json"}
    features, matched = [], None
    for _ in range(int(options.get("max_pages") or MAX_PAGES)):
        body, _headers = transport.get(url, params)
        page = parse(body, url, int(options.get("max_depth") or MAX_DEPTH))
        if not isinstance(page, dict) or page.get("type") != "FeatureCollection":
            raise DeliveryError(url, "Keine GeoJSON-FeatureCollection – ist das ein "
                                     "OGC-API-Features-Dienst?")
        matched = page.get("numberMatched", matched)
        features.extend(page.get("features") or [])
        following = _next(page)
        if not following or not page.get("features"):
            break
        url, params = transport.check(following, url), None
    else:
        raise DeliveryError(location, f"Mehr als {options.get('max_pages') or MAX_PAGES} Seiten "
                                      f"– Abbruch (options.max_pages oder options.limit erhöhen)")
    if isinstance(matched, int) and matched != len(features):
        raise DeliveryError(location, f"Der Dienst meldet {matched} Objekte, geliefert wurden "
                                      f"{len(features)} – Lieferung unvollständig")
    collection = {"type": "FeatureCollection", "features": features}
    return kept(items_url(location, options),
                json.dumps(collection, ensure_ascii=False).encode("utf-8"), folder, state,
                ".geojson")


def _next(page: dict) -> str | None:
    links = [link for link in page.get("links") or []
             if isinstance(link, dict) and link.get("rel") == "next" and link.get("href")]
    # A server may offer the next page in several encodings; GeoJSON is what we read.
    links.sort(key=lambda link: "json" not in str(link.get("type", "json")))
    return links[0]["href"] if links else None
