"""Evaluate the release parser on benchmarks/releases: precision and recall per field.

Each release (text, HTML or Word) has the record it should yield in
releases/expected/NAME.json (interchange format). Names are compared through the
reference lists, so `Vietnam` and `Viet Nam` count as the same country. Prints a
markdown table; `--verbose` also lists what was missed or wrongly found per release.

    python benchmarks/eval_releases.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from mtgdesk.domain import interchange
from mtgdesk.domain import reference as ref
from mtgdesk.domain.records import MeetingRecord
from mtgdesk.releases import RELEASE_SUFFIXES, parse_file

HERE = Path(__file__).parent / "releases"


def _country(name: str) -> str:
    c = ref.find_country(name)
    return c.name if c else ref.normalize(name)


def _org(name: str, acronym: str | None) -> str:
    o = ref.find_organization(name) or (ref.find_organization(acronym) if acronym else None)
    return o.name if o else ref.normalize(name)


def _items(kind: str) -> Callable[[MeetingRecord], set]:
    def get(r: MeetingRecord) -> set:
        return {_country(p.name) if kind == "country" else _org(p.name, p.acronym)
                for p in r.participants if p.kind == kind}
    return get


def _chairs(r: MeetingRecord) -> set:
    return {(ref.normalize(p.name), p.role) for p in r.chairs}


def _dates(r: MeetingRecord) -> set:
    return {(f, getattr(r, f)) for f in ("held_on", "ends_on", "released_on", "starts_at",
                                         "ends_at") if getattr(r, f) is not None}


def _venue(r: MeetingRecord) -> set:
    return {(f, " ".join(getattr(r, f).split())) for f in ("venue", "city") if getattr(r, f)}


FIELDS: dict[str, Callable[[MeetingRecord], set]] = {
    "countries": _items("country"),
    "organisations": _items("organization"),
    "agencies": _items("agency"),
    "chair": _chairs,
    "dates": _dates,
    "venue": _venue,
}


def releases() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if p.suffix.lower() in RELEASE_SUFFIXES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    docx = HERE / "12-docx.docx"
    if not docx.exists():  # the Word release is made by a script, from its own text
        sys.path.insert(0, str(HERE))
        import make_docx  # type: ignore[import-not-found]

        make_docx.write(docx)
    totals = {f: [0, 0, 0] for f in FIELDS}  # true positives, found, expected
    paths = releases()
    for path in paths:
        want = interchange.loads((HERE / "expected" / f"{path.stem}.json").read_text("utf-8"),
                                 source=path.stem)[0]
        proposal = parse_file(path)
        got = proposal.record
        for name, get in FIELDS.items():
            g, w = get(got), get(want)
            t = totals[name]
            t[0] += len(g & w)
            t[1] += len(g)
            t[2] += len(w)
            if args.verbose and g != w:
                print(f"{path.name} {name}: missed {sorted(w - g, key=str)}; "
                      f"wrong {sorted(g - w, key=str)}")
        if args.verbose:
            for line in proposal.warnings:
                print(f"{path.name} doubt: {line}")
    print(f"{len(paths)} releases in benchmarks/releases\n")
    print("| field | precision | recall | found | expected |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (tp, found, expected) in totals.items():
        p = tp / found if found else 1.0
        r = tp / expected if expected else 1.0
        print(f"| {name} | {p:.2f} | {r:.2f} | {found} | {expected} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
