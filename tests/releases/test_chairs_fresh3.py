"""Chair wordings session 24 added (issue 15, the shapes of the fresh3 chair misses, in
made-up sentences): a labelled list of chairs with their posts after dashes, a country as
the chair (`as the chair country`, `under Peru's Andean Chairmanship`), a post joined by
hyphens that is no name (`Chairman-in-Office`), a chair marked `(Chair)` in a list, the
host who invited (`At the invitation of H.E. Mr. X`), `led by X, as acting president of
the council`, `was elected Chairman of the Council.`, `Dr. the Honourable X ...,
presided.`, `officiating as chair`, `Declaring the session open, the Chair of ... X`,
`opened by Ms. X, ..., Chair of the Council`; and wordings of the same kinds: `with Peru in
the chair`, `Peru, as chair,`, `chaired jointly by`, `The co-chairs, X and Y,`, `chair of
the meeting`, `The meeting's chair, X`, `Chairing the meeting, X said`."""

from __future__ import annotations

from mtgdesk.releases import parse_text


def _chairs(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.name) for p in parse_text(text).record.chairs]


def _read(body: str):
    return parse_text("Ministers meet\n\n" + body + "\n").record


def test_a_labelled_list_of_chairs_with_posts_after_dashes():
    record = _read("Chairpersons: Dr. Ana Torres – WTO Director-General and TNC Chairperson, "
                   "and\nH.E. Dr. Rosa Lema (Peru) – General Council Chairperson\n\n"
                   "The ministers met on 3 March 2024.")
    chairs = [(p.name, p.role, p.honorific) for p in record.chairs]
    assert chairs == [("Ana Torres", "co-chair", "Dr."), ("Rosa Lema", "co-chair", "H.E. Dr.")]
    assert record.chairs[0].post == "WTO Director-General and TNC Chairperson"


def test_a_country_as_the_chair_country():
    record = _read("The ministers met on 3 March 2024 in Lima. They thanked the Republic of "
                   "Peru as the chair country for its work.")
    assert [(p.kind, p.name) for p in record.chairs] == [("country", "Peru")]


def test_a_country_s_chairmanship_by_the_possessive():
    record = _read("The ministers met on 3 March 2024 in Lima, the first meeting under "
                   "Peru's Andean Chairmanship in 2024.")
    assert [(p.kind, p.name) for p in record.chairs] == [("country", "Peru")]


def test_a_country_as_chair_is_a_frame_beside_the_person_who_chaired():
    record = _read("The ministers met on 3 March 2024 in Lima under Peru's Andean "
                   "Chairmanship. The meeting was chaired by Foreign Minister of Peru "
                   "Hugo Vela.")
    assert [(p.kind, p.name) for p in record.chairs] == [("person", "Hugo Vela")]
    assert "Peru" in [p.name for p in record.participants if p.kind == "country"]


def test_chairman_in_office_is_a_post_not_a_name():
    record = _read("The meeting on 3 March 2024 was chaired by the OSCE Chairman-in-Office, "
                   "Peruvian Foreign Minister Ana Torres.")
    assert [p.name for p in record.chairs] == ["Ana Torres"]
    assert record.chairs[0].role == "chair"


def test_chairperson_in_office_and_another_post_before_the_name():
    record = _read("Lima, 3 March 2024 – The OSCE Chairperson-in-Office and Peruvian Foreign "
                   "Minister Ana Torres welcomed the ministers of Chile and Bolivia for an "
                   "OSCE Troika meeting in Lima today.")
    assert [p.name for p in record.chairs] == ["Ana Torres"]


def test_a_chair_marked_in_a_list_of_those_who_came():
    record = _read("The ministers met on 3 March 2024. Present were: Foreign Minister Ana "
                   "Torres of the Republic of Peru (Chair), Foreign Minister Hugo Vela of "
                   "Chile, and Foreign Minister Rosa Lema of Bolivia.")
    assert [p.name for p in record.chairs] == ["Ana Torres"]
    assert _chairs("Ministers meet\n\nThe ministers met on 3 March 2024. Present were: Peru "
                   "(Chair), Chile and Bolivia.\n") == [("country", "Peru")]


