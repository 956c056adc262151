"""A fifth set of English-language listing layouts: niche publishers' listing pages.

Each builder returns a whole page in the shape of one family of real-world markup — a
financial news site's markets section of ``story-list-story`` rows with ticker chips and
"April 7, 2025 at 4:35 PM EDT" lines beside a quote table, a Canadian national daily's section
front of ``c-card`` cards with subscriber locks and day-first dates with dotted "p.m. ET"
clocks, a university newsroom's ``article.news-teaser`` list with date-only lines, category
tags and "Read more" links, and a publication on a blogging network whose cards wrap an ``h2``
title and an ``h3`` subtitle in one link under hashed class names — with the chrome real pages
carry around the list. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC, 02:00 in North American Eastern
time). Gold times are the instants the page states, in the site's own clock (the layout's
``timezone``) where the page names no zone; relative times ("5h ago") are resolved against the
fetch instant; a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")


def _edt(day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on the North American Eastern clock (daylight time)."""
    return datetime(2025, 4, day, hour, minute, tzinfo=EDT)


# --------------------------------------------------------------------------------------------
# 1. A financial news site's markets section (story-list rows, ticker chips, "… at 4:35 PM EDT")
# --------------------------------------------------------------------------------------------

_FN_HOST = "https://www.tickerline.example"
# (story, ticker chips, updated instant or None)
_FN_TOP: list[tuple[Story, list[tuple[str, str]], datetime | None]] = [
    (
        Story.at(
            "/news/articles/2025-04-07/stocks-whipsaw-as-tariff-fears-drive-record-trading-volume",
            "Stocks Whipsaw as Tariff Fears Drive Busiest Trading Day on Record",
            "More than 29 billion shares changed hands on US exchanges as the S&P 500 swung "
            "through an 8% range before closing little changed.",
            _edt(7, 16, 35),
            "Markets",
        ),
        [("SPX", "-0.23%"), ("NDX", "+0.19%"), ("VIX", "+3.82%")],
        _edt(7, 18, 1),
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/treasury-yields-jump-as-haven-bid-fades",
            "Treasury Yields Jump Most Since 2022 as Haven Bid Fades",
            "Ten-year yields climbed 17 basis points, confounding traders who expected bonds to "
            "rally as equities sold off.",
            _edt(7, 15, 12),
            "Rates",
        ),
        [("USGG10YR", "+17.1 bp")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-08/asian-shares-rebound-after-rout-as-japan-leads-gains",
            "Asian Shares Rebound After Rout as Japan Leads Gains",
            "The Topix jumped as much as 6.3% at the open, recouping part of Monday's plunge as "
            "dip buyers returned.",
            _edt(8, 1, 12),
            "Asia",
        ),
        [("TPX", "+5.91%"), ("HSI", "+1.47%")],
        None,
    ),
]
_FN_LIST: list[tuple[Story, list[tuple[str, str]], datetime | None]] = [
    (
        Story.at(
            "/news/articles/2025-04-08/oil-extends-slide-toward-four-year-low-on-demand-worries",
            "Oil Extends Slide Toward Four-Year Low on Demand Worries",
            "Brent fell below $64 a barrel in early Asian trading as traders weighed the hit to "
            "global growth from escalating trade barriers.",
            _edt(8, 0, 48),
            "Commodities",
        ),
        [("CO1", "-1.08%"), ("CL1", "-1.21%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/apple-sheds-another-180-billion-in-value-on-supply-chain-risk",
            "Apple Sheds Another $180 Billion in Value on Supply-Chain Risk",
            "The iPhone maker has now lost more than $600 billion in market value over four "
            "sessions, the steepest drop in its history.",
            _edt(7, 17, 46),
            "Technology",
        ),
        [("AAPL", "-3.67%"), ("FOXCONN", "-9.98%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/goldman-cuts-s-p-500-target-again-citing-recession-odds",
            "Goldman Cuts S&P 500 Target Again, Citing Higher Recession Odds",
            "Strategists lowered their year-end forecast to 5,700 from 6,200 and said a "
            "recession would push the index as low as 4,600.",
            _edt(7, 14, 20),
            "Markets",
        ),
        [("GS", "-2.14%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/dollar-slips-against-yen-and-franc-as-traders-seek-safety",
            "Dollar Slips Against Yen and Franc as Traders Seek Safety",
            "The Swiss franc touched its strongest level against the greenback since 2015 "
            "before paring gains in New York trading.",
            _edt(7, 13, 5),
            "FX",
        ),
        [("USDJPY", "-0.61%"), ("USDCHF", "-0.83%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/bitcoin-falls-below-75-000-as-crypto-tracks-risk-assets",
            "Bitcoin Falls Below $75,000 as Crypto Tracks Risk Assets Lower",
            "The largest digital asset dropped as much as 10% over the weekend before a partial "
            "recovery during US hours.",
            _edt(7, 12, 31),
            "Crypto",
        ),
        [("XBTUSD", "-4.52%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/junk-bond-spreads-widen-most-since-2020-as-deals-pulled",
            "Junk-Bond Spreads Widen Most Since 2020 as Issuers Pull Deals",
            "At least four companies postponed high-yield offerings, and bankers say the "
            "pipeline is frozen until volatility subsides.",
            _edt(7, 11, 58),
            "Credit",
        ),
        [],
        _edt(7, 13, 40),
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/tesla-slides-as-analysts-cut-delivery-estimates",
            "Tesla Slides as Analysts Cut Delivery Estimates for Second Quarter",
            "At least three brokerages lowered forecasts after first-quarter deliveries missed "
            "expectations by the widest margin in two years.",
            _edt(7, 10, 44),
            "Autos",
        ),
        [("TSLA", "-2.56%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/gold-retreats-from-record-as-investors-raise-cash-for-margin-calls",
            "Gold Retreats From Record as Investors Raise Cash for Margin Calls",
            "Bullion fell for a third day as some holders sold winning positions to cover losses "
            "elsewhere, traders said.",
            _edt(7, 9, 52),
            "Commodities",
        ),
        [("XAU", "-1.34%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/european-stocks-enter-bear-market-as-banks-lead-declines",
            "European Stocks Near Bear Market as Banks Lead Declines",
            "The Stoxx 600 fell as much as 6.2% intraday, bringing its drop from a March peak "
            "close to 20%.",
            _edt(7, 8, 15),
            "Europe",
        ),
        [("SXXP", "-4.50%"), ("SX7E", "-5.93%")],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/hedge-funds-unwind-leverage-at-fastest-pace-in-years",
            "Hedge Funds Unwind Leverage at Fastest Pace in Years, Prime Brokers Say",
            "Gross leverage across equity long-short funds fell by the most since at least 2010 "
            "last week, according to client notes.",
            _edt(7, 7, 30),
            "Hedge Funds",
        ),
        [],
        None,
    ),
    (
        Story.at(
            "/news/articles/2025-04-07/china-yuan-fixing-weaker-as-pboc-signals-tolerance",
            "China Sets Weakest Yuan Fixing Since 2023, Signaling Tolerance for Decline",
            None,
            _edt(7, 6, 2),
            "Asia",
        ),
        [("USDCNH", "+0.42%")],
        None,
    ),
]
_FN_QUOTES = [
    ("S&P 500", "SPX:IND", "5,062.25", "-11.83", "-0.23%"),
    ("Dow Jones Industrial Average", "INDU:IND", "37,965.60", "-349.26", "-0.91%"),
    ("Nasdaq Composite", "CCMP:IND", "15,603.26", "+15.48", "+0.10%"),
    ("US 10 Yr", "USGG10YR:IND", "4.17%", "+17.1 bp", ""),
    ("Crude Oil (WTI)", "CL1:COM", "60.70", "-1.29", "-2.08%"),
    ("Gold", "XAU:CUR", "2,982.40", "-54.90", "-1.81%"),
]
_FN_MOST_READ = [
    ("/news/articles/2025-04-07/stocks-whipsaw-as-tariff-fears-drive-record-trading-volume", "Markets Swing Wildly on Busiest Day Ever for US Stocks"),
    ("/news/articles/2025-04-07/billionaires-lose-208-billion-in-two-days", "World's Richest Lose $208 Billion in Two Days of Selling"),
    ("/news/articles/2025-04-07/apple-sheds-another-180-billion-in-value-on-supply-chain-risk", "Apple's Four-Day Rout Is Its Worst Ever"),
    ("/news/articles/2025-04-06/what-a-recession-would-mean-for-your-401-k", "What a Recession Would Mean for Your 401(k)"),
    ("/news/articles/2025-04-07/treasury-yields-jump-as-haven-bid-fades", "Why Bonds Didn't Rally This Time"),
]  # fmt: skip
_FN_VIDEOS = [
    ("/news/videos/2025-04-07/markets-close-recap-april-7-video", "Markets Close: Stocks End Wild Session Little Changed", "4:12"),
    ("/news/videos/2025-04-07/strategist-says-buy-the-dip-is-premature-video", "Strategist Says 'Buy the Dip' Is Premature", "6:48"),
    ("/news/videos/2025-04-07/what-the-bond-selloff-is-telling-us-video", "What the Bond Selloff Is Telling Us", "3:27"),
]  # fmt: skip


def _fn_stamp(when: datetime) -> str:
    """'April 7, 2025 at 4:35 PM EDT' as the site prints its story times."""
    local = when.astimezone(EDT)
    return f"{local:%B} {local.day}, {local:%Y} at {clock12(local)} EDT"


def _fn_chips(tickers: list[tuple[str, str]]) -> str:
    """Ticker chips linking to quote pages: symbol and change, coloured by direction."""
    if not tickers:
        return ""
    chips = "".join(
        f'<a class="ticker-chip ticker-chip--{"down" if change.startswith("-") else "up"}" href="/quote/{symbol}:{"US" if symbol.isalpha() and len(symbol) <= 4 else "IND"}" data-ticker="{symbol}"><span class="ticker-chip__symbol">{symbol}</span> <span class="ticker-chip__change">{change}</span></a>'
        for symbol, change in tickers
    )
    return f'<div class="story-list-story__tickers" data-component="ticker-list">{chips}</div>'


def _fn_row(story: Story, tickers: list[tuple[str, str]], updated: datetime | None) -> str:
    """A ``div.story-list-story`` row: eyebrow, ``h3 > a`` headline, summary, ticker chips,
    byline and the time line (with an "Updated on" line when the story was revised)."""
    assert story.when is not None
    summary = (
        f'<p class="story-list-story__summary">{escape_html(story.lead)}</p>' if story.lead else ""
    )
    update = (
        f' <span class="story-list-story__updated">Updated on {_fn_stamp(updated)}</span>'
        if updated
        else ""
    )
    return f"""
<div class="story-list-story" data-tracking-type="Story" data-id="{image_slug(story.path)[-12:]}">
  <div class="story-list-story__info">
    <div class="story-list-story__eyebrow"><a href="/markets/{story.label.lower().replace(" ", "-")}">{escape_html(story.label)}</a></div>
    <h3 class="story-list-story__headline"><a class="story-list-story__headline-link" href="{story.path}">{escape_html(story.title)}</a></h3>
    {summary}
    {_fn_chips(tickers)}
    <div class="story-list-story__meta"><span class="story-list-story__byline">By Tickerline Markets Team</span> <span class="story-list-story__time">{_fn_stamp(story.when)}</span>{update}</div>
  </div>
  <a class="story-list-story__image" href="{story.path}" tabindex="-1" aria-hidden="true"><img src="https://assets.tickerline.example/image/{image_slug(story.path)[:24]}/400x-1.jpg" alt="" loading="lazy"></a>
</div>"""


def _fn_hero(
    story: Story, tickers: list[tuple[str, str]], updated: datetime | None, *, lead: bool
) -> str:
    """A top-story block: the lead one with an ``h2`` headline and a big picture, the
    secondaries with ``h3`` headlines."""
    assert story.when is not None
    tag = "h2" if lead else "h3"
    update = (
        f' <span class="hero-story__updated">Updated on {_fn_stamp(updated)}</span>'
        if updated
        else ""
    )
    return f"""
<div class="hero-story{" hero-story--lead" if lead else ""}">
  <a class="hero-story__image" href="{story.path}" tabindex="-1"><img src="https://assets.tickerline.example/image/{image_slug(story.path)[:24]}/1200x-1.jpg" alt=""></a>
  <div class="hero-story__eyebrow">{escape_html(story.label)}</div>
  <{tag} class="hero-story__headline"><a href="{story.path}">{escape_html(story.title)}</a></{tag}>
  <p class="hero-story__summary">{escape_html(story.lead or "")}</p>
  {_fn_chips(tickers)}
  <div class="hero-story__meta"><span class="hero-story__time">{_fn_stamp(story.when)}</span>{update}</div>
</div>"""


def build_markets_story_list() -> Layout:
    """A financial news site's markets section: a top-stories block (``h2``/``h3`` heroes)
    and a ``div.story-list`` of ``div.story-list-story`` rows, each ``h3 > a`` with a summary,
    ticker chips ("AAPL -3.67%") linking to quote pages inside the row, a byline and "April 7,
    2025 at 4:35 PM EDT" (some with "Updated on …": the gold time is the first, the
    publication); a market-data quote table, a "Sponsored content" partner row in the list
    and a partner box, "Most Read", the section's own video rail (its clips are items, with
    no time: "4:12" is a duration), "Load more" and a pager."""
    page_url = f"{_FN_HOST}/markets"
    menu = nav_links(
        [
            ("Markets", "/markets"),
            ("Economics", "/economics"),
            ("Technology", "/technology"),
            ("Politics", "/politics"),
            ("Deals", "/deals"),
            ("Crypto", "/crypto"),
            ("Opinion", "/opinion"),
            ("Personal Finance", "/personal-finance"),
        ],
        "navi-link",
    )
    quotes = "\n".join(
        f'<tr class="data-table-row"><td class="data-table-row-cell" data-type="name"><a href="/quote/{code}">{escape_html(name)}</a></td><td class="data-table-row-cell" data-type="value">{value}</td><td class="data-table-row-cell" data-type="better">{change}</td><td class="data-table-row-cell" data-type="better">{pct}</td><td class="data-table-row-cell" data-type="time">4:59 PM</td></tr>'
        for name, code, value, change, pct in _FN_QUOTES
    )
    heroes = "".join(_fn_hero(s, t, u, lead=n == 0) for n, (s, t, u) in enumerate(_FN_TOP))
    rows = [_fn_row(s, t, u) for s, t, u in _FN_LIST]
    rows.insert(
        4,
        """
<div class="story-list-story story-list-story--sponsored" data-tracking-type="Sponsored">
  <div class="story-list-story__info">
    <div class="story-list-story__eyebrow story-list-story__eyebrow--sponsored">Sponsored content</div>
    <h3 class="story-list-story__headline"><a class="story-list-story__headline-link" href="https://ad.doubleclick.example/ddm/trackclk/N1204.tickerline/B3321;dc_trk_aid=55120;dc_trk_cid=90411?https://insights.harborgate-am.example/volatility-playbook" rel="sponsored noopener">A Playbook for Volatile Markets: Five Questions to Ask Your Adviser</a></h3>
    <p class="story-list-story__summary">Presented by Harborgate Asset Management</p>
  </div>
</div>""",
    )
    most_read = link_list(
        _FN_MOST_READ,
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a class="most-read__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    videos = "\n".join(
        f'<div class="video-rail__item"><a href="{href}"><img src="https://assets.tickerline.example/video/{image_slug(href)[:20]}.jpg" alt=""><span class="video-rail__duration">{dur}</span><span class="video-rail__title">{escape_html(title)}</span></a></div>'
        for href, title, dur in _FN_VIDEOS
    )
    body = f"""
<div id="app">
<header class="navi" data-component="navi">
  <a class="navi-logo" href="/"><span class="visually-hidden">Tickerline</span></a>
  <nav class="navi-sections"><ul>
{menu}
  </ul></nav>
  <div class="navi-right"><a class="navi-subscribe" href="/subscriptions?in_source=nav">Subscribe</a> <a href="/account/signin">Sign In</a></div>
</header>
<div class="markets-strip" aria-label="Markets summary">
  <table class="data-table data-table--strip">
    <thead><tr><th>Index</th><th>Value</th><th>Net Change</th><th>% Change</th><th>Time (EDT)</th></tr></thead>
    <tbody>
{quotes}
    </tbody>
  </table>
</div>
<div class="ad-unit ad-unit--leaderboard"><span class="ad-unit__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=88211&amp;iu=/5262/tickerline/markets/top"><img src="https://tpc.googlesyndication.example/simgad/88211" alt=""></a></div>
<main class="page-content">
  <h1 class="section-front__title">Markets</h1>
  <section class="hero-module" aria-label="Top Stories">{heroes}
  </section>
  <div class="section-front__columns">
    <section class="story-list" data-component="story-list" aria-label="Latest">
      <h2 class="story-list__title">Latest</h2>{"".join(rows)}
      <button class="story-list__load-more" type="button">Load More</button>
      <nav class="pagination"><a href="{page_url}?page=2" rel="next">Next page</a></nav>
    </section>
    <aside class="section-front__rail">
      <section class="most-read"><h2 class="most-read__title">Most Read</h2><ol class="most-read__list">
{most_read}
      </ol></section>
      <section class="market-data-module"><h2>US Markets</h2>
        <table class="data-table">
          <thead><tr><th>Name</th><th>Value</th><th>Net Change</th><th>% Change</th><th>Time (EDT)</th></tr></thead>
          <tbody>
{quotes}
          </tbody>
        </table>
        <a class="market-data-module__more" href="/markets/stocks">More Stock Market Data</a>
      </section>
      <section class="paid-posts"><h2 class="paid-posts__label">Sponsored content</h2>
        <div class="paid-post"><a href="https://ad.doubleclick.example/ddm/trackclk/N1204.tickerline/B3321;dc_trk_aid=55131?https://www.meridiantrust.example/outlook/q2-2025">Quarterly Outlook: Where Income Investors Can Still Find Yield</a><span class="paid-post__sponsor">Meridian Trust</span></div>
        <div class="paid-post"><a href="https://ad.doubleclick.example/ddm/trackclk/N1204.tickerline/B3321;dc_trk_aid=55132?https://www.coppervale.example/insights/private-credit">Private Credit After the Boom: A Field Guide</a><span class="paid-post__sponsor">Coppervale Partners</span></div>
      </section>
      <div class="ad-unit ad-unit--box"><span class="ad-unit__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=88212&amp;iu=/5262/tickerline/markets/box1"><img src="https://tpc.googlesyndication.example/simgad/88212" alt=""></a></div>
    </aside>
  </div>
  <section class="video-rail" aria-label="Watch"><h2 class="video-rail__title">Tickerline TV</h2>
{videos}
  </section>
</main>
<footer class="footer">
  <ul class="footer-links">
{nav_links([("Terms of Service", "/tos"), ("Privacy Policy", "/privacy"), ("Cookie Policy", "/cookies"), ("Careers", "/careers"), ("Made in NYC", "/company"), ("Advertise", "/advertise"), ("Help", "/help")])}
  </ul>
  <p>&copy;2025 Tickerline L.P. All Rights Reserved.</p>
</footer>
</div>"""
    # The section's own video rail lists clips too: items without a time (a duration is none).
    clips = [Story.at(href, title, None, None) for href, title, _ in _FN_VIDEOS]
    items = [gold_item(page_url, s.path, s) for s, _, _ in (*_FN_TOP, *_FN_LIST)] + [
        gold_item(page_url, s.path, s) for s in clips
    ]
    return Layout(
        name="en-markets-story-list",
        family="financial news markets section: div.story-list-story, h3 > a, ticker chips to /quote/ pages in the row, 'April 7, 2025 at 4:35 PM EDT' + 'Updated on …', quote tables, 'Sponsored content' rows",
        body=english_document(
            "Markets - Tickerline",
            f'<link rel="canonical" href="{page_url}">',
            body,
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 2. A Canadian national daily's section front (c-card cards, "9:41 p.m. ET", "7 April 2025")
# --------------------------------------------------------------------------------------------

_CA_HOST = "https://www.dominionpost.example"
# (story, subscriber-only, date-only display)
_CA_STORIES: list[tuple[Story, bool, bool]] = [
    (Story.at("/canada/article-ottawa-unveils-emergency-support-for-auto-parts-makers-hit-by-tariffs/",
              "Ottawa unveils $2-billion emergency fund for auto-parts makers hit by U.S. tariffs",
              "The program offers low-interest loans to suppliers in southern Ontario, where industry groups warn thousands of jobs are at risk within weeks.",
              _edt(8, 1, 5), "Politics"), True, False),
    (Story.at("/canada/article-wildfire-season-forecast-prairies-drought/",
              "Dry winter sets up early wildfire season across the Prairies, forecasters warn",
              "Snowpack in parts of Alberta and Saskatchewan is at its lowest in two decades, leaving forests primed to burn by May.",
              _edt(8, 0, 20), "Canada"), False, False),
    (Story.at("/canada/british-columbia/article-vancouver-rental-vacancy-rate-rises/",
              "Vancouver's rental vacancy rate climbs to highest level in a decade",
              "New purpose-built towers and a drop in international students have eased pressure, though rents for new leases remain near record highs.",
              _edt(7, 21, 41), "British Columbia"), True, False),
    (Story.at("/canada/article-federal-election-campaign-day-15-leaders-debate-format/",
              "Parties agree on format for leaders' debates, with French-language debate moved up a day",
              "The debates commission said the change avoids a clash with a playoff hockey game in Montreal.",
              _edt(7, 20, 15), "Politics"), False, False),
    (Story.at("/canada/alberta/article-calgary-water-main-repairs-restrictions/",
              "Calgary lifts outdoor water restrictions as feeder main repairs finish early",
              "City officials said the last of five weak sections was replaced ahead of schedule, though a ban on lawn watering could return in summer.",
              _edt(7, 18, 32), "Alberta"), False, False),
    (Story.at("/canada/article-rcmp-commissioner-review-of-contract-policing/",
              "RCMP commissioner orders review of contract policing as provinces weigh own forces",
              "The review will look at staffing shortages in rural detachments, which some municipalities say have left them without coverage overnight.",
              _edt(7, 16, 50), "Canada"), True, False),
    (Story.at("/canada/toronto/article-toronto-transit-line-5-opening-date/",
              "Eglinton Crosstown opening pushed back again, internal memo shows",
              "The memo, obtained by The Dominion Post, cites unresolved signalling faults and says a fall opening is now the earliest realistic date.",
              _edt(7, 14, 5), "Toronto"), True, False),
    (Story.at("/canada/article-atlantic-fisheries-snow-crab-price-dispute/",
              "Snow crab fishers in Gulf of St. Lawrence tie up boats over opening price",
              None,
              _edt(7, 12, 18), "Atlantic"), False, False),
    (Story.at("/canada/article-health-canada-measles-cases-national-update/",
              "Measles cases pass 500 as outbreak spreads to a sixth province",
              "Public health officials urged parents to check their children's vaccination records before the Easter long weekend.",
              _edt(7, 10, 2), "Health"), False, False),
    (Story.at("/canada/quebec/article-quebec-french-language-office-complaints-rise/",
              "Complaints to Quebec's language watchdog rose 40 per cent last year, report says",
              "Most concerned signage and service in stores, the office said, and fewer than one in ten led to a formal notice.",
              _edt(7, 8, 45), "Quebec"), True, False),
    (Story.at("/canada/article-arctic-sovereignty-new-radar-stations/",
              "Canada to build four new over-the-horizon radar stations in the North",
              "The stations are part of the NORAD modernization plan and will be able to detect aircraft and missiles at far greater range.",
              _edt(6, 15, 30), "Canada"), True, True),
    (Story.at("/canada/article-first-nations-clean-water-bill-reintroduced/",
              "Clean-water legislation for First Nations to be reintroduced after election",
              "Chiefs say the bill, which died when Parliament was dissolved, must come back with binding funding commitments.",
              _edt(5, 11, 0), "Canada"), False, True),
]  # fmt: skip
_CA_TRENDING = [
    ("/canada/article-ottawa-unveils-emergency-support-for-auto-parts-makers-hit-by-tariffs/", "Ottawa's $2-billion lifeline for auto-parts makers: what's in it"),
    ("/business/article-tsx-close-april-7/", "TSX ends volatile session lower as energy stocks slide"),
    ("/canada/toronto/article-toronto-transit-line-5-opening-date/", "Crosstown delayed again"),
    ("/life/article-easter-long-weekend-whats-open-closed/", "What's open and closed over the Easter long weekend"),
    ("/sports/hockey/article-maple-leafs-clinch-playoff-spot/", "Maple Leafs clinch a playoff spot with win over Panthers"),
]  # fmt: skip
_CA_OPINION = [
    ("/opinion/article-tariffs-are-a-test-of-canadian-unity/", "Tariffs are a test of Canadian unity. So far, we are passing", "Andrea Kowalczyk"),
    ("/opinion/article-the-housing-debate-nobody-wants-to-have/", "The housing debate nobody on the campaign trail wants to have", "Samuel Okafor"),
    ("/opinion/editorials/article-ottawa-needs-a-plan-b-for-trade/", "Ottawa needs a Plan B for trade, and it needs it now", "The Editorial Board"),
]  # fmt: skip


def _ca_stamp(when: datetime, *, date_only: bool) -> str:
    """The card's time: '1:05 a.m. ET' for today's stories, '7 April 2025 9:41 p.m. ET' for
    older ones, or only '5 April 2025' for the oldest."""
    local = when.astimezone(EDT)
    date = f"{local.day} {local:%B %Y}"
    if date_only:
        return date
    clock = clock12(local, lower=True).replace("am", "a.m.").replace("pm", "p.m.")
    if local.date() == NOW.astimezone(EDT).date():
        return f"{clock} ET"
    return f"{date} {clock} ET"


_CA_LOCK = '<span class="c-card__lock" data-subscriber="true"><svg class="c-icon c-icon--lock" aria-hidden="true" viewBox="0 0 12 16"><path d="M2 7V5a4 4 0 018 0v2h1v9H1V7zm2 0h4V5a2 2 0 00-4 0z"></path></svg><span class="u-visually-hidden">Subscriber content</span></span>'


def _ca_card(story: Story, locked: bool, date_only: bool, *, lead: bool = False) -> str:
    """A ``div.c-card``: one ``a.c-card__link`` holding the picture, label, ``h3.c-card__hed``
    (a lock badge first on subscriber stories) and the dek; byline and time outside it."""
    assert story.when is not None
    lock = _CA_LOCK if locked else ""
    dek = f'<p class="c-card__dek">{escape_html(story.lead)}</p>' if story.lead else ""
    size = " c-card--lead c-card--xl" if lead else " c-card--md"
    tag = "h2" if lead else "h3"
    return f"""
<div class="c-card{size}" data-sophi-feature="section_front">
  <a class="c-card__link" href="{story.path}">
    <div class="c-card__image"><picture><img src="https://www.dominionpost.example/resizer/v2/{image_slug(story.path)[8:30].upper()}.jpg?width=600&amp;quality=80" alt="" loading="lazy"></picture></div>
    <div class="c-card__content">
      <span class="c-card__label">{escape_html(story.label)}</span>
      <{tag} class="c-card__hed">{lock}<span class="c-card__hed-text">{escape_html(story.title)}</span></{tag}>
      {dek}
    </div>
  </a>
  <div class="c-card__meta"><span class="c-card__byline">The Dominion Post</span><span class="c-card__timestamp">{_ca_stamp(story.when, date_only=date_only)}</span></div>
</div>"""


def build_ca_national_cards() -> Layout:
    """A Canadian national daily's section front: ``div.c-card`` cards whose one
    ``a.c-card__link`` holds the picture, label, ``h3.c-card__hed`` (a lock badge with
    visually hidden "Subscriber content" text before the headline on paid stories) and
    ``p.c-card__dek``; times "1:05 a.m. ET" (today), "7 April 2025 9:41 p.m. ET" or only
    "5 April 2025"; a numbered "Trending" list, an "Opinion" box, sponsor content, a
    newsletter promo, "Load more"."""
    page_url = f"{_CA_HOST}/canada/"
    menu = nav_links(
        [
            ("Canada", "/canada/"),
            ("Politics", "/politics/"),
            ("World", "/world/"),
            ("Business", "/business/"),
            ("Investing", "/investing/"),
            ("Opinion", "/opinion/"),
            ("Arts", "/arts/"),
            ("Life", "/life/"),
            ("Sports", "/sports/"),
        ],
        "c-nav__item",
    )
    cards = [
        _ca_card(s, locked, date_only, lead=n == 0)
        for n, (s, locked, date_only) in enumerate(_CA_STORIES)
    ]
    cards.insert(
        6,
        """
<div class="c-card c-card--md c-card--sponsored" data-sophi-feature="sponsored">
  <a class="c-card__link" href="https://adclick.g.doubleclick.example/pcs/click?xai=dp_canada_native&amp;adurl=https://www.dominionpost.example/partners/northland-energy/powering-the-north/">
    <div class="c-card__content">
      <span class="c-card__label c-card__label--sponsored">Sponsor content</span>
      <h3 class="c-card__hed"><span class="c-card__hed-text">How northern communities are swapping diesel for wind and storage</span></h3>
      <p class="c-card__dek">Presented by Northland Energy</p>
    </div>
  </a>
</div>""",
    )
    trending = link_list(
        _CA_TRENDING,
        '<li class="c-trending__item"><span class="c-trending__number">{rank}</span><a class="c-trending__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    opinion = "\n".join(
        f'<div class="c-card c-card--opinion"><a class="c-card__link" href="{href}"><span class="c-card__label">Opinion</span><h3 class="c-card__hed"><span class="c-card__hed-text">{escape_html(title)}</span></h3></a><div class="c-card__meta"><span class="c-card__byline">{escape_html(author)}</span></div></div>'
        for href, title, author in _CA_OPINION
    )
    body = f"""
<div id="app-root">
<header class="c-site-header">
  <a class="c-site-header__logo" href="/"><span class="u-visually-hidden">The Dominion Post</span></a>
  <nav class="c-nav" aria-label="Sections"><ul class="c-nav__list">
{menu}
  </ul></nav>
  <div class="c-site-header__account"><a class="c-button c-button--subscribe" href="/subscribe/?intcmp=header">Subscribe</a> <a href="/login/">Log in</a></div>
</header>
<div class="c-ad c-ad--leaderboard"><span class="c-ad__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=40112&amp;iu=/58580620/dp/canada/leaderboard"><img src="https://tpc.googlesyndication.example/simgad/40112" alt=""></a></div>
<main class="l-section-front">
  <h1 class="c-section-title">Canada</h1>
  <div class="l-section-front__grid">
    <section class="c-card-list" aria-label="Top stories">{"".join(cards[:4])}
    </section>
    <div class="c-newsletter-promo"><h3>Morning Update</h3><p>The news you need to start your day, in your inbox every weekday.</p><a class="c-button" href="/newsletters/morning-update/?intcmp=section_promo">Sign up</a></div>
    <section class="c-card-list c-card-list--river" aria-label="More Canada news">{"".join(cards[4:])}
    </section>
    <button class="c-button c-button--load-more" type="button" data-next="{page_url}?page=2">Load more</button>
  </div>
  <aside class="l-section-front__rail">
    <section class="c-trending"><h2 class="c-trending__title">Trending</h2><ol class="c-trending__list">
{trending}
    </ol></section>
    <section class="c-opinion-rail"><h2><a href="/opinion/">Opinion</a></h2>
{opinion}
    </section>
    <div class="c-ad c-ad--bigbox"><span class="c-ad__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=40113&amp;iu=/58580620/dp/canada/bigbox"><img src="https://tpc.googlesyndication.example/simgad/40113" alt=""></a></div>
  </aside>
</main>
<footer class="c-site-footer">
  <ul class="c-site-footer__links">
{nav_links([("About Us", "/about/"), ("Contact Us", "/contact/"), ("Editorial Code of Conduct", "/editorial-guidelines/"), ("Advertise with us", "/advertise/"), ("Terms & Conditions", "/terms-and-conditions/"), ("Privacy Policy", "/privacy-policy/"), ("Accessibility", "/accessibility/")])}
  </ul>
  <p>&copy; Copyright 2025 The Dominion Post Inc. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s, timed=not date_only) for s, _, date_only in _CA_STORIES]
    return Layout(
        name="en-ca-national-cards",
        family="Canadian national daily section: div.c-card > a.c-card__link > h3.c-card__hed (lock badge with hidden text) + p.c-card__dek, '1:05 a.m. ET' / '7 April 2025 9:41 p.m. ET', Trending",
        body=english_document("Canada News - The Dominion Post", "", body, lang="en-CA"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Toronto",
    )


# --------------------------------------------------------------------------------------------
# 3. A university newsroom (article.news-teaser, date-only lines, "Read more", events rail)
# --------------------------------------------------------------------------------------------

_UN_HOST = "https://news.northvale.example"
# (story, extra category tags)
_UN_FEATURED = Story.at(
    "/stories/2025/04/ancient-lake-sediments-reveal-abrupt-monsoon-shifts",
    "Ancient lake sediments reveal abrupt monsoon shifts, geoscientists find",
    "Cores drilled from a dried lakebed show the South Asian monsoon weakened within decades, "
    "not centuries, at least three times in the past 12,000 years.",
    datetime(2025, 4, 8, tzinfo=EDT),
    "Research",
)
_UN_LIST: list[tuple[Story, list[str]]] = [
    (Story.at("/stories/2025/04/engineering-students-win-national-solar-car-challenge",
              "Engineering students win national solar car challenge for second straight year",
              "The team's car, built over 18 months in a campus garage, covered 1,400 miles on sunlight alone.",
              datetime(2025, 4, 7, tzinfo=EDT), "Campus Life"), ["Engineering"]),
    (Story.at("/stories/2025/04/new-antibiotic-compound-soil-bacteria",
              "Soil bacteria yield a new antibiotic compound that kills drug-resistant strains",
              "Chemists screened more than 10,000 microbial extracts before finding one that disrupted the cell walls of resistant bacteria in lab tests.",
              datetime(2025, 4, 7, tzinfo=EDT), "Research"), ["Health", "Chemistry"]),
    (Story.at("/stories/2025/04/professor-elected-to-national-academy-of-sciences",
              "Professor Amara Osei elected to the National Academy of Sciences",
              "Osei, whose work on plant immune systems has reshaped crop breeding, is among 120 new members announced this year.",
              datetime(2025, 4, 4, tzinfo=EDT), "Awards"), []),
    (Story.at("/stories/2025/04/library-opens-restored-rare-maps-collection",
              "University library opens restored collection of rare colonial-era maps",
              "Conservators spent three years repairing more than 400 maps, some of which will be shown publicly for the first time.",
              datetime(2025, 4, 3, tzinfo=EDT), "Arts & Humanities"), []),
    (Story.at("/stories/2025/04/study-links-green-space-to-lower-teen-anxiety",
              "Study links neighborhood green space to lower anxiety in teenagers",
              "Teens living within a short walk of a park reported fewer anxiety symptoms, even after accounting for family income.",
              datetime(2025, 4, 2, tzinfo=EDT), "Research"), ["Health"]),
    (Story.at("/stories/2025/04/board-of-trustees-approves-tuition-freeze",
              "Board of Trustees approves tuition freeze for in-state undergraduates",
              "The freeze, the third in five years, will hold tuition at its current level for the 2025-26 academic year.",
              datetime(2025, 4, 1, tzinfo=EDT), "University News"), []),
    (Story.at("/stories/2025/03/researchers-map-urban-heat-islands-with-bus-sensors",
              "Researchers map urban heat islands with sensors mounted on city buses",
              "The low-cost sensors recorded street-level temperatures up to 9 degrees higher in neighborhoods with few trees.",
              datetime(2025, 3, 31, tzinfo=EDT), "Research"), ["Sustainability"]),
    (Story.at("/stories/2025/03/first-generation-students-mentoring-program-expands",
              "Mentoring program for first-generation students expands to every college",
              "After a pilot raised second-year retention by 11 points, the program will pair every incoming first-generation student with a mentor.",
              datetime(2025, 3, 28, tzinfo=EDT), "Campus Life"), []),
    (Story.at("/stories/2025/03/quantum-sensor-detects-single-magnetic-molecules",
              "Quantum sensor detects the magnetic signal of single molecules",
              "Physicists used defects in diamond to read signals a million times weaker than those picked up by hospital MRI machines.",
              datetime(2025, 3, 27, tzinfo=EDT), "Research"), ["Physics"]),
    (Story.at("/stories/2025/03/alumni-gift-funds-new-nursing-simulation-center",
              "$25 million alumni gift funds new nursing simulation center",
              None,
              datetime(2025, 3, 26, tzinfo=EDT), "Giving"), []),
    (Story.at("/stories/2025/03/womens-basketball-reaches-elite-eight",
              "Women's basketball reaches the Elite Eight for the first time in program history",
              "A late three-pointer sealed a 68-65 win and set off celebrations across campus that lasted well past midnight.",
              datetime(2025, 3, 24, tzinfo=EDT), "Athletics"), []),
    (Story.at("/stories/2025/03/archaeology-field-school-uncovers-18th-century-kiln",
              "Archaeology field school uncovers an 18th-century pottery kiln near campus",
              "Students found the kiln's brick floor and thousands of glazed shards during a dig ahead of a planned parking garage.",
              datetime(2025, 3, 21, tzinfo=EDT), "Arts & Humanities"), ["Archaeology"]),
]  # fmt: skip
_UN_EVENTS = [
    ("/events/2025/04/15/spring-lecture-climate-and-the-city", "Apr", "15", "Spring Lecture: Climate and the City", "4:00 p.m. – 5:30 p.m.", "Hartwell Hall Auditorium"),
    ("/events/2025/04/17/research-showcase-2025", "Apr", "17", "Undergraduate Research Showcase", "10:00 a.m. – 3:00 p.m.", "Student Union Ballroom"),
    ("/events/2025/04/22/earth-day-tree-planting", "Apr", "22", "Earth Day Tree Planting", "9:00 a.m.", "North Quad"),
    ("/events/2025/05/10/commencement-2025", "May", "10", "Commencement 2025", "9:30 a.m.", "Northvale Stadium"),
]  # fmt: skip
_UN_IN_THE_NEWS = [
    ("https://www.coastalgazette.example/science/2025/04/06/monsoon-history-lake-cores/", "Coastal Gazette", "What a dried-up lake says about the monsoon's future"),
    ("https://www.publicradio.example/2025/04/05/green-space-teen-mental-health", "Public Radio", "Parks may protect teens' mental health, new study suggests"),
    ("https://www.metrodaily.example/news/solar-car-team-repeat-champions", "Metro Daily", "Local students take solar car title again"),
]  # fmt: skip


def _un_date(when: datetime) -> str:
    """'April 8, 2025': the newsroom's date line, no time of day."""
    return f"{when:%B} {when.day}, {when:%Y}"


def _un_tag(name: str) -> str:
    """A category tag link."""
    slug = name.lower().replace(" & ", "-").replace(" ", "-")
    return (
        f'<a class="news-teaser__tag" href="/topics/{slug}" hreflang="en">{escape_html(name)}</a>'
    )


def _un_teaser(story: Story, tags: list[str]) -> str:
    """An ``article.news-teaser``: picture link, category tags, ``h3 > a`` title, the date,
    the summary and a "Read more" link to the same story."""
    assert story.when is not None
    summary = (
        f'<div class="news-teaser__summary"><p>{escape_html(story.lead)}</p></div>'
        if story.lead
        else ""
    )
    tag_links = "".join(_un_tag(t) for t in (story.label, *tags))
    return f"""
<article class="news-teaser node node--type-news node--view-mode-teaser" role="article">
  <div class="news-teaser__image"><a href="{story.path}" tabindex="-1"><img src="/sites/default/files/styles/teaser_4x3/public/2025-04/{image_slug(story.path)[:28]}.jpg?itok=Xk2p9QaB" alt="" loading="lazy" width="400" height="300"></a></div>
  <div class="news-teaser__content">
    <div class="news-teaser__tags">{tag_links}</div>
    <h3 class="news-teaser__title"><a href="{story.path}" rel="bookmark"><span class="field field--name-title">{escape_html(story.title)}</span></a></h3>
    <div class="news-teaser__date"><time datetime="{story.when:%Y-%m-%d}T12:00:00Z">{_un_date(story.when)}</time></div>
    {summary}
    <a class="news-teaser__more" href="{story.path}" aria-label="Read more about {escape_html(story.title)}">Read more</a>
  </div>
</article>"""


def build_university_newsroom() -> Layout:
    """A university newsroom on an open-source CMS: a featured story, then
    ``article.news-teaser`` rows (category tag links, ``h3 > a > span`` title, a date-only
    "April 7, 2025" whose ``time[datetime]`` is noon UTC of that day, a summary and a "Read
    more" link repeating the story URL); an "Upcoming Events" rail with future dates and
    times, an "In the News" box of outside coverage, a media-contact block and the pager."""
    page_url = f"{_UN_HOST}/news"
    menu = nav_links(
        [
            ("News", "/news"),
            ("Research", "/topics/research"),
            ("Campus Life", "/topics/campus-life"),
            ("Arts & Humanities", "/topics/arts-humanities"),
            ("Athletics", "/topics/athletics"),
            ("Events", "/events"),
            ("For Media", "/media"),
        ],
        "menu-item",
    )
    featured = f"""
<div class="featured-story">
  <div class="featured-story__image"><a href="{_UN_FEATURED.path}" tabindex="-1"><img src="/sites/default/files/styles/hero_16x9/public/2025-04/lake-cores-field-team.jpg?itok=Qw81LmZr" alt="Researchers lift a sediment core from a dry lakebed"></a></div>
  <div class="featured-story__text">
    <div class="featured-story__label">Featured</div>
    <h2 class="featured-story__title"><a href="{_UN_FEATURED.path}">{escape_html(_UN_FEATURED.title)}</a></h2>
    <div class="featured-story__date"><time datetime="2025-04-08T12:00:00Z">{_un_date(_UN_FEATURED.when or NOW)}</time></div>
    <p class="featured-story__summary">{escape_html(_UN_FEATURED.lead or "")}</p>
    <a class="button button--primary" href="{_UN_FEATURED.path}">Read more</a>
  </div>
</div>"""
    teasers = "".join(_un_teaser(s, tags) for s, tags in _UN_LIST)
    events = "\n".join(
        f'<div class="event-teaser"><div class="event-teaser__date"><span class="event-teaser__month">{month}</span> <span class="event-teaser__day">{day}</span></div><div class="event-teaser__body"><h4 class="event-teaser__title"><a href="{href}">{escape_html(title)}</a></h4><div class="event-teaser__time">{when}</div><div class="event-teaser__location">{escape_html(place)}</div></div></div>'
        for href, month, day, title, when, place in _UN_EVENTS
    )
    in_news = "\n".join(
        f'<li class="in-the-news__item"><span class="in-the-news__outlet">{escape_html(outlet)}</span> <a href="{href}" target="_blank" rel="noopener">{escape_html(title)}</a></li>'
        for href, outlet, title in _UN_IN_THE_NEWS
    )
    body = f"""
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="utility-bar"><a href="https://www.northvale.example/">Northvale University</a> <a href="https://www.northvale.example/admissions">Admissions</a> <a href="https://giving.northvale.example/">Give</a> <a href="https://www.northvale.example/directory">Directory</a></div>
<header class="site-header" role="banner">
  <a class="site-logo" href="/" rel="home"><img src="/themes/custom/northvale/logo.svg" alt="Northvale University News"></a>
  <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav"><ul class="menu">
{menu}
  </ul></nav>
</header>
<main role="main" id="main-content">
  <h1 class="page-title">News</h1>
  <div class="layout layout--twocol-section layout--twocol-section--67-33">
    <div class="layout__region layout__region--first">
{featured}
      <div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1">
        <div class="view-filters"><form class="views-exposed-form" action="/news" method="get"><label for="edit-topic">Topic</label><select id="edit-topic" name="topic"><option value="All" selected>- Any -</option><option value="research">Research</option><option value="campus-life">Campus Life</option></select><input type="submit" value="Apply" class="button"></form></div>
        <div class="view-content">{teasers}
        </div>
        <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items">
          <li class="pager__item is-active"><a href="?page=0" title="Current page" aria-current="page">1</a></li>
          <li class="pager__item"><a href="?page=1" title="Go to page 2">2</a></li>
          <li class="pager__item"><a href="?page=2" title="Go to page 3">3</a></li>
          <li class="pager__item pager__item--next"><a href="?page=1" title="Go to next page" rel="next">Next ›</a></li>
          <li class="pager__item pager__item--last"><a href="?page=41" title="Go to last page">Last »</a></li>
        </ul></nav>
      </div></div>
    </div>
    <aside class="layout__region layout__region--second">
      <section class="block block-events"><h2 class="block-title">Upcoming Events</h2>
{events}
        <a class="block-more" href="/events">View all events</a>
      </section>
      <section class="block in-the-news"><h2 class="block-title">In the News</h2><ul>
{in_news}
      </ul></section>
      <section class="block media-contact"><h2 class="block-title">Media Contacts</h2><p>Office of Communications<br><a href="mailto:news@northvale.example">news@northvale.example</a><br>555-0142</p><a href="/media">Resources for journalists</a></section>
    </aside>
  </div>
</main>
<footer class="site-footer" role="contentinfo">
  <ul class="menu">
{nav_links([("Accessibility", "https://www.northvale.example/accessibility"), ("Privacy Statement", "https://www.northvale.example/privacy"), ("Non-Discrimination Notice", "https://www.northvale.example/nondiscrimination"), ("Emergency Information", "https://emergency.northvale.example/"), ("Contact Us", "/contact")])}
  </ul>
  <p>&copy; 2025 Northvale University. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, _UN_FEATURED.path, _UN_FEATURED, timed=False)] + [
        gold_item(page_url, s.path, s, timed=False) for s, _ in _UN_LIST
    ]
    return Layout(
        name="en-university-newsroom",
        family="university newsroom: article.news-teaser with tag links, h3 > a > span title, date-only 'April 7, 2025', summary, 'Read more' links to each story, Upcoming Events rail",
        body=english_document("News | Northvale University", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A publication on a blogging network (hashed classes, a > h2 + h3, "5 min read", claps)
# --------------------------------------------------------------------------------------------

_BN_HOST = "https://blognet.example"
_BN_PUB = "/civic-ledger"
# (story, author, read minutes, member-only, claps, responses)
_BN_POSTS: list[tuple[Story, str, int, bool, str, int]] = [
    (Story.at(f"{_BN_PUB}/the-quiet-collapse-of-the-neighborhood-library-8c41f2e9b7a0",
              "The Quiet Collapse of the Neighborhood Library",
              "Branches are not closing with a bang. They are losing an hour here, a librarian there, until nobody notices they are gone.",
              ago(NOW, hours=5), "Cities"), "Rosa Lindqvist", 9, True, "412", 18),
    (Story.at(f"{_BN_PUB}/what-i-learned-sitting-through-every-zoning-meeting-for-a-year-31d7ce0a25f4",
              "What I Learned Sitting Through Every Zoning Meeting for a Year",
              "Mostly that the people who show up decide everything, and the people who show up are not who you think.",
              ago(NOW, hours=14), "Housing"), "Dev Raman", 12, True, "1.9K", 64),
    (Story.at(f"{_BN_PUB}/bus-lanes-are-a-political-problem-not-an-engineering-one-b2e9104a7c63",
              "Bus Lanes Are a Political Problem, Not an Engineering One",
              "Every city knows how to paint a lane red. Very few know how to survive the parking fight that follows.",
              datetime(2025, 4, 6, 9, 0, tzinfo=EDT), "Transit"), "Maya Okonjo", 7, False, "863", 27),
    (Story.at(f"{_BN_PUB}/the-spreadsheet-that-runs-your-city-budget-5fa8d03c1e92",
              "The Spreadsheet That Runs Your City's Budget",
              "I asked for the model behind our town's five-year forecast. What I got back was a 40-tab workbook and a warning.",
              datetime(2025, 4, 5, 9, 0, tzinfo=EDT), "Budgets"), "Tom Aldridge", 8, True, "2.3K", 81),
    (Story.at(f"{_BN_PUB}/why-your-street-has-no-trees-e07b6a2d94c1",
              "Why Your Street Has No Trees",
              "A century of utility rules, insurance worries and one very stubborn 1950s engineering manual.",
              datetime(2025, 4, 3, 9, 0, tzinfo=EDT), "Cities"), "Rosa Lindqvist", 6, False, "1.1K", 33),
    (Story.at(f"{_BN_PUB}/the-case-for-boring-local-news-d4c2e81f70ab",
              "The Case for Boring Local News",
              "Nobody clicks on the water board minutes. That is exactly why someone has to read them.",
              datetime(2025, 4, 2, 9, 0, tzinfo=EDT), "Media"), "Hannah Beck", 5, False, "748", 22),
    (Story.at(f"{_BN_PUB}/school-buses-are-the-hidden-transit-system-9a3f6e1b28d5",
              "School Buses Are America's Hidden Transit System",
              "They carry more riders than every city bus network combined. So why do we plan them as an afterthought?",
              datetime(2025, 3, 31, 9, 0, tzinfo=EDT), "Transit"), "Maya Okonjo", 10, True, "3.4K", 102),
    (Story.at(f"{_BN_PUB}/a-field-guide-to-public-comment-c71e05d3ab48",
              "A Field Guide to Public Comment",
              "Three minutes at the microphone can matter, if you know which meeting to go to and what to say.",
              datetime(2025, 3, 28, 9, 0, tzinfo=EDT), "Civics"), "Dev Raman", 4, False, "526", 11),
    (Story.at(f"{_BN_PUB}/the-parking-minimum-that-ate-downtown-4b8d2f9e61c0",
              "The Parking Minimum That Ate Downtown",
              "How a single line in a 1962 ordinance shaped every block of a mid-sized American city.",
              datetime(2025, 3, 26, 9, 0, tzinfo=EDT), "Housing"), "Tom Aldridge", 11, True, "5.2K", 147),
    (Story.at(f"{_BN_PUB}/small-towns-are-running-out-of-volunteer-firefighters-0e6a7c3d5f21",
              "Small Towns Are Running Out of Volunteer Firefighters",
              "The average volunteer is now over 50, and the pagers keep going off.",
              datetime(2025, 3, 24, 9, 0, tzinfo=EDT), "Rural"), "Hannah Beck", 7, False, "932", 40),
    (Story.at(f"{_BN_PUB}/notes-from-a-city-council-staffer-a5f3b0c7e89d",
              "Notes From a City Council Staffer",
              None,
              datetime(2025, 3, 21, 9, 0, tzinfo=EDT), "Civics"), "Anonymous Staffer", 6, True, "2.7K", 96),
]  # fmt: skip
_BN_RECOMMENDED = [
    ("/@jpark/i-quit-my-job-to-build-tiny-houses-here-is-what-happened-77ae01b3c9f2", "Jun Park", "I Quit My Job to Build Tiny Houses. Here Is What Happened", "Two years, eleven houses and one very patient bank manager.", "Mar 30, 2025", 14, "8.1K"),
    ("/better-commute/the-e-bike-changed-my-city-more-than-any-policy-f2c9d4a81b07", "Lena Ortiz", "The E-Bike Changed My City More Than Any Policy", "A transportation planner on the quiet revolution nobody planned.", "Apr 1, 2025", 6, "2.2K"),
    ("/@samwrites/stop-calling-it-a-housing-crisis-1d0e8b6f4a52", "Sam Whitfield", "Stop Calling It a Housing Crisis", "Crises end. What we have is a housing system working as designed.", "Mar 18, 2025", 9, "12K"),
    ("/data-and-cities/mapping-every-speed-bump-in-america-3c57a9e2d810", "Priya Natarajan", "I Mapped Every Speed Bump in America", "Or at least the 1.4 million that someone bothered to record.", "Apr 4, 2025", 8, "1.5K"),
]  # fmt: skip

_BN_STAR = '<svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871a1.99 1.99 0 0 1-3.732 0l-5.771-15.87a2.02 2.02 0 0 0-1.194-1.195L7.298 33.866a1.99 1.99 0 0 1 0-3.732l15.87-5.771a2.02 2.02 0 0 0 1.195-1.194l5.771-15.871a1.99 1.99 0 0 1 3.732 0l5.771 15.87a2.02 2.02 0 0 0 1.194 1.195l15.871 5.771a1.99 1.99 0 0 1 0 3.732l-15.87 5.771a2.02 2.02 0 0 0-1.195 1.194"></path></svg>'
_BN_CLAP = '<svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454zM13.916 3.953l1.523-2.112-1.184-.39zM8.589 1.84l1.522 2.112-.337-2.501zM18.523 18.92c-.86.86-1.75 1.246-2.62 1.33a6 6 0 0 0 .407-.372c2.388-2.389 2.86-4.951 1.399-7.623l-.912-1.603"></path></svg>'
_BN_REPLY = '<svg width="24" height="24" viewBox="0 0 24 24" class="ox"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 2.393-.327"></path></svg>'


def _bn_when(when: datetime) -> str:
    """'5h ago' for posts of the last day, else 'Apr 6, 2025' (date only)."""
    hours = int((NOW - when).total_seconds() // 3600)
    if hours < 24:
        return f"{hours}h ago"
    local = when.astimezone(EDT)
    return f"{local:%b} {local.day}, {local:%Y}"


def _bn_card(
    href: str,
    author: str,
    author_href: str,
    title: str,
    subtitle: str | None,
    shown: str,
    minutes: int,
    member: bool,
    claps: str,
    responses: int | None,
    source: str,
) -> str:
    """A post preview under hashed class names: an optional "Member-only story" badge, the
    author line, one link wrapping the ``h2`` title and the ``h3`` subtitle, then the reading
    time, the date and the clap and response counts."""
    link = f"{href}?source={source}"
    badge = (
        f'<div class="ab q"><div class="ah ab"><div class="bm ab">{_BN_STAR}</div><p class="be b dz z dw"><span class="fg">Member-only story</span></p></div></div>'
        if member
        else ""
    )
    sub = (
        f'<div class="fk ab"><h3 class="be hn ho hp ak hq hr ae hs ht hu hv hw hx hy fv hz ia ib ic id ie if ig ih ii cg fd bk">{escape_html(subtitle)}</h3></div>'
        if subtitle
        else ""
    )
    reply = (
        f'<div class="ab q kw kx"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="{link}&amp;responsesOpen=true" aria-label="responses">{_BN_REPLY}<span class="pw-responses-count lm ln">{responses}</span></a></div>'
        if responses
        else ""
    )
    return f"""
<article class="ii ij ik il im in io ip iq ir is it iu" data-testid="post-preview"><div class="l m"><div class="bf ij">
  {badge}
  <div class="ab q"><div class="iv l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="{author_href}?source={source}" rel="noopener follow"><div class="l ew"><img alt="{escape_html(author)}" class="l ep bx iw ix cw" src="https://miro.blognet.example/v2/resize:fill:40:40/1*{image_slug(author_href)}.jpeg" width="20" height="20" loading="lazy"></div></a></div><div class="iy ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="{author_href}?source={source}" rel="noopener follow"><p class="be b dz z dw">{escape_html(author)}</p></a></div></div>
  <div class="iz ja jb jc jd je jf ab" role="link" data-href="{_BN_HOST}{href}" tabindex="0"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="{link}" rel="noopener follow"><div class="jg ab"><h2 class="be jh ji jj ak jk jl hr jm jn jo jp jq jr js jt ju jv jw jx jy jz ka kb fv fx fy ga gc bk">{escape_html(title)}</h2></div>{sub}</a></div>
  <span class="be b dz z dw"><div class="kc ab q kd"><div class="ab q ke"><span>{minutes} min read</span><div class="kf kg l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b dz z dw">·</span></span></div><span>{shown}</span></div></div></span>
  <div class="kh ki kj kk kl km kn ko"><div class="ab q kp kq"><div class="pw-multi-vote-icon ep kr ks">{_BN_CLAP}</div><div class="pw-multi-vote-count l kt ku kv"><p class="be b du z dw"><span class="kw">{claps}</span></p></div></div>{reply}</div>
</div></div></article>"""


def build_blog_network_publication() -> Layout:
    """A publication's home on a blogging network: post previews under hashed atomic class
    names, each with a "Member-only story" star badge on paid posts, the author, one link
    wrapping ``h2`` (the title) and ``h3`` (the subtitle, read as the lead), "9 min read" and
    "5h ago" or "Apr 6, 2025", clap and response counts; ``?source=`` tracking on every link;
    a "Recommended from BlogNet" box of previews in the same markup, a staff-picks rail, a
    sign-up banner."""
    page_url = f"{_BN_HOST}{_BN_PUB}"
    cards = "".join(
        _bn_card(
            s.path,
            author,
            "/@" + author.lower().split()[0] + author.lower().split()[-1][0],
            s.title,
            s.lead,
            _bn_when(s.when or NOW),
            minutes,
            member,
            claps,
            responses,
            f"collection_home---4------{n}-----------------------",
        )
        for n, (s, author, minutes, member, claps, responses) in enumerate(_BN_POSTS)
    )
    recommended = "".join(
        _bn_card(
            href,
            author,
            "/@" + author.lower().replace(" ", ""),
            title,
            subtitle,
            shown,
            minutes,
            True,
            claps,
            None,
            f"read_next_recirc---{n}------0-----------------------",
        )
        for n, (href, author, title, subtitle, shown, minutes, claps) in enumerate(_BN_RECOMMENDED)
    )
    staff_picks = "\n".join(
        f'<div class="lp lq"><a href="{href}?source=collection_home-----staff_picks" rel="noopener follow"><h2 class="be ly lz ma">{escape_html(title)}</h2></a></div>'
        for href, _, title, _, _, _, _ in _BN_RECOMMENDED[:3]
    )
    tags = " ".join(
        f'<a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="{_BN_PUB}/tagged/{t.lower()}" rel="noopener follow"><div class="ls lt lu">{t}</div></a>'
        for t in ("Cities", "Housing", "Transit", "Civics", "Budgets", "Media")
    )
    body = f"""
<div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l ba"><div class="ab ca cb cc"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/?source=collection_home" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="cd ce"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></svg></a>
<div class="ab q cf"><a href="/m/signin?operation=register&amp;redirect={escape_html(page_url)}" rel="noopener follow"><span class="be b bf bg">Sign up</span></a> <a href="/m/signin?operation=login&amp;redirect={escape_html(page_url)}" rel="noopener follow">Sign in</a></div></div></div>
<header class="cg ch ci"><div class="cj ck"><a href="{_BN_PUB}?source=post_page" rel="noopener follow"><img alt="The Civic Ledger" src="https://miro.blognet.example/v2/resize:fit:400/1*civicledgerlogo.png" width="200" height="40"></a></div>
  <nav class="cl cm"><a href="{_BN_PUB}/about" rel="noopener follow">About</a> <a href="{_BN_PUB}/archive" rel="noopener follow">Archive</a> <a href="{_BN_PUB}/submit" rel="noopener follow">Write for us</a> <button class="be b bf bg co cp">Follow publication</button></nav>
  <div class="cq cr">{tags}</div>
</header>
<main class="cs ct"><div class="cu cv cw">
  <section class="cx cy"><h2 class="be b cz da">Latest</h2>{cards}
    <div class="dc dd"><button class="be b bf bg de df" type="button">Show more</button></div>
  </section>
  <section class="dg dh" aria-label="Recommended"><h2 class="be b cz da">Recommended from BlogNet</h2>{recommended}
    <a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/?source=read_next_recirc--------------------------------" rel="noopener follow">See more recommendations</a>
  </section>
</div>
<aside class="di dj"><div class="dk dl"><h2 class="be b dm dn">Staff Picks</h2>
{staff_picks}
</div>
<div class="dk dl"><p class="be b dz z dw"><a href="/about?source=collection_home" rel="noopener follow">About</a> <a href="https://help.blognet.example/" rel="noopener follow">Help</a> <a href="https://policy.blognet.example/terms" rel="noopener follow">Terms</a> <a href="https://policy.blognet.example/privacy" rel="noopener follow">Privacy</a></p></div></aside>
</main>
<div class="ea eb"><div class="ec ed"><h2 class="be b ee ef">Get the BlogNet app</h2><a href="https://apps.applestore.example/app/blognet/id828256236" rel="noopener follow"><img alt="A button that says 'Download on the App Store'" src="https://miro.blognet.example/v2/app-store.png" width="120" height="40"></a></div></div>
</div></div></div>"""
    items = [
        gold_item(
            page_url,
            f"{s.path}?source=collection_home---4------{n}-----------------------",
            s,
            drop=("source",),
            timed=(NOW - (s.when or NOW)).total_seconds() < 86400,
        )
        for n, (s, *_) in enumerate(_BN_POSTS)
    ]
    return Layout(
        name="en-blog-network-publication",
        family="blogging-network publication home: hashed atomic classes, one a wrapping h2 title + h3 subtitle, 'Member-only story' badge, '9 min read' + '5h ago' / 'Apr 6, 2025', claps, ?source=, Recommended box",
        body=english_document("The Civic Ledger – BlogNet", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


BUILDERS: tuple[Builder, ...] = (
    build_markets_story_list,
    build_ca_national_cards,
    build_university_newsroom,
    build_blog_network_publication,
)
