"""Who may, must or must not do what: modality, negation and actor, in Japanese and English.

``analyse`` reads one sentence and returns its actor (the vendor, the user, both parties or
nobody named), its modality (permission, obligation, prohibition, no obligation, or a
disclaimer of liability or warranty) and, for ownership clauses, to whom a right belongs.
The position of a clause follows from these and from the topic (see ``position.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from aicc.macros import phrase
from aicc.review.parties import PartyNames

Actor = str  # "vendor" | "user" | "both" | "none"
Modality = str  # "disclaim" | "not-obliged" | "prohibit" | "liable" | "permit" | "oblige" | "none"

# Priority when two readings start at the same place (e.g. "shall not be liable").
PRIORITY = ("disclaim", "not-obliged", "prohibit", "liable", "permit", "oblige")

EN_MODALITY: dict[str, re.Pattern[str]] = {
    "disclaim": re.compile(
        r"\bdisclaim(?:s|ed|er)?\b|\bmakes?\s+no\s+(?:representations?|warrant)|\bwithout\s+(?:any\s+)?warrant"
        r"|"
        + phrase("as-is", "en")
        + r"|\bas[ -]available\b|\b(?:shall|will|is|are|be)\s+not\s+(?:be\s+)?(?:held\s+)?(?:liable|responsible)"
        r"|\bnot\s+(?:be\s+)?(?:liable|responsible)\b|\bin\s+no\s+event\b(?=[^.;]{0,200}\b(?:liab|responsib))|\bno\s+liability\b|\bnor\s+(?:be\s+)?liable"
        r"|\bdo(?:es)?\s+not\s+(?:warrant|guarantee|represent|promise)|\bno\s+(?:warranty|warranties|guarantee)"
        r"|\b(?:do|does|will)\s+not\s+(?:make|give|provide|offer)\s+(?:any\s+)?(?:express\s+or\s+implied\s+)?(?:warrant|representation|guarantee)"
        r"|\bexclud(?:e|es|ed)\b.{0,40}\bliabilit|\bat\s+(?:your|its|customer'?s|user'?s)\s+(?:own|sole)\s+risk"
        r"|\bunder\s+no\s+circumstances\b(?=[^.;]{0,200}\b(?:liab|responsib))|\bnot\s+(?:be\s+)?accountable|\baccepts?\s+no\s+(?:liability|responsibility)"
        r"|\bassumes?\s+no\s+(?:liability|responsibility)|\bno\s+(?:binding\s+)?(?:promise|commitment)"
        r"|\b(?:has|have|bears?|(?:shall|will)\s+have)\s+no\s+(?:\w+\s+){0,2}(?:responsibility|liability)"
        # (a clause number inside, "liability under Clause 10.2", does not end the sentence)
        r"|\bliability\b(?:[^.;]|(?<=\d)\.(?=\d)){0,120}\b(?:is|are|shall\s+be|will\s+be)\s+(?:expressly\s+|strictly\s+)?limited\b"
        r"|\bliability\b(?:[^.;]|(?<=\d)\.(?=\d)){0,200}\b(?:shall|will|does|may)\s+(?:not|in\s+no\s+event|under\s+no\s+circumstances)\s+(?:in\s+(?:the\s+)?aggregate\s+)?exceed\b",
        re.IGNORECASE,
    ),
    "not-obliged": re.compile(
        r"\b(?:is|are|be)\s+not\s+(?:obliged|obligated|required)\b|\b(?:has|have)\s+no\s+(?:obligation|duty)"
        r"|\bunder\s+no\s+obligation\b|\bno\s+obligation\b"
        # "we do not take on any obligation to you with respect to personal information"
        r"|\b(?:do|does|will)\s+not\s+(?:take\s+on|assume|accept|undertake)\s+(?:any\s+)?(?:obligations?|duty|duties)\b",
        re.IGNORECASE,
    ),
    "prohibit": re.compile(
        # (not "does not apply" or "does not affect", a scope; not "is not Cantrell Confidential Information", a name;
        # not "are not amendments to this Agreement", what something is)
        # (nor "shall not be restricted from using", a leave: see "permit")
        r"\b(?:shall|will|may|must|can|should|did)\s+(?:not|never)\b(?!\s+be\s+(?:restricted|prevented|precluded|limited)\s+from\b)"
        r"|\b(?:does|do)\s+(?:not\b(?!\s+(?:apply|affect)\b)|never\b)"
        r"|\b(?:is|are)\s+(?:not|never)\b(?!\s+(?-i:[A-Z])\w*\s+(?-i:[A-Z])|\s+(?:amendments?|modifications?|variations?|changes?)\s+(?:to|of)\b)|\b(?:shan|won|can|mustn|doesn|don)['’]t\b"
        r"|\bcannot\b|\bnever\b|\bprohibited\b|\bnot\s+(?:be\s+)?permitted\b|\brefrains?\s+from\b"
        r"|\bin\s+no\s+event\b|\bunder\s+no\s+circumstances\b|\b(?:was|were|been|being)\s+not\b"
        r"|\bno\s+(?:\w+\s+){1,3}(?:shall|will|may)\b|\bneither\b",
        re.IGNORECASE,
    ),
    "liable": re.compile(
        r"\b(?:shall|will|must)\s+(?:be\s+|remain\s+)?(?:fully\s+)?(?:liable|responsible)\s+(?:to|for)\b|\b(?:remains?|is|are)\s+(?:fully\s+|solely\s+|entirely\s+|exclusively\s+)?(?:liable|responsible)\s+(?:to|for)\b"
        r"|\b(?:shall|will|agrees?\s+to)\s+(?:\w+\s+){0,2}(?:indemnify|compensate|reimburse|defend)\b",
        re.IGNORECASE,
    ),
    "permit": re.compile(
        # (not a possibility: "Your recordings may contain … personal information")
        r"\b(?:may|can)\b(?!\s+(?:also\s+)?(?:contain|include|reflect|differ|vary|occur|appear|arise)\b)|\b(?:is|are)\s+(?:entitled|permitted|allowed|free)\s+to\b|\breserves?\s+the\s+right"
        r"|\b(?:has|have|retains?)\s+the\s+(?:right|option)\b|\bat\s+(?:its|our|their|his)\s+(?:sole\s+|absolute\s+|own\s+)*discretion"
        # a restriction refused is a leave: "Provider shall not be restricted from using de-identified data to train"
        r"|\b(?:shall|will|may)\s+not\s+be\s+(?:restricted|prevented|precluded|limited)\s+from\b"
        r"|\bwithout\s+(?:prior\s+)?(?:notice|cause)\b|\bis\s+authori[sz]ed\b"
        # "you will have 30 days to export": time given is a right
        r"|\b(?:will|shall)\s+have\s+(?:[\w()]+\s+){1,3}(?:days?|weeks?|months?)\s+to\b"
        # "you will have a fifteen (15) day wind-down period during which you may export"
        r"|\b(?:will|shall)\s+have\s+an?\s+(?:[\w()-]+\s+){0,5}(?:period|window)\s+(?:during\s+which|in\s+which|within\s+which|to)\b",
        re.IGNORECASE,
    ),
    "oblige": re.compile(
        r"\bshall\b|\bmust\b|\bwill\b|\bagrees?\s+to\b|\bundertakes?\b|\bcommits?\s+to\b"
        r"|\b(?:is|are)\s+(?:required|obliged|obligated)\s+to\b|\bwarrants?\b",
        re.IGNORECASE,
    ),
}
# "unless" and "without your consent" clauses do not change the main modality.
_EN_IGNORE = re.compile(
    r"\b(?:unless|except(?: as)?(?!\s+that\b)|without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?consent)\b[^,;.]*"
    # nor does a party's failure as a condition: "… and, if it cannot do so within thirty (30) days, for Reseller to terminate"
    r"|(?<=,\s)if\s+(?:it|we|they|you|the\s+\w+|\w+)\s+(?:cannot|can\s*not|is\s+unable\s+to|are\s+unable\s+to|fails?\s+to)\b[^,;.]*",
    re.I,
)
# "…, but …" (not the listing idiom "including, but not limited to"; not "provided, however" provisos)
# what a sentence grants after ", but" or ", except that": "we do not train on it, except that we may …"
# and what a proviso grants: "…solely for the Services, provided that Supplier may derive statistics …"
_EN_CONTRAST = re.compile(
    r"[,;]\s*(?:but\b(?!\s+(?:(?:is|are)\s+)?not\s+limited)|except\s+that\b"
    r"|provided\s*,?\s*(?:however\s*,?\s*)?that\b(?=[^.;]{0,60}\bmay\b))",
    re.I,
)


def clause_start(text: str, at: int) -> int:
    """Where the English clause holding offset ``at`` starts: after the last ", but", ", except that"
    or granting proviso before it (0 when there is none)."""
    return max((m.end() for m in _EN_CONTRAST.finditer(text) if m.end() <= at), default=0)


_EN_PARTICIPLE = re.compile(
    r"\s+(?:\w+ly\s+)?(?!(?:permitted|allowed|entitled|authori[sz]ed|required|obliged|obligated)\b)(?:\w+(?:ed|en|wn)|sold|shared|kept|made|used|held|told)\b",
    re.I,
)
_EN_PASSIVE = re.compile(r"^\s*(?:not\s+|never\s+)?(?:be|been|being)\s+\w+(?:ed|en|wn|ld|lt|de|ne)\b", re.I)

JA_MODALITY: dict[str, re.Pattern[str]] = {
    "disclaim": re.compile(
        r"(?:責任|責め)(?:を|も|は)(?:一切|何ら)?負(?:わない|いません|わず|いかねます|うものでは(?:ない|なく|ありません))|一切の責任(?![^。]{0,20}(?:負担する|負担します|を負う|を負います))|免責|免れる(?!もの(?:では|で)は?(?:ない|なく|ありません))|保証(?:しない|しません|いたしません|するものでは(?:ない|なく|ありません)|せず|を行わない|しておりません|を(?:せず|しない|しません|行わず))|保証も(?:行|致|いたし|し)(?:わない|いません|ません|ない)|保証も(?:行わ|せ|いたさ)ず"
        # handed over as it is: 「本モデルを現状有姿で提供する」 is no promise, whatever the closing verb
        r"|現状(?:有姿|のまま)[」』]?(?:[^。]{0,30}?)(?:で|にて)?(?:の)?(?:提供|引渡|引き渡|納入|納品)"
        r"|賠償(?:しない|しません|いたしません)|損害について(?:は)?(?:一切)?責任(?:を(?:一切)?負(?:わない|いません|わず|いかねます))?|負担(?:しない|しません)"
        # a cap: 「…の額は、委託料の額を上限とする」「…を超えないものとする」
        r"|(?:上限|限度)と(?:する|します|し(?=[、,]))|(?:額|金額|総額)を超え(?:ない|ません)"
    ),
    "not-obliged": re.compile(
        r"(?:義務|責務)(?:を|も)負(?:わない|いません|わず)|(?:義務|責務)を負うもの(?:では|で)は?(?:ない|ありません)"
        r"|(?:する|の)必要は(?:ない|ありません)|要しない|義務は(?:ない|ありません)"
    ),
    # (not a scope: 「本条の再委託には当たらない」「秘密情報に該当しない」 say what a word covers; nor
    # 「…の保存期間には影響しない」「…に影響を及ぼさない」, which say what a clause leaves alone)
    "prohibit": re.compile(
        r"てはな(?:らない|りません|らず)|(?<!なければな)(?<!当た)(?<!該当)(?<!影響)(?<!及ぼ)(?:し|せ|さ|わ|ら|か|た)ない(?:ものとする|ものとします)?(?=[。、,]|$)|(?<!該当)しません|いたしません|禁止(?!事項)|禁じ"
        r"|(?<!帰す)こと(?:が|は)?でき(?:ない|ません|ず)(?!事由|場合|とき|と認め|と判断|範囲|者|状態|こと)|(?:用い|使用せ|利用せ|供さ|提供せ|開示せ|転用せ)ず|行わない|行いません|一切.{0,20}ない"
        r"|(?<!妨げられる)ことは(?:ない|ありません|ございません)|(?<!制限)(?<!制約)(?<!禁止)(?:さ|せ)れ(?:ない|ません)(?=[。、,]|$)|でき(?:ない|ません)(?=[。、,]|$)"
        r"|一切.{0,30}ません|応じ(?:ない|ません|られない|られません|かねます)"
    ),
    "permit": re.compile(
        # (not a purpose: 「…が運用を継続できるよう、…引継ぎを行う」)
        r"ことができ(?!るよう)|でき(?:る(?!よう)|ます)|(?:制限|制約|禁止)され(?:ない|ません)|妨げられ(?:ない|ません|ることは(?:ない|ありません))|し得る|差し支え(?:ない|ありません)|妨げ(?:ない|ません)|自由に|裁量により|任意に"
    ),
    "oblige": re.compile(
        r"ものとする|ものとします|なければならない|なければなりません|義務を負う|(?:する|します|いたします)(?=[。]|$)|遵守する|通知する|講じる"
    ),
}
# conditions such as 「同意がない限り」「承諾なく」 do not change the main modality
_JA_IGNORE = re.compile(r"(?:が|の)?(?:ない|無い)限り|(?<!ものでは)なく(?=[、,]|て)|なしに|しない限り|を除き")

# owned by both parties together, whichever of them the sentence names first
_EN_JOINTLY_OWNED = re.compile(
    r"\b(?:jointly|co-)\s*owned\b|\bowned\s+jointly\b|\bin\s+equal\s+(?:undivided\s+)?shares\b", re.I
)
_EN_BOTH = re.compile(
    r"\b(?:each|either|neither|both|a|any|the\s+receiving|the\s+disclosing)\s+part(?:y|ies)\b|\bthe\s+parties\b"
    r"|\bmutual(?:ly)?\b",
    re.I,
)
_JA_BOTH = re.compile(
    r"甲(?:及び|および)乙|甲乙|乙(?:及び|および)甲|委託者及び受託者|受託者及び委託者|発注者及び受注者|受注者及び発注者|ユーザ(?:ー)?及びベンダ(?:ー)?|ベンダ(?:ー)?及びユーザ(?:ー)?|(?:当社|弊社)(?:及び|および)(?:お客様|利用者|ユーザー?|会員|契約者)|(?:お客様|利用者|ユーザー?|会員|契約者)(?:及び|および)(?:当社|弊社)|(?:甲又は乙|乙又は甲)の(?=損害賠償|賠償|責任)|両当事者|各当事者|いずれの当事者|一方当事者|当事者の一方|相互に|双方|相手方(?=は|が)|(?:解除|解約|開示|受領)(?:した|する)当事者"
)
_MUTUAL_EN = re.compile(r"\b(?:each|either|neither|both)\s+part(?:y|ies)\b|\bmutual(?:ly)?\b", re.I)


# a negation just before English words, at most one word away ("does not act as", "shall not be
# liable for"); "not only", "not limited to" and "whether or not" negate nothing
_EN_NEGATED_BEFORE = re.compile(
    r"(?:(?<!\bor\s)(?<!\bif\s)\b(?:not|never)\s+(?!only\b|limited\b)|n['’]t\s+)(?:\w+\s+)?$"
    # a duty refused: "is not obliged to delete", "has no obligation to return"
    r"|\b(?:not\s+(?:obliged|obligated|required)|no\s+(?:obligation|duty))\s+to\s+(?:\w+\s+)?$"
    # a role refused: "accepts no obligations as a processor", "assumes no responsibility as"
    r"|\b(?:accepts?|assumes?|takes?|undertakes?|has|have)\s+no\s+(?:obligations?|duties|responsibilit(?:y|ies)|role)\s+(?:of\s+any\s+kind\s+)?$"
    # a use barred: "is prohibited from using", "refrains from processing"
    r"|\b(?:prohibited|barred|precluded|forbidden|refrains?|refraining)\s+from\s+(?:\w+\s+)?$",
    re.I,
)
# a Japanese negation right after the words: 「利用することができ|ない」「提供|せず」「学習に利用|しない」
_JA_NEGATED_AFTER = re.compile(
    r"を?(?:し|さ|せ|され|させ|でき)?(?:で(?:は)?)?(?:ない|ず|ません|ありません|なかった)(?!限り|場合|とき)"
    # forbidden: 「…に利用してはならず、」「利用させてはならない」
    r"|(?:し|させ)て(?:は)?(?:ならず|ならない|なりません|いけない)"
    # a duty refused: 「削除する|義務を負わない」「返還する|必要はありません」
    r"|(?:する|を行う)?(?:義務|必要)(?:を|は|も)?(?:負わ|負いません|ない|ありません)"
    # 「…に利用することがないよう措置を講じます」
    r"|(?:する)?こと(?:が|の|は)?(?:ない|ありません|なき)"
)
# words ending in a verb's irrealis stem (「責任を負わ」「許諾さ」) were written to take the negation
_JA_IRREALIS = frozenset("かがさざただなばまらわ")


def negated(text: str, start: int, end: int, lang: str) -> bool:
    """The words ``text[start:end]`` sit inside a negation: a cue matched there says the opposite
    of what it says alone ("Provider does not act as Customer's processor", 「提供することができない」)."""
    if lang == "ja":
        return end > start and text[end - 1] not in _JA_IRREALIS and _JA_NEGATED_AFTER.match(text, end) is not None
    return _EN_NEGATED_BEFORE.search(text[max(0, start - 40) : start]) is not None


def mutual(text: str) -> bool:
    """The words name both parties alike: 「甲及び乙」「各当事者」, "each party", "neither party"."""
    return _JA_BOTH.search(text) is not None or _MUTUAL_EN.search(text) is not None


_EN_OWN_TO = r"(?:vest(?:s|ed)?\s+(?:exclusively\s+|solely\s+|only\s+)?in|belong(?:s|ing)?\s+(?:exclusively\s+|solely\s+|only\s+)?to|(?:sole\s+and\s+exclusive\s+|exclusive\s+)?property\s+of|owned\s+by|retained\s+by|assign(?:s|ed)?\s+(?:\w+\s+){0,6}?to|transfer(?:s|red)?\s+(?:\w+\s+){0,6}?to|remain(?:s)?\s+with)\s+(?:the\s+)?"
# the party or one on its side: "you or the relevant Clinic own the Outputs", "Customer or its Affiliates own …"
_EN_OR_ITS = r"(?:\s+or\s+(?:the\s+relevant|its|your|their)\s+[\w-]+(?:\s+[\w-]+)?)?"
_EN_NOTHING_BEFORE = re.compile(r"\b(?:nothing|not|no)\b(?:\s+[\w-]+){0,5}\s+$", re.I)
_EN_CLAIMS_NONE = (
    r"\s+(?:claims?\s+no|(?:does|will|shall)\s+not\s+claim\s+any|acquires?\s+no|(?:does|will|shall)\s+not\s+acquire\s+any"
    r"|(?:has|shall\s+have|will\s+have)\s+no)\s+(?:ownership|title|(?:intellectual\s+property\s+)?rights?\s+(?:in|to|of)\b)"
)
_EN_ASSIGN_TO = r"(?:assign(?:s|ed)?|transfer(?:s|red)?|convey(?:s|ed)?)\s+(?:\w+\s+){0,6}?to\s+(?:the\s+)?"
_JA_OWN_TO = r"(?:に(?:帰属|移転|留保|譲渡)|が(?:保有|有する|留保)|の(?:所有|財産))"


@dataclass(frozen=True)
class Analysis:
    actor: Actor
    modality: Modality
    modal_text: str
    beneficiary: str | None  # for ownership clauses: who gets the right
    modal_start: int = 0
    modal_end: int = 0

    def describe(self) -> str:
        who = {"vendor": "vendor", "user": "user", "both": "both parties", "none": "no party named"}[self.actor]
        return f"{who} / {self.modality} ({self.modal_text})" if self.modal_text else f"{who} / {self.modality}"


# the two parties named together: 「委託者及び受託者は」, "Customer and Supplier shall"
_PAIR = r"(?:\s*(?:及び|並びに|又は|または|若しくは|と|・|、)\s*|\s+(?:and|or|&)\s+)"


@lru_cache(maxsize=64)
def _pair(names: PartyNames) -> re.Pattern[str]:
    return re.compile(names.expand(f"(?:{{U}}){_PAIR}(?:{{V}})|(?:{{V}}){_PAIR}(?:{{U}})"), re.I)


# a name that opens an English defined term names a thing, not the party: "Customer Data shall be …"
EN_COMPOUND = re.compile(
    r"\s+(?:Data|Content|Materials?|Information|Inputs?|Outputs?|Prompts?|Code|Models?|Fine-Tuned|Personal"
    r"|Documents?|Records?|Files?|Environment|Account|Instance|Tenant|Workspace|Property)\b"
)


def _name_hits(text: str, names: PartyNames) -> list[tuple[int, str]]:
    hits: list[tuple[int, str]] = []
    pairs = [match.span() for match in _pair(names).finditer(text)]
    for start, _ in pairs:
        hits.append((start, "both"))
    for side in ("vendor", "user"):
        for match in names.regex(side).finditer(text):
            if EN_COMPOUND.match(text, match.end()):
                continue
            if not any(start <= match.start() < end for start, end in pairs):
                hits.append((match.start(), side))
    for pattern in (_JA_BOTH, _EN_BOTH):
        for match in pattern.finditer(text):
            hits.append((match.start(), "both"))
    hits.sort()
    return hits


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _modalities(text: str, table: dict[str, re.Pattern[str]]) -> list[tuple[int, int, int, str, str]]:
    found = []
    for kind, pattern in table.items():
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), PRIORITY.index(kind), kind, match.group(0)))
    return found


def _beneficiary_en(text: str, names: PartyNames) -> str | None:
    if _EN_JOINTLY_OWNED.search(text):
        return "both"  # "shall be jointly owned by the Company and the Developer in equal shares"
    # an assignment moves the right wherever it vested: "to the extent any right vests in Provider,
    # Provider assigns it to Customer" gives it to the last party it is assigned to
    assigned = [
        (match.start(), side)
        for side in ("vendor", "user")
        for match in names.regex(side, before=_EN_ASSIGN_TO, flags=re.I).finditer(text)
        # (not a transfer denied: "Nothing in these Terms transfers to you any ownership of the responses")
        if not _EN_NOTHING_BEFORE.search(text, 0, match.start())
    ]
    if assigned:
        return max(assigned)[1]
    # a party that claims or acquires none gives it to the other: "Provider claims no ownership rights in any
    # content generated by the Service", "The Licensee acquires no ownership rights in any output"
    for side, other in (("vendor", "user"), ("user", "vendor")):
        if names.regex(side, after=_EN_CLAIMS_NONE, flags=re.I).search(text):
            return other
    for side in ("vendor", "user"):
        if names.regex(side, before=_EN_OWN_TO, flags=re.I).search(text) or names.regex(
            side,
            after=r"(?:['’]s)?\s+(?:shall\s+|will\s+|does\s+)?(?:own|owns|retains?|holds?)\s+(?:all\s+|any\s+|the\s+|exclusive\s+)*(?:right|title|ownership|interest)",
        ).search(text):
            return side
        if names.regex(
            side, after=r"(?:['’]s)?\s+(?:sole\s+and\s+exclusive\s+|exclusive\s+)?(?:intellectual\s+)?property"
        ).search(text):
            return side
        if names.regex(side, after=_EN_OR_ITS + _en_owns_output(names.outputs)).search(text):
            return side  # "Customer owns all Output", "you or the relevant Clinic own the Outputs"
    if _EN_BOTH.search(text) and re.search(r"\bjointly\b|\bjoint(?:ly)?\s+own", text, re.I):
        return "both"
    return None


@lru_cache(maxsize=64)
def _en_owns_output(outputs: tuple[str, ...]) -> str:
    """What follows a party that owns the output, with the contract's own names for it."""
    named = "".join(f"|{re.escape(term)}" for term in outputs)
    return (
        r"(?i:\s+(?:shall\s+|will\s+|does\s+|also\s+)?owns?\s+(?:all\s+|any\s+|the\s+)*(?:[\w-]+\s+)?"
        rf"(?:outputs?|results?|deliverables?|generated\s+content|work\s+product{named})\b"
        # "you own the Restorations the App produces for you"
        r"|\s+(?:shall\s+|will\s+|does\s+|also\s+)?owns?\s+(?:all\s+|any\s+|the\s+)*[\w-]+\s+(?:that\s+|which\s+)?"
        r"(?:the\s+)?(?:app|service|services|platform|tool|ai|model|software)\s+(?:produces|generates|creates|outputs)\b"
        # "you own the Label Profiles and tasting notes generated for you"
        r"|\s+(?:shall\s+|will\s+|does\s+|also\s+)?owns?\s+(?:all\s+|any\s+|the\s+)*(?:[\w-]+\s+){1,5}?(?:generated|produced|created)\s+for\s+(?:you|them|it)\b)"
    )


