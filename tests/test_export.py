from datetime import date

import pandas as pd

from pipelines.export.files import _csv_cell
from schemas import load_schema

events = load_schema("events")


def test_cells_excel_would_run_as_a_formula_are_neutralised():
    title = events.field("title")
    for dangerous in ("=HYPERLINK(\"http://x\")", "+49 631 1234", "-2+3", "@SUM(A1)"):
        assert _csv_cell(dangerous, title) == "'" + dangerous
    assert _csv_cell("Kerwe in Kusel", title) == "Kerwe in Kusel"


def test_values_are_written_the_way_german_excel_reads_them():
    assert _csv_cell(1250.5, events.field("price_eur")) == "1250,5"
    assert _csv_cell(-3.0, events.field("price_eur")) == "-3"  # a number, not a formula
    assert _csv_cell(True, events.field("accessible")) == "ja"
    assert _csv_cell(pd.Timestamp("2026-12-05 18:30", tz="UTC"), events.field("start")) == "2026-12-05 19:30"
    assert _csv_cell(pd.Timestamp("2026-07-01 18:00", tz="UTC"), events.field("start")) == "2026-07-01 20:00"
    assert _csv_cell(date(2027, 1, 31), load_schema("offers").field("valid_from")) == "2027-01-31"
    assert _csv_cell(None, events.field("title")) == ""
