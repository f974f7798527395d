"""Who the parties are, how the text calls them, and which one is the vendor.

The vendor provides or develops the service or the AI; the user uses, orders or
entrusts it. Roles come from the words a contract uses for the parties
(当社/お客様, 委託者/受託者, Provider/Customer, we/you), then from what each
party does in the text (提供する, 委託する, shall provide, shall pay), then from
the other party's role. ``vendor_name``/``user_name`` override all of that.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from aicc.models import Party, PartyRole
from aicc.segment.definitions import hereafter_terms

VENDOR_WORDS_JA = (
    "当社",
    "弊社",
    "受託者",
    "受注者",
    "ベンダ",
    "ベンダー",
    "提供者",
    "サービス提供者",
    "開発者",
    "ライセンサー",
    "許諾者",
    "供給者",
    "売主",
    "運営者",
)
USER_WORDS_JA = (
    "お客様",
    "利用企業",
    "契約企業",
    "導入企業",
    "利用者",
    "ユーザ",
    "ユーザー",
    "委託者",
    "発注者",
    "会員",
    "契約者",
    "登録ユーザー",
    "顧客",
    "ライセンシー",
    "被許諾者",
    "買主",
    "申込者",
)
NEUTRAL_JA = ("甲", "乙", "丙", "丁")
VENDOR_WORDS_EN = (
    "provider",
    "service provider",
    "vendor",
    "supplier",
    "licensor",
    "contractor",
    "developer",
    "consultant",
    "seller",
    "processor",
    "manufacturer",
    "we",
    "us",
    "our",
)
USER_WORDS_EN = (
    "customer",
    "client",
    "licensee",
    "user",
    "buyer",
    "purchaser",
    "subscriber",
    "controller",
    "member",
    "you",
    "your",
)
NOT_PARTIES = {
    "agreement",
    "this agreement",
    "effective date",
    "party",
    "parties",
    "services",
    "service",
    "term",
    "territory",
    "products",
    "product",
    "本契約",
    "本規約",
    "本サービス",
    "本件業務",
    "当事者",
    "両当事者",
    "本利用規約",
    "本件",
}
_ENTITY = re.compile(
    r"(株式会社|有限会社|合同会社|一般社団法人|公益|学校法人|\bInc\b|\bInc\.|\bLLC\b|\bL\.L\.C\.|\bLtd\b|\bLimited\b|\bCorp\b|\bCorporation\b|"
    r"\bCompany\b|\bCo\.|\bGmbH\b|\bAG\b|\bS\.A\.|\bB\.V\.|\bPLC\b|\bplc\b|\bLLP\b|\bL\.P\.|\bPte\b|\bK\.K\.)"
)
_LEADING = re.compile(r"^(?:(?:by\s+and\s+between|between|by|and|with|among|と|及び|および|並びに)\s*)+", re.IGNORECASE)
_LAST_JOINER = re.compile(r"\b(?:by and between|between|among|by|, and|and)\s+", re.IGNORECASE)
_EN_DESCRIPTOR = re.compile(
    r",\s+(?:a|an|the)\s+.*$|,\s+(?:having|with|whose|located|incorporated|organized|existing).*$",
    re.IGNORECASE | re.DOTALL,
)
PRONOUNS_VENDOR = ("we", "us", "our")
PRONOUNS_USER = ("you", "your")

_VENDOR_VERBS_JA = re.compile(
    r"を(?:提供|開発|納入|納品|受託|受注|構築|運営|保守)|(?:使用|利用|実施)(?:すること)?を許諾|提供する|開発する|納入する"
)
# What only one side does, checked before the rest: delivering, repairing and licensing are the
# vendor's; giving data to the other party is the user's; a party that uses the data it was given
# (提供データ, 入力データ; not outputs, a service or a model) is the one building the AI: the vendor
# (not 「納入後」, a date the user checks against, nor a repair the user asks for)
_STRONG_VENDOR_JA = re.compile(
    r"納入(?!を受|後)|納品(?!を受|後)|修補(?![^。]{0,30}請求)|許諾する|を許諾|を受託"
    # handing the work on to a third party is subcontracting: 「業務の一部を第三者に委託しようとするときは」
    r"|第三者に(?:再)?委託"
    # answering for its own subcontractor: 「当該委託先に本契約に定める乙の義務と同等の義務を負わせる」
    r"|当該委託先|再委託先"
)
_DATA_GIVEN_JA = re.compile(
    # (not to a third party: 「これを第三者に開示し、…使用してはならない」 is the recipient's duty)
    r"データ[^。]{0,40}(?:を|に)(?![^。]{0,30}第三者)[^。]{0,30}(?:提供|開示|許諾)(?:する|します|し、)"
    # 「甲が乙に提供する出荷実績…その他のデータ」「乙に提供する醸造記録…その他の情報」: what one party hands the other
    r"|(?<!第三者)に(?:提供|開示)する[^。]{0,60}(?:データ|資料|情報|記録)"
)
# 「甲が事前に承諾した範囲において、…」: a party's act inside a modifier of a circumstance; what
# follows is another subject's act
_CIRCUMSTANCE_JA = re.compile(r"[^、。]{0,30}?(?:した|する|る|た)(?:範囲|場合|とき|期間|方法|限り)")
_DATA_USED_JA = re.compile(
    r"(?:提供|入力|学習用?|受領|開示|対象|本件?)データ[^。]{0,30}を[^。]{0,80}(?:利用|使用|学習)"
)
# 委託 but not 再委託 (the vendor's subcontracting) or 委託された (the vendor entrusted with something);
# ordering, paying, buying; taking delivery
_USER_VERBS_JA = re.compile(
    r"(?<!再)(?:(?:を|に)委託(?!され)|委託する)|を発注|発注する|を支払|支払う|に申し込|を購入|(?:納入|納品)を受け|検収"
)
# using something (but not as a means: 「モデルを利用した…システムを構築する」): what a user does, but
# also what a vendor does with its own tools (「乙は、本業務においてAIサービスを利用する場合」), so a
# weaker sign than the verbs above
_USER_USES_JA = re.compile(r"を利用(?!し[たて])|利用する")
_VENDOR_VERBS_EN = re.compile(
    r"^\s+(?:shall|will|agrees?\s+to|hereby|may|must)?\s*(?:\w+\s+){0,2}?(?:provides?|develops?|delivers?|supply|supplies|performs?|licenses?|grants?|make\s+available|makes\s+available|hosts?|operates?|maintains?|sells?)\b",
    re.IGNORECASE,
)
_USER_VERBS_EN = re.compile(
    r"^\s+(?:shall|will|agrees?\s+to|hereby|may|must|wishes\s+to|desires\s+to)?\s*(?:\w+\s+){0,2}?(?:pays?|engages?|retains?|orders?|purchases?|subscribes?|buys?|uses?)\b",
    re.IGNORECASE,
)


@dataclass
class _Candidate:
    name: str
    aliases: list[str]
    start: int
    end: int
    role: PartyRole = "unknown"
    votes: dict[str, float] = field(default_factory=lambda: {"vendor": 0.0, "user": 0.0})
    named: bool = False  # the role comes from the party's own name ("Customer", 「委託者」), not from votes


def _word_role(term: str) -> PartyRole:
    low = term.casefold().strip()
    if term in VENDOR_WORDS_JA or low in VENDOR_WORDS_EN:
        return "vendor"
    if term in USER_WORDS_JA or low in USER_WORDS_EN:
        return "user"
    return "unknown"


def _clean_name(raw: str) -> str:
    name = " ".join(raw.split())
    if name.isascii():
        parts = _LAST_JOINER.split(name)
        name = parts[-1] if parts[-1].strip(" ,") else name
    name = _LEADING.sub("", name.lstrip(" ,;:、"))
    if "である" in name and not name.endswith("である"):
        name = name.split("である")[-1]
    name = _EN_DESCRIPTOR.sub("", name)
    return name.strip(" ,;:、")


_PRONOUN = re.compile(r"\b(?:we|us|our|you|your)\b", re.IGNORECASE)


def _pronoun_counts(text: str) -> Counter[str]:
    return Counter(m.lower() for m in _PRONOUN.findall(text))


def _first(text: str, word: str) -> tuple[int, int] | None:
    pattern = rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
    m = re.search(pattern, text, flags=re.IGNORECASE if word.isascii() else 0)
    return (m.start(), m.end()) if m else None


def _as_written(text: str, word: str) -> list[str]:
    """The forms of an English pronoun the text uses (we, We, WE)."""
    forms = {m.group(0) for m in re.finditer(rf"\b{re.escape(word)}\b", text, flags=re.IGNORECASE)}
    return sorted(forms, key=lambda f: (f != word, f))


def _candidates(text: str, preamble_end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    for span in hereafter_terms(text):
        terms = [t for t in span.terms if t.casefold() not in NOT_PARTIES]
        if not terms:
            continue
        name = _clean_name(text[span.start : span.paren_start])
        roles = {_word_role(t) for t in terms} - {"unknown"}
        is_party_word = bool(roles) or any(t in NEUTRAL_JA for t in terms)
        entity = bool(_ENTITY.search(name)) and span.paren_start <= preamble_end
        if not (is_party_word or entity):
            continue
        pronouns = {t.casefold() for t in terms} & {*PRONOUNS_VENDOR, *PRONOUNS_USER}
        if not entity and span.paren_start > preamble_end and not pronouns:
            continue  # past the preamble only "(… "we", "us")" introduces a party
        if not name or len(name) > 120:
            name = terms[0]
        role: PartyRole = roles.pop() if len(roles) == 1 else "unknown"
        merged = False
        for cand in out:
            if cand.name == name or set(cand.aliases) & set(terms):
                cand.aliases.extend(t for t in terms if t not in cand.aliases)
                if cand.role == "unknown":
                    cand.role = role
                    cand.named = role != "unknown"
                merged = True
                break
        if not merged:
            found = text.find(name, span.start, span.paren_start)
            start = found if found >= 0 else span.start
            out.append(_Candidate(name, list(dict.fromkeys(terms)), start, span.end, role, named=role != "unknown"))
    return out


def _add_tos_parties(text: str, cands: list[_Candidate]) -> None:
    """Terms of service name the parties 当社/お客様 or we/you without a preamble. A contract whose
    preamble already names two parties (甲 and 乙) has no others: its 「利用者」 are the people who
    use what the vendor builds."""
    if len(cands) >= 2:
        return
    known = {a for c in cands for a in c.aliases}
    vendor = next((c for c in cands if c.role == "vendor"), None)
    user = next((c for c in cands if c.role == "user"), None)
    ja_vendor = [w for w in ("当社", "弊社") if w not in known and text.count(w) >= 2]
    ja_user = [
        w for w in USER_WORDS_JA if w not in known and text.count(w) >= 2 and w not in ("委託者", "発注者", "顧客")
    ]
    ja_user = [w for w in ja_user if not any(w != o and w in o for o in ja_user)] + [
        w for w in ja_user if any(w != o and w in o for o in ja_user)
    ]
    counts = _pronoun_counts(text)
    en_vendor = [w for w in PRONOUNS_VENDOR if counts[w] and w not in known]
    en_user = [w for w in PRONOUNS_USER if counts[w] and w not in known]
    if sum(counts[w] for w in en_vendor) < 3 or sum(counts[w] for w in en_user) < 3:
        en_vendor, en_user = [], []
    vendor_words = ja_vendor + [f for w in en_vendor for f in _as_written(text, w)]
    user_words = ja_user + [f for w in en_user for f in _as_written(text, w)]
    for role, words, existing in (("vendor", vendor_words, vendor), ("user", user_words, user)):
        if not words:
            continue
        if existing is not None:
            existing.aliases.extend(w for w in words if w not in existing.aliases)
            continue
        spans = [s for w in words if (s := _first(text, w))]
        start, end = min(spans)
        cands.append(_Candidate(words[0], list(dict.fromkeys(words)), start, end, role))  # type: ignore[arg-type]


def _ja_side(window: str) -> tuple[str, float] | None:
    """The role a Japanese sentence's verbs give its subject, and how much that counts: the
    one-sided verbs first; a use counts half."""
    for pattern, side, weight in (
        (_DATA_GIVEN_JA, "user", 1.0),
        (_STRONG_VENDOR_JA, "vendor", 1.0),
        (_DATA_USED_JA, "vendor", 1.0),
        (_USER_VERBS_JA, "user", 1.0),
        (_USER_USES_JA, "user", 0.5),
        (_VENDOR_VERBS_JA, "vendor", 1.0),
    ):
        if pattern.search(window):
            return side, weight
    return None


def _vote_by_actions(text: str, cands: list[_Candidate]) -> None:
    for cand in cands:
        for alias in cand.aliases:
            if alias.isascii():
                pattern = re.compile(rf"\b{re.escape(alias)}\b(?![\"”])")
                for m in pattern.finditer(text):
                    window = text[m.end() : m.end() + 80]
                    if _VENDOR_VERBS_EN.match(window):
                        cand.votes["vendor"] += 1
                    elif _USER_VERBS_EN.match(window):
                        cand.votes["user"] += 1
            else:
                others = [re.escape(a) for c in cands if c is not cand for a in c.aliases if not a.isascii()]
                stop = re.compile(rf"。|(?:{'|'.join(others)})(?:は|が)") if others else re.compile("。")
                for m in re.finditer(rf"{re.escape(alias)}(?:は|が)", text):
                    end = stop.search(text, m.end())
                    window = text[m.end() : end.start() if end else m.end() + 120]
                    circumstance = _CIRCUMSTANCE_JA.match(text, m.end()) if text[m.end() - 1] == "が" else None
                    if circumstance is not None:
                        window = circumstance.group(0)
                    found = _ja_side(window)
                    if found is not None:
                        cand.votes[found[0]] += found[1]
    for cand in cands:
        if cand.role != "unknown":
            continue
        v, u = cand.votes["vendor"], cand.votes["user"]
        if v > u:
            cand.role = "vendor"
        elif u > v:
            cand.role = "user"


def _complement(cands: list[_Candidate]) -> None:
    """With two parties and one role known, the other party takes the other role."""
    if len(cands) != 2:
        return
    a, b = cands
    if a.role == b.role and a.role != "unknown":
        # Two parties on the same side: a role the party's name gives outranks one its verbs voted;
        # between two votes, trust the one with the larger margin over the other side's votes.
        key = a.role
        opposite = "user" if key == "vendor" else "vendor"
        weaker = min((b, a), key=lambda c: (c.named, c.votes[key] - c.votes[opposite]))
        weaker.role = "unknown"
    for one, other in ((a, b), (b, a)):
        if one.role != "unknown" and other.role == "unknown":
            other.role = "user" if one.role == "vendor" else "vendor"


def _matches(cand: _Candidate, wanted: str) -> bool:
    want = wanted.casefold().strip()
    names = [cand.name.casefold(), *(a.casefold() for a in cand.aliases)]
    return any(want == n or (len(want) >= 3 and (want in n or n in want) and len(n) >= 2) for n in names)


def _override(
    text: str, cands: list[_Candidate], vendor_name: str | None, user_name: str | None, warnings: list[str]
) -> None:
    for role, wanted in (("vendor", vendor_name), ("user", user_name)):
        if not wanted:
            continue
        hit = next((c for c in cands if _matches(c, wanted)), None)
        if hit is None:
            span = _first(text, wanted)
            if span is None:
                warnings.append(f"--{role}-name {wanted!r} does not occur in the text; the detected roles are kept")
                continue
            hit = _Candidate(text[span[0] : span[1]], [], span[0], span[1])
            cands.append(hit)
        for cand in cands:
            if cand is not hit and cand.role == role:
                cand.role = "unknown"
        hit.role = role  # type: ignore[assignment]
    fixed = {r for r, w in (("vendor", vendor_name), ("user", user_name)) if w and any(_matches(c, w) for c in cands)}
    if fixed:
        rest = [c for c in cands if c.role == "unknown" or c.role not in fixed]
        if len(fixed) == 1 and len(rest) == 1:
            rest[0].role = "user" if "vendor" in fixed else "vendor"


def find_parties(
    text: str,
    preamble_end: int,
    *,
    vendor_name: str | None = None,
    user_name: str | None = None,
    warnings: list[str] | None = None,
) -> list[Party]:
    """The parties of the contract in ``text``; ``preamble_end`` bounds where company names are looked for."""
    warnings = warnings if warnings is not None else []
    cands = _candidates(text, max(preamble_end, min(len(text), 1500)))
    _add_tos_parties(text, cands)
    _vote_by_actions(text, cands)
    _complement(cands)
    _override(text, cands, vendor_name, user_name, warnings)
    return [Party(name=c.name, aliases=c.aliases, role=c.role, start=c.start, end=c.end) for c in cands]
