"""Synthetic but realistic address registers and deliveries for tests and `make bench`.

Real house coordinates (HK-DE) are not open data, so a register is made up from the real
municipalities (VG5000) and postal codes (GeoNames) of the gazetteer: common German street
names, house numbers with suffixes, points inside each municipality. Deliveries then spell
these addresses the way members do: `Str.`/`strasse`, umlauts as ae/oe/ue, `St.`/`Sankt`,
`3 A`, `12-14`, `Bitburg (Eifel)`, missing or wrong postal codes, small typos.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from pipelines.geocoding.gazetteer import MemberArea
from pipelines.geocoding.matching import match_addresses

STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Gartenstraße", "Lindenstraße",
    "Mühlenweg", "Talstraße", "Bergstraße", "Wiesenweg", "Ringstraße", "Friedhofstraße",
    "Brückenstraße", "Goethestraße", "Schillerstraße", "Raiffeisenstraße", "Burgstraße",
    "Römerstraße", "Waldstraße", "Poststraße", "Marktplatz", "Am Bach", "Zum Weiher",
    "Sankt-Martin-Straße", "Sankt-Wendelin-Straße", "Fährstraße", "Höhenstraße", "Jahnstraße",
    "Kaiserstraße", "Königsberger Straße", "Große Bleiche", "Im Wingert", "Rosenstraße",
    "Weißdornweg", "Eichendorffstraße", "Hüttenweg", "Am Sonnenhang", "Glückaufstraße",
    "Pfarrer-Müller-Straße", "Zehntscheuerstraße",
]


def make_register(area: MemberArea, seed: int, streets_per_municipality=(4, 12),
                  houses_per_street=(3, 40)) -> pd.DataFrame:
    """Register rows: ags, postcode, place, street, housenumber, suffix, x, y (EPSG:25832)."""
    rng = np.random.default_rng(seed)
    postal = area.postcodes.groupby("ags")["postcode"].first()
    rows = []
    for municipality in area.municipalities.itertuples():
        postcode = postal.get(municipality.ags)
        if postcode is None:  # no GeoNames entry inside: the nearest postal code of the area
            point = area.municipality_points[municipality.ags]
            nearest = ((area.postcodes["x"] - point[0]) ** 2 + (area.postcodes["y"] - point[1]) ** 2).idxmin()
            postcode = area.postcodes.at[nearest, "postcode"]
        shapely.prepare(municipality.geometry)
        names = rng.choice(STREETS, size=rng.integers(*streets_per_municipality), replace=False)
        for street in names:
            centre = inside_points(municipality.geometry, 1, rng, spread=None)[0]
            count = int(rng.integers(*houses_per_street))
            points = inside_points(municipality.geometry, count, rng, spread=(centre, 250.0))
            numbers = np.arange(1, count + 1)
            suffixes = np.where(rng.random(count) < 0.12, rng.choice(list("abc"), count), "")
            for number, suffix, (x, y) in zip(numbers, suffixes, points):
                rows.append((municipality.ags, postcode, municipality.name, street, str(number),
                             suffix, x, y))
    return pd.DataFrame(rows, columns=["ags", "postcode", "place", "street", "housenumber",
                                       "suffix", "x", "y"])


def inside_points(geometry, count: int, rng, spread) -> np.ndarray:
    minx, miny, maxx, maxy = geometry.bounds
    found = np.empty((0, 2))
    while len(found) < count:
        if spread is None:
            candidates = np.column_stack([rng.uniform(minx, maxx, 4 * count + 8),
                                          rng.uniform(miny, maxy, 4 * count + 8)])
        else:
            (cx, cy), radius = spread
            candidates = np.column_stack([rng.normal(cx, radius, 4 * count + 8),
                                          rng.normal(cy, radius, 4 * count + 8)])
            spread = (spread[0], radius * 0.7)  # small municipalities: pull in until inside
        inside = shapely.contains_xy(geometry, candidates[:, 0], candidates[:, 1])
        found = np.vstack([found, candidates[inside]])
    return found[:count]


def write_hk_de(register: pd.DataFrame, path: Path) -> Path:
    """The register in the HK-DE layout (18 fields, `;`, UTF-8, decimal comma, zone 32)."""
    lines = []
    for i, row in enumerate(register.itertuples()):
        ags = row.ags
        lines.append(";".join([
            "", f"DERP{i:012d}", "A", ags[:2], ags[2], ags[3:5], ags[5:8], "0000", f"{i % 99999:05d}",
            row.housenumber, row.suffix, f"{32e6 + row.x:.3f}".replace(".", ","),
            f"{row.y:.3f}".replace(".", ","), row.street, row.postcode, row.place, "", ""]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _street_variants(name: str) -> list[str]:
    variants = [name, name.replace("straße", "str.").replace("Straße", "Str."),
                name.replace("ß", "ss"), name.replace("straße", " Strasse").replace("Straße", "Strasse"),
                name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").lower(),
                name.replace("Sankt-", "St.-").replace("straße", "str")]
    stem = name.split("straße")[0].split("Straße")[0]
    if len(stem) > 5:  # a typo: one letter of the name left out
        middle = len(stem) // 2
        variants.append(name[:middle] + name[middle + 1:])
    return variants


def _place_variants(name: str, suffix: str) -> list[str]:
    plain = name.replace("St. ", "Sankt ") if name.startswith("St. ") else name.replace("Sankt ", "St. ")
    return [name, plain, f"{name} ({suffix})", name.upper(),
            name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")]


def make_deliveries(register: pd.DataFrame, member_of: dict[str, str], size: int, seed: int,
                    foreign_postcodes: list[str]) -> pd.DataFrame:
    """`size` addresses drawn from the register in members' spellings; columns street,
    housenumber, postcode, place, and the truth: ags, x, y, member."""
    rng = np.random.default_rng(seed)
    drawn = register.iloc[rng.integers(0, len(register), size)].reset_index(drop=True)
    streets = _choose_variants(drawn["street"], _street_variants, rng)
    places = _choose_variants(drawn["place"], lambda n: _place_variants(n, "Eifel"), rng)
    number = drawn["housenumber"].to_numpy(dtype=object)
    suffix = drawn["suffix"].to_numpy(dtype=object)
    style = rng.integers(0, 4, size)
    upper = np.char.upper(suffix.astype(str)).astype(object)
    housenumber = np.where(suffix == "", number,
                           np.where(style == 0, number + " " + upper, number + suffix))  # 3 A, 3a
    following = (drawn["housenumber"].astype(int) + 2).astype(str).to_numpy(dtype=object)
    housenumber = np.where((suffix == "") & (style == 1), number + "-" + following, housenumber)
    unknown = rng.random(size) < 0.05   # a house the register does not have yet
    housenumber = np.where(unknown, (drawn["housenumber"].astype(int) + 500).astype(str)
                           .to_numpy(dtype=object), housenumber)
    streets = np.where(rng.random(size) < 0.03, None, streets)  # only postal code and place
    places = np.where(rng.random(size) < 0.02, None, places)  # only the postal code
    postcode = drawn["postcode"].to_numpy(dtype=object).copy()
    fate = rng.random(size)
    postcode[fate < 0.10] = None                                                  # missing
    wrong = (fate >= 0.10) & (fate < 0.13)
    postcode[wrong] = rng.choice(foreign_postcodes, int(wrong.sum()))             # wrong
    return pd.DataFrame({"street": streets, "housenumber": housenumber, "postcode": postcode,
                         "place": places, "ags": drawn["ags"].to_numpy(),
                         "x": drawn["x"].to_numpy(), "y": drawn["y"].to_numpy(),
                         "member": drawn["ags"].map(member_of).to_numpy()})


def _choose_variants(values: pd.Series, variants, rng):
    codes, uniques = pd.factorize(values)
    table = [variants(name) for name in uniques]
    lengths = np.array([len(options) for options in table])
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    flat = np.array([option for options in table for option in options], dtype=object)
    choice = (rng.random(len(values)) * lengths[codes]).astype(int)
    return flat[offsets[codes] + choice]


def match_per_member(deliveries: pd.DataFrame, areas: dict[str, MemberArea]) -> pd.DataFrame:
    """Each delivered address matched in its member's area, in the deliveries' order."""
    results = []
    for key, area in areas.items():
        rows = deliveries[deliveries["member"] == key]
        matched = match_addresses(rows["street"], rows["housenumber"], rows["postcode"],
                                  rows["place"], area)
        matched.index = rows.index
        results.append(matched)
    return pd.concat(results).loc[deliveries.index]
