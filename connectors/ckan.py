"""A member's own CKAN: one dataset by name, or the newest of an organisation's datasets
with given tags; the resource in the preferred format is downloaded (host-checked) and read
by the format connector named in `options.format`. Incremental: an unchanged
`metadata_modified` skips the download, unchanged bytes skip everything after it."""
from __future__ import annotations

from pathlib import Path

from connectors.delivery import SUFFIXES, DeliveryError
from connectors.jsondoc import parse
from connectors.transport import Fetched, HttpStatusError, Transport, now



def harvest(transport: Transport, location: str, options: dict, folder: Path,
            state: dict | None) -> Fetched:
    state = dict(state or {})
    package = _package(transport, location.rstrip("/"), options)
    resource = choose(package, [str(f) for f in options.get("formats") or [options["format"].upper()]],
                      location)
    url = transport.check(resource["url"], location)
    known = {"dataset": package["name"], "metadata_modified": package["metadata_modified"],
             "resource_id": resource["id"], "resource_hash": resource.get("hash") or None}
    if all(state.get(key) == value for key, value in known.items()) and state.get("url") == url:
        return Fetched(url, True, state={**state, "checked_at": now()})
    fetched = transport.fetch(url, folder, state, SUFFIXES.get(options["format"], ""))
    fetched.state.update(known)
    return fetched


def _package(transport: Transport, base: str, options: dict) -> dict:
    if options.get("dataset"):
        return _action(transport, base, "package_show", {"id": options["dataset"]},
                       f"Datensatz „{options['dataset']}“")
    if not options.get("organization"):
        raise DeliveryError(base, "options.dataset oder options.organization fehlt – welcher "
                                  "Datensatz des CKAN soll gelesen werden?")
    query = [f'organization:"{options["organization"]}"'] + [
        f'tags:"{tag}"' for tag in options.get("tags") or []]
    found = _action(transport, base, "package_search",
                    {"fq": " AND ".join(query), "sort": "metadata_modified desc", "rows": 1},
                    f"Organisation „{options['organization']}“")
    if not found["results"]:
        raise DeliveryError(base, f"Kein Datensatz der Organisation „{options['organization']}“"
                                  + (f" mit den Schlagworten {', '.join(options['tags'])}"
                                     if options.get("tags") else ""))
    return found["results"][0]


def _action(transport: Transport, base: str, action: str, params: dict, what: str):
    try:
        body, _ = transport.get(f"{base}/api/3/action/{action}", params)
    except HttpStatusError as error:
        if error.status in (403, 404):
            raise DeliveryError(base, f"{what} nicht gefunden oder nicht freigegeben "
                                      f"(HTTP {error.status})") from None
        raise
    answer = parse(body, base)
    if not isinstance(answer, dict) or not answer.get("success"):
        raise DeliveryError(base, f"Die CKAN-API antwortet nicht wie erwartet ({action})")
    return answer["result"]


def choose(package: dict, formats: list[str], where: str) -> dict:
    """The first resource in the first format of the preference list that has one."""
    resources = [r for r in package.get("resources") or [] if r.get("url")]
    for wanted in formats:
        for resource in resources:
            if str(resource.get("format", "")).strip().lower() == wanted.lower():
                return resource
    offered = ", ".join(sorted({str(r.get("format") or "ohne Format") for r in resources}))
    raise DeliveryError(where, f"Datensatz „{package.get('name')}“ hat keine Ressource im "
                               f"Format {' / '.join(formats)} (vorhanden: {offered or 'keine'})")
