"""Judging a clause: favourable, neutral or unfavourable, and the cue that decided it.

Several readings vote, each naming its cue:
- the item's own favourable/unfavourable cues (catalog data, judged from the user's side);
- the engine's topic cues (``data/topics.yaml``);
- for law and forum, the places named against our home jurisdiction;
- for ownership, to whom the right goes (「乙に帰属する」 is judged by who 乙 is);
- who may, must or must not do what (``modality.py``), read through the topic's kind.
The strongest side wins; a tie is neutral. Everything is judged for the user and mirrored
for ``--role vendor``, except law and forum, which are judged for our own home jurisdiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from aicc.review.jurisdictions import about, forum_position
from aicc.review.modality import (
    _JA_CONDITION,
    _JA_RELATIVE,
    EN_COMPOUND,
    Analysis,
    analyse,
    clause_start,
    mutual,
    negated,
)
from aicc.review.parties import PartyNames
from aicc.review.residency import listed_places, where_kept
from aicc.review.rules import CompiledLang, Hit, all_hits
from aicc.review.units import inside_brackets
from aicc.review.wording import (
    AT_WILL,
    BOTH_AGREE,
    BURDEN,
    CAP,
    CAP_LIFTED,
    CARVE_OUT,
    CHANGING,
    CONSENT,
    CONVENIENCE,
    DATA,
    DELIVERED_WORK,
    DISCRETION,
    ENDING,
    EXCEPTIONS_LEAD,
    EXPLOIT,
    FAILED_REMEDY,
    FOR_CAUSE,
    GIVING_UP,
    LIMITED,
    LONG_NOTICE,
    NOT_USED_STATED_JA,
    NOTIFY_EN,
    NOTIFY_JA,
    OPT_OUT,
    PERMISSION,
    REFLEXIVE,
    REFUSED,
    SHORT_NOTICE,
    SUPER_CAP,
    SUSPENDING,
    TERMINATING,
    THIRD_PARTY,
    TRAINING,
    cap_months,
    is_definition,
)

FAV, NEU, UNF = "favourable", "neutral", "unfavourable"
MIRROR = {FAV: UNF, UNF: FAV, NEU: NEU}

# kind -> (actor, modality) -> position for the user
_ACTION = {
    ("vendor", "permit"): UNF,
    ("vendor", "oblige"): NEU,
    ("vendor", "prohibit"): FAV,
    ("vendor", "disclaim"): UNF,
    ("none", "permit"): UNF,
    ("none", "prohibit"): FAV,
    ("user", "permit"): FAV,
    ("user", "oblige"): UNF,
    ("user", "prohibit"): UNF,
}
_DUTY = {
    ("vendor", "oblige"): FAV,
    ("vendor", "prohibit"): FAV,
    ("vendor", "permit"): NEU,
    ("vendor", "not-obliged"): UNF,
    ("vendor", "disclaim"): UNF,
    ("none", "oblige"): FAV,
    ("none", "prohibit"): FAV,
    ("none", "not-obliged"): UNF,
    ("none", "disclaim"): UNF,
    ("user", "oblige"): UNF,
    ("user", "prohibit"): UNF,
    ("user", "permit"): FAV,
    ("user", "not-obliged"): FAV,
}
_DISCLAIMER = {
    ("vendor", "disclaim"): UNF,
    ("vendor", "not-obliged"): UNF,
    ("vendor", "oblige"): FAV,
    ("none", "disclaim"): UNF,
    ("none", "not-obliged"): UNF,
    ("user", "oblige"): UNF,
    ("user", "disclaim"): FAV,
    ("user", "prohibit"): UNF,
    ("both", "disclaim"): NEU,
}
_RESTRICTION = {
    ("user", "prohibit"): UNF,
    ("user", "oblige"): UNF,
    ("user", "permit"): FAV,
    ("none", "prohibit"): UNF,
    ("vendor", "prohibit"): FAV,
}


def _grants_to_user(text: str, names: PartyNames) -> bool:
    """A licence the vendor gives the user (「ライセンサーは、ライセンシーに対し…権利を許諾する」,
    "Provider grants Customer a licence"): the user's right to use, not the vendor's use of data."""
    return bool(
        names.regex("user", after=r"に対し(?:て)?[、,]?[^。]{0,120}?(?:許諾|付与)").search(text)
        or names.regex("user", before=r"\bgrants?\s+(?:to\s+)?(?:the\s+)?", flags=re.I).search(text)
    )


def _for_user(text: str, names: PartyNames) -> re.Match[str] | None:
    """The work is done for the user and handed over: "train … and deliver a model for Customer",
    「甲のために…学習させ、納入する」."""
    return (
        names.regex(
            "user",
            before=r"(?<!generated\s)(?<!created\s)(?<!produced\s)(?<!prepared\s)\bfor\s+(?:the\s+)?",
            flags=re.I,
        ).search(text)
        or names.regex("user", after=r"(?:のために|に納入|へ納入|に引き渡)").search(text)
        or DELIVERED_WORK.search(text)
    )


def _duty_act(topic_cues: list[CompiledLang], acts: str, governed: str) -> str:
    """The words of ``governed`` that one of the topics' duty acts (``owed``, ``no_protection`` or
    ``user_own``, topics.yaml ``duty``) matches, or ""."""
    for compiled in topic_cues:
        for hit in all_hits(acts, getattr(compiled, acts), governed)[:1]:
            return hit.matched
    return ""


# a Japanese use named for training: 「学習に利用」「訓練のために使用」
_FOR_TRAINING_JA = re.compile(r"(?:学習|訓練|再学習|改善)(?:に|へ|のために|の目的で)$")


def _unused(governed: str, lang: str) -> str:
    """The use of the data the modal governs, when a negation governs it: the use word nearest the
    modal (the last before a Japanese one, the first after an English one) with its negation, as
    「学習に利用しない設定」 or "will not use", else ""."""
    uses = list(EXPLOIT.finditer(governed))
    if not uses:
        return ""
    nearest = uses[-1] if lang == "ja" else uses[0]
    if lang == "ja":
        # the use for training is the one that counts: 「甲データを学習に利用しない設定…で当該モデルを利用しなければならない」
        trained = [u for u in uses if _FOR_TRAINING_JA.search(governed, 0, u.start())]
        nearest = trained[-1] if trained else nearest
    if not negated(governed, nearest.start(), nearest.end(), lang):
        return ""
    if lang == "ja":
        return governed[nearest.start() : nearest.end() + 5]
    return governed[max(0, nearest.start() - 12) : nearest.end()]


def _refused_near(text: str, match: re.Match[str], lang: str) -> bool:
    """A negation governs the words ``match`` found: 「改善のために利用してはならない」, "shall not use it to improve"."""
    if negated(text, match.start(), match.end(), lang):
        return True
    if lang == "ja":
        return _JA_REFUSED_AFTER.match(text, match.end()) is not None
    return _EN_NOT.search(text, clause_start(text, match.start()), match.end()) is not None


_JA_REFUSED_AFTER = re.compile(r"[^。、]{0,20}?(?:(?:し|さ|せ)ない|せず|しません|てはな(?:らない|りません|らず)|禁止)")
_EN_NOT = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


# the user's right to end the contract, written after its condition: "Customer may terminate", "permit Customer to
# terminate the affected subscription"
_USER_ENDS_EN = r"\s+(?:may|can|is\s+entitled\s+to|shall\s+(?:be\s+entitled|have\s+the\s+right)\s+to|to)\s+(?:\w+\s+){0,3}?(?:terminat|cancel)"


def _remedy_exit(text: str, kind: str, actor: str | None, ends: bool, names: PartyNames) -> str:
    """The vendor's failure that lets the user end the contract, when that is what the sentence grants."""
    if kind != "vendor-action" or TERMINATING.search(text) is None or CONVENIENCE.search(text):
        return ""
    failed = FAILED_REMEDY.search(text)
    if failed is None:
        return ""
    granted = (actor == "user" and ends) or names.regex("user", r"\b", _USER_ENDS_EN, re.I).search(text, failed.end())
    return failed.group(0) if granted else ""


