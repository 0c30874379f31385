"""The portal a citizen sees, in headless Chromium (Debian's chromium and chromium-driver,
driven by Selenium) against the session's real CKAN with the demo published: home page,
a dataset page with its map, a resource page, the legal pages. Screenshots go to
tests/artifacts/portal (or $SWDP_TEST_ARTIFACTS) so a person can look at them."""
import gettext
import hashlib
import json
import os
import re
import subprocess
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from catalog.ckan_server import PLUGIN_PACKAGE, venv_dir
from pipelines.core.settings import PROJECT_ROOT
from schemas import load_schema

from support.cli import swdp_in_process

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(os.environ.get("SWDP_TEST_ARTIFACTS") or PROJECT_ROOT / "tests" / "artifacts") / "portal"


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=de-DE",
                     "--window-size=1280,2000", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    print(f"\nBildschirmfotos: {ARTIFACTS}")
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def portal_texts():
    return yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))["portal"]


def _open(browser, url: str, screenshot: str | None = None) -> str:
    browser.get(url)
    WebDriverWait(browser, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    if screenshot:
        _screenshot(browser, screenshot)
    return browser.find_element(By.TAG_NAME, "body").text


def _screenshot(browser, name: str) -> None:
    height = browser.execute_script("return document.body.scrollHeight")
    browser.set_window_size(1280, max(900, min(height, 4000)))
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    browser.set_window_size(1280, 2000)


def _only_own_requests(browser, base: str) -> list[str]:
    """What the page loaded from anywhere but this CKAN (no tiles, fonts, trackers)."""
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    return [url for url in loaded if not url.startswith(base)]


def _plain(markdown: str) -> str:
    """First line of a Markdown text without its emphasis marks."""
    return markdown.strip().splitlines()[0].replace("**", "").strip()


def test_home_page_is_the_cluster_s_portal(browser, ckan, first_publish, cluster, portal_texts):
    text = _open(browser, ckan.url + "/", "startseite")
    html = browser.page_source
    assert cluster.title in text and portal_texts["short_name"] in text
    assert _plain(portal_texts["intro"])[:40] in text.replace("\n", " ")
    for placeholder in ("420 x 220", "Willkommen bei CKAN", "Wir haben noch keinen Inhalt", "ckan-logo"):
        assert placeholder not in html, placeholder
    assert "Regionaler Veranstaltungskalender" in text
    events = browser.find_elements(By.CSS_SELECTOR, ".swdp-event")
    assert 1 <= len(events) <= 6
    assert all(e.find_element(By.CSS_SELECTOR, ".swdp-when").text for e in events)
    plans = browser.find_elements(By.CSS_SELECTOR, ".swdp-plan")
    assert "Neueste Bebauungspläne" in text and len(plans) == 5
    members = browser.find_elements(By.CSS_SELECTOR, ".swdp-member h3")
    assert [m.text for m in members] == [cluster.title, *(m.name for m in cluster.members.values())]
    assert all("4 Datensätze" in card.text for card in browser.find_elements(By.CSS_SELECTOR, ".swdp-member"))
    footer = browser.find_element(By.TAG_NAME, "footer").text
    assert "Impressum" in footer and "Datenschutz" in footer
    assert _only_own_requests(browser, ckan.url) == []


def test_legal_and_about_pages_come_from_cluster_yaml(browser, ckan, first_publish, portal_texts):
    for path, key, heading in (("/impressum", "impressum", "Impressum"),
                               ("/datenschutz", "datenschutz", "Datenschutzerklärung")):
        text = _open(browser, ckan.url + path, "impressum" if key == "impressum" else None)
        assert heading in text and _plain(portal_texts[key])[:40] in text.replace("\n", " ")
    about = _open(browser, ckan.url + "/about")
    assert _plain(portal_texts["about"])[:40] in about.replace("\n", " ")
    assert "CKAN ist" not in about and "CKAN is" not in about


def test_dataset_page_shows_licence_german_details_and_the_map(browser, ckan, first_publish,
                                                                cluster):
    package = _package(ckan, "kusel-events")
    text = _open(browser, f"{ckan.url}/dataset/kusel-events")
    features = WebDriverWait(browser, 30).until(
        lambda d: d.find_element(By.ID, "swdp-map").get_attribute("data-features"))
    _screenshot(browser, "datensatz-mit-karte")
    licence = cluster.licences[cluster.licence]["title"]
    assert licence in text and "offene Lizenz" in text and cluster.licence not in text
    assert "Zusätzliche Informationen" in text
    for label in ("Herausgeber", "Ansprechstelle", "Kategorie", "Aktualisierung", "Sprache",
                  "Zugang", "Gebiet", "Amtlicher Gebietsschlüssel", "Zeitraum der Daten"):
        assert re.search(rf"^{label}\b", text, re.MULTILINE), label
    for raw in ("swdp_scope", "swdp_managed_by", "publications.europa.eu/resource",
                '"type":"Polygon"', "political_geocoding"):
        assert raw not in text, raw
    # Times in Europe/Berlin.
    modified = datetime.fromisoformat(package["metadata_modified"]).replace(tzinfo=timezone.utc)
    assert f"{modified.astimezone(ZoneInfo('Europe/Berlin')):%H:%M} Uhr" in text
    # Resource names show their format; README and CSVW beside the data.
    names = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".resource-item .heading")]
    assert any(n.startswith("Veranstaltungen – Landkreis Kusel (CSV)") for n in names)
    assert any("(TXT)" in n for n in names) and any("(CSVW)" in n for n in names)
    # The map: one SVG path per feature of the GeoJSON, and the member's boundary.
    geojson = _geojson(package)
    drawn = browser.find_elements(By.CSS_SELECTOR, "#swdp-map svg path.swdp-feature")
    assert int(features) == len(geojson["features"]) == len(drawn) > 0
    assert browser.find_elements(By.CSS_SELECTOR, "#swdp-map svg path.swdp-boundary")
    assert "Einträge auf der Karte, Gebiet: Landkreis Kusel" in browser.find_element(
        By.ID, "swdp-map-status").text
    assert not browser.find_elements(By.CSS_SELECTOR, "img.leaflet-tile")  # no tile server
    assert _only_own_requests(browser, ckan.url) == []