def _beneficiary_ja(text: str, names: PartyNames) -> str | None:
    if re.search(r"(?:共有|共同で保有|持分)", text):
        return "both"
    found: list[tuple[int, str]] = []
    for side in ("vendor", "user"):
        for match in names.regex(side, after=_JA_OWN_TO).finditer(text):
            if not _JA_NOT_SO.match(text, match.end()):  # 「…甲に移転するものではない」 gives 甲 nothing
                found.append((match.start(), side))
            elif side == "user" and _JA_PASSED_ON.search(match.group(0)):
                # … and leaves it with the vendor: 「出力データに関する権利をお客様に移転するものではありません」
                found.append((match.start(), "vendor"))
    if found:
        return max(found)[1]  # the last named: 「当社が有する一切の権利を、…利用者に譲渡する」
    # 「…権利は、当社又は当社にライセンスを許諾する者に帰属する」: the one side named in the phrase
    # that ends at に帰属 (from the last 、 or は before it)
    owner = None
    for match in _JA_OWNER_END.finditer(text):
        if _JA_NOT_SO.match(text, match.end()):
            continue
        head = text[: match.start()]
        cut = max((m.end() for m in _JA_PHRASE_START.finditer(head)), default=0)
        phrase = head[cut:]
        sides = {side for side in ("vendor", "user") if names.regex(side).search(phrase)}
        if len(sides) == 1:
            owner = sides.pop()
    return owner


