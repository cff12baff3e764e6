"""The generated paragraphs: dates, times, places, counts, lists, chairs, overrides."""

from __future__ import annotations

from datetime import date, time

import pytest

from mtgdesk.domain.records import MeetingRecord, ParticipantRecord
from mtgdesk.reports import phrases, prose


def meeting(**fields) -> MeetingRecord:
    fields.setdefault("title", "Senior Official-Level Meeting on Human Security")
    fields.setdefault("held_on", date(2007, 3, 23))
    return MeetingRecord(**fields)


def country(name: str, **kw) -> ParticipantRecord:
    return ParticipantRecord(kind="country", name=name, **kw)


def org(name: str, acronym: str | None = None, **kw) -> ParticipantRecord:
    return ParticipantRecord(kind="organization", name=name, acronym=acronym, **kw)


def chair(name: str, post: str | None = None, role: str = "chair", **kw) -> ParticipantRecord:
    return ParticipantRecord(kind="person", name=name, honorific=kw.pop("honorific", "Mr."),
                             post=post, role=role, **kw)


def test_opening_one_day_at_venue():
    text = prose.opening(meeting(venue="the Ministry of Foreign Affairs"))
    assert text == ("A “Senior Official-Level Meeting on Human Security” was held on "
                    "March 23 (Fri) at the Ministry of Foreign Affairs.")


def test_opening_several_days_same_month():
    text = prose.opening(meeting(ends_on=date(2007, 3, 25)))
    assert "was held from March 23 (Fri) to 25 (Sun)." in text


def test_opening_across_months_and_years():
    assert "from March 30 (Fri) to April 1 (Sun)" in prose.opening(
        meeting(held_on=date(2007, 3, 30), ends_on=date(2007, 4, 1)))
    assert "from December 30 (Sun), 2007 to January 2 (Wed), 2008" in prose.opening(
        meeting(held_on=date(2007, 12, 30), ends_on=date(2008, 1, 2)))


def test_opening_with_times():
    one_day = prose.opening(meeting(starts_at=time(10, 0), ends_at=time(12, 30)))
    assert "on March 23 (Fri) from 10:00 to 12:30." in one_day
    assert "on March 23 (Fri) from 9:30" not in prose.opening(meeting(starts_at=time(9, 30)))
    assert "on March 23 (Fri) from 09:30." in prose.opening(meeting(starts_at=time(9, 30)))
    several = prose.opening(meeting(ends_on=date(2007, 3, 24), starts_at=time(14, 0),
                                    ends_at=time(13, 0)))
    assert "from 14:00 on March 23 (Fri) to 13:00 on March 24 (Sat)" in several


def test_opening_with_city_and_venue():
    text = prose.opening(meeting(venue="Mita Kaigisho (Mita Conference Hall)", city="Tokyo"))
    assert text.endswith("at Mita Kaigisho (Mita Conference Hall) in Tokyo.")
    assert prose.opening(meeting(city="Tokyo")).endswith("on March 23 (Fri) in Tokyo.")


@pytest.mark.parametrize("title, article", [
    ("ASEAN Regional Forum", "An"), ("Expert Meeting", "An"), ("United Nations Day", "A"),
    ("European Union Dialogue", "A"), ("Senior Meeting", "A"), ("One-day Workshop", "A"),
])
def test_opening_article_follows_the_title(title, article):
    assert prose.opening(meeting(title=title)).startswith(f"{article} “{title}”")


def test_numbers_under_ten_in_words_from_ten_in_figures():
    assert phrases.count(7, "international organization") == "seven international organizations"
    assert phrases.count(1, "country", "countries") == "one country"
    assert phrases.count(9, "country", "countries") == "nine countries"
    assert phrases.count(10, "country", "countries") == "10 countries"
    assert phrases.count(11, "country", "countries") == "11 countries"


def test_serial_comma():
    assert phrases.series(["A"]) == "A"
    assert phrases.series(["A", "B"]) == "A and B"
    assert phrases.series(["A", "B", "C"]) == "A, B, and C"


def test_attendance_host_last_and_counts_in_words():
    record = meeting(host_country="Japan", participants=[
        country("Japan"), country("Canada"), country("Philippines", article="the"),
        org("World Food Programme", "WFP"), org("European Union", "EU"),
    ])
    text = prose.attendance(record)
    assert text == ("The meeting was attended by representatives from three countries "
                    "including Canada, the Philippines, and Japan, and two international "
                    "organizations, namely the World Food Programme (WFP) and the European "
                    "Union (EU).")


def test_attendance_host_agencies_use_the_demonym():
    record = meeting(host_country="Japan", participants=[
        country("Japan"), country("France"),
        ParticipantRecord(kind="agency", name="Ministry of Foreign Affairs"),
        ParticipantRecord(kind="agency", name="Japan International Cooperation Agency",
                          acronym="JICA"),
    ])
    text = prose.attendance(record)
    assert ("Among the Japanese participants, officials of the Ministry of Foreign Affairs "
            "and the Japan International Cooperation Agency (JICA) also took part in the "
            "meeting.") in text


def test_chair_with_honorific_name_and_post():
    record = meeting(participants=[country("France"), country("Japan"),
                                   chair("Koji Tsuruoka", "Director-General, Foreign Ministry")])
    assert prose.attendance(record).endswith(
        "Mr. Koji Tsuruoka, Director-General, Foreign Ministry, chaired the meeting.")


def test_co_chairs():
    record = meeting(participants=[
        chair("Koji Tsuruoka", "Director-General", role="co-chair"),
        chair("Anne Dupont", "Ambassador", role="co-chair", honorific="Ms."),
    ])
    assert prose.attendance(record) == (
        "Mr. Koji Tsuruoka, Director-General, and Ms. Anne Dupont, Ambassador, "
        "co-chaired the meeting.")


def test_absent_and_excused_are_not_listed_as_attending():
    record = meeting(participants=[
        country("Canada"), country("France", attendance="absent"),
        country("India", attendance="excused"), country("Mexico"),
        org("European Union", "EU", attendance="absent"),
        chair("Absent Chair", "Minister", attendance="excused"),
    ])
    text = prose.attendance(record)
    assert "two countries including Canada and Mexico" in text
    for name in ("France", "India", "European Union", "Absent Chair"):
        assert name not in text


def test_observers_are_listed_apart():
    record = meeting(participants=[country("Canada"), country("Mexico"),
                                   country("Mongolia", role="observer")])
    text = prose.attendance(record)
    assert "two countries including Canada and Mexico." in text
    assert "Mongolia attended as an observer." in text


def test_no_participants_no_attendance_paragraph():
    record = meeting()
    assert prose.attendance(record) is None
    assert [p.key for p in prose.written_paragraphs(record)] == ["opening"]


def test_overrides_replace_text_and_keep_the_generated_one():
    record = meeting(participants=[country("Canada")],
                     report_overrides={"opening": "Our own opening.", "attendance": "  "})
    written = prose.written_paragraphs(record)
    assert [(p.key, p.text, p.overridden) for p in written] == [
        ("opening", "Our own opening.", True)]
    assert written[0].generated.startswith("A “Senior")
    assert prose.generated_paragraphs(record)["attendance"].startswith("The meeting")
