"""„Abonnieren“ beside the portal's calendars: a citizen on a calendar's page or in a
dataset's list of resources finds a button that opens her calendar program (the webcal://
address derived from the resource's URL) and the http(s) address to copy for Outlook im Web
and Google Kalender. Against the session's real CKAN with the demo published, read from the
pages CKAN renders; one check in headless Chromium that the button is visible and not covered
and that „Adresse kopieren“ puts the address on the clipboard (screenshots in
tests/artifacts/portal, as in test_portal.py)."""
import json
import subprocess
import urllib.request
from html.parser import HTMLParser

import ckanapi
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from catalog.ckan_server import PLUGIN_PACKAGE, venv_dir
from pipelines.core.cluster import CLUSTER_SCOPE
from pipelines.core.settings import environment_importing_first

from test_portal import _open, browser  # noqa: F401 (fixture)

CLUSTER_EVENTS = f"{CLUSTER_SCOPE}-events"


class _Elements(HTMLParser):
    """The start tags of a page with their attributes, in order."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def _elements(url: str) -> list[tuple[str, dict[str, str]]]:
    with urllib.request.urlopen(url, timeout=60) as answer:
        parser = _Elements()
        parser.feed(answer.read().decode("utf-8"))
    return parser.tags


def _subscribe_links(tags) -> list[str]:
    return [a["href"] for tag, a in tags if tag == "a" and a.get("href", "").startswith("webcal:")]


def _copied_addresses(tags) -> list[str]:
    return [a["data-swdp-copy"] for _, a in tags if "data-swdp-copy" in a]


def _package(ckan, name: str) -> dict:
    return ckanapi.RemoteCKAN(ckan.url).action.package_show(id=name)


def _webcal(resource: dict) -> str:
    assert resource["url"].startswith("http://")  # the session's CKAN serves plain http
    return "webcal://" + resource["url"].removeprefix("http://")


def _resource_page(ckan, package: dict, resource: dict) -> str:
    return f"{ckan.url}/dataset/{package['name']}/resource/{resource['id']}"


def test_a_calendar_s_page_offers_abonnieren_and_its_address_to_copy(ckan, first_publish):
    package = _package(ckan, "kusel-events")
    for file in ("umkreis-kusel.ics", "kusel.ics"):  # the surroundings' and the member's own
        resource = next(r for r in package["resources"] if r["swdp_file"] == file)
        tags = _elements(_resource_page(ckan, package, resource))
        assert _subscribe_links(tags) == [_webcal(resource)], file
        # the address in view (to copy by hand) and on the button „Adresse kopieren“
        [field] = [a for tag, a in tags if tag == "input" and "readonly" in a
                   and a.get("id", "").startswith("swdp-subscribe-address")]
        assert field["value"] == resource["url"]
        assert _copied_addresses(tags) == [resource["url"]]


def test_the_description_names_the_buttons_the_page_shows(ckan, first_publish):
    package = _package(ckan, CLUSTER_EVENTS)
    resource = next(r for r in package["resources"] if r["swdp_file"] == "kategorie-konzert.ics")
    assert "„Abonnieren“" in resource["description"]
    assert "„Adresse kopieren“" in resource["description"]
    with urllib.request.urlopen(_resource_page(ckan, package, resource), timeout=60) as answer:
        page = answer.read().decode("utf-8")
    assert "Abonnieren</a>" in page and "Adresse kopieren</button>" in page


def test_the_dataset_page_lists_every_calendar_with_its_subscription(ckan, first_publish):
    package = _package(ckan, CLUSTER_EVENTS)
    calendars = [r for r in package["resources"] if r["format"] == "ICS"]
    # the cluster's own calendar and one per category
    assert len(calendars) > 2
    tags = _elements(f"{ckan.url}/dataset/{CLUSTER_EVENTS}")
    assert _subscribe_links(tags) == [_webcal(r) for r in calendars]
    assert _copied_addresses(tags) == [r["url"] for r in calendars]


def test_the_sidebar_names_each_calendar_where_several_share_the_format(ckan, first_publish):
    package = _package(ckan, CLUSTER_EVENTS)
    konzert = next(r for r in package["resources"] if r["swdp_file"] == "kategorie-konzert.ics")
    tags = _Texts()
    with urllib.request.urlopen(_resource_page(ckan, package, konzert), timeout=60) as answer:
        tags.feed(answer.read().decode("utf-8"))
    by_link = dict(tags.links)
    # the sidebar's links to the package's resources, by resource
    sidebar = {r["id"]: by_link.get(f"/dataset/{CLUSTER_EVENTS}/resource/{r['id']}")
               for r in package["resources"]}
    calendars = [r for r in package["resources"] if r["format"] == "ICS"]
    assert [sidebar[r["id"]] for r in calendars] == [r["name"] for r in calendars]
    assert len(set(sidebar[r["id"]] for r in calendars)) == len(calendars)
    # a format the dataset has once keeps its short label
    [csv] = [r for r in package["resources"] if r["format"] == "CSV"]
    assert sidebar[csv["id"]] == "CSV"


class _Texts(HTMLParser):
    """The links of a page with the text they show: (href, text)."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open, self._text = dict(attrs).get("href") or "", ""

    def handle_data(self, data):
        if self._open is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            self.links.append((self._open, self._text.strip()))
            self._open = None


