"""GeoPackage layers written in a process of their own (pipelines/export/layer_process.py):
the same files as written in the export's process, the same faults, and never a process
that outlives a killed export."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyogrio
import pytest
import shapely

from pipelines.core.faults import explain
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.export.files import export_dataset, exported_fields
from pipelines.export.geopackage import geopackage_path, write_layer
from pipelines.export.layer_process import LayerProcessEnded, layer_process
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.export.state import EXPORT_STATE
from pipelines.storage.lake import read_table, write_table
from schemas import DATASET_KEYS, load_schema
from support.geopackages import content
from support.mounts import tmpfs

ABOUT = {"title": "Veranstaltungen – Kusel", "publisher": "Landkreis Kusel",
         "license_title": "DL-DE-BY 2.0",
         "attribution": ["© GeoBasis-DE"]}


def test_layers_written_apart_are_the_layers_of_the_export_s_own_process(demo_run, cluster,
                                                                        tmp_path):
    """The demo's exports again with every layer written apart (`geopackage_apart_rows` 0):
    each GeoPackage holds the same layers, rows, types, aliases and descriptions as the
    demo's, written in the export's own process."""
    demo = Settings(data_dir=demo_run[0])
    assert demo.geopackage_apart_rows > 2_000  # the demo wrote its layers in its own process
    settings = replace(demo, data_dir=tmp_path / "data", geopackage_apart_rows=0)
    shutil.copytree(demo.data_dir, settings.data_dir, ignore=shutil.ignore_patterns("dagster"))
    (settings.export_dir / "geopackage").rename(tmp_path / "before")
    for dataset in DATASET_KEYS:
        (settings.export_dir / dataset / EXPORT_STATE).unlink()
        written = export_dataset(settings, cluster, dataset)
        assert geopackage_path(settings.export_dir, CLUSTER_SCOPE) in written
        # and the layers alone beside the dataset's files
        for alone in (p for p in written if p.suffix == ".gpkg" and p.parent.name == dataset):
            assert content(alone) == content(demo.export_dir / dataset / alone.name), alone
    scopes = sorted(path.name for path in (tmp_path / "before").iterdir())
    assert scopes == sorted(path.name for path in (settings.export_dir / "geopackage").iterdir())
    assert len(scopes) > 3
    for scope in scopes:
        assert content(settings.export_dir / "geopackage" / scope) == \
            content(tmp_path / "before" / scope), scope



def test_a_script_without_main_guard_exports_with_the_process_apart(kusel_events, tmp_path):
    """A user's own script, without `if __name__ == "__main__":`, exports with its layers
    written apart: the process apart runs the layers, not the script (multiprocessing's
    spawn would run the script again in it, whose export fails there)."""
    data = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data, ignore=shutil.ignore_patterns("dagster"))
    (data / "export" / "events" / EXPORT_STATE).unlink()
    shutil.rmtree(data / "export" / "geopackage")
    script = tmp_path / "meine_auswertung" / "export.py"
    script.parent.mkdir()
    script.write_text(_SCRIPT_WITHOUT_MAIN_GUARD, encoding="utf-8")
    run = subprocess.run([sys.executable, script.name], cwd=script.parent, capture_output=True,
                         text=True, env={**os.environ, "SWDP_DATA_DIR": str(data)})
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.splitlines() == ["Export geschrieben"]  # the script ran once
    for scope in (CLUSTER_SCOPE, "kusel"):
        rows = read_table(data / "export" / "events" / f"{scope}.parquet").num_rows
        assert rows > 1
        layers = pyogrio.list_layers(geopackage_path(data / "export", scope))
        assert layers.tolist() == [["events", "Point"]]
        assert pyogrio.read_info(geopackage_path(data / "export", scope),
                                 layer="events")["features"] == rows


_SCRIPT_WITHOUT_MAIN_GUARD = """
from dataclasses import replace

from pipelines.core.cluster import load_cluster
from pipelines.core.settings import Settings
from pipelines.export.files import export_dataset

