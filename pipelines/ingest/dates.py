"""German dates and times as delivered, and events delivered with dates only.

Dates come as TT.MM.JJJJ, ISO or spreadsheet date cells, times also as "19.30 Uhr" or "19 Uhr";
times without zone are local time in Europe/Berlin; two-digit years are refused rather than
guessed, spans ("11 Uhr bis 18 Uhr") rather than cut.

Read on its own, a start or end without a time ("11.12.2015", "2015-12-11", an Excel date
cell) is midnight: a market from 11 to 20 December would end at 20.12. 00:00 and lose its last
day, a one-day event would last no time at all. So (`whole_days`) a date-only end means the end
of that day and is stored as the midnight after it (Europe/Berlin), as the exports and
iCalendar's DTEND take the end of an all-day event; and an event whose delivered times are all
dates is all-day where the delivery does not say (no `all_day` value), and one with a time
of day in its start or end is not – "Ganztägig: nein" in the exports, not left empty. A start
with a time and a date-only end ("11.12.2015 19:00" to "11.12.2015") thus lasts until
midnight, keeps its times and is not all-day; an event delivered as not all-day (`all_day`
"nein") keeps its end as delivered. A delivered `all_day` always wins.
iCalendar's DATE values come from the connector as dates, not texts, and are exact: the
connector says whether the event is all-day, and its DTEND already is the day after.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta, timezone

import numpy as np
import pandas as pd

from pipelines.core.german import BERLIN
from pipelines.ingest.day_numbers import excel_serial, written_out
from pipelines.ingest.spoken_dates import hours_per_weekday, spoken, wrong_weekday
from pipelines.ingest.texts import ValueProblem, as_text, each_distinct
from schemas import DatasetSchema

_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_TWO_DIGIT_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A time of day as German listings write it: "19:30", "19.30", "19.30 Uhr", "19 Uhr".
_TIME = r"\d{1,2}(?:[:.]\d{2}(?: ?Uhr)?| ?Uhr)"
_GERMAN_DATETIME = re.compile(r"(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})[ ,T]+(\d{1,2})"
                              r"(?:[:.](\d{2})(?::(\d{2}))?(?: ?Uhr)?| ?Uhr)")
# A day with a span of hours ("2015-11-28 11:30-12:30", "28.11.2015 11.30 Uhr bis 12.30 Uhr",
# a date and an hours column mapped together), or a span of days ("26.11.2015 bis
# 22.12.2015"), as Moers's event list has them: Python's ISO reader took "-12:30" for a UTC
# offset and moved the event by half a day. An offset stays ISO's: after a "T"
# ("2026-07-05T19:00-04:00").
_UNTIL = r"\s*(?:[-–]|bis)\s*"
_TIME_SPAN = re.compile(rf".*\d[ ,]+({_TIME}){_UNTIL}({_TIME})")
_DAY_SPAN = re.compile(rf"(\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}){_UNTIL}"
                       rf"(\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")


def spreadsheet_part(raw) -> str | None:
    """A cell of one of a field's several columns (`start: [Datum, von]`) as text, a number as
    German Excel saves it in a CSV file – a day number (a date cell that lost its format) as
    „46361“, a fraction of a day (a time cell that lost it: 0.7916… is 19:00) as
    „0,791666666667“ –, which the readers below read or refuse as they do the CSV file's
    text: „46361“ and „19 Uhr“ join to „46361 19 Uhr“, 5.12.2026 at 19:00
    (`pipelines.ingest.day_numbers`, `texts.joined`)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and not float(raw).is_integer():
        return f"{raw:.12f}".rstrip("0").replace(".", ",")
    return as_text(raw)


# A time cell without its format saved as CSV: German Excel writes the number the cell holds,
# with a decimal comma – a fraction of a day after the day of a date column („05.12.2026
# 0,791666667“ is 19:00; a day number with its fraction is `day_numbers`'). A point is read
# too (English Excel), except in H.MM: „0.30“ is half past midnight, as typed.
_NUMBER = re.compile(r"-?\d*[,.]\d+")
_HOURS_MINUTES = re.compile(r"\d{1,2}\.\d{2}")


