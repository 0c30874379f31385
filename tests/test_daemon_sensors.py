"""What the daemon's sensors do in a week of operation, evaluated one look at a time on a real
Dagster instance (no daemon started: tests/test_operations.py runs one): a file still being
copied, what Windows and Office put beside a delivery, a run whose worker died with the
daemon, and a publication that fails because CKAN is down – caught up by the daemon or by
the data officer's `swdp publish` to the session's real CKAN (a real SMTP server on 127.0.0.1
receives the mails)."""
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid

import dagster as dg
import pytest
import yaml

from catalog.ckan_server import free_port
from pipelines.core.settings import PROJECT_ROOT
from pipelines.orchestration.alerts import (veroeffentlichung_fehlgeschlagen,
                                            veroeffentlichung_wieder_erfolgreich)
from pipelines.orchestration.outage import outage_path
from pipelines.orchestration.ingestion import INBOX_TAG, lake_key
from pipelines.orchestration.instance import dagster_instance
from pipelines.orchestration.publication import PUBLICATION_ASSETS
from pipelines.orchestration.resources import HOST_TAG, OWNER_TAG, Platform
from pipelines.orchestration.sensors import (INBOX_ATTEMPTS, RUN_KEY, beendete_prozesse, inbox,
                                             refresh_after_failed_ingestion)
from support.cli import SAMPLES, publish_cli, swdp_in_process
from support.smtp import smtp_server


def _look(sensor, instance, platform, cursor=None):
    """One evaluation of a sensor as the daemon makes it: its requests (or skip) and cursor."""
    context = dg.build_sensor_context(instance=instance, cursor=cursor,
                                      resources={"platform": platform})
    result = sensor(context)
    return (result if isinstance(result, list) else []), context.cursor


def _settled(*paths):
    """As if written a minute ago (past `waiting`'s settling time), each keeping its size."""
    for path in paths:
        os.utime(path, (time.time() - 60, time.time() - 60))


def _dead_pid() -> int:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(ended.stdout)


def _failure_event(instance, run_id: str) -> dg.DagsterEvent:
    [entry] = instance.all_logs(run_id, of_type=dg.DagsterEventType.RUN_FAILURE)
    return entry.dagster_event


