"""Agreement phrasing families: sentences written for the tests, each with the documents it must give."""

from __future__ import annotations

import pytest

from vnru_facts import extract_text


def agreements(text: str, doc_date: str | None = "2023-05-10") -> list[tuple]:
    result = extract_text(text, doc_date=doc_date, types=["agreement"])
    return sorted(
        (f.title, f.count, f.count_qualifier, f.date, f.status) for f in result.facts if f.type == "agreement"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two documents, each with the year that follows it; "issued" is agreed, not signed
        (
            "Russia and Vietnam signed a joint declaration on friendship in 1998 and issued a joint"
            " statement on energy ties in 2010.",
            [
                ("joint declaration on friendship", 1, "exact", "1998", "signed"),
                ("joint statement on energy ties", 1, "exact", "2010", "agreed"),
            ],
        ),
        # what the document is about after a passive verb
        (
            "In 2021, a contract was signed to build a research reactor near Da Lat, officials said.",
            [("contract to build a research reactor near Da Lat", 1, "exact", "2021", "signed")],
        ),
        # a parenthesised abbreviation before the subject, a weekday that is no part of the title
        (
            "The mayors of Hanoi and Moscow on Monday inked a memorandum (MoU) on city cooperation in the"
            " 2024-2026 period.",
            [
                (
                    "memorandum on city cooperation in the 2024-2026 period",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                )
            ],
        ),
        # its minutes; bare plural pacts with a field
        (
            "At the end of the meeting, the co-chairs signed its minutes. They then witnessed the signing of"
            " cooperation pacts in the field of sport.",
            [
                ("cooperation pacts in the field of sport", None, None, "2023-05", "signed"),
                ("minutes", 1, "exact", "2023-05", "signed"),
            ],
        ),
        # first to sign, with a bloc Russia belongs to
        (
            "Vietnam was the first partner to sign a free trade agreement with the EAEU.",
            [("free trade agreement with the EAEU", 1, "exact", None, "signed")],
        ),
        # a lowercase agreement named by its parties, in force
        (
            "Tourism has grown since the free trade agreement between Vietnam and the EAEU took effect in"
            " 2016.",
            [
                (
                    "free trade agreement between Vietnam and the EAEU",
                    1,
                    "exact",
                    "2016",
                    "in_force",
                )
            ],
        ),
        # a counted set with qualifier
        (
            "More than 10 documents were signed in Moscow on June 2 between Russian and Vietnamese firms.",
            [("documents", 10, "over", "2023-06-02", "signed")],
        ),
    ],
)
def test_agreement_families(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


def test_a_named_document_listed_after_a_signing() -> None:
    text = (
        "Russian Prime Minister Igor Petrov paid an official visit to Vietnam on March 3, 2023. "
        "A joint communique was issued, and several deals were signed, including the Joint Action Plan"
        " between Vietnam and Russia until 2027."
    )
    assert agreements(text) == [
        ("Joint Action Plan between Vietnam and Russia until 2027", 1, "exact", "2023-03", "signed"),
        ("deals", None, None, "2023-03", "signed"),
        ("joint communique", 1, "exact", "2023-03", "agreed"),
    ]


def test_one_of_a_set_takes_the_date_of_the_document_named_before() -> None:
    text = (
        "Russia and Vietnam signed a visa waiver agreement on Thursday. "
        "The visa waiver agreement was one of nine documents signed in transport, health and culture."
    )
    assert agreements(text) == [
        ("documents", 9, "exact", "2023-05-04", "signed"),
        ("visa waiver agreement", 1, "exact", "2023-05-04", "signed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the partner is a third country
        "Russia signed a gas supply deal with China in 2014.",
        "Vietnam and Japan signed five agreements on Monday.",
        # an agreement between Vietnam and a third country, in force
        "The trade agreement between Vietnam and Japan took effect in 2009.",
    ],
)
def test_not_a_vietnam_russia_agreement(text: str) -> None:
    assert agreements(text) == []


def places(text: str, doc_date: str | None = "2023-05-10") -> list[tuple]:
    result = extract_text(text, doc_date=doc_date, types=["agreement"])
    return sorted((f.title, f.count, f.place) for f in result.facts if f.type == "agreement")


# A signing reported without a date happened around the article's date: it takes the document month.
# A signing during a visit the article does not date does too; a dated past visit gives its own date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two sides signed nearly 20 cooperation documents in energy and education.",
            [("cooperation documents", 20, "under", "2023-05", "signed")],
        ),
        (
            "Russia and Vietnam exchanged about a dozen documents after the talks.",
            [("documents", 12, "approx", "2023-05", "signed")],
        ),
        (
            "Vietnam and Russia inked more than 15 memoranda of understanding.",
            [("memoranda of understanding", 15, "over", "2023-05", "signed")],
        ),
        (
            "Russian Deputy Prime Minister Ivan Orlov is visiting Vietnam. During his visit, the two sides"
            " signed seven agreements.",
            [("agreements", 7, "exact", "2023-05", "signed")],
        ),
        (
            "During his 2019 visit to Vietnam, Russian Prime Minister Ivan Orlov signed a deal on rail"
            " transport.",
            [("deal on rail transport", 1, "exact", "2019", "signed")],
        ),
        # near misses: a tally over the years, a signing to come, and a first signing are not news of the day
        (
            "Vietnam and Russia have signed more than 100 intergovernmental agreements since 1991.",
            [("intergovernmental agreements", 100, "over", None, "signed")],
        ),
        # a signing to come "next month" is to be in the month after the article's
        (
            "Vietnam and Russia will sign a roadmap on nuclear power next month.",
            [("roadmap on nuclear power", 1, "exact", "2023-06", "drafting")],
        ),
        (
            "Vietnam and Russia have so far signed seven agreements on health.",
            [("agreements on health", 7, "exact", None, "signed")],
        ),
        (
            "During Putin's first visit since 2017, the two sides signed 11 documents.",
            [("documents", 11, "exact", "2023-05", "signed")],
        ),
        (
            "Russian President Vladimir Putin arrived in Hanoi on Wednesday for a state visit. During Putin's"
            " previous visit, the two sides signed 11 documents.",
            [("documents", 11, "exact", None, "signed")],
        ),
        # "have signed" is how news tells of a signing just done
        (
            "Russia's Rosatom and Vietnam's ministry have signed a roadmap for nuclear research until 2030,"
            " the company said.",
            [("roadmap for nuclear research until 2030", 1, "exact", "2023-05", "signed")],
        ),
        (
            "The two countries signed a treaty on friendly relations 30 years ago, the minister recalled.",
            [("treaty on friendly relations", 1, "exact", None, "signed")],
        ),
        (
            "Previously, the two sides signed a memorandum on energy.",
            [("memorandum on energy", 1, "exact", None, "signed")],
        ),
        (
            "Vietnam and Russia last month signed an agreement on labour.",
            [("agreement on labour", 1, "exact", "2023-04", "signed")],
        ),
        (
            "Earlier today, the two sides signed a memorandum on education.",
            [("memorandum on education", 1, "exact", "2023-05", "signed")],
        ),
        (
            "Vietnam became the first Asian country to sign a free trade agreement with the EAEU.",
            [("free trade agreement with the EAEU", 1, "exact", None, "signed")],
        ),
    ],
)
def test_an_undated_signing_takes_the_month_of_the_article(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert agreements(
        "Vietnam and Russia last month signed an agreement on labour.", doc_date="2024-01-05"
    ) == [("agreement on labour", 1, "exact", "2023-12", "signed")]


def test_an_undated_signing_without_a_document_month_stays_undated() -> None:
    assert agreements("The two sides signed seven agreements.", doc_date="2023") == [
        ("agreements", 7, "exact", None, "signed")
    ]


# A month alone ("In May") is resolved against the document date; "may" the verb is no date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, the deputy ministers signed an action plan for health cooperation.",
            [("action plan for health cooperation", 1, "exact", "2023-05", "signed")],
        ),
        (
            "In March, Russian and Vietnamese officials signed a roadmap on nuclear training.",
            [("roadmap on nuclear training", 1, "exact", "2023-03", "signed")],
        ),
        (
            "In May 2021, the two ministries inked a memorandum on archives.",
            [("memorandum on archives", 1, "exact", "2021-05", "signed")],
        ),
        # near miss: "may" the verb is no month
        (
            "Officials said Russia and Vietnam signed a memorandum on fisheries that may be extended.",
            [("memorandum on fisheries", 1, "exact", "2023-05", "signed")],
        ),
    ],
)
def test_a_month_without_a_year_is_read_against_the_article_date(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


# Uncounted documents opening a clause, then the passive verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 2021, in the presence of both prime ministers, intergovernmental agreements on energy"
            " and transport were signed.",
            [("intergovernmental agreements on energy and transport", None, None, "2021-05", "signed")],
        ),
        (
            "At the end of the forum, bilateral agreements on tourism and culture were inked.",
            [("bilateral agreements on tourism and culture", None, None, "2023-05", "signed")],
        ),
        (
            "On Friday, in the presence of both presidents, intergovernmental memoranda were signed.",
            [("intergovernmental memoranda", None, None, "2023-05-05", "signed")],
        ),
        (
            "Cooperation documents in energy have been signed by Russian and Vietnamese firms.",
            [("Cooperation documents", None, None, "2023-05", "signed")],
        ),
        # near miss: the words before the documents are not part of their title
        ("Both leaders of Russia and Vietnam watched as agreements were signed.", []),
    ],
)
def test_uncounted_documents_were_signed(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


# Documents listed after a signing, in lower case: each is one fact of the same signing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers signed 12 documents, including a memorandum on training nuclear engineers and an"
            " agreement on visa-free travel.",
            [
                ("documents", 12, "exact", "2023-05", "signed"),
                ("memorandum on training nuclear engineers", 1, "exact", "2023-05", "signed"),
                ("agreement on visa-free travel", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Several deals were inked on Monday, including an intergovernmental agreement on the protection"
            " of investments.",
            [
                ("deals", None, None, "2023-05-08", "signed"),
                (
                    "intergovernmental agreement on the protection of investments",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                ),
            ],
        ),
        (
            "The delegations exchanged nine documents, including the roadmap for cooperation in oil and gas.",
            [
                ("documents", 9, "exact", "2023-05", "signed"),
                ("roadmap for cooperation in oil and gas", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "The ministers signed 12 documents, including an agreement on visas, a protocol on fisheries and"
            " a plan of action for 2025.",
            [
                ("documents", 12, "exact", "2023-05", "signed"),
                ("agreement on visas", 1, "exact", "2023-05", "signed"),
                ("protocol on fisheries", 1, "exact", "2023-05", "signed"),
                ("plan of action for 2025", 1, "exact", "2023-05", "signed"),
            ],
        ),
        # near miss: what is included is no document
        (
            "The sides signed five documents, including Russia's gas supplies to Asia.",
            [("documents", 5, "exact", "2023-05", "signed")],
        ),
    ],
)
def test_documents_listed_after_a_signing(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


# The sentence after a signing singles out one of its documents.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two governments signed a number of agreements on Tuesday. In particular, a memorandum of"
            " understanding on a joint research centre.",
            [
                ("agreements", None, None, "2023-05-09", "signed"),
                (
                    "memorandum of understanding on a joint research centre",
                    1,
                    "exact",
                    "2023-05-09",
                    "signed",
                ),
            ],
        ),
        (
            "Russia and Vietnam signed 14 documents.\n\nAmong them is an agreement on mutual recognition of"
            " diplomas.",
            [
                ("documents", 14, "exact", "2023-05", "signed"),
                ("agreement on mutual recognition of diplomas", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "The sides inked several cooperation deals. Notably, the roadmap for nuclear cooperation was also"
            " signed.",
            [
                ("cooperation deals", None, None, "2023-05", "signed"),
                ("roadmap for nuclear cooperation", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "The sides exchanged eight documents. The documents cover energy and health. Among them is a"
            " memorandum of understanding between Vietnam Oil and Gas Group (Petrovietnam) and Gazprom on gas"
            " exploration.",
            [
                ("documents", 8, "exact", "2023-05", "signed"),
                (
                    "memorandum of understanding between Vietnam Oil and Gas Group (Petrovietnam) and Gazprom"
                    " on gas exploration",
                    1,
                    "exact",
                    "2023-05",
                    "signed",
                ),
            ],
        ),
        (
            "The premiers witnessed the signing of 11 cooperation documents. The documents include an"
            " agreement on nuclear energy, a memorandum on digital transformation and a roadmap for education"
            " ties.",
            [
                ("cooperation documents", 11, "exact", "2023-05", "signed"),
                ("agreement on nuclear energy", 1, "exact", "2023-05", "signed"),
                ("memorandum on digital transformation", 1, "exact", "2023-05", "signed"),
                ("roadmap for education ties", 1, "exact", "2023-05", "signed"),
            ],
        ),
        # near misses: too far from the set; the next sentence names no document; a single document is no
        # set to single out of
        (
            "The sides exchanged eight documents. The documents cover energy and health. Officials were"
            " upbeat. Among them is a memorandum on gas exploration.",
            [("documents", 8, "exact", "2023-05", "signed")],
        ),
        (
            "The two governments signed a number of agreements on Tuesday. In particular, the ministers"
            " discussed energy.",
            [("agreements", None, None, "2023-05-09", "signed")],
        ),
        (
            "Vietnam and Russia signed a memorandum of understanding. In particular, a roadmap on education.",
            [("memorandum of understanding", 1, "exact", "2023-05", "signed")],
        ),
    ],
)
def test_a_document_singled_out_in_the_next_sentence(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


# What a document is for, after a comma, is its subject; two firms that sign one give its title.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Rosatom and the ministry signed a memorandum (MoU), paving the way for cooperation in training"
            " reactor operators.",
            "memorandum on cooperation in training reactor operators",
        ),
        (
            "The sides inked an agreement aimed at boosting tourism flows between the two countries.",
            "agreement on boosting tourism flows between the two countries",
        ),
        (
            "Vietnam and Russia signed a protocol, which covers the supply of fertilisers to Vietnamese"
            " farms.",
            "protocol on the supply of fertilisers to Vietnamese farms",
        ),
        (
            "Rosneft signed a memorandum of cooperation with Petrovietnam.",
            "memorandum of cooperation between Rosneft and PetroVietnam",
        ),
        (
            "Gazprom and PetroVietnam inked a cooperation agreement.",
            "cooperation agreement between Gazprom and PetroVietnam",
        ),
        (
            "Zarubezhneft signed a roadmap with Vietnam Oil and Gas Group.",
            "roadmap between Zarubezhneft and PetroVietnam",
        ),
        # near misses: who witnessed it is not its subject; two firms of one side are not its parties
        ("Vietnam and Russia signed a protocol, witnessed by the two premiers.", "protocol"),
        ("Gazprom and Rosneft signed an agreement in Hanoi.", "agreement"),
    ],
)
def test_the_title_says_what_the_document_serves_and_who_signed_it(text: str, title: str) -> None:
    assert [f[0] for f in agreements(text)] == [title]


# One document, or one signing, mentioned twice in an article is one fact.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow and Hanoi signed a new memorandum of understanding. The city governments of Moscow and"
            " Hanoi on Monday signed a new memorandum of understanding on exchanges between the two"
            " capitals.",
            [
                (
                    "new memorandum of understanding on exchanges between the two capitals",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                )
            ],
        ),
        (
            "Russia and Vietnam signed an agreement on fisheries on Monday. The agreement was signed by the"
            " two ministers.",
            [("agreement on fisheries", 1, "exact", "2023-05-08", "signed")],
        ),
        (
            "The two sides signed a number of agreements during the visit. In all, 11 documents were signed"
            " during the visit.",
            [("documents", 11, "exact", "2023-05", "signed")],
        ),
        (
            "Rosatom and EVN on Monday signed a memorandum of understanding on nuclear training. The MoU was"
            " signed in Hanoi.",
            [("memorandum of understanding on nuclear training", 1, "exact", "2023-05-08", "signed")],
        ),
        (
            "Russia's Rosatom and Vietnam's ministry signed a roadmap for nuclear research until 2030. The"
            " document was signed in Moscow by the two chiefs.",
            [("roadmap for nuclear research until 2030", 1, "exact", "2023-05", "signed")],
        ),
        # near misses: signings in different years are two facts; "the document" before any is named
        (
            "The document was signed in Moscow by Russian and Vietnamese officials. Later, they signed a"
            " roadmap for nuclear research until 2030.",
            [
                ("document", 1, "exact", "2023-05", "signed"),
                ("roadmap for nuclear research until 2030", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Vietnam and Russia signed several agreements in 2019. In 2023, they signed 11 documents.",
            [("agreements", None, None, "2019", "signed"), ("documents", 11, "exact", "2023", "signed")],
        ),
    ],
)
def test_one_document_mentioned_twice_is_one_fact(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


# The place of a signing is the city it took place in, not a city named as a side.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam and Russia signed 11 documents in Hanoi on Monday.", [("documents", 11, "Hanoi")]),
        (
            "The Hanoi People's Committee and the Moscow city government signed a memorandum at a ceremony in"
            " Moscow.",
            [("memorandum", 1, "Moscow")],
        ),
        (
            "At the Kremlin in Moscow, the two leaders signed a joint statement.",
            [("joint statement", 1, "Moscow")],
        ),
        # near miss: the capitals as the two sides
        ("Moscow and Hanoi signed 11 documents on Monday.", [("documents", 11, None)]),
    ],
)
def test_the_place_of_a_signing(text: str, expected: list[tuple]) -> None:
    assert places(text) == sorted(expected)


