"""The CSVW metadata as CKAN offers it. In data/export it lies beside its CSV and names it
relatively ("url": "kusel.csv"). In CKAN each file has an address of its own
(…/dataset/<id>/resource/<resource id>/download/<name>), and CKAN serves a resource's file
whatever name the address ends in: resolved against the metadata's address, a relative url
leads back to the metadata. The copy uploaded names the CSV by the address CKAN serves it at."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from catalog.desired import Resource, sha256

_SIDECAR = "-metadata.json"


def described_csv(resource: Resource) -> str | None:
    """The key (swdp_file) of the CSV a CSVW resource describes; None for any other file."""
    return resource.key.removesuffix(_SIDECAR) if resource.key.endswith(".csv" + _SIDECAR) else None


def portal_copy(resource: Resource, csv_url: str, folder: Path) -> Resource:
    """The CSVW resource with its file rewritten into `folder`, its url the CSV's address in
    CKAN, and the hash of that copy (the file CKAN then offers)."""
    metadata = json.loads(resource.path.read_text(encoding="utf-8"))
    copy = folder / resource.upload_name
    copy.write_text(json.dumps({**metadata, "url": csv_url}, ensure_ascii=False, indent=2),
                    encoding="utf-8")
    return replace(resource, path=copy, fields={**resource.fields, "hash": sha256(copy)})
