"""German formatting for everything a person reads: Berlin time, numbers, singular/plural."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def showing(moment: datetime) -> str:
    """Of an instant in the hour the clocks show twice in Berlin (02:00 to 02:59 on the last
    Sunday of October), which showing it is: " (MESZ)" or " (MEZ)", as German timetables say
    it – „02:30“ alone names two times an hour apart; "" for any other instant."""
    instant, hour = moment.astimezone(timezone.utc), timedelta(hours=1)
    wall = instant.astimezone(BERLIN).replace(tzinfo=None)
    if (instant + hour).astimezone(BERLIN).replace(tzinfo=None) == wall:
        return " (MESZ)"
    return " (MEZ)" if (instant - hour).astimezone(BERLIN).replace(tzinfo=None) == wall else ""


def german_number(value: float, digits: int = 0) -> str:
    """A number as Germans write it: 1.000.000 and 2,97."""
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def counted(count: int, singular: str, plural: str) -> str:
    """"1 Zeile", "2 Zeilen", "1.000 Zeilen": the count in German digits with the right noun."""
    return f"{german_number(count)} {singular if count == 1 else plural}"


def rows(count: int) -> str:
    return counted(count, "Zeile", "Zeilen")


# What makes Excel run a cell of a CSV file as a formula (CSV injection); a leading
# apostrophe keeps it text. Exports and the reports' CSV lists guard their cells with it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_text(text: str) -> str:
    """A text for a CSV cell that German Excel shows as it is, never runs."""
    return "'" + text if text.startswith(FORMULA_START) else text
