"""Instants as people in Berlin read them, for every export format: Arrow converts them
(fast, each distinct instant once), zoneinfo those after Arrow's rules of the zone end."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import cache

import pyarrow as pa
import pyarrow.compute as pc

from pipelines.core.german import BERLIN
from pipelines.export.values import per_distinct


def berlin_times(values: pa.Array, pattern: str) -> pa.Array:
    """Instants (UTC) formatted in Europe/Berlin wall time by Arrow (`pattern` as strftime,
    without the zone), each distinct instant once (Arrow's time zone rules are slow per
    value); those after Arrow's rules of the zone from their `wall_time`. A time in the hour
    the clocks show twice (02:00 to 02:59 on the last Sunday of October) says which showing
    it is, „2026-10-25 02:30 (MESZ)“ and „2026-10-25 02:30 (MEZ)“ (`german.showing`): two
    events an hour apart looked alike. Other times stay as they are."""
    def formatted(distinct: pa.Array) -> pa.Array:
        texts = pc.strftime(distinct.cast(pa.timestamp("us", tz=BERLIN.key)), pattern)
        later = after_arrow_rules(distinct)
        if pc.any(later).as_py():
            texts = pc.replace_with_mask(texts, later, pc.strftime(
                wall_time(pc.filter(distinct, later)), pattern))
        return _showing(distinct, texts)
    return per_distinct(values, formatted, "")


def _showing(instants: pa.Array, texts: pa.Array) -> pa.Array:
    """The texts of instants in the hour shown twice with the showing they are."""
    marks = showings(instants)
    return texts if marks is None else pc.binary_join_element_wise(texts, marks, "")


def showings(instants: pa.Array) -> pa.Array | None:
    """Of each instant (UTC) which showing of the hour the clocks show twice it is, the rule
    of `german.showing` for a column at once: " (MESZ)", " (MEZ)" or "" (also where the
    instant is missing); None where no instant lies in that hour."""
    wall = wall_time(instants)
    # the first showing is an hour before the same wall time
    first = pc.equal(wall_time(pc.add(instants, pa.scalar(timedelta(hours=1)))), wall)
    second = second_showing(instants, wall)
    if not (pc.any(first).as_py() or pc.any(second).as_py()):
        return None
    return pc.fill_null(pc.if_else(first, " (MESZ)", pc.if_else(second, " (MEZ)", "")), "")


def second_showing(instants: pa.Array, wall: pa.Array) -> pa.Array:
    """Whether each instant (UTC), shown as `wall` (its `wall_time`), is the second showing of
    the hour the clocks show twice: an hour before, the clocks showed the same time."""
    return pc.equal(wall_time(pc.subtract(instants, pa.scalar(timedelta(hours=1)))), wall)


def wall_time(instants: pa.Array) -> pa.Array:
    """Instants as Berlin wall-clock time (without zone): by Arrow, those after its rules of
    the zone (`after_arrow_rules`) by zoneinfo."""
    walls = pc.local_timestamp(instants.cast(pa.timestamp(instants.type.unit, tz=BERLIN.key)))
    later = after_arrow_rules(instants)
    if not pc.any(later).as_py():
        return walls
    return pc.replace_with_mask(walls, later, pa.array(
        [moment.astimezone(BERLIN).replace(tzinfo=None) for moment in pc.filter(instants, later).to_pylist()],
        walls.type))


def after_arrow_rules(instants: pa.Array) -> pa.Array:
    """Whether each instant (UTC) lies where Arrow's Berlin time may differ from zoneinfo's
    (false where missing): Arrow's rules end with the changes the zone file lists (to 2037)
    and keep the last offset after, where zoneinfo follows the zone's present rule
    (apache/arrow#36110) – a summer event in 2041 would show in winter time."""
    return pc.fill_null(pc.greater(instants, pa.scalar(_arrow_rules_end(), instants.type)), False)


@cache
def _arrow_rules_end() -> datetime:
    """The last of 1 January and 1 July of each year (UTC) up to which Arrow's Berlin time is
    zoneinfo's."""
    moments = [datetime(year, month, 1, tzinfo=timezone.utc) for year in range(1970, 2201) for month in (1, 7)]
    walls = pc.local_timestamp(pa.array(moments, pa.timestamp("s", tz=BERLIN.key))).to_pylist()
    wrong = next((n for n, (moment, wall) in enumerate(zip(moments, walls))
                  if moment.astimezone(BERLIN).replace(tzinfo=None) != wall), None)
    return moments[-1] if wrong is None else moments[max(wrong - 1, 0)]


def all_day_days(start: pa.Array, end: pa.Array) -> tuple[pa.Array, pa.Array]:
    """An all-day event's first and last day (Berlin wall time at midnight): the stored end
    is the midnight after the last day (iCalendar's DTEND), so 26.11. to 22.12. shows as
    that, not „23.12. 00:00“; an end before its start or none shows the first day."""
    first = pc.floor_temporal(wall_time(start), unit="day")
    stop = wall_time(end)
    last = pc.floor_temporal(stop, unit="day")
    last = pc.if_else(pc.equal(stop, last), pc.subtract(last, pa.scalar(timedelta(days=1))), last)
    return first, pc.if_else(pc.or_kleene(pc.is_null(last), pc.greater(last, first)), last, first)
