"""More ways releases say who chaired, beside those of releases.people (which reads
them): `X ..., serving as chair`, `X was elected Chairman of the session`, `X, who is
the chairman of ACD`, `China and Senegal, co-chairs of the FOCAC`, `Opening the
meeting, Minister X noted ...`, and the words that are no person: `On September 20`.

Each pattern has its clue (releases.clues): the words any of its matches holds.
"""

from __future__ import annotations

import re

from mtgdesk.domain import reference as ref
from mtgdesk.releases.clues import Clue, each

_CHAIR = r"(?P<co>co-)?chair(?:man|person|woman)?s?\b"
# `Mr. X, Minister ..., attended the meeting held in Singapore, serving as chair.`:
# the participle closes the sentence; its subject is the sentence's.
SERVING_RE = re.compile(r",\s+(?:while\s+)?(?:serving|acting|sitting|officiating)\s+as\s+"
                        r"(?:the\s+)?"
                        + _CHAIR + r"(?!\s+of\s+(?:the\s+)?(?:delegation|group|committee|"
                        r"working))", re.IGNORECASE)
SERVING = Clue(SERVING_RE, each(["serving", "acting", "sitting", "officiating"], [" as "]))
# `X was elected Chairman of the session.`, `... of the Council.` (the Council meeting,
# named so, and nothing after it): this meeting's chair, not `Iran was elected
# as the chair of the ACD in September 2023` (a body's chair, elected before).
ELECTED_RE = re.compile(
    r"\s*,?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is)\s+(?:unanimously\s+)?"
    r"elected\s+(?:as\s+)?(?:the\s+)?" + _CHAIR
    + r"(?=\s*[.,;]|\s*$|\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:meeting|session|conference|"
    r"summit|forum|assembly)\b|\s+of\s+the\s+(?:council|committee)\s*(?:[.;]|$))",
    re.IGNORECASE)
ELECTED = Clue(ELECTED_RE, ["elected"])
# `the ministers of foreign affairs of the co-chairing countries Bernard Kouchner from France
# and Ahmed Aboul Gheit from Egypt`: the co-chairs, named after their countries' word.
CO_CHAIRING_OF_RE = re.compile(r"\bco-?chairing\s+(?:countries|states|nations|delegations)"
                               r"\s*,?\s+(?=[A-Z])")
CO_CHAIRING_OF = Clue(CO_CHAIRING_OF_RE, ["cochairing", "co-chairing"])
# `Summit elected H.E. President X of the Republic of Zimbabwe as Chairperson and ...`:
# the meeting elects its chair (one person, no comma in the words: `elected A, President
# of B, and C as Chairperson and Deputy Chairperson of the Organ` is not read).
ELECTED_BY_RE = re.compile(
    r"\b(?:Summit|Meeting|Conference|Session|Council|Assembly|Ministers|[Pp]articipants|"
    r"[Dd]elegates)\s+(?:also\s+|unanimously\s+)?elected\s+(?P<who>[^,;]{3,160}?)\s+as\s+"
    r"(?:its\s+|the\s+)?(?:[Cc]hair(?:man|person|woman)?|[Pp]resident)\b")
ELECTED_BY = Clue(ELECTED_BY_RE, ["elected"])
# `Don X, Thailand's minister of foreign affairs, who is the chairman of ACD, said`,
# `Mr X, the prime minister of the Cook Islands, is the current chair of the group`.
WHO_IS_RE = re.compile(r",?\s+(?:who\s+)?is\s+(?:also\s+)?(?:the\s+)?(?:current\s+|incoming\s+|"
                       r"incumbent\s+|present\s+)?" + _CHAIR + r"\s+of\b", re.IGNORECASE)
WHO_IS = Clue(WHO_IS_RE, [("is ", "chair", " of")])
# `China and Senegal, co-chairs of the Forum on China-Africa Cooperation`: countries
# named in apposition as the body's co-chairs.
_WORDS = r"(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*"
COUNTRIES_CO_RE = re.compile(
    r"(?P<list>" + _WORDS + r"(?:\s*,\s*(?:the\s+)?" + _WORDS + r")*\s+and\s+(?:the\s+)?"
    + _WORDS + r")\s*,\s+(?:the\s+)?(?:current\s+)?co-chairs\s+of\b")
