"""A local HTTP server on 127.0.0.1 for tests of clients (CKAN, geocoder, downloads)."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


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


@dataclass
class Route:
    """What the upstream server answers on one path (with or without its query string)."""
    body: bytes = b""
    content_type: str = "application/octet-stream"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    redirect: str | None = None
    # Answer the first n requests with `fail_status` (and `Retry-After`, if given).
    fail_first: int = 0
    fail_status: int = 503
    retry_after: str | None = None
    headers: dict | None = None


class Upstream:
    """A programmable upstream web server: routes, conditional GET, failures, redirects, and
    a log of every request (path and headers) so tests can see what was asked for."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict]] = []
        self.url = ""

    def add(self, path: str, body: bytes | str = b"", **route) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **route)
        return self.url + path

    def requested(self, path: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == path)

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        headers = dict(handler.headers.items())
        self.requests.append((handler.path, headers))
        route = self.routes.get(handler.path) or self.routes.get(handler.path.split("?")[0])
        if route is None:
            return answer(handler, 404, b"not found", "text/plain")
        if route.fail_first:
            route.fail_first -= 1
            handler.send_response(route.fail_status)
            if route.retry_after:
                handler.send_header("Retry-After", route.retry_after)
            handler.send_header("Content-Length", "0")
            return handler.end_headers()
        if route.redirect:
            handler.send_response(302)
            handler.send_header("Location", route.redirect)
            handler.send_header("Content-Length", "0")
            return handler.end_headers()
        unchanged = ((route.etag and headers.get("If-None-Match") == route.etag)
                     or (route.last_modified
                         and headers.get("If-Modified-Since") == route.last_modified))
        handler.send_response(304 if unchanged else route.status)
        for name, value in (("ETag", route.etag), ("Last-Modified", route.last_modified),
                            *(route.headers or {}).items()):
            if value:
                handler.send_header(name, value)
        body = b"" if unchanged else route.body
        handler.send_header("Content-Type", route.content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)


@contextmanager
def upstream_server() -> Iterator[Upstream]:
    """An `Upstream` on 127.0.0.1 for the duration of a test."""
    upstream = Upstream()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            upstream.answer(self)

        def log_message(self, *args):
            pass

    with local_server(Handler) as url:
        upstream.url = url
        yield upstream
