"""Rules made from the fresh6 part's misses (tuned on from 3 December 2026), each on
made-up sentences of its own words: two co-chairs named before their verb with their
posts (joined by `and` or `together with`), two who led the consultations, a co-chair
after `, with`, each side's chair (`chaired from the A side by X and from the B side by
Y`), a chair country followed by the sentence's own verb, and the host of a reception
beside the meeting, who is no chair of it; demonyms before a post in lower case (`the
Finnish and Icelandic prime ministers`) and the usual short ones the list lacked
(`Kazakh`, `Kyrgyz`, `Bosnian`), also in a chair's post; the countries that `have sent
their delegations to` the meeting; a page's date line with the time run into its year;
the year an annual meeting was first instituted is not the meeting's; the Black Sea
bodies the reference list gained; an organisation's own conference, and the one that
issued the release, are no party to it; when and where between a host's verb and the
meeting (from fresh4's misses)."""

from __future__ import annotations

from datetime import date

from mtgdesk.releases import parse_text
from mtgdesk.releases.dates import find_dates
from tests.releases.test_general_rules import chairs, countries, orgs


def read(text: str):
    return parse_text(text).record


def test_two_co_chairs_with_their_posts_joined_by_and():
    record = read("Karl Brenner, Director-General of Austria, and Ahmad Bin Yusof, Deputy "
                  "Secretary-General of Malaysia, co-chaired the 3rd Foreign Office "
                  "Consultations on 4 May 2021.")
    assert chairs(record) == ["Karl Brenner", "Ahmad Bin Yusof"]
    assert record.chairs[0].post == "Director-General of Austria"
    assert record.chairs[1].post == "Deputy Secretary-General of Malaysia"


def test_two_co_chairs_joined_by_together_with():
    record = read("Vienna: Karl Brenner, Director-General, Ministry of Foreign Affairs, "
                  "Austria together with Dato' Ahmad Bin Yusof, Deputy Secretary-General, "
                  "Ministry of Foreign Affairs, Malaysia co-chaired the talks on 4 May 2021.")
    assert chairs(record) == ["Karl Brenner", "Ahmad Bin Yusof"]
    assert record.chairs[0].post == "Director-General, Ministry of Foreign Affairs, Austria"
    record = read("Mr. Karl Brenner, Director-General of Austria, together with Mr. Ahmad "
                  "Bin Yusof, Deputy Secretary-General of Malaysia, co-chaired the talks.")
    assert chairs(record) == ["Karl Brenner", "Ahmad Bin Yusof"]


def test_together_with_before_a_verb_of_one_chair_is_still_one_chair():
    record = read("Foreign Minister Karl Brenner, along with Mr. Ahmad Bin Yusof, led the "
                  "meeting.")
    assert chairs(record) == ["Karl Brenner"]


def test_a_country_joined_by_and_is_still_one_country():
    record = read("Trinidad and Tobago and Jamaica co-chaired the meeting.")
    assert chairs(record) == ["Trinidad and Tobago", "Jamaica"]


def test_a_co_chair_after_a_comma_and_with():
    record = read("Anna Lind, Minister of Foreign Affairs of Sweden will co-chair the 4th "
                  "Joint Commission Session, with Peter Okoro, Minister of Foreign Affairs of "
                  "Nigeria.")
    assert chairs(record) == ["Anna Lind", "Peter Okoro"]


def test_each_sides_chair():
    for text in ("Chaired from the Chilean side by Ambassador Rosa Vidal, Director of Asia, "
                 "and from the Thai side by Deputy Permanent Secretary Somchai Rattana, the "
                 "talks reviewed trade.",
                 "The consultations were chaired on the Chilean side by Ambassador Rosa "
                 "Vidal, Director of Asia, and on the Thai side by Mr. Somchai Rattana, "
                 "Deputy Permanent Secretary."):
        record = read(text)
        assert chairs(record) == ["Rosa Vidal", "Somchai Rattana"], text


def test_the_host_of_a_reception_beside_the_meeting_is_no_chair():
    record = read("Lima, The Andean Courier: The Embassy of Peru in Ottawa hosted a reception "
                  "on the sidelines of the third Peru-Canada Dialogue. The Dialogue "
                  "reviewed trade.")
    assert chairs(record) == []
    record = read("Mr. Jorge Salas, Ambassador of Peru, hosted a dinner for the delegations "
                  "of the Dialogue.")
    assert chairs(record) == []


