"""Great Expectations suites generated from schemas/ – never written by hand.

Every rule of a field in `schemas/<dataset>.yaml` becomes one expectation; the dataset-level
checks come from the schema's `quality:` section (severity included). Each expectation
carries in `meta` what the platform needs to speak about it in German: the check's name, the
field, the rule and – for dataset-level checks – its severity.

Row-level expectations (`level: row`) quarantine the rows they name; dataset-level ones
(`level: dataset`) judge the delivery as a whole. The platform runs the suites in DuckDB
(`pipelines.quality.engine`); GX's own validator (`validate_with_gx`) is the reference it is
tested against.
"""
from __future__ import annotations

import math
import os
from datetime import datetime, timedelta
from functools import cache

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # no usage reports from members' checks

import great_expectations as gx  # noqa: E402
import great_expectations.expectations as gxe
import pandas as pd
import shapely
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import ColumnMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider, column_condition_partial)

from pipelines.quality.patterns import FORMAT_PATTERNS, MOBILE_NUMBER, private_email_addresses
from schemas import DatasetSchema

class ColumnValuesWithoutPrivateEmail(ColumnMapMetricProvider):
    """Metric: a free text names no e-mail address of a private person."""
    condition_metric_name = "column_values.without_private_email"
    condition_value_keys = ("role_mailboxes",)

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, role_mailboxes, **kwargs):
        roles = set(role_mailboxes)
        return column.astype(str).map(lambda text: not private_email_addresses(text, roles))


class ExpectColumnValuesToNotContainPrivateEmail(ColumnMapExpectation):
    """Expect free texts to carry no private e-mail address; the mailboxes named in
    `role_mailboxes` (lower-case local parts such as "info") belong to organisations and are
    allowed."""
    role_mailboxes: list[str] = []
    map_metric = "column_values.without_private_email"
    success_keys = ("role_mailboxes", "mostly")


class ColumnValuesValidGeometry(ColumnMapMetricProvider):
    """Metric: a geometry (WKB) is valid in the OGC sense (closed rings, no self-intersection)."""
    condition_metric_name = "column_values.valid_geometry"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        return pd.Series(shapely.is_valid(shapely.from_wkb(column.to_numpy())), index=column.index)


class ExpectColumnValuesToBeValidGeometry(ColumnMapExpectation):
    """Expect every geometry in the column to be valid (OGC simple features)."""
    map_metric = "column_values.valid_geometry"
    success_keys = ("mostly",)


@cache
def gx_context():
    """One in-memory GX context per process; every frame is one whole-frame batch."""
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas("lieferungen").add_dataframe_asset("lieferung")
    return context, asset.add_batch_definition_whole_dataframe("ganze_lieferung")


def expectation_suite(schema: DatasetSchema, role_mailboxes: tuple[str, ...] = (),
                      previous_rows: int | None = None,
                      delivered_at: datetime | None = None,
                      located: bool = False) -> gx.ExpectationSuite:
    """The suite of one dataset. `role_mailboxes`: further local parts allowed in free text
    (the data offices' mailboxes from cluster.yaml); `previous_rows`: rows of the member's previous delivery (the
    row-count check needs it); `delivered_at`: the reference day of freshness; `located`:
    whether the frame has the geocoding columns (a member's delivery) or not (a bare check)."""
    gx_context()  # GX builds suites only with an active context
    # Handed over at once: `add_expectation` compares each new one with all before it.
    return gx.ExpectationSuite(name=f"{schema.key}_suite", expectations=[
        *row_expectations(schema, role_mailboxes, located),
        *dataset_expectations(schema, previous_rows, delivered_at, located)])


