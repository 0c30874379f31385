"""The daemon's side of the outage mails (outage.py): a failed publication run mails the
cluster's data office once per outage, a successful one – like a successful `swdp publish`
or `swdp run` (runner.py) – ends it with an all-clear once everything failed is caught up."""
import dagster as dg

from pipelines.core.mail import MailError
from pipelines.orchestration.outage import publication_failed, publication_succeeded
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.runner import described_failure, is_deferred
from pipelines.orchestration.schedules import publish_job


def _failures(instance: dg.DagsterInstance, run_id: str) -> dict[str, str]:
    """The failed steps of a run and why; a refresh deferred because another program held
    the warehouse is no failure (the next run catches up)."""
    events = [entry.dagster_event for entry in instance.all_logs(
        run_id, of_type=dg.DagsterEventType.STEP_FAILURE)]
    return {event.step_key: described_failure(event, run_id) for event in events
            if not is_deferred(event)}


@dg.run_failure_sensor(monitored_jobs=[publish_job], default_status=dg.DefaultSensorStatus.RUNNING,
                       minimum_interval_seconds=15,
                       description="Fehlgeschlagene Veröffentlichung (CKAN, Warehouse, Exporte): "
                                   "eine deutsche Mail an die Datenstelle des Clusters, einmal "
                                   "je Störung")
def veroeffentlichung_fehlgeschlagen(context: dg.RunFailureSensorContext, platform: Platform):
    run = context.dagster_run
    failures = _failures(context.instance, run.run_id)
    if not failures:
        return
    try:
        publication_failed(platform.settings(), platform.cluster(), run.run_id, failures)
    except MailError as error:  # the run stays red in the UI; the next failure tries again
        context.log.warning(str(error))


@dg.run_status_sensor(run_status=dg.DagsterRunStatus.SUCCESS, monitored_jobs=[publish_job],
                      default_status=dg.DefaultSensorStatus.RUNNING, minimum_interval_seconds=15,
                      description="Veröffentlichung wieder erfolgreich nach einer gemeldeten "
                                  "Störung: eine Entwarnung an die Datenstelle des Clusters")
def veroeffentlichung_wieder_erfolgreich(context: dg.RunStatusSensorContext, platform: Platform):
    run = context.dagster_run
    # A run of part of the job (chosen in the UI) catches up only its own steps, whose keys
    # are the assets' names.
    steps = ({key.to_user_string() for key in run.asset_selection}
             if run.asset_selection else None)
    try:
        told = publication_succeeded(platform.settings(), platform.cluster(), run.run_id, steps)
    except MailError as error:  # the catch-up stays noted: the next good run sends it
        context.log.warning(str(error))
        return
    if told:
        context.log.info(told)
