"""Deliveries overdue by their schedule.

A source with a running schedule (cluster.yaml `schedule`, a cron expression in Europe/Berlin)
is expected to be ingested at each of its times. When the first schedule time after the
source's last successful run (read and taken over, or found unchanged) lies more than `GRACE`
in the past and no run has succeeded since, the source is overdue since that time. That time
names the overdue period: the member's data office (Cc the cluster's) gets one German mail per
period, noted under `<data>/freshness/<member>/<dataset>/`, so later checks of the same period
send nothing; the next successful run ends the period.

Not judged: sources with `scheduled: false` (they are delivered when the member chooses) and
sources never ingested successfully (there is no time to measure from).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from croniter import croniter

from pipelines.core.cluster import Cluster, Source
from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN, showing
from pipelines.core.mail import Mail, send
from pipelines.core.settings import Settings
from pipelines.ingest.runs import FAILED, run_journals
from schemas import load_schema

# How long after a schedule time the run may take before the source counts as overdue.
GRACE = timedelta(hours=1)


@dataclass(frozen=True)
class Overdue:
    member: str
    dataset: str
    source: str           # the file name or the address without user info
    schedule: str
    since: datetime       # the schedule time the delivery was due at (UTC): names the period
    last_success: datetime
    last_failure: str | None = None  # the message of the latest failed run since then

    @property
    def key(self) -> str:
        return f"{self.member}/{self.dataset}@{self.since:%Y%m%dT%H%M%SZ}"

    def as_json(self) -> dict:
        """Instants in Berlin time, with their offset."""
        return {**asdict(self), "since": self.since.astimezone(BERLIN).isoformat(),
                "last_success": self.last_success.astimezone(BERLIN).isoformat()}


def due_since(schedule: str, last_success: datetime, now: datetime,
              grace: timedelta = GRACE) -> datetime | None:
    """The first schedule time (Berlin wall clock) after `last_success`, in UTC, if it lies more
    than `grace` before `now`; None while the source is on time."""
    due = schedule_time_after(schedule, last_success)
    return due.astimezone(timezone.utc) if due + grace <= now else None


def schedule_time_after(schedule: str, moment: datetime) -> datetime:
    """The first time of `schedule` (Berlin wall clock) after `moment`, as Dagster's daemon
    starts the run: a time the clocks skip (02:30 on the last Sunday of March) at 03:00, as
    croniter has it; a time they show twice (02:30 on the last Sunday of October) once, at its
    second showing (MEZ), where croniter names the first (MESZ) – the delivery counted overdue
    an hour early, while its run was going. Schedules repeating every hour run at both."""
    due = croniter(schedule, moment.astimezone(BERLIN)).get_next(datetime)
    later = due.replace(fold=1)
    if due.fold == 0 and later.utcoffset() != due.utcoffset() and \
            croniter.expand(schedule)[0][1] != ["*"]:
        return later
    return due


def overdue_sources(settings: Settings, cluster: Cluster, now: datetime) -> list[Overdue]:
    """The scheduled sources overdue at `now` (a time-zone-aware instant), from the run
    journals, in configuration order."""
    found = []
    for source in cluster.sources():
        if not source.scheduled:
            continue
        journals = run_journals(settings, source.dataset, source.member)
        succeeded = [j for j in journals if j["status"] != FAILED]
        if not succeeded:
            continue
        last_success = datetime.fromisoformat(succeeded[-1]["finished_at"])
        since = due_since(source.schedule, last_success, now)
        if since is not None:
            failures = [j for j in journals if j["finished_at"] > succeeded[-1]["finished_at"]]
            found.append(Overdue(source.member, source.dataset, source.name, source.schedule,
                                 since, last_success,
                                 failures[-1].get("message") if failures else None))
    return found


def notice_path(settings: Settings, overdue: Overdue) -> Path:
    return (settings.freshness_dir / overdue.member / overdue.dataset
            / f"{overdue.since:%Y%m%dT%H%M%SZ}.json")


def warn_overdue(settings: Settings, cluster: Cluster, overdue: list[Overdue]) -> list[Overdue]:
    """Mail each overdue period not mailed before and note it; returns those mailed now.
    Raises MailError when the SMTP server refuses (the period stays unnoted, so the next
    check tries again)."""
    mailed = []
    for entry in overdue:
        path = notice_path(settings, entry)
        if path.exists():
            continue
        send(settings, overdue_mail(cluster, entry))
        atomic_write(path, lambda partial: Path(partial).write_text(json.dumps(
            {**entry.as_json(), "mailed_at": datetime.now(timezone.utc).isoformat()},
            ensure_ascii=False, indent=1), encoding="utf-8"))
        mailed.append(entry)
    return mailed


def berlin(instant: datetime) -> str:
    """„25.10.2026 um 02:30 Uhr (MEZ)“ in the hour the clocks show twice."""
    return instant.astimezone(BERLIN).strftime("%d.%m.%Y um %H:%M Uhr") + showing(instant)


def overdue_mail(cluster: Cluster, overdue: Overdue) -> Mail:
    """One paragraph a line (mail programs wrap them); the schedule as its next time, not as
    the cron expression, which says nothing to a member's data office."""
    member = cluster.member(overdue.member)
    title = load_schema(overdue.dataset).title
    failure = (f"Der letzte Versuch ist fehlgeschlagen: {overdue.last_failure}\n\n"
               if overdue.last_failure else "")
    following = schedule_time_after(overdue.schedule, datetime.now(BERLIN))
    text = (f"Guten Tag,\n\n"
            f"laut Zeitplan war am {berlin(overdue.since)} eine Lieferung „{title}“ des "
            f"Mitglieds {member.name} fällig (Quelle „{overdue.source}“). Seitdem wurde keine "
            f"Lieferung erfolgreich eingelesen; die letzte am {berlin(overdue.last_success)}.\n\n"
            f"{failure}"
            f"Bitte stellen Sie die Datei wie vereinbart bereit – am bekannten Ort (der nächste "
            f"Abruf laut Zeitplan ist am {berlin(following)}), im Eingangsordner oder als Upload "
            f"in Ihrem Lieferungs-Datensatz im CKAN. Bis dahin bleiben die zuletzt gelieferten "
            f"Daten veröffentlicht.\n\n"
            f"Diese Nachricht kommt einmal je ausgebliebener Lieferung; mit der nächsten "
            f"erfolgreich eingelesenen Lieferung ist die Warnung erledigt.\n\n"
            f"Fragen beantwortet die Datenstelle des Clusters: {cluster.data_office}\n\n"
            f"Mit freundlichen Grüßen\nSüdwest-Cluster Datenplattform\n")
    return Mail(to=(member.data_office,), cc=(cluster.data_office,),
                reply_to=(cluster.data_office,), sender=cluster.mail_sender,
                subject=f"Lieferung überfällig: {title} ({member.name}) seit {berlin(overdue.since)}",
                text=text)
