"""A previous warehouse file damaged on disk (broken off, bytes overwritten) gives the refresh
nothing to take over: the refresh succeeds with a full build from the lake and logs in German
why, whether the file fails at opening or only while a table is read from it. (A file a writer
holds is no damaged one: test_faults.py.)"""
import json
import logging
from dataclasses import replace

import pytest

from support.cli import SAMPLES
from pipelines.core.database import connect
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.reading import unreadable
from pipelines.storage.warehouse import refresh

HEADER = 3 * 4096  # DuckDB's file headers, before block 0


def _block(path, query: str) -> int:
    """The offset of a byte inside the block that `query` names (its id) in the file."""
    with connect(path, read_only=True) as connection:
        block = connection.execute(query).fetchone()[0]
        size = connection.execute("SELECT block_size FROM pragma_database_size()").fetchone()[0]
    return HEADER + block * size + 1000


def _damage(path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "abgeschnitten":
        del data[len(data) // 2:]
    else:
        offset = _block(path, {
            # opens, fails when the records are taken over
            "Tabellenblock überschrieben": "SELECT min(block_id) FROM pragma_storage_info("
                                           "'events_records') WHERE block_id >= 0",
            # fails at opening, with a text naming a "block"
            "Katalogblock überschrieben": "SELECT min(block_id) FROM pragma_metadata_info()",
        }[how])
        data[offset:offset + 4096] = b"\x55" * 4096
    path.write_bytes(bytes(data))


def _records(path) -> list[tuple]:
    with connect(path, read_only=True) as connection:
        return connection.execute("SELECT * FROM events_records ORDER BY record_id").fetchall()


@pytest.mark.parametrize("how", ["abgeschnitten", "Tabellenblock überschrieben",
                                 "Katalogblock überschrieben"])
def test_a_damaged_previous_warehouse_is_rebuilt_in_full_and_the_log_says_why(
        settings, cluster, caplog, how):
    source = replace(cluster.member("kusel").sources["events"],
                     location=SAMPLES / "kusel" / "veranstaltungen.csv")
    assert ingest_source(settings, cluster, source).status == "ok"
    counts = refresh(settings)
    records = _records(settings.warehouse_path)
    assert counts["events"] > 0 and records

    _damage(settings.warehouse_path, how)
    assert unreadable(settings.warehouse_path)
    with caplog.at_level(logging.WARNING, logger="pipelines.storage.warehouse"):
        assert refresh(settings) == counts
    warnings = [record.getMessage() for record in caplog.records
                if record.levelno == logging.WARNING]
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith(f"Das bisherige Warehouse {settings.warehouse_path} ist "
                                  f"nicht lesbar (")
    assert "vollständig aus dem Lake neu aufgebaut" in warnings[0]
    assert unreadable(settings.warehouse_path) is None
    assert _records(settings.warehouse_path) == records

    caplog.clear()  # the rebuilt file is taken over from again, without a word
    assert refresh(settings) == counts
    assert not [record for record in caplog.records if record.levelno == logging.WARNING]



def test_status_of_a_damaged_warehouse_rebuilds_it_and_shows_the_runs(settings, cluster):
    """`swdp status` reads the warehouse only: a block overwritten there ended it with
    „Interner Fehler“; the data office gets the state, rebuilt from the lake, and why."""
    from pipelines.cli.common import EXIT_OK
    from support.cli import swdp_in_process
    source = replace(cluster.member("kusel").sources["events"],
                     location=SAMPLES / "kusel" / "veranstaltungen.csv")
    assert ingest_source(settings, cluster, source).status == "ok"
    refresh(settings)
    _damage(settings.warehouse_path, "Tabellenblock überschrieben")

    shown = swdp_in_process("status", "-m", "kusel", "-d", "events", "--json",
                            data_dir=settings.data_dir)
    assert shown.returncode == EXIT_OK, shown.stderr[-2000:]
    assert "ist nicht lesbar (" in shown.stderr and "neu aufgebaut" in shown.stderr
    [entry] = json.loads(shown.stdout)["partitions"]
    assert (entry["municipality"], entry["status"]) == ("kusel", "ok")
    assert entry["valid"] == len(_records(settings.warehouse_path)) > 0
    assert unreadable(settings.warehouse_path) is None
