"""For records the program can print, parsing the printed press release gives back
the same countries, organisations, acronyms, chair(s) and dates."""

from __future__ import annotations

from datetime import date, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtgdesk.domain import reference as ref
from mtgdesk.domain.records import MeetingRecord, ParagraphRecord, ParticipantRecord
from mtgdesk.releases import parse_text
from mtgdesk.reports import model, render

COUNTRIES = [c for c in ref.countries() if not c.observer]
ORGS = [o for o in ref.organizations() if o.acronym]
AGENCIES = ref.agencies()
GIVEN = ["Koji", "Maria", "Jane", "Ahmed", "Li", "Olga", "Kenji", "Ana", "Pierre", "Sunil"]
FAMILY = ["Tsuruoka", "Santos", "Smith", "Hassan", "Wei", "Petrova", "Hayashi", "Ortega",
          "Dubois", "Perera"]
HONORIFICS = ["Mr.", "Ms.", "Dr.", "H.E. Mr.", "H.E. Ms.", "Ambassador", "Prof."]
POSTS = ["Director-General for Global Issues, Foreign Ministry",
         "Ambassador for Human Security", "Deputy Minister for Foreign Affairs",
         "Assistant Administrator, Regional Bureau for Asia", "Head of Delegation",
         "Deputy Director-General, International Cooperation Bureau", None]
TOPICS = ["Human Security", "Disaster Risk Reduction", "Peacebuilding", "Maritime Safety",
          "Counter-Terrorism", "Climate Finance", "Global Health", "Nuclear Security"]
KINDS = ["Senior Official-Level Meeting", "Expert Meeting", "Regional Dialogue",
         "Working Group Meeting", "Consultation", "Symposium"]
VENUES = ["the Ministry of Foreign Affairs", "Mita Kaigisho (Mita Conference Hall)",
          "the Iikura Guest House", "the United Nations University", None]
CITIES = ["Tokyo", "Yokohama", "Kobe", None]


@st.composite
def records(draw) -> MeetingRecord:
    held = draw(st.dates(date(1995, 1, 1), date(2030, 12, 31)))
    days = draw(st.sampled_from([0, 0, 0, 1, 2, 3, 6, 40]))
    ends = held + timedelta(days=days) if days else None
    released = (ends or held) + timedelta(days=draw(st.integers(0, 6)))
    starts_at = ends_at = None
    if draw(st.booleans()):
        starts_at = time(draw(st.integers(8, 11)), draw(st.sampled_from([0, 15, 30])))
        if draw(st.booleans()):
            ends_at = time(draw(st.integers(12, 19)), draw(st.sampled_from([0, 30, 45])))
    countries = draw(st.lists(st.sampled_from(COUNTRIES), min_size=0, max_size=14,
                              unique_by=lambda c: c.name))
    orgs = draw(st.lists(st.sampled_from(ORGS), min_size=0, max_size=8,
                         unique_by=lambda o: o.name))
    host = countries[-1].name if countries and draw(st.booleans()) else None
    agencies = draw(st.lists(st.sampled_from(AGENCIES), max_size=3,
                             unique_by=lambda a: a.name)) if host else []
    chairs = []
    n_chairs = draw(st.sampled_from([0, 1, 1, 2]))
    for _ in range(n_chairs):
        post = draw(st.sampled_from(POSTS))
        chairs.append(ParticipantRecord(
            kind="person", name=f"{draw(st.sampled_from(GIVEN))} {draw(st.sampled_from(FAMILY))}",
            honorific=draw(st.sampled_from(HONORIFICS)), post=post,
            # A chair named only with a country comes from one of the listed countries.
            delegation=host if post is not None or not countries
            else draw(st.sampled_from(countries)).name,
            role="chair" if n_chairs == 1 else "co-chair"))
    participants = [ParticipantRecord(kind="country", name=c.name, article=c.article or None)
                    for c in countries]
    participants += [ParticipantRecord(kind="organization", name=o.name, acronym=o.acronym)
                     for o in orgs]
    participants += [ParticipantRecord(kind="agency", name=a.name) for a in agencies]
    participants += chairs
    title = f"{draw(st.sampled_from(KINDS))} on {draw(st.sampled_from(TOPICS))}"
    return MeetingRecord(
        title=title, held_on=held, ends_on=ends, starts_at=starts_at, ends_at=ends_at,
        released_on=released, venue=draw(st.sampled_from(VENUES)),
        city=draw(st.sampled_from(CITIES)), host_country=host, participants=participants,
        paragraphs=[ParagraphRecord("The participants exchanged views on the way forward.")])


def _bodies(record: MeetingRecord, kind: str) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.acronym) for p in record.participants if p.kind == kind)


def _chairs(record: MeetingRecord) -> list[tuple]:
    return sorted((p.role, p.honorific or "", p.name, p.post or "") for p in record.chairs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_printed_press_release_parses_back(record):
    printed = render.text(model.press_release(record))
    got = parse_text(printed).record
    assert got.title == record.title
    assert (got.held_on, got.ends_on) == (record.held_on, record.ends_on), printed
    assert (got.starts_at, got.ends_at) == (record.starts_at, record.ends_at), printed
    assert got.released_on == record.released_on
    assert _bodies(got, "country") == _bodies(record, "country"), printed
    assert _bodies(got, "organization") == _bodies(record, "organization"), printed
    assert _bodies(got, "agency") == _bodies(record, "agency"), printed
    assert _chairs(got) == _chairs(record), printed
    assert [p.text for p in got.paragraphs] == [p.text for p in record.paragraphs]