def test_resource_pages_show_german_facts_and_a_geojson_map(browser, ckan, first_publish):
    package = _package(ckan, "kusel-building-plans")
    csv = next(r for r in package["resources"] if r["format"] == "CSV")
    text = _open(browser, f"{ckan.url}/dataset/kusel-building-plans/resource/{csv['id']}", "ressource")
    for label in ("Zusätzliche Informationen", "Lizenz", "Format", "Dateigröße",
                  "Prüfsumme (SHA-256)", "Daten zuletzt aktualisiert"):
        assert label in text, label
    assert csv["hash"] in text and "Datenlizenz Deutschland" in text
    assert "swdp_file" not in text and '"fields"' not in text
    # The data dictionary: what each column means, by its German heading and its field name.
    assert "Spalten (Datenwörterbuch)" in text
    for field in load_schema("building_plans").publishable_fields[:12]:
        assert f"{field.label} {field.name} " in text and field.description in text, field.name
    geojson = next(r for r in package["resources"] if r["format"] == "GeoJSON")
    _open(browser, f"{ckan.url}/dataset/kusel-building-plans/resource/{geojson['id']}")
    WebDriverWait(browser, 30).until(
        lambda d: d.find_element(By.ID, "swdp-map").get_attribute("data-features"))
    time.sleep(0.5)
    _screenshot(browser, "ressource-geojson-karte")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#swdp-map svg path.swdp-feature")) == \
        len(_geojson(package)["features"])


