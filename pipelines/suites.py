"""Great Expectations suites generated from schemas/ – never written by hand.

Every rule of a field in `schemas/<dataset>.yaml` becomes one expectation; the dataset-level
checks come from the schema's `quality:` section (severity included). Each expectation
carries in `meta` what the platform needs to speak about it in German: the check's name, the
field, the rule and – for dataset-level checks – its severity.

Row-level expectations (`level: row`) quarantine the rows they name; dataset-level ones
(`level: dataset`) judge the delivery as a whole.
"""
from __future__ import annotations

import math
import os
import re
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

from schemas import DatasetSchema

# Anchored with \Z: GE matches with `str.contains`, and `$` would let a trailing newline pass.
FORMAT_PATTERNS = {
    "postcode": r"^\d{5}\Z",
    "ags": r"^\d{8}\Z",
    "email": r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}\Z",
    "url": r"(?i)^https?://[^\s/]+\.\S+\Z",
    "phone": r"^\+?\d[\d\s/()\-–]{4,}\Z",
}

# German mobile numbers (015x, 016x, 017x; also +49/0049): taken as numbers of private persons.
# The pattern starts with the rare characters "+" or "0" so the regex engine can skip ahead.
MOBILE_NUMBER = (r"[+0](?<![\d+][+0])(?:(?<=\+)49|(?<=0)049|(?<=0))[\s/()\-]*(?:0[\s/()\-]*)?"
                 r"1[5-7]\d(?:[\s/()\-]*\d){6,9}(?!\d)")


def private_email_pattern(role_mailboxes: tuple[str, ...]) -> str:
    """An e-mail address whose part before the @ is not a role name (info@, kontakt@, …).

    The pattern starts at the "@" (fast to find) and looks back for the local part; each role
    is excluded only as the whole local part, so "max.info@…" is still private."""
    roles = "".join(f"(?<!(?<![\\w.+-]){re.escape(role)}@)" for role in role_mailboxes)
    return r"(?i)@(?<=[\w.+\-]@)" + roles + r"[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}"


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
    suite = gx.ExpectationSuite(name=f"{schema.key}_suite")
    for expectation in (*row_expectations(schema, role_mailboxes, located),
                        *dataset_expectations(schema, previous_rows, delivered_at, located)):
        suite.add_expectation(expectation)
    return suite


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
        yield gxe.ExpectColumnValuesToNotMatchRegex(
            column=f.name, regex=private_email_pattern((*schema.role_mailboxes, *role_mailboxes)),
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
