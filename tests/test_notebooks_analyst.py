"""The notebooks as an analyst runs them: Jupyter (`jupyter lab`, `jupyter execute`) starts the
kernel in notebooks/, so the data folder must not depend on the working directory; what they
draw and list must be what their headings say, in German words."""
import json

import nbformat
import pytest
from nbclient import NotebookClient

from pipelines.core.database import connect
from pipelines.core.settings import PROJECT_ROOT
from schemas import load_schema, load_schemas

NOTEBOOKS = PROJECT_ROOT / "notebooks"


def _run_in_notebooks_folder(name: str, probe: str, *, setup_only=False) -> str:
    """Run notebook `name` as Jupyter does (kernel in notebooks/), then `probe`; its output.
    `setup_only`: only the first code cell, and an error there does not stop the probe."""
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    if setup_only:
        notebook.cells = [next(c for c in notebook.cells if c.cell_type == "code")]
    notebook.cells.append(nbformat.v4.new_code_cell(probe))
    NotebookClient(notebook, timeout=300, kernel_name="python3", allow_errors=setup_only,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    outputs = notebook.cells[-1].outputs
    assert [o.output_type for o in outputs] == ["stream"], outputs
    return outputs[0].text


@pytest.mark.parametrize("name", sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")))
def test_without_swdp_data_dir_a_notebook_reads_the_projects_data_folder(name, monkeypatch):
    monkeypatch.delenv("SWDP_DATA_DIR", raising=False)
    shown = _run_in_notebooks_folder(name, "print(settings.data_dir)", setup_only=True)
    assert shown.strip() == str(PROJECT_ROOT / "data")  # as after `make demo`, not notebooks/data


@pytest.fixture
def demo_env(demo_run, tmp_path, monkeypatch):
    data_dir, _ = demo_run
    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    monkeypatch.setenv("SWDP_FIGURES_DIR", str(tmp_path))
    return data_dir


def test_the_border_map_marks_exactly_the_plans_near_another_member(demo_env):
    shown = json.loads(_run_in_notebooks_folder("plaene_an_grenzen", (
        "print(plaene[plaene['nahe']][['municipality', 'name']].to_json(orient='values'))")))
    with connect(demo_env / "warehouse.duckdb", read_only=True) as db:
        near = db.execute("SELECT DISTINCT plan_member, name FROM building_plans_near_other_members").fetchall()
        # plan names recur among members („Ortsmitte“): by name alone more plans would be red
        same_names = db.execute("SELECT count(*) FROM building_plans WHERE name IN "
                                "(SELECT name FROM building_plans_near_other_members)").fetchone()[0]
    assert sorted(map(tuple, shown)) == sorted(near)
    assert same_names > len(near)


def test_plans_in_procedure_within_5_km_measure_to_the_other_members_area(demo_env):
    shown = json.loads(_run_in_notebooks_folder("warehouse_erkunden", (
        "print('{\"nahe\": %s, \"woerterbuch\": %s}' % (nahe.to_json(orient='records'), "
        "woerterbuch.to_json(orient='records')))")))
    rows = shown["nahe"]
    procedure = {c.code for c in load_schema("building_plans").field("legal_status").code_list.codes
                 if c.code < "3000"}
    assert rows and all(r["km"] <= 5 and r["municipality"] != r["nachbar"]
                        and r["legal_status"] in procedure for r in rows)
    with connect(demo_env / "warehouse.duckdb", read_only=True) as db:
        within_2_km = db.execute("SELECT plan_member, name, near_member, legal_status "
                                 "FROM building_plans_near_other_members").fetchall()
    # every plan in procedure of the documented 2 km view is among those within 5 km
    assert {(m, n, near) for m, n, near, status in within_2_km if status in procedure} <= {
        (r["municipality"], r["name"], r["nachbar"]) for r in rows}
    # the data dictionary cell: every field of the schema, personal ones never published
    vacancies = load_schema("vacancies")
    assert [f["field"] for f in shown["woerterbuch"]] == [f.name for f in vacancies.all_fields]
    assert {f["field"] for f in shown["woerterbuch"] if f["personal"]} == {
        f.name for f in vacancies.personal_fields} != set()
    assert not [f for f in shown["woerterbuch"] if f["personal"] and f["published"]]


def test_figures_name_categories_types_and_members_in_german(demo_env, cluster):
    names = {member.name for member in cluster.members.values()}
    calendar = json.loads(_run_in_notebooks_folder("regionaler_kalender", (
        "import json; print(json.dumps([list(kategorien['kategorie']), list(tabelle.columns)]))")))
    categories = {c.label for c in load_schema("events").field("category").code_list.codes}
    assert set(calendar[0]) <= categories | {"ohne Kategorie"} and "Führung" in calendar[0]
    assert set(calendar[1]) <= names
    vacancies = json.loads(_run_in_notebooks_folder("leerstand", (
        "import json; print(json.dumps([list(tabelle.index), list(tabelle.columns)]))")))
    types = {c.label for c in load_schema("vacancies").field("property_type").code_list.codes}
    assert set(vacancies[0]) <= types and "Büro" in vacancies[0]
    assert set(vacancies[1]) <= names


def test_quality_history_names_members_and_datasets_in_german(demo_env, cluster):
    """Before, the table and the chart's axis and legend showed keys (`sankt-wendel`,
    `building_plans`) instead of the members' names and the datasets' titles."""
    shown = json.loads(_run_in_notebooks_folder("qualitaetsverlauf", (
        "import json; print(json.dumps([list(tabelle.index), list(tabelle.columns), "
        "sorted(set(pruefungen['mitglied'])), sorted(set(pruefungen['datensatz']))]))")))
    names = {member.name for member in cluster.members.values()}
    titles = {schema.title for schema in load_schemas().values()}
    assert set(shown[0]) <= names and "Landkreis Sankt Wendel" in shown[0]
    assert set(shown[1]) <= titles and "Bauliche Entwicklungen" in shown[1]
    assert set(shown[2]) <= names and set(shown[3]) <= titles


def test_calendar_counts_events_in_whole_numbers(demo_env):
    """Before, the pivot's mean turned every monthly count into 16.0, 20.0, …"""
    shown = json.loads(_run_in_notebooks_folder("regionaler_kalender", (
        "import json; print(json.dumps([str(t) for t in tabelle.dtypes.unique()]))")))
    assert shown == ["int64"]


def test_plans_near_neighbours_are_listed_with_names_and_legal_status_in_words(demo_env, cluster):
    """Before, the table listed member keys and XPlanung codes („kusel“, „2400“)."""
    shown = json.loads(_run_in_notebooks_folder("plaene_an_grenzen", (
        "print(tabelle.to_json(orient='records', force_ascii=False))")))
    names = {member.name for member in cluster.members.values()}
    statuses = {c.label for c in load_schema("building_plans").field("legal_status").code_list.codes}
    with connect(demo_env / "warehouse.duckdb", read_only=True) as db:
        near = db.execute("SELECT count(*) FROM building_plans_near_other_members").fetchone()[0]
    assert len(shown) == near > 0
    assert {row["Gemeinde des Plans"] for row in shown} <= names
    assert {row["Nachbar"] for row in shown} <= names
    assert {row["Rechtsstand"] for row in shown} <= statuses and "Öffentliche Auslegung" in {
        row["Rechtsstand"] for row in shown}


def test_quality_history_lists_every_delivery_at_its_berlin_time(demo_env):
    """Before, „Qualitätsverlauf“ showed only each member's last delivery: no history."""
    shown = json.loads(_run_in_notebooks_folder("qualitaetsverlauf", (
        "print(verlauf.to_json(orient='records', force_ascii=False))")))
    with connect(demo_env / "warehouse.duckdb", read_only=True) as db:  # shows Europe/Berlin
        runs = db.execute("SELECT strftime(finished_at, '%d.%m.%Y %H:%M'), rejected FROM runs "
                          "WHERE status = 'ok' ORDER BY finished_at").fetchall()
    assert [(row["Lieferung"], row["abgewiesen"]) for row in shown] == [tuple(run) for run in runs]


LEGEND_PROBE = """
import json
seen = []
for number in plt.get_fignums():
    figure = plt.figure(number)
    figure.canvas.draw()
    for axes in figure.axes:
        legend = axes.get_legend()
        if legend is not None and legend.get_title().get_text() == "Mitglied":
            seen.append(bool(legend.get_window_extent().x0 >= axes.get_window_extent().x1))
print(json.dumps(seen))
"""


@pytest.mark.parametrize("name", ["leerstand", "regionaler_kalender"])
def test_the_members_legend_stands_beside_the_bars_not_on_them(demo_env, name):
    """Before, the legend of six members' names (titled „mitglied“) covered the bars of the
    duration chart and of the first months of the calendar."""
    assert json.loads(_run_in_notebooks_folder(name, LEGEND_PROBE)) == [True]
