"""The clerk's settings: a small JSON file in the user's config folder. No Qt, so the
CLI and the window read the same values (letterhead for reports, name for the audit
log, backups to keep).

MTGDESK_CONFIG_DIR points elsewhere (tests, portable installs).
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

SETTINGS_FILE = "settings.json"


def config_dir() -> Path:
    override = os.environ.get("MTGDESK_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("mtgdesk", appauthor=False))


def user_templates_dir() -> Path:
    """Templates here override the shipped ones of the same name."""
    return config_dir() / "templates"


@dataclass
class Settings:
    office_name: str = ""  # letterhead line on every report page
    logo_path: str = ""  # optional image for the letterhead
    user_name: str = ""  # who is recorded in the history; empty: the OS user name
    page_size: str = "A4"  # A4 or Letter
    margin_mm: float = 20.0
    backups_to_keep: int = 10

    @property
    def author(self) -> str:
        if self.user_name.strip():
            return self.user_name.strip()
        try:
            return getpass.getuser()
        except Exception:  # no user name in this environment (containers)
            return "unknown"


def load_settings(path: Path | None = None) -> Settings:
    path = path or config_dir() / SETTINGS_FILE
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        # A missing or damaged settings file must never stop the program: defaults.
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    known = {f.name: f for f in dataclasses.fields(Settings)}
    defaults = Settings()
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known or isinstance(value, bool):
            continue  # unknown keys and wrong types fall back to the default
        wanted = type(getattr(defaults, key))
        if wanted is float and isinstance(value, int):
            value = float(value)  # JSON writes 25.0 as 25 when a person edits the file
        if isinstance(value, wanted):
            values[key] = value
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or config_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text(json.dumps(dataclasses.asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)
