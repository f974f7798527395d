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
from dataclasses import dataclass

from aicc.review.jurisdictions import forum_position, places
from aicc.review.modality import _JA_CONDITION, _JA_RELATIVE, Analysis, analyse, mutual
from aicc.review.parties import PartyNames
from aicc.review.rules import CompiledLang, Hit, all_hits

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
# Exploiting the user's data or outputs: what a vendor permission is about in most METI items.
_EXPLOIT = re.compile(
    r"\b(?:use|uses|using|analy[sz]e|share|disclose|sell|license|train|improve|develop|link|combine|retain|keep|reuse|exploit|process|publish)\b"
    r"|利用(?!者)|活用|解析|分析|共有|提供(?!者)|開示|紐付|保持|使い続け|転用|販売|学習|訓練|公開",
    re.IGNORECASE,
)
# A vendor right that only arises on the user's breach, non-payment or insolvency: a right for cause
_FOR_CAUSE = re.compile(
    r"\b(?:if|where|when|in\s+the\s+event\s+(?:that|of))\b[^.;]{0,160}?\b(?:breach\w*|violat\w*|break\w*|fails?\s+to\s+(?:pay|comply)"
    r"|non-?payment|(?:are|is|remain|become)s?\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?(?:[\w()-]+\s+){0,3}(?:past\s+due|overdue|unpaid)"
    r"|insolven\w*|bankrupt\w*)"
    r"|\b(?:for|upon|on|due\s+to)\s+(?:(?:your|the\s+customer['’]s|its)\s+)?(?:material\s+)?(?:breach|violation|non-?payment)\b"
    r"|(?:違反|不履行|支払(?:い)?を怠|支払(?:い)?を遅滞|破産|差押|信用状態).{0,30}(?:場合|とき)"
    # the causes listed after the sentence: "if any of the following occurs:", 「次の各号のいずれかに該当する場合」
    r"|\b(?:if|where|when|in|upon|on)\s+(?:any|one|either)\s+(?:or\s+more\s+)?of\s+(?:the\s+following|these|those)\b"
    r"|\bonly\s*(?:(?:if|where|when|in\s+the\s+following\s+(?:cases|events|circumstances))\s*)?:\s*$"
    r"|(?:次|以下|下記|前項)の(?:各号|いずれか|事由|事項).{0,40}(?:場合|とき)|(?:次|以下)の(?:各号の)?場合に限り",
    re.IGNORECASE,
)
# Suspending or ending the service or the contract: about the relationship, not about using data
_ENDING = re.compile(
    r"\b(?:suspend\w*|terminat\w*|discontinu\w*|disabl\w*|cancel\w*|clos(?:e|ing)\s+(?:your|the)\s+account)\b"
    r"|停止|中止|中断|解除|解約|終了|抹消|閉鎖",
    re.IGNORECASE,
)
# Deleting or returning the data: the opposite of using it (「学習用データセットを…消去する」)
_GIVING_UP = re.compile(r"\b(?:delet|eras|destroy|purg|return)\w*|削除|消去|廃棄|破棄|返還|返却", re.IGNORECASE)
_AT_WILL = re.compile(
    r"\b(?:at\s+any\s+time|for\s+any\s+(?:(?:or\s+no|other)\s+)?reason|(?:sole|absolute)\s+discretion|without\s+cause|for\s+convenience)\b"
    r"|\b(?:we|provider|company)\s+(?:\w+\s+){0,2}(?:deems?|considers?)\b.{0,40}\b(?:appropriate|necessary|inappropriate|advisable)\b"
    r"|いつでも|理由の如何を問わず|理由を問わず|任意に|自己の判断"
    # the catch-all of Japanese terms: 「その他当社が不適当と判断した場合」「当社が必要と認めるとき」
    r"|(?:不適当|不適切|必要|相当でない|妥当でない)と(?:判断|認め)"
    # the vendor itself decides that a cause exists: 「会員が次のいずれかに該当すると当社が判断した場合」
    r"|該当する(?:と|ものと)(?:当社が|弊社が|乙が)?(?:判断|認め)",
    re.IGNORECASE,
)
# The heading of a table or list of where data is processed or stored
_LOCATION_COLUMN = re.compile(
    r"\b(?:processing|data|hosting|storage|server|service)\s+(?:locations?|countr(?:y|ies)|regions?)\b"
    r"|\blocations?\s+of\s+(?:processing|data|servers?)\b|(?:処理|保存|保管|データ|サーバ)の?(?:場所|拠点|所在地|所在国)|所在国",
    re.IGNORECASE,
)
# Use the user has to opt out of
_OPT_OUT = re.compile(
    r"\bopt(?:s|ing)?[- ]out\b|\bturn(?:s|ing)?\s+off\b|\bdisabl\w+\b.{0,40}\bsetting|オプトアウト"
    r"|(?:利用|学習)の?停止を(?:求め|申し出|申請)|をオフに(?:する|でき)|(?:利用|学習)されないよう(?:に)?設定"
    r"|(?:利用|使用)しない(?:よう|ことを)(?:求め|申し出|請求)",
    re.IGNORECASE,
)
_THIRD_PARTY = re.compile(r"\bthird[- ]part|第三者|他者|外部の者", re.IGNORECASE)
# A definition grants nothing, whatever the list it stands in: 「「推論結果」とは…をいう。」, "'Output' means …"
_DEFINITION = re.compile(
    r"(?:をいう|を意味する|を指す)(?:ものとする)?。?\s*$|」とは|\bmeans\b|\brefers\s+to\b", re.IGNORECASE
)


