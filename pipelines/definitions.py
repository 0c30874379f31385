"""Dagster definitions: a thin layer that wires the plain pipeline functions together.

Per dataset an asset `<dataset>_lake` partitioned by member (ingestion), then one
`warehouse` asset (the serialised DuckDB refresh), per dataset `<dataset>_exports` and
`<dataset>_catalog` (publishing to CKAN; skipped when no CKAN is configured).
Schedules come from cluster.yaml: one per member and dataset, with the source's cron.
"""

import warnings
from pathlib import Path

import dagster as dg

from catalog.publish import NOT_CONFIGURED, CatalogError, configured_catalog, publish
from pipelines.cluster import Cluster, load_cluster
from pipelines.export import export_dataset
from pipelines.ingest import ingest_source
from pipelines.quality import run_journal
from pipelines.report import report_path
from pipelines.settings import Settings
from pipelines.validate import CHECK_LABELS
from pipelines.warehouse import refresh
from schemas import DATASET_KEYS, load_schema


class Platform(dg.ConfigurableResource):
    """Where the data lives and which cluster.yaml applies (defaults from the environment)."""
    data_dir: str = ""
    config_path: str = ""

    def settings(self) -> Settings:
        defaults = Settings.from_env()
        return Settings(
            data_dir=Path(self.data_dir).resolve() if self.data_dir else defaults.data_dir,
            config_path=Path(self.config_path).resolve() if self.config_path else defaults.config_path)

    def cluster(self) -> Cluster:
        return load_cluster(self.settings().config_path)


CLUSTER = load_cluster(Settings.from_env().config_path)
MEMBERS = dg.StaticPartitionsDefinition(list(CLUSTER.members))
# Partitioned asset checks are a preview feature of Dagster 1.13; the warning says only that.
warnings.filterwarnings("ignore", message=".*partitions_def on an AssetCheckSpec.*")


def lake_key(dataset: str) -> dg.AssetKey:
    return dg.AssetKey(f"{dataset}_lake")


# One asset check per quality check of the schema, plus one for the row rules. They are
# reported, not `blocking=True`: a blocking check on a partitioned asset would stop the
# unpartitioned `warehouse` for every member. The hold of one member × dataset is a plain
# function instead (`pipelines.quality.held_partitions`) that the exports honour.
ROW_RULES_CHECK = "zeilenregeln"


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
              kinds={"parquet"}, check_specs=_check_specs(dataset),
              description=f"{schema.title}: Lieferung eines Mitglieds "
              f"archivieren, prüfen, verorten und in den GeoParquet-Lake übernehmen.")
    def lake(context: dg.AssetExecutionContext, platform: Platform) -> dg.MaterializeResult:
        cluster = platform.cluster()
        source = cluster.member(context.partition_key).sources.get(dataset)
        if source is None:
            return dg.MaterializeResult(metadata={"hinweis": "keine Quelle konfiguriert"},
                                        check_results=_check_results(dataset, None, 0))
        settings = platform.settings()
        result = ingest_source(settings, cluster, source, run_id=context.run_id)
        metadata = {"gelesen": result.read, "gültig": result.valid,
                    "abgewiesen": result.rejected, "verortet": result.geocoded,
                    "veröffentlichung angehalten": result.held,
                    "prüfbericht": dg.MetadataValue.path(str(report_path(
                        settings, source.member, dataset, ".html"))),
                    "quelle": result.source, "sha256": result.delivery_sha256 or ""}
        if result.status != "ok":
            raise dg.Failure(description=result.message, metadata=metadata)
        journal = run_journal(settings, context.run_id, dataset, source.member)
        return dg.MaterializeResult(metadata=metadata, check_results=_check_results(
            dataset, journal, result.rejected))

    return lake


