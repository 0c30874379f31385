"""The `coordination` asset: neighbour notifications about building plans, between the lake
and the warehouse refresh, so the warehouse table `notifications` is current after each run.

A digest that cannot be mailed does not stop the warehouse and the exports: its
notifications stay unsent in the journal, go out with the next run, and the asset check
`mails_versandt` reports them.
"""

import dagster as dg

from pipelines.coordination.usable import check_coordination
from pipelines.coordination.notify import coordinate
from pipelines.orchestration.faults import german_faults
from pipelines.orchestration.ingestion import lake_key
from pipelines.orchestration.partitions import CLUSTER
from pipelines.orchestration.resources import Platform
from schemas import DATASET_KEYS

MAILS_SENT = "mails_versandt"

# A wrong coordination entry in cluster.yaml (an external neighbour's ARS that VG5000 does not
# know) stops the definitions from loading with the message `swdp run` gives up front – not
# the coordination step after a whole ingestion.
check_coordination(Platform().settings(), CLUSTER)


@dg.asset(deps=[lake_key(d) for d in DATASET_KEYS], group_name="coordination",
          kinds={"email"},
          check_specs=[dg.AssetCheckSpec(MAILS_SENT, asset="coordination",
                                         description="Alle Sammelmails an die Nachbarn übergeben")],
          description="Nachbarn über Bebauungspläne in ihrer Nähe benachrichtigen (Atom-Feed, "
                      "GeoJSON und Sammelmail je Mitglied; nur Neues, Geändertes, Zurückgezogenes).")
def coordination(context: dg.AssetExecutionContext, platform: Platform) -> dg.MaterializeResult:
    with german_faults(platform):  # a full disk, a wrong key in cluster.yaml: one German line
        result = coordinate(platform.settings(), platform.cluster())
    for problem in result.unsent:
        context.log.warning(problem)
    return dg.MaterializeResult(
        metadata={"neue Mitteilungen": len(result.created), "versandt": result.sent,
                  "nicht versandt": len(result.unsent), "dateien": len(result.files)},
        check_results=[dg.AssetCheckResult(check_name=MAILS_SENT, passed=not result.unsent,
                                           severity=dg.AssetCheckSeverity.WARN,
                                           metadata={"befund": "; ".join(result.unsent) or "alle versandt"})])


COORDINATION_ASSETS = [coordination]
