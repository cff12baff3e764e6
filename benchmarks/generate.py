"""Realistic meetings for benchmarks: an interchange file and/or a database.

    python benchmarks/generate.py --meetings 100000 --json big.json --db big.sqlite3

About ten participants a meeting (countries, organisations from the reference list,
host agencies and named persons with posts), three or four paragraphs, one meeting in
twelve written in Japanese. The same --seed always gives the same meetings. Word
frequencies are skewed as in real archives: "cooperation" is in about a third of the
meetings (the broad query), most topic words in a few percent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from mtgdesk.domain import interchange, reference  # noqa: E402
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord  # noqa: E402

TOPICS = [
    "Human Security", "Refugee Protection", "Disaster Risk Reduction", "Maritime Safety",
    "Counter-Terrorism", "Climate Change Adaptation", "Trafficking in Persons",
    "Food Security", "Global Health", "Nuclear Non-Proliferation", "Cyber Security",
    "Development Finance", "Peacebuilding", "Gender Equality", "Water and Sanitation",
    "Migration", "Education for All", "Humanitarian Assistance", "Trade Facilitation",
    "Small Arms and Light Weapons", "Landmine Clearance", "Ocean Governance",
]
FORMS = ["Senior Official-Level Meeting on {t}", "Expert Group Meeting on {t}",
         "Ministerial Meeting on {t}", "Working Group on {t}", "Consultations on {t}",
         "{n} Meeting of the Friends of {t}", "Regional Workshop on {t}"]
SERIES = ["ASTOP", "ARF ISM", "EAS SOM", "TICAD", "Friends of Human Security", "MCDDR",
          "JAIF", "Bali Process"]
VENUES = [("the Ministry of Foreign Affairs", "Tokyo"), ("Mita Kaigisho (Mita Conference Hall)",
          "Tokyo"), ("the United Nations Headquarters", "New York"),
          ("the Palais des Nations", "Geneva"), ("the ASEAN Secretariat", "Jakarta"),
          ("the Shangri-La Hotel", "Singapore"), ("the Grand Prince Hotel", "Kyoto"),
          ("the Centro de Convenciones", "Bogotá"), ("the Diplomatic Academy", "Vienna")]
SURNAMES = ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura",
            "Smith", "Johnson", "Müller", "Gómez", "Nguyen", "Kim", "Silva", "Dubois",
            "Rossi", "Hernández", "Ivanova", "Okafor", "Haddad", "Kowalski", "Sørensen",
            "Pérez", "Çelik", "Novák", "Lindqvist", "Santos", "Wang", "Li", "Chen"]
GIVEN = ["Hiroshi", "Yuki", "Kenji", "Akiko", "John", "Maria", "Ana", "Pierre", "Olga",
         "Ahmed", "Chiara", "Lars", "Minh", "Ji-woo", "Carlos", "Amara", "Peter", "Lucía"]
POSTS = ["Director-General for Global Issues, Foreign Ministry", "Deputy Director-General",
         "Ambassador in charge of Human Security", "Senior Adviser", "Counsellor",
         "First Secretary, Permanent Mission", "Programme Officer", "Head of Delegation"]
HONORIFICS = ["Mr.", "Ms.", "H.E. Mr.", "H.E. Ms.", "Dr.", "Prof."]
SENTENCES = [
    "The participants exchanged views on {topic} and its implications for the region.",
    "{org} briefed the meeting on its recent field operations concerning {topic_l}.",
    "Several delegations stressed the importance of close cooperation among Member "
    "States.",
    "The meeting reviewed the progress made since the previous session in {city}.",
    "It was agreed that a follow-up report on {topic_l} would be circulated in advance.",
    "The delegation of {country} offered to host the next session.",
    "Participants welcomed the contribution of civil society and academic experts.",
    "Concerns were raised regarding funding gaps for refugees and internally displaced "
    "persons.",
    "The chair summarised the discussion and proposed concrete next steps.",
    "Continuous assistance was required from a viewpoint of human security.",
    "The secretariat will compile best practices on early warning systems.",
]
# About 12 sentences a meeting: the cooperation sentence (weight 1 in 30) lands in about
# a third of the meetings, the refugees sentence in about a sixth.
SENTENCE_WEIGHTS = [3, 3, 1, 3, 3, 3, 3, 0.5, 3, 2, 3]
JAPANESE = [
    "参加者は{topic_ja}について意見交換を行った。",
    "難民及び国内避難民への支援の重要性が強調された。",
    "人間の安全保障の観点から継続的な支援が必要であるとの認識で一致した。",
    "次回会合は{city_ja}で開催することが合意された。",
    "国連難民高等弁務官事務所より現地の状況について説明があった。",
    "防災協力に関する作業部会の設置が提案された。",
]
TOPICS_JA = ["人間の安全保障", "難民保護", "防災", "海上安全", "食料安全保障", "国際保健"]
CITIES_JA = ["東京", "京都", "大阪", "横浜", "神戸"]
KINDS = ["discussion", "discussion", "agreement", "decision", "action", "note"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def participants(rng: random.Random, countries: list, orgs: list, agencies: list
                 ) -> list[ParticipantRecord]:
    n = max(2, int(rng.gauss(10, 3)))
    out: list[ParticipantRecord] = []
    chair_given = False
    for _ in range(n):
        pick = rng.random()
        if pick < 0.45:
            c = rng.choice(countries)
            out.append(ParticipantRecord(kind="country", name=c.name))
        elif pick < 0.65:
            o = rng.choice(orgs)
            # Half the time only the acronym is typed, half the full name without it.
            if rng.random() < 0.5:
                out.append(ParticipantRecord(kind="organization", name=o.name))
            else:
                out.append(ParticipantRecord(kind="organization", name=o.acronym or o.name))
        elif pick < 0.72:
            a = rng.choice(agencies)
            out.append(ParticipantRecord(kind="agency", name=a.name, acronym=a.acronym or None))
        else:
            role = "participant"
            if not chair_given and rng.random() < 0.4:
                role, chair_given = "chair", True
            out.append(ParticipantRecord(
                kind="person", name=f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}",
                honorific=rng.choice(HONORIFICS), post=rng.choice(POSTS), role=role,
                delegation=rng.choice(countries).name))
    return out


def meeting(rng: random.Random, i: int, countries: list, orgs: list, agencies: list
            ) -> MeetingRecord:
    topic = rng.choice(TOPICS)
    venue, city = rng.choice(VENUES)
    held = date(1995, 1, 1) + timedelta(days=rng.randrange(30 * 365))
    series = rng.choice(SERIES) if rng.random() < 0.3 else None
    title = rng.choice(FORMS).format(t=topic, n=ordinal(rng.randrange(1, 40)))
    if series and rng.random() < 0.5:
        title = f"{ordinal(rng.randrange(1, 30))} {series} Meeting"
    parts = participants(rng, countries, orgs, agencies)
    japanese = i % 12 == 0
    paras = []
    for _ in range(rng.choice((2, 3, 3, 4, 4, 5))):
        if japanese:
            text = "".join(rng.choice(JAPANESE) for _ in range(rng.randrange(2, 5))).format(
                topic_ja=rng.choice(TOPICS_JA), city_ja=rng.choice(CITIES_JA))
        else:
            text = " ".join(rng.choices(SENTENCES, SENTENCE_WEIGHTS, k=rng.randrange(2, 6))
                            ).format(
                topic=topic, topic_l=topic.lower(), city=rng.choice(VENUES)[1],
                org=rng.choice(orgs).name, country=rng.choice(countries).name)
        kind = rng.choice(KINDS)
        paras.append(ParagraphRecord(text=text, kind=kind,
                                     owner=rng.choice(countries).name if kind == "action"
                                     else None))
    return MeetingRecord(
        title=title, held_on=held, ends_on=held + timedelta(days=rng.choice((0, 0, 1, 2))),
        venue=venue, city=city, host_country="Japan" if city in ("Tokyo", "Kyoto") else None,
        series=series, reference=f"GI-{held.year}-{i:06d}",
        status="final" if rng.random() < 0.7 else "draft",
        participants=parts, paragraphs=paras)


def generate(n: int, seed: int = 2007) -> list[MeetingRecord]:
    return list(each(n, seed))


def each(n: int, seed: int = 2007) -> Iterator[MeetingRecord]:
    """generate's meetings one at a time (a million of them held at once take 10 GB)."""
    rng = random.Random(seed)
    countries = reference.countries()
    orgs = [o for o in reference.organizations() if o.acronym]
    agencies = reference.agencies() or [reference.Agency("Japan", "Cabinet Office", "CAO")]
    for i in range(n):
        yield meeting(rng, i, countries, orgs, agencies)


