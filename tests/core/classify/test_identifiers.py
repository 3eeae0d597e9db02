"""The checks written out for speed agree with python-stdnum's, or with the plain search."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.iso7064 import mod_97_10

from siegel.core.classify.identifiers import _WORD, LEGAL_FORMS, company_on_line, iban_checksum_ok
from siegel.core.classify.persons import PLACEHOLDER_NAMES, is_placeholder
from siegel.core.classify.references import _COMPANY_BEFORE, _SAMPLE, _after_company, _is_sample


@settings(max_examples=1000)
@given(number=st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=5, max_size=34))
def test_iban_check_is_iso_7064_mod_97_10(number: str) -> None:
    assert iban_checksum_ok(number) == mod_97_10.is_valid(number[4:] + number[:4])


_FORMS = ("GmbH", "AG", "a. g.", "A.G.", "ltd", "Ltd.", "inc.", "e.V.", "kg", "kgaa", "se")
_AROUND = (" ", ",", ";", "(", ")", "·", "|", "\t", ".", "-", "g.", "a.", "x", "Müller")


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(_FORMS + _AROUND), max_size=8))
def test_a_legal_form_on_an_accounts_line_is_found_as_by_its_words(pieces: list[str]) -> None:
    """One search for a legal form as a whole word finds what splitting the line did."""
    line = "".join(pieces)
    words = _WORD.findall(line.lower().replace("a. g.", "a.g."))
    assert company_on_line(line, 0, 0) is not LEGAL_FORMS.isdisjoint(words)


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
    made_of_muster = any(word.startswith("muster") and word != "muster" for word in words)
    assert is_placeholder(name) == (not PLACEHOLDER_NAMES.isdisjoint(words) or made_of_muster)