# what follows a verb to deny it: 「移転するものではない」「帰属しない」
_JA_NOT_SO = re.compile(r"(?:する|させる|される)?もの(?:では|で)は?(?:ない|ありません)|(?:し|され)(?:ない|ず|ません)")
_JA_OWNER_END = re.compile(r"に(?:帰属|移転|留保)")
_JA_PASSED_ON = re.compile(r"に(?:移転|譲渡)$")
# where the phrase naming the owner starts: after a comma or the topic は (not the は of 又は)
_JA_PHRASE_START = re.compile(r"[、，]|(?<![又若或])は")


# a consequence clause joined to the main one: 「…ことができ、この場合、…」
_JA_CONSEQUENCE = re.compile(r"、この場合(?:において)?[、に]")


@lru_cache(maxsize=4096)
def analyse(text: str, lang: str, names: PartyNames) -> Analysis:
    """Actor, modality and beneficiary of one sentence (remembered: every item and topic that
    matches a sentence asks about it)."""
    if lang == "ja":
        scan = _blank(text, _JA_IGNORE)
        found = _modalities(scan, JA_MODALITY)
        if not found:
            return Analysis(_ja_actor(text, names), "none", "", _beneficiary_ja(text, names))
        consequence = _JA_CONSEQUENCE.search(scan)
        if consequence and any(f[1] <= consequence.start() for f in found):
            # 「…解約することができ、この場合、…請求されないものとします」: what follows 「この場合」 is a consequence of
            # the main predicate, which closes the clause before it
            found = [f for f in found if f[1] <= consequence.start()]
        # the main predicate closes a Japanese sentence: take the last reading
        found.sort(key=lambda f: (-f[1], f[2]))
        start, _, _, kind, matched = found[0]
        if kind == "oblige" and matched.startswith("もの"):
            # 「利用できるものとする」「利用しないものとする」: the verb before ものとする decides
            before = [f for f in found[1:] if f[1] >= start - 3 and f[3] != "oblige"]
            if before:
                start, _, _, kind, matched = before[0]
        # a disclaimer anywhere outweighs a plain closing "ものとする"
        disclaimers = [f for f in found if f[3] in ("disclaim", "not-obliged")]
        # 「応じる義務を負わないものとします」: the duty refused overlaps the closing negation
        overlapping = any(f[1] > start for f in disclaimers)
        if disclaimers and (kind == "oblige" or (kind == "prohibit" and overlapping)):
            start, _, _, kind, matched = disclaimers[0]
        passive = matched.startswith(("され", "られ"))
        return Analysis(
            _ja_actor(text, names, start, passive=passive),
            kind,
            matched,
            _beneficiary_ja(text, names),
            start,
            start + len(matched),
        )
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) > 20 and sum(ch.isupper() for ch in letters) > 0.8 * len(letters):
        cased = text.title()  # a disclaimer in capitals: "WE DO NOT" names the parties as "We Do Not" would
        if len(cased) == len(text):
            text = cased
    scan = _blank(text, _EN_IGNORE)
    found = _modalities(scan, EN_MODALITY)
    if not found:
        return Analysis(_en_actor(text, len(text), names, passive=False), "none", "", _beneficiary_en(text, names))
    found.sort(key=lambda f: (f[0], f[2]))
    contrast = _EN_CONTRAST.search(scan)
    if contrast is not None and any(f[0] >= contrast.end() for f in found):
        # "We don't own Your Content, but we may use it ...": what follows "but" is what the sentence grants
        found = [f for f in found if f[0] >= contrast.end()]
    start, end, _, kind, matched = found[0]
    if kind not in ("disclaim", "not-obliged"):
        # a disclaimer anywhere in the sentence outweighs the first modal verb
        later = [f for f in found if f[3] in ("disclaim", "not-obliged")]
        if later:
            start, end, _, kind, matched = later[0]
    passive = (
        bool(_EN_PASSIVE.match(text[end:]))
        or bool(re.match(r"\s*be\s+\w+ed\b", text[end:], re.I))
        or bool(
            re.search(r"\b(?:is|are|was|were)\s+(?:not|never)$", matched, re.I) and _EN_PARTICIPLE.match(text[end:])
        )
    )
    actor = _en_actor(text, start, names, passive=passive, after=end)
    if kind == "disclaim" and (risk := _EN_OWN_RISK.search(matched)) is not None:
        actor = _risk_taker(risk.group(1), actor, names)
    return Analysis(actor, kind, matched, _beneficiary_en(text, names), start, end)


