"""Postal codes outside the member's area. An address is matched only inside the area, so a
record whose postal code lies elsewhere („03044 Cottbus“ delivered to Kusel) is stored without
position or placed by its place name alone: said in a note per row, naming file, row, field
and where the code lies (GeoNames place, VG5000 municipality). Not a rejection: no schema
requires an event or an offer to lie inside the area (a trip to a fair in Berlin is an event
of Kusel's too); delivered coordinates outside the area are rejected (`locate`).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipelines.core.german import german_number
from pipelines.geocoding.gazetteer import MemberArea
from pipelines.geocoding.locate import whereabouts

# Rows named one by one; the rest are counted (a whole list of another district's
# addresses would otherwise fill the report with one note per row).
NAMED_ROWS = 20
_POSTCODE = re.compile(r"^\d{5}$")
_PLACES_NAMED = 3


def foreign_postcodes(postcodes: pd.Series, area: MemberArea) -> dict[str, str]:
    """Each distinct postal code of `postcodes` that GeoNames places outside the area, with
    where it lies: „(Cottbus) liegt in Cottbus (kreisfreie Stadt, Brandenburg)“. A code
    GeoNames does not know is left out: its absence proves no place outside."""
    if area.germany_postcodes is None:
        return {}
    codes = {code for code in postcodes.dropna().unique()
             if _POSTCODE.match(str(code)) and code not in area.postcode_ags}
    known = area.germany_postcodes[area.germany_postcodes["postcode"].isin(codes)]
    if not len(known):
        return {}
    means = known.groupby("postcode")[["x", "y"]].mean()
    places = known.groupby("postcode")["place"].unique()
    where = whereabouts(means["x"].to_numpy(), means["y"].to_numpy(), area)
    return {code: f"({', '.join(places[code][:_PLACES_NAMED])}) liegt {place}"
            for code, place in zip(means.index, where)}


def postcode_notes(values: pd.DataFrame, rows: np.ndarray, refs: list[str],
                   occurrence_of: list[str | None] | None, area: MemberArea, file: str,
                   label: str) -> list[str]:
    """One note per accepted row (`rows`, positions in the delivery) whose postal code lies
    outside the area – the dates of one recurring event in one note –, the first NAMED_ROWS
    named, the rest counted. `label`: the field as the member's messages name it."""
    if "postcode" not in values or not len(rows):
        return []
    accepted = values["postcode"].take(rows)
    foreign = foreign_postcodes(accepted, area)
    if not foreign:
        return []
    # only the rows with such a code are looked at one by one (accepted rows passed the
    # postal code's pattern: no spaces to strip)
    hit = accepted.isin(list(foreign)).to_numpy()
    unlocated = (values["geocode_precision"].take(rows) == "none").to_numpy()[hit]
    found: dict[tuple, list] = {}  # (row reference, code, unlocated) -> rows, in order
    for row, code, none in zip(rows[hit], accepted.to_numpy()[hit], unlocated):
        ref = (occurrence_of[row] if occurrence_of else None) or refs[row]
        found.setdefault((ref, code, none), []).append(row)
    notes = []
    for (ref, code, none), dates in list(found.items())[:NAMED_ROWS]:
        concerns = f", betrifft {len(dates)} Termine" if len(dates) > 1 else ""
        notes.append(f"{file}, {ref}{concerns}, "
                     f"{foreign_postcode_note(label, code, foreign[code], area, none)}")
    if len(found) > NAMED_ROWS:
        more = sum(len(dates) for dates in list(found.values())[NAMED_ROWS:])
        notes.append(f"… und {german_number(more)} weitere Zeilen mit einer "
                     f"Postleitzahl außerhalb des Gebiets des Mitglieds {area.name}")
    return notes


def postcode_row_notes(postcodes: pd.Series, unlocated: pd.Series, area: MemberArea,
                       label: str = "Postleitzahl") -> pd.Series:
    """Per row, the note on its postal code when it lies outside the area, else "" – for
    `swdp geocode`'s column „note“, worded as a run's notes are."""
    notes = pd.Series("", index=postcodes.index, dtype=object)
    foreign = foreign_postcodes(postcodes, area)
    if foreign:
        hit = postcodes.isin(list(foreign))
        notes[hit] = [foreign_postcode_note(label, code, foreign[code], area, none)
                      for code, none in zip(postcodes[hit], unlocated[hit])]
    return notes


def foreign_postcode_note(label: str, code: str, where: str, area: MemberArea,
                          unlocated: bool) -> str:
    """„Postleitzahl „03044“ (Cottbus) liegt in Cottbus (…), außerhalb des Gebiets des
    Mitglieds Landkreis Kusel – übernommen ohne Lage; bitte die Postleitzahl prüfen“."""
    kept = "übernommen ohne Lage" if unlocated else "ohne die Postleitzahl im Gebiet verortet"
    return (f"{label} „{code}“ {where}, außerhalb des Gebiets des Mitglieds {area.name} – "
            f"{kept}; bitte die Postleitzahl prüfen")
