"""Fixtures shared by the test modules; helpers to import live in tests/support/."""
import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalog.ckan_server import free_port
from pipelines.core.cluster import load_cluster
from pipelines.core.settings import Settings
from support.cli import SWDP, publish_cli, swdp_in_process

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


@pytest.fixture(scope="session")
def cluster():
    return load_cluster(Settings.from_env().config_path)


@dataclass(frozen=True)
class CkanInstance:
    url: str
    token: str
    home: Path
    database: str


@contextmanager
def _ckan_instance(home: Path) -> Iterator[CkanInstance]:
    """`swdp ckan up` in `home` on a free port (its own database, ini, storage and Redis
    keys; the CKAN virtualenv is shared); stopped and its database dropped afterwards."""
    command = [SWDP, "ckan", "up", "--home", str(home), "--port", str(free_port())]
    started = subprocess.run(command, capture_output=True, text=True, timeout=1200)
    try:
        if started.returncode != 0:
            pytest.fail(f"swdp ckan up fehlgeschlagen:\n{started.stderr[-3000:]}", pytrace=False)
        described = json.loads(started.stdout)
        yield CkanInstance(url=described["url"], token=Path(described["token_file"]).read_text(),
                           home=home, database=described["database"])
    finally:
        subprocess.run([SWDP, "ckan", "down", "--drop", "--home", str(home)],
                       capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def ckan(tmp_path_factory) -> Iterator[CkanInstance]:
    """One real CKAN (PostgreSQL, Redis, swdp_pgsearch, ckanext-dcat) for the whole session,
    started with `swdp ckan up` in its own folder, database and port; stopped and its database
    dropped at the end. Missing PostgreSQL or Redis make the tests fail, never skip."""
    with _ckan_instance(tmp_path_factory.mktemp("ckan")) as instance:
        yield instance


@pytest.fixture(scope="session")
def member_portal(tmp_path_factory) -> Iterator[CkanInstance]:
    """A second real CKAN beside the platform's, acting as a member's own portal that
    `connector: ckan` harvests: another folder, database and port."""
    with _ckan_instance(tmp_path_factory.mktemp("member-portal")) as instance:
        yield instance


@pytest.fixture(scope="module")
def operations_ckan(tmp_path_factory) -> Iterator[CkanInstance]:
    """A CKAN of its own for a running daemon: it publishes whatever its test ingested and
    would withdraw the demo's datasets from the session's CKAN that later tests read."""
    with _ckan_instance(tmp_path_factory.mktemp("betriebs-ckan")) as instance:
        yield instance


@pytest.fixture(scope="session")
def demo_data(demo_run) -> Path:
    """The demo's data folder, for the tests that publish it."""
    data_dir, summary = demo_run
    # No CKAN configured for the demo: the exports stay the offer, publishing is skipped.
    assert "Kein CKAN konfiguriert" in summary["catalog"]["skipped"]
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
SLOW_FIXTURES = {"ckan", "member_portal", "operations_ckan", "demo_run"}


def pytest_collection_modifyitems(items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
