"""What `swdp check` of a small file and `swdp status` load as they start (README
„Leistung“, benchmarks/bench_startup.py): a member waits for every module imported, so
modules that only other commands or other deliveries need – the help screens' panels, Excel
workbooks, the CKAN adapter, GDAL, the report page's template engine, an HTML parser for texts
with tags, the HTTP client of sources on a server – stay unloaded; nor are the boundaries of
all of Germany decoded where no location lies outside the member's area, an external
neighbour configured or not. Counted by module and by the gazetteer's cache, not by the
clock: the figures belong to the benchmark."""
from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pyarrow.parquet as pq

from pipelines.cli.startup import loading_modules
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import member_area, member_boundary
from pipelines.quality.patterns import place_mailboxes
from pipelines.storage.reading import readable
from schemas import fold
from support.cli import SAMPLES
from test_cli_edges import configured

# Loaded only by the commands, screens and deliveries that use them.
NOT_AT_START = ("typer.rich_utils", "openpyxl", "catalog.ckan_server", "pyogrio", "jinja2",
                "lxml", "requests", "urllib3")
# Loaded by the build of the warehouse (the data dictionary, the members' areas, the online
# geocoder's cache), not by reading one that is there.
ONLY_TO_BUILD_THE_WAREHOUSE = ("pandas", "geopandas", "shapely", "pyproj")
# `swdp …` through its entry point in a process of its own; the modules it loaded, and how
# often it decoded the boundaries of all of Germany (the gazetteer's cache of them), are
# written to the file named first.
PROBE = ("import json, sys\n"
         "listed = sys.argv.pop(1)\n"
         "from pipelines.cli import main\n"
         "try:\n"
         "    main()\n"
         "finally:\n"
         "    modules = sorted(sys.modules)\n"
         "    gazetteer = sys.modules.get('pipelines.geocoding.gazetteer')\n"
         "    germany = gazetteer._load.cache_info().misses if gazetteer else 0\n"
         "    import gc\n"
         "    open(listed, 'w').write(json.dumps({'modules': modules, 'germany': germany,\n"
         "                                        'frozen': gc.get_freeze_count(),\n"
         "                                        'walked': len(gc.get_objects())}))\n")
# Two neighbours outside the cluster, one looked up by its Regionalschlüssel (the
# Verbandsgemeinde Unkel), one by its Gemeindeschlüssel (Bad Honnef).
NEIGHBOURS = ("  external_neighbours: []\n",
              '  external_neighbours:\n'
              '    - {key: vg-unkel, ars: "071385007", mailbox: bauamt@unkel.de}\n'
              '    - {key: bad-honnef, name: Stadt Bad Honnef, ags: "05382008", '
              'mailbox: stadtplanung@bad-honnef.de}\n')


def _loaded(data_dir: Path, folder: Path, *args, env: dict | None = None
            ) -> tuple[subprocess.CompletedProcess, set[str], int]:
    """The finished call, the modules it loaded and how often it decoded all of Germany."""
    listed = folder / "modules.json"
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir), **(env or {})}
    env.pop("DAGSTER_HOME", None)
    done = subprocess.run([sys.executable, "-c", PROBE, str(listed), *args], env=env,
                          capture_output=True, text=True, timeout=300)
    probed = json.loads(listed.read_text())
    return done, set(probed["modules"]), probed["germany"]


def _small_delivery(folder: Path) -> Path:
    small = folder / "veranstaltungen-100.csv"
    lines = (SAMPLES / "kusel" / "veranstaltungen.csv").read_bytes().splitlines(True)
    small.write_bytes(b"".join(lines[:101]))
    return small


def test_a_check_of_a_small_file_loads_nothing_only_others_need(kusel_events, tmp_path):
    done, modules, germany = _loaded(kusel_events.data_dir, tmp_path, "check",
                                     str(_small_delivery(tmp_path)), "-d", "events", "-m", "kusel")
    # 1: the sample holds flawed rows on purpose; 3: 100 of its rows are a drop against the
    # session's run – the whole check is done either way, the records located in Kusel's area
    assert done.returncode in (1, 3), done.stderr[-2000:]
    assert "gelesen: 100" in done.stdout and "Prüfbericht" in done.stdout
    assert "pipelines.geocoding.locate" in modules
    assert not modules & set(NOT_AT_START), sorted(modules & set(NOT_AT_START))
    assert "außerhalb des Gebiets" not in done.stdout
    assert germany == 0  # no location outside Kusel: nothing to say where it lies
    # The collector's passes walk what the check made, not the objects of the thousand
    # modules it loaded (frozen once loaded, pipelines/cli/startup.py).
    collector = json.loads((tmp_path / "modules.json").read_text())
    assert collector["frozen"] > 10 * collector["walked"], collector


