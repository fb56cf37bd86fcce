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
        # near miss: a day in the body is no dateline.
        ("Talks resumed on June 20. In September 2023, the firm said it was ready.", "2023-09"),
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
