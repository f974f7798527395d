"""Who is the vendor and who is the user, in the words a document uses.

Ingest resolves the parties (甲/乙, Provider/Customer, 当社/お客様 …) and their roles. The review
expands the ``{V}`` and ``{U}`` macros of detection hints to those names, so that
「乙に帰属する」 is judged by who 乙 is. Where ingest found no party for a role, the usual
names for that role stand in, unless the document gave that name to the other side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from aicc.models import Document

# The usual words for each side. 甲 = user and 乙 = vendor is the common convention of
# Japanese outsourcing and development contracts; ingest's party roles override it.
DEFAULT_VENDOR: tuple[str, ...] = (
    "当社",
    "弊社",
    "ベンダー",
    "ベンダ",
    "受託者",
    "受注者",
    "提供者",
    "サービス提供者",
    "開発者",
    "乙",
    "Provider",
    "Service Provider",
    "Vendor",
    "Supplier",
    "Licensor",
    "Contractor",
    "Developer",
    "Processor",
    "Company",
    "we",
    "We",
    "us",
    "our",
    "Our",
)
DEFAULT_USER: tuple[str, ...] = (
    "お客様",
    "利用企業",
    "契約企業",
    "導入企業",
    "利用者",
    "ユーザー",
    "ユーザ",
    "委託者",
    "発注者",
    "顧客",
    "会員",
    "契約者",
    "甲",
    "Customer",
    "Client",
    "User",
    "Licensee",
    "Subscriber",
    "Controller",
    "you",
    "You",
    "your",
    "Your",
)
BOTH: tuple[str, ...] = (
    "each party",
    "Each party",
    "Each Party",
    "either party",
    "Either party",
    "Either Party",
    "neither party",
    "Neither party",
    "Neither Party",
    "both parties",
    "the parties",
    "The parties",
    "the Parties",
    "The Parties",
    "甲及び乙",
    "甲乙",
    "両当事者",
    "各当事者",
    "いずれの当事者",
    "本契約の当事者",
)


@dataclass(frozen=True)
class PartyNames:
    """The names used for each side in one contract (all its documents)."""

    vendor: tuple[str, ...]
    user: tuple[str, ...]
    both: tuple[str, ...] = BOTH
    assumed: tuple[str, ...] = field(default=())
    # the names the contract defines for what the AI produces ("Suggestions", 「回答データ」): ``{O}``
    outputs: tuple[str, ...] = field(default=())

    def names(self, side: str) -> tuple[str, ...]:
        return self.vendor if side == "vendor" else self.user

    def alternation(self, side: str) -> str:
        """A regex group that matches any name of the side (longest first)."""
        return _alternation(self.names(side))

    def regex(self, side: str, before: str = "", after: str = "", flags: int = 0) -> re.Pattern[str]:
        """``before + alternation(side) + after``, compiled once."""
        return _compiled(before + self.alternation(side) + after, flags)

    def expand(self, pattern: str) -> str:
        """Replace the ``{V}`` and ``{U}`` macros of a hint with the names of each side, and ``{O}``
        with the contract's own names for the output (none: a group that matches nothing)."""
        if "{V}" in pattern:
            pattern = pattern.replace("{V}", self.alternation("vendor"))
        if "{U}" in pattern:
            pattern = pattern.replace("{U}", self.alternation("user"))
        if "{O}" in pattern:
            pattern = pattern.replace("{O}", _alternation(self.outputs, plural=True) if self.outputs else "(?!)")
        return pattern


# a name given with its gloss, 「乙（株式会社メディスキャン・ラボ）」 or "Licensor (Corvane Systems)": both parts name the party
_GLOSSED = re.compile(r"\s*([^（()）]+?)\s*[（(]\s*([^（()）]+?)\s*[)）]\s*")


# an English article before a name given by flag: "the Authority"
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)


def _given(name: str | None) -> list[str]:
    """The names a ``--vendor-name``/``--user-name`` flag gives: the name, the two parts of a glossed one,
    and the name without an English article ("the Authority" names "The Authority may …")."""
    if not name:
        return []
    glossed = _GLOSSED.fullmatch(name)
    given = [name, *glossed.groups()] if glossed else [name]
    bare = _ARTICLE.sub("", name)
    return [*given, bare] if bare and bare != name else given


