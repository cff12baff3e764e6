"""The help viewer: docs/ found as shipped, Markdown shown, links followed by kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPixmap, QTextDocument

from mtgdesk.resources import docs_root
from mtgdesk.ui.help import doc_viewer
from mtgdesk.ui.help.doc_viewer import MAX_IMAGE_WIDTH, DocViewer, docs_dir, heading_slug
from mtgdesk.ui.help.shortcuts import key_text, plain_text

LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture
def opened(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(doc_viewer, "open_external", lambda url: calls.append(url.toString()))
    return calls


@pytest.fixture
def viewer(qtbot, shown, opened):
    def make(folder: Path | None = None) -> DocViewer:
        v = shown(DocViewer(None, folder))
        return v

    return make


def shown_images(viewer: DocViewer) -> list[tuple[float, int]]:
    """(width drawn, width of the file) of each image of the page."""
    doc = viewer.browser.document()
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                image = doc.resource(QTextDocument.ResourceType.ImageResource.value,
                                     QUrl(fmt.toImageFormat().name()))
                assert isinstance(image, QImage | QPixmap) and not image.isNull(), "not found"
                out.append((fmt.toImageFormat().width(), image.width()))
            it += 1
        block = block.next()
    return out


def click_link(qtbot, viewer: DocViewer, href: str) -> None:
    """Click the link with this target, where it is drawn."""
    browser = viewer.browser
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = browser.textCursor()
                cursor.setPosition(fragment.position() + 1)
                browser.ensureCursorVisible()
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                                 pos=QPoint(rect.left(), rect.center().y()))
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


@pytest.fixture
def folder(tmp_path):
    """A small help folder: two pages, a wide image, links of every kind."""
    (tmp_path / "user-guide.md").write_text(
        "# The guide\n\nSee [the other page](other.md), [its part](other.md#second-part), "
        "[the web](https://example.org/x), [outside](../secret.md) and "
        "[below](#last-words).\n\n![wide](wide.png)\n\n"
        + "filler paragraph\n\n" * 60 + "## Last words\n\nThe end.\n", encoding="utf-8")
    (tmp_path / "other.md").write_text("# Other page\n\n" + "text\n\n" * 80
                                       + "## Second part\n\nHere.\n", encoding="utf-8")
    (tmp_path.parent / "secret.md").write_text("# Not help\n", encoding="utf-8")
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(tmp_path / "wide.png"))
    return tmp_path


def test_the_docs_are_found_and_all_their_local_links_resolve():
    root = docs_root()
    names = {p.name for p in root.iterdir()}
    assert {"user-guide.md", "search.md", "interchange.md", "screenshot.png"} <= names
    for page in Path(str(root)).glob("*.md"):
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("#"):
                continue
            assert (page.parent / target.split("#")[0]).is_file(), f"{page.name}: {target}"


def test_the_guide_names_the_keys_the_window_has(make_window, engine):
    """Every 'Menu > Command (keys)' of the guide says the command's real keys."""
    window = make_window(engine)
    actions = {}
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            actions[(plain_text(top.menu().title()), plain_text(action.text()))] = action
    guide = (docs_dir() / "user-guide.md").read_text(encoding="utf-8")
    mentioned = re.findall(
        r"(File|Edit|View|Meeting|Help) > ([^()*\n]+?)\*{0,2} \(((?:Ctrl|Alt|Shift|F\d)[^)]*)\)",
        guide)
    assert len(mentioned) >= 8
    for menu, command, keys in mentioned:
        action = actions[(menu, command.strip())]
        assert key_text(action) == keys, (menu, command)


def test_pages_are_listed_guide_first_and_chosen_from_the_list(qtbot, viewer):
    v = viewer()
    titles = [v.page_list.item(i).text() for i in range(v.page_list.count())]
    assert titles[0] == "mtgdesk user guide"
    assert {"Searching meetings", "mtgdesk interchange format, version 1"} <= set(titles)
    assert v.show_page()
    row = next(i for i in range(v.page_list.count())
               if v.page_list.item(i).data(doc_viewer.PAGE_ROLE) == "search.md")
    v.page_list.setFocus()
    v.page_list.setCurrentRow(0)
    for _ in range(row):
        qtbot.keyClick(v.page_list, Qt.Key.Key_Down)
    assert v.current_page() == "search.md"
    assert "kind:decision" in v.browser.toPlainText()


def test_the_guides_screenshot_is_shown(viewer):
    v = viewer()
    v.show_page()
    [(drawn, natural)] = shown_images(v)
    assert natural == 1280
    assert 0 < drawn <= min(MAX_IMAGE_WIDTH, v.browser.viewport().width())
    assert v.browser.horizontalScrollBar().maximum() == 0  # seen whole, no scrolling


def test_links_by_kind(qtbot, viewer, folder, opened):
    v = viewer(folder)
    v.show_page()
    assert opened == []  # nothing opens by itself
    [(drawn, natural)] = shown_images(v)  # found beside the page, made to fit
    assert natural == 1600 and drawn <= v.browser.viewport().width()
    v.resize(1600, v.height())
    qtbot.waitUntil(lambda: shown_images(v)[0][0] == MAX_IMAGE_WIDTH)
    v.resize(500, v.height())
    qtbot.waitUntil(lambda: shown_images(v)[0][0] < 500)

    click_link(qtbot, v, "https://example.org/x")
    assert opened == ["https://example.org/x"]
    assert v.current_page() == "user-guide.md"

    click_link(qtbot, v, "../secret.md")
    assert v.current_page() == "user-guide.md"
    assert "Not a page" in v.status.text()

    bar = v.browser.verticalScrollBar()
    bar.setValue(0)
    click_link(qtbot, v, "#last-words")
    assert bar.value() > 0

    click_link(qtbot, v, "other.md")
    assert v.current_page() == "other.md"
    assert v.windowTitle().startswith("Other page")
    assert v.page_list.currentItem().text() == "Other page"
    assert v.back_button.isEnabled()
    qtbot.mouseClick(v.back_button, Qt.MouseButton.LeftButton)
    assert v.current_page() == "user-guide.md"

    click_link(qtbot, v, "other.md#second-part")
    assert v.current_page() == "other.md"
    assert v.browser.verticalScrollBar().value() > 0
    assert opened == ["https://example.org/x"]


def test_heading_slugs_match_githubs():
    assert heading_slug("Final records and Amend") == "final-records-and-amend"
    assert heading_slug("Importing releases and JSON files") == \
        "importing-releases-and-json-files"