# A sentence that names no place of Vietnam's, right after one about a third country, is about that country.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin then flew to North Korea for talks with Kim Jong Un. The leaders signed a mutual defence"
            " treaty.",
            [],
        ),
        (
            "The Russian president was in Pyongyang on Wednesday. There, the leaders signed a strategic"
            " partnership agreement, Russian media said.",
            [],
        ),
        ("Putin had earlier visited China. The Russian leader and his host signed a gas deal.", []),
        # near misses: the signing sentence names Vietnam, Hanoi, a Vietnamese official or firm
        (
            "The announcement drew a rebuke from U.S. officials. President Vladimir Putin and General"
            " Secretary To Lam signed 11 documents.",
            [("documents", 11, "exact", "2023-05", "signed")],
        ),
        (
            "The visit drew criticism in Washington. Petrovietnam and Novatek signed a deal on LNG.",
            [("deal on LNG", 1, "exact", "2023-05", "signed")],
        ),
        (
            "Putin had earlier visited China. On Thursday in Hanoi, the leaders signed 11 documents.",
            [("documents", 11, "exact", "2023-05-04", "signed")],
        ),
        (
            "Putin had earlier visited China. The two sides signed 11 documents in Vietnam.",
            [("documents", 11, "exact", "2023-05", "signed")],
        ),
    ],
)
def test_a_signing_after_a_sentence_about_a_third_country(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


# Uncounted documents right after the verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnessed by the two prime ministers, the ministries exchanged memoranda of understanding on"
            " energy and health.",
            [("memoranda of understanding on energy and health", None, None, "2023-05", "signed")],
        ),
        (
            "The two sides signed cooperation documents in education and culture.",
            [("cooperation documents", None, None, "2023-05", "signed")],
        ),
        (
            "Russian and Vietnamese firms inked intergovernmental agreements worth $2 billion at the forum.",
            [("intergovernmental agreements", None, None, "2023-05", "signed")],
        ),
        (
            "Russian Prime Minister Igor Petrov paid an official visit to Hanoi on March 3-4, 2023. Investors"
            " signed agreements to build three factories.",
            [("agreements to build three factories", None, None, "2023-03", "signed")],
        ),
        # near misses: a partner of a third country; "signed off on" is no signing of documents; nothing
        # ties uncounted documents to the two sides
        ("Russian firms signed contracts with Chinese partners.", []),
        ("Vietnam has signed free trade agreements with 15 partners.", []),
        ("Investors signed agreements to build three factories in Binh Duong.", []),
        ("The two leaders signed off on the plan.", []),
    ],
)
def test_uncounted_documents_after_the_verb(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


# A free trade agreement, by its abbreviation or its parties, signed or in force.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam signed the FTA with the EAEU in May 2015.",
            [("FTA with the EAEU", 1, "exact", "2015-05", "signed")],
        ),
        (
            "The Vietnam-EAEU FTA, signed in 2015, took effect in October 2016.",
            [("Vietnam-EAEU FTA", 1, "exact", "2016-10", "in_force")],
        ),
        (
            "The free trade agreement between Vietnam and the EAEU was signed in 2015.",
            [("free trade agreement between Vietnam and the EAEU", 1, "exact", "2015", "signed")],
        ),
        (
            "Visitor numbers rose once the free trade agreement between Vietnam and the Eurasian Economic"
            " Union (Vietnam-EAEU FTA) came into force in 2016.",
            [
                (
                    "free trade agreement between Vietnam and the Eurasian Economic Union",
                    1,
                    "exact",
                    "2016",
                    "in_force",
                )
            ],
        ),
        (
            "The Vietnam-EAEU free trade agreement, in force since 2016, has helped trade grow, Putin said.",
            [("Vietnam-EAEU free trade agreement", 1, "exact", "2016", "in_force")],
        ),
        # near misses: an agreement in force is not dated by the visit of the article; an FTA with a third
        # party
        (
            "Russian Prime Minister Igor Petrov is visiting Hanoi. The sides agreed to make better use of the"
            " free trade agreement between Vietnam and the EAEU, which is in force.",
            [
                (
                    "free trade agreement between Vietnam and the EAEU",
                    1,
                    "exact",
                    None,
                    "in_force",
                )
            ],
        ),
        ("Vietnam signed the FTA with the European Union in 2019.", []),
        ("The Japan-Vietnam free trade agreement has been in force since 2009.", []),
    ],
)
def test_free_trade_agreements(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


def test_a_memorandum_between_two_bodies_is_titled_by_them() -> None:
    text = (
        "The two sides also signed a memorandum of understanding between the State Bank of Vietnam and the"
        " Central Bank of Russia."
    )
    assert [f[0] for f in agreements(text)] == [
        "memorandum of understanding between the State Bank of Vietnam and the Central Bank of Russia"
    ]


# A batch's count and how the words qualify it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides signed more than a dozen agreements.", ("agreements", 12, "over")),
        ("Vietnam and Russia signed as many as 17 documents.", ("documents", 17, "under")),
        ("Both sides inked nearly two dozen documents on Tuesday.", ("documents", 24, "under")),
        ("Russia and Vietnam signed roughly 30 contracts worth $3 billion.", ("contracts", 30, "approx")),
        ("Ministries of both countries inked some 10 agreements.", ("agreements", 10, "approx")),
        # near miss: dozens is no number
        (
            "Dozens of cooperation agreements were signed at the forum.",
            ("cooperation agreements", None, None),
        ),
    ],
)
def test_counted_documents(text: str, expected: tuple) -> None:
    assert [f[:3] for f in agreements(text)] == [expected]