COUNTRIES_CO = Clue(COUNTRIES_CO_RE, [("and", "co-chairs of")])
# `Opening the meeting, Deputy Prime Minister X noted ...`, `Declaring the session open,
# X stressed ...`, `X opened the meeting`: who opened it; the chair when nothing else
# names one and the meeting is a country's.
_OPENED_OBJECT = (r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:meeting|session|conference|summit|"
                  r"dialogue|forum)\b")
OPENING_RE = re.compile(r"^\s*(?:(?:In\s+)?[Oo]pening\s+" + _OPENED_OBJECT + r"|[Dd]eclaring\s+"
                        + _OPENED_OBJECT + r"\s+open)\s*,\s*")
OPENING = Clue(OPENING_RE, ["opening ", "declaring "])
OPENED_RE = re.compile(r"\s*,?\s+(?:officially\s+)?opened\s+" + _OPENED_OBJECT
                       + r"(?!\s+(?:of|on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:group|"
                       r"committee|working))")
OPENED = Clue(OPENED_RE, ["opened "])
# A piece of a subject that names nobody: `On September 20, 2017 local time, Foreign
# Minister X chaired ...`.
WHEN_WORDS = frozenset(
    "On In At From By Since After Before During January February March April May June "
    "July August September October November December Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday".split())
# `At the invitation of their Polish counterpart X, the ministers met in Wrocław`: the
# one who invited hosts; the chair when nothing else names one (as who opened it).
INVITED_RE = re.compile(r"\b[Aa]t\s+the\s+invitation\s+of\s+")
INVITED = Clue(INVITED_RE, ["invitation of"])
# `The meeting was called by Germany's X`: a person who called the meeting chairs it.
CALLED_RE = re.compile(r"\b(?:meeting|session|talks|conference|summit)\b[^.;]{0,80}?\s"
                       r"(?:was|were)\s+"
                       r"(?:called|convened)\s+by\s+(?=(?:[A-Z][\w’'-]*\s+){1,5}[A-Z])")
CALLED = Clue(CALLED_RE, each(["called", "convened"], [" by "]))
# `Dr. X, Prime Minister of ..., who assumed the Chair of the Conference ..., presided.`:
# the verb ends the sentence; its subject is the chair.
PRESIDED_RE = re.compile(r"\s*,?\s+presided\s*(?=[.;]|$)")
PRESIDED = Clue(PRESIDED_RE, ["presided"])
# `Chairing the meeting, Foreign Minister X said ...`, `Presiding over the session, X ...`:
# who chaired, up to the verb.
# `Receiving the chairmanship, Acting Secretary X said ...`: who took it over chairs.
CHAIRING_RE = re.compile(r"^\s*(?:While\s+)?(?:(?:(?P<co>[Cc]o-chairing)|[Cc]hairing|"
                         r"[Pp]residing\s+over)\s+" + _OPENED_OBJECT
                         + r"|(?:[Rr]eceiving|[Aa]ssuming|[Tt]aking\s+over)\s+the\s+"
                         r"(?:rotating\s+)?chair(?:manship|personship)?)\s*,\s*")
CHAIRING = Clue(CHAIRING_RE, ["chairing ", "presiding over ",
                              *each(["receiving", "assuming", "taking over"], [" the "])])
# `Co-chairing the meeting were X of Peru and Y of Chile.`, `Presiding was X.`
CHAIRING_WAS_RE = re.compile(r"^\s*(?:(?P<co>[Cc]o-chairing)|[Cc]hairing|[Pp]residing(?:\s+over)?)"
                             r"(?:\s+" + _OPENED_OBJECT + r")?\s+(?:was|were)\s+")
CHAIRING_WAS = Clue(CHAIRING_WAS_RE, [("chairing", " was"), ("chairing", " were"),
                                      ("presiding", " was"), ("presiding", " were")])