# "Your use of the Service is at your sole risk": the party named bears the risk, so the sentence
# disclaims for the other one
_EN_OWN_RISK = re.compile(r"\bat\s+(\S+)\s+(?:own|sole)\s+risk", re.IGNORECASE)
_SWAP: dict[Actor, Actor] = {"user": "vendor", "vendor": "user"}


def _risk_taker(bearer: str, actor: Actor, names: PartyNames) -> Actor:
    """Who a disclaimer "at X's own risk" speaks for: not X (``its`` is the sentence's actor)."""
    hits = [h for h in _name_hits(bearer, names) if h[1] != "both"]
    taker = hits[0][1] if hits else actor
    return _SWAP.get(taker, "none")


# 「甲が乙に支払った委託料」「甲が…書面で明示したもの」: a past-tense verb right before a noun closes a noun's modifier
_JA_RELATIVE = re.compile(
    r"[^、。]{0,20}?(?:した|った|んだ|いた|えた|けた|れた|せた|てた|めた|ねた|きた|ぎた|する|める|える|れる)(?=[一-龯ァ-ヶー]|もの)"
)
# a purpose clause: 「…報告及び…通知を行うために」
_JA_PURPOSE = re.compile(r"[^、。]{0,60}?(?:する|行う|できる|受ける|果たす)ために")
_JA_CONDITION = re.compile(r"(?:とき|場合|際|限り|ときは|において|までの間)(?:に|で)?(?:は|も)?、")


