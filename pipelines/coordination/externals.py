"""External neighbours – receivers outside the cluster – looked up in the gazetteer (VG5000)
by their keys and names alone, without decoding any boundary: `swdp status` and `swdp check`
look them up at every call (pipelines/coordination/usable.py), the notifications name them and
their areas by what is found here (pipelines/coordination/neighbours.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pandas as pd

from pipelines.coordination.config import Receiver, config_name
from pipelines.core.cluster import Cluster, ConfigError
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import ensure_built, load_associations

# What looking up and naming an external neighbour reads of each municipality.
_NAME_COLUMNS = ["ars", "ags", "name", "kind", "district", "district_kind"]


@dataclass(frozen=True)
class Names:
    """The gazetteer without boundaries: every municipality of Germany (_NAME_COLUMNS) and
    every association (VG5000 VWG: ars, name, kind), read once per check or coordination."""
    municipalities: pd.DataFrame
    associations: pd.DataFrame  # indexed by ars


def read_names(settings: Settings, cluster: Cluster) -> Names:
    folder = ensure_built(settings, cluster)
    return Names(pd.read_parquet(folder / "municipalities.parquet", columns=_NAME_COLUMNS),
                 load_associations(folder).set_index("ars"))


def look_up(cluster: Cluster, receiver: Receiver, names: Names) -> tuple[Receiver, pd.DataFrame]:
    """An external neighbour's municipalities (_NAME_COLUMNS), by its ARS or its AGS, and the
    neighbour named."""
    if receiver.ars:
        return _by_ars(cluster, receiver, names)
    return receiver, _area_by_ags(cluster, receiver, names)


def area_kind(names: Names, ars: str, municipalities: int) -> str:
    """What a receiver's notices call its area, by the level of its Regionalschlüssel: one
    municipality (also a kreisfreie Stadt, a verbandsfreie Gemeinde) „Gemeinde“, a Kreis
    „Kreisgebiet“, a Verbandsgemeinde as VG5000 names it „Verbandsgemeinde“, anything else (an
    Amt, a Samtgemeinde, a Verwaltungsgemeinschaft, a Land) „Gebiet“."""
    if municipalities == 1:
        return "Gemeinde"
    if len(ars) == 5:
        return "Kreisgebiet"
    kind = names.associations["kind"].get(ars)
    return "Verbandsgemeinde" if kind == "Verbandsgemeinde" else "Gebiet"


def _by_ars(cluster: Cluster, receiver: Receiver, names: Names) -> tuple[Receiver, pd.DataFrame]:
    """The municipalities of a Gemeinde (12-digit ARS), a Verbandsgemeinde, Amt, Samtgemeinde
    … (9, VG5000 VWG) or a Kreis (5), and the receiver named as VG5000 names it unless
    cluster.yaml gives a name: „Stadt Bad Honnef“, „Verbandsgemeinde Unkel“ (a single
    municipality – gemeinschaftsfrei, verbandsfrei … – by its own name), „Landkreis Birkenfeld“."""
    every, associations = names.municipalities, names.associations
    chosen = every[every["ars"].str.startswith(receiver.ars)].reset_index(drop=True)
    if chosen.empty or (len(receiver.ars) == 9 and receiver.ars not in associations.index):
        unit = {5: "kein Kreis", 9: "kein Gemeindeverband (Verbandsgemeinde, Amt, Samtgemeinde …)",
                12: "keine Gemeinde"}[len(receiver.ars)]
        raise ConfigError(f"{config_name(cluster)}: coordination.external_neighbours, „{receiver.key}“: "
                          f"{unit} mit dem Regionalschlüssel (ars) {receiver.ars} in den "
                          f"Verwaltungsgrenzen (VG5000) – bitte ars prüfen")
    first = chosen.iloc[0]
    if len(receiver.ars) == 12:
        name = f"{first['kind']} {first['name']}"
    elif len(receiver.ars) == 5:
        # „Rhein-Sieg-Kreis“, „Städteregion Aachen“ say what they are; „Birkenfeld“ does not
        name = (first["district"] if re.search(r"kreis|^(städte)?region", first["district"], re.I)
                else f"{first['district_kind']} {first['district']}")
    else:
        unit = associations.loc[receiver.ars]
        name = f"{unit['kind']} {unit['name']}" if len(chosen) > 1 else unit["name"]
    return replace(receiver, name=receiver.name or name), chosen


def _area_by_ags(cluster: Cluster, receiver: Receiver, names: Names) -> pd.DataFrame:
    """A municipality by its 8-digit AGS, else the district of a 5-digit (or …000) AGS."""
    every = names.municipalities
    chosen = every[every["ags"] == receiver.ags]
    if chosen.empty and (len(receiver.ags) == 5 or receiver.ags.endswith("000")):
        chosen = every[every["ags"].str.startswith(receiver.ags[:5])]
    if chosen.empty:
        raise ConfigError(f"{config_name(cluster)}: coordination.external_neighbours, „{receiver.key}“: "
                          f"keine Gemeinde und kein Kreis mit dem Gemeindeschlüssel (ags) {receiver.ags} "
                          f"in den Verwaltungsgrenzen (VG5000) – bitte ags prüfen")
    return chosen.reset_index(drop=True)
