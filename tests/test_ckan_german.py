"""CKAN's own mails and its JavaScript speak the portal's German: the password reset and the
invitation of a clerk said „Du“, ran every line into one and signed „Message sent by“; the
scripts' words (autocomplete, upload widget, confirm dialogs, the table view) said „Gib etwas
ein...“ or „SPALTER-FILTER“. A CKAN of its own, started with the platform's mail server (a
real SMTP server here; conftest starts both in the background), in headless Chromium."""
import configparser
import json
import shlex
import shutil
import subprocess
import time
import urllib.request

import ckanapi
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from catalog.ckan_server import PLUGIN_PACKAGE, venv_dir
from pipelines.core.settings import PROJECT_ROOT, environment_importing_first
from test_portal import _ENGLISH, _INFORMAL, browser  # noqa: F401 (the fixture)

PASSWORD = "Sachbearbeitung-2026!"


@pytest.fixture(scope="module")
def clerk_of_kusel(mailing_ckan):
    """Kusel's organisation with a private dataset and its clerk in the CKAN started with a
    real SMTP server (conftest, in the background): its address, its administrator, the
    server's mailbox and the instance's folder."""
    admin = ckanapi.RemoteCKAN(mailing_ckan.url, apikey=mailing_ckan.token)
    admin.action.organization_create(name="landkreis-kusel", title="Landkreis Kusel")
    admin.action.package_create(name="kusel-lieferungen", owner_org="landkreis-kusel",
                                title="Lieferungen", private=True)
    admin.action.user_create(name="sachbearbeitung", email="sachbearbeitung@example.org",
                             password=PASSWORD)
    admin.action.organization_member_create(id="landkreis-kusel", username="sachbearbeitung",
                                            role="editor")
    return mailing_ckan.url, admin, mailing_ckan.mailbox, mailing_ckan.home


def _mail_to(mailbox, address: str):
    for _ in range(100):
        found = [m for m in mailbox.messages if address in m["To"]]
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"keine Mail an {address}")


def _german(text: str) -> None:
    assert not _INFORMAL.search(text), _INFORMAL.search(text)
    assert not _ENGLISH.search(text.replace("Message-ID", "")), _ENGLISH.search(text)


def test_the_password_reset_mail_is_formal_german_with_its_lines(clerk_of_kusel, browser):
    url, _, mailbox, _ = clerk_of_kusel
    browser.get(f"{url}/user/reset")
    browser.find_element(By.ID, "field-username").send_keys("sachbearbeitung")
    browser.find_element(By.XPATH, "//form[@method='post']//button[@type='submit']").click()
    mail = _mail_to(mailbox, "sachbearbeitung@example.org")
    body = mail.get_content()
    assert mail["Subject"] == "Passwort zurücksetzen – Südwest-Cluster der Smart-City-Modellprojekte"
    assert body.startswith("Guten Tag,\n\nfür das Benutzerkonto sachbearbeitung bei Südwest-Cluster")
    assert f"\n\n   {url}/user/reset/" in body
    assert body.endswith(f"\n-- \nDiese Nachricht wurde von Südwest-Cluster der Smart-City-"
                         f"Modellprojekte ({url}) versandt.\n")
    _german(body)


def test_the_invitation_names_the_organisation_and_role_in_formal_german(clerk_of_kusel):
    _, admin, mailbox, _ = clerk_of_kusel
    admin.action.user_invite(email="neu@example.org", group_id="landkreis-kusel", role="editor")
    mail = _mail_to(mailbox, "neu@example.org")
    body = mail.get_content()
    assert mail["Subject"] == "Einladung zu Südwest-Cluster der Smart-City-Modellprojekte"
    assert "Sie gehören der Organisation „Landkreis Kusel“ mit der Rolle „Redakteur“ an." in body
    assert "Um die Einladung anzunehmen, vergeben Sie bitte unter diesem Link ein Passwort:" in body
    _german(body)


