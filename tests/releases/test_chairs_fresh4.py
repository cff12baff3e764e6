"""Chair wordings added for the fresh4 chair misses (issue 15), in made-up sentences: a
post of a country then the holder (`the Prime Minister of St. Kitts and Nevis, Dr. X`,
`the Minister ... of Peru Madame X Chairperson of ...`), `X who will hand over to
incoming chairman Y`, a `chaired by` phrase that ends at a new clause, `X Y is the current
chair of`, `will be opened by the Minister ..., Mr X`, `Receiving the chairmanship, X
said`, a country `which holds the Presidency`, `as a part of the Peruvian presidency`, a
person who will host the meeting or hosted the presidents, `X, the outgoing CAN
president,` and `a speech by the host, Minister, X`."""

from __future__ import annotations

from mtgdesk.releases import parse_text


def _chairs(body: str) -> list[tuple[str, str]]:
    record = parse_text("Ministers meet\n\n" + body + "\n").record
    return [(p.kind, p.name) for p in record.chairs]


def test_a_post_of_a_country_with_and_in_it_before_the_honorific():
    assert _chairs("The meeting was held on 3 March 2024 in Lima under the chairmanship of "
                   "the Prime Minister of St. Kitts and Nevis, Dr. The Honourable Ana "
                   "Torres.") == [("person", "Ana Torres")]


def test_a_stray_honorific_after_the_country_of_the_post():
    assert _chairs("The meeting was held on 3 March 2024 in Lima under the chairmanship of "
                   "the Prime Minister of Saint Vincent and the Grenadines, Dr., The "
                   "Honourable Ana Torres.") == [("person", "Ana Torres")]


def test_madame_and_a_name_that_stops_at_a_post_word():
    record = parse_text("Ministers meet\n\nThe meeting was held on 3 March 2024. The virtual "
                        "meeting was chaired by the Minister of Trade and Industry of Peru "
                        "Madame Ana Lopez Torres Chairperson of the Andean Council of "
                        "Ministers.\n").record
    assert [(p.name, p.honorific) for p in record.chairs] == [("Ana Lopez Torres", "Madame")]


def test_the_one_who_hands_over_is_not_the_chair():
    assert _chairs("The meeting will be held in Lima on 3 March 2024. The Council is "
                   "currently chaired by Prime Minister Honourable Hugo M. Vela who will "
                   "hand over to incoming chairman the Prime Minister of Saint Vincent and "
                   "the Grenadines, Dr., The Honourable Ana Torres.") == [("person",
                                                                            "Ana Torres")]


def test_a_chaired_by_country_ends_at_a_new_clause():
    assert _chairs("The meeting was held on 3 March 2024. The current session is chaired "
                   "by the Republic of Peru, and Andean foreign ministers participate in the "
                   "meetings, in addition to Ana Torres, Secretary-General of the Andean "
                   "Community.") == [("country", "Peru")]


def test_chaired_by_ends_at_as_a_clause_and_at_and_hosted_by():
    assert _chairs("The meeting was held on 3 March 2024. Foreign Minister Hugo Vela "
                   "welcomed them. It was chaired by Minister Vela, as Peru is the "
                   "coordinator, and hosted by Minister Ruiz.") == [("person", "Vela")]


def test_a_demonym_and_a_post_before_is_the_current_chair_of():
    assert _chairs("The meeting was held on 3 March 2024. Peruvian President Hugo Vela Ruiz "
                   "is the current chair of the CAN.") == [("person", "Hugo Vela Ruiz")]


def test_who_the_meeting_will_be_opened_by():
    assert _chairs("The meeting was held on 3 March 2024 in Lima. The meeting, to be held "
                   "at the Hotel, will be opened by the Minister of Foreign Affairs and "
                   "Trade and Chair of the CAN, Mr Hugo Vela.") == [("person", "Hugo Vela")]


def test_receiving_the_chairmanship():
    assert _chairs("The meeting was held on 3 March 2024 in Lima. Receiving the "
                   "chairmanship, Acting Permanent Secretary for Foreign Affairs and "
                   "External Trade, Hugo Vela said the theme is peace.") == [("person",
                                                                               "Hugo Vela")]


def test_a_country_which_holds_the_presidency():
    assert _chairs("The summit took place in Lima on 3 March 2024. Presidents came in "
                   "person to the capital of Peru, which holds the Presidency of the "
                   "Initiative.") == [("country", "Peru")]


def test_as_a_part_of_a_country_s_presidency():
    assert _chairs("On 3 March 2024 the conference of Ministers of the Interior was held in "
                   "Lima, as a part of the Peruvian presidency in this group.") == [
        ("country", "Peru")]


def test_a_person_who_will_host_the_meeting_with_a_country_with_and_in_the_post():
    assert _chairs("The meeting will be held tomorrow in Lima. Minister of Foreign Affairs "
                   "of Trinidad and Tobago Hugo Vela will host the meeting of the Andean "
                   "Foreign Ministers.") == [("person", "Hugo Vela")]


def test_a_post_after_the_honorific_and_hosted_the_presidents():
    assert _chairs("On 3 March 2024, the H.E. President of Peru Hugo Vela hosted the "
                   "presidents and high-ranking officials of the member states.") == [
        ("person", "Hugo Vela")]


def test_the_outgoing_acronym_president_in_apposition():
    assert _chairs("The Council met on 3 March 2024. Vice President Hugo Vela, the outgoing "
                   "CAN president, spoke at the 34th Council of Ministers held in Lima.") == [
        ("person", "Hugo Vela")]


def test_a_speech_by_the_host():
    assert _chairs("The ministers met on 3 March 2024. The session began with a speech by "
                   "the host, Peruvian Foreign Minister, Hugo Vela, followed by his Chilean "
                   "counterpart, Ana Torres, who gave a report.") == [("person", "Hugo Vela")]
