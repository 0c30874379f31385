"""Dagster as in production: `dagster-daemon` and `dagster-webserver` on 127.0.0.1 with their
own DAGSTER_HOME, a real SMTP server, the session's real CKAN, and a cluster.yaml whose source
runs every minute. Started once for the module: the schedule fires by itself, a file dropped
into a member's inbox and a file a member's clerk uploads into CKAN are ingested by the
sensors, show up in `swdp status`, and the member's data office gets a mail; a source overdue
by its schedule is warned about by mail and in `swdp status`."""
import json
import os
import shutil
import subprocess
import urllib.request
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import ckanapi
import dagster as dg
import pytest
import yaml

from catalog.uploads import CHECKED_FIELD
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.ingest.delivery import IngestResult
from pipelines.ingest.freshness import due_since
from pipelines.orchestration.freshness import FRESH_CHECK
from pipelines.orchestration.ingestion import lake_key
from pipelines.orchestration.instance import migrate_instance
from schemas import load_schema
from support.cli import SAMPLES, SWDP
from support.dagster import dagster_servers, runs, wait_for
from support.smtp import Mailbox, smtp_server
from support.uploads import member_editor

# Kaiserslautern's events: scheduled daily, last delivered three days ago (a journal laid
# down before the daemon starts), so overdue from the daemon's first look.
LATE = "0 5 * * *"


def cluster_file(folder: Path) -> Path:
    """The project's cluster.yaml with four sources: kusel's vacancies every minute,
    sankt-wendel's vacancies and events only through the inbox and CKAN (schedule off), and
    kaiserslautern's events daily (a local file)."""
    config = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    kusel = next(member for member in config["members"] if member["key"] == "kusel")
    kusel_events = dict(kusel["sources"]["events"])
    for member in config["members"]:
        sources = member.pop("sources", None) or {}
        kept = {}
        if member["key"] in ("kusel", "sankt-wendel"):
            kept["vacancies"] = sources["vacancies"]
            kept["vacancies"].update({"schedule": "* * * * *"} if member["key"] == "kusel"
                                     else {"scheduled": False})
        if member["key"] == "sankt-wendel":
            kept["events"] = {**sources["events"], "scheduled": False}
        if member["key"] == "kaiserslautern":
            kept["events"] = {**kusel_events, "schedule": LATE, "scheduled": True}
        for source in kept.values():
            if "://" not in source["location"]:
                source["location"] = str((PROJECT_ROOT / source["location"]).resolve())
        if kept:
            member["sources"] = kept
    path = folder / "cluster.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@dataclass
class Services:
    data: Path
    env: dict
    instance: dg.DagsterInstance
    processes: list
    mailbox: Mailbox
    url: str            # the webserver
    late_since: datetime

    def mail(self, what: str, subject_part: str, timeout: float = 480):
        return wait_for(what, lambda: [m for m in self.mailbox.messages
                                       if subject_part in m["Subject"]], timeout, self.processes)[0]

    def status(self, member: str, dataset: str, key: str = "partitions") -> list[dict]:
        shown = subprocess.run([SWDP, "status", "--json"], capture_output=True, text=True,
                               env=self.env, timeout=120)
        entries = json.loads(shown.stdout)[key] if shown.returncode == 0 else []
        return [e for e in entries if (e.get("municipality") or e.get("member"), e["dataset"])
                == (member, dataset)]


@pytest.fixture(scope="module")
def services(tmp_path_factory, demo_run, operations_ckan) -> Services:
    folder = tmp_path_factory.mktemp("betrieb")
    home, data = folder / "dagster", folder / "data"
    home.mkdir()
    # The gazetteer of the session's demo run: built once, not again by the first scheduled run.
    shutil.copytree(demo_run[0] / "gazetteer", data / "gazetteer")
    config = cluster_file(folder)
    last = datetime.now(timezone.utc) - timedelta(days=3)
    journal = data / "runs" / "events" / "kaiserslautern" / "lauf-vor-drei-tagen.json"
    journal.parent.mkdir(parents=True)
    journal.write_text(json.dumps(asdict(IngestResult(
        run_id="lauf-vor-drei-tagen", dataset="events", municipality="kaiserslautern",
        source="veranstaltungen.csv", status="ok", started_at=last.isoformat(),
        finished_at=last.isoformat()))), encoding="utf-8")
    settings = Settings(data_dir=data, config_path=config, dagster_root=home)
    # Storage created here once, as swdp-dagster-migrate.service does before both start.
    migrate_instance(settings)
    with smtp_server() as (smtp_url, mailbox):
        env = {**os.environ, "DAGSTER_HOME": str(home), "SWDP_DATA_DIR": str(data),
               "SWDP_CONFIG": str(config), "SWDP_SMTP_URL": smtp_url, "CKAN_URL": operations_ckan.url,
               "CKAN_API_TOKEN": operations_ckan.token}
        with dagster_servers(home, env, folder / "logs") as servers:
            yield Services(data, env, servers.instance, servers.processes, mailbox, servers.url,
                           due_since(LATE, last, datetime.now(timezone.utc)))


