"""The seed meeting as a clerk enters it at the keyboard: the keys, in order.

Shared by tests/e2e/test_keyboard_entry.py (which sends them with xdotool to the
installed program under Xvfb) and benchmarks/keyboard_effort.py (which counts them).
A step is ("type", text) for characters or ("key", name) for one key or chord in
xdotool's spelling; ("sync", what) marks where the driver waits for the window, ("pause", seconds) a
clerk's glance at the next line of the list being copied (no key).

Dates are typed as text, participants by name or acronym with Enter taking the one
suggestion it stands for (`Indo` is Indonesia), a person's details in the fields below
the table, and a co-chair beside the seed's chair.
"""

from __future__ import annotations

from typing import Any

# The co-chair the test adds to the seed (the seed meeting has a chair only).
CO_CHAIR = {"kind": "person", "role": "co-chair", "honorific": "Ms.", "name": "Ana Lima",
            "delegation": "Mexico"}

# What the clerk types for each name: the name, an acronym, or enough of it.
TYPED_NAME = {
    "Indonesia": "Indo", "Viet Nam": "Vietnam",
    "United Nations Development Programme": "UNDP",
    "UN Office for the Coordination of Humanitarian Affairs": "OCHA",
    "United Nations Children’s Fund": "UNICEF", "United Nations Population Fund": "UNFPA",
    "Office of the United Nations High Commissioner for Refugees": "UNHCR",
    "World Food Programme": "WFP", "European Union": "EU",
    "Japan International Cooperation Agency": "JICA",
    "International Peace Cooperation Headquarters of the Cabinet Office":
        "International Peace Cooperation Headquarters",
}
# The first letters of a choice in a combo (Qt's keyboard search).
ROLE_LETTERS = {"chair": "ch", "co-chair": "co"}
PARAGRAPH_LETTERS = {"discussion": "dis", "decision": "dec", "agreement": "ag",
                     "action": "ac", "note": "n"}

Step = tuple[str, str]


def steps(meeting: dict[str, Any]) -> list[Step]:
    out: list[Step] = [("key", "ctrl+n"), ("sync", "title"), ("type", meeting["title"]),
                       ("key", "Tab"), ("type", "23 March 2007"),
                       ("key", "Tab"), ("key", "Tab"), ("key", "Tab"), ("key", "Tab"),
                       ("type", "March 28, 2007"),
                       ("key", "alt+n"), ("type", meeting["venue"])]
    assert meeting["held_on"] == "2007-03-23" and meeting["released_on"] == "2007-03-28"
    people = [*meeting["participants"], CO_CHAIR]
    first_person = True
    for p in people:
        if p["kind"] == "person":
            if first_person:
                # New rows are people from here: Alt+K, P; then the person's row.
                out += [("key", "alt+k"), ("type", "p")]
                first_person = False
            out += [("key", "ctrl+shift+a")]
        else:
            out += [("key", "Insert")]
        out += [("type", TYPED_NAME.get(p["name"], p["name"])), ("key", "Return")]
        if p["kind"] == "person":
            out += [("key", "Right"), ("key", "Right"),  # Name -> Acronym -> Role
                    ("type", ROLE_LETTERS[p["role"]]), ("key", "Return")]
            back = 0
            for field in ("honorific", "post", "delegation"):
                out.append(("key", "Tab"))
                back += 1
                if p.get(field):
                    out.append(("type", p[field]))
            out += [("key", "shift+Tab")] * back  # back to the table
    for p in meeting["paragraphs"]:
        out += [("key", "ctrl+shift+p"), ("type", p["text"]), ("key", "shift+Tab"),
                ("type", PARAGRAPH_LETTERS[p["kind"]])]
    out += [("key", "alt+y"), ("type", meeting["host_country"]), ("key", "ctrl+s"),
            ("sync", "saved")]
    return out


def value_characters(meeting: dict[str, Any]) -> int:
    """The characters of the values entered: what no program can save a clerk typing
    (dates counted as 10, 2007-03-23)."""
    n = sum(len(meeting[k]) for k in ("title", "venue", "host_country"))
    n += 10 + 10
    for p in [*meeting["participants"], CO_CHAIR]:
        n += sum(len(p.get(k) or "") for k in ("name", "acronym", "honorific", "post",
                                               "delegation"))
    n += sum(len(p["text"]) for p in meeting["paragraphs"])
    return n


def keys_pressed(script: list[Step]) -> int:
    """Each character typed is one key, each key or chord one."""
    return sum(len(text) if kind == "type" else 1 for kind, text in script
               if kind in ("type", "key"))
