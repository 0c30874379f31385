"""Sources on a server: fetch what an http(s) `location` points to into one local file.

Format connectors (csv, xlsx, geojson, ical, xplan, json) download the location itself with
a conditional GET; API connectors (json with paging, ogcapi, ckan, dcat, wfs) walk the API and
keep what they found as one file. Either way the result is "unchanged" — nothing to read,
archive or rewrite — or a local file that the format's reader reads like any delivery.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from connectors import ckan, dcat, json_api, ogcapi, wfs
from connectors.delivery import SUFFIXES, DeliveryError
from connectors.transport import Fetched, Transport, is_url

HARVESTERS = {"json": json_api.harvest, "ogcapi": ogcapi.harvest, "ckan": ckan.harvest,
              "dcat": dcat.harvest, "wfs": wfs.harvest}
# Connectors that only fetch: the format of what they fetch.
FETCHED_FORMAT = {"ogcapi": "geojson"}


def file_format(connector: str, options: Mapping, where: Path | str = "cluster.yaml") -> str:
    """The connector whose reader reads the fetched file."""
    if connector in ("ckan", "dcat"):
        if options.get("format") not in SUFFIXES:
            raise DeliveryError(where, f"options.format muss angeben, wie die gefundene Datei "
                                       f"zu lesen ist: {', '.join(SUFFIXES)}")
        return options["format"]
    return FETCHED_FORMAT.get(connector, connector)


def fetch(location: str, connector: str, options: Mapping, folder: Path,
          state: Mapping | None = None, environ: Mapping[str, str] | None = None) -> Fetched:
    """Fetch a remote source into `folder`, given the state the last fetch left."""
    if not is_url(location):
        raise DeliveryError(location, "Keine http(s)-Adresse")
    options = dict(options)
    suffix = SUFFIXES.get(file_format(connector, options, location), "")
    with Transport(location, options, environ) as transport:
        harvest = HARVESTERS.get(connector)
        if harvest:
            return harvest(transport, location, options, folder, dict(state or {}))
        return transport.fetch(location, folder, state, suffix)