def _duty_to_inform(text: str, analysis: Analysis) -> bool:
    """The obligation the sentence imposes is to notify or inform (its verb, or the words after
    an English modal)."""
    return bool(NOTIFY_JA.search(analysis.modal_text)) or bool(NOTIFY_EN.match(text, analysis.modal_end))


POLARITY: dict[str, dict[tuple[str, str], str]] = {
    "vendor-action": _ACTION,
    "vendor-duty": _DUTY,
    "disclaimer": _DISCLAIMER,
    "restriction": _RESTRICTION,
}


# the service said not to be built for personal data: "is not designed to process personal information"
_NOT_DESIGNED = re.compile(
    r"\b(?:is|are)\s+not\s+(?:designed|intended|built|suitable)\s+(?:to|for)\b.{0,100}\bpersonal\s+(?:\w+\s+)?(?:data|information)\b",
    re.IGNORECASE,
)
# the use needs the user to switch it on first
_OPTED_IN = re.compile(
    r"\bopt(?:s|ed)?[- ]in\b|\b(?:off|disabled)\s+by\s+default\b|オプトイン|初期設定(?:では|で)?(?:オフ|無効)"
    # "only if an account administrator turns on 'Help improve GrantLoom'"
    r"|\bonly\s+(?:if|when|after|once)\b[^.;]{0,80}\b(?:turns?|switch(?:es)?)\s+on\b|\bonly\s+(?:if|when|after|once)\b[^.;]{0,80}\b(?:enables?|activates?)\b",
    re.I,
)
# what the vendor must do with the data is keep it (or get rid of it), not use it
_KEEP_EN = r"retain|keep|store|hold|archive"
_KEEPING_EN = re.compile(rf"\s+(?:only\s+)?(?:{_KEEP_EN}|delete|destroy|erase)\b", re.I)
_KEEPING_JA = re.compile(r"(?:保持|保存|保管|保有)(?:する|し)?$")
# keeping it and nothing else (no deleting): what leave to keep the data grants ("may retain Customer Data …")
_KEPT_EN = re.compile(rf"\s+(?:only\s+)?(?:{_KEEP_EN})\b", re.I)
_KEPT_NO_LONGER = re.compile(r"\b(?:no\s+longer\s+than|not\s+beyond|only\s+(?:for|during|until)|until|within)\b", re.I)
# the user cleaning its own data before it hands it over: 「個人情報が含まれないよう、乙への提供前に自らの責任で
# 削除…の措置を講じなければならない」, "remove personal data before uploading"
_CLEANS_BEFORE_GIVING = re.compile(
    r"(?:提供|引渡し?|引き渡す|送信|入力|アップロード)(?:する)?前に|含まれないよう"
    r"|\bbefore\s+(?:providing|submitting|uploading|sending|disclosing|transferring)\b",
    re.IGNORECASE,
)
# improving the AI among the purposes a use is limited to: "solely to provide and improve the Service",
# 「解析結果を提供するため及び本AIの精度改善のためにのみ」 (not a condition: 「同意した場合に限り」)
_IMPROVING_JA = re.compile(
    r"(?:改善|改良|精度(?:の)?向上|品質(?:の)?向上|性能(?:の)?向上)[^。、]{0,20}(?:ため|目的)(?:に|の)?のみ"
)
_IMPROVING_EN = re.compile(
    r"\b(?:solely|only|exclusively)\s+(?:to|for)\b[^.;]{0,60}?\b(?:improv\w*|enhanc\w*)", re.IGNORECASE
)
# the data not being used, as what a duty secures: 「利用されない旨」, "is not used to train"
_SECURED_NOT_USED = re.compile(
    NOT_USED_STATED_JA + r"|(?:利用|使用)されない(?:こと|よう)|(?:利用|使用)(?:する|される)こと(?:が|の)ない(?:よう)"
    r"|\b(?:is|are|be)\s+not\s+used\b"
    # the vendor switches the not-using setting on for the user: 「…提供者が学習に利用しない設定（オプトアウト設定）を有効にし」
    r"|(?:利用|使用)(?:し|させ|され)ない(?:旨の)?設定[^。]{0,20}を(?:有効に|適用)|オプトアウト(?:設定)?を(?:有効に|適用|申請)"
    # "configure the Solution so that any use of prompts … for model improvement is switched off"
    r"|\bso\s+that\b.{0,120}\b(?:is|are|be|remains?)\s+(?:switched|turned)\s+off\b|\bso\s+that\b.{0,120}\b(?:is|are|be|remains?)\s+disabled\b",
    re.IGNORECASE,
)
# engaging others to do the work: "may use subcontractors", "may use contractors (including its hosting provider)",
# 「業務の一部を第三者に再委託することができます」
_SUBCONTRACTS = re.compile(
    r"\b(?:use|engage|appoint|retain|involve)\s+(?:\w+\s+){0,2}(?:sub-?contractors?|sub-?processors?|contractors|service\s+providers|hosting\s+providers?)\b|再委託(?:すること|し|する)|下請(?:に出|させ)"
    # 「…業務の全部又は一部を、第三者に委託することができます」, "may subcontract all or part of its obligations"
    r"|(?:第三者|外部の(?:事業者|業者)|協力会社)に(?:委託|外注)(?:すること|し|する)"
    r"|\bsub-?contract\s+(?:all\s+or\s+(?:any\s+)?part|any\s+(?:part|portion)|(?:any\s+of\s+)?its\s+obligations)\b",
    re.IGNORECASE,
)
# putting right what the vendor delivered: "repair the defect or re-train the Customised Model", 「修補又は再学習」
_REWORK = re.compile(
    r"\b(?:repair|correct|remedy|fix)\w*\s+(?:the\s+)?(?:defects?|non-?conformit\w*|errors?)\b|(?:修補|是正)(?:又は|若しくは|もしくは|、)",
    re.IGNORECASE,
)
# data made confidential information: 「…学習用データセットは、甲の秘密情報とする」
_CONFIDENTIAL_AS = re.compile(r"秘密情報(?:と|として)|\bconfidential\s+information\s+of\b", re.IGNORECASE)
# the model the contract is for, as the vendor's duty: "shall train the Research Model" (not its own base model)
_THE_WORK_EN = re.compile(
    r"\s+(?:\w+\s+)?(?:train|fine-?tune|build|develop)\s+(?:and\s+\w+\s+)?the\s+(?!Base\b|Foundation\b|Underlying\b|General\b)"
    r"(?:[A-Z][\w-]*\s+)?(?:Model|Models|Classifier|System)\b(?!\s+and\s+(?:its|the\s+\w+['’]s)\s+other\b)"
)
# … and in Japanese, the contract's own model trained as the vendor's duty: 「提供データを用いて本学習済みモデルの再学習を行い」 (not
# when the sentence names others it serves: 「他の顧客」「汎用モデル」)
_THE_WORK_JA = re.compile(
    r"(?:本件?(?:学習済み|カスタマイズ)?モデル|本件?AI|本システム|カスタマイズモデル)の(?:追加|再)?学習"
)
_FOR_OTHERS_JA = re.compile(r"他の|汎用|第三者|自社|(?:乙|当社|受託者)の(?:製品|サービス)")
# the vendor's general skill, not the user's data: "general know-how and skills", 「ノウハウ」
_KNOW_HOW = re.compile(r"\bknow-?how\b|\bgeneral\s+(?:skills|knowledge|experience)\b|ノウハウ", re.IGNORECASE)
# a second use added to a first: 「…利用できるほか、」「…に加えて、」
_BESIDES_JA = re.compile(r"(?:できる|する|します|できます)ほか[、,]|に加え(?:て)?[、,]")
# the user's data left out of what a clause covers: 「提供データ又は甲の秘密情報を含まず」
_LEFT_OUT = re.compile(r"を含(?:まず|まない)|を除(?:く|き)")
# the user's consent as the only way round the rule before: 「甲が事前に書面により個別に同意した場合であって、…ときは、この限りでない」
_USER_CONSENT_LIFTS = r"(?:が|の)[^。]{0,30}(?:同意|承諾|承認)(?:した|を得た|がある)(?:場合|とき)[^。]*この限りで(?:ない|はない|ありません)"
# the user's consent and the form it must take: "Any consent by Licensee to use … must be in writing"
_CONSENT_BY = r"^\W*(?:[\d.]+\s+)?(?:any|the|such|each)\s+consent\s+(?:given\s+)?(?:by|of|from)\s+(?:the\s+)?"
_IN_WRITING = r"\b[^.;]{0,100}\b(?:must|shall|will)\s+be\s+(?:given\s+)?in\s+writing\b"
# "exclusively" that tells who owns, not what the use is for: "such improvements shall belong exclusively to Provider"
_OWNED_BEFORE = re.compile(r"\b(?:belong|vest|own)(?:s|ed)?\s+(?:\w+\s+)?$", re.IGNORECASE)
# a proviso that sets an exception apart from the main clause: ", provided that", ", except that"
_PROVISO = re.compile(r"[,;]\s*(?:provided\s*,?\s*(?:however\s*,?\s*)?that|except\s+that)\b", re.I)
# the care of a mandate (善管注意義務), promised by the vendor: 「善良な管理者の注意をもって遂行する」
_DUE_CARE = re.compile(r"善良なる?管理者の注意を?もって[^。]{0,20}(?:遂行|実施|履行|行)|善管注意(?:義務)?を?もって")


