"""The Löschfristen in Dagster: the job `datenschutz_loeschfristen` applies them with the
function `swdp privacy expire` calls, and its schedule runs it every day at `privacy.expire_at`
of cluster.yaml (Europe/Berlin), running from the start."""
import dagster as dg

from catalog.privacy import expire_with_uploads
from pipelines.core.cluster import EXPIRE_AT, EXPIRE_AT_DEFAULT, Cluster
from pipelines.orchestration.partitions import CLUSTER
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.schedules import WRITER_TAG  # it may refresh the warehouse

PRIVACY_JOB = "datenschutz_loeschfristen"


def expiry_cron(cluster: Cluster) -> str:
    """Daily at the configured time („03:30“ -> „30 3 * * *“)."""
    hour, minute = cluster.privacy.get(EXPIRE_AT, EXPIRE_AT_DEFAULT).split(":")
    return f"{int(minute)} {int(hour)} * * *"


@dg.op(description="Löschfristen aus cluster.yaml anwenden (wie `swdp privacy expire`)")
def loeschfristen_anwenden(context: dg.OpExecutionContext, platform: Platform) -> dg.Output:
    expiry = expire_with_uploads(platform.settings(), platform.cluster())
    context.log.info(expiry.summary)
    return dg.Output(expiry.summary, metadata={
        "gelöschte Dateien": len(expiry.deleted),
        "geleerte zurückgezogene Datensätze": expiry.contacts_emptied,
        "gelöschte Uploads in CKAN": len(expiry.uploads or []),
        "gelöschte Antworten des Online-Geocoders": expiry.geocode_answers,
        "ergebnis": expiry.summary})


@dg.job(name=PRIVACY_JOB, tags=WRITER_TAG,
        description="Datenschutz: Löschfristen anwenden (Art. 5 Abs. 1 lit. e DSGVO) – ältere "
                    "archivierte Lieferungen, hochgeladene Lieferungen in CKAN, Mails, "
                    "abgelehnte Dateien, Fehlerprotokolle und Kontakte lange zurückgezogener "
                    "Datensätze löschen")
def datenschutz_loeschfristen():
    loeschfristen_anwenden()


privacy_schedule = dg.ScheduleDefinition(
    name=PRIVACY_JOB, job=datenschutz_loeschfristen, cron_schedule=expiry_cron(CLUSTER),
    execution_timezone=CLUSTER.timezone, default_status=dg.DefaultScheduleStatus.RUNNING,
    description=f"Löschfristen täglich um {CLUSTER.privacy.get(EXPIRE_AT, EXPIRE_AT_DEFAULT)} Uhr "
                f"anwenden (privacy.expire_at in cluster.yaml), wie `swdp privacy expire`")
