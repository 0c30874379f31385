"""Where a run's journal lies is said once (`Settings.run_journal_path`): the ingestion that
writes it, the check whether a delivery is already in, the orchestration that reports the run
and the quality history that counts only finished runs all go by it. Proven by moving the
journals: every one of them follows."""
from dataclasses import dataclass, replace
from pathlib import Path

from support.cli import SAMPLES
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import ingest_source
from pipelines.ingest.runs import UNCHANGED, run_journals
from pipelines.orchestration.runner import _journal
from pipelines.quality.history import journals


@dataclass(frozen=True)
class JournalsElsewhere(Settings):
    def run_journals_dir(self, dataset: str, member: str) -> Path:
        return self.data_dir / "verschoben" / dataset / member


def test_every_room_finds_a_run_journal_where_the_one_function_puts_it(settings, cluster):
    moved = JournalsElsewhere(**vars(settings))
    source = replace(cluster.member("kusel").sources["events"],
                     location=SAMPLES / "kusel" / "veranstaltungen.csv")
    first = ingest_source(moved, cluster, source)
    assert first.status == "ok"
    assert moved.run_journal_path("events", "kusel", first.run_id).is_file()
    assert not settings.run_journal_path("events", "kusel", first.run_id).exists()

    assert [j["run_id"] for j in run_journals(moved, "events", "kusel")] == [first.run_id]
    assert _journal(moved, "events", "kusel", first.run_id, None) == first
    assert [j["run_id"] for j in journals(moved, "events", "kusel")] == [first.run_id]
    assert ingest_source(moved, cluster, source).status == UNCHANGED
