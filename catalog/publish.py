"""Publish the exports to CKAN: compare the desired state with what CKAN has and write only
the differences. A second run with unchanged data makes no write call; an interrupted run is
completed by the next; datasets that left the source are withdrawn with a reason."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

import ckanapi

from catalog.client import Catalog, CatalogError, file_name
from catalog.csvw import described_csv, portal_copy
from catalog.hand_edits import WRITTEN_EXTRA, Texts, kept_note, settle
from catalog.desired import (BOUNDARY_EXTRA, EXTRA_KEYS, MARKER, WITHDRAWN, Dataset,
                             Organization, desired_datasets, in_scope, organizations)
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.core.cluster import Cluster, ConfigError, web_url
from pipelines.core.german import BERLIN
from pipelines.core.locks import CATALOG, exclusive
from pipelines.core.settings import Settings
from schemas import DATASET_KEYS, load_schema

# Names the platform gives its datasets: <scope>-<dataset key with hyphens>.
_OWN_NAME = re.compile(rf"^[a-z0-9-]+-({'|'.join(k.replace('_', '-') for k in DATASET_KEYS)})$")


class NotOurs(Exception):
    """A dataset with the platform's name exists in CKAN but belongs to somebody else."""


@dataclass
class PublishSummary:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # name -> German reason
    organizations: dict[str, list[str]] = field(default_factory=lambda: {
        "created": [], "updated": [], "unchanged": []})
    # CKAN name -> title of each dataset above: people know „Veranstaltungen – Landkreis
    # Kusel“, CKAN's addresses kusel-events.
    titles: dict[str, str] = field(default_factory=dict)
    # CKAN name -> the texts (Titel, Beschreibung) a member changed by hand there and the
    # publication kept (catalog/hand_edits.py).
    kept: dict[str, list[str]] = field(default_factory=dict)

    def title(self, name: str) -> str:
        """The dataset's title as the catalogue shows it (its CKAN name if none is known)."""
        return self.titles.get(name, name)

    def kept_note(self, name: str) -> str | None:
        """What the publication says about the dataset's texts kept as edited by hand."""
        return kept_note(self.kept[name]) if name in self.kept else None

    def as_json(self) -> dict:
        return {"created": len(self.created), "updated": len(self.updated),
                "unchanged": len(self.unchanged), "deleted": len(self.deleted),
                "failed": len(self.failed), "datasets": {
                    "created": self.created, "updated": self.updated,
                    "unchanged": self.unchanged, "deleted": self.deleted,
                    "failed": self.failed},
                "organizations": self.organizations, "titles": self.titles,
                "kept": {name: kept_note(texts) for name, texts in self.kept.items()}}


def ckan_url(settings: Settings, cluster: Cluster, url: str | None = None) -> str | None:
    """--ckan-url, else the environment's CKAN_URL (in the settings), else ckan_url in
    cluster.yaml."""
    return url or settings.ckan_url or cluster.ckan_url


def configured_catalog(settings: Settings, cluster: Cluster, url: str | None = None,
                       **options) -> Catalog | None:
    """The CKAN to publish to (see ckan_url); None when none is configured. The token comes
    from CKAN_API_TOKEN only (in the settings), never from a file; the pause between retries
    from the settings too."""
    url = ckan_url(settings, cluster, url)
    if not url:
        return None
    try:
        url = web_url(url, "CKAN-Adresse")
    except ConfigError as error:
        raise CatalogError(str(error)) from None
    token = settings.ckan_token
    if not token:
        raise CatalogError(f"Kein API-Token für {url}: bitte die Umgebungsvariable "
                           f"CKAN_API_TOKEN setzen (ein Token eines CKAN-Sysadmins).")
    return Catalog(url, token, backoff=settings.ckan_retry_pause, **options)


# Said by `swdp run`, `swdp publish` and the Dagster job alike, so it names every way in.
NOT_CONFIGURED = ("Kein CKAN konfiguriert (Umgebungsvariable CKAN_URL, ckan_url in cluster.yaml "
                  "oder swdp publish --ckan-url) – Veröffentlichung übersprungen; die Exporte "
                  "liegen im Datenordner.")


