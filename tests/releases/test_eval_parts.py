"""The release benchmark reports every part of the published corpus, and prints what a
release missed only for the parts that are tuned on: the held-out part and the unseen
fresh8 part stay totals, so that nobody tuning the reader sees their misses (fresh3,
unseen at first, is tuned on since session 23, fresh4 since session 24, fresh5, fresh6 and
fresh7 since 3 December 2026)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "benchmarks"


def _eval():
    spec = importlib.util.spec_from_file_location("eval_releases", BENCH / "eval_releases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus_parts() -> set[str]:
    return {json.loads(p.read_text("utf-8"))["part"]
            for p in (BENCH / "releases" / "real").glob("*.json")}


def test_every_part_of_the_corpus_is_reported():
    ev = _eval()
    assert _corpus_parts() <= set(ev.PARTS)
    assert "fresh3" in ev.PARTS and "fresh4" in ev.PARTS and "fresh5" in ev.PARTS
    assert "fresh6" in ev.PARTS and "fresh7" in ev.PARTS and "fresh8" in ev.PARTS


@pytest.mark.parametrize(("part", "numbers"), [("fresh6", range(307, 343)),
                                                ("fresh7", range(343, 383)),
                                                ("fresh8", range(383, 423))])
def test_an_unseen_part_is_its_releases_each_with_its_text(part, numbers):
    ev = _eval()
    cases = list(ev.real_cases(part))
    assert [p.stem for p, _ in cases] == [str(n) for n in numbers]
    for path, want in cases:
        assert path.read_text("utf-8").strip(), path.name
        assert want["source"].startswith("http"), path.name
        assert set(want) >= {"held_on", "countries", "organisations", "chairs"}, path.name


@pytest.mark.parametrize("part", ["fresh7", "fresh8"])
def test_an_unseen_part_comes_from_pages_not_yet_in_the_corpus(part):
    ev = _eval()
    seen = {want["source"] for other in ev.PARTS if other != part
            for _, want in ev.real_cases(other)}
    assert not seen & {want["source"] for _, want in ev.real_cases(part)}


def test_the_unseen_parts_print_no_misses():
    ev = _eval()
    assert set(ev.SHOWN) <= set(ev.PARTS)
    assert "held-out" not in ev.SHOWN and "fresh8" not in ev.SHOWN
    # tuned on since sessions 23 and 24 and since 3 December 2026
    assert {"fresh3", "fresh4", "fresh5", "fresh6", "fresh7"} <= set(ev.SHOWN)
    assert set(ev.PARTS) - set(ev.SHOWN) == {"held-out", "fresh8"}


@pytest.mark.parametrize("part", ["held-out", "fresh8"])
def test_verbose_prints_no_unseen_miss(part, capsys):
    ev = _eval()
    ev.real(part, verbose=True)
    out = capsys.readouterr().out
    assert " missed " not in out and "wrong [" not in out
    assert f"part {part!r}" in out  # its totals are printed


def test_verbose_prints_a_tuned_parts_misses(capsys):
    """The other side of the same switch: a tuned-on part's misses are printed (fresh5
    misses some, so the check above is not passing for want of any miss)."""
    ev = _eval()
    ev.real("fresh5", verbose=True)
    assert " missed " in capsys.readouterr().out