def _saved_number(text: str) -> datetime | None:
    """The wall time such a text stands for, to the minute as a time cell shows it (just
    below midnight is 23:59, not the next day); None for other texts. A fraction outside
    0 to 1, or one without its day, is refused with what it would be."""
    day, _, number = text.rpartition(" ")
    if not _NUMBER.fullmatch(number) or _HOURS_MINUTES.fullmatch(number):
        return None
    value = float(number.replace(",", "."))
    if not day:
        if 0 <= value < 1:
            raise ValueProblem(f"„{text}“ ist eine Uhrzeit ({_clock(value)} Uhr) ohne Datum – "
                               f"bitte das Datum dazu angeben (TT.MM.JJJJ HH:MM)")
        return None
    if not 0 <= value < 1:
        raise ValueProblem(f"„{number}“ ist keine Uhrzeit: eine Uhrzeit ohne Zeitformat "
                           f"speichert Excel als Bruchteil eines Tages zwischen 0 und 1 (z. B. "
                           f"0,791666667 für 19:00) – bitte die Uhrzeit als HH:MM angeben")
    if _GERMAN_DATE.fullmatch(day) or _ISO_DATE.fullmatch(day):
        return datetime.combine(read_date(day), time.fromisoformat(_clock(value)))
    return None


def _clock(fraction: float) -> str:
    """A fraction of a day as a time cell shows it: „19:00“ for 0.7916…"""
    hours, minutes = divmod(min(round(fraction * 1440), 1439), 60)
    return f"{hours:02d}:{minutes:02d}"


def read_date(raw) -> date | None:
    """A day: TT.MM.JJJJ, ISO (anything after the day is ignored), Excel's day number (its
    time ignored) or a spreadsheet cell. Messages quote the text as delivered."""
    raw = excel_serial(raw) or raw
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = as_text(raw)
    if not text:
        return None
    _four_digit_year(text)
    written = spoken(written_out(text))[0]
    try:
        if match := _GERMAN_DATE.fullmatch(written):
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        return date.fromisoformat(written[:10]) if _ISO_DATE.match(written) else _no_date(text)
    except ValueError:
        raise ValueProblem(_missing_day(text) or wrong_weekday(text)
                           or f"„{text}“ ist kein gültiges Datum – bitte als TT.MM.JJJJ "
                              f"angeben") from None


_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember")


def _missing_day(text: str) -> str | None:
    """A day written as TT.MM.JJJJ or ISO that the calendar lacks (31.06., 29.02. of a common
    year, month 13): asking for TT.MM.JJJJ would not say what to change."""
    if match := _GERMAN_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
    elif _ISO_DATE.match(text):
        year, month, day = (int(part) for part in text[:10].split("-"))
    else:
        return None
    if not (year or month or day):
        return (f"„{text}“ ist kein Datum – so schreiben Datenbanken ein fehlendes Datum; bitte "
                f"das Datum angeben")
    if not 1 <= month <= 12:
        return f"„{text}“ gibt es nicht – ein Jahr hat die Monate 1 bis 12; bitte als TT.MM.JJJJ angeben"
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    return (f"„{text}“ gibt es nicht – der {_MONTHS[month - 1]} {year} hat die Tage 1 bis {days}; "
            f"bitte das Datum prüfen")


def _four_digit_year(text: str) -> None:
    """16.10.73 could be 1973 or 2073; a guess would move dates by a century."""
    if match := _TWO_DIGIT_YEAR.match(text):
        raise ValueProblem(f"„{text}“ hat eine zweistellige Jahreszahl – bitte das Jahr "
                           f"vierstellig angeben (z. B. {match[1]}.{match[2]}.19{match[3]} "
                           f"oder {match[1]}.{match[2]}.20{match[3]})")


def _no_date(text: str):
    raise ValueProblem(f"„{text}“ ist kein Datum – bitte als TT.MM.JJJJ angeben")


def read_instant(raw, until: bool = False) -> datetime | None:
    """An instant in UTC; times without zone are local time in Europe/Berlin. Of a span its
    beginning, or with `until` its end: a column "28.11.2015 11.30 Uhr bis 12.30 Uhr" mapped
    to start and to end gives both. Excel's day numbers are read as `day_numbers` says;
    messages quote the text as delivered."""
    raw = excel_serial(raw) or raw
    if isinstance(raw, datetime):
        return _rfc5545(raw) if raw.tzinfo else _instant(raw)
    if isinstance(raw, date):
        return datetime.combine(raw, time(), BERLIN).astimezone(timezone.utc)
    text = as_text(raw)
    if not text:
        return None
    _four_digit_year(text)
    written, day_only = spoken(written_out(text))
    if until and day_only:  # „ab 10:00“, a beginning, as an end: that day's (`_unsaid_ends`)
        return _midnight_after(read_instant(day_only))
    if wall := _saved_number(written):
        return _instant(wall)
    if parts := _span(written):
        return _span_instant(written, parts, until)
    try:
        if match := _GERMAN_DATETIME.fullmatch(written):
            day = read_date(match[1])
            if match[2] == "24" and not int(match[3] or 0) and not int(match[4] or 0):
                return _midnight_after(read_instant(day))  # „bis 24 Uhr“: the day's end
            moment = time(int(match[2]), int(match[3] or 0), int(match[4] or 0))
            return _instant(datetime.combine(day, moment))
        if _GERMAN_DATE.fullmatch(written):
            return read_instant(read_date(written))
        return read_instant(datetime.fromisoformat(written))
    except _Skipped:
        raise
    except (ValueError, ValueProblem):
        raise ValueProblem(_missing_day(text) or wrong_weekday(text) or hours_per_weekday(text)
                           or f"„{text}“ ist kein gültiger Zeitpunkt – bitte als TT.MM.JJJJ "
                              f"HH:MM angeben") from None