def write_json(records: Iterable[MeetingRecord], out: TextIO) -> tuple[int, int, int]:
    """interchange.dumps(records) written a meeting at a time, the same text; the
    counts of meetings, participants and paragraphs."""
    doc = interchange.dumps([])
    head, tail = doc.split('"meetings": []')
    meetings = participants_ = paragraphs = 0
    out.write(head + '"meetings": [')
    for r in records:
        text = json.dumps(interchange.meeting_to_dict(r), ensure_ascii=False, indent=2)
        out.write(("," if meetings else "") + "\n    " + text.replace("\n", "\n    "))
        meetings += 1
        participants_ += len(r.participants)
        paragraphs += len(r.paragraphs)
    out.write(("\n  ]" if meetings else "]") + tail)
    return meetings, participants_, paragraphs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=2007)
    ap.add_argument("--json", metavar="FILE", help="write an interchange file")
    ap.add_argument("--db", metavar="FILE", help="import into this (new) database")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.json and not args.db:  # streamed: any number of meetings in bounded memory
        with open(args.json, "w", encoding="utf-8") as out:
            n, p, q = write_json(each(args.meetings, args.seed), out)
        print(f"generated {n} meetings, {p} participants, {q} paragraphs and wrote "
              f"{args.json} in {time.perf_counter() - t0:.1f} s")
        return
    records = generate(args.meetings, args.seed)
    print(f"generated {len(records)} meetings, "
          f"{sum(len(r.participants) for r in records)} participants, "
          f"{sum(len(r.paragraphs) for r in records)} paragraphs "
          f"in {time.perf_counter() - t0:.1f} s")
    if args.json:
        Path(args.json).write_text(interchange.dumps(records), encoding="utf-8")
        print(f"wrote {args.json}")
    if args.db:
        from mtgdesk.services.interchange import import_records
        from mtgdesk.store.database import open_database

        engine = open_database(args.db)
        t0 = time.perf_counter()
        import_records(engine, records)
        print(f"imported into {args.db} in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
