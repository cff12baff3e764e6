"""mtgdesk: record formal meetings and print their summaries and minutes."""

# The one place the version is written: the build reads it from here (pyproject's
# [tool.hatch.version]), and reading package metadata at start-up instead would cost
# every command and window start about 80 ms.
__version__ = "0.1.0"

APP_NAME = "mtgdesk"
