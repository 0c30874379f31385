"""`normalise` reads each distinct value once; the result must be that of reading every value
by itself (the parsers of `pipelines.ingest.normalise`, value by value: the reference) on
every sample delivery and on values that Python holds equal but the parsers do not."""
import pandas as pd
import pytest

from support.cli import SAMPLES
from connectors import read_delivery
from pipelines.ingest.columns import map_columns
from pipelines.ingest.dates import whole_days
from pipelines.ingest.normalise import ValueProblem, _comma_column, _parser, normalise
from schemas import load_schema


def value_by_value(frame: pd.DataFrame, schema, options: dict):
    """The reference: every value through its field's parser on its own, then each row on its
    own through the rules across its fields (`whole_days`: all-day or not, ends of days)."""
    decimal_comma = options.get("decimal", ",") == ","
    values, problems = {}, set()
    for f in schema.delivered_fields:
        if f.name not in frame:
            values[f.name] = [None] * len(frame)
            continue
        parse, column = _parser(f, decimal_comma and _comma_column(frame[f.name], f)), []
        for row, raw in frame[f.name].items():
            try:
                column.append(parse(raw))
            except ValueProblem as problem:
                problems.add((row, f.name, str(problem)))
                column.append(None)
        values[f.name] = column
    reference = pd.DataFrame(values, index=frame.index, dtype=object)
    for row in frame.index:
        alone = reference.loc[[row]].copy()
        whole_days(frame.loc[[row]], alone, schema)
        reference.loc[[row]] = alone
    return {name: reference[name].tolist() for name in values}, problems


@pytest.mark.parametrize("path", sorted(p for p in SAMPLES.glob("*/*")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_reads_as_value_by_value(path, cluster):
    source = next(s for s in cluster.member(path.parent.name).sources.values()
                  if s.location.name == path.name)
    schema = load_schema(source.dataset)
    delivery = read_delivery(path, source.connector, source.options)
    mapped, _ = map_columns(delivery, schema, source.mapping)
    values, problems = normalise(mapped, schema, source.options)
    expected_values, expected_problems = value_by_value(mapped, schema, source.options)
    for name, column in expected_values.items():
        assert [type(v) for v in values[name]] == [type(v) for v in column], name
        assert list(values[name]) == column, name
    assert {(p.row, p.field, p.reason) for p in problems} == expected_problems


def test_values_equal_in_python_are_read_by_their_own_type():
    schema = load_schema("offers")
    numeric = next(f for f in schema.delivered_fields if f.type == "decimal")
    frame = pd.DataFrame({numeric.name: [1, True, 1.0, "1", True, [1]]}, dtype=object)
    values, problems = normalise(frame, schema)
    assert list(values[numeric.name])[:4] == [1.0, None, 1.0, 1.0]
    assert sorted(p.row for p in problems) == [1, 4, 5]