def resolve_names(
    documents: list[Document] | None = None, *, vendor_name: str | None = None, user_name: str | None = None
) -> PartyNames:
    """The vendor's and the user's names across all documents, plus the usual defaults.

    A name given with ``--vendor-name``/``--user-name`` wins over ingest's reading: the party that
    bears it takes that role, and a party ingest gave that role takes the other one.
    """
    given_vendor, given_user = _given(vendor_name), _given(user_name)
    vendor, user = list(given_vendor), list(given_user)
    parties = [(party, [party.name, *party.aliases]) for doc in documents or [] for party in doc.parties]
    flagged = {
        side: any(n in names for _, names in parties for n in given)
        for side, given in (("user", given_user), ("vendor", given_vendor))
    }
    for party, names in parties:
        role = party.role
        if any(n in names for n in given_user):
            role = "user"
        elif any(n in names for n in given_vendor):
            role = "vendor"
        elif role in ("user", "vendor") and flagged.get(role):
            role = "vendor" if role == "user" else "user"  # the flag named another party for this role
        if role == "vendor":
            vendor.extend(n for n in names if n.strip())
        elif role == "user":
            user.extend(n for n in names if n.strip())
    if not any(n not in _PRONOUNS for n in vendor):
        # terms of service that call the vendor "we" and, by brand, "Google" or "Microsoft"
        vendor.extend(brand for doc in documents or [] if (brand := _brand(doc.text)) and brand not in user)
    if user_name:
        vendor = [n for n in vendor if n not in given_user]
    if vendor_name:
        user = [n for n in user if n not in given_vendor]
    claimed_vendor, claimed_user = set(vendor), set(user)
    assumed: list[str] = []
    for name in DEFAULT_VENDOR:
        if name not in claimed_user and name not in claimed_vendor:
            vendor.append(name)
            if name in ("乙",):
                assumed.append(name)
    for name in DEFAULT_USER:
        if name not in claimed_vendor and name not in claimed_user:
            user.append(name)
            if name in ("甲",):
                assumed.append(name)
    resolved = PartyNames(vendor=tuple(dict.fromkeys(vendor)), user=tuple(dict.fromkeys(user)), assumed=tuple(assumed))
    return replace(resolved, outputs=output_terms(documents or [], resolved))


# A defined term for what the AI produces: '"Suggestions" means code completions … generated by the
# Service', 「「回答」とは、本サービスが利用者の入力に応じて生成し出力する文章等をいう」. A term named for
# the user's own material ("Customer Data", 「入力データ」) is not one, whatever its definition adds.
_MADE_BY_AI = re.compile(
    r"\b(?:generated|produced|created|returned|output)\s+(?:by|from|through|using)\s+(?:the\s+|an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:services?|platform|ai|intelligence|model|models|solution|tool|system|software|api|application|features?|add-?ons?|generators?|engines?)\b"
    # "… and any other text the Add-On generates from Meeting Audio"
    r"|\b(?:services?|platform|ai|model|models|solution|tool|system|software|api|application|features?|add-?ons?|generators?|engines?)"
    r"\s+(?:generates?|produces?|creates?|outputs?|returns?)\b"
    # "… uses models to suggest people you may like ("Match Suggestions"), to generate …"
    r"|\bto\s+(?:generate|draft|suggest|produce)\b"
    r"|(?:生成|出力)(?:し|する|される|された|した)",
    re.IGNORECASE,
)
# names for the user's own material, the service or the model, not for what it produces
_NOT_OUTPUT = re.compile(
    r"\b(?:data|inputs?|prompts?|content|code|materials?|information|models?|services?|systems?|platform|software"
    r"|tools?|feedback|ai)\b|データ|入力|情報|資料|プロンプト|モデル|サービス|システム|ソフトウェア|プログラム|フィードバック|AI$",
    re.I,
)

# … or it is content named for what the AI does, not for whose it is: "Coaching Content" ('… coaching plans … generated by
# artificial intelligence'), not "Your Content", "Submitted Content" or "Licensed Content"
_ACTIVITY_CONTENT = re.compile(
    r"^(?!(?:your|customer|user|client|member|subscriber|learner|licensee|licensed|submitted|uploaded|input|source|stored"
    r"|third[- ]party|partner|provider|publisher|feedback|excluded)\b)[\w-]+\s+content$",
    re.I,
)
# … unless the name itself says it was made: "Extracted Data", "Generated Content", "Transcript Materials", "Migrated Code",
# 「出力データ」
_MADE_NAME = re.compile(
    r"^(?:extracted|output|generated|predicted|inferred|transcripts?|transcription|translations?|translated|converted|migrated"
    r"|transformed|synthetic|summary|summaries)\s|^(?:出力|生成|推論)",
    re.I,
)


