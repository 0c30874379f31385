"""The analysts' notebooks on real data that is not the demo: Moers's list of events at
Christmas 2015 (tests/data/moers-weihnachtszeit) – no upcoming event, no vacancy. Before,
`regionaler_kalender` and `leerstand` stopped with matplotlib's "no numeric data to plot"."""
import json
import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from pipelines.core.settings import PROJECT_ROOT

from support.cli import swdp

MOERS = PROJECT_ROOT / "tests" / "data" / "moers-weihnachtszeit" / "cluster.yaml"


@pytest.fixture(scope="module")
def moers(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("moers") / "data"
    result = swdp("run", "--json", data_dir=data, env={"SWDP_CONFIG": str(MOERS)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert [run["valid"] for run in json.loads(result.stdout)["runs"]] == [17]
    return data


@pytest.mark.parametrize(("name", "note"), [
    ("regionaler_kalender", "Keine kommenden Veranstaltungen im Warehouse – keine Abbildung."),
    ("leerstand", "Keine Leerstände mit Angabe „leer seit“ im Warehouse – keine Abbildung."),
    # before: no word in German, but GeoPandas's English "The GeoSeries you are attempting to
    # plot is empty" twice
    ("plaene_an_grenzen", "Keine Bebauungspläne im Warehouse – die Karte zeigt nur die Gebiete "
                          "der Mitglieder.")])
def test_a_notebook_says_in_german_that_there_is_nothing_to_draw(moers, name, note, tmp_path,
                                                                 monkeypatch):
    monkeypatch.setenv("SWDP_DATA_DIR", str(moers))
    monkeypatch.setenv("SWDP_CONFIG", str(MOERS))
    monkeypatch.setenv("SWDP_FIGURES_DIR", str(tmp_path))
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(PROJECT_ROOT / "notebooks")}}).execute()
    printed = "".join(o.get("text", "") for cell in notebook.cells if cell.cell_type == "code"
                      for o in cell.outputs if o.output_type == "stream")
    assert note in printed
    assert not [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
                if o.output_type == "stream" and o.name == "stderr"]
    # what there is still gets drawn: the members' areas, with German axes
    if name == "leerstand":
        assert (tmp_path / name / "leerstand_karte.png").exists()


ICAL = PROJECT_ROOT / "tests" / "data" / "ical-cottbus-potsdam" / "cluster.yaml"


def test_the_calendar_table_starts_with_the_coming_month(tmp_path, monkeypatch):
    """Cottbus's and Potsdam's real feeds repeat events for more than a year ahead. Before, the
    table showed the last twelve months of the list (`tail`): the coming months were cut off."""
    data = tmp_path / "data"
    result = swdp("run", "--json", data_dir=data, env={"SWDP_CONFIG": str(ICAL)})
    assert result.returncode == 0, result.stdout + result.stderr
    monkeypatch.setenv("SWDP_DATA_DIR", str(data))
    monkeypatch.setenv("SWDP_CONFIG", str(ICAL))
    monkeypatch.setenv("SWDP_FIGURES_DIR", str(tmp_path / "figures"))
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / "regionaler_kalender.ipynb", as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(
        "import json; print(json.dumps(sorted(monate['monat'].unique())))"))
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(PROJECT_ROOT / "notebooks")}}).execute()
    months = json.loads(notebook.cells[-1].outputs[0].text)
    assert len(months) > 12  # more months ahead than the table shows
    table = next(o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
                 if o.output_type == "execute_result" and "Landeshauptstadt Potsdam" in
                 o.data["text/plain"])  # the table of months, as the analyst sees it
    shown = [month for month in months if month in table.data["text/plain"]]
    assert shown == months[:12]


def test_paths_in_the_environment_count_from_the_project_folder(moers, tmp_path, monkeypatch):
    """The README's commands give paths from the project folder (`SWDP_CONFIG=tests/data/…`);
    Jupyter starts the kernel in notebooks/. Before, `leerstand` stopped with FileNotFoundError
    for notebooks/tests/data/…/cluster.yaml."""
    monkeypatch.setenv("SWDP_CONFIG", str(MOERS.relative_to(PROJECT_ROOT)))
    monkeypatch.setenv("SWDP_DATA_DIR", os.path.relpath(moers, PROJECT_ROOT))
    monkeypatch.setenv("SWDP_FIGURES_DIR", os.path.relpath(tmp_path, PROJECT_ROOT))
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / "leerstand.ipynb", as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("print(settings.warehouse_path.resolve())"))
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(PROJECT_ROOT / "notebooks")}}).execute()
    assert notebook.cells[-1].outputs[0].text.strip() == str((moers / "warehouse.duckdb").resolve())
    assert (tmp_path / "leerstand" / "leerstand_karte.png").exists()
