"""Where the Dagster UI and the mails speak of members, they name them as cluster.yaml does
(„Landkreis Kusel“, „Eifelkreis Bitburg-Prüm“), not by their keys (kusel, bitburg-pruem): the
keys stay where a machine reads them (partitions, metadata keys)."""
import shutil
from dataclasses import replace

import dagster as dg
import pytest

from catalog.publish import PublishSummary
from pipelines.ingest.delivery import ingest_source
from pipelines.orchestration.instance import dagster_instance
from pipelines.orchestration.ingestion import LAKE_ASSETS
from pipelines.orchestration.publication import PUBLICATION_ASSETS, published
from pipelines.orchestration.resources import Platform
from support.cli import SAMPLES


def _platform(data_dir, tmp_path, monkeypatch) -> Platform:
    data = tmp_path / "data"
    shutil.copytree(data_dir, data, ignore=shutil.ignore_patterns("dagster"))
    monkeypatch.setenv("SWDP_DATA_DIR", str(data))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.delenv("CKAN_URL", raising=False)
    return Platform(data_dir=str(data))


@pytest.mark.slow
def test_a_held_publication_names_the_member_in_the_exports_check(kusel_events, tmp_path,
                                                                     monkeypatch, cluster):
    platform = _platform(kusel_events.data_dir, tmp_path, monkeypatch)
    settings = platform.settings()
    # Kusel's next list has only five of its events: the row-count check holds it
    lines = (SAMPLES / "kusel" / "veranstaltungen.csv").read_text(encoding="utf-8-sig").splitlines()
    collapsed = tmp_path / "veranstaltungen.csv"
    collapsed.write_text("\n".join(lines[:6]) + "\n", encoding="utf-8-sig")
    source = replace(cluster.member("kusel").sources["events"], location=collapsed)
    assert ingest_source(settings, cluster, source).held
    instance = dagster_instance(settings)
    run = dg.materialize(PUBLICATION_ASSETS, selection=["events_exports"], instance=instance,
                         resources={"platform": platform})
    [entry] = instance.all_logs(run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION)
    check = entry.dagster_event.event_specific_data
    assert not check.passed
    assert check.description == ("Veröffentlichung angehalten für Landkreis Kusel: dort bleiben "
                                 "die zuletzt freigegebenen Daten online")
    assert check.metadata["angehalten"].value == "Landkreis Kusel"


def test_datasets_ckan_refused_are_named_by_their_titles():
    """The step's failure is what the failure mail quotes to the cluster's data office."""
    summary = PublishSummary(failed={"bitburg-pruem-events": "CKAN lehnt den Datensatz ab: {}",
                                     "suedwest-cluster-building-plans": "Zeitüberschreitung"},
                             titles={"bitburg-pruem-events": "Veranstaltungen – Eifelkreis Bitburg-Prüm",
                                     "suedwest-cluster-building-plans":
                                         "Bauliche Entwicklungen – Südwest-Cluster"})
    with pytest.raises(dg.Failure) as failure:
        published(summary, "http://ckan.example")
    assert failure.value.description == (
        "Veranstaltungen – Eifelkreis Bitburg-Prüm: CKAN lehnt den Datensatz ab: {}; "
        "Bauliche Entwicklungen – Südwest-Cluster: Zeitüberschreitung")


def test_the_publication_step_lists_datasets_by_their_titles_beside_their_ckan_names():
    """The Dagster UI listed what a publication did by CKAN's names only (kusel-events);
    `swdp publish` shows the titles people know, with the name beside them."""
    summary = PublishSummary(created=["kusel-events"], unchanged=["sankt-wendel-vacancies"],
                             deleted=["bitburg-pruem-offers"],
                             titles={"kusel-events": "Veranstaltungen – Landkreis Kusel",
                                     "sankt-wendel-vacancies": "Leerstand – Landkreis Sankt Wendel",
                                     "bitburg-pruem-offers": "Angebote – Eifelkreis Bitburg-Prüm"})
    metadata = published(summary, "http://ckan.example")
    assert metadata["datensätze"].value == {
        "neu": ["Veranstaltungen – Landkreis Kusel (kusel-events)"], "aktualisiert": [],
        "unverändert": ["Leerstand – Landkreis Sankt Wendel (sankt-wendel-vacancies)"],
        "zurückgezogen": ["Angebote – Eifelkreis Bitburg-Prüm (bitburg-pruem-offers)"],
        "fehlgeschlagen": {}}


@pytest.mark.slow
def test_a_members_ingestion_shows_its_name_beside_the_partition_key(kusel_events, tmp_path,
                                                                     monkeypatch):
    platform = _platform(kusel_events.data_dir, tmp_path, monkeypatch)
    instance = dagster_instance(platform.settings())
    [events] = [asset for asset in LAKE_ASSETS if asset.key.path == ["events_lake"]]
    run = dg.materialize([events], partition_key="kusel", instance=instance,
                         resources={"platform": platform})
    [materialized] = run.asset_materializations_for_node(events.op.name)
    assert materialized.partition == "kusel"
    assert materialized.metadata["mitglied"].value == "Landkreis Kusel"


@pytest.mark.slow
def test_a_runs_progress_names_member_and_datasets_as_people_know_them(kusel_events, tmp_path,
                                                                       monkeypatch, cluster):
    """The progress `swdp run` shows while a member's deliveries are read said
    „Landkreis Kusel: events“: the dataset by its key."""
    from pipelines.orchestration.runner import run_cluster

    platform = _platform(kusel_events.data_dir, tmp_path, monkeypatch)
    for marker in platform.settings().lake_dir.glob("*/municipality=*/ingested.json"):
        marker.unlink()  # the same delivery is ingested again, not skipped as unchanged
    steps = []
    run_cluster(platform.settings(), cluster, ["kusel"], ["events"], on_progress=steps.append)
    assert "Landkreis Kusel: Veranstaltungen" in steps
    # The Runs list of the Dagster UI shows the partition by its key: a tag names the member.
    [ingestion] = dagster_instance(platform.settings()).get_runs(
        dg.RunsFilter(job_name="swdp_run_einlesen"), limit=1)
    assert ingestion.tags["dagster/partition"] == "kusel"
    assert ingestion.tags["swdp/mitglied"] == "Landkreis Kusel"


def test_a_scheduled_run_is_tagged_with_the_members_name():
    from pipelines.orchestration.definitions import defs

    schedule = defs.get_schedule_def("building_plans_sankt_wendel")
    [request] = schedule.evaluate_tick(dg.build_schedule_context(
        repository_def=defs.get_repository_def())).run_requests
    assert request.partition_key == "sankt-wendel"
    assert request.tags["swdp/mitglied"] == "Landkreis Sankt Wendel"
