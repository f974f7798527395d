"""The shared data models: the single source of truth for every structure.

Catalog items, playbooks, deal profiles, checklists, ingested documents and
review results are all defined here, as strict pydantic v2 models
(``extra="forbid"``). The JSON Schemas shipped in ``aicc/schemas`` are
generated from these classes (``python -m aicc.schemas``), so editors and
other programs can validate item files and review output.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from aicc.vocabulary import DEAL_TYPES, ORG_SIZES, SECTORS, TOPICS

# Bump the major version on any breaking change to the review JSON.
REVIEW_SCHEMA_VERSION = "1.0.0"
CHECKLIST_SCHEMA_VERSION = "1.0.0"

Side = Literal["input", "output", "cross-cutting"]
Heading = Literal[
    "identification",
    "provision",
    "use",
    "external-provision",
    "ownership",
    "processing-results",
    "cross-cutting",
]
DealType = Literal["general-service", "customized", "new-development"]
Role = Literal["user", "vendor"]
Protects = Literal["user", "vendor", "both"]
EvidenceTag = Literal["attested", "heading", "inferred"]
Severity = Literal["high", "medium", "low"]
Lang = Literal["ja", "en"]
Sector = Literal["general", "finance", "healthcare", "manufacturing", "retail", "public", "telecom", "education"]
OrgSize = Literal["startup", "sme", "large", "public-body"]
PersonalData = Literal["none", "personal", "sensitive"]
AiKind = Literal["generative", "discriminative"]
Status = Literal["addressed", "missing", "needs-review"]
Position = Literal["favourable", "neutral", "unfavourable"]
DocLanguage = Literal["ja", "en", "mixed"]
DocFormat = Literal["pdf", "docx", "html", "markdown", "text"]
PartyRole = Literal["vendor", "user", "unknown"]
SourceKind = Literal["secondary", "statute", "guideline", "regulator", "practice"]

ITEM_ID_RE = re.compile(r"^(IN|OUT|X|H)-[A-Z]+-\d{2}[a-z]?$")

assert set(DEAL_TYPES) == set(DealType.__args__)  # type: ignore[attr-defined]
assert set(SECTORS) == set(Sector.__args__)  # type: ignore[attr-defined]
assert set(ORG_SIZES) == set(OrgSize.__args__)  # type: ignore[attr-defined]


class Strict(BaseModel):
    """Base for every model: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=False)


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


NonBlank = Annotated[str, AfterValidator(_non_blank)]


def _known_topic(value: str) -> str:
    if value not in TOPICS:
        raise ValueError(f"unknown topic {value!r}; see aicc.vocabulary.TOPICS")
    return value


TopicKey = Annotated[str, AfterValidator(_known_topic)]


def _item_id(value: str) -> str:
    if not ITEM_ID_RE.match(value):
        raise ValueError(f"item id {value!r} does not follow the scheme IN-USE-02 / OUT-OWN-01 / X-LAW-01 / H-ABC-01")
    return value


ItemId = Annotated[str, AfterValidator(_item_id)]


