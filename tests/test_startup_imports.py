"""What `swdp check` of a small file and `swdp status` load as they start (README
„Leistung“, benchmarks/bench_startup.py): a member waits for every module imported, so
modules that only other commands or other deliveries need – the help screens' panels, Excel
workbooks, the CKAN adapter, GDAL, the report page's template engine, an HTML parser for texts
with tags – stay unloaded. Counted by module, not by the clock: the figures belong to
the benchmark."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pyarrow.parquet as pq

from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import member_area, member_boundary
from pipelines.quality.patterns import place_mailboxes
from schemas import fold
from support.cli import SAMPLES

# Loaded only by the commands, screens and deliveries that use them.
NOT_AT_START = ("typer.rich_utils", "openpyxl", "catalog.ckan_server", "pyogrio", "jinja2",
                "lxml")
# `swdp …` through its entry point in a process of its own; the modules it loaded are
# written to the file named first.
PROBE = ("import json, sys\n"
         "listed = sys.argv.pop(1)\n"
         "from pipelines.cli import main\n"
         "try:\n"
         "    main()\n"
         "finally:\n"
         "    open(listed, 'w').write(json.dumps(sorted(sys.modules)))\n")


def _loaded(data_dir: Path, folder: Path, *args) -> tuple[subprocess.CompletedProcess, set[str]]:
    listed = folder / "modules.json"
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    done = subprocess.run([sys.executable, "-c", PROBE, str(listed), *args], env=env,
                          capture_output=True, text=True, timeout=300)
    return done, set(json.loads(listed.read_text()))


def _small_delivery(folder: Path) -> Path:
    small = folder / "veranstaltungen-100.csv"
    lines = (SAMPLES / "kusel" / "veranstaltungen.csv").read_bytes().splitlines(True)
    small.write_bytes(b"".join(lines[:101]))
    return small


def test_a_check_of_a_small_file_loads_nothing_only_others_need(kusel_events, tmp_path):
    done, modules = _loaded(kusel_events.data_dir, tmp_path, "check",
                            str(_small_delivery(tmp_path)), "-d", "events", "-m", "kusel")
    # 1: the sample holds flawed rows on purpose; 3: 100 of its rows are a drop against the
    # session's run – the whole check is done either way, the records located in Kusel's area
    assert done.returncode in (1, 3), done.stderr[-2000:]
    assert "gelesen: 100" in done.stdout and "Prüfbericht" in done.stdout
    assert "pipelines.geocoding.locate" in modules
    assert not modules & set(NOT_AT_START), sorted(modules & set(NOT_AT_START))


def test_status_loads_nothing_only_others_need(kusel_events, tmp_path):
    done, modules = _loaded(kusel_events.data_dir, tmp_path, "status")
    assert done.returncode == 0, done.stderr[-2000:]
    assert not modules & set(NOT_AT_START), sorted(modules & set(NOT_AT_START))


def test_the_help_screen_loads_its_german_panels_when_it_is_shown(kusel_events, tmp_path):
    done, modules = _loaded(kusel_events.data_dir, tmp_path, "check", "--help")
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
