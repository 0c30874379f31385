"""Where the receivers are and how far a plan is from them: areas from the gazetteer
(VG5000, EPSG:25832), distances in metres to the nearest municipality of each receiver."""
from __future__ import annotations

from dataclasses import dataclass, replace

import geopandas as gpd
import pandas as pd

from pipelines.coordination.config import Receiver, receivers
from pipelines.core.cluster import Cluster, ConfigError
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import ensure_built, load_associations, load_gazetteer, member_area


@dataclass(frozen=True, eq=False)
class Neighbourhood:
    receiver: Receiver
    municipalities: gpd.GeoDataFrame    # ags, name, geometry (EPSG:25832)


def neighbourhoods(settings: Settings, cluster: Cluster) -> list[Neighbourhood]:
    found = []
    for receiver in receivers(cluster):
        if receiver.ars:
            receiver, municipalities = _association(settings, cluster, receiver)
        elif receiver.external:
            municipalities = _area_by_ags(settings, cluster, receiver)
        else:
            municipalities = member_area(settings, cluster, cluster.member(receiver.key)).municipalities
        found.append(Neighbourhood(receiver, municipalities[["ags", "name", "geometry"]]))
    return found


def _association(settings: Settings, cluster: Cluster, receiver: Receiver
                 ) -> tuple[Receiver, gpd.GeoDataFrame]:
    """The municipalities of a Verbandsgemeinde (Amt, Samtgemeinde …) by its 9-digit ARS, and
    the receiver named as VG5000 names it unless cluster.yaml gives a name: „Verbandsgemeinde
    Unkel“, a single municipality (gemeinschaftsfrei, verbandsfrei …) by its own name."""
    folder = ensure_built(settings, cluster)
    known = load_associations(folder).set_index("ars")
    if receiver.ars not in known.index:
        config = cluster.config_path.name if cluster.config_path else "cluster.yaml"
        raise ConfigError(f"{config}: coordination.external_neighbours, „{receiver.key}“: kein "
                          f"Gemeindeverband (Verbandsgemeinde, Amt, Samtgemeinde …) mit dem "
                          f"Regionalschlüssel (ars) {receiver.ars} in den Verwaltungsgrenzen "
                          f"(VG5000) – bitte ars prüfen")
    every = load_gazetteer(folder).municipalities
    chosen = every[every["ars"].str.startswith(receiver.ars)].reset_index(drop=True)
    unit = known.loc[receiver.ars]
    name = receiver.name or (f"{unit['kind']} {unit['name']}" if len(chosen) > 1 else unit["name"])
    return replace(receiver, name=name), chosen


def _area_by_ags(settings: Settings, cluster: Cluster, receiver: Receiver) -> gpd.GeoDataFrame:
    """A municipality by its 8-digit AGS, else the district of a 5-digit (or …000) AGS."""
    every = load_gazetteer(ensure_built(settings, cluster)).municipalities
    chosen = every[every["ags"] == receiver.ags]
    if chosen.empty and (len(receiver.ags) == 5 or receiver.ags.endswith("000")):
        chosen = every[every["ags"].str.startswith(receiver.ags[:5])]
    if chosen.empty:
        raise ConfigError(f"cluster.yaml: coordination.external_neighbours: {receiver.name}: keine "
                          f"Gemeinde mit AGS {receiver.ags} in VG5000")
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
