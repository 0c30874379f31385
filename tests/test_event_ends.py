"""The end of an event where the delivery says none: an end that says nothing beyond its start
is left empty – an open end – rather than made an event of no length or one that ends at
midnight. Found with Berlin's real list of Volks- und Straßenfeste
(tests/data/real/berlin-volksfeste, `start: [von, zeit]`, `end: [bis, zeit]`): „2014-03-08“ and
„08.03.2014“ each joined to „20:00“ ended where they began, and the New Year's Eve party
„2014-12-31“ + „ab 19:00“ ended at midnight."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from connectors import read_delivery
from pipelines.export.calendar import write_ical
from pipelines.ingest.columns import map_columns
from pipelines.ingest.dates import read_instant
from pipelines.ingest.normalise import normalise
from schemas import load_schema
from support.ical_reference import events_table
from test_all_day_rule import _events
from test_export_ical import ABOUT

REAL = Path(__file__).parent / "data" / "real" / "berlin-volksfeste"


def _berlin(wall: str) -> pd.Timestamp:
    return pd.Timestamp(wall, tz="Europe/Berlin").tz_convert("UTC")


def _read_alone(rows: list[dict]) -> list:
    """Each end read on its own: an instant, not a refused text – what the rows leave empty,
    the rule leaves empty."""
    return [read_instant(row["end"], until=True) for row in rows]


def test_an_end_that_is_its_start_written_otherwise_is_no_end():
    """One time column joined to two date columns written differently: the texts differ, the
    instant is the same – the delivery names no end."""
    rows = [
        {"start": "2014-03-08 20:00", "end": "08.03.2014 20:00"},
        {"start": "08.03.2014 20 Uhr", "end": "2014-03-08 20:00"},
        {"start": "22.11.2015 11 Uhr", "end": "22.11.2015 11 Uhr"},  # the same text, as before
    ]
    values = _events(rows)
    assert values["start"].tolist() == _read_alone(rows)
    assert values["end"].tolist() == [None] * 3
    assert values["all_day"].tolist() == [False] * 3


def test_a_beginning_read_as_an_end_on_the_first_day_is_an_open_end():
    """„ab 19:00“ says when the party begins, not when it ends: not at midnight."""
    rows = [
        {"start": "2014-12-31 ab 19:00", "end": "31.12.2014 ab 19:00"},
        {"start": "31.12.2014 ab 19:00", "end": "31.12.2014 ab 19:00"},
        {"start": "12.04.2014, Beginn: 11 Uhr", "end": "2014-04-12 Beginn 11:00"},
        {"start": "12.04.2014 um 19.30 Uhr", "end": "12.04.2014 um 19.30 Uhr"},
    ]
    values = _events(rows)
    assert None not in _read_alone(rows)
    assert values["end"].tolist() == [None] * 4
    assert values["all_day"].tolist() == [False] * 4


def test_ends_that_say_something_stay():
    values = _events([
        # a fest over two days „ab 10:00“: it lasts until the end of its last day
        {"start": "2014-04-12 ab 10:00", "end": "13.04.2014 ab 10:00"},
        # one day without a time: all of that day
        {"start": "2014-03-02", "end": "02.03.2014"},
        # a span in the time column: its end
        {"start": "2014-05-10 14:00-18:00", "end": "10.05.2014 14:00-18:00"},
        # delivered as ending when it begins, but with a date only: until the end of that day
        {"start": "2014-03-08 20:00", "end": "08.03.2014"},
    ])
    assert values["end"].tolist() == [_berlin("2014-04-14"), _berlin("2014-03-03"),
                                      _berlin("2014-05-10 18:00"), _berlin("2014-03-09")]
    assert values["all_day"].tolist() == [False, True, False, False]


def test_berlin_s_real_list_names_no_end_where_it_says_none():
    config = yaml.safe_load((REAL / "cluster.yaml").read_text(encoding="utf-8"))
    source = config["members"][0]["sources"]["events"]
    schema = load_schema("events")
    delivery = read_delivery(REAL / source["location"], source["connector"], source["options"])
    mapped, _ = map_columns(delivery, schema, source["mapping"])
    values, _ = normalise(mapped, schema)
    by_id = values.set_index("source_id")
    # „2014-03-08“ and „08.03.2014“, each + „20:00“; „2014-12-31“ and „31.12.2014“ + „ab 19:00“
    assert by_id.at["377", "start"] == _berlin("2014-03-08 20:00")
    assert by_id.at["313", "start"] == _berlin("2014-12-31 19:00")
    assert by_id.at["377", "end"] is None and by_id.at["313", "end"] is None
    # „2014-04-12“ to „13.04.2014“ + „ab 10:00“: both days
    assert by_id.at["429", "end"] == _berlin("2014-04-14")


def test_an_open_end_has_no_dtend_in_the_calendar(tmp_path):
    """RFC 5545 3.6.1: a DTSTART with a time and neither DTEND nor DURATION – the calendar
    shows when the party begins and invents no end."""
    values = _events([{"title": "Silvesterparty", "start": "2014-12-31 ab 19:00",
                       "end": "31.12.2014 ab 19:00"}])
    rows = values.assign(record_id="silvester", last_seen=pd.Timestamp("2014-12-01", tz="UTC"),
                         lat=float("nan"), lon=float("nan"))
    calendar = write_ical(events_table(rows), tmp_path / "berlin.ics", ABOUT).read_text("utf-8")
    assert "DTSTART;TZID=Europe/Berlin:20141231T190000" in calendar
    assert "DTEND" not in calendar
