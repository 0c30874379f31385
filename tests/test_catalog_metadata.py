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
