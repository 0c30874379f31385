"""German formatting for everything a person reads: Berlin time, numbers, singular/plural."""
from __future__ import annotations

from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def german_number(value: float, digits: int = 0) -> str:
    """A number as Germans write it: 1.000.000 and 2,97."""
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def counted(count: int, singular: str, plural: str) -> str:
    """"1 Zeile", "2 Zeilen", "1.000 Zeilen": the count in German digits with the right noun."""
    return f"{german_number(count)} {singular if count == 1 else plural}"


def rows(count: int) -> str:
    return counted(count, "Zeile", "Zeilen")
