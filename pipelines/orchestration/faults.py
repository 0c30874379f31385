"""Faults of the surroundings in an asset: one German line as the step's failure."""
from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg

from pipelines.core.faults import explain
from pipelines.orchestration.resources import Platform
from pipelines.storage.reading import WarehouseHeld

# Metadata of the failure: the fault's kind (pipelines.core.faults), and whether the refresh
# was only deferred because another program holds the warehouse (not an error).
KIND = "art"
DEFERRED = "zurückgestellt"


@contextmanager
def german_faults(platform: Platform) -> Iterator[None]:
    """Turn a fault of the surroundings into a step failure with one German line."""
    try:
        yield
    except dg.Failure:
        raise
    except Exception as error:
        fault = explain(error, str(platform.settings().data_dir))
        if fault is None:
            raise
        raise dg.Failure(description=fault.message, allow_retries=False,
                         metadata={DEFERRED: isinstance(error, WarehouseHeld),
                                   KIND: fault.kind}) from error
