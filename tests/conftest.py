"""Fixtures shared by the test modules; helpers to import live in tests/support/."""
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalog.ckan_server import free_port
from pipelines.core.cluster import load_cluster
from pipelines.core.settings import Settings
from support.cli import SWDP, publish_cli, swdp_in_process
from support.smtp import Mailbox, smtp_server

@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    monkeypatch.setenv("SWDP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    return Settings.from_env()


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory) -> tuple[Path, dict]:
    """One `swdp run` of the bundled demo for the whole session (as `make demo` runs it, but
    in this process: later tests reuse what it read, such as the official geodata): its data
    folder and its JSON summary. Tests only read it (test_demo reruns it, which changes
    nothing by design)."""
    data_dir = tmp_path_factory.mktemp("demo") / "data"
    first = swdp_in_process("run", "--json", data_dir=data_dir)
    assert first.returncode == 0, first.stderr[-3000:]
    return data_dir, json.loads(first.stdout)


@dataclass(frozen=True)
class SmallRun:
    data_dir: Path
    summary: dict
    current: int        # current events of Kusel in the warehouse


@pytest.fixture(scope="session")
def kusel_events(tmp_path_factory) -> SmallRun:
    """One small clean run (`swdp run -m kusel -d events`) for the whole session: the
    reference of the fault tests, which copy its data folder rather than run again."""
    data_dir = tmp_path_factory.mktemp("kusel-events") / "data"
    result = swdp_in_process("run", "-m", "kusel", "-d", "events", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout)
    return SmallRun(data_dir, summary, summary["warehouse"]["events"])


@pytest.fixture
def kusel_events_copy(kusel_events, tmp_path, monkeypatch) -> Settings:
    """The settings of a copy of that run's data folder, which the test may change; the
    copy is the SWDP_DATA_DIR of the test, as a later `swdp` call of the data office finds it."""
    data_dir = tmp_path / "data"
    shutil.copytree(kusel_events.data_dir, data_dir)
    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    return Settings.from_env()


@pytest.fixture(scope="session")
def cluster():
    return load_cluster(Settings.from_env().config_path)


@dataclass(frozen=True)
class CkanInstance:
    url: str
    token: str
    home: Path
    database: str
    mailbox: Mailbox | None = None  # what CKAN's own mails brought to its SMTP server


# The real CKANs (PostgreSQL, Redis, swdp_pgsearch, ckanext-dcat) the tests use, each with its
# own folder, database and port: the platform's, a member's own portal beside it, one for
# a running daemon of the operations test, and one started with the platform's mail server.
CKAN_FIXTURES = ("ckan", "member_portal", "operations_ckan", "mailing_ckan")
# The CKANs whose own mails (password reset, invitation) go to a real SMTP server.
MAILING = {"mailing_ckan"}


class CkanStartFailed(Exception):
    pass


def _ckan_up(home: Path, env: dict[str, str], mailbox: Mailbox | None) -> CkanInstance:
    """`swdp ckan up` in `home` on a free port (its own database, ini, storage and Redis keys;
    the CKAN virtualenv is shared) with `env` added to the environment."""
    command = [SWDP, "ckan", "up", "--home", str(home), "--port", str(free_port())]
    started = subprocess.run(command, capture_output=True, text=True, timeout=1200,
                             env={**os.environ, **env})
    if started.returncode != 0:
        raise CkanStartFailed(started.stderr[-3000:])
    described = json.loads(started.stdout)
    return CkanInstance(url=described["url"], token=Path(described["token_file"]).read_text(),
                        home=home, database=described["database"], mailbox=mailbox)


