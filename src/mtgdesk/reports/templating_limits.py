"""The limits a report template runs under: memory, time and output, not only access.

Jinja2's SandboxedEnvironment stops a template reaching Python's internals, but not
`{{ 'a' * 10**10 }}`, `{{ 'x'|center(10**9) }}`, loops over a million items inside a
million items, or a render that never ends. A report is a few pages, so each render
gets budgets far above any real template's needs:

- a number given to an operation that sizes a result (`*`, `**`, a filter's or a
  method's argument) is at most MAX_NUMBER, and a string or list made by one is at
  most MAX_SIZE items;
- every `range()` of one render together holds at most MAX_RANGE_ITEMS numbers;
- the output is at most MAX_OUTPUT characters;
- the render stops after MAX_SECONDS, checked on every line the template executes
  (a trace function on the template's own frames only, so the program's code runs at
  full speed).
"""

from __future__ import annotations

import functools
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from types import FrameType
from typing import Any

import jinja2
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

MAX_NUMBER = 100_000
MAX_SIZE = 1_000_000
MAX_RANGE_ITEMS = 1_000_000
MAX_OUTPUT = 20_000_000
MAX_SECONDS = 10.0


class TemplateLimit(Exception):
    """A template went past one of its budgets."""

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(message)
        self.where = where


class _Budget:
    def __init__(self) -> None:
        self.range_items = 0
        self.deadline = time.monotonic() + MAX_SECONDS


_BUDGET: ContextVar[_Budget | None] = ContextVar("template_budget", default=None)


def _budget() -> _Budget:
    budget = _BUDGET.get()
    if budget is None:  # a template rendered outside render_limited
        budget = _Budget()
        _BUDGET.set(budget)
    return budget


def _check_number(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        raise TemplateLimit(f"the number {str(value)[:20]} is larger than a template may "
                            f"use ({MAX_NUMBER:,})")


def _check_size(value: Any) -> Any:
    if isinstance(value, str | list | tuple | bytes) and len(value) > MAX_SIZE:
        raise TemplateLimit(f"it made a text or list of {len(value):,} items (at most "
                            f"{MAX_SIZE:,})")
    return value


def _sized(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple | bytes) else 1


def limited_range(*args: int) -> range:
    for a in args:
        _check_number(a)
    r = range(*args)
    budget = _budget()
    budget.range_items += len(r)
    if budget.range_items > MAX_RANGE_ITEMS:
        raise TemplateLimit(f"its ranges hold more than {MAX_RANGE_ITEMS:,} numbers")
    return r


def _limited_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        for a in (*args, *kwargs.values()):
            _check_number(a)
        name = func.__name__
        if name == "do_replace" and len(args) >= 4:  # (eval_ctx, s, old, new)
            _check_growth(args[1], args[2], args[3])
        elif name == "do_indent" and args:  # (s, width=4, ...): every line indented
            width = args[1] if len(args) > 1 else kwargs.get("width", 4)
            _check_made(len(str(args[0])) + str(args[0]).count("\n") * _width(width),
                        "an indent")
        elif name == "do_join" and len(args) >= 2:  # (eval_ctx, items, sep, attribute)
            items = list(args[1]) if not isinstance(args[1], str) else args[1]
            args = (args[0], items, *args[2:])
            sep = args[2] if len(args) > 2 else kwargs.get("d", "")
            _check_made(sum(_sized(i) for i in items) + len(items) * len(str(sep)), "a join")
        elif name == "do_format" and args:  # (s, *args): printf-style
            _check_format(str(args[0]), args[1:], "%")
        return _check_size(func(*args, **kwargs))

    return run


def _width(value: Any) -> int:
    return len(value) if isinstance(value, str) else value if isinstance(value, int) else 0


def _check_made(size: int, what: str) -> None:
    """Refuse, before it is made, a result larger than MAX_SIZE: one call into C that
    makes a 10 GB string cannot be stopped once it has begun."""
    if size > MAX_SIZE:
        raise TemplateLimit(f"{what} would make more than {MAX_SIZE:,} characters")


def _check_growth(text: Any, old: Any, new: Any) -> None:
    count = len(str(text)) + 1 if str(old) == "" else str(text).count(str(old))
    _check_made(count * len(str(new)) + len(str(text)), "a replace")


_DIGITS = re.compile(r"\d+")


def _check_format(pattern: str, args: Any, opener: str) -> None:
    """A format (`{}` or `%`): at most each field filled with the longest argument,
    padded to the widest number written in the pattern."""
    fields = pattern.count(opener)
    if not fields:
        return
    values = list(args.values()) if isinstance(args, Mapping) else list(args)
    longest = max((len(str(v)) for v in values), default=0)
    widest = max((int(d) if len(d) < 12 else 10**12 for d in _DIGITS.findall(pattern)),
                 default=0)
    _check_made(len(pattern) + fields * (longest + widest), "a format")


def _check_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
                  ) -> tuple[Any, ...]:
    """The text methods whose result can be far longer than their inputs, checked
    before they run; a join's items are listed first (and passed on listed)."""
    # The sandbox hands str.format out wrapped (its own safe formatter).
    method = getattr(method, "__wrapped__", method)
    text = getattr(method, "__self__", None)
    if not isinstance(text, str):
        return args
    name = getattr(method, "__name__", "")
    if name == "replace" and len(args) >= 2:
        _check_growth(text, args[0], args[1])
    elif name == "join" and args:
        items = list(args[0])
        _check_made(sum(_sized(i) for i in items) + len(items) * len(text), "a join")
        args = (items, *args[1:])
    elif name == "format":
        _check_format(text, (*args, *kwargs.values()), "{")
    elif name == "format_map" and args:
        _check_format(text, args[0], "{")
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        _check_made(len(text) + text.count("\t") * _width(size), "expanding tabs")
    return args


class LimitedSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = limited_range
        # Placeholder text has no place in a report, and lipsum(100000) runs in
        # Jinja2's own code for minutes, where the time limit is not checked.
        self.globals.pop("lipsum", None)

    def limit_filters(self) -> None:
        """Every filter (Jinja2's and ours) under the number and size limits."""
        self.filters = {name: _limited_filter(f) for name, f in self.filters.items()}

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            _check_number(right)
            if isinstance(left, int) and abs(left) > 1 and abs(right) > 64:
                raise TemplateLimit("a power that large is not a report's")
        if operator == "*":
            for a, b in ((left, right), (right, left)):
                if isinstance(b, int) and isinstance(a, str | list | tuple):
                    if len(a) * b > MAX_SIZE:
                        raise TemplateLimit(f"it would make a text or list of "
                                            f"{len(a) * b:,} items (at most {MAX_SIZE:,})")
        if operator == "%" and isinstance(left, str):
            raise TemplateLimit("% formatting of text is not available in templates; "
                                "use the format filter")
        if operator == "+" and _sized(left) + _sized(right) > MAX_SIZE:
            raise TemplateLimit(f"it made a text or list of more than {MAX_SIZE:,} items")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any,  # noqa: N805
             **kwargs: Any) -> Any:
        for a in (*args, *kwargs.values()):
            _check_number(a)
        args = _check_method(__obj, args, kwargs)
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def render_limited(self, template: jinja2.Template, context: Mapping[str, Any]) -> str:
        """Render under the budgets; TemplateLimit when one is passed."""
        token = _BUDGET.set(_Budget())
        previous = sys.gettrace()
        sys.settrace(_tracer)
        try:
            return "".join(_bounded(template.generate(**context)))
        except TemplateLimit as exc:
            exc.where = exc.where or failing_line(exc)
            raise
        finally:
            sys.settrace(previous)
            _BUDGET.reset(token)


def _bounded(pieces: Iterator[str]) -> Iterator[str]:
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > MAX_OUTPUT:
            raise TemplateLimit(f"its output is longer than {MAX_OUTPUT:,} characters")
        yield piece


def _tracer(frame: FrameType, event: str, arg: Any) -> Any:
    if not frame.f_globals.get("__jinja_template__"):
        return None  # not template code: no line tracing, full speed
    return _line_tracer


def _line_tracer(frame: FrameType, event: str, arg: Any) -> Any:
    if time.monotonic() > _budget().deadline:
        raise TemplateLimit(f"it ran for more than {MAX_SECONDS:.0f} seconds")
    return _line_tracer


def failing_line(exc: BaseException) -> str | None:
    """`name, line N` of the template line an exception came from, if it did."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename and frame.filename.endswith(".j2"):
            return f"{frame.filename.rsplit('/', 1)[-1]}, line {frame.lineno}"
    return None
