"""The literal prefilter of the review rules: a rule can only match texts holding one of its words,
and a match starts no further before such a word than the computed bound."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aicc.review import literals
from aicc.review.literals import _compute, fold, required_literals

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
def test_every_match_holds_a_word_within_the_bound(rule: str, lang: str) -> None:
    words, before = _compute(rule, lang)
    assert words, rule
    pattern = re.compile(rule, re.IGNORECASE if lang == "en" else 0)
    matched = 0
    for text in TEXTS:
        folded = fold(text, lang)
        assert len(folded) == len(text)
        for match in pattern.finditer(text):
            matched += 1
            places = [i for word in words for i in range(len(folded)) if folded.startswith(word, i)]
            inside = [i for i in places if match.start() <= i and i + 1 <= match.end()]
            assert inside, (rule, text)
            if before is not None:
                assert min(inside) - match.start() <= before, (rule, text)
    assert matched, rule


def test_rules_without_words_are_not_filtered() -> None:
    assert _compute(r"[a-z]+", "en") == (None, None)
    assert _compute(r"(?i)ai", "ja") == (None, None)  # case-insensitive Japanese rule
    assert _compute(r"(unclosed", "en") == (None, None)
    assert _compute(r"\w+\s*data", "en") == (("data",), None)  # unbounded: no safe start
    assert _compute(r"x.*y", "en") == (("x",), 0)


def test_ignorecase_folding_matches_the_regex_engine() -> None:
    assert re.search("this", "Thıs", re.IGNORECASE)
    assert "this" in fold("Thıs", "en")
    assert "kelvin" in fold("\u212aELVIN", "en")
    assert fold("データ", "ja") == "データ"


def test_disk_cache_is_written_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AICC_CACHE", str(tmp_path))
    cache = literals._Cache()
    monkeypatch.setattr(literals, "_CACHE", cache)
    assert required_literals(r"\bshare\b", "en") == (("share",), 0)
    cache.save()
    files = list(tmp_path.glob("rule-literals-*.json"))
    assert len(files) == 1
    monkeypatch.setattr(literals, "_CACHE", literals._Cache())
    monkeypatch.setattr(literals, "_compute", lambda rule, lang: pytest.fail("not read from the cache"))
    assert required_literals(r"\bshare\b", "en") == (("share",), 0)


def test_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("AICC_CACHE", str(blocker / "aicc"))
    cache = literals._Cache()
    monkeypatch.setattr(literals, "_CACHE", cache)
    assert required_literals(r"\bshare\b", "en") == (("share",), 0)
    cache.save()  # no error
    assert cache.dirty
