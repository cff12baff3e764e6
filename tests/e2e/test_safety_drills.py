"""The data-safety drills (tests/e2e/drills.py) in the suite, at a size the suite can
afford; `python -m tests.e2e.drills ...` runs them by hand at any size."""

from __future__ import annotations

import pytest

from tests.e2e import drills

pytestmark = pytest.mark.slow


def quiet(_line: str) -> None:
    pass


def test_import_killed_at_random_moments_leaves_all_or_nothing(tmp_path):
    result = drills.kill_import(tmp_path, rounds=4, meetings=300, seed=1, say=quiet)
    assert result["none"] + result["all"] == 4


def test_four_concurrent_imports_all_succeed_and_lose_nothing(tmp_path):
    result = drills.concurrent_import(tmp_path, processes=4, meetings=60, say=quiet)
    assert result["meetings"] == 240


def test_damaged_and_random_files_are_refused_unchanged_by_the_cli(tmp_path):
    assert drills.damaged(tmp_path, say=quiet)["refused"] == 8


def test_backup_and_restore_from_the_cli(tmp_path):
    drills.backup_restore(tmp_path, say=quiet)
