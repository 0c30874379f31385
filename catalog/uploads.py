"""Deliveries uploaded through the shared CKAN. Each member organisation has a private dataset
`<member>-lieferungen`; an editor of that organisation uploads a file as a resource named
after the dataset key (`events`, `offers`, …). CKAN's organisation permissions decide who
may upload there, so a member's user can never deliver for another member. The platform
(with its own token) finds new or changed uploads, downloads them, and writes the German
result back into the resource's description."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import ckanapi
import requests

from catalog.client import Catalog, file_name
from catalog.hand_edits import WRITTEN_EXTRA, kept_note, settle
from pipelines.core.cluster import UPLOAD, Cluster, Member
from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import IngestResult
from pipelines.ingest.feedback import outcome, report_text, run_report
from pipelines.ingest.inbox import InboxFile, ingest_inbox_file
from schemas import DATASET_KEYS, load_schema

# Which resource name is which dataset, for the clerk who uploads: „building_plans für
# Bauliche Entwicklungen“.
_KEYS = ", ".join(f"{key} für {load_schema(key).title}" for key in DATASET_KEYS)

# The resource field in which the platform notes which version of the file it has checked.
CHECKED_FIELD = "swdp_geprueft"


def delivery_dataset(member: Member) -> str:
    return f"{member.key}-lieferungen"


@dataclass(frozen=True)
class Upload:
    member: str
    dataset: str
    resource_id: str
    url: str
    version: str  # CKAN's last_modified (or created): changes with every new file

    @property
    def key(self) -> str:
        return f"ckan:{self.member}/{self.dataset}/{self.resource_id}@{self.version}"

    @property
    def file_name(self) -> str:
        return file_name(self.url) or f"{self.dataset}.dat"


def _delivery_description(member: Member) -> dict[str, str]:
    """The upload dataset's title and notes as this version of the platform words them."""
    return {"title": f"Lieferungen des Mitglieds {member.name} an die Datenplattform",
            "notes": "Hier laden Beschäftigte des Mitglieds ihre Lieferungen hoch: je "
                     "Datensatzart eine Ressource mit deren Schlüssel als Namen "
                     f"({_KEYS}). Das Prüfergebnis erscheint in der Beschreibung der "
                     "Ressource."}


@dataclass(frozen=True)
class DeliveryDatasets:
    created: list[str]      # upload datasets created now
    kept: dict[str, str]    # name → German note on texts kept as a member edited them

    def notes(self) -> list[str]:
        """„kusel-lieferungen: Beschreibung in CKAN von Hand geändert – beibehalten, …“"""
        return [f"{name}: {note}" for name, note in self.kept.items()]


def ensure_delivery_datasets(catalog: Catalog, cluster: Cluster) -> DeliveryDatasets:
    """Create each member's private upload dataset in its organisation where it is missing.
    A member whose organisation CKAN does not know yet (it is
    created with the first `swdp publish`) gets its dataset on a later call. An existing one
    whose title or notes an update of the platform (or a renamed member) changed gets the
    new words – unless a member changed them by hand in CKAN (hand_edits); its resources,
    the members' uploads, stay as they are. Says which it created and which texts it kept."""
    created, kept = [], {}
    for member in cluster.members.values():
        name, description = delivery_dataset(member), _delivery_description(member)
        try:
            package = catalog.call("package_show", id=name)
        except ckanapi.NotFound:
            try:
                catalog.call("organization_show", id=member.ckan_organization)
            except ckanapi.NotFound:
                continue
            texts = settle(None, description)
            catalog.call("package_create", name=name, private=True,
                         owner_org=member.ckan_organization, **texts.fields,
                         extras=[{"key": WRITTEN_EXTRA, "value": texts.record}])
            created.append(name)
            continue
        texts = settle(package, description)
        if texts.kept:
            kept[name] = kept_note(texts.kept)
        extras = {e["key"]: e["value"] for e in package.get("extras", [])}
        if (any(package.get(key) != words for key, words in texts.fields.items())
                or extras.get(WRITTEN_EXTRA) != texts.record):
            # package_patch keeps the resources CKAN shows, and with them each upload's
            # file and its last_modified, by which the platform knows what it has checked.
            extras[WRITTEN_EXTRA] = texts.record
            catalog.call("package_patch", id=package["id"], **texts.fields,
                         extras=[{"key": k, "value": v} for k, v in extras.items()])
    return DeliveryDatasets(created, kept)


def ingested_as(resource: dict) -> str | None:
    """The dataset the upload sensor ingests a resource of an upload dataset as: the key it
    is named by („vacancies“); None for a link or a resource of another name („Leerstand
    März.xlsx“), which the sensor leaves alone."""
    name = resource.get("name")
    return name if resource.get("url_type") == "upload" and name in DATASET_KEYS else None


def pending_uploads(catalog: Catalog, cluster: Cluster) -> list[Upload]:
    """Uploaded resources whose current file the platform has not checked yet."""
    found = []
    for member in cluster.members.values():
        try:
            package = catalog.call("package_show", id=delivery_dataset(member))
        except ckanapi.NotFound:
            continue
        for resource in package["resources"]:
            version = resource.get("last_modified") or resource.get("created") or ""
            if ingested_as(resource) and resource.get(CHECKED_FIELD) != version:
                found.append(Upload(member.key, resource["name"], resource["id"],
                                    resource["url"], version))
    return found


def download(upload: Upload, token: str, folder: Path, timeout: float = 120) -> Path:
    """The uploaded file (private: fetched with the platform's token) into `folder`."""
    response = requests.get(upload.url, headers={"Authorization": token}, timeout=timeout)
    response.raise_for_status()
    target = folder / upload.file_name
    # private, as the raw archive: a delivery holds the owners' contacts
    atomic_write(target, lambda partial: Path(partial).write_bytes(response.content), private=True)
    return target


def write_note(catalog: Catalog, upload: Upload, note: str) -> None:
    """The German result as the resource's description; marks this version as checked."""
    catalog.call("resource_patch", id=upload.resource_id, description=note,
                 **{CHECKED_FIELD: upload.version})


def ingest_upload(settings: Settings, cluster: Cluster, catalog: Catalog, upload: Upload,
                  run_id: str) -> IngestResult:
    """Download, ingest like a file from the inbox, and answer on the resource."""
    folder = settings.uploads_dir / upload.member / upload.dataset
    path = download(upload, settings.ckan_token or "", folder)
    result = ingest_inbox_file(settings, cluster,
                               InboxFile(upload.member, upload.dataset, path, UPLOAD), run_id,
                               lambda r: report_text(settings, cluster, r))
    # named without a delivered value: CKAN keeps every description in the activity stream
    write_note(catalog, upload, f"Geprüft: {outcome(result, run_report(settings, result))}\n\n"
                                f"{report_text(settings, cluster, result, values=False)}")
    return result
