"""Deliveries overdue by their schedule: the time arithmetic in Berlin time (summer, winter,
the change in between), the run journals it reads, one German mail per overdue period through
a real SMTP server, `swdp status` and the Dagster sensor with its check `aktuell`."""
import json
import shutil
from dataclasses import asdict, replace
from datetime import datetime, timedelta, timezone

import dagster as dg
import pytest

from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import IngestResult
from pipelines.ingest.freshness import berlin as berlin_text
from pipelines.ingest.freshness import (GRACE, due_since, notice_path, overdue_sources,
                                        schedule_time_after, warn_overdue)
from pipelines.ingest.runs import FAILED, UNCHANGED
from support.cli import swdp_in_process
from support.smtp import smtp_server

UTC = timezone.utc


def berlin(*args) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


@pytest.mark.parametrize("schedule, last, on_time_until, due", [
    # winter (CET, UTC+1): due at 05:00 Berlin = 04:00 UTC, overdue from 06:00 Berlin
    ("0 5 * * *", berlin(2026, 11, 30, 5, 3), berlin(2026, 12, 1, 5, 59, 59),
     datetime(2026, 12, 1, 4, 0, tzinfo=UTC)),
    # summer (CEST, UTC+2)
    ("0 5 * * *", berlin(2026, 7, 1, 5, 2), berlin(2026, 7, 2, 5, 59),
     datetime(2026, 7, 2, 3, 0, tzinfo=UTC)),
    # over the change to summer time: the night before has 23 hours
    ("0 5 * * *", berlin(2026, 3, 28, 5, 2), berlin(2026, 3, 29, 5, 59),
     datetime(2026, 3, 29, 3, 0, tzinfo=UTC)),
    # weekly on Mondays at 06:00, last delivered on a Wednesday
    ("0 6 * * 1", berlin(2026, 12, 2, 14, 0), berlin(2026, 12, 7, 6, 59),
     datetime(2026, 12, 7, 5, 0, tzinfo=UTC)),
    # „jeden Montag 06:00“ in the weeks the clocks change: 06:00 MESZ, 06:00 MEZ
    ("0 6 * * 1", berlin(2027, 3, 22, 7, 0), berlin(2027, 3, 29, 6, 59),
     datetime(2027, 3, 29, 4, 0, tzinfo=UTC)),
    ("0 6 * * 1", berlin(2026, 10, 19, 7, 0), berlin(2026, 10, 26, 6, 59),
     datetime(2026, 10, 26, 5, 0, tzinfo=UTC)),
    # daily at 02:30: the night without 02:30 runs at 03:00 MESZ, as Dagster's daemon does
    ("30 2 * * *", berlin(2027, 3, 27, 3, 0), berlin(2027, 3, 28, 3, 59),
     datetime(2027, 3, 28, 1, 0, tzinfo=UTC)),
    # the night with two 02:30: the daemon runs once, at the second (MEZ); the first (MESZ)
    # made the delivery overdue from 03:30 MESZ, while the fetch of 02:30 MEZ was going
    ("30 2 * * *", berlin(2026, 10, 24, 3, 0), datetime(2026, 10, 25, 2, 29, tzinfo=UTC),
     datetime(2026, 10, 25, 1, 30, tzinfo=UTC)),
])
def test_a_source_is_overdue_one_hour_after_the_first_missed_schedule_time(
        schedule, last, on_time_until, due):
    assert GRACE == timedelta(hours=1)
    assert due_since(schedule, last, on_time_until) is None
    assert due_since(schedule, last, due + GRACE) == due
    assert due_since(schedule, last.astimezone(UTC), due + timedelta(days=3)) == due


@pytest.mark.parametrize("schedule", ["0 6 * * 1", "30 2 * * *", "0 2 * * 0", "45 2 * * 1-5",
                                      "0 3 * * *", "0 * * * *", "*/15 * * * *"])
def test_schedule_times_over_both_changes_are_the_times_dagster_starts_the_runs(schedule):
    """Every 7 minutes over the nights of 28.03.2027 and 25.10.2026: the first schedule time
    after it is the one the daemon starts (its own iterator, which the schedules in
    pipelines/orchestration/schedules.py run by, with execution_timezone Europe/Berlin)."""
    from dagster._utils.schedules import cron_string_iterator
    for night in (datetime(2027, 3, 27, 20, tzinfo=UTC), datetime(2026, 10, 24, 20, tzinfo=UTC)):
        for minutes in range(0, 10 * 60, 7):
            moment = night + timedelta(minutes=minutes, seconds=1)
            started = next(cron_string_iterator(moment.timestamp(), schedule, "Europe/Berlin"))
            ours = schedule_time_after(schedule, moment)
            assert ours.timestamp() == started.timestamp(), (schedule, moment)  # fold counts


