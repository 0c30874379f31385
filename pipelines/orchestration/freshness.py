"""Freshness in Dagster: the check `aktuell` on each member's partition of `<dataset>_lake`
(severity warning) and the sensor `ueberfaellige_lieferungen` that evaluates it every ten
minutes from the run journals (`pipelines.ingest.freshness`), mails the data offices once per
overdue period and reports each check's result whenever it changes."""
import json
from datetime import datetime, timezone

import dagster as dg

from pipelines.core.german import counted
from pipelines.core.mail import MailError
from pipelines.ingest.freshness import Overdue, berlin, overdue_sources, warn_overdue
from pipelines.orchestration.ingestion import lake_key
from pipelines.orchestration.partitions import MEMBERS
from pipelines.orchestration.resources import Platform
from schemas import DATASET_KEYS

FRESH_CHECK = "aktuell"
FRESHNESS_INTERVAL_SECONDS = 600


def _evaluation(dataset: str, member: str, overdue: Overdue | None) -> dg.AssetCheckEvaluation:
    return dg.AssetCheckEvaluation(
        asset_key=lake_key(dataset), check_name=FRESH_CHECK, passed=overdue is None,
        severity=dg.AssetCheckSeverity.WARN, partition=member,
        metadata=({"überfällig seit": berlin(overdue.since),
                   "zuletzt erfolgreich": berlin(overdue.last_success),
                   "zeitplan": overdue.schedule} if overdue else {}),
        description=(f"Lieferung laut Zeitplan seit {berlin(overdue.since)} überfällig"
                     if overdue else "Nicht überfällig"))


def _fresh_check(dataset: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=lake_key(dataset), name=FRESH_CHECK, partitions_def=MEMBERS,
                    description="Lieferung laut Zeitplan der Quelle eingegangen (Schweregrad: "
                                "Warnung; geprüft vom Sensor ueberfaellige_lieferungen)")
    def fresh(context: dg.AssetCheckExecutionContext, platform: Platform) -> dg.AssetCheckResult:
        member = context.partition_key
        found = [o for o in overdue_sources(platform.settings(), platform.cluster(),
                                            datetime.now(timezone.utc))
                 if (o.member, o.dataset) == (member, dataset)]
        evaluation = _evaluation(dataset, member, found[0] if found else None)
        return dg.AssetCheckResult(passed=evaluation.passed, severity=evaluation.severity,
                                   metadata=evaluation.metadata, description=evaluation.description)

    return fresh


FRESHNESS_CHECKS = [_fresh_check(dataset) for dataset in DATASET_KEYS]


@dg.sensor(minimum_interval_seconds=FRESHNESS_INTERVAL_SECONDS,
           default_status=dg.DefaultSensorStatus.RUNNING,
           description="Überfällige Lieferungen laut Zeitplan: Check „aktuell“ je Mitglied und "
                       "eine Mail an die Datenstellen, einmal je ausgebliebener Lieferung")
def ueberfaellige_lieferungen(context: dg.SensorEvaluationContext, platform: Platform):
    settings, cluster = platform.settings(), platform.cluster()
    overdue = {(o.member, o.dataset): o for o in overdue_sources(settings, cluster,
                                                                datetime.now(timezone.utc))}
    try:
        mailed = warn_overdue(settings, cluster, list(overdue.values()))
    except MailError as error:  # not noted as mailed: the next evaluation tries again
        context.log.warning(str(error))
        mailed = []
    # The checks' last reported state, to report a result only when it changes.
    reported = json.loads(context.cursor) if context.cursor else {}
    state = {}
    for source in cluster.sources():
        if source.scheduled:
            found = overdue.get((source.member, source.dataset))
            key = f"{source.member}/{source.dataset}"
            state[key] = found.key if found else None
            if key not in reported or reported[key] != state[key]:
                context.instance.report_runless_asset_event(
                    _evaluation(source.dataset, source.member, found))
    context.update_cursor(json.dumps(state, sort_keys=True))
    return dg.SkipReason(
        f"{counted(len(overdue), 'Lieferung', 'Lieferungen')} überfällig, "
        f"{counted(len(mailed), 'Mail', 'Mails')} versandt" if overdue
        else "Keine Lieferung überfällig")
