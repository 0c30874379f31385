"""A generated cluster of N members for the scale benchmark (`benchmarks/bench_scale.py`).

Adding a member is a configuration change, so the cluster is the project's cluster.yaml with
its member list replaced: N real municipalities of Rhineland-Palatinate (VG5000, with their
AGS and 12-digit ARS, spread over the state), each delivering one events CSV in the layout
of the Kusel sample – rows of that sample with new ids, coming dates, the member's own place
and postal code (GeoNames), and coordinates (EPSG:25832) inside the member's municipality.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from pipelines.core.cluster import load_cluster
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.geocoding.gazetteer import ensure_built, load_gazetteer
from support.addresses import inside_points

BASE_CONFIG = PROJECT_ROOT / "cluster.yaml"
SAMPLE = PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv"
RHINELAND_PALATINATE = "07"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class GeneratedCluster:
    config_path: Path
    members: int
    rows: int           # delivered rows, all members together


def generate_cluster(folder: Path, settings: Settings, members: int, rows_per_member: int = 1000,
                     seed: int = 15) -> GeneratedCluster:
    """Write `folder`/cluster.yaml with `members` members and their deliveries under
    `folder`/deliveries (the configuration's folder, so every location is allowed). The
    gazetteer is built into the settings' data folder on the way (the areas come from it)."""
    base = yaml.safe_load(BASE_CONFIG.read_text(encoding="utf-8"))
    gazetteer = load_gazetteer(ensure_built(settings, load_cluster(BASE_CONFIG)))
    municipalities = gazetteer.municipalities
    state = municipalities[municipalities["ars"].str.startswith(RHINELAND_PALATINATE)
                           & (municipalities["ars"].str.len() == 12)].sort_values("ars")
    if members > len(state):
        raise ValueError(f"Rheinland-Pfalz hat nur {len(state)} Gemeinden in VG5000")
    chosen = state.iloc[np.linspace(0, len(state) - 1, members).round().astype(int)]
    postcodes = gazetteer.postcodes.drop_duplicates("ags").set_index("ags")["postcode"]
    events = base["members"][[m["key"] for m in base["members"]].index("kusel")]["sources"]["events"]
    sample = pd.read_csv(SAMPLE, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)
    rng = np.random.default_rng(seed)
    entries = []
    for municipality in chosen.itertuples():
        key = f"{_slug(municipality.name)}-{municipality.ags}"
        location = folder / "deliveries" / key / "veranstaltungen.csv"
        _delivery(sample, municipality, postcodes.get(municipality.ags, ""), rows_per_member,
                  rng).to_csv(_parent(location), sep=";", index=False, encoding="utf-8")
        entries.append({
            "key": key, "name": municipality.name, "kind": municipality.kind,
            "ags": municipality.ags, "ars": municipality.ars, "ckan_organization": key,
            "data_office": f"opendata@{key}.example.de",
            "sources": {"events": {**events, "location": str(location.relative_to(folder)),
                                   "options": {"crs": "EPSG:25832"},
                                   "mapping": {**events["mapping"], "x": "Rechtswert",
                                               "y": "Hochwert"}}}})
    base["members"] = entries
    config = folder / "cluster.yaml"
    config.write_text(yaml.safe_dump(base, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return GeneratedCluster(config, members, members * rows_per_member)


def _delivery(sample: pd.DataFrame, municipality, postcode: str, rows: int,
              rng: np.random.Generator) -> pd.DataFrame:
    frame = sample.iloc[rng.integers(0, len(sample), rows)].reset_index(drop=True)
    number = pd.Series(range(rows)).astype(str)
    frame["ID"] = f"{municipality.ags}-VA-" + number.str.zfill(5)
    frame["Veranstaltung"] = frame["Veranstaltung"] + " " + number
    days = pd.Timestamp(date.today()) + pd.to_timedelta(rng.integers(1, 365, rows), unit="D")
    frame["Datum"] = days.strftime("%d.%m.%Y")
    frame["PLZ"], frame["Ort"] = postcode, municipality.name
    points = inside_points(municipality.geometry, rows, rng, spread=None)
    frame["Rechtswert"], frame["Hochwert"] = points[:, 0].round(1), points[:, 1].round(1)
    return frame


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().translate(_UMLAUTS)).strip("-")


def _parent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
