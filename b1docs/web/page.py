"""Render the careers web page from a workbook: one self-contained HTML file, or a fragment to paste."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined

from b1docs.web.context import Missing, build_context, mailto
from b1docs.workbook.model import CareersWorkbook


@dataclass(frozen=True)
class PublishedPage:
    """The page's HTML and the statutory items it had to leave out because the workbook lacks them."""

    html: str
    missing: tuple[Missing, ...]


def _load(name: str) -> str:
    return resources.files("b1docs.web").joinpath(name).read_text(encoding="utf-8")


def _environment() -> Environment:
    # autoescape on every template: every value comes from a workbook cell typed by a person.
    env = Environment(loader=FunctionLoader(_load), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=True)
    env.globals["mailto"] = mailto
    return env


def render_page(workbook: CareersWorkbook, *, fragment: bool = False, as_of: dt.date | None = None) -> PublishedPage:
    """The careers page for a workbook. as_of is the date published when the workbook does not give one."""
    page = build_context(workbook, as_of or dt.date.today())
    env = _environment()
    if fragment:
        html = env.get_template("careers-content.html").render(page=page)
    else:
        html = env.get_template("careers-page.html").render(page=page, css=_load("careers.css").strip())
    return PublishedPage(html=html, missing=tuple(page.missing))
