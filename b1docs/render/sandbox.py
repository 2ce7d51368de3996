"""The Jinja sandbox every Word template renders in: autoescaped, strict, and with its work bounded.

Jinja's own sandbox stops templates reaching Python internals and limits range() to 100,000 items. On top of
that, every {% for %} draws from one loop budget per document, and * ** % and the width-taking filters and
string methods refuse results far larger than any careers document needs, so no template can run for ever
or fill the memory.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import SandboxedEnvironment

# Work limits for one document, far above what any real careers document needs: every {% for %} loop
# together may run this many times, and one * or ** may make a value this large (characters, items, bits).
MAX_LOOP_ITEMS = 1_000_000
MAX_VALUE_SIZE = 1_000_000


class TooMuchWork(jinja2.TemplateRuntimeError):
    """A template asked for more work than any document needs (a runaway loop, an enormous value)."""


class _CountedLoops(CodeGenerator):
    """Compiles every {% for %} so that its items are drawn from the document's one loop budget."""

    def visit_Template(self, node: nodes.Template, frame: Any = None) -> None:
        loops = list(node.find_all(nodes.For))
        originals = [loop.iter for loop in loops]
        for loop in loops:
            loop.iter = nodes.Filter(loop.iter, "_b1docs_counted", [], [], None, None, lineno=loop.lineno)
        try:
            super().visit_Template(node, frame)
        finally:  # the caller's tree stays as parsed (templates check walks it afterwards)
            for loop, original in zip(loops, originals, strict=True):
                loop.iter = original


@jinja2.pass_environment
def _counted(env: Any, iterable: Any) -> Any:
    for item in iterable:
        env.loop_items += 1
        if env.loop_items > MAX_LOOP_ITEMS:
            raise TooMuchWork(f"its loops ran more than {MAX_LOOP_ITEMS:,} times, which is too many for one "
                               "document. Check each {% for %} tag, especially loops inside loops")
        yield item


def _too_large(operator: str, left: Any, right: Any) -> bool:
    if operator == "%":
        return isinstance(left, str) and _asks_for_huge_text((left,))
    if operator == "**":
        return (isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0
                and right * abs(left).bit_length() > MAX_VALUE_SIZE)
    if isinstance(left, int) and isinstance(right, int):
        return left.bit_length() + right.bit_length() > MAX_VALUE_SIZE
    sequence, count = (left, right) if isinstance(right, int) else (right, left)
    return (isinstance(sequence, str | list | tuple) and isinstance(count, int)
            and len(sequence) * count > MAX_VALUE_SIZE)


class _Sandbox(SandboxedEnvironment):
    """The sandbox, with compiled templates kept: docxtpl passes the same XML source on every render.

    Loops share one budget per document and * and ** refuse enormous results, so no template can run
    for ever or fill the memory; the sandbox itself already limits range() to 100,000 items.
    """

    code_generator_class = _CountedLoops
    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=jinja2.StrictUndefined)
        self._compiled: dict[str, jinja2.Template] = {}
        self.filters["_b1docs_counted"] = _counted
        for name in _WIDTH_FILTERS:
            self.filters[name] = _guarded(self.filters[name])
        self.loop_items = 0

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if _too_large(operator, left, right):
            raise TooMuchWork(f"{operator} would make a value too large for a document")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # The sandbox hands templates str.format wrapped, so the string may sit behind __wrapped__.
        receiver = getattr(__obj, "__self__", None) or getattr(getattr(__obj, "__wrapped__", None), "__self__", None)
        if (isinstance(receiver, str) and getattr(__obj, "__name__", "") in _WIDTH_METHODS
                and _asks_for_huge_text((receiver, *args, *kwargs.values()))):
            raise _too_wide()
        return super().call(__context, __obj, *args, **kwargs)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> jinja2.Template:
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        if source not in self._compiled:
            self._compiled[source] = super().from_string(source)
        return self._compiled[source]


def make_environment() -> SandboxedEnvironment:
    """The environment every template renders in: autoescaped, strict about unknown names, sandboxed."""
    return _Sandbox()


# A width or repeat count in a format string: "%100000000s", "{:>100000000}".
_FORMAT_WIDTH = re.compile(r"%[-+ #0]*(\d+)|\{[^{}]*:[^{}]*?(\d+)[^{}]*\}")
_WIDTH_FILTERS = ("center", "indent", "wordwrap", "format", "truncate")
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "format", "format_map"})


def _asks_for_huge_text(values: Any) -> bool:
    """True when an argument asks for text wider than MAX_VALUE_SIZE characters."""
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_VALUE_SIZE:
            return True
        if isinstance(value, str):
            for match in _FORMAT_WIDTH.finditer(value):
                digits = match.group(1) or match.group(2)
                if len(digits) > 9 or int(digits) > MAX_VALUE_SIZE:
                    return True
    return False


def _too_wide() -> TooMuchWork:
    return TooMuchWork(f"a width of more than {MAX_VALUE_SIZE:,} characters would make a value too large for a "
                       "document")


def _guarded(filter_function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(filter_function)  # keeps Jinja's pass_environment marks
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if _asks_for_huge_text((*args, *kwargs.values())):
            raise _too_wide()
        return filter_function(*args, **kwargs)

    return guarded