def _span_instant(text: str, parts: tuple[str, str], until: bool) -> datetime:
    """The beginning of a span, or with `until` its end; hours that end before they begin
    („22:00-02:00“, „15:00-00:00“) end on the next day."""
    if not until:
        return read_instant(parts[0])
    end = read_instant(parts[1])
    if not _TIME_SPAN.fullmatch(text) or end > read_instant(parts[0]):
        return end
    wall = end.astimezone(BERLIN).replace(tzinfo=None) + timedelta(days=1)
    return _instant(wall)


class _Skipped(ValueProblem):
    """A wall time the clocks skip."""


def _instant(wall: datetime) -> datetime:
    """A wall time in Europe/Berlin (a text, an Excel cell) as an instant in UTC. One the
    clocks skip (02:00 to 02:59 on the last Sunday of March) is refused rather than moved:
    Python would read „02:30“ as 03:30, and an event from 02:30 to 03:30 would last no time
    at all. (One the clocks show twice is its first showing, as in iCalendar, RFC 5545 3.3.5.)"""
    instant = wall.replace(tzinfo=BERLIN).astimezone(timezone.utc)
    if _exists(wall, instant, BERLIN):
        return instant
    gap = _offset(wall + timedelta(hours=12), BERLIN) - _offset(wall - timedelta(hours=12), BERLIN)
    first = wall  # the first minute skipped: „um 2 Uhr“
    while first > wall - gap and not _exists(first - timedelta(minutes=1), None, BERLIN):
        first -= timedelta(minutes=1)
    raise _Skipped(f"„{wall:%d.%m.%Y %H:%M}“ gibt es nicht: in dieser Nacht werden die "
                   f"Uhren um {_uhr(first)} auf {_uhr(first + gap)} vorgestellt – bitte "
                   f"die gemeinte Zeit angeben (z. B. {wall + gap:%d.%m.%Y %H:%M})")


def _rfc5545(moment: datetime) -> datetime:
    """An iCalendar time in its zone (TZID, or a floating time the connector put in Berlin)
    as an instant in UTC, as RFC 5545 3.3.5 defines it for every calendar program: one the
    zone shows twice is its first showing, one it skips is read with the offset before the
    gap (02:30 on the last Sunday of March is 03:30 summer time). zoneinfo does so; a zone
    from the file's own VTIMEZONE (dateutil, Outlook's „W. Europe Standard Time“) reads it
    with the offset after the gap, as 01:30."""
    wall = moment.replace(tzinfo=None)
    if _exists(wall, None, moment.tzinfo):
        return moment.astimezone(timezone.utc)
    return (wall - _offset(wall - timedelta(hours=12), moment.tzinfo)).replace(tzinfo=timezone.utc)


def _exists(wall: datetime, instant: datetime | None, zone) -> bool:
    instant = instant or wall.replace(tzinfo=zone).astimezone(timezone.utc)
    return instant.astimezone(zone).replace(tzinfo=None) == wall


def _offset(wall: datetime, zone) -> timedelta:
    return wall.replace(tzinfo=zone).utcoffset()


def _uhr(moment: datetime) -> str:
    """„2 Uhr“, „2:30 Uhr“."""
    return f"{moment.hour}:{moment.minute:02d} Uhr" if moment.minute else f"{moment.hour} Uhr"


def _span(text: str) -> tuple[str, str] | None:
    """Beginning and end of a span as two texts, each a day with or without its time."""
    if match := _TIME_SPAN.fullmatch(text):
        day = text[:match.start(1)].rstrip(" ,")
        return f"{day} {match[1]}", f"{day} {match[2]}"
    if match := _DAY_SPAN.fullmatch(text):
        return match[1], match[2]
    return None