def test_the_host_who_invited_named_with_an_honorific_of_periods():
    record = _read("At the invitation of H.E. Mr. Hugo Vela, Minister of Foreign Affairs of "
                   "the Republic of Peru, and with participation of H.E. Ms. Ana Torres, "
                   "Minister of Foreign Affairs of Chile, the Third Meeting of Foreign "
                   "Ministers was held on 3 March 2024 in Lima, Peru.")
    assert [p.name for p in record.chairs] == ["Hugo Vela"]


def test_led_by_a_minister_as_acting_president_of_the_council():
    record = _read("The ministers met on 3 March 2024. At the opening, the table was led by "
                   "the Minister for Foreign Affairs of Peru, Hugo Vela Rojas, as acting "
                   "president of the Andean council.")
    assert [p.name for p in record.chairs] == ["Hugo Vela Rojas"]
    # Led by someone as president of something else: no chair.
    record = _read("The ministers met on 3 March 2024. The delegation was led by Hugo Vela "
                   "Rojas, as president of the Andean Bank.")
    assert record.chairs == []


def test_elected_chairman_of_the_council_at_the_end_of_the_sentence():
    record = _read("The Council met on 3 March 2024. Hugo Vela, Minister for Foreign Affairs "
                   "of Peru, was elected Chairman of the Council.")
    assert [p.name for p in record.chairs] == ["Hugo Vela"]
    # Elected to chair the council in another year: the body's chair, not this meeting's.
    record = _read("The ministers met on 3 March 2024. Hugo Vela, Minister for Foreign "
                   "Affairs of Peru, was elected Chairman of the Council in May 2021.")
    assert record.chairs == []


def test_presided_at_the_end_of_the_sentence_with_a_caribbean_honorific():
    record = _read("The meeting was held in Lima on 3 March 2024. Dr. the Honourable Hugo "
                   "Vela, Prime Minister of Saint Vincent and the Grenadines, who assumed the "
                   "Chair of the Conference for six months, presided.")
    assert [(p.name, p.honorific) for p in record.chairs] == [("Hugo Vela",
                                                                "Dr. the Honourable")]


def test_officiating_as_chair_after_a_post_first_name():
    record = _read("Lima, 3 March 2024 – Peru's Minister for Trade Hugo Vela, officiating as "
                   "chair of the Andean Ministers meeting in Lima today, urged ministers to "
                   "agree.")
    assert [p.name for p in record.chairs] == ["Hugo Vela"]


def test_declaring_the_session_open_the_chair_of_council():
    text = ("Ministers meet\n\nThe Council opened its session on 3 March 2024 in Quito, "
            "Ecuador.\n\nDeclaring the session open, the Chair of Council and Minister of "
            "Foreign Affairs of Peru H.E Hugo Vela stressed the importance of trade.\n")
    assert _chairs(text) == [("person", "Hugo Vela")]


# Wordings of the same kinds, beyond those the corpus shows.

def test_with_a_country_or_a_person_in_the_chair():
    assert _chairs("Ministers meet\n\nThe ministers met in Lima on 3 March 2024, with Peru in "
                   "the chair.\n") == [("country", "Peru")]
    assert _chairs("Ministers meet\n\nThe ministers met in Lima on 3 March 2024, with H.E. "
                   "Mr. Hugo Vela in the chair.\n") == [("person", "Hugo Vela")]


def test_a_country_as_chair_in_apposition():
    assert _chairs("Ministers meet\n\nPeru, as chair, hosted the ministers in Lima on 3 March "
                   "2024.\n") == [("country", "Peru")]
    assert _chairs("Ministers meet\n\nPeru, in its capacity as Chair, opened the meeting in "
                   "Lima on 3 March 2024.\n") == [("country", "Peru")]


def test_chaired_jointly_by_two():
    record = _read("The meeting in Lima on 3 March 2024 was chaired jointly by Ana Torres and "
                   "Hugo Vela.")
    assert [(p.name, p.role) for p in record.chairs] == [("Ana Torres", "co-chair"),
                                                         ("Hugo Vela", "co-chair")]