_JA_JOINT = r"(?<=[りしきずくてで]、)"
# the topic of such a second clause: 「…でき、撤回後に入力された情報は」
_JA_JOINED_TOPIC = re.compile(_JA_JOINT + r"[^、。]{1,40}?は(?![がい])")


# the rest of a sentence that acknowledges what the other party does: 「…保証しないことを確認する」
_JA_ACKNOWLEDGED = re.compile(
    r"[^。]{0,12}?(?:ない|ません|ず)ことを(?:確認|了承|承諾|理解|承認|了解)(?:する|します|し|の上)"
)
# 「甲が秘密である旨を表示したか否かを問わず」: whatever a party does there, it is not who acts in the sentence
_JA_REGARDLESS = re.compile(
    r"(?<=[、，])[^、，。]{1,60}?(?:か否か|かどうか|の有無|の如何|のいかん)(?:に(?:かかわらず|関わらず)|を問わず)(?=[、，])"
)


def _ja_actor(text: str, names: PartyNames, modal_at: int | None = None, *, passive: bool = False) -> Actor:
    text = _JA_REGARDLESS.sub(lambda m: "　" * len(m.group(0)), text)  # (the same length: ``modal_at`` still holds)
    if modal_at is not None and _JA_ACKNOWLEDGED.match(text, modal_at):
        # 「委託者は、…受託者が…何ら保証しないことを確認する」: what one party acknowledges, the party before が says
        said = [
            (m.start(), side)
            for side in ("vendor", "user")
            for m in names.regex(side, after="が").finditer(text, 0, modal_at)
        ]
        if said:
            return max(said)[1]
    conditions = list(_JA_CONDITION.finditer(text))
    if modal_at is not None and passive:
        # 「お客様は、いつでも同意を撤回することができ、撤回後に入力された情報は学習に利用されません」: a
        # second clause whose own topic is no party, closed by a passive, has no party acting
        topics = list(_JA_JOINED_TOPIC.finditer(text, 0, modal_at))
        if topics and not _name_hits(topics[-1].group(0), names):
            return "none"
    if modal_at is not None:
        # 「利用者は…できなくなり、当社は、…応じません」: a second clause with a subject of its own (a
        # party with は and a comma, after a clause ending in 「…り、」「…し、」) holds the main predicate
        start = conditions[-1].end() if conditions else 0
        second = [
            (m.start(), side)
            for side in ("vendor", "user")
            for m in names.regex(side, before=_JA_JOINT, after="は(?!が)").finditer(text, start, modal_at)
        ]
        if second:
            return max(second)[1]
    if conditions:
        main = _ja_subject(text[conditions[-1].end() :], names)
        if main is not None:
            return main
    subject = _ja_subject(text, names)
    if subject is not None:
        return subject
    hits = [h for h in _name_hits(text, names) if not _not_actor(text, h, names)]
    return hits[0][1] if hits else "none"


