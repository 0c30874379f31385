"""Löschfristen and the erasure of one record (Art. 17 DSGVO) from what the platform keeps.

Retention (`privacy` in cluster.yaml): a member's archived deliveries older than
`raw_retention_days` are deleted when the next one is archived (`expire_archive`), except
the newest of each member × dataset, which the lake holds the current state of and the
next run compares a delivery with; mails in the outbox, refused files (`abgelehnt/` in the
inbox and of uploads) and logs older than `file_retention_days` by `expire_files`; the
personal fields of records withdrawn longer ago than `withdrawn_retention_days` by
`expire_withdrawn`; the online geocoder's answers older than `raw_retention_days` to
addresses of no record in the lake by `expire_geocode_answers`. The clerks' uploads in CKAN
follow the archive's Löschfrist in `catalog.privacy`.

`expire` applies all of them at once: what `swdp privacy expire` and the daily Dagster
schedule `datenschutz_loeschfristen` call.

Erasure (`erase_record`): a member's record, named by its own id, leaves the lake (current or
withdrawn), the rejected rows, the reports and outbox mails naming it as a rejected row, and
the archive: every archived delivery holding it is deleted, and the online geocoder's cached
answers to its address, unless another record in the lake has the same address. The
register of erasures keeps it out of later deliveries. The warehouse, exports and catalogue follow from the lake (the
command `swdp privacy erase` refreshes them).
"""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from connectors import connector_for, read_delivery
from connectors.delivery import Delivery, DeliveryError
from pipelines.core.cluster import RETENTION_KEYS, Cluster
from pipelines.core.german import counted, german_number
from pipelines.core.german import rows as german_rows
from pipelines.core.locks import exclusive
from pipelines.core.settings import Settings
from pipelines.ingest.archive import archived_deliveries
from pipelines.ingest.columns import map_columns
from pipelines.geocoding.online import cached_before, forget, queries_of
from pipelines.ingest.normalise import normalise
from pipelines.storage.lake import partition_path, record_ids
from pipelines.storage.privacy import (drop_from_lake, drop_from_rejects, forget_withdrawn_contacts,
                                       register_erasure, rejected_rows)
from pipelines.storage.warehouse import refresh
from schemas import DATASET_KEYS, load_schema

DAY = timedelta(days=1)


@dataclass
class Erasure:
    record_id: str
    lake: int = 0          # records removed from the lake
    rejects: int = 0       # rejected rows removed
    archived: list[Path] = field(default_factory=list)  # archived deliveries deleted
    files: list[Path] = field(default_factory=list)     # reports and outbox mails deleted
    still_delivered: bool = False  # the member's source still holds it
    geocode_answers: int = 0   # the online geocoder's cached answers to its address deleted
    address_shared: bool = False  # kept: another record in the lake has the same address


