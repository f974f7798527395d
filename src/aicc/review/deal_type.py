"""Inferring the deal type from the contract's own words when --deal-type is not given."""

from __future__ import annotations

import re

from aicc.models import LocalText
from aicc.vocabulary import DEAL_TYPES

# deal type -> cues; each distinct cue found counts once, a title cue (first 300 chars) twice.
CUES: dict[str, list[str]] = {
    "general-service": [
        r"利用規約",
        r"本規約",
        r"サービス規約",
        r"定型約款",
        r"\bterms\s+of\s+(?:service|use)\b",
        r"\bby\s+(?:using|accessing)\b",
        r"\bsubscription\b",
        r"\bsaas\b|software[- ]as[- ]a[- ]service",
        r"\bacceptable\s+use\b",
        r"\bapi\s+(?:key|access|terms)\b",
        r"サービス利用契約",
        r"アカウント",
        r"\baccount\b",
    ],
    "customized": [
        r"カスタマイズ",
        r"ファインチューニング|fine-?tun",
        r"追加学習",
        r"\bRAG\b|検索拡張",
        r"\bcustomi[sz](?:e|ed|ation)\b",
        r"\bcustom\s+models?\b",
        r"導入支援|個別設定",
        r"学習済みモデル.{0,20}(?:提供|利用)",
    ],
    "new-development": [
        r"開発委託|開発業務|ソフトウェア開発|システム開発|(?:モデル|AI)の開発",
        r"請負",
        r"準委任",
        r"成果物|納入物",
        r"検収",
        r"\bdevelopment\s+(?:agreement|services|contract)\b",
        r"\bstatement\s+of\s+work\b|\bSOW\b",
        r"\bdeliverables?\b",
        r"\bacceptance\s+(?:test|testing|criteria)\b",
        r"\bwork\s+made\s+for\s+hire\b",
        r"業務委託契約",
    ],
}


def infer_deal_type(texts: list[str]) -> tuple[str, LocalText]:
    """The most likely deal type and the words that suggested it."""
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for deal, cues in CUES.items():
        score = 0.0
        found: list[str] = []
        for cue in cues:
            pattern = re.compile(cue, re.IGNORECASE)
            for text in texts:
                match = pattern.search(text)
                if match:
                    score += 2.0 if match.start() < 300 else 1.0
                    found.append(match.group(0))
                    break
        scores[deal] = score
        evidence[deal] = found
    best = max(scores, key=lambda deal: (scores[deal], deal == "general-service"))
    ja_name, en_name = DEAL_TYPES[best]
    if scores[best] == 0:
        return "general-service", LocalText(
            ja="取引類型を示す語句が見つからないため、汎用的AIサービス利用型とみなしました。--deal-type で指定できます。",
            en="No words pointing to a deal type were found; assumed use of a general-purpose AI service. Set --deal-type to change it.",
        )
    words = "、".join(dict.fromkeys(evidence[best][:5]))
    words_en = ", ".join(repr(w) for w in dict.fromkeys(evidence[best][:5]))
    return best, LocalText(
        ja=f"文書中の語句({words})から「{ja_name}」と推定しました。--deal-type で上書きできます。",
        en=f"Inferred '{en_name}' from the words {words_en} in the document. Override with --deal-type.",
    )