def test_portal_files_for_a_production_ckan(cluster, tmp_path):
    result = swdp_in_process("ckan", "portal", str(tmp_path / "swdp"), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    settings = dict(line.split(" = ", 1) for line in result.stdout.splitlines())
    licences = json.loads(Path(settings["licenses_group_url"].removeprefix("file://")).read_text())
    assert {entry["id"]: (entry["title"], entry["od_conformance"]) for entry in licences} == {
        key: (entry["title"], "approved") for key, entry in cluster.licences.items()}
    portal = json.loads(Path(settings["ckanext.swdp.portal_file"]).read_text())
    assert portal["title"] == cluster.title and portal["impressum"].strip()
    assert portal["organizations"][0] == cluster.ckan_organization
    assert (tmp_path / "swdp" / "portal.json").stat().st_mode & 0o777 == 0o644


def _package(ckan, name: str) -> dict:
    with urllib.request.urlopen(f"{ckan.url}/api/3/action/package_show?id={name}") as answer:
        return json.load(answer)["result"]


def _geojson(package: dict) -> dict:
    resource = next(r for r in package["resources"] if r["format"] == "GeoJSON")
    with urllib.request.urlopen(resource["url"]) as answer:
        return json.load(answer)


def test_map_names_the_boundary_s_source_as_its_licence_asks_and_speaks_german(
        browser, ckan, first_publish, cluster):
    _open(browser, f"{ckan.url}/dataset/kusel-events")
    WebDriverWait(browser, 30).until(
        lambda d: d.find_element(By.ID, "swdp-map").get_attribute("data-features"))
    source = browser.find_element(By.CSS_SELECTOR, ".leaflet-control-attribution a")
    # BKG: year of the data, "(Daten verändert)" for the simplified outline, a link to the BKG
    assert source.text == cluster.geodata["boundaries"]["attribution"]
    assert "2021" in source.text and "(Daten verändert)" in source.text
    assert source.get_attribute("href").rstrip("/") == "https://www.bkg.bund.de"
    titles = [e.get_attribute("title") for e in browser.find_elements(
        By.CSS_SELECTOR, ".leaflet-control-zoom a")]
    assert titles == ["Vergrößern", "Verkleinern"]


def test_no_german_word_is_broken_in_the_middle(browser, ckan, first_publish):
    """CKAN's theme sets word-break: break-all on organisation names and descriptions:
    „Landkreis Kuse|l“, „Mitglie|ds“ in the sidebar and on the members' page."""
    for path, selectors in (("/dataset/kusel-events", (".context-info .description",
                                                      ".context-info .heading")),
                            ("/organization/", (".media-heading", ".media-description"))):
        _open(browser, ckan.url + path)
        for selector in selectors:
            element = browser.find_element(By.CSS_SELECTOR, selector)
            assert browser.execute_script(
                "return getComputedStyle(arguments[0]).wordBreak", element) != "break-all", selector


def test_members_page_speaks_to_citizens_not_ckan_administrators(browser, ckan, first_publish):
    text = _open(browser, f"{ckan.url}/organization/", "mitglieder")
    assert "Was sind Organisationen?" not in text and "CKAN Organisationen" not in text
    # CKAN counted its user accounts: "1 Mitglieder" beside a district on the page "Mitglieder"
    assert not re.search(r"\d+ Mitglied", text)
    assert "Wer veröffentlicht hier?" in text and text.count("4 Datensätze") == 7


def test_search_examples_on_the_home_page_find_datasets(browser, ckan, first_publish):
    _open(browser, ckan.url + "/")
    placeholder = browser.find_element(By.ID, "swdp-search-q").get_attribute("placeholder")
    examples = [word.strip() for word in placeholder.removeprefix("z. B.").split(",")]
    assert len(examples) >= 3
    for example in examples:
        query = urllib.parse.quote(example)
        with urllib.request.urlopen(f"{ckan.url}/api/3/action/package_search?q={query}&rows=0") as answer:
            assert json.load(answer)["result"]["count"] > 0, example


def test_herunterladen_saves_each_file_the_readme_opens_to_read(browser, ckan, first_publish, tmp_path):
    """CKAN sends uploads „inline“: „Herunterladen“ showed the GeoJSON and the CSVW's JSON as
    a page of text instead of saving the file. Each file is saved as it is; the Lies-mich
    text opens in the browser to be read."""
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    package = _package(ckan, "kusel-events")
    for resource in package["resources"]:
        page = f"{ckan.url}/dataset/kusel-events/resource/{resource['id']}"
        _open(browser, page)
        browser.find_element(By.PARTIAL_LINK_TEXT, "Herunterladen").click()
        name = resource["url"].rsplit("/", 1)[-1]
        if resource["format"] == "TXT":
            WebDriverWait(browser, 30).until(lambda d: d.current_url == resource["url"])
            assert "Lizenz" in browser.find_element(By.TAG_NAME, "body").text
            continue
        WebDriverWait(browser, 30).until(lambda d: (tmp_path / name).exists(), resource["format"])
        assert browser.current_url == page, resource["format"]
        assert hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() == resource["hash"], name


# What a citizen reads in CKAN's own German that is not the portal's voice: „du“-forms
# („Entdecke“, „Gib etwas ein“) beside the portal's „Sie“, and English left in the German.
_INFORMAL = re.compile(r"\b(du|dich|dir|dein\w*|Entdecke|Gib|gib|klicke|versuche|hast|kannst|willst)\b",
                       re.IGNORECASE)
_ENGLISH = re.compile(r"\b(the|and|of|for|your|you|no|yet|with|this|is|are|View|Views|Explore|"
                      r"Search|Showing|Dataset|Datasets|Resource|Resources|Organization|"
                      r"Organizations|Home|More|Download|Preview|Powered|Filter|Sort|results?|"
                      r"Followers|Activity|Page|Not Found|found|Error|Navigate|Open details|Close|"
                      r"Remove|Current|requested)\b")
# Proper names in English that German uses too.
_NAMES = re.compile(r"CSV on the Web")


def _citizen_pages(ckan) -> list[str]:
    package = _package(ckan, "kusel-events")
    return ["/", "/dataset/", "/dataset/?q=Kusel", "/dataset/?q=Quarkkeulchen", "/dataset/kusel-events",
            *(f"/dataset/kusel-events/resource/{r['id']}" for r in package["resources"]),
            "/organization/", f"/organization/{package['organization']['name']}", "/about",
            "/dataset/gibt-es-nicht", "/gibt-es-nicht"]


def test_ckan_s_own_words_speak_to_citizens_in_one_formal_german_voice(browser, ckan, first_publish):
    """The citizen trial: „Entdecke“ beside „Sie“, „Darstellungen/Views“; every page a citizen
    sees, its text and what screen readers and tooltips say (title, placeholder, aria-label)."""
    found: dict[str, str] = {}
    for path in _citizen_pages(ckan):
        text = _open(browser, ckan.url + path)
        said = browser.execute_script(
            "return [...document.querySelectorAll('[title],[placeholder],[aria-label],img[alt]')]"
            ".flatMap(e => ['title', 'placeholder', 'aria-label', 'alt']"
            ".map(a => e.getAttribute(a)).filter(Boolean))")
        for line in [_NAMES.sub("", line) for line in [*text.splitlines(), *said]]:
            if _INFORMAL.search(line) or _ENGLISH.search(line):
                found.setdefault(re.sub(r"http\S+", "…", line.strip()), path)
    assert found == {}, "\n".join(f"{path}: {line}" for line, path in found.items())
    text = _open(browser, ckan.url + "/gibt-es-nicht", "seite-nicht-gefunden")
    assert "Seite nicht gefunden" in text and "Suche nach Datensätzen" in text


def test_the_page_names_each_file_as_its_download_is_called(browser, ckan, first_publish):
    """CKAN lowercases uploaded names: the page said „Dateiname kusel-LIESMICH.txt“, the
    download was called „kusel-liesmich.txt“."""
    package = _package(ckan, "kusel-events")
    for resource in package["resources"]:
        text = _open(browser, f"{ckan.url}/dataset/kusel-events/resource/{resource['id']}")
        shown = re.search(r"^Dateiname (.+)$", text, re.MULTILINE).group(1)
        with urllib.request.urlopen(resource["url"]) as answer:
            assert shown == answer.headers.get_filename(), resource["format"]
    assert "kusel-LIESMICH.txt" in {r["swdp_file"] for r in package["resources"]}


def test_the_portal_s_german_is_built_from_its_po_file(ckan, tmp_path):
    """ckanext-swdp.mo is committed, built from the .po beside it, so that a fresh clone and a
    pip-installed plugin need no build step; a .po changed without rebuilding fails here."""
    messages = PLUGIN_PACKAGE / "ckanext" / "swdp" / "i18n" / "de" / "LC_MESSAGES"
    subprocess.run([venv_dir() / "bin" / "pybabel", "compile", "-l", "de", "-i",
                    messages / "ckanext-swdp.po", "-o", tmp_path / "built.mo"], check=True)
    committed, built = ({msgid: text for msgid, text in gettext.GNUTranslations(
        path.open("rb"))._catalog.items() if msgid}  # "": the header, with the build's time
        for path in (messages / "ckanext-swdp.mo", tmp_path / "built.mo"))
    assert committed == built and committed["Explore"] == "Öffnen"