def whole_days(raw: pd.DataFrame, values: pd.DataFrame, schema: DatasetSchema) -> None:
    """Date-only ends of `values` (the fields read from `raw`) moved to the midnight after
    their day, and where the delivery does not say whether an event is all-day: one given as
    dates only made all-day, one with a time of day not – in place."""
    if not {"start", "end", "all_day"} <= {f.name for f in schema.delivered_fields}:
        return
    start_given, start_day, start_timed, _ = _kinds(raw.get("start"), len(values))
    end_given, end_day, end_timed, end_beginning = _kinds(raw.get("end"), len(values))
    _unsaid_ends(values, end_day, end_beginning)
    said = values["all_day"].to_numpy()
    unsaid = pd.isna(said)  # before any is set: `said` may be the column itself
    if start_day.any() or end_day.any():  # most deliveries have times throughout
        # None stays: only an event delivered as not all-day keeps a date-only end
        ends = (said != False) & end_day & values["end"].notna().to_numpy()  # noqa: E712
        if ends.any():
            ending = values["end"][ends]
            after = {instant: _midnight_after(instant) for instant in set(ending)}
            values.loc[ends, "end"] = ending.map(after)
        whole = (unsaid & (start_given | end_given) & (start_day | ~start_given)
                 & (end_day | ~end_given))
        if whole.any():
            values.loc[whole, "all_day"] = True
    # an event at 19:00 is not all-day: "Ganztägig: nein", not left empty
    timed = unsaid & ((start_timed & values["start"].notna().to_numpy())
                      | (end_timed & values["end"].notna().to_numpy()))
    if timed.any():
        values.loc[timed, "all_day"] = False


def _unsaid_ends(values: pd.DataFrame, end_day: np.ndarray, end_beginning: np.ndarray) -> None:
    """An end that says nothing beyond its start is left empty (open, as iCalendar's DTSTART
    without DTEND), not made an event of no length or one ending at midnight: a time that is
    its start, as one time column joined to the start's date and the end's gives it ("22.11.2015
    + 11 Uhr" beside "11 Uhr bis 18 Uhr", "2014-03-08" and "08.03.2014" + "20:00"); a beginning
    as an end („ab 19:00“) on the start's day – on a later day it ends with that day, as does a
    day without a time."""
    start, end = (values[name].to_numpy(dtype=object) for name in ("start", "end"))
    ended = values["end"].notna().to_numpy()
    unsaid = ended & ~end_day & (start == end)
    if len(opened := np.flatnonzero(ended & end_beginning & values["start"].notna().to_numpy())):
        after = {instant: _midnight_after(instant) for instant in set(start[opened])}
        unsaid[opened] |= end[opened] == np.array([after[s] for s in start[opened]], dtype=object)
    if unsaid.any():
        values.loc[unsaid, "end"] = None


def _kinds(column: pd.Series | None, rows: int) -> tuple[np.ndarray, ...]:
    """Per row: whether a value was delivered, as a date only, with a time of day, and as a
    beginning only („ab 10:00“) – each distinct value judged once (lists repeat their dates)."""
    if column is None:
        return (np.zeros(rows, dtype=bool),) * 4
    codes, answers = each_distinct(column, _kind)
    kinds = np.array(answers, dtype=bool).reshape(-1, 4)
    return tuple(kinds[codes, kind] for kind in range(4))


def _kind(raw) -> tuple[bool, bool, bool, bool]:
    """Whether a start or end was delivered, as a day without a time of day (a text or a
    spreadsheet's date cell), with one, and as a beginning only. iCalendar's dates are neither:
    they are exact, and the connector says whether the event is all-day (see above)."""
    raw = excel_serial(raw) or raw
    if isinstance(raw, datetime):
        # a spreadsheet's date cell comes as midnight without a zone
        day = raw.tzinfo is None and raw.time() == time()
        return True, day, not day, False
    if isinstance(raw, date):
        return True, False, False, False
    text = as_text(raw)
    if text is None:
        return False, False, False, False
    text, day_only = spoken(written_out(text))
    day = bool(_GERMAN_DATE.fullmatch(text) or _ISO_DATE.fullmatch(text)
               or _DAY_SPAN.fullmatch(text))
    return True, day, not day, day_only is not None


def _midnight_after(instant: datetime) -> datetime:
    """The midnight (Europe/Berlin) that ends the day of `instant`, in UTC."""
    day = instant.astimezone(BERLIN).date() + timedelta(days=1)
    return datetime.combine(day, time(), BERLIN).astimezone(timezone.utc)
