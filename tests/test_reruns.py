"""Reruns touch only what changed: an identical delivery is skipped before it is parsed and
leaves its lake file alone, and the exports rewrite only the files whose content changed.
(The warehouse's new file takes over unchanged partitions from the previous one – see
tests/test_warehouse_carried.py – and is not built at all when every delivery is unchanged.)"""
from dataclasses import replace

from support.cli import SAMPLES
from pipelines.core.database import connect
from pipelines.export.files import export_dataset
from pipelines.ingest import delivery
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.lake import partition_path
from pipelines.storage.warehouse import refresh


def _ingest(settings, cluster, member, path, **changes):
    source = replace(cluster.member(member).sources["events"], location=path, **changes)
    return ingest_source(settings, cluster, source)


def test_an_identical_delivery_is_skipped_and_a_changed_one_touches_only_its_member(
        settings, cluster, tmp_path, monkeypatch):
    kusel = tmp_path / "kusel.csv"
    kusel.write_bytes((SAMPLES / "kusel" / "veranstaltungen.csv").read_bytes())
    wendel = SAMPLES / "sankt-wendel" / "veranstaltungen.geojson"
    first = _ingest(settings, cluster, "kusel", kusel)
    assert first.status == "ok" and first.read > 100
    assert _ingest(settings, cluster, "sankt-wendel", wendel).status == "ok"
    refresh(settings)
    assert {p.name for p in export_dataset(settings, cluster, "events")} >= {
        "kusel.csv", "sankt-wendel.ics", "suedwest-cluster.parquet"}
    lake_file = partition_path(settings.lake_dir, "events", "kusel")
    stored = lake_file.stat().st_mtime_ns

    parsed = []
    monkeypatch.setattr(delivery, "read_delivery", lambda *a: parsed.append(a))
    again = _ingest(settings, cluster, "kusel", kusel)
    assert parsed == []  # recognised before parsing
    assert again.status == "unverändert" and "unverändert seit" in again.message
    assert (again.read, again.valid, again.rejected) == (first.read, first.valid, first.rejected)
    assert again.run_id != first.run_id
    assert lake_file.stat().st_mtime_ns == stored
    refresh(settings)
    assert export_dataset(settings, cluster, "events") == []
    with connect(settings.warehouse_path, read_only=True) as connection:
        statuses = connection.execute("SELECT status FROM runs WHERE municipality = 'kusel' "
                                      "ORDER BY finished_at").fetchall()
    assert [s for (s,) in statuses] == ["ok", "unverändert"]
    monkeypatch.undo()

    # the same bytes under another configuration are processed again
    assert _ingest(settings, cluster, "kusel", kusel, semantics="incremental").status == "ok"

    kusel.write_text(kusel.read_text(encoding="utf-8-sig").replace(
        "Jahreskonzert des Musikvereins", "Adventskonzert des Musikvereins", 1),
        encoding="utf-8-sig")
    far_away = settings.export_dir / "events" / "umkreis-linz-am-rhein.ics"
    around_linz = far_away.stat().st_mtime_ns
    assert _ingest(settings, cluster, "kusel", kusel).status == "ok"
    refresh(settings)
    rewritten = {p.name for p in export_dataset(settings, cluster, "events")}
    # the calendar of the events around Linz am Rhein holds none of Kusel's: left as it was
    assert far_away.stat().st_mtime_ns == around_linz
    assert "Adventskonzert" in (settings.export_dir / "events" / "umkreis-kusel.ics").read_text(
        encoding="utf-8")
    assert {"kusel.csv", "kusel.ics", "suedwest-cluster.csv", "suedwest-cluster.ics"} <= rewritten
    assert not any(name.startswith(("sankt-wendel", "kaiserslautern")) for name in rewritten)
    assert "Adventskonzert" in (settings.export_dir / "events" / "kusel.csv").read_text(
        encoding="utf-8-sig")


def test_a_delivery_whose_run_left_no_journal_is_ingested_again(settings, cluster, tmp_path):
    """The marker beside the partition comes before the run's journal: the state a run killed
    between the two leaves behind (its journal removed here) is no ingestion, and the rerun
    reads the delivery – the killed run's checks count nowhere."""
    kusel = tmp_path / "kusel.csv"
    kusel.write_bytes((SAMPLES / "kusel" / "veranstaltungen.csv").read_bytes())
    killed = _ingest(settings, cluster, "kusel", kusel)
    (settings.runs_dir / "events" / "kusel" / f"{killed.run_id}.json").unlink()
    rerun = _ingest(settings, cluster, "kusel", kusel)
    assert rerun.status == "ok" and rerun.read == killed.read
    assert _ingest(settings, cluster, "kusel", kusel).status == "unverändert"
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as connection:
        checked = connection.execute("SELECT DISTINCT run_id FROM quality_results").fetchall()
    assert checked == [(rerun.run_id,)]
