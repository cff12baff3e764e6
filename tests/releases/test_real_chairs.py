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


def _people(text: str) -> list[tuple[str, str, str]]:
    return [(p.kind, p.name, p.role) for p in parse_text(text).record.participants]


def test_the_kinds_of_chair_the_issue_lists():
    assert ("country", "Cook Islands", "chair") in _people(
        "The PIF Foreign Ministers Meeting was held in Suva on 9 August 2024. The meeting "
        "was chaired by Cook Islands and attended by Australia, Fiji and Niue.\n")
    assert _people("The Ad Hoc Group Senior Officials Meeting was held on 5 March 2013. "
                   "Australia and Indonesia jointly served as co-chairs of the meeting.\n") == [
        ("country", "Australia", "co-chair"), ("country", "Indonesia", "co-chair")]
    people = _people("The meeting was held on 22 May 2016. It was co-Chaired by Ambassador "
                     "Juan Gomez (Mexico) and Ambassador Yukio Takasu (Japan).\n")
    assert ("country", "Mexico", "participant") in people  # the chairs' own countries
    assert [(n, r) for k, n, r in people if k == "person"] == [
        ("Juan Gomez", "co-chair"), ("Yukio Takasu", "co-chair")]
    assert [(n, r) for k, n, r in _people(
        "The Consultation was held in Seoul on 11 March 2015. \"We agreed,\" said Vice "
        "Minister Liu Zhenmin, co-chairing the meeting with Deputy Permanent Secretary "
        "Kim Sung-han.\n") if k == "person"] == [("Liu Zhenmin", "co-chair"),
                                                 ("Kim Sung-han", "co-chair")]
    record = parse_text("The meeting was held on 12 September 2020 and was chaired by H.E Mr "
                        "Pham Binh Minh, Deputy Prime Minister of Viet Nam.\n").record
    assert [(p.honorific, p.name) for p in record.chairs] == [("H.E Mr", "Pham Binh Minh")]
    assert ("country", "Japan", "participant") in _people(
        "The Japan-Australia Consultations were held on 20 February 2012. From Japan, Mr. "
        "Taro Yamada, Director-General, Ministry of Foreign Affairs, chaired the meeting. "
        "Officials from Australia attended.\n")


def test_country_lists_between_dashes_and_formal_names():
    text = ("The Foreign Ministers' Meeting was held on 21 July 2011. The meeting was attended "
            "by the foreign ministers of the five Mekong countries -- the Kingdom of Cambodia, "
            "the Lao People's Democratic Republic, the Republic of the Union of Myanmar, the "
            "Kingdom of Thailand and the Socialist Republic of Viet Nam -- and Japan.\n")
    assert [n for k, n, _ in _people(text)] == [
        "Cambodia", "Lao People's Democratic Republic", "Myanmar", "Thailand", "Viet Nam",
        "Japan"]
    assert "Iran (Islamic Republic of)" in [n for _, n, _ in _people(
        "The meeting was held on 21-22 Feb, 2006 in Tehran. It was attended by "
        "representatives of Australia, India, I.R. of Iran and Oman.\n")]
    assert [n for _, n, _ in _people(
        "The meeting was held on 3 August 2019. Singaporean Foreign Minister Vivian "
        "Balakrishnan and Thai Foreign Minister Don Pramudwinai attended.\n")] == [
        "Singapore", "Thailand"]


def test_a_venue_body_and_the_meetings_acronym_are_no_organisations():
    text = ("The ministers met at the United Nations Security Council in New York on 25 "
            "September 2014. The FFMM was attended by Fiji and Samoa.\n")
    assert _people(text) == [("country", "Fiji", "participant"),
                             ("country", "Samoa", "participant")]


def test_the_release_date_is_not_the_meetings():
    record = parse_text("Joint Press Release\n\nDecember 14, 2016\n\nOn December 12 and 13, "
                        "the Government of Japan hosted the meeting of the Mekong-Japan "
                        "Foreign Ministers in Tokyo.\n").record
    assert (record.released_on.isoformat(), record.held_on.isoformat(),
            record.ends_on.isoformat()) == ("2016-12-14", "2016-12-12", "2016-12-13")
    record = parse_text("Joint Statement on the meeting held on 13 October 2017\n\n"
                        "• Media release\n\n23 October 2017\n\nIndonesia and Australia "
                        "co-chaired the first Bali Process Consultation Mechanism on 13 "
                        "October 2017, Jakarta, Indonesia.\n").record
    assert (record.released_on.isoformat(), record.held_on.isoformat()) == (
        "2017-10-23", "2017-10-13")
