"""The web-address part of the corpus: `b1docs audit-site URL` against a local server on 127.0.0.1 only.

Pages that redirect for ever, answer too slowly, send too much, send something that is not a page, or send
it in an odd encoding: each ends in one line and the documented exit code, never a traceback or a hang.
The fetch timeout is lowered to one second for these tests so that a slow server costs seconds, not minutes.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from corpus_running import one_line_with, run_in_process

import b1docs.web.fetch

AS_OF = "2026-12-01"
SLOW_SECONDS = 4


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length is not None:
            self.send_header("Content-Length", str(length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path == "/careers":
            self._send(200, self.server.careers_page.encode("utf-8"))  # type: ignore[attr-defined]
        elif path == "/redirect-loop":
            self._redirect("/redirect-loop")
        elif path.startswith("/hops/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/hops/{left - 1}" if left > 0 else "/careers")
        elif path == "/to-a-file":
            self._redirect("file:///etc/passwd")
        elif path == "/slow-to-answer":
            time.sleep(SLOW_SECONDS)
            self._send(200, b"<p>late</p>")
        elif path == "/slow-to-send":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(SLOW_SECONDS * 4):
                    self.wfile.write(b"<p>careers</p>" * 8)
                    self.wfile.flush()
                    time.sleep(0.4)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/huge":
            self._send(200, b"<p>careers</p>" * 450_000)
        elif path == "/huge-declared":
            self._send(200, b"<p>careers</p>", length=50 * 1024 * 1024)
        elif path == "/pdf":
            self._send(200, b"%PDF-1.7\n", content_type="application/pdf")
        elif path == "/binary":
            self._send(200, bytes(range(256)) * 8)
        elif path == "/gzip-bomb":
            self._send(200, gzip.compress(bytes(20 * 1024 * 1024)), headers={"Content-Encoding": "gzip"})
        elif path == "/latin-1":
            self._send(200, "<html><body><h1>Carrières</h1><p>Zoë Brontë, café</p></body></html>".encode("latin-1"),
                       content_type="text/html; charset=iso-8859-1")
        elif path == "/unknown-charset":
            self._send(200, "<html><body><p>Zoë</p></body></html>".encode(), content_type="text/html; charset=klingon")
        elif path == "/deep":
            self._send(200, b"<html><body>" + b"<div>" * 100_000 + b"careers" + b"</div>" * 100_000)
        elif path == "/empty":
            self._send(200, b"")
        else:
            self._send(404, b"<p>Not found</p>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    from corpus_inputs import write_base

    from b1docs.web.page import render_page
    from b1docs.workbook.reader import load_workbook

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        workbook = write_base(Path(folder) / "base.xlsx")
        httpd.careers_page = render_page(load_workbook(workbook)).html  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def _local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy may stand between the test and 127.0.0.1, and a slow server costs one second, not ten."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setattr(b1docs.web.fetch, "TIMEOUT_SECONDS", 1)


def _closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/careers"


URL_CASES = [
    # (name, path or full address, exit code, gist)
    ("url-careers-page", "/careers", 0, "found"),
    ("url-three-redirects", "/hops/3", 0, "found"),
    ("url-redirect-loop", "/redirect-loop", 2, "redirects more than 5 times"),
    ("url-too-many-redirects", "/hops/9", 2, "redirects more than 5 times"),
    ("url-redirect-to-a-file", "/to-a-file", 2, "not a web address b1docs will open"),
    ("url-slow-to-answer", "/slow-to-answer", 2, "did not answer within 1 seconds"),
    ("url-slow-to-send", "/slow-to-send", 2, "took too long"),
    ("url-huge", "/huge", 2, "too large for a careers web page"),
    ("url-huge-declared", "/huge-declared", 2, "too large for a careers web page"),
    ("url-pdf", "/pdf", 2, "the website sent application/pdf"),
    ("url-binary", "/binary", 2, "binary data"),
    ("url-gzip-bomb", "/gzip-bomb", 2, "not a web page"),
    ("url-latin-1", "/latin-1", 1, "missing"),
    ("url-unknown-charset", "/unknown-charset", 1, "missing"),
    ("url-deeply-nested", "/deep", 1, "missing"),
    ("url-empty", "/empty", 2, "no HTML tags"),
    ("url-not-found", "/nowhere", 2, "answered 404"),
    ("url-refused", "closed-port", 2, "refused the connection"),
    ("url-ftp", "ftp://127.0.0.1/careers.html", 2, "not a web address b1docs can open"),
    ("url-file-scheme", "file:///etc/passwd", 2, "not a web address b1docs can open"),
]


@pytest.mark.parametrize(("name", "where", "exit_code", "gist"), URL_CASES, ids=[case[0] for case in URL_CASES])
def test_url_case(server: str, name: str, where: str, exit_code: int, gist: str):
    address = _closed_port() if where == "closed-port" else where if "://" in where else server + where
    outcome = run_in_process(["audit-site", address, "--as-of", AS_OF])
    text = outcome.stdout + outcome.stderr
    assert outcome.exit_code == exit_code, f"{name}: exit {outcome.exit_code}\n{text[-2000:]}"
    assert "Traceback" not in text
    assert one_line_with(text, gist), f"{name}: no line says {gist!r}:\n{text[-2000:]}"
    if exit_code == 2:
        message = outcome.stderr.strip()
        assert message.startswith("b1docs: ") and "\n" not in message, message
