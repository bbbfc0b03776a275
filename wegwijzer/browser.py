"""Serve a built site on 127.0.0.1 and drive Debian's Chromium with Playwright.

Shared by the CLI (search-quality, bench) and the browser tests.
"""

from __future__ import annotations

import functools
import http.server
import socketserver
import threading
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-gpu"]


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, each language's own 404 page, optional response
    headers (as a host would add them), and no logging."""

    extra_headers: dict[str, str] = {}

    def log_message(self, *args):
        pass

    def end_headers(self):
        for key, value in self.extra_headers.items():
            self.send_header(key, value)
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        root = Path(self.directory)
        first = self.path.lstrip("/").split("/", 1)[0]
        page = root / first / "404.html"
        body = (page if first and page.exists() else root / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(directory: Path, headers: dict[str, str] | None = None):
    """Serve `directory` on a free port of 127.0.0.1; yields the base URL."""
    handler_class = type("Handler", (SiteHandler,), {"extra_headers": headers or {}})
    handler = functools.partial(handler_class, directory=str(directory))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