def publish(settings: Settings, cluster: Cluster, catalog: Catalog,
            members: list[str] | None = None, datasets: list[str] | None = None,
            on_progress: Callable[[str], None] = lambda step: None) -> PublishSummary:
    """Bring CKAN to the desired state of the chosen members and datasets (None: all).
    Raises CatalogError when CKAN is unreachable or refuses the token. One publication at
    a time: a second one waits for the first (two at once would race for the same entries)."""
    with exclusive(settings, CATALOG, on_progress):
        return _publish(settings, cluster, catalog, members, datasets, on_progress)


def _publish(settings: Settings, cluster: Cluster, catalog: Catalog, members: list[str] | None,
             datasets: list[str] | None, on_progress: Callable[[str], None]) -> PublishSummary:
    summary = PublishSummary()
    catalog.call("status_show")
    wanted = desired_datasets(settings, cluster, members, datasets)
    if not wanted:
        # Without exports every dataset would look withdrawn; that is a missing run, not a
        # reason to empty the catalogue.
        raise CatalogError(f"Keine Exportdateien unter {settings.export_dir} – zuerst "
                           f"„swdp run“ ausführen; es wurde nichts veröffentlicht.")
    needed = {d.package["owner_org"] for d in wanted}
    # An invalid token is an anonymous caller to CKAN: it sees no organisation to write in.
    writable = {o["name"] for o in catalog.call("organization_list_for_user",
                                                 permission="create_dataset")}
    for organization in organizations(settings, cluster):
        if organization.name in needed:
            status = _ensure_organization(catalog, organization)
            if status != "created" and organization.name not in writable:
                raise CatalogError(f"Das API-Token (CKAN_API_TOKEN) ist ungültig oder darf in "
                                   f"der Organisation „{organization.name}“ unter {catalog.url} "
                                   f"keine Datensätze anlegen.")
            summary.organizations[status].append(organization.name)
    for number, dataset in enumerate(wanted, 1):
        summary.titles[dataset.name] = dataset.package["title"]
        on_progress(f"{number}/{len(wanted)} {dataset.package['title']}")
        try:
            status, texts = _ensure_dataset(catalog, cluster, dataset)
        except ckanapi.ValidationError as error:
            summary.failed[dataset.name] = f"CKAN lehnt den Datensatz ab: {error.error_dict}"
            continue
        except NotOurs as error:
            summary.failed[dataset.name] = str(error)
            continue
        getattr(summary, status).append(dataset.name)
        summary.titles[dataset.name] = texts.fields["title"]  # a member's own, if kept
        if texts.kept:
            summary.kept[dataset.name] = list(texts.kept)
    on_progress("zurückgezogene Datensätze")
    for name, title, reason in _withdraw(catalog, cluster, {d.name for d in wanted}, members,
                                         datasets):
        summary.deleted.append(name)
        summary.titles[name] = title
        on_progress(f"zurückgezogen: {title} ({reason})")
    return summary


def _ensure_organization(catalog: Catalog, organization: Organization) -> str:
    desired = {"title": organization.title, "description": organization.description,
               "state": "active"}
    boundary = {"key": BOUNDARY_EXTRA, "value": organization.boundary}
    try:
        current = catalog.call("organization_show", id=organization.name,
                               include_datasets=False, include_users=False)
    except ckanapi.NotFound:
        catalog.call("organization_create", name=organization.name, **desired,
                     extras=[boundary],
                     already_done=lambda: _find(catalog, "organization_show", organization.name))
        return "created"
    extras = _extras(current)
    if ({key: current.get(key) for key in desired} == desired
            and extras.get(BOUNDARY_EXTRA) == organization.boundary):
        return "unchanged"
    foreign = [{"key": k, "value": v} for k, v in extras.items() if k != BOUNDARY_EXTRA]
    catalog.call("organization_patch", id=current["id"], **desired, extras=[*foreign, boundary])
    return "updated"


