"""Where the receivers are and how far a plan is from them: areas from the gazetteer
(VG5000, EPSG:25832), distances in metres to the nearest municipality of each receiver.

An external neighbour is looked up and named by the gazetteer's keys and names alone
(pipelines/coordination/externals.py); the boundaries of all of Germany are decoded only for
the notifications."""
from __future__ import annotations

from dataclasses import dataclass, replace

import geopandas as gpd
import pandas as pd

from pipelines.coordination.config import Receiver, receivers
from pipelines.coordination.externals import area_kind, look_up, read_names
from pipelines.core.cluster import Cluster
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import ensure_built, load_gazetteer, member_area


@dataclass(frozen=True, eq=False)
class Neighbourhood:
    receiver: Receiver
    municipalities: gpd.GeoDataFrame    # ags, name, geometry (EPSG:25832)


def neighbourhoods(settings: Settings, cluster: Cluster) -> list[Neighbourhood]:
    found, names = [], read_names(settings, cluster)
    for receiver in receivers(cluster):
        if receiver.external:
            receiver, chosen = look_up(cluster, receiver, names)
            ars = receiver.ars or receiver.ags[:5]  # an AGS is a Gemeinde or else its Kreis
            every = load_gazetteer(ensure_built(settings, cluster)).municipalities
            municipalities = every[every["ars"].isin(chosen["ars"])].reset_index(drop=True)
        else:
            ars = cluster.member(receiver.key).ars
            municipalities = member_area(settings, cluster, cluster.member(receiver.key)).municipalities
        receiver = replace(receiver, area=area_kind(names, ars, len(municipalities)))
        found.append(Neighbourhood(receiver, municipalities[["ags", "name", "geometry"]]))
    return found


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
