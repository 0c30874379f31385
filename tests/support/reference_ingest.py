"""The reading path as it was before it was vectorised, kept as the oracle of
tests/test_vectorised_reading.py: CSV files read by Python's csv module, rows as one dict
per row, mapping row by row, and `normalise` reading value by value (each distinct (type,
value) once, as `_read_once` does); and `same_both_ways`, which checks a delivery on both
paths and compares."""
from __future__ import annotations

from datetime import datetime, timezone

import pandas as pd
import pytest

import connectors
import pipelines.ingest.delivery as ingest
from connectors import DeliveryError, csv_excel
from pipelines.ingest.normalise import read_by_value, read_fields
from pipelines.ingest.precheck import precheck

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def read_delivery_by_rows(path, connector, options=None):
    """The delivery with its rows as a list of dicts, a CSV file read by the csv module."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_excel, "read", csv_excel.read_rows)
        delivery = connectors.read_delivery(path, connector, options)
    delivery.rows = [delivery.rows[i] for i in range(len(delivery.rows))]
    return delivery


def normalise_value_by_value(frame: pd.DataFrame, schema, options: dict | None = None):
    decimal_comma = (options or {}).get("decimal", ",") == ","
    return read_fields(frame, schema, lambda raw, f: read_by_value(raw, f, decimal_comma))


def checked_delivery(settings, cluster, path, dataset, member):
    """What a check of the delivery gives: the records, their Python types, the problems, the
    notes and the rejected ids – or the message refusing the whole file."""
    try:
        result = precheck(settings, cluster, path, dataset, member, NOW)
    except DeliveryError as error:
        return str(error)
    records = result.checked.records
    return (records, [[type(value) for value in records[column]] for column in records],
            result.problems, result.checked.notes, sorted(result.checked.rejected_ids))


def same_both_ways(settings, cluster, path, dataset, member, monkeypatch):
    """The delivery checked column by column and by the old path gives the same."""
    new = checked_delivery(settings, cluster, path, dataset, member)
    with monkeypatch.context() as old_path:
        old_path.setattr(ingest, "read_delivery", read_delivery_by_rows)
        old_path.setattr(ingest, "normalise", normalise_value_by_value)
        old = checked_delivery(settings, cluster, path, dataset, member)
    if isinstance(old, str) or isinstance(new, str):
        assert new == old
        return
    pd.testing.assert_frame_equal(new[0], old[0])
    assert new[1] == old[1]
    pd.testing.assert_frame_equal(new[2], old[2])
    assert new[3:] == old[3:]