def _governed(text: str, lang: str, analysis: Analysis) -> str:
    """The words the modal governs: what follows an English modal, what precedes a Japanese one."""
    if analysis.modality == "none":
        return text
    if lang == "ja":
        return text[max(0, analysis.modal_start - 40) : analysis.modal_start]
    # "shall ensure that any model provider it engages is prohibited from using …": the duty reaches
    # through the words that pass it on
    passed_on = _PASSED_ON.match(text, analysis.modal_end)
    return text[analysis.modal_end : (passed_on.end() if passed_on else analysis.modal_end) + 60]


_PASSED_ON = re.compile(
    r"\s+(?:ensure|procure|require|cause)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,8}?(?=(?:is|are|does|do|shall|will|may|must)\b)",
    re.I,
)


# the user licensing its data to the vendor: "grants … a licence to use", 「利用を許諾する」
_LICENCE = re.compile(r"\b(?:grants?|licen[cs]\w*|authori[sz]\w*)\b|許諾", re.IGNORECASE)


@dataclass(frozen=True)
class Judgement:
    position: str  # for our side
    cue: str
    analysis: Analysis
    # the user's own duty (topics.yaml ``duty: user-own``): it decides the topic against the user only where
    # nothing the topic's rules see protects the user (assemble._topics); read for the user's side only, as the
    # vendor's side mirrors each clause and keeps the worst
    yields: bool = False


_WARRANTS = re.compile(r"\bwarrant|表明|保証", re.I)
# the user making sure its own act breaches nothing it owes others
_OWN_COMPLIANCE = re.compile(
    r"(?:違反|侵害)(?:しない|することのない|とならない)(?:こと|よう)|\b(?:does|do|will)\s+not\s+(?:violate|breach|infringe)\b",
    re.I,
)


def _main_subject_ja(text: str, names: PartyNames) -> str | None:
    """The party marked by は/が last in a Japanese span, or None. The subject of a noun's modifier
    (「委託者が受託者に支払った委託料」) is not one."""
    best: tuple[int, str] | None = None
    for side in ("vendor", "user"):
        for match in names.regex(side, after=r"(?:は|が)").finditer(text):
            if text[match.end() - 1] == "が" and _JA_RELATIVE.match(text, match.end()):
                continue
            if best is None or match.start() > best[0]:
                best = (match.start(), side)
    return best[1] if best else None


def _borne(position: str, hit: Hit, text: str, lang: str, names: PartyNames, analysis: Analysis) -> tuple[str, str]:
    """A cue read with its actor: a burden the cue puts on the user is good for the user when the
    vendor bears it (「乙は、自らの費用と責任において解決する」), and a permission or discretion the
    cue gives the vendor is good for the user when the user holds it. The actor is a party named
    as subject in the matched words, else (if the cue names no party) the sentence's actor.
    Other cues keep their side."""
    matched = hit.matched
    reflexive = REFLEXIVE.search(matched) is not None
    refused = REFUSED.search(matched) is not None
    # a discretion or a plain permission (「自由に利用できる」, "may use") is held, not borne
    discretion = DISCRETION.search(matched) is not None or (
        PERMISSION.search(matched) is not None and not refused and LIMITED.search(matched) is None
    )
    burden = discretion or BURDEN.search(matched) is not None
    if burden and refused and not CAP.search(text) and (mutual(matched) or analysis.actor == "both"):
        return NEU, ", refused by both parties alike"  # 「解除した当事者は…責任を負わない」
    if position == UNF and analysis.actor == "both" and analysis.modality == "disclaim" and not CAP.search(text):
        return NEU, ", disclaimed by both parties alike"  # 「いずれの当事者も、相手方に対し何らの保証もしない」
    if discretion and position == FAV and mutual(matched):
        return NEU, ", held by both parties alike"  # 「甲及び乙は協議の上、本契約を解除することができる」
    if not burden or mutual(matched):
        return position, ""  # no burden, or one both parties bear alike (a mutual cap's amount still counts)
    # who the cue takes to bear the burden (or hold the discretion);
    # a burden refused (「責任を負わない」, "not liable") is held by the other side
    holder = discretion or refused
    assumed = ("user" if position == FAV else "vendor") if holder else ("vendor" if position == FAV else "user")
    bearer: str | None = None
    if reflexive:
        bearer = analysis.actor
    elif lang == "ja":
        start = text.find(matched)
        main_from = 0
        for condition in _JA_CONDITION.finditer(text):
            if condition.end() <= start + len(matched):
                main_from = condition.end()
        # a party named only in a condition before the main clause bears nothing
        main = text[max(start, main_from) : start + len(matched)]
        bearer = _main_subject_ja(main, names)
        if bearer is None and not _mentions_party(main, names):
            bearer = analysis.actor
    elif not _mentions_party(matched, names):
        bearer = analysis.actor
    if bearer in ("vendor", "user") and bearer != assumed:
        return MIRROR[position], f", borne by the {bearer}"
    return position, ""


