"""What a citizen reads on the portal's pages around a search, in headless Chromium against the
session's real CKAN with the demo published: the result line in German typography and the
places a member's dataset holds."""
import urllib.parse

from test_portal import _open, browser  # noqa: F401 (the fixture)


def test_the_search_result_names_the_words_in_german_quotation_marks(browser, ckan, first_publish):
    for query, line in (("Kirmes", "Datensätze gefunden für „Kirmes“"),
                        ("Zirkuszelt", "Keine Datensätze gefunden für „Zirkuszelt“")):
        text = _open(browser, f"{ckan.url}/dataset/?q={urllib.parse.quote(query)}")
        assert line in text, text[:2000]
        assert f'"{query}"' not in text


def test_a_member_s_dataset_page_lists_the_places_in_its_data(browser, ckan, first_publish):
    text = _open(browser, f"{ckan.url}/dataset/kusel-events")
    row = next(line for line in text.splitlines() if line.startswith("Orte in den Daten"))
    assert "66869 Kusel" in row and "66871 Theisbergstegen" in row
    assert "Orte in den Daten" not in _open(browser, f"{ckan.url}/dataset/suedwest-cluster-events")
