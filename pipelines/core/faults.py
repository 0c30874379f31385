"""Faults of the surroundings — a full disk, a read-only or foreign folder, a lock held too
long — as one German line that says what to do. The CLI shows that line (and logs the
traceback), the Dagster assets fail with it; stored data is never touched by such a fault,
because every write goes to a temporary file first.
"""
from __future__ import annotations

import errno
import getpass
import os
import re
from dataclasses import dataclass
from pathlib import Path

from pipelines.core.cluster import ConfigError

STORAGE = "storage"   # disk full, read-only, no permission: the operator must act
BUSY = "busy"         # someone else holds the data: try again later
CONFIGURATION = "configuration"  # cluster.yaml names what does not exist: its operator corrects it


class Blocked(Exception):
    """Another process holds what this one needs; the message is German and says why."""


@dataclass(frozen=True)
class Fault:
    kind: str
    message: str


_UNCHANGED = "bereits gespeicherte Daten sind unverändert"
_FULL = ("Kein Speicherplatz mehr für {where} – Platz auf dem Datenträger schaffen und den Lauf "
         "wiederholen; " + _UNCHANGED + ".")
_READ_ONLY = ("{where} ist schreibgeschützt – den Datenordner beschreibbar einhängen oder "
              "SWDP_DATA_DIR auf einen beschreibbaren Ordner setzen; " + _UNCHANGED + ".")
_FORBIDDEN = ("Keine Berechtigung für {where} – Besitzer und Rechte des Datenordners prüfen "
              "(swdp läuft als Benutzer „{user}“); " + _UNCHANGED + ".")
# (pattern in the error text, errno, kind, German sentence with {where}: what was written
# there, or {place}: the place alone)
_KNOWN = [
    (r"No space left|database or disk is full|Disk quota exceeded|File too large",
     (errno.ENOSPC, errno.EDQUOT, errno.EFBIG), STORAGE, _FULL),
    (r"Read-only file system", (errno.EROFS,), STORAGE, _READ_ONLY),
    (r"Permission denied|Operation not permitted", (errno.EACCES, errno.EPERM), STORAGE, _FORBIDDEN),
    (r"database is locked", (), BUSY,
     "Die Dagster-Datenbank in {place} ist durch einen anderen Lauf belegt – den Lauf später "
     "wiederholen; " + _UNCHANGED + "."),
]
# SQLite names the symptom, not the cause (a full disk is a "disk I/O error"): the folder is
# examined instead.
_UNSPECIFIC = r"disk I/O error|unable to open database file|readonly database"


def explain(error: BaseException, where: str) -> Fault | None:
    """The fault behind `error` (its causes included), or None when it is none of these.
    `where` names the place when the error itself names no file."""
    named = None
    for cause in _chain(error):
        if isinstance(cause, Blocked):
            return Fault(BUSY, str(cause))
        if isinstance(cause, ConfigError):
            return Fault(CONFIGURATION, f"Konfiguration nicht verwendbar: {cause}")
        if isinstance(cause, OSError) and cause.filename:
            where = named = str(cause.filename)
        # Only Dagster's storage (run and event logs) is reached through SQLAlchemy; its
        # errors name neither the file nor what was written.
        elif type(cause).__module__.startswith("sqlalchemy") and named is None:
            named = f"die Dagster-Datenbank (Lauf- und Ereignisprotokolle) in {where}"
    return explain_text(_text(error), where, _errnos(error), named)


def explain_text(text: str, where: str, errnos: set[int] = frozenset(),
                 named: str | None = None) -> Fault | None:
    """The same for an error known only as text (a failed Dagster step); `named` says what
    was written at `where` in the message, if not `where` itself."""
    said = named or where
    for pattern, numbers, kind, sentence in _KNOWN:
        if re.search(pattern, text, re.IGNORECASE) or errnos & set(numbers):
            return Fault(kind, sentence.format(where=said, place=where, user=getpass.getuser()))
    if re.search(_UNSPECIFIC, text, re.IGNORECASE):
        return Fault(STORAGE, _examined(where).format(where=said, user=getpass.getuser()))
    return None


def _examined(where: str) -> str:
    """Why a folder cannot be written: mounted read-only, full, or not ours."""
    folder = Path(where or ".").absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    state = os.statvfs(folder)
    if state.f_flag & os.ST_RDONLY:
        return _READ_ONLY
    if state.f_bavail * state.f_frsize < 2**20:
        return _FULL
    if not os.access(folder, os.W_OK):
        return _FORBIDDEN
    return ("Ein-/Ausgabefehler in {where} – Datenträger prüfen und den Lauf wiederholen; "
            + _UNCHANGED + ".")


def _chain(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        # SQLAlchemy keeps the driver's error in .orig
        error = error.__cause__ or error.__context__ or getattr(error, "orig", None)


def _text(error: BaseException) -> str:
    return " | ".join(f"{type(e).__name__}: {e}" for e in _chain(error))


def _errnos(error: BaseException) -> set[int]:
    return {e.errno for e in _chain(error) if isinstance(e, OSError) and e.errno}
