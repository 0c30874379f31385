"""The refresh's new warehouse file takes over from the previous one what did not change
(pipelines/storage/carried.py) and is the same as a full build from the same lake."""
import json
import shutil
from dataclasses import replace

from support.cli import SAMPLES
from pipelines.core.database import connect
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.notifications import NOTIFICATION_COLUMNS, write_notification
from pipelines.storage.warehouse import refresh
from schemas import load_schemas

# kusel's events change: members before and after it in the table keep theirs
DATASETS = [("kusel", "events", SAMPLES / "kusel" / "veranstaltungen.csv"),
            ("kaiserslautern", "events", SAMPLES / "kaiserslautern" / "veranstaltungen.ics"),
            ("sankt-wendel", "events", SAMPLES / "sankt-wendel" / "veranstaltungen.geojson"),
            ("kusel", "offers", SAMPLES / "kusel" / "angebote.xlsx")]


def _ingest(settings, cluster, member, dataset, path):
    source = replace(cluster.member(member).sources[dataset], location=path)
    return ingest_source(settings, cluster, source)


def _notification(settings, number: int, sent_at: str | None):
    row = dict.fromkeys(NOTIFICATION_COLUMNS)
    row.update(notification_id=f"n{number}", plan_record_id=f"p{number}", from_member="kusel",
               to_member="sankt-wendel", external=False, distance_m=1200 + number,
               reason="new", created_at=f"2026-12-0{number}T08:00:00+00:00", sent_at=sent_at)
    return write_notification(settings, row)


def _tables(connection, database: str) -> list[str]:
    return sorted(name for (name,) in connection.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [database]).fetchall())


def _differences(incremental, full) -> dict[str, tuple[int, int]]:
    """Per table, rows only in the incremental and only in the full build (EXCEPT ALL)."""
    with connect() as connection:
        connection.execute(f"ATTACH '{incremental}' AS incremental (READ_ONLY)")
        connection.execute(f"ATTACH '{full}' AS full_build (READ_ONLY)")
        tables = _tables(connection, "full_build")
        assert _tables(connection, "incremental") == tables
        differences = {}
        for table in tables:
            if table == "loaded_files":  # file states, equal by construction of the test
                continue
            one, other = (connection.execute(
                f"SELECT count(*) FROM (FROM {a}.{table} EXCEPT ALL FROM {b}.{table})"
            ).fetchone()[0]
                for a, b in (("incremental", "full_build"), ("full_build", "incremental")))
            differences[table] = (one, other)
        orders = {key: [connection.execute(
            f"SELECT municipality, record_id FROM {database}.{key}_records").fetchall()
            for database in ("incremental", "full_build")] for key in load_schemas()}
    return differences, orders


def test_an_incremental_refresh_after_one_member_changed_equals_a_full_build(
        settings, cluster, tmp_path):
    deliveries = {}
    for member, dataset, sample in DATASETS:
        deliveries[member, dataset] = tmp_path / f"{member}-{sample.name}"
        shutil.copy(sample, deliveries[member, dataset])
        taken = _ingest(settings, cluster, member, dataset, deliveries[member, dataset])
        assert taken.status == "ok"
    _notification(settings, 1, None)
    _notification(settings, 2, None)
    refresh(settings)

    kusel = deliveries["kusel", "events"]
    kusel.write_text(kusel.read_text(encoding="utf-8-sig").replace(
        "Jahreskonzert des Musikvereins", "Adventskonzert des Musikvereins", 1).replace(
        "\n", "\nkaputt;;;\n", 1), encoding="utf-8-sig")
    changed = _ingest(settings, cluster, "kusel", "events", kusel)
    assert changed.status == "ok"
    _notification(settings, 2, "2026-12-02T09:00:00+00:00")  # the mail went out
    _notification(settings, 3, None)
    # a run still under way: its checks are there, its journal not yet
    quality = settings.quality_dir / "events" / "kusel" / f"{changed.run_id}.json"
    under_way = quality.with_name("under-way.json")
    under_way.write_text(quality.read_text(encoding="utf-8").replace(
        changed.run_id, "under-way"), encoding="utf-8")
    refresh(settings)
    incremental = tmp_path / "incremental.duckdb"
    shutil.copy(settings.warehouse_path, incremental)

    settings.warehouse_path.unlink()
    refresh(settings)
    differences, orders = _differences(incremental, settings.warehouse_path)
    assert differences and set(differences.values()) == {(0, 0)}, differences
    for key, (carried, full) in orders.items():
        assert carried == full, key
    with connect(incremental, read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM events WHERE title LIKE "
                                  "'Adventskonzert%'").fetchone()[0] == 1
        assert connection.execute("SELECT sent_at IS NOT NULL FROM notifications "
                                  "WHERE notification_id = 'n2'").fetchone() == (True,)
        assert connection.execute("SELECT count(*) FROM rejects WHERE municipality = 'kusel'"
                                  ).fetchone()[0] > 0

    # the run finishes: the next refresh takes its checks in
    journal = settings.runs_dir / "events" / "kusel" / f"{changed.run_id}.json"
    finished = json.loads(journal.read_text(encoding="utf-8")) | {"run_id": "under-way"}
    journal.with_name("under-way.json").write_text(json.dumps(finished), encoding="utf-8")
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM quality_results WHERE run_id = "
                                  "'under-way'").fetchone()[0] > 0


def test_unchanged_partitions_and_journals_are_taken_over_not_read_again(settings, cluster,
                                                                          tmp_path):
    for member, dataset, sample in DATASETS:
        assert _ingest(settings, cluster, member, dataset, sample).status == "ok"
    refresh(settings)
    # a mark only the previous warehouse holds shows what the new one took over from it
    with connect(settings.warehouse_path) as connection:
        connection.execute("UPDATE events_records SET title = 'übernommen'")
        connection.execute("UPDATE runs SET message = 'übernommen'")
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as connection:
        assert connection.execute("SELECT DISTINCT title FROM events_records").fetchall() == [
            ("übernommen",)]
        assert connection.execute("SELECT DISTINCT message FROM runs").fetchall() == [
            ("übernommen",)]

    # a table whose columns differ (an older schema, here: one column gone) is loaded whole
    with connect(settings.warehouse_path) as connection:
        connection.execute("DROP VIEW events")
        connection.execute("ALTER TABLE events_records DROP COLUMN url")
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as connection:
        assert "übernommen" not in {title for (title,) in connection.execute(
            "SELECT title FROM events_records").fetchall()}
        assert connection.execute("SELECT DISTINCT message FROM runs").fetchall() == [
            ("übernommen",)]

    # a lake file replaced (here: only touched) is read again, the others are kept
    with connect(settings.warehouse_path) as connection:
        connection.execute("UPDATE events_records SET title = 'übernommen'")
    kusel = settings.lake_dir / "events" / "municipality=kusel" / "records.parquet"
    kusel.write_bytes(kusel.read_bytes())
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as connection:
        marked = dict(connection.execute("SELECT municipality, bool_and(title = 'übernommen') "
                                         "FROM events_records GROUP BY ALL").fetchall())
    assert marked == {"kaiserslautern": True, "kusel": False, "sankt-wendel": True}

    # a partition gone from the lake (between two kept ones) is gone from the warehouse
    kusel.unlink()
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as connection:
        members = connection.execute("SELECT DISTINCT municipality FROM events_records "
                                     "ORDER BY ALL").fetchall()
    assert members == [("kaiserslautern",), ("sankt-wendel",)]
