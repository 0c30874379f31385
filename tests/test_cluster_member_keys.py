"""Member keys a new member's entry may take, and what `swdp check -m` says of a key that is
no member's. A member's files are export/<dataset>/<key>.*, beside the files of the whole
cluster: suedwest-cluster.*, suedwest-cluster-zusammenfuehrungen.csv, kategorie-<code>.ics and
umkreis-<member>.ics. A key taking one of those names made the member's files overwrite them
(or theirs the member's), so cluster.yaml is refused, naming the file and the entry."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from pipelines.core.cluster import ConfigError, load_cluster
from pipelines.core.settings import PROJECT_ROOT
from support.cli import swdp_in_process

ENTRY = PROJECT_ROOT / "tests" / "data" / "onboard-birkenfeld" / "mitglied.yaml"
KEYS = "kaiserslautern, kusel, mayen-koblenz, bitburg-pruem, linz-am-rhein, sankt-wendel"


def _joined_as(folder: Path, key: str) -> Path:
    """The project's cluster.yaml with the Landkreis Birkenfeld's entry appended under `key`."""
    config = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    config["members"].append({**yaml.safe_load(ENTRY.read_text(encoding="utf-8")), "key": key})
    path = folder / "cluster.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("key", ["suedwest-cluster", "suedwest-cluster-zusammenfuehrungen",
                                 "kategorie-markt", "umkreis-kusel", "umkreis-birkenfeld"])
def test_a_key_naming_files_of_the_whole_cluster_is_refused(tmp_path, key):
    with pytest.raises(ConfigError) as raised:
        load_cluster(_joined_as(tmp_path, key))
    assert str(raised.value) == (
        f"cluster.yaml: Mitglied „{key}“: der Schlüssel ist für Exportdateien des ganzen Clusters "
        f"vergeben („suedwest-cluster“ und jeder, der mit „suedwest-cluster-“, „kategorie-“ oder "
        f"„umkreis-“ beginnt) – die Dateien des Mitglieds würden sonst etwa suedwest-cluster.csv "
        f"oder einen Regionalkalender überschreiben; bitte einen anderen Schlüssel wählen")


@pytest.mark.parametrize("key", ["birkenfeld", "suedwest", "cluster-birkenfeld", "birkenfeld-umkreis"])
def test_keys_only_resembling_them_are_taken(tmp_path, key):
    assert load_cluster(_joined_as(tmp_path, key)).members[key].name == "Landkreis Birkenfeld"


def test_check_with_an_unknown_member_lists_the_keys_and_how_a_member_joins(tmp_path):
    """Before, the data office of a member not yet entered read only „Konfiguration nicht
    verwendbar: Unbekanntes Mitglied …“ – as if cluster.yaml were broken, with no word on
    how a member is added."""
    delivery = PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv"
    result = swdp_in_process("check", str(delivery), "-d", "events", "-m", "birkenfeld",
                             data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line == (
        f"Aufruf nicht verwendbar: Unbekanntes Mitglied „birkenfeld“ – bekannt sind: {KEYS}; ein "
        f"neues Mitglied ist ein Eintrag unter members: in cluster.yaml (README, Abschnitt „Ein "
        f"neues Mitglied aufnehmen“)")
    assert "## Ein neues Mitglied aufnehmen" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    as_json = swdp_in_process("check", str(delivery), "-d", "events", "-m", "birkenfeld", "--json",
                              data_dir=tmp_path / "data")
    assert as_json.returncode == 2
    assert json.loads(as_json.stdout)["error"] == line.removeprefix("Aufruf nicht verwendbar: ")
