"""The reading path as it was before it was vectorised, kept as the oracle of
tests/test_vectorised_reading.py: CSV files read by Python's csv module, rows as one dict
per row, mapping row by row, and `normalise` reading value by value (each distinct (type,
value) once, as `_read_once` does)."""
from __future__ import annotations

import pandas as pd
import pytest

import connectors
from connectors import csv_excel
from pipelines.ingest.normalise import read_by_value, read_fields


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
