"""Review assembly: documents + catalog + profile -> the public Review JSON model."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from aicc import __version__
from aicc.errors import AiccError
from aicc.models import (
    Catalog,
    CatalogRef,
    Document,
    Evidence,
    Finding,
    FindingItem,
    LocalText,
    Playbook,
    Profile,
    Review,
    ReviewDocument,
    ReviewProfile,
    ReviewSummary,
    TailoredItem,
    ToolInfo,
    TopicSummary,
)
from aicc.review.clause_model import Best, ClauseModel, DocumentModel, shipped_document_model, shipped_model
from aicc.review.deal_type import infer_deal_type
from aicc.review.embeddings import Embedder, model_label, shared_embedder
from aicc.review.engine import CANDIDATE_SIM, Engine, Match, TopicMatch
from aicc.review.modality import mutual
from aicc.review.parties import resolve_names, written_to_you
from aicc.review.rules import (
    topic_aggregate,
    topic_heeds_disclaimers,
    topic_heeds_exits,
    topic_kind,
    topic_marked_only,
    topic_reads_places,
    topic_takes_secondary,
    topic_tempers_short_notice,
)
from aicc.review.suggest import rationale, suggestion
from aicc.review.textindex import TextIndex
from aicc.review.units import Unit, document_units, find_lists
from aicc.review.wording import (
    EXIT_AT_WILL,
    NO_NOTICE,
    SHORT_NOTICE,
    addresses_nothing_alone,
    defines_term,
    is_definition,
    out_of_scope,
)
from aicc.tailor import tailor
from aicc.vocabulary import HEADINGS, SIDE_ORDER, TOPICS

ENGINE = "aicc-review 1 (catalog hints + topic rules + modality/actor analysis + exemplar embeddings)"
MAX_EVIDENCE = 3
CANDIDATE_THRESHOLD = 0.3
CLOSE = 0.05  # confidence gap within which an unfavourable clause outweighs the best match
DEFINITION_TOPICS = ("input-definition", "output-definition")
SIDE_GAP = 0.15  # ... and within which a clause that takes a side outweighs a best match that takes none
DISCLAIMER = LocalText(
    ja="本レビューは交渉を支援するための自動分析であり、法的助言ではありません。判断は専門家が確認してください。",
    en="This review is an automated aid to negotiation, not legal advice. Have a qualified person check it.",
)

Progress = Callable[[str, int, int], None]
# what a review carries of each ingested document (all of ReviewDocument but its index)
_REVIEW_DOCUMENT_FIELDS = [name for name in ReviewDocument.model_fields if name != "index"]
# Per topic, the signal an English contract needs before the topics map says "addressed"
# (chosen on CUAD by bench/train_topic_gates.py; weaker signal -> "needs-review"). The gates
# may also use the learned CUAD clause model (clause_model.py): its best sentence's probability.
GATES_PATH = Path(__file__).parent / "data" / "topic_gates.json"
Gates = dict[str, dict[str, float]]


@lru_cache(maxsize=1)
def _english_gates() -> Gates:
    if not GATES_PATH.exists():
        return {}
    gates: Gates = json.loads(GATES_PATH.read_text(encoding="utf-8"))
    return gates


def evidence_for(unit: Unit, documents: list[Document]) -> Evidence:
    """Evidence for a unit, verified against the document text."""
    text = documents[unit.document].text
    quote = text[unit.start : unit.end]
    if quote != unit.text:
        raise AiccError(f"internal error: quote of document {unit.document} at {unit.start}:{unit.end} does not match")
    return Evidence(
        document=unit.document, clause=unit.clause, page=unit.page, start=unit.start, end=unit.end, quote=quote
    )


def verify_evidence(review: Review) -> None:
    """Every quote must equal documents[i].text[start:end]; raise otherwise."""
    for finding in review.findings:
        for ev in finding.evidence:
            if review.documents[ev.document].text[ev.start : ev.end] != ev.quote:
                raise AiccError(f"quote of {finding.item_id} is not in document {ev.document} at {ev.start}:{ev.end}")
    for key, topic in review.topics.items():
        for ev in topic.evidence:
            if review.documents[ev.document].text[ev.start : ev.end] != ev.quote:
                raise AiccError(f"quote of topic {key} is not in document {ev.document} at {ev.start}:{ev.end}")


def _preferred(topic: str, role: str) -> str:
    """The position that decides when a topic's clauses disagree: the unfavourable one, except on
    ``favourable-first`` topics (topics.yaml), where the clause that is good for the user decides,
    which is favourable for a user and unfavourable for a vendor."""
    if topic_aggregate(topic) == "favourable-first":
        return "favourable" if role == "user" else "unfavourable"
    return "unfavourable"


def _aggregate(positions: list[str | None], preferred: str = "unfavourable") -> str | None:
    """The preferred position if any clause has it, then the opposite one, else neutral."""
    known = [p for p in positions if p is not None]
    if not known:
        return None
    for wanted in (preferred, "favourable" if preferred == "unfavourable" else "unfavourable"):
        if wanted in known:
            return wanted
    return "neutral"


def _finding_item(entry: TailoredItem, role: str) -> FindingItem:
    item = entry.item
    side = item.positions.user if role == "user" else item.positions.vendor
    return FindingItem(
        title=item.title,
        question=item.question,
        guidance=item.guidance,
        heading=item.heading,
        side=item.side,
        evidence_tag=item.evidence_tag,
        severity=entry.severity,
        protects=item.protects,
        positions=item.positions,
        fallback=side.fallback,
        sample_clause=item.sample_clauses.for_role(role),  # type: ignore[arg-type]
        not_automatable=item.not_automatable,
        notes=entry.notes,
    )


def _finding(
    entry: TailoredItem,
    matches: list[Match],
    candidates: list[Match],
    documents: list[Document],
    role: str,
) -> Finding:
    item = entry.item
    many = len(documents) > 1
    # a definition says what a word means, not who may do what: it decides nothing while a clause
    # matches, and a term's definition, the opening recitals or the purpose article alone do not
    # address an item (unless the item is about the definitions themselves)
    about_definitions = any(topic in DEFINITION_TOPICS for topic in item.topics)
    # (a sentence that puts its subject outside the contract decides nothing, even about the definitions)
    clauses = (
        [m for m in matches if not out_of_scope(m.unit.text)]
        if about_definitions
        else [m for m in matches if not is_definition(m.unit.text)]
    )
    if not clauses:
        matches = [m for m in matches if not addresses_nothing_alone(m.unit.text)]
    if item.not_automatable is not None:
        status, position = "needs-review", None
        shown = candidates[:MAX_EVIDENCE]
        confidence = round(shown[0].confidence, 3) if shown else 0.0
        cue = shown[0].basis if shown else None
    elif matches:
        status = "addressed"
        clauses = clauses or matches
        decisive = clauses[0]
        # a clause almost as relevant as the best one that is unfavourable is what the user must see
        # (favourable, on the topics where one good clause is what the user needs: topics.yaml)
        wanted = _preferred(item.topics[0], role)
        close = 1.0 if topic_aggregate(item.topics[0]) == "favourable-first" else CLOSE
        if close == 1.0 and any(_taking_sides(m) and not _refuses_own(m) for m in clauses):
            # the user refusing a promise of its own is no good clause for it when another takes a side
            clauses = [m for m in clauses if not _refuses_own(m)]
            decisive = clauses[0]
        # (on those topics any good clause counts; elsewhere, one among the best few)
        for other in clauses[1:] if close == 1.0 else clauses[1:MAX_EVIDENCE]:
            if (
                other.judgement is not None
                and other.judgement.position == wanted
                and other.confidence >= decisive.confidence - close
                and (decisive.judgement is None or decisive.judgement.position != wanted)
            ):
                decisive = other
                break
        if decisive.judgement is None or decisive.judgement.position == "neutral":
            # a heading or a bare mention says nothing either way: a clause about as relevant that
            # takes a side is what decides
            decisive = next(
                (
                    m
                    for m in clauses
                    if m.judgement is not None
                    and m.judgement.position != "neutral"
                    and m.confidence >= decisive.confidence - SIDE_GAP
                ),
                decisive,
            )
        shown = [decisive, *[m for m in matches[:MAX_EVIDENCE] if m is not decisive]][:MAX_EVIDENCE]
        position = decisive.judgement.position if decisive.judgement is not None else "neutral"
        # how sure the item is addressed: the deciding clause's score, or the best match's when the
        # deciding clause is much less sure of the item (it decides the position, not the presence)
        best = matches[0].confidence
        confidence = round(decisive.confidence if decisive.confidence >= best - CLOSE else best, 3)
        cue = decisive.judgement.cue if decisive.judgement is not None else decisive.basis
    else:
        status, position, shown = "missing", None, []
        best = candidates[0].confidence if candidates else 0.0
        confidence = round(1.0 - best, 3)
        cue = None
    return Finding(
        item_id=item.id,
        item=_finding_item(entry, role),
        topics=list(item.topics),
        status=status,
        position=position,
        confidence=min(max(confidence, 0.0), 1.0),
        evidence=[evidence_for(m.unit, documents) for m in shown],
        cue=cue,
        rationale=rationale(item, status, position, shown, role, many),  # type: ignore[arg-type]
        suggestion=suggestion(item, status, position, role),  # type: ignore[arg-type]
    )


def _gate_signals(
    gate: dict[str, float] | None, learned: Best | None
) -> tuple[dict[str, float] | None, float, float, float]:
    """(rule/item gate, min p with the rules, min p alone, p) for a topic; p = 0 without the model.

    With the learned clause model a topic's gate has its own rule/item bars (``model_*``): the topic
    is addressed when (the rule/item signal passes them and p >= ``model_with_rules``) or
    p >= ``model_alone``. Without the model (or a gate chosen without it) the plain bars apply.
    """
    if gate is None or learned is None or "model_alone" not in gate:
        return gate, 0.0, 2.0, 0.0
    bars = {
        "min_rule_sentences": gate["model_min_rule_sentences"],
        "min_item_confidence": gate["model_min_item_confidence"],
    }
    return bars, gate["model_with_rules"], gate["model_alone"], learned.p


def _stack(gate: dict[str, float] | None, r: int, c: float, p: float, d: float | None) -> bool | None:
    """The topic's stacked decision over (rules, items, clause model, document model), or None without one.

    Some topics' gates (bench/train_topic_gates.py) are a small logistic stack: addressed when
    stack_r log(1 + r) + stack_c c + stack_p logit(p) + stack_d d + stack_bias >= 0, with r the rule
    sentences, c the best item confidence, p the clause model's best sentence and d the document
    model's score of the whole English text. The clause model alone (p >= ``model_alone``) still
    makes such a topic addressed."""
    if gate is None or d is None or "stack_bias" not in gate:
        return None
    q = min(max(p, 1e-6), 1 - 1e-6)
    x = (math.log1p(r), c, math.log(q / (1 - q)), d)
    keys = ("stack_r", "stack_c", "stack_p", "stack_d")
    return sum(gate[k] * v for k, v in zip(keys, x, strict=True)) + gate["stack_bias"] >= 0


def _refuses_own(match: TopicMatch | Match) -> bool:
    """The clause is the user refusing a promise of its own (「甲は、提供データの正確性について保証しない」):
    on a favourable-first topic, no warranty or commitment the user gets."""
    judgement = match.judgement
    return (
        judgement is not None
        and judgement.analysis.actor == "user"
        and judgement.analysis.modality in ("disclaim", "not-obliged")
    )


def _protects_user(match: TopicMatch) -> bool:
    """A clause the topic's rules see that protects the user too: one good for it, or a duty both parties bear."""
    judgement = match.judgement
    if judgement.yields:
        return False
    return judgement.position == "favourable" or (
        judgement.position == "neutral" and judgement.analysis.actor == "both"
    )


