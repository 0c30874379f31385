"""What a data office met trying the platform for the first time with real files it did not
write: a real XPlanGML plan of Hamburg delivered for Mayen-Koblenz (one plan instead of 37,
outside the member's area) and the real Moers Christmas events dropped into Kusel's inbox
(columns that fit no mapping). The lines it reads name members and datasets as it knows them,
in correct German with German figures, and Dagster points to no report an unusable file never got."""
import json
import shutil

import dagster as dg
import pandas as pd

from pipelines.cli.common import EXIT_HELD, EXIT_UNUSABLE
from pipelines.core.settings import PROJECT_ROOT
from pipelines.orchestration.ingestion import INBOX_TAG, LAKE_ASSETS, lake_key
from pipelines.orchestration.instance import dagster_instance
from pipelines.orchestration.resources import Platform
from pipelines.quality.report import render_html
from support.cli import XPLAN_SAMPLES, swdp_in_process

HAMBURG_PLAN = XPLAN_SAMPLES / "BPlan002_5-4.gml"  # xplanbox's test plan, one BP_Plan
MOERS_EVENTS = PROJECT_ROOT / "tests" / "data" / "moers-weihnachtszeit" / "veranstaltungen-weihnachtszeit.csv"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_one_plan_instead_of_37_is_one_plan_and_the_lines_name_the_member(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    first = swdp_in_process("run", "-m", "mayen-koblenz", "-d", "building_plans", data_dir=data_dir)
    assert first.returncode == 0, first.stderr[-2000:]

    checked = swdp_in_process("check", str(HAMBURG_PLAN), "-d", "building_plans",
                              "-m", "mayen-koblenz", "--json", data_dir=data_dir)
    assert checked.returncode == EXIT_HELD, checked.stderr[-2000:]
    [drop] = [c for c in json.loads(checked.stdout)["checks"] if c["check"] == "row_count_drop"]
    assert drop["message"].startswith(
        "Nur 1 Zeile geliefert, die Vorlieferung hatte 37 (97,3 % weniger)"), drop["message"]

    # The member sends it all the same: publication is held, and the lines below the
    # tables say for whom as the tables do, by name.
    plan = tmp_path / "bebauungsplaene.gml"
    shutil.copy(HAMBURG_PLAN, plan)
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    text = text.replace("location: samples/deliveries/mayen-koblenz/bebauungsplaene.gml",
                        f"location: {plan}")
    text = text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/")
    (tmp_path / "cluster.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("SWDP_CONFIG", str(tmp_path / "cluster.yaml"))
    held = swdp_in_process("run", "-m", "mayen-koblenz", "-d", "building_plans", data_dir=data_dir)
    assert held.returncode == EXIT_HELD, held.stderr[-2000:]
    shown = _flat(held.stdout)
    assert ("Veröffentlichung angehalten Landkreis Mayen-Koblenz/Bauliche Entwicklungen: die "
            "zuletzt veröffentlichten Daten bleiben online") in shown, shown
    status = _flat(swdp_in_process("status", "-m", "mayen-koblenz", data_dir=data_dir).stdout)
    assert "Veröffentlichung angehalten Landkreis Mayen-Koblenz/Bauliche Entwicklungen:" in status

    # The report in the browser writes its figures as the mail does: 61.200, not 61200.
    report = json.loads((data_dir / "reports" / "mayen-koblenz" / "building_plans.json"
                         ).read_text(encoding="utf-8"))
    assert "<td>geliefert</td><td>37</td><td>1</td><td>-36</td>" in render_html(report)
    larger = render_html(report | {"read": 61200, "valid": 60300, "rejected": 900, "geocoded": 60300})
    assert "<td>61.200</td><td>60.300</td><td>900</td><td>60.300</td>" in larger


def test_schedules_and_lake_assets_name_members_and_datasets_in_german(cluster):
    from pipelines.orchestration.definitions import defs

    described = {schedule.name: schedule.description for schedule in defs.schedules}
    assert described["events_kusel"] == "Veranstaltungen von Landkreis Kusel einlesen"
    assert described["building_plans_linz_am_rhein"] == (
        "Bauliche Entwicklungen von Stadt und Verbandsgemeinde Linz am Rhein einlesen")
    for asset in LAKE_ASSETS:  # the UI shows partitions by key: the description says whose
        description = asset.descriptions_by_key[asset.key]
        assert all(f"{key} = {member.name}" in description for key, member in cluster.members.items())


def test_a_failed_inbox_run_links_no_report_of_an_earlier_delivery(settings):
    instance = dagster_instance(settings)
    folder = settings.inbox_dir / "kusel" / "events"
    folder.mkdir(parents=True)
    dropped = folder / MOERS_EVENTS.name
    shutil.copy(MOERS_EVENTS, dropped)
    [events_lake] = [asset for asset in LAKE_ASSETS if asset.key == lake_key("events")]

    result = dg.materialize([events_lake], instance=instance, partition_key="kusel",
                            tags={INBOX_TAG: str(dropped)}, raise_on_error=False,
                            resources={"platform": Platform(data_dir=str(settings.data_dir))})
    assert not result.success
    [failure] = [event for event in result.all_events if event.is_step_failure]
    error = failure.step_failure_data.user_failure_data
    assert "Spalten passen nicht zu Veranstaltungen" in error.description
    assert error.metadata["quelle"].value == MOERS_EVENTS.name
    assert "prüfbericht" not in error.metadata  # a report there would be an earlier delivery's
    assert (folder / "abgelehnt" / f"{MOERS_EVENTS.name}.bericht.txt").is_file()


def test_a_sheet_name_in_cluster_yaml_the_file_lacks_says_where_it_was_chosen(tmp_path, monkeypatch):
    text = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    text = text.replace("location: samples/deliveries/kusel/angebote.xlsx\n",
                        "location: samples/deliveries/kusel/angebote.xlsx\n"
                        "        options: {sheet: Angebote 2026}\n")
    text = text.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/")
    (tmp_path / "cluster.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("SWDP_CONFIG", str(tmp_path / "cluster.yaml"))
    checked = swdp_in_process("check", str(PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "angebote.xlsx"),
                              "-d", "offers", "-m", "kusel", data_dir=tmp_path / "data")
    assert checked.returncode == EXIT_UNUSABLE
    assert ("Tabellenblatt „Angebote 2026“ (in cluster.yaml bei der Quelle als options: sheet "
            "gewählt) fehlt – vorhanden: „Angebote“. Bitte das Blatt so benennen oder in "
            "cluster.yaml das richtige wählen") in _flat(checked.stderr)


def test_a_private_address_in_a_title_stays_out_of_every_public_file(tmp_path, monkeypatch):
    """Real calendars put „Anmeldung bei …“ into titles: the private address and mobile number
    hold the event back like in a description, and the run feed beside the exports (served
    with them) gives figures, not the rejected values the member's report names."""
    events = tmp_path / "veranstaltungen.csv"
    text = (PROJECT_ROOT / "samples" / "deliveries" / "kusel" / "veranstaltungen.csv").read_text(encoding="utf-8-sig")
    assert "Jahreskonzert des Musikvereins" in text
    events.write_text(text.replace("Jahreskonzert des Musikvereins", "Jahreskonzert des "
                                   "Musikvereins – Karten bei max.mustermann@example.org oder "
                                   "0171 2345678", 1), encoding="utf-8-sig")
    config = (PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8")
    config = config.replace("location: samples/deliveries/kusel/veranstaltungen.csv",
                            f"location: {events}")
    (tmp_path / "cluster.yaml").write_text(
        config.replace("location: samples/", f"location: {PROJECT_ROOT}/samples/"), encoding="utf-8")
    monkeypatch.setenv("SWDP_CONFIG", str(tmp_path / "cluster.yaml"))
    data_dir = tmp_path / "data"
    ran = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    [run] = json.loads(ran.stdout)["runs"]
    assert (run["read"], run["rejected"]) == (204, 4)  # the three of the sample and this one

    report = (data_dir / "reports" / "kusel" / "events.html").read_text(encoding="utf-8")
    assert "max.mustermann@example.org" in report  # the member is told what to change
    # every file served as text (CSV, GeoJSON, iCalendar, feeds, metadata, read-mes) and the
    # cluster's GeoParquet as a table
    public = [path for path in (data_dir / "export").rglob("*") if path.suffix in (
        ".csv", ".geojson", ".ics", ".atom", ".json", ".txt")]
    assert any(path.parent.name == "laeufe" for path in public)
    for path in public:
        content = path.read_text(encoding="utf-8-sig")
        assert "mustermann" not in content and "0171 2345678" not in content, path
    table = pd.read_parquet(data_dir / "export" / "events" / "suedwest-cluster.parquet")
    assert not table["title"].str.contains("mustermann").any()
