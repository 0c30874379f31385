"""Addresses matched against the gazetteer of one area, at the most precise level found.

Levels and base scores: house (the register has the house number, 1.0; the number without
its suffix, 0.95), street (the street is known, the house is not, 0.8), postcode (postal code
with place, 0.6; postal code alone, 0.5), municipality (place name only, 0.4), none (0).
A fuzzy correction of street or place multiplies the score by its similarity; a postal code
that contradicts the place costs 10 %. Only entries inside the area are ever considered.

Deliveries repeat the same places and streets thousands of times: localities (postal code +
place), street names and house numbers are resolved once per distinct value in Python, then
every row is answered with integer codes and one index lookup (numpy), no per-row Python.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from pipelines.geocoding.addresses import housenumber_parts, place_keys, street_key, suffix_code
from pipelines.geocoding.gazetteer import MemberArea

LEVELS = ("house", "street", "postcode", "municipality", "none")
RESULT_COLUMNS = ["x", "y", "ags", "precision", "score"]
_FUZZY_CUTOFF = 85
_WRONG_POSTCODE = 0.9
_POSTCODE = re.compile(r"^\d{5}$")


def match_addresses(street, housenumber, postcode, place, area: MemberArea) -> pd.DataFrame:
    """Per address: x, y (EPSG:25832), ags, precision (one of LEVELS) and score (0–1)."""
    locality_codes, towns = _distinct_pairs(postcode, place)
    localities = [_locality(code, name, area) for code, name in towns]
    names, street_values = pd.factorize(pd.Series(street, dtype=object))
    keys = [street_key(str(value)) for value in street_values]
    street_codes, streets_in_towns = _distinct_pairs(locality_codes, names)
    resolved = [_street(localities[town]["ags_set"], keys[name] if name >= 0 else "", area)
                for town, name in streets_in_towns]
    street_id = np.array([r[0] for r in resolved], dtype=np.int64)[street_codes]
    similarity = np.array([r[1] for r in resolved])[street_codes]
    number_codes, number_values = pd.factorize(pd.Series(housenumber, dtype=object))
    parsed = [housenumber_parts(str(v)) for v in number_values] + [(-1, "")]
    number = np.array([p[0] for p in parsed], dtype=np.int64)[number_codes]
    suffix = np.array([suffix_code(p[1]) for p in parsed], dtype=np.int64)[number_codes]

    def per_row(name):
        return np.array([loc[name] for loc in localities], dtype=object)[locality_codes]
    x, y = (np.array([loc["point"][i] for loc in localities])[locality_codes] for i in (0, 1))
    ags, level = per_row("ags"), per_row("level")
    score = np.array([loc["score"] for loc in localities])[locality_codes]
    factor = np.array([loc["factor"] for loc in localities])[locality_codes] * similarity
    known = (street_id >= 0) & (number >= 0)
    exact = np.where(known, area.house_position(street_id, number, suffix), -1)
    plain = np.where((exact < 0) & known & (suffix > 0),
                     area.house_position(street_id, number, np.zeros_like(suffix)), -1)
    # From the least to the most precise: each level overwrites where it found something.
    for hit, source, index, name, base in (
            (street_id >= 0, area.streets, street_id, "street", 0.8),
            (plain >= 0, area.addresses, plain, "house", 0.95),
            (exact >= 0, area.addresses, exact, "house", 1.0)):
        rows = index[hit]
        x[hit], y[hit] = source["x"].to_numpy()[rows], source["y"].to_numpy()[rows]
        ags[hit] = source["ags"].to_numpy()[rows]
        level[hit] = name
        score[hit] = base * factor[hit]
    return pd.DataFrame({"x": x, "y": y, "ags": ags, "precision": level,
                         "score": score.round(3)})


def _distinct_pairs(first, second) -> tuple[np.ndarray, list[tuple]]:
    """A code per row for each distinct (first, second), and those pairs (None for missing)."""
    first_codes, first_values = pd.factorize(pd.Series(first, dtype=object))
    second_codes, second_values = pd.factorize(pd.Series(second, dtype=object))
    first_values, second_values = list(first_values), list(second_values)
    width = len(second_values) + 1
    codes, uniques = pd.factorize((first_codes.astype(np.int64) + 1) * width + second_codes + 1)
    pairs = [(first_values[u // width - 1] if u // width else None,
              second_values[u % width - 1] if u % width else None) for u in uniques]
    return codes, pairs


def _locality(postcode, place, area: MemberArea) -> dict:
    """Which municipalities a postal code and place can mean, and the fallback point."""
    given = str(postcode).strip() if postcode is not None else ""
    code = given if _POSTCODE.match(given) and given in area.postcode_ags else None
    place_ags, factor = _place_ags(place, area)
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
    """Municipalities a place name can mean, and how similar the name was (1 = exact)."""
    if place is None or not str(place).strip():
        return (), 1.0
    full, base = place_keys(str(place))
    for key in (full, base):
        if key in area.places:
            return area.places[key], 1.0
    best = process.extractOne(full, area.places.keys(), scorer=fuzz.ratio,
                              score_cutoff=_FUZZY_CUTOFF)
    return (area.places[best[0]], best[1] / 100) if best else ((), 1.0)


def _street(candidates: tuple[str, ...], skey: str, area: MemberArea) -> tuple[int, float]:
    """(street id, similarity) of the street in one of the candidate municipalities (all of
    the area when the locality is unknown), or (-1, 1) unless exactly one fits."""
    if not skey:
        return -1, 1.0
    having = area.street_ids.get(skey, {})
    within = [having[a] for a in candidates if a in having] if candidates else list(having.values())
    if len(within) == 1:
        return within[0], 1.0
    if within or not candidates:
        return -1, 1.0
    best = [(a, match) for a in candidates
            if (match := process.extractOne(skey, area.streets_by_ags.get(a, ()), scorer=fuzz.ratio,
                                            score_cutoff=_FUZZY_CUTOFF))]
    if len(best) != 1:
        return -1, 1.0
    ags, (name, similarity, _) = best[0]
    return area.street_ids[name][ags], similarity / 100
