"""Löschfristen and erasures (Art. 17 DSGVO) in the members' upload datasets in CKAN.

A clerk's upload in `<member>-lieferungen` is a raw delivery as received, with the owners'
contacts: it follows the raw archive's Löschfrist (`raw_retention_days`, counted from when
its file was uploaded) and leaves CKAN with an erased record it holds. CKAN's
`resource_delete` only hides a resource: the uploaded file stays in its storage (ckan/ckan
#4705, #5446) and is still served to a sysadmin. So the file is first overwritten through the
API – CKAN stores a resource's upload under its id, the new file takes the old one's place –
and then the resource is deleted.
"""
from __future__ import annotations

import tempfile
from datetime import datetime, timezone
from pathlib import Path

import ckanapi
import requests

from catalog.client import Catalog, CatalogError
from catalog.publish import configured_catalog
from catalog.uploads import Upload, delivery_dataset, download
from pipelines.core.cluster import UPLOAD, Cluster
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings
from pipelines.ingest.inbox import delivered_as
from pipelines.ingest.privacy import DAY, Expiry, delivered_records, expire

# What takes the place of a deleted upload's file in CKAN's storage until the resource is gone.
ERASED_CONTENT = "Gelöscht (Datenschutz: Löschfrist oder Löschung auf Antrag)\n"
# The name the resource has meanwhile: no dataset's key, so the upload sensor never takes it.
ERASED_NAME = "geloescht"


def expire_with_uploads(settings: Settings, cluster: Cluster, now: datetime | None = None) -> Expiry:
    """Every Löschfrist, the uploads in CKAN included when a CKAN is configured: what
    `swdp privacy expire` and the schedule `datenschutz_loeschfristen` run."""
    expiry = expire(settings, cluster, now)
    try:
        catalog = configured_catalog(settings, cluster)
        if catalog is not None:
            expiry.uploads = expire_uploads(settings, catalog, cluster, now)
    except CatalogError as error:
        expiry.catalog_problem = str(error)
    return expiry


def expire_uploads(settings: Settings, catalog: Catalog, cluster: Cluster,
                   now: datetime | None = None) -> list[str]:
    """Delete the uploads of every member whose file is older than `raw_retention_days`; the
    deleted ones, named for the output („kusel-lieferungen: vacancies (leerstand.csv,
    hochgeladen 03.02.2025)“)."""
    days = cluster.privacy.get("raw_retention_days")
    if not days:
        return []
    limit = (now or datetime.now(timezone.utc)) - days * DAY
    deleted = []
    for member in cluster.members:
        name = delivery_dataset(cluster.member(member))
        for resource in _uploaded(catalog, name):
            if _uploaded_at(resource) < limit:
                deleted.append(_remove(settings, catalog, name, member, resource))
    return deleted


def erase_uploads(settings: Settings, catalog: Catalog, cluster: Cluster, member: str,
                  dataset: str, record_id: str) -> list[str]:
    """Delete the member's uploads of the dataset that hold the erased record, read as the
    ingestion reads them; the deleted ones, named for the output."""
    configured = cluster.member(member).sources.get(dataset)
    if configured is None:
        return []
    deleted, name = [], delivery_dataset(cluster.member(member))
    for resource in _uploaded(catalog, name):
        if resource.get("name") != dataset:
            continue
        with tempfile.TemporaryDirectory(dir=_private_folder(settings)) as folder:
            try:
                path = download(_as_upload(member, resource), settings.ckan_token or "",
                                Path(folder))
            except requests.RequestException as error:
                raise CatalogError(f"Die hochgeladene Datei {resource['url']} ist nicht "
                                   f"abrufbar ({error}).") from None
            held = record_id in delivered_records(path, delivered_as(configured, path, UPLOAD),
                                                  cluster)
        if held:
            deleted.append(_remove(settings, catalog, name, member, resource))
    return deleted


def _uploaded(catalog: Catalog, name: str) -> list[dict]:
    """The uploaded resources of an upload dataset (none while it does not exist)."""
    try:
        package = catalog.call("package_show", id=name)
    except ckanapi.NotFound:
        return []
    return [resource for resource in package["resources"] if resource.get("url_type") == "upload"]


def _uploaded_at(resource: dict) -> datetime:
    """When the resource's current file was uploaded (CKAN writes UTC without a zone)."""
    stamp = datetime.fromisoformat(resource.get("last_modified") or resource["created"])
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _remove(settings: Settings, catalog: Catalog, package: str, member: str,
            resource: dict) -> str:
    """Overwrite the upload's file in CKAN's storage, then delete the resource; its name."""
    shown = (f"{package}: {resource.get('name')} "
             f"({_as_upload(member, resource).file_name}, hochgeladen "
             f"{_uploaded_at(resource).astimezone(BERLIN):%d.%m.%Y})")
    with tempfile.TemporaryDirectory(dir=_private_folder(settings)) as folder:
        placeholder = Path(folder) / "geloescht.txt"
        placeholder.write_text(ERASED_CONTENT, encoding="utf-8")
        catalog.call("resource_patch", upload=placeholder, id=resource["id"], name=ERASED_NAME,
                     description="")
    catalog.call("resource_delete", id=resource["id"])
    return shown


def _as_upload(member: str, resource: dict) -> Upload:
    return Upload(member, resource.get("name") or "", resource["id"], resource["url"],
                  resource.get("last_modified") or resource.get("created") or "")


def _private_folder(settings: Settings) -> Path:
    """Where an upload is read: beside the uploads the platform fetches (private)."""
    settings.uploads_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return settings.uploads_dir
