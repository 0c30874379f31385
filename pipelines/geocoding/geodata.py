"""Official geodata (BKG VG5000 boundaries, GeoNames postal codes): found or fetched once.

Order: the configured folder (`Settings.geodata_dir`, SWDP_GEODATA); else ../shared/geodata
next to the project; else a cache folder filled once from the official download addresses in
cluster.yaml. The files are
never part of the repository.
"""
from __future__ import annotations

import io
import logging
import shutil
import urllib.request
import zipfile
from pathlib import Path

from pipelines.core.cluster import Cluster
from pipelines.core.settings import SHARED_DIR, Settings

log = logging.getLogger(__name__)
SHARED_GEODATA = SHARED_DIR / "geodata"
# The VG5000 levels the gazetteer reads: municipalities, municipal associations, districts
_LEVELS = ("GEM", "VWG", "KRS")
# What each dataset needs from its download: member names ending like this.
_WANTED = {"boundaries": tuple(f"VG5000_{level}.{ending}" for level in _LEVELS
                          for ending in ("shp", "shx", "dbf", "prj", "cpg")),
           "postcodes": ("DE.txt",)}


class GeodataError(Exception):
    pass


def geodata_dir(settings: Settings, cluster: Cluster) -> Path:
    if settings.geodata_dir:
        folder = settings.geodata_dir
        if not _complete(folder, cluster):
            raise GeodataError(f"SWDP_GEODATA={folder}: Geodaten unvollständig – erwartet "
                               f"{_describe(cluster)}")
        return folder
    if _complete(SHARED_GEODATA, cluster):
        return SHARED_GEODATA
    cache = settings.cache_dir / "geodata"
    if not _complete(cache, cluster):
        download(cluster, cache)
    return cache


def download(cluster: Cluster, target: Path) -> None:
    """Fetch each geodata set from its official address and unpack what the platform uses."""
    for kind, wanted in _WANTED.items():
        entry = cluster.geodata[kind]
        folder = target / entry["folder"]
        log.info("Lade Geodaten %s von %s", kind, entry["url"])
        try:
            with urllib.request.urlopen(entry["url"], timeout=120) as response:
                archive = zipfile.ZipFile(io.BytesIO(response.read()))
        except (OSError, zipfile.BadZipFile) as error:
            raise GeodataError(f"Geodaten „{kind}“ konnten nicht von {entry['url']} geladen "
                               f"werden ({error}). Ohne Netz: SWDP_GEODATA auf einen Ordner mit "
                               f"{_describe(cluster)} setzen.") from None
        folder.mkdir(parents=True, exist_ok=True)
        for name in archive.namelist():
            if name.endswith(wanted):
                partial = folder / (Path(name).name + ".part")
                with archive.open(name) as source, open(partial, "wb") as sink:
                    shutil.copyfileobj(source, sink)
                partial.replace(folder / Path(name).name)
        missing = [name for name in wanted if not (folder / name).exists()]
        if missing:
            raise GeodataError(f"Download von {entry['url']} enthält {', '.join(missing)} nicht")


def boundaries_file(folder: Path, cluster: Cluster) -> Path:
    return folder / cluster.geodata["boundaries"]["folder"] / "VG5000_GEM.shp"


def postcodes_file(folder: Path, cluster: Cluster) -> Path:
    return folder / cluster.geodata["postcodes"]["folder"] / "DE.txt"


def _complete(folder: Path, cluster: Cluster) -> bool:
    boundaries = boundaries_file(folder, cluster)
    return (all(boundaries.with_name(f"VG5000_{level}.shp").is_file() for level in _LEVELS)
            and postcodes_file(folder, cluster).is_file())


def _describe(cluster: Cluster) -> str:
    return (f"{cluster.geodata['boundaries']['folder']}/VG5000_GEM.shp, VG5000_VWG.shp, "
            f"VG5000_KRS.shp und {cluster.geodata['postcodes']['folder']}/DE.txt")
