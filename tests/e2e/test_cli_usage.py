"""The command line as a user types it: query words that start with -, dates as a search
reads them, help for every argument, and what each exit status means. In process (fast);
test_cli.py runs the installed command."""

from __future__ import annotations

import argparse
import json

import pytest

from mtgdesk.cli import build_parser, main

SEED_TITLE = "Senior Official-Level Meeting on Human Security"  # held 2007-03-23


@pytest.fixture
def seeded(db_path, seed_path, capsys):
    assert main(["--db", str(db_path), "import", str(seed_path)]) == 0
    capsys.readouterr()
    return db_path


def parsed(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["search", *argv])


@pytest.mark.parametrize(("argv", "query", "json_", "limit"), [
    (["-draft"], ["-draft"], False, 20),
    (["human", "-draft", "--limit", "3"], ["human", "-draft"], False, 3),
    (["--", "-draft"], ["-draft"], False, 20),
    (["--json", "-x"], ["-x"], True, 20),
    (["-x", "--json"], ["-x"], True, 20),
    (["-human"], ["-human"], False, 20),  # not -h with "uman"
    (["--limit=5", "a", "OR", "-b"], ["a", "OR", "-b"], False, 5),
    (["--lim", "2", "-5", "a"], ["-5", "a"], False, 2),  # an abbreviation, as argparse allows
    (["a", "--", "--json", "-h"], ["a", "--json", "-h"], False, 20),
    (["--json", "--", ""], [""], True, 20),
])
def test_search_words_may_start_with_a_dash(argv, query, json_, limit):
    args = parsed(*argv)
    assert (args.query, args.json, args.limit) == (query, json_, limit)


def test_search_options_still_work_between_words():
    args = parsed("human", "--order", "newest", "-security", "--json")
    assert (args.query, args.order, args.json) == (["human", "-security"], "newest", True)


@pytest.mark.parametrize("argv", [
    ["--jsn", "human"],          # an unknown --option is a mistake, not query text
    ["--json"],                  # no query
    ["human", "--limit"],        # no value
    ["human", "--limit", "x"],
    ["human", "--limit", "-1"],
    ["human", "--order", "worst"],
])
def test_search_usage_errors_are_status_2(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["search", *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: mtgdesk") and "error:" in err


def test_search_help_after_the_words(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["search", "human", "-h"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("usage: mtgdesk search")


def test_other_commands_still_refuse_unknown_dashed_words(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["list", "-draft"])
    assert stop.value.code == 2


def ids(capsys, db, *argv):
    assert main(["--db", str(db), "search", "--json", *argv]) == 0
    return [hit["id"] for hit in json.loads(capsys.readouterr().out)]


def test_search_negation_reaches_the_query(seeded, capsys):
    assert ids(capsys, seeded, "human") == [1]
    assert ids(capsys, seeded, "human", "-security", "--limit", "3") == []
    assert ids(capsys, seeded, "human", "-zebra", "--limit", "3") == [1]
    assert ids(capsys, seeded, "-human") == []
    assert ids(capsys, seeded, "-zebra") == [1]
    assert ids(capsys, seeded, "--", "-human") == []


@pytest.mark.parametrize(("date_from", "date_to", "found"), [
    ("2007", None, True),
    (None, "2007", True),          # the end of 2007, as to:2007 in a search
    ("2007", "2007", True),
    (None, "2007-03", True),       # March 31, not March 1
    (None, "2007-02", False),
    ("2007-04", None, False),
    ("2007-03-23", "2007-03-23", True),
    ("2007-03-24", None, False),
    ("2008", None, False),
])
def test_report_index_dates_read_as_a_search_reads_them(seeded, tmp_path, capsys, date_from,
                                                         date_to, found):
    out = tmp_path / "index.txt"
    argv = ["--db", str(seeded), "report", "--index", "-o", str(out)]
    argv += ["--from", date_from] if date_from else []
    argv += ["--to", date_to] if date_to else []
    assert main(argv) == 0, capsys.readouterr().err
    text = " ".join(out.read_text(encoding="utf-8").split())
    assert (SEED_TITLE in text) is found, text
    assert ("No meetings." in text) is not found


@pytest.mark.parametrize(("option", "value"), [
    ("--from", "2007-13"), ("--to", "soon"), ("--from", "23/03/2007"), ("--to", "2007-02-30"),
])
def test_report_bad_date_is_one_line_naming_it(seeded, tmp_path, capsys, option, value):
    out = tmp_path / "index.txt"
    assert main(["--db", str(seeded), "report", "--index", option, value,
                 "-o", str(out)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtgdesk: error: ")
    assert option in lines[0] and repr(value) in lines[0]
    assert not out.exists()


def parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from parsers(sub)
                assert any(c.dest == name and c.help for c in action._choices_actions), name


def test_every_argument_of_every_command_has_help():
    seen = 0
    for parser in parsers(build_parser()):
        for action in parser._actions:
            label = f"{parser.prog}: {action.option_strings or action.dest}"
            assert isinstance(action.help, str) and action.help.strip(), label
            assert action.help != argparse.SUPPRESS, label
            seen += 1
    assert seen > 30  # the walk went into the subcommands


def test_search_help_summarises_the_syntax_and_names_what_is_installed(capsys):
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    out = capsys.readouterr().out
    assert "docs/" not in out
    assert "Help > User Guide" in out and "man mtgdesk" in out
    # kept as written (RawDescriptionHelpFormatter), not re-wrapped into a paragraph
    assert '\n  "human security"   the exact phrase\n' in out
    assert "\n  -draft, NOT draft  meetings without the word" in out
    assert max(len(line) for line in out.splitlines()) <= 80


# Exit statuses: 0 success, 1 a user error (one line), 2 a usage error (argparse).

def test_status_0_is_success(seeded, capsys):
    assert main(["--db", str(seeded), "list"]) == 0
    assert "2007-03-23" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["import", "{tmp}/missing.json"],
    ["parse", "{tmp}/missing.txt"],
    ["restore", "{tmp}/missing.sqlite3"],
    ["backup", "{tmp}/no/folder/b.sqlite3"],
    ["export", "--id", "9"],
    ["export", "-o", "{tmp}/no/folder/x.json"],
    ["report", "9", "-o", "{tmp}/x.txt"],
    ["report", "1", "-o", "{tmp}/x.unknown"],
    ["report", "--index", "--from", "someday", "-o", "{tmp}/x.txt"],
    ["import", "{tmp}/empty.txt"],  # a release with nothing in it is not stored
])
def test_status_1_is_one_line(seeded, tmp_path, capsys, argv):
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(["--db", str(seeded), *argv]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtgdesk: error: "), err
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["list", "--limit", "abc"],
    ["list", "--limit", "-1"],
    ["search", "x", "--limit", "many"],
    ["frobnicate"],
    ["report", "1"],                      # -o is required
    ["report", "one", "-o", "x.txt"],
    ["report", "1", "--format", "odt", "-o", "x.odt"],
    ["report", "1", "--template", "memo", "-o", "x.txt"],
    ["report", "-o", "x.txt"],            # which meeting?
    ["report", "1", "--index", "-o", "x.txt"],
    ["report", "1", "--from", "2007", "-o", "x.txt"],
    ["report", "--index", "--template", "minutes", "-o", "x.txt"],
    ["export", "--id", "first"],
    ["import"],
    ["backup"],
])
def test_status_2_is_a_usage_error(seeded, capsys, argv):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(seeded), *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: mtgdesk") and "error: " in err.splitlines()[-1]
