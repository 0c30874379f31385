"""Ingestion assets: per dataset `<dataset>_lake`, partitioned by member, with one asset
check per quality check of the schema. A run tagged with an inbox file (the inbox sensor's)
ingests that file instead of the configured location. After each delivery the member hears
the result by mail."""
import json
from pathlib import Path

import dagster as dg

from catalog.publish import configured_catalog
from catalog.uploads import Upload, ingest_upload

from pipelines.core.mail import MailError
from pipelines.ingest.delivery import FAILED, UNCHANGED, ingest_source
from pipelines.orchestration.faults import german_faults
from pipelines.ingest.feedback import report_text, send_feedback, send_missed_feedback
from pipelines.ingest.inbox import InboxFile, StillWritten, ingest_inbox_file
from pipelines.orchestration.partitions import MEMBER_NAMES, MEMBERS
from pipelines.orchestration.resources import Platform
from pipelines.quality.history import journals, run_journal
from pipelines.quality.report import report_path
from pipelines.quality.validate import CHECK_LABELS
from schemas import DATASET_KEYS, load_schema


def lake_key(dataset: str) -> dg.AssetKey:
    return dg.AssetKey(f"{dataset}_lake")


# One asset check per quality check of the schema, plus one for the row rules. They are
# reported, not `blocking=True`: a blocking check on a partitioned asset would stop the
# unpartitioned `warehouse` for every member. The hold of one member × dataset is a plain
# function instead (`pipelines.quality.held_partitions`) that the exports honour.
ROW_RULES_CHECK = "zeilenregeln"
# The run tag naming the inbox file a run ingests (set by the inbox sensor).
INBOX_TAG = "swdp/eingang"
# The run tag naming an upload in the member's CKAN dataset (set by the CKAN upload sensor).
UPLOAD_TAG = "swdp/ckan-upload"
# Network sources fail for a while and then answer again; an unusable file raises a Failure
# that is not retried.
RETRY = dg.RetryPolicy(max_retries=3, delay=30, backoff=dg.Backoff.EXPONENTIAL)


def _check_specs(dataset: str) -> list[dg.AssetCheckSpec]:
    schema = load_schema(dataset)
    return [dg.AssetCheckSpec(name=name, asset=lake_key(dataset), partitions_def=MEMBERS,
                              description=description) for name, description in [
        (ROW_RULES_CHECK, "Regeln je Zeile aus dem Schema (Pflicht, Format, Codeliste, Bereich, "
                          "Reihenfolge, Lage, private Kontaktdaten): abgewiesene Zeilen"),
        *((check, f"{CHECK_LABELS[check]} (Schweregrad: {'Fehler – hält die Veröffentlichung an' if spec['severity'] == 'error' else 'Warnung'})")
          for check, spec in schema.quality.items())]]


def _check_results(dataset: str, journal: dict | None, rejected: int) -> list[dg.AssetCheckResult]:
    """A result for every declared check; a check the delivery gave no reason to run (the
    first delivery has no row count to compare with) passes with a note."""
    ran = {c["check"]: c for c in (journal or {}).get("checks", []) if c["level"] == "dataset"}
    held = bool(journal and journal["held"])
    results = [dg.AssetCheckResult(check_name=ROW_RULES_CHECK, passed=not rejected,
                                   severity=dg.AssetCheckSeverity.WARN,
                                   metadata={"abgewiesene Zeilen": rejected})]
    for check, spec in load_schema(dataset).quality.items():
        found = ran.get(check)
        severity = (dg.AssetCheckSeverity.ERROR if spec["severity"] == "error"
                    else dg.AssetCheckSeverity.WARN)
        metadata = ({"befund": found["message"], "messwert": found["observed"],
                     "veröffentlichung angehalten": held} if found
                    else {"befund": "nicht anwendbar (z. B. erste Lieferung)"})
        results.append(dg.AssetCheckResult(check_name=check, passed=found["passed"] if found else True,
                                           severity=severity, metadata=metadata))
    return results


def _lake_asset(dataset: str) -> dg.AssetsDefinition:
    schema = load_schema(dataset)

    @dg.asset(key=lake_key(dataset), partitions_def=MEMBERS, group_name="ingestion",
              kinds={"parquet"}, check_specs=_check_specs(dataset), retry_policy=RETRY,
              description=f"{schema.title}: Lieferung eines Mitglieds "
              f"archivieren, prüfen, verorten und in den GeoParquet-Lake übernehmen. "
              f"Partitionen (Mitglieder): {MEMBER_NAMES}.")
    def lake(context: dg.AssetExecutionContext, platform: Platform) -> dg.MaterializeResult:
        cluster, settings = platform.cluster(), platform.settings()
        member = context.partition_key
        dropped, uploaded = context.run.tags.get(INBOX_TAG), context.run.tags.get(UPLOAD_TAG)
        source = cluster.member(member).sources.get(dataset)
        run_id = context.run.run_id
        if uploaded:
            result = ingest_upload(settings, cluster, configured_catalog(settings, cluster),
                                   Upload(**json.loads(uploaded)), run_id)
        elif dropped:
            try:
                result = ingest_inbox_file(settings, cluster, InboxFile(member, dataset, Path(dropped)),
                                           run_id, lambda r: report_text(settings, cluster, r))
            except StillWritten as error:  # the sensor starts a run for the completed file
                raise dg.Failure(description=str(error), allow_retries=False) from error
        elif source is None:
            return dg.MaterializeResult(metadata={"mitglied": cluster.member_name(member),
                                                  "hinweis": "keine Quelle konfiguriert"},
                                        check_results=_check_results(dataset, None, 0))
        else:
            with german_faults(platform):
                result = ingest_source(settings, cluster, source, run_id=run_id)
        missed = None
        try:
            # An unchanged delivery whose ingestion was killed before its mail: the member
            # gets that mail now, and it tells more than „unverändert“ would.
            if result.status == UNCHANGED:
                missed = send_missed_feedback(settings, cluster, dataset, member)
            # An unchanged source delivered nothing; a member who dropped or uploaded the
            # same file again hears that it was taken.
            if result.status != UNCHANGED or ((dropped or uploaded) and missed is None):
                send_feedback(settings, cluster, result)
        except MailError as error:  # the data stay ingested; the operator sees why no mail went
            context.log.warning(str(error))
        # the partition is the member's key; the UI shows the name beside it
        metadata = {"mitglied": cluster.member_name(member),
                    "gelesen": result.read, "gültig": result.valid,
                    "abgewiesen": result.rejected, "verortet": result.geocoded,
                    "veröffentlichung angehalten": result.held,
                    "prüfbericht": dg.MetadataValue.path(str(report_path(
                        settings, member, dataset, ".html"))),
                    "quelle": result.source, "sha256": result.delivery_sha256 or "",
                    "schemaversion": result.schema_version or ""}
        if result.status == FAILED:
            del metadata["prüfbericht"]  # an unusable file gets none: the one there is older
            raise dg.Failure(description=result.message, metadata=metadata, allow_retries=False)
        if result.status == UNCHANGED:  # nothing read again: the checks of the last run stand
            metadata["hinweis"] = result.message
            if missed is not None:
                metadata["rückmeldung nachgeholt"] = f"Mail zum Lauf {missed.run_id}"
            journal = ([None] + journals(settings, dataset, member))[-1]
        else:
            journal = run_journal(settings, run_id, dataset, member)
        return dg.MaterializeResult(metadata=metadata, check_results=_check_results(
            dataset, journal, result.rejected))

    return lake


LAKE_ASSETS = [_lake_asset(d) for d in DATASET_KEYS]
