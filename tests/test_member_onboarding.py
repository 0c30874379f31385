"""A new member joins the cluster as the README („Ein neues Mitglied aufnehmen“) tells it to:
the Landkreis Birkenfeld (Rhineland-Palatinate, bordering Kusel and Sankt Wendel) sends its
entry for cluster.yaml (tests/data/onboard-birkenfeld/mitglied.yaml) and four first deliveries
in its own layout – a German Excel CSV (Windows-1252) with its own column names, an XLSX
with a title above the header, an iCalendar export and a GeoJSON of its Bebauungspläne (names,
numbers and display dates of the two plans of the Stadt Birkenfeld from the official notices in
the Amtsblatt of the Verbandsgemeinde Birkenfeld, 2023 and 2025; Geltungsbereiche drawn for
the test). Each file has one row with a mistake a data office makes. No code changes: the
entry is appended to the project's cluster.yaml, and everything below must follow from it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml

from catalog.desired import desired_datasets, organizations
from pipelines.cli.common import EXIT_REJECTED
from pipelines.coordination.config import receivers
from pipelines.core.cluster import ConfigError, load_cluster
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.dates import read_date, read_instant
from pipelines.ingest.texts import ValueProblem
from pipelines.orchestration.instance import dagster_instance
from support.cli import swdp, swdp_in_process

ENTRY = PROJECT_ROOT / "tests" / "data" / "onboard-birkenfeld"
NEIGHBOURS = ("kusel", "sankt-wendel")


def join(folder: Path, **extra) -> Path:
    """cluster.yaml of the project with the new member's entry appended (the samples of the
    six stay where they are) and its deliveries beside it, as the entry names them."""
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    config = yaml.safe_load(text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/"))
    config["members"].append(yaml.safe_load((ENTRY / "mitglied.yaml").read_text(encoding="utf-8")))
    for key, value in extra.items():
        config[key] = {**config[key], **value}
    deliveries = folder / "deliveries" / "birkenfeld"
    deliveries.mkdir(parents=True)
    for delivery in ENTRY.glob("*.*"):
        if delivery.suffix not in (".yaml", ".md"):
            shutil.copy(delivery, deliveries / delivery.name)
    path = folder / "cluster.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def joined(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("birkenfeld")
    return folder / "data", {"SWDP_CONFIG": str(join(folder))}


@pytest.fixture(scope="module")
def first_run(joined) -> dict:
    """`swdp run` of the new member and its two neighbours in the cluster, in a process of its
    own (the Dagster jobs are partitioned by the member list read at start)."""
    data_dir, env = joined
    result = swdp("run", *[arg for key in ("birkenfeld", *NEIGHBOURS) for arg in ("-m", key)],
                  "--json", data_dir=data_dir, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("dataset, file, read, rejected, where, why", [
    ("offers", "angebote.csv", 8, 1, "Zeile 9 (Lfd. Nr. 8)", "Pflichtfeld „Kategorie“ ist leer"),
    ("vacancies", "leerstand.xlsx", 6, 1, "Zeile 9 (Kennung beim Mitglied BIR-LS-006)",
     "„15 Euro/Stunde“ ist ein Betrag pro Stunde, erwartet ist einer in Euro pro Monat"),
    ("events", "veranstaltungen.ics", 14, 1, "VEVENT 7 (UID bir-va-0007@landkreis-birkenfeld.de",
     "„Ende“ (12.03.2027 18:00) liegt vor „Beginn“ (12.03.2027 20:00)"),
    ("building_plans", "bebauungsplaene.geojson", 7, 1, "Objekt 7 (plan_nr_intern BIR-BP-0601)",
     "„31.06.2026“ gibt es nicht – der Juni 2026 hat die Tage 1 bis 30; bitte das Datum prüfen"),
])
def test_the_first_deliveries_check_with_the_new_members_mapping(joined, dataset, file, read, rejected,
                                                                  where, why):
    data_dir, env = joined
    checked = swdp_in_process("check", ENTRY / file, "-d", dataset, "-m", "birkenfeld", "--json",
                              data_dir=data_dir, env=env)
    assert checked.returncode == EXIT_REJECTED, checked.stderr[-2000:]
    report = json.loads(checked.stdout)
    assert (report["read"], report["rejected"]) == (read, rejected)
    assert report["municipality_name"] == "Landkreis Birkenfeld"
    [row] = report["problems"]
    assert row["row_ref"].startswith(where) and why in row["reason"], row


def test_the_first_run_takes_the_deliveries_and_status_names_the_member(joined, first_run):
    data_dir, env = joined
    runs = {run["dataset"]: run for run in first_run["runs"] if run["municipality"] == "birkenfeld"}
    assert {d: (r["status"], r["read"], r["valid"]) for d, r in runs.items()} == {
        "offers": ("ok", 8, 7), "vacancies": ("ok", 6, 5), "events": ("ok", 14, 13),
        "building_plans": ("ok", 7, 6)}
    status = swdp_in_process("status", "-m", "birkenfeld", data_dir=data_dir,
                             env={**env, "COLUMNS": "100"})
    assert status.returncode == 0, status.stderr[-2000:]
    assert "Landkreis Birkenfeld" in status.stdout and "bebauungsplaene.geojson" in status.stdout


def test_the_neighbours_hear_of_plans_near_the_border_and_the_new_member_of_theirs(joined, first_run):
    """Kusel and Sankt Wendel hear of the new member's plans in procedure within 2 km of their
    areas, and it hears of theirs (plans in force as taken over, without a notice of their
    own); the plans in the town of Birkenfeld, 4.7 km from Sankt Wendel, go to no one."""
    data_dir = Path(first_run["data_dir"])
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as db:
        told = set(db.execute(
            "SELECT from_member, to_member, reason, plan_name FROM notifications "
            "WHERE 'birkenfeld' IN (from_member, to_member)").fetchall())
    assert told == {
        ("birkenfeld", "kusel", "new", "Wohngebiet Auf der Heide"),
        ("birkenfeld", "kusel", "new", "Ortskern Berschweiler"),
        ("birkenfeld", "sankt-wendel", "new", "Gewerbegebiet Am Bahnhof Neubrücke"),
        ("birkenfeld", "sankt-wendel", "new", "Ortskern Berschweiler"),
        ("kusel", "birkenfeld", "new", "Schulzentrum"),
        ("kusel", "birkenfeld", "existing", "Ortsmitte, 2. Änderung"),
        ("kusel", "birkenfeld", "existing", "Freiflächen-Photovoltaik Am Galgenberg"),
        ("sankt-wendel", "birkenfeld", "existing", "Gewerbegebiet Nord"),
        ("sankt-wendel", "birkenfeld", "existing", "Am Friedhof"),
    }
    feed = (data_dir / "export" / "coordination" / "kusel.atom").read_text(encoding="utf-8")
    assert "Wohngebiet Auf der Heide" in feed and "Landkreis Birkenfeld" in feed


def test_the_exports_name_the_new_member_as_publisher(first_run):
    export = Path(first_run["data_dir"]) / "export"
    for dataset in ("offers", "vacancies", "events", "building_plans"):
        readme = (export / dataset / "birkenfeld-LIESMICH.txt").read_text(encoding="utf-8")
        assert "Herausgeber: Landkreis Birkenfeld" in readme
        assert "birkenfeld.*: Landkreis Birkenfeld" in (export / dataset / "LIESMICH.txt").read_text(
            encoding="utf-8")
    assert "Spießbratenfest" in (export / "events" / "birkenfeld.ics").read_text(encoding="utf-8")
    assert "Spießbratenfest" in (export / "events" / "umkreis-kusel.ics").read_text(encoding="utf-8")


def test_dagster_schedules_and_partitions_follow_the_entry(joined, first_run, monkeypatch):
    """The Dagster definitions of the joined cluster (read at start, so in a process of their
    own): a partition and four schedules for the new member, whose run is tagged by its name."""
    _, env = joined
    script = (
        "import json, dagster as dg\n"
        "from pipelines.orchestration.definitions import defs\n"
        "repo = defs.get_repository_def()\n"
        "schedules = {s.name: s.cron_schedule for s in repo.schedule_defs\n"
        "             if s.name.endswith('birkenfeld')}\n"
        "request = repo.get_schedule_def('events_birkenfeld').evaluate_tick(\n"
        "    dg.build_schedule_context(repository_def=repo)).run_requests[0]\n"
        "job = defs.resolve_job_def('ingest')\n"
        "print(json.dumps({'schedules': schedules, 'partition': request.partition_key, 'tags': request.tags,\n"
        "                  'partitions': job.partitions_def.get_partition_keys()}))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                            env={**os.environ, **env, "SWDP_DATA_DIR": str(first_run["data_dir"])})
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["schedules"] == {"offers_birkenfeld": "0 5 * * *", "vacancies_birkenfeld": "0 5 * * *",
                                  "events_birkenfeld": "0 */4 * * *",
                                  "building_plans_birkenfeld": "0 6 * * 1"}
    assert found["partition"] == "birkenfeld" and found["partitions"][-1] == "birkenfeld"
    assert found["tags"]["swdp/mitglied"] == "Landkreis Birkenfeld"
    # the first run went through Dagster too: one run of the new member's partition, by name
    monkeypatch.setenv("SWDP_DATA_DIR", str(first_run["data_dir"]))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    with dagster_instance(Settings.from_env()) as instance:
        runs = instance.get_runs(dg.RunsFilter(tags={"dagster/partition": "birkenfeld"}))
    assert [(run.status, run.tags["swdp/mitglied"]) for run in runs] == [
        (dg.DagsterRunStatus.SUCCESS, "Landkreis Birkenfeld")]


def test_the_catalogue_gets_an_organisation_named_as_the_member(joined, first_run, monkeypatch):
    data_dir, env = joined
    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    cluster = load_cluster(Path(env["SWDP_CONFIG"]))
    [organisation] = [o for o in organizations(Settings.from_env(), cluster)
                      if o.name == "landkreis-birkenfeld"]
    assert organisation.title == "Landkreis Birkenfeld"
    assert organisation.description.startswith(
        "Offene Daten des Mitglieds Landkreis Birkenfeld (Landkreis) im Verbund Südwest-Cluster.")
    datasets = {d.name: d.package for d in desired_datasets(Settings.from_env(), cluster, ["birkenfeld"])}
    assert {name: (package["title"], package["owner_org"]) for name, package in datasets.items()} == {
        f"birkenfeld-{key}": (f"{title} – Landkreis Birkenfeld", "landkreis-birkenfeld") for key, title in [
            ("offers", "Angebote"), ("vacancies", "Leerstand"), ("events", "Veranstaltungen"),
            ("building-plans", "Bauliche Entwicklungen")]}
    assert "Herausgeber: Landkreis Birkenfeld." in datasets["birkenfeld-events"]["notes"]


def test_a_neighbour_that_joins_leaves_the_external_neighbours(tmp_path):
    """The README's example of a neighbour outside the cluster is the Landkreis Birkenfeld.
    Once it is a member, the old entry made its own plans reach its Bauamt as a neighbour's
    („grenzt an Ihre Gemeinde“, 0 m) and the plans of Kusel and Sankt Wendel reach it twice;
    the configuration says so instead, naming the entry and the member."""
    external = {"key": "landkreis-birkenfeld", "name": "Landkreis Birkenfeld", "ags": "07134",
                "mailbox": "bauleitplanung@landkreis-birkenfeld.de", "distance_m": 3000}
    cluster = load_cluster(join(tmp_path, coordination={"external_neighbours": [external]}))
    with pytest.raises(ConfigError) as raised:
        receivers(cluster)
    assert str(raised.value) == (
        "cluster.yaml: coordination.external_neighbours, „landkreis-birkenfeld“ (Eintrag 1): das "
        "ist das Gebiet des Mitglieds Landkreis Birkenfeld (birkenfeld) – bitte den Eintrag "
        "entfernen: als Mitglied hört es schon von den Plänen in seiner Nähe, und seine eigenen "
        "Pläne gingen sonst als die eines Nachbarn an es selbst")
    # a municipality inside the member with a Bauamt of its own still hears as a neighbour
    town = {"key": "idar-oberstein", "name": "Stadt Idar-Oberstein", "ags": "07134045",
            "mailbox": "bauamt@idar-oberstein.de"}
    cluster = load_cluster(join(tmp_path / "town", coordination={"external_neighbours": [town]}))
    assert receivers(cluster)[-1].key == "idar-oberstein"


@pytest.mark.parametrize("text, reason", [
    ("31.06.2026", "„31.06.2026“ gibt es nicht – der Juni 2026 hat die Tage 1 bis 30; bitte das "
                   "Datum prüfen"),
    ("29.02.2027 19:00", "„29.02.2027 19:00“ gibt es nicht – der Februar 2027 hat die Tage 1 bis "
                         "28; bitte das Datum prüfen"),
    ("2026-06-31", "„2026-06-31“ gibt es nicht – der Juni 2026 hat die Tage 1 bis 30; bitte das "
                   "Datum prüfen"),
    ("06.13.2026", "„06.13.2026“ gibt es nicht – ein Jahr hat die Monate 1 bis 12; bitte als "
                   "TT.MM.JJJJ angeben"),
])
def test_a_day_the_calendar_lacks_is_named_so_not_as_a_wrong_format(text, reason):
    """The plan „Sportplatz Rimsberg“ above was decided on the 31st of June: the date is
    written as TT.MM.JJJJ, and the report asked for TT.MM.JJJJ (a start with a time for
    TT.MM.JJJJ HH:MM) – the data office could not see what to change."""
    read = read_instant if " " in text else read_date
    with pytest.raises(ValueProblem) as raised:
        read(text)
    assert str(raised.value) == reason


def test_an_entry_copied_from_a_neighbour_cannot_take_over_its_ckan_organisation(tmp_path):
    """Written from Kusel's entry with its ckan_organization left in, the new member's first
    `swdp publish` renamed Kusel's organisation in the CKAN to „Landkreis Birkenfeld“ and put
    Birkenfeld's datasets into it; the configuration names both entries instead."""
    path = join(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "ckan_organization: landkreis-birkenfeld", "ckan_organization: landkreis-kusel"), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_cluster(path)
    assert str(raised.value) == (
        "cluster.yaml: Mitglied „birkenfeld“: ckan_organization „landkreis-kusel“ gehört schon "
        "zum Mitglied „kusel“ – jedes Mitglied braucht seine eigene Organisation im CKAN")
