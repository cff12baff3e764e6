"""Jinja2 templates for the text and HTML reports.

Templates run in a sandbox (templating_limits.LimitedSandbox), because an office may
drop its own template into the user templates folder (it overrides a shipped one of the
same name) and a template file is not trusted code: it reads only templates in the
shipped and the user's templates folders (no absolute path, no `..`, no symlink out),
embeds only image files from those folders or the letterhead's own logo, and is stopped
when it makes huge ranges or strings, recurses or runs too long. Whatever goes wrong in
one is a UserError naming the template and line. HTML templates autoescape: text a
clerk typed is text, never markup.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2.loaders import split_template_path
from jinja2.runtime import Context
from jinja2.sandbox import SecurityError
from markupsafe import Markup, escape

from mtgdesk import resources
from mtgdesk.domain.errors import UserError
from mtgdesk.domain.validation import shown
from mtgdesk.reports import fonts
from mtgdesk.reports.templating_limits import LimitedSandbox, TemplateLimit, failing_line
from mtgdesk.settings import user_templates_dir
from mtgdesk.userfiles import read_bytes

TEXT_WIDTH = 78
NUMBER_WIDTH = 5  # "1.   " as in the seed: number, full stop, spaces to column 5


TEMPLATE_CAP = 1024 * 1024  # a template file; the shipped ones are a few kilobytes


class ConfinedLoader(jinja2.BaseLoader):
    """Templates in one folder only: a name is split the way Jinja2 splits it (no `..`),
    an absolute name is looked up inside the folder too, and a file whose real path
    (symlinks followed) is outside the folder, or is not a regular file, is not found."""

    def __init__(self, folder: Path | Callable[[], Path]) -> None:
        self._folder = folder

    def folder(self) -> Path:
        return self._folder() if callable(self._folder) else self._folder

    def get_source(self, environment: jinja2.Environment, template: str
                   ) -> tuple[str, str | None, Callable[[], bool] | None]:
        folder = self.folder()
        node = inside(folder, template)
        if node is None:
            raise jinja2.TemplateNotFound(template)
        try:
            text = read_bytes(node, cap=TEMPLATE_CAP, what="report template")\
                .decode("utf-8")
        except (UserError, UnicodeDecodeError) as exc:
            raise UserError(f"report template {template}: {exc}") from None
        mtime = node.stat().st_mtime
        return text, str(node), lambda: _mtime(node) == mtime


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def inside(folder: Path, name: str) -> Path | None:
    """The regular file `name` names inside `folder`, or None."""
    try:
        pieces = split_template_path(name.replace("\\", "/").lstrip("/"))
    except jinja2.TemplateNotFound:
        return None
    root = Path(os.path.realpath(folder))
    node = Path(os.path.realpath(root.joinpath(*pieces)))
    if node != root and root not in node.parents:
        return None
    return node if node.is_file() else None


def template_folders() -> list[Path]:
    return [user_templates_dir(), Path(str(resources.resource("templates")))]


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


IMAGE_CAP = 8 * 1024 * 1024
# What an image file starts with; the name's ending alone could be anything's.
_IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
                (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"))


def data_uri(path: str) -> str:
    """An image file as a data: URI, so an HTML report is one self-contained file; ""
    for anything that is not a readable PNG, JPEG or GIF file."""
    if not path:
        return ""
    try:
        data = read_bytes(Path(path).expanduser(), cap=IMAGE_CAP, what="logo")
    except UserError:
        return ""  # a logo moved away must not stop a report; it prints without one
    mime = next((m for magic, m in _IMAGE_MAGIC if data.startswith(magic)), None)
    if mime is None or not (mimetypes.guess_type(path)[0] or "").startswith("image/"):
        return ""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@jinja2.pass_context
def _confined_data_uri(context: Context, path: Any) -> str:
    """data_uri for a template: the letterhead's own logo (report.logo_path, which the
    clerk chose in the settings), or an image inside a templates folder; nothing else."""
    text = str(path or "")
    report = context.get("report")
    if text and text == getattr(report, "logo_path", None):
        return data_uri(text)
    for folder in template_folders():
        node = inside(folder, text) if not os.path.isabs(text) else None
        if node is None and os.path.isabs(text):
            real = Path(os.path.realpath(text))
            if Path(os.path.realpath(folder)) in real.parents and real.is_file():
                node = real
        if node is not None:
            return data_uri(str(node))
    return ""


_ENVIRONMENTS: dict[str, LimitedSandbox] = {}


def environment() -> LimitedSandbox:
    """One environment per user templates folder (tests and portable installs move it)."""
    folder = str(user_templates_dir())
    env = _ENVIRONMENTS.get(folder)
    if env is None:
        shipped = Path(str(resources.resource("templates")))
        env = LimitedSandbox(
            loader=jinja2.ChoiceLoader([ConfinedLoader(Path(folder)),
                                        ConfinedLoader(shipped)]),
            autoescape=_is_html,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=True,
        )
        env.filters.update(hang=hang, wrap=wrap, data_uri=_confined_data_uri, nl2br=nl2br)
        env.limit_filters()
        # The program's own CSS, not clerk text: marked safe so its quotes stay quotes.
        env.globals["serif_fonts"] = Markup(fonts.CSS_SERIF)
        _ENVIRONMENTS[folder] = env
    return env


def render(name: str, **context: Any) -> str:
    """Render one template by name; a broken user template is the clerk's to fix."""
    env = environment()
    try:
        return env.render_limited(env.get_template(name), context)
    except TemplateLimit as exc:
        raise UserError(f"report template {exc.where or name}: {exc}; the report was not "
                        "made") from None
    except jinja2.TemplateNotFound as exc:
        raise UserError(f"report template {exc.name!r} was not found") from None
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}, line {exc.lineno}"
        raise UserError(f"report template {where}: {exc.message}") from None
    except SecurityError as exc:
        raise UserError(f"report template {name} is not allowed to do that: {exc}") from None
    except jinja2.UndefinedError as exc:
        raise UserError(f"report template {name}: {exc.message}") from None
    except UserError:
        raise
    except RecursionError:
        raise UserError(f"report template {name} includes or calls itself without end; "
                        "the report was not made") from None
    except Exception as exc:  # noqa: BLE001 - whatever a template does is the template's
        where = failing_line(exc) or name
        raise UserError(f"report template {where}: {type(exc).__name__}: "
                        f"{shown(str(exc), 200)}; the report was not made") from None
