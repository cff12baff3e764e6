"""Chair wordings the fifth session added (issue 15, the shapes of the fresh2 misses, in
made-up sentences): `presides over`, `serving as chair`, `was elected Chairman of the
session`, `who is the chairman of`, `is the current chair of`, countries `co-chairs of`
a body, `under the Saudi G20 Presidency`, and a date before the subject that names
nobody."""

from __future__ import annotations

from mtgdesk.releases import parse_text
from tests.releases.test_general_rules import chairs


def _chairs(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.name) for p in parse_text(text).record.chairs]


def test_presides_over_in_the_present_tense():
    text = ("Ministers meet in Lima\n\nThe ministers of Chile and Peru meet in Lima on 3 March "
            "2024. Peru's Foreign Minister, Ana Torres, presides over the meeting.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres"]


def test_serving_as_chair_at_the_end_of_the_sentence():
    text = ("Ministers meet in Lima\n\nOn 3 March 2024, Mr. Hugo Vela, Minister for Foreign "
            "Affairs of Peru, attended the Andean Ministerial Meeting held in Lima, serving "
            "as chair.\n")
    assert chairs(parse_text(text).record) == ["Hugo Vela"]


def test_elected_chairman_of_the_session_but_not_of_a_body_before():
    text = ("Session opens in Quito\n\nThe fifth session opened in Quito on 3 March 2024. "
            "Foreign Minister of Ecuador Rosa Lema was elected Chairman of the session.\n")
    assert chairs(parse_text(text).record) == ["Rosa Lema"]
    text = ("Session opens in Quito\n\nThe fifth session opened in Quito on 3 March 2024. "
            "Ecuador was elected as the chair of the group in May 2023.\n")
    assert _chairs(text) == []


def test_who_is_the_chairman_of_the_body():
    text = ("Ministers meet in Lima\n\nThe ministers met in Lima on 3 March 2024. Ana Torres, "
            "Peru's minister of foreign affairs, who is the chairman of APG, said the members "
            "agreed.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres"]
    text = ("Leaders meet\n\nThe leaders met in Suva on 3 March 2024. They thank Fiji because "
            "Mr Vela, the prime minister of Tonga, is the current chair of this group.\n")
    assert chairs(parse_text(text).record) == ["Vela"]


def test_countries_in_apposition_as_a_body_s_co_chairs():
    text = ("Coordinators meet\n\nUnder the joint initiative of Chile and Kenya, co-chairs of "
            "the Forum on Andean-African Trade, the coordinators met on 3 March 2024.\n")
    assert _chairs(text) == [("country", "Chile"), ("country", "Kenya")]


def test_under_a_demonym_presidency_with_the_group_between():
    text = ("Sherpas meet\n\nThe Second G20 Sherpa Meeting was held virtually on 3 March "
            "2024, under the Brazilian G20 Presidency, with all G20 members.\n")
    assert _chairs(text) == [("country", "Brazil")]


def test_a_date_that_opens_the_subject_names_nobody():
    text = ("Minister chairs meeting\n\nOn March 3, 2024 local time, Foreign Minister Ana "
            "Torres chaired the Informal Meeting of the Andean Ministers in Lima.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres"]


def test_who_opened_the_meeting_of_a_chairing_country_chairs_it():
    text = ("Ministers meet\n\nThe ministers met in Lima on 3 March 2024 under the "
            "chairmanship of Peru. Opening the meeting, Foreign Minister of Peru Ana Torres "
            "noted the progress made.\n")
    assert _chairs(text) == [("person", "Ana Torres")]
    assert "Peru" in [p.name for p in parse_text(text).record.participants]


def test_who_opened_it_for_another_country_is_no_chair():
    text = ("Ministers meet\n\nThe ministers met in Lima on 3 March 2024 under the "
            "chairmanship of Peru. Opening the meeting, Foreign Minister of Chile Hugo Vela "
            "noted the progress made.\n")
    assert _chairs(text) == [("country", "Peru")]


def test_who_opened_it_chairs_when_no_one_is_named():
    text = ("Ministers meet\n\nThe ministers of Chile and Peru met in Lima on 3 March 2024. "
            "H.E. Sheikh Omar bin Ali Al-Sabah opened the meeting by saying it came at a "
            "hard time.\n")
    assert chairs(parse_text(text).record) == ["Omar bin Ali Al-Sabah"]


def test_a_chairmanship_after_a_bodys_acronym_is_still_the_meetings():
    text = ("Ministers meet\n\nThe 16th Ministerial Meeting of the Andean Dialogue (AND), "
            "under the chairmanship of the State of Qatar, began on 3 March 2024.\n")
    assert _chairs(text) == [("country", "Qatar")]


def test_the_name_before_an_apposition_that_is_a_post():
    text = ("Ministers to meet\n\nLima, May 2 (Reporter) The spokesman Hugo Lema announced on "
            "May 1, 2024 that after agreement with Andean countries, Ana Torres, member of the "
            "Central Committee and Minister of Foreign Affairs, will co-chair the Andean "
            "Ministers' Meeting with Chilean Foreign Minister Hugo Vela.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres", "Hugo Vela"]


def test_his_excellency_with_a_comma_and_the_chair_of_the_body_after_and():
    text = ("Bureau meets\n\nHis Excellency, President Ana Maria Torres of the Republic of Peru, "
            "and Chairperson of the Andean Union (AU) convened a video-teleconference Meeting "
            "of the Bureau of the Assembly on 3 March 2024.\n")
    assert chairs(parse_text(text).record) == ["Ana Maria Torres"]


def test_who_invited_them_chairs_when_no_one_is_named():
    text = ("Ministers meet\n\nAt the invitation of their Peruvian counterpart Ana Torres, the "
            "foreign ministers of Chile and Ecuador travelled to Lima on 3 March 2024 for a "
            "trilateral meeting.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres"]


def test_a_person_who_called_the_meeting_chairs_it_a_country_does_not():
    text = ("Ministers meet\n\nThe ministers of Chile, Peru and Ecuador met in Lima on 3 March "
            "2024. The meeting of the three countries was called by Peru's Ana Torres and "
            "marked ten years of the format.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres"]
    text = text.replace("Peru's Ana Torres", "Peru")
    assert _chairs(text) == []


def test_a_chair_named_by_the_post_alone_the_name_given_elsewhere():
    text = ("Officials meet\n\nSecretary General in the Office of the President of Peru, Ana "
            "Torres, says the meeting comes at a hard time.\n\nThe meeting, chaired by "
            "Secretary General in the Office of the President of Peru, brought together "
            "officials from Chile, Ecuador and Peru on 3 March 2024.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres"]
    text = text.replace("Ana Torres, says", "says")  # the post has no name anywhere
    assert _chairs(text) == []


def test_the_co_chairs_after_an_article_are_a_noun_not_a_verb():
    text = ("Ministers meet\n\nOn 3 March 2024 a meeting between the Foreign Minister of Chile "
            "Hugo Vela, the Foreign Minister of Peru Ana Torres and the Co-Chairs of the Andean "
            "Group took place in Quito.\n")
    assert _chairs(text) == []
    text = ("Ministers meet\n\nOn 3 March 2024 the Foreign Minister of Peru Ana Torres co-chairs "
            "the meeting of the Andean Group in Quito.\n")
    assert chairs(parse_text(text).record) == ["Ana Torres"]
