"""Tests of the participants stage on short releases written in ministries' styles."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomev._parser._found import People
from diplomev._parser._layout import Layout, read_layout
from diplomev._parser._people import actor_at, find_people


def _layout(text: str, publisher: str | None = None) -> Layout:
    return attrs.evolve(read_layout(text), publisher=publisher)


def _sides(people: People) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.country) for p in people.persons]


def _check_spans(text: str, people: People) -> None:
    for p in people.persons:
        assert text[p.mention.start : p.mention.end] == p.mention.text
        for word in (p.name or "").split():
            assert word.casefold() in p.mention.text.casefold()


MIDRU = (
    "Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State "
    "Mike Pompeo\n"
    "\n"
    "On March 3, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary "
    "of State Mike Pompeo at the initiative of the US side.\n"
    "\n"
    "The ministers discussed strategic stability. Sergey Lavrov conveyed greetings from "
    "President Vladimir Putin.\n"
)


def test_ministry_readout_gives_its_own_minister_its_country() -> None:
    people = find_people(_layout(MIDRU, "midru"))
    assert _sides(people) == [("Sergey Lavrov", "RUS"), ("Mike Pompeo", "USA")]
    assert people.persons[0].role == "Foreign Minister"
    assert people.persons[1].role == "Secretary of State"
    assert people.initiator == 1
    _check_spans(MIDRU, people)


def test_without_publisher_the_country_comes_from_the_text() -> None:
    text = MIDRU.replace("ministers discussed", "ministers discussed Russian-US relations and")
    people = find_people(_layout(text))
    assert _sides(people) == [("Sergey Lavrov", "RUS"), ("Mike Pompeo", "USA")]


JAPAN = (
    "Japan-Russia Foreign Ministers' Telephone Talk\n"
    "\n"
    "On May 2, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone "
    "talk with H.E. Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs of the Russian "
    "Federation.\n"
    "\n"
    "Minister Hayashi stated that he would continue dialogue. Minister Lavrov agreed.\n"
)


def test_upper_case_surnames_and_inverted_names_are_read_given_name_first() -> None:
    people = find_people(_layout(JAPAN, "japanmofa"))
    assert _sides(people) == [("Yoshimasa Hayashi", "JPN"), ("Sergey Lavrov", "RUS")]
    assert people.initiator is None
    _check_spans(JAPAN, people)


def test_actor_at_resolves_names_offices_and_countries() -> None:
    people = find_people(_layout(JAPAN, "japanmofa"))

    def at(phrase: str, text: str = JAPAN) -> int | None:
        start = text.index(phrase)
        return actor_at(people, text, start, start + len(phrase))

    assert at("Minister Hayashi") == 0
    assert at("Minister Lavrov") == 1
    other = "The Russian side and Japan agreed; the two ministers met."
    assert at("The Russian side", other) == 1
    assert at("Japan", other) == 0
    assert at("the two ministers", other) is None
    assert actor_at(people, "Lavrov", 5, 2) is None
    assert actor_at(People(()), "Lavrov", 0, 6) is None


UN = (
    "Readout of the Secretary-General's meeting with the Foreign Minister of Ethiopia\n"
    "\n"
    "The Secretary-General met today with H.E. Dr. Workineh Gebeyehu, Minister for Foreign "
    "Affairs of the Federal Democratic Republic of Ethiopia.\n"
    "\n"
    "The Secretary-General and the Foreign Minister exchanged views on the Horn of Africa.\n"
)


def test_an_unnamed_office_is_a_side_with_its_organisation() -> None:
    people = find_people(_layout(UN, "un"))
    assert _sides(people) == [(None, "UN"), ("Workineh Gebeyehu", "ETH")]
    assert people.persons[0].role == "Secretary-General"
    start = UN.index("The Secretary-General and")
    assert actor_at(people, UN, start, start + len("the Secretary-General")) == 0


def test_the_caller_of_a_call_initiated_it() -> None:
    text = (
        "Readout of the Secretary-General's telephone call with the President of France\n"
        "\n"
        "The Secretary-General called the President of France, Francois Hollande, this morning "
        "to present his condolences.\n"
    )
    people = find_people(_layout(text, "un"))
    assert _sides(people) == [(None, "UN"), ("Francois Hollande", "FRA")]
    assert people.initiator == 0


STATE = (
    "Secretary Blinken's Meeting with European Counterparts\n"
    "\n"
    "The following is attributable to Spokesperson Ned Price:\n"
    "\n"
    "Secretary of State Antony J. Blinken met today with French Foreign Minister Catherine "
    "Colonna, German Foreign Minister Annalena Baerbock, and UK Foreign Secretary James "
    "Cleverly. The Secretary briefed them on his discussions with President Zelenskyy.\n"
)


def test_everyone_at_the_table_and_no_one_merely_mentioned() -> None:
    people = find_people(_layout(STATE, "stategov"))
    assert _sides(people) == [
        ("Antony J. Blinken", "USA"),
        ("Catherine Colonna", "FRA"),
        ("Annalena Baerbock", "DEU"),
        ("James Cleverly", "GBR"),
    ]
    assert people.persons[3].role == "Foreign Secretary"
    _check_spans(STATE, people)


def test_initiative_of_a_side_and_name_particles() -> None:
    text = (
        "Telephone conversation with President of Syria Bashar al-Assad\n"
        "\n"
        "Vladimir Putin had a telephone conversation with President of the Syrian Arab Republic "
        "Bashar al-Assad, at the initiative of the Syrian side.\n"
    )
    people = find_people(_layout(text, "kremlin"))
    assert _sides(people) == [("Vladimir Putin", "RUS"), ("Bashar al-Assad", "SYR")]
    assert people.initiator == 1


def test_compound_titles_and_honorifics() -> None:
    text = (
        "Wang Yi Meets with Sergey Lavrov\n"
        "\n"
        "On June 1, State Councilor and Foreign Minister Wang Yi met in Beijing with Foreign "
        "Minister Sergey Lavrov of Russia.\n"
    )
    people = find_people(_layout(text, "chinamfa"))
    assert _sides(people) == [("Wang Yi", "CHN"), ("Sergey Lavrov", "RUS")]
    assert people.persons[0].role == "State Councilor and Foreign Minister"
    india = (
        "External Affairs Minister Dr. S. Jaishankar met Foreign Secretary James Cleverly of the "
        "United Kingdom in New Delhi today.\n"
    )
    people = find_people(_layout(india))
    assert _sides(people) == [("S. Jaishankar", "IND"), ("James Cleverly", "GBR")]


def test_heads_of_government() -> None:
    text = (
        "Federal Chancellor of Germany Angela Merkel had a telephone conversation with Prime "
        "Minister of Japan Shinzo Abe at the request of the Japanese side.\n"
    )
    people = find_people(_layout(text))
    assert _sides(people) == [("Angela Merkel", "DEU"), ("Shinzo Abe", "JPN")]
    assert people.persons[0].role == "Federal Chancellor"
    assert people.initiator == 1


def test_a_joint_statement_of_unnamed_ministers() -> None:
    text = (
        "G7 foreign ministers' statement\n"
        "\n"
        "Statement by the foreign ministers of Canada, France and Italy and the High "
        "Representative of the EU.\n"
        "\n"
        "We condemn the attack.\n"
    )
    people = find_people(_layout(text, "ukgov"))
    assert _sides(people) == [(None, "CAN"), (None, "FRA"), (None, "ITA"), (None, "EU")]


def test_a_side_named_only_by_its_country() -> None:
    text = (
        "Foreign Minister Sergey Lavrov held talks with the Iranian side in Moscow on May 5. "
        "The Russian side stressed the importance of the nuclear deal.\n"
    )
    people = find_people(_layout(text, "midru"))
    assert _sides(people) == [("Sergey Lavrov", "RUS"), (None, "IRN")]
    assert people.persons[1].role is None


def test_transcript_speakers_take_part() -> None:
    text = (
        "Remarks Before Their Meeting\n"
        "\n"
        "SECRETARY KERRY: Thank you all for coming.\n"
        "FOREIGN MINISTER LAVROV: Thank you, John.\n"
    )
    people = find_people(_layout(text, "stategov"))
    assert ("Kerry", "USA") in _sides(people)
    assert "Lavrov" in {p.name for p in people.persons}


def test_prose_without_contact_has_no_sides() -> None:
    people = find_people(_layout("The weather in Geneva was mild.\n"))
    assert people == People(())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.integers(-5, 500), st.integers(-5, 500))
def test_total_over_any_text(text: str, start: int, end: int) -> None:
    people = find_people(read_layout(text))
    for p in people.persons:
        assert text[p.mention.start : p.mention.end] == p.mention.text
    if people.initiator is not None:
        assert 0 <= people.initiator < len(people.persons)
    who = actor_at(people, text, start, end)
    assert who is None or 0 <= who < len(people.persons)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Foreign Minister",
                "Sergey",
                "Lavrov",
                "HAYASHI",
                ",",
                "the",
                "Russian",
                "side",
                "of",
                "Mr.",
                "H.E.",
                "called",
                "at the initiative of",
                "Secretary-General",
                "and",
                ".",
                "\n",
                "al-Assad",
                "Viktorovich",
                "met with",
            ]
        ),
        max_size=60,
    )
)
def test_total_over_release_like_words(words: list[str]) -> None:
    text = " ".join(words)
    people = find_people(_layout(text, "midru"))
    for p in people.persons:
        assert text[p.mention.start : p.mention.end] == p.mention.text


def _roles(people: People) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((p.name, p.role, p.country) for p in people.persons), key=str)


def test_a_letterhead_names_the_home_country() -> None:
    text = (
        "Ministry of Foreign Affairs of the Republic of Estonia\n\n"
        "Minister Tsahkna held talks with the Foreign Minister of Latvia\n\n"
        "Tallinn, 4 March 2024\n\n"
        "Minister of Foreign Affairs Margus Tsahkna held talks with Minister of Foreign Affairs "
        "of Latvia Krisjanis Karins in Tallinn. The ministers discussed support for Ukraine.\n"
    )
    people = find_people(_layout(text))
    assert _roles(people) == [
        ("Krisjanis Karins", "Minister of Foreign Affairs", "LVA"),
        ("Margus Tsahkna", "Minister of Foreign Affairs", "EST"),
    ]
    _check_spans(text, people)


def test_portfolio_titles_ranks_and_courtesy_forms() -> None:
    text = (
        "Minister Lamola meets Chilean Foreign Minister\n\n"
        "The Minister of International Relations and Cooperation, Mr Ronald Lamola, met the "
        "Minister of Foreign Affairs of Chile, Ambassador Alberto van Klaveren, in Pretoria.\n"
    )
    people = find_people(_layout(text))
    names = {p.name: p.role for p in people.persons}
    assert names["Ronald Lamola"] == "Minister of International Relations and Cooperation"
    assert names["Alberto van Klaveren"] == "Minister of Foreign Affairs"
    _check_spans(text, people)
    text = (
        "Foreign Minister Sugiono met the Minister for Foreign Affairs of Australia, Senator the "
        "Hon Penny Wong, in Jakarta.\n"
    )
    assert "Penny Wong" in {p.name for p in find_people(_layout(text)).persons}


def test_the_body_gives_the_full_title_a_headline_shortened() -> None:
    text = (
        "Secretary Rubio's Call with Foreign Minister Wadephul\n\n"
        "Secretary of State Marco Rubio spoke today with German Foreign Minister Johann "
        "Wadephul. The two discussed transatlantic trade.\n"
    )
    people = find_people(_layout(text))
    assert ("Marco Rubio", "Secretary of State", "USA") in _roles(people)


def test_an_unnamed_office_is_not_the_person_named_beside_it() -> None:
    text = (
        "Foreign Secretary meets Ghanaian Foreign Minister\n\n"
        "The Foreign Secretary met Ghanaian Minister of Foreign Affairs Samuel Ablakwa in London. "
        "The Foreign Secretary and Minister Ablakwa discussed trade.\n"
    )
    people = find_people(_layout(text, "ukgov"))
    assert sorted(_sides(people), key=str) == [("Samuel Ablakwa", "GHA"), (None, "GBR")]


def test_request_of_the_latter_and_a_double_surname() -> None:
    text = (
        "Foreign Secretary de la Fuente met Foreign Minister Albares\n\n"
        "Foreign Secretary Juan Ramón de la Fuente Ramírez held a video call with Spanish Foreign "
        "Minister José Manuel Albares at the request of the latter. Minister Albares thanked "
        "Secretary de la Fuente Ramírez for the invitation.\n"
    )
    people = find_people(_layout(text))
    assert people.initiator is not None
    assert people.persons[people.initiator].country == "ESP"
    assert sum(1 for p in people.persons if p.name and "Albares" in p.name) == 1


def test_the_dateline_capital_is_the_home_of_the_unqualified_side() -> None:
    text = (
        "Minister Rangel receives the Foreign Minister of Morocco\n\n"
        "Lisbon, 14 May 2024\n\n"
        "Foreign Minister Paulo Rangel received Moroccan Foreign Minister Nasser Bourita at the "
        "Necessidades Palace today. The ministers talked about energy links.\n"
    )
    people = find_people(_layout(text))
    assert sorted(_sides(people), key=str) == [("Nasser Bourita", "MAR"), ("Paulo Rangel", "PRT")]
    # abroad: the dateline's state is the other side's, so it names no home
    abroad = text.replace("Lisbon", "Rabat")
    assert ("Paulo Rangel", None) in _sides(find_people(_layout(abroad)))


def test_a_membership_gives_way_to_the_office_after_it() -> None:
    text = (
        "On 4 April, Member of the Political Bureau of the CPC Central Committee and Foreign "
        "Minister Wang Yi held talks with Foreign Minister of Laos Saleumxay Kommasith.\n"
    )
    people = find_people(_layout(text, "chinamfa"))
    assert ("Wang Yi", "Foreign Minister", "CHN") in _roles(people)


def test_a_portfolio_word_the_lexicon_lacks_before_affairs() -> None:
    text = (
        "Nairobi, 2 June 2024\n\n"
        "The Minister of International Relations and Cooperation, Dr Naledi Pandor, met the "
        "Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, Dr Alfred Mutua.\n"
    )
    people = find_people(_layout(text))
    role = "Cabinet Secretary for Foreign and Diaspora Affairs"
    assert ("Alfred Mutua", role, "KEN") in _roles(people)
    assert ("Naledi Pandor", None) in _sides(people)  # Kenya is Mutua's: no guess for her


def test_actor_at_resolves_given_names_and_abbreviated_titles() -> None:
    text = (
        "New Delhi, 9 May 2024\n\n"
        "External Affairs Minister Dr. S. Jaishankar held talks with Foreign Minister of "
        "Indonesia Retno Marsudi. EAM proposed a joint working group. Minister Retno agreed.\n"
    )
    people = find_people(_layout(text))

    def at(phrase: str) -> int | None:
        start = text.index(phrase)
        return actor_at(people, text, start, start + len(phrase))

    names = [p.name for p in people.persons]
    assert names[at("EAM") or 0] == "S. Jaishankar"
    assert at("Minister Retno") == names.index("Retno Marsudi")
    assert at("EAM proposed") == at("EAM")
    assert actor_at(people, "The US side", 0, 11) is None  # no American at the table


def test_a_relative_clause_may_part_the_subject_from_its_verb() -> None:
    text = (
        "Kazakh-Azerbaijani talks\n\n"
        "Kassym-Jomart Tokayev, who is in Baku on a state visit, held talks with President "
        "of Azerbaijan Ilham Aliyev.\n"
    )
    people = find_people(_layout(text))
    assert [p.name for p in people.persons] == ["Kassym-Jomart Tokayev", "Ilham Aliyev"]


def test_a_sender_is_a_side_and_a_second_message_is_not_read() -> None:
    text = (
        "Message of congratulations to President of Finland Alexander Stubb\n\n"
        "Emmanuel Macron sent a message of congratulations to President of Finland Alexander "
        "Stubb on his inauguration.\n\n"
        "Emmanuel Macron also sent a message to President of Estonia Alar Karis.\n"
    )
    people = find_people(_layout(text, "francediplo"))
    assert _sides(people) == [("Emmanuel Macron", "FRA"), ("Alexander Stubb", "FIN")]


def test_an_honorific_ending_in_a_dot_does_not_end_the_sentence() -> None:
    text = (
        "Tokyo, 4 May 2024\n\n"
        "Minister Hideo Tanaka held a telephone talk with the Rt. Hon. James Cleverly, "
        "Foreign Secretary of the United Kingdom.\n"
    )
    people = find_people(_layout(text))
    assert _sides(people) == [("Hideo Tanaka", "JPN"), ("James Cleverly", "GBR")]


def test_an_organ_of_a_state_gives_its_office_that_state() -> None:
    text = (
        "New Delhi, 3 March 2021\n\n"
        "Prime Minister Shri Arun Mehta and the Chairman of the Council of Ministers of the "
        "Republic of Bulgaria, H.E. Mr. Nikolai Denkov, held a virtual summit.\n"
    )
    people = find_people(_layout(text))
    assert _roles(people)[1] == (
        "Nikolai Denkov",
        "Chairman of the Council of Ministers",
        "BGR",
    )
    assert len(people.persons) == 2
    text = (
        "Jakarta, 7 July 2023\n\n"
        "Mr. SATO Kenji, Deputy Minister for Foreign Affairs of Japan, and Ambassador Dewi "
        "Lestari, Secretary-General of the Ministry of Foreign Affairs of the Republic of "
        "Indonesia, held political consultations.\n"
    )
    people = find_people(_layout(text))
    assert _sides(people)[1] == ("Dewi Lestari", "IDN")  # a ministry's, not the UN's


def test_a_portfolio_joined_by_and_and_a_capital_before_a_title() -> None:
    text = (
        "Minister Ana Costa received yesterday, in Lisbon, the Minister of State and Foreign "
        "Affairs of Cabo Verde, Rui Semedo, on an official visit.\n"
    )
    people = find_people(_layout(text))
    assert ("Rui Semedo", "Minister of State and Foreign Affairs", "CPV") in _roles(people)
    assert "Lisbon" not in [p.name for p in people.persons]


def test_a_place_named_with_a_geographic_noun_is_no_person() -> None:
    text = (
        "Oslo, 2 April 2024\n\n"
        "Foreign Minister Espen Barth Eide held a telephone call with Foreign Minister of Canada "
        "Melanie Joly.\n\n"
        "The ministers discussed cooperation with Arctic Ocean states.\n"
    )
    names = [p.name for p in find_people(_layout(text)).persons]
    assert names == ["Espen Barth Eide", "Melanie Joly"]


def test_a_joint_statement_body_names_the_sides_in_full() -> None:
    text = (
        "Joint Statement by Secretary Rubio and Republic of Korea Foreign Minister Cho\n\n"
        "Secretary of State Marco Rubio and Minister of Foreign Affairs Cho Tae-yul reaffirm "
        "the strength of the alliance.\n\n"
        "The Republic of Korea proposed holding a meeting of the foreign ministers of the United "
        "States, the Republic of Korea, and Japan in Seoul.\n"
    )
    people = find_people(_layout(text, "stategov"))
    assert _sides(people) == [("Marco Rubio", "USA"), ("Cho Tae-yul", "KOR")]


def test_initiator_by_pronoun_and_after_a_time_phrase() -> None:
    text = (
        "Beijing, 8 March 2024\n\n"
        "Foreign Minister Li Ming held a phone call with German Foreign Minister Anna Weber "
        "at her request.\n"
    )
    people = find_people(_layout(text, "chinamfa"))
    assert people.persons[people.initiator or 0].name == "Anna Weber"
    assert people.initiator == 1
    text = (
        "The Secretary-General received a telephone call on Tuesday from H.E. Mr. Paul Biya, "
        "President of Cameroon.\n"
    )
    people = find_people(_layout(text, "un"))
    assert people.initiator is not None
    assert people.persons[people.initiator].country == "CMR"


def test_actor_at_reads_a_bare_title_as_the_release_own_official() -> None:
    text = (
        "The Prime Minister spoke to Prime Minister Mark Carney of Canada this morning. "
        "The Prime Minister proposed a joint task force.\n"
    )
    people = find_people(_layout(text, "ukgov"))
    start = text.rindex("The Prime Minister")
    who = actor_at(people, text, start, start + len("The Prime Minister"))
    assert who is not None
    assert people.persons[who].country == "GBR"
    text = (
        "EEAS Press Release\n\n"
        "High Representative/Vice-President Kaja Kallas had a phone call with the Minister for "
        "Foreign Affairs of Moldova, Mihai Popsoi. The High Representative put forward a plan.\n"
    )
    people = find_people(_layout(text, "eeas"))
    start = text.index("The High Representative")
    assert actor_at(people, text, start, start + len("The High Representative")) == 0


def test_brothers_with_one_family_name_are_two_persons() -> None:
    text = (
        "Meeting with the Emir of Qatar\n\n"
        "The President held talks with Emir of Qatar Sheikh Tamim bin Hamad Al Thani. The talks "
        "were also attended by Prime Minister of Qatar Sheikh Mohammed bin Abdulrahman Al Thani.\n"
    )
    names = [p.name for p in find_people(_layout(text)).persons]
    assert "Tamim bin Hamad Al Thani" in names
    assert "Mohammed bin Abdulrahman Al Thani" in names


def test_a_former_holder_is_not_the_unnamed_office() -> None:
    text = (
        "PM call with Prime Minister of Norway: 4 May 2024\n\n"
        "The Prime Minister spoke to Prime Minister Jonas Gahr Store of Norway this morning.\n\n"
        "Former Prime Minister Theresa May's work on the partnership was recalled.\n"
    )
    names = [p.name for p in find_people(_layout(text, "ukgov")).persons]
    assert "Theresa May" not in names


def test_persons_joined_by_and_delegation_members_take_part() -> None:
    text = (
        "Deputy Minister Ivanov held consultations with State Secretary of Norway Anne Berg.\n\n"
        "The Norwegian delegation included Director of the Second Regional Department of the "
        "Foreign Ministry Ola Hansen. They were joined by Ambassador Petr Sidorov.\n"
    )
    names = [p.name for p in find_people(_layout(text)).persons]
    assert "Anne Berg" in names
    assert "Ola Hansen" in names
    assert "Petr Sidorov" in names


def test_a_country_name_can_be_a_given_name() -> None:
    text = "Foreign Minister Jordan Peters met Foreign Minister of Chile Ana Rojas in Santiago.\n"
    names = [p.name for p in find_people(_layout(text)).persons]
    assert names[:2] == ["Jordan Peters", "Ana Rojas"]


def test_an_organ_after_of_the_is_no_portfolio() -> None:
    text = (
        "Minister Ana Rojas met Minister Ola Hansen. Director General of the Foreign Ministry "
        "Luis Vera also took part in the meeting.\n"
    )
    people = find_people(_layout(text))
    vera = [p for p in people.persons if p.name == "Luis Vera"]
    assert vera
    assert vera[0].role == "Director General of the Foreign Ministry"


def test_a_portfolio_after_the_titles_comma_leads_to_the_name() -> None:
    text = (
        "Foreign Minister receives Swedish counterpart\n\n"
        "The Minister of Foreign Affairs, International Trade and Worship, Gerardo Werthein, "
        "received the Minister for Foreign Affairs of Sweden, Maria Malmer Stenergard.\n"
    )
    names = [name for name, _ in _sides(find_people(_layout(text)))]
    assert "Gerardo Werthein" in names
    assert "Maria Malmer Stenergard" in names


def test_a_country_after_an_honorific_is_a_given_name() -> None:
    text = (
        "Trilateral meeting in Athens\n\n"
        "Minister of Foreign Affairs of Cyprus, Dr. Constantinos Kombos, and Foreign Minister "
        "of Israel, Mr. Israel Katz met today in Athens.\n"
    )
    assert ("Israel Katz", "ISR") in _sides(find_people(_layout(text)))


def test_persons_whose_greetings_or_instructions_are_cited_are_not_sides() -> None:
    text = (
        "Minister holds talks with Greek Foreign Minister\n\n"
        "Upon the instructions of His Majesty King Mohammed VI, Minister of Foreign Affairs "
        "Nasser Bourita held talks with Minister of Foreign Affairs of Greece George "
        "Gerapetritis.\n\n"
        "Mr. Bourita conveyed the greetings of Prime Minister Aziz Akhannouch.\n"
    )
    names = [name for name, _ in _sides(find_people(_layout(text)))]
    assert names == ["Nasser Bourita", "George Gerapetritis"]


def test_post_nominals_and_those_taking_part_are_read() -> None:
    text = (
        "Meeting with Foreign Minister of Jordan\n\n"
        "The Tánaiste and Minister for Foreign Affairs, Micheál Martin TD, met Foreign Minister "
        "of Jordan Ayman Safadi.\n\n"
        "Taking part in the meeting from the Irish side was Presidential Aide Seán Kelly.\n"
    )
    names = [name for name, _ in _sides(find_people(_layout(text)))]
    assert names[:2] == ["Micheál Martin", "Ayman Safadi"]
    assert "Seán Kelly" in names


def test_an_envoy_on_a_place_is_of_the_state_that_sends_him() -> None:
    text = (
        "Deputy Minister receives Iranian envoy\n\n"
        "On 3 May, Deputy Foreign Minister Andrey Rudenko received Special Representative of "
        "the Islamic Republic of Iran on Afghanistan Hassan Kazemi Qomi in Moscow.\n"
    )
    sides = _sides(find_people(_layout(text, "midru-en")))
    assert sides == [("Andrey Rudenko", "RUS"), ("Hassan Kazemi Qomi", "IRN")]


def test_gulf_and_malaysian_honours_are_not_names() -> None:
    text = (
        "Minister meets Omani and Malaysian counterparts\n\n"
        "The Minister met Foreign Minister of Oman, Sayyid Badr bin Hamad bin Hamood "
        "Albusaidi, and Minister of Foreign Affairs of Malaysia Dato' Seri Mohamad Hasan in "
        "Riyadh today.\n"
    )
    names = [name for name, _ in _sides(find_people(_layout(text)))]
    assert "Badr bin Hamad bin Hamood Albusaidi" in names
    assert "Mohamad Hasan" in names


def test_a_secretary_of_state_with_a_portfolio_is_not_the_us_one() -> None:
    text = (
        "Minister receives Angolan counterpart\n\n"
        "The Minister of Foreign Affairs, Paulo Rangel, met the Minister of External Relations "
        "of Angola, Téte António, in Lisbon today.\n\n"
        "The Secretary of State for European Affairs, Inês Domingos, also attended.\n"
    )
    sides = _sides(find_people(_layout(text)))
    assert ("Inês Domingos", "USA") not in sides
    assert ("Inês Domingos", "AGO") not in sides


def test_offices_of_the_secretary_general_serve_the_un() -> None:
    text = (
        "Oslo, 4 March 2024\n\n"
        "The Foreign Minister met the Personal Envoy of the UN Secretary-General for Cyprus, "
        "María Ángela Holguín, today. The Special Representative of the Secretary-General for "
        "Iraq, Mohamed Al Hassan, also took part.\n"
    )
    sides = _sides(find_people(_layout(text)))
    assert ("María Ángela Holguín", "UN") in sides
    assert ("Mohamed Al Hassan", "UN") in sides


def test_an_organs_remit_and_a_portfolio_end_are_no_persons() -> None:
    text = (
        "Vienna, 9 May 2025\n\n"
        "The Minister met Director of the OSCE Office for Democratic Institutions and Human "
        "Rights Maria Telalian, and the High Representative of the Union for Foreign Affairs "
        "and Security Policy, Kaja Kallas, in Vienna today.\n"
    )
    sides = _sides(find_people(_layout(text)))
    assert ("Maria Telalian", "OSCE") in sides
    assert ("Kaja Kallas", "EU") in sides
    assert all(name not in ("Democratic Institutions", "Security Policy") for name, _ in sides)


def test_a_department_in_brackets_and_an_abbreviated_given_name() -> None:
    text = (
        "Foreign Secretary meets Japanese Ambassador\n\n"
        "Foreign Secretary Md. Jashim Uddin met the Ambassador of Japan to Bangladesh Saida "
        "Shinichi today. Director General (South Asia) Md. Abdul Karim was also present.\n"
    )
    names = [name for name, _ in _sides(find_people(_layout(text)))]
    assert names[0] == "Md. Jashim Uddin"
    assert "Md. Abdul Karim" in names


def test_an_ambassador_at_a_seat_and_a_delegate_who_took_part() -> None:
    text = (
        "Minister meets WHO chief\n\n"
        "The Minister for Development met the Director-General of the World Health "
        "Organization in Geneva today. The UK's Ambassador to the UN in Geneva, Simon Manley, "
        "also attended. EU Special Representative for Human Rights Olof Skoog also took part.\n"
    )
    names = [name for name, _ in _sides(find_people(_layout(text, "ukgov")))]
    assert "Simon Manley" in names
    assert "Olof Skoog" in names


def test_staff_who_accompany_a_visitor_and_a_delegation_list() -> None:
    text = (
        "Minister receives Secretary General\n\n"
        "The Foreign Minister received the Secretary General of the Arab League, Ahmed "
        "Aboul Gheit, in Muscat today. The Secretary General was accompanied by the Assistant "
        "Secretary General for Arab Affairs, Ambassador Hossam Zaki. The Omani delegation at "
        "the meeting included Under-Secretary Sheikh Khalifa Al Harthy. The Omani Ambassador "
        "to Egypt, Qais Al Shaibani, accompanied him.\n"
    )
    people = find_people(_layout(text, "other"))
    sides = _sides(people)
    gheit = next(country for name, country in sides if name == "Ahmed Aboul Gheit")
    assert ("Hossam Zaki", gheit) in sides  # staff serve the organisation they came with
    names = [name for name, _ in sides]
    assert "General" not in names
    assert "Khalifa Al Harthy" in " ".join(n or "" for n in names)
    assert "Qais Al Shaibani" in names
    _check_spans(text, people)


def test_the_caller_of_a_courtesy_call_initiated_it() -> None:
    one = (
        "On May 2, Mr. IWAYA Takeshi, Minister for Foreign Affairs, received a courtesy call "
        "from Mr. Rafael Mariano Grossi, Director General of the International Atomic Energy "
        "Agency (IAEA).\n"
    )
    people = find_people(_layout(one, "japanmofa"))
    assert people.initiator is not None
    assert people.persons[people.initiator].name == "Rafael Mariano Grossi"
    two = (
        "On May 2, Mr. ISHIBA Shigeru, Prime Minister, received a courtesy call from Mr. Wang "
        "Yi, Foreign Minister of China, and Mr. Cho Tae-yul, Minister of Foreign Affairs of "
        "the Republic of Korea.\n"
    )
    assert find_people(_layout(two, "japanmofa")).initiator is None


def test_a_remit_over_two_places_and_a_migration_portfolio() -> None:
    text = (
        "The Minister of Foreign Affairs and Human Mobility of Ecuador, Gabriela Sommerfeld, "
        "met the UN Resident Coordinator for Barbados and the Eastern Caribbean, Simon "
        "Springett, in Quito.\n"
    )
    sides = _sides(find_people(_layout(text)))
    assert ("Gabriela Sommerfeld", "ECU") in sides
    assert ("Simon Springett", "UN") in sides
