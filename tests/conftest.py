import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from dataclasses import dataclass
from pathlib import Path

import pytest

from catalog.ckan_server import free_port
from pipelines.core.cluster import load_cluster
from pipelines.core.settings import PROJECT_ROOT, Settings

SAMPLES = PROJECT_ROOT / "samples" / "deliveries"
XPLAN_SAMPLES = PROJECT_ROOT.parent / "shared" / "samples" / "xplan"
SWDP = str(Path(sys.executable).with_name("swdp"))


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    monkeypatch.setenv("SWDP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    return Settings.from_env()


@pytest.fixture(scope="session")
def cluster():
    return load_cluster(Settings.from_env().config_path)


def swdp(*args, data_dir: Path, check=False) -> subprocess.CompletedProcess:
    """Run the CLI as a user would, in its own process, with its own data directory."""
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    return subprocess.run([SWDP, *args], capture_output=True, text=True, env=env, check=check,
                          timeout=900)


@dataclass(frozen=True)
class CkanInstance:
    url: str
    token: str
    home: Path
    database: str


@pytest.fixture(scope="session")
def ckan(tmp_path_factory) -> Iterator[CkanInstance]:
    """One real CKAN (PostgreSQL, Redis, swdp_pgsearch, ckanext-dcat) for the whole session,
    started with `swdp ckan up` in its own folder, database and port; stopped and its database
    dropped at the end. Missing PostgreSQL or Redis make the tests fail, never skip."""
    home = tmp_path_factory.mktemp("ckan")
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


@contextmanager
def local_server(handler) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 (free port) for the duration of a test; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def answer(handler: BaseHTTPRequestHandler, status: int, body: bytes,
           content_type: str = "application/json") -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
