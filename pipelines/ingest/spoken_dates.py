"""The words German event lists write around a date and its time, for `pipelines.ingest.dates`.

Berlin's list of Volks- und Straßenfeste (tests/data/real/berlin-volksfeste) has its last day
as „Sonntag 01.06.2014“ and its hours as „ab 10:00“, „Beginn 11:00“ or „ganztägig“; mapped
together (`start: [von, zeit]`) each was refused as „kein gültiger Zeitpunkt“, though what it
says is certain. A weekday is read only where it is the day's (a wrong one is a mistake in the
date or in the weekday, which the member has to settle); „ab 10:00“ and „Beginn 11:00“ name a
beginning and say nothing about the end: read as an end (`end: [bis, zeit]`) on a later day
than the start, the event lasts until the end of that day; on the start's own day it has no
end (`dates.whole_days`) – a New Year's Eve party „ab 19:00“ does not end at midnight.
"""
from __future__ import annotations

import re
from datetime import date

_WORD = re.compile(r"[^\W\d_]{2}")
_WEEKDAYS = {"montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2,
             "donnerstag": 3, "do": 3, "freitag": 4, "fr": 4, "samstag": 5, "sonnabend": 5,
             "sa": 5, "sonntag": 6, "so": 6}
_WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_DAY = r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
# „Sonntag 01.06.2014“, „So, 1.6.2014“, „So. 01.06.2014 10:00“
_WEEKDAY_FIRST = re.compile(rf"([A-Za-z]+)\.?,?\s+((?:{_DAY}).*)", re.DOTALL)
# „2014-03-02 ganztägig“: the day, all of it
_WHOLE_DAY = re.compile(rf"({_DAY})[ ,]+(?:ganztägig|ganztags)", re.IGNORECASE)
# „2014-04-12 ab 10:00“, „… Beginn: 11 Uhr“, „… um 19.30 Uhr“
_FROM = re.compile(rf"({_DAY})[ ,]+(?:ab|um|beginn:?|start:?)\s*(\d{{1,2}}(?:[:.]\d{{2}})?(?: ?Uhr)?)",
                   re.IGNORECASE)


def spoken(text: str) -> tuple[str, str | None]:
    """The text as the date readers take it – without a weekday that is the day's, without the
    words before a beginning's time, a whole day as the day alone – and, where the time is a
    beginning only („ab 10:00“), the day without it (as an end: that day's end, or none)."""
    if not _WORD.search(text):
        return text, None  # digits and signs only, as most dates are: nothing to look for
    if (match := _WEEKDAY_FIRST.fullmatch(text)) and _weekday(match[1], match[2]) is True:
        text = match[2]
    if match := _WHOLE_DAY.fullmatch(text):
        return match[1], None
    if match := _FROM.fullmatch(text):
        return f"{match[1]} {match[2]}", match[1]
    return text, None


def wrong_weekday(text: str) -> str | None:
    """Why a day written with another day's weekday („Sonntag 02.06.2014“) is refused."""
    match = _WEEKDAY_FIRST.fullmatch(text)
    if not match or _weekday(match[1], match[2]) is not False:
        return None
    day = _day(match[2])
    return (f"„{text}“: der {day:%d.%m.%Y} ist ein {_WEEKDAY_NAMES[day.weekday()]}, kein "
            f"{_WEEKDAY_NAMES[_WEEKDAYS[match[1].lower()]]} – bitte Datum oder Wochentag prüfen")


# „2014-03-28 Mo - Do 15:00-22:00\nFr 15:00-23:00“: hours per weekday after the day
_HOURS_PER_WEEKDAY = re.compile(rf"(?:{_DAY})[ ,]+(?:{'|'.join(_WEEKDAYS)})\b.*\d{{1,2}}[:.]\d{{2}}.*",
                                re.IGNORECASE | re.DOTALL)


def hours_per_weekday(text: str) -> str | None:
    """Why opening hours per weekday joined to a day („Mo - Do 15:00-22:00, Fr …“) are no
    instant, and what to deliver instead: a format would not help, the hours differ by day."""
    if not _HOURS_PER_WEEKDAY.fullmatch(text):
        return None
    return (f"„{text}“ nennt Zeiten je Wochentag – ein Beginn oder Ende ist ein Zeitpunkt; bitte "
            f"hier nur die Uhrzeit dieses Tages angeben (oder keine) und die Zeiten je Wochentag "
            f"in die Beschreibung übernehmen")


def _weekday(word: str, rest: str) -> bool | None:
    """Whether `word` is the weekday of the day `rest` begins with; None where `word` is no
    weekday or the day no day of the calendar."""
    if word.lower() not in _WEEKDAYS:
        return None
    try:
        return _day(rest).weekday() == _WEEKDAYS[word.lower()]
    except ValueError:
        return None


def _day(text: str) -> date:
    found = re.match(_DAY, text)[0]
    if "-" in found:
        return date.fromisoformat(found)
    day, month, year = (int(part) for part in found.split("."))
    return date(year, month, day)
