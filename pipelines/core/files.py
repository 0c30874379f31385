"""Atomic files: readers never see a half-written file (ARCHITECTURE invariant 5).

A temporary file is named `.<name>.<pid>.<random>.part`, so a later process can tell the
leftovers of a killed writer (its process is gone) from the work of one still running.
Files are readable as the umask allows (exports and reports 0644 under umask 022); files
holding personal data are written `private`, for their owner only (0600).

A rename is atomic, not durable: after a power cut the file system may hold the new name
with none of the data behind it. Files that are the platform's record (`durable`) are synced
to disk before they take their name, and their folder after: the raw archive, whose copy is
all that is left of a delivery once the inbox has let go of the member's file (ARCHITECTURE
invariant 2, nothing delivered is ever lost), the lake, the state with first and last
seen and withdrawals that only reprocessing every delivery in order could rebuild, and the end
of a run (`pipelines.ingest.completion`, through `write_record`): its quality results, the
marker of its delivery and its journal. A journal standing without its marker would have the
delivery ingested twice; the quality results are never written again (the next run of the
delivery finds it unchanged), and an empty one would break every later check of its partition.
Exports and reports are made again by the next run and skip the cost.
"""
from __future__ import annotations

import filecmp
import json
import os
import re
import tempfile
from pathlib import Path

PRIVATE = 0o600
# `.<name>.<pid>.<random>.part`, and the logs kept beside a database being built: DuckDB's
# `.wal`, SQLite's `-journal`, `-wal` and `-shm` (a GeoPackage is an SQLite database).
_PART = re.compile(r"^\..+\.(\d+)\.[^.]+\.part(\.wal|-journal|-wal|-shm)?$")


def atomic_write(path: Path, write, private: bool = False, durable: bool = False,
                 keep_unchanged: bool = False) -> bool:
    """Let `write(partial_path)` fill a temporary file next to `path`, then rename it;
    `durable`: on disk once this returns (see above); `keep_unchanged`: a file that already
    holds exactly these bytes is left alone, keeping its modification time, so whatever goes
    by it – a feed reader, a sync to the web server, the reruns benchmark – sees that nothing
    changed. True if the file was (re)written."""
    created = [folder for folder in (path.parent, *path.parent.parents) if not folder.exists()]
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, partial = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part",
                                           dir=path.parent)
    os.close(descriptor)
    try:
        write(partial)
        if keep_unchanged and path.is_file() and filecmp.cmp(partial, path, shallow=False):
            Path(partial).unlink()
            return False
        # mkstemp creates 0600; the final file gets the mode a plain open() would give it.
        os.chmod(partial, PRIVATE if private else 0o666 & ~current_umask())
        if durable:
            _sync(partial)  # the data, before a name points at it
        os.replace(partial, path)
    except BaseException as error:
        Path(partial).unlink(missing_ok=True)
        if isinstance(error, OSError) and error.filename in (None, partial):
            # A write that found the disk full names no file (or the temporary one): the
            # German message names the file that was not written.
            raise OSError(error.errno, error.strerror or str(error), str(path)) from error
        raise
    if durable:
        # the new name, and the entries of folders made for it (oldest last: each is named
        # in its parent)
        for folder in [path.parent, *(folder.parent for folder in created)]:
            _sync(folder)
    return True


def write_record(path: Path, content: dict, private: bool = False) -> None:
    """A JSON file that is the platform's record of a run: atomic and durable."""
    atomic_write(path, lambda partial: Path(partial).write_text(
        json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8"),
        private=private, durable=True)


def _sync(path: Path | str) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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
