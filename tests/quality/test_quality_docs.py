"""Data Docs: written under out_dir/data_docs/ when asked for, not at all otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quality_crafted import ArticleFactory, RunQuality


def test_data_docs_index_is_written_under_out_dir(
    make_article: ArticleFactory, run_quality: RunQuality, tmp_path: Path
) -> None:
    report = run_quality([make_article(0), make_article(1, title="속보")], out_dir=tmp_path)

    assert report.docs_path == tmp_path / "data_docs" / "index.html"
    assert report.docs_path.is_file()


def test_data_docs_have_a_validation_page_per_frame(
    make_article: ArticleFactory, run_quality: RunQuality, tmp_path: Path
) -> None:
    run_quality([make_article(0)], out_dir=tmp_path)

    pages = sorted(
        p.relative_to(tmp_path / "data_docs" / "validations").parts[0]
        for p in (tmp_path / "data_docs" / "validations").rglob("*.html")
    )
    assert pages == ["demo-daily-article_sections", "demo-daily-articles"]


def test_no_out_dir_means_no_data_docs(
    make_article: ArticleFactory, run_quality: RunQuality
) -> None:
    report = run_quality([make_article(0)])

    assert report.docs_path is None
