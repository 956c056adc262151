"""import_dump: a listing dump through clean, dedup, quality and load, on PostgreSQL and SQLite.

The outlet is ``seed-daily``, a test-only profile (see conftest.py).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
import typer
from typer.testing import CliRunner

from etl.dump import DumpError, import_dump, import_dump_command
from etl.errors import DumpFormatError

SEED_SOURCE = "seed-daily"
SEED_TITLE_LINES = (6, 13, 17, 22, 26)
SEED_LEAD_LINES = (7, 14, 18, 23, 27)

MALFORMED = [
    "최신기사",  # 1
    "-",  # 2
    "첫째 기사 제목입니다",  # 3
    "첫째 기사의 리드는 스무 글자를 넘는 한 문장입니다.",  # 4
    "2025-04-08 09:00:00",  # 5
    "-",  # 6
    "둘째 기사 제목입니다",  # 7  <- no timestamp
    "둘째 기사의 리드는 스무 글자를 넘는 한 문장입니다.",  # 8
    "-",  # 9
    "2025-04-08 07:30:00",  # 10 <- no title
    "-",  # 11
    "\u200b",  # 12 <- empty title
    "넷째 기사의 리드는 스무 글자를 넘는 한 문장입니다.",  # 13
    "2025-04-08 07:00:00",  # 14
    "-",  # 15
    "다섯째 기사 제목입니다",  # 16
    "다섯째 기사의 리드는 스무 글자를 넘는 한 문장입니다.",  # 17
    "2025-04-08 06:00:00",  # 18
]
MALFORMED_ERRORS = [
    DumpError(7, "'둘째 기사 제목입니다' has no timestamp line after it (item skipped)"),
    DumpError(10, "timestamp '2025-04-08 07:30:00' has no title before it"),
    DumpError(12, "empty title"),
]


@pytest.fixture()
def malformed(tmp_path: Path) -> Path:
    path = tmp_path / "malformed.txt"
    path.write_text("\n".join(MALFORMED) + "\n", encoding="utf-8")
    return path


def loaded(engine: sa.Engine) -> list[dict[str, object]]:
    """The warehouse's articles of seed-daily, newest first, with UTC-aware times."""
    from etl.warehouse.schema import articles

    query = (
        sa.select(
            articles.c.title,
            articles.c.summary,
            articles.c.published_at,
            articles.c.published_date_kst,
            articles.c.url,
        )
        .where(articles.c.source_code == SEED_SOURCE)
        .order_by(articles.c.published_at.desc(), articles.c.title)
    )
    with engine.connect() as conn:
        rows = [dict(row) for row in conn.execute(query).mappings()]
    for row in rows:
        moment = row["published_at"]
        row["published_at"] = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(
            UTC
        )
    return rows


def test_seed_loads_exactly_its_five_articles(warehouse, seed):
    from etl.warehouse.runs import get_run

    lines = seed.read_text(encoding="utf-8").split("\n")
    result = import_dump(seed, SEED_SOURCE)

    assert result.errors == []
    assert result.run.window == "2025-04-08"
    assert result.run.counts["inserted"] == 5
    assert result.run.counts["quality_verdict"] == "pass"
    rows = loaded(warehouse)
    published = [row["published_at"] for row in rows]
    assert published == [
        datetime(2025, 4, 7, 23, 6, 28, tzinfo=UTC),
        datetime(2025, 4, 7, 22, 0, tzinfo=UTC),
        datetime(2025, 4, 7, 22, 0, tzinfo=UTC),
        datetime(2025, 4, 7, 21, 13, tzinfo=UTC),
        datetime(2025, 4, 7, 21, 9, tzinfo=UTC),
    ]
    by_title = {row["title"]: row for row in rows}
    assert set(by_title) == {lines[n - 1] for n in SEED_TITLE_LINES}
    for title_line, lead_line in zip(SEED_TITLE_LINES, SEED_LEAD_LINES, strict=True):
        assert by_title[lines[title_line - 1]]["summary"] == " ".join(lines[lead_line - 1].split())
    assert {row["published_date_kst"] for row in rows} == {date(2025, 4, 8)}
    assert all(str(row["url"]).startswith("https://seed.newsflow.test/dump/") for row in rows)
    run = get_run(warehouse, result.run.run_id)
    assert (run["status"], run["counts"]["dump_errors"]) == ("success", 0)


def test_reimporting_the_seed_changes_nothing(warehouse, seed):
    from etl.warehouse.load import table_checksum

    first = import_dump(seed, SEED_SOURCE, date(2025, 4, 8))
    before = {t: table_checksum(warehouse, t) for t in ("articles", "article_sections")}
    second = import_dump(seed, SEED_SOURCE, date(2025, 4, 8))
    after = {t: table_checksum(warehouse, t) for t in ("articles", "article_sections")}
    assert first.run.counts["inserted"] == 5
    counts = second.run.counts
    assert (counts["inserted"], counts["updated"], counts["unchanged"]) == (0, 0, 5)
    assert after == before


