"""English-language listing layouts: one page per markup family common on English news sites.

Each builder returns a whole page in the shape of one family — a blog-engine category archive,
a public broadcaster's section front built from ``data-testid`` cards, a newspaper front of
"facia" containers, a wire service's section list, a news agency's hub of promos, a
broadsheet's "Latest" stream, a local-news site rendered by a JavaScript framework with hashed
class names, a tech blog's river — with the chrome real pages carry around the list. Hosts,
headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC); relative times ("2 hrs ago") are
resolved against that instant in the gold, and a day word without a clock ("Yesterday") or a
date without a time of day gives no gold timestamp. Gold times are the instants the page
states (a ``datetime`` attribute or epoch, else the display text with its zone).
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, english_document, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")
PDT = timezone(timedelta(hours=-7), "PDT")


# --------------------------------------------------------------------------------------------
# 1. A blog-engine category archive (the default theme markup of a widely used CMS)
# --------------------------------------------------------------------------------------------

_WP_HOST = "https://www.harbourgazette.example"
_WP_STORIES = [
    Story.at(
        "/2025/04/07/harbor-commission-approves-dredging-plan-north-channel/",
        "Harbor commission approves $4.2 million dredging plan for the north channel",
        "Commissioners voted 5-2 on Monday night to fund the long-delayed project, which "
        "fishing crews say has left the channel too shallow to use at low tide",
        datetime(2025, 4, 7, 21, 48, tzinfo=EDT),
        "Local News",
    ),
    Story.at(
        "/2025/04/07/school-board-delays-vote-later-start-times/",
        "School board delays vote on later start times after packed public hearing",
        "More than 200 parents, teachers and students signed up to speak, pushing the "
        "meeting past midnight and the decision to the board’s April 21 session",
        datetime(2025, 4, 7, 19, 12, tzinfo=EDT),
        "Education",
    ),
    Story.at(
        "/2025/04/07/route-9-bridge-repairs-overnight-closures/",
        "Route 9 bridge repairs to close southbound lanes overnight through May",
        "State transportation officials said crews will work between 9 p.m. and 5 a.m. on "
        "weeknights, with detours posted along Mill Street and Cove Road",
        datetime(2025, 4, 7, 16, 30, tzinfo=EDT),
        "Local News",
    ),
    Story.at(
        "/2025/04/07/letters-downtown-parking-garage/",
        "Letters: Readers weigh in on the proposed downtown parking garage",
        "This week’s letters to the editor include three on the garage, one on library "
        "hours and a thank-you to the volunteers who cleaned up Shore Park",
        datetime(2025, 4, 7, 14, 5, tzinfo=EDT),
        "Opinion",
        "<em>Letters:</em> Readers weigh in on the proposed downtown parking garage",
    ),
    Story.at(
        "/2025/04/07/volunteer-fire-company-125-years-open-house/",
        "Volunteer fire company marks 125 years with open house and antique engine parade",
        "The Eastport Volunteer Fire Company will open its Water Street station to the "
        "public on Saturday, with a restored 1931 pumper leading a parade at noon",
        datetime(2025, 4, 7, 11, 20, tzinfo=EDT),
        "Community",
    ),
    Story.at(
        "/2025/04/06/town-meeting-warrant-short-term-rentals-senior-center/",
        "Town meeting warrant includes short-term rental limits and a new senior center",
        "Voters will decide 31 articles on May 3, including a cap on short-term rental "
        "permits and $1.8 million to design a senior center on Elm Street",
        datetime(2025, 4, 6, 18, 45, tzinfo=EDT),
        "Local News",
    ),
    Story.at(
        "/2025/04/06/lobster-landings-dip-prices-steady-state-report/",
        "Lobster landings dipped last season, but prices held steady, state report finds",
        "The annual report shows landings fell about 6 percent from the year before, while "
        "the average price paid at the dock rose slightly",
        datetime(2025, 4, 6, 10, 2, tzinfo=EDT),
        "Business",
    ),
    Story.at(
        "/2025/04/05/police-log-stolen-kayaks-quarry-hill-goat/",
        "Police log: Stolen kayaks recovered, downed lines on Quarry Hill and a loose goat",
        "Highlights from the Eastport Police Department log for the week ending April 5, "
        "compiled from dispatch records and officers’ reports",
        datetime(2025, 4, 5, 15, 30, tzinfo=EDT),
        "Public Safety",
    ),
    Story.at(
        "/2025/04/05/sourdough-bakery-opens-former-hardware-store/",
        "Sourdough bakery opens in the former Main Street hardware store",
        "Two former restaurant cooks spent a year restoring the 1908 storefront, keeping "
        "the original tin ceiling and the hardware store’s sliding ladder",
        datetime(2025, 4, 5, 8, 15, tzinfo=EDT),
        "Business",
    ),
]
_WP_POPULAR = [
    ("/2025/03/28/ferry-schedule-summer-changes/", "Ferry schedule changes for summer announced"),
    ("/2025/04/01/eastport-high-robotics-team-state-title/", "Eastport High robotics team wins state title"),
    ("/2025/04/07/harbor-commission-approves-dredging-plan-north-channel/", "Harbor commission approves $4.2 million dredging plan for the north channel"),
    ("/2025/03/30/obituary-margaret-ellery-longtime-librarian/", "Obituary: Margaret Ellery, longtime town librarian"),
    ("/2025/04/02/storm-damage-shore-road-seawall/", "Storm damage closes part of Shore Road seawall"),
]  # fmt: skip


def _wp_date(when: datetime) -> str:
    return f"{when:%B} {when.day}, {when.year}"


def _wp_post(number: int, story: Story) -> str:
    """One ``article.post`` of the archive loop (thumbnail, header with meta, excerpt, footer)."""
    url = _WP_HOST + story.path
    when = story.when
    assert when is not None
    cat = story.label.lower().replace(" ", "-")
    updated = when + timedelta(hours=2, minutes=7)
    return f"""
<article id="post-{number}" class="post-{number} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}">
  <div class="post-thumbnail">
    <a class="post-thumbnail-inner" href="{url}" aria-hidden="true" tabindex="-1">
      <img width="300" height="200" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{_WP_HOST}/wp-content/uploads/2025/04/post-{number}-300x200.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image lazyload" alt="" decoding="async">
    </a>
  </div>
  <header class="entry-header">
    <h2 class="entry-title"><a href="{url}" rel="bookmark">{story.headline_html}</a></h2>
    <div class="entry-meta">
      <span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{when.isoformat()}">{_wp_date(when)}</time><time class="updated" datetime="{updated.isoformat()}">{_wp_date(updated)}</time></a></span>
      <span class="byline"> by <span class="author vcard"><a class="url fn n" href="{_WP_HOST}/author/staff/">Gazette Staff</a></span></span>
    </div>
  </header>
  <div class="entry-summary">
    <p>{escape_html(story.lead or "")} [&hellip;]</p>
  </div>
  <footer class="entry-footer">
    <span class="cat-links">Posted in <a href="{_WP_HOST}/category/{cat}/" rel="category tag">{escape_html(story.label)}</a></span>
    <a class="more-link" href="{url}">Read more<span class="screen-reader-text"> &#8220;{escape_html(story.title)}&#8221;</span></a>
  </footer>