def _vendor_capped(text: str, names: PartyNames) -> bool:
    """The Japanese cap names the vendor as the one whose liability it limits: 「当社の賠償額は」「乙の損害賠償責任の総額」."""
    ja = names.regex("vendor", after=r"(?:の|が(?:負う|負担する|賠償する))[^。]{0,8}(?:賠償|責任)")
    return ja.search(text) is not None


def _mentions_party(text: str, names: PartyNames) -> bool:
    """A party is named in the words; a name that opens a defined term ("Customer Data") names no
    one, a possessive does ("at the Customer's expense")."""
    return any(
        not EN_COMPOUND.match(text, match.end())
        for side in ("vendor", "user")
        for match in names.regex(side, flags=re.I).finditer(text)
    )


def _hit_cue(hit: Hit, source: str) -> str:
    return f"{source} {hit.kind} cue /{hit.rule}/ matched {hit.matched!r}"


@dataclass
class _Ballot:
    """The readings of one sentence: each side's total weight, and the cue of its strongest reading."""

    votes: dict[str, float] = field(default_factory=dict)
    cues: dict[str, tuple[float, str]] = field(default_factory=dict)

    def add(self, position: str | None, note: str, weight: float, cue: str) -> None:
        """Add a reading; each side keeps the cue of its strongest reading."""
        if position is None:
            return
        cue += note
        self.votes[position] = self.votes.get(position, 0.0) + weight
        if position not in self.cues or weight > self.cues[position][0]:
            self.cues[position] = (weight, cue)

    def get(self, position: str) -> float:
        return self.votes.get(position, 0.0)

    def top(self) -> float:
        return max(self.votes.values(), default=0.0)

    def above(self, *positions: str) -> float:
        """A weight that outweighs the given sides (all of them if none is given), and at least 2.5."""
        beaten = [self.get(p) for p in positions] if positions else [self.top()]
        return max(2.5, max(beaten) + 0.5)

    def outcome(self) -> tuple[str, str]:
        """The strongest side and its cue; a tie is neutral."""
        if not self.votes:
            return NEU, "no cue for either side"
        ranked = sorted(self.votes.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and abs(ranked[0][1] - ranked[1][1]) < 1e-9:
            return NEU, "cues for both sides: " + "; ".join(self.cues[p][1] for p, _ in ranked[:2])
        return ranked[0][0], self.cues[ranked[0][0]][1]


@dataclass(frozen=True)
class _Sentence:
    """One sentence as ``judge`` reads it, with what its readings share."""

    text: str
    lang: str
    names: PartyNames
    analysis: Analysis
    kind: str
    topic_cues: list[CompiledLang]
    listed: str
    where: bool = False  # the topic is about where the data is kept

    @property
    def actor(self) -> str:
        return self.analysis.actor

    @property
    def modality(self) -> str:
        return self.analysis.modality

    @property
    def weight(self) -> float:
        """The weight of a reading of who may or must do what: more when one party is the actor."""
        return 2.5 if self.actor in ("vendor", "user") else 1.5

    @cached_property
    def governed(self) -> str:
        return _governed(self.text, self.lang, self.analysis)

    @cached_property
    def licensed_to_user(self) -> bool:
        # a licence the vendor gives the user ("… to use the model and train it further") is the user's
        # right: what the vendor may do with the user's data is not in it
        return self.kind == "vendor-action" and _grants_to_user(self.text, self.names)

    @cached_property
    def gives_back(self) -> bool:
        """The user must give back or destroy what it received (「利用企業は…資料を返還又は廃棄する」), not clean
        its data before giving it."""
        return (
            self.actor == "user"
            and self.modality == "oblige"
            and GIVING_UP.search(self.governed) is not None
            and not _CLEANS_BEFORE_GIVING.search(self.text)
            # (the vendor named before the verb is who acts: "after your account is closed we will delete …")
            and not self.names.regex("vendor").search(self.text, 0, self.analysis.modal_start)
        )

    @cached_property
    def ends(self) -> bool:
        # a right to end the contract, whatever the sentence disclaims after it: 「…解除することができ、
        # これにより相手方に生じた損害を賠償する責任を負わない」
        before = self.text[: self.analysis.modal_start]
        return self.modality == "permit" or (
            self.modality in ("disclaim", "not-obliged")
            and PERMISSION.search(before) is not None
            and ENDING.search(before) is not None
        )


def _law(text: str, home: str, role: str, analysis: Analysis, aspect: str | None) -> Judgement:
    """Law and forum: the places named (in the part of the sentence about the topic's own ``aspect``), judged
    against our own home jurisdiction."""
    place, words = forum_position(about(text, aspect) if aspect else text, home)
    if place == "user-local":
        place = FAV if role == "user" else UNF
        return Judgement(place, f"forum at the user's residence: {words!r}", analysis)
    if place == "vendor-forum":
        place = UNF if role == "user" else FAV
        return Judgement(place, f"arbitration or waiver imposed on the user: {words!r}", analysis)
    if place is not None:
        how = {
            FAV: "the home jurisdiction",
            UNF: "not the home jurisdiction",
            NEU: "the home jurisdiction and another",
        }
        return Judgement(place, f"place named {words!r} ({how[place]}, {home})", analysis)
    return Judgement(NEU, "no place named", analysis)


def _cue_votes(s: _Sentence, ballot: _Ballot, item_cues: CompiledLang | None) -> None:
    """The item's and the topic's cues, each read with who bears it; for ownership, to whom the rights go."""

    def inside_negation(match: re.Match[str]) -> bool:
        # a cue that a negation governs says the opposite: "does not act as your processor"
        return negated(s.text, match.start(), match.end(), s.lang)

    def borne(position: str, hit: Hit) -> tuple[str, str]:
        return _borne(position, hit, s.text, s.lang, s.names, s.analysis)

    # the user giving back or destroying what it received ("you must … destroy all copies of it within thirty days, and
    # confirm the destruction"): how promptly and surely it does so is nothing the vendor promises, so no favourable cue
    # counts
    promises_nothing = s.kind == "vendor-duty" and s.gives_back
    # (nor is the notice of a change of prices alone any promise about changing the terms: 「利用料金の改定を行う場合、
    # …1か月前までに通知します」)
    promises_nothing = promises_nothing or (s.kind == "vendor-action" and _PRICES_ONLY.search(s.text) is not None)
    if item_cues is not None and not promises_nothing:
        for hit in all_hits("favourable", item_cues.favourable, s.text, inside_negation):
            ballot.add(*borne(FAV, hit), 2.0, _hit_cue(hit, "item"))
        for hit in (
            [] if s.licensed_to_user else all_hits("unfavourable", item_cues.unfavourable, s.text, inside_negation)
        ):
            ballot.add(*borne(UNF, hit), 2.0, _hit_cue(hit, "item"))
    for compiled in s.topic_cues:
        for hit in [] if promises_nothing else all_hits("favourable", compiled.favourable, s.text, inside_negation)[:1]:
            ballot.add(*borne(FAV, hit), 1.0, _hit_cue(hit, "topic"))
        unfavourable = (
            [] if s.licensed_to_user else all_hits("unfavourable", compiled.unfavourable, s.text, inside_negation)
        )
        for hit in unfavourable[:1]:
            ballot.add(*borne(UNF, hit), 1.0, _hit_cue(hit, "topic"))
    if s.kind == "ownership" and s.analysis.beneficiary is not None:
        owner = {"vendor": UNF, "user": FAV, "both": NEU}[s.analysis.beneficiary]
        to = {"vendor": "the vendor", "user": "the user", "both": "both parties"}[s.analysis.beneficiary]
        ballot.add(owner, "", 3.0, f"rights go to {to}")


def _about_use(s: _Sentence) -> bool:
    """The vendor may (or must) use or exploit the data: the reading the training topics turn on."""
    exploiting = (
        s.actor in ("vendor", "none")
        and s.modality in ("permit", "oblige")
        and bool(EXPLOIT.search(s.governed))
        and not s.licensed_to_user
    )
    return (
        exploiting
        and (s.kind in ("vendor-action", "neutral") or (s.kind == "vendor-duty" and s.modality == "permit"))
        and not ENDING.search(s.governed)
        and not GIVING_UP.search(s.governed)
        # (using subcontractors is no use of the data: "Prairie Lens may use subcontractors", 「第三者に再委託することが
        # できます」 say who does the work, and the clauses around them whether the vendor answers for it)
        and not _SUBCONTRACTS.search(s.governed)
        # (nor is reusing the vendor's general know-how: "Consultant may reuse general know-how and skills gained
        # during the Project", 「…前処理の一般的な技法その他のノウハウ（甲提供データ…を含まないもの）」)
        and not _KNOW_HOW.search(s.governed)
        # (nor is putting right what the vendor delivered: "repair the defect or re-train the Customised Model")
        and not _REWORK.search(s.governed)
        # (nor is making it confidential: 「甲提供データ及び学習用データセットは、甲の秘密情報とする」)
        and not _CONFIDENTIAL_AS.search(s.governed)
        # (nor is keeping it: "shall retain the Customer Data used for fine-tuning no longer than 90 days")
        and not (
            s.lang == "en"
            and s.modality == "oblige"
            and _KEEPING_EN.match(s.text, s.analysis.modal_end)
            and _KEPT_NO_LONGER.search(s.text)
        )
        # (nor is the work itself: "The Company shall train the Research Model, run the evaluation …")
        and not (s.lang == "en" and s.modality == "oblige" and _THE_WORK_EN.match(s.text, s.analysis.modal_end))
        and not (
            s.lang == "ja"
            and s.modality == "oblige"
            and _THE_WORK_JA.search(s.governed)
            and not _FOR_OTHERS_JA.search(s.text)
        )
    )


def _use_reading(s: _Sentence, ballot: _Ballot) -> None:
    """The vendor's use of the data, limited (to a purpose, or by the user's consent) or not."""
    text, lang, weight = s.text, s.lang, s.weight
    # a limit before a granting proviso ("solely for the Services, provided that X may …") is not this grant's
    limits = list(LIMITED.finditer(text, clause_start(text, s.analysis.modal_start) if lang == "en" else 0))
    # (a limit inside brackets narrows the data, not the use: 「統計的に処理した情報（甲を特定できないものに限る。）を、
    # …機械学習モデルの学習のために利用することができる」; unless the brackets leave the user's data out:
    # 「一般的な知識及び経験（提供データ又は甲の秘密情報を含まず、…に限る。）」)
    limits = [m for m in limits if not inside_brackets(text, 0, m.start()) or _LEFT_OUT.search(text, 0, m.start())]
    limits = [m for m in limits if not (lang == "en" and _OWNED_BEFORE.search(text, max(0, m.start() - 30), m.start()))]
    besides = _BESIDES_JA.search(text) if lang == "ja" else None
    if besides:
        # 「…必要な範囲で入力データを利用できるほか、…AIモデルの学習のために…利用できる」: the limit is the first use's only
        limits = [m for m in limits if m.start() > besides.end()]
    consent = next((m for m in limits if CONSENT.search(m.group(0))), None)
    limited = consent or (limits[0] if limits else None) or _for_user(text, s.names)
    unused = "" if limited else _unused(s.governed, lang)
    improves = (_IMPROVING_JA if lang == "ja" else _IMPROVING_EN).search(text) if limited and not consent else None
    described = s.analysis.describe()
    if improves and not _refused_near(text, improves, lang):
        # a use "only" for purposes that include improving the AI is that use: 「解析結果を提供するため及び
        # 本AIの精度改善のためにのみ利用することができる」
        ballot.add(UNF, "", weight, f"{described}: the purposes include {improves.group(0)!r}")
    elif limited:
        # with the user's consent as its condition, the permission the cues describe is opt-in
        strength = max(weight, ballot.get(UNF) + 0.5) if consent else weight
        ballot.add(FAV, "", strength, f"{described}, limited by {limited.group(0)!r}")
    elif unused:
        # what the vendor must see to is that the data is not used: 「学習に利用しない設定…を確認しなければならない」
        ballot.add(FAV, "", weight, f"{described}: the use is refused ({unused!r})")
    elif (s.modality == "permit" or s.kind == "vendor-action") and not (
        lang == "ja" and _KEEPING_JA.search(s.governed)
    ):
        # (keeping the data with no limit named here is no use of it: 「提供データを研究期間の満了日まで保持することができる」
        # is for the retention rules to read)
        ballot.add(UNF, "", weight, f"{described}: the vendor may use the data")


def _ending_condition(s: _Sentence) -> re.Match[str] | None:
    """The vendor's (or both parties') right to suspend or end it, only for cause or on long notice:
    the cause or the notice."""
    if not (
        s.kind == "vendor-action"
        and s.actor in ("vendor", "both")
        and s.ends
        and ENDING.search(s.text) is not None
        and not AT_WILL.search(s.listed)
    ):
        return None
    cause = FOR_CAUSE.search(s.text)
    if cause is not None and not AT_WILL.search(s.text):
        return cause
    return LONG_NOTICE.search(s.text)


def _ending_reading(s: _Sentence, ballot: _Ballot, cause: re.Match[str]) -> None:
    """Suspension or termination only on a breach, or with at least 30 days' notice (even "at any
    time"): the vendor needs cause or gives the user time to leave (a mutual right is even); with
    cause, "without notice" and the like no longer make it unfavourable."""
    for_cause = FOR_CAUSE.search(cause.group(0)) is not None
    condition = "only for cause" if for_cause else "only with notice"
    # a suspension for cause (unpaid fees, a breach) is a pause the user can cure: it takes no side
    suspends_only = SUSPENDING.search(s.text) is not None and TERMINATING.search(s.text) is None
    if for_cause and suspends_only:
        condition = "a suspension only for cause"
    # (a mutual right on 30 days' notice or more lets the user leave and gives it time when the
    # vendor ends it: what the rubric asks for; a mutual right for cause is even)
    even = (s.actor != "vendor" and for_cause) or (for_cause and suspends_only)
    # an even reading outweighs the cues for either side ("material breach" is good for the user
    # only when the vendor alone needs it); the vendor's need of cause outweighs the cues against it
    outweighs = ballot.top() if even else ballot.get(UNF)
    # notice alone, for the vendor's convenience ("for any reason on thirty days' notice"): the
    # time to leave the rubric asks for, but an explicit cue against it (an item on termination
    # for convenience) may still outweigh it
    convenience = not for_cause and CONVENIENCE.search(s.text) is not None
    ballot.add(
        NEU if even else FAV,
        "",
        1.75 if convenience else max(2.5, outweighs + 0.5),  # 1.75: above a topic cue, below an item's
        f"{s.analysis.describe()}, {condition}: {cause.group(0)!r}",
    )


# a change of prices alone, with no word of the terms: 「利用料金の改定を行う場合」, "we may change our prices"
_PRICES_ONLY = re.compile(
    r"^(?![^。]*(?:規約|約款|利用条件|契約の?(?:内容|条項)|その他|機能|不利益))[^。]*(?:利用料金|料金|価格|単価|利用料)(?:の|を)(?:改定|変更|値上げ)"
    r"|^(?!.*\b(?:terms|agreement|conditions|features?|functionality|other)\b).*\b(?:chang|increas|revis|adjust)\w*\s+(?:to\s+)?(?:our\s+|the\s+|its\s+|any\s+)?"
    r"(?:prices?|pricing|fees?|rates?|charges)\b",
    re.IGNORECASE,
)


def _table_reading(s: _Sentence, ballot: _Ballot, table: dict[tuple[str, str], str]) -> None:
    """Who may or must do what, read through the topic's kind."""
    actor, modality, governed = s.actor, s.modality, s.governed
    reading = NEU if actor == "both" and modality != "none" else table.get((actor, modality))
    note = ""
    if s.kind == "vendor-duty" and actor == "user" and modality == "oblige" and _OWN_COMPLIANCE.search(governed):
        # 「アップロードが依頼者との守秘義務に違反しないことを確認する」: the user sees to its own duties to
        # others; the vendor's duty to the user is another matter
        reading, note = NEU, ": the user's care for its own duties"
    if reading == UNF and s.kind == "vendor-action" and actor == "vendor" and modality == "permit":
        # "… except that Provider may calibrate the Models for Customer's own dedicated instance": what the
        # vendor may do for the user alone takes nothing from it
        own = s.names.regex(
            "user", before=r"\bfor\s+(?:the\s+)?", after=r"['’]s?\s+(?:own|dedicated|exclusive|sole)\b", flags=re.I
        ).search(governed)
        if own:
            reading, note = FAV, f": for the user's own ({own.group(0)!r})"
    if (
        s.kind == "disclaimer"
        and actor == "user"
        and modality == "oblige"
        and _WARRANTS.search(s.text[max(0, s.analysis.modal_start - 4) : s.analysis.modal_end])
    ):
        # "You represent and warrant that you own your content", 「利用企業は…表明し、保証します」: the user's own
        # promise says nothing of what the vendor disclaims
        reading, note = NEU, ": the user's own warranty"
    if s.kind == "vendor-duty" and s.gives_back:
        # 「利用企業は…資料を返還又は廃棄する」: the user gives back what the vendor lent it
        reading, note = NEU, ": the user returns or deletes what it received"
    elif s.kind == "vendor-duty" and actor == "user" and modality == "oblige":
        # "Customer shall retain records of each declaration": the user keeping its own records is
        # no keeping by the vendor
        act = _duty_act(s.topic_cues, "no_protection", governed)
        if act:
            reading, note = NEU, f": the user's own {act!r}"
    if s.kind == "vendor-duty" and reading == FAV and actor in ("vendor", "none") and modality == "oblige":
        # "we will retain your data", 「保存するものとします」: on retention, keeping is no protection
        act = _duty_act(s.topic_cues, "no_protection", governed)
        if act:
            reading, note = NEU, f": {act!r} protects nobody"
    elif s.kind == "vendor-duty" and actor == "vendor" and modality == "prohibit" and not THIRD_PARTY.search(governed):
        # "we will not permit audits", 「修補を行わない」: the vendor refuses what the topic owes the user
        act = _duty_act(s.topic_cues, "owed", governed)
        tail = governed[governed.rfind("、") + 1 :] if s.lang == "ja" else ""
        if act and _duty_act(s.topic_cues, "no_protection", tail) and not _duty_act(s.topic_cues, "owed", tail):
            # what the Japanese negation governs is the act nearest it: 「…消去するものとし、…これを超えて
            # 保存してはならない」 refuses the keeping, not the deletion
            act = ""
        if act:
            reading, note = UNF, f": refuses {act!r}"
    # a neutral reading of who may or must do what is weak: any explicit cue outweighs it
    ballot.add(reading, note, s.weight if reading != NEU else 0.9, s.analysis.describe())


def _modal_reading(s: _Sentence, ballot: _Ballot) -> None:
    """The one reading of who may or must do what that fits the sentence best."""
    text, actor, modality, weight = s.text, s.actor, s.modality, s.weight
    # the user gives or licenses its data only as far as the work needs: a scoped grant
    # (a grant the sentence opens with, whatever a proviso after it says: "You grant us a licence to use Client Materials
    # … to train …, provided that we do not publish …"; "You give us a … licence to … train and improve our models")
    grant = s.names.regex(
        "user",
        after=r"\s+(?:hereby\s+|also\s+|further\s+)?(?:grants?|licen[cs]es|give\s+us\s+an?|gives\s+us\s+an?)\b",
        flags=re.I,
    ).search(text)
    scoped_grant = (
        (
            (actor == "user" and modality in ("permit", "oblige"))
            or (grant is not None and (modality == "none" or grant.start() < s.analysis.modal_start))
        )
        and s.kind in ("vendor-action", "restriction")
        and bool(EXPLOIT.search(s.governed))
        # (what the user grants a licence to train on is its data, whatever the contract calls it: "Scripts and Generated Audio")
        and (bool(DATA.search(text)) or (grant is not None and TRAINING.search(text) is not None))
    )
    limited_grant = LIMITED.search(text) if scoped_grant else None
    licensed = scoped_grant and not limited_grant and _LICENCE.search(text) is not None
    trains = TRAINING.search(text) if licensed else None
    remedy = _remedy_exit(text, s.kind, actor, s.ends, s.names)
    table = POLARITY.get(s.kind)
    if remedy:
        # the user's right to end when the vendor fails to put something right is a remedy, not an exit:
        # "if it fails to do so within thirty (30) days, Customer may terminate", 「修補によっても…解消されない場合、甲は…解除
        # することができる」
        ballot.add(NEU, "", ballot.above(), f"the user may end it as a remedy for the vendor's failure: {remedy!r}")
    elif limited_grant:
        ballot.add(FAV, "", weight, f"{s.analysis.describe()}, limited by {limited_grant.group(0)!r}")
    elif trains:
        # "the Subscriber grants the Platform Operator a licence to use Subscriber Content … to train …"
        ballot.add(UNF, "", weight, f"the user licenses its data for the vendor to {trains.group(0)!r}")
    elif _about_use(s):
        _use_reading(s, ballot)
    elif (cause := _ending_condition(s)) is not None:
        _ending_reading(s, ballot, cause)
    elif actor == "user" and modality == "oblige" and _duty_to_inform(text, s.analysis):
        # the user's duty to tell the vendor something is cooperation, not a burden on its rights
        ballot.add(NEU, "", 0.9, f"{s.analysis.describe()}: a duty to inform the vendor")
    elif modality == "liable" and s.kind != "ownership":
        # taking on liability or an indemnity: good for the other side, whatever the topic
        ballot.add({"vendor": FAV, "user": UNF, "both": NEU}.get(actor), "", weight, s.analysis.describe())
    elif s.kind == "vendor-action" and not s.where and modality == "permit" and _keeps(s):
        # leave to keep the data is no leave to use it (「…の期間に限り、提供データ…を保管することができる」): how long it
        # may be kept is for the retention topics
        ballot.add(NEU, "", weight, f"{s.analysis.describe()}: keeping the data is no use of it")
    elif table is not None:
        _table_reading(s, ballot, table)


def _keeps(s: _Sentence) -> bool:
    """The act the modal governs is keeping the data."""
    if s.lang == "ja":
        return _KEEPING_JA.search(s.governed) is not None
    return _KEPT_EN.match(s.text, s.analysis.modal_end) is not None and not EXPLOIT.search(
        s.text, s.analysis.modal_end, s.analysis.modal_end + 60
    )


def _special_readings(s: _Sentence, ballot: _Ballot) -> None:
    """Readings that outweigh the others when the sentence says so: both parties must agree, a change
    only on notice, an opt-out, due care, a service not meant for personal data, a protection denied,
    the handling entrusted to the vendor, and a cap's size."""
    text, kind, actor, modality = s.text, s.kind, s.actor, s.modality
    lifted = (
        s.names.regex("user", after=_USER_CONSENT_LIFTS).search(text)
        if s.lang == "ja" and kind in ("vendor-action", "vendor-duty")
        else None
    )
    consent_terms = (
        s.names.regex("user", before=_CONSENT_BY, after=_IN_WRITING, flags=re.IGNORECASE).search(text)
        if s.lang == "en" and kind == "vendor-action"
        else None
    )
    if consent_terms:
        # the form the user's consent must take: "Any consent by Licensee to use Operational Data for training … must be in
        # writing" makes the use opt-in, though the user is the one the sentence binds
        ballot.add(
            FAV, "", ballot.above(UNF), f"the use needs the user's written consent: {consent_terms.group(0)[:60]!r}"
        )
    if lifted:
        # a proviso that lifts the rule before it only with the user's consent: 「ただし、甲が事前に書面により個別に同意した
        # 場合であって、…利用するときは、この限りでない」 is an opt-in
        ballot.add(FAV, "", ballot.above(UNF), f"an exception only with the user's consent: {lifted.group(0)[:40]!r}")
    both_agree = BOTH_AGREE.search(text) if kind == "vendor-action" else None
    if both_agree and modality in ("permit", "prohibit", "oblige", "none"):
        # an act that needs both parties' signatures is not one the vendor can take alone
        ballot.add(FAV, "", ballot.above(UNF), f"both parties must agree: {both_agree.group(0)!r}")
    # a change the vendor may make, or must announce, with a notice period named (not of prices alone: 「利用料金の改定を行う
    # 場合、…1か月前までに通知します」 says nothing of the terms)
    announced = (
        kind == "vendor-action"
        and actor == "vendor"
        and modality in ("permit", "oblige")
        and CHANGING.search(s.governed) is not None
        and not ENDING.search(s.governed)
        and not _PRICES_ONLY.search(text)
    )
    notice = LONG_NOTICE.search(text) if announced else None
    short = SHORT_NOTICE.search(text) if announced and notice is None else None
    if notice:
        # only on 30 days' notice or more, or announced that far ahead ("We will give you thirty days' notice of any
        # change to these Terms"): the time the rubric asks for
        ballot.add(FAV, "", ballot.above(UNF), f"a change only with notice: {notice.group(0)!r}")
    elif short:
        # on less notice than that ("by giving Customer at least 14 days' notice"): neither the time the rubric asks for
        # nor a change on posting
        ballot.add(NEU, "", ballot.above(UNF), f"a change with short notice: {short.group(0)!r}")
    opt_out = OPT_OUT.search(text) if kind == "vendor-action" else None
    secured = (
        _SECURED_NOT_USED.search(text)
        if kind == "vendor-action" and actor == "vendor" and modality in ("oblige", "none")
        else None
    )
    if secured:
        # the vendor must secure that the data is not used, with an opt-out for the user or by its own measures:
        # 「受注者は、…入力データが…学習に利用されない旨の契約条件（オプトアウト設定を含む。）を確保し」,
        # 「当社は、入力データを…学習…に利用することがないよう措置を講じます」
        ballot.add(FAV, "", ballot.above(UNF), f"the vendor secures that the data is not used: {secured.group(0)!r}")
        opt_out = None
    if opt_out and _OPTED_IN.search(text, 0, opt_out.start()):
        # switching off what the user chose to switch on withdraws an opt-in: "unless you opt in by enabling the
        # setting, which is switched off by default and which you may switch off again at any time"
        opt_out = None
    if opt_out and EXPLOIT.search(text):
        # use the user has to opt out of is use by default: what an opt-in would avoid
        ballot.add(UNF, "", ballot.above(FAV), f"the user must opt out: {opt_out.group(0)!r}")
    due_care = (
        _DUE_CARE.search(text, 0, s.analysis.modal_start)
        if kind == "disclaimer" and actor == "vendor" and modality == "disclaim"
        else None
    )
    if due_care:
        # 「本業務を善良な管理者の注意をもって遂行するが、…精度…を保証するものではない」: the care the law asks
        # of a mandate, promised beside the results it does not guarantee, is no bare "as is"
        ballot.add(NEU, "", ballot.above(), f"due care promised: {due_care.group(0)!r}")
    not_meant = (
        _NOT_DESIGNED.search(text)
        if kind == "vendor-duty" and actor in ("vendor", "none") and modality == "prohibit"
        else None
    )
    if not_meant:
        # "The Hosted Service is not designed to process personal information": the vendor takes on no care
        # for the data, which is left to the user
        ballot.add(UNF, "", ballot.above(), f"not meant for it: {not_meant.group(0)!r}")
    denied = _denied_protection(s) if kind == "vendor-duty" and actor in ("vendor", "none") else None
    if denied:
        # the negation is the topic's own unfavourable words ("Your Content is not submitted in confidence", "is not
        # confidential"): it denies the protection rather than forbidding the vendor anything
        ballot.add(UNF, "", ballot.above(), f"the protection denied: {denied!r}")
    entrusted = (
        (
            s.names.regex("vendor", before=r"(?:取扱い|取り扱い|処理)(?:の全部又は一部)?を", after=r"に委託").search(
                text
            )
            # 「お客様は、当社に対し、…患者情報の取扱いを委託するものとします」
            or s.names.regex(
                "vendor", after=r"に対し(?:て)?、[^。]{0,80}(?:取扱い|取り扱い|処理)(?:の全部又は一部)?を委託"
            ).search(text)
        )
        if kind == "vendor-duty" and s.lang == "ja"
        else None
    )
    if entrusted:
        # the user entrusts the handling to the vendor (「…第27条第5項第1号に基づき、その取扱いを当社に委託するものとします」):
        # the vendor takes it on as an entrustee, whoever the sentence names first
        ballot.add(FAV, "", ballot.above(), f"the handling is entrusted to the vendor: {entrusted.group(0)!r}")
    raised = SUPER_CAP.search(text) if kind == "disclaimer" else None
    if raised:
        # a higher cap for some claims (a data breach): more the vendor answers for, whoever it binds
        ballot.add(FAV, "", ballot.above(), f"a higher cap: {raised.group(0)!r}")
    lifted_cap = CAP_LIFTED.search(text) if kind == "disclaimer" and not raised else None
    if lifted_cap:
        # the cap's exceptions: how much the cap allows is for the cap itself to say
        ballot.add(NEU, "", ballot.above(), f"an exception to the cap: {lifted_cap.group(0)!r}")
    months = cap_months(text, s.lang) if kind == "disclaimer" and not raised and not lifted_cap else None
    if months is not None:
        _cap_size(s, ballot, months)


def _denied_protection(s: _Sentence) -> str | None:
    """A topic's unfavourable words that hold the sentence's own negation, or None: the negation is the
    sentence's modal ("Your Content is not submitted in confidence"; in Japanese it sits in a clause before the
    main verb: 「当社は、…委託を受ける立場にはなく、…ものとします」), or the words deny the protection themselves,
    whatever the verb ("all Inputs shall be deemed non-confidential", 「…秘密情報から除かれるものとします」)."""
    modality = s.analysis.modality
    for compiled in s.topic_cues:
        for hit in all_hits("unfavourable", compiled.unfavourable, s.text):
            start = s.text.find(hit.matched)
            if s.lang == "ja":
                if _JA_DENIED_IN.search(hit.matched) or (
                    modality in ("oblige", "none")
                    and _JA_DENIAL_END.search(hit.matched)
                    and start < s.analysis.modal_start
                ):
                    return hit.matched
            elif _EN_DENIED_IN.search(hit.matched) or (
                modality == "prohibit"
                and start < s.analysis.modal_end
                and s.analysis.modal_start < start + len(hit.matched)
            ):
                return hit.matched
    return None


# a Japanese cue that ends in its own negation: 「委託を受ける立場にはなく」
_JA_DENIAL_END = re.compile(r"(?:なく|ない|ありません|ず)$")
# … or that denies the protection itself: 「秘密情報から除かれる」「秘密保持義務はユーザのみが負う」「…秘密保持義務の対象外とする」,
# 「…秘密情報を構成しない」「…について秘密保持義務を負わない」
_JA_DENIED_IN = re.compile(r"除かれ|除外|のみが負|対象外|構成し(?:ない|ません|ず)|義務を負(?:わない|いません|わず)")
# an English cue that holds its own denial: "non-confidential", "not treated as confidential"
_EN_DENIED_IN = re.compile(r"\bnon-|\bnon\s|\bnot\b|\bno\b", re.IGNORECASE)


# a cap said to bind the other party too: 「…この上限は契約者の損害賠償責任にも同様に適用される」, "shall apply equally to Customer"
_CAP_FOR_BOTH = re.compile(
    r"にも(?:同様に)?適用|\bappl(?:y|ies)\s+(?:equally|likewise|mutatis\s+mutandis)\s+to\b", re.IGNORECASE
)


def _cap_size(s: _Sentence, ballot: _Ballot, months: int) -> None:
    """A cap is judged by its size: a month or two of fees is trivial (and three, when it is the vendor's
    alone); twelve, shared by both, is fair; a shared cap in between takes no side (the rubric's mutual
    cap below 12 months). A cap on the vendor alone stays unfavourable, whatever its size."""
    # (a Japanese cap that names no party as the one it limits, 「前項に基づく損害賠償の総額は」, binds both; an
    # English one says whose liability it is, and a brand the names do not know is the vendor)
    both = (
        s.actor == "both"
        or mutual(s.text)
        or _CAP_FOR_BOTH.search(s.text) is not None
        or (s.lang == "ja" and s.actor == "none" and not _vendor_capped(s.text, s.names))
    )
    size: str | None = None
    if months < 3 or (months == 3 and not both):
        size = UNF
    elif both:
        size = FAV if months >= 12 else NEU
    if size is not None:
        ballot.add(size, "", ballot.above(), f"a cap of {months} months' fees{' for both parties' if both else ''}")


def judge(
    text: str,
    lang: str,
    names: PartyNames,
    *,
    kind: str,
    item_cues: CompiledLang | None,
    topic_cues: list[CompiledLang],
    role: str,
    home: str,
    listed: str = "",
    lead: str = "",
    where: bool = False,
    aspect: str | None = None,
) -> Judgement:
    """The position of one sentence for our side (``role``), with the cue that decided it.

    ``listed``: the items of the list the sentence announces ("if any of the following:",
    「次の各号」), which decide whether a right it grants is for cause or at will. ``lead``: for
    a list item, the sentence that announced the list; an item with no verb of its own
    (「（2）当社の機械学習モデルの改良」) is read with it. ``where``: the topic is about where the data
    is kept, so keeping it in the home jurisdiction alone is favourable. ``aspect``: "law" or "forum" for a law
    topic (topics.yaml ``aspect``); a sentence that sets both is read in part for each."""
    analysis = analyse(text, lang, names)
    if lead and EXCEPTIONS_LEAD.search(lead):
        return Judgement(NEU, f"one of the exceptions listed under {lead[:60]!r}", analysis)
    if carve_out := CARVE_OUT.search(text):
        proviso = _PROVISO.search(text, 0, carve_out.start())
        if proviso is None:
            return Judgement(NEU, f"one of the usual exceptions to confidentiality: {carve_out.group(0)!r}", analysis)
        # "Client Data shall be treated as Confidential Information of the Client, provided that Aggregated
        # Data shall not be …": the exception is a proviso, and the main clause before it decides
        text = text[: proviso.start()]
        analysis = analyse(text, lang, names)
    if lead and analysis.modality == "none" and not is_definition(text):
        text = f"{lead} {text}"
        analysis = analyse(text, lang, names)
    if kind == "law":
        return _law(text, home, role, analysis, aspect)
    listed = listed_places(text, listed)
    kept = where_kept(text, lang, analysis, listed=listed, where=where, home=home)
    if kept is not None:
        good_for_user, said = kept
        return Judgement(FAV if good_for_user == (role == "user") else UNF, said, analysis)

    s = _Sentence(text, lang, names, analysis, kind, topic_cues, listed, where)
    ballot = _Ballot()
    _cue_votes(s, ballot, item_cues)
    _modal_reading(s, ballot)
    _special_readings(s, ballot)
    position, cue = ballot.outcome()
    if position == UNF and kind == "vendor-action" and s.actor == "both" and s.ends:
        # a right both parties have ("either party may terminate at any time") cannot be held against
        # the user alone: the user has it too
        position, cue = NEU, f"{analysis.describe()}: the same right for both parties ({cue})"
    if (
        position == FAV
        and kind == "vendor-action"
        and s.actor == "both"
        and s.modality == "prohibit"
        and TERMINATING.search(text)
    ):
        # neither party may end it early (「甲及び乙は、有効期間中に本契約を解約することはできない」): the user is held
        # as long as the vendor
        position, cue = NEU, f"{analysis.describe()}: neither party may end it ({cue})"
    # "our pricing is our confidential information, and you must not disclose it": a duty of the user's own that
    # counts against it only where nothing protects it
    yields = (
        position == UNF
        and kind == "vendor-duty"
        and s.actor == "user"
        and s.modality in ("oblige", "prohibit")
        and role == "user"
        and bool(_duty_act(s.topic_cues, "user_own", s.governed))
    )
    if role == "vendor":
        position = MIRROR[position]
    return Judgement(position, cue, analysis, yields)
