"""Where the data is kept: residency, transfers abroad under a safeguard, and places listed.

The rubric's cross-border reading: data kept in the home jurisdiction only, or only where the
contract names, or sent abroad under a named safeguard, is favourable to the user; data kept
abroad with none of these is not. Each reading says whether it is good for the user;
``position.judge`` turns it into a position for our side.
"""

from __future__ import annotations

import re

from aicc.review.jurisdictions import places
from aicc.review.modality import Analysis
from aicc.review.wording import LOCATION_COLUMN, NO_SAFEGUARDS, SAFEGUARDS

# domestic, and abroad, in Japanese (「国内外」 is both)
_DOMESTIC_JA = re.compile(r"(?<!日本)国内(?!外)")
_ABROAD_JA = re.compile(r"国外|海外|外国|国内外")
# a place named as where the data is not: "in data centres located outside Japan", "outside the United States"
_OUTSIDE_PLACE_EN = r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?[A-Z]\w*"
_OUTSIDE_EN = re.compile(
    _OUTSIDE_PLACE_EN + r"|\b(?:in\s+)?(?:those|other|these)\s+countries\b|\bdiffer\w*\s+from\s+those\s+of\s+[A-Z]"
)
# the words naming that place, left out before reading where the data is kept: 「日本国外に所在するサーバ」
_NOT_THERE = re.compile(r"日本(?:国)?(?:外|以外)|" + _OUTSIDE_PLACE_EN + r"(?:\s+[A-Z]\w*)*")
# where the data is stored or processed: "store Company Data in data centers located in Japan"
_KEPT_AT = re.compile(
    r"\b(?:store[sd]?|storing|host(?:s|ed|ing)?|process(?:es|ed|ing)?|keep|kept|retain(?:s|ed)?)\b"
    # (not "within the meaning of Article 27(5)(i) of Japan's Act …", a law's words)
    r"(?:.{0,60}\b(?:in|within)\b(?!\s+the\s+meaning\b)|.{0,120}\blocated\s+(?:in|within)\b)"
    r"|(?:保存|保管|処理|蔵置)[^。]{0,30}(?:国内|内で|に限)"
    # 「国内のサーバ又は甲の構内に設置されたサーバにおいて保管し」
    r"|(?:国内|日本国内)の[^。]{0,40}(?:において|で)(?:保存|保管|処理|蔵置)"
    # where the servers are: "the servers are located in Singapore", 「当該サーバの所在地には、米国…を含む」
    r"|\b(?:servers?|data\s+cent(?:er|re)s?)\b.{0,40}\b(?:located|situated|based)\s+(?:in|within)\b"
    r"|\b(?:sent|transmitted|uploaded|routed)\s+to\s+(?:\w+\s+){0,2}(?:data\s+cent(?:er|re)s?|servers?)\b.{0,40}\bin\b"
    r"|(?:サーバ|サーバー|データセンター|データセンタ)[^。]{0,10}?の?(?:所在地|所在国|設置場所)"
    # 「…解析及び保存は、アメリカ合衆国その他日本国外に所在するサーバーにおいて行われる」
    r"|(?:に所在する|に設置(?:され)?た|に置かれた|にある)(?:サーバ|サーバー|データセンター|データセンタ)"
    # 「国外に所在するクラウド事業者の計算資源を利用して…保存し、処理する」
    r"|(?:国外|海外|日本国外|外国)に所在する(?:クラウド|計算資源)"
    # 「提供データを日本国外のサーバに保管することができる」
    r"|(?:国外|海外|日本国外|外国)の(?:サーバ|サーバー|データセンター|データセンタ|クラウド)",
    re.IGNORECASE,
)
# kept there and nowhere else: "exclusively in data centres located in", 「国内のデータセンターにのみ」
_RESIDENCY = re.compile(
    r"\b(?:only|exclusively|solely)\s+(?:in|within)\b|\b(?:in|within)\b.{0,60}\b(?:only|exclusively)\b"
    r"|\b(?:only|exclusively|solely)\b.{0,80}\blocated\s+(?:in|within)\b|のみ|に限(?:り|る|定)(?!ませ)"
    # "… and will not transfer it outside Australia"
    r"|\bnot\s+(?:be\s+)?(?:transfer\w*|mov\w*|stor\w*|process\w*|export\w*)\b.{0,60}\boutside\b"
    # "… and shall not store or access Customer Data from any other country"
    r"|\bnot\s+(?:be\s+)?(?:transfer\w*|mov\w*|stor\w*|process\w*|access\w*|host\w*)\b.{0,60}\b(?:any\s+other|another)\s+(?:country|countries|jurisdiction|region)\b",
    re.IGNORECASE,
)
# a label and its value, as in a schedule: 「処理場所：…」, "Hosting region: …"
_LABELLED = re.compile(r"^\s*([^：:。.]{1,30})[：:]\s*(\S.{0,120})$")


