"""The run journals, `runs/<dataset>/<member>/<run-id>.json` (one per run, written by
`pipelines.ingest.completion`): the outcomes a run can have and reading a partition's journals
back without pandas, for the freshness checks. Where a journal lies says
`Settings.run_journal_path`, for every room (the quality history lies below ingestion)."""
from __future__ import annotations

import json

from pipelines.core.settings import Settings

FAILED = "fehlgeschlagen"
# A source on a server that has not changed since the last run (nothing was read or written),
# or a delivery its partition already holds (see `pipelines.ingest.unchanged`).
UNCHANGED = "unverändert"


def run_journals(settings: Settings, dataset: str, member: str) -> list[dict]:
    """The partition's finished runs, oldest first."""
    found = [json.loads(path.read_text(encoding="utf-8"))
             for path in settings.run_journals_dir(dataset, member).glob("*.json")]
    return sorted((j for j in found if j.get("finished_at")), key=lambda j: j["finished_at"])