# 「甲データ」「利用企業データ」「当社サービス」: the name opens a compound noun, which is the subject
_JA_COMPOUND = re.compile(r"(?!及び|又は|並びに|若しくは|自ら|自身|自己|側)[\u30a1-\u30fa\u30fc\u4e00-\u9fff]")


def _not_actor(text: str, hit: tuple[int, str], names: PartyNames) -> bool:
    """A name that owns something, receives something or acts only inside a noun's modifier."""
    if _possessive(text, hit, names):
        return True
    if hit[1] == "both":
        return False
    name = names.regex(hit[1]).match(text, hit[0])
    if name is None:
        return False
    rest = text[name.end() :]
    # (「甲による解除」「甲によって」 name the one who acts: the agent, not a recipient)
    if re.match(r"(?:に対し|に(?!よ(?:る|り|って))|へ|から|より)", rest) or _JA_COMPOUND.match(rest):
        return True
    return rest.startswith("が") and _JA_RELATIVE.match(text, name.end() + 1) is not None


def _possessive(text: str, hit: tuple[int, str], names: PartyNames) -> bool:
    """「お客様の入力データ」: the name owns the subject, it does not act."""
    if hit[1] == "both":
        return False
    name = names.regex(hit[1]).match(text, hit[0])
    return (
        name is not None
        and text.startswith("の", name.end())
        and not re.match(r"の(?:責任|費用|負担)", text[name.end() :])
    )


