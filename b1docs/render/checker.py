"""`b1docs templates check`: find every problem in edited templates before a build meets them.

Three kinds of problem, one line each: a tag Jinja cannot read (with the words around it); a name the
context does not have, checked along its whole path (school.nmae, activity.titel inside a loop) by walking
the template's syntax tree against the context's real shape; and anything the sandbox refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from b1docs.errors import TemplateError
from b1docs.render.engine import DOCUMENTS, check_docx_bytes, make_environment
from b1docs.render.source import template_sources, text_near

ANY = "any"  # a value whose shape the checker cannot know (a loop's `loop`, a macro argument, ...)
BLOCKED = "blocked"  # the result of a refused attribute: reported once, not again for each attribute after it
_DICT_METHODS = {"items", "keys", "values", "get"}
_SHAPE_KEEPING_FILTERS = {"sort", "reverse", "list", "unique", "selectattr", "rejectattr", "default", "d"}
_ITEM_FILTERS = {"first", "last", "random"}


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in one template file."""

    template: str
    kind: str  # "file", "syntax", "unknown" or "sandbox"
    message: str
    near: str = ""

    def __str__(self) -> str:
        near = f" (near: {self.near})" if self.near else ""
        return f"{self.template}: {self.message}{near}"


def shape_of(value: Any) -> Any:
    """The structure of a context value: dicts of fields, lists of one item shape, or a type name."""
    if isinstance(value, dict):
        return {key: shape_of(item) for key, item in value.items()}
    if isinstance(value, list):
        if not value:
            return [ANY]
        merged: Any = ANY
        for item in value:
            merged = _merge(merged, shape_of(item))
        return [merged]
    return type(value).__name__


def _merge(first: Any, second: Any) -> Any:
    """Two shapes of items of one list as one: an empty list in one item must not hide another's fields."""
    if first == ANY:
        return second
    if isinstance(first, dict) and isinstance(second, dict):
        return {key: _merge(first.get(key, ANY), second.get(key, ANY)) for key in {**first, **second}}
    if isinstance(first, list) and isinstance(second, list):
        return [_merge(first[0], second[0])]
    return first


def check_folder(folder: Path) -> tuple[list[TemplateProblem], list[str]]:
    """Check every b1docs template in folder. Returns (problems, notes); notes are not problems."""
    from b1docs.render.example import example_context

    folder = Path(folder)
    if not folder.is_dir():
        raise TemplateError("is not a folder. Give the folder that holds the templates", path=folder)
    try:
        present = {path.name for path in folder.iterdir()}
    except OSError as err:
        raise TemplateError(f"cannot be read ({err.strerror or err})", path=folder) from err
    context = example_context()
    problems: list[TemplateProblem] = []
    notes: list[str] = []
    for kind in DOCUMENTS.values():
        if kind.template not in present:
            notes.append(f"{kind.template}: not in the folder, so build uses the default {kind.title.lower()}.")
            continue
        try:
            data = (folder / kind.template).read_bytes()
        except OSError as err:
            raise TemplateError(f"cannot be read ({err.strerror or err})", path=folder / kind.template) from err
        problems.extend(check_template(data, kind.template, context))
    known = {kind.template for kind in DOCUMENTS.values()}
    for name in sorted(present):
        if name.endswith(".docx") and name not in known and not name.startswith("~$"):
            notes.append(f"{name}: b1docs does not use this file; the templates it reads are "
                         + ", ".join(sorted(known)) + ".")
    return problems, notes


def check_template(data: bytes, name: str, context: dict[str, Any]) -> list[TemplateProblem]:
    """All problems in one template's bytes."""
    try:
        check_docx_bytes(data, name)
    except TemplateError as err:
        return [TemplateProblem(name, "file", str(err).removeprefix(f"{name}: "))]
    env = make_environment()
    problems: list[TemplateProblem] = []
    for part in template_sources(data):
        try:
            tree = env.parse(part.text)
            env.compile(tree)  # unknown filters and tests are found at compile time
        except jinja2.TemplateSyntaxError as err:
            near = _near(part.text, err.lineno)
            problems.append(TemplateProblem(name, "syntax", f"a tag Jinja cannot read: {err.message}", near))
            continue
        walker = _Walker(shape_of(context), set(env.globals))
        walker.visit(tree, {})
        problems.extend(TemplateProblem(name, kind, message, _near(part.text, line))
                        for kind, message, line in walker.found)
    if not problems:
        problems.extend(_dry_render(data, name, context))
    return problems


def _dry_render(data: bytes, name: str, context: dict[str, Any]) -> list[TemplateProblem]:
    """Render once against the full example context: catches what only shows when the template runs."""
    from b1docs.render.engine import TemplateSet
    from b1docs.render.example import EXAMPLE_DAY

    # The key only decides the title set on the result, so an unfamiliar file name can use any.
    key = next((kind.key for kind in DOCUMENTS.values() if kind.template == name), "plan")
    template_set = TemplateSet({key: data}, {key: name})
    try:
        template_set.render(key, context, as_of=EXAMPLE_DAY)
    except TemplateError as err:
        message = str(err).removeprefix(f"{name}: ")
        kind = "sandbox" if "reach inside" in message else "unknown" if "does not provide" in message else "syntax"
        return [TemplateProblem(name, kind, message)]
    return []


