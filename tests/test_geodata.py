"""Geodata come from SWDP_GEODATA, ../shared/geodata, or the official download (here served
by a local HTTP server with the same archive layout, since the build machines are offline)."""
import http.server
import zipfile
from dataclasses import replace

import pytest

from pipelines.core.settings import Settings
from pipelines.geocoding.geodata import SHARED_GEODATA, GeodataError, download, geodata_dir

from support.http import local_server


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    with zipfile.ZipFile(root / "vg5000.zip", "w") as archive:
        for path in (SHARED_GEODATA / "bkg-vg5000-2021").glob("VG5000_[GVK][EWR][MGS].*"):
            archive.write(path, f"vg5000_01-01.gk3.shape.ebenen/vg5000_ebenen_0101/{path.name}")
    with zipfile.ZipFile(root / "DE.zip", "w") as archive:
        archive.write(SHARED_GEODATA / "geonames-postal" / "DE.txt", "DE.txt")
        archive.writestr("readme.txt", "GeoNames")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(root), **k)
    with local_server(handler) as url:
        yield url


def _with_urls(cluster, base):
    geodata = {**cluster.geodata,
               "boundaries": {**cluster.geodata["boundaries"], "url": f"{base}/vg5000.zip"},
               "postcodes": {**cluster.geodata["postcodes"], "url": f"{base}/DE.zip"}}
    return replace(cluster, geodata=geodata)


def test_download_unpacks_what_the_platform_needs(cluster, server, tmp_path):
    target = tmp_path / "cache"
    download(_with_urls(cluster, server), target)
    assert (target / "bkg-vg5000-2021" / "VG5000_GEM.shp").stat().st_size > 1_000_000
    assert (target / "bkg-vg5000-2021" / "VG5000_KRS.dbf").read_bytes() == \
        (SHARED_GEODATA / "bkg-vg5000-2021" / "VG5000_KRS.dbf").read_bytes()
    assert (target / "geonames-postal" / "DE.txt").read_bytes() == \
        (SHARED_GEODATA / "geonames-postal" / "DE.txt").read_bytes()
    assert not list(target.rglob("*.part"))


def test_download_failure_says_what_to_do(cluster, server, tmp_path):
    with pytest.raises(GeodataError, match="SWDP_GEODATA"):
        download(_with_urls(cluster, server + "/fehlt"), tmp_path / "cache")


def test_configured_folder_wins_and_must_be_complete(cluster, monkeypatch, tmp_path):
    monkeypatch.setenv("SWDP_GEODATA", str(SHARED_GEODATA))
    # the same folder, however reached (../shared may be a symbolic link)
    assert geodata_dir(Settings.from_env(), cluster).resolve() == SHARED_GEODATA.resolve()
    monkeypatch.setenv("SWDP_GEODATA", str(tmp_path))
    with pytest.raises(GeodataError, match="unvollständig"):
        geodata_dir(Settings.from_env(), cluster)


def test_a_folder_without_the_districts_is_incomplete(cluster, monkeypatch, tmp_path):
    """Geodata gathered before the gazetteer knew districts (VG5000_KRS) are not enough."""
    for name in ("bkg-vg5000-2021", "geonames-postal"):
        (tmp_path / name).mkdir()
    for path in (SHARED_GEODATA / "bkg-vg5000-2021").glob("VG5000_[GV][EW][MG].*"):
        (tmp_path / "bkg-vg5000-2021" / path.name).symlink_to(path)
    (tmp_path / "geonames-postal" / "DE.txt").symlink_to(SHARED_GEODATA / "geonames-postal" / "DE.txt")
    monkeypatch.setenv("SWDP_GEODATA", str(tmp_path))
    with pytest.raises(GeodataError, match="unvollständig.*VG5000_KRS.shp"):
        geodata_dir(Settings.from_env(), cluster)