def _taking_sides(match: Match) -> bool:
    return match.judgement is not None and match.judgement.position != "neutral"


def _rule_matches_of(finding: Finding, matches: list[TopicMatch]) -> list[TopicMatch]:
    """The topic's own rule matches of the finding's deciding clause."""
    return [
        m
        for e in finding.evidence[:1]
        for m in matches
        if e.document == m.unit.document and m.unit.start <= e.start < m.unit.end
    ]


def _seen_by_rules(finding: Finding, matches: list[TopicMatch]) -> bool:
    """The finding's deciding clause is one that the topic's own rules see."""
    return bool(_rule_matches_of(finding, matches))


def _refused_own(finding: Finding, matches: list[TopicMatch]) -> bool:
    """The finding's deciding clause is the user refusing a promise of its own."""
    return any(_refuses_own(m) for m in _rule_matches_of(finding, matches))


def _vouches(finding: Finding, matches: list[TopicMatch]) -> bool:
    """The finding's deciding clause may decide a favourable-first topic: the topic's own rules see
    it, and it is not the user refusing a promise of its own (「甲は、提供データの正確性について保証しない」
    is no warranty the user gets)."""
    return _seen_by_rules(finding, matches) and not _refused_own(finding, matches)


def _marked_only(key: str, deciding: list[Finding], seen: list[TopicMatch], position: str) -> bool:
    """The good clauses on the topic rest on a mutual duty over marked information only (topics.yaml
    ``marked-only``): the topic's rules see such a clause, and neither they nor a good clause name the
    user's data."""
    rule = topic_marked_only(key)
    if rule is None or not any(rule.covers_marked(m.unit.text) and mutual(m.unit.text) for m in seen):
        return False
    said = [m.unit.text for m in seen] + [e.quote for f in deciding if f.position == position for e in f.evidence]
    return not any(rule.names_user_data(text) for text in said)