# Where the name after a post or an honorific ends: the first word in lower case that
# is not a particle of a post or a name (`of`, `bin`, `van`).
VERB = re.compile(r"\s+(?!(?:of|and|the|for|de|da|bin|al|el|van|von|der)\b)(?=[a-z])")
# `The co-chairs, Ms. X of Chile and Mr. Y of Peru, opened ...`: the names between the
# commas, up to the verb.
CO_CHAIRS_RE = re.compile(r"^\s*(?:The\s+)?(?:two\s+)?[Cc]o-?[Cc]hair(?:s|persons|men|women)\s*,"
                          r"\s+(?P<who>[^;]*?),\s+(?=[a-z])")
CO_CHAIRS = Clue(CO_CHAIRS_RE, ["chairs", "chairpersons", "chairmen", "chairwomen"])
# `X took the chair.`, `X was in the chair`, `X assumed the chair of the meeting`: not
# `assumed the Chair of the Conference for the six-month period` (a body's, for a term).
TOOK_CHAIR_RE = re.compile(r"\s*,?\s+(?:took|takes|assumed|assumes|was\s+in|is\s+in)\s+the\s+"
                           r"(?P<co>co-)?chair\b(?!\s+of\s+(?!(?:the|this)\s+(?:meeting|session|"
                           r"summit|conference|talks)\b))", re.IGNORECASE)
TOOK_CHAIR = Clue(TOOK_CHAIR_RE, [("the ", "chair")])
# The words before `was chaired by` name an event beside the meeting: `A working lunch
# was chaired by X`, `The side event ... was chaired by X`.
SIDE_EVENT_BEFORE = re.compile(r"\b(?:side[\s-]events?|working\s+(?:lunch|dinner|breakfast)|"
                               r"press\s+conference|reception|luncheon|dinner|breakout\s+"
                               r"sessions?)\b(?:\s+[\w-]+){0,4}?\s+(?:was|were|is|are|will\s+be)"
                               r"\s+(?:jointly\s+|also\s+)?$", re.IGNORECASE)
# `X, who chaired the previous meeting, ...`: another meeting than the one reported.
EARLIER_ONE_RE = re.compile(r"\b(?:previous|last|next|earlier|past|preceding|upcoming|"
                            r"following|former)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|"
                            r"summit|conference|round)", re.IGNORECASE)
# `The Authority is chaired by X who will hand over to incoming chairman Y`: the one
# handing over chaired before; the one after `to` chairs now.
HANDS_OVER = re.compile(r"[\s,]+who\s+(?:will\s+|is\s+to\s+)?(?:hand(?:s|ed)?|pass(?:es|ed)?)\s+"
                        r"(?:over|on)\s+(?:the\s+chair(?:manship)?\s+)?to\s+(?:the\s+)?"
                        r"(?:incoming\s+|new\s+)?(?:chair(?:man|person|woman)?\s*,?\s*)?")
# `The meeting will be opened by the Minister of ..., Mr X`: who opened it (as OPENED).
OPENED_BY_RE = re.compile(r"\b(?:was|were|will\s+be|is\s+to\s+be|has\s+been)\s+"
                          r"(?:officially\s+)?opened\s+by\s+")
OPENED_BY = Clue(OPENED_BY_RE, ["opened by"])
# `the capital of Estonia, which holds the Presidency of the Initiative`, `Peru holds the
# rotating chairmanship`: the country before the verb.
HOLDS_RE = re.compile(r"(?:\s*,\s*(?:which|that)|\s+(?:currently\s+|now\s+)?)\s*(?:currently\s+)?"
                      r"holds?\s+the\s+(?:current\s+|rotating\s+)?(?P<co>co-)?(?:presidency|"
                      r"chair(?:manship|personship)?)\b(?!\s+of\s+the\s+(?:EU|European))",
                      re.IGNORECASE)
HOLDS = Clue(HOLDS_RE, [("hold", "presidency"), ("hold", "chair")])
# `Vice President X, the outgoing IOC president, spoke at ...`: a body's head named by its
# acronym in apposition (not the incoming one: the next meeting's).
ACRONYM_HEAD_RE = re.compile(r",\s+(?:the\s+)?(?:outgoing\s+|current\s+)?[A-Z]{2,6}\s+"
                             r"(?P<co>[Cc]o-)?(?:[Cc]hair(?:man|person|woman)?|[Pp]resident)\s*,")
