"""Property-based tests (issue 8): arbitrary cell text through check, build and publish.

Workbooks are generated with any text people might paste (unicode with emoji, right-to-left scripts and
combining marks, XML specials, Jinja syntax, control characters, newlines, very long text) in the fields that
reach the documents and the page. For every example: no crash (exit 0 or 1, no traceback); every document
opens; each value appears literally where it belongs, after the documented normalisation (control characters
removed, outer white space trimmed; layout may turn runs of white space into one); the page shows it as text.
A handful of the documents are then converted by LibreOffice in one call.

Profiles: a short one by default (15 examples, for CI); `B1DOCS_HYPOTHESIS=long pytest tests/property` runs
500 examples of each (see docs/security.md).
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import docx
import pytest
from conftest import require_program, run_cli
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from b1docs.files import safe_filename
from b1docs.workbook.writer import write_filled_workbook

# The text helpers live with the corpus; put that folder on the path even when only tests/property runs.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from corpus_text import docx_text, page_text, squeeze

PROFILES = {
    # CI: a few examples and no shrinking (each example builds three documents; shrinking one takes minutes).
    "ci": settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                   phases=[Phase.explicit, Phase.reuse, Phase.generate]),
    "long": settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]),
}
PROFILE = PROFILES[os.environ.get("B1DOCS_HYPOTHESIS", "ci")]
AS_OF = "2026-12-01"
KEEP_FOR_LIBREOFFICE = 4
_EXCEL_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")

# Pieces people paste: markup, template syntax, scripts, formulas, bidi controls, combining marks, emoji.
AWKWARD = [
    "&", "<", ">", '"', "'", "&amp;", "<b>", "</w:t>", "<script>alert(1)</script>", "{{", "}}", "{%", "%}", "{#",
    "#}", "{{ 7*7 }}", "{% raw %}", "{%p if x %}", "{{ school.name }}", "\n", "\r\n", "\t", "  ", "🎓", "👩🏽‍🔬",
    "🏳️‍🌈", "مدرسة النور", "שלום", "\u202e", "\u200f", "e\u0301", "Z\u0336", "\u0000", "\u0007", "\u001b", "\u000b",
    "=HYPERLINK(\"http://x\")", "+1", "-", "@", "Smith & Sons <Ltd>", "\u00a0", "\u2028", "ﬁ", "Ⅻ", "\ufeff",
]
_CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\ufffe\uffff")


def _text(min_size: int = 1) -> st.SearchStrategy[str]:
    piece = st.one_of(st.text(_CHARACTERS, max_size=12), st.sampled_from(AWKWARD))
    short = st.lists(piece, min_size=min_size, max_size=8).map("".join)
    long = st.text(_CHARACTERS, min_size=2_000, max_size=32_000)
    text = st.one_of(short, short, short, short, short, long) if min_size else short
    # A cell cannot hold _x0041_-style sequences literally (Excel would have escaped them as _x005F_), and
    # text typed with a leading = is a formula, which is its own corpus case.
    return text.filter(lambda value: not _EXCEL_ESCAPE.search(value) and len(value) <= 32_000
                       and not value.startswith("="))


def expected(text: str) -> str:
    """What the documents must show for text: control characters removed, outer white space trimmed."""
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n").strip()
    return squeeze(cleaned)


def as_excel_saves(text: str) -> str:
    """Control characters written the way Excel writes them into a cell (_x0007_)."""
    return ILLEGAL_CHARACTERS_RE.sub(lambda match: f"_x{ord(match.group()):04X}_", text)


def _base() -> dict[str, Any]:
    from sample_workbooks.data.oakfield import DATA

    data = copy.deepcopy(DATA)
    data["programme"] = data["programme"][:4]
    return data


BASE = _base()
# Always tried first (and always converted by LibreOffice): the awkward pieces that matter most, together.
HOSTILE = {
    "school": "  Smith & Sons <Ltd> {{ 7*7 }} {% raw %} Academy\u0007 ",
    "leader": "Zoë O’Brien-مدرسة 👩🏽‍🔬 e\u0301 \u202eevil\u202c",
    "titles": ["<script>alert(1)</script>", "{%p if x %}Line one\nLine two{# note #}"],
    "description": "\"Quotes\" & 'apostrophes' </w:t><w:t>\t_done",
    "providers": ["+1 -1 =HYPERLINK(\"http://x\") @SUM", "Ⅻ ﬁ \u00a0\u2028 ¤"],
}


@st.composite
def school_texts(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "school": draw(_text()),
        "leader": draw(_text()),
        "titles": [draw(_text()) for _ in range(2)],
        "description": draw(_text()),
        "providers": [draw(_text()) for _ in range(2)],
    }


def workbook_data(texts: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data["school"]["name"] = as_excel_saves(texts["school"])
    data["leadership"]["leader_name"] = as_excel_saves(texts["leader"])
    for row, title in zip(data["programme"], texts["titles"], strict=False):
        row["title"] = as_excel_saves(title)
    data["programme"][0]["description"] = as_excel_saves(texts["description"])
    for row, provider in zip(data["encounters"], texts["providers"], strict=False):
        row["provider"] = as_excel_saves(provider)
    return data


def _ran(result: Any, *allowed: int) -> None:
    text = result.stdout + result.stderr
    assert "Traceback" not in text and "unexpected error" not in text, text[-2000:]
    assert result.exit_code in allowed, f"exit {result.exit_code}: {text[-2000:]}"


def _contains(haystack: str, value: str, where: str) -> None:
    want = expected(value)
    if want:
        assert want in haystack, f"{want[:80]!r} is not in the {where}"


@pytest.mark.slow
def test_arbitrary_cell_text_reaches_documents_and_page_literally(tmp_path: Path):
    kept = tmp_path / "for-libreoffice"
    kept.mkdir()

    @PROFILE
    @given(texts=school_texts())
    @example(texts=HOSTILE)
    def one_school(texts: dict[str, Any]) -> None:
        with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
            work = Path(folder)
            workbook = write_filled_workbook(work / "careers.xlsx", workbook_data(texts))
            _ran(run_cli("check", workbook, "--as-of", AS_OF), 0, 1)
            _ran(run_cli("build", workbook, "--as-of", AS_OF, "--out", work / "docs"), 0)
            _ran(run_cli("publish", workbook, "--as-of", AS_OF, "--out", work / "careers.html"), 0)
            documents = sorted((work / "docs").glob("*.docx"))
            assert len(documents) == 3
            text = {}
            for path in documents:
                docx.Document(str(path))  # every document opens
                key = next(key for key in ("plan", "guide", "policy")
                           if key in path.name.replace("strategic-careers-plan", "plan")
                           .replace("guide-for-parents", "guide").replace("provider-access-policy", "policy"))
                text[key] = squeeze(docx_text(path))
            for key in ("plan", "guide", "policy"):
                _contains(text[key], texts["school"], key)
            for key in ("plan", "guide"):
                _contains(text[key], texts["leader"], key)
            for title in texts["titles"]:
                _contains(text["plan"], title, "plan")
            for provider in texts["providers"]:
                _contains(text["plan"], provider, "plan")
                _contains(text["policy"], provider, "policy")
            page = (work / "careers.html").read_text(encoding="utf-8")
            shown = squeeze(page_text(page))
            for value in (texts["school"], texts["leader"], *texts["titles"]):
                _contains(shown, value, "page")
            if expected(texts["titles"][0]):  # an activity with no title is not listed, nor its description
                _contains(shown, texts["description"], "page")
            assert "<script>alert(1)</script>" not in page.split("</head>", 1)[-1]
            # LibreOffice lays out tens of thousands of random characters from every script very slowly (font
            # fallback glyph by glyph), so it converts the examples with shorter text; python-docx opened all.
            short = sum(len(value) for value in (texts["school"], texts["leader"], texts["description"],
                                                 *texts["titles"], *texts["providers"])) < 3_000
            if short and len(list(kept.iterdir())) < KEEP_FOR_LIBREOFFICE:
                target = kept / f"school-{len(list(kept.iterdir()))}-plan.docx"
                shutil.copy(next(path for path in documents if "plan" in path.name), target)

    one_school()
    _libreoffice_opens(sorted(kept.iterdir()), tmp_path / "pdf")


def _libreoffice_opens(documents: list[Path], outdir: Path) -> None:
    """Convert the kept documents in one LibreOffice call; each must come out as a non-empty PDF."""
    import subprocess
    import uuid

    soffice = require_program("soffice")
    profile = outdir.parent / f"lo-profile-{uuid.uuid4().hex}"
    outdir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                           "--convert-to", "pdf", "--outdir", str(outdir), *map(str, documents)],
                          capture_output=True, text=True, timeout=300, check=False)
    shutil.rmtree(profile, ignore_errors=True)
    missing = [path.name for path in documents if not (outdir / f"{path.stem}.pdf").is_file()
               or (outdir / f"{path.stem}.pdf").stat().st_size == 0]
    assert not missing, f"LibreOffice could not convert {missing}: {done.stdout} {done.stderr}"


@PROFILE
@given(name=_text())
def test_no_school_name_can_escape_the_output_folder(name: str):
    stem = safe_filename(name)
    assert stem and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", stem), stem
    assert len(stem) <= 90
    assert stem.split("-")[0] not in {"con", "prn", "aux", "nul"}
