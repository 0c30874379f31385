"""The raw archive, the lake, the quality results of an ingested delivery, its marker and the
run journal are synced to disk before and after their rename (a rename is atomic, not durable:
after a power cut the name may stand without its data); exports and reports are not, since the
next run makes them again. What the file system was asked to sync is seen by wrapping os.fsync: the
real call still runs."""
import os
from pathlib import Path

import pytest

from pipelines.core.files import atomic_write
from pipelines.ingest.delivery import ingest_source
from pipelines.ingest.unchanged import MARKER
from pipelines.quality.history import quality_journal_path
from pipelines.storage.lake import partition_path


@pytest.fixture
def synced(monkeypatch) -> list[Path]:
    """The files and folders os.fsync is called on, in order."""
    paths, fsync = [], os.fsync

    def recorded(descriptor):
        paths.append(Path(os.readlink(f"/proc/self/fd/{descriptor}")))
        return fsync(descriptor)

    monkeypatch.setattr(os, "fsync", recorded)
    return paths


def _partial_of(path: Path, final: Path) -> bool:
    """Whether `path` is a temporary file `atomic_write` made for `final`."""
    return path.parent == final.parent and path.name.startswith(f".{final.name}.{os.getpid()}.") \
        and path.name.endswith(".part")


def test_an_ingested_delivery_is_on_disk_in_archive_lake_quality_marker_and_journal_only(
        settings, cluster, synced):
    result = ingest_source(settings, cluster, cluster.member("kusel").sources["events"])
    assert result.status == "ok"
    [archived] = (settings.raw_dir / "kusel" / "events").iterdir()
    lake_file = partition_path(settings.lake_dir, "events", "kusel")
    marker = lake_file.with_name(MARKER)
    journal = settings.run_journal_path("events", "kusel", result.run_id)
    quality = quality_journal_path(settings, "events", "kusel", result.run_id)
    mine = [path for path in synced if path.is_relative_to(settings.data_dir)]
    # each file before its rename, then its folder, then the folders made for it, up to the
    # data folder (which the run made before: its lock files); the marker's folder is the
    # lake file's
    expected, starts = [], []
    for final in (archived, lake_file, quality, marker, journal):
        starts.append(next((i for i, path in enumerate(mine) if _partial_of(path, final)), None))
        assert starts[-1] is not None, f"{final} is not synced before its rename"
        folders = [final.parent, *(folder for folder in final.parent.parents
                                   if folder.is_relative_to(settings.data_dir)
                                   and final != marker)]
        assert mine[starts[-1] + 1:starts[-1] + len(folders) + 1] == folders
        expected += [mine[starts[-1]], *folders]
    assert starts == sorted(starts)  # the journal last: a run is done once it stands
    # reports and rejects are written, but not synced
    assert sorted(mine) == sorted(expected)
    assert journal.is_file()


def test_a_file_written_again_syncs_only_itself_and_its_folder(tmp_path, synced):
    target = tmp_path / "a" / "b.txt"
    atomic_write(target, lambda partial: Path(partial).write_text("eins"), durable=True)
    assert synced[1:] == [tmp_path / "a", tmp_path]  # "a" was made, so its entry in tmp_path
    synced.clear()
    atomic_write(target, lambda partial: Path(partial).write_text("zwei"), durable=True)
    assert _partial_of(synced[0], target) and synced[1:] == [tmp_path / "a"]
    assert target.read_text() == "zwei"
    synced.clear()
    atomic_write(target, lambda partial: Path(partial).write_text("drei"))
    assert synced == [] and target.read_text() == "drei"
