"""Signatures: datasketch MinHashes of the normalised title and lead, cut into stored bands."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash
from dedup_cases import WIRE_LEAD, WIRE_TITLE

from etl.dedup.signature import (
    BANDS,
    NUM_PERM,
    PERMUTATION_SEED,
    band_hashes,
    is_empty,
    normalise,
    shingle_hashes,
    signatures,
    similarity,
    story_text,
)


def datasketch_signature(text: str) -> np.ndarray:
    minhash = MinHash(
        num_perm=NUM_PERM, seed=PERMUTATION_SEED, scheme="affine32", hashfunc=lambda h: h
    )
    minhash.update_batch(shingle_hashes(text))
    return minhash.hashvalues


def test_signatures_are_the_datasketch_minhashes_of_the_shingles() -> None:
    texts = [story_text(WIRE_TITLE, WIRE_LEAD, None), "가", "가나다라마", "가나다라마바", ""]

    computed = signatures(texts)

    for text, row in zip(texts, computed, strict=True):
        assert np.array_equal(row, datasketch_signature(text)), text


def test_normalising_drops_spacing_punctuation_and_case() -> None:
    assert normalise("美 증시, 'AI 랠리'…나스닥 1.5% ↑") == "美증시ai랠리나스닥15"
    assert normalise("美증시 - AI랠리... 나스닥 15%") == "美증시ai랠리나스닥15"
    assert normalise("Ａｂｃ １２３") == "abc123"
    assert normalise(None) == ""


def test_the_text_is_title_and_lead_or_the_first_paragraph_without_a_lead() -> None:
    body = "첫 문단이다.\n둘째 문단이다."

    assert story_text("제목", "리드", body) == "제목리드"
    assert story_text("제목", None, body) == "제목첫문단이다"
    assert story_text("…", None, None) == ""


def test_shingles_are_five_characters_and_a_short_text_is_one() -> None:
    assert len(shingle_hashes("가나다라마바사")) == 3
    assert len(shingle_hashes("가나")) == 1
    assert shingle_hashes("") == []


def test_punctuation_edits_of_a_copy_leave_its_signature_unchanged() -> None:
    wire = story_text("국회 상임위, 반도체특별법 의결…본회의 상정 예정", WIRE_LEAD, None)
    copy = story_text("국회 상임위, 반도체특별법 의결 - 본회의 상정 예정", WIRE_LEAD, None)
    sibling = story_text("국회 상임위, 상법 개정안 의결…본회의 상정 예정", WIRE_LEAD, None)

    wire_row, copy_row, sibling_row = signatures([wire, copy, sibling])

    assert similarity(wire_row, copy_row) == 1.0
    assert similarity(wire_row, sibling_row) == 0.7890625  # 101 of 128 values agree


def test_an_empty_text_has_the_empty_signature() -> None:
    rows = signatures(["", story_text(WIRE_TITLE, WIRE_LEAD, None)])

    assert is_empty(rows).tolist() == [True, False]


def test_band_hashes_are_stable_across_releases() -> None:
    # Stored in news.story_bands: a change here leaves every stored band unmatched.
    hashes = band_hashes(signatures([story_text(WIRE_TITLE, WIRE_LEAD, None)]))

    assert hashes.shape == (1, BANDS)
    assert hashes[0, :3].tolist() == [
        -2766212784507567590,
        -1617567464804151183,
        -3374408193190881211,
    ]
