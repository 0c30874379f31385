from datetime import datetime, timezone

import pandas as pd
import pytest
from shapely.geometry import Point

from pipelines.ingest.archive import archive_delivery
from pipelines.core.files import atomic_write
from pipelines.storage.lake import merge, read_partition, write_geoparquet
from schemas import load_schema

T1 = datetime(2026, 11, 1, 5, 0, tzinfo=timezone.utc)
T2 = datetime(2026, 11, 2, 5, 0, tzinfo=timezone.utc)


def _records(ids):
    schema = load_schema("offers")
    frame = pd.DataFrame({f.name: [None] * len(ids) for f in schema.stored_fields}, dtype=object)
    frame["record_id"] = ids
    frame["title"] = [f"Angebot {i}" for i in ids]
    frame["municipality"] = "kusel"
    frame["geometry"] = [Point(7.4, 49.5)] * len(ids)
    return frame.drop(columns=["first_seen", "last_seen", "withdrawn_at"])


def test_snapshot_withdraws_missing_records_but_keeps_those_whose_new_version_was_rejected():
    first = merge(None, _records(["a", "b", "c"]), set(), "snapshot", T1)
    second = merge(first, _records(["a"]), {"c"}, "snapshot", T2).set_index("record_id")
    assert second.at["a", "first_seen"] == pd.Timestamp(T1) and second.at["a", "last_seen"] == pd.Timestamp(T2)
    assert second.at["b", "withdrawn_at"] == pd.Timestamp(T2)      # missing: withdrawn, not deleted
    assert pd.isna(second.at["c", "withdrawn_at"])                  # rejected: old version stays
    assert second.at["c", "last_seen"] == pd.Timestamp(T1)


def test_incremental_only_upserts_and_the_same_delivery_twice_changes_nothing():
    first = merge(None, _records(["a", "b"]), set(), "incremental", T1)
    again = merge(first, _records(["a", "b"]), set(), "incremental", T1)
    pd.testing.assert_frame_equal(first.drop(columns="geometry"), again.drop(columns="geometry"))
    later = merge(first, _records(["c"]), set(), "incremental", T2)
    assert sorted(later["record_id"]) == ["a", "b", "c"] and later["withdrawn_at"].isna().all()


def test_geoparquet_round_trip_keeps_schema_types_even_for_empty_columns(tmp_path):
    schema = load_schema("offers")
    merged = merge(None, _records(["a"]), set(), "snapshot", T1)
    path = tmp_path / "lake" / "records.parquet"
    write_geoparquet(merged, schema, path)
    import pyarrow.parquet as pq
    arrow = pq.read_schema(path)
    assert arrow.field("valid_from").type == schema.arrow_schema().field("valid_from").type
    assert b"geo" in arrow.metadata
    back = read_partition(path)
    assert back.at[0, "geometry"].equals(Point(7.4, 49.5))
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_a_failed_write_leaves_the_previous_file_untouched(tmp_path):
    path = tmp_path / "records.parquet"
    path.write_text("alt")

    def crash(partial):
        open(partial, "w").write("halb")
        raise RuntimeError("Absturz beim Schreiben")

    with pytest.raises(RuntimeError):
        atomic_write(path, crash)
    assert path.read_text() == "alt" and list(tmp_path.iterdir()) == [path]


def test_raw_archive_keeps_each_new_delivery_once_and_read_only(tmp_path):
    delivery = tmp_path / "angebote.csv"
    delivery.write_text("a;b\n1;2\n")
    first = archive_delivery(tmp_path / "raw", "kusel", "offers", delivery, now=T1)
    again = archive_delivery(tmp_path / "raw", "kusel", "offers", delivery, now=T2)
    assert again == first and first.path.name.startswith("20261101T050000")
    assert first.path.name.endswith(f"-{first.sha256}.csv") and not first.path.stat().st_mode & 0o222
    delivery.write_text("a;b\n1;3\n")
    changed = archive_delivery(tmp_path / "raw", "kusel", "offers", delivery, now=T2)
    assert changed.received_at == T2 and len(list((tmp_path / "raw/kusel/offers").iterdir())) == 2
