"""The pages a member's clerk works on in CKAN speak German: logged in as an editor of the
Landkreis Kusel, the dataset edit page said „Unpublish“, the profile „active“ and „Revoke
tokens“, the activity filter „New Package“, the groups tab „There are no groups associated
with this dataset.“, the profile form „Ein paar Informationen zu dir“. Headless Chromium
against the session's real CKAN.

What counts as English is derived from CKAN's own catalogue: a text the page shows that is
one of CKAN's English source strings (msgid of its ckan.po) whose German – the portal's
(ckanext-swdp.po) or else CKAN's – is another text. Texts CKAN builds from parts are caught
by the portal's list of English words (test_portal._ENGLISH) and a few more of these pages."""
import re
from pathlib import Path

import ckanapi
import pytest
from babel.messages.pofile import read_po
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from catalog.ckan_server import PLUGIN_PACKAGE, venv_dir
from catalog.client import Catalog
from catalog.uploads import ensure_delivery_datasets
from support.uploads import member_editor
from test_portal import _ENGLISH, _INFORMAL, browser  # noqa: F401 (the fixture)

PASSWORD = "Sachbearbeitung-2026!"  # support.uploads.member_editor's
CLERK = "sachbearbeitung-kusel"
# English a clerk met on these pages that the portal's list for citizens does not name.
_CLERK_ENGLISH = re.compile(r"\b(Unpublish|Publish|Revoke|tokens?|active|Package|Tags|Email|"
                            r"admins|occurred|associated|None|Klick)\b")


def _catalogue(path: Path) -> dict[str, str]:
    with path.open("rb") as po:
        return {_one(m.id): _one(m.string) for m in read_po(po) if m.id}


def _one(text) -> str:
    return re.sub(r"\s+", " ", (text[0] if isinstance(text, (tuple, list)) else text) or "").strip()


@pytest.fixture(scope="module")
def english() -> set[str]:
    """CKAN's English texts that have other words in German."""
    [ckan_po] = (venv_dir() / "lib").glob("python3*/site-packages/ckan/i18n/de/LC_MESSAGES/ckan.po")
    ours = _catalogue(PLUGIN_PACKAGE / "ckanext" / "swdp" / "i18n" / "de" / "LC_MESSAGES"
                      / "ckanext-swdp.po")
    return {msgid for msgid, german in _catalogue(ckan_po).items()
            if ours.get(msgid, german) != msgid}


@pytest.fixture(scope="module")
def clerk_pages(ckan, cluster, browser):
    """The Kusel clerk logged in; the paths of the pages the clerk works on."""
    admin = ckanapi.RemoteCKAN(ckan.url, apikey=ckan.token)
    clerk = member_editor(admin, cluster, "kusel")
    ensure_delivery_datasets(Catalog(ckan.url, ckan.token), cluster)
    # A link, not an upload and not named by a dataset key: no delivery for the platform.
    resource = clerk.action.resource_create(package_id="kusel-lieferungen", name="Hinweise",
                                            url="https://www.kreis-kusel.de/", format="HTML")
    browser.get(f"{ckan.url}/user/login")
    browser.find_element(By.ID, "field-login").send_keys(CLERK)
    browser.find_element(By.ID, "field-password").send_keys(PASSWORD)
    browser.find_element(By.XPATH, "//form[@method='post']//button[@type='submit']").click()
    # "/user/login" is where a login that CKAN has not answered yet (or refused) still is
    WebDriverWait(browser, 30).until(lambda d: "/user/login" not in d.current_url)
    dataset, organization = "kusel-lieferungen", cluster.member("kusel").ckan_organization
    try:
        yield [f"/dataset/edit/{dataset}", f"/dataset/{dataset}/resource/new",
               f"/dataset/{dataset}/resource/{resource['id']}/edit",
               f"/dataset/{dataset}/resource/{resource['id']}",
               f"/dataset/{dataset}/resource/{resource['id']}/views", f"/dataset/{dataset}",
               f"/dataset/groups/{dataset}", f"/dataset/activity/{dataset}",
               f"/organization/{organization}", f"/organization/activity/{organization}",
               f"/organization/members/{organization}", "/dashboard/", "/dashboard/datasets",
               "/dashboard/organizations", "/dashboard/groups", f"/user/{CLERK}",
               f"/user/edit/{CLERK}", f"/user/{CLERK}/api-tokens"]
    finally:
        admin.action.resource_delete(id=resource["id"])


def _what_the_clerk_reads(browser) -> list[str]:
    """The page's text, its title, what tooltips and screen readers say (also of the search
    field Select2 adds to the Schlagwörter field: „Search“), and the questions of its confirm
    dialogs."""
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    # CKAN's modules start once their words are loaded: Select2 has taken each autocomplete.
    WebDriverWait(browser, 30).until(lambda d: d.execute_script(
        "return [...document.querySelectorAll('[data-module=autocomplete]')]"
        ".every(e => e.classList.contains('select2-hidden-accessible'))"))
    said = browser.execute_script(
        "return [document.title, ...[...document.querySelectorAll("
        "'[title],[placeholder],[aria-label],img[alt],[data-module-content]')]"
        ".flatMap(e => ['title', 'placeholder', 'aria-label', 'alt', 'data-module-content']"
        ".map(a => e.getAttribute(a)).filter(Boolean))]")
    text = browser.find_element(By.TAG_NAME, "body").text.splitlines()
    return [_one(line) for line in [*text, *said] if line.strip()]


def test_a_clerk_reads_no_english_on_the_pages_of_the_organisation(
        ckan, browser, clerk_pages, english):
    found: dict[str, str] = {}
    for path in clerk_pages:
        browser.get(ckan.url + path)
        for line in _what_the_clerk_reads(browser):
            if line in english or any(pattern.search(line) for pattern in (
                    _ENGLISH, _CLERK_ENGLISH, _INFORMAL)):
                found.setdefault(re.sub(r"http\S+", "…", line), path)
    assert found == {}, "\n".join(f"{path}: {line}" for line, path in found.items())


def test_the_clerk_s_buttons_say_what_they_do_in_german(ckan, cluster, browser, clerk_pages):
    browser.get(f"{ckan.url}/dataset/edit/kusel-lieferungen")
    buttons = [b.text for b in browser.find_elements(By.CSS_SELECTOR, ".form-actions .btn")]
    assert buttons == ["Löschen", "Als Entwurf zurückziehen", "Datensatz aktualisieren"]
    browser.get(f"{ckan.url}/organization/activity/"
                f"{cluster.member('kusel').ckan_organization}")
    types = [o.text for o in browser.find_elements(By.CSS_SELECTOR,
                                                    "#activity_types_filter_select option")]
    assert types[:4] == ["Alle Aktivitätstypen", "Neuer Datensatz", "Datensatz geändert",
                         "Datensatz gelöscht"]
