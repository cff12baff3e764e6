"""The locale Qt starts in: UTF-8 where the environment says plain C.

Qt needs a UTF-8 locale. Under LC_ALL=C (cron, ssh, a service, a minimal container) it
switches to C.UTF-8 by itself, but first prints four lines of warning on stderr, on
every `mtgdesk report ... --format pdf`. Python does the same switch silently (PEP
538) unless LC_ALL is set. `prefer_utf8()` makes that switch before Qt starts, for the
C and POSIX locales only: C.UTF-8 is C with UTF-8 characters, so nothing else changes.
Any other locale that is not UTF-8 is left for Qt to warn about: there the warning
says something worth knowing.

No Qt here: it must run before the Qt application is made.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

PLAIN = {"C", "POSIX"}
UTF8 = "C.UTF-8"


def ctype_variable(env: MutableMapping[str, str]) -> str | None:
    """The variable that decides the character locale (LC_ALL, LC_CTYPE, then LANG),
    or None when none is set (which is the C locale)."""
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        if env.get(name):
            return name
    return None


def prefer_utf8(env: MutableMapping[str, str] | None = None) -> str | None:
    """Change a plain C or POSIX character locale to C.UTF-8 in `env` (default: this
    process's environment, which Qt reads); returns the variable changed, if any."""
    env = os.environ if env is None else env
    name = ctype_variable(env)
    if name is not None and env[name] not in PLAIN:
        return None
    name = name or "LC_CTYPE"
    env[name] = UTF8
    return name
