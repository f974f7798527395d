"""The literal prefilter of the review rules: a rule can only match texts holding a word of each of
its required groups, and the document index finds exactly the sentences that hold them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aicc.review import literals
from aicc.review.literals import _compute, fold, required_literals, satisfied
from aicc.review.textindex import TextIndex
from aicc.review.units import Unit, text_lang

RULES = [
    (r"(?:foo|bar)s? baz{1,3}", "en"),
    (r"\b(share|publish|distribut\w*)\b.{0,60}\b(outputs?|results?)\b", "en"),
    (r"(?i:\b(internal|in-house)\s+(business\s+)?(use|purposes?)\b)", "en"),
    (r"\w+ing data", "en"),
    (r"(?:train|learn)(?:s|ed|ing)? on", "en"),
    (r"学習|訓練", "ja"),
    (r"第[0-9]+条.{0,10}秘密", "ja"),
]
TEXTS = [
    "We may share your outputs with partners.",
    "FOOS BAZZ and bars baz",
    "For INTERNAL business purposes only.",
    "Processing data and storing data.",
    "The model is trained on customer prompts; it learns on nothing else.",
    "本サービスは入力データを学習に利用しない。第12条 の秘密保持義務",
    "Thıs ſhare of the KELVIN outputs",  # characters IGNORECASE folds to ASCII letters
]


@pytest.mark.parametrize(("rule", "lang"), RULES)
def test_every_match_holds_a_word_of_every_group(rule: str, lang: str) -> None:
    needs = _compute(rule, lang)
    assert needs, rule
    pattern = re.compile(rule, re.IGNORECASE if lang == "en" else 0)
    matched = 0
    for text in TEXTS:
        folded = fold(text, lang)
        assert len(folded) == len(text)
        for match in pattern.finditer(text):
            matched += 1
            inside = folded[match.start() : match.end()]
            for group in needs:
                assert any(word in inside for word in group), (rule, text, group)
            assert satisfied(needs, folded)
    assert matched, rule


def test_groups_are_all_the_words_a_match_needs() -> None:
    assert _compute(r"(?:foo|bar)s? baz{1,3}", "en") == ((" ba",), ("bar", "foo"), ("z",))
    assert _compute(r"\btrain\w* on (customer|user) data\b", "en") == (
        (" data",),
        (" on ",),
        ("customer", "user"),
        ("train",),
    )
    assert _compute(r"第[0-9]+条.{0,10}秘密", "ja") == (("条",), ("秘密",), ("第",))
    assert not satisfied(_compute(r"share.{0,40}outputs", "en"), "we share nothing")
    assert satisfied(_compute(r"share.{0,40}outputs", "en"), "we share the outputs")


def test_rules_without_words_are_not_filtered() -> None:
    assert _compute(r"[a-z]+", "en") is None
    assert _compute(r"(?i)ai", "ja") is None  # case-insensitive Japanese rule
    assert _compute(r"(unclosed", "en") is None
    assert _compute(r"\w+\s*data", "en") == (("data",),)
    assert satisfied(None, "anything")


def test_index_finds_exactly_the_units_holding_the_words() -> None:
    texts = [
        "We may share outputs.",
        "Nothing here.",
        "本サービスは学習に利用しない。",
        "SHARE the OUTPUTS\nnow",
        "share",
    ]
    units = [
        Unit(document=0, start=0, end=len(t), text=t, clause=None, clause_heading=None, page=1, lang=text_lang(t))
        for t in texts
    ]
    index = TextIndex(units)
    needs = _compute(r"share.{0,40}outputs", "en")
    assert index.candidates(needs, "en") == {0, 3}
    assert index.candidates(_compute(r"学習|訓練", "ja"), "ja") == {2}
    assert index.candidates(None, "en") == {0, 1, 3, 4}
    assert index.candidates(_compute(r"escrow", "en"), "en") == frozenset()
    # the index never misses a unit the rule matches
    for rule, lang in RULES:
        pattern = re.compile(rule, re.IGNORECASE if lang == "en" else 0)
        hit = {i for i, u in enumerate(units) if u.lang == lang and pattern.search(u.text)}
        assert hit <= index.candidates(_compute(rule, lang), lang), rule


def test_ignorecase_folding_matches_the_regex_engine() -> None:
    assert re.search("this", "Thıs", re.IGNORECASE)
    assert "this" in fold("Thıs", "en")
    assert "kelvin" in fold("\u212aELVIN", "en")
    assert fold("データ", "ja") == "データ"


def test_disk_cache_is_written_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AICC_CACHE", str(tmp_path))
    cache = literals._new_cache()
    monkeypatch.setattr(literals, "_CACHE", cache)
    assert required_literals(r"\bshare\b", "en") == (("share",),)
    cache.save()
    files = list(tmp_path.glob("rule-literals-*.json"))
    assert len(files) == 1
    monkeypatch.setattr(literals, "_CACHE", literals._new_cache())
    monkeypatch.setattr(literals, "_compute", lambda rule, lang: pytest.fail("not read from the cache"))
    assert required_literals(r"\bshare\b", "en") == (("share",),)


def test_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("AICC_CACHE", str(blocker / "aicc"))
    cache = literals._new_cache()
    monkeypatch.setattr(literals, "_CACHE", cache)
    assert required_literals(r"\bshare\b", "en") == (("share",),)
    cache.save()  # no error
    assert cache.dirty
