"""Addresses matched against the gazetteer of one area, at the most precise level found.

Levels and base scores: house (the register has the house number, 1.0; the number without
its suffix, 0.95), street (the street is known, the house is not, 0.8), postcode (postal code
with place, 0.6; postal code alone, 0.5), municipality (place name only, 0.4), none (0).
A fuzzy correction of street or place multiplies the score by its similarity; a postal code
that contradicts the place costs 10 %. Only entries inside the area are ever considered.

Work is done once per distinct address (deliveries repeat themselves); the localities
(postal code + place) and streets are resolved in Python per distinct value, houses are
found with one join.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from pipelines.addresses import housenumber_parts, keyed, place_keys, street_key
from pipelines.gazetteer import MemberArea

LEVELS = ("house", "street", "postcode", "municipality", "none")
_FUZZY_CUTOFF = 85
_WRONG_POSTCODE = 0.9
_POSTCODE = re.compile(r"^\d{5}$")
RESULT_COLUMNS = ["x", "y", "ags", "precision", "score"]


def match_addresses(street, housenumber, postcode, place, area: MemberArea) -> pd.DataFrame:
    """Per address: x, y (EPSG:25832), ags, precision (LEVELS) and score (0–1)."""
    parts = pd.DataFrame({"street": street, "housenumber": housenumber,
                          "postcode": postcode, "place": place}).astype(object)
    parts = parts.where(parts.notna(), None)
    codes, distinct = _distinct(parts)
    result = _match_distinct(distinct, area)
    return result.iloc[codes].reset_index(drop=True)


def _distinct(parts: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    combined = np.zeros(len(parts), dtype=np.int64)
    for column in parts.columns:
        column_codes, uniques = pd.factorize(parts[column], use_na_sentinel=True)
        # Re-numbered after each column, so the combined code never overflows.
        combined = pd.factorize(combined * (len(uniques) + 1) + (column_codes + 1))[0]
    _, first_rows, inverse = np.unique(combined, return_index=True, return_inverse=True)
    return inverse, parts.iloc[first_rows].reset_index(drop=True)


def _match_distinct(parts: pd.DataFrame, area: MemberArea) -> pd.DataFrame:
    localities = {key: _locality(postcode, place, area) for key, postcode, place in
                  _pairs(parts["postcode"], parts["place"])}
    locality = pd.Series(list(zip(parts["postcode"], parts["place"])), dtype=object).map(localities)
    skeys = keyed(parts["street"], street_key)
    numbers = keyed(parts["housenumber"], housenumber_parts)
    frame = pd.DataFrame({
        "skey": skeys, "number": [n[0] if n else -1 for n in numbers],
        "suffix": [n[1] if n else "" for n in numbers], "locality": locality})
    streets = {}
    for candidates, skey in set(zip((loc["ags_set"] for loc in locality), frame["skey"])):
        streets[(candidates, skey)] = _street(candidates, skey, area)
    found = [streets[(loc["ags_set"], skey)] for loc, skey in zip(locality, frame["skey"])]
    frame["ags"] = [f[0] for f in found]
    frame["street_key"] = [f[1] for f in found]
    frame["similarity"] = [f[2] for f in found]
    return _levels(frame, area)


def _pairs(postcodes: pd.Series, places: pd.Series):
    for postcode, place in set(zip(postcodes, places)):
        yield (postcode, place), postcode, place


def _locality(postcode, place, area: MemberArea) -> dict:
    """Which municipalities a postal code and place can mean, and the fallback point."""
    given = str(postcode).strip() if postcode is not None else ""
    code = given if _POSTCODE.match(given) and given in area.postcode_ags else None
    place_ags, similarity = _place_ags(place, area)
    factor = similarity
    if place_ags and code:
        agreeing = tuple(a for a in place_ags if a in area.postcode_ags[code])
        if agreeing:
            place_ags = agreeing
        else:  # the postal code contradicts the place: the place wins
            code, factor = None, factor * _WRONG_POSTCODE
    elif given and not code and place_ags:
        factor *= _WRONG_POSTCODE
    ags_set = place_ags or (area.postcode_ags[code] if code else ())
    single = ags_set[0] if len(ags_set) == 1 else None
    if code and single and (code, single) in area.postcode_points:
        point, level, score = area.postcode_points[(code, single)], "postcode", 0.6
    elif code:
        point, level, score = area.postcode_points[code], "postcode", 0.5
        single = single or area.ags_at([point[0]], [point[1]])[0]
    elif single:
        point, level, score = area.municipality_points[single], "municipality", 0.4
    else:
        point, level, score = (np.nan, np.nan), "none", 0.0
    return {"ags_set": ags_set, "point": point, "ags": single, "level": level,
            "score": score * factor, "factor": factor}


def _place_ags(place, area: MemberArea) -> tuple[tuple[str, ...], float]:
    if place is None or not str(place).strip():
        return (), 1.0
    full, base = place_keys(str(place))
    for key in (full, base):
        if key in area.places:
            return area.places[key], 1.0
    best = process.extractOne(full, area.places.keys(), scorer=fuzz.ratio,
                              score_cutoff=_FUZZY_CUTOFF)
    return (area.places[best[0]], best[1] / 100) if best else ((), 1.0)


def _street(candidates: tuple[str, ...], skey, area: MemberArea):
    """(ags, street key, similarity) of the street in one of the candidate municipalities
    (all of the area when the locality is unknown), or (None, None, 0) if not unambiguous."""
    if not skey:
        return None, None, 0.0
    having = area.ags_by_street.get(skey, ())
    within = [a for a in having if a in candidates] if candidates else list(having)
    if len(within) == 1:
        return within[0], skey, 1.0
    if within or not candidates:
        return None, None, 0.0
    best = [(a, match) for a in candidates
            if (match := process.extractOne(skey, area.streets_by_ags.get(a, ()), scorer=fuzz.ratio,
                                            score_cutoff=_FUZZY_CUTOFF))]
    if len(best) != 1:
        return None, None, 0.0
    ags, (name, similarity, _) = best[0]
    return ags, name, similarity / 100


def _levels(frame: pd.DataFrame, area: MemberArea) -> pd.DataFrame:
    houses = area.addresses[["ags", "street_key", "number", "suffix", "x", "y"]]
    exact = frame.merge(houses, how="left", on=["ags", "street_key", "number", "suffix"])
    plain = frame.assign(suffix="").merge(houses, how="left",
                                          on=["ags", "street_key", "number", "suffix"])
    street = frame.merge(area.streets, how="left", on=["ags", "street_key"])
    factor = np.array([loc["factor"] for loc in frame["locality"]]) * frame["similarity"].to_numpy()
    fallback = frame["locality"]
    result = pd.DataFrame({
        "x": [loc["point"][0] for loc in fallback], "y": [loc["point"][1] for loc in fallback],
        "ags": [loc["ags"] for loc in fallback], "precision": [loc["level"] for loc in fallback],
        "score": [loc["score"] for loc in fallback]})
    # From the least to the most precise: each level overwrites where it found something.
    for found, level, score in ((street, "street", 0.8), (plain, "house", 0.95),
                                (exact, "house", 1.0)):
        hit = found["x"].notna().to_numpy()
        result.loc[hit, ["x", "y"]] = found.loc[hit, ["x", "y"]].to_numpy()
        result.loc[hit, "ags"] = frame.loc[hit, "ags"].to_numpy()
        result.loc[hit, "precision"] = level
        result.loc[hit, "score"] = score * factor[hit]
    result["score"] = result["score"].round(3)
    return result[RESULT_COLUMNS]
