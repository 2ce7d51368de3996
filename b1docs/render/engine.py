"""Rendering the Word templates: a strict, sandboxed Jinja environment, loaded and checked once per process.

`TemplateSet.load()` reads the three templates into memory and compiles them once, so `b1docs batch` can
keep one per worker and render hundreds of schools without touching the template files again.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from jinja2.sandbox import SandboxedEnvironment

from b1docs.errors import TemplateError
from b1docs.render.sandbox import make_environment

LANGUAGE = "en-GB"
# A .docx template is a zip: refuse one that would unpack to something absurd before python-docx opens it.
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 2000
_DTD_RE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentKind:
    """One of the documents b1docs writes, and the template it comes from."""

    key: str
    template: str
    title: str
    slug: str
    subject: str


DOCUMENTS: dict[str, DocumentKind] = {
    "plan": DocumentKind("plan", "strategic-careers-plan.docx", "Strategic careers plan", "strategic-careers-plan",
                         "The careers programme's strategy, current state and action plan, for governors"),
    "guide": DocumentKind("guide", "guide-for-parents-and-carers.docx", "Guide for parents and carers",
                          "guide-for-parents-and-carers",
                          "What careers education looks like each year, and how families can help"),
    "policy": DocumentKind("policy", "provider-access-policy.docx", "Provider access policy statement",
                           "provider-access-policy",
                           "How education and training providers can meet pupils (section 42B, Education Act 1997)"),
}


def default_template_bytes(name: str) -> bytes:
    return resources.files("b1docs.templates").joinpath(name).read_bytes()


def check_docx_bytes(data: bytes, source: str) -> None:
    """Refuse something that is not a Word document, or a zip bomb, with a plain message."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNZIPPED_BYTES:
                raise TemplateError("is too large once unzipped to be a Word template", path=source)
            for member in members:
                # Entity declarations (billion laughs, external files) have no place in a Word document.
                if member.filename.endswith((".xml", ".rels")) and _DTD_RE.search(archive.read(member)):
                    raise TemplateError(f"its part {member.filename} declares XML entities, which b1docs refuses "
                                        "for safety. Open it in Word and save it again as .docx", path=source)
            if "word/document.xml" not in archive.namelist():
                raise TemplateError("is not a Word document (.docx). Save it from Word as a .docx file",
                                    path=source)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as err:
        raise TemplateError("is not a Word document (.docx). Save it from Word as a .docx file",
                            path=source) from err


