"""Rules made from the fresh7 part's misses (session tune7), each on made-up sentences of
its own words: each side's chair of a meeting of two, a name written after an initial
and its period, who chaired in Spanish and French, the Baltic states as a group, dates
in French, Spanish and Portuguese, and the meeting a sentence says this one came after."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import parse_text
from tests.releases.test_general_rules import chairs, countries


def read(text: str):
    return parse_text(text).record


def test_each_sides_chair_is_a_co_chair():
    record = read(
        "Political Consultations between Peru and Denmark\n\n"
        "The third round of political consultations was held in Lima on 4 May 2021.\n\n"
        "The talks were co-chaired on the Peruvian side by Vice Minister Ana Lucia Quispe, "
        "Director for Europe, and on the Danish side, by Ambassador Henrik Holm, Director "
        "for the Americas, the ministry said.\n")
    assert set(chairs(record)) == {"Ana Lucia Quispe", "Henrik Holm"}
    by_name = {c.name: c for c in record.chairs}
    assert by_name["Ana Lucia Quispe"].delegation == "Peru"
    assert by_name["Henrik Holm"].delegation == "Denmark"


def test_a_side_chaired_then_the_other_side_chaired():
    record = read(
        "Consultations between Chile and Kenya\n\n"
        "The consultations were held in Nairobi on 9 June 2022.\n\n"
        "While the Chilean side was chaired by Pedro Salas Ortega, the Director for Africa, "
        "the Kenyan side was chaired by Grace Wanjiru Kamau, the Principal Secretary.\n")
    assert set(chairs(record)) == {"Pedro Salas Ortega", "Grace Wanjiru Kamau"}


def test_one_side_represented_names_no_chair():
    # `the X side, by Y` alone, with no word of chairing, is who spoke for it.
    record = read(
        "Consultations between Chile and Kenya\n\n"
        "The consultations were held in Nairobi on 9 June 2022.\n\n"
        "The talks were opened on the Chilean side by Pedro Salas Ortega and on the Kenyan "
        "side by Grace Wanjiru Kamau.\n")
    assert chairs(record) == []


def test_a_given_name_after_an_initial_and_its_period_is_a_name():
    record = read(
        "Consultations between Mongolia and Chile\n\n"
        "The consultations were held in Santiago on 2 March 2023.\n\n"
        "The meeting was chaired by B.Batbayar, State Secretary of the Ministry.\n")
    assert chairs(record) == ["B.Batbayar"]


def test_who_presided_in_spanish():
    record = read(
        "Reunión de cancilleres\n\n"
        "El ministro chileno de Relaciones Exteriores, Pedro Antonio Salas, presidió el 4 de "
        "mayo de 2015 en Lima el encuentro de cancilleres andinos.\n\n"
        "Los cancilleres aprobaron la declaración final.\n")
    assert chairs(record) == ["Pedro Antonio Salas"]
    record = read(
        "Reunión de cancilleres\n\n"
        "La canciller peruana Ana María Quispe presidió la reunión de ministros de Relaciones "
        "Exteriores, el 4 de mayo de 2015 en Lima.\n")
    assert chairs(record) == ["Ana María Quispe"]


def test_presiding_over_the_opening_in_spanish_is_not_chairing():
    record = read(
        "Reunión de cancilleres\n\n"
        "La reunión de cancilleres comenzó el 4 de mayo de 2015 en Lima.\n\n"
        "La canciller peruana Ana María Quispe presidió la inauguración de la cumbre.\n")
    assert chairs(record) == []


def test_who_presided_in_french():
    record = read(
        "Conseil des Ministres\n\n"
        "Le Conseil des Ministres a tenu sa session ordinaire le 3 mars 2019 à Cotonou.\n\n"
        "Cette session a été présidée par Son Excellence Professeur Jean Kouassi, Ministre "
        "des Affaires Etrangères du Bénin.\n")
    assert chairs(record) == ["Jean Kouassi"]


def test_the_baltic_states_people_are_their_three():
    record = read(
        "Baltic prime ministers meet\n\n"
        "Vilnius, 14 March 2016. The heads of government of the three Baltic states met in "
        "Vilnius today.\n\n"
        "The Baltic premiers agreed on a joint energy plan.\n")
    assert set(countries(record)) == {"Estonia", "Latvia", "Lithuania"}
    record = read(
        "Baltic premiers meet\n\n"
        "Riga, 2 May 2018. The Baltic premiers met in Riga today to discuss transport.\n")
    assert set(countries(record)) == {"Estonia", "Latvia", "Lithuania"}


def test_the_baltic_sea_states_are_not_the_baltic_three():
    record = read(
        "Ministers meet\n\n"
        "Oslo, 2 May 2018. Foreign ministers of the Baltic Sea states met in Oslo today.\n")
    assert "Estonia" not in countries(record) and "Lithuania" not in countries(record)


def test_a_date_in_french_spanish_or_portuguese():
    from mtgdesk.releases.dates import find_dates

    for written, want in (("le 12 Mars 2017 à Dakar", (3, 12, 2017)),
                          ("el 4 de mayo de 2015 en Lima", (5, 4, 2015)),
                          ("le 1er juin 2020", (6, 1, 2020)),
                          ("em 9 de setembro de 2019", (9, 9, 2019)),
                          ("el 27 de agosto", (8, 27, None))):
        found = find_dates(written)
        assert [m.first for m in found] == [want], written
    assert find_dates("le mai 2018 et 12 marsupiaux") == []


def test_the_meeting_a_sentence_says_this_one_came_after_is_another():
    record = read(
        "Council of Ministers\n\n"
        "After the extraordinary session held on 18 May 2018, the Council of Ministers "
        "held its ordinary session on 5 October 2018 in Lomé.\n\n"
        "The ministers adopted the budget.\n")
    assert record.held_on == date(2018, 10, 5)
    from mtgdesk.releases.meeting_day import AFTER_RE

    assert AFTER_RE.search("Après la réunion extraordinaire tenue le ")
    assert not AFTER_RE.search("The Council held its ordinary session on ")


def test_who_will_attend_is_not_who_chairs():
    record = read(
        "Council of Ministers\n\n"
        "Rabat, 3 May 2016. The ordinary session of the Council at the ministerial level, "
        "which will be chaired by Tunisia, will be attended by the Secretary-General of "
        "the Union Karim Bensaid.\n")
    assert chairs(record) == ["Tunisia"]


def test_the_meetings_chairmanship_handed_over_to_one_names_its_chair():
    record = read(
        "Preparatory meeting\n\n"
        "Doha, 3 May 2016. The preparatory meeting of the Council opened today.\n\n"
        "At the opening session, the chairmanship of the meeting was handed over by the "
        "President of the previous session Senegal to Malaysia.\n")
    assert chairs(record) == ["Malaysia"]
    # A body's chairmanship handed over is a term to come, not this meeting's chair.
    record = read(
        "Summit\n\n"
        "Doha, 3 May 2016. The leaders met today.\n\n"
        "At the close, the chairmanship of the Association was handed over to Malaysia.\n")
    assert chairs(record) == []
