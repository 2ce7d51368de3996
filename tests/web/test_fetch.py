"""Fetching a page by address, against a local server on 127.0.0.1 only: limits and plain-English failures."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from conftest import AS_OF, run_cli

from b1docs.errors import PageError
from b1docs.web import fetch

PAGE = (b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Careers</title></head><body>"
        b"<h1>Careers</h1><p>Careers leader: Mrs Ann Lee, careers@school.example.sch.uk, 01632 960111</p>"
        b"<img src='/tracker.gif'><script src='/app.js'></script><link rel='stylesheet' href='/style.css'>"
        b"<a href='/linked-page'>Linked</a></body></html>")


class _Handler(BaseHTTPRequestHandler):
    requested: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        # The client may give up first, as the timeout test means it to.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        _Handler.requested.append(self.path)
        path = self.path
        if path == "/careers":
            self._send(200, PAGE)
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._send(302, b"", headers={"Location": "/careers" if left == 0 else f"/hop/{left - 1}"})
        elif path == "/to-file":
            self._send(302, b"", headers={"Location": "file:///etc/passwd"})
        elif path == "/to-ftp":
            self._send(302, b"", headers={"Location": "ftp://127.0.0.1/x"})
        elif path == "/no-type":
            self.send_response(200)
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        elif path == "/policy.pdf":
            self._send(200, b"%PDF-1.7 ...", content_type="application/pdf")
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(fetch.MAX_BYTES + 1))
            self.end_headers()
        elif path == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            try:
                for _ in range(fetch.MAX_BYTES // 65536 + 5):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE)
        else:
            self._send(404, b"<h1>Not found</h1>")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_fetches_one_page_and_nothing_else(server):
    _Handler.requested.clear()
    page = fetch.read_page(f"{server}/careers")
    assert "Mrs Ann Lee" in page.html
    assert _Handler.requested == ["/careers"]  # no image, script, style sheet or linked page


def test_audit_site_on_an_address(server):
    result = run_cli("audit-site", f"{server}/careers", "--as-of", AS_OF.isoformat(), "--format", "json")
    assert result.exit_code == 1  # the page lacks most items
    assert '"SITE.LEADER.NAME"' in result.stdout and '"status": "found"' in result.stdout


def test_follows_up_to_five_redirects(server):
    page = fetch.read_page(f"{server}/hop/4")  # five redirects in all
    assert page.source.endswith("/careers")


def test_refuses_more_than_five_redirects(server):
    with pytest.raises(PageError, match="redirects more than 5 times"):
        fetch.read_page(f"{server}/hop/5")


@pytest.mark.parametrize("path", ["/to-file", "/to-ftp"])
def test_refuses_redirects_to_anything_but_web_addresses(server, path):
    with pytest.raises(PageError, match="not a web address"):
        fetch.read_page(f"{server}{path}")


def test_refuses_content_that_is_not_html(server):
    with pytest.raises(PageError, match=r"not a web page .*application/pdf"):
        fetch.read_page(f"{server}/policy.pdf")


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_refuses_pages_over_the_size_cap(server, path):
    with pytest.raises(PageError, match="too large"):
        fetch.read_page(f"{server}{path}")


def test_page_without_a_content_type_is_read_by_its_content(server):
    assert "Mrs Ann Lee" in fetch.read_page(f"{server}/no-type").html


def test_http_error_status(server):
    with pytest.raises(PageError, match="answered 404"):
        fetch.read_page(f"{server}/nothing-here")


def test_timeout(server, monkeypatch):
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.2)
    with pytest.raises(PageError, match=r"did not answer|took too long"):
        fetch.read_page(f"{server}/slow")


def test_unreachable_address_is_one_line_exit_2():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_cli("audit-site", f"http://127.0.0.1:{port}/careers")
    assert result.exit_code == 2
    assert "refused the connection" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)",
                                     "data:text/html,<h1>x</h1>"])
def test_only_http_and_https_addresses(address):
    result = run_cli("audit-site", address)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_saved_files_that_are_not_pages(tmp_path):
    pdf = tmp_path / "policy.pdf"
    pdf.write_bytes(b"%PDF-1.7 binary")
    text = tmp_path / "notes.txt"
    text.write_text("just some words", encoding="utf-8")
    for path, message in ((pdf, "is a PDF"), (text, "no HTML tags"), (tmp_path, "is a folder"),
                          (tmp_path / "gone.html", "was not found")):
        result = run_cli("audit-site", path)
        assert result.exit_code == 2, path
        assert message in result.stderr


def test_saved_file_over_the_size_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch, "MAX_BYTES", 1000)
    big = tmp_path / "big.html"
    big.write_text("<p>" + "x" * 2000 + "</p>", encoding="utf-8")
    with pytest.raises(PageError, match="too large"):
        fetch.read_page(str(big))