def _ja_subject(text: str, names: PartyNames) -> Actor | None:
    """The party marked by は (else が), or None."""
    if _JA_BOTH.search(text[:40]) or _pair(names).match(text.lstrip("0123456789０-９ 　.．()（）")):
        return "both"
    for marker in ("は", "が"):
        best: tuple[int, str] | None = None
        for side in ("vendor", "user"):
            for match in names.regex(side, after=r"(?:(?:及び|又は|並びに)[^、。]{0,20})?" + marker).finditer(text):
                if marker == "が" and _JA_RELATIVE.match(text, match.end()):
                    continue  # 「甲が乙に支払った委託料」: the subject of a noun's modifier, not of the sentence
                if marker == "が" and _JA_PURPOSE.match(text, match.end()):
                    continue  # 「甲が…報告を行うために必要な情報を提供する」: the subject of a purpose, not of the sentence
                if best is None or match.start() < best[0]:
                    best = (match.start(), side)
                break
        if best is not None:
            # 「甲又は乙は」: the named side is one of a pair of subjects
            pair = _pair(names).match(text, best[0])
            return "both" if pair is not None and text.startswith(marker, pair.end()) else best[1]
    return None


def _en_actor(text: str, modal_at: int, names: PartyNames, *, passive: bool, after: int = 0) -> Actor:
    if passive:
        tail = text[after:]
        by_vendor = names.regex("vendor", before=r"\bby\s+(?:the\s+)?").search(tail)
        by_user = names.regex("user", before=r"\bby\s+(?:the\s+)?").search(tail)
        if by_vendor and (not by_user or by_vendor.start() <= by_user.start()):
            return "vendor"
        return "user" if by_user else "none"
    region = text[:modal_at]
    if _EN_FRONTED.match(text, modal_at):
        # "…, in no event will either party be liable": the actor follows the fronted negation
        region = ""
    opener = _EN_IMPERATIVE.match(text)
    if opener is not None and opener.end() > modal_at:
        return "user"  # "Don't use the Service to …": consumer terms speak to the user in the imperative
    cut = max(region.rfind(","), region.rfind(";"), region.rfind(":"), region.rfind("("))
    that = [m.end() for m in re.finditer(r"\b(?:that|which|whereby)\b", region, re.IGNORECASE)]
    cut = max(cut, (that[-1] - 1) if that else -1)
    subject = region[cut + 1 :] if cut >= 0 and len(region) - cut > 3 else region
    if _EN_BOTH.search(subject) or _pair(names).search(subject):
        return "both"
    hits = [h for h in _name_hits(subject, names) if h[1] != "both"]
    if hits:
        last = names.regex(hits[-1][1]).match(subject, hits[-1][0])
        if (
            last is not None
            and len(hits) > 1
            and (_EN_JOINED.search(subject[: hits[-1][0]]) or _EN_SUBORDINATE.search(subject[: hits[0][0]]))
            and not subject[last.end() :].strip()
        ):
            # "…, your licence ends and we may delete …", "after your account is closed we will delete …": the name
            # right before the verb
            return hits[-1][1]
        return hits[0][1] if re.match(r"\s*(?:the\s+)?\S+['’]s\b", subject) is None else hits[-1][1]
    if _EN_SUBJECT_WORD.search(_EN_ADVERBIAL.sub(" ", subject)):
        return "none"  # a subject the names do not cover (a brand name, "the Service", "Materials")
    if cut >= 0:
        # "We may, but are not obliged to, …": the verb shares the subject of the clause before
        earlier = [h for h in _name_hits(region[:cut], names) if h[1] != "both"]
        if earlier:
            return earlier[0][1]
    # "In no event shall Provider be liable": the actor follows the modal
    tail = text[modal_at : modal_at + 60]
    if _EN_BOTH.search(tail):
        return "both"
    # "in no event shall X's liability to you ...": a party after to / for / against is not the actor
    hits = [h for h in _name_hits(tail, names) if h[1] != "both" and not _EN_OBJECT.search(tail[: h[0]])]
    return hits[0][1] if hits else "none"


