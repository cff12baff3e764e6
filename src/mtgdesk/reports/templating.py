"""Jinja2 templates for the text and HTML reports.

Templates run in a SandboxedEnvironment, because an office may drop its own template
into the user templates folder (it overrides a shipped one of the same name) and a
template file is not trusted code. HTML templates autoescape: text a clerk typed is
text, never markup.
"""

from __future__ import annotations

import base64
import mimetypes
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from markupsafe import Markup, escape

from mtgdesk import resources
from mtgdesk.domain.errors import UserError
from mtgdesk.reports import fonts
from mtgdesk.settings import user_templates_dir

TEXT_WIDTH = 78
NUMBER_WIDTH = 5  # "1.   " as in the seed: number, full stop, spaces to column 5


class ShippedLoader(jinja2.BaseLoader):
    """The templates in resources/templates, wherever the package is installed."""

    def get_source(self, environment: jinja2.Environment, template: str
                   ) -> tuple[str, str | None, Callable[[], bool] | None]:
        node = resources.resource("templates", template)
        if not node.is_file():
            raise jinja2.TemplateNotFound(template)
        return node.read_text(encoding="utf-8"), None, lambda: True


def _is_html(name: str | None) -> bool:
    return bool(name) and ".html" in Path(name or "").suffixes


def hang(text: str, number: Any, width: int = TEXT_WIDTH) -> str:
    """`1.   Text ...` wrapped with a hanging indent under the text."""
    head = f"{number}.".ljust(NUMBER_WIDTH - 1) + " "
    return _fill(text, width, head, " " * len(head))


def wrap(text: str, width: int = TEXT_WIDTH, indent: str = "", rest: str | None = None) -> str:
    return _fill(text, width, indent, indent if rest is None else rest)


def _fill(text: str, width: int, first: str, rest: str) -> str:
    # Each line break the clerk typed starts a new wrapped line; nothing else changes.
    lines = []
    for i, line in enumerate(str(text).splitlines() or [""]):
        lines.append(textwrap.fill(line, width, initial_indent=first if i == 0 else rest,
                                   subsequent_indent=rest, break_long_words=False,
                                   break_on_hyphens=False) or (first if i == 0 else "").rstrip())
    return "\n".join(lines)


def nl2br(text: str) -> Markup:
    """Line breaks a clerk typed, kept in HTML; the text itself is escaped first."""
    return Markup("<br>\n").join(escape(line) for line in str(text).splitlines())


def data_uri(path: str) -> str:
    """A logo file as a data: URI, so an HTML report is one self-contained file."""
    if not path:
        return ""
    try:
        data = Path(path).expanduser().read_bytes()
    except OSError:
        return ""  # a logo moved away must not stop a report; it prints without one
    mime = mimetypes.guess_type(path)[0] or "image/png"
    if not mime.startswith("image/"):
        return ""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


_ENVIRONMENTS: dict[str, SandboxedEnvironment] = {}


def environment() -> SandboxedEnvironment:
    """One environment per user templates folder (tests and portable installs move it)."""
    folder = str(user_templates_dir())
    env = _ENVIRONMENTS.get(folder)
    if env is None:
        env = SandboxedEnvironment(
            loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(folder), ShippedLoader()]),
            autoescape=_is_html,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=True,
        )
        env.filters.update(hang=hang, wrap=wrap, data_uri=data_uri, nl2br=nl2br)
        # The program's own CSS, not clerk text: marked safe so its quotes stay quotes.
        env.globals["serif_fonts"] = Markup(fonts.CSS_SERIF)
        _ENVIRONMENTS[folder] = env
    return env


def render(name: str, **context: Any) -> str:
    """Render one template by name; a broken user template is the clerk's to fix."""
    try:
        return environment().get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise UserError(f"report template {exc.name!r} was not found") from None
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}, line {exc.lineno}"
        raise UserError(f"report template {where}: {exc.message}") from None
    except SecurityError as exc:
        raise UserError(f"report template {name} is not allowed to do that: {exc}") from None
    except jinja2.UndefinedError as exc:
        raise UserError(f"report template {name}: {exc.message}") from None
