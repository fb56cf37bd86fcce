"""The document date read from an article's own head and body (SPEC "The document date"): datelines and
dated byline/update lines win over body dates, photo captions count less, a later year outweighs an old
full date, and a sentence that sets "this year" against a named year dates the writing after that year."""

import pytest

from vnru_facts.normalize.doc_date import date_from_text

# A dated head line (dateline with a year, "Published:"/"Update:" line, a bare timestamp) is the day of
# publication: a later day in the body ("is due in Moscow on ...") does not move it. Vietnamese sites
# write DD/MM/YYYY.
BODY = "\nThe minister is due in Moscow on December 19, 2024 for talks on energy and trade."


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Moscow, 5 February 2024 (TASS) — Russia and Vietnam agreed to expand rail freight.", "2024-02-05"),
        ("HANOI, Oct 8, 2024 (VNA) - Vietnam and Russia reviewed their trade.", "2024-10-08"),
        ("Thursday, December 5, 2024 09:12\nHÀ NỘI — Vietnam and Russia signed a memorandum.", "2024-12-05"),
        ("Hanoi (VNA) – Talks were held in Hanoi.\nUpdate: 12/03/2024 14:05", "2024-03-12"),
        ("Published: Thursday, December 5, 2024 - 09:12\nHanoi (VNA) – Talks were held.", "2024-12-05"),
        ("05/12/2024 09:12 GMT+7\nHanoi (VNA) – Talks were held.", "2024-12-05"),
        ("Vietnam, Russia talk trade\n2024-12-05T09:12:00+07:00\nHanoi – Talks were held.", "2024-12-05"),
        ("Posted on 5 Dec 2024, 9:12 am\nTalks were held in Hanoi.", "2024-12-05"),
        ("Last updated: 06:30 PM, December 5, 2024\nTalks were held in Hanoi.", "2024-12-05"),
        ("Friday, 06/12/2024 | 10:15 GMT+7\nTalks were held in Hanoi.", "2024-12-06"),
    ],
)
def test_a_dated_head_line_wins_over_later_body_dates(head, expected):
    assert date_from_text(head + BODY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: a body line that merely mentions a date and a time is no byline; the latest date wins.
        (
            "Talks were held on 12/03/2024 at 14:05 in Hanoi, and the minister spoke on 20/03/2024.",
            "2024-03-20",
        ),
        # near miss: a dateline-like body sentence ("In Hanoi, on ...") is not at the head of a line.
        ("Trade rose. In Hanoi, 5 February 2024 saw talks. A forum was held on 9 March 2024.", "2024-03-09"),
        # near miss: a caption line with a date and time is not the byline.
        ("Hanoi (VNA) – Talks were held on March 20, 2024.\nFile photo: 12/03/2019 14:05", "2024-03-20"),
    ],
)
def test_dates_that_are_not_head_lines_stay_body_dates(text, expected):
    assert date_from_text(text) == expected


# A file photo names the day an older picture was taken: it counts only when nothing else dates the text.
# A plain caption ("(Photo: VNA)", "— VNA/VNS Photo") mostly shows the event reported and counts like the
# body, but is never the byline.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leaders in Moscow (Photo taken on August 13, 2021)\nHANOI — Exports rose in March 2020.",
            "2020-03",
        ),
        (
            "File photo: the presidents in Hanoi on June 20, 2021.\nHANOI, Oct 8 - A plant opened in 2021.",
            "2021-10-08",
        ),
        (
            "Archive photo of the plant, 12/03/2019\nThe ministry said on April 2 that output rose in 2019.",
            "2019-04-02",
        ),
        (
            "Illustrative photo, May 4, 2022\nTrade with Russia grew in January 2022, the office said.",
            "2022-01",
        ),
        # the file photo is all that dates the text: the fallback, never ignored outright
        ("Leaders in Moscow (Photo taken on August 13, 2021)\nTrade grew last year.", "2021-08-13"),
        # near miss: a plain caption's date counts like the body.
        (
            "Ministers at talks in Hanoi on March 5, 2024. (Photo: VNA)\nHANOI — Exports grew in 2023.",
            "2024-03-05",
        ),
        ("The Nghi Son refinery, March 3, 2023 — VNA/VNS Photo\nHANOI — Output rose in May 2024.", "2024-05"),
        ("Hanoi (VNA) – Talks were held.\nPhoto by Minh Duc, 14/09/2023", "2023-09-14"),
        # near miss: "a photo exhibition" is no caption.
        (
            "A photo exhibition on Vietnam-Russia ties opened in Moscow on May 5, 2024. Trade rose in 2023.",
            "2024-05-05",
        ),
    ],
)
def test_a_file_photo_date_counts_less_than_the_body(text, expected):
    assert date_from_text(text) == expected