def output_terms(documents: list[Document], names: PartyNames) -> tuple[str, ...]:
    """The terms the documents define for what the AI produces (``{O}`` in a rule): made by the
    service or a model, or by the vendor itself ("the synthetic scenes … generated by Provider")."""
    by_vendor = names.regex(
        "vendor", before=r"\b(?:generated|produced)(?:\s+or\s+\w+)?\s+by\s+(?:the\s+)?", flags=re.IGNORECASE
    )
    parties = {name.casefold() for side in ("vendor", "user") for name in names.names(side)} | _SECOND_PERSON
    terms = [
        d.term
        for doc in documents
        for d in doc.definitions
        if (_MADE_BY_AI.search(d.text[:300]) or by_vendor.search(d.text[:300]) or _by_named_tool(d.text[:300], parties))
        and (
            not _NOT_OUTPUT.search(d.term)
            or _MADE_NAME.match(d.term)
            or (_ACTIVITY_CONTENT.match(d.term) and d.term.split()[0].casefold() not in parties)
        )
        and len(d.term) <= 30
    ]
    return tuple(dict.fromkeys(terms))


# made by a tool the contract names: '"Draft Replies" means text generated by ReplyAssist'
_BY_PROPER_NAME = re.compile(
    r"\b(?:generated|produced)\s+by\s+(?:the\s+)?([A-Z][\w-]*[A-Za-z])\b(?!\s+(?:Inc|Ltd|LLC|K\.K|GmbH|Co)\b)"
)


def _by_named_tool(text: str, parties: set[str]) -> bool:
    """The definition says a named tool, not one of the ``parties`` (casefolded names), made the thing it defines."""
    return any(m.group(1).casefold() not in parties for m in _BY_PROPER_NAME.finditer(text))


_PRONOUNS = frozenset({"we", "We", "WE", "us", "Us", "US", "our", "Our", "OUR"})
_SECOND_PERSON = frozenset({"we", "us", "our", "you", "your"})


def written_to_you(documents: list[Document]) -> bool:
    """Terms that only "we" and "you" sign (consumer and click-through terms): ingest named no
    party of either side by a name of its own."""
    parties = [p for doc in documents for p in doc.parties if p.role in ("user", "vendor")]
    return bool(parties) and all(p.name.strip().lower() in _SECOND_PERSON for p in parties)


# "Google Terms of Service", "Microsoft Copilot Terms of Use": the brand leading the title
_TITLE_BRAND = re.compile(
    r"\A\W*([A-Z][A-Za-z0-9&\-]+)(?:\s+[A-Z][A-Za-z0-9&\-]+){0,3}\s+(?:AI\s+)?(?:Terms|Service\s+Terms|Conditions)\b"
)


_NOT_BRANDS = frozenset(
    [
        "general",
        "standard",
        "master",
        "main",
        "basic",
        "common",
        "service",
        "services",
        "platform",
        "website",
        "online",
        "customer",
        "user",
        "privacy",
        "data",
        "business",
        "enterprise",
        "cloud",
        "software",
        "subscription",
        "additional",
        "supplemental",
        "these",
        "the",
        "our",
    ]
)


def _brand(text: str) -> str | None:
    """The brand a terms-of-service title leads with, if the body uses it as a name again."""
    match = _TITLE_BRAND.match(text[:300])
    if match is None:
        return None
    brand = match.group(1)
    if brand.lower() in _NOT_BRANDS:
        return None
    return brand if len(re.findall(rf"\b{re.escape(brand)}\b", text)) >= 3 else None


@lru_cache(maxsize=64)
def _alternation(names: tuple[str, ...], plural: bool = False) -> str:
    """One pattern for any of ``names`` (whole words in English); ``plural``: also "Risk Scores" for
    "Risk Score" (the names of things, not of parties)."""
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        escaped = re.escape(name) + ("(?:e?s)?" if plural and name[-1:].isalpha() and name.isascii() else "")
        parts.append(rf"\b{escaped}\b" if name.isascii() and name[:1].isalnum() else escaped)
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=512)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)