# "the" before plural documents gives no count; a reporting verb before them is no part of the title.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two sides signed the agreements on Tuesday.",
            [("agreements", None, None, "2023-05-09", "signed")],
        ),
        (
            "The ministry said the documents were signed to transfer the land.",
            [("documents to transfer the land", None, None, "2023-05", "signed")],
        ),
        (
            "The co-chairs signed the minutes of the session.",
            [("minutes of the session", 1, "exact", "2023-05", "signed")],
        ),
        # near miss: "said" does not describe the documents
        ("The ministry said documents were signed to transfer the land.", []),
    ],
)
def test_the_article_and_verbs_before_documents(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


_VISIT = (
    "Russian Prime Minister Igor Petrov paid an official visit to Hanoi on March 3-4, 2023. He met Vietnamese"
    " leaders. They discussed trade. Investment was also on the agenda. The sides noted progress in oil and"
    " gas. "
)


# A signing tied to the article's visit, however far from it, takes the visit's month and city.
@pytest.mark.parametrize(
    ("signing", "expected"),
    [
        (
            "In the presence of Petrov and his host, ministries signed five documents.",
            [("documents", 5, "2023-03", "Hanoi")],
        ),
        (
            "On the sidelines of Petrov's visit, firms inked five contracts.",
            [("contracts", 5, "2023-03", "Hanoi")],
        ),
        (
            "Witnessed by the premiers, the ministries exchanged five memoranda.",
            [("memoranda", 5, "2023-03", "Hanoi")],
        ),
        # near miss: a forum is no visit; the signing is news of the article's month
        (
            "On the sidelines of the economic forum, firms from both countries inked five contracts.",
            [("contracts", 5, "2023-05", None)],
        ),
    ],
)
def test_a_signing_tied_to_the_visit(signing: str, expected: list[tuple]) -> None:
    facts = extract_text(_VISIT + signing, doc_date="2023-05-10", types=["agreement"]).facts
    assert [(f.title, f.count, f.date, f.place) for f in facts] == expected


# A year in a document's title is its own year, unless it names another document the reported one amends
# or builds on.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two countries signed the 1994 treaty on friendship.",
            [("1994 treaty on friendship", 1, "exact", "1994", "signed")],
        ),
        (
            "In 1995, the two countries signed an agreement on avoidance of double taxation.",
            [("agreement on avoidance of double taxation", 1, "exact", "1995", "signed")],
        ),
        (
            "A protocol amending the 1995 agreement on avoidance of double taxation was also signed.",
            [
                (
                    "protocol amending the 1995 agreement on avoidance of double taxation",
                    1,
                    "exact",
                    "2023-05",
                    "signed",
                )
            ],
        ),
        (
            "The sides signed a new treaty based on the 2008 agreement on fisheries.",
            [("new treaty based on the 2008 agreement on fisheries", 1, "exact", "2023-05", "signed")],
        ),
    ],
)
def test_a_year_in_a_title(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reduced clause with a year
        (
            "The agreement on the joint research centre, signed in 2019, will be extended next year.",
            [("agreement on the joint research centre", 1, "exact", "2019", "signed")],
        ),
        # a relative clause with a place and no date: a mention in passing, not news of the day
        (
            "The agreement on labour migration, which was signed in Hanoi, remains in force.",
            [("agreement on labour migration", 1, "exact", None, "signed")],
        ),
        # "last year" against the article date
        (
            "Under the memorandum signed last year, the institute will train 200 engineers.",
            [("memorandum", 1, "exact", "2022", "signed")],
        ),
        # a month and year, and the occasion
        (
            "The roadmap, inked in June 2022 during the president's visit, lists 20 projects.",
            [("roadmap", 1, "exact", "2022-06", "signed")],
        ),
        # "concluded" with a month of the article's year
        ("The deal concluded in March covers gas supplies.", [("deal", 1, "exact", "2023-03", "signed")]),
        # near miss: "the documents" in a clause point back to the set just signed: one fact
        (
            "The two sides signed 12 documents on May 3. The documents, signed in the presence of both"
            " leaders, cover energy and education.",
            [("documents", 12, "exact", "2023-05-03", "signed")],
        ),
    ],
)
def test_a_document_named_with_its_signing_in_a_clause(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # who signed, not when: no signing of its own
        "The agreement signed by the two firms covers gas supplies.",
        # "signed in" as a phrasal verb, no document
        "Officials signed in at the ceremony before the talks.",
        # a document noun, then another verb
        "The agreement, drafted in 2019, was never signed.",
    ],
)
def test_a_clause_that_names_no_signing(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signing verbs of news style
        (
            "The two railways penned a memorandum of understanding on rail freight.",
            [("memorandum of understanding on rail freight", 1, "exact", "2023-05", "signed")],
        ),
        (
            "The ministers put pen to paper on an agreement on fisheries.",
            [("agreement on fisheries", 1, "exact", "2023-05", "signed")],
        ),
        # an aside between the document and its passive verb
        (
            "The accord, the first of its kind, was signed in Hanoi on May 3.",
            [("accord", 1, "exact", "2023-05-03", "signed")],
        ),
        # "on the sidelines of", "on the occasion of" say where or when, not what the document is about
        (
            "The memorandum was signed on the sidelines of the economic forum.",
            [("memorandum", 1, "exact", "2023-05", "signed")],
        ),
        (
            "A roadmap was signed on the occasion of the anniversary.",
            [("roadmap", 1, "exact", "2023-05", "signed")],
        ),
    ],
)
def test_news_signing_verbs_and_asides(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firms signed a memorandum on a planned $2.3 billion power plant.",
            [("memorandum on a planned $2.3 billion power plant", 1, "exact", "2023-05", "signed")],
        ),
        (
            "They signed an agreement on supplies of 1,500 tonnes of fuel a year.",
            [("agreement on supplies of 1,500 tonnes of fuel a year", 1, "exact", "2023-05", "signed")],
        ),
        # near miss: a full stop still ends the subject
        (
            "They signed an agreement on fuel supplies. It runs to 2030.",
            [("agreement on fuel supplies", 1, "exact", "2023-05", "signed")],
        ),
    ],
)
def test_a_number_inside_a_documents_subject_is_no_clause_break(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the document is what a piece of writing is about
        "The journalist penned an article about the agreement.",
        "The minister signed a letter regarding the treaty.",
    ],
)
def test_writing_about_a_document_is_no_signing(text: str) -> None:
    assert agreements(text) == []


def test_every_signing_family_is_looked_for_by_its_literals_first() -> None:
    # A pattern whose matches begin with too many literals (``literal_scan.MAX_PREFIXES``) is run over
    # every sentence of the trigger words: slow, though not wrong. Adding verbs to one can do that.
    from vnru_facts.extract.components.agreement import SIGNING_FAMILIES
    from vnru_facts.extract.scan.literal_scan import literal_starts

    missing = [
        s.regex.pattern[:40] for _, s in SIGNING_FAMILIES if literal_starts(s.requires or s.regex) is None
    ]
    assert missing == []
