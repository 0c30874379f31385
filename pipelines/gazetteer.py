"""The gazetteer: municipalities with AGS and boundaries (VG5000) and postal codes with
places (GeoNames), held in EPSG:25832 so distances and tolerances are in metres."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from shapely import STRtree
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from pipelines.cluster import Cluster, Member
from pipelines.geodata import boundaries_file, geodata_dir, postcodes_file
from schemas import fold

METRIC_CRS = "EPSG:25832"
_POSTCODE_COLUMNS = ["country", "postcode", "place", "admin1", "admin1_code", "admin2",
                     "admin2_code", "admin3", "admin3_code", "lat", "lon", "accuracy"]


@dataclass(frozen=True, eq=False)
class MemberArea:
    """A member's territory: its municipalities and the boundary with tolerance."""
    member: Member
    municipalities: gpd.GeoDataFrame  # ags, name, geometry (EPSG:25832)
    boundary: BaseGeometry            # union, buffered by the configured tolerance
    postcodes: pd.DataFrame           # postcode, place, place_key, x, y (inside boundary)

    @cached_property
    def by_postcode_and_place(self) -> dict[tuple[str, str], Point]:
        return _mean_points(self.postcodes, ["postcode", "place_key"])

    @cached_property
    def by_postcode(self) -> dict[str, Point]:
        return _mean_points(self.postcodes, "postcode")

    @cached_property
    def by_place(self) -> dict[str, Point]:
        """Postal places and, where GeoNames lacks them, VG5000 municipality names."""
        municipalities = {row.name_key: row.geometry.representative_point()
                          for row in self.municipalities.itertuples()}
        return municipalities | _mean_points(self.postcodes, "place_key")

    @cached_property
    def _municipality_tree(self) -> STRtree:
        return STRtree(self.municipalities.geometry.values)

    def ags_at(self, points: gpd.GeoSeries) -> list[str | None]:
        """AGS of the member municipality containing (or, within tolerance, nearest) each point."""
        ags = self.municipalities["ags"].to_numpy()
        present = points.notna().to_numpy() & ~points.is_empty.to_numpy()
        result = [None] * len(points)
        nearest = self._municipality_tree.nearest(points.values[present])
        for position, municipality in zip(present.nonzero()[0], nearest):
            result[position] = ags[municipality]
        return result


def _mean_points(table: pd.DataFrame, keys) -> dict:
    means = table.groupby(keys)[["x", "y"]].mean()
    return {key: Point(x, y) for key, x, y in zip(means.index, means["x"], means["y"])}


@cache
def _municipalities(path: Path) -> gpd.GeoDataFrame:
    frame = pyogrio.read_dataframe(path, columns=["ARS", "AGS", "GEN"])
    frame = frame.rename(columns={"ARS": "ars", "AGS": "ags", "GEN": "name"}).to_crs(METRIC_CRS)
    frame["name_key"] = frame["name"].map(fold)
    # VG5000 splits some municipalities into several parts (land and water areas).
    return frame.dissolve(by=["ars", "ags", "name", "name_key"], as_index=False)


@cache
def _postcodes(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, sep="\t", header=None, names=_POSTCODE_COLUMNS,
                        dtype={"postcode": str, "admin3_code": str}, keep_default_na=False,
                        usecols=["postcode", "place", "lat", "lon"])
    points = gpd.GeoSeries.from_xy(frame["lon"], frame["lat"], crs="EPSG:4326").to_crs(METRIC_CRS)
    frame["x"], frame["y"] = points.x, points.y
    frame["place_key"] = frame["place"].map(fold)
    return frame


def member_area(cluster: Cluster, member: Member) -> MemberArea:
    folder = geodata_dir(cluster)
    return _member_area(boundaries_file(folder, cluster), postcodes_file(folder, cluster),
                        member, cluster.geodata["boundary_tolerance_m"])


@cache
def _member_area(boundaries: Path, postcodes: Path, member: Member, tolerance: float) -> MemberArea:
    municipalities = _municipalities(boundaries)
    own = municipalities[municipalities["ars"].str.startswith(member.ars)].reset_index(drop=True)
    if own.empty:
        raise ValueError(f"Mitglied {member.key}: keine Gemeinde mit ARS {member.ars}… in VG5000")
    boundary = own.union_all().buffer(tolerance)
    table = _postcodes(postcodes)
    inside = gpd.GeoSeries.from_xy(table["x"], table["y"], crs=METRIC_CRS).within(boundary)
    return MemberArea(member=member, municipalities=own, boundary=boundary,
                      postcodes=table[inside.to_numpy()].reset_index(drop=True))
