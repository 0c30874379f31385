"""The optional shared lake: a DuckLake catalogue on the local PostgreSQL (a fresh database
per test, dropped afterwards), two processes committing to it at the same time while a
reader is attached, and an ingestion that merges into the shared partition."""
import multiprocessing
import subprocess
import uuid
from dataclasses import replace

import pytest

from support.cli import SAMPLES
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import ingest_source
from pipelines.storage import ducklake
from pipelines.storage.lake import partition_path, read_partition
from schemas import load_schema

POSTGRES = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]
COMMITS = 4


@pytest.fixture
def shared(tmp_path) -> Settings:
    """Settings of one machine using a fresh DuckLake catalogue; its database is dropped."""
    database = f"swdp_ducklake_{uuid.uuid4().hex[:12]}"
    subprocess.run(["createdb", *POSTGRES, database], check=True, timeout=60)
    try:
        yield Settings(data_dir=tmp_path / "maschine-1",
                       ducklake=f"postgres:dbname={database} host=127.0.0.1 port=5432 user=postgres",
                       ducklake_data=tmp_path / "gemeinsam")
    finally:
        subprocess.run(["dropdb", *POSTGRES, "--force", database], check=True, timeout=60)


def _commit_repeatedly(settings: Settings, member: str, records, start) -> None:
    """One ingesting machine: commits its member's partition again and again."""
    schema = load_schema("events")
    start.wait()
    for round_ in range(COMMITS):
        ducklake.commit_partition(settings, schema, member, records.assign(
            municipality=member, title=[f"{title} ({round_})" for title in records["title"]]))


def test_two_processes_commit_concurrently_while_a_reader_is_attached(shared, cluster, tmp_path):
    local = Settings(data_dir=tmp_path / "vorlage")
    source = replace(cluster.member("kusel").sources["events"])
    assert ingest_source(local, cluster, source).status == "ok"
    records = read_partition(partition_path(local.lake_dir, "events", "kusel"))

    reader = ducklake.attach(shared)  # an analyst's session, attached throughout
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Event()
    writers = [spawn.Process(target=_commit_repeatedly, args=(
        replace(shared, data_dir=tmp_path / f"maschine-{n}"), member, records, start))
        for n, member in enumerate(("kusel", "sankt-wendel"), start=1)]
    for writer in writers:
        writer.start()
    start.set()
    seen = []
    while any(writer.is_alive() for writer in writers):
        if ducklake._exists(reader, "events"):
            seen.append(reader.execute("SELECT count(*) FROM lake.events").fetchone()[0])
    for writer in writers:
        writer.join(timeout=300)
        assert writer.exitcode == 0
    counts = dict(reader.execute("SELECT municipality, count(*) FROM lake.events "
                                 "GROUP BY municipality").fetchall())
    assert counts == {"kusel": len(records), "sankt-wendel": len(records)}
    # every commit replaced a whole partition: the reader never saw half of one
    assert all(count % len(records) == 0 for count in seen)
    last = reader.execute("SELECT DISTINCT title LIKE '%(' || ? || ')' FROM lake.events",
                          [COMMITS - 1]).fetchall()
    assert last == [(True,)]
    snapshots = reader.execute("SELECT count(*) FROM ducklake_snapshots('lake')").fetchone()[0]
    assert snapshots >= 2 * COMMITS
    reader.close()


def test_an_ingestion_merges_into_the_shared_partition(shared, cluster, tmp_path):
    source = replace(cluster.member("kusel").sources["events"])
    first = ingest_source(shared, cluster, source)
    assert first.status == "ok"
    stored = ducklake.read_partition(shared, load_schema("events"), "kusel")
    assert len(stored) == first.valid and stored["geometry"].notna().all()

    # another machine, without a local lake, ingests a shorter delivery of the same member
    other = replace(shared, data_dir=tmp_path / "maschine-2")
    lines = (SAMPLES / "kusel" / "veranstaltungen.csv").read_text(encoding="utf-8-sig").splitlines()
    shorter = tmp_path / "kurz.csv"
    shorter.write_text("\n".join(lines[:151]) + "\n", encoding="utf-8-sig")
    assert ingest_source(other, cluster, replace(source, location=shorter)).status == "ok"
    merged = ducklake.read_partition(other, load_schema("events"), "kusel")
    assert len(merged) == len(stored)  # snapshot semantics: missing records are withdrawn
    withdrawn = merged["withdrawn_at"].notna().sum()
    assert 0 < withdrawn <= first.valid - 100
    kept = merged.set_index("record_id")["first_seen"]
    assert (kept[stored["record_id"]].to_numpy() == stored["first_seen"].to_numpy()).all()