def test_a_csv_resource_offers_no_subscription(ckan, first_publish):
    package = _package(ckan, "kusel-events")
    csv = next(r for r in package["resources"] if r["format"] == "CSV")
    tags = _elements(_resource_page(ckan, package, csv))
    assert _subscribe_links(tags) == [] and _copied_addresses(tags) == []
    # the CSV keeps CKAN's line with its address
    assert any(tag == "a" and a.get("href") == csv["url"] for tag, a in tags)


# A resource's URL and format → the webcal:// address of „Abonnieren“ (None: no button).
ADDRESSES = [
    ("ICS", "https://daten.example.org/dataset/k/resource/1/download/konzert.ics",
     "webcal://daten.example.org/dataset/k/resource/1/download/konzert.ics"),
    ("ICS", "http://127.0.0.1:5000/dataset/k/download/umkreis.ics?stand=2026",
     "webcal://127.0.0.1:5000/dataset/k/download/umkreis.ics?stand=2026"),
    ("iCalendar", "HTTPS://Daten.example.org/kalender.ics", "webcal://Daten.example.org/kalender.ics"),
    ("ics", "https://daten.example.org/kalender.ics", "webcal://daten.example.org/kalender.ics"),
    ("ICS", "daten.example.org/kalender.ics", None),          # no scheme
    ("ICS", "/dataset/k/download/kalender.ics", None),        # no host
    ("ICS", "ftp://daten.example.org/kalender.ics", None),    # no calendar fetches it
    ("ICS", "https://", None),
    ("ICS", "", None),
    ("CSV", "https://daten.example.org/veranstaltungen.csv", None),
    ("", "https://daten.example.org/kalender.ics", None),
]


def test_the_webcal_address_is_derived_from_http_and_https_only():
    """The plugin's helper in CKAN's own environment, as the templates call it."""
    program = ("import json, sys\nfrom ckanext.swdp.helpers import swdp_calendar_subscription\n"
               "print(json.dumps([swdp_calendar_subscription({'format': f, 'url': u})"
               " for f, u in json.loads(sys.argv[1])]))")
    answer = subprocess.run(
        [str(venv_dir() / "bin" / "python"), "-c", program,
         json.dumps([(form, url) for form, url, _ in ADDRESSES])],
        capture_output=True, text=True, check=True, env=environment_importing_first(PLUGIN_PACKAGE))
    derived = json.loads(answer.stdout)
    for (form, url, webcal), subscription in zip(ADDRESSES, derived, strict=True):
        expected = {"webcal": webcal, "address": url} if webcal else None
        assert subscription == expected, (form, url)


def test_abonnieren_is_visible_and_adresse_kopieren_copies_the_address(browser, ckan,
                                                                        first_publish):
    package = _package(ckan, "kusel-events")
    resource = next(r for r in package["resources"] if r["swdp_file"] == "umkreis-kusel.ics")
    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": ckan.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    for url, screenshot in ((f"{ckan.url}/dataset/kusel-events", "datensatz-kalender-abonnieren"),
                            (_resource_page(ckan, package, resource), "kalender-abonnieren")):
        _open(browser, url, screenshot)
        [link] = [a for a in browser.find_elements(By.CSS_SELECTOR, "a.swdp-subscribe-button")
                  if a.get_attribute("href") == _webcal(resource)]
        box = link.find_element(By.XPATH, "./ancestor::div[contains(@class, 'swdp-subscribe')]")
        # in view and on top: a click at its middle reaches the link, nothing covers it
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        assert link.is_displayed() and link.text.strip() == "Abonnieren"
        assert browser.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)"
            ".closest('a') === arguments[0];", link)
        box.find_element(By.CSS_SELECTOR, "[data-swdp-copy]").click()
        status = box.find_element(By.CSS_SELECTOR, ".swdp-copy-status")
        WebDriverWait(browser, 10).until(lambda _: status.text == "Adresse kopiert.")
        copied = browser.execute_async_script(
            "navigator.clipboard.readText().then(arguments[arguments.length - 1])")
        assert copied == resource["url"], url