def test_the_inbox_takes_a_file_once_still_for_two_looks_and_again_when_its_worker_died(settings):
    instance = dagster_instance(settings)
    platform = Platform(data_dir=str(settings.data_dir))
    folder = settings.inbox_dir / "kusel" / "vacancies"
    folder.mkdir(parents=True)
    delivery = (SAMPLES / "kusel" / "leerstand.csv").read_bytes()
    dropped = folder / "Leerstand Kusel – März.csv"
    dropped.write_bytes(delivery[: len(delivery) // 2])  # the copy stalls half way
    beside = [folder / name for name in ("~$Leerstand Kusel – März.xlsx", "Thumbs.db",
                                         "desktop.ini", "leerstand-neu.csv.filepart")]
    for path in beside:
        path.write_bytes(b"\x00" * 165)
    _settled(dropped, *beside)

    requests, cursor = _look(inbox, instance, platform)
    assert requests == [] and len(json.loads(cursor)) == 1  # seen once: not yet taken
    with dropped.open("ab") as rest:  # the copy goes on between two looks
        rest.write(delivery[len(delivery) // 2:])
    _settled(dropped)
    requests, cursor = _look(inbox, instance, platform, cursor)
    assert requests == []
    [request], cursor = _look(inbox, instance, platform, cursor)
    assert (request.partition_key, request.asset_selection) == ("kusel", [lake_key("vacancies")])
    assert request.tags[INBOX_TAG] == str(dropped) and dropped.stat().st_size == len(delivery)
    assert request.tags["swdp/mitglied"] == "Landkreis Kusel"  # the Runs list names the member
    assert all(path.exists() for path in beside)  # left alone, never rejected with a mail

    # The daemon launches the run; its worker tags itself and dies with the daemon (restart).
    run = instance.add_run(dg.DagsterRun(
        job_name="ingest", run_id=str(uuid.uuid4()), status=dg.DagsterRunStatus.STARTED,
        asset_selection=frozenset({lake_key("vacancies")}),
        tags={RUN_KEY: request.run_key, INBOX_TAG: str(dropped), "dagster/partition": "kusel",
              OWNER_TAG: str(_dead_pid()), HOST_TAG: socket.gethostname()}))
    assert _look(inbox, instance, platform, cursor)[0] == []  # its run has it
    _look(beendete_prozesse, instance, platform)
    failed = instance.get_run_by_id(run.run_id)
    assert failed.status == dg.DagsterRunStatus.FAILURE
    [retry], cursor = _look(inbox, instance, platform, cursor)
    assert retry.run_key == f"{request.run_key}#2"
    # `swdp status` hears of the failed run: the warehouse is refreshed after it
    refresh = refresh_after_failed_ingestion(dg.build_run_status_sensor_context(
        sensor_name="refresh_after_failed_ingestion", dagster_instance=instance,
        dagster_run=failed, dagster_event=_failure_event(instance, run.run_id)))
    assert isinstance(refresh, dg.RunRequest) and refresh.run_key == run.run_id

    for attempt in range(2, INBOX_ATTEMPTS + 1):  # a file whose runs keep dying is left be
        instance.add_run(dg.DagsterRun(
            job_name="ingest", run_id=str(uuid.uuid4()), status=dg.DagsterRunStatus.FAILURE,
            tags={RUN_KEY: f"{request.run_key}#{attempt}", INBOX_TAG: str(dropped)}))
    assert _look(inbox, instance, platform, cursor)[0] == [] and dropped.exists()


def test_a_run_of_the_platform_is_tagged_with_the_process_that_executes_it(settings):
    instance = dagster_instance(settings)

    @dg.asset
    def probe(platform: Platform) -> None:
        platform.settings()

    result = dg.materialize([probe], instance=instance,
                            resources={"platform": Platform(data_dir=str(settings.data_dir))})
    tags = instance.get_run_by_id(result.run_id).tags
    assert (tags[OWNER_TAG], tags[HOST_TAG]) == (str(os.getpid()), socket.gethostname())


def _ckan_down(data_dir, tmp_path, monkeypatch) -> tuple[Platform, dg.DagsterInstance, str]:
    """A copy of `data_dir` whose CKAN (CKAN_URL) does not answer: its platform, its Dagster
    instance and the address nothing listens at."""
    data = tmp_path / "data"
    shutil.copytree(data_dir, data, ignore=shutil.ignore_patterns("dagster"))
    down = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("SWDP_DATA_DIR", str(data))
    monkeypatch.setenv("CKAN_URL", down)
    monkeypatch.setenv("CKAN_API_TOKEN", "token")
    monkeypatch.setenv("SWDP_CKAN_RETRY_PAUSE", "0")  # gives up at once, not after 7.5 s
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    platform = Platform(data_dir=str(data))
    return platform, dagster_instance(platform.settings()), down


def _fail_publication(instance, platform, step: str) -> None:
    """A publication run of `step` failing on a CKAN that is down (CKAN_URL), as the failure
    sensor sees it."""
    run = dg.materialize(PUBLICATION_ASSETS, selection=[step], instance=instance,
                         resources={"platform": platform}, raise_on_error=False)
    assert not run.success
    veroeffentlichung_fehlgeschlagen(dg.build_run_status_sensor_context(
        sensor_name="veroeffentlichung_fehlgeschlagen", dagster_instance=instance,
        dagster_run=instance.get_run_by_id(run.run_id),
        dagster_event=_failure_event(instance, run.run_id),
        resources={"platform": platform}).for_run_failure())


@pytest.mark.slow
def test_a_publication_failing_on_an_unreachable_ckan_is_mailed_once_in_german(
        kusel_events, tmp_path, monkeypatch, cluster):
    platform, instance, down = _ckan_down(kusel_events.data_dir, tmp_path, monkeypatch)
    with smtp_server() as (url, mailbox):
        monkeypatch.setenv("SWDP_SMTP_URL", url)
        for _ in range(2):  # CKAN stays down for the next run too
            _fail_publication(instance, platform, "events_catalog")
    [mail] = mailbox.messages  # once per outage, not once per failed run
    assert mail["To"] == cluster.data_office
    assert mail["Subject"] == "Veröffentlichung fehlgeschlagen: CKAN-Katalog"
    text = mail.get_body(("plain",)).get_content()
    assert "- CKAN-Katalog (Veranstaltungen): " in text
    assert f"CKAN unter {down} nicht erreichbar" in text and " Uhr " in text
    assert "eingelesen und bleiben erhalten" in text and "swdp publish" in text
    # The catalogue takes the next publication: one all-clear, then nothing more.
    monkeypatch.delenv("CKAN_URL")  # publishing to none succeeds as CKAN answering would
    with smtp_server() as (url, mailbox):
        monkeypatch.setenv("SWDP_SMTP_URL", url)
        for _ in range(2):
            run = dg.materialize(PUBLICATION_ASSETS, selection=["events_catalog"],
                                 instance=instance, resources={"platform": platform})
            [entry] = instance.all_logs(run.run_id, of_type=dg.DagsterEventType.RUN_SUCCESS)
            veroeffentlichung_wieder_erfolgreich(dg.build_run_status_sensor_context(
                sensor_name="veroeffentlichung_wieder_erfolgreich", dagster_instance=instance,
                dagster_run=instance.get_run_by_id(run.run_id), dagster_event=entry.dagster_event,
                resources={"platform": platform}))
    [clear] = mailbox.messages
    assert clear["To"] == cluster.data_office
    assert clear["Subject"] == "Veröffentlichung wieder erfolgreich, nachgeholt: CKAN-Katalog"
    text = clear.get_body(("plain",)).get_content()
    assert "gelingt wieder. Am " in text and run.run_id not in text  # the first good run
    assert "- CKAN-Katalog (Veranstaltungen)" in text.splitlines()  # what was caught up
    assert not outage_path(platform.settings()).exists()


def test_a_data_officer_publishing_by_hand_gets_the_all_clear_once_all_is_caught_up(
        ckan, demo_data, first_publish, tmp_path, monkeypatch, cluster):
    """CKAN was down for the events and the offers; the office got the failure mail. The
    data officer repairs it with `swdp publish` – before, no all-clear came until the daemon
    published again after some delivery, and `stoerung.json` stayed. Publishing the events
    alone leaves the offers stale: the outage stays open and says so; publishing everything
    sends the all-clear once (the real CKAN of the session; the demo's state, so nothing is
    written there)."""
    platform, instance, _ = _ckan_down(demo_data, tmp_path, monkeypatch)
    data = platform.settings().data_dir
    with smtp_server() as (url, mailbox):
        monkeypatch.setenv("SWDP_SMTP_URL", url)
        for step in ("events_catalog", "offers_catalog"):
            _fail_publication(instance, platform, step)
        [failure] = mailbox.messages
        assert failure["Subject"] == "Veröffentlichung fehlgeschlagen: CKAN-Katalog"
        smtp = {"SWDP_SMTP_URL": url}
        events = publish_cli(ckan, data, "-d", "events", env=smtp)
        assert events.returncode == 0, events.stderr[-2000:]
        told = " ".join(events.stderr.split())
        assert ("gemeldete Störung bleibt offen, noch nicht nachgeholt: CKAN-Katalog "
                "(Angebote). Die Entwarnung folgt, sobald auch das gelungen ist.") in told
        assert len(mailbox.messages) == 1 and outage_path(platform.settings()).exists()
        everything = publish_cli(ckan, data, env=smtp)
        assert everything.returncode == 0, everything.stderr[-2000:]
        assert f"Entwarnung an {cluster.data_office} gesendet" in " ".join(everything.stderr.split())
        again = publish_cli(ckan, data, env=smtp)
        assert again.returncode == 0 and "Entwarnung" not in again.stderr
    [_, clear] = mailbox.messages
    assert clear["To"] == cluster.data_office
    assert clear["Subject"] == "Veröffentlichung wieder erfolgreich, nachgeholt: CKAN-Katalog"
    assert "- CKAN-Katalog (Veranstaltungen, Angebote)" in clear.get_body(
        ("plain",)).get_content().splitlines()
    assert not outage_path(platform.settings()).exists()


@pytest.mark.slow
def test_a_run_catching_up_a_mailed_outage_sends_the_all_clear(
        kusel_events, tmp_path, monkeypatch, cluster):
    """`swdp run` without a new delivery publishes what is outstanding; having caught up the
    mailed outage with it, it sends the all-clear too (the same function as the daemon's)."""
    platform, instance, _ = _ckan_down(kusel_events.data_dir, tmp_path, monkeypatch)
    with smtp_server() as (url, mailbox):
        monkeypatch.setenv("SWDP_SMTP_URL", url)
        _fail_publication(instance, platform, "events_catalog")
        monkeypatch.delenv("CKAN_URL")  # publishing to none succeeds as CKAN answering would
        ran = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json",
                              data_dir=platform.settings().data_dir, env={"SWDP_SMTP_URL": url})
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert json.loads(ran.stdout)["runs"][0]["status"] == "unverändert"
    assert f"Entwarnung an {cluster.data_office} gesendet" in " ".join(ran.stderr.split())
    assert [mail["Subject"] for mail in mailbox.messages] == [
        "Veröffentlichung fehlgeschlagen: CKAN-Katalog",
        "Veröffentlichung wieder erfolgreich, nachgeholt: CKAN-Katalog"]
    assert not outage_path(platform.settings()).exists()


@pytest.mark.slow
def test_a_run_after_a_failed_publication_publishes_again_though_no_source_changed(
        kusel_events, tmp_path):
    """CKAN was down during `swdp run`; the next run, with the same deliveries, must not
    report success and leave the catalogue behind: it publishes again until CKAN has it."""
    data = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data)
    # Kusel's clerk corrected a title: a new delivery, published to a CKAN that is down.
    delivery = tmp_path / "veranstaltungen.csv"
    delivery.write_bytes((SAMPLES / "kusel" / "veranstaltungen.csv").read_bytes().replace(
        "Repair-Café".encode(), "Repair-Café Kusel".encode(), 1))
    config = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    for member in config["members"]:
        for source in (member.get("sources") or {}).values():
            if "://" not in source["location"]:
                source["location"] = str(PROJECT_ROOT / source["location"])
        if member["key"] == "kusel":
            member["sources"]["events"]["location"] = str(delivery)
    (tmp_path / "cluster.yaml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                           encoding="utf-8")
    configured = {"SWDP_CONFIG": str(tmp_path / "cluster.yaml")}
    down = {**configured, "CKAN_URL": f"http://127.0.0.1:{free_port()}", "CKAN_API_TOKEN": "token",
            "SWDP_CKAN_RETRY_PAUSE": "0"}
    run = ("run", "-m", "kusel", "-d", "events", "--json")
    first = swdp_in_process(*run, data_dir=data, env=down)
    assert first.returncode == 2 and "nicht erreichbar" in first.stderr + first.stdout
    again = swdp_in_process(*run, data_dir=data, env=down)
    assert json.loads(again.stdout)["runs"][0]["status"] == "unverändert"
    assert again.returncode == 2, "die ausstehende Veröffentlichung wurde nicht versucht"
    told = swdp_in_process("status", "-m", "kusel", data_dir=data, env=down)
    assert "Veröffentlichung in CKAN ausstehend Veranstaltungen" in " ".join(told.stdout.split())
    # without a catalogue configured nothing is pending, and an unchanged run stays untouched
    skipped = swdp_in_process(*run, data_dir=data, env=configured)
    assert skipped.returncode == 0 and "Kein CKAN" in json.loads(skipped.stdout)["catalog"]["skipped"]
    untouched = swdp_in_process(*run, data_dir=data, env=configured)
    assert untouched.returncode == 0 and json.loads(untouched.stdout)["warehouse"] == {}
    status = swdp_in_process("status", "--json", data_dir=data, env=configured)
    assert json.loads(status.stdout)["catalog_pending"] == []