def test_a_due_time_in_the_hour_shown_twice_says_which_in_the_mail():
    """The daemon fetches a „30 2 * * *“ source once that night, at 02:30 MEZ: the mail
    named „02:30 Uhr“, which that night was twice."""
    assert berlin_text(datetime(2026, 10, 25, 1, 30, tzinfo=UTC)) == "25.10.2026 um 02:30 Uhr (MEZ)"
    assert berlin_text(datetime(2026, 10, 25, 0, 30, tzinfo=UTC)) == "25.10.2026 um 02:30 Uhr (MESZ)"
    assert berlin_text(datetime(2026, 10, 25, 2, 30, tzinfo=UTC)) == "25.10.2026 um 03:30 Uhr"
    assert berlin_text(datetime(2027, 3, 28, 1, 0, tzinfo=UTC)) == "28.03.2027 um 03:00 Uhr"


def journal(settings: Settings, member: str, dataset: str, finished: datetime, status: str = "ok",
            message: str | None = None) -> None:
    run_id = f"lauf-{finished:%Y%m%d%H%M%S}"
    path = settings.runs_dir / dataset / member / f"{run_id}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(IngestResult(
        run_id=run_id, dataset=dataset, municipality=member, source="x.csv", status=status,
        started_at=finished.isoformat(), finished_at=finished.astimezone(UTC).isoformat(),
        message=message))), encoding="utf-8")


def scheduled(cluster, member: str, dataset: str, schedule: str, on: bool = True):
    """The cluster with one source's schedule set (a configuration, not a code change)."""
    source = replace(cluster.member(member).sources[dataset], schedule=schedule, scheduled=on)
    entry = cluster.member(member)
    members = {**cluster.members, member: replace(entry, sources={**entry.sources, dataset: source})}
    return replace(cluster, members=members)


def test_overdue_sources_read_the_run_journals(tmp_path, cluster):
    settings = Settings(data_dir=tmp_path)
    config = scheduled(cluster, "kusel", "events", "0 5 * * *")
    now = berlin(2026, 12, 3, 9, 0)
    assert overdue_sources(settings, config, now) == []  # never delivered: not judged

    journal(settings, "kusel", "events", berlin(2026, 12, 1, 5, 4))
    journal(settings, "kusel", "events", berlin(2026, 12, 2, 5, 3), FAILED, "Datei leer")
    journal(settings, "kusel", "events", berlin(2026, 12, 3, 5, 2), FAILED, "Datei fehlt")
    [late] = overdue_sources(settings, config, now)
    assert (late.member, late.dataset, late.schedule) == ("kusel", "events", "0 5 * * *")
    assert late.since == berlin(2026, 12, 2, 5, 0)
    assert late.last_success == berlin(2026, 12, 1, 5, 4)
    assert late.last_failure == "Datei fehlt"
    assert late.as_json()["since"] == "2026-12-02T05:00:00+01:00"

    # switched off in cluster.yaml: delivered when the member chooses, never overdue
    assert overdue_sources(settings, scheduled(cluster, "kusel", "events", "0 5 * * *", on=False),
                           now) == []
    # a source on a server found unchanged was read on time
    journal(settings, "kusel", "events", berlin(2026, 12, 3, 5, 10), UNCHANGED)
    assert overdue_sources(settings, config, now) == []


