"""Shared phrases (data/phrases.yaml) and the {phrase:NAME} macro that rules use anywhere."""

from __future__ import annotations

import re

import pytest

from aicc.macros import check_phrases, expand, phrase, phrases
from aicc.review.rules import validate_topic_data


def test_the_shipped_phrases_are_valid() -> None:
    data = phrases()
    check_phrases(data)
    assert "as-is" in data


@pytest.mark.parametrize(
    ("sentence", "matches"),
    [
        ("The Service is provided AS IS and as available.", True),
        ("Outputs are supplied on an as-is basis.", True),
        ("We keep the logs as long as is necessary for billing.", False),
        ("The Supplier will act as is customary in the industry.", False),
        ("Each party shall bear its own costs, as is the case under clause 4.", False),
    ],
)
def test_the_as_is_phrase_is_a_disclaimer_only(sentence: str, matches: bool) -> None:
    pattern = re.compile(expand(r"\bprovided\b.*{phrase:as-is}|{phrase:as-is}", "en"), re.IGNORECASE)
    assert bool(pattern.search(sentence)) is matches


def test_a_phrase_is_a_group_of_its_own() -> None:
    # the phrase's alternatives must not leak into the rule around it
    assert expand("x{phrase:as-is}y", "en") == f"x(?:{phrase('as-is', 'en')})y"


def test_phrases_and_lookalikes_combine() -> None:
    pattern = re.compile(expand(r"{not:credentials}.*{phrase:as-is}", "en"), re.IGNORECASE)
    assert pattern.search("The Software is provided as is.")
    assert not pattern.search("Your password is provided as is.")


@pytest.mark.parametrize(
    ("rule", "lang", "message"),
    [
        ("{phrase:as-was}", "en", "unknown phrase 'as-was' for en rules"),
        ("現状{phrase:as-is}", "ja", "unknown phrase 'as-is' for ja rules"),
    ],
)
def test_an_unknown_phrase_is_an_error(rule: str, lang: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        expand(rule, lang)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # the checks are the look-alikes' (tests/test_lookalikes.py); the messages name this file
        ({}, "phrases.yaml: expected a mapping of phrase names"),
        ({"As_Is": {"en": "x"}}, "phrases.yaml: bad phrase name"),
        ({"as-is": {"de": "wie besehen"}}, "phrases.yaml: as-is: expected a phrase under 'ja' and/or 'en'"),
        ({"as-is": {"en": "(as is"}}, "phrases.yaml: as-is.en: bad regular expression"),
    ],
)
def test_a_bad_phrases_file_is_an_error(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        check_phrases(data)


def test_topic_rules_may_only_name_known_phrases() -> None:
    validate_topic_data({"warranty-disclaimer": {"kind": "disclaimer", "en": ["{phrase:as-is}"]}})
    with pytest.raises(ValueError, match=re.escape("topics.yaml: warranty-disclaimer: unknown phrase 'as-was'")):
        validate_topic_data({"warranty-disclaimer": {"kind": "disclaimer", "en": ["{phrase:as-was}"]}})
