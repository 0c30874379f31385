"""Catalogue metadata derived from cluster.yaml and the schemas (no CKAN needed)."""
import pytest

from pipelines.export.metadata import GEOCODING, dataset_metadata, frequency_uri, political_geocoding
from schemas import load_schema


@pytest.mark.parametrize("schedules, code", [
    (["0 5 * * *"], "DAILY"),
    (["0 6 * * 1"], "WEEKLY"),
    (["0 6 * * 1-5"], "DAILY"),
    (["0 */4 * * *", "0 5 * * *"], "TRIHOURLY"),  # the most frequent source counts
    (["0 6,18 * * *"], "12HRS"),
    (["0 3 1 * *"], "MONTHLY"),
])
def test_update_frequency_from_the_source_schedules(schedules, code):
    assert frequency_uri(schedules) == f"http://publications.europa.eu/resource/authority/frequency/{code}"


def test_political_geocoding_follows_the_kind_of_area(cluster):
    assert political_geocoding(cluster.member("kusel")) == (
        f"{GEOCODING}/districtKey/07336", f"{GEOCODING}/Level/administrativeDistrict")
    assert political_geocoding(cluster.member("linz-am-rhein"))[0] == \
        f"{GEOCODING}/municipalAssociationKey/071385004"
    assert political_geocoding(cluster.member("kaiserslautern")) == (
        f"{GEOCODING}/regionalKey/073120000000", f"{GEOCODING}/Level/municipality")


def test_member_and_cluster_datasets(cluster):
    events = load_schema("events")
    kusel = dataset_metadata(cluster, events, cluster.member("kusel"))
    assert kusel["name"] == "kusel-events" and kusel["title"] == "Veranstaltungen – Landkreis Kusel"
    assert kusel["maintainer_email"] == "opendata@landkreis-kusel.de"
    assert kusel["organization"] == "landkreis-kusel" and kusel["publisher"] == "Landkreis Kusel"
    assert kusel["license"] == cluster.licences[cluster.licence]["url"]
    assert "GeoBasis-DE / BKG" in kusel["attribution_text"]
    whole = dataset_metadata(cluster, events, None)
    assert whole["name"] == "suedwest-cluster-events"
    assert len(whole["political_geocoding_uris"]) == len(cluster.members)
    # Kaiserslautern and Linz are municipal level, the districts make the cluster's level.
    assert whole["political_geocoding_level"].endswith("/administrativeDistrict")
    assert whole["frequency"].endswith("/TRIHOURLY")  # some members deliver events every 4 h


def test_the_read_me_a_dataset_offers_is_true_where_it_is_read(kusel_events, cluster):
    """A citizen downloading Kusel's events from CKAN read „Herausgeber: Südwest-Cluster“
    and of a folder ../geopackage beside it (citizen trial): each dataset offers the read-me
    of its own files, naming its publisher and exactly the files the catalogue offers; the
    export folder's LIESMICH.txt names who publishes which file set, and the folder layout."""
    from catalog.desired import desired_datasets
    from pipelines.core.settings import PROJECT_ROOT, Settings

    settings = Settings(data_dir=kusel_events.data_dir, config_path=PROJECT_ROOT / "cluster.yaml")
    events = load_schema("events")
    kusel, whole = dataset_metadata(cluster, events, cluster.member("kusel")), \
        dataset_metadata(cluster, events, None)
    offered = {d.scope: d for d in desired_datasets(settings, cluster, None, ["events"])}
    assert {"kusel", "suedwest-cluster"} <= set(offered)
    for scope, about in (("kusel", kusel), ("suedwest-cluster", whole)):
        [readme] = [r.path for r in offered[scope].resources if r.path.suffix == ".txt"]
        text = readme.read_text(encoding="utf-8")
        assert f"Herausgeber: {about['publisher']}\n" in text, scope
        # by the names the catalogue offers them under (kusel-veranstaltungen.csv)
        others = {r.upload_name for r in offered[scope].resources if r.path != readme}
        assert {line.split()[0] for line in text.splitlines()
                if line.startswith(f"  {scope}-")} == others, scope
        assert "../geopackage" not in text and "<Mitglied>" not in text, scope
        assert about["license"] in text and all(a in text for a in about["attribution"])
    assert kusel["publisher"] != whole["publisher"]
    folder = (settings.export_dir / "events" / "LIESMICH.txt").read_text(encoding="utf-8")
    assert (f"  kusel.*: {kusel['publisher']}" in folder
            and f"  suedwest-cluster.*: {whole['publisher']}" in folder)
    assert "../geopackage" in folder and "Ebene „events“" in folder
