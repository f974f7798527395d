"""Which sentences of a contract hold a word: the index that lets the engine run a rule only on
the sentences that can match it (see ``literals.py`` for the words a rule requires).

The units of each language are folded and joined once; a word is looked up with ``str.find``
over the joined text (fast, in C) and each hit is mapped back to its unit. Lookups are cached,
since many rules share words.
"""

from __future__ import annotations

from bisect import bisect_right

from aicc.review.literals import Needs, fold
from aicc.review.units import Unit


class TextIndex:
    def __init__(self, units: list[Unit]) -> None:
        self._joined: dict[str, tuple[str, list[int], list[int]]] = {}
        for lang in ("ja", "en"):
            parts, starts, indexes, pos = [], [], [], 0
            for i, unit in enumerate(units):
                if unit.lang == lang:
                    # a newline cannot be inside a required word, so no word spans two units
                    text = fold(unit.rule_text, lang).replace("\n", " ")
                    parts.append(text)
                    starts.append(pos)
                    indexes.append(i)
                    pos += len(text) + 1
            self._joined[lang] = ("\n".join(parts), starts, indexes)
        self._units = {lang: frozenset(indexes) for lang, (_, _, indexes) in self._joined.items()}
        self._words: dict[tuple[str, str], frozenset[int]] = {}

    def units(self, lang: str) -> frozenset[int]:
        """The units of a language."""
        return self._units[lang]

    def containing(self, word: str, lang: str) -> frozenset[int]:
        """The units of a language whose folded text holds ``word``."""
        key = (lang, word)
        found = self._words.get(key)
        if found is None:
            text, starts, indexes = self._joined[lang]
            hits: list[int] = []
            pos = text.find(word)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                hits.append(indexes[k])
                # the next unit: one hit per unit is enough
                pos = text.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
            found = self._words[key] = frozenset(hits)
        return found

    def candidates(self, needs: Needs, lang: str) -> frozenset[int]:
        """The units that hold a word of every group of ``needs`` (all units when nothing is known)."""
        if needs is None:
            return self.units(lang)
        out: frozenset[int] | None = None
        for group in sorted(needs, key=len):
            union = frozenset().union(*(self.containing(word, lang) for word in group))
            out = union if out is None else out & union
            if not out:
                return frozenset()
        return out if out is not None else self.units(lang)
