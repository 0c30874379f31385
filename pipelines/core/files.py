"""Atomic files: readers never see a half-written file (ARCHITECTURE invariant 5).

A temporary file is named `.<name>.<pid>.<random>.part`, so a later process can tell the
leftovers of a killed writer (its process is gone) from the work of one still running.
Files are readable as the umask allows (exports and reports 0644 under umask 022); files
holding personal data are written `private`, for their owner only (0600).
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

PRIVATE = 0o600
# `.<name>.<pid>.<random>.part`, and the logs kept beside a database being built: DuckDB's
# `.wal`, SQLite's `-journal`, `-wal` and `-shm` (a GeoPackage is an SQLite database).
_PART = re.compile(r"^\..+\.(\d+)\.[^.]+\.part(\.wal|-journal|-wal|-shm)?$")


def atomic_write(path: Path, write, private: bool = False) -> None:
    """Let `write(partial_path)` fill a temporary file next to `path`, then rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, partial = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part",
                                           dir=path.parent)
    os.close(descriptor)
    try:
        write(partial)
        # mkstemp creates 0600; the final file gets the mode a plain open() would give it.
        os.chmod(partial, PRIVATE if private else 0o666 & ~current_umask())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's umask (reading it means setting it; the old value goes straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete the temporary files below `folder` whose writing process no longer runs (left
    by a killed or crashed run); returns them. Files of running writers stay."""
    removed = []
    for path in folder.rglob(".*.part*") if folder.is_dir() else ():
        match = _PART.match(path.name)
        if match and not process_running(int(match.group(1))):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def process_running(pid: int) -> bool:
    """Whether a process with this id runs on this machine (0 and below: none)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
