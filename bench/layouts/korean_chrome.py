"""What the Korean layouts share: the chrome Korean news pages put around their lists (ad
slots, company footers, pagination, "많이 본 뉴스" boxes, in the markup these sites commonly
use), their time formats and the fetch time of every Korean page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from etl.window import KST

from . import Layout
from .markup import escape_html, link_list, menu_items

# When every Korean layout's page was fetched.
FETCHED_AT = datetime(2025, 4, 8, 15, 0, tzinfo=KST)
# The policy links most Korean news sites' footers carry.
FOOTER_LINKS = (
    "회사소개", "광고·제휴 문의", "이용약관", "개인정보처리방침", "청소년보호정책", "고충처리인"
)  # fmt: skip


def ad_slot(css: str, label: str, cid: int, zone: str) -> str:
    """An ad-server banner with its "광고"/"AD" label."""
    return (
        f'<div class="{css}"><span class="ad_label">{label}</span>\n'
        f'<a href="https://ad.adnet.example.com/adclick?cid={cid}&amp;zone={zone}" '
        f'target="_blank" rel="nofollow sponsored"><img src="https://img.adnet.example.com/b/'
        f'{cid}.jpg" alt="{label}"></a></div>'
    )


def company_footer(host: str, company: str, links: tuple[str, ...]) -> str:
    """A company footer: policy links and a copyright line."""
    entries = menu_items((f"{host}/company/{n}", text) for n, text in enumerate(links))
    return (
        f'<footer id="footer"><ul class="footer_menu">{entries}</ul>\n'
        f'<p class="copyright">Copyright © {escape_html(company)}. All rights reserved.</p>'
        "</footer>"
    )


def pagination(href: str, *, count: int = 5, next_text: str = "다음") -> str:
    """Pagination: the current page, links to the following ones and a "다음" link;
    ``href`` holds ``{n}`` for the page number."""
    links = " ".join(f'<a href="{href.format(n=n)}">{n}</a>' for n in range(2, count + 1))
    return (
        f'<div class="paging"><strong class="on">1</strong> {links} '
        f'<a href="{href.format(n=count + 1)}" class="next">{next_text}</a></div>'
    )


def ranking_box(links: list[tuple[str, str]], title: str = "많이 본 뉴스") -> str:
    """A numbered "most viewed" box."""
    entries = link_list(links, '<li><em class="rank">{rank}</em><a href="{href}">{title}</a></li>')
    return (
        f'<div class="ranking_box"><h3 class="box_tit">{escape_html(title)}</h3>'
        f'<ol class="rank_list">{entries}</ol></div>'
    )


def dotted(when: datetime) -> str:
    """``2025.04.08 14:20``, as Korean lists print a time."""
    return when.strftime("%Y.%m.%d %H:%M")


def truncate(text: str, limit: int, mark: str) -> str:
    """``text`` cut to ``limit`` characters plus ``mark`` when it is longer."""
    return text if len(text) <= limit else text[:limit].rstrip() + mark


def korean_layout(
    name: str,
    family: str,
    html: str,
    page_url: str,
    gold: list[dict[str, Any]],
    *,
    encoding: str = "utf-8",
    content_type: str | None = None,
) -> Layout:
    """A Korean page fetched at the gallery's fetch time, its HTML encoded as the site serves
    it."""
    return Layout(
        name=name,
        family=family,
        body=html.encode(encoding),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=gold,
        content_type=content_type,
    )