def listed_places(text: str, listed: str) -> str:
    """The items of the list the sentence announces, or the value of a location label:
    「処理場所：米国リージョンのサーバ」 names its place after the colon."""
    labelled = _LABELLED.match(text)
    if labelled and LOCATION_COLUMN.search(labelled.group(1)):
        return listed or labelled.group(2)
    return listed


def where_kept(
    text: str, lang: str, analysis: Analysis, *, listed: str, where: bool, home: str
) -> tuple[bool, str] | None:
    """Whether a sentence on where the data is kept is good for the user, and why; None when it
    names no such place. ``where``: the topic is about where the data is kept, so keeping it in the
    home jurisdiction alone is favourable. ``listed``: the places a list or label names."""
    kept = where and not listed and _KEPT_AT.search(text) is not None
    kept_in = {code for code, _ in places(_NOT_THERE.sub(" ", text))} if kept else set()
    if kept and lang == "ja" and _DOMESTIC_JA.search(text) and not _ABROAD_JA.search(text):
        kept_in.add("JP")  # 「国内のサーバ」: in a Japanese contract, domestic is Japan
    outside = _OUTSIDE_EN.search(text) if lang == "en" else _ABROAD_JA.search(text)  # 「所在地が日本国外であっても」
    if kept and kept_in == {home} and not outside:
        return True, f"the data is kept in the home jurisdiction only ({home})"
    residency = _RESIDENCY.search(text) if kept_in and analysis.modality != "permit" else None
    if residency:
        # a commitment to keep the data in named places only: the residency the rubric asks for
        return True, f"the data is kept only where named: {residency.group(0)!r}"
    safeguard = SAFEGUARDS.search(text) if where and not NO_SAFEGUARDS.search(text) else None
    if safeguard:
        # a transfer abroad under a named safeguard (standard contractual clauses, APPI Art. 28's
        # equivalent measures): what the rubric asks for when the data does leave
        return True, f"transfers under a named safeguard: {safeguard.group(0)!r}"
    if kept and outside and analysis.modality == "permit" and not _RESIDENCY.search(text):
        # leave to keep it abroad, with no safeguard named: 「サーバの所在地が日本国外であっても、…保存することができる」
        # (not a promise to keep it at home, "… and shall not transfer it outside the United States", that
        # grants some other leave)
        return False, f"the data may be kept abroad: {outside.group(0)!r}"
    if kept_in and home not in kept_in and analysis.modality not in ("prohibit", "not-obliged"):
        # kept abroad, neither only where named nor under a safeguard: "hosted in data centres located
        # in the United States"
        return False, f"the data is kept abroad: {', '.join(sorted(kept_in))} (not {home})"
    if listed and LOCATION_COLUMN.search(text):
        # a table or list of where the data is processed: any place but home is a transfer abroad
        named = places(listed)
        if named:
            abroad = sorted({words for code, words in named if code != home})
            located = ", ".join(abroad) or ", ".join(sorted({words for _, words in named}))
            scope = "not only" if abroad else "only"
            return not abroad, f"processing locations listed: {located} ({scope} the home jurisdiction, {home})"
    return None
