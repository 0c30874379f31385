"""A citizen of Kusel searches the portal with the words she uses, against the session's real
CKAN with the demo published: the regional names of a village fair („Kirmes“, „Kerwe“ – the
catalogue says „Feste“), typed with and without umlauts, her village and its postcode, and what
already worked („Leerstand Kusel“, „Märkte“)."""
import json
import urllib.parse
import urllib.request

import pytest
import yaml

from pipelines.core.settings import PROJECT_ROOT


def _found(ckan, query: str) -> list[str]:
    """The names of the datasets the portal's search finds for `query`."""
    address = f"{ckan.url}/api/3/action/package_search?" + urllib.parse.urlencode(
        {"q": query, "rows": 100})
    with urllib.request.urlopen(address) as answer:
        return [dataset["name"] for dataset in json.load(answer)["result"]["results"]]


@pytest.fixture(scope="module")
def search_words():
    portal = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))["portal"]
    return portal["search_words"]


@pytest.mark.parametrize("query", ["Kirmes", "Kerwe", "kirchweih"])
def test_a_village_fair_by_its_regional_name_finds_the_calendars(ckan, first_publish, query):
    found = _found(ckan, query)
    assert "kusel-events" in found and "suedwest-cluster-events" in found, found
    # only the calendars: no dataset of vacancies or plans mentions a fair („Kerb“ would also
    # find the datasets with records in the village Kerben, rightly)
    assert all(name.endswith("-events") for name in found), found


def test_a_regional_word_with_the_place_finds_that_member_s_calendar_first(ckan, first_publish):
    assert _found(ckan, "Kirmes Kusel")[:2] == ["kusel-events", "suedwest-cluster-events"]


def test_regional_words_typed_without_umlauts_are_found_too(ckan, first_publish, search_words):
    with_umlauts = [word for words in search_words.values() for word in words
                    if any(letter in word for letter in "äöüß")]
    assert with_umlauts, "cluster.yaml portal.search_words names no word with umlaut or ß"
    for word in with_umlauts:
        spelt_out = word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        assert "kusel-events" in _found(ckan, word), word
        assert "kusel-events" in _found(ckan, spelt_out), spelt_out


def test_what_already_worked_still_does(ckan, first_publish):
    assert _found(ckan, "Leerstand Kusel")[:1] == ["kusel-vacancies"]
    assert set(_found(ckan, "Märkte")) == set(_found(ckan, "Maerkte"))
    assert "kusel-events" in _found(ckan, "Märkte")
    # a word no dataset holds finds nothing: the regional words do not match everything
    assert _found(ckan, "Zirkuszelt") == []


def test_a_village_or_postcode_finds_the_datasets_with_records_there(ckan, first_publish):
    # Theisbergstegen (66871) has a concert in Kusel's calendar; no title or description
    # names the village, the extra „Orte in den Daten“ does.
    for query in ("66871", "Theisbergstegen", "66871 Theisbergstegen"):
        found = _found(ckan, query)
        assert "kusel-events" in found, (query, found)
        assert all(name.startswith("kusel-") for name in found), (query, found)
    places = _extras(ckan, "kusel-events")["swdp_places"].split(", ")
    assert "66871 Theisbergstegen" in places and places == sorted(set(places))
    # the cluster's datasets name their members, not every place (that list would grow
    # with each member)
    assert "swdp_places" not in _extras(ckan, "suedwest-cluster-events")
    # umlauts of a place typed without them
    assert "kusel-events" in _found(ckan, "Hohenoellen")


def _extras(ckan, name: str) -> dict:
    with urllib.request.urlopen(f"{ckan.url}/api/3/action/package_show?id={name}") as answer:
        return {e["key"]: e["value"] for e in json.load(answer)["result"]["extras"]}
