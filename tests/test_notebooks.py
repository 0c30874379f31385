"""The analysts' notebooks run top to bottom on the demo warehouse (as after `make demo`)
and write their figures; the documented views and the data dictionary are there."""
import nbformat
import pytest
from nbclient import NotebookClient

from pipelines.core.database import connect
from pipelines.core.settings import PROJECT_ROOT
from schemas import load_schemas

NOTEBOOKS = sorted(path.stem for path in (PROJECT_ROOT / "notebooks").glob("*.ipynb"))
FIGURES = {"regionaler_kalender": 2, "leerstand": 2, "plaene_an_grenzen": 1, "qualitaetsverlauf": 1,
           "warehouse_erkunden": 0}


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_on_the_demo_warehouse_and_writes_its_figures(demo_run, name, tmp_path,
                                                                     monkeypatch):
    data_dir, _ = demo_run
    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    monkeypatch.setenv("SWDP_FIGURES_DIR", str(tmp_path))
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(PROJECT_ROOT)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    figures = sorted((tmp_path / name).glob("*.png")) if FIGURES[name] else []
    assert len(figures) == FIGURES[name]
    assert all(path.stat().st_size > 10_000 for path in figures)  # drawn, not blank


def test_views_and_data_dictionary_for_analysts(demo_run):
    data_dir, _ = demo_run
    with connect(data_dir / "warehouse.duckdb", read_only=True) as db:
        fields = db.execute("SELECT count(*) FROM data_dictionary").fetchone()[0]
        assert fields == sum(len(schema.all_fields) for schema in load_schemas().values())
        personal = {row[0] for row in db.execute(
            "SELECT field FROM data_dictionary WHERE personal AND published").fetchall()}
        assert personal == set()
        upcoming = db.execute("SELECT count(*), min(start) >= current_date - 1 FROM upcoming_events").fetchone()
        assert upcoming[0] > 0 and upcoming[1]
        lending = db.execute("SELECT DISTINCT category FROM offers o JOIN machine_lending m "
                             "USING (municipality, title)").fetchall()
        assert lending == [("maschinenverleih",)]
        near = db.execute("SELECT min(distance_m), max(distance_m), bool_and(plan_member <> near_member) "
                          "FROM building_plans_near_other_members").fetchone()
        assert near[0] >= 0 and near[1] <= 2000 and near[2]
        comments = {row[0]: row[1] for row in db.execute(
            "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()}
        assert all(comments[name] for name in ("upcoming_events", "vacancies_by_type",
                                               "building_plans_near_other_members", "machine_lending"))