@dataclass
class TemplateSet:
    """The three templates as bytes, each checked and compiled once; `sources` says where each came from."""

    data: dict[str, bytes]
    sources: dict[str, str]
    env: SandboxedEnvironment = field(default_factory=make_environment)
    fallbacks: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, templates_dir: Path | None = None) -> TemplateSet:
        """Read the templates; a file missing from templates_dir falls back to the default one (noted)."""
        data: dict[str, bytes] = {}
        sources: dict[str, str] = {}
        fallbacks: list[str] = []
        if templates_dir is not None and not Path(templates_dir).is_dir():
            raise TemplateError("is not a folder of templates. Run b1docs templates export FOLDER to make one",
                                path=templates_dir)
        for key, kind in DOCUMENTS.items():
            custom = Path(templates_dir) / kind.template if templates_dir is not None else None
            if custom is not None and custom.is_file():
                try:
                    data[key] = custom.read_bytes()
                except OSError as err:
                    raise TemplateError(f"cannot be read ({err.strerror or err})", path=custom) from err
                sources[key] = str(custom)
            else:
                data[key] = default_template_bytes(kind.template)
                sources[key] = f"the default {kind.template}"
                if custom is not None:
                    fallbacks.append(f"{templates_dir} has no {kind.template}, so the default {kind.title.lower()} "
                                     "template is used.")
        template_set = cls(data, sources, fallbacks=fallbacks)
        for key in DOCUMENTS:
            template_set.compile(key)
        return template_set

    def compile(self, key: str) -> None:
        """Check the template is a Word document and its tags are valid Jinja; fill the compile cache."""
        from b1docs.render.source import template_sources

        check_docx_bytes(self.data[key], self.sources[key])
        for part in template_sources(self.data[key]):
            try:
                self.env.from_string(part.text)
            except jinja2.TemplateSyntaxError as err:
                raise TemplateError(syntax_message(err, part.text), path=self.sources[key]) from err

    def render(self, key: str, context: dict[str, Any], *, as_of: dt.date) -> bytes:
        """Render one document and return the .docx bytes, with its title and language set."""
        from b1docs.render.source import template_class

        source = self.sources[key]
        template = template_class()(io.BytesIO(self.data[key]))
        self.env.loop_items = 0  # type: ignore[attr-defined]  # one loop budget per document
        try:
            template.render(context, jinja_env=self.env, autoescape=True)
        except jinja2.UndefinedError as err:
            raise TemplateError(undefined_message(err), path=source) from err
        except jinja2.exceptions.SecurityError as err:
            raise TemplateError(f"tries to reach inside b1docs, which templates may not do ({err}). "
                                "Remove that tag", path=source) from err
        except jinja2.TemplateSyntaxError as err:
            raise TemplateError(syntax_message(err), path=source) from err
        except jinja2.TemplateError as err:
            raise TemplateError(f"could not be filled in: {err}", path=source) from err
        except (TypeError, ValueError, AttributeError) as err:
            # A filter used on the wrong kind of value, e.g. {{ school.name|round }}.
            raise TemplateError(f"could not be filled in: {err}", path=source) from err
        except (OverflowError, RecursionError, MemoryError) as err:
            # range(10**9) (the sandbox's own limit), a macro calling itself, a value too big to hold.
            detail = str(err) or type(err).__name__
            raise TemplateError(f"could not be filled in: it asks for too much work ({detail}). Check its loops, "
                                "macros and numbers", path=source) from err
        document = template.docx
        set_properties(document, DOCUMENTS[key], context, as_of)
        buffer = io.BytesIO()
        template.save(buffer)
        return buffer.getvalue()


def syntax_message(err: jinja2.TemplateSyntaxError, source: str | None = None) -> str:
    """A syntax error with the words around it, since line numbers mean nothing inside a .docx."""
    around = list(getattr(err, "docx_context", None) or [])
    if not around and source is not None and err.lineno:
        from b1docs.render.source import text_near

        around = text_near(source, err.lineno)
    snippet = " / ".join(line.strip() for line in around if line.strip())[:200]
    where = f" near: {snippet}" if snippet else ""
    return f"has a mistake in a tag ({err.message}){where}"


def undefined_message(err: jinja2.UndefinedError) -> str:
    detail = (err.message or "").replace("'dict object' has no attribute", "has no field called")
    return (f"uses a name b1docs does not provide ({detail}). Check the spelling against docs/templates.md, "
            "or run b1docs templates check")


def set_properties(document: Any, kind: DocumentKind, context: dict[str, Any], as_of: dt.date) -> None:
    """Title, subject, author and language, set after rendering so no Jinja ever reaches core properties."""
    school = context["school"]["name"] or "School"
    core = document.core_properties
    # Word's core properties hold at most 255 characters; a very long school name is shortened there only.
    core.title = _fit(f"{kind.title} {context['academic_year']}: {school}")
    core.subject = _fit(kind.subject)
    core.author = _fit(school)
    core.last_modified_by = "b1docs"
    core.language = LANGUAGE
    core.keywords = "careers; Gatsby Benchmark 1"
    core.comments = ""
    # Fixed dates make a rebuild of the same workbook give the same document.
    stamp = dt.datetime(as_of.year, as_of.month, as_of.day)
    core.created = core.modified = stamp
    core.revision = 1
    set_language(document, LANGUAGE)


def _fit(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def set_language(document: Any, language: str) -> None:
    """Spell-check and screen-reader language: w:lang in the style defaults and in every style."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    for element in styles.iter(qn("w:lang")):
        element.set(qn("w:val"), language)