def _topics(
    findings: list[Finding],
    topic_matches: dict[str, list[TopicMatch]],
    documents: list[Document],
    gates: Gates | None = None,
    *,
    role: str = "user",
    units: list[Unit] | None = None,
    model: ClauseModel | None = None,
    document_model: DocumentModel | None = None,
) -> dict[str, TopicSummary]:
    """The topics map. English contracts get the CUAD-chosen gates and, when shipped, the learned models.

    ``gates=None`` means: the shipped gates and models for an all-English contract, none otherwise.
    The gates were chosen on CUAD, agreements between named companies; terms that only "we" and
    "you" sign (consumer terms) are another population, and there a liability exclusion or a
    choice of law that the rules see is taken as it is. Explicit ``gates`` use the models only when
    they are passed too.
    """
    all_english = bool(documents) and all(doc.language == "en" for doc in documents)
    if gates is None:
        english = all_english and not written_to_you(documents)
        gates = _english_gates() if english else {}
        model = shipped_model() if english else None
        document_model = shipped_document_model() if english else None
    scored = [u for u in units or [] if u.lang == "en"]
    best = model.best([u.text for u in scored]) if model is not None and scored else {}
    whole = document_model.scores(" ".join(u.text for u in scored)) if document_model is not None and best else {}
    out: dict[str, TopicSummary] = {}
    # what is good and bad for our side: a clause good for the user is bad for a vendor
    good, bad = ("favourable", "unfavourable") if role == "user" else ("unfavourable", "favourable")
    for key in TOPICS:
        related = [f for f in findings if key in f.topics]
        # an item speaks for its main topic; its other topics only put it in the checklist
        automated = [f for f in related if f.item.not_automatable is None and f.topics[0] == key]
        addressed = [f for f in automated if f.status == "addressed"]
        seen_by_rules = topic_matches.get(key, [])
        evidence: list[Evidence] = []
        learned = best.get(key)
        gate, with_rules, alone, p = _gate_signals(gates.get(key), learned)
        # a term's definition alone addresses no topic ("Retention Schedule means the customer's schedule");
        # in English the CUAD-aligned topics count every sentence: their gates were fitted on all
        defined_only = (
            bool(seen_by_rules)
            and not addressed
            and (key not in _english_gates() or not all_english)
            and all(defines_term(m.unit.text) or out_of_scope(m.unit.text) for m in seen_by_rules)
        )
        strong = bool(addressed or (seen_by_rules and not defined_only))
        if gate is not None and strong:
            strong = len(seen_by_rules) >= gate["min_rule_sentences"] or any(
                f.confidence >= gate["min_item_confidence"] for f in addressed
            )
        strong = (strong and p >= with_rules) or p >= alone
        c = max((f.confidence for f in addressed), default=0.0)
        stacked = _stack(gates.get(key), len(seen_by_rules), c, p, whole.get(key))
        strong = strong if stacked is None else stacked or p >= alone  # a sure clause still speaks alone
        # the model's best sentence is evidence when the model took part in the decision
        model_evidence = (
            [evidence_for(scored[learned.unit], documents)]
            if learned is not None and (with_rules > 0.0 or alone <= 1.0) and p >= min(with_rules or 2.0, alone)
            else []
        )
        if stacked and learned is not None and not (addressed or seen_by_rules or model_evidence):
            # a stack has no sentence of its own: quote the clause model's best one rather than nothing
            model_evidence = [evidence_for(scored[learned.unit], documents)]
        if strong:
            status = "addressed"
            preferred = _preferred(key, role)
            deciding = addressed
            beside: list[str | None] = []
            if topic_aggregate(key) == "favourable-first" and key in topic_matches:
                # one good clause decides such a topic only when it is about the topic: the topic's own
                # rules must see it ("we will not identify you as the source of feedback" is no
                # commitment on personal data), and it is no refusal of the user's own
                deciding = [f for f in addressed if f.position != preferred or _vouches(f, seen_by_rules)]
                if not deciding:
                    # when none does, the findings speak, but not the user refusing a promise of its own; when
                    # that is all there is, the other party's clauses the topic's rules see decide (「乙は、本業務を
                    # 善良な管理者の注意をもって遂行するが、…保証するものではない」 beside 「甲は、提供データの正確性
                    # について保証しない」), and with none of those, the user's own clause does
                    deciding = [f for f in addressed if not _refused_own(f, seen_by_rules)]
                    if not deciding:
                        beside = [m.judgement.position for m in seen_by_rules if m.judgement.analysis.actor != "user"]
                        deciding = [] if beside else addressed
            if preferred == "unfavourable" and topic_takes_secondary(key):
                # an item that lists the topic second speaks for it too when it finds unfavourable a
                # clause the topic's own rules see (topics.yaml ``secondary``)
                deciding = deciding + [
                    f
                    for f in related
                    if f not in automated
                    and f.item.not_automatable is None
                    and f.status == "addressed"
                    and f.position == "unfavourable"
                    and _seen_by_rules(f, seen_by_rules)
                ]
            # (as in a finding, a definition or the opening recitals decide nothing while a clause speaks)
            heard = ([m for m in seen_by_rules if not is_definition(m.unit.text)] or seen_by_rules)[:MAX_EVIDENCE]
            if any(_protects_user(m) for m in seen_by_rules):
                # a duty of the user's own counts against it only where nothing the topic's rules see protects it
                # (topics.yaml ``user-own``): the findings it decided, and it, give way
                deciding = [
                    f for f in deciding if not any(m.judgement.yields for m in _rule_matches_of(f, seen_by_rules))
                ]
                heard = [m for m in heard if not m.judgement.yields]
            positions: list[str | None] = [*(f.position for f in deciding), *beside] or [
                m.judgement.position for m in heard
            ]
            if topic_reads_places(key) and all(pos == "neutral" for pos in positions):
                # where the data is kept: when no item takes a side, a place the topic's own rules
                # read decides ("… which may process that text in other countries where those
                # providers operate" beside "stored in data centres located in Australia")
                positions += [m.judgement.position for m in seen_by_rules]
            if topic_heeds_exits(key) and positions and all(pos == "neutral" for pos in positions):
                # the user's own way out, which no item quoted, is what the rubric asks for beside even
                # clauses ("Customer may terminate any Order Form for convenience on sixty days' notice" beside
                # a mutual right to terminate for cause)
                positions += [
                    m.judgement.position
                    for m in seen_by_rules
                    if m.judgement.analysis.actor == "user"
                    and m.judgement.position == good
                    and EXIT_AT_WILL.search(m.unit.text)
                ]
            if addressed and topic_kind(key) == "law":
                # a law or forum position rests on the places named, which the topic's own rules read
                # as well as an item does: a foreign court beside a home one must not be missed
                positions += [m.judgement.position for m in seen_by_rules]
            if deciding and topic_heeds_disclaimers(key):
                quoted = {(e.document, e.start) for f in deciding for e in f.evidence[:1]}
                positions += [
                    m.judgement.position
                    for m in seen_by_rules
                    if m.judgement.position == bad
                    and m.judgement.analysis.actor == "vendor"
                    and m.judgement.analysis.modality == "disclaim"
                    and (m.unit.document, m.unit.start) not in quoted
                ]
            position = _aggregate(positions, preferred)
            if (
                topic_tempers_short_notice(key)
                and position == bad
                and any(SHORT_NOTICE.search(m.unit.text) for m in seen_by_rules)
                and not any(NO_NOTICE.search(m.unit.text) for m in seen_by_rules)
            ):
                # a notice shorter than the rubric's month is neither a change on posting nor the time it asks
                # for (unless another clause lets a change come with no notice at all)
                position = "neutral"
            if position == good and _marked_only(key, deciding, seen_by_rules, position):
                position = "neutral"
            evidence.extend(model_evidence)
            for f in addressed:
                evidence.extend(f.evidence[:1])
            for m in seen_by_rules[:MAX_EVIDENCE]:
                evidence.append(evidence_for(m.unit, documents))
        elif addressed or (seen_by_rules and not defined_only) or model_evidence:
            # some signal, but under the topic's gate: a person should look
            status, position = "needs-review", None
            evidence.extend(model_evidence)
            for f in addressed:
                evidence.extend(f.evidence[:1])
            for m in seen_by_rules[:MAX_EVIDENCE]:
                evidence.append(evidence_for(m.unit, documents))
        elif any(f.status == "needs-review" and f.evidence and f.topics[0] == key for f in related):
            # an item for a person to judge speaks for its main topic only, as the addressed ones do
            status, position = "needs-review", None
            for f in related:
                evidence.extend(f.evidence[:1])
        else:
            status, position = "missing", None
        unique: dict[tuple[int, int, int], Evidence] = {}
        for ev in evidence:
            unique.setdefault((ev.document, ev.start, ev.end), ev)
        out[key] = TopicSummary(
            status=status,
            position=position,
            in_checklist=bool(related),
            items=[f.item_id for f in related],
            evidence=list(unique.values())[:MAX_EVIDENCE],
        )
    return out


