"""Rejected rows, kept with their reasons: one Parquet file per dataset and member holding
the rejects of its latest delivery (the raw archive keeps every delivery in full)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings

REJECT_COLUMNS = ["dataset", "municipality", "source", "row_ref", "field", "field_label",
                  "value", "reason", "raw_row", "delivery_sha256"]
REJECT_SCHEMA = pa.schema([(name, pa.string()) for name in REJECT_COLUMNS])


def rejects_path(settings: Settings, dataset: str, member: str) -> Path:
    return settings.rejects_dir / dataset / f"municipality={member}" / "rejects.parquet"


def write_rejects(settings: Settings, dataset: str, member: str, table: pd.DataFrame) -> None:
    arrow = pa.Table.from_pandas(table, schema=REJECT_SCHEMA, preserve_index=False)
    atomic_write(rejects_path(settings, dataset, member),
                 lambda partial: pq.write_table(arrow, partial), private=True)