def test_modules_load_with_the_collector_paused_and_stay_frozen(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "freshly_loaded.py").write_text("import gc\nCOLLECTING = gc.isenabled()\n")
    frozen = gc.get_freeze_count()
    with loading_modules():
        import freshly_loaded
    assert not freshly_loaded.COLLECTING
    assert gc.isenabled() and gc.get_freeze_count() > frozen
    # loaded already (a second call in the same process): nothing more is frozen
    frozen = gc.get_freeze_count()
    with loading_modules():
        import freshly_loaded  # noqa: F401, F811
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_status_loads_nothing_only_others_need(kusel_events, tmp_path):
    done, modules, _ = _loaded(kusel_events.data_dir, tmp_path, "status")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Landkreis Kusel" in done.stdout and "Veranstaltungen" in done.stdout
    assert not modules & set(NOT_AT_START), sorted(modules & set(NOT_AT_START))
    # the warehouse is there: read with DuckDB alone, nothing of its build loaded
    assert not modules & set(ONLY_TO_BUILD_THE_WAREHOUSE), sorted(
        modules & set(ONLY_TO_BUILD_THE_WAREHOUSE))


def test_status_builds_a_warehouse_a_killed_first_run_left_empty(kusel_events_copy, tmp_path):
    warehouse = kusel_events_copy.warehouse_path
    warehouse.write_bytes(b"")  # created, never written: the first run killed in its build
    done, _, _ = _loaded(kusel_events_copy.data_dir, tmp_path, "status", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout)
    assert [(e["municipality"], e["dataset"], e["status"]) for e in shown["partitions"]] == [
        ("kusel", "events", "ok")]
    assert readable(warehouse)


def test_external_neighbours_are_looked_up_without_the_boundaries_of_all_of_germany(
        kusel_events, tmp_path):
    """`swdp status` and `swdp check` look up every external neighbour at each call (an entry
    the gazetteer does not know stops every ingestion): by keys and names alone."""
    done, _, germany = _loaded(kusel_events.data_dir, tmp_path, "status",
                               env=configured(tmp_path, *NEIGHBOURS))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Konfiguration nicht verwendbar" not in done.stdout
    assert germany == 0
    # Bad Honnef under a Gemeindeschlüssel VG5000 does not know: both neighbours looked up,
    # the second refused
    unknown = (NEIGHBOURS[0], NEIGHBOURS[1].replace('"05382008"', '"05382099"'))
    done, _, germany = _loaded(kusel_events.data_dir, tmp_path, "check",
                               str(_small_delivery(tmp_path)), "-d", "events", "-m", "kusel",
                               env=configured(tmp_path, *unknown))
    assert done.returncode in (1, 3), done.stderr[-2000:]
    assert "gelesen: 100" in done.stdout
    assert "„bad-honnef“: keine Gemeinde und kein Kreis mit dem Gemeindeschlüssel (ags) 05382099" in (
        " ".join(done.stdout.split()))
    assert germany == 0


def test_the_help_screen_loads_its_german_panels_when_it_is_shown(kusel_events, tmp_path):
    done, modules, _ = _loaded(kusel_events.data_dir, tmp_path, "check", "--help")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "typer.rich_utils" in modules
    for panel in ("Argumente", "Optionen", "[erforderlich]"):
        assert panel in done.stdout, panel


def test_a_member_area_read_without_geopandas_has_the_municipalities_geopandas_reads(
        kusel_events, cluster):
    settings = Settings(data_dir=kusel_events.data_dir)
    read = gpd.read_parquet(settings.gazetteer_dir / "municipalities.parquet")
    for member in (cluster.member("kusel"), None):  # None: the whole cluster
        members = [member] if member else list(cluster.members.values())
        expected = read[read["ars"].str.startswith(tuple(m.ars for m in members))]
        area = member_area(settings, cluster, member)
        assert list(area.municipalities.columns) == list(read.columns)
        assert area.municipalities.crs == read.crs
        assert area.municipalities.drop(columns="geometry").equals(
            expected.drop(columns="geometry").reset_index(drop=True))
        assert area.municipalities.geom_equals_exact(
            expected.geometry.reset_index(drop=True), tolerance=0).all()
        # the bounds a WFS source is asked for are those of the area's boundary
        assert member_boundary(settings, cluster, member).equals(area.boundary)
        tolerance = cluster.geodata["boundary_tolerance_m"]
        assert area.boundary.equals(expected.union_all().buffer(tolerance))
    assert area.germany.drop(columns="geometry").equals(read.drop(columns="geometry"))


def test_place_mailboxes_folded_at_once_are_those_of_each_name_folded(kusel_events):
    names = pq.read_table(Settings(data_dir=kusel_events.data_dir).gazetteer_dir
                          / "municipalities.parquet", columns=["name"])["name"].to_pylist()
    each = set()
    for name in names:
        for form in {name, re.split("[(,/]", name)[0]}:
            words = re.findall("[a-z0-9]+", fold(form))
            each.update(("-".join(words), "".join(words)) if words else ())
    assert place_mailboxes(names) == each
    assert {"st-wendel", "stwendel", "halle"} <= place_mailboxes(["St. Wendel", "Halle (Saale)"])