# A full date older than a year the text reports (a historic day, a speech quoted years later) is not the
# day of writing; the year is, refined by a day named without a year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On January 30, 1950, the two countries established diplomatic relations. In 2024 trade grew.",
            "2024",
        ),
        ("Putin, in a speech on May 9, 2015, praised the ties; a new plant opened in 2023.", "2023"),
        (
            "HANOI, Oct 8 (VNA) - Relations set up on January 30, 1950 were hailed; trade grew in 2024.",
            "2024-10-08",
        ),
        (
            "MOSCOW, Feb 5 (Reuters) - The treaty of June 16, 2001 was recalled as sales rose in 2025.",
            "2025-02-05",
        ),
        # near miss: a forecast year later than the full date is no year of writing.
        ("Talks were held on March 3, 2024. Trade is expected to reach $10 billion in 2026.", "2024-03-03"),
        # near miss: a future event ("will be held on June 5-7, 2026") dates nothing.
        (
            "The forum will be held on June 5-7, 2026 in Moscow, organisers said on March 3, 2025.",
            "2025-03-03",
        ),
        # near miss: a year with its verb still to come, or a year in a name, is no year of writing.
        ("Talks were held on March 3, 2024. The year 2026 will mark 76 years of relations.", "2024-03-03"),
        ("Talks were held on March 3, 2024. In 2026 the two sides will mark 76 years of ties.", "2024-03-03"),
        ("Talks were held on March 3, 2024, ahead of the Games of the Future 2025 in Kazan.", "2024-03-03"),
        # near miss: a historic day alone is all the text has.
        ("On January 30, 1950, the two countries established diplomatic relations.", "1950-01-30"),
        # near miss: no date at all stays none.
        ("Vietnam and Russia held talks on Thursday and agreed to meet again next year.", None),
    ],
)
def test_a_later_reported_year_outweighs_an_old_full_date(text, expected):
    assert date_from_text(text) == expected


# A sentence that names a year and "this year" as two different times dates the writing after that year:
# "It fell by half in 2022, and in the first four months of this year ..." is written in 2023.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW, May 15 - Trade halved in 2022, and in the first "
            "four months of this year it was $1 billion.",
            "2023-05-15",
        ),
        ("Exports reached $3 billion in 2021; this year they are up 8% so far.", "2022"),
        ("After a record 2019, sales in January-June of this year fell by a fifth, the office said.", "2020"),
        ("HANOI, Nov 24 - This year trade grew 4%, faster than in 2020.", "2021-11-24"),
        # near miss: "this year, 2024," names the same year.
        ("This year, 2024, marks 30 years of the treaty. Trade grew in 2024.", "2024"),
        ("This year (2024) marks 30 years of the treaty.", "2024"),
        # near miss: "this year" and the year in different sentences say nothing about each other.
        ("Trade grew in 2024. Officials expect more this year.", "2024"),
        # near miss: a forecast year with "this year" is no reported year.
        ("This year trade grew 5% and is expected to reach $10 billion in 2026.", None),
    ],
)
def test_this_year_set_against_a_named_year_dates_the_writing_after_it(text, expected):
    assert date_from_text(text) == expected