# The opening of a contract: 「…は、次のとおり契約を締結する。」, "WHEREAS …", "enter into this Agreement"
_RECITAL = re.compile(
    r"(?:次の|以下の)?とおり.{0,30}締結|契約.{0,30}を締結する|\bwhereas\b|\bnow,?\s+therefore\b"
    r"|\benter(?:s|ed)?\s+into\s+this\s+(?:agreement|contract)\b",
    re.IGNORECASE,
)


def is_definition(text: str) -> bool:
    """The sentence defines a term or opens the contract: it says what a word means or who the
    parties are, not who may do what."""
    return _DEFINITION.search(text) is not None or _RECITAL.search(text) is not None


# A term's definition and nothing else: 「「推論結果」とは、…をいう。」, '1.4 "Connected Service" means …'
_TERM_DEFINITION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?[\"“「『][^\"”」』]{1,60}[\"”」』][^.。]{0,60}?(?:\s(?:means|shall\s+mean|refers\s+to)\b|とは)",
    re.IGNORECASE,
)


def defines_a_term(text: str) -> bool:
    """The sentence opens by defining a quoted term ("'Output' means …", 「「出力」とは」)."""
    return _TERM_DEFINITION.search(text.replace("*", "")) is not None


# A duty to tell: 「…を乙に通知する」, "shall (promptly) notify / inform Provider"
_NOTIFY_JA = re.compile(r"通知|連絡|報告|知らせ")
_NOTIFY_EN = re.compile(r"\s+(?:\w+ly\s+)?(?:notify|inform|tell|report\s+to|advise)\b", re.IGNORECASE)


def _grants_to_user(text: str, names: PartyNames) -> bool:
    """A licence the vendor gives the user (「ライセンサーは、ライセンシーに対し…権利を許諾する」,
    "Provider grants Customer a licence"): the user's right to use, not the vendor's use of data."""
    return bool(
        names.regex("user", after=r"に対し(?:て)?[、,]?[^。]{0,120}?(?:許諾|付与)").search(text)
        or names.regex("user", before=r"\bgrants?\s+(?:to\s+)?(?:the\s+)?", flags=re.I).search(text)
    )


def _duty_act(topic_cues: list[CompiledLang], acts: str, governed: str) -> str:
    """The words of ``governed`` that one of the topics' duty acts (``owed`` or ``no_protection``,
    topics.yaml ``duty``) matches, or ""."""
    for compiled in topic_cues:
        for hit in all_hits(acts, getattr(compiled, acts), governed)[:1]:
            return hit.matched
    return ""


def _duty_to_inform(text: str, analysis: Analysis) -> bool:
    """The obligation the sentence imposes is to notify or inform (its verb, or the words after
    an English modal)."""
    return bool(_NOTIFY_JA.search(analysis.modal_text)) or bool(_NOTIFY_EN.match(text, analysis.modal_end))


