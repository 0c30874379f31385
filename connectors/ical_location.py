"""The free-text LOCATION of an iCalendar event split into venue, street, postcode and place.

Feeds write it in many forms: "Fruchthalle, Fruchthallstraße 10, 67655 Kaiserslautern",
the same over three lines, with a trailing ", Deutschland", "D-67655 …", the postcode in the
street's part ("Marktstraße 3 66606 St. Wendel") or in a part of its own before the place
("Forum, Am Büchelter Hof 9, 51373, Leverkusen", as WordPress event plugins write it), the
venue before an " @ " ("FabLab Cottbus @ Walther-Pauer-Straße 5, 03044 Cottbus", as the
WordPress plugin All-in-One Event Calendar writes it), or just a place name ("Kusel").
"""
from __future__ import annotations

import re

_COUNTRIES = {"deutschland", "germany", "de", "d", "brd", "allemagne"}
_POSTCODE = re.compile(r"(?:D-?|DE-)?\d{5}")
_POSTCODE_PLACE = re.compile(r"^(?:(?P<before>.*?)[\s,]+)?(?:D-?|DE-)?(?P<postcode>\d{5})\s+(?P<place>\D.*)$")
# The shortest street the number follows, so that a range keeps both ends ("80 - 82", and
# "4–6" with the dash word processors and CMS editors put in); the number also right after
# the dot of a word ("Hauptstr.5", Lichtenberg's "Sewanstraße.235"), not of a number ("1.5").
STREET_NUMBER = re.compile(
    r"^(?P<street>.*?\D)(?:\s+|(?<=[^\W\d_]\.))"
    r"(?P<number>\d+\s*[a-zA-Z]?(?:\s*[-/–—]\s*\d+\s*[a-zA-Z]?)?)$")
# A part that names a street without number ("Am Markt" is a venue as often as a street).
_STREET_WORD = re.compile(r"(straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer)$", re.I)
# A street word written out with a dot after it: the dot only stood before the number.
_WORD_DOT = re.compile(r"(straße|strasse|weg|gasse|allee|platz|ring|damm|ufer)\.$", re.I)


def split_location(location: str | None) -> dict:
    """The parts found; what is missing stays out (the geocoder decides what suffices)."""
    if not location or not location.strip():
        return {}
    parts = [part.strip() for part in re.split(r"[,;\n\r]+|\s{2,}|\s@\s", location) if part.strip()]
    while parts and parts[-1].casefold().strip(".") in _COUNTRIES:
        parts.pop()
    if len(parts) >= 2 and _POSTCODE.fullmatch(parts[-2]):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "51373", "Leverkusen": one postcode and place
    found: dict[str, str] = {}
    if parts and _POSTCODE.fullmatch(parts[-1]):  # "Stadthalle, 67655": no place named
        found["postcode"] = parts.pop()[-5:]
    if parts and (match := _POSTCODE_PLACE.match(parts[-1])):
        found.update(postcode=match["postcode"], place=match["place"].strip())
        parts.pop()
        if match["before"]:
            parts.append(match["before"].strip())
    if not found and parts and not any(c.isdigit() for c in parts[-1]) \
            and not _STREET_WORD.search(parts[-1]):
        # "Stadthalle, Hauptstraße 5, Kusel" or a bare "Kusel": without a postcode the last
        # plain name is the place; the geocoder checks it against the member's places.
        found["place"] = parts.pop()
    if parts and (match := STREET_NUMBER.match(parts[-1])):
        found.update(street=street_name(match), housenumber=house_number(match))
        parts.pop()
    elif len(parts) >= 2 and _STREET_WORD.search(parts[-1]):
        # "Spreegalerie @ Karl-Marx-Straße, 03046 Cottbus": a street without number after
        # the venue (alone, "Marktplatz" stays the venue)
        found["street"] = parts.pop()
    if parts:
        found["venue"] = ", ".join(parts)
    return found


def street_name(match: re.Match) -> str:
    """The street of a `STREET_NUMBER` match: "Sewanstraße" of "Sewanstraße.235", but
    "Hauptstr." of "Hauptstr.5" (its dot abbreviates)."""
    return _WORD_DOT.sub(r"\1", match["street"].strip())


def house_number(match: re.Match) -> str:
    """The number of a `STREET_NUMBER` match as the gazetteer writes it: "80-82", "4-6"."""
    return re.sub(r"[–—]", "-", match["number"].replace(" ", ""))
