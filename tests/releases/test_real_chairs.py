"""Chairs and organisations as published releases write them (issue 15): the post before
the name, a country in the chair, the chair's own country among the participants, the
meeting's own bodies and the organisations written out in full."""

from __future__ import annotations

from mtgdesk.releases import parse_text


def _chairs(text: str) -> list[tuple[str, str]]:
    record = parse_text(text).record
    return [(p.kind, p.name) for p in record.chairs]


def _kind(text: str, kind: str) -> list[str]:
    return [p.name for p in parse_text(text).record.participants if p.kind == kind]


def test_the_post_before_the_name_and_no_honorific():
    text = ("The sixth Lancang-Mekong Cooperation Foreign Ministers' Meeting was held on June "
            "8, 2021. The meeting was co-chaired by Chinese State Councilor and Foreign "
            "Minister Wang Yi and Myanmar's Foreign Minister U Wunna Maung Lwin.\n")
    assert _chairs(text) == [("person", "Wang Yi"), ("person", "Wunna Maung Lwin")]  # U: Mr.
    text = ("The Forum Foreign Ministers meeting was held on 9 August 2024. It was chaired by "
            "the incumbent Forum Chair and Prime Minister of the Cook Islands Mark Brown.\n")
    assert _chairs(text) == [("person", "Mark Brown")]
    assert "Cook Islands" in _kind(text, "country")  # the chair's own country took part


def test_several_chairs_without_honorifics():
    text = ("The 16th Mekong-Japan Ministerial Meeting was held on 10 July 2025. Co-chaired by "
            "Prak Sokhonn, Japanese Foreign Minister Takeshi Iwaya, and Vietnamese Foreign "
            "Minister Bui Thanh Son, the meeting marked 18 years of collaboration.\n")
    assert [n for _, n in _chairs(text)] == ["Prak Sokhonn", "Takeshi Iwaya", "Bui Thanh Son"]
    assert {"Japan", "Viet Nam"} <= set(_kind(text, "country"))


def test_a_country_in_the_chair_is_no_person():
    for text in ("The 19th IORA Council of Ministers meeting was held on November 7, 2019. "
                 "The meeting was chaired by UAE.\n",
                 "On May 23-24, 2016, Tashkent hosted the Uzbekistan-chaired meeting of the "
                 "Council of Foreign Ministers.\n",
                 "On 23 May 2011 a meeting of the GUAM member states was held in Kyiv under "
                 "the Moldovan chairmanship.\n",
                 "Indonesia and Australia co-chaired the first Bali Process Consultation "
                 "Mechanism on 13 October 2017.\n"):
        chairs = _chairs(text)
        assert chairs and all(kind == "country" for kind, _ in chairs), text
    assert _chairs("4. Joint Chairs: Japan and the United States\n") == [
        ("country", "Japan"), ("country", "United States of America")]


def test_chairs_named_by_their_post_in_apposition():
    text = ("The Senior Arctic Officials met in Fairbanks on 16-17 March 2016. Ambassador "
            "David Balton, Chair of the Senior Arctic Officials, heralded the meeting.\n")
    assert [n for _, n in _chairs(text)] == ["David Balton"]
    text = ("The SAOs met in Oulu on 25-26 October 2017. SAO Chair Aleksi Härkönen said he "
            "looked forward to it. Ambassador Aleksi Härkönen, current Chair of the Senior "
            "Arctic Officials, will brief the press.\n")
    assert [n for _, n in _chairs(text)] == ["Aleksi Härkönen"]  # one person, named twice


def test_opened_by_its_co_chairs_and_as_the_chair():
    text = ("Monday 21 June 2010. The meeting was opened by its Co-Chairs, Ambassador Yoshiki "
            "Mine of Japan and H.E. Sam Sotha of Cambodia, with the support of the ISU.\n")
    assert [n for _, n in _chairs(text)] == ["Yoshiki Mine", "Sam Sotha"]
    text = ("The CSO met in Yogyakarta on 22-23 May 2016. The meeting was officially opened by "
            "Ambassador Desra Percaya, Director General of Asia, Pacific & African Affairs, "
            "MOFA Indonesia, as the Chair of CSO.\n")
    assert [n for _, n in _chairs(text)] == ["Desra Percaya"]


def test_the_chair_of_another_meeting_and_the_participants_after_the_chair():
    text = ("The 23rd IORA Council of Ministers will be held on 11 October 2023. Foreign "
            "Minister Ali Sabry will chair the Council. The Council will be preceded by the "
            "25th meeting of the Committee of Senior Officials, which will be chaired by "
            "Foreign Secretary Aruni Wijewardane.\n")
    assert [n for _, n in _chairs(text)] == ["Ali Sabry"]
    text = ("The Meeting was held in Bali on 21 July 2011. The Meeting was chaired by H.E. Mr. "
            "Takeaki Matsumoto, Minister for Foreign Affairs of Japan and participated by H.E. "
            "Dr. Kao Kim Hourn, Secretary of State of the Kingdom of Cambodia.\n")
    assert [n for _, n in _chairs(text)] == ["Takeaki Matsumoto"]


def test_the_meetings_own_bodies_are_no_organisations():
    text = ("Pacific Islands Forum (PIF) Foreign Ministers will meet today in Suva, Fiji on "
            "9 August 2024. The meeting was attended by the Committee of Senior Officials "
            "(CSO) and the Secretary-General of the Commonwealth Secretariat. Delegations "
            "met on the sidelines of the 68th Session of the UN General Assembly.\n")
    assert _kind(text, "organization") == ["Commonwealth Secretariat"]


def test_organisations_written_out_in_full_take_the_reference_acronym():
    text = ("The meeting was held on 20 April 2007. Also in attendance were representatives "
            "from the United Nations Office for the High Commissioner for Refugees and the "
            "Office of the United Nations High Commissioner for Refugees and the Council of "
            "the European Union.\n")
    record = parse_text(text).record
    orgs = [(p.name, p.acronym) for p in record.participants if p.kind == "organization"]
    assert ("Office of the United Nations High Commissioner for Refugees", None) in orgs
    assert ("Council of the European Union", None) in orgs
    assert len(orgs) == 2  # the two spellings of UNHCR are one participant


def test_non_un_members_are_countries():
    text = ("The Forum Trade Ministers met in Brisbane on 23 - 24 October 2009. Member "
            "Countries represented were Australia, Cook Islands, Niue, Palau and Hong Kong, "
            "China.\n")
    assert _kind(text, "country") == ["Australia", "Cook Islands", "Niue", "Palau",
                                      "Hong Kong, China"]