</article>"""


def build_wordpress_archive() -> Layout:
    """A category archive of a small-town paper on a widely used blog CMS: ``article.post``
    entries with ``h2.entry-title > a[rel=bookmark]``, ``time.entry-date.published`` with an
    offset, excerpts ending "[…]", widget sidebar (Recent Posts, a numbered Popular list, an
    ad), numbered pagination."""
    page_url = f"{_WP_HOST}/category/local-news/"
    menu = nav_links(
        [
            ("Home", f"{_WP_HOST}/"),
            ("Local News", f"{_WP_HOST}/category/local-news/"),
            ("Education", f"{_WP_HOST}/category/education/"),
            ("Business", f"{_WP_HOST}/category/business/"),
            ("Opinion", f"{_WP_HOST}/category/opinion/"),
            ("Obituaries", f"{_WP_HOST}/category/obituaries/"),
            ("Events Calendar", f"{_WP_HOST}/events/"),
            ("Subscribe", f"{_WP_HOST}/subscribe/"),
        ],
        "menu-item menu-item-type-taxonomy menu-item-object-category",
    )
    posts = "\n".join(_wp_post(4810 - n * 7, s) for n, s in enumerate(_WP_STORIES))
    recent = "\n".join(
        f'<li><a href="{_WP_HOST}{s.path}">{escape_html(s.title)}</a>'
        f'<span class="post-date">{_wp_date(s.when)}</span></li>'
        for s in _WP_STORIES[:5]
        if s.when is not None
    )
    popular = link_list(
        ((_WP_HOST + path, text) for path, text in _WP_POPULAR),
        '<li><span class="top-post-rank">{rank}</span> '
        '<a href="{href}" class="bump-view" data-bump-view="tp">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding">
    <p class="site-title"><a href="{_WP_HOST}/" rel="home">The Harbour Gazette</a></p>
    <p class="site-description">Eastport’s hometown newspaper since 1887</p>
  </div>
  <nav id="site-navigation" class="main-navigation">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <div class="menu-primary-container"><ul id="primary-menu" class="menu">
{menu}
    </ul></div>
  </nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
  <header class="page-header">
    <h1 class="page-title">Category: <span>Local News</span></h1>
    <div class="archive-description"><p>News from Eastport, Cove Harbor and the islands.</p></div>
  </header>
{posts}
  <nav class="navigation pagination" aria-label="Posts">
    <h2 class="screen-reader-text">Posts navigation</h2>
    <div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>
      <a class="page-numbers" href="{page_url}page/2/">2</a>
      <a class="page-numbers" href="{page_url}page/3/">3</a>
      <span class="page-numbers dots">&hellip;</span>
      <a class="page-numbers" href="{page_url}page/14/">14</a>
      <a class="next page-numbers" href="{page_url}page/2/">Next</a></div>
  </nav>
</main>
</div>
<aside id="secondary" class="widget-area">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{_WP_HOST}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
  <section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Advertisement</h2><div class="textwidget custom-html-widget"><a href="https://ad.doubleclick.example/clk;2719;harbourgazette;sz=300x250?https://www.coveharborrealty.example/"><img src="{_WP_HOST}/wp-content/uploads/ads/cove-realty-300x250.jpg" alt="Cove Harbor Realty"></a></div></section>
  <section id="recent-posts-2" class="widget widget_recent_entries">
    <h2 class="widget-title">Recent Posts</h2>
    <ul>
{recent}
    </ul>
  </section>
  <section id="top-posts-2" class="widget widget_top-posts">
    <h2 class="widget-title">Popular</h2>
    <ol class="widgets-list-layout no-grav">
{popular}
    </ol>
  </section>
  <section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>
{nav_links([("Business", f"{_WP_HOST}/category/business/"), ("Community", f"{_WP_HOST}/category/community/"), ("Education", f"{_WP_HOST}/category/education/"), ("Public Safety", f"{_WP_HOST}/category/public-safety/")], "cat-item")}
  </ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <nav class="footer-navigation"><ul class="footer-menu">
{nav_links([("About Us", f"{_WP_HOST}/about/"), ("Contact the Newsroom", f"{_WP_HOST}/contact/"), ("Advertise With Us", f"{_WP_HOST}/advertise/"), ("Privacy Policy", f"{_WP_HOST}/privacy-policy/"), ("Terms of Use", f"{_WP_HOST}/terms/")])}
  </ul></nav>
  <div class="site-info">&copy; 2025 Harbour Gazette Publishing Co. <span class="sep"> | </span> Proudly powered by a blog engine</div>
</footer>
</div>"""
    head = (
        f'<link rel="canonical" href="{page_url}">\n'
        f'<link rel="alternate" type="application/rss+xml" href="{page_url}feed/">'
    )
    items = [
        gold_item(page_url, _WP_HOST + s.path, s, summary=f"{s.lead} […]") for s in _WP_STORIES
    ]
    return Layout(
        name="en-wordpress-archive",
        family="blog-CMS category archive: article.post > h2.entry-title, time.entry-date, excerpt […]",
        body=english_document("Local News Archives - The Harbour Gazette", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 2. A public broadcaster's section front (React cards addressed by data-testid)
# --------------------------------------------------------------------------------------------

_BC_HOST = "https://www.northbridge-broadcast.example"
_BC_TOP = [
    Story.at(
        "/news/articles/c5y8k2m1qd0o",
        "Ceasefire talks resume in Geneva as both sides signal flexibility on prisoner swaps",
        "Negotiators met for six hours on Monday, the first direct session since February, "
        "and officials said a framework for exchanges could be agreed within days.",
        ago(NOW, minutes=35),
        "Europe",
    ),
    Story.at(
        "/news/articles/cn4r7x9e2w1o",
        "Flooding forces thousands from homes as river reaches record height in northern Chile",
        "Emergency services say at least 14,000 people have been evacuated after three days "
        "of unseasonal rain.",
        ago(NOW, hours=2),
        "Latin America",
    ),
    Story.at(
        "/news/articles/c1dz3v6p8l5o",
        "Parliament passes landmark law giving rivers legal personhood",
        "Campaigners hailed the vote as a turning point, but farming groups warn it could "
        "open the door to years of litigation.",
        ago(NOW, hours=3),
        "Asia",
    ),
    Story.at(
        "/news/videos/c8wq2e5r7t9o",
        "Watch: Rescuers pull hiker from crevasse after 40 hours on glacier",
        None,
        ago(NOW, hours=4),
        "Europe",
    ),
]
_BC_MORE = [
    Story.at(
        "/news/articles/cx7m3k9p1z4o",
        "Why a tiny island nation is suing the world’s biggest polluters",
        "The case, to be heard at The Hague this week, could test how far international law "
        "reaches on climate harm.",
        ago(NOW, hours=5),
        "Features",
    ),
    Story.at(
        "/news/articles/c2v9n6b4x8ko",
        "Election officials begin recount in tight presidential run-off",
        "The challenger trails by fewer than 9,000 votes out of more than 11 million cast.",
        ago(NOW, hours=7),
        "Africa",
    ),
    Story.at(
        "/news/articles/c9p4l7j2h5fo",
        "Train drivers in three countries to strike over cross-border rota changes",
        "Unions say the new timetable would push some shifts past legal driving limits, "
        "which operators deny.",
        ago(NOW, hours=11),
        "Europe",
    ),
    Story.at(
        "/news/articles/c4k8r1w6q3so",
        "Ancient shipwreck found off coast still holds sealed jars of wine",
        "Divers say the vessel, thought to be about 2,100 years old, is unusually well "
        "preserved by the silt around it.",
        ago(NOW, days=1),
        "Middle East",
    ),
    Story.at(
        "/news/articles/c6g2t8y5u1ao",
        "Power restored to most of the capital after nationwide blackout",
        "The grid operator blamed a fault at a substation that tripped safety systems "
        "across the network.",
        None,  # shown as "6 Apr 2025": a date without a time of day
        "Asia",
    ),
]
_BC_SHOWN = {
    "/news/articles/c5y8k2m1qd0o": "35 mins ago",
    "/news/articles/cn4r7x9e2w1o": "2 hrs ago",
    "/news/articles/c1dz3v6p8l5o": "3 hrs ago",
    "/news/videos/c8wq2e5r7t9o": "4 hrs ago",
    "/news/articles/cx7m3k9p1z4o": "5 hrs ago",
    "/news/articles/c2v9n6b4x8ko": "7 hrs ago",
    "/news/articles/c9p4l7j2h5fo": "11 hrs ago",
    "/news/articles/c4k8r1w6q3so": "1 day ago",
    "/news/articles/c6g2t8y5u1ao": "6 Apr 2025",
}
_BC_MOST_READ = [
    ("/news/articles/c3h7d2k9m4xo", "Man who found meteorite in garden sells it to museum"),
    ("/news/articles/cn4r7x9e2w1o", "Flooding forces thousands from homes in northern Chile"),
    ("/news/articles/c0f5j8s1a6po", "Airline apologises after passengers stranded for two days"),
    ("/news/articles/c7b1z4n8v2eo", "Royal palace opens gardens to public for first time in 70 years"),
    ("/news/articles/c5y8k2m1qd0o", "Ceasefire talks resume in Geneva"),
]  # fmt: skip


def _bc_card(story: Story, testid: str, *, description: bool = True) -> str:
    """A card: one link wrapping media and text, text fields addressed by data-testid."""
    media = (
        '<div data-testid="card-media-wrapper" class="sc-a34861b-0 efFcac">'
        '<div data-testid="card-media" class="sc-a34861b-1 jxzoZC">'
        '<img sizes="(min-width: 1280px) 50vw, 100vw" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
        f'data-src="https://ichef.northbridge-broadcast.example/news/480{story.path[-12:]}.jpg" '
        'loading="lazy" class="sc-d1200759-0 dvfjxj" alt=""></div>'
        + (
            '<span data-testid="card-media-indicator" class="sc-bf3b3ab9-0 kTqLbc">'
            '<span class="sc-bf3b3ab9-1 eUsDKj">Play</span></span>'
            if "/videos/" in story.path
            else ""
        )
        + "</div>"
    )
    lead = (
        f'<p data-testid="card-description" class="sc-4fedabc7-4 bvDsJq">{escape_html(story.lead)}</p>'
        if description and story.lead
        else ""
    )
    return f"""
<div data-testid="{testid}" class="sc-8ea7699c-1 hxUeJq">
  <a href="{story.path}" data-testid="internal-link" class="sc-2e6baa30-0 gILusN">
    <div class="sc-f9178328-0 bpcsea" data-testid="{testid.replace("-card", "-article")}">
      {media}
      <div data-testid="card-text-wrapper" class="sc-4fedabc7-1 cRERUJ">
        <h2 data-testid="card-headline" class="sc-4fedabc7-3 zTZri">{escape_html(story.title)}</h2>
        {lead}
        <div data-testid="card-metadata" class="sc-6fba5bd4-0 bHkTZK">
          <span data-testid="card-metadata-lastupdated" class="sc-6fba5bd4-1 efYorw">{_BC_SHOWN[story.path]}</span>
          <span data-testid="card-metadata-separator" class="sc-6fba5bd4-2 dHPFfY"></span>
          <span data-testid="card-metadata-tag" class="sc-6fba5bd4-1 efYorw">{escape_html(story.label)}</span>
        </div>
      </div>
    </div>
  </a>
</div>"""


def build_broadcaster_section() -> Layout:
    """A public broadcaster's world section: a top-stories section of cards (one large, the
    rest small), a grid of more stories, cards whose one link wraps media, ``h2[data-testid=
    card-headline]``, ``p[data-testid=card-description]`` and "2 hrs ago"; a numbered "Most
    read", an ad slot, a page-number pager."""
    page_url = f"{_BC_HOST}/news/world"
    nav = nav_links(
        [
            ("Home", "/"),
            ("News", "/news"),
            ("Sport", "/sport"),
            ("Business", "/business"),
            ("Innovation", "/innovation"),
            ("Culture", "/culture"),
            ("Travel", "/travel"),
            ("Earth", "/future-planet"),
            ("Video", "/video"),
            ("Live", "/live"),
        ],
        "sc-f116bf72-8 cPwZbP",
    )
    subnav = nav_links(
        [
            ("Africa", "/news/world/africa"),
            ("Asia", "/news/world/asia"),
            ("Australia", "/news/world/australia"),
            ("Europe", "/news/world/europe"),
            ("Latin America", "/news/world/latin_america"),
            ("Middle East", "/news/world/middle_east"),
            ("US & Canada", "/news/us-canada"),
        ],
        "sc-f116bf72-8 cPwZbP",
    )
    lead_card = _bc_card(_BC_TOP[0], "dundee-card")
    top_cards = "\n".join(_bc_card(s, "edinburgh-card") for s in _BC_TOP[1:])
    more_cards = "\n".join(_bc_card(s, "edinburgh-card") for s in _BC_MORE)
    most_read = link_list(
        _BC_MOST_READ,
        """<div data-testid="westminster-card" class="sc-8ea7699c-1 hxUeJq">
  <a href="{href}" data-testid="internal-link" class="sc-2e6baa30-0 gILusN">
    <div class="sc-a1ba5c0a-0 gNttiE"><span class="sc-a1ba5c0a-1 bGcHdR">{rank}</span>
    <div data-testid="card-text-wrapper" class="sc-4fedabc7-1 cRERUJ"><h2 data-testid="card-headline" class="sc-4fedabc7-3 dlvTeI">{title}</h2></div></div>
  </a>
</div>""",
        sep="\n",
    )
    body = f"""
<div id="__next">
<header data-testid="header-content" class="sc-f116bf72-0 kwAdvK">
  <a href="/" data-testid="brand-logo" class="sc-f116bf72-3 eXrPVc" aria-label="Northbridge Broadcasting, Homepage"><svg viewBox="0 0 83 24"></svg></a>
  <nav data-testid="level1-navigation-container" class="sc-f116bf72-6 dzZjzG"><ul class="sc-f116bf72-7 eXtbdY" role="list">
{nav}
  </ul></nav>
  <nav data-testid="level2-navigation-container" class="sc-f116bf72-6 dzZjzG"><ul class="sc-f116bf72-7 eXtbdY" role="list">
{subnav}
  </ul></nav>
</header>
<main id="main-content" data-testid="main-content" class="sc-3d5b0f2c-0 bQBXZL">
  <div id="dotcom-leaderboard" class="sc-81bd13e1-0 dotcom-ad" data-testid="ad-slot-leaderboard">
    <span class="sc-81bd13e1-1 gHtcQl">Advertisement</span>
    <a href="https://ad.doubleclick.example/ddm/clk/552817;bcw-leaderboard?https://www.alpinerail.example/">
      <img src="https://static.northbridge-broadcast.example/ads/leaderboard-970x90.jpg" alt=""></a>
  </div>
  <h1 class="sc-a8651b1d-0 hJaEtT">World</h1>
  <section data-testid="virginia-section-outer-1" class="sc-16c4b1f8-0 hLbJAS">
    <div data-testid="virginia-section-1" class="sc-16c4b1f8-1 lbSlJv">
      <div class="sc-16c4b1f8-3 fCwgAL">
        <div class="sc-b8778340-2 gVDAgB">{lead_card}</div>
        <div class="sc-b8778340-3 gqHDIN">
{top_cards}
        </div>
      </div>
    </div>
  </section>
  <section data-testid="alaska-section-outer-2" class="sc-16c4b1f8-0 hLbJAS">
    <div class="sc-e0e3ca0-0 bHjPOl"><h2 class="sc-e0e3ca0-1 fHsAqh">More World news</h2></div>
    <div data-testid="alaska-grid" class="sc-4ea10043-0 gKHdYY">
{more_cards}
    </div>
    <div data-testid="pagination" class="sc-80d3a0d5-0 fQZKYv">
      <button disabled aria-label="Previous page">Prev</button>
      <a href="{page_url}?page=1" aria-current="page">1</a> <a href="{page_url}?page=2">2</a>
      <a href="{page_url}?page=3">3</a> <span>&hellip;</span> <a href="{page_url}?page=42">42</a>
      <a href="{page_url}?page=2" aria-label="Next page">Next</a>
    </div>
  </section>
  <section data-testid="illinois-section-outer-3" class="sc-16c4b1f8-0 hLbJAS">
    <div class="sc-e0e3ca0-0 bHjPOl"><h2 class="sc-e0e3ca0-1 fHsAqh">Most read</h2></div>
    <div data-testid="illinois-grid" class="sc-4ea10043-0 gKHdYY">
{most_read}
    </div>
  </section>
  <div id="dotcom-mpu" class="sc-81bd13e1-0 dotcom-ad" data-testid="ad-slot-mpu">
    <span class="sc-81bd13e1-1 gHtcQl">Advertisement</span>
    <a href="https://ad.doubleclick.example/ddm/clk/552818;bcw-mpu?https://www.harbourhotels.example/">
      <img src="https://static.northbridge-broadcast.example/ads/mpu-300x250.jpg" alt=""></a>
  </div>
</main>
<footer data-testid="footer" class="sc-c3d7e9e2-0 bYLVkq">
  <ul class="sc-c3d7e9e2-2 dULBZx">
{nav_links([("Terms of Use", "/usingthesite/terms"), ("About the Corporation", "/aboutus"), ("Privacy Policy", "/usingthesite/privacy"), ("Cookies", "/usingthesite/cookies"), ("Accessibility Help", "/accessibility"), ("Contact Us", "/contact"), ("Advertise with us", "/advertisingcontact")])}
  </ul>
  <p class="sc-c3d7e9e2-4 fKbAPn">Copyright 2025 Northbridge Broadcasting. We are not responsible for the content of external sites.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s in (*_BC_TOP, *_BC_MORE)]
    return Layout(
        name="en-broadcaster-section",
        family="public broadcaster section front: data-testid cards (card-headline, card-description, '2 hrs ago')",
        body=english_document("World | Latest News & Updates | Northbridge News", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 3. A newspaper front of "facia" containers (fc-container / fc-slice / fc-item)
# --------------------------------------------------------------------------------------------

_FC_HOST = "https://www.ledgerandpost.example"
_FC_HEADLINES = [
    Story.at(
        "/world/2025/apr/08/coastal-cities-brace-for-cyclone-as-evacuation-orders-widen",
        "Coastal cities brace for cyclone as evacuation orders widen to 2 million people",
        "Meteorologists say the storm could make landfall as a category 4 late on Tuesday, "
        "with a surge of up to five metres",
        datetime(2025, 4, 8, 5, 12, 43, tzinfo=UTC),
        "Weather",
    ),
    Story.at(
        "/world/2025/apr/08/foreign-ministers-agree-grain-corridor-deal-istanbul",
        "Foreign ministers agree deal to reopen grain corridor after overnight talks",
        "The agreement, brokered in Istanbul, restores shipping lanes closed since January "
        "and includes independent inspections at three ports",
        datetime(2025, 4, 8, 3, 40, 5, tzinfo=UTC),
        "",
    ),
    Story.at(
        "/world/2025/apr/07/opposition-leader-released-after-nine-months-detention",
        "Opposition leader released after nine months in detention without charge",
        "Supporters gathered outside the prison gates as she walked free, hours after a "
        "court ruled her continued detention unlawful",
        datetime(2025, 4, 7, 22, 18, 0, tzinfo=UTC),
        "Human rights",
    ),
    Story.at(
        "/world/2025/apr/07/glacier-collapse-alpine-village-evacuated",
        "Alpine village evacuated as scientists warn glacier could collapse within days",
        "About 300 residents and their livestock were moved out after sensors detected the "
        "ice front moving up to 10 metres a day",
        datetime(2025, 4, 7, 19, 2, 51, tzinfo=UTC),
        "Switzerland",
    ),
]
_FC_ACROSS = [
    Story.at(
        "/world/2025/apr/07/fishermen-protest-deep-sea-mining-licences",
        "Fishermen block harbour in protest at deep-sea mining licences",
        "Dozens of boats moored across the harbour mouth, delaying a research vessel due "
        "to survey the seabed for metals",
        datetime(2025, 4, 7, 16, 45, 9, tzinfo=UTC),
        "Pacific",
    ),
    Story.at(
        "/world/2025/apr/07/teachers-strike-enters-third-week-pay-offer-rejected",
        "Teachers’ strike enters third week as unions reject revised pay offer",
        "Ministers had raised their offer to 6% over two years, but union leaders said it "
        "still failed to match inflation since 2022",
        datetime(2025, 4, 7, 14, 30, 0, tzinfo=UTC),
        "Education",
    ),
    Story.at(
        "/world/2025/apr/07/archaeologists-uncover-bronze-age-settlement-motorway",
        "Archaeologists uncover bronze age settlement on route of new motorway",
        "Excavations have revealed roundhouses, a timber causeway and more than 4,000 "
        "fragments of pottery beneath farmland",
        datetime(2025, 4, 7, 11, 3, 27, tzinfo=UTC),
        "Archaeology",
    ),
    Story.at(
        "/world/2025/apr/06/city-bans-cars-from-historic-centre-on-weekends",
        "City bans cars from its historic centre at weekends after trial cut pollution",
        "A six-month trial reduced nitrogen dioxide by a third, officials said, though "
        "shopkeepers complained of falling trade",
        datetime(2025, 4, 6, 9, 55, 0, tzinfo=UTC),
        "",
    ),
]
_FC_MOST_VIEWED = [
    ("/world/2025/apr/08/coastal-cities-brace-for-cyclone-as-evacuation-orders-widen", "Coastal cities brace for cyclone as evacuation orders widen"),
    ("/lifeandstyle/2025/apr/06/the-joy-of-cold-water-swimming-at-seventy", "The joy of cold-water swimming at seventy"),
    ("/film/2025/apr/07/festival-lineup-announced-surprise-debut", "Festival lineup announced with a surprise debut"),
    ("/world/2025/apr/07/opposition-leader-released-after-nine-months-detention", "Opposition leader released after nine months in detention"),
    ("/football/2025/apr/07/late-winner-sends-visitors-top-of-table", "Late winner sends visitors top of the table"),
]  # fmt: skip


def _fc_relative(when: datetime) -> str:
    """The short relative stamp the front prints ("1h ago", "8m ago", "2d ago")."""
    minutes = int((NOW - when).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m ago"
    if minutes < 24 * 60:
        return f"{minutes // 60}h ago"
    return f"{minutes // (24 * 60)}d ago"


def _fc_item(story: Story, size: str) -> str:
    """One ``fc-item``: kicker and headline inside the title link, standfirst, a relative
    stamp on ``time[datetime]`` with a trailing Z, and the invisible overlay link."""
    when = story.when
    assert when is not None
    iso = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    epoch = int(when.timestamp() * 1000)
    kicker = (
        f'<span class="fc-item__kicker">{escape_html(story.label)}</span> ' if story.label else ""
    )
    return f"""
<li class="fc-slice__item l-row__item l-row__item--span-1 u-faux-block-link">
  <div class="fc-item fc-item--{size} fc-item--pillar-news fc-item--type-article js-fc-item js-snappable" data-link-name="article" data-id="{story.path.lstrip("/")}">
    <div class="fc-item__container">
      <div class="fc-item__media-wrapper"><div class="fc-item__image-container u-responsive-ratio inlined-image"><picture><img class="responsive-img" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://i.ledgerandpost.example/img{story.path[-24:]}/500.jpg" alt=""></picture></div></div>
      <div class="fc-item__content">
        <div class="fc-item__header">
          <h3 class="fc-item__title"><a href="{story.path}" class="fc-item__link" data-link-name="article">{kicker}<span class="u-faux-block-link__cta fc-item__headline"><span class="js-headline-text">{escape_html(story.title)}</span></span></a></h3>
        </div>
        <div class="fc-item__standfirst-wrapper">
          <div class="fc-item__standfirst">{escape_html(story.lead or "")}</div>
          <aside class="fc-item__meta js-item__meta">
            <time class="fc-item__timestamp" datetime="{iso}" data-timestamp="{epoch}" data-relativeformat="med" aria-label="{_fc_relative(when)}"><span class="fc-timestamp__text" aria-hidden="true">{_fc_relative(when)}</span></time>
          </aside>
        </div>
      </div>
      <a href="{story.path}" class="u-faux-block-link__overlay js-headline-text" data-link-name="article" tabindex="-1" aria-hidden="true">{escape_html(story.title)}</a>
    </div>
  </div>
</li>"""


def _fc_container(ident: str, heading: str, stories: list[Story], slice_css: str) -> str:
    items = "\n".join(_fc_item(s, "standard" if n else "half") for n, s in enumerate(stories))
    return f"""
<section id="{ident}" class="fc-container fc-container--tag" data-link-name="container | {ident}" data-id="{ident}" data-component="{ident}">
  <div class="fc-container__inner">
    <header class="fc-container__header js-container__header"><h2 class="fc-container__header__title"><span tabindex="0">{escape_html(heading)}</span></h2></header>
    <div class="fc-container__body fc-container--rolled-up-hide">
      <div class="fc-slice-wrapper">
        <ul class="u-unstyled l-row l-row--cols-4 fc-slice {slice_css}">
{items}
        </ul>
      </div>
    </div>
  </div>
</section>"""


def build_newspaper_facia() -> Layout:
    """A newspaper's world front: facia containers (``section.fc-container`` >
    ``ul.fc-slice`` > ``div.fc-item__container``), kicker + headline in ``a.fc-item__link``,
    ``div.fc-item__standfirst``, ``time[datetime]`` ending in Z showing "1h ago", an overlay
    link repeating the headline, dated slug paths; a numbered "Most viewed", an ad slot, a
    support appeal and an "older" pager."""
    page_url = f"{_FC_HOST}/world"
    pillars = nav_links(
        [
            ("News", "/"),
            ("Opinion", "/commentisfree"),
            ("Sport", "/sport"),
            ("Culture", "/culture"),
            ("Lifestyle", "/lifeandstyle"),
        ],
        "pillars__item",
    )
    subnav = nav_links(
        [
            ("World", "/world"),
            ("UK", "/uk-news"),
            ("Climate crisis", "/environment/climate-crisis"),
            ("Ukraine", "/world/ukraine"),
            ("Environment", "/environment"),
            ("Science", "/science"),
            ("Global development", "/global-development"),
        ],
        "subnav__item",
    )
    most_viewed = link_list(
        _FC_MOST_VIEWED,
        """<li class="most-popular__item tone-news--most-popular fc-item--pillar-news">
  <span class="most-popular__number inline-number inline-garnett-numbers">{rank}</span>
  <h2 class="most-popular__headline"><a class="u-faux-block-link__overlay" data-link-name="{rank} | text" href="{href}">{title}</a></h2>
</li>""",
        sep="\n",
    )
    body = f"""
<div class="new-header" role="banner">
  <a class="new-header__logo" href="/" data-link-name="nav2 : logo">The Ledger &amp; Post</a>
  <div class="new-header__top-bar"><a class="top-bar__item" href="https://support.ledgerandpost.example/contribute?utm_source=header">Support us</a></div>
  <nav class="pillars" aria-label="Sections"><ul class="pillars__list">
{pillars}
  </ul></nav>
  <nav class="subnav" aria-label="World sections"><ul class="subnav__list">
{subnav}
  </ul></nav>
</div>
<div class="top-banner-ad-container js-top-banner" data-link-name="ad slot top-above-nav">
  <div class="ad-slot ad-slot--top-above-nav" data-label="true" data-name="top-above-nav"><p class="ad-slot__label">Advertisement</p>
  <a href="https://adclick.g.doubleclick.example/pcs/click?xai=AKAOj;ledger-world-top&amp;adurl=https://www.northernrail.example/">Travel north for less</a></div>
</div>
<main id="maincontent" class="l-side-margins" data-link-name="Front | /world">
  <div class="fc-container--first"><h1 class="index-page-header__title">World news</h1></div>
{_fc_container("headlines", "Headlines", _FC_HEADLINES, "fc-slice--hl-q-q-q")}
  <div class="fc-container fc-container--commercial"><div class="ad-slot ad-slot--inline1" data-name="inline1"><p class="ad-slot__label">Advertisement</p><a href="https://adclick.g.doubleclick.example/pcs/click?xai=AKAOj;ledger-world-inline&amp;adurl=https://www.meadowbank-insurance.example/">Meadowbank Insurance</a></div></div>
{_fc_container("across-the-world", "Across the world", _FC_ACROSS, "fc-slice--q-q-q-q")}
  <section class="fc-container fc-container--most-popular" id="most-viewed" data-link-name="most-viewed">
    <div class="fc-container__inner">
      <header class="fc-container__header"><h2 class="fc-container__header__title">Most viewed</h2></header>
      <ol class="u-unstyled most-popular__list">
{most_viewed}
      </ol>
    </div>
  </section>
  <div class="contributions__epic"><h2 class="contributions__title">Before you move on …</h2><p>Independent journalism relies on readers like you. <a class="component-button" href="https://support.ledgerandpost.example/contribute?utm_source=epic">Support us</a></p></div>
  <div class="pagination" data-link-name="Pagination view page 1">
    <span class="pagination__action--static">Page 1 of 4,182</span>
    <a class="button button--small button--tertiary pagination__action" href="{page_url}?page=2" data-link-name="Pagination view page 2">2</a>
    <a class="button button--small button--tertiary pagination__action" href="{page_url}?page=3" data-link-name="Pagination view page 3">3</a>
    <a class="button button--small button--tertiary pagination__action--next" href="{page_url}?page=2" rel="next">Older</a>
  </div>
</main>
<footer class="l-footer" role="contentinfo">
  <ul class="colophon__list">
{nav_links([("About us", "/about"), ("Contact us", "/help/contact-us"), ("Complaints & corrections", "/info/complaints-and-corrections"), ("Privacy policy", "/info/privacy"), ("Cookie policy", "/info/cookies"), ("Terms & conditions", "/help/terms-of-service"), ("Work for us", "https://workforus.ledgerandpost.example")], "colophon__item")}
  </ul>
  <div class="really-serious-copyright">&copy; 2025 Ledger &amp; Post Media Group. All rights reserved.</div>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in (*_FC_HEADLINES, *_FC_ACROSS)]
    return Layout(
        name="en-newspaper-facia",
        family="newspaper front of facia containers: fc-item__link (kicker + headline), standfirst, time[datetime] Z",
        body=english_document("World news | The Ledger & Post", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 4. A wire service's section page (story-collection list, CSS-module class names)
# --------------------------------------------------------------------------------------------

_WR_HOST = "https://www.meridianwire.example"
_WR_STORIES = [
    Story.at(
        "/world/asia-pacific/typhoon-shuts-ports-airports-southern-islands-2025-04-08/",
        "Typhoon shuts ports and airports across southern islands, thousands stranded",
        "Authorities suspended ferry services and cancelled more than 300 flights as the "
        "storm packed sustained winds of 150 km per hour.",
        datetime(2025, 4, 8, 5, 41, 17, tzinfo=UTC),
        "Asia Pacific",
    ),
    Story.at(
        "/world/asia-pacific/central-bank-holds-rates-flags-risks-exports-2025-04-08/",
        "Central bank holds rates steady, flags growing risks to exports",
        "The bank kept its benchmark rate at 3.25% for a fourth straight meeting and said "
        "weaker demand abroad could weigh on growth this year.",
        datetime(2025, 4, 8, 4, 5, 2, tzinfo=UTC),
        "Markets",
    ),
    Story.at(
        "/world/asia-pacific/coalition-talks-stall-over-defence-budget-2025-04-08/",
        "Coalition talks stall over defence budget as deadline nears",
        "Two junior partners refused to back a proposed 12% rise in military spending, "
        "leaving the prime minister short of a majority.",
        datetime(2025, 4, 8, 2, 30, 45, tzinfo=UTC),
        "Asia Pacific",
    ),
    Story.at(
        "/world/asia-pacific/miners-trapped-after-tunnel-collapse-rescue-underway-2025-04-08/",
        "Rescuers reach air pocket where 11 miners are trapped after tunnel collapse",
        "Officials said the men had been supplied with water and oxygen through a borehole "
        "and that drilling of an escape shaft would begin on Wednesday.",
        datetime(2025, 4, 8, 1, 12, 9, tzinfo=UTC),
        "Asia Pacific",
    ),
    Story.at(
        "/world/asia-pacific/court-upholds-ban-on-protest-group-2025-04-07/",
        "Top court upholds ban on protest group, rejects free speech appeal",
        "The five-judge panel ruled unanimously that the government had acted within its "
        "powers under the public order law.",
        datetime(2025, 4, 7, 23, 55, 30, tzinfo=UTC),
        "Asia Pacific",
    ),
    Story.at(
        "/world/asia-pacific/chipmaker-plans-new-plant-amid-supply-push-2025-04-07/",
        "Chipmaker plans $8 billion plant as region pushes to secure supply chains",
        None,
        datetime(2025, 4, 7, 21, 8, 0, tzinfo=UTC),
        "Technology",
    ),
    Story.at(
        "/world/asia-pacific/heatwave-record-april-temperatures-2025-04-07/",
        "Heatwave brings record April temperatures to inland cities",
        "Schools shortened their days and hospitals reported a rise in heatstroke cases as "
        "temperatures topped 41 Celsius.",
        datetime(2025, 4, 7, 17, 46, 21, tzinfo=UTC),
        "Climate & Energy",
    ),
    Story.at(
        "/world/asia-pacific/fishing-fleet-dispute-maritime-border-2025-04-07/",
        "Fishing fleet dispute flares again along contested maritime border",
        "Coast guard vessels from both countries shadowed each other for several hours, "
        "according to footage released by one side.",
        datetime(2025, 4, 7, 13, 20, 4, tzinfo=UTC),
        "Asia Pacific",
    ),
]
_WR_MOST_READ = [
    ("/markets/currencies/dollar-slips-as-traders-weigh-rate-outlook-2025-04-08/", "Dollar slips as traders weigh rate outlook"),
    ("/world/asia-pacific/typhoon-shuts-ports-airports-southern-islands-2025-04-08/", "Typhoon shuts ports and airports across southern islands"),
    ("/business/energy/oil-steadies-after-three-day-slide-2025-04-08/", "Oil steadies after three-day slide"),
    ("/world/europe/election-result-certified-after-challenge-2025-04-07/", "Election result certified after legal challenge"),
]  # fmt: skip


def _wr_display(when: datetime) -> str:
    """'Apr 8, 2025 · 5:41 AM UTC' as the wire prints it."""
    hour = when.hour % 12 or 12
    return f"{when:%b} {when.day}, {when.year} · {hour}:{when:%M} {when:%p} UTC"


def _wr_story(story: Story, featured: bool) -> str:
    when = story.when
    assert when is not None
    iso = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(when.second * 37) % 1000:03d}Z"
    css = "story-collection__hero__Q7fH2" if featured else "story-collection__default__G33_I"
    lead = (
        f'<p data-testid="Description" class="text__text__1FZLe text__dark-grey__3Ml43 '
        f'text__regular__2N1Xr text__small__1kGq2 body__base__22dCE media-story-card__description__2icZS">'
        f"{escape_html(story.lead)}</p>"
        if story.lead
        else ""
    )
    return f"""
<li class="story-collection__story__LeZ29 {css}">
  <div class="media-story-card__hub__3mHOR story-card" data-testid="MediaStoryCard">
    <div class="media-story-card__placement-container__1R55-">
      <div data-testid="Image" class="media-story-card__image-container__gQPAN"><div class="image__container__2qWYx"><img src="https://cloudfront.meridianwire.example/resizer/v2/{story.path.split("/")[-2][:20]}.jpg?width=480" srcset="" alt="" loading="lazy" class="image__image__1XdVc"></div></div>
    </div>
    <div class="media-story-card__body__3tRWy">
      <span data-testid="Label" class="text__text__1FZLe text__inherit-color__3208F text__medium__1kbOh text__extra_small__1Mw6v label__label__f9Hew label__kicker__RW9aE"><a href="/world/asia-pacific/" class="text__text__1FZLe media-story-card__section__SyzAj">{escape_html(story.label)}</a></span>
      <a data-testid="Heading" href="{story.path}" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_6__1qUJ5 heading__base__2T28j heading__heading_6__RtD9P media-story-card__heading__eqhp9"><span class="">{escape_html(story.title)}</span></a>
      {lead}
      <time data-testid="Text" class="text__text__1FZLe text__inherit-color__3208F text__regular__2N1Xr text__extra_small__1Mw6v label__label__f9Hew label__small__274ei media-story-card__time__2i9EK" datetime="{iso}">{_wr_display(when)}</time>
    </div>
  </div>
</li>"""


def build_wire_section() -> Layout:
    """A wire service's regional section: ``ul > li.story-collection__story`` with a topic
    label link, ``a[data-testid=Heading]`` headline, description, and ``time[datetime]``
    showing "Apr 8, 2025 · 5:41 AM UTC"; slug-and-date paths; a numbered "Most read", ad
    slots and a "Load more" / page links pager."""
    page_url = f"{_WR_HOST}/world/asia-pacific/"
    nav = nav_links(
        [
            ("World", "/world/"),
            ("Business", "/business/"),
            ("Markets", "/markets/"),
            ("Sustainability", "/sustainability/"),
            ("Legal", "/legal/"),
            ("Breakingviews", "/breakingviews/"),
            ("Technology", "/technology/"),
            ("Investigations", "/investigations/"),
        ],
        "nav-bar__item__3r8Wd",
    )
    regions = nav_links(
        [
            ("Africa", "/world/africa/"),
            ("Americas", "/world/americas/"),
            ("Asia Pacific", "/world/asia-pacific/"),
            ("China", "/world/china/"),
            ("Europe", "/world/europe/"),
            ("India", "/world/india/"),
            ("Middle East", "/world/middle-east/"),
        ],
        "section-navigation__item__1tUjQ",
    )
    stories = "\n".join(_wr_story(s, n == 0) for n, s in enumerate(_WR_STORIES))
    most_read = link_list(
        _WR_MOST_READ,
        """<li class="most-read__item__2xWgC" data-testid="MostReadItem">
  <span class="most-read__number__3mLQn">{rank}</span>
  <a data-testid="Heading" href="{href}" class="text__text__1FZLe heading__base__2T28j most-read__heading__3Rd5V">{title}</a>
</li>""",
        sep="\n",
    )
    ad = (
        '<div class="ad-slot__container__1dMdJ" data-testid="AdSlot">'
        '<span class="ad-slot__label__2YzTg">Advertisement · Scroll to continue</span>'
        '<a href="https://securepubads.g.doubleclick.example/gampad/clk?id=8812;wire-{slot}'
        '&amp;adurl=https://www.peakcapital.example/">'
        '<img src="https://cloudfront.meridianwire.example/ads/{slot}.jpg" alt=""></a></div>'
    )
    body = f"""
<div id="fusion-app" class="fusion-app">
<header class="site-header__container__2yLuu" data-testid="SiteHeader">
  <a class="site-header__logo__1Q2bM" href="/" aria-label="Meridian Wire homepage">Meridian</a>
  <nav aria-label="Main navigation" class="nav-bar__nav__2gdN8"><ul class="nav-bar__list__1QTcd">
{nav}
  </ul></nav>
  <a class="site-header__button__2nc_v" href="/account/register/sign-up/">Register</a>
</header>
{ad.format(slot="leaderboard")}
<main id="main-content" class="regular-section-layout__main__2r-MN">
  <div class="section-navigation__container__2Ul5D"><h1 data-testid="Heading" class="text__text__1FZLe section-navigation__title__3ZNfg">Asia Pacific</h1>
  <nav class="section-navigation__nav__1kbOy"><ul class="section-navigation__list__2WsKw">
{regions}
  </ul></nav></div>
  <div class="regular-section-layout__content__2eUfr">
    <div class="content-layout__item__SC_GG">
      <ul class="story-collection__list__2M49i" data-testid="StoryCollection">
{stories}
      </ul>
      <div class="pagination__container__3zFhF" data-testid="Pagination">
        <span class="pagination__label__3xLlx">1 to 8 of 2,000</span>
        <a class="pagination__page__1rV9T" href="/world/asia-pacific/?page=2" aria-label="Next stories">Next</a>
        <button class="button__button__2Ecqi" data-testid="LoadMore">Load more articles</button>
      </div>
    </div>
    <aside class="regular-section-layout__rail__1X1ms" aria-label="Most read">
      <div class="most-read__container__3KDDQ" data-testid="MostRead">
        <h2 class="text__text__1FZLe most-read__title__2X8Qy">Most Read</h2>
        <ol class="most-read__list__3pKHs">
{most_read}
        </ol>
      </div>
      {ad.format(slot="rail-mpu")}
    </aside>
  </div>
</main>
<footer class="site-footer__container__3AgUS" data-testid="SiteFooter">
  <ul class="site-footer__list__3WeHS">
{nav_links([("About Meridian", "/info-pages/about-us/"), ("Careers", "/info-pages/careers/"), ("Contact Us", "/info-pages/contact-us/"), ("Advertise With Us", "/info-pages/advertise-with-us/"), ("Terms of Use", "/info-pages/terms-of-use/"), ("Privacy", "/info-pages/privacy-policy/")], "site-footer__item__1R3Sq")}
  </ul>
  <p class="site-footer__copyright__2Kb0Q">All quotes delayed a minimum of 15 minutes. &copy; 2025 Meridian Wire. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s in _WR_STORIES]
    return Layout(
        name="en-wire-section",
        family="wire service section: li.story-collection__story, a[data-testid=Heading], time[datetime] 'Apr 8, 2025 · 5:41 AM UTC'",
        body=english_document("Asia Pacific News | Latest Headlines | Meridian Wire", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 5. A news agency hub (PagePromo modules, bsp-timestamp custom elements)
# --------------------------------------------------------------------------------------------

_AG_HOST = "https://www.pressline.example"
_AG_STORIES = [
    Story.at(
        "/article/wildfire-smoke-air-quality-alerts-midwest-3f9c2a7e81b04d6c9e5a1f0b7c3d2e48",
        "Wildfire smoke triggers air quality alerts across the Midwest for a second day",
        "Officials urged children, older adults and people with heart or lung conditions to "
        "stay indoors as smoke from Canadian fires drifted south.",
        datetime(2025, 4, 8, 5, 22, 10, tzinfo=UTC),
    ),
    Story.at(
        "/article/coral-reef-bleaching-survey-ocean-heat-9a1d4e6f2b8c47a0b5e3c1d7f9a2b6e0",
        "Survey finds record coral bleaching as ocean heat lingers into a second year",
        "Divers recorded bleaching on nearly four of every five reefs they checked, the most "
        "widespread damage since monitoring began.",
        datetime(2025, 4, 8, 3, 58, 44, tzinfo=UTC),
    ),
    Story.at(
        "/article/solar-farm-farmland-county-vote-e27b5c9d1a3f48e6b0c4d8a2f6e1b9c3",
        "County votes to allow solar farms on farmland after months of heated hearings",
        "The 4-3 vote clears the way for two large projects that supporters say will keep "
        "struggling family farms afloat.",
        datetime(2025, 4, 8, 1, 15, 0, tzinfo=UTC),
    ),
    Story.at(
        "/article/drought-river-barge-shipping-grain-5c8e1a4d7b2f49c0a6e3d9b1f4c7a2e5",
        "Low river levels slow barge traffic just as farmers ship the last of their grain",
        "Barge operators have cut loads by a quarter to avoid running aground in stretches "
        "where the channel has narrowed.",
        datetime(2025, 4, 7, 22, 40, 31, tzinfo=UTC),
    ),
    Story.at(
        "/article/electric-buses-school-districts-grants-b41f7e2c9d6a4358a1c0e8f3d5b2a7c9",
        "School districts race to spend electric bus grants before the money runs out",
        "More than 400 districts have ordered buses, but some say delivery delays and "
        "charging costs have made the switch harder than expected.",
        datetime(2025, 4, 7, 19, 3, 16, tzinfo=UTC),
    ),
    Story.at(
        "/article/glacier-national-park-snowpack-melt-early-0d6a9f3c5e1b47d2b8a4c6e0f2d9b1a3",
        "Mountain snowpack is melting weeks early, worrying water managers downstream",
        "Measurements at 60 sites showed snow water content at about half of the long-term "
        "average for early April.",
        datetime(2025, 4, 7, 15, 47, 2, tzinfo=UTC),
    ),
    Story.at(
        "/article/hurricane-season-forecast-above-normal-7e2c4a9b1f5d483ea0c6b8d2f4e1a9c5",
        "Forecasters predict an above-normal hurricane season, citing warm Atlantic waters",
        "The outlook calls for 17 to 21 named storms, with as many as five reaching major "
        "hurricane strength.",
        datetime(2025, 4, 7, 12, 30, 55, tzinfo=UTC),
    ),
]
_AG_MOST_READ = [
    ("/article/lottery-jackpot-winner-ticket-gas-station-1b7e3c9a5d2f4e80b6a1c4d8e2f9a3b7", "Lottery jackpot winner comes forward a month after the draw"),
    ("/article/wildfire-smoke-air-quality-alerts-midwest-3f9c2a7e81b04d6c9e5a1f0b7c3d2e48", "Wildfire smoke triggers air quality alerts across the Midwest"),
    ("/article/museum-returns-stolen-statue-after-decades-c8d2a5f1e9b3476aa0e4c7b1d3f6a2e9", "Museum returns stolen statue after decades"),
    ("/article/measles-cases-rise-health-officials-warn-4e9b1d7c3a6f42e8b5c0d2a9f1e7b3c6", "Measles cases rise as health officials warn of spring travel"),
]  # fmt: skip


def _ag_promo(story: Story, *, media: bool = True) -> str:
    """A ``PagePromo``: media link, custom-headline title, linked description and a
    ``bsp-timestamp`` carrying epoch milliseconds (its text is filled in by script)."""
    url = _AG_HOST + story.path
    when = story.when
    assert when is not None
    epoch = int(when.timestamp() * 1000)
    image = (
        f'<div class="PagePromo-media"><a class="Link " aria-label="{escape_html(story.title)}" '
        f'href="{url}" data-gtm-region="hub"><picture><img class="Image" alt="" '
        f'loading="lazy" width="400" height="225" '
        f'src="https://dims.pressline.example/dims4/default/{story.path[-8:]}/2147483647/'
        f'strip/true/crop/3000x1688/resize/400x225"></picture></a></div>'
        if media
        else ""
    )
    return f"""
<div class="PageList-items-item">
  <div class="PagePromo" data-gtm-region="Climate and environment" data-posted-date-timestamp="{epoch}" data-updated-date-timestamp="{epoch + 3_600_000}">
    {image}
    <div class="PagePromo-content">
      <bsp-custom-headline custom-headline="h3">
        <h3 class="PagePromo-title"><a class="Link " href="{url}"><span class="PagePromoContentIcons-text">{escape_html(story.title)}</span></a></h3>
      </bsp-custom-headline>
      <div class="PagePromo-description"><a class="Link " href="{url}"><span class="PagePromoContentIcons-text">{escape_html(story.lead or "")}</span></a></div>
      <div class="PagePromo-byline"><div class="PagePromo-date"><bsp-timestamp data-timestamp="{epoch}" data-recent-timestamp-format="h:mm a z" data-timestamp-format="MMMM d, yyyy" data-timezone="America/New_York"><span class="Timestamp-template"></span></bsp-timestamp></div></div>
    </div>
  </div>
</div>"""


def build_agency_hub() -> Layout:
    """A news agency's topic hub: a lead promo and a list of ``div.PagePromo`` modules
    (``h3.PagePromo-title > a.Link > span.PagePromoContentIcons-text``, linked
    ``PagePromo-description``, ``bsp-timestamp[data-timestamp]`` with empty text), article
    URLs ending in a 32-hex id; a numbered "Most read" rail, "Advertisement" slots and a
    "Load more" pager."""
    page_url = f"{_AG_HOST}/hub/climate-and-environment"
    nav = nav_links(
        [
            ("World", f"{_AG_HOST}/world-news"),
            ("U.S.", f"{_AG_HOST}/us-news"),
            ("Politics", f"{_AG_HOST}/politics"),
            ("Sports", f"{_AG_HOST}/sports"),
            ("Entertainment", f"{_AG_HOST}/entertainment"),
            ("Business", f"{_AG_HOST}/business"),
            ("Science", f"{_AG_HOST}/science"),
            ("Climate", f"{_AG_HOST}/climate-and-environment"),
            ("Health", f"{_AG_HOST}/health"),
        ],
        "AnClick-MainNav Page-header-navigation-item",
    )
    lead = _ag_promo(_AG_STORIES[0])
    rest = "\n".join(_ag_promo(s, media=n % 3 != 2) for n, s in enumerate(_AG_STORIES[1:]))
    most_read = link_list(
        ((_AG_HOST + path, text) for path, text in _AG_MOST_READ),
        """<li class="PageListMostRead-items-item"><div class="PagePromo"><div class="PagePromo-content">
<span class="PageListMostRead-items-item-number">{rank}</span>
<bsp-custom-headline custom-headline="div"><div class="PagePromo-title"><a class="Link " href="{href}"><span class="PagePromoContentIcons-text">{title}</span></a></div></bsp-custom-headline>
</div></div></li>""",
        sep="\n",
    )
    ad = (
        '<div class="Advertisement" data-ad-slot="{slot}"><div class="Advertisement-label">'
        'ADVERTISEMENT</div><bsp-ad><a href="https://pubads.g.doubleclick.example/gampad/clk?'
        'iu=/21772/pressline/{slot}&amp;adurl=https://www.greenfield-solar.example/">'
        '<img src="https://dims.pressline.example/ads/{slot}.jpg" alt=""></a></bsp-ad></div>'
    )
    body = f"""
<bsp-header class="Page-header">
  <div class="Page-header-bar"><a class="Page-header-logo" href="{_AG_HOST}/" aria-label="Pressline home">Pressline</a></div>
  <nav class="Page-header-navigation"><ul class="Page-header-navigation-items">
{nav}
  </ul></nav>
</bsp-header>
{ad.format(slot="hub-leaderboard")}
<main class="Page-main">
  <div class="Page-above"><h1 class="Page-headline">Climate and environment</h1></div>
  <div class="PageListStandardE" data-module-number="1.0">
    <div class="PageListStandardE-leadPromo">{lead}</div>
    <div class="PageListStandardE-items-secondary PageList-items">
{rest}
    </div>
    <div class="PageList-nextPage"><a class="Button" href="{page_url}?p=2">Load more stories</a>
    <nav class="Pagination"><a class="Pagination-page" href="{page_url}?p=1" aria-current="page">1</a> <a class="Pagination-page" href="{page_url}?p=2">2</a> <a class="Pagination-page" href="{page_url}?p=3">3</a> <a class="Pagination-next" href="{page_url}?p=2">Next</a></nav></div>
  </div>
  <div class="Page-aside">
    <div class="PageListMostRead" data-module-number="2.0">
      <div class="PageList-header"><h2 class="PageList-header-title">Most Read</h2></div>
      <ul class="PageListMostRead-items">
{most_read}
      </ul>
    </div>
    {ad.format(slot="hub-rail")}
  </div>
</main>
<footer class="Page-footer">
  <div class="Page-footer-navigation"><ul>
{nav_links([("About", f"{_AG_HOST}/about"), ("Contact Us", f"{_AG_HOST}/contact"), ("Accessibility Statement", f"{_AG_HOST}/accessibility"), ("Terms of Use", f"{_AG_HOST}/terms-of-use"), ("Privacy Policy", f"{_AG_HOST}/privacy"), ("Cookie Settings", f"{_AG_HOST}/cookies")])}
  </ul></div>
  <p class="Page-footer-disclaimer">Copyright 2025 Pressline. All Rights Reserved.</p>
</footer>"""
    items = [gold_item(page_url, _AG_HOST + s.path, s) for s in _AG_STORIES]
    return Layout(
        name="en-agency-hub",
        family="news agency hub: div.PagePromo, h3.PagePromo-title > a.Link > span, bsp-timestamp[data-timestamp] epoch ms",
        body=english_document("Climate and environment | Pressline News", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 6. A broadsheet's "Latest" stream (ol > li > article, generated css-* classes)
# --------------------------------------------------------------------------------------------

_BS_HOST = "https://www.metropolitantimes.example"
_BS_STORIES = [
    Story.at(
        "/2025/04/07/world/europe/election-runoff-turnout-record.html",
        "Runoff Draws Record Turnout as Voters Weigh a Sharp Turn on Immigration",
        "Lines stretched around polling stations in the capital, where the two candidates "
        "finished within a point of each other in the first round.",
        datetime(2025, 4, 7, 23, 52, 14, tzinfo=EDT),
        "Europe",
    ),
    Story.at(
        "/2025/04/07/world/asia/monsoon-dam-release-villages.html",
        "Dam Release Floods Villages Downstream, Raising Questions About Warnings",
        "Residents said they received no alert before the floodgates opened, and officials "
        "gave conflicting accounts of who was responsible.",
        datetime(2025, 4, 7, 21, 30, 0, tzinfo=EDT),
        "Asia",
    ),
    Story.at(
        "/2025/04/07/world/americas/copper-mine-protest-highway-blockade.html",
        "Protesters Block Highway to Copper Mine, Halting a Tenth of National Output",
        "Indigenous communities say the mine’s expansion has drained the wetlands they "
        "depend on; the company says it follows every environmental rule.",
        datetime(2025, 4, 7, 18, 4, 37, tzinfo=EDT),
        "Americas",
    ),
    Story.at(
        "/2025/04/07/world/middleeast/desalination-plant-water-crisis.html",
        "A Desert City Bets on the Region’s Largest Desalination Plant",
        "The $3 billion plant is meant to end years of rationing, but critics worry about "
        "the brine it will pump back into the sea.",
        datetime(2025, 4, 7, 15, 22, 9, tzinfo=EDT),
        "Middle East",
    ),
    Story.at(
        "/2025/04/07/world/africa/mobile-money-outage-markets.html",
        "When Mobile Money Went Dark for a Day, Markets Ground to a Halt",
        "A software fault at the largest payments provider left millions unable to buy "
        "food, pay fares or receive wages on Monday.",
        datetime(2025, 4, 7, 12, 48, 55, tzinfo=EDT),
        "Africa",
    ),
    Story.at(
        "/2025/04/07/world/europe/royal-archive-letters-released.html",
        "Newly Released Letters Show a Monarch’s Private Doubts About the War",
        "Historians say the correspondence, opened after a 75-year seal, complicates the "
        "official account of the court’s wartime decisions.",
        datetime(2025, 4, 7, 9, 15, 3, tzinfo=EDT),
        "Europe",
    ),
    Story.at(
        "/2025/04/06/world/australia/bushfire-recovery-town-rebuilt.html",
        "Five Years After the Fires, a Town Rebuilds Itself Around One Street",
        "Most of the homes are back, and so is the bakery. What residents still miss is "
        "the shade of the trees that burned.",
        datetime(2025, 4, 6, 19, 0, 0, tzinfo=EDT),
        "Australia",
    ),
    Story.at(
        "/2025/04/06/world/asia/night-trains-revival-tourism.html",
        "The Night Train Is Back, and Travelers Are Booking It Months Ahead",
        "Operators have restored three overnight routes that were cut a decade ago, and "
        "sleeper berths are sold out through summer.",
        datetime(2025, 4, 6, 14, 36, 41, tzinfo=EDT),
        "Asia",
    ),
]
_BS_BYLINES = [
    "By Elena Marchetti",
    "By Rahul Mehra and Suki Tan",
    "By Camila Ortega",
    "By Yusuf Haddad",
    "By Grace Wanjiru",
    "By Thomas Whitcombe",
    "By Liam O’Connell",
    "By Mei Lin Zhou",
]
_BS_POPULAR = [
    ("/2025/04/06/well/eat/breakfast-protein-study.html", "What a New Study Says About Protein at Breakfast"),
    ("/2025/04/07/world/europe/election-runoff-turnout-record.html", "Runoff Draws Record Turnout as Voters Weigh a Sharp Turn on Immigration"),
    ("/2025/04/05/arts/music/orchestra-debut-review.html", "Review: A Young Conductor’s Thrilling Debut"),
    ("/2025/04/07/business/airline-merger-regulators.html", "Regulators Signal Doubts About Airline Merger"),
    ("/2025/04/06/travel/small-towns-spring.html", "Nine Small Towns Worth a Spring Detour"),
]  # fmt: skip
_BS_PICKS = [
    ("/2025/04/05/magazine/lighthouse-keeper-last.html", "The Last Lighthouse Keeper on the Coast Has One More Winter"),
    ("/2025/04/04/dining/soup-dumplings-recipe.html", "How to Fold Soup Dumplings, According to a Master"),
    ("/2025/04/03/style/vintage-watch-collectors.html", "The Collectors Paying Fortunes for Watches That Barely Work"),
]  # fmt: skip


def _bs_date(when: datetime) -> str:
    return f"{when:%B} {when.day}, {when.year}"


def _bs_item(story: Story, byline: str) -> str:
    when = story.when
    assert when is not None
    return f"""
<li class="css-18yolpw">
  <div class="css-1l4spti">
    <div class="css-e1lvw9"><time class="css-1ny4gzz" datetime="{when.isoformat()}">{_bs_date(when)}</time></div>
    <article class="css-1cp3ece">
      <div class="css-14ee9cx"><p class="css-1jqh5xk e1bu2ubl0">{escape_html(story.label)}</p></div>
      <h3 class="css-1j88qqx e15t083i0"><a class="css-8hzhxf" href="{story.path}">{escape_html(story.title)}</a></h3>
      <p class="css-1pga48a e15t083i1">{escape_html(story.lead or "")}</p>
      <div class="css-1nqbnmb e140qd2t0"><p class="css-1y3ldgu e140qd2t1"><span class="css-1n7hynb">{escape_html(byline)}</span></p></div>
    </article>
    <figure class="css-tap2ym"><a class="css-1gt9c8f" href="{story.path}" tabindex="-1" aria-hidden="true"><img alt="" class="css-rq4mmj" src="https://static01.metropolitantimes.example/images/2025/04/07/{story.path.split("/")[-1][:-5]}-thumbStandard.jpg" loading="lazy"></a></figure>
  </div>
</li>"""


def build_broadsheet_latest() -> Layout:
    """A broadsheet's section "Latest" stream: ``section#stream-panel > ol > li > article``
    with a label, ``h3 > a`` headline, summary ``p`` and byline, ``time[datetime]`` with an
    offset but a date-only display ("April 7, 2025"); paths ``/2025/04/07/world/…html``; a
    numbered "Most Popular" list, an "Editors’ Picks" box, ads and a "Show More" pager."""
    page_url = f"{_BS_HOST}/section/world"
    nav = nav_links(
        [
            ("U.S.", "/section/us"),
            ("World", "/section/world"),
            ("Business", "/section/business"),
            ("Arts", "/section/arts"),
            ("Lifestyle", "/section/style"),
            ("Opinion", "/section/opinion"),
            ("Audio", "/audio"),
            ("Games", "/crosswords"),
            ("Cooking", "https://cooking.metropolitantimes.example"),
        ],
        "css-1d8a290",
    )
    regions = nav_links(
        [
            ("Africa", "/section/world/africa"),
            ("Americas", "/section/world/americas"),
            ("Asia", "/section/world/asia"),
            ("Australia", "/section/world/australia"),
            ("Canada", "/section/world/canada"),
            ("Europe", "/section/world/europe"),
            ("Middle East", "/section/world/middleeast"),
        ],
        "css-1hyfx7x",
    )
    stream = "\n".join(_bs_item(s, b) for s, b in zip(_BS_STORIES, _BS_BYLINES, strict=True))
    popular = link_list(
        _BS_POPULAR,
        '<li class="css-1iski2w"><span class="css-1dv1kvn">{rank}</span>'
        '<a class="css-hfxhm7" href="{href}"><h3 class="css-1g3fcqs">{title}</h3></a></li>',
        sep="\n",
    )
    picks = link_list(
        _BS_PICKS,
        '<li class="css-ye6x8s"><a class="css-9mylee" href="{href}">'
        '<img alt="" src="https://static01.metropolitantimes.example/images/{rank}.jpg">'
        '<p class="css-1u3p7j1">{title}</p></a></li>',
        sep="\n",
    )
    ad = (
        '<div id="{slot}" class="ad {slot}-wrapper css-1ya5f0p"><div class="css-1pyw8rb">'
        '<p class="css-1b5tpb7">Advertisement</p><a href="https://adclick.g.doubleclick.example/'
        'pcs/click?xai=mt_world_{slot}&amp;adurl=https://www.silverline-cruises.example/">'
        '<img src="https://static01.metropolitantimes.example/ads/{slot}.jpg" alt=""></a>'
        '<a class="css-1e8ubl4" href="https://myaccount.metropolitantimes.example/ad-choices">'
        "SKIP ADVERTISEMENT</a></div></div>"
    )
    body = f"""
<div id="app"><div class="css-1kj7lfb">
<header class="css-ahe4g0 e1m0pzr40">
  <a class="css-nhjhh0" href="/" data-testid="masthead-logo">The Metropolitan Times</a>
  <nav data-testid="desktop-nav" class="css-1vxc2sl" aria-label="Main"><ul class="css-1vxca1d">
{nav}
  </ul></nav>
</header>
{ad.format(slot="top")}
<main id="site-content">
  <header class="css-1s8uuqy"><h1 class="css-1fjl3ls e1hr934v0">World News</h1>
  <nav class="css-1dxmxsm" aria-label="World regions"><ul class="css-1n1qvpj">
{regions}
  </ul></nav></header>
  <div class="css-15h6m1n">
    <section id="stream-panel" class="css-15h6m1n">
      <div class="css-13mho3u"><h2 class="css-1qfyjpm">Latest</h2>
        <ol aria-live="off" class="css-11jjg">
{stream}
        </ol>
        <div class="css-1stvaey"><button type="button" class="css-1ge4h1y">Show More</button>
        <a class="css-1spcq3v" href="{page_url}?page=2" rel="next">Next page</a></div>
      </div>
    </section>
    <aside class="css-1ubp8k9" aria-label="Sidebar">
      <div class="css-1rrwi2o"><h2 class="css-1s3y9r7">Most Popular</h2>
        <ol class="css-1nl8mon">
{popular}
        </ol>
      </div>
      {ad.format(slot="mid1")}
      <section class="css-7ss94x" aria-labelledby="editors-picks"><h2 id="editors-picks" class="css-1s3y9r7">Editors’ Picks</h2>
        <ul class="css-3b1ox8">
{picks}
        </ul>
      </section>
    </aside>
  </div>
</main>
<footer class="css-1e1s8k7" role="contentinfo">
  <nav data-testid="footer" class="css-1f0ilv1"><ul class="css-1vlzt8g">
{nav_links([("The Metropolitan Times Company", "https://www.mtco.example/"), ("Contact Us", "/contact"), ("Accessibility", "/accessibility"), ("Work with us", "/careers"), ("Advertise", "https://advertising.metropolitantimes.example"), ("Privacy Policy", "/privacy"), ("Terms of Service", "/terms")])}
  </ul></nav>
  <p class="css-1as3g2g">&copy; 2025 The Metropolitan Times Company</p>
</footer>
</div></div>"""
    items = [gold_item(page_url, s.path, s) for s in _BS_STORIES]
    return Layout(
        name="en-broadsheet-latest",
        family="broadsheet 'Latest' stream: ol > li > article, h3 > a, summary p, byline, time[datetime] with date-only text",
        body=english_document("World News - The Metropolitan Times", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 7. A local-news site rendered by a JavaScript framework (hashed styled-component classes)
# --------------------------------------------------------------------------------------------

_LC_HOST = "https://www.valleyvoice.example"
_LC_STORIES = [
    Story.at(
        "/local-news/2025/04/07/reservoir-levels-water-restrictions-lifted/",
        "Reservoir levels rebound, and the county lifts its watering restrictions",
        "After a wet March, the water district says storage is at 91 percent of capacity, "
        "the highest in four years.",
        ago(NOW, hours=2),
        "Local News",
    ),
    Story.at(
        "/local-news/2025/04/07/city-council-approves-bike-lanes-central-avenue/",
        "City council approves protected bike lanes on Central Avenue after long debate",
        "The 4-1 vote follows two years of studies and a petition signed by more than "
        "3,000 residents.",
        ago(NOW, hours=5),
        "City Hall",
    ),
    Story.at(
        "/local-news/2025/04/07/high-school-orchestra-national-festival/",
        "Valley High orchestra invited to play at national festival for the first time",
        "Students have until May to raise $48,000 for the trip, and local businesses have "
        "already pledged about a third.",
        ago(NOW, hours=9),
        "Education",
    ),
    Story.at(
        "/local-news/2025/04/06/farmers-market-moves-downtown-plaza/",
        "Saturday farmers market moves to the downtown plaza this season",
        "Organizers say the new site has room for 60 vendors, twice as many as the old "
        "parking lot on Fifth Street.",
        None,  # shown as "Yesterday": a day without a time of day
        "Community",
    ),
    Story.at(
        "/local-news/2025/04/06/wildfire-season-prep-brush-clearance-deadline/",
        "Fire officials set June deadline for brush clearance as wildfire season nears",
        "Property owners in high-risk zones who miss the deadline can be fined up to $500 "
        "and billed for the work.",
        None,
        "Public Safety",
    ),
    Story.at(
        "/local-news/2025/04/04/historic-theater-reopens-restoration/",
        "Historic Rialto theater reopens after a three-year, $12 million restoration",
        "The 1926 movie palace will show classic films on weekends and host live music "
        "and community events during the week.",
        None,  # shown as "Apr 4": a date without a time of day
        "Arts",
    ),
]
_LC_SHOWN = ["2 hours ago", "5 hours ago", "9 hours ago", "Yesterday", "Yesterday", "Apr 4"]
_LC_TRENDING = [
    ("/local-news/2025/04/07/reservoir-levels-water-restrictions-lifted/", "Reservoir levels rebound, watering rules lifted"),
    ("/local-news/2025/04/05/taco-truck-wins-regional-award/", "Taco truck on Mission Road wins regional award"),
    ("/local-news/2025/04/06/power-outage-north-valley-cause/", "What caused Sunday’s North Valley power outage"),
    ("/sports/2025/04/06/valley-high-baseball-walk-off-win/", "Valley High baseball wins on walk-off single"),
]  # fmt: skip


def _lc_card(story: Story, shown: str, href: str, *, hero: bool = False) -> str:
    """A card: one link holding the image and ``h3`` title, the time outside the link."""
    wrap = "sc-1a2b3c4d-0 kXyZab" if not hero else "sc-9f8e7d6c-0 hGtRqP"
    lead = f'<p class="sc-1a2b3c4d-5 eWqLnM">{escape_html(story.lead)}</p>' if story.lead else ""
    return f"""
<div class="{wrap}">
  <a href="{href}" class="sc-1a2b3c4d-1 jQmNop">
    <div class="sc-1a2b3c4d-2 bVcXzA"><span style="box-sizing:border-box;display:block"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-nimg="responsive" decoding="async" data-src="/_next/image?url=%2Fuploads%2F{story.path.split("/")[-2][:16]}.jpg&amp;w=640&amp;q=75"></span></div>
    <div class="sc-1a2b3c4d-3 fRtYui">
      <span class="sc-1a2b3c4d-4 cDeFgh">{escape_html(story.label)}</span>
      <h3 class="sc-5e6f7a8b-0 iJkLmN">{escape_html(story.title)}</h3>
    </div>
  </a>
  {lead}
  <div class="sc-1a2b3c4d-6 oPqRsT"><span class="sc-1a2b3c4d-7 uVwXyZ">By Valley Voice Staff</span><span class="sc-1a2b3c4d-8 aBcDeF">{shown}</span></div>
</div>"""


def build_local_nextjs() -> Layout:
    """A local-news front rendered by a JavaScript framework: cards of hashed styled-component
    classes (``div.sc-1a2b3c4d-0.kXyZab``), the link wraps image, label and ``h3``; lead and
    relative time ("5 hours ago", "Yesterday") outside the link; a JSON-LD ``ItemList`` in the
    head listing the same articles (URL and name only); hero link with tracking parameters
    written protocol-relative; a numbered "Trending" box, a sponsored slot, a pager."""
    page_url = f"{_LC_HOST}/local-news"
    hero, *rest = _LC_STORIES
    hero_href = f"//www.valleyvoice.example{hero.path}?utm_source=section&utm_medium=hero"
    hrefs = [hero_href, *(s.path for s in rest)]
    cards = "\n".join(
        _lc_card(s, shown, href)
        for s, shown, href in zip(rest, _LC_SHOWN[1:], hrefs[1:], strict=True)
    )
    trending = link_list(
        _LC_TRENDING,
        '<li class="sc-3c4d5e6f-1 qWeRtY"><span class="sc-3c4d5e6f-2 uIoPaS">{rank}</span>'
        '<a href="{href}" class="sc-3c4d5e6f-3 dFgHjK">{title}</a></li>',
        sep="\n",
    )
    item_list = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "url": _LC_HOST + s.path, "name": s.title}
            for n, s in enumerate(_LC_STORIES, start=1)
        ],
    }
    head = (
        f'<link rel="canonical" href="{page_url}">\n'
        f'<script type="application/ld+json">{json.dumps(item_list)}</script>\n'
        '<style data-styled="active">.kXyZab{display:flex}</style>'
    )
    nav = nav_links(
        [
            ("Local News", "/local-news"),
            ("Sports", "/sports"),
            ("Business", "/business"),
            ("Things To Do", "/things-to-do"),
            ("Food", "/food"),
            ("Opinion", "/opinion"),
            ("Obituaries", "/obituaries"),
        ],
        "sc-7b8c9d0e-2 lKjHgF",
    )
    body = f"""
<div id="__next">
<header class="sc-7b8c9d0e-0 zXcVbN">
  <a href="/" class="sc-7b8c9d0e-1 mNbVcX" aria-label="Valley Voice home">Valley Voice</a>
  <nav class="sc-7b8c9d0e-3 pOiUyT"><ul class="sc-7b8c9d0e-4 tReWqA">
{nav}
  </ul></nav>
  <a href="/subscribe?utm_source=header" class="sc-7b8c9d0e-5 sDfGhJ">Subscribe</a>
</header>
<main class="sc-2b3c4d5e-0 hJkLzX">
  <h1 class="sc-2b3c4d5e-1 cVbNmQ">Local News</h1>
  <section class="sc-2b3c4d5e-2 wErTyU">
{_lc_card(hero, _LC_SHOWN[0], hero_href, hero=True)}
  </section>
  <div class="sc-4d5e6f7a-0 aSdFgH">
    <span class="sc-4d5e6f7a-1 zXcVbM">Sponsored</span>
    <a href="https://ads.valleyvoice.example/adclick?cid=4471&amp;url=https%3A%2F%2Fwww.sunridge-dental.example%2F">Sunridge Dental: new patients welcome this spring</a>
  </div>
  <section class="sc-2b3c4d5e-3 gHjKlP">
{cards}
  </section>
  <nav class="sc-6f7a8b9c-0 nMbVcX" aria-label="Pagination"><a href="/local-news?page=1" aria-current="page">1</a> <a href="/local-news?page=2">2</a> <a href="/local-news?page=3">3</a> <a href="/local-news?page=2">Next</a></nav>
  <aside class="sc-3c4d5e6f-0 lKjHgD">
    <h2 class="sc-3c4d5e6f-4 pLoKiJ">Trending</h2>
    <ol class="sc-3c4d5e6f-5 uHyGtF">
{trending}
    </ol>
  </aside>
</main>
<footer class="sc-8c9d0e1f-0 qAzWsX">
  <ul class="sc-8c9d0e1f-1 eDcRfV">
{nav_links([("About Us", "/about"), ("Contact", "/contact"), ("Advertise", "/advertise"), ("Careers", "/careers"), ("Privacy Policy", "/privacy"), ("Terms of Service", "/terms")])}
  </ul>
  <p class="sc-8c9d0e1f-2 tGbYhN">&copy; 2025 Valley Voice Media</p>
</footer>
</div>"""
    items = [gold_item(page_url, href, s) for s, href in zip(_LC_STORIES, hrefs, strict=True)]
    return Layout(
        name="en-local-nextjs",
        family="local news on a JS framework: hashed sc-* classes, a > h3 cards, '5 hours ago'/'Yesterday', JSON-LD ItemList",
        body=english_document("Local News | Valley Voice", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 8. A tech blog's river (post-block entries, sponsored posts mixed in)
# --------------------------------------------------------------------------------------------

_TB_HOST = "https://startupwire.example"
_TB_STORIES = [
    Story.at(
        "/2025/04/07/payments-startup-raises-series-b-small-merchants/",
        "Payments startup Tallypay raises $62M Series B to court small merchants",
        "The company says it now processes more than $4 billion a year for independent "
        "shops, cafés and salons across 14 countries.",
        datetime(2025, 4, 7, 22, 41, tzinfo=PDT),
        "Fintech",
    ),
    Story.at(
        "/2025/04/07/open-source-database-company-launches-managed-cloud/",
        "Open source database maker Quillstore launches a managed cloud service",
        "The hosted version adds automatic backups and scaling, and the company promises "
        "the core engine will stay under its permissive license.",
        datetime(2025, 4, 7, 19, 5, tzinfo=PDT),
        "Enterprise",
    ),
    Story.at(
        "/2025/04/07/robotics-startup-warehouse-picking-arm-pilot/",
        "Robotics startup Graspwell’s picking arm heads to three warehouse pilots",
        "Graspwell claims its arm can handle 1,200 items an hour, including soft packages "
        "that have tripped up earlier systems.",
        datetime(2025, 4, 7, 15, 30, tzinfo=PDT),
        "Robotics",
    ),
    Story.at(
        "/2025/04/07/climate-tech-fund-closes-second-fund/",
        "Climate tech investor Northwind closes a $410M second fund",
        "The firm will back early-stage companies working on grid storage, industrial heat "
        "and low-carbon building materials.",
        datetime(2025, 4, 7, 12, 12, tzinfo=PDT),
        "Venture",
    ),
    Story.at(
        "/2025/04/07/layoffs-scooter-company-restructuring/",
        "Scooter company Zipline Mobility cuts 30% of staff in restructuring",
        "The cuts mostly affect operations teams in markets the company is leaving, "
        "according to an internal memo seen by reporters.",
        datetime(2025, 4, 7, 9, 48, tzinfo=PDT),
        "Transportation",
    ),
    Story.at(
        "/2025/04/06/developer-tools-startup-ai-code-review-seed/",
        "Developer tools startup Lintly raises seed round for automated code review",
        "Founded by two former infrastructure engineers, Lintly flags risky changes before "
        "they are merged and explains why.",
        datetime(2025, 4, 6, 16, 20, tzinfo=PDT),
        "Startups",
    ),
]
_TB_SPONSORED = [
    Story.at(
        "/sponsor/cloudharbor/how-growing-teams-cut-cloud-costs/",
        "How growing teams cut their cloud bills without slowing down",
        "A practical guide to rightsizing, reserved capacity and the metrics that matter "
        "when your startup starts to scale.",
        None,
        "Sponsored",
    ),
]
_TB_POPULAR = [
    ("/2025/04/07/payments-startup-raises-series-b-small-merchants/", "Tallypay raises $62M Series B"),
    ("/2025/04/05/smartphone-maker-unveils-foldable-prices/", "Smartphone maker unveils cheaper foldables"),
    ("/2025/04/06/social-app-teens-safety-features/", "Social app adds new safety features for teens"),
    ("/2025/04/04/ev-charging-network-expands-highways/", "EV charging network expands along highways"),
]  # fmt: skip


def _tb_display(when: datetime) -> str:
    """'3:30 PM PDT • April 7, 2025' as the river prints it."""
    hour = when.hour % 12 or 12
    return f"{hour}:{when:%M} {when:%p} PDT • {when:%B} {when.day}, {when.year}"


def _tb_block(story: Story, author: str) -> str:
    """A ``post-block``: category, title link, byline with a ``time[datetime]`` whose value
    is the site's wall clock without a zone (the display text names the zone)."""
    url = _TB_HOST + story.path
    category = (
        f'<a href="{_TB_HOST}/category/{story.label.lower()}/">{escape_html(story.label)}</a>'
    )
    if story.when is None:
        meta = '<span class="river-byline__sponsored">Sponsored</span>'
        css = "post-block post-block--image post-block--sponsored"
        category = '<span class="article__sponsored-label">Sponsored</span>'
    else:
        local = story.when.astimezone(PDT)
        meta = (
            f'<time class="river-byline__time" datetime="{local.strftime("%Y-%m-%dT%H:%M:%S")}">'
            f"{_tb_display(local)}</time>"
        )
        css = "post-block post-block--image post-block--unread"
    return f"""
<div class="{css}">
  <header class="post-block__header">
    <div class="article__primary-category">{category}</div>
    <h2 class="post-block__title"><a class="post-block__title__link" href="{url}">{escape_html(story.title)}</a></h2>
    <div class="post-block__meta"><div class="river-byline">
      <span class="river-byline__authors"><span><a href="{_TB_HOST}/author/{author.lower().replace(" ", "-")}/" aria-label="Posts by {author}">{author}</a></span></span>
      {meta}
    </div></div>
  </header>
  <div class="post-block__content">{escape_html(story.lead or "")}</div>
  <footer class="post-block__footer"><figure class="post-block__media"><img src="{_TB_HOST}/wp-content/uploads/2025/04/{story.path.split("/")[-2][:20]}.jpg?w=430" alt="" loading="lazy"></figure></footer>
</div>"""


def build_tech_river() -> Layout:
    """A tech blog's category river: ``div.river > div.post-block`` with
    ``h2.post-block__title > a``, ``div.post-block__content`` and ``time.river-byline__time``
    whose ``datetime`` is a zone-less wall clock (the display says "PDT"); a "Sponsored"
    post in the river (not gold), a numbered "Most Popular" box, ad slots, "Load More"."""
    page_url = f"{_TB_HOST}/category/startups/"
    authors = [
        "Dana Whitfield",
        "Marcus Lee",
        "Priya Raman",
        "Owen Castillo",
        "Hana Sato",
        "Ben Adler",
    ]
    blocks = [_tb_block(s, a) for s, a in zip(_TB_STORIES, authors, strict=True)]
    blocks.insert(3, _tb_block(_TB_SPONSORED[0], "Cloudharbor"))
    popular = link_list(
        ((_TB_HOST + path, text) for path, text in _TB_POPULAR),
        '<li class="popular-list__item"><span class="popular-list__rank">{rank}</span>'
        '<a class="popular-list__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    nav = nav_links(
        [
            ("Startups", f"{_TB_HOST}/category/startups/"),
            ("Venture", f"{_TB_HOST}/category/venture/"),
            ("Security", f"{_TB_HOST}/category/security/"),
            ("AI", f"{_TB_HOST}/category/artificial-intelligence/"),
            ("Crypto", f"{_TB_HOST}/category/cryptocurrency/"),
            ("Apps", f"{_TB_HOST}/category/apps/"),
            ("Events", f"{_TB_HOST}/events/"),
            ("Podcasts", f"{_TB_HOST}/podcasts/"),
        ],
        "menu-item",
    )
    ad = (
        '<div class="ad-unit ad-unit--{slot}"><span class="ad-unit__label">Advertisement</span>'
        '<a href="https://pubads.g.doubleclick.example/gampad/clk?iu=/sw/{slot}&amp;'
        'adurl=https://www.orbitcrm.example/">'
        '<img src="https://startupwire.example/ads/{slot}.jpg" alt=""></a></div>'
    )
    body = f"""
<div class="site-wrapper">
<header class="site-header">
  <a class="site-header__logo" href="{_TB_HOST}/" aria-label="StartupWire">StartupWire</a>
  <nav class="site-navigation"><ul class="menu">
{nav}
  </ul></nav>
</header>
{ad.format(slot="leaderboard")}
<div class="content-wrap">
  <div class="content">
    <h1 class="page-title page-title--category">Startups</h1>
    <div class="river river--category">
{"".join(blocks)}
    </div>
    <div class="load-more-wrapper"><a class="load-more" href="{page_url}page/2/">Load More</a></div>
  </div>
  <aside class="sidebar">
    <div class="popular-list"><h2 class="popular-list__title">Most Popular</h2>
      <ol class="popular-list__items">
{popular}
      </ol>
    </div>
    {ad.format(slot="sidebar")}
  </aside>
</div>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("About", f"{_TB_HOST}/about/"), ("Staff", f"{_TB_HOST}/staff/"), ("Contact Us", f"{_TB_HOST}/contact-us/"), ("Advertise", f"{_TB_HOST}/advertise/"), ("Terms of Service", f"{_TB_HOST}/terms-of-service/"), ("Privacy Policy", f"{_TB_HOST}/privacy-policy/")])}
  </ul>
  <p class="site-footer__copyright">&copy; 2025 StartupWire Media. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, _TB_HOST + s.path, s) for s in _TB_STORIES]
    return Layout(
        name="en-tech-river",
        family="tech blog river: div.post-block, h2.post-block__title > a, zone-less time[datetime] + 'PDT' text, sponsored posts",
        body=english_document("Startups | StartupWire", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


BUILDERS: tuple[Builder, ...] = (
    build_wordpress_archive,
    build_broadcaster_section,
    build_newspaper_facia,
    build_wire_section,
    build_agency_hub,
    build_broadsheet_latest,
    build_local_nextjs,
    build_tech_river,
)