def _summary(findings: list[Finding], warnings: list[str]) -> ReviewSummary:
    by_heading: dict[str, dict[str, int]] = {}
    for heading in HEADINGS:
        counts: Counter[str] = Counter(f.status for f in findings if f.item.heading == heading)
        if counts:
            by_heading[heading] = dict(counts)
    by_side: dict[str, dict[str, int]] = {}
    for side in SIDE_ORDER:
        counts = Counter[str](f.status for f in findings if f.item.side == side)
        if counts:
            by_side[side] = dict(counts)
    return ReviewSummary(
        items=len(findings),
        by_status={s: sum(1 for f in findings if f.status == s) for s in ("addressed", "missing", "needs-review")},
        by_position={p: sum(1 for f in findings if f.position == p) for p in ("favourable", "neutral", "unfavourable")},
        by_heading=by_heading,
        by_side=by_side,
        high_severity_open=[
            f.item_id
            for f in findings
            if f.item.severity == "high" and (f.status == "missing" or f.position == "unfavourable")
        ],
        warnings=warnings,
    )


def review_documents(
    documents: list[Document],
    catalog: Catalog,
    profile: Profile,
    *,
    playbook: Playbook | None = None,
    profile_source: str = "flag",
    vendor_name: str | None = None,
    user_name: str | None = None,
    embedder: Embedder | None = None,
    use_embeddings: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Review:
    """Review one contract (one or more documents read together) against the tailored checklist."""
    if not documents:
        raise AiccError("no document to review")
    texts = [doc.text for doc in documents]
    if profile.deal_type is None:
        deal_type, reason = infer_deal_type(texts)
        review_profile = ReviewProfile(
            **profile.model_dump(exclude={"deal_type"}),
            deal_type=deal_type,
            deal_type_source="inferred",
            deal_type_reason=reason,
        )
    else:
        review_profile = ReviewProfile(**profile.model_dump(), deal_type_source=profile_source)
    checklist = tailor(catalog, review_profile, playbook)

    names = resolve_names(documents, vendor_name=vendor_name, user_name=user_name)
    if use_embeddings and embedder is None:
        embedder = shared_embedder()
    engine = Engine(
        items=[entry.item for entry in checklist],
        names=names,
        role=review_profile.role,
        home=review_profile.home_jurisdiction,
        embedder=embedder if use_embeddings else None,
    )
    units: list[Unit] = []
    for index, doc in enumerate(documents):
        units.extend(document_units(doc, index))
    if progress:
        progress("embedding", 0, len(units))
    sims = engine.similarities(units)
    if progress:
        progress("matching", 0, len(checklist))
    word_index, lists = TextIndex(units), find_lists(units)
    matches = engine.match_items(units, sims, word_index, lists)
    candidates: dict[str, list[Match]] = {}
    for entry in checklist:
        item = entry.item
        if item.not_automatable is None and matches[item.id]:
            continue
        scored = []
        for i in engine.candidates(item, units, sims, word_index, CANDIDATE_SIM):
            unit = units[i]
            confidence, basis = engine.score(item, unit, sims[i] if sims is not None else None)
            if confidence >= CANDIDATE_THRESHOLD:
                scored.append(Match(unit, confidence, basis))
        scored.sort(key=lambda m: -m.confidence)
        candidates[item.id] = scored
    topic_matches = engine.match_topics(units, word_index, lists)

    warnings: list[str] = []
    for doc in documents:
        warnings.extend(f"{doc.source}: {w}" for w in doc.warnings)
    if not units:
        warnings.append("no recognisable clauses: every item is reported missing")
    elif not any(clause.kind == "clause" for doc in documents for clause in doc.clauses):
        warnings.append(
            "no recognisable (numbered) clauses were found: is this a contract? Evidence points to bare sentences"
        )
    if names.assumed and any(name in doc.text for doc in documents for name in names.assumed):
        warnings.append(
            "assumed 甲 = user and 乙 = vendor (no party roles were resolved); check with --vendor-name/--user-name"
        )

    findings = [
        _finding(
            entry, matches.get(entry.item.id, []), candidates.get(entry.item.id, []), documents, review_profile.role
        )
        for entry in checklist
    ]
    review = Review(
        generated_at=(now or datetime.now(UTC)).isoformat(timespec="seconds"),
        tool=ToolInfo(
            name="aicc", version=__version__, engine=ENGINE, embedding_model=model_label() if use_embeddings else None
        ),
        catalog=CatalogRef(id=catalog.meta.id, version=catalog.meta.version, edition=catalog.meta.edition),
        playbook=playbook.id if playbook is not None else None,
        profile=review_profile,
        documents=[
            ReviewDocument(index=i, **{name: getattr(doc, name) for name in _REVIEW_DOCUMENT_FIELDS})
            for i, doc in enumerate(documents)
        ],
        findings=findings,
        topics=_topics(findings, topic_matches, documents, role=review_profile.role, units=units),
        summary=_summary(findings, warnings),
        disclaimer=DISCLAIMER,
    )
    verify_evidence(review)
    return review
