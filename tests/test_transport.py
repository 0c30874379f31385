"""HTTP transport against a real local server: conditional GET, retries, limits, hosts, auth."""
import base64
import time

import pytest

from catalog.ckan_server import free_port
from support.http import upstream_server
from connectors.delivery import DeliveryError
from connectors.transport import Transport, shown

CSV = "Name;Ort\nSommerfest;Kusel\n"
FAST = {"backoff": 0}


def test_conditional_get_by_etag_and_last_modified(tmp_path):
    with upstream_server() as up:
        url = up.add("/feed.csv", CSV, etag='"v1"', last_modified="Tue, 01 Dec 2026 08:00:00 GMT")
        with Transport(url, FAST) as transport:
            first = transport.fetch(url, tmp_path)
            assert not first.unchanged and first.path.read_text() == CSV
            assert first.state["etag"] == '"v1"' and len(first.state["sha256"]) == 64
            again = transport.fetch(url, tmp_path, first.state)
        assert again.unchanged and again.path is None
        assert up.requests[-1][1]["If-None-Match"] == '"v1"'
        assert up.requests[-1][1]["If-Modified-Since"] == "Tue, 01 Dec 2026 08:00:00 GMT"
        up.routes["/feed.csv"].etag = None  # a server that only knows Last-Modified
        with Transport(url, FAST) as transport:
            assert transport.fetch(url, tmp_path, first.state).unchanged
    assert list(tmp_path.iterdir()) == [first.path]  # no leftover temporary files


def test_same_bytes_without_validators_count_as_unchanged(tmp_path):
    with upstream_server() as up:
        url = up.add("/feed.csv", CSV)
        with Transport(url, FAST) as transport:
            first = transport.fetch(url, tmp_path)
            assert transport.fetch(url, tmp_path, first.state).unchanged
            up.add("/feed.csv", CSV + "Kerwe;Kusel\n")
            changed = transport.fetch(url, tmp_path, first.state)
    assert not changed.unchanged and changed.state["sha256"] != first.state["sha256"]


def test_retries_honour_retry_after_and_back_off_on_5xx(tmp_path):
    with upstream_server() as up:
        url = up.add("/busy", CSV, fail_first=1, fail_status=429, retry_after="1")
        started = time.monotonic()
        with Transport(url, FAST) as transport:
            assert transport.fetch(url, tmp_path).path.read_text() == CSV
        assert time.monotonic() - started >= 1
        assert up.requested("/busy") == 2
        url = up.add("/flaky", CSV, fail_first=2, fail_status=502)
        with Transport(url, {"backoff": 0.1}) as transport:
            assert transport.fetch(url, tmp_path).path.read_text() == CSV
        assert up.requested("/flaky") == 3
        url = up.add("/down", CSV, fail_first=10, fail_status=503)
        with Transport(url, {"backoff": 0, "retries": 2}) as transport, \
                pytest.raises(DeliveryError, match="HTTP 503"):
            transport.fetch(url, tmp_path)
        assert up.requested("/down") == 3


def test_redirect_to_another_port_is_refused_and_never_requested(tmp_path):
    with upstream_server() as up, upstream_server() as other:
        target = other.add("/feed.csv", CSV)
        url = up.add("/moved", redirect=target)
        up.add("/local", redirect="/feed.csv")
        up.add("/feed.csv", CSV)
        with Transport(url, FAST) as transport:
            with pytest.raises(DeliveryError) as refused:
                transport.fetch(url, tmp_path)
            assert transport.fetch(up.url + "/local", tmp_path).path.read_text() == CSV
        assert other.requests == []
        assert "außerhalb der erlaubten Server" in str(refused.value)
        assert target in str(refused.value)
        with Transport(url, {**FAST, "allowed_hosts": [other.url]}) as transport:
            assert transport.fetch(url, tmp_path).path.read_text() == CSV


def test_size_limit_stops_the_download(tmp_path):
    with upstream_server() as up:
        url = up.add("/big.csv", "x" * 5000)
        with Transport(url, {**FAST, "max_bytes": 1000}) as transport, \
                pytest.raises(DeliveryError, match="größer als die erlaubten 0.001 MB"):
            transport.fetch(url, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_credentials_come_from_the_environment_and_stay_secret(tmp_path):
    with upstream_server() as up, upstream_server() as mirror:
        url = up.add("/feed.csv", CSV)
        mirror_url = mirror.add("/feed.csv", CSV)
        up.add("/elsewhere", redirect=mirror_url)
        options = {**FAST, "auth": {"header": "Authorization", "env": "KL_TOKEN"},
                   "allowed_hosts": [mirror.url]}
        with Transport(url, options, environ={"KL_TOKEN": "Bearer geheim"}) as transport:
            transport.fetch(url, tmp_path)
            transport.fetch(up.url + "/elsewhere", tmp_path)
        assert up.requests[0][1]["Authorization"] == "Bearer geheim"
        assert "Authorization" not in mirror.requests[0][1]  # never sent to another server
        basic = {**FAST, "auth": {"basic": {"user_env": "U", "password_env": "P"}}}
        with Transport(url, basic, environ={"U": "kl", "P": "pw"}) as transport:
            transport.fetch(url, tmp_path)
        assert up.requests[-1][1]["Authorization"] == "Basic " + base64.b64encode(b"kl:pw").decode()
        with pytest.raises(DeliveryError, match="Umgebungsvariable KL_TOKEN") as missing:
            Transport(url, options, environ={})
        assert "geheim" not in str(missing.value)


def test_unreachable_server_names_the_url_without_credentials(tmp_path):
    url = f"http://kl:geheim@127.0.0.1:{free_port()}/feed.csv"
    with Transport(url, FAST) as transport, pytest.raises(DeliveryError) as failed:
        transport.fetch(url, tmp_path)
    assert str(failed.value).startswith(shown(url) + ": nicht erreichbar")
    assert "geheim" not in str(failed.value)