@pytest.mark.slow
def test_schedule_fires_and_an_inbox_delivery_reaches_status_and_mail(services):
    scheduled = wait_for("der Minuten-Zeitplan vacancies_kusel hat einen Lauf beendet",
                         lambda: runs(services.instance, [dg.DagsterRunStatus.SUCCESS], **{
                             "dagster/schedule_name": "vacancies_kusel"}),
                         300, services.processes)
    assert scheduled[0].tags["dagster/partition"] == "kusel"

    inbox = services.data / "inbox" / "sankt-wendel" / "vacancies"
    inbox.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLES / "sankt-wendel" / "leerstand.csv", inbox)
    mail = services.mail("eine Mail an die Datenstelle von Sankt Wendel",
                         f"Lieferung {load_schema('vacancies').title} (Landkreis Sankt Wendel)")
    assert mail["To"] == "opendata@lkwnd.de"
    assert "geliefert:" in mail.get_body(("plain",)).get_content()
    assert not (inbox / "leerstand.csv").exists()

    # the same file once more (the clerk was unsure it arrived): taken, and the member hears so
    again = shutil.copy(SAMPLES / "sankt-wendel" / "leerstand.csv", inbox)
    mail = services.mail("eine Mail „unverändert“ an Sankt Wendel", "unverändert, bereits übernommen")
    assert "identisch mit der zuletzt übernommenen Lieferung" in mail.get_body(("plain",)).get_content()
    assert not Path(again).exists() and not (inbox / "abgelehnt").exists()

    [entry] = wait_for("swdp status zeigt die Lieferung aus dem Eingangsordner",
                       lambda: services.status("sankt-wendel", "vacancies"), 300, services.processes)
    assert entry["source"] == "leerstand.csv" and entry["read"] > 0

    answer = urllib.request.urlopen(urllib.request.Request(
        f"{services.url}/graphql", data=json.dumps({"query": "{ version }"}).encode(),
        headers={"Content-Type": "application/json"}), timeout=30)
    assert json.loads(answer.read())["data"]["version"]


def upload_dataset(admin: ckanapi.RemoteCKAN, name: str) -> dict | None:
    try:
        return admin.action.package_show(id=name)
    except ckanapi.NotFound:
        return None


@pytest.mark.slow
def test_a_clerks_upload_in_ckan_reaches_status_mail_and_the_resource(services, operations_ckan, cluster,
                                                                    tmp_path):
    admin = ckanapi.RemoteCKAN(operations_ckan.url, apikey=operations_ckan.token)
    clerks = {member: member_editor(admin, cluster, member) for member in ("sankt-wendel", "kusel")}
    # The upload sensor creates the member's private upload dataset.
    wait_for("der Sensor ckan_uploads hat sankt-wendel-lieferungen angelegt",
             lambda: upload_dataset(admin, "sankt-wendel-lieferungen"), 180, services.processes)
    delivered = shutil.copy(SAMPLES / "sankt-wendel" / "veranstaltungen.geojson", tmp_path)
    with open(delivered, "rb") as content:
        resource = clerks["sankt-wendel"].action.resource_create(
            package_id="sankt-wendel-lieferungen", name="events", upload=content)
    with pytest.raises(ckanapi.NotAuthorized), open(delivered, "rb") as content:
        clerks["kusel"].action.resource_create(package_id="sankt-wendel-lieferungen",
                                               name="events", upload=content)

    mail = services.mail("eine Mail zur hochgeladenen Lieferung",
                         f"Lieferung {load_schema('events').title} (Landkreis Sankt Wendel)")
    assert mail["To"] == "opendata@lkwnd.de"
    assert "veranstaltungen.geojson" in mail.get_body(("plain",)).get_content()
    [entry] = wait_for("swdp status zeigt die Lieferung aus CKAN",
                       lambda: services.status("sankt-wendel", "events"), 300, services.processes)
    assert entry["source"] == "veranstaltungen.geojson" and entry["read"] > 0
    answered = admin.action.resource_show(id=resource["id"])
    assert answered["description"].startswith("Geprüft: ") and answered[CHECKED_FIELD]
    assert runs(services.instance, [dg.DagsterRunStatus.SUCCESS],
                **{"dagster/sensor_name": "ckan_uploads"})


@pytest.mark.slow
def test_an_overdue_source_is_warned_by_mail_and_in_status(services, cluster):
    mail = services.mail("die Warnung „Lieferung überfällig“ an Kaiserslautern",
                         "Lieferung überfällig: Veranstaltungen", timeout=120)
    assert mail["To"] == cluster.member("kaiserslautern").data_office
    assert mail["Cc"] == cluster.data_office
    [late] = services.status("kaiserslautern", "events", key="overdue")
    assert datetime.fromisoformat(late["since"]) == services.late_since
    assert [m["Subject"] for m in services.mailbox.messages].count(mail["Subject"]) == 1
    # the check `aktuell` of Kaiserslautern's partition warns
    history = services.instance.event_log_storage.get_asset_check_execution_history(
        dg.AssetCheckKey(lake_key("events"), FRESH_CHECK), limit=100)
    [warned] = [record for record in history if record.partition == "kaiserslautern"]
    evaluation = warned.event.dagster_event.event_specific_data
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
