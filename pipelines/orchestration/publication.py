"""Publication assets: the serialised `warehouse` refresh, then per dataset
`<dataset>_exports` and `<dataset>_catalog` (publishing to CKAN; skipped – not materialised –
when no CKAN is configured). They run as one job after each successful ingestion
(sensors.py). A held member × dataset fails the exports' check `vollstaendig`, so a held
publication never looks green in the UI.

One writer at a time: the plain functions take the warehouse and catalogue locks (which also
serialise the CLI's in-process runs); for the daemon's runs the assets share the pools
`swdp_warehouse` and `swdp_catalog` (limit 1 in the instance's concurrency settings), so
runs queue instead of waiting on the lock. A fault of the surroundings (disk full, folder
read-only, warehouse held by another program) fails the step with one German line."""

import dagster as dg

from catalog.desired import desired_datasets
from catalog.publish import (NOT_CONFIGURED, CatalogError, PublishSummary, configured_catalog,
                             publish)
from pipelines.core.cluster import Cluster
from pipelines.core.settings import Settings
from pipelines.export.files import export_dataset
from pipelines.orchestration.ingestion import lake_key
from pipelines.orchestration.faults import german_faults
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.pending import mark_pending
from pipelines.quality.history import held_partitions
from pipelines.storage.warehouse import refresh
from schemas import DATASET_KEYS, load_schema

WAREHOUSE_POOL = "swdp_warehouse"
CATALOG_POOL = "swdp_catalog"
COMPLETE_CHECK = "vollstaendig"


def _export_asset(dataset: str) -> dg.AssetsDefinition:
    schema = load_schema(dataset)

    @dg.asset(name=f"{dataset}_exports", deps=["warehouse"], group_name="publication",
              pool=WAREHOUSE_POOL, kinds={"csv", "geojson", "parquet"},
              check_specs=[dg.AssetCheckSpec(COMPLETE_CHECK, asset=f"{dataset}_exports",
                                             description="Alle Mitglieder veröffentlicht (keine "
                                                         "Veröffentlichung angehalten)")],
              description=f"{schema.title}: offene Daten als CSV, Excel (XLSX), GeoJSON, "
              f"GeoParquet, GeoPackage{' und iCalendar' if dataset == 'events' else ''} (ohne "
              f"personenbezogene Felder).")
    def exports(context: dg.AssetExecutionContext, platform: Platform) -> dg.MaterializeResult:
        settings = platform.settings()
        with german_faults(platform):
            mark_pending(settings, dataset)  # cleared by the catalogue step
            files = export_dataset(settings, platform.cluster(), dataset, on_wait=context.log.info)
        held = held_members(settings, platform.cluster(), dataset)
        return dg.MaterializeResult(metadata={"dateien": len(files), "angehalten": len(held),
                                              "ordner": str(files[0].parent) if files else ""},
                                    check_results=[complete_check(held)])

    return exports


def held_members(settings: Settings, cluster: Cluster, dataset: str) -> list[str]:
    """The names of the members whose publication of the dataset is held, as people know
    them (in configuration order; a member since removed from cluster.yaml by its key)."""
    held = {member for key, member in held_partitions(settings) if key == dataset}
    ordered = [key for key in cluster.members if key in held] + sorted(held - set(cluster.members))
    return [cluster.member_name(key) for key in ordered]


def complete_check(held: list[str]) -> dg.AssetCheckResult:
    """The exports' check `vollstaendig`: fails while a member's publication is held."""
    return dg.AssetCheckResult(
        check_name=COMPLETE_CHECK, passed=not held, severity=dg.AssetCheckSeverity.ERROR,
        metadata={"angehalten": ", ".join(held) or "keine"},
        description=(f"Veröffentlichung angehalten für {', '.join(held)}: dort bleiben die "
                     f"zuletzt freigegebenen Daten online" if held else None))