def erase_record(settings: Settings, cluster: Cluster, dataset: str, member: str,
                 source_id: str, now: datetime | None = None) -> Erasure:
    """Erase the member's record with its own id `source_id` from everything the ingestion
    keeps, under the partition's lock (no ingestion of it in between)."""
    schema = load_schema(dataset)
    source = cluster.member(member).sources.get(dataset)
    record_id = record_ids(pd.DataFrame({"source_id": [source_id]}), schema, member).iloc[0]
    erasure, addresses = Erasure(record_id), set()  # the addresses it was geocoded by
    id_columns = [name for name in ((source.mapping.get("source_id") if source else None),
                                    "source_id", schema.field("source_id").label)
                  if isinstance(name, str)]
    with exclusive(settings, f"lake-{dataset}-{member}"):
        # first in the register: from here on no delivery brings the record back
        register_erasure(settings, {
            "record_id": record_id, "municipality": member, "dataset": dataset,
            "erased_at": (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")})
        # the configured source (a file here) still holding the record: the member must remove it
        at_source = (delivered_records(source.location, source, cluster)
                     if source and not source.remote and source.location.is_file() else {})
        erasure.still_delivered = record_id in at_source
        holding = []  # archived deliveries with the record; the addresses it had there
        for archived in archived_deliveries(settings.raw_dir / member / dataset):
            delivered = delivered_records(archived.path, source, cluster) if source else {}
            if record_id in delivered:
                holding.append(archived.path)
                addresses.add(delivered[record_id])
        addresses.add(at_source.get(record_id))
        # a record only ever rejected: its rows as delivered may be all that is left of it
        # (the archive copy gone with another erasure or its Löschfrist, the source replaced)
        rejected = rejected_rows(settings, dataset, member, source_id, id_columns)
        if source and rejected:
            rows = list(rejected.values())
            addresses.update(_addresses_of(Delivery(Path(source.dataset), list(rows[0]), rows,
                                                    list(rejected)), source, cluster).values())
        # before the record leaves the lake: an erasure the cache stops is repeated in full
        addresses.add(_lake_addresses(settings, dataset, member, {record_id}).get(record_id))
        addresses.discard(None)
        shared = addresses & _addresses_in_lake(settings, but=record_id)
        erasure.address_shared = bool(shared)
        erasure.geocode_answers = forget(settings, addresses - shared)
        erasure.lake = drop_from_lake(settings, dataset, member, record_id)
        refs = drop_from_rejects(settings, dataset, member, source_id, id_columns)
        erasure.rejects = len(refs)
        for path in holding:
            forget_delivery(path)
            erasure.archived.append(path)
    named = re.compile("|".join(re.escape(ref) + r"(?!\d)" for ref in sorted(refs))) if refs else None
    if named:
        for path in [*sorted((settings.reports_dir / member).glob(f"{dataset}.*")),
                     *sorted(settings.outbox_dir.glob("*.eml"))]:
            if named.search(_text(path)):
                path.unlink()
                erasure.files.append(path)
    return erasure


def set_aside_erased(values: pd.DataFrame, schema, erased: set[str]) -> list[int]:
    """The positions of a delivery's rows of records erased on request, by `record_id`; their
    addresses blanked first: sent to no online geocoder, kept in no cache of its answers."""
    rows = values["record_id"].isin(erased).to_numpy()
    if rows.any():
        values.loc[rows, [f.name for f in schema.address_fields]] = None
    return np.flatnonzero(rows).tolist()


def erased_note(refs: list[str]) -> str:
    """The run's note (and the member's mail) on rows of erased records, named without their
    values: what the member is to delete, and why the delivery is not archived."""
    return (f"{german_rows(len(refs))} nicht übernommen: auf Antrag gelöscht (Art. 17 DSGVO) – "
            f"bitte auch im eigenen Bestand löschen und aus der Lieferung entfernen: "
            f"{', '.join(refs)}. Diese Lieferung bewahrt die Plattform deshalb nicht im "
            f"Archiv auf (Prüfsumme und Eingang stehen im Protokoll des Laufs).")


def forget_delivery(path: Path) -> None:
    """Delete the archived copy of a delivery that still held erased records, once it is
    ingested: the platform may not keep them (Art. 17 DSGVO), and a redacted copy would no
    longer be the delivery as received. The run's journal keeps its SHA-256 and arrival."""
    path.chmod(0o600)  # archived read-only
    path.unlink(missing_ok=True)


def delivered_records(path: Path, source, cluster: Cluster) -> dict[str, str | None]:
    """The record ids of a delivery with the address each was geocoded by, read as the
    ingestion reads it (no geocoding, no checks)."""
    try:
        delivery = read_delivery(path, connector_for(path, source.connector), source.options)
    except DeliveryError:  # a file no run could read holds no record of the lake
        return {}
    return _addresses_of(delivery, source, cluster)


def _addresses_of(delivery: Delivery, source, cluster: Cluster) -> dict[str, str | None]:
    """The record ids of a delivery's rows with the address each was geocoded by."""
    schema = load_schema(source.dataset)
    mapped, _ = map_columns(delivery, schema, source.mapping, cluster.member(source.member).name)
    values, _ = normalise(mapped, schema, source.options)
    return dict(zip(record_ids(values, schema, source.member), queries_of(values)))


def _lake_addresses(settings: Settings, dataset: str, member: str,
                    only: set[str] | None = None) -> dict[str, str]:
    """Per record id of the member's lake partition (`only` these) its address as geocoded."""
    path = partition_path(settings.lake_dir, dataset, member)
    wanted = ["record_id", *(f.name for f in load_schema(dataset).address_fields)]
    if not path.is_file() or len(wanted) == 1:
        return {}
    table = pq.read_table(path, columns=wanted)
    if only is not None:
        table = table.filter(pc.is_in(table["record_id"], pa.array(sorted(only))))
    frame = table.to_pandas()
    return {record: address for record, address in zip(frame["record_id"], queries_of(frame))
            if address is not None}


def _addresses_in_lake(settings: Settings, but: str) -> set[str]:
    """The addresses of every record in the lake (current or withdrawn) except `but`."""
    return {address for dataset in DATASET_KEYS for member in _members(settings, dataset)
            for record, address in _lake_addresses(settings, dataset, member).items()
            if record != but}


def _members(settings: Settings, dataset: str) -> list[str]:
    return [folder.name.removeprefix("municipality=")
            for folder in sorted((settings.lake_dir / dataset).glob("municipality=*"))]


def _text(path: Path) -> str:
    """A file's text; of a mail, its decoded parts (quoted-printable hides „Zeile 41 (…)“)."""
    if path.suffix != ".eml":
        return path.read_text(encoding="utf-8", errors="replace")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return "\n".join(part.get_content() for part in message.walk()
                     if part.get_content_maintype() == "text")


@dataclass
class Expiry:
    configured: bool       # any Löschfrist set in cluster.yaml
    deleted: list[Path]    # archived deliveries, mails, refused files, logs
    contacts_emptied: int  # withdrawn records whose personal fields were emptied
    # the clerks' uploads deleted in CKAN (catalog.privacy); None: no CKAN configured
    uploads: list[str] | None = None
    catalog_problem: str = ""  # why the uploads in CKAN were not looked at
    geocode_answers: int = 0  # cached answers to addresses of no record deleted

    @property
    def summary(self) -> str:
        """What was done, in a line (the command's output, the schedule's run)."""
        if not self.configured:
            return "Keine Löschfristen eingestellt (privacy in cluster.yaml) – nichts gelöscht."
        records = counted(self.contacts_emptied, "zurückgezogenem Datensatz",
                          "zurückgezogenen Datensätzen")
        done = (f"Löschfristen angewendet: {counted(len(self.deleted), 'Datei', 'Dateien')} "
                f"gelöscht, personenbezogene Felder von {records} geleert.")
        if self.geocode_answers:
            done += (f" Gespeicherte Antworten des Online-Geocoders zu Anschriften ohne "
                     f"Datensatz: {german_number(self.geocode_answers)} gelöscht.")
        if self.uploads is not None:
            uploads = counted(len(self.uploads), "hochgeladene Lieferung",
                              "hochgeladene Lieferungen")
            done += f" In CKAN {uploads} gelöscht."
        if self.catalog_problem:
            done += (f" Die hochgeladenen Lieferungen in CKAN sind nicht geprüft: "
                     f"{self.catalog_problem} Bitte `swdp privacy expire` wiederholen.")
        return done


def expire(settings: Settings, cluster: Cluster, now: datetime | None = None) -> Expiry:
    """Apply every Löschfrist of cluster.yaml; the warehouse follows the lake where
    contacts were emptied."""
    deleted = [path for source in cluster.sources()
               for path in expire_archive(settings, cluster, source.member, source.dataset, now)]
    deleted += expire_files(settings, cluster, now)
    if forgotten := expire_withdrawn(settings, cluster, now):
        refresh(settings)  # the warehouse's records follow the lake
    return Expiry(any(key in cluster.privacy for key in RETENTION_KEYS), deleted, forgotten,
                  geocode_answers=expire_geocode_answers(settings, cluster, now))


def expire_geocode_answers(settings: Settings, cluster: Cluster,
                           now: datetime | None = None) -> int:
    """Forget the online geocoder's answers fetched longer ago than `raw_retention_days` to
    addresses no record in the lake has (current or withdrawn): those of rows only ever
    rejected. Once the deliveries holding such a row are past the archive's Löschfrist,
    nothing links its address to a record an erasure could name. How many answers."""
    days = cluster.privacy.get("raw_retention_days")
    if not days:
        return 0
    unused = (cached_before(settings, (now or datetime.now(timezone.utc)) - days * DAY)
              - _addresses_in_lake(settings, but=""))
    return forget(settings, unused) if unused else 0


def expire_archive(settings: Settings, cluster: Cluster, member: str, dataset: str,
                   now: datetime | None = None) -> list[Path]:
    """Delete the member's archived deliveries of the dataset older than the Löschfrist
    `raw_retention_days`, except the newest; the deleted files."""
    days = cluster.privacy.get("raw_retention_days")
    if not days:
        return []
    limit = (now or datetime.now(timezone.utc)) - days * DAY
    older = archived_deliveries(settings.raw_dir / member / dataset)[:-1]
    expired = [archived.path for archived in older if archived.received_at < limit]
    for path in expired:
        path.chmod(0o600)
        path.unlink()
    return expired


def expire_withdrawn(settings: Settings, cluster: Cluster, now: datetime | None = None) -> int:
    """Empty the personal fields of records withdrawn longer ago than the Löschfrist
    `withdrawn_retention_days`, in every lake partition; how many records."""
    days = cluster.privacy.get("withdrawn_retention_days")
    if not days:
        return 0
    before = (now or datetime.now(timezone.utc)) - days * DAY
    count = 0
    for source in cluster.sources():
        with exclusive(settings, f"lake-{source.dataset}-{source.member}"):
            count += forget_withdrawn_contacts(settings, source.dataset, source.member, before)
    return count


def expire_files(settings: Settings, cluster: Cluster, now: datetime | None = None) -> list[Path]:
    """Delete mails in the outbox, refused files in the inbox and of uploads, and logs older
    than the Löschfrist `file_retention_days`; the deleted files."""
    days = cluster.privacy.get("file_retention_days")
    if not days:
        return []
    limit = ((now or datetime.now(timezone.utc)) - days * DAY).timestamp()
    # refused uploads are set aside like refused inbox files, report (with the rejected
    # values it quotes) beside them
    candidates = [*settings.outbox_dir.glob("*.eml"), *settings.inbox_dir.glob("*/*/abgelehnt/*"),
                  *settings.uploads_dir.glob("*/*/abgelehnt/*"), *settings.logs_dir.glob("*")]
    expired = sorted(path for path in candidates
                     if path.is_file() and path.stat().st_mtime < limit)
    for path in expired:
        path.unlink()
    return expired