# A figure for a whole year is known once the year is over: "In 2021, trade reached $7.1 billion" is
# written in 2022 at the earliest, unless a day of 2021 dates it (a year-end report).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2021, bilateral trade reached $7.1 billion, the ministry said on March 2.", "2022-03-02"),
        ("Exports to Russia fell by a third in 2022, the customs office said.", "2023"),
        (
            "Two-way trade surged 26% to $5.5 billion in 2024, officials said on Tuesday, February 4.",
            "2025-02-04",
        ),
        (
            "MOSCOW, Jan 20 (TASS) - Trade turnover totalled 4.6 billion USD in 2019, the embassy said.",
            "2020-01-20",
        ),
        ("Bilateral trade came to $6.3 billion in 2023, the trade office said.", "2024"),
        # near miss: a part of the year is reported within the year.
        ("In 2021, trade reached $4 billion in the first ten months, the ministry said.", "2021"),
        ("Trade reached $5 billion in 2021 so far, the ministry said on October 3.", "2021-10-03"),
        # near miss: a year-end report names its day.
        ("The ministry said on December 28, 2021 that trade in 2021 reached $7 billion.", "2021-12-28"),
        # near miss: no figure, or a figure still to come.
        ("In 2021 the two countries signed a treaty on fisheries.", "2021"),
        ("Trade is expected to reach $10 billion in 2021, the minister said.", None),
        ("In 2023, trade reached $3.6 billion, which is hoped to double in 2030.", "2024"),
    ],
)
def test_a_whole_year_figure_is_reported_after_that_year(text, expected):
    assert date_from_text(text) == expected


# "by the end of <month> <year>" after a reported total is the cutoff it stood at, not a target.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam has 18 projects in Russia, with capital reaching $2.4 billion by the end of March 2018.",
            "2018-03",
        ),
        ("Russia had 150 projects worth $1 billion by the end of June 2021, the agency said.", "2021-06"),
        ("Registered capital totalled $990 million by the end of November 2024.", "2024-11"),
        # near miss: a target or a task still to be done.
        ("The plant is due to be completed by the end of June 2025.", None),
        ("Both sides had agreed to finish the talks by the end of June 2026.", None),
        ("Trade will reach $10 billion by the end of December 2025.", None),
        ("Capital reached $1 billion by the end of 2030.", None),
    ],
)
def test_a_total_by_the_end_of_a_month_dates_the_writing(text, expected):
    assert date_from_text(text) == expected


# A dateline day without a year ("HANOI, June 20. /TASS/.") is the first such day after the latest
# month the text dates: a June dateline over a report of September 2023 is June 2024.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HANOI, June 20. /TASS/. Russia may supply gas. In September 2023, the firm said it was ready.",
            "2024-06-20",
        ),
        (
            "MOSCOW, Feb 5 (Reuters) - Talks resumed. Trade fell in November 2024, officials said.",
            "2025-02-05",
        ),
        ("HANOI, March 3 (VNA) – The deal, first discussed in October 2022, was signed.", "2023-03-03"),
        # near miss: a dateline day after the month stays in its year.
        ("HANOI, Oct 8 (VNA) - Trade fell in August 2024, officials said.", "2024-10-08"),
        # A day in the body told without its year is a day of the year of writing too: well before the
        # month named with its year, it is in the next year.
        ("Talks resumed on June 20. In September 2023, the firm said it was ready.", "2024-06-20"),
        # near miss: a body day shortly before the month belongs to the same days.
        ("Talks resumed on August 20. In September 2023, the firm said it was ready.", "2023-09"),
    ],
)
def test_a_yearless_dateline_day_follows_the_latest_dated_month(text, expected):
    assert date_from_text(text) == expected


# Years listed after a first one share its preposition: span starts, targets, or years reported in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty supersedes accords from 1961, 2000, and 2001. Talks were held on Thursday.", None),
        ("Trade grew in 2019. Plans run to 2030, 2035 and 2045.", "2019"),
        ("Strategies until 2025, 2030 or 2035 were reviewed in 2021.", "2021"),
        # near miss: years reported in stay years of writing.
        ("Sales rose in 2019, 2020 and 2021, the office said.", "2021"),
        # near miss: a year in the next sentence is no list item.
        ("Targets run to 2030. 2024 was a record year.", "2024"),
    ],
)
def test_listed_years_share_their_preposition(text, expected):
    assert date_from_text(text) == expected


