"""Groups and organisations of the fresh4 part's misses and wrong finds, each on a made-up
sentence of its own words: a share of a group's members, a meeting of theirs still to
come, the members' own people named after a body, an acronym restating its name, a place
near a body, a quoted hashtag, a commissioner of a commission, a national security
council's secretaries, and groups the reference list gained (ECCAS, the Three Seas
Initiative) with their members' people written `the X's (ACR) member states`."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import groups, parse_text
from tests.releases.test_general_rules import countries, orgs

ON = date(2022, 6, 20)
HEAD = "Talks in Accra\n\nThe talks were held in Accra on 3 March 2019. "


def _members(sentence: str, on: date | None = ON) -> set[str]:
    return {f.name for f in groups.groups(sentence, 0, len(sentence), on)}


def _read(sentence: str):
    return parse_text(HEAD + sentence).record


def test_a_share_of_a_group_s_members_is_not_all_of_them():
    assert _members("The plan was attended and backed by 12 of the 15 CARICOM countries.") \
        == set()
    assert _members("Ministers from most of the ASEAN member states attended.") == set()
    assert _members("Delegations from 9 out of the 15 ECOWAS member states attended.") == set()
    # all of them still are
    assert len(_members("The ministers of the ECOWAS member states attended.")) == 15


def test_a_meeting_of_the_group_s_people_yet_to_begin_or_set_for_a_day_is_no_attendance():
    assert _members("The Summit of Foreign Ministers of the Caribbean Community (CARICOM) "
                    "will begin its session on Friday.") == set()
    assert _members("He left for the summit of Heads of State of the Southern African "
                    "Development Community, SADC for short, scheduled for Friday.") == set()


def test_the_members_people_named_after_a_body_are_not_the_body():
    record = _read("Member countries of the Lake Chad Basin Commission attended the talks.")
    assert "Lake Chad Basin Commission" not in orgs(record)
    record = _read("The National Coordinators of the Caribbean Community attended the talks.")
    assert "Caribbean Community" not in orgs(record)
    record = _read("Delegations from 7 out of the 9 COMESA States attended the talks.")
    assert "Common Market for Eastern and Southern Africa" not in orgs(record)
    record = _read("The Organisation of Eastern Caribbean States (OECS) Heads of Governments "
                   "attended the talks.")
    assert "Organisation of Eastern Caribbean States" not in orgs(record)


def test_an_acronym_restating_its_name_is_read_where_the_name_is():
    record = _read("Ghana took part in the summit of Heads of State and Government of the "
                   "Economic Community of Central African States, ECCAS in acronym, in Accra.")
    assert "Economic Community of Central African States" not in orgs(record)


def test_a_place_near_a_body_and_a_quoted_hashtag_are_not_the_body():
    record = _read("Ministers of Ghana and of four states in the immediate vicinity of the "
                   "EU attended the talks.")
    assert "European Union" not in orgs(record)
    record = _read("The Summit of Ministers of Foreign Affairs of #CELAC was attended by "
                   "Ghana.")
    assert "Community of Latin American and Caribbean States" not in orgs(record)


def test_a_commissioner_brings_in_the_commission():
    record = _read("Attending as guests were the Minister of Ghana and the European "
                   "Commissioner for Trade.")
    assert "European Commission" in orgs(record)


def test_the_secretaries_of_security_councils_are_national_posts_not_the_un_s_council():
    record = _read("The Committee of Security Council Secretaries of Ghana and Togo "
                   "attended the talks.")
    assert "United Nations Security Council" not in orgs(record)


def test_new_groups_are_proposed_as_their_members_on_the_day():
    eccas = _members("The summit was attended by the leaders of the ECCAS member states.")
    assert len(eccas) == 11 and {"Gabon", "Sao Tome and Principe"} <= eccas
    three_seas = _members("The President hosted the presidents of the Three Seas "
                          "Initiative’s (3SI) member states.")
    assert len(three_seas) == 12 and "Greece" not in three_seas
    assert "Greece" in _members("The President hosted the presidents of the Three Seas "
                                "Initiative’s (3SI) member states.", date(2024, 4, 25))


def test_presidents_who_came_in_person_to_a_hybrid_meeting_took_part():
    record = _read("The meeting was hybrid. The President of Ghana and the President of "
                   "Togo came in person to Accra.")
    assert {"Ghana", "Togo"} <= set(countries(record))


def test_countries_a_matter_is_between_and_a_region_s_neighbour_are_subjects():
    record = _read("The ministers of Ghana attended. Peace between Mali and Niger was among "
                   "the results of the year.")
    assert "Ghana" in countries(record)
    assert "Mali" not in countries(record) and "Niger" not in countries(record)
    record = _read("The ministers of Ghana attended, promoting trade in West Africa and "
                   "neighbouring Chad.")
    assert "Chad" not in countries(record)


def test_a_country_called_on_is_addressed_not_present():
    record = _read("The delegation of Ghana attended and called on Canada to lift "
                   "the tariffs.")
    assert "Ghana" in countries(record) and "Canada" not in countries(record)
