"""Read the page to audit: a saved HTML file or one http(s) address. Nothing else is ever fetched.

The address is fetched once, with a time limit, a size cap and at most five redirects, and only
http and https are allowed at every step. Images, scripts, styles and linked pages are never loaded.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from b1docs import __version__
from b1docs.errors import PageError

TIMEOUT_SECONDS = 10
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_URL_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://")


@dataclass(frozen=True)
class FetchedPage:
    html: str
    source: str  # the file name or the final address after redirects


def is_url(page: str) -> bool:
    return bool(_URL_RE.match(page))


def read_page(page: str) -> FetchedPage:
    """The HTML of a saved file or a web address. Raises PageError with one plain line on any failure."""
    if is_url(page):
        return fetch_url(page)
    return read_file(Path(page))


def read_file(path: Path) -> FetchedPage:
    if not path.exists():
        raise PageError("was not found. Check the file name, or give a web address starting https://",
                        path=path)
    if path.is_dir():
        raise PageError("is a folder. Give the saved web page (.html) instead", path=path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PageError(f"is too large for a web page ({size // 1024 // 1024} MB; the limit is "
                            f"{MAX_BYTES // 1024 // 1024} MB)", path=path)
        data = path.read_bytes()
    except OSError as err:
        raise PageError(f"could not be read ({err.strerror or err})", path=path) from err
    _refuse_binary(data, str(path))
    return FetchedPage(decode(data, None), str(path))


def _refuse_binary(data: bytes, source: str) -> None:
    head = data[:2048]
    if head.startswith(b"%PDF"):
        raise PageError(f"{source} is a PDF, not a web page. Give the careers web page itself")
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise PageError(f"{source} is an Office or zip file, not a web page. Give the careers web page itself")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PageError(f"{source} is not a web page (it holds binary data)")


def decode(data: bytes, charset: str | None) -> str:
    """Bytes to text: the server's charset, else a BOM or <meta charset>, else UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if not charset:
        meta = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.I)
        charset = meta.group(1).decode("ascii") if meta else "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http or https addresses."""

    max_redirections = MAX_REDIRECTS
    # urllib's own loop check (same address 4 times) would fire first, with a three-line message.
    max_repeats = MAX_REDIRECTS + 1

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        # urllib itself refuses file: but allows ftp:, and says so in programmer's words; check first.
        location = headers.get("location") or headers.get("uri")
        if location:
            newurl = urljoin(req.full_url, location)
            if urlsplit(newurl).scheme.lower() not in {"http", "https"}:
                raise PageError(f"{_original(req)} redirects to {newurl}, which is not a web address b1docs "
                                "will open")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in {"http", "https"}:
            raise PageError(f"{req.full_url} redirects to {newurl}, which is not a web address b1docs will open")
        if sum(getattr(req, "redirect_dict", {}).values()) >= MAX_REDIRECTS:  # a loop counts every hop
            raise PageError(f"{_original(req)} redirects more than {MAX_REDIRECTS} times. "
                            "Open it in a browser and give the final address instead")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.original_url = _original(req)  # type: ignore[attr-defined]
        return new


def _original(req: urllib.request.Request) -> str:
    return getattr(req, "original_url", req.full_url)


def _opener() -> urllib.request.OpenerDirector:
    # Built by hand so that no file:, ftp: or data: handler exists: only http and https can be opened.
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    _Redirects(), urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch_url(url: str) -> FetchedPage:
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise PageError(f"{url} is not a web address b1docs can open. Give an address starting https:// "
                        "or a saved .html file")
    request = urllib.request.Request(url, headers={
        "User-Agent": f"b1docs/{__version__} (careers page audit)",
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    })
    deadline = time.monotonic() + TIMEOUT_SECONDS * 3
    try:
        with _opener().open(request, timeout=TIMEOUT_SECONDS) as response:
            final_url = response.geturl()
            # No Content-Type at all is read and judged by its content below, as browsers do.
            declared = response.headers.get("Content-Type") is not None
            content_type = response.headers.get_content_type()
            if declared and content_type not in _HTML_TYPES:
                raise PageError(f"{url} is not a web page (the website sent {content_type}). "
                                "Give the address of the careers web page itself")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_BYTES:
                raise PageError(_too_large(url))
            chunks, total = [], 0
            while True:
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_BYTES:
                    raise PageError(_too_large(url))
                if time.monotonic() > deadline:
                    raise PageError(f"{url} took too long to send the page. Try again later, or save the page "
                                    "from your browser and give the file instead")
                chunks.append(chunk)
            charset = response.headers.get_content_charset()
    except PageError:
        raise
    except urllib.error.HTTPError as err:
        reason = " ".join(str(err.reason).split())  # one line, whatever the server sent
        raise PageError(f"{url} could not be opened: the website answered {err.code} {reason}") from err
    except urllib.error.URLError as err:
        raise PageError(f"{url} could not be opened: {_reason(err.reason)}") from err
    except TimeoutError as err:
        raise PageError(f"{url} did not answer within {TIMEOUT_SECONDS} seconds. Check the address, or "
                        "save the page from your browser and give the file instead") from err
    except (OSError, ValueError) as err:
        raise PageError(f"{url} could not be opened ({err})") from err
    data = b"".join(chunks)
    _refuse_binary(data, url)
    return FetchedPage(decode(data, charset), final_url)


def _too_large(url: str) -> str:
    return f"{url} is too large for a careers web page (over {MAX_BYTES // 1024 // 1024} MB)"


def _reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return "the website's name was not found. Check the address"
    if isinstance(reason, ConnectionRefusedError):
        return "the website refused the connection"
    if isinstance(reason, TimeoutError):
        return f"the website did not answer within {TIMEOUT_SECONDS} seconds"
    if isinstance(reason, ssl.SSLError):
        return "the secure connection failed (a certificate problem)"
    return str(reason)