def _export_asset(dataset: str) -> dg.AssetsDefinition:
    schema = load_schema(dataset)

    @dg.asset(name=f"{dataset}_exports", deps=["warehouse"], group_name="publication",
              kinds={"csv", "geojson", "parquet"}, automation_condition=dg.AutomationCondition.eager(),
              description=f"{schema.title}: offene Daten als CSV, GeoJSON, GeoParquet"
              f"{' und iCalendar' if dataset == 'events' else ''} (ohne personenbezogene Felder).")
    def exports(platform: Platform) -> dg.MaterializeResult:
        files = export_dataset(platform.settings(), platform.cluster(), dataset)
        return dg.MaterializeResult(metadata={"dateien": len(files),
                                              "ordner": str(files[0].parent) if files else ""})

    return exports


def _catalog_asset(dataset: str) -> dg.AssetsDefinition:
    schema = load_schema(dataset)

    @dg.asset(name=f"{dataset}_catalog", deps=[f"{dataset}_exports"], group_name="publication",
              kinds={"ckan"}, automation_condition=dg.AutomationCondition.eager(),
              description=f"{schema.title}: Exporte im CKAN-Katalog veröffentlichen (nur "
              f"Änderungen; übersprungen, wenn kein CKAN konfiguriert ist).")
    def catalog_entries(context: dg.AssetExecutionContext, platform: Platform) -> dg.MaterializeResult:
        cluster = platform.cluster()
        try:
            target = configured_catalog(cluster)
            if target is None:
                context.log.info(NOT_CONFIGURED)
                return dg.MaterializeResult(metadata={"hinweis": NOT_CONFIGURED})
            summary = publish(platform.settings(), cluster, target, datasets=[dataset])
        except CatalogError as error:
            raise dg.Failure(description=str(error)) from None
        metadata = {"ckan": dg.MetadataValue.url(target.url), "neu": len(summary.created),
                    "aktualisiert": len(summary.updated), "unverändert": len(summary.unchanged),
                    "zurückgezogen": len(summary.deleted), "fehlgeschlagen": len(summary.failed),
                    "datensätze": dg.MetadataValue.json(summary.as_json()["datasets"])}
        if summary.failed:
            raise dg.Failure(description="; ".join(f"{name}: {reason}" for name, reason
                                                   in summary.failed.items()), metadata=metadata)
        return dg.MaterializeResult(metadata=metadata)

    return catalog_entries


@dg.asset(deps=[lake_key(d) for d in DATASET_KEYS], group_name="warehouse", kinds={"duckdb"},
          automation_condition=dg.AutomationCondition.eager(),
          description="DuckDB-Warehouse aus dem Lake neu aufbauen (ein Schreiber zur Zeit).")
def warehouse(platform: Platform) -> dg.MaterializeResult:
    counts = refresh(platform.settings())
    return dg.MaterializeResult(metadata={f"{key} (aktuell)": count for key, count in counts.items()})


LAKE_ASSETS = [_lake_asset(d) for d in DATASET_KEYS]
PUBLICATION_ASSETS = [warehouse, *[_export_asset(d) for d in DATASET_KEYS],
                      *[_catalog_asset(d) for d in DATASET_KEYS]]

ingest_job = dg.define_asset_job("ingest", selection=[lake_key(d) for d in DATASET_KEYS],
                                 description="Lieferungen eines Mitglieds einlesen")
publish_job = dg.define_asset_job("refresh_and_export", selection=dg.AssetSelection.assets(
    *PUBLICATION_ASSETS), description="Warehouse aktualisieren, offene Daten exportieren und veröffentlichen")


def _source_schedule(member: str, dataset: str, cron: str) -> dg.ScheduleDefinition:
    @dg.schedule(name=f"{dataset}_{member.replace('-', '_')}", cron_schedule=cron,
                 job=ingest_job, execution_timezone=CLUSTER.timezone, description=f"{dataset} von {member} einlesen")
    def source_schedule():
        return dg.RunRequest(partition_key=member, asset_selection=[lake_key(dataset)])

    return source_schedule


defs = dg.Definitions(
    assets=[*LAKE_ASSETS, *PUBLICATION_ASSETS],
    jobs=[ingest_job, publish_job],
    schedules=[_source_schedule(s.member, s.dataset, s.schedule) for s in CLUSTER.sources()],
    resources={"platform": Platform()},
)
