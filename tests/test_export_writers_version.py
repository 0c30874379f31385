"""Exports written by an earlier form of the writers are written again: the calendars gained
licence and schema lines, but a file set was rewritten only when its records or metadata
changed, so a deployed platform kept serving the old calendars until the data moved."""
from pipelines.core.cluster import load_cluster
from pipelines.export import state
from pipelines.export.metadata import CLUSTER_SCOPE
from schemas import load_schema


def test_file_sets_written_by_earlier_writers_are_due_again(kusel_events_copy, monkeypatch):
    settings = kusel_events_copy
    cluster = load_cluster(settings.config_path)
    schema = load_schema("events")
    folder = settings.export_dir / "events"

    def due() -> set[str]:
        return state.changed_scopes(folder, state.export_contents(settings, cluster, schema,
                                                                  folder, held=set()))

    assert due() == set()  # written by this run's writers: nothing owed
    monkeypatch.setattr(state, "WRITERS_VERSION", state.WRITERS_VERSION + 1)
    assert due() == {*cluster.members, CLUSTER_SCOPE}
