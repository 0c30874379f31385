"""What a test compares to see that a rerun wrote nothing."""
from __future__ import annotations

import os
from pathlib import Path


def data_files(data_dir: Path, *history: str) -> dict[str, tuple[int, int]]:
    """Every file and folder under the data folder with size and mtime, but the top-level
    folders named in `history` and the run bookkeeping (locks name the run that last held
    them)."""
    found = {}
    for folder, _dirs, names in os.walk(data_dir):
        relative = os.path.relpath(folder, data_dir)
        if relative.split(os.sep)[0] in (*history, "locks"):
            continue
        for name in [".", *names]:
            stat = os.stat(os.path.join(folder, name))
            found[os.path.join(relative, name)] = (stat.st_size, stat.st_mtime_ns)
    return found
