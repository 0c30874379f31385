"""What the cluster's data office hears when a publication run of the daemon fails – CKAN
down, the warehouse refresh or an export broken: a German mail with each failed step and
its reason, once per outage (the first failed run after a good one), since otherwise the
failure showed only as a red run in the Dagster UI. The data stay ingested; the next
publication run – after the next delivery, or `swdp publish` – brings the catalogue up to
date."""
from datetime import datetime, timezone

import dagster as dg

from pipelines.core.cluster import Cluster
from pipelines.core.mail import Mail, MailError, send
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


def publication_failure_mail(cluster: Cluster, run_id: str, failed_at: datetime,
                             failures: dict[str, str]) -> Mail:
    """`failures`: step key -> German reason."""
    steps = {key: _step(key) for key in failures}
    lines = "\n".join(f"- {kind}{f' ({title})' if title else ''}: {failures[key]}"
                      for key, (kind, title) in steps.items())
    text = f"""Guten Tag,

die Veröffentlichung der Plattform ist am {berlin(failed_at)} fehlgeschlagen (Dagster-Lauf {run_id}):

{lines}

Die Lieferungen der Mitglieder sind eingelesen und bleiben erhalten; im Katalog stehen bis
zur nächsten gelungenen Veröffentlichung die zuletzt veröffentlichten Daten. Nach der
nächsten Lieferung holt die Plattform die Veröffentlichung von selbst nach; sofort geht es,
sobald die Ursache behoben ist (z. B. CKAN wieder erreichbar), mit „swdp publish“.

Weitere Fehlschläge derselben Störung werden nicht erneut gemeldet; den Verlauf zeigt die
Dagster-Oberfläche unter Runs (Job refresh_and_export).

Südwest-Cluster Datenplattform
"""
    return Mail(to=(cluster.data_office,),
                subject=f"Veröffentlichung fehlgeschlagen: "
                        f"{', '.join(dict.fromkeys(kind for kind, _ in steps.values()))}",
                text=text)


def _failures(instance: dg.DagsterInstance, run_id: str) -> dict[str, str]:
    """The failed steps of a run and why; a refresh deferred because another program held
    the warehouse is no failure (the next run catches up)."""
    events = [entry.dagster_event for entry in instance.all_logs(
        run_id, of_type=dg.DagsterEventType.STEP_FAILURE)]
    return {event.step_key: described_failure(event, run_id) for event in events
            if not is_deferred(event)}


def _after_failure(instance: dg.DagsterInstance, run: dg.DagsterRun) -> bool:
    """Whether the publication run before this one failed too (the outage is known)."""
    record = instance.get_run_record_by_id(run.run_id)
    [before] = instance.get_runs(dg.RunsFilter(
        job_name=run.job_name, created_before=record.create_timestamp,
        statuses=[dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE]), limit=1) or [None]
    return before is not None and before.status == dg.DagsterRunStatus.FAILURE


@dg.run_failure_sensor(monitored_jobs=[publish_job], default_status=dg.DefaultSensorStatus.RUNNING,
                       minimum_interval_seconds=15,
                       description="Fehlgeschlagene Veröffentlichung (CKAN, Warehouse, Exporte): "
                                   "eine deutsche Mail an die Datenstelle des Clusters, einmal "
                                   "je Störung")
def veroeffentlichung_fehlgeschlagen(context: dg.RunFailureSensorContext, platform: Platform):
    run, instance = context.dagster_run, context.instance
    failures = _failures(instance, run.run_id)
    if not failures or _after_failure(instance, run):
        return
    mail = publication_failure_mail(platform.cluster(), run.run_id,
                                    datetime.now(timezone.utc), failures)
    try:
        send(platform.settings(), mail)
    except MailError as error:  # the run stays red in the UI; the warning says why no mail went
        context.log.warning(str(error))
