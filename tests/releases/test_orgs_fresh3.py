"""Organisations named in a release but not taking part (the shapes of the fresh3 part's
wrong organisations, each on a release of its own words): a post accredited to a body, a
body's membership told, a group's officials, a body's matters after adjectives, and a
country's own security council."""

from __future__ import annotations

from mtgdesk.releases import parse_text
from tests.releases.test_general_rules import countries, orgs

HEAD = "Talks in Accra\n\nThe talks were held in Accra on 3 March 2019. "


def _read(sentence: str):
    return parse_text(HEAD + sentence).record


def test_a_representative_of_a_country_to_a_body_is_a_post_not_the_body():
    record = _read("The meeting was attended by Mr. K. Osei, Minister of Foreign Affairs of "
                   "Ghana, and Mr. T. Bello, the Permanent Representative of Nigeria to UN.")
    assert {"Ghana", "Nigeria"} <= set(countries(record))
    assert "United Nations" not in orgs(record)


def test_a_body_s_membership_history_is_no_attendance():
    record = _read("The ministers of Ghana and Togo attended. Togo joined the African Union "
                   "in 1963, and Ghana left the Commonwealth of Learning later.")
    assert "African Union" not in orgs(record)


def test_a_group_s_senior_officials_of_a_field_are_people_not_a_body():
    record = _read("The meeting was attended by the Senior Officials Committee, the Gulf "
                   "Senior Economic Officials (GSEO) and Ghana.")
    assert not any("Officials" in o for o in orgs(record))


def test_a_body_s_matters_after_adjectives_are_a_subject():
    record = _read("The meeting was attended by Ghana and Togo, who recalled the African "
                   "Union's fundamental political values.")
    assert "African Union" not in orgs(record)
    record = _read("Ministers of Ghana and Togo, according to the ECOWAS practice, attended "
                   "the meeting.")
    assert "Economic Community of West African States" not in orgs(record)
    # the body's people after it still took part: a group's senior officials are its
    # members' own (as ECOWAS's are), so the African Union, a group since fresh5, stands
    # for its members; a body that is not a group stays an organisation
    record = _read("The meeting was attended by African Union senior officials and Ghana.")
    assert {"Algeria", "Togo"} <= {p.name for p in record.participants}
    record = _read("The meeting was attended by OECD senior officials and Ghana.")
    assert "Organisation for Economic Co-operation and Development" in orgs(record)


def test_a_body_s_matters_in_a_list_are_still_a_subject():
    record = _read("Ministers of Ghana and Togo reaffirmed the African Union's fundamental "
                   "values of: peace; unity; good governance; and the rule of law.")
    assert "African Union" not in orgs(record)
    assert {"Ghana", "Togo"} <= set(countries(record))


def test_a_country_s_own_security_council_is_not_the_un_s():
    record = _read("The meeting was attended by the Secretary of the Security Council of the "
                   "Republic of Ghana, the Secretary of the Security Council under the "
                   "President of Togo and the Secretary of the Nigerian Security Council.")
    assert "United Nations Security Council" not in orgs(record)
    record = _read("The meeting was attended by Ghana and by a representative of the "
                   "Security Council.")
    assert "United Nations Security Council" in orgs(record)
