"""The gazetteer: municipalities (with their district) and municipal associations with AGS/ARS
and boundaries (BKG VG5000), postal codes with places (GeoNames) and, where imported, house coordinates
(HK-DE) or a member's own address points. Built once into Parquet files (`swdp gazetteer
build`), held in EPSG:25832 so distances and tolerances are in metres.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache, cached_property, reduce
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.compute as pc
import pyarrow.parquet as pq
import shapely
from shapely import STRtree
from shapely.geometry.base import BaseGeometry

from pipelines.geocoding.addresses import REGISTER_COLUMNS, place_keys, read_register, suffix_code
from pipelines.core.cluster import Cluster, ConfigError, Member
from pipelines.geocoding.coordinates import METRIC_CRS, distinct_points, transform
from pipelines.geocoding.geodata import boundaries_file, geodata_dir, postcodes_file
from pipelines.core.settings import Settings
from pipelines.core.files import atomic_write

_POSTCODE_COLUMNS = ["country", "postcode", "place", "admin1", "admin1_code", "admin2",
                     "admin2_code", "admin3", "admin3_code", "lat", "lon", "accuracy"]
TABLES = ("municipalities", "associations", "postcodes", "addresses")
_BUILD_INFO = "gazetteer.json"
# What the files hold, stated in _BUILD_INFO: a gazetteer of an older format is rebuilt on
# first use. 2: each municipality with its district (Kreis).
FORMAT = 2


def build_gazetteer(settings: Settings, cluster: Cluster, registers: list[Path] | None = None,
                    on_progress=lambda step: None) -> dict:
    """Rebuild the gazetteer files in the settings' gazetteer folder. Address registers given
    replace the stored addresses; without any, addresses imported before are kept."""
    folder = settings.gazetteer_dir
    source = geodata_dir(settings, cluster)
    tolerance = cluster.geodata["boundary_tolerance_m"]
    on_progress("Gemeinden, Kreise, Verbandsgemeinden (VG5000) und Postleitzahlen (GeoNames)")
    municipalities, associations, postcodes = _official(
        boundaries_file(source, cluster), postcodes_file(source, cluster), tolerance)
    stored = folder / "addresses.parquet"
    if registers:
        on_progress("Adressen")
        addresses = pd.concat([read_register(path) for path in registers], ignore_index=True)
        unknown = addresses["ags"].isna() | ~addresses["ags"].isin(municipalities["ags"])
        addresses.loc[unknown, "ags"] = _ags_near(municipalities, addresses.loc[unknown, "x"],
                                                  addresses.loc[unknown, "y"], tolerance)
        addresses = addresses.dropna(subset=["ags"]).drop_duplicates(
            ["ags", "street_key", "number", "suffix"]).reset_index(drop=True)
    elif stored.is_file():
        addresses = pd.read_parquet(stored)
    else:
        addresses = pd.DataFrame({name: pd.Series(dtype="int64" if name == "number" else
                                                  "float64" if name in ("x", "y") else object)
                                  for name in REGISTER_COLUMNS})
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in (("municipalities", municipalities), ("associations", associations)):
        atomic_write(folder / f"{name}.parquet", lambda partial, t=table: t.to_parquet(partial))
    for name, table in (("postcodes", postcodes), ("addresses", addresses)):
        atomic_write(folder / f"{name}.parquet",
                     lambda partial, t=table: t.to_parquet(partial, index=False))
    counts = {"format": FORMAT, "municipalities": len(municipalities), "associations": len(associations),
              "postcodes": len(postcodes), "addresses": len(addresses),
              "registers": [str(path) for path in registers or []],
              "built_at": datetime.now(timezone.utc).isoformat(), "geodata": str(source)}
    atomic_write(folder / _BUILD_INFO, lambda partial: Path(partial).write_text(
        json.dumps(counts, ensure_ascii=False, indent=1), encoding="utf-8"))
    return counts


@cache
def _official(boundaries: Path, postcode_file: Path, tolerance: float):
    """Municipalities (with their district), associations and postal places (with the AGS
    at each place), read once per process: tests and repeated builds reuse them."""
    municipalities = _with_districts(_read_units(boundaries),
                                     boundaries.with_name("VG5000_KRS.shp"))
    associations = _read_units(boundaries.with_name("VG5000_VWG.shp"))
    postcodes = _read_postcodes(postcode_file)
    postcodes["ags"] = _ags_near(municipalities, postcodes["x"], postcodes["y"], tolerance)
    return municipalities, associations, postcodes


def _read_units(path: Path) -> gpd.GeoDataFrame:
    import pyogrio  # GDAL (25 ms to load) only to build: `swdp check` reads the Parquet files
    frame = pyogrio.read_dataframe(path, columns=["ARS", "AGS", "GEN", "BEZ"])
    frame = frame.rename(columns={"ARS": "ars", "AGS": "ags", "GEN": "name", "BEZ": "kind"})
    # VG5000 splits some units into several parts (land and water areas).
    return _dissolved(frame.to_crs(METRIC_CRS), ["ars", "ags", "name", "kind"])


def _with_districts(municipalities: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """Each municipality with the name and kind (Landkreis, Kreis, Kreisfreie Stadt,
    Stadtkreis) of its district: the one whose AGS begins its AGS."""
    import pyogrio
    districts = pyogrio.read_dataframe(path, columns=["AGS", "GEN", "BEZ"], read_geometry=False
                                       ).set_index("AGS")
    district = municipalities["ags"].str[:5]
    return municipalities.assign(district=district.map(districts["GEN"]),
                                 district_kind=district.map(districts["BEZ"]))


def _dissolved(frame: gpd.GeoDataFrame, keys: list[str]) -> gpd.GeoDataFrame:
    """`frame.dissolve(by=keys, as_index=False)`: one row per unit, its parts united, in the
    order of the keys – each unit's parts handed to shapely directly rather than through
    pandas' group-by-group aggregation, which costs a second for VG5000's 15,000 units."""
    group = frame.groupby(keys, sort=True).ngroup().to_numpy()
    order = np.argsort(group, kind="stable")
    starts = np.flatnonzero(np.diff(group[order], prepend=-1))
    parts = frame.geometry.to_numpy()
    united = [shapely.union_all(parts[unit]) for unit in np.split(order, starts[1:])
              if len(unit)]
    units = frame[keys].iloc[order[starts]].reset_index(drop=True)
    return gpd.GeoDataFrame(units.assign(geometry=united), geometry="geometry", crs=frame.crs)


def _read_postcodes(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, sep="\t", header=None, names=_POSTCODE_COLUMNS,
                        dtype={"postcode": str}, keep_default_na=False,
                        usecols=["postcode", "place", "lat", "lon"])
    frame["x"], frame["y"] = transform("EPSG:4326", frame["lon"], frame["lat"])
    return frame[["postcode", "place", "x", "y"]]


def _ags_near(municipalities: gpd.GeoDataFrame, x, y, tolerance: float) -> list:
    """AGS of the municipality containing each point, or the nearest within tolerance."""
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(x, y), crs=METRIC_CRS)
    joined = gpd.sjoin_nearest(points, municipalities[["ags", "geometry"]], how="left",
                               max_distance=tolerance)
    joined = joined[~joined.index.duplicated()]
    return joined["ags"].where(joined["ags"].notna(), None).tolist()


def ensure_built(settings: Settings, cluster: Cluster) -> Path:
    """The gazetteer folder, built on first use and rebuilt once when it was built in an
    older format (the addresses imported before are kept)."""
    folder = settings.gazetteer_dir
    info = folder / _BUILD_INFO
    if not info.is_file() or json.loads(info.read_text(encoding="utf-8")).get("format") != FORMAT:
        build_gazetteer(settings, cluster)
    return folder


@dataclass(frozen=True)
class Gazetteer:
    municipalities: gpd.GeoDataFrame
    postcodes: pd.DataFrame
    addresses: pd.DataFrame


def load_gazetteer(folder: Path) -> Gazetteer:
    return _load(folder, (folder / _BUILD_INFO).stat().st_mtime_ns)


def load_associations(folder: Path) -> pd.DataFrame:
    """The Verbandsgemeinden, Ämter, Samtgemeinden … (VG5000 VWG): ars (9 digits, the start
    of their municipalities' ARS), name, kind – without their boundaries."""
    return pd.read_parquet(folder / "associations.parquet", columns=["ars", "name", "kind"])


@cache
def _load(folder: Path, version: int) -> Gazetteer:  # all of Germany
    return Gazetteer(gpd.GeoDataFrame(_municipalities(folder, version, None), crs=METRIC_CRS),
                     *_places(folder, version))


@cache
def _places(folder: Path, version: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The postal places (GeoNames) and the addresses of every municipality."""
    return (pd.read_parquet(folder / "postcodes.parquet"),
            pd.read_parquet(folder / "addresses.parquet"))


@cache
def _municipality_table(folder: Path, version: int):  # read once for the area and `germany`
    return pq.read_table(folder / "municipalities.parquet")


def _municipalities(folder: Path, version: int, ars: tuple[str, ...] | None) -> pd.DataFrame:
    """The municipalities whose ARS begins with one of `ars` (None: all of Germany), only their
    boundaries decoded (shapely, EPSG:25832): a member's area needs a hundred of 11,000."""
    table = _municipality_table(folder, version)
    if ars is not None:
        table = table.filter(reduce(pc.or_, (pc.starts_with(table["ars"], prefix)
                                             for prefix in ars)))
    frame = table.drop_columns(["geometry"]).to_pandas().reset_index(drop=True)
    frame.insert(table.column_names.index("geometry"), "geometry",
                 shapely.from_wkb(table["geometry"].to_numpy(zero_copy_only=False)))
    return frame


@dataclass(frozen=True, eq=False)
class MemberArea:
    """An area (one member, or the whole cluster): its municipalities, the boundary with
    tolerance, and the gazetteer entries inside it, indexed for matching."""
    name: str
    municipalities: gpd.GeoDataFrame  # ars, ags, name, kind, geometry (EPSG:25832), district,
                                      # district_kind
    boundary: BaseGeometry            # union, buffered by the configured tolerance
    postcodes: pd.DataFrame           # postcode, place, x, y, ags (inside the area)
    addresses: pd.DataFrame           # REGISTER_COLUMNS (inside the area)
    member: Member | None = None
    gazetteer: tuple[Path, int] | None = None  # its folder and version (`germany`)
    # every postal code of the gazetteer (GeoNames), to say where one outside the area lies
    germany_postcodes: pd.DataFrame | None = None

    @cached_property
    def germany(self) -> gpd.GeoDataFrame | None:
        """Every municipality (all of Germany), to say where a location outside the area lies."""
        return _load(*self.gazetteer).municipalities if self.gazetteer else None

    @cached_property
    def places(self) -> dict[str, tuple[str, ...]]:
        """Place key -> AGS: municipality names (VG5000), and postal places (GeoNames) whose
        names are no municipality's (their points may lie across a generalised boundary)."""
        official, postal = defaultdict(set), defaultdict(set)
        for names, ags_list, index in ((self.municipalities["name"], self.municipalities["ags"], official),
                                       (self.postcodes["place"], self.postcodes["ags"], postal)):
            for name, ags in zip(names, ags_list):
                for key in place_keys(name):
                    index[key].add(ags)
        return {key: tuple(sorted(values)) for key, values in (postal | official).items()}

    @cached_property
    def postcode_ags(self) -> dict[str, tuple[str, ...]]:
        """Postal code -> the municipalities it serves: where GeoNames has a place, and
        where the address register has houses with that code."""
        pairs = pd.concat([self.postcodes[["postcode", "ags"]],
                           self.addresses[["postcode", "ags"]].dropna()])
        grouped = pairs.groupby("postcode")["ags"].unique()
        return {code: tuple(sorted(values)) for code, values in grouped.items()}

    @cached_property
    def postcode_points(self) -> dict:
        """(postcode, ags) and postcode -> mean point of the postal places (GeoNames), else
        of the register's houses with that code."""
        points = {}
        for table in (self.addresses.dropna(subset=["postcode"]), self.postcodes):
            for keys in (["postcode", "ags"], "postcode"):
                means = table.groupby(keys)[["x", "y"]].mean()
                points |= {key: (x, y) for key, x, y in zip(means.index, means["x"], means["y"])}
        return points

    @cached_property
    def municipality_points(self) -> dict[str, tuple[float, float]]:
        points = self.municipalities.geometry.representative_point()
        return dict(zip(self.municipalities["ags"], zip(points.x, points.y)))

    @cached_property
    def streets(self) -> pd.DataFrame:
        """One row per street of a municipality (its id): mean point of its houses."""
        return (self.addresses.groupby(["ags", "street_key"], as_index=False)
                .agg(x=("x", "mean"), y=("y", "mean")))

    @cached_property
    def street_ids(self) -> dict[str, dict[str, int]]:
        """Street key -> {AGS: street id} for the municipalities having such a street."""
        ids = defaultdict(dict)
        for position, (ags, key) in enumerate(zip(self.streets["ags"], self.streets["street_key"])):
            ids[key][ags] = position
        return dict(ids)

    @cached_property
    def streets_by_ags(self) -> dict[str, list[str]]:
        return self.streets.groupby("ags")["street_key"].agg(list).to_dict()

    @cached_property
    def _houses(self) -> pd.Index:
        """House key (street id, number, suffix letter) of each address, as one integer."""
        street = self.addresses.merge(self.streets.reset_index()[["ags", "street_key", "index"]],
                                      how="left", on=["ags", "street_key"])["index"]
        suffix = self.addresses["suffix"].map(suffix_code)
        return pd.Index(_house_key(street.to_numpy(np.int64), self.addresses["number"].to_numpy(np.int64),
                                   suffix.to_numpy(np.int64)))

    def house_position(self, street_id, number, suffix) -> np.ndarray:
        """Row of area.addresses for each (street id, number, suffix code), else -1."""
        return self._houses.get_indexer(_house_key(street_id, number, suffix))

    @cached_property
    def _municipality_tree(self) -> STRtree:
        return STRtree(self.municipalities.geometry.values)

    def ags_at(self, x, y) -> np.ndarray:
        """AGS of the municipality containing (or, within tolerance, nearest) each point."""
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        result = np.full(len(x), None, dtype=object)
        present = ~np.isnan(x) & ~np.isnan(y)
        if present.any():
            distinct_x, distinct_y, each = distinct_points(x[present], y[present])
            nearest = self._municipality_tree.nearest(gpd.points_from_xy(distinct_x, distinct_y))
            result[present] = self.municipalities["ags"].to_numpy()[nearest][each]
        return result


def _house_key(street_id, number, suffix) -> np.ndarray:
    return (np.asarray(street_id) << 26) | (np.clip(number, 0, 2**20 - 1) << 6) | np.asarray(suffix)


def member_area(settings: Settings, cluster: Cluster, member: Member | None) -> MemberArea:
    """The member's area from the gazetteer (built on first use); without a member, the
    whole cluster's."""
    return _member_area(*_asked(settings, cluster, member), member.name if member else cluster.name)


def member_boundary(settings: Settings, cluster: Cluster, member: Member | None) -> BaseGeometry:
    """The area's `boundary` (EPSG:25832, tolerance included), without reading anything else
    of the gazetteer: what `bbox: member` asks of a WFS."""
    return _own(*_asked(settings, cluster, member))[1]


def _asked(settings: Settings, cluster: Cluster, member: Member | None) -> tuple:
    """The gazetteer's folder and version, the members, the tolerance, the configuration."""
    folder = ensure_built(settings, cluster)
    return (folder, (folder / _BUILD_INFO).stat().st_mtime_ns,
            (member,) if member else tuple(cluster.members.values()),
            cluster.geodata["boundary_tolerance_m"],
            cluster.config_path.name if cluster.config_path else "cluster.yaml")


@cache
def _own(folder: Path, version: int, members: tuple[Member, ...], tolerance: float,
         config: str) -> tuple[pd.DataFrame, BaseGeometry]:
    """The members' municipalities (geometries as shapely objects) and their boundary."""
    own = _municipalities(folder, version, tuple(m.ars for m in members))
    for unknown in (m for m in members if not own["ars"].str.startswith(m.ars).any()):
        # a typing error in the configuration, which its operator corrects (exit 2, not 70)
        raise ConfigError(f"{config}: Mitglied „{unknown.key}“: keine Gemeinde mit dem "
                          f"Regionalschlüssel (ars) {unknown.ars} in den Verwaltungsgrenzen "
                          f"(VG5000) – bitte ars prüfen")
    return own, shapely.union_all(own["geometry"].to_numpy()).buffer(tolerance)


@cache
def _member_area(folder: Path, version: int, members: tuple[Member, ...], tolerance: float,
                 config: str, name: str) -> MemberArea:
    own, boundary = _own(folder, version, members, tolerance, config)
    postcodes, addresses = _places(folder, version)
    inside = lambda table: table[table["ags"].isin(own["ags"])].reset_index(drop=True)
    return MemberArea(name, gpd.GeoDataFrame(own, geometry="geometry", crs=METRIC_CRS), boundary,
                      inside(postcodes), inside(addresses), members[0] if len(members) == 1 else None,
                      gazetteer=(folder, version), germany_postcodes=postcodes)
