"""The mark of a dataset whose publication to CKAN is outstanding – apart, without Dagster,
since `swdp run` reads it before deciding whether Dagster is needed at all."""
from pathlib import Path

from pipelines.core.settings import Settings


def catalog_pending(settings: Settings, dataset: str) -> Path:
    """Set while the dataset's publication to CKAN has not succeeded since it began (the
    catalogue asset sets it first and clears it last): the next run publishes the dataset
    again, even when no source changed."""
    return settings.data_dir / "katalog" / f"{dataset}.ausstehend"
