import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnru_facts.normalize.names import diacritic_insensitive, fold, fold_letters, person_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("M. V. Mishustin", "mishustin"),
        ("Mr. Sergey Cheremin", "cheremin"),
        ("Phạm Minh Chính", "pham minh chinh"),
        ("Trần Thanh Mẫn", "tran thanh man"),
        ("Tô Lâm", "to lam"),
        ("Dmitry N. Chernyshenko", "chernyshenko"),
        # rarer family names borne by ministers
        ("Phùng Xuân Nhạ", "phung xuan nha"),
        ("Đào Ngọc Dung", "dao ngoc dung"),
        ("Andrey Vladimirovich Yatskin", "yatskin"),
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


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hà Nội’s port", "Ha Noi’s port"),
        ("Đắk Lắk, Bà Rịa - Vũng Tàu", "Dak Lak, Ba Ria - Vung Tau"),
        ("Orël and Türkiye — 北京", "Orel and Turkiye — 北京"),  # only Latin letters change
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold_letters_drops_diacritics_and_nothing_else(text, folded):
    assert fold_letters(text) == folded


@given(st.text())
def test_fold_letters_keeps_every_offset(text):
    folded = fold_letters(text)
    assert len(folded) == len(text)
    assert all(a == b or not a.isascii() for a, b in zip(text, folded, strict=True))