def test_the_scripts_speak_formal_german(clerk_of_kusel, browser):
    url, *_ = clerk_of_kusel
    with urllib.request.urlopen(f"{url}/api/i18n/de") as answer:
        served = {key: value[1:] for key, value in json.load(answer).items() if key}
    browser.get(f"{url}/user/login")
    browser.find_element(By.ID, "field-login").send_keys("sachbearbeitung")
    browser.find_element(By.ID, "field-password").send_keys(PASSWORD)
    browser.find_element(By.XPATH, "//form[@method='post']//button[@type='submit']").click()
    # Logged in only once CKAN has answered the form: going on at once cancelled the login
    # under load, and the form below showed the login page instead (CI, twice).
    WebDriverWait(browser, 30).until(lambda d: "/user/login" not in d.current_url)
    browser.get(f"{url}/dataset/kusel-lieferungen/resource/new")
    # The scripts start once their words are loaded (CKAN's own German of „Cancel“ is there).
    WebDriverWait(browser, 30).until(lambda d: d.execute_script(
        "return !!(window.ckan && ckan.i18n && ckan.i18n._('Cancel') !== 'Cancel')"))
    # Every word CKAN's scripts say, as the browser translates it.
    said = browser.execute_script(
        "return Object.fromEntries(arguments[0].map(k => [k, ckan.i18n._(k)]))", list(served))
    assert said["Start typing…"] == "Geben Sie etwas ein …"
    assert said["COLUMN FILTER/S"] == "SPALTENFILTER"
    for msgid, text in said.items():  # German („Filter“, „Link“) may be the English word
        assert text != msgid or msgid in ("Link", "URL"), msgid
        assert not _INFORMAL.search(text), text
    # The upload widget of the form a clerk uploads with; CKAN's module builds it after the
    # words are loaded, a moment later.
    upload = WebDriverWait(browser, 30).until(
        lambda d: d.find_element(By.ID, "resource-upload-button"))
    assert upload.text.strip() == "Hochladen"
    # The confirm dialog's words, as the scripts build it („Bitte bestätigen“, „Abbrechen“).
    assert [said[k] for k in ("Please Confirm", "Cancel", "Confirm")] == [
        "Bitte bestätigen", "Abbrechen", "Bestätigen"]

def test_under_gunicorn_the_scripts_get_their_german_too(clerk_of_kusel, tmp_path):
    """`ckan run` builds the scripts' translations before serving; the production unit runs
    CKAN's WSGI application under gunicorn, which builds none: /api/i18n/de answered „{}“
    and every script word was English. The unit's commands, with this machine's paths."""
    *_, home = clerk_of_kusel
    ini = home / "ckan.ini"
    shutil.rmtree(home / "storage" / "i18n", ignore_errors=True)  # as on a fresh server
    service = configparser.ConfigParser(interpolation=None, strict=False)
    service.optionxform = str
    service.read(PROJECT_ROOT / "deploy" / "systemd" / "swdp-ckan.service", encoding="utf-8")
    local = {"/srv/ckan/.venv": str(venv_dir()), "/etc/ckan/ckan.ini": str(ini)}
    for command in [c for c in service["Service"].get("ExecStartPre", "").splitlines() if c]:
        for server, here in local.items():
            command = command.replace(server, here)
        subprocess.run(shlex.split(command), check=True, capture_output=True,
                       env=environment_importing_first(PLUGIN_PACKAGE))
    served = subprocess.run(
        [str(venv_dir() / "bin" / "python"), "-c",
         "import sys, json; sys.path.insert(0, sys.argv[1]); from wsgi import application; "
         "print(application.test_client().get('/api/i18n/de').get_data(as_text=True))",
         str(PROJECT_ROOT / "deploy" / "ckan")], capture_output=True, text=True, check=True,
        cwd=ini.parent, env={**environment_importing_first(PLUGIN_PACKAGE), "CKAN_INI": str(ini)})
    words = json.loads(served.stdout.strip().splitlines()[-1])
    assert words["Start typing…"][1] == "Geben Sie etwas ein …"
    assert words["Show more"][1] == "Mehr anzeigen"
