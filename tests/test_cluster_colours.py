"""Each member keeps one colour in the analysts' charts, however many members there are.
With matplotlib's cycle of ten colours, the eleventh member's bars took the first member's
colour; `member_colours` gives every member its own, the same in every notebook, and a
member joining at the end of cluster.yaml changes no other member's colour."""
from __future__ import annotations

import json
from dataclasses import replace

import nbformat
import pytest
from matplotlib.colors import to_hex
from nbclient import NotebookClient

from pipelines.core.cluster import Cluster, load_cluster
from pipelines.core.colours import member_colours
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.delivery import ingest_source
from pipelines.storage.warehouse import refresh
from support.scale import generate_cluster


def _with_members(cluster: Cluster, count: int) -> Cluster:
    """`cluster` with `count` members shaped like its first (only keys and names matter here)."""
    first = next(iter(cluster.members.values()))
    return replace(cluster, members={f"m{n}": replace(first, key=f"m{n}", name=f"Gemeinde {n}")
                                     for n in range(count)})


def test_every_member_has_its_own_colour_which_stays_when_members_join(cluster):
    many = _with_members(cluster, 60)
    colours = member_colours(many, [member.name for member in many.members.values()])
    assert len({to_hex(colour) for colour in colours.values()}) == 60
    fewer = member_colours(_with_members(cluster, 7), [f"Gemeinde {n}" for n in range(7)])
    assert fewer == {name: colours[name] for name in fewer}
    # by key as by name; shown in any order or subset, a member keeps its colour
    assert member_colours(many, ["m3", "Gemeinde 3"]) == {"m3": colours["Gemeinde 3"],
                                                         "Gemeinde 3": colours["Gemeinde 3"]}
    assert member_colours(many, ["Gemeinde 42", "Gemeinde 2"]) == {
        "Gemeinde 42": colours["Gemeinde 42"], "Gemeinde 2": colours["Gemeinde 2"]}


def test_a_member_no_longer_configured_gets_a_colour_of_its_own(cluster):
    """The quality history shows a member removed from cluster.yaml by its key."""
    names = [member.name for member in cluster.members.values()]
    colours = member_colours(cluster, [*names, "alte-gemeinde"])
    assert len({to_hex(colour) for colour in colours.values()}) == len(names) + 1


@pytest.fixture(scope="module")
def twelve_members(tmp_path_factory) -> dict[str, str]:
    """A warehouse of twelve members' coming events (the scale benchmark's generated
    cluster), as the notebooks read it: their environment."""
    folder = tmp_path_factory.mktemp("zwoelf")
    settings = Settings(data_dir=folder / "data", config_path=folder / "cluster.yaml")
    generated = generate_cluster(folder, settings, members=12, rows_per_member=4)
    cluster = load_cluster(generated.config_path)
    for member in cluster.members.values():
        assert ingest_source(settings, cluster, member.sources["events"]).valid
    refresh(settings)
    return {"SWDP_CONFIG": str(generated.config_path), "SWDP_DATA_DIR": str(settings.data_dir),
            "SWDP_FIGURES_DIR": str(folder / "figures")}


def test_the_calendar_chart_draws_twelve_members_in_twelve_colours(twelve_members, monkeypatch):
    for name, value in twelve_members.items():
        monkeypatch.setenv(name, value)
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / "regionaler_kalender.ipynb", as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(
        "import json\nfrom matplotlib.colors import to_hex\n"
        "[chart] = [axes for number in plt.get_fignums() for axes in plt.figure(number).axes\n"
        "           if axes.get_title() == 'Kommende Veranstaltungen je Monat']\n"
        "print(json.dumps({bars.get_label(): to_hex(bars.patches[0].get_facecolor())\n"
        "                  for bars in chart.containers}))"))
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(PROJECT_ROOT / "notebooks")}}).execute()
    drawn = json.loads(notebook.cells[-1].outputs[0].text)
    cluster = load_cluster(twelve_members["SWDP_CONFIG"])
    names = [member.name for member in cluster.members.values()]
    assert sorted(drawn) == sorted(names)
    assert len(set(drawn.values())) == 12
    assert drawn == {name: to_hex(colour) for name, colour in member_colours(cluster, names).items()}
