import json
import random
import uuid
from datetime import date, datetime, timedelta, timezone

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from shapely.geometry import Point

from connectors.delivery import DeliveryError
from pipelines.ingest.archive import archive_delivery, sha256_of
from pipelines.core.files import atomic_write
from pipelines.core.database import connect
from pipelines.core.settings import Settings
from pipelines.storage.lake import (_arrow_column, from_arrow, merge, partition_path, read_partition,
                                    read_table, write_geoparquet, write_table)
from pipelines.storage.warehouse import refresh
from schemas import load_schema

T1 = datetime(2026, 11, 1, 5, 0, tzinfo=timezone.utc)
T2 = datetime(2026, 11, 2, 5, 0, tzinfo=timezone.utc)
TIMESTAMP = pa.timestamp("us", tz="UTC")


def _records(ids):
    schema = load_schema("offers")
    frame = pd.DataFrame({f.name: [None] * len(ids) for f in schema.stored_fields}, dtype=object)
    frame["record_id"] = ids
    frame["title"] = [f"Angebot {i}" for i in ids]
    frame["municipality"] = "kusel"
    frame["geometry"] = [Point(7.4, 49.5)] * len(ids)
    return frame.drop(columns=["first_seen", "last_seen", "withdrawn_at"])


OFFERS = load_schema("offers")


def test_snapshot_withdraws_missing_records_but_keeps_those_whose_new_version_was_rejected():
    first = merge(None, _records(["a", "b", "c"]), set(), "snapshot", T1, OFFERS)
    second = from_arrow(merge(first, _records(["a"]), {"c"}, "snapshot", T2, OFFERS)).set_index("record_id")
    assert second.at["a", "first_seen"] == pd.Timestamp(T1) and second.at["a", "last_seen"] == pd.Timestamp(T2)
    assert second.at["b", "withdrawn_at"] == pd.Timestamp(T2)      # missing: withdrawn, not deleted
    assert pd.isna(second.at["c", "withdrawn_at"])                  # rejected: old version stays
    assert second.at["c", "last_seen"] == pd.Timestamp(T1)


def test_a_partition_of_uuid_ids_is_sorted_byte_by_byte_whether_read_as_bytes_or_as_texts():
    """Record ids are UUIDs (sorted as bytes of one width); any other id as texts."""
    ids = [str(uuid.UUID(int=random.Random(15).getrandbits(128) + i)) for i in range(300)]
    ids = random.Random(16).sample(ids, len(ids))
    first = merge(None, _records(ids[:200]), set(), "snapshot", T1, OFFERS)
    assert first["record_id"].to_pylist() == sorted(ids[:200])
    # rows kept from the stored partition between the delivered ones
    second = merge(first.slice(50), _records(ids[150:]), set(), "incremental", T2, OFFERS)
    assert second["record_id"].to_pylist() == sorted({*sorted(ids[:200])[50:], *ids[150:]})
    mixed = merge(first, _records(["kurz", "ä-ö"]), set(), "incremental", T2, OFFERS)
    assert mixed["record_id"].to_pylist() == sorted(ids[:200] + ["kurz", "ä-ö"],
                                                    key=lambda i: i.encode())


def test_incremental_only_upserts_and_the_same_delivery_twice_changes_nothing():
    first = merge(None, _records(["a", "b"]), set(), "incremental", T1, OFFERS)
    again = merge(first, _records(["a", "b"]), set(), "incremental", T1, OFFERS)
    assert again.equals(first, check_metadata=True)
    later = from_arrow(merge(first, _records(["c"]), set(), "incremental", T2, OFFERS))
    assert sorted(later["record_id"]) == ["a", "b", "c"] and later["withdrawn_at"].isna().all()


def test_updated_records_keep_their_first_seen_time_and_withdrawn_ones_their_old_version():
    first = merge(None, _records(["c", "a", "b"]), set(), "snapshot", T1, OFFERS)
    changed = _records(["b", "d"]).assign(title=["Angebot b, neu", "Angebot d"])
    second = from_arrow(merge(first, changed, set(), "snapshot", T2, OFFERS))
    assert list(second["record_id"]) == ["a", "b", "c", "d"]         # sorted by record id
    stored = second.set_index("record_id")
    assert stored.at["b", "title"] == "Angebot b, neu"
    assert stored.at["b", "first_seen"] == pd.Timestamp(T1) and stored.at["b", "last_seen"] == pd.Timestamp(T2)
    assert stored.at["d", "first_seen"] == pd.Timestamp(T2)
    for withdrawn in ("a", "c"):                                     # missing: kept as they were
        assert stored.at[withdrawn, "withdrawn_at"] == pd.Timestamp(T2)
        assert stored.at[withdrawn, "last_seen"] == pd.Timestamp(T1)
        assert stored.at[withdrawn, "title"] == f"Angebot {withdrawn}"
    # withdrawn once, the time stays when the next delivery lacks it again; back, it is current
    third = from_arrow(merge(merge(first, changed, set(), "snapshot", T2, OFFERS),
                             _records(["a", "b"]), set(), "snapshot",
                             datetime(2026, 11, 3, 5, 0, tzinfo=timezone.utc), OFFERS)).set_index("record_id")
    assert third.at["c", "withdrawn_at"] == pd.Timestamp(T2)
    assert pd.isna(third.at["a", "withdrawn_at"]) and third.at["a", "first_seen"] == pd.Timestamp(T1)
    assert third.at["d", "withdrawn_at"] == pd.Timestamp(datetime(2026, 11, 3, 5, 0, tzinfo=timezone.utc))


