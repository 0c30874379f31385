"""A withdrawn record delivered again under its old record id keeps the trace of its withdrawal
in the lake (`last_withdrawn_at`): the merge makes it current again and keeps its first_seen,
and a building plan withdrawn and back between two coordination runs is told to the
neighbours as re-opened („Plan wieder aufgenommen … Zuvor zurückgezogen am …“), not as
„geändert“."""
from dataclasses import replace
from datetime import datetime, timezone

import pandas as pd
import pyarrow.parquet as pq

from pipelines.coordination.notify import coordinate
from pipelines.core.german import BERLIN
from pipelines.storage.lake import from_arrow, merge, partition_path, read_partition
from schemas import load_schema
from support.smtp import smtp_server
from test_coordination import _deliver
from test_coordination_reopened import _plans, _text
from test_store import _records

OFFERS = load_schema("offers")
T1, T2, T3, T4, T5 = (datetime(2026, 11, day, 5, tzinfo=timezone.utc) for day in range(1, 6))


def test_a_record_back_under_its_old_id_keeps_when_it_was_withdrawn():
    first = merge(None, _records(["a", "b"]), set(), "snapshot", T1, OFFERS)
    without_b = merge(first, _records(["a"]), set(), "snapshot", T2, OFFERS)
    back = merge(without_b, _records(["a", "b"]), set(), "snapshot", T3, OFFERS)
    stored = from_arrow(back).set_index("record_id")
    assert pd.isna(stored.at["b", "withdrawn_at"]) and stored.at["b", "first_seen"] == pd.Timestamp(T1)
    assert stored.at["b", "last_withdrawn_at"] == pd.Timestamp(T2)
    assert pd.isna(stored.at["a", "last_withdrawn_at"])  # never missing
    # delivered again, it keeps the trace; withdrawn and back once more, the latest withdrawal
    again = merge(back, _records(["a", "b"]), set(), "snapshot", T4, OFFERS)
    assert from_arrow(again).set_index("record_id").at["b", "last_withdrawn_at"] == pd.Timestamp(T2)
    later = merge(merge(again, _records(["a"]), set(), "snapshot", T5, OFFERS), _records(["a", "b"]),
                  set(), "snapshot", datetime(2026, 11, 6, 5, tzinfo=timezone.utc), OFFERS)
    assert from_arrow(later).set_index("record_id").at["b", "last_withdrawn_at"] == pd.Timestamp(T5)


def test_a_partition_written_before_the_column_reads_with_it_empty(tmp_path):
    path = tmp_path / "records.parquet"
    pq.write_table(merge(None, _records(["a"]), set(), "snapshot", T1, OFFERS).drop_columns(
        ["last_withdrawn_at"]), path)
    frame = read_partition(path, OFFERS)
    assert frame["last_withdrawn_at"].isna().all() and list(frame["record_id"]) == ["a"]
    back = from_arrow(merge(pq.read_table(path), _records(["a"]), set(), "snapshot", T2, OFFERS))
    assert back["last_withdrawn_at"].isna().all()


def test_a_plan_withdrawn_and_back_under_its_old_id_between_two_runs_is_reopened(
        settings, cluster, tmp_path):
    plan, far = _plans(settings, cluster)
    with smtp_server() as (url, mailbox):
        mailed = replace(settings, smtp_url=url)
        _deliver(settings, cluster, tmp_path, [plan("KUS-BP-9001", "Öffentliche Auslegung"), far],
                 "plaene-1.geojson")
        assert [row["reason"] for row in coordinate(mailed, cluster).created] == ["new"]
        # the member's delivery without the plan and the next one with it, before notices go out
        _deliver(settings, cluster, tmp_path, [far], "plaene-2.geojson")
        _deliver(settings, cluster, tmp_path, [plan("KUS-BP-9001", "Aufstellungsbeschluss"), far],
                 "plaene-3.geojson")
        lake = read_partition(partition_path(settings.lake_dir, "building_plans", "kusel"))
        [withdrawn_at] = lake["last_withdrawn_at"].dropna()
        assert lake["withdrawn_at"].isna().all()  # one record, current again
        [reopened] = coordinate(mailed, cluster).created
        assert reopened["reason"] == "reopened"
        assert reopened["earlier_withdrawal"] == withdrawn_at.isoformat()
        text = _text(mailbox.messages[-1])
        assert "1. Plan wieder aufgenommen: „Am Grenzbach“ (Landkreis Kusel)\n" in text
        assert f"Zuvor zurückgezogen: am {withdrawn_at.astimezone(BERLIN):%d.%m.%Y}\n" in text
        assert "geändert" not in text.lower()

        # its next stage is a change of the re-opened procedure, told once
        _deliver(settings, cluster, tmp_path, [plan("KUS-BP-9001", "Entwurf"), far], "plaene-4.geojson")
        [changed] = coordinate(mailed, cluster).created
        assert (changed["reason"], changed["earlier_withdrawal"]) == ("changed", None)
        assert coordinate(mailed, cluster).created == []