def test_one_mail_per_overdue_period_to_both_data_offices(tmp_path, cluster):
    config = scheduled(cluster, "kusel", "events", "0 5 * * *")
    with smtp_server() as (url, mailbox):
        settings = Settings(data_dir=tmp_path, smtp_url=url)
        journal(settings, "kusel", "events", berlin(2026, 12, 1, 5, 4))
        first = overdue_sources(settings, config, berlin(2026, 12, 2, 6, 0))
        assert warn_overdue(settings, config, first) == first
        # checked again and again in the same period: nothing more
        for hours in (1, 5, 30):
            later = overdue_sources(settings, config, berlin(2026, 12, 2, 6, 0) + timedelta(hours=hours))
            assert later == first and warn_overdue(settings, config, later) == []
        assert len(mailbox.messages) == 1
        [mail] = mailbox.messages
        assert mail["To"] == cluster.member("kusel").data_office
        assert mail["Cc"] == cluster.data_office
        assert mail["Subject"] == ("Lieferung überfällig: Veranstaltungen (Landkreis Kusel) "
                                   "seit 02.12.2026 um 05:00 Uhr")
        assert mail["Reply-To"] == cluster.data_office  # not the no-reply sender
        text = mail.get_body(("plain",)).get_content()
        assert "am 02.12.2026 um 05:00 Uhr" in text and "die letzte am 01.12.2026 um 05:04 Uhr" in text
        # the schedule as a time a data office can read, not as its cron expression
        assert "der nächste Abruf laut Zeitplan ist am " in text and "* *" not in text
        assert f"Fragen beantwortet die Datenstelle des Clusters: {cluster.data_office}" in text
        assert notice_path(settings, first[0]).exists()

        # delivered again, then missed again: a new period, a new mail
        journal(settings, "kusel", "events", berlin(2026, 12, 4, 11, 0))
        assert overdue_sources(settings, config, berlin(2026, 12, 5, 5, 30)) == []
        second = overdue_sources(settings, config, berlin(2026, 12, 5, 6, 0))
        assert second[0].since == berlin(2026, 12, 5, 5, 0)
        assert warn_overdue(settings, config, second) == second
        assert [m["Subject"].split(" seit ")[1] for m in mailbox.messages] == [
            "02.12.2026 um 05:00 Uhr", "05.12.2026 um 05:00 Uhr"]


@pytest.fixture
def late_kusel(kusel_events, tmp_path, monkeypatch):
    """A copy of a real small run whose only journal is made three days old: Kusel's events
    (schedule 0 5 * * *) are overdue now."""
    data = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data)
    [path] = (data / "runs" / "events" / "kusel").glob("*.json")
    entry = json.loads(path.read_text(encoding="utf-8"))
    last = datetime.now(UTC) - timedelta(days=3)
    entry["finished_at"] = last.isoformat()
    path.write_text(json.dumps(entry), encoding="utf-8")
    monkeypatch.setenv("SWDP_DATA_DIR", str(data))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    return data, due_since("0 5 * * *", last, datetime.now(UTC))


def test_swdp_status_shows_overdue_sources_in_berlin_time(late_kusel):
    data, since = late_kusel
    shown = swdp_in_process("status", "--json", data_dir=data)
    assert shown.returncode == 0, shown.stderr
    [late] = json.loads(shown.stdout)["overdue"]
    assert (late["member"], late["dataset"], late["schedule"]) == ("kusel", "events", "0 5 * * *")
    assert datetime.fromisoformat(late["since"]) == since
    assert late["since"].endswith(since.astimezone(BERLIN).strftime("%z")[:3] + ":00")
    text = swdp_in_process("status", data_dir=data).stdout
    assert "Überfällige Lieferungen" in text and "überfällig seit" in text
    assert since.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M") in text


def test_the_sensor_mails_once_and_reports_the_check_per_member(late_kusel, monkeypatch):
    from pipelines.orchestration.freshness import FRESH_CHECK, ueberfaellige_lieferungen
    from pipelines.orchestration.ingestion import lake_key
    from pipelines.orchestration.resources import Platform

    data, since = late_kusel
    instance = dg.DagsterInstance.ephemeral()
    key = dg.AssetCheckKey(lake_key("events"), FRESH_CHECK)

    def evaluate(cursor):
        context = dg.build_sensor_context(instance=instance, cursor=cursor, resources={
            "platform": Platform(data_dir=str(data))})
        return ueberfaellige_lieferungen(context), context.cursor

    with smtp_server() as (url, mailbox):
        monkeypatch.setenv("SWDP_SMTP_URL", url)
        skipped, cursor = evaluate(None)
        assert skipped.skip_message == "1 Lieferung überfällig, 1 Mail versandt"
        history = instance.event_log_storage.get_asset_check_execution_history
        [kusel] = [record for record in history(key, limit=100) if record.partition == "kusel"]
        evaluation = kusel.event.dagster_event.event_specific_data
        assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
        assert evaluation.description == (f"Lieferung laut Zeitplan seit "
                                          f"{since.astimezone(BERLIN):%d.%m.%Y um %H:%M Uhr} überfällig")
        reported = len(history(key, limit=100))

        skipped, _ = evaluate(cursor)  # the same period: no mail, no new check result
        assert skipped.skip_message == "1 Lieferung überfällig, 0 Mails versandt"
        assert len(history(key, limit=100)) == reported
    [mail] = mailbox.messages
    assert mail["Subject"].startswith("Lieferung überfällig: Veranstaltungen (Landkreis Kusel)")
