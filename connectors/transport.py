"""HTTP(S) for every connector: one place for limits, retries, credentials and host checks.

A source whose `location` is an http(s) URL is fetched here: streamed to a temporary file
with a size limit, connect/read timeouts, retries with exponential backoff on connection
errors, 5xx and 429 (`Retry-After` honoured, capped), and a conditional GET from the state the
previous fetch left. Redirects are followed by hand so every hop passes the host check: a
URL learned from remote content (redirect, `next` link, CKAN resource URL) must stay on the
scheme, host and port of the location or an `allowed_hosts` entry, or it is never requested.
Credentials come only from environment variables named in the options and are sent only to
the location's own origin; messages name URLs without user info.

requests (with urllib3, 90 ms to import) is imported by the first `Transport`: `swdp check` of
a local file and `swdp status` use this module's plain helpers (`is_url`, `shown`, `Fetched`)
and never go to a server.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from connectors.delivery import DeliveryError

if TYPE_CHECKING:
    import requests

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
RETRY_STATUSES = (429, 500, 502, 503, 504)
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
# A server asking to wait longer than this would stall the whole run; it fails instead.
MAX_RETRY_AFTER = 120
CHUNK = 64 * 1024


def is_url(location) -> bool:
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def shown(url: str) -> str:
    """The URL as it may appear in a message: without user name and password."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)


class HostPolicy:
    """Which origins a source may reach: its location's, plus `allowed_hosts` entries written
    as `https://host[:port]` (that origin) or a bare `host` (that host, any port)."""

    def __init__(self, location: str, allowed_hosts=()):
        self.origins = {origin(location)}
        self.hosts: set[str] = set()
        for entry in allowed_hosts or ():
            if is_url(entry):
                self.origins.add(origin(entry))
            else:
                self.hosts.add(str(entry).lower())

    def check(self, url: str, learned_from: str) -> str:
        if not is_url(url):
            raise DeliveryError(shown(learned_from), f"Die Adresse „{shown(url)}“ ist keine "
                                                 f"http(s)-Adresse und wird nicht abgerufen")
        scheme, host, port = origin(url)
        if (scheme, host, port) in self.origins or host in self.hosts:
            return url
        raise DeliveryError(shown(learned_from), f"Die Adresse „{shown(url)}“ liegt außerhalb der "
                                                 f"erlaubten Server dieser Quelle und wird nicht "
                                                 f"abgerufen – bei Bedarf unter "
                                                 f"options.allowed_hosts eintragen")


class HttpStatusError(DeliveryError):
    """The server answered with an error status (after retries)."""

    def __init__(self, url: str, status: int, reason: str):
        hint = (" – Anmeldung fehlt oder wird abgelehnt; Zugangsdaten über options.auth aus "
                "Umgebungsvariablen angeben" if status in (401, 403) else "")
        super().__init__(url, f"antwortet mit HTTP {status} {reason}".rstrip() + hint)
        self.status = status


@cache
def _capped_retry() -> type:
    """urllib3's Retry with a server's `Retry-After` capped at MAX_RETRY_AFTER; defined at the
    first fetch, when urllib3 is imported."""
    from urllib3.util.retry import Retry

    class CappedRetry(Retry):
        def get_retry_after(self, response):
            seconds = super().get_retry_after(response)
            return None if seconds is None else min(seconds, MAX_RETRY_AFTER)

    return CappedRetry


@dataclass
class Fetched:
    """One fetch: `unchanged` (then no file) or the bytes in `path`, and the new state."""
    url: str
    unchanged: bool
    path: Path | None = None
    state: dict = field(default_factory=dict)


