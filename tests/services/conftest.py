"""The services tests run on both backends: SQLite and a private PostgreSQL server."""

from __future__ import annotations

import pytest


@pytest.fixture
def engine(any_engine):
    return any_engine
