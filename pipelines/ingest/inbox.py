"""The inbox: members drop a delivery into <data>/inbox/<member>/<dataset>/ themselves.

A file there is ingested with that member's configured source for the dataset – its
connector options and column mapping – only the location is the dropped file. An accepted
delivery – also one identical to the last accepted, which is not read again – leaves the
inbox (the raw archive keeps it); an unusable one moves to
`abgelehnt/` beside it, with the German report as a text file next to it, so the clerk
finds both where they put the file. A file rejected because its columns fit another dataset
of the member (a vacancies list in events/) says which folder it belongs in.
"""
from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from connectors import DeliveryError, connector_for, names_fields, read_delivery
from connectors.remote import file_format
from pipelines.core.cluster import INBOX, UPLOAD, Cluster, Source
from pipelines.core.faults import Blocked
from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings
from pipelines.ingest.completion import IngestResult, record_run
from pipelines.ingest.delivery import FAILED, UNCHANGED, ingest_source
from pipelines.ingest.columns import map_columns
from schemas import DATASET_KEYS, load_schema

REJECTED_FOLDER = "abgelehnt"
# A file still being copied (a share, an upload) must not be read half-written: it is taken
# only once it has not changed for this long.
SETTLE_SECONDS = 2.0
# What Windows, Office and copy tools put beside a delivery while it is open or on its way
# (Excel's owner file „~$liste.xlsx“, „Thumbs.db“, WinSCP's „.filepart“): never a
# delivery, so left alone instead of being rejected with a mail to the member.
NOT_A_DELIVERY = re.compile(r"^~|\.(tmp|temp|part|partial|filepart|crdownload|download)$"
                            r"|^(thumbs\.db|desktop\.ini)$", re.IGNORECASE)
# The outcomes that take a file from the inbox: read now, or the same bytes read before.
ACCEPTED = ("ok", UNCHANGED)


@dataclass(frozen=True)
class InboxFile:
    member: str
    dataset: str
    path: Path
    arrival: str = INBOX  # or UPLOAD: a file a clerk uploaded to CKAN, downloaded to a folder

    @property
    def key(self) -> str:
        """Identifies this version of the file (a sensor's run key)."""
        stat = self.path.stat()
        return f"{self.member}/{self.dataset}/{self.path.name}@{stat.st_mtime_ns}:{stat.st_size}"


def create_inbox_folders(settings: Settings, cluster: Cluster) -> None:
    """The folders of the configured sources (idempotent), so that a member's clerk finds
    where to put a file before the first run of the sensor. Mode as the umask gives, like
    every folder of the data folder."""
    for member in cluster.members.values():
        for dataset in member.sources:
            (settings.inbox_dir / member.key / dataset).mkdir(parents=True, exist_ok=True)