class LocalText(Strict):
    """A text in both languages. Japanese is authoritative."""

    ja: NonBlank
    en: NonBlank

    def get(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


# ---------------------------------------------------------------- catalog


class Source(Strict):
    """A source cited by items; kept once in the catalog and referenced by id."""

    id: NonBlank
    kind: SourceKind
    title: LocalText
    url: str | None = None
    note: str | None = None


class Reference(Strict):
    """A citation: a source id from the catalog's source list plus a locator."""

    source: NonBlank
    locator: NonBlank


class SidePositions(Strict):
    """The positions one party takes on an item."""

    favourable: LocalText
    unfavourable: LocalText
    fallback: LocalText


class ItemPositions(Strict):
    user: SidePositions
    vendor: SidePositions


class SampleClauses(Strict):
    """A clause each side can propose. ``vendor`` is omitted where the sides do not differ."""

    user: LocalText
    vendor: LocalText | None = None

    def for_role(self, role: Role) -> LocalText:
        if role == "vendor" and self.vendor is not None:
            return self.vendor
        return self.user


class LangHints(Strict):
    """Detection hints for one language.

    ``patterns``, ``favourable`` and ``unfavourable`` are regular expressions.
    They may use the macros ``{V}`` and ``{U}``, which the engine expands to the
    names the document uses for the vendor and the user (当社/乙/Provider/we …), and
    ``{O}`` for the names it defines for the output ("Suggestions"), and
    may open with ``{not:NAME}`` to skip the look-alike sentences of ``aicc.lookalikes``
    (``data/lookalikes.yaml``), such as a password kept secret, and may use
    ``{phrase:NAME}`` for a phrase several rules share (``data/phrases.yaml``).
    ``favourable`` and ``unfavourable`` are judged from the user's side; the
    engine mirrors them for ``--role vendor``.
    """

    keywords: list[NonBlank] = Field(min_length=1)
    patterns: list[NonBlank] = Field(default_factory=list)
    exemplars: list[NonBlank] = Field(min_length=1)
    favourable: list[NonBlank] = Field(default_factory=list)
    unfavourable: list[NonBlank] = Field(default_factory=list)


class Detection(Strict):
    ja: LangHints
    en: LangHints

    @model_validator(mode="after")
    def _compiles(self, info: ValidationInfo) -> Detection:
        if isinstance(info.context, dict) and info.context.get("trusted"):
            return self  # the bundled catalog, already checked by `aicc catalog validate` and the tests
        from aicc import macros

        for lang in ("ja", "en"):
            hints: LangHints = getattr(self, lang)
            for pattern in [*hints.patterns, *hints.favourable, *hints.unfavourable]:
                try:
                    re.compile(macros.expand(pattern, lang).replace("{V}", "V").replace("{U}", "U").replace("{O}", "O"))
                except re.error as exc:
                    raise ValueError(f"bad regular expression {pattern!r}: {exc}") from exc
        return self


class Conditions(Strict):
    """Profile conditions. Every condition given must hold for the item to apply.

    The one exception: ``sectors`` and ``org_sizes``, when both are given, are
    alternatives (a public-sector deal *or* a public body, say).
    """

    personal_data: list[PersonalData] | None = None
    cross_border: bool | None = None
    ai_kind: list[AiKind] | None = None
    confidential_input: bool | None = None
    third_party_content: bool | None = None
    sectors: list[Sector] | None = None
    org_sizes: list[OrgSize] | None = None
    roles: list[Role] | None = None


class TestClause(Strict):
    """A clause with the finding the engine must reach for it."""

    __test__ = False  # not a pytest class

    text: NonBlank
    lang: Lang
    status: Literal["addressed", "missing"]
    position: Position | None = None
    role: Role = "user"

    @model_validator(mode="after")
    def _position_only_when_addressed(self) -> TestClause:
        if self.status == "missing" and self.position is not None:
            raise ValueError("a 'missing' test clause cannot have a position")
        return self


class Item(Strict):
    """One checklist item, as written in ``items/<id>.yaml``."""

    id: ItemId
    side: Side
    heading: Heading
    title: LocalText
    question: LocalText
    guidance: LocalText
    deal_types: list[DealType] = Field(min_length=1)
    conditions: Conditions = Field(default_factory=Conditions)
    protects: Protects
    topics: list[TopicKey] = Field(min_length=1)
    references: list[Reference] = Field(min_length=1)
    evidence_tag: EvidenceTag
    positions: ItemPositions
    sample_clauses: SampleClauses
    detection: Detection
    severity: Severity
    not_automatable: LocalText | None = None
    tests: list[TestClause] = Field(default_factory=list)

    @model_validator(mode="after")
    def _side_matches_id(self) -> Item:
        prefix = self.id.split("-")[0]
        expected = {"IN": "input", "OUT": "output", "X": "cross-cutting"}.get(prefix)
        if expected is not None and expected != self.side:
            raise ValueError(f"id {self.id} has prefix {prefix} but side is {self.side!r}")
        if (self.side == "cross-cutting") != (self.heading == "cross-cutting"):
            raise ValueError("side 'cross-cutting' goes with heading 'cross-cutting' and only with it")
        return self


class ProfileRule(Strict):
    """How one sector or organisation size changes the checklist (documented in catalog.yaml)."""

    when: Conditions
    raise_to: Severity
    items: list[ItemId] = Field(default_factory=list)
    topics: list[TopicKey] = Field(default_factory=list)
    note: LocalText


class Provenance(Strict):
    official_text_available: bool
    statement: LocalText


class CatalogMeta(Strict):
    """The catalog file (``catalog.yaml``): metadata, edition and sources."""

    kind: Literal["catalog"]
    id: NonBlank
    version: NonBlank
    edition: NonBlank
    title: LocalText
    publisher: LocalText
    published: NonBlank
    provenance: Provenance
    sources: list[Source] = Field(min_length=1)
    profile_rules: list[ProfileRule] = Field(default_factory=list)


class Catalog(BaseModel):
    """A loaded catalog: metadata plus its items, in id order."""

    model_config = ConfigDict(extra="forbid")

    meta: CatalogMeta
    items: list[Item]

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def source_ids(self) -> set[str]:
        return {source.id for source in self.meta.sources}


# ---------------------------------------------------------------- playbook


class PositionOverride(Strict):
    favourable: LocalText | None = None
    unfavourable: LocalText | None = None
    fallback: LocalText | None = None


class PlaybookSelect(Strict):
    """Which items to keep. ``include`` (ids) or ``include_topics`` narrow; ``exclude`` removes."""

    include: list[ItemId] | None = None
    include_topics: list[TopicKey] | None = None
    exclude: list[ItemId] = Field(default_factory=list)


class PlaybookModify(Strict):
    item: ItemId
    severity: Severity | None = None
    user: PositionOverride | None = None
    vendor: PositionOverride | None = None
    sample_clause: LocalText | None = None
    note: LocalText | None = None


class Playbook(Strict):
    """An organisation's overlay on a catalog (an OSCAL-style profile)."""

    kind: Literal["playbook"]
    id: NonBlank
    title: LocalText
    catalog: NonBlank
    sources: list[Source] = Field(default_factory=list)
    select: PlaybookSelect = Field(default_factory=PlaybookSelect)
    modify: list[PlaybookModify] = Field(default_factory=list)
    add: list[Item] = Field(default_factory=list)


# ---------------------------------------------------------------- profile


class Profile(Strict):
    """The deal profile that tailors the checklist."""

    deal_type: DealType | None = None
    role: Role = "user"
    sector: Sector = "general"
    org_size: OrgSize = "large"
    # None means "not stated": items that depend on it are kept, with a reason saying so,
    # so that a missing flag never silently drops a personal-data or transfer item.
    personal_data: PersonalData | None = None
    cross_border: bool | None = None
    countries: list[NonBlank] = Field(default_factory=list)
    home_jurisdiction: NonBlank = "JP"
    ai_kind: AiKind = "generative"
    confidential_input: bool | None = None
    third_party_content: bool | None = None

    @model_validator(mode="after")
    def _countries_need_cross_border(self) -> Profile:
        if self.countries and self.cross_border is None:
            self.cross_border = True
        self.home_jurisdiction = self.home_jurisdiction.upper()
        return self


class ProfileFile(Profile):
    """``profile.yaml`` as written by ``aicc interview``."""

    kind: Literal["profile"] = "profile"


# ---------------------------------------------------------------- checklist


class TailoredItem(BaseModel):
    """An item that applies to a deal, with the reasons it applies."""

    model_config = ConfigDict(extra="forbid")

    item: Item
    severity: Severity
    reasons: list[LocalText]
    notes: list[LocalText] = Field(default_factory=list)


class ChecklistEntry(Strict):
    """One row of ``aicc checklist --format json``."""

    id: str
    side: Side
    heading: Heading
    title: LocalText
    question: LocalText
    severity: Severity
    evidence_tag: EvidenceTag
    topics: list[str]
    deal_types: list[DealType]
    not_automatable: bool
    reasons: list[LocalText]


class CatalogRef(Strict):
    id: str
    version: str
    edition: str


class ChecklistOutput(Strict):
    schema_version: str = CHECKLIST_SCHEMA_VERSION
    catalog: CatalogRef
    playbook: str | None = None
    profile: Profile
    items: list[ChecklistEntry]


# ---------------------------------------------------------------- documents


class Page(Strict):
    number: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Clause(Strict):
    """A numbered unit of the contract. ``text == document.text[start:end]``."""

    id: str
    number: str | None = None
    heading: str | None = None
    parent: str | None = None
    level: int = Field(ge=0, default=0)
    kind: Literal["preamble", "recital", "clause", "schedule"] = "clause"
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    page: int = Field(ge=1, default=1)


class Definition(Strict):
    term: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Party(Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    role: PartyRole = "unknown"
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(Strict):
    """A contract document after ingest and segmentation. Offsets index ``text``."""

    source: str
    sha256: str
    format: DocFormat
    language: DocLanguage
    text: str
    pages: list[Page]
    clauses: list[Clause] = Field(default_factory=list)
    definitions: list[Definition] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    ocr: bool = False
    encoding: str | None = None
    warnings: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- review


class ToolInfo(Strict):
    name: str
    version: str
    engine: str
    embedding_model: str | None = None


class ReviewProfile(Profile):
    """The profile used by a review, with how the deal type was decided."""

    deal_type_source: Literal["flag", "profile", "inferred"] = "flag"
    deal_type_reason: LocalText | None = None


class ReviewDocument(Strict):
    index: int = Field(ge=0)
    source: str
    sha256: str
    format: DocFormat
    language: DocLanguage
    pages: list[Page]
    text: str
    parties: list[Party]
    clauses: list[Clause] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class Evidence(Strict):
    """A verbatim quote: ``quote == documents[document].text[start:end]``."""

    document: int = Field(ge=0)
    clause: str | None = None
    page: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str


class FindingItem(Strict):
    """The copy of the item a report needs, so reports need nothing but the JSON."""

    title: LocalText
    question: LocalText
    guidance: LocalText
    heading: Heading
    side: Side
    evidence_tag: EvidenceTag
    severity: Severity
    protects: Protects
    positions: ItemPositions
    fallback: LocalText
    sample_clause: LocalText
    not_automatable: LocalText | None = None
    notes: list[LocalText] = Field(default_factory=list)


class Finding(Strict):
    item_id: str
    item: FindingItem
    topics: list[str]
    status: Status
    position: Position | None
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence]
    cue: str | None = None
    rationale: LocalText
    suggestion: LocalText | None = None


class TopicSummary(Strict):
    status: Status
    position: Position | None
    in_checklist: bool
    items: list[str]
    evidence: list[Evidence]


class ReviewSummary(Strict):
    items: int
    by_status: dict[str, int]
    by_position: dict[str, int]
    by_heading: dict[str, dict[str, int]]
    by_side: dict[str, dict[str, int]]
    high_severity_open: list[str]
    warnings: list[str] = Field(default_factory=list)


class Review(Strict):
    """The output of ``aicc review --format json``: a public, versioned contract."""

    schema_version: str = REVIEW_SCHEMA_VERSION
    generated_at: str
    tool: ToolInfo
    catalog: CatalogRef
    playbook: str | None = None
    profile: ReviewProfile
    documents: list[ReviewDocument]
    findings: list[Finding]
    topics: dict[str, TopicSummary]
    summary: ReviewSummary
    disclaimer: LocalText
