"""The raw archive: every delivery kept as received, so any state can be rebuilt.

raw/<member>/<dataset>/<UTC timestamp>-<sha256>.<ext>, read-only once written and for the
platform's account only (deliveries hold personal data). A delivery
identical to the newest one archived is not archived again; its original timestamp is reused,
which keeps re-ingesting the same delivery free of effects.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from connectors.delivery import DeliveryError
from pipelines.core.files import atomic_write

_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class ArchivedDelivery:
    path: Path
    sha256: str
    received_at: datetime


def archive_delivery(raw_dir: Path, member: str, dataset: str, delivered: Path,
                     now: datetime | None = None, digest: str | None = None) -> ArchivedDelivery:
    """`digest`: the delivery's SHA-256 where the caller has just read it (a million-row
    file is not read twice for it). The copy is checked against it while it is made: a
    member overwriting the file since then must not leave an archive whose name names
    other bytes."""
    folder = raw_dir / member / dataset
    digest = digest or sha256_of(delivered)
    newest = latest(folder)
    if newest and newest.sha256 == digest:
        return newest
    received_at = now or datetime.now(timezone.utc)
    target = folder / f"{received_at.strftime(_STAMP)}-{digest}{delivered.suffix.lower()}"
    atomic_write(target, lambda partial: _copy_as(delivered, partial, digest), private=True,
                 durable=True)  # the inbox deletes the member's file once it is ingested
    target.chmod(0o400)
    return ArchivedDelivery(target, digest, received_at)


def latest(folder: Path) -> ArchivedDelivery | None:
    entries = archived_deliveries(folder)
    return entries[-1] if entries else None


def archived_deliveries(folder: Path) -> list[ArchivedDelivery]:
    """The deliveries archived in a member's dataset folder, oldest first."""
    entries = sorted(p for p in folder.glob("[0-9]*-*") if not p.name.endswith(".part")) \
        if folder.is_dir() else []
    return [_archived(path) for path in entries]


def _archived(path: Path) -> ArchivedDelivery:
    stamp, digest = path.stem.split("-", 1)
    return ArchivedDelivery(path, digest, datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc))


def _copy_as(delivered: Path, partial: str, digest: str) -> None:
    """Copy the delivery, hashing the bytes copied (one reading of the file for both)."""
    copied = hashlib.sha256()
    with open(delivered, "rb") as source, open(partial, "wb") as target:
        for block in iter(lambda: source.read(1 << 20), b""):
            copied.update(block)
            target.write(block)
    if copied.hexdigest() != digest:
        raise DeliveryError(delivered, "Die Datei wurde während der Übernahme verändert – bitte "
                                       "warten, bis sie vollständig geliefert ist, und den Lauf "
                                       "wiederholen")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