def test_the_co_chairs_named_in_apposition():
    record = _read("The co-chairs, Ana Torres of Chile and Hugo Vela of Peru, opened the "
                   "meeting in Lima on 3 March 2024.")
    assert [(p.name, p.role) for p in record.chairs] == [("Ana Torres", "co-chair"),
                                                         ("Hugo Vela", "co-chair")]


def test_the_meeting_s_own_chair_in_apposition_or_before_the_name():
    for body in ("Hugo Vela, Peru's Foreign Minister and chair of the meeting, said it was "
                 "useful.", "The meeting's chair, Hugo Vela, said it was useful.",
                 "Meeting chair Hugo Vela said it was useful."):
        record = _read("The ministers met in Lima on 3 March 2024. " + body)
        assert [p.name for p in record.chairs] == ["Hugo Vela"], body


def test_the_meeting_s_own_chair_outranks_a_body_s_head():
    # `X, Chair of the Andean Council` heads a body (a title); `chair of the meeting` is
    # this meeting's: only the second chairs.
    record = _read("The ministers met in Lima on 3 March 2024. Ana Torres, Chair of the "
                   "Andean Council, attended. Hugo Vela, Peru's Foreign Minister and chair of "
                   "the meeting, said it was useful.")
    assert [p.name for p in record.chairs] == ["Hugo Vela"]


def test_chairing_or_presiding_over_the_meeting_before_the_name():
    for lead in ("Chairing the meeting, Foreign Minister Hugo Vela said it was useful.",
                 "Presiding over the meeting, Foreign Minister Hugo Vela of Peru said it was "
                 "useful.", "While chairing the session, Hugo Vela, Foreign Minister of Peru, "
                 "said it was useful."):
        record = _read("The ministers met in Lima on 3 March 2024. " + lead)
        assert [p.name for p in record.chairs] == ["Hugo Vela"], lead


def test_opened_by_a_body_s_chair_and_then_a_chairman_elected():
    record = _read("The Council met in Lima on 3 March 2024. The meeting was opened by Ms. Ana "
                   "Torres, Minister of Foreign Affairs of Chile, Chair of the Andean Council "
                   "of Ministers and the Leader of the Delegation from Chile.\n\nSimilarly, "
                   "Hugo Vela, Minister for Foreign Affairs of Peru and the leader of the "
                   "Peruvian delegation, was elected Chairman of the Council.")
    assert [p.name for p in record.chairs] == ["Ana Torres", "Hugo Vela"]


def test_a_person_or_a_country_as_chair_in_apposition():
    for body, want in (("Hugo Vela, as Chair, welcomed the ministers.", "Hugo Vela"),
                       ("Foreign Minister Hugo Vela of Peru, as Chair of the meeting, welcomed "
                        "the ministers.", "Hugo Vela"),
                       ("Hugo Vela, the Chair, said it was useful.", "Hugo Vela"),
                       ("The Chair, Hugo Vela, said it was useful.", "Hugo Vela"),
                       ("The Chairman of the meeting, Hugo Vela, said it was useful.",
                        "Hugo Vela"),
                       ("Hugo Vela, chair of this year's meeting, said it was useful.",
                        "Hugo Vela"),
                       ("Hugo Vela, Chairperson of the meeting, said it was useful.",
                        "Hugo Vela")):
        record = _read("The ministers met in Lima on 3 March 2024. " + body)
        assert [p.name for p in record.chairs] == [want], body


def test_took_or_was_in_the_chair_but_not_a_body_s_chair_for_a_term():
    for body in ("Hugo Vela took the chair.", "Hugo Vela was in the chair.",
                 "Hugo Vela assumed the chair of the meeting."):
        record = _read("The ministers met in Lima on 3 March 2024. " + body)
        assert [p.name for p in record.chairs] == ["Hugo Vela"], body
    record = _read("The ministers met in Lima on 3 March 2024. Hugo Vela assumed the chair of "
                   "the Andean Council for the six-month period.")
    assert record.chairs == []


