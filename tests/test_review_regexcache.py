"""The on-disk cache of compiled rules: same behaviour as ``re.compile``, read back in a new run,
and ignored when it does not fit."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from aicc.review import regexcache
from aicc.review.regexcache import compile_rule

RULES = [
    (r"\b(?:train|improve)\w*\b.{0,40}\b(?:models?|services?)\b", re.IGNORECASE),
    (r"(?P<party>甲|乙)は、(?!.{0,10}除き).{0,20}学習に利用(?:できる|しない)", 0),
    (r"^(?!.*\bpassword).*\bconfidential\b", re.IGNORECASE),
    (r"(\d+)\s*\(\1\)\s*days", 0),
]
TEXTS = [
    "Provider may use Inputs to improve its models and services.",
    "乙は、本データを学習に利用しない。",
    "甲は、法令で定める場合を除き学習に利用できる。",
    "Keep your password confidential.",
    "Customer Content is Customer's Confidential information.",
    "within 30 (30) days",
    "within 30 (31) days",
]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AICC_CACHE", str(tmp_path))
    monkeypatch.setattr(regexcache, "_CACHE", regexcache._new_cache())
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups())), (a.pattern, text)


@pytest.mark.parametrize(("rule", "flags"), RULES)
def test_a_rule_read_back_from_the_cache_matches_like_re_compile(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch, rule: str, flags: int
) -> None:
    _same(compile_rule(rule, flags), re.compile(rule, flags))
    regexcache._CACHE.save()
    assert len(list(fresh_cache.glob("rule-programs-*.marshal"))) == 1
    # a new run: the rule comes from the file, the compiler is never called
    monkeypatch.setattr(regexcache, "_CACHE", regexcache._new_cache())
    monkeypatch.setattr(regexcache._parser, "parse", lambda *a: pytest.fail("compiled again"))
    _same(compile_rule(rule, flags), re.compile(rule, flags))


def test_an_invalid_rule_raises_like_re_compile(fresh_cache: Path) -> None:
    with pytest.raises(re.error):
        compile_rule(r"(unclosed", 0)
    assert not regexcache._CACHE.dirty


def test_a_damaged_entry_is_compiled_again(fresh_cache: Path) -> None:
    regexcache._CACHE.put(f"0\x1f{RULES[3][0]}", (0, b"\xff\xff\xff\x7f" * 3, 0, {}, ()))
    _same(compile_rule(RULES[3][0], 0), re.compile(RULES[3][0], 0))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal data",
        marshal.dumps({"build": "another python", "": {f"0\x1f{RULES[3][0]}": (0, b"\x01\x00\x00\x00", 0, {}, ())}}),
        marshal.dumps(["a list"]),
    ],
)
def test_a_file_from_another_build_or_damaged_is_ignored(fresh_cache: Path, content: bytes) -> None:
    (fresh_cache / regexcache._cache_name()).write_bytes(content)
    _same(compile_rule(RULES[3][0], 0), re.compile(RULES[3][0], 0))


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("AICC_CACHE", str(blocker / "aicc"))
    monkeypatch.setattr(regexcache, "_CACHE", regexcache._new_cache())
    _same(compile_rule(RULES[0][0], RULES[0][1]), re.compile(RULES[0][0], RULES[0][1]))
    regexcache._CACHE.save()
    assert regexcache._CACHE.dirty
    assert not list(tmp_path.rglob("*.part"))


def test_a_rule_written_out_with_party_names_is_not_kept(fresh_cache: Path) -> None:
    _same(compile_rule(r"(?:Acme|we) may use", 0, keep=False), re.compile(r"(?:Acme|we) may use", 0))
    assert not regexcache._CACHE.dirty


def test_only_rules_as_written_reach_the_file(fresh_cache: Path) -> None:
    from aicc.review.parties import PartyNames
    from aicc.review.rules import LazyRules, _compile

    _compile.cache_clear()  # rules compiled earlier in this process would not reach this cache

    names = PartyNames(vendor=("Acme",), user=("Customer",))
    rules = LazyRules([r"\bsecret\b", r"{V}\s+may\s+train"], "en", names)
    assert rules.pattern(0) is not None and rules.pattern(1) is not None
    kept = set(regexcache._CACHE.load())
    assert any(key.endswith(r"\bsecret\b") for key in kept)
    assert not any("Acme" in key for key in kept)
