"""The `coordination:` settings are checked before any delivery is read: an external neighbour
with a malformed ARS, or one VG5000 does not know, was only refused by the coordination step
after the whole ingestion had run. `swdp run` and the Dagster definitions refuse it as they
start, with the coordination step's German message; every message names the configuration
file actually loaded (an operator's copy under its own name), not „cluster.yaml“."""
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipelines.coordination.config import receivers
from pipelines.coordination.usable import check_coordination
from pipelines.core.cluster import ConfigError
from pipelines.core.settings import PROJECT_ROOT
from support.cli import swdp_in_process

NEIGHBOURS = "  external_neighbours: []\n"
WRONG_UNKEL = {"malformed": '{key: vg-unkel, ars: "07138500", mailbox: bauamt@unkel.de}',
               "unknown": '{key: vg-unkel, ars: "071385099", mailbox: bauamt@unkel.de}'}


def _config(tmp_path, old: str, new: str) -> Path:
    """A copy of cluster.yaml as an operator keeps one, under a name of its own, with `old`
    replaced by `new`."""
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "mein-cluster.yaml"
    path.write_text(text.replace(old, new).replace("location: samples/", f"location: {PROJECT_ROOT}/samples/"),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, message", [
    (NEIGHBOURS, f"  external_neighbours:\n    - {WRONG_UNKEL['malformed']}\n",
     "coordination.external_neighbours, „vg-unkel“ (Eintrag 1): ars „07138500“ ist kein Regionalschlüssel: "
     "er hat 12 Ziffern für eine Gemeinde"),
    (NEIGHBOURS, f"  external_neighbours:\n    - {WRONG_UNKEL['unknown']}\n",
     "coordination.external_neighbours, „vg-unkel“: kein Gemeindeverband (Verbandsgemeinde, Amt, "
     "Samtgemeinde …) mit dem Regionalschlüssel (ars) 071385099 in den Verwaltungsgrenzen (VG5000) – "
     "bitte ars prüfen"),
    ("    title_similarity: 85\n", "    title_similarity: hoch\n",
     "coordination.calendar.title_similarity: „hoch“ ist keine Zahl ≥ 0"),
], ids=["malformed-ars", "unknown-ars", "calendar"])
def test_swdp_run_refuses_a_wrong_coordination_entry_before_reading_any_delivery(tmp_path, old, new,
                                                                                   message):
    config, data = _config(tmp_path, old, new), tmp_path / "data"
    result = swdp_in_process("run", "-m", "kusel", "-d", "events", data_dir=data,
                             env={"SWDP_CONFIG": str(config)})
    assert result.returncode == 2, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Konfiguration nicht verwendbar: mein-cluster.yaml: {message}"), line
    # nothing read, archived, ingested or journalled
    assert not any((data / folder).exists() for folder in ("raw", "lake", "runs", "rejects")), \
        sorted(path.name for path in data.iterdir())


def test_the_dagster_definitions_refuse_an_unknown_neighbour_as_they_load(tmp_path):
    config = _config(tmp_path, NEIGHBOURS, f"  external_neighbours:\n    - {WRONG_UNKEL['unknown']}\n")
    dagster = str(Path(sys.executable).with_name("dagster"))
    result = subprocess.run([dagster, "definitions", "validate", "-w", "dagster_workspace.yaml"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                            env={"PATH": str(Path(sys.executable).parent), "DAGSTER_HOME": str(tmp_path),
                                 "HOME": str(tmp_path), "SWDP_CONFIG": str(config),
                                 "SWDP_DATA_DIR": str(tmp_path / "data")})
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert ("ConfigError: mein-cluster.yaml: coordination.external_neighbours, „vg-unkel“: kein "
            "Gemeindeverband (Verbandsgemeinde, Amt, Samtgemeinde …) mit dem Regionalschlüssel (ars) "
            "071385099") in output


@pytest.mark.parametrize("coordination, message", [
    ({"feed_base_url": "daten.suedwest-cluster.de/coordination/"},
     "coordination.feed_base_url: „daten.suedwest-cluster.de/coordination/“ ist keine Webadresse"),
    ({"calendar": {"never_merge": [["a", "b", "c"]]}},
     "coordination.calendar.never_merge: „['a', 'b', 'c']“ ist kein Paar von zwei Datensatz-IDs"),
    ({"calendar": {"around": 25}}, "coordination.calendar: unbekannt around – bekannt sind around_km, "),
    ({"calendar": {"venue_within_m": -1}}, "coordination.calendar.venue_within_m: „-1“ ist keine Zahl ≥ 0"),
    ({"distance_m": "weit"}, "coordination.distance_m: „weit“ ist keine Zahl ≥ 0"),
    ({"external_neighbours": [{"key": "vg-unkel", "ars": "071385007", "mailbox": "bauamt@unkel.de",
                               "distance_m": "5 km"}]},
     "coordination.external_neighbours, „vg-unkel“ (Eintrag 1): „5 km“ ist keine Zahl ≥ 0"),
], ids=["feed_base_url", "never_merge", "calendar-key", "calendar-number", "distance", "neighbour-distance"])
def test_each_coordination_error_names_the_configuration_file_loaded(settings, cluster, tmp_path, coordination,
                                                                      message):
    mine = replace(cluster, config_path=tmp_path / "mein-cluster.yaml", coordination=coordination)
    with pytest.raises(ConfigError) as refused:
        check_coordination(settings, mine)
    assert str(refused.value).startswith(f"mein-cluster.yaml: {message}"), str(refused.value)


def test_a_members_own_distance_names_the_file_and_the_member(cluster, tmp_path):
    kusel = replace(cluster.member("kusel"), coordination={"distance_m": -500})
    mine = replace(cluster, config_path=tmp_path / "mein-cluster.yaml", members={**cluster.members, "kusel": kusel})
    with pytest.raises(ConfigError, match="^mein-cluster.yaml: Mitglied kusel: coordination.distance_m: „-500“ "
                                          "ist keine Zahl ≥ 0$"):
        receivers(mine)
