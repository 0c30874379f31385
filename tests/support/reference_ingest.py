"""The reading path as it was before it was vectorised, kept as the oracle of
tests/test_vectorised_reading.py: CSV rows as one dict per row, mapping row by row, and
`normalise` reading value by value (each distinct (type, value) once, as `_read_once` does)."""
from __future__ import annotations

import pandas as pd

import connectors
from pipelines.core.problems import Problem
from pipelines.ingest.normalise import ValueProblem, _as_text, _comma_column, _parser, _read_once


def read_delivery_by_rows(path, connector, options=None):
    """The delivery with its rows as a list of dicts, as the CSV reader made them before."""
    delivery = connectors.read_delivery(path, connector, options)
    delivery.rows = [delivery.rows[i] for i in range(len(delivery.rows))]
    return delivery


def normalise_value_by_value(frame: pd.DataFrame, schema, options: dict | None = None):
    options = options or {}
    decimal_comma = options.get("decimal", ",") == ","
    result = pd.DataFrame(index=frame.index)
    problems: list[Problem] = []
    for f in schema.delivered_fields:
        if f.name not in frame:
            result[f.name] = None
            continue
        read = _read_once(_parser(f, decimal_comma and _comma_column(frame[f.name], f)))
        values = []
        for row, raw in frame[f.name].items():
            value = read(raw)
            if isinstance(value, ValueProblem):
                problems.append(Problem(row, f.name, _as_text(raw), str(value)))
                value = None
            values.append(value)
        result[f.name] = pd.Series(values, index=frame.index, dtype=object)
    return result, problems
