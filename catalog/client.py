"""A CKAN action-API client for publishing: retries with exponential backoff, German errors,
and every call visible to a hook (tests count write calls through it)."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import ckanapi
import requests

from pipelines.core.settings import Settings

# Actions that only read; every other action the publisher calls writes.
READ_ACTIONS = frozenset({"status_show", "package_show", "package_list", "organization_show",
                          "organization_list", "organization_list_for_user", "user_show",
                          "package_search"})


def file_name(resource_url: str) -> str:
    """The name of a file uploaded to CKAN: the last part of its URL, as a download saves it
    ("" when the URL ends in a slash). Decoded first, so an encoded slash cannot make it a path."""
    return unquote(resource_url).rsplit("/", 1)[-1]


class CatalogError(Exception):
    """CKAN is unreachable or refuses the platform; the message is German."""


class _Transient(Exception):
    """A failure worth retrying: connection refused/reset, timeout, HTTP 5xx."""


def _fail_on_server_error(response: requests.Response, *args, **kwargs):
    if response.status_code >= 500:
        raise _Transient(f"HTTP {response.status_code}")


class Catalog:
    """One CKAN site. `on_call(action, data)` runs before every attempt of every call;
    `backoff` is the first pause before a retry (Settings.ckan_retry_pause), doubled for each
    further one."""

    def __init__(self, url: str, token: str | None, retries: int = 4,
                 backoff: float = Settings.ckan_retry_pause,
                 timeout: float = 60, on_call: Callable[[str, dict], None] | None = None):
        self.url = url.rstrip("/")
        session = requests.Session()
        session.hooks["response"].append(_fail_on_server_error)
        self._ckan = ckanapi.RemoteCKAN(self.url, apikey=token, session=session,
                                        user_agent="swdp-publish/1")
        self.retries, self.backoff, self.timeout = retries, backoff, timeout
        self.on_call = on_call or (lambda action, data: None)

    def call(self, action: str, upload: Path | None = None, upload_name: str | None = None,
             already_done: Callable[[], dict | None] | None = None, **data):
        """Call an action; connection errors, timeouts and 5xx are retried with backoff.
        A file to upload is opened anew for every attempt and sent as `upload_name` (its own
        name if None): the name it downloads as from CKAN. Before retrying a create,
        `already_done()` looks whether the failed attempt got through after all (then its
        result is returned), so a retry never creates a duplicate."""
        for attempt in range(self.retries + 1):
            try:
                if attempt and already_done and (done := already_done()) is not None:
                    return done
                self.on_call(action, data)
                if upload is None:
                    return self._ckan.call_action(action, data,
                                                  requests_kwargs={"timeout": self.timeout})
                with upload.open("rb") as content:
                    sent = (upload_name or upload.name, content)
                    return self._ckan.call_action(action, data, files={"upload": sent},
                                                  requests_kwargs={"timeout": self.timeout})
            except (requests.ConnectionError, requests.Timeout, _Transient) as error:
                if attempt == self.retries:
                    raise CatalogError(f"CKAN unter {self.url} nicht erreichbar ({action}: "
                                       f"{_reason(error)}) – nach {self.retries + 1} Versuchen "
                                       f"aufgegeben.") from None
                time.sleep(self.backoff * 2 ** attempt)
            except ckanapi.NotAuthorized:
                raise CatalogError(f"CKAN unter {self.url} verweigert „{action}“: API-Token "
                                   f"(CKAN_API_TOKEN) ist ungültig oder hat keine Rechte "
                                   f"dafür.") from None
            except ckanapi.CKANAPIError as error:
                # NotFound, ValidationError … are the caller's business; the bare base class
                # means the answer was no CKAN API answer at all (e.g. an HTML page).
                if type(error) in (ckanapi.CKANAPIError, ckanapi.ServerIncompatibleError):
                    raise CatalogError(f"Unter {self.url} antwortet kein CKAN-API "
                                       f"({action}).") from None
                raise


def _reason(error: Exception) -> str:
    if isinstance(error, requests.Timeout):
        return "Zeitüberschreitung"
    if isinstance(error, requests.ConnectionError):
        return "Verbindung abgelehnt oder abgebrochen"
    return str(error)
