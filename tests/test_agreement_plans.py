"""The plan family of document titles: plans of consultations, cooperation programmes, roadmaps, action
plans, signed on a weekday read against the article's date; and "the two ministries" or "the two
legislatures" as the two sides."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements
from vnru_facts import extract_text

# 2025-03-14 is a Friday: "on Tuesday" is 2025-03-11.
FRIDAY = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two foreign ministries signed a plan of consultations for 2025-2027 on Tuesday.",
            ("plan of consultations for 2025-2027", 1, "exact", "2025-03-11", "signed"),
        ),
        (
            "On Tuesday, the foreign ministries of Vietnam and Russia signed a plan of consultations between"
            " the two foreign ministries for 2025-2027.",
            (
                "plan of consultations between the two foreign ministries for 2025-2027",
                1,
                "exact",
                "2025-03-11",
                "signed",
            ),
        ),
        (
            "Vietnam and Russia signed a cooperation programme for 2024-2026 on Wednesday.",
            ("cooperation programme for 2024-2026", 1, "exact", "2025-03-12", "signed"),
        ),
        (
            "A cooperation programme for 2024-2026 was signed on Wednesday by the two ministries.",
            ("cooperation programme for 2024-2026", 1, "exact", "2025-03-12", "signed"),
        ),
        (
            "The two legislatures inked a roadmap for parliamentary cooperation on Thursday.",
            ("roadmap for parliamentary cooperation", 1, "exact", "2025-03-13", "signed"),
        ),
        (
            "The two ministries signed an action plan on digital transformation on Monday.",
            ("action plan on digital transformation", 1, "exact", "2025-03-10", "signed"),
        ),
        (
            "The two foreign ministries signed the 2025-2027 consultation plan on Tuesday.",
            ("2025-2027 consultation plan", 1, "exact", "2025-03-11", "signed"),
        ),
        (
            "The two sides signed a programme of cooperation on culture for 2025-2027.",
            ("programme of cooperation on culture for 2025-2027", 1, "exact", "2025-03", "signed"),
        ),
        (
            "The plan of consultations for 2025-2027 was signed on Tuesday.",
            ("plan of consultations for 2025-2027", 1, "exact", "2025-03-11", "signed"),
        ),
        (
            "The two sides signed a programme for the 2025-2027 period on cultural exchanges.",
            ("programme for the 2025-2027 period on cultural exchanges", 1, "exact", "2025-03", "signed"),
        ),
        (
            "The two academies signed a work programme for 2025-2026.",
            ("work programme for 2025-2026", 1, "exact", "2025-03", "signed"),
        ),
        (
            "The two legislatures adopted an action plan on parliamentary exchanges.",
            ("action plan on parliamentary exchanges", 1, "exact", "2025-03", "agreed"),
        ),
        # a plan told by its field of cooperation
        (
            "The two defence ministries signed a plan on military cooperation for 2025-2027.",
            ("plan on military cooperation for 2025-2027", 1, "exact", "2025-03", "signed"),
        ),
        (
            "The two ministries signed a programme for cultural cooperation on Tuesday.",
            ("programme for cultural cooperation", 1, "exact", "2025-03-11", "signed"),
        ),
    ],
)
def test_plans_and_programmes_signed_on_a_weekday(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


# Near misses: a side's own plan; a plan only discussed; "signed off on" is no signing (one to be signed is
# being drafted: tests/test_agreement_signings.py).
@pytest.mark.parametrize(
    "text",
    [
        "The government adopted a plan to develop seaports.",
        "The government adopted a plan for seaport development.",
        "The two ministries discussed a plan of consultations for 2025-2027.",
        "The two sides signed off on a programme for 2025.",
        # cooperation with no field: a side's own plan
        "The province adopted a plan on cooperation with investors.",
    ],
)
def test_no_plan_signed(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


# "The two foreign ministries" and "the two legislatures" are the two sides: uncounted documents they
# sign are theirs; ministries that the sentence does not tie to the two sides are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two foreign ministries exchanged memoranda on consular affairs.",
            [("memoranda on consular affairs", None, None, "2025-03", "signed")],
        ),
        (
            "The two legislatures signed cooperation documents on Monday.",
            [("cooperation documents", None, None, "2025-03-10", "signed")],
        ),
        (
            "Both central banks inked memoranda on payments in national currencies.",
            [("memoranda on payments in national currencies", None, None, "2025-03", "signed")],
        ),
        ("Ministries exchanged memoranda on consular affairs.", []),
    ],
)
def test_the_two_ministries_are_the_two_sides(text: str, expected: list[tuple]) -> None:
    assert agreements(text, doc_date=FRIDAY) == expected


def test_the_two_ministries_sign_during_the_articles_visit() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov paid an official visit to Hanoi from March 10 to 12. The two"
        " foreign ministries signed a plan of consultations for 2025-2027 on Tuesday."
    )
    facts = extract_text(text, doc_date=FRIDAY, types=["agreement"]).facts
    assert [(f.title, f.date, f.place) for f in facts] == [
        ("plan of consultations for 2025-2027", "2025-03-11", "Hanoi")
    ]
