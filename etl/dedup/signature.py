"""MinHash signatures of what an article says first — its title and lead — and their LSH bands.

Copies of one story (a wire story republished by other desks with small edits) keep the
wire's title and lead almost word for word, while the rest of the page varies: a paragraph
dropped, an update note appended, an outlet's own closing lines. Title and lead are also what
every listing page shows, so articles crawled with and without their article page are compared
on the same text. The lead is the listing's (``Article.summary``), or the body's first
paragraph when the listing gave none.

The text is normalised (NFKC, case folded, everything but letters and digits dropped: spacing
and punctuation edits such as ``…`` -> ``, `` vanish) and cut into overlapping character
``SHINGLE_SIZE``-grams, which need no tokenizer for Korean. Signatures are datasketch MinHashes
(``NUM_PERM`` affine32 permutations drawn from ``PERMUTATION_SEED``); the share of equal values
of two signatures estimates the Jaccard similarity of the two shingle sets.

Banding (locality-sensitive hashing): the first ``BANDS * ROWS_PER_BAND`` values are cut into
``BANDS`` bands of ``ROWS_PER_BAND``; two articles are compared at all only when some band is
equal. The chance of that is ``1 - (1 - J**3)**10``: 0.960 at J = 0.65 (the default threshold),
0.985 at J = 0.7, 0.9992 at J = 0.8, 0.24 at J = 0.3. Ten bands of three rather than more or
longer ones: every band is a row of ``news.story_bands`` to write and look up, and the
verification that follows uses all ``NUM_PERM`` values anyway. The warehouse keeps each
article's band hashes: every constant here is part of them, so changing one means rebuilding
that table, or new articles no longer meet the old ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from datasketch import MinHash

SHINGLE_SIZE = 5
NUM_PERM = 128
BANDS = 10
ROWS_PER_BAND = 3
PERMUTATION_SEED = 1

Signatures = npt.NDArray[np.uint32]  # one row of NUM_PERM values per article
BandHashes = npt.NDArray[np.int64]  # one row of BANDS values per article

# Letters and digits are the text; the rest is spacing, punctuation and symbols.
_NOT_TEXT = re.compile(r"[\W_]+")
# Odd 64-bit multipliers (golden ratio; MurmurHash3's fmix64) for mixing in numpy.
_MIX = np.uint64(0x9E3779B97F4A7C15)
_FMIX_1 = np.uint64(0xFF51AFD7ED558CCD)
_FMIX_2 = np.uint64(0xC4CEB9FE1A85EC53)
_SHIFT_31 = np.uint64(31)
_SHIFT_32 = np.uint64(32)
_SHIFT_33 = np.uint64(33)


def normalise(text: str | None) -> str:
    """``text`` as compared: NFKC, case folded, letters and digits only ("" for None)."""
    if not text:
        return ""
    return _NOT_TEXT.sub("", unicodedata.normalize("NFKC", text).casefold())


def story_text(title: str, summary: str | None, body: str | None) -> str:
    """The normalised title and lead of an article: what its signature is computed over.

    The lead is ``summary``, or the first paragraph of ``body`` when there is no summary.
    "" when nothing is left after normalising (such an article is never clustered).
    """
    lead = summary or (body.split("\n", 1)[0] if body else None)
    return normalise(title) + normalise(lead)


def shingle_hashes(text: str) -> list[int]:
    """32-bit hashes of the distinct ``SHINGLE_SIZE``-character shingles of ``text``, sorted.

    A text shorter than a shingle is one shingle; "" has none.
    """
    _, hashes = _shingles([text])
    return [int(h) for h in hashes]


def _shingles(texts: Sequence[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint32]]:
    """(text index, shingle hash) of every distinct shingle of each text, sorted by both.

    All texts at once: one array of code points, a rolling mix over every window, and only
    the windows that lie within one text kept.
    """
    # Code point 0 never occurs in normalised text, so padding cannot fake a shingle.
    padded = [t.ljust(SHINGLE_SIZE, "\0") if t else "" for t in texts]
    lengths = np.array([len(t) for t in padded], dtype=np.int64)
    points = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32)
    count = len(points) - SHINGLE_SIZE + 1
    if count <= 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint32)
    wide = points.astype(np.uint64)
    mixed = wide[:count].copy()
    for offset in range(1, SHINGLE_SIZE):
        mixed = mixed * _MIX + wide[offset : offset + count]
    mixed ^= mixed >> _SHIFT_31
    folded = (mixed ^ (mixed >> _SHIFT_32)).astype(np.uint32)
    starts = np.cumsum(lengths) - lengths
    owner = np.repeat(np.arange(len(padded), dtype=np.int64), lengths)[:count]
    inside = np.arange(count) - starts[owner] + SHINGLE_SIZE <= lengths[owner]
    keys = np.unique((owner[inside].astype(np.uint64) << _SHIFT_32) | folded[inside])
    return (keys >> _SHIFT_32).astype(np.int64), (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _fmix32(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finalizer: datasketch's affine32 scheme pre-mixes every input so."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


# datasketch's permutations h -> a * h + b (mod 2**32), one per signature value.
_A, _B = (
    p.reshape(-1, 1)
    for p in MinHash(num_perm=NUM_PERM, seed=PERMUTATION_SEED, scheme="affine32").permutations
)
_EMPTY = np.uint32(0xFFFFFFFF)
# Shingles permuted at once: bounds the (NUM_PERM x chunk) working array to 32 MiB.
_CHUNK = 65_536


def signatures(texts: Sequence[str]) -> Signatures:
    """The MinHash signature of each text (``story_text``), one row each.

    The values are exactly those of a datasketch ``MinHash(NUM_PERM, PERMUTATION_SEED,
    scheme="affine32")`` updated with the text's ``shingle_hashes`` (a test holds them to
    it); they are computed for all texts at once, as numpy array operations. An empty text
    gets the empty signature (every value the maximum): ``is_empty`` tells such rows apart,
    and they must not be compared, as two of them look identical.
    """
    result = np.full((len(texts), NUM_PERM), _EMPTY, dtype=np.uint32)
    owners, hashes = _shingles(texts)
    mixed = _fmix32(hashes)
    # Each text's shingles are one run; runs go to the permutation in chunks of whole runs.
    firsts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]]) if len(owners) else owners
    ends = np.r_[firsts[1:], len(owners)]
    run = 0
    while run < len(firsts):
        last = max(run + 1, int(np.searchsorted(ends, firsts[run] + _CHUNK, side="right")))
        low, high = firsts[run], ends[last - 1]
        permuted = _A * mixed[low:high] + _B
        minima = np.minimum.reduceat(permuted, firsts[run:last] - low, axis=1)
        result[owners[firsts[run:last]]] = minima.T
        run = last
    return result


def is_empty(signature_rows: Signatures) -> npt.NDArray[np.bool_]:
    """For each signature (row), whether it is that of an empty text."""
    return np.all(signature_rows == _EMPTY, axis=-1)


def band_hashes(signature_rows: Signatures) -> BandHashes:
    """The ``BANDS`` band hashes of each signature, as signed 64-bit integers (SQL bigint)."""
    rows = signature_rows[:, : BANDS * ROWS_PER_BAND].astype(np.uint64)
    rows = rows.reshape(len(signature_rows), BANDS, ROWS_PER_BAND)
    mixed = rows[:, :, 0].copy()
    for offset in range(1, ROWS_PER_BAND):
        mixed = mixed * _MIX + rows[:, :, offset]
    # fmix64 spreads the polynomial's low-entropy high bits across the whole hash.
    mixed ^= mixed >> _SHIFT_33
    mixed *= _FMIX_1
    mixed ^= mixed >> _SHIFT_33
    mixed *= _FMIX_2
    mixed ^= mixed >> _SHIFT_33
    return mixed.view(np.int64)


def similarity(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> float:
    """Estimated Jaccard similarity of two signatures (what ``MinHash.jaccard`` returns)."""
    return float(np.count_nonzero(a == b)) / NUM_PERM
