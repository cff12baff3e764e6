"""mtgdesk: record formal meetings and print their summaries and minutes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mtgdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "mtgdesk"