def test_malformed_dump_loads_its_valid_items_and_reports_the_rest(warehouse, malformed):
    result = import_dump(malformed, SEED_SOURCE)
    assert result.errors == MALFORMED_ERRORS
    assert [row["title"] for row in loaded(warehouse)] == [
        "첫째 기사 제목입니다",
        "다섯째 기사 제목입니다",
    ]
    assert (result.run.counts["inserted"], result.run.counts["dump_errors"]) == (2, 3)
    written = (result.run.run_dir / "dump_errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in written] == [
        {"line_no": e.line_no, "message": e.message} for e in MALFORMED_ERRORS
    ]


def test_impossible_timestamp_is_quarantined_with_its_raw_string(warehouse, tmp_path):
    from etl.warehouse.schema import quarantine

    stamps = [f"2025-04-08 {hour:02d}:00:00" for hour in range(9, 18)] + ["2025-04-31 08:00:00"]
    lines = []
    for n, stamp in enumerate(stamps, start=1):
        lines += [
            "-",
            f"{n}번째 기사 제목입니다",
            f"{n}번째 기사의 리드는 스무 글자를 넘습니다.",
            stamp,
        ]
    path = tmp_path / "impossible.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = import_dump(path, SEED_SOURCE)
    assert result.errors == []
    counts = result.run.counts
    assert (counts["inserted"], counts["quarantined"], counts["quality_verdict"]) == (9, 1, "warn")
    with warehouse.connect() as conn:
        [(record, reasons)] = conn.execute(sa.select(quarantine.c.record, quarantine.c.reasons))
    record = record if isinstance(record, dict) else json.loads(record)
    assert (record["published_raw"], record["flags"]) == (
        "2025-04-31 08:00:00",
        ["impossible_time"],
    )


def test_dump_without_a_usable_item_is_refused(sources_dir, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("최신기사\n-\n-\n제목만 있는 기사\n", encoding="utf-8")
    with pytest.raises(DumpFormatError) as err:
        import_dump(path, SEED_SOURCE)
    assert str(err.value) == (
        "empty.txt: no item with a title and a readable timestamp; first error: "
        "line 4: '제목만 있는 기사' has no timestamp line after it (item skipped)"
    )


def test_command_prints_a_summary_line_and_the_line_errors(sources_dir, malformed, capsys):
    import_dump_command(malformed, SEED_SOURCE, "2025-04-08")
    out, err = capsys.readouterr()
    [summary] = out.splitlines()
    assert summary.startswith(
        "malformed.txt: 2 items -> seed-daily 2025-04-08: 2 inserted, 0 updated, 0 unchanged, "
        "0 quarantined, verdict pass, 3 line errors (run seed-daily_2025-04-08_"
    )
    assert err.splitlines() == [
        "malformed.txt:7: '둘째 기사 제목입니다' has no timestamp line after it (item skipped)",
        "malformed.txt:10: timestamp '2025-04-08 07:30:00' has no title before it",
        "malformed.txt:12: empty title",
    ]


def test_command_prints_the_line_errors_also_when_the_import_fails(sources_dir, tmp_path, capsys):
    path = tmp_path / "no-items.txt"
    path.write_text("-\n2025-04-08 09:00:00\n-\n제목만 있는 기사\n", encoding="utf-8")
    with pytest.raises(DumpFormatError):
        import_dump_command(path, SEED_SOURCE, None)
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "no-items.txt:2: timestamp '2025-04-08 09:00:00' has no title before it",
        "no-items.txt:4: '제목만 있는 기사' has no timestamp line after it (item skipped)",
    ]


def test_command_mounts_on_a_typer_app(sources_dir, seed):
    app = typer.Typer()
    app.command("import-dump")(import_dump_command)
    app.command("noop")(lambda: None)  # two commands: the first is a subcommand, not the app
    result = CliRunner().invoke(
        app,
        ["import-dump", str(seed), "--source", SEED_SOURCE, "--date", "2025-04-08"],
    )
    assert result.exit_code == 0, result.output
    assert "000_7ddc362fe0bc7c1f.txt: 5 items -> seed-daily 2025-04-08: 5 inserted" in result.output


def test_command_refuses_a_malformed_date(sources_dir, malformed):
    with pytest.raises(DumpFormatError) as err:
        import_dump_command(malformed, SEED_SOURCE, "2025-4-8")
    assert str(err.value).startswith("--date '2025-4-8': ")