def _near(source: str, lineno: int | None) -> str:
    if not lineno:
        return ""
    words = [line.strip() for line in text_near(source, lineno, before=1, after=1) if line.strip()]
    return " / ".join(words)[:160]


class _Walker:
    """Follows names through the template's syntax tree, knowing what each loop variable holds."""

    def __init__(self, context_shape: dict[str, Any], globals_: set[str]) -> None:
        self.context = context_shape
        self.globals = globals_
        self.found: list[tuple[str, str, int]] = []

    def report(self, kind: str, message: str, node: nodes.Node) -> None:
        entry = (kind, message, node.lineno)
        if entry not in self.found:
            self.found.append(entry)

    def visit(self, node: nodes.Node, scope: dict[str, Any]) -> None:
        if isinstance(node, nodes.For):
            self.visit_for(node, scope)
        elif isinstance(node, nodes.Assign | nodes.AssignBlock):
            shape = self.expr(node.node, scope) if isinstance(node, nodes.Assign) else "str"
            for child in ([] if isinstance(node, nodes.Assign) else node.body):
                self.visit(child, scope)
            self.bind(node.target, shape, scope)
        elif isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values, strict=False):
                self.bind(target, self.expr(value, scope), inner)
            self.visit_all(node.body, inner)
        elif isinstance(node, nodes.Macro | nodes.CallBlock):
            inner = dict(scope, caller=ANY, varargs=ANY, kwargs=ANY)
            for arg in node.args:
                inner[arg.name] = ANY
            for default in node.defaults:
                self.expr(default, scope)
            if isinstance(node, nodes.Macro):
                scope[node.name] = inner[node.name] = ANY  # a macro may call itself
            else:
                self.expr(node.call, scope)
            self.visit_all(node.body, inner)
        elif isinstance(node, nodes.Expr):
            self.expr(node, scope)
        else:
            for child in node.iter_child_nodes():
                if isinstance(child, nodes.Expr):
                    self.expr(child, scope)
                else:
                    self.visit(child, scope)

    def visit_all(self, body: list[nodes.Node], scope: dict[str, Any]) -> None:
        for child in body:
            self.visit(child, scope)

    def visit_for(self, node: nodes.For, scope: dict[str, Any]) -> None:
        iterable = self.expr(node.iter, scope)
        item = iterable[0] if isinstance(iterable, list) and iterable else ANY
        inner = dict(scope, loop=ANY)
        self.bind(node.target, item, inner)
        if node.test is not None:
            self.expr(node.test, inner)
        self.visit_all(node.body, inner)
        self.visit_all(node.else_, scope)

    def bind(self, target: nodes.Node, shape: Any, scope: dict[str, Any]) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = shape
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self.bind(item, ANY, scope)
        elif isinstance(target, nodes.NSRef):
            scope.setdefault(target.name, ANY)

    def expr(self, node: nodes.Node, scope: dict[str, Any]) -> Any:
        """The shape of an expression's value, reporting unknown names along the way."""
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            if node.name in self.context:
                return self.context[node.name]
            if node.name not in self.globals:
                self.report("unknown", f"unknown variable {node.name}", node)
            return ANY
        if isinstance(node, nodes.Getattr):
            return self.member(node.node, node.attr, scope, node)
        if isinstance(node, nodes.Getitem):
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                return self.member(node.node, node.arg.value, scope, node)
            base = self.expr(node.node, scope)
            self.expr(node.arg, scope)
            return base[0] if isinstance(base, list) and base else ANY
        if isinstance(node, nodes.Filter):
            base = self.expr(node.node, scope) if node.node is not None else ANY
            self.children(node, scope, skip=node.node)
            if node.name in _SHAPE_KEEPING_FILTERS:
                return base
            if node.name in _ITEM_FILTERS:
                return base[0] if isinstance(base, list) and base else ANY
            return ANY
        if isinstance(node, nodes.Call):
            self.expr(node.node, scope)
            self.children(node, scope, skip=node.node)
            return ANY
        self.children(node, scope)
        return ANY

    def children(self, node: nodes.Node, scope: dict[str, Any], skip: nodes.Node | None = None) -> None:
        for child in node.iter_child_nodes():
            if child is not skip:
                self.expr(child, scope)

    def member(self, base_node: nodes.Node, attr: str, scope: dict[str, Any], node: nodes.Node) -> Any:
        base = self.expr(base_node, scope)
        path = f"{_describe(base_node)}.{attr}"
        if base == BLOCKED:
            return BLOCKED
        if attr.startswith("_"):
            self.report("sandbox", f"{path} reaches inside Python, which templates may not do", node)
            return BLOCKED
        if base == ANY:
            return ANY
        if isinstance(base, dict):
            if attr in base:
                return base[attr]
            if attr in _DICT_METHODS:
                return ANY
        elif isinstance(base, list):
            if attr in {"index", "count"}:
                return ANY
        elif hasattr({"str": str, "int": int, "bool": bool}.get(base, object), attr):
            return ANY
        self.report("unknown", f"unknown variable {path}", node)
        return ANY


def _describe(node: nodes.Node) -> str:
    """The expression as the author wrote it, for messages: school.name, activity['title']."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_describe(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_describe(node.node)}.{node.arg.value}"
    if isinstance(node, nodes.Const):
        return repr(node.value)
    return "(expression)"