class CkanStarts:
    """Starts the session's CKANs one after another in a background thread. Creating one
    takes half a minute, spent in CKAN's own processes, so the tests that need no CKAN (run
    first, see pytest_collection_modifyitems) go on meanwhile on the other core."""

    def __init__(self, tmp_path_factory):
        self._folders = tmp_path_factory
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ckan-up")
        self._starts: dict[str, tuple[Path, Future]] = {}
        self._mail_servers = ExitStack()  # they outlive the CKANs that send to them

    def begin(self, name: str) -> None:
        if name not in self._starts:
            home = self._folders.mktemp(name.replace("_", "-"))
            env, mailbox = {}, None
            if name in MAILING:
                smtp_url, mailbox = self._mail_servers.enter_context(smtp_server())
                env = {"SWDP_SMTP_URL": smtp_url}
            self._starts[name] = home, self._pool.submit(_ckan_up, home, env, mailbox)

    def instance(self, name: str) -> CkanInstance:
        """The started CKAN `name`; missing PostgreSQL or Redis make the test fail, never skip."""
        self.begin(name)
        try:
            return self._starts[name][1].result()
        except CkanStartFailed as failure:
            pytest.fail(f"swdp ckan up fehlgeschlagen:\n{failure}", pytrace=False)

    def stop_all(self) -> None:
        """Stop every CKAN begun (once its start has ended) and drop its database."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        for home, start in self._starts.values():
            if not start.cancelled():
                subprocess.run([SWDP, "ckan", "down", "--drop", "--home", str(home)],
                               capture_output=True, text=True, timeout=120)
        self._mail_servers.close()


@pytest.fixture(scope="session", autouse=True)
def ckan_starts(request, tmp_path_factory) -> Iterator[CkanStarts]:
    """Begins, as the session starts, every CKAN its tests will use, in the order they need
    them; stops them all at the end."""
    starts = CkanStarts(tmp_path_factory)
    try:
        for item in request.session.items:
            for name in CKAN_FIXTURES:
                if name in getattr(item, "fixturenames", ()):
                    starts.begin(name)
        yield starts
    finally:
        starts.stop_all()


@pytest.fixture(scope="session")
def ckan(ckan_starts) -> CkanInstance:
    """One real CKAN for the whole session (fixture ckan_starts): the platform's catalogue."""
    return ckan_starts.instance("ckan")


@pytest.fixture(scope="session")
def member_portal(ckan_starts) -> CkanInstance:
    """A second real CKAN beside the platform's, acting as a member's own portal that
    `connector: ckan` harvests: another folder, database and port."""
    return ckan_starts.instance("member_portal")


@pytest.fixture(scope="module")
def operations_ckan(ckan_starts) -> CkanInstance:
    """A CKAN of its own for a running daemon: it publishes whatever its test ingested and
    would withdraw the demo's datasets from the session's CKAN that later tests read."""
    return ckan_starts.instance("operations_ckan")


@pytest.fixture(scope="session")
def mailing_ckan(ckan_starts) -> CkanInstance:
    """A CKAN started with SWDP_SMTP_URL pointing at a real SMTP server (its mailbox), for
    CKAN's own mails."""
    return ckan_starts.instance("mailing_ckan")


@pytest.fixture(scope="session")
def demo_data(demo_run) -> Path:
    """The demo's data folder, for the tests that publish it."""
    data_dir, summary = demo_run
    # No CKAN configured for the demo: the exports stay the offer, publishing is skipped.
    assert "Kein CKAN konfiguriert" in summary["catalog"]["skipped"]
    # `swdp run` has no --ckan-url of its own: the hint names the command that has one
    assert "swdp publish --ckan-url" in summary["catalog"]["skipped"]
    return data_dir


@pytest.fixture(scope="session")
def first_publish(ckan, demo_data) -> dict:
    """The demo published once to the session's CKAN (its JSON report), shared by the
    publishing, MQA and portal tests; later tests may change the catalogue but leave all
    datasets published."""
    result = publish_cli(ckan, demo_data, "--json")
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


# Fixtures that start servers or run the whole demo: tests using them are `slow`, so the
# inner loop (`make quick`, `pytest -m "not slow"`) leaves them out. CI runs everything.
SLOW_FIXTURES = {*CKAN_FIXTURES, "demo_run"}


def pytest_collection_modifyitems(items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    # The modules with tests on a CKAN run last, in their order, so that their CKANs start
    # in the background (fixture ckan_starts) while the others run.
    on_ckan = {item.path for item in items
               if set(CKAN_FIXTURES) & set(getattr(item, "fixturenames", ()))}
    items.sort(key=lambda item: item.path in on_ckan)
