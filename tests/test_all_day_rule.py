"""„Ganztägig“ where the member does not say it: a delivery without an all_day column (Kusel's
event list: Datum, von, bis) makes an event given as dates only all-day („ja“) and one with a
time of day not („nein“) – before, an evening concert 19:00–21:30 showed „Ganztägig“ empty in
the joint calendar. A delivered all_day always wins; nothing delivered leaves it empty."""
from __future__ import annotations

import csv
import io
import shutil
from datetime import date, datetime

import duckdb
import pandas as pd
import pytest

from pipelines.core.settings import PROJECT_ROOT
from pipelines.ingest.normalise import normalise
from schemas import load_schema
from support.cli import SAMPLES, swdp_in_process


def _events(rows: list[dict]) -> pd.DataFrame:
    schema = load_schema("events")
    frame = pd.DataFrame(rows, dtype=object)
    for f in schema.delivered_fields:
        if f.name not in frame:
            frame[f.name] = None
    values, _ = normalise(frame, schema)
    return values


def test_a_time_of_day_makes_an_event_not_all_day_unless_the_delivery_says():
    values = _events([
        {"start": "05.12.2026 19:00", "end": "05.12.2026 22:00"},
        {"start": "05.12.2026 19 Uhr"},  # no end
        {"end": "05.12.2026 22:00"},  # no start
        {"start": "05.12.2026 19:00", "end": "05.12.2026"},  # until the end of that day
        {"start": "05.12.2026", "end": "05.12.2026 22:00"},
        {"start": "28.11.2015 11.30 Uhr bis 12.30 Uhr"},  # a span of hours
        {"start": datetime(2026, 12, 5, 19, 0), "end": datetime(2026, 12, 5, 22, 0)},  # Excel
        {"start": "46361,791666667"},  # Excel's day number with its fraction: 19:00
        {"start": "05.12.2026", "end": "06.12.2026"},  # dates only: all-day, as before
        {"start": datetime(2026, 12, 5), "end": "46362"},  # Excel date cells
        {"start": "26.11.2015 bis 22.12.2015"},
        {"title": "Nikolausmarkt"},  # nothing given: nothing to say
        {"start": "demnächst 19:00"},  # unreadable: a problem of that row, nothing else
    ])
    assert values["all_day"].tolist() == [False] * 8 + [True] * 3 + [None] * 2
    # made „nein“, the concert with a date-only end still lasts until midnight
    midnight = pd.Timestamp("2026-12-06", tz="Europe/Berlin").tz_convert("UTC")
    assert values.at[3, "end"] == midnight


def test_a_delivered_all_day_wins():
    assert _events([
        {"start": "05.12.2026 19:00", "all_day": "ja"},
        {"start": "05.12.2026", "end": "06.12.2026", "all_day": "nein"},
        {"start": "05.12.2026 00:00", "all_day": True},
        # iCalendar's DATE values: the connector says all_day, the dates alone decide nothing
        {"start": date(2026, 12, 5), "all_day": True},
        {"start": date(2026, 12, 5)},
    ])["all_day"].tolist() == [True, False, True, True, None]


def _kusel_without_all_day(tmp_path):
    """The configuration with Kusel's event list cut to an evening concert and a day
    without times (the list has no all_day column: `start: [Datum, von]`)."""
    config = tmp_path / "config"
    config.mkdir()
    shutil.copy(PROJECT_ROOT / "cluster.yaml", config)
    shutil.copytree(PROJECT_ROOT / "samples", config / "samples")
    delivered = config / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv"
    rows = list(csv.DictReader(io.StringIO(
        (SAMPLES / "kusel" / "veranstaltungen.csv").read_text("utf-8-sig")), delimiter=";"))
    timed, whole = rows[0], {**rows[1], "von": "", "bis": ""}
    assert "all_day" not in timed and timed["von"] and timed["bis"]
    with delivered.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(timed), delimiter=";")
        writer.writeheader()
        writer.writerows([timed, whole])
    return config / "cluster.yaml", timed, whole


@pytest.mark.slow
def test_kusels_events_say_ganztaegig_ja_or_nein_in_lake_and_exports(tmp_path):
    cluster_file, concert, day = _kusel_without_all_day(tmp_path)
    timed, whole = concert["ID"], day["ID"]
    data_dir = tmp_path / "data"
    done = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir,
                           env={"SWDP_CONFIG": str(cluster_file)})
    assert done.returncode == 0, done.stderr[-2000:]
    lake = data_dir / "lake" / "events" / "municipality=kusel" / "records.parquet"
    with duckdb.connect() as db:
        stored = dict(db.execute(f"SELECT source_id, all_day FROM read_parquet('{lake}')"
                                 ).fetchall())
    assert stored == {timed: False, whole: True}
    # the member's file and the joint calendar of all members
    for name in ("kusel", "suedwest-cluster"):
        text = (data_dir / "export" / "events" / f"{name}.csv").read_text("utf-8-sig")
        exported = {row["Kennung beim Mitglied"]: row["Ganztägig"]
                    for row in csv.DictReader(io.StringIO(text), delimiter=";")}
        assert exported == {timed: "nein", whole: "ja"}, name
    # iCalendar: the concert at its times, the day as a date
    calendar = (data_dir / "export" / "events" / "kusel.ics").read_text("utf-8")
    starts = [line for line in calendar.splitlines() if line.startswith("DTSTART;")]
    at = datetime.strptime(f"{concert['Datum']} {concert['von']}", "%d.%m.%Y %H:%M")
    on = datetime.strptime(day["Datum"], "%d.%m.%Y")
    assert sorted(starts) == [f"DTSTART;TZID=Europe/Berlin:{at:%Y%m%dT%H%M%S}",
                              f"DTSTART;VALUE=DATE:{on:%Y%m%d}"]
