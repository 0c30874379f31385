"""Deliveries uploaded through the shared CKAN. Each member organisation has a private dataset
`<member>-lieferungen`; an editor of that organisation uploads a file as a resource named
after the dataset key (`events`, `offers`, …). CKAN's organisation permissions decide who
may upload there, so a member's user can never deliver for another member. The platform
(with its own token) finds new or changed uploads, downloads them, and writes the German
result back into the resource's description."""
from __future__ import annotations

from collections.abc import Iterator
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
from schemas import DATASET_KEYS, fold, load_schema

# Each dataset's German label by its key.
_LABELS = {key: load_schema(key).title for key in DATASET_KEYS}
# Which resource name is which dataset, for the clerk who uploads: „building_plans für
# Bauliche Entwicklungen“.
_KEYS = ", ".join(f"{key} für {label}" for key, label in _LABELS.items())

# The resource field in which the platform notes which version of the file it has checked
# (for a file it does not read for its name: the version with that name).
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
    März.xlsx“), which the sensor does not read (an uploaded file there gets a note saying
    so: answer_unread_uploads)."""
    name = resource.get("name")
    return name if resource.get("url_type") == "upload" and name in DATASET_KEYS else None


def _uploaded_files(catalog: Catalog, cluster: Cluster) -> Iterator[tuple[Member, dict, str]]:
    """Each resource holding an uploaded file in the members' upload datasets, with its member
    and the version of its file: CKAN's last_modified (or created), new with every file."""
    for member in cluster.members.values():
        try:
            package = catalog.call("package_show", id=delivery_dataset(member))
        except ckanapi.NotFound:
            continue
        for resource in package["resources"]:
            if resource.get("url_type") == "upload":
                version = resource.get("last_modified") or resource.get("created") or ""
                yield member, resource, version


def pending_uploads(catalog: Catalog, cluster: Cluster) -> list[Upload]:
    """Uploaded resources whose current file the platform has not checked yet."""
    return [Upload(member.key, resource["name"], resource["id"], resource["url"], version)
            for member, resource, version in _uploaded_files(catalog, cluster)
            if ingested_as(resource) and resource.get(CHECKED_FIELD) != version]


def named_dataset(name: str) -> str | None:
    """The dataset a resource's name other than a key names unambiguously by its key or
    German label, in any spelling („Leerstand März.xlsx“ → vacancies); None for none or
    several („Veranstaltungen und Angebote.xlsx“).

    Only the note on the resource suggests it; the sensor does not ingest the file as that
    dataset. A name the clerk did not choose for the platform is no declaration of what the
    file is: „Leerstand 2019 alt.xlsx“, kept there for reference, would be read as a full
    snapshot and withdraw every vacancy it lacks; two such files of one dataset would each be
    read in turn, the older one last as often as not. The key as the name stays the clerk's
    one deliberate act, which the note asks for in one step."""
    folded = fold(name)
    named = {key for key, label in _LABELS.items() if fold(key) in folded or fold(label) in folded}
    return named.pop() if len(named) == 1 else None


def unread_note(name: str) -> str:
    """The German note on an upload the sensor does not read for its name. It quotes neither
    the name nor anything of the file: CKAN keeps every description for good, and a file's
    name may name a person."""
    named = named_dataset(name)
    suggestion = (f" Ist diese Datei eine Lieferung der Datensatzart „{_LABELS[named]}“, nennen "
                  f"Sie die Ressource bitte „{named}“." if named else "")
    return ("Nicht eingelesen: Die Plattform liest eine hochgeladene Datei nur, wenn die "
            "Ressource den Schlüssel ihrer Datensatzart als Namen trägt; ohne eigene Eingabe "
            "benennt CKAN sie nach der Datei. Die Schlüssel sind: "
            f"{_KEYS}.{suggestion} Ändern Sie dazu den Namen der Ressource (Ressource "
            "bearbeiten, Feld „Name“); danach liest die Plattform die Datei ein und schreibt "
            "das Prüfergebnis in diese Beschreibung.")


def answer_unread_uploads(catalog: Catalog, cluster: Cluster) -> list[str]:
    """Note on each uploaded file whose resource no dataset key names that it was not read and
    how to name it; those answered now, named for the log („kusel-lieferungen: Ressource …“).
    Each is answered once as it is named: the mark in CHECKED_FIELD holds the version of the
    file with the name, so the next tick passes it, while a new file or a new name is
    answered anew – and a resource renamed to a key no longer bears its file's version alone,
    so pending_uploads takes it on the next tick."""
    answered = []
    for member, resource, version in _uploaded_files(catalog, cluster):
        name = resource.get("name") or ""
        checked = f"{version} {name}"
        if ingested_as(resource) or resource.get(CHECKED_FIELD) == checked:
            continue
        try:
            write_note(catalog, resource["id"], unread_note(name), checked)
        except ckanapi.NotFound:
            continue  # deleted since CKAN listed it: no one to answer
        answered.append(f"{delivery_dataset(member)}: Ressource {resource['id']} ohne Schlüssel "
                        f"einer Datensatzart als Namen – nicht eingelesen, Hinweis geschrieben")
    return answered


def download(upload: Upload, token: str, folder: Path, timeout: float = 120) -> Path:
    """The uploaded file (private: fetched with the platform's token) into `folder`."""
    response = requests.get(upload.url, headers={"Authorization": token}, timeout=timeout)
    response.raise_for_status()
    target = folder / upload.file_name
    # private, as the raw archive: a delivery holds the owners' contacts
    atomic_write(target, lambda partial: Path(partial).write_bytes(response.content), private=True)
    return target


def write_note(catalog: Catalog, resource_id: str, note: str, checked: str) -> None:
    """The German answer as the resource's description; marks what it answered as checked."""
    catalog.call("resource_patch", id=resource_id, description=note, **{CHECKED_FIELD: checked})


def ingest_upload(settings: Settings, cluster: Cluster, catalog: Catalog, upload: Upload,
                  run_id: str) -> IngestResult:
    """Download, ingest like a file from the inbox, and answer on the resource."""
    folder = settings.uploads_dir / upload.member / upload.dataset
    path = download(upload, settings.ckan_token or "", folder)
    result = ingest_inbox_file(settings, cluster,
                               InboxFile(upload.member, upload.dataset, path, UPLOAD), run_id,
                               lambda r: report_text(settings, cluster, r))
    # named without a delivered value: CKAN keeps every description in the activity stream
    write_note(catalog, upload.resource_id,
               f"Geprüft: {outcome(result, run_report(settings, result))}\n\n"
               f"{report_text(settings, cluster, result, values=False)}", upload.version)
    return result