def _find(catalog: Catalog, action: str, name: str) -> dict | None:
    try:
        return catalog.call(action, id=name)
    except ckanapi.NotFound:
        return None


def _ensure_dataset(catalog: Catalog, cluster: Cluster, dataset: Dataset) -> tuple[str, Texts]:
    """Create or update one dataset and its resources; returns created/updated/unchanged and
    its title and notes as CKAN has them (a member's edit by hand stays, see hand_edits)."""
    current = _find(catalog, "package_show", dataset.name)
    status = "unchanged"
    if current is None:
        texts = settle(None, dataset.package)
        current = catalog.call("package_create", name=dataset.name,
                               **_package_fields(dataset, [], texts),
                               already_done=lambda: _find(catalog, "package_show", dataset.name))
        status = "created"
    elif _extras(current).get(MARKER) != cluster.ckan_organization:
        raise NotOurs(f"Den Datensatz „{dataset.name}“ gibt es in CKAN schon, aber er gehört "
                      f"nicht der Plattform (Extra {MARKER} fehlt) – bitte dort umbenennen "
                      f"oder löschen; er wird nicht überschrieben.")
    elif _package_view(current) != _desired_view(dataset, texts := settle(current, dataset.package)):
        current = catalog.call("package_patch", id=current["id"],
                               **_package_fields(dataset, current.get("extras", []), texts))
        status = "updated"
    if _ensure_resources(catalog, dataset, current) and status == "unchanged":
        status = "updated"
    return status, texts


def _package_fields(dataset: Dataset, current_extras: list[dict], texts: Texts) -> dict:
    """What is written for a dataset; extras the platform does not manage are kept, and so
    are the title and notes a member changed by hand (`texts`)."""
    package = dataset.package
    foreign = [e for e in current_extras if e["key"] not in EXTRA_KEYS]
    extras = {**package["extras"], WRITTEN_EXTRA: texts.record}
    return {**texts.fields,
            **{key: package[key] for key in ("owner_org", "license_id", "maintainer",
                                             "maintainer_email")},
            "tags": [{"name": tag} for tag in package["tags"]],
            "extras": foreign + [{"key": k, "value": v} for k, v in extras.items()],
            "state": "active"}


def _extras(package: dict) -> dict:
    return {e["key"]: e["value"] for e in package.get("extras", [])}


def _package_view(current: dict) -> dict:
    """The part of a CKAN dataset the platform manages, shaped like _desired_view."""
    return {
        **{key: current.get(key) or "" for key in ("title", "notes", "license_id", "maintainer",
                                                  "maintainer_email")},
        "owner_org": (current.get("organization") or {}).get("name"),
        "tags": sorted(t["name"] for t in current.get("tags", [])),
        "extras": {k: v for k, v in _extras(current).items() if k in EXTRA_KEYS},
        "state": current.get("state"),
    }


def _desired_view(dataset: Dataset, texts: Texts) -> dict:
    fields = _package_fields(dataset, [], texts)
    return {**{key: fields[key] for key in ("title", "notes", "license_id", "maintainer",
                                           "maintainer_email", "owner_org", "state")},
            "tags": sorted(dataset.package["tags"]),
            "extras": {e["key"]: e["value"] for e in fields["extras"]}}