ACRONYM_HEAD = Clue(ACRONYM_HEAD_RE, ["chair", "president"])
# `a speech by the host, Argentine Foreign Minister, X, followed by ...`: who hosts.
THE_HOST_RE = re.compile(r"\b(?:by|is|was)\s+the\s+host\s*,\s+")
THE_HOST = Clue(THE_HOST_RE, ["the host,", "the host ,"])
# A piece that is a post of a country alone, before the honorific of its holder.
POST_OF_COUNTRY = re.compile(r"\s*(?:the\s+)?(?:Prime\s+|Foreign\s+|Deputy\s+|Vice[\s-]+)*"
                             r"(?:Minister|President|Premier|Ambassador|Secretary)\b[^,;()]*?"
                             r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][^,;()]*?)[\s,]*"
                             r"(?:(?:Dr|Mr|Ms)\.?[\s,]*)?$")


def in_a_country(text: str, at: int, after: int) -> int:
    """Where the country's name ends when the `and` at text[at:after] is inside one
    (`Bosnia and Herzegovina`, `Saint Vincent and the Grenadines`), else 0."""
    before = re.search(r"(?:[A-Z][\w.’'-]*\s+){1,3}$", text[max(0, at - 60):at])
    then = re.match(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?", text[after:after + 40])
    if before is None or then is None:
        return 0
    left = before.group().split()
    right = then.group().split()
    for j in range(len(right), 0, -1):
        if any(ref.find_country(" ".join([*left[k:], "and", *right[:j]]))
               for k in range(len(left))):
            return after + len(" ".join(right[:j]))
    return 0
# Each side's chair of a meeting of two: `the Mongolian side was chaired by A, ..., the
# Colombian side was chaired by B`, `co-chaired on the Cambodian side by A, ..., and on
# the Belgian side, by B`. Both are its co-chairs. (A side `led by` someone is a
# delegation's head, not a chair.)
SIDE_CHAIRED_RE = re.compile(
    r"\b(?:on\s+)?the\s+(?P<side>[A-Z][\w’'-]*)\s+side\s*,?\s+(?:(?:was|is)\s+)?"
    r"(?:(?:co-)?chaired\s+)?by\s+"
    r"|\b(?:co-)?chaired\s+on\s+the\s+(?P<side2>[A-Z][\w’'-]*)\s+side\s*,?\s+by\s+")
SIDE_CHAIRED = Clue(SIDE_CHAIRED_RE, [("side", "by")])
# Who chaired, in Spanish and French, the person first: `El canciller X presidió la
# reunión de ministros`, `X presidió el 27 de septiembre ... el encuentro`, `X a présidé la
# session`. The meeting's own word must follow: `presidió la inauguración` (the opening)
# is not the meeting.
PRESIDIO_RE = re.compile(r"\s*,?\s+(?:presidi[óo]|a\s+présidé|présida)\s+"
                         r"(?!(?:la|el|l['’])\s*(?:inauguraci[óo]n|apertura|clausura|ceremonia|"
                         r"ouverture|cérémonie)\b)(?:[\w.’'-]+\s+){0,8}?"
                         r"(?:la|el|le|les)\s+(?:reuni[óo]n|encuentro|sesi[óo]n|cumbre|"
                         r"conferencia|réunion|session|conférence|sommet|travaux)\b")
PRESIDIO = Clue(PRESIDIO_RE, ["presidió", "presidio", "a présidé", "présida"])
# `the chairmanship of the meeting was handed over by the previous session's President A
# to B`: B chairs this meeting. Only the meeting's own chair (`of the meeting`, `of the
# session`): a body's chairmanship handed over is a term to come (`handed over the ASEAN
# chairmanship to X` names next year's chair).
HANDED_TO_RE = re.compile(
    r"\b(?:chair(?:man|person|woman)?ship|presidency|chair)\s+of\s+(?:the|this)\s+(?:meeting|"
    r"session|conference)\s+(?:was|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?"
    r"(?:handed|passed|transferred)\s+(?:over\s+)?(?:by\s+[^.;]{1,120}?\s+)?to\s+(?:the\s+)?",
    re.IGNORECASE)
HANDED_TO = Clue(HANDED_TO_RE, ["handed", "passed", "transferred"])