def test_under_the_presidency_of_a_person_or_a_country():
    record = _read("The ministers met in Lima on 3 March 2024 under the presidency of Mr. Hugo "
                   "Vela, Minister of Peru.")
    assert [p.name for p in record.chairs] == ["Hugo Vela"]
    assert _chairs("Ministers meet\n\nThe ministers met in Lima on 3 March 2024 under the "
                   "Presidency of Peru.\n") == [("country", "Peru")]


def test_a_chaired_by_label_above_the_first_sentence():
    record = _read("Chaired by: H.E. Mr. Hugo Vela, Minister of Peru\n\nThe ministers met in "
                   "Lima on 3 March 2024.")
    assert [(p.name, p.honorific) for p in record.chairs] == [("Hugo Vela", "H.E. Mr.")]


def test_a_surname_alone_names_the_person_named_in_full_before():
    text = ("Ministers meet\n\nMinisters met in Lima on 3 March 2024, Chinese Foreign Minister "
            "Wang Yi said at the tenth Lima Ministers' Meeting.\n\nWang, also a member of the "
            "Political Bureau of the Communist Party of China Central Committee, co-chaired "
            "the meeting with Thai Foreign Minister Ana Torres.\n")
    record = parse_text(text).record
    assert [(p.name, p.role) for p in record.chairs] == [("Wang Yi", "co-chair"),
                                                         ("Ana Torres", "co-chair")]


# Chairs that are not this meeting's (precision).

def test_the_head_of_a_body_s_executive_or_of_a_national_body_is_no_chair():
    for body in ("H.E. Moussa Faki Mahamat, Chairperson of the African Union Commission, "
                 "addressed the Council.",
                 "Hugo Vela, Chairman of the Peruvian Senate Foreign Relations Committee, "
                 "attended."):
        record = _read("The Council met in Addis Ababa on 3 March 2024. " + body)
        assert record.chairs == [], body
    # A commission that meets (`on ...`) is chaired by its chair.
    record = _read("The Commission met in Vienna on 3 March 2024. H.E. Ana Torres, Chair of "
                   "the Commission on Narcotic Drugs, opened the session.")
    assert [p.name for p in record.chairs] == ["Ana Torres"]


def test_one_who_chaired_an_earlier_meeting_is_no_chair():
    record = _read("The Council met in Lima on 3 March 2024. Ana Torres, who chaired the "
                   "previous meeting in 2023, handed over to Peru.")
    assert record.chairs == []


def test_a_side_event_s_chair_is_no_chair():
    for event in ("A working lunch", "The side event", "The press conference"):
        record = _read(f"The Council met in Lima on 3 March 2024. {event} was chaired by "
                       "Ana Torres.")
        assert record.chairs == [], event


def test_chairing_the_meeting_were_the_names_after():
    record = _read("The ministers met in Lima on 3 March 2024. Co-chairing the meeting were "
                   "Hugo Vela of Peru and Ana Torres of Chile.")
    assert [(p.name, p.role) for p in record.chairs] == [("Hugo Vela", "co-chair"),
                                                         ("Ana Torres", "co-chair")]
    record = _read("The ministers met in Lima on 3 March 2024. Presiding was Hugo Vela, "
                   "Foreign Minister of Peru.")
    assert [p.name for p in record.chairs] == ["Hugo Vela"]


def test_chaired_a_ministerial_a_plenary_or_a_retreat():
    for what in ("the 20th Andean Ministerial", "the plenary", "the Foreign Ministers' Retreat"):
        record = _read(f"The ministers met in Lima on 3 March 2024. Foreign Minister Hugo Vela "
                       f"chaired {what}.")
        assert [p.name for p in record.chairs] == ["Hugo Vela"], what


def test_a_chair_named_by_a_post_alone_and_nowhere_else_is_the_post_s_country():
    record = _read("The ministers met in Lima on 3 March 2024. The meeting was chaired by the "
                   "Foreign Minister of the Republic of Peru.")
    assert [(p.kind, p.name) for p in record.chairs] == [("country", "Peru")]