# Several dated head lines: the earliest is the day of writing. A site's header shows the day the page was
# read ("Sunday, 23/2/2020" over the title), an update line comes after the article too. Stamp lines as
# sites write them: numbers with dashes, month first when the day cannot be a month ("08/29/2016"), "Month,
# DD/YYYY", a byline run into its date, a date alone on its line in lower case.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sunday, 23/2/2020\nTies between Hanoi and Moscow\n26/7/2017 14:40' Send Print\nThe leaders met.",
            "2017-07-26",
        ),
        (
            "Friday, July 3 2020\n\nTies grow\n\nUpdate: December, 17/2009 - 09:40\n\nThe leaders met.",
            "2009-12-17",
        ),
        (
            "ID :\n415704\nMon, 08/29/2016 - 09:54\nPork\nHanoi, August 29 (VNA) - Sales start in 2017",
            "2016-08-29",
        ),
        (
            "Minister starts trip\n\nUpdate: 12-08-2024 | 11:26:35\n\nThe minister left for Moscow.",
            "2024-08-12",
        ),
        (
            "Pact on aerospace\n\nPublication Date : 10-04-2014\n\nThe parliament approved a pact.",
            "2014-04-10",
        ),
        (
            "Schools to open\n\nby VNA14 March 2022 Last updated at 08:15 AM\n\nA memo was signed on "
            "March 12.",
            "2022-03-14",
        ),
        ("26 july 2012\n\nThe prime minister met the president in Sochi.", "2012-07-26"),
        # near miss: a body line with a date, a time and a sentence around them is no stamp.
        (
            "The minister arrived in Moscow on 5-12-2019 at 10:30 for talks with his counterpart.",
            "2019",
        ),
        # near miss: a caption's date is no stamp.
        ("File photo: 12-03-2019 14:05\nHanoi (VNA) - Talks were held on March 20, 2024.", "2024-03-20"),
    ],
)
def test_the_earliest_stamp_line_of_the_head_dates_the_writing(text, expected):
    assert date_from_text(text) == expected


# An ISO timestamp after the head is the page's furniture (exchange rates, weather at the moment the page
# was read), not a date of the article.
def test_a_timestamp_in_the_page_furniture_dates_nothing():
    body = "HANOI, May 21 (VNA) - The ministers signed a memorandum on May 19, 2023." + " More." * 300
    assert date_from_text(body + "\nMid-market rates: 2024-02-11 06:05 UTC") == "2023-05-21"
    # near miss: in the head it is the article's stamp.
    assert date_from_text("2024-02-11 06:05 UTC\n" + body) == "2024-02-11"


# A date opening its sentence whose verb is a plan's is no date of writing ("In 2020, the two will
# celebrate"); modal verbs, span starts and deadlines neither ("can be signed in 2015", "starting in
# 2026", "before the end of May 2015").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HANOI, May 21 - In 2020, Vietnam and Russia will celebrate 70 years of ties. "
            "In 2018, trade totalled 4.1 billion USD, up 19.3 percent from 2017.",
            "2019-05-21",
        ),
        ("Talks were held on March 3, 2024. By 2030, the two sides will double trade.", "2024-03-03"),
        # ... and after a comma, with its preposition: a clause of its own
        (
            "Ties have deepened. Looking ahead, in 2027 the two countries will mark 30 years of a treaty.",
            None,
        ),
        ("The leaders met on June 8, 2021, and in 2025 they will open a new consulate.", "2021-06-08"),
        # near miss: something done after the comma's date
        ("The plan was approved, and in 2019 the plant opened, officials said it will grow.", "2019"),
        ("The leaders met on November 25 and urged talks on a pact so that it can be signed in 2015.", None),
        ("The tax break applies to the fields starting in 2026, the ministry said.", None),
        ("Before the end of May 2015 the two firms are expected to sign a deal.", None),
        # what the parties undertake to do: an agreement to do, a due date, a pledge
        ("The minister visited on May 3-4. The sides agreed to raise trade to $8 billion in 2021.", None),
        ("Trade reached $4 billion in 2016. The plant is due for completion at the end of 2019.", "2017"),
        ("Trade reached $4 billion in 2016. The two firms pledged to finish the pipeline in 2019.", "2017"),
        ("Trade reached $4 billion in 2016. Both sides are striving for $10 billion in 2020.", "2017"),
        # near miss: something done before the plan's words; an estimate of what is done ("expected to
        # have"); "May" is a month; a span that started is told.
        ("In 2018, trade reached $4.5 billion, which is hoped to double in 2025.", "2019"),
        ("Output fell. In 2010, the venture is expected to have pumped 3.9 million tons of oil.", "2010"),
        ("Trade reached $1 billion in May 2015, officials said.", "2015-05"),
        ("Exports started in 2019, the firm said.", "2019"),
        # near miss: an agreement dated, not one to do; a deal that was due and then signed
        ("The two sides agreed on May 5, 2016 to raise trade.", "2016-05-05"),
        ("The deal, which was due in 2015, was signed in March 2017.", "2017-03"),
        # "due to" a cause is no plan: a whole year's fall reported dates the writing after it
        (
            "Talks opened on April 17. Trade fell by 20% to $2.1 billion in 2022 due to payment obstacles.",
            "2023-04-17",
        ),
    ],
)
def test_plans_modals_span_starts_and_deadlines_date_nothing(text, expected):
    assert date_from_text(text) == expected