def published(summary: PublishSummary, url: str) -> dict:
    """What a publication to CKAN did, as the metadata the Dagster UI shows; datasets CKAN
    refused fail the step (red in the UI) with their reasons – each by its title, „Veranstaltungen
    – Landkreis Kusel“, as the catalogue shows it (the failure mail quotes it), not by its
    name in CKAN's addresses (kusel-events)."""
    metadata = {"ckan": dg.MetadataValue.url(url), "neu": len(summary.created),
                "aktualisiert": len(summary.updated), "unverändert": len(summary.unchanged),
                "zurückgezogen": len(summary.deleted), "fehlgeschlagen": len(summary.failed),
                "datensätze": dg.MetadataValue.json(_datasets_by_outcome(summary))}
    if summary.failed:
        raise dg.Failure(description="; ".join(f"{summary.title(name)}: {reason}" for name, reason
                                               in summary.failed.items()), metadata=metadata)
    return metadata


def _datasets_by_outcome(summary: PublishSummary) -> dict:
    """Each dataset by its title beside its name in CKAN, „Veranstaltungen – Landkreis Kusel
    (kusel-events)“, under what happened to it, as `swdp publish` lists them."""
    def named(name: str) -> str:
        return f"{summary.title(name)} ({name})"

    return {"neu": [named(n) for n in summary.created],
            "aktualisiert": [named(n) for n in summary.updated],
            "unverändert": [named(n) for n in summary.unchanged],
            "zurückgezogen": [named(n) for n in summary.deleted],
            "fehlgeschlagen": {named(n): reason for n, reason in summary.failed.items()},
            # texts a member edited in CKAN and the publication kept, where there are any
            **({"von Hand geändert": {named(n): summary.kept_note(n) for n in summary.kept}}
               if summary.kept else {})}


def _catalog_asset(dataset: str) -> dg.AssetsDefinition:
    schema = load_schema(dataset)

    @dg.asset(name=f"{dataset}_catalog", deps=[f"{dataset}_exports"], group_name="publication",
              pool=CATALOG_POOL, kinds={"ckan"}, output_required=False,
              description=f"{schema.title}: Exporte im CKAN-Katalog veröffentlichen (nur "
              f"Änderungen; übersprungen, wenn kein CKAN konfiguriert ist).")
    def catalog_entries(context: dg.AssetExecutionContext, platform: Platform):
        cluster, settings = platform.cluster(), platform.settings()
        # Set first, cleared once CKAN has it all: a failure (CKAN down, datasets refused)
        # or a killed run leaves it, and the next run publishes the dataset again.
        pending = mark_pending(settings, dataset)
        try:
            target = configured_catalog(settings, cluster)
            if target is None:  # not materialised: the UI shows the step as skipped, not green
                context.log.info(NOT_CONFIGURED)
                pending.unlink()
                return
            # A dataset no member delivers has no exports; that is nothing to publish, not a
            # failure (publish() refuses an empty wish list so as not to empty the catalogue).
            if not desired_datasets(settings, cluster, datasets=[dataset]):
                context.log.info(f"{schema.title}: keine Exportdateien – nichts zu veröffentlichen.")
                pending.unlink()
                return
            with german_faults(platform):
                summary = publish(settings, cluster, target, datasets=[dataset],
                                  on_progress=context.log.info)
        except CatalogError as error:
            raise dg.Failure(description=str(error)) from None
        metadata = published(summary, target.url)  # fails when CKAN refused some
        pending.unlink()
        yield dg.MaterializeResult(metadata=metadata)

    return catalog_entries


@dg.asset(deps=[*(lake_key(d) for d in DATASET_KEYS), "coordination"], group_name="warehouse", kinds={"duckdb"},
          pool=WAREHOUSE_POOL,
          description="DuckDB-Warehouse aus dem Lake aktualisieren: Unverändertes wird "
                      "übernommen, Geändertes neu geladen (ein Schreiber zur Zeit).")
def warehouse(context: dg.AssetExecutionContext, platform: Platform) -> dg.MaterializeResult:
    with german_faults(platform):
        counts = refresh(platform.settings(), on_wait=context.log.info,
                         on_damaged=context.log.warning)
    return dg.MaterializeResult(metadata={f"{key} (aktuell)": count for key, count in counts.items()})


PUBLICATION_ASSETS = [warehouse, *[_export_asset(d) for d in DATASET_KEYS],
                      *[_catalog_asset(d) for d in DATASET_KEYS]]