def test_two_who_led_the_consultations_are_its_chairs():
    record = read("Karl Brenner, Additional Secretary (Europe), Ministry of Foreign Affairs "
                  "of Austria and Ambassador Ahmad Bin Yusof, Under Secretary, Ministry of "
                  "Foreign Affairs, Trade and Tourism of Malaysia led the consultations via "
                  "video conference.")
    assert chairs(record) == ["Karl Brenner", "Ahmad Bin Yusof"]
    assert record.chairs[1].post == ("Under Secretary, Ministry of Foreign Affairs, Trade "
                                     "and Tourism of Malaysia")
    record = read("Mr. Karl Brenner led the Austrian delegation to the consultations.")
    assert chairs(record) == []


def test_a_chair_country_then_the_sentences_own_verb():
    record = read("The 12th session of the Council, presided over by Chile, opened today in "
                  "the presence of the Secretary General of the League, Mr. Juan Perez.")
    assert chairs(record) == ["Chile"]


def test_demonyms_before_a_post_in_lower_case():
    record = read("The Finnish and Icelandic prime ministers met in Reykjavik on Monday to "
                  "discuss trade.")
    assert set(countries(record)) == {"Finland", "Iceland"}
    record = read("The Kazakh and Kyrgyz presidents met in Astana on Monday.")
    assert set(countries(record)) == {"Kazakhstan", "Kyrgyzstan"}


def test_the_usual_short_demonyms():
    record = read("The talks in Sarajevo brought together the Bosnian Foreign Minister, the "
                  "Macedonian Deputy Prime Minister and Burmese officials.")
    assert set(countries(record)) == {"Bosnia and Herzegovina", "North Macedonia", "Myanmar"}


def test_the_countries_that_sent_their_delegations():
    record = read("Representatives of five nations have arrived to attend the conference. "
                  "Chile, Peru, Bolivia, Ecuador and Colombia have sent their delegations to "
                  "the May 13 to 17, 2002 conference, which is being held in Nepal.")
    assert set(countries(record)) == {"Chile", "Peru", "Bolivia (Plurinational State of)",
                                      "Ecuador", "Colombia"}


def test_a_chairs_country_from_a_short_demonym_in_the_post():
    record = read("Central Asian ministers meet\n\nThe meeting was chaired by Murat Omarov, "
                  "Kazakh Deputy Prime Minister and Foreign Minister. Attendees included the "
                  "Peruvian Foreign Minister Juan Diaz.")
    assert set(countries(record)) == {"Kazakhstan", "Peru"}


def test_a_date_line_with_its_time_run_into_the_year():
    assert [d.first for d in find_dates("3 March 201911:45")] == [(3, 3, 2019)]
    assert [d.first for d in find_dates("3 March 2019 11:45")] == [(3, 3, 2019)]
    record = read("3 March 201911:45\n\nPress release on the meeting of the Council\n\n"
                  "On March 3, the 20th meeting of the Council of Ministers of Foreign Affairs "
                  "of Chile and Peru was held in Lima. The next one will be held in 2020.")
    assert record.held_on == date(2019, 3, 3)


def test_the_year_an_annual_meeting_was_first_instituted_is_not_its_year():
    record = read("Cooperation talks\n\nThe 9th Annual Consultations between Chile and Peru "
                  "were held in Lima on August 23.\n\nThe annual consultation was first "
                  "instituted in 2008 to review cooperation.")
    assert record.held_on is None


def test_the_black_sea_bodies_the_list_gained():
    record = read("Black Sea ministers meet\n\nThe participants included delegations of the "
                  "member countries, representatives of the BSEC Parliamentary Assembly, the "
                  "Black Sea Trade and Development Bank and the International Centre for "
                  "Black Sea Studies.")
    assert set(orgs(record)) >= {"Parliamentary Assembly of the Black Sea Economic Cooperation",
                                 "Black Sea Trade and Development Bank",
                                 "International Centre for Black Sea Studies"}


def test_an_organisations_own_conference_and_the_releases_issuer_are_no_party():
    record = read("Delegates arrive\n\nRepresentatives of three nations have arrived to "
                  "attend the 26th Food and Agriculture Organisation (FAO) regional conference "
                  "for Asia and Pacific. Chile, Peru and Bolivia have sent their delegations "
                  "to the conference, states a press release issued by the FAO on Sunday.")
    assert orgs(record) == []
    assert set(countries(record)) == {"Chile", "Peru", "Bolivia (Plurinational State of)"}
    # named as one that came, it is one
    record = read("Ministers meet\n\nThe meeting was attended by Chile, Peru and the Food "
                  "and Agriculture Organization.")
    assert orgs(record) == ["Food and Agriculture Organization of the United Nations"]


def test_when_and_where_between_the_hosts_verb_and_the_meeting():
    record = read("Ministers meet\n\nForeign Minister Ana Lopez hosted on Friday, 27 "
                  "September, in New York, the first informal meeting of foreign ministers of "
                  "the Andean states.")
    assert chairs(record) == ["Ana Lopez"]
