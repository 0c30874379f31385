"""The publisher's CKAN client against a small local HTTP server that fails on purpose:
HTTP 5xx is retried with backoff, a create that got through is not repeated, and a server
that never recovers ends in a German error."""
import json
from http.server import BaseHTTPRequestHandler

import pytest

from catalog.client import Catalog, CatalogError

from support.http import answer, local_server


@pytest.fixture
def flaky_ckan():
    """Answers POSTs with the given statuses in turn (200 = a CKAN success answer)."""
    statuses, received = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(self.path)
            status = statuses.pop(0) if statuses else 503
            body = (json.dumps({"success": True, "result": {"id": "neu"}}) if status == 200
                    else "<html>Wartung</html>").encode()
            answer(self, status, body)

        def log_message(self, *args):
            pass

    with local_server(Handler) as url:
        yield url, statuses, received


def test_server_errors_are_retried_until_ckan_answers(flaky_ckan):
    url, statuses, received = flaky_ckan
    statuses += [503, 502, 200]
    attempts = []
    catalog = Catalog(url, "token", retries=3, backoff=0.01,
                      on_call=lambda action, data: attempts.append(action))
    assert catalog.call("package_patch", id="kusel-events") == {"id": "neu"}
    assert attempts == ["package_patch"] * 3
    assert received == ["/api/action/package_patch"] * 3


def test_a_create_that_got_through_is_not_repeated(flaky_ckan):
    url, statuses, received = flaky_ckan
    statuses += [502]  # the proxy failed, but CKAN had created the resource
    catalog = Catalog(url, "token", retries=3, backoff=0.01)
    found = {"id": "schon-da"}
    assert catalog.call("resource_create", package_id="p", already_done=lambda: found) == found
    assert received == ["/api/action/resource_create"]


def test_a_server_that_does_not_recover_gives_a_german_error(flaky_ckan):
    url, _, received = flaky_ckan
    catalog = Catalog(url, "token", retries=2, backoff=0.01)
    with pytest.raises(CatalogError, match="nicht erreichbar.*HTTP 503.*3 Versuchen"):
        catalog.call("package_show", id="kusel-events")
    assert len(received) == 3


def test_the_pause_between_retries_is_a_setting_of_the_platform(flaky_ckan, cluster, tmp_path,
                                                                 monkeypatch):
    """The pause was fixed in the client: every test of an unreachable CKAN waited the
    production's 7.5 s. The entry points read it from SWDP_CKAN_RETRY_PAUSE."""
    from catalog.publish import configured_catalog
    from pipelines.core.settings import Settings

    url, _, received = flaky_ckan
    monkeypatch.setenv("SWDP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CKAN_API_TOKEN", "token")
    production = configured_catalog(Settings.from_env(), cluster, url)
    # 0.5 + 1 + 2 + 4 s: a CKAN restarting under gunicorn is back before it is given up
    assert (production.retries, production.backoff) == (4, 0.5)

    monkeypatch.setenv("SWDP_CKAN_RETRY_PAUSE", "0.01")
    settings = Settings.from_env()
    assert settings.ckan_retry_pause == 0.01
    catalog = configured_catalog(settings, cluster, url)
    assert catalog.backoff == 0.01
    with pytest.raises(CatalogError, match="nicht erreichbar.*HTTP 503.*5 Versuchen"):
        catalog.call("package_show", id="kusel-events")
    assert len(received) == 5
