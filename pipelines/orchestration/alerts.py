"""What the cluster's data office hears when a publication run of the daemon fails – CKAN
down, the warehouse refresh or an export broken: a German mail with each failed step and
its reason, once per outage, since otherwise the failure showed only as a red run in the
Dagster UI. The data stay ingested; the next publication run – after the next delivery, or
`swdp publish` – brings the catalogue up to date, and then the office hears once that it
works again and what was caught up. Between the two mails the outage is noted in
`<data>/katalog/stoerung.json` (the steps failed so far): a failure while it exists is not
mailed again, and only a mailed failure gets its all-clear."""
import json
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg

from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.core.mail import Mail, MailError, send
from pipelines.core.settings import Settings
from pipelines.ingest.freshness import berlin
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.runner import described_failure, is_deferred
from pipelines.orchestration.schedules import publish_job
from schemas import DATASET_KEYS, load_schema

STEP_KINDS = {"catalog": "Veröffentlichung in CKAN", "exports": "Exporte",
              "warehouse": "Warehouse-Aufbau", "coordination": "Mitteilungen an die Nachbarn"}


def _step(step: str) -> tuple[str, str | None]:
    """A step key in German: what it does, and for which dataset (its title)."""
    dataset, _, kind = step.rpartition("_")
    if kind in ("catalog", "exports") and dataset in DATASET_KEYS:
        return STEP_KINDS[kind], load_schema(dataset).title
    return STEP_KINDS.get(step, step), None


def _kinds(steps) -> str:
    """What failed, each kind once, for a subject: „Veröffentlichung in CKAN, Exporte“."""
    return ", ".join(dict.fromkeys(_step(step)[0] for step in steps))


def _named(step: str) -> str:
    kind, title = _step(step)
    return f"{kind} ({title})" if title else kind


def outage_path(settings: Settings) -> Path:
    """Exists from the failure mail until the all-clear mail."""
    return settings.data_dir / "katalog" / "stoerung.json"


def _note_outage(settings: Settings, outage: dict) -> None:
    atomic_write(outage_path(settings), lambda partial: Path(partial).write_text(
        json.dumps(outage, ensure_ascii=False, indent=1), encoding="utf-8"))


def publication_failure_mail(cluster: Cluster, run_id: str, failed_at: datetime,
                             failures: dict[str, str]) -> Mail:
    """`failures`: step key -> German reason."""
    lines = "\n".join(f"- {_named(key)}: {reason}" for key, reason in failures.items())
    text = f"""Guten Tag,

die Veröffentlichung der Plattform ist am {berlin(failed_at)} fehlgeschlagen (Dagster-Lauf {run_id}):

{lines}

Die Lieferungen der Mitglieder sind eingelesen und bleiben erhalten; im Katalog stehen bis
zur nächsten gelungenen Veröffentlichung die zuletzt veröffentlichten Daten. Nach der
nächsten Lieferung holt die Plattform die Veröffentlichung von selbst nach; sofort geht es,
sobald die Ursache behoben ist (z. B. CKAN wieder erreichbar), mit „swdp publish“.

Weitere Fehlschläge derselben Störung werden nicht erneut gemeldet; sobald eine
Veröffentlichung wieder gelingt, kommt eine Entwarnung. Den Verlauf zeigt die
Dagster-Oberfläche unter Runs (Job refresh_and_export).

Südwest-Cluster Datenplattform
"""
    return Mail(to=(cluster.data_office,), sender=cluster.mail_sender,
                subject=f"Veröffentlichung fehlgeschlagen: {_kinds(failures)}", text=text)


def _failures(instance: dg.DagsterInstance, run_id: str) -> dict[str, str]:
    """The failed steps of a run and why; a refresh deferred because another program held
    the warehouse is no failure (the next run catches up)."""
    events = [entry.dagster_event for entry in instance.all_logs(
        run_id, of_type=dg.DagsterEventType.STEP_FAILURE)]
    return {event.step_key: described_failure(event, run_id) for event in events
            if not is_deferred(event)}


def all_clear_mail(cluster: Cluster, run_id: str, succeeded_at: datetime, outage: dict) -> Mail:
    """`outage`: as noted by the failure sensor (when it was mailed, the steps failed since)."""
    caught_up = ", ".join(_named(step) for step in outage["failures"])
    text = f"""Guten Tag,

die Veröffentlichung der Plattform ist wieder erfolgreich: am {berlin(succeeded_at)} (Dagster-Lauf {run_id}).
Nachgeholt: {caught_up}.

Die Störung wurde am {berlin(datetime.fromisoformat(outage["failed_at"]))} gemeldet; im Katalog
und in den Exporten stehen jetzt wieder die aktuellen Daten. Es ist nichts weiter zu tun.

Südwest-Cluster Datenplattform
"""
    return Mail(to=(cluster.data_office,), sender=cluster.mail_sender,
                subject=f"Veröffentlichung wieder erfolgreich, nachgeholt: "
                        f"{_kinds(outage['failures'])}", text=text)


@dg.run_failure_sensor(monitored_jobs=[publish_job], default_status=dg.DefaultSensorStatus.RUNNING,
                       minimum_interval_seconds=15,
                       description="Fehlgeschlagene Veröffentlichung (CKAN, Warehouse, Exporte): "
                                   "eine deutsche Mail an die Datenstelle des Clusters, einmal "
                                   "je Störung")
def veroeffentlichung_fehlgeschlagen(context: dg.RunFailureSensorContext, platform: Platform):
    run, instance, settings = context.dagster_run, context.instance, platform.settings()
    failures = _failures(instance, run.run_id)
    if not failures:
        return
    path = outage_path(settings)
    if path.exists():  # mailed already: the all-clear names what failed since, too
        outage = json.loads(path.read_text(encoding="utf-8"))
        _note_outage(settings, {**outage, "failures": {**outage["failures"], **failures}})
        return
    failed_at = datetime.now(timezone.utc)
    try:
        send(settings, publication_failure_mail(platform.cluster(), run.run_id, failed_at,
                                                failures))
    except MailError as error:  # the run stays red in the UI; the next failure tries again
        context.log.warning(str(error))
        return
    _note_outage(settings, {"run_id": run.run_id, "failed_at": failed_at.isoformat(),
                            "failures": failures})


@dg.run_status_sensor(run_status=dg.DagsterRunStatus.SUCCESS, monitored_jobs=[publish_job],
                      default_status=dg.DefaultSensorStatus.RUNNING, minimum_interval_seconds=15,
                      description="Veröffentlichung wieder erfolgreich nach einer gemeldeten "
                                  "Störung: eine Entwarnung an die Datenstelle des Clusters")
def veroeffentlichung_wieder_erfolgreich(context: dg.RunStatusSensorContext, platform: Platform):
    settings = platform.settings()
    path = outage_path(settings)
    if not path.exists():
        return
    outage = json.loads(path.read_text(encoding="utf-8"))
    try:
        send(settings, all_clear_mail(platform.cluster(), context.dagster_run.run_id,
                                      datetime.now(timezone.utc), outage))
    except MailError as error:  # the outage stays noted: the next good run tries again
        context.log.warning(str(error))
        return
    path.unlink()
