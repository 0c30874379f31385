"""The Dagster UI in a real browser (Debian's headless Chromium driven by Selenium) as a data
office uses it, on one `dagster-webserver` and `dagster-daemon` with the platform's instance
configuration (runs launched from the UI are queued and started by the daemon): the asset
graph, the member partitions and a failed check; one member's partition materialised from
the asset page; one member across the four datasets from the asset group. Screenshots are
kept in test-artifacts/dagster-ui/ (named in the test output)."""
import os
import shutil
import time

import dagster as dg
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.orchestration.ingestion import lake_key
from pipelines.orchestration.instance import migrate_instance
from schemas import DATASET_KEYS
from support.dagster import FINISHED, dagster_servers, runs, wait_for

ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "dagster-ui"
LOCATION = "pipelines.orchestration.definitions"  # the code location of dagster_workspace.yaml


@pytest.fixture(scope="module")
def dagster_ui(demo_run, tmp_path_factory):
    """Daemon and webserver on a copy of the demo's data and instance (dagster.yaml as the
    platform writes it: queued runs, one per member at a time)."""
    folder = tmp_path_factory.mktemp("dagster-ui")
    data = folder / "data"
    shutil.copytree(demo_run[0], data)
    settings = Settings(data_dir=data, config_path=PROJECT_ROOT / "cluster.yaml")
    migrate_instance(settings)  # the platform's dagster.yaml, as before daemon and webserver
    env = {**os.environ, "DAGSTER_HOME": str(settings.dagster_home), "SWDP_DATA_DIR": str(data)}
    with dagster_servers(settings.dagster_home, env, folder / "logs") as servers:
        yield servers


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1600,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def _see(driver, text: str, timeout: float = 120):
    return WebDriverWait(driver, timeout).until(EC.presence_of_element_located(
        (By.XPATH, f"//*[contains(normalize-space(.), '{text}') and not(*[contains(normalize-space(.), '{text}')])]")))


def _click(driver, xpath: str, timeout: float = 120) -> None:
    """Click the element once it is clickable and has stopped moving: Dagster's dialogs open
    with an animation, and a click at a position computed mid-way lands on whatever is there
    at that moment (once on the dialog's "Missing" button instead of the partition list)."""
    element = WebDriverWait(driver, timeout).until(EC.element_to_be_clickable((By.XPATH, xpath)))

    def still(_) -> bool:
        before = element.rect
        time.sleep(0.3)
        return element.rect == before

    WebDriverWait(driver, 10, poll_frequency=0.1).until(still)
    element.click()


def _dismiss_welcome(driver) -> None:
    """The first visit asks to join the community; a data officer would click "Skip"."""
    for button in driver.find_elements(By.XPATH, "//button[normalize-space(.)='Skip']"):
        button.click()


def _launch_for_member(driver, servers, page: str, button: str, member: str,
                       shots: str) -> dg.DagsterRun:
    """On `page`, open the launch dialog with `button`, choose the member's partition and
    launch one run; return the run once the daemon has run it successfully. Screenshots of
    the dialog, the launched run's toast and the run's page are named `shots`-…."""
    driver.get(f"{servers.url}{page}")
    try:
        _dismiss_welcome(driver)
        _click(driver, f"//button[normalize-space(.)='{button}']")
        _click(driver, "//*[normalize-space(text())='Select a partition or create one']")
        # the partition list is open (a click elsewhere would leave it closed)
        WebDriverWait(driver, 30).until(EC.presence_of_element_located(
            (By.XPATH, "//*[@aria-haspopup='dialog' and @aria-expanded='true']")))
        _click(driver, f"//label[.//*[normalize-space(text())='{member}']]")
        # Closing the partition list: a click on the dialog's title.
        _click(driver, "//*[starts-with(normalize-space(text()), 'Launch runs to materialize')]")
        _see(driver, "1 partition")
        _shot(driver, f"{shots}-dialog")
        _click(driver, "//button[normalize-space(.)='Launch 1 run']")
        _see(driver, "Launched run")
    finally:
        _shot(driver, f"{shots}-gestartet")
    [run] = wait_for(f"der Lauf für {member} aus der Oberfläche ist beendet",
                     lambda: runs(servers.instance, FINISHED, **{"dagster/from_ui": "true",
                                                                 "dagster/partition": member}),
                     600, servers.processes)
    assert run.status == dg.DagsterRunStatus.SUCCESS, run.run_id
    driver.get(f"{servers.url}/runs/{run.run_id}")
    try:
        _see(driver, "Success")
    finally:
        _shot(driver, f"{shots}-lauf")
    return run


def _materialised_by(instance: dg.DagsterInstance, dataset: str, member: str) -> str:
    """The run of the latest materialisation of the dataset's lake partition of the member."""
    [record] = instance.fetch_materializations(dg.AssetRecordsFilter(
        asset_key=lake_key(dataset), asset_partitions=[member]), limit=1).records
    return record.run_id


@pytest.mark.slow
def test_asset_graph_member_partitions_and_a_failed_check(dagster_ui, browser):
    url = dagster_ui.url
    print(f"Bildschirmfotos: {ARTIFACTS}")
    browser.get(f"{url}/asset-groups")  # the global asset graph, grouped by domain
    try:
        for group in ("ingestion", "warehouse", "publication"):  # the graph's groups
            _see(browser, group)
        time.sleep(3)
        _dismiss_welcome(browser)
    finally:
        _shot(browser, "1-asset-graph")

    browser.get(f"{url}/assets/events_lake?view=partitions")
    try:
        _see(browser, "kaiserslautern")
        _see(browser, "sankt-wendel")
    finally:
        _shot(browser, "2-partitionen")

    browser.get(f"{url}/assets/events_lake?view=checks")
    try:
        _see(browser, "zeilenregeln")
        _see(browser, "Failed")
    finally:
        _shot(browser, "3-checks")


@pytest.mark.slow
def test_one_partition_materialised_from_the_asset_page(dagster_ui, browser):
    """Asset events_lake → "Materialize…" → partition kusel → "Launch 1 run": the daemon
    runs it, and kusel's events partition is materialised by that run."""
    run = _launch_for_member(browser, dagster_ui, "/assets/events_lake", "Materialize…", "kusel",
                             "4-partition")
    assert run.asset_selection == {lake_key("events")}
    assert _materialised_by(dagster_ui.instance, "events", "kusel") == run.run_id


@pytest.mark.slow
def test_one_member_across_all_datasets_from_the_ingestion_group(dagster_ui, browser):
    """Asset group ingestion → "Materialize all…" → partition sankt-wendel: one run of the
    four `<dataset>_lake` assets for that member (Dagster launches a single partition as one
    run; several partitions become a backfill), and every dataset's partition of the member
    is materialised by it."""
    run = _launch_for_member(browser, dagster_ui, f"/locations/{LOCATION}/asset-groups/ingestion",
                             "Materialize all…", "sankt-wendel", "5-mitglied")
    assert run.asset_selection == {lake_key(dataset) for dataset in DATASET_KEYS}
    for dataset in DATASET_KEYS:
        assert _materialised_by(dagster_ui.instance, dataset, "sankt-wendel") == run.run_id, dataset