class Transport:
    """The HTTP client of one source. Use as a context manager."""

    def __init__(self, location: str, options: Mapping | None = None,
                 environ: Mapping[str, str] | None = None):
        import requests
        from requests.adapters import HTTPAdapter

        options = options or {}
        self.location = location
        self.policy = HostPolicy(location, options.get("allowed_hosts"))
        self.max_bytes = int(options.get("max_bytes") or DEFAULT_MAX_BYTES)
        self.timeout = (float(options.get("connect_timeout") or 10),
                        float(options.get("timeout") or 60))
        retries = int(options.get("retries", 3))
        retry = _capped_retry()(total=retries, connect=retries, read=retries, status=retries,
                             other=0, redirect=False, status_forcelist=RETRY_STATUSES,
                             allowed_methods=frozenset({"GET", "HEAD"}),
                             backoff_factor=float(options.get("backoff", 0.5)),
                             respect_retry_after_header=True, raise_on_status=False)
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies or .netrc credentials from the machine
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = "swdp-suedwest-cluster/1.0"
        self._credentials = _credentials(location, options.get("auth"),
                                         os.environ if environ is None else environ)

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc) -> None:
        self.session.close()

    def fetch(self, url: str, folder: Path, state: Mapping | None = None,
              suffix: str = "") -> Fetched:
        """Download `url` into a temporary file in `folder` unless upstream is unchanged
        (304 to a conditional GET, or the same SHA-256 as last time)."""
        state = dict(state or {})
        headers = {}
        if state.get("url") == url:
            if state.get("etag"):
                headers["If-None-Match"] = state["etag"]
            if state.get("last_modified"):
                headers["If-Modified-Since"] = state["last_modified"]
        with self._open(url, headers) as response:
            if response.status_code == 304:
                return Fetched(url, True, state={**state, "checked_at": now()})
            folder.mkdir(parents=True, exist_ok=True)
            handle = tempfile.NamedTemporaryFile(dir=folder, prefix=".download-", suffix=suffix,
                                                 delete=False)
            path = Path(handle.name)
            try:
                with handle:
                    digest = self._stream(response, url, handle.write)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            validators = {"etag": response.headers.get("ETag"),
                          "last_modified": response.headers.get("Last-Modified")}
        return compared(url, path, digest, state, validators)

    def get(self, url: str, params: Mapping | None = None) -> tuple[bytes, Mapping[str, str]]:
        """A small document (API page, catalogue page) in memory, within the size limit."""
        if params:
            import requests

            url = requests.Request("GET", url, params=params).prepare().url
        chunks: list[bytes] = []
        with self._open(url, {}) as response:
            self._stream(response, url, chunks.append)
            return b"".join(chunks), response.headers

    def check(self, url: str, learned_from: str) -> str:
        return self.policy.check(urljoin(learned_from, url), learned_from)

    def _open(self, url: str, headers: dict) -> requests.Response:
        import requests

        for _ in range(MAX_REDIRECTS + 1):
            try:
                extra, auth = self._auth_for(url)
                response = self.session.get(url, headers={**headers, **extra}, auth=auth,
                                            stream=True, allow_redirects=False,
                                            timeout=self.timeout)
            except requests.exceptions.Timeout:
                raise DeliveryError(shown(url), "antwortet nicht rechtzeitig "
                                                f"(Zeitlimit {self.timeout[1]:g} s)") from None
            except requests.exceptions.RequestException as error:
                raise DeliveryError(shown(url), "nicht erreichbar "
                                                f"({_cause(error)})") from None
            if response.status_code not in REDIRECTS:
                if response.status_code >= 400:
                    response.close()
                    raise HttpStatusError(shown(url), response.status_code, response.reason or "")
                return response
            target = response.headers.get("Location")
            response.close()
            if not target:
                raise DeliveryError(shown(url), "leitet ohne Zielangabe um")
            url = self.check(target, url)
        raise DeliveryError(shown(url), f"Zu viele Umleitungen (mehr als {MAX_REDIRECTS}) "
                                        f"ab {shown(self.location)}")

    def _auth_for(self, url: str) -> tuple[dict, tuple | None]:
        # Credentials go only to the location's own origin, never to an allowed other host.
        if origin(url) != origin(self.location):
            return {}, None
        return self._credentials.get("headers", {}), self._credentials.get("auth")

    def _stream(self, response: requests.Response, url: str, write) -> str:
        import requests

        limit = f"{self.max_bytes / 1_000_000:g} MB"
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise DeliveryError(shown(url), f"größer als die erlaubten {limit} "
                                            f"(options.max_bytes)")
        digest, size = hashlib.sha256(), 0
        try:
            for chunk in response.iter_content(CHUNK):
                size += len(chunk)
                if size > self.max_bytes:
                    raise DeliveryError(shown(url), f"größer als die erlaubten "
                                                    f"{limit} (options.max_bytes)")
                digest.update(chunk)
                write(chunk)
        except requests.exceptions.RequestException as error:
            raise DeliveryError(shown(url), f"Abruf abgebrochen "
                                            f"({_cause(error)})") from None
        return digest.hexdigest()


def now() -> str:
    """The time of a check or change as the state keeps it (UTC, ISO 8601)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def compared(url: str, path: Path, digest: str, state: Mapping, extra: Mapping | None = None
             ) -> Fetched:
    """The outcome of a fetch whose bytes are in `path`: unchanged (file removed) when they
    hash as last time from the same URL, else changed with the time of the change."""
    new = {**state, **(extra or {}), "url": url, "sha256": digest, "checked_at": now()}
    if digest == state.get("sha256") and state.get("url") == url:
        path.unlink()
        return Fetched(url, True, state=new)
    return Fetched(url, False, path, {**new, "changed_at": new["checked_at"]})


def kept(url: str, data: bytes, folder: Path, state: Mapping | None = None,
         suffix: str = "", extra: Mapping | None = None) -> Fetched:
    """Bytes assembled from several responses (all pages of an API), judged like a fetch."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".download-", suffix=suffix,
                                     delete=False) as handle:
        handle.write(data)
    return compared(url, Path(handle.name), hashlib.sha256(data).hexdigest(), dict(state or {}),
                    extra)


def _credentials(location: str, auth, environ: Mapping[str, str]) -> dict:
    """requests keyword arguments for the configured credentials, read from the environment."""
    if not auth:
        return {}

    def value(name: str) -> str:
        if not environ.get(name):
            raise DeliveryError(shown(location), f"Die Umgebungsvariable {name} für die "
                                                 f"Anmeldung ist nicht gesetzt")
        return environ[name]

    if "basic" in auth:
        basic = auth["basic"]
        return {"auth": (value(basic["user_env"]), value(basic["password_env"]))}
    if "env" in auth:
        return {"headers": {auth.get("header", "Authorization"): value(auth["env"])}}
    raise DeliveryError(shown(location), "options.auth muss {header: …, env: …} oder "
                                         "{basic: {user_env: …, password_env: …}} sein")


def _cause(error: Exception) -> str:
    """A short German-readable cause without URLs (which might carry user info)."""
    import requests

    text = str(error.__context__ or error) if isinstance(error, requests.exceptions.ConnectionError) else str(error)
    if "Connection refused" in text:
        return "Verbindung abgelehnt"
    if "Name or service not known" in text or "Failed to resolve" in text:
        return "Servername unbekannt"
    if "Max retries exceeded" in text:
        return "Verbindung fehlgeschlagen, auch nach Wiederholungen"
    return type(error).__name__