# "over that of 2017", "in comparison with that of 2009": a comparison base, reported a year later (two
# when the figure compared is last year's).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW, May 21 - Last year, trade reached $4.5 billion, 28.5 percent over that of 2017.",
            "2019-05-21",
        ),
        ("In March exports rose fourfold, with prices up 5% in comparison with that of 2009.", "2010"),
        (
            "HANOI, March 2 - Trade hit a record 6.3 billion USD in 2021, the councillor said.",
            "2022-03-02",
        ),
        # near miss: "that of" a later year stays a base; a figure of a part of the year is no whole year.
        ("HANOI, March 2 - Trade saw a record of $2 billion in the first two months of 2021.", "2021-03-02"),
    ],
)
def test_comparisons_with_that_of_a_year_date_the_next(text, expected):
    assert date_from_text(text) == expected


# "up 5 percent since 2008" told of this year's figure: a change over the year before, said the year after.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two-way trade is estimated to reach 1.5 billion USD this year, up 5 percent since 2008.", "2009"),
        ("Exports are expected to hit $800 million this year, a 12% rise since 2015.", "2016"),
        # near misses: without "this year" a change since a year may span many years; "since" opening a
        # span of trade is no comparison
        ("Trade has risen 40 percent since 2015.", None),
        ("Trade reached $2 billion this year. It has risen 40 percent since 2015.", None),
        ("This year trade kept growing, as it has since 2015.", None),
    ],
)
def test_a_change_since_a_year_of_this_years_figure_dates_the_next(text, expected):
    assert date_from_text(text) == expected


# A part-year report dates its year, and runs to its last month: a day told without a year before that month
# is in the next year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The launch of the first farm took place in the first quarter of 2018.", "2018"),
        (
            "The visit runs from February 20-22. In the first 11 months of 2016, trade reached $3.5 billion.",
            "2017-02-20",
        ),
        # near miss: a day after the months stays in their year.
        (
            "The forum opened on December 12. In the first 11 months of 2016, trade reached $3.5 billion.",
            "2016-12-12",
        ),
    ],
)
def test_a_part_year_report_dates_its_year(text, expected):
    assert date_from_text(text) == expected


# A day told without a year is a day of the year of writing, after what the text dates with a year: a
# dateline before the day of a full date is in the next year; a body day a few weeks before it is an
# earlier day of the same events; "October 5 last year" is a day of another year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW, January 13. /TASS/. The airline carried more. It resumed flights on January 31, 2024.",
            "2025-01-13",
        ),
        (
            "MOSCOW, May 22. /TASS/. A memorandum was signed. A roadmap was signed on June 29, 2017.",
            "2018-05-22",
        ),
        ("The minister arrived on September 2. The talks on September 4, 2021 covered trade.", "2021-09-04"),
        (
            "The accord was signed in April 2016 and took effect on September 3 last year. Ministers met "
            "on July 14.",
            "2016-07-14",
        ),
    ],
)
def test_a_day_told_without_a_year_follows_what_is_dated(text, expected):
    assert date_from_text(text) == expected