def _ensure_resources(catalog: Catalog, dataset: Dataset, current: dict) -> bool:
    """Upload new or changed files, fix changed metadata, drop what is not wanted (also
    duplicates an interrupted run may have left); returns whether anything was written."""
    wrote = False
    existing: dict[str, dict] = {}
    for resource in current.get("resources", []):
        key = resource.get("swdp_file")
        if key in existing or key not in {r.key for r in dataset.resources}:
            catalog.call("resource_delete", id=resource["id"])
            wrote = True
        else:
            existing[key] = resource
    placed: dict[str, dict] = {}  # key -> the resource as CKAN has it now
    created = []
    with TemporaryDirectory(prefix="swdp-publish-") as copies:
        for wanted in dataset.resources:
            if (csv := described_csv(wanted)) in placed:  # the CSV comes first (FORMATS)
                wanted = portal_copy(wanted, placed[csv]["url"], Path(copies))
            have = existing.get(wanted.key)
            if have is None:
                have = catalog.call("resource_create", upload=wanted.path,
                                    upload_name=wanted.upload_name, package_id=current["id"],
                                    **wanted.fields, already_done=lambda w=wanted: _find_resource(
                                        catalog, current["id"], w.key))
                created.append(have["id"])
                wrote = True
            elif (have.get("hash") != wanted.fields["hash"]
                  or file_name(have.get("url", "")) != wanted.upload_name):
                # Also a file CKAN has by another name (kusel.csv before the portal named
                # files by their dataset; kusel-liesmich.txt, lowercased by CKAN before the
                # portal plugin kept upload names): uploaded again, it gets its name.
                have = catalog.call("resource_patch", upload=wanted.path,
                                    upload_name=wanted.upload_name, id=have["id"], **wanted.fields)
                wrote = True
            elif any(have.get(k) != v for k, v in wanted.fields.items()):
                have = catalog.call("resource_patch", id=have["id"], **wanted.fields)
                wrote = True
            placed[wanted.key] = have
    order = [have["id"] for have in placed.values()]
    # CKAN appends new resources; the order citizens see is the order of FORMATS.
    kept = [r["id"] for r in current.get("resources", []) if r["id"] in order]
    if kept + created != order:
        catalog.call("package_resource_reorder", id=current["id"], order=order)
        wrote = True
    return wrote


def _find_resource(catalog: Catalog, package_id: str, key: str) -> dict | None:
    package = catalog.call("package_show", id=package_id)
    return next((r for r in package.get("resources", []) if r.get("swdp_file") == key), None)


def _withdraw(catalog: Catalog, cluster: Cluster, wanted: set[str],
              members: list[str] | None, datasets: list[str] | None):
    """Mark the platform's datasets deleted that are no longer in the desired state."""
    for name in catalog.call("package_list"):
        if name in wanted or not _OWN_NAME.match(name):
            continue
        package = _find(catalog, "package_show", name)
        extras = _extras(package or {})
        if (not package or package.get("state") != "active"
                or extras.get(MARKER) != cluster.ckan_organization
                or not in_scope(extras, members, datasets)):
            continue
        reason = _withdrawal_reason(cluster, package, extras)
        stamp = datetime.now(BERLIN).strftime("%d.%m.%Y %H:%M")
        catalog.call("package_patch", id=package["id"], state="deleted", extras=[
            *[e for e in package["extras"] if e["key"] != WITHDRAWN],
            {"key": WITHDRAWN, "value": f"Zurückgezogen am {stamp}: {reason}"}])
        yield name, package.get("title") or name, reason


def _withdrawal_reason(cluster: Cluster, package: dict, extras: dict) -> str:
    """Why a dataset left the catalogue, as its page shows it: in the words of its readers
    (a member removed from cluster.yaml by the title its CKAN organisation still has: its
    name went with its entry; by its key only where the dataset has no organisation)."""
    scope, dataset = extras.get("swdp_scope"), extras.get("swdp_dataset")
    if scope != CLUSTER_SCOPE and scope not in cluster.members:
        member = (package.get("organization") or {}).get("title") or scope
        return f"Mitglied „{member}“ ist nicht mehr in cluster.yaml eingetragen"
    if scope in cluster.members and dataset not in cluster.members[scope].sources:
        return (f"für „{load_schema(dataset).title}“ ist bei {cluster.member_name(scope)} "
                f"keine Quelle mehr eingetragen")
    return "keine Exportdatei mehr vorhanden"


__all__ = ["NOT_CONFIGURED", "CatalogError", "PublishSummary", "ckan_url", "configured_catalog",
           "publish"]
