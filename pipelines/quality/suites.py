"""The generated suites as Great Expectations objects, and GX's own validator.

The suites themselves come from schemas/ as plain expectations
(`pipelines.quality.expectations`), which the platform runs in DuckDB
(`pipelines.quality.engine`) without importing GX. Here the same expectations become a GX
suite – with the platform's two expectation types of its own – so that GX's validator
(`validate_with_gx`) is the reference the engine is tested against and `make bench` compares
it with. Row-level expectations (`level: row`) quarantine the rows they name; dataset-level
ones (`level: dataset`) judge the delivery as a whole.
"""
from __future__ import annotations

import os
from functools import cache

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # no usage reports from members' checks

import great_expectations as gx  # noqa: E402
import pandas as pd
import shapely
from great_expectations.compatibility.pydantic import validator
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import ColumnMapExpectation
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider, column_condition_partial)

from pipelines.quality.expectations import Expectation
from pipelines.quality.patterns import private_email_addresses


class ColumnValuesWithoutPrivateEmail(ColumnMapMetricProvider):
    """Metric: a published text (a `contact_check` field) names no e-mail address of a
    private person."""
    condition_metric_name = "column_values.without_private_email"
    condition_value_keys = ("role_mailboxes", "municipality_mailboxes", "free_mail_domains")

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, role_mailboxes, municipality_mailboxes, free_mail_domains, **kwargs):
        roles, places = set(role_mailboxes.splitlines()), set(municipality_mailboxes.splitlines())
        domains = set(free_mail_domains.splitlines())
        return column.astype(str).map(
            lambda text: not private_email_addresses(text, roles, domains, places))


class ExpectColumnValuesToNotContainPrivateEmail(ColumnMapExpectation):
    """Expect published texts to carry no private e-mail address; the mailboxes named in
    `role_mailboxes` (local parts as `mailbox_key` writes them, such as "info") belong to
    organisations and are allowed, those in `municipality_mailboxes` where the domain does not
    name them too; none at the providers in `free_mail_domains`.

    Each of the three lists is kept as one text, a name a line: GX serialises an expectation's
    arguments dozens of times while validating, which for the 12,283 municipalities as a list
    took 1.7 s per column and delivery, as one text a millisecond."""
    role_mailboxes: str = ""
    municipality_mailboxes: str = ""
    free_mail_domains: str = ""
    map_metric = "column_values.without_private_email"
    success_keys = ("role_mailboxes", "municipality_mailboxes", "free_mail_domains", "mostly")

    @validator("role_mailboxes", "municipality_mailboxes", "free_mail_domains", pre=True)
    def _a_name_a_line(cls, names):
        return names if isinstance(names, str) else "\n".join(names)


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


def gx_suite(plain: list[Expectation]) -> gx.ExpectationSuite:
    """Plain expectations as a GX suite, each through GX's own configuration class."""
    gx_context()  # GX builds suites only with an active context
    # Handed over at once: `add_expectation` compares each new one with all before it.
    return gx.ExpectationSuite(name="suite", expectations=[
        ExpectationConfiguration(type=e.type, kwargs=e.kwargs, meta=e.meta).to_domain_obj()
        for e in plain])


def validate_with_gx(suite: gx.ExpectationSuite, frame: pd.DataFrame) -> list:
    """GX's own validator (pandas engine) on `frame`, every failing row named: the reference
    that tests hold `pipelines.quality.engine` to, and the speed `make bench` compares it with.

    This is the validator a GX `ValidationDefinition` runs, without the definition's result
    store (which would serialise and keep every result)."""
    from great_expectations.validator.v1_validator import Validator

    _, batch_definition = gx_context()
    validator = Validator(batch_definition=batch_definition, batch_parameters={"dataframe": frame},
                          result_format={"result_format": "COMPLETE",
                                         "partial_unexpected_count": 0,
                                         "return_unexpected_index_query": False})
    return validator.validate_expectation_suite(suite).results
