"""Where the receivers are and how far a plan is from them: areas from the gazetteer
(VG5000, EPSG:25832), distances in metres to the nearest municipality of each receiver.

An external neighbour is looked up and named by the gazetteer's keys and names alone; the
boundaries of all of Germany are decoded only for the notifications: `swdp check` and `swdp
status` check the coordination settings at every call."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import geopandas as gpd
import pandas as pd

from pipelines.coordination.config import Receiver, calendar_rules, config_name, feed_base_url, receivers
from pipelines.core.cluster import Cluster, ConfigError
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import ensure_built, load_associations, load_gazetteer, member_area

# What looking up and naming an external neighbour reads of each municipality.
_NAME_COLUMNS = ["ars", "ags", "name", "kind", "district", "district_kind"]


@dataclass(frozen=True)
class _Names:
    """The gazetteer without boundaries: every municipality of Germany (_NAME_COLUMNS) and
    every association (VG5000 VWG: ars, name, kind), read once per check or coordination."""
    municipalities: pd.DataFrame
    associations: pd.DataFrame  # indexed by ars


def _names(settings: Settings, cluster: Cluster) -> _Names:
    folder = ensure_built(settings, cluster)
    return _Names(pd.read_parquet(folder / "municipalities.parquet", columns=_NAME_COLUMNS),
                  load_associations(folder).set_index("ars"))


@dataclass(frozen=True, eq=False)
class Neighbourhood:
    receiver: Receiver
    municipalities: gpd.GeoDataFrame    # ags, name, geometry (EPSG:25832)


def neighbourhoods(settings: Settings, cluster: Cluster) -> list[Neighbourhood]:
    found, names = [], _names(settings, cluster)
    for receiver in receivers(cluster):
        if receiver.external:
            receiver, chosen = _external(cluster, receiver, names)
            ars = receiver.ars or receiver.ags[:5]  # an AGS is a Gemeinde or else its Kreis
            every = load_gazetteer(ensure_built(settings, cluster)).municipalities
            municipalities = every[every["ars"].isin(chosen["ars"])].reset_index(drop=True)
        else:
            ars = cluster.member(receiver.key).ars
            municipalities = member_area(settings, cluster, cluster.member(receiver.key)).municipalities
        receiver = replace(receiver, area=_area(names, ars, len(municipalities)))
        found.append(Neighbourhood(receiver, municipalities[["ags", "name", "geometry"]]))
    return found


def check_coordination(settings: Settings, cluster: Cluster) -> None:
    """The coordination settings as the coordination step reads them, every external
    neighbour looked up in VG5000: `swdp run` and the Dagster definitions call this before
    any delivery is read, so a wrong entry does not wait for the end of a whole ingestion.
    Raises ConfigError naming the configuration file and the entry."""
    feed_base_url(cluster)
    calendar_rules(cluster)
    if externals := [receiver for receiver in receivers(cluster) if receiver.external]:
        names = _names(settings, cluster)
        for receiver in externals:
            _external(cluster, receiver, names)


def coordination_problem(settings: Settings, cluster: Cluster) -> str | None:
    """What `check_coordination` refuses, as its German message; None where nothing is wrong."""
    try:
        check_coordination(settings, cluster)
    except ConfigError as error:
        return str(error)
    return None


def _external(cluster: Cluster, receiver: Receiver, names: _Names) -> tuple[Receiver, pd.DataFrame]:
    """An external neighbour's municipalities (_NAME_COLUMNS), by its ARS or its AGS, and the
    neighbour named."""
    if receiver.ars:
        return _by_ars(cluster, receiver, names)
    return receiver, _area_by_ags(cluster, receiver, names)


def _area(names: _Names, ars: str, municipalities: int) -> str:
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


def _by_ars(cluster: Cluster, receiver: Receiver, names: _Names) -> tuple[Receiver, pd.DataFrame]:
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


def _area_by_ags(cluster: Cluster, receiver: Receiver, names: _Names) -> pd.DataFrame:
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


def nearest(plans: gpd.GeoSeries, neighbourhood: Neighbourhood) -> pd.DataFrame:
    """Per plan (index of `plans`, EPSG:25832): distance in metres to the receiver's area and
    its nearest municipality (AGS, name); equally near municipalities go by name."""
    located = gpd.GeoDataFrame(geometry=plans[plans.notna() & ~plans.is_empty])
    if located.empty:
        return pd.DataFrame(columns=["distance_m", "nearest_ags", "nearest_name"])
    joined = gpd.sjoin_nearest(located, neighbourhood.municipalities, how="inner",
                               distance_col="distance_m")
    joined = joined.rename_axis("plan").sort_values(["plan", "distance_m", "name"])
    joined = joined[~joined.index.duplicated()]
    return joined.rename(columns={"ags": "nearest_ags", "name": "nearest_name"})[
        ["distance_m", "nearest_ags", "nearest_name"]]
