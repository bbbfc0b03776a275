"""Serve a built site on 127.0.0.1 and drive Debian's Chromium with Playwright.

Shared by the CLI (search-quality, bench) and the browser tests.
"""

from __future__ import annotations

import functools
import http.server
import socket
import socketserver
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# The phone newcomers read on: a small screen, touch (tests and bench alike).
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
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


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that leaves a page while it still loads (the quick exit
        # does) drops the connection mid-file: no traceback in test output.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(directory: Path, headers: dict[str, str] | None = None):
    """Serve `directory` on a free port of 127.0.0.1; yields the base URL."""
    handler_class = type("Handler", (SiteHandler,), {"extra_headers": headers or {}})
    handler = functools.partial(handler_class, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
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


NGINX = "/usr/sbin/nginx"


@contextmanager
def nginx(directory: Path):
    """Serve `directory` with Debian's nginx and deploy/nginx.conf, as a host
    would, on a free port of 127.0.0.1; yields the base URL. The server block
    is the committed file with only its `listen` and `root` lines changed."""
    import re
    import subprocess
    import tempfile

    from wegwijzer import sitedata

    if not Path(NGINX).exists():
        raise SystemExit(f"{NGINX} is missing: `make test` installs Debian's nginx-light package")
    port = free_port()
    server_block = (sitedata.ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    server_block = re.sub(r"^(\s*)listen\s+[^;]+;", rf"\1listen 127.0.0.1:{port};", server_block, flags=re.M)
    server_block = re.sub(r"^(\s*)root\s+[^;]+;", rf"\1root {directory.resolve()};", server_block, flags=re.M)
    with tempfile.TemporaryDirectory(prefix="kb-nginx-") as work:
        work = Path(work)
        (work / "site.conf").write_text(server_block, encoding="utf-8")
        temp_paths = "".join(f"    {name}_temp_path {work / name};\n"
                             for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        (work / "nginx.conf").write_text(
            f"worker_processes 1;\npid {work / 'nginx.pid'};\nerror_log {work / 'error.log'};\n"
            "events { worker_connections 64; }\n"
            f"http {{\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
            f"    access_log off;\n{temp_paths}    include {work / 'site.conf'};\n}}\n", encoding="utf-8")
        config = ["-c", str(work / "nginx.conf"), "-p", str(work)]
        checked = subprocess.run([NGINX, "-t", *config], capture_output=True, text=True)
        if checked.returncode != 0:
            raise RuntimeError(f"deploy/nginx.conf fails `nginx -t`:\n{checked.stderr}")
        server = subprocess.Popen([NGINX, *config, "-g", "daemon off;"], stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{port}/"
        try:
            wait_for_page(url, lambda body: True, timeout=5)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_page(url: str, ok, timeout: float) -> None:
    """Fetch `url` until `ok(body)` holds (a server starting, a page being
    rebuilt); TimeoutError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if ok(response.read()):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} was not served as expected within {timeout} s")


# Where a reader would tap: a grid of points over the element's visible part.
_COVERING = """element => {
  const r = element.getBoundingClientRect();
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
  for (const fy of [0.2, 0.5, 0.8]) {
    for (const fx of [0.05, 0.3, 0.5, 0.7, 0.95]) {
      const hit = document.elementFromPoint(r.left + fx * r.width, top + fy * (bottom - top));
      // Itself, a child or an ancestor (its own padding, say) is fine.
      if (hit && !element.contains(hit) && !hit.contains(element)) return hit.outerHTML.slice(0, 160);
    }
  }
  return null;
}"""


def covering(locator) -> str | None:
    """What lies on top of this element on screen (a fixed button over a
    card, say), as the start of its HTML; None when nothing does."""
    return locator.evaluate(_COVERING)
