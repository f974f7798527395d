from __future__ import annotations

from aicc.segment.language import detect_language


def test_languages() -> None:
    assert detect_language("本契約は、甲が乙に対し業務を委託することを目的とする。") == "ja"
    assert detect_language("This Agreement is governed by the laws of Japan.") == "en"
    assert (
        detect_language("本契約（this Agreement）は、the Provider と the Customer の間の AI service agreement である。")
        == "mixed"
    )
    assert detect_language("") == "en"