def waiting(settings: Settings, cluster: Cluster, now: float | None = None) -> list[InboxFile]:
    """Settled files in the members' inbox folders, oldest first (the folders of a source
    added to the configuration since are created). A file a run takes away meanwhile is
    not among them."""
    now = time.time() if now is None else now
    create_inbox_folders(settings, cluster)
    found = []
    for member in cluster.members.values():
        for dataset in DATASET_KEYS:
            folder = settings.inbox_dir / member.key / dataset
            if folder.is_dir():
                for path in folder.iterdir():
                    if path.name.startswith(".") or NOT_A_DELIVERY.search(path.name):
                        continue
                    try:
                        stat = path.stat()
                    except FileNotFoundError:
                        continue
                    if path.is_file() and now - stat.st_mtime >= SETTLE_SECONDS:
                        found.append((stat.st_mtime, InboxFile(member.key, dataset, path)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def inbox_source(cluster: Cluster, item: InboxFile) -> Source:
    """The member's source for the dataset with the dropped file as its location."""
    member = cluster.member(item.member)
    configured = member.sources.get(item.dataset)
    if configured is None:
        raise DeliveryError(item.path, f"Für {member.name} ist keine Quelle „{item.dataset}“ "
                                       f"eingerichtet – bitte die Datenstelle des Clusters "
                                       f"({cluster.data_office}) fragen")
    return delivered_as(configured, item.path, item.arrival)


def delivered_as(configured: Source, path: Path, arrival: str = INBOX) -> Source:
    """The source with a delivered file as its location (the inbox, `swdp check`). A file in
    another format than the configured one is read with the connector of its ending (with
    the mapping, but without the options of the configured format; a calendar, XPlanGML or
    schema.org file names its fields itself, so only the mapping's fixed values stay – its
    columns, as „Datum + bis [Ende]“, would name columns the file has not)."""
    connector = connector_for(path, file_format(configured.connector, configured.options, path))
    if connector != configured.connector:
        mapping = configured.mapping if not names_fields(connector) else {
            name: spec for name, spec in configured.mapping.items() if isinstance(spec, dict)}
        return replace(configured, location=path, connector=connector, options={},
                       mapping=mapping, arrival=arrival)
    return replace(configured, location=path, arrival=arrival)


def fitting_dataset(cluster: Cluster, item: InboxFile) -> str | None:
    """The member's other dataset whose columns the file has – matched as an ingestion
    matches them (`map_columns`: the source's mapping, else the schema's names and labels) –
    when its own dataset's do not fit; of several, the one most fields are found for. None
    when the file fits its own dataset, fits none or cannot be read."""
    found = {}
    for dataset, configured in cluster.member(item.member).sources.items():
        try:
            source = delivered_as(configured, item.path, item.arrival)
            frame, _ = map_columns(read_delivery(item.path, source.connector, source.options),
                                   load_schema(dataset), source.mapping)
        except DeliveryError:  # a required column missing, or unreadable this way
            continue
        fixed = {name for name, spec in source.mapping.items() if isinstance(spec, dict)}
        found[dataset] = len(set(frame.columns) - fixed)
    if item.dataset in found or not found:
        return None
    best = max(found.values())
    fits = [dataset for dataset, fields in found.items() if fields == best]
    return fits[0] if best and len(fits) == 1 else None


def wrong_folder_hint(dataset: str, arrival: str) -> str:
    """The German hint for a file whose columns fit `dataset` (see `fitting_dataset`)."""
    where = f"in die Ressource „{dataset}“" if arrival == UPLOAD else f"in den Ordner {dataset}/"
    return f"Die Spalten passen zu „{load_schema(dataset).title}“ – gehört die Datei {where}?"


class StillWritten(Blocked):
    """The dropped file changed while it was read: its copy was still going on (German)."""


def ingest_inbox_file(settings: Settings, cluster: Cluster, item: InboxFile, run_id: str,
                      report_text: Callable[[IngestResult], str]) -> IngestResult:
    """Ingest one dropped file and clear it from the inbox. `report_text(result)` words the
    German report that goes beside a rejected file. A file that changed meanwhile stays
    where it is (StillWritten): a copy that stalled for longer than the sensor looks and
    then went on would otherwise be deleted or moved complete, with only its first part
    read – the rest of the delivery lost and the records it holds withdrawn."""
    version = _version(item.path)
    try:
        result = ingest_source(settings, cluster, inbox_source(cluster, item), run_id=run_id)
    except DeliveryError as error:  # no source for the dataset, or an ending we cannot read
        result = record_run(settings, IngestResult(
            run_id=run_id, dataset=item.dataset, municipality=item.member, source=item.path.name,
            status=FAILED, started_at=datetime.now(timezone.utc).isoformat(),
            finished_at="", message=str(error), arrival=item.arrival))
    if result.status == FAILED and (fitting := fitting_dataset(cluster, item)):
        result.message = f"{result.message}\n{wrong_folder_hint(fitting, item.arrival)}"
        result.belongs_in = fitting  # the request to deliver again names its folder
        record_run(settings, result)  # the journal (`swdp status`) gives the hint too
    if _version(item.path) != version:
        raise StillWritten(f"Die Datei {item.path} wurde noch geschrieben, während sie gelesen "
                           f"wurde – sie bleibt im Eingangsordner und wird eingelesen, sobald "
                           f"sie vollständig ist; das Mitglied bekommt dazu keine Mail.")
    if result.status in ACCEPTED:
        item.path.unlink()
    else:
        reject(item, report_text(result))
    return result


def _version(path: Path) -> tuple[int, int, int] | None:
    """Which bytes the path holds, as far as the file system tells (None: gone)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def reject(item: InboxFile, report: str) -> Path:
    """Move the file to abgelehnt/ (beside an older file of the same name it gets a time
    stamp) and write the report next to it."""
    folder = item.path.parent / REJECTED_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / item.path.name
    if target.exists():
        target = folder / f"{item.path.stem}-{datetime.now(BERLIN):%Y%m%d-%H%M%S}{item.path.suffix}"
    shutil.move(item.path, target)
    atomic_write(target.with_name(target.name + ".bericht.txt"),
                 lambda partial: Path(partial).write_text(report.rstrip("\n") + "\n",
                                                             encoding="utf-8"))
    return target
