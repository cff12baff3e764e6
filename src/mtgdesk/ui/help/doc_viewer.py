"""Help > User Guide: the program's own pages (docs/*.md, shipped in the wheel) shown
with Qt's Markdown in a QTextBrowser.

The pages are listed beside the text, user-guide.md first; a link to another page of
the folder opens it here, Back and Forward (Alt+Left, Alt+Right) go through what was
read, images are found beside the page. A web or mail link opens in the desktop's
browser only when clicked; a link to any other file is not followed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mtgdesk.resources import docs_root

GUIDE = "user-guide.md"
EXTERNAL = ("http", "https", "mailto")
MAX_IMAGE_WIDTH = 720  # px: the widest an image is shown, however wide the window
PAGE_ROLE = Qt.ItemDataRole.UserRole  # a list item's file name


def open_external(url: QUrl) -> bool:
    """The desktop's browser or mail program (tests replace this)."""
    return QDesktopServices.openUrl(url)


def docs_dir() -> Path:
    return Path(str(docs_root()))


def page_title(path: Path) -> str:
    """The page's first '# ' heading, else its file name."""
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("# "):
                    return line[2:].strip()
    except OSError:
        pass
    return path.stem.replace("-", " ").capitalize()


def heading_slug(text: str) -> str:
    """The anchor GitHub gives a heading ("Final records and Amend" ->
    "final-records-and-amend"), so that "#..." links work here as they do there."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def add_heading_anchors(doc: QTextDocument) -> None:
    """Qt's Markdown reader names no headings: name each by its slug."""
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.length() > 1:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([heading_slug(block.text())])
            cursor.mergeCharFormat(anchor)
        block = block.next()


def pages(folder: Path) -> list[Path]:
    found = sorted(folder.glob("*.md"))
    return sorted(found, key=lambda p: p.name != GUIDE)  # the guide first, then by name


class DocBrowser(QTextBrowser):
    """A QTextBrowser whose images are never wider than its page (nor MAX_IMAGE_WIDTH):
    a screenshot is shown whole, and again when the window is resized."""

    def fit_images(self) -> None:
        doc = self.document()
        room = max(120.0, min(MAX_IMAGE_WIDTH, self.viewport().width()
                              - 2 * doc.documentMargin() - 4))
        changes = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    fmt = fragment.charFormat().toImageFormat()
                    image = doc.resource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl(fmt.name()))
                    if isinstance(image, QImage | QPixmap) and not image.isNull():
                        width = min(float(image.width()), room)
                        if abs(fmt.width() - width) > 0.5:
                            fmt.setWidth(width)
                            fmt.setHeight(image.height() * width / image.width())
                            changes.append((fragment.position(), fragment.length(), fmt))
                it += 1
            block = block.next()
        cursor = QTextCursor(doc)
        for position, length, fmt in changes:
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_images()


class DocViewer(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("docViewer")
        self.setWindowTitle("mtgdesk Help")
        self.setModal(False)
        self.folder = (folder or docs_dir()).resolve()

        self.page_list = QListWidget()
        self.page_list.setObjectName("docPages")
        self.page_list.setAccessibleName("Help pages")
        for path in pages(self.folder):
            item = QListWidgetItem(page_title(path))
            item.setData(PAGE_ROLE, path.name)
            item.setToolTip(path.name)
            self.page_list.addItem(item)
        self.page_list.setWordWrap(True)  # long titles wrap rather than scroll
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 30)
        self.page_list.currentItemChanged.connect(self._page_chosen)

        self.browser = DocBrowser()
        self.browser.setObjectName("docText")
        self.browser.setAccessibleName("Help text")
        self.browser.setOpenLinks(False)  # every link goes through _link_clicked
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.highlighted.connect(self._link_hovered)

        self.back_button = QPushButton("Back")
        self.back_button.setToolTip(
            f"Back ({QKeySequence(QKeySequence.StandardKey.Back).toString()})")
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton("Forward")
        self.forward_button.setToolTip(
            f"Forward ({QKeySequence(QKeySequence.StandardKey.Forward).toString()})")
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("docStatus")
        close = QPushButton("Close")
        close.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.forward_button)
        top.addWidget(self.status, 1)
        top.addWidget(close)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.page_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.page_list.maximumWidth(), 10_000])  # no gap beside the list
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("x") * 150, metrics.height() * 42)
        # Opened, the text has the keys: Page Down reads on, Tab goes through its links.
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        QWidget.setTabOrder(self.browser, self.page_list)

    # --- what is shown ----------------------------------------------------------------

    def show_page(self, name: str = GUIDE) -> bool:
        """Show a page of the folder by file name; False when there is no such page."""
        path = self.folder / name
        if path.suffix != ".md" or not path.is_file():
            self.status.setText(f"No help page {name}")
            return False
        url = QUrl.fromLocalFile(str(path))
        if self.browser.source() != url:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        return True

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _page_of(self, url: QUrl) -> str | None:
        """The file name of a page of the folder a link points to, else None."""
        if not url.isLocalFile():
            return None
        path = Path(url.toLocalFile()).resolve()
        if path.parent != self.folder or path.suffix != ".md":
            return None
        return path.name

    @Slot(QUrl)
    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL:
            self.status.setText(f"Opened {url.toDisplayString()} in your browser")
            open_external(url)
            return
        if not url.scheme() and not url.path() and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        target = self.browser.source().resolved(url)
        page = self._page_of(target)
        if page is None:
            self.status.setText(f"Not a page of this guide: {url.toDisplayString()}")
            return
        if self.show_page(page) and target.hasFragment():
            self.browser.scrollToAnchor(target.fragment())

    @Slot(QUrl)
    def _link_hovered(self, url: QUrl) -> None:
        self.status.setText(url.toDisplayString() if url.isValid() else "")

    @Slot(QUrl)
    def _source_changed(self, url: QUrl) -> None:
        add_heading_anchors(self.browser.document())
        self.browser.fit_images()
        name = Path(url.toLocalFile()).name
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            if item.data(PAGE_ROLE) == name:
                self.page_list.blockSignals(True)
                self.page_list.setCurrentItem(item)
                self.page_list.blockSignals(False)
                self.setWindowTitle(f"{item.text()} — mtgdesk Help")
        self.status.clear()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _page_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_page(current.data(PAGE_ROLE))
