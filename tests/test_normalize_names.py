import re

import pytest

from vnru_facts.normalize.names import diacritic_insensitive, fold, person_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("M. V. Mishustin", "mishustin"),
        ("Mr. Sergey Cheremin", "cheremin"),
        ("Phạm Minh Chính", "pham minh chinh"),
        ("Trần Thanh Mẫn", "tran thanh man"),
        ("Tô Lâm", "to lam"),
        ("Dmitry N. Chernyshenko", "chernyshenko"),
    ],
)
def test_person_key_is_surname_or_full_vietnamese_name(name, key):
    assert person_key(name) == key


@pytest.mark.parametrize(
    ("alias", "written"),
    [("Viet Nam", "Việt Nam"), ("Ha Noi", "Hà Nội"), ("Da Nang", "Đà Nẵng"), ("Hanoi", "Hanoi")],
)
def test_diacritic_insensitive_patterns_match_written_forms(alias, written):
    assert re.fullmatch(diacritic_insensitive(alias), written)


def test_fold_removes_diacritics_and_keeps_case():
    assert fold("Đà Nẵng") == "Da Nang"