def test_geoparquet_round_trip_keeps_schema_types_even_for_empty_columns(tmp_path):
    schema = OFFERS
    path = tmp_path / "lake" / "records.parquet"
    write_geoparquet(from_arrow(merge(None, _records(["a"]), set(), "snapshot", T1, schema)),
                     schema, path)
    import pyarrow.parquet as pq
    arrow = pq.read_schema(path)
    assert arrow.field("valid_from").type == schema.arrow_schema().field("valid_from").type
    assert b"geo" in arrow.metadata
    back = read_partition(path)
    assert back.at[0, "geometry"].equals(Point(7.4, 49.5))
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_dates_and_instants_become_the_arrow_values_a_direct_conversion_gives():
    # converted once per distinct value: equal instants in other zones, gaps (None, NaN),
    # dates beside instants, and a column Arrow refuses, exactly as value by value
    berlin = timezone(timedelta(hours=1))
    columns = [
        ([T1, None, datetime(2026, 11, 1, 6, 0, tzinfo=berlin), T1, float("nan"), T2], TIMESTAMP),
        ([date(2026, 1, 1), None, date(2026, 1, 1), datetime(2026, 1, 1, 5)], pa.date32()),
        ([None, None], TIMESTAMP), ([], TIMESTAMP), ([float("nan")] * 3, pa.date32()),
        ([date(2026, 1, 1), T1], TIMESTAMP),
    ]
    for values, kind in columns:
        column = pd.Series(values, dtype=object)
        try:
            expected = pa.array(column, type=kind, from_pandas=True)
        except pa.ArrowException as refused:
            with pytest.raises(type(refused)):
                _arrow_column(column, kind)
            continue
        assert _arrow_column(column, kind).equals(expected)


def test_the_merged_partition_is_written_as_geoparquet_with_its_geo_metadata(tmp_path):
    records = _records(["a", "b"])
    records["geometry"] = [Point(7.4, 49.5), None]
    merged = merge(None, records, set(), "snapshot", T1, OFFERS)
    path = tmp_path / "records.parquet"
    write_table(merged, path)
    geo = json.loads(pq.read_schema(path).metadata[b"geo"])["columns"]["geometry"]
    assert geo["geometry_types"] == ["Point"] and geo["bbox"] == [7.4, 49.5, 7.4, 49.5]
    assert read_table(path).equals(merged)
    back = read_partition(path)
    assert back.at[0, "geometry"].equals(Point(7.4, 49.5)) and back.at[1, "geometry"] is None


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


def test_a_delivery_overwritten_after_its_check_is_not_archived_under_the_old_name(tmp_path):
    delivery = tmp_path / "angebote.csv"
    delivery.write_text("a;b\n1;2\n")
    checked = sha256_of(delivery)  # the unchanged-check reads the file first ...
    delivery.write_text("a;b\n1;3\n")  # ... then the member overwrites it
    with pytest.raises(DeliveryError, match="während der Übernahme verändert"):
        archive_delivery(tmp_path / "raw", "kusel", "offers", delivery, now=T1, digest=checked)
    assert not list((tmp_path / "raw/kusel/offers").iterdir())
    again = archive_delivery(tmp_path / "raw", "kusel", "offers", delivery, now=T2,
                             digest=sha256_of(delivery))  # the next run takes the new bytes
    assert again.path.read_bytes() == delivery.read_bytes()


def test_the_warehouse_keeps_records_ordered_by_member_and_record_id(tmp_path):
    settings = Settings(data_dir=tmp_path / "daten")
    # "b-2" comes before "b" as a folder name ("-" < "/"), after it as a member key
    for member, ids in (("b-2", ["z", "c"]), ("b", ["y", "a", "x"])):
        records = _records(ids).assign(municipality=member)
        write_table(merge(None, records, set(), "snapshot", T1, OFFERS),
                    partition_path(settings.lake_dir, "offers", member))
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as warehouse:
        stored = warehouse.execute("SELECT municipality, record_id FROM offers_records").fetchall()
    assert stored == [("b", "a"), ("b", "x"), ("b", "y"), ("b-2", "c"), ("b-2", "z")]


def test_the_warehouse_keeps_the_order_of_partitions_in_several_row_groups(tmp_path):
    # DuckDB reads the row groups of a partition in parallel (`ROW_GROUP`); the
    # warehouse still holds them in the order they were written
    settings = Settings(data_dir=tmp_path / "daten")
    ids = {"b-2": [f"{i:04d}" for i in range(900, 0, -3)], "b": [f"{i:04d}" for i in range(1000, 0, -2)]}
    for member, member_ids in ids.items():
        records = _records(member_ids).assign(municipality=member)
        write_table(merge(None, records, set(), "snapshot", T1, OFFERS),
                    partition_path(settings.lake_dir, "offers", member), row_group_size=64)
    assert pq.ParquetFile(partition_path(settings.lake_dir, "offers", "b")).num_row_groups == 8
    refresh(settings)
    with connect(settings.warehouse_path, read_only=True) as warehouse:
        stored = warehouse.execute("SELECT municipality, record_id FROM offers_records").fetchall()
    assert stored == [(member, record) for member in ("b", "b-2") for record in sorted(ids[member])]
