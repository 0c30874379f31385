"""What the README, the samples' read-me and cluster.yaml say of the cluster stays true when a
member joins by cluster.yaml alone (the Landkreis Birkenfeld of tests/data/onboard-birkenfeld):
they state no number of members, and their examples of a neighbour outside the cluster stay
outside it – the platform's own check of external neighbours (`receivers`) accepts each."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from pipelines.coordination.config import receivers
from pipelines.core.cluster import load_cluster
from pipelines.core.settings import PROJECT_ROOT

ENTRY = PROJECT_ROOT / "tests" / "data" / "onboard-birkenfeld" / "mitglied.yaml"
COUNTS = r"(?:\d+|eins?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
# a count of the members: „sechs Mitglieder“, „Sechs Kommunen“, „sechs Smart-City-Modellkommunen“
COUNTED = re.compile(rf"\b{COUNTS}\s+(?:\S*kommunen|Mitglied|Mitglieder|Datensilos)\b", re.IGNORECASE)
EXAMPLE = re.compile(r"- (\{key: [^}]*\})")  # an external neighbour's entry in flow style


def _intro(path: Path) -> str:
    """The text up to the first table or section below the title."""
    return re.split(r"\n(?:\||## )", path.read_text(encoding="utf-8"), maxsplit=1)[0]


def _texts() -> dict[str, str]:
    portal = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))["portal"]
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    return {"README.md (Einleitung)": _intro(PROJECT_ROOT / "README.md"),
            "samples/README.md (Einleitung)": _intro(PROJECT_ROOT / "samples" / "README.md"),
            "cluster.yaml portal.intro": portal["intro"],
            "README.md „Leistung“ (make bench)": readme.split("**Leistung.**")[1].split("\n\n")[0]}


@pytest.mark.parametrize("where", list(_texts()))
def test_the_texts_state_no_number_of_members(where):
    assert COUNTED.findall(" ".join(_texts()[where].split())) == []


def _examples() -> list[tuple[str, dict]]:
    return [(name, yaml.safe_load(" ".join(found.split())))
            for name in ("README.md", "cluster.yaml")
            for found in EXAMPLE.findall((PROJECT_ROOT / name).read_text(encoding="utf-8"))]


def test_every_example_of_an_external_neighbour_is_found():
    assert [(name, entry["key"]) for name, entry in _examples()] == [
        ("README.md", "rhein-sieg-kreis"), ("README.md", "vg-unkel"), ("README.md", "bad-honnef"),
        ("cluster.yaml", "rhein-sieg-kreis"), ("cluster.yaml", "vg-unkel")]


@pytest.mark.parametrize("name, entry", _examples(), ids=lambda value: value.get("key")
                         if isinstance(value, dict) else value)
def test_an_example_neighbour_stays_outside_the_cluster_when_a_member_joins(tmp_path, name, entry):
    """Before, the example was the Landkreis Birkenfeld: once joined, copying the example made
    `swdp run` refuse the configuration (its own plans would reach it as a neighbour's)."""
    config = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    config["members"].append(yaml.safe_load(ENTRY.read_text(encoding="utf-8")))
    config["coordination"]["external_neighbours"] = [entry]
    path = tmp_path / "cluster.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cluster = load_cluster(path)
    assert [r.key for r in receivers(cluster)][-2:] == ["birkenfeld", entry["key"]]
