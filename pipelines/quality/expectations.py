"""The suite of a dataset as plain expectations, generated from schemas/ – never written by hand.

Every rule of a field in `schemas/<dataset>.yaml` becomes one expectation; the dataset-level
checks come from the schema's `quality:` section (severity included). Each expectation
carries in `meta` what the platform needs to speak about it in German: the check's name, the
field, the rule and – for dataset-level checks – its severity.

Expectations are named and parameterised exactly as in Great Expectations (GX 1.x), but built
without importing it (4–5 s): the DuckDB engine (`pipelines.quality.engine`) runs them as they
are, and `pipelines.quality.suites` turns the same list into a GX suite, the reference that
tests hold the engine to.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pandas as pd

from pipelines.quality.patterns import FORMAT_PATTERNS, MOBILE_NUMBER, mailbox_key, place_mailboxes
from schemas import DatasetSchema

# The platform's own expectation types (GX classes in `pipelines.quality.suites`).
PRIVATE_EMAIL = "expect_column_values_to_not_contain_private_email"
VALID_GEOMETRY = "expect_column_values_to_be_valid_geometry"


@dataclass(frozen=True)
class Expectation:
    """One expectation as GX configures it: its snake-case type, its arguments (GX's names;
    arguments left at their default are absent) and the platform's `meta`."""
    type: str
    kwargs: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)


def expectations(schema: DatasetSchema, role_mailboxes: tuple[str, ...] = (),
                 previous_rows: int | None = None, delivered_at: datetime | None = None,
                 located: bool = False,
                 municipality_mailboxes: tuple[str, ...] = ()) -> list[Expectation]:
    """The suite of one dataset. `role_mailboxes`: further local parts allowed in contact fields
    (the data offices' mailboxes from cluster.yaml), `municipality_mailboxes`: the
    municipalities' names, both as `mailbox_key` writes them; `previous_rows`: rows of the member's
    previous delivery (the row-count check needs it); `delivered_at`: the reference day of
    freshness; `located`: whether the frame has the geocoding columns (a member's delivery)
    or not (a bare check)."""
    return [*row_expectations(schema, role_mailboxes, municipality_mailboxes, located),
            *dataset_expectations(schema, previous_rows, delivered_at, located)]


def _expect(kind: str, meta: dict, **kwargs) -> Expectation:
    return Expectation(kind, {key: value for key, value in kwargs.items() if value is not None},
                       meta)


def row_expectations(schema: DatasetSchema, role_mailboxes: tuple[str, ...],
                     municipality_mailboxes: tuple[str, ...], located: bool):
    def meta(f, rule):
        return {"level": "row", "check": f"{rule}:{f.name}", "field": f.name, "rule": rule}

    for f in schema.delivered_fields:
        column = f.name
        if f.required:
            yield _expect("expect_column_values_to_not_be_null", meta(f, "required"),
                          column=column)
        if f.max_length:
            yield _expect("expect_column_value_lengths_to_be_between", meta(f, "max_length"),
                          column=column, max_value=f.max_length)
        if f.minimum is not None or f.maximum is not None:
            yield _expect("expect_column_values_to_be_between", meta(f, "range"), column=column,
                          min_value=f.minimum, max_value=f.maximum)
        if f.format:
            yield _expect("expect_column_values_to_match_regex", meta(f, "format"),
                          column=column, regex=FORMAT_PATTERNS[f.format])
        if f.code_list:
            yield _expect("expect_column_values_to_be_in_set", meta(f, "code_list"),
                          column=column, value_set=[c.code for c in f.code_list.codes])
        if f.not_before:
            yield _expect("expect_column_pair_values_a_to_be_greater_than_b",
                          meta(f, "not_before"), column_A=column, column_B=f.not_before,
                          or_equal=True, ignore_row_if="either_value_is_missing")
    roles = sorted({*map(mailbox_key, schema.role_mailboxes), *role_mailboxes})
    places = sorted(set(municipality_mailboxes) - place_mailboxes(schema.family_name_places))
    for f in schema.contact_checked_fields:
        # an e-mail field holds no phone number, a phone field no address: their format
        # rules reject anything else
        if f.format != "phone":
            yield _expect(PRIVATE_EMAIL, meta(f, "private_email"), column=f.name,
                          role_mailboxes=roles, municipality_mailboxes=places,
                          free_mail_domains=sorted(schema.free_mail_domains))
        if f.format != "email":
            yield _expect("expect_column_values_to_not_match_regex", meta(f, "private_phone"),
                          column=f.name, regex=MOBILE_NUMBER)
    if located:
        yield _expect(VALID_GEOMETRY, {"level": "row", "check": "geometry_valid:geometry",
                                       "field": "geometry", "rule": "geometry_valid"},
                      column="geometry")


def dataset_expectations(schema: DatasetSchema, previous_rows: int | None,
                         delivered_at: datetime | None, located: bool):
    quality = schema.quality

    def meta(check, **extra):
        return {"level": "dataset", "check": check, "severity": quality[check]["severity"],
                **extra}

    if "duplicates" in quality:
        yield _expect("expect_compound_columns_to_be_unique", meta("duplicates"),
                      column_list=list(schema.natural_key), ignore_row_if="any_value_is_missing")
    if "row_count_drop" in quality and previous_rows:
        least = math.ceil(previous_rows * (1 - quality["row_count_drop"]["max_drop"]))
        yield _expect("expect_table_row_count_to_be_between",
                      meta("row_count_drop", previous_rows=previous_rows), min_value=least)
    if "geocoded_share" in quality and located:
        yield _expect("expect_column_values_to_not_be_in_set", meta("geocoded_share"),
                      column="geocode_precision", value_set=["none"],
                      mostly=quality["geocoded_share"]["minimum"])
    if "freshness" in quality and delivered_at is not None:
        rule = quality["freshness"]
        cutoff = delivered_at - timedelta(days=rule["grace_days"])
        yield _expect("expect_column_values_to_be_between",
                      meta("freshness", cutoff=cutoff.isoformat()), column=rule["field"],
                      min_value=_comparable(schema, rule["field"], cutoff),
                      mostly=1 - rule["max_past_share"])


def _comparable(schema: DatasetSchema, name: str, instant: datetime) -> pd.Timestamp:
    """The cutoff as the suite's frame holds the field: dates as midnight UTC."""
    stamp = pd.Timestamp(instant).tz_convert("UTC")
    return stamp.normalize() if schema.field(name).type == "date" else stamp