# ... and it is about data, content or outputs, not about subcontractors or fees
_DATA = re.compile(
    r"\b(?:data|content|inputs?|outputs?|information|materials?|prompts?|submissions?|responses?|records?|files?)\b"
    r"|データ|情報|資料|入力|出力|生成物|成果|記録|素材|内容|プロンプト",
    re.IGNORECASE,
)
# "only for the Services", 「本件業務の遂行に必要な範囲に限り」: a limit, which favours the user
_LIMITED = re.compile(
    r"\b(?:only|solely|exclusively|limited\s+to|no\s+other\s+purpose|strictly\s+necessary"
    r"|(?:to\s+the\s+extent|where|as)\s+(?:this\s+is\s+|it\s+is\s+)?(?:strictly\s+|reasonably\s+)?(?:necessary|needed|required)\s+(?:to|for)|with\s+(?:the\s+)?(?:\w+\s+){0,2}(?:prior\s+)?(?:written\s+)?(?:consent|agreement|approval)"
    r"|as\s+(?:a|an|your|the\s+customer['’]s)\s+[\"“]?(?:service\s+provider|(?:sub-?)?processor)|on\s+(?:your|the\s+customer['’]s)\s+behalf"
    r"|need\s+to\s+know)\b"
    # consent limits a permission; "without consent" (承諾を得ることなく) is the opposite
    r"|のみ|に限り|に限って|に限る|範囲内|必要な範囲|目的以外|(?:同意|承諾)を得(?!(?:る)?ことなく|ずに|ないで)|同意(?:が|の)?ない限り|委託に基づ|委託を受けて|受託者として",
    re.IGNORECASE,
)
_CONSENT = re.compile(r"consent|agreement|approval|同意|承諾", re.IGNORECASE)
POLARITY: dict[str, dict[tuple[str, str], str]] = {
    "vendor-action": _ACTION,
    "vendor-duty": _DUTY,
    "disclaimer": _DISCLAIMER,
    "restriction": _RESTRICTION,
}


def _governed(text: str, lang: str, analysis: Analysis) -> str:
    """The words the modal governs: what follows an English modal, what precedes a Japanese one."""
    if analysis.modality == "none":
        return text
    if lang == "ja":
        return text[max(0, analysis.modal_start - 40) : analysis.modal_start]
    return text[analysis.modal_end : analysis.modal_end + 60]


@dataclass(frozen=True)
class Judgement:
    position: str  # for our side
    cue: str
    analysis: Analysis


def _vote(
    votes: dict[str, float],
    cues: dict[str, tuple[float, str]],
    position: str | None,
    note: str,
    weight: float,
    cue: str,
) -> None:
    """Add a reading; each side keeps the cue of its strongest reading."""
    if position is None:
        return
    cue += note
    votes[position] = votes.get(position, 0.0) + weight
    if position not in cues or weight > cues[position][0]:
        cues[position] = (weight, cue)


