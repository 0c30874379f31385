"""A disk that is full before a run writes anything of its own: the lock notes and Dagster's
run storage are the first to need room. (A full disk in general, during the warehouse refresh
and a read-only folder: test_faults_operation.py.) Real tmpfs mounts: the tests run as root,
in CI on a fresh machine as well."""
import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipelines.cli.common import EXIT_STORAGE
from pipelines.core.faults import explain
from pipelines.core.settings import Settings
from pipelines.ingest.unchanged import MARKER
from pipelines.storage.warehouse import refresh

from support.cli import SAMPLES, swdp, swdp_in_process
from support.mounts import tmpfs


@pytest.mark.slow
def test_a_full_disk_names_dagsters_storage_and_a_json_run_says_so(kusel_events, tmp_path):
    """The note of a lock's holder used to fail first, naming only the data folder; then
    Dagster's storage, naming only the data folder, and `--json` printed no JSON at all."""
    with tmpfs(tmp_path / "mnt", "64m") as mount:
        data_dir = mount / "data"
        shutil.copytree(kusel_events.data_dir, data_dir)
        for marker in data_dir.glob(f"lake/*/municipality=*/{MARKER}"):
            marker.unlink()  # the same delivery is ingested again, not skipped as unchanged
        filler = mount / "füllung"
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=4096"], capture_output=True)
        full = swdp("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
        notes = {p.name: p.read_text(encoding="utf-8") for p in (data_dir / "locks").glob("*.holder")}
        filler.unlink()
        again = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert full.returncode == EXIT_STORAGE, full.stdout + full.stderr
    summary = json.loads(full.stdout)
    assert summary["exit_code"] == EXIT_STORAGE
    assert summary["error"].startswith("Kein Speicherplatz mehr für die Dagster-Datenbank "
                                       "(Lauf- und Ereignisprotokolle) in ")
    lines = [line for line in full.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and summary["error"] in lines[0], full.stderr
    assert all(notes.values()), notes  # no empty note naming no one
    assert again.returncode == 0, again.stderr[-3000:]
    assert json.loads(again.stdout)["warehouse"]["events"] == kusel_events.current


@pytest.mark.slow
def test_a_refresh_that_finds_the_disk_full_names_the_warehouse(kusel_events, tmp_path):
    """DuckDB names the temporary file only in its text: the fault used to name just the
    data folder."""
    size = sum(p.stat().st_size for p in kusel_events.data_dir.rglob("*") if p.is_file())
    with tmpfs(tmp_path / "mnt", str(size + 8 * 2**20)) as mount:
        settings = Settings(data_dir=mount / "data", config_path=Settings.from_env().config_path)
        shutil.copytree(kusel_events.data_dir, settings.data_dir)
        before = hashlib.sha256(settings.warehouse_path.read_bytes()).hexdigest()
        room = shutil.disk_usage(mount).free - settings.warehouse_path.stat().st_size // 3
        (mount / "füllung").write_bytes(bytes(room))
        with pytest.raises(OSError) as refused:
            refresh(settings)
        after = hashlib.sha256(settings.warehouse_path.read_bytes()).hexdigest()
        left = [p.name for p in settings.data_dir.glob(".warehouse.duckdb.*")]
    fault = explain(refused.value, str(settings.data_dir))
    assert fault.message.startswith(f"Kein Speicherplatz mehr für {settings.warehouse_path} –")
    assert after == before and not left


# Files may grow to 1 KB only (RLIMIT_FSIZE: EFBIG, as a full file system would fail the
# write; no root needed), then the archive of a delivery and a run feed are written.
_CUT_SHORT = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from datetime import datetime, timezone
    from pipelines.core.faults import explain
    from pipelines.core.feeds import Entry, write_feed
    from pipelines.ingest.archive import archive_delivery
    data, delivery = Path(sys.argv[1]), Path(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, resource.RLIM_INFINITY))
    entries = [Entry(f"urn:uuid:{n:08d}-0000-0000-0000-000000000000", "Lauf " * 20,
                     datetime(2026, 12, 7, tzinfo=timezone.utc), "ok " * 50) for n in range(20)]
    for write in (lambda: archive_delivery(data / "raw", "kusel", "events", delivery),
                  lambda: write_feed(data / "export" / "laeufe" / "kusel.atom", "urn:x", "Läufe", entries)):
        try:
            write()
        except Exception as error:
            fault = explain(error, str(data))
            print(fault.message if fault else f"nicht erkannt: {error!r}")
""")


def test_a_write_that_finds_no_room_names_the_file_it_did_not_write(tmp_path):
    """A file's write() that fails names no file: the message named only the data folder
    (the raw archive of a delivery), or was not recognised at all (lxml writing a feed:
    „SerialisationError: IO_ENOSPC“)."""
    data = tmp_path / "data"
    ran = subprocess.run([sys.executable, "-c", _CUT_SHORT, str(data),
                          str(SAMPLES / "kusel" / "veranstaltungen.csv")],
                         capture_output=True, text=True, cwd=Path(__file__).parents[1])
    archived, feed = ran.stdout.splitlines()
    assert archived.startswith(f"Kein Speicherplatz mehr für {data / 'raw' / 'kusel' / 'events'}/")
    assert archived.split(" – ")[0].endswith(".csv"), archived  # the archive file, named
    assert feed.startswith(f"Kein Speicherplatz mehr für {data / 'export' / 'laeufe' / 'kusel.atom'} –")
    assert not [path for path in data.rglob("*") if path.is_file()]  # nothing half-written