settings = replace(Settings.from_env(), geopackage_apart_rows=1)
export_dataset(settings, load_cluster(settings.config_path), "events")
print("Export geschrieben")
"""

def test_a_full_disk_in_the_process_apart_is_the_same_fault(tmp_path):
    """A layer that does not fit on the disk fails alike in both processes, whether its copy
    into the scope's GeoPackage runs out of room (the operator reads the CLI's German line,
    exit 74) or GDAL does writing the layer alone: the same error, no temporary file left,
    the scope's GeoPackage before as it was (and the layer alone, where GDAL failed)."""
    schema, fields, parquet = _events(tmp_path / "veranstaltungen.parquet", 60_000)
    small = tmp_path / "wenige.parquet"
    write_table(read_table(parquet).slice(0, 10), small)
    with tmpfs(tmp_path / "mnt", "3m") as mount:
        alone, path = mount / "kusel.gpkg", mount / "geopackage" / "kusel.gpkg"
        write_layer(read_table(small), schema, fields, alone, ABOUT, path)
        before = path.read_bytes()
        faults = {}
        for case, records in (("Kopie", small), ("Schicht", parquet)):
            for apart in (False, True):
                alone_before = alone.read_bytes()
                if case == "Kopie":  # room for the layer alone (new) and half its copy
                    alone.unlink()
                    room = shutil.disk_usage(mount).free - len(alone_before) * 3 // 2
                    (mount / "füllung").write_bytes(bytes(room - room % 4096))
                with layer_process(apart) as process:
                    try:
                        if process:
                            process.write_layer(records, "events", fields, alone, ABOUT,
                                                path).result()
                        else:
                            write_layer(read_table(records), schema, fields, alone, ABOUT, path)
                    except Exception as error:  # noqa: BLE001 - the fault is what is compared
                        # the temporary file is named after the process writing it
                        faults[case, apart] = (type(error), explain(error, str(mount)),
                                               re.sub(r"\.\d+\.\w+\.part", "", str(error)))
                assert not [p for p in mount.rglob("*") if ".part" in p.name], (case, apart)
                assert path.read_bytes() == before, (case, apart)
                if case == "Schicht":
                    assert alone.read_bytes() == alone_before, apart
                (mount / "füllung").unlink(missing_ok=True)
    assert faults["Kopie", True] == faults["Kopie", False]
    assert faults["Kopie", True][1].kind == "storage"
    assert "Kein Speicherplatz" in faults["Kopie", True][1].message
    assert faults["Schicht", True] == faults["Schicht", False]
    # GDAL's own write on a full disk is named as such too, not as SQLite's failed ROLLBACK
    assert faults["Schicht", True][1].kind == "storage", faults["Schicht", True]
    assert "Kein Speicherplatz" in faults["Schicht", True][1].message


def test_the_process_apart_dies_with_a_killed_export(tmp_path):
    """An export killed with SIGKILL while its process apart writes a layer takes that
    process with it: it is gone at once and never renames its half-written GeoPackage into
    place (which, after a newer export, would put old data over new)."""
    _, _, parquet = _events(tmp_path / "veranstaltungen.parquet", 400_000)
    path = tmp_path / "export" / "suedwest-cluster.gpkg"
    export = subprocess.Popen(
        [sys.executable, "-c", _EXPORT_WRITING_A_LAYER, str(parquet), str(path)],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
    apart = int(export.stdout.readline())
    # GDAL's temporary file exists: it is writing the layer (its size is no sign of progress,
    # SQLite may hold the pages until the end and the file be renamed between glob and stat)
    while not list(path.parent.glob(".*.part")):
        assert export.poll() is None and _running(apart), "the layer was written too soon"
        time.sleep(0.01)
    os.kill(export.pid, signal.SIGKILL)
    export.wait()
    export.stdout.close()
    for _ in range(500):
        if not _running(apart):
            break
        time.sleep(0.01)
    assert not _running(apart)
    assert not path.exists()



def test_layers_handed_to_a_process_apart_that_was_killed_fail_in_german(tmp_path):
    """A process apart killed from outside (by the kernel, short of memory) fails the layer
    it was writing and those waiting for it with a German message; the export does not wait
    for them forever and no GeoPackage is written."""
    _, fields, parquet = _events(tmp_path / "veranstaltungen.parquet", 200_000)
    with layer_process(True) as apart:
        layers = [apart.write_layer(parquet, "events", fields, tmp_path / f"{scope}.gpkg", ABOUT)
                  for scope in ("kusel", "kaiserslautern")]
        while not any(part.stat().st_size > 2**20 for part in tmp_path.glob(".*.part")):
            assert not layers[0].done(), "the layer was written too soon"
            time.sleep(0.01)
        os.kill(apart.pid, signal.SIGKILL)
        for layer in layers:
            with pytest.raises(LayerProcessEnded, match=r"unerwartet beendet \(Exit-Code -9\)"):
                layer.result()
        later = apart.write_layer(parquet, "events", fields, tmp_path / "kusel.gpkg", ABOUT)
        assert isinstance(later.exception(), LayerProcessEnded)
    assert list(tmp_path.glob("*.gpkg")) == []

_EXPORT_WRITING_A_LAYER = """
import sys
from pathlib import Path
from pipelines.export.files import exported_fields
from pipelines.export.layer_process import layer_process
from schemas import load_schema

parquet, path = map(Path, sys.argv[1:])
with layer_process(True) as apart:
    print(apart.pid, flush=True)
    apart.write_layer(parquet, "events", exported_fields(load_schema("events")), path,
                      {"title": "t", "publisher": "Landkreis Kusel",
                       "license_title": "l", "attribution": []}).result()
"""


def _running(pid: int) -> bool:
    """Whether the process still runs (a zombie has ended: nobody may have reaped it yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _events(parquet: Path, rows: int):
    """An export table of `rows` events (ids, titles and points, the other fields empty),
    saved as the scope's GeoParquet file."""
    schema = load_schema("events")
    fields = exported_fields(schema)
    arrow = schema.arrow_schema(fields)
    given = {"record_id": pa.array([f"KUS-{i}" for i in range(rows)]),
             "title": pa.array([f"Veranstaltung {i}" for i in range(rows)]),
             "geometry": pa.array(shapely.to_wkb(shapely.points(
                 7.4 + np.arange(rows) % 1000 / 1e4, 49.5 + np.arange(rows) // 1000 / 1e4)))}
    table = pa.table([given.get(field.name, pa.nulls(rows, field.type)) for field in arrow],
                     schema=arrow)
    write_table(table, parquet)
    return schema, fields, parquet