# A cost, a risk or a responsibility that a cue says someone bears; 「自己の」「its own」 refer to the actor.
_REFLEXIVE = re.compile(r"自己|自ら|自身|\b(?:its|their|his|her|your|our)\s+(?:own|sole)\b", re.I)
_BURDEN = re.compile(
    r"費用|負担|責任|損害|賠償|補償|解決|\b(?:costs?|expenses?|risk|responsib\w*|liab\w*|indemnif\w*|defen[cd]\w*)\b",
    re.I,
)
# A cap, whose amount decides, as opposed to an exclusion: 「…を上限とする」, "will not exceed"
_CAP = re.compile(r"上限|限度|を超え|\bexceed\w*|\blimited\s+to\b|\bcap(?:s|ped)?\b", re.I)
_REFUSED = re.compile(
    r"ない|ません|せず|負わ(?!せ)|免|上限|限度|\b(?:not|no|never|disclaim\w*|exclud\w*|waive\w*|limit\w*|cap(?:s|ped)?)\b",
    re.I,
)
_DISCRETION = re.compile(r"裁量|\bdiscretion\b", re.I)
_PERMISSION = re.compile(
    r"でき(?:る|ます)|ことができ|自由に|\b(?:may|is\s+free\s+to|(?:is|are)\s+entitled\s+to)\b", re.I
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
    reflexive = _REFLEXIVE.search(matched) is not None
    refused = _REFUSED.search(matched) is not None
    # a discretion or a plain permission (「自由に利用できる」, "may use") is held, not borne
    discretion = _DISCRETION.search(matched) is not None or (
        _PERMISSION.search(matched) is not None and not refused and _LIMITED.search(matched) is None
    )
    burden = discretion or _BURDEN.search(matched) is not None
    if burden and refused and not _CAP.search(text) and (mutual(matched) or analysis.actor == "both"):
        return NEU, ", refused by both parties alike"  # 「解除した当事者は…責任を負わない」
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
        bearer = _main_subject_ja(text[max(start, main_from) : start + len(matched)], names)
        if bearer is None and not _mentions_party(matched, names):
            bearer = analysis.actor
    elif not _mentions_party(matched, names):
        bearer = analysis.actor
    if bearer in ("vendor", "user") and bearer != assumed:
        return MIRROR[position], f", borne by the {bearer}"
    return position, ""


def _mentions_party(text: str, names: PartyNames) -> bool:
    return any(names.regex(side, flags=re.I).search(text) for side in ("vendor", "user"))


def _hit_cue(hit: Hit, source: str) -> str:
    return f"{source} {hit.kind} cue /{hit.rule}/ matched {hit.matched!r}"


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
) -> Judgement:
    """The position of one sentence for our side (``role``), with the cue that decided it.

    ``listed``: the items of the list the sentence announces ("if any of the following:",
    「次の各号」), which decide whether a right it grants is for cause or at will. ``lead``: for
    a list item, the sentence that announced the list; an item with no verb of its own
    (「（2）当社の機械学習モデルの改良」) is read with it."""
    analysis = analyse(text, lang, names)
    if lead and analysis.modality == "none" and not is_definition(text):
        text = f"{lead} {text}"
        analysis = analyse(text, lang, names)
    if kind == "law":
        place, words = forum_position(text, home)
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
    if listed and _LOCATION_COLUMN.search(text):
        # a table or list of where the data is processed: any place but home is a transfer abroad
        named = places(listed)
        if named:
            abroad = sorted({words for code, words in named if code != home})
            where = ", ".join(abroad) or ", ".join(sorted({words for _, words in named}))
            position = UNF if abroad else FAV
            scope = "not only" if abroad else "only"
            said = f"processing locations listed: {where} ({scope} the home jurisdiction, {home})"
            return Judgement(MIRROR[position] if role == "vendor" else position, said, analysis)

    votes: dict[str, float] = {}
    cues: dict[str, tuple[float, str]] = {}
    # a licence the vendor gives the user ("… to use the model and train it further") is the user's
    # right: what the vendor may do with the user's data is not in it
    licensed_to_user = kind == "vendor-action" and _grants_to_user(text, names)
    if item_cues is not None:
        for hit in all_hits("favourable", item_cues.favourable, text):
            _vote(votes, cues, *_borne(FAV, hit, text, lang, names, analysis), 2.0, _hit_cue(hit, "item"))
        for hit in [] if licensed_to_user else all_hits("unfavourable", item_cues.unfavourable, text):
            _vote(votes, cues, *_borne(UNF, hit, text, lang, names, analysis), 2.0, _hit_cue(hit, "item"))
    for compiled in topic_cues:
        for hit in all_hits("favourable", compiled.favourable, text)[:1]:
            _vote(votes, cues, *_borne(FAV, hit, text, lang, names, analysis), 1.0, _hit_cue(hit, "topic"))
        for hit in [] if licensed_to_user else all_hits("unfavourable", compiled.unfavourable, text)[:1]:
            _vote(votes, cues, *_borne(UNF, hit, text, lang, names, analysis), 1.0, _hit_cue(hit, "topic"))
    if kind == "ownership" and analysis.beneficiary is not None:
        owner = {"vendor": UNF, "user": FAV, "both": NEU}[analysis.beneficiary]
        to = {"vendor": "the vendor", "user": "the user", "both": "both parties"}[analysis.beneficiary]
        _vote(votes, cues, owner, "", 3.0, f"rights go to {to}")
    table = POLARITY.get(kind)
    actor, modality = analysis.actor, analysis.modality
    weight = 2.5 if actor in ("vendor", "user") else 1.5
    governed = _governed(text, lang, analysis)
    exploiting = (
        actor in ("vendor", "none")
        and modality in ("permit", "oblige")
        and bool(_EXPLOIT.search(governed))
        and not licensed_to_user
    )
    about_use = (
        exploiting
        and (kind in ("vendor-action", "neutral") or (kind == "vendor-duty" and modality == "permit"))
        and not _ENDING.search(governed)
        and not _GIVING_UP.search(governed)
    )
    # the user gives or licenses its data only as far as the work needs: a scoped grant
    scoped_grant = (
        (
            (actor == "user" and modality in ("permit", "oblige"))
            or (
                modality == "none"
                and names.regex("user", after=r"\s+(?:hereby\s+)?(?:grants?|licen[cs]es)\b", flags=re.I).search(text)
                is not None
            )
        )
        and kind in ("vendor-action", "restriction")
        and bool(_EXPLOIT.search(governed))
        and bool(_DATA.search(text))
    )
    limited_grant = _LIMITED.search(text) if scoped_grant else None
    if limited_grant:
        _vote(votes, cues, FAV, "", weight, f"{analysis.describe()}, limited by {limited_grant.group(0)!r}")
    elif about_use:
        limits = list(_LIMITED.finditer(text))
        consent = next((m for m in limits if _CONSENT.search(m.group(0))), None)
        limited = consent or (limits[0] if limits else None)
        if limited:
            # with the user's consent as its condition, the permission the cues describe is opt-in
            strength = max(weight, votes.get(UNF, 0.0) + 0.5) if consent else weight
            _vote(votes, cues, FAV, "", strength, f"{analysis.describe()}, limited by {limited.group(0)!r}")
        elif modality == "permit" or kind == "vendor-action":
            _vote(votes, cues, UNF, "", weight, f"{analysis.describe()}: the vendor may use the data")
    elif (
        kind == "vendor-action"
        and actor in ("vendor", "both")
        and modality == "permit"
        and (cause := _FOR_CAUSE.search(text)) is not None
        and not _AT_WILL.search(text)
        and not _AT_WILL.search(listed)
    ):
        # suspension or termination only on a breach: the vendor needs cause (a mutual right is even);
        # with cause, "without notice" and the like no longer make it unfavourable
        _vote(
            votes,
            cues,
            FAV if actor == "vendor" else NEU,
            "",
            max(2.5, votes.get(UNF, 0.0) + 0.5),
            f"{analysis.describe()}, only for cause: {cause.group(0)!r}",
        )
    elif actor == "user" and modality == "oblige" and kind != "law" and _duty_to_inform(text, analysis):
        # the user's duty to tell the vendor something is cooperation, not a burden on its rights
        _vote(votes, cues, NEU, "", 0.9, f"{analysis.describe()}: a duty to inform the vendor")
    elif modality == "liable" and kind not in ("law", "ownership"):
        # taking on liability or an indemnity: good for the other side, whatever the topic
        reading = {"vendor": FAV, "user": UNF, "both": NEU}.get(actor)
        _vote(votes, cues, reading, "", weight, analysis.describe())
    elif table is not None:
        reading = NEU if actor == "both" and modality != "none" else table.get((actor, modality))
        note = ""
        if kind == "vendor-duty" and reading == FAV and actor in ("vendor", "none") and modality == "oblige":
            # "we will retain your data", 「保存するものとします」: on retention, keeping is no protection
            act = _duty_act(topic_cues, "no_protection", governed)
            if act:
                reading, note = NEU, f": {act!r} protects nobody"
        elif (
            kind == "vendor-duty" and actor == "vendor" and modality == "prohibit" and not _THIRD_PARTY.search(governed)
        ):
            # "we will not permit audits", 「修補を行わない」: the vendor refuses what the topic owes the user
            act = _duty_act(topic_cues, "owed", governed)
            if act:
                reading, note = UNF, f": refuses {act!r}"
        # a neutral reading of who may or must do what is weak: any explicit cue outweighs it
        _vote(votes, cues, reading, note, weight if reading != NEU else 0.9, analysis.describe())
    opt_out = _OPT_OUT.search(text) if kind == "vendor-action" else None
    if opt_out and _EXPLOIT.search(text):
        # use the user has to opt out of is use by default: what an opt-in would avoid
        _vote(votes, cues, UNF, "", max(2.5, votes.get(FAV, 0.0) + 0.5), f"the user must opt out: {opt_out.group(0)!r}")

    if not votes:
        position, cue = NEU, "no cue for either side"
    else:
        ranked = sorted(votes.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and abs(ranked[0][1] - ranked[1][1]) < 1e-9:
            position, cue = NEU, "cues for both sides: " + "; ".join(cues[p][1] for p, _ in ranked[:2])
        else:
            position, cue = ranked[0][0], cues[ranked[0][0]][1]
    if position == UNF and kind == "vendor-action" and actor == "both" and modality == "permit":
        # a right both parties have ("either party may terminate at any time") cannot be held against
        # the user alone: the user has it too
        position, cue = NEU, f"{analysis.describe()}: the same right for both parties ({cue})"
    if role == "vendor":
        position = MIRROR[position]
    return Judgement(position, cue, analysis)