# A text that tells its own events by day or weekday without a year is written in their year, which it
# does not name: a year something merely happened in ("Founded in 1994", "the 1991 Soviet collapse",
# "between 1995 and 2023") says the writing is that year or later, which is no date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HANOI, January 14. /TASS/. The plant is on track. In 2016 the Assembly decided to suspend it.",
            None,
        ),
        ("Officials met Novatek in Hanoi on March 20. Founded in 1994, Novatek produces gas.", None),
        (
            "Russia and Vietnam signed a deal on Tuesday. Russia sold 80% of its arms between 1995 and 2023.",
            None,
        ),
        ("The leaders met on Saturday. Putin visited Vietnam in 2001, after the 1991 Soviet collapse.", None),
        (
            "On November 25 the sides met. They settle disputes under the 1982 UN Convention on the sea.",
            None,
        ),
        # near miss: a figure reported for a year is news of the next one.
        ("HANOI, January 14 - In 2016 trade grew 10% to $4 billion, officials said.", "2017-01-14"),
        # near miss: with no day of its own told, the year is the text's.
        ("In 2021 the two countries signed a treaty on fisheries.", "2021"),
    ],
)
def test_a_year_something_merely_happened_in_does_not_date_a_text_of_yearless_days(text, expected):
    assert date_from_text(text) == expected


# The anniversaries a text marks fall in the year of writing or soon after: the first of them. A day an
# event named with its year is told on ("SPIEF-2018 ... on May 24") has that year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The speakers met in Moscow on September 9. They hailed 30 years since the treaty "
            "(June 16, 1994 - 2024) and to the 75th anniversary of relations (January 30, 1950 - 2025).",
            "2024-09-09",
        ),
        (
            "Binh spoke at the opening of SPIEF-2018 in St. Petersburg on May 24. Following growth in 2018, "
            "the economy expanded 7% in the first quarter of this year.",
            "2018-05-24",
        ),
        (
            "Delegates attended the 2019 Thanh Hoa investment conference held in Moscow on July 22.",
            "2019-07-22",
        ),
        # near miss: a span with no anniversary dates from its start; a plan's name is no event.
        ("Exports grew sharply in the 2016 – 2020 period, the office said.", "2016"),
        ("The ministers met on May 5 to review Vision 2030 after trade grew 5% in 2023.", "2024-05-05"),
    ],
)
def test_anniversaries_and_events_named_with_their_year(text, expected):
    assert date_from_text(text) == expected


# The rule patterns are searched only where a match can begin (``_WordRule``, ``_opens_its_clause``,
# ``_names_an_amount``): the same answers as the plain searches, on every stretch before and after a
# date of these sentences, in any case.
_STRETCHES = [
    "In 2020, Vietnam and Russia will celebrate 70 years of ties; by 2025 trade is expected to reach $10bn.",
    "Trade rose 12 percent compared with 2022 and 5% from the same period of 2021, versus 2019 levels.",
    "Starting in 2026 the plan (Vision 2030) applies; before the end of May 2015 it was scheduled.",
    "Exports hit 3 billion dollars in 2023 - up twofold - and 40 million roubles, or VND 9 trillion, in May.",
    "HANOI, May 21 - In 2020 the two sides agreed to sign; then, in 2021: they can, they might, they must.",
    "He said on June 17, 2024 that the Strategy to 2035 and the roadmap of 2030 are due for completion.",
    "Output rose by a third in 2019; In the first half of 2022 trade fell.\nIn 2018 it grew by one half.",
    "İn 2020 tradE ıs ſcheduled to grow — CoMpArEd To 2019 — per cent; ſo the PLAN: will 2021.",
]


@pytest.mark.parametrize("text", _STRETCHES)
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_rule_patterns_searched_where_a_match_can_begin_find_what_a_plain_search_finds(text, case):
    from vnru_facts.normalize import doc_date

    text = case(text)
    rules = [doc_date._FUTURE_BEFORE, doc_date._BASE_BEFORE, doc_date._SPAN_START_OR_DEADLINE]
    rules.append(doc_date._PLAN_NAME_BEFORE)
    for at in range(len(text) + 1):
        for start in range(max(0, at - 40), at + 1, 8):
            window = text[start:at]
            for rule in rules:
                found = rule.search_window(window, text, start)
                plain = rule.regex.search(window)
                assert (found and found.span()) == (plain and plain.span()), (rule.regex.pattern, window)
                found = rule.search_between(text, start, at)
                plain = rule.regex.search(text, start, at)
                assert (found and found.span()) == (plain and plain.span()), (rule.regex.pattern, start, at)
        assert doc_date._opens_its_clause(text, at) == (
            doc_date._OPENING.search(text, max(0, at - 30), at) is not None
        )
        sentence = text[max(0, at - 60) : at]
        assert doc_date._names_an_amount(sentence) == (doc_date._AMOUNT.search(sentence) is not None)
