"""The core (domain, store, services, reports, releases, the desk) runs without Qt: the
CLI and scripts need it; pages through Qt live in mtgdesk.printing, outside it. The
commands reach the data only through the desk."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = """
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt must not be imported by the core: " + name)
        return None

sys.meta_path.insert(0, NoQt())
import mtgdesk
for pkg in ("domain", "store", "services", "reports", "releases"):
    root = importlib.import_module("mtgdesk." + pkg)
    for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
        if ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
import mtgdesk.desk
import mtgdesk.cli
mtgdesk.cli.build_parser()
print("ok", sorted(m for m in sys.modules if m.startswith("PySide6")))
"""


def test_core_imports_without_pyside6():
    # Every module of the core packages, imported with PySide6 made unimportable.
    out = subprocess.run([sys.executable, "-c", CORE], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok []"


PARSER_ONLY = """
import sys
import mtgdesk.cli
mtgdesk.cli.build_parser()
heavy = ("sqlalchemy", "sqlmodel", "jinja2", "docx", "PySide6", "mtgdesk.releases",
         "mtgdesk.reports.render", "mtgdesk.services")
print(sorted({m.split(".")[0] if not m.startswith("mtgdesk") else m
              for m in sys.modules if m.startswith(heavy)}))
"""


def test_building_the_command_line_loads_no_service_or_library():
    # Every command pays for building the parser: it must not load what only one
    # command needs (the release parser, templates, the database stack).
    out = subprocess.run([sys.executable, "-c", PARSER_ONLY], capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


FIRST_PAINT = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathlib import Path
from mtgdesk.store.first_page import read_first_page
from mtgdesk.ui.window.main_window import MainWindow
import mtgdesk.ui.window.startup
window = MainWindow(None, first_page=read_first_page(Path(sys.argv[1]), 100))
print(sorted({m.split(".")[0] for m in sys.modules
              if m.startswith(("sqlalchemy", "sqlmodel", "pydantic", "alembic"))}))
"""


def test_the_window_is_built_without_the_database_stack(tmp_path):
    # The window shows before SQLAlchemy and SQLModel are loaded (ui.window.startup): most of
    # a start's time. Anything that imports them early undoes that.
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(tmp_path / "none.sqlite3")],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


SRC = Path(__file__).parents[1] / "src" / "mtgdesk"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_commands_use_only_the_desk():
    # Every CLI command reaches the data through mtgdesk.desk.Desk, never a service,
    # the store or SQLAlchemy directly; so does cli.py (the busy timeout included).
    for path in sorted([*(SRC / "commands").glob("*.py"), SRC / "cli.py"]):
        bad = sorted(m for m in imported_modules(path)
                     if m.startswith(("mtgdesk.services", "mtgdesk.store", "sqlalchemy",
                                      "sqlmodel")))
        assert bad == [], f"{path.name} imports {bad}"


# Every ui module is on the desk now; a module being moved would be named here.
NOT_YET_ON_THE_DESK: set[str] = set()


def test_only_the_store_knows_sqlalchemy():
    # The domain keeps plain records; services and the desk hand the store an engine
    # and a session as opaque handles (mtgdesk.store.session re-exports their types).
    # The window holds a Desk (ui.window.startup opens it); app.py builds no engine.
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("store/") or rel in NOT_YET_ON_THE_DESK:
            continue
        bad = sorted(m for m in imported_modules(path)
                     if m.split(".")[0] in ("sqlalchemy", "sqlmodel", "alembic"))
        assert bad == [], f"{rel} imports {bad}"


def test_the_window_reaches_the_data_through_the_desk():
    # ui/ and app.py never import the store or a service: they hold a mtgdesk.desk.Desk,
    # and before it is open read only mtgdesk.first_look (where the file is, its first
    # page).
    for path in sorted([*(SRC / "ui").rglob("*.py"), SRC / "app.py"]):
        rel = path.relative_to(SRC).as_posix()
        if rel in NOT_YET_ON_THE_DESK:
            continue
        bad = sorted(m for m in imported_modules(path)
                     if m.startswith(("mtgdesk.store", "mtgdesk.services")))
        assert bad == [], f"{rel} imports {bad}"


# Where Qt may be imported at all, at the top of a module or inside a function.
QT_PLACES = ("ui/", "printing/", "app.py")


def test_qt_is_imported_only_by_the_window_and_the_printing_package():
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith(QT_PLACES):
            continue
        bad = sorted(m for m in imported_modules(path) if m.split(".")[0] == "PySide6")
        assert bad == [], f"{rel} imports {bad}"


def test_the_core_never_imports_the_printing_package():
    # Pages through Qt build on reports, not the other way round: whoever wants a PDF
    # (the window, the report command) hands printing.pdf.pdf_bytes to the core.
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith((*QT_PLACES, "commands/report.py")):
            continue
        bad = sorted(m for m in imported_modules(path) if m.startswith("mtgdesk.printing"))
        assert bad == [], f"{rel} imports {bad}"
