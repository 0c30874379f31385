"""The mark of a dataset whose publication to CKAN is outstanding – apart, without Dagster,
since `swdp run` reads it before deciding whether Dagster is needed at all."""
from pathlib import Path

from pipelines.core.settings import Settings


def catalog_pending(settings: Settings, dataset: str) -> Path:
    """Set while the dataset's publication to CKAN has not succeeded since it began (the
    exports set it before they change, the catalogue asset clears it last): the next run
    publishes the dataset again, even when no source changed."""
    return settings.data_dir / "katalog" / f"{dataset}.ausstehend"


def mark_pending(settings: Settings, dataset: str) -> Path:
    """Note that CKAN is to get the dataset's exports: the exports are about to change, or
    their publication begins. A run killed after the exports and before its catalogue step
    began would otherwise leave the catalogue behind the exports for good: the next run
    finds the exports newer than the lake and the marker unset."""
    pending = catalog_pending(settings, dataset)
    pending.parent.mkdir(parents=True, exist_ok=True)
    pending.touch()
    return pending