def row_expectations(schema: DatasetSchema, role_mailboxes: tuple[str, ...], located: bool):
    def meta(f, rule, **extra):
        return {"level": "row", "check": f"{rule}:{f.name}", "field": f.name, "rule": rule,
                **extra}

    for f in schema.delivered_fields:
        column = f.name
        if f.required:
            yield gxe.ExpectColumnValuesToNotBeNull(column=column, meta=meta(f, "required"))
        if f.max_length:
            yield gxe.ExpectColumnValueLengthsToBeBetween(column=column, max_value=f.max_length,
                                                          meta=meta(f, "max_length"))
        if f.minimum is not None or f.maximum is not None:
            yield gxe.ExpectColumnValuesToBeBetween(column=column, min_value=f.minimum,
                                                    max_value=f.maximum, meta=meta(f, "range"))
        if f.format:
            yield gxe.ExpectColumnValuesToMatchRegex(column=column, regex=FORMAT_PATTERNS[f.format],
                                                     meta=meta(f, "format"))
        if f.code_list:
            yield gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[
                c.code for c in f.code_list.codes], meta=meta(f, "code_list"))
        if f.not_before:
            yield gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=column, column_B=f.not_before, or_equal=True,
                ignore_row_if="either_value_is_missing", meta=meta(f, "not_before"))
    for f in schema.free_text_fields:
        yield ExpectColumnValuesToNotContainPrivateEmail(
            column=f.name, role_mailboxes=sorted({role.lower() for role in (
                *schema.role_mailboxes, *role_mailboxes)}),
            meta=meta(f, "private_email"))
        yield gxe.ExpectColumnValuesToNotMatchRegex(column=f.name, regex=MOBILE_NUMBER,
                                                    meta=meta(f, "private_phone"))
    if located:
        yield ExpectColumnValuesToBeValidGeometry(column="geometry", meta={
            "level": "row", "check": "geometry_valid:geometry", "field": "geometry",
            "rule": "geometry_valid"})


def dataset_expectations(schema: DatasetSchema, previous_rows: int | None,
                         delivered_at: datetime | None, located: bool):
    quality = schema.quality

    def meta(check, **extra):
        return {"level": "dataset", "check": check, "severity": quality[check]["severity"],
                **extra}

    if "duplicates" in quality:
        yield gxe.ExpectCompoundColumnsToBeUnique(
            column_list=list(schema.natural_key), ignore_row_if="any_value_is_missing",
            meta=meta("duplicates"))
    if "row_count_drop" in quality and previous_rows:
        least = math.ceil(previous_rows * (1 - quality["row_count_drop"]["max_drop"]))
        yield gxe.ExpectTableRowCountToBeBetween(min_value=least, meta=meta(
            "row_count_drop", previous_rows=previous_rows))
    if "geocoded_share" in quality and located:
        yield gxe.ExpectColumnValuesToNotBeInSet(
            column="geocode_precision", value_set=["none"],
            mostly=quality["geocoded_share"]["minimum"], meta=meta("geocoded_share"))
    if "freshness" in quality and delivered_at is not None:
        rule = quality["freshness"]
        cutoff = delivered_at - timedelta(days=rule["grace_days"])
        yield gxe.ExpectColumnValuesToBeBetween(
            column=rule["field"], min_value=_comparable(schema, rule["field"], cutoff),
            mostly=1 - rule["max_past_share"], meta=meta("freshness", cutoff=cutoff.isoformat()))


def _comparable(schema: DatasetSchema, name: str, instant: datetime) -> pd.Timestamp:
    """The cutoff as the suite's frame holds the field: dates as midnight UTC."""
    stamp = pd.Timestamp(instant).tz_convert("UTC")
    return stamp.normalize() if schema.field(name).type == "date" else stamp


def validate_with_gx(suite: gx.ExpectationSuite, frame: pd.DataFrame) -> list:
    """GX's own validator (pandas engine) on `frame`, every failing row named: the reference
    that tests hold `pipelines.duckdb_suite` to, and the speed `make bench` compares it with.

    This is the validator a GX `ValidationDefinition` runs, without the definition's result
    store (which would serialise and keep every result)."""
    from great_expectations.validator.v1_validator import Validator

    _, batch_definition = gx_context()
    validator = Validator(batch_definition=batch_definition, batch_parameters={"dataframe": frame},
                          result_format={"result_format": "COMPLETE",
                                         "partial_unexpected_count": 0,
                                         "return_unexpected_index_query": False})
    return validator.validate_expectation_suite(suite).results