# a clause joined to the one before: "… ends and we may …"
_EN_JOINED = re.compile(r"\b(?:and|but|so|while|whereas)\s+$", re.IGNORECASE)
# a clause that opens with a condition or a time: "after your account is closed we will …"
_EN_SUBORDINATE = re.compile(
    r"\b(?:after|when|once|if|where|upon|following|before|until|unless|while|as\s+soon\s+as)\b", re.IGNORECASE
)
_EN_FRONTED = re.compile(r"in\s+no\s+(?:event|case)|under\s+no\s+circumstances", re.IGNORECASE)
_EN_IMPERATIVE = re.compile(r"[\s\"“'‘(\-•*0-9.]*(?:please\s+)?(?:do\s+not|don['’]t|never)\b", re.IGNORECASE)
_EN_ADVERBIAL = re.compile(
    r"\b(?:in\s+no\s+event|under\s+no\s+circumstances|notwithstanding|however|accordingly|further(?:more)?|also|and|or|but|then|thereafter|except|provided)\b",
    re.IGNORECASE,
)
_EN_SUBJECT_WORD = re.compile(r"[A-Za-z]{3,}")
_EN_OBJECT = re.compile(r"\b(?:to|for|against|towards?|with|by)\s+(?:the\s+)?$", re.IGNORECASE)
