"""The checks written out for speed agree with python-stdnum's, or with the plain search."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10, mod_97_10

from siegel.core.classify.identifiers import iban_checksum_ok, tax_id_ok
from siegel.core.classify.persons import PLACEHOLDER_NAMES, is_placeholder
from siegel.core.classify.references import _COMPANY_BEFORE, _SAMPLE, _after_company, _is_sample

# Few distinct digits, so that numbers with one digit repeated (as tax ids have) come up often.
DIGITS = st.text(alphabet="0123456789", min_size=9, max_size=12) | st.text(
    alphabet="01237", min_size=11, max_size=11
)


@st.composite
def tax_id_like(draw: st.DrawFn) -> str:
    """Ten digits, one of them twice or three times (or not), and a right or wrong check digit."""
    distinct = draw(st.permutations("0123456789"))
    times = draw(st.sampled_from([1, 2, 3, 4]))
    first = draw(st.permutations([*distinct[: 11 - times], *[distinct[0]] * (times - 1)]))[:10]
    start = "".join(first)
    check = draw(st.sampled_from([mod_11_10.calc_check_digit(start), *"0123456789"]))
    return start + check


@settings(max_examples=3000)
@given(number=DIGITS | tax_id_like())
def test_tax_id_check_is_stdnums(number: str) -> None:
    assert tax_id_ok(number) == idnr.is_valid(number)


@given(check=st.integers(min_value=0, max_value=9))
def test_tax_id_check_digit(check: int) -> None:
    """Of the ten last digits after a valid start, only the right one passes."""
    number = f"3657426180{check}"
    assert tax_id_ok(number) == (check == 9) == idnr.is_valid(number)


def test_tax_id_other_digits_are_left_to_stdnum() -> None:
    arabic_indic = "".join(chr(0x660 + int(d)) for d in "36574261809")
    assert tax_id_ok(arabic_indic) == idnr.is_valid(arabic_indic)
    assert tax_id_ok("3657426180") is False


@settings(max_examples=1000)
@given(number=st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=5, max_size=34))
def test_iban_check_is_iso_7064_mod_97_10(number: str) -> None:
    assert iban_checksum_ok(number) == mod_97_10.is_valid(number[4:] + number[:4])


def test_iban_examples() -> None:
    assert iban_checksum_ok("DE89 3704 0044 0532 0130 00")
    assert not iban_checksum_ok("DE88 3704 0044 0532 0130 00")


@settings(max_examples=1000)
@given(
    before=st.lists(
        st.sampled_from(["gmbh", "ag", "se", "kgaa", "vvag", "e. v.", "e.v.", "a. g.", "ltd."])
        | st.sampled_from(["inc", "llc", "plc", "x", "ä", "g", ".", " ", "\t", "(", ",", "–", "-"])
        | st.just("\n"),
        max_size=12,
    ).map("".join)
)
def test_a_legal_form_before_a_number_is_found_as_by_the_search_from_every_position(
    before: str,
) -> None:
    assert _after_company(before) == (_COMPANY_BEFORE.search(before) is not None)


WORDS = st.lists(
    st.sampled_from([*sorted(PLACEHOLDER_NAMES), "Muster", "TEST", "xXx", "Frau", "Müller", "ſ"])
    | st.sampled_from([" ", "-", ", ", "_", "1", "é", "x", "K"]),
    max_size=8,
).map("".join)


@settings(max_examples=1000)
@given(value=WORDS)
def test_sample_numbers_are_found_as_by_the_search_ignoring_case(value: str) -> None:
    assert _is_sample(value) == (_SAMPLE.search(value) is not None)


@settings(max_examples=1000)
@given(name=WORDS)
def test_placeholder_names_are_whole_words(name: str) -> None:
    words = re.split(r"[^\w]+", name.lower())
    assert is_placeholder(name) == (not PLACEHOLDER_NAMES.isdisjoint(words))
