"""A further set of English-language listing layouts: Irish, Gulf, link-board and local TV.

Each builder returns a whole page in the shape of one family of English-language listing
markup — an Irish public broadcaster's news section of cards printing "Updated / 06:12" for
today and "Mon, 7 Apr 2025" for older stories beside Irish-language menu links, a Gulf daily's
section of ``div.card`` entries with "Published:" and "Last updated:" lines on the Gulf clock
and partner-content cards in the same markup, an old-style link board's subreddit listing of
``div.thing`` rows linking to outside news sites with ``time[datetime]`` ages and comment
links, and a local TV station on a headless CMS whose JSON-LD ``ItemList`` names only the top
five of the cards it lists — with the chrome real pages carry around the list. Hosts,
headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states, in the site's own clock (the layout's ``timezone``) where the page names no zone;
relative times ("2 hours ago") are resolved against the fetch instant; a date without a time
of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

IRISH = timezone(timedelta(hours=1), "IST")
GST = timezone(timedelta(hours=4), "GST")
CDT = timezone(timedelta(hours=-5), "CDT")


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


# --------------------------------------------------------------------------------------------
# 1. An Irish public broadcaster's news section ("Updated / 06:12", "Mon, 7 Apr 2025")
# --------------------------------------------------------------------------------------------

_IE_HOST = "https://www.eireannbroadcast.example"
_IE_TOP = Story.at(
    "/news/ireland/2025/0408/1506812-housing-completions-first-quarter/",
    "Housing completions fall 12% in first quarter as apartment building stalls",
    "Just over 6,100 new homes were completed in the first three months of the year, the "
    "lowest quarterly figure since 2022, according to the Central Statistics Office.",
    _at(IRISH, 8, 6, 48),
    "Ireland",
)
_IE_TODAY = [
    Story.at(
        "/news/politics/2025/0408/1506809-dail-returns-tariff-response/",
        "Taoiseach to brief Cabinet on EU response to US tariffs before Dáil returns",
        "Ministers will be told that Ireland backs a negotiated outcome but will not block "
        "counter-measures agreed by member states.",
        _at(IRISH, 8, 6, 30),
        "Politics",
    ),
    Story.at(
        "/news/ireland/2025/0408/1506805-gardai-appeal-limerick-collision/",
        "Gardaí appeal for witnesses after cyclist seriously injured in Limerick collision",
        "The man, in his 50s, was taken to University Hospital Limerick after the incident on "
        "the Ennis Road shortly before midnight.",
        _at(IRISH, 8, 6, 12),
        "Ireland",
    ),
    Story.at(
        "/news/business/2025/0408/1506801-ryanair-passenger-numbers-march/",
        "Ryanair carried 13.5 million passengers in March, up 4%",
        "The airline said its load factor held at 92% despite the later timing of Easter this "
        "year.",
        _at(IRISH, 8, 5, 55),
        "Business",
    ),
    Story.at(
        "/news/world/2025/0408/1506798-japan-earthquake-warning-lifted/",
        "Tsunami advisory lifted after strong earthquake off Japan's south coast",
        None,
        _at(IRISH, 8, 5, 21),
        "World",
    ),
    Story.at(
        "/news/regional/2025/0408/1506790-galway-greenway-planning-decision/",
        "An Bord Pleanála approves Galway to Oughterard greenway after four-year wait",
        "The 26km route along the old railway line is expected to take two years to build.",
        _at(IRISH, 8, 4, 40),
        "Connacht",
    ),
    Story.at(
        "/news/health/2025/0408/1506784-trolley-watch-inmo-figures/",
        "Over 500 patients on trolleys in hospitals this morning, says INMO",
        None,
        _at(IRISH, 8, 1, 15),
        "Health",
    ),
    Story.at(
        "/news/world/2025/0408/1506779-us-markets-close-tariffs/",
        "US stocks end volatile session lower as tariff fears persist",
        "The S&P 500 swung between gains and losses of more than 3% before closing down 0.2%.",
        _at(IRISH, 8, 0, 35),
        "World",
    ),
]
# Today's cards that print "Updated / HH:MM" rather than the bare clock.
_IE_UPDATED = {0, 2, 5}
_IE_OLDER = [
    Story.at(
        "/news/ireland/2025/0407/1506702-leaving-cert-oral-exams/",
        "Leaving Cert oral exams begin for 60,000 students",
        "Students of Irish and modern foreign languages sit the tests over the next two weeks.",
        _at(IRISH, 7, 9, 10),
        "Ireland",
    ),
    Story.at(
        "/news/courts/2025/0407/1506689-high-court-wind-farm-challenge/",
        "High Court dismisses challenge to Co Clare wind farm",
        "The judge found the planning board had properly assessed the effect on hen harriers.",
        _at(IRISH, 7, 13, 2),
        "Courts",
    ),
    Story.at(
        "/news/business/2025/0407/1506671-iseq-falls-tariff-selloff/",
        "ISEQ suffers biggest one-day fall since 2020 in global sell-off",
        None,
        _at(IRISH, 7, 17, 40),
        "Business",
    ),
    Story.at(
        "/news/nuacht/2025/0407/1506660-scoileanna-gaeltachta-maoiniu/",
        "Maoiniú breise do scoileanna Gaeltachta fógartha",
        "Beidh €4m breise ar fáil do scoileanna atá páirteach sa scéim aitheantais.",
        _at(IRISH, 7, 11, 25),
        "Nuacht",
    ),
    Story.at(
        "/news/ireland/2025/0407/1506648-storm-damage-forestry-grants/",
        "Forestry owners hit by Storm Éowyn offered clearance grants",
        "The scheme will pay up to €2,500 a hectare towards clearing windblown timber.",
        _at(IRISH, 7, 8, 15),
        "Ireland",
    ),
    Story.at(
        "/news/world/2025/0407/1506633-gaza-aid-convoy/",
        "UN says aid convoy blocked at Gaza crossing for fifth day",
        None,
        _at(IRISH, 7, 7, 50),
        "World",
    ),
    Story.at(
        "/news/ireland/2025/0406/1506590-lifeboat-rescue-kerry/",
        "Three people rescued after boat capsizes off Kerry coast",
        "Valentia lifeboat and the Coast Guard helicopter Rescue 115 were tasked to the scene.",
        _at(IRISH, 6, 18, 5),
        "Munster",
    ),
    Story.at(
        "/news/politics/2025/0406/1506577-childcare-fees-cap-plan/",
        "Government considers €200 monthly cap on childcare fees",
        "A memo is expected to go to Cabinet before the summer recess.",
        _at(IRISH, 6, 10, 0),
        "Politics",
    ),
]
_IE_MOST_READ = [
    ("/news/ireland/2025/0408/1506812-housing-completions-first-quarter/", "Home completions at lowest level since 2022"),
    ("/news/ireland/2025/0407/1506720-lotto-jackpot-winner-cork/", "Cork shop sold €8.5m Lotto jackpot ticket"),
    ("/news/business/2025/0407/1506671-iseq-falls-tariff-selloff/", "Irish shares plunge in global tariff rout"),
    ("/news/ireland/2025/0407/1506699-weather-warm-spell/", "Temperatures to reach 20C as warm spell arrives"),
    ("/news/politics/2025/0408/1506809-dail-returns-tariff-response/", "Cabinet to hear tariff plan today"),
]  # fmt: skip
_IE_SPORT = [
    ("/sport/soccer/2025/0407/1506710-league-of-ireland-round-up/", "League of Ireland: Shamrock Rovers held by Drogheda"),
    ("/sport/gaa/2025/0407/1506705-football-league-finals/", "Kerry and Meath win league titles at Croke Park"),
    ("/sport/rugby/2025/0407/1506700-leinster-champions-cup-quarter/", "Leinster confirm team for Champions Cup quarter-final"),
]  # fmt: skip


def _ie_card(story: Story, shown: str, *, css: str = "") -> str:
    """An article card: picture link, section link, headline link, optional lead and the
    meta line with the broadcaster's clock icon."""
    lead = f'\n    <p class="article-lead">{escape_html(story.lead)}</p>' if story.lead else ""
    section = story.label.lower()
    return f"""
<article class="article-card{css}">
  <a class="article-card__image" href="{story.path}" tabindex="-1"><img src="https://img.eireannbroadcast.example/{image_slug(story.path)}/300.jpg" alt="" loading="lazy"></a>
  <div class="article-card__body">
    <a class="article-card__section" href="/news/{section}/">{escape_html(story.label)}</a>
    <h3 class="article-card__title"><a href="{story.path}"><span class="underline">{escape_html(story.title)}</span></a></h3>{lead}
    <div class="article-meta"><span class="icon icon-clock" aria-hidden="true"></span> {shown}</div>
  </div>
</article>"""


def _ie_today(story: Story, updated: bool) -> str:
    assert story.when is not None
    clock = f"{story.when.astimezone(IRISH):%H:%M}"
    return (
        f'<span class="meta-updated">Updated</span> / <span class="meta-time">{clock}</span>'
        if updated
        else f'<span class="meta-time">{clock}</span>'
    )


def _ie_older(story: Story) -> str:
    assert story.when is not None
    day = story.when.astimezone(IRISH)
    return f'<span class="meta-date">{day:%a}, {day.day} {day:%b %Y}</span>'


def build_ie_broadcaster_news() -> Layout:
    """An Irish public broadcaster's news section: a top story card, then article cards with
    a section link, ``h3 > a > span.underline``, a lead on most and a meta line — "Updated /
    06:12" or "06:12" for today (no date, no zone) and "Mon, 7 Apr 2025" for older ones; a
    menu with Irish-language links (Nuacht, Gaeilge), a numbered "Most Read" box, a "From
    Sport" box, an advert, a "More stories" pager, the footer."""
    page_url = f"{_IE_HOST}/news/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Ireland", "/news/ireland/"),
            ("World", "/news/world/"),
            ("Business", "/news/business/"),
            ("Politics", "/news/politics/"),
            ("Nuacht", "/news/nuacht/"),
            ("Regional", "/news/regional/"),
            ("Sport", "/sport/"),
            ("Gaeilge", "/gaeilge/"),
            ("Weather", "/weather/"),
        ],
        "primary-nav__item",
    )
    today = "".join(_ie_card(s, _ie_today(s, i in _IE_UPDATED)) for i, s in enumerate(_IE_TODAY))
    older = "".join(_ie_card(s, _ie_older(s)) for s in _IE_OLDER)
    most_read = link_list(
        _IE_MOST_READ,
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    sport = link_list(
        _IE_SPORT,
        '<li class="promo-list__item"><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="masthead">
  <a class="masthead__logo" href="/"><img src="/assets/logo.svg" alt="Éireann Broadcast"></a>
  <nav class="primary-nav" aria-label="Main"><ul>
{menu}
  </ul></nav>
  <div class="masthead__lang"><a href="/gaeilge/" lang="ga">As Gaeilge</a> | <a href="/player/">Player</a> | <a href="/radio/">Radio</a></div>
</header>
<div class="ad-slot ad-slot--leaderboard"><span class="ad-label">Advertisement</span><a href="https://adserver.eireannbroadcast.example/click?zone=news_top&amp;cid=88120" rel="nofollow sponsored"><img src="https://adserver.eireannbroadcast.example/creative/88120.gif" alt=""></a></div>
<main class="section-page" id="main">
  <h1 class="section-title">News</h1>
  <section class="top-story">
{_ie_card(_IE_TOP, _ie_today(_IE_TOP, True), css=" article-card--lead")}
  </section>
  <div class="layout-columns">
    <section class="latest-stories">
      <h2 class="latest-stories__title">Latest Stories</h2>
      <div class="article-card-list">{today}{older}
      </div>
      <div class="load-more"><a class="button" href="/news/?page=2">More stories</a></div>
    </section>
    <aside class="sidebar">
      <section class="most-read">
        <h2 class="sidebar__title">Most Read</h2>
        <ol class="most-read__list">
{most_read}
        </ol>
      </section>
      <section class="promo-list">
        <h2 class="sidebar__title">From Sport</h2>
        <ul>
{sport}
        </ul>
      </section>
      <div class="ad-slot ad-slot--mpu"><span class="ad-label">Advertisement</span><a href="https://adserver.eireannbroadcast.example/click?zone=news_mpu&amp;cid=88133" rel="nofollow sponsored"><img src="https://adserver.eireannbroadcast.example/creative/88133.jpg" alt="Shop local this Easter"></a></div>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("About Éireann Broadcast", "/about/"), ("Contact", "/about/contact/"), ("Careers", "/about/careers/"), ("Privacy Notice", "/about/privacy/"), ("Cookie Policy", "/about/cookies/"), ("Accessibility", "/about/accessibility/")])}
  </ul>
  <p>&copy; Éireann Broadcast 2025</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in (_IE_TOP, *_IE_TODAY)] + [
        gold_item(page_url, s.path, s, timed=False) for s in _IE_OLDER
    ]
    return Layout(
        name="en-ie-broadcaster-news",
        family="Irish public broadcaster news section: article-card > h3 > a > span.underline, lead, meta 'Updated / 06:12' (today, no date or zone) or 'Mon, 7 Apr 2025' (date only), Irish-language menu links, numbered Most Read, From Sport box",
        body=english_document("News | Éireann Broadcast", "", body, lang="en-IE"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/Dublin",
    )


# --------------------------------------------------------------------------------------------
# 2. A Gulf English daily's section (div.card, "Published:" / "Last updated:", GST clock)
# --------------------------------------------------------------------------------------------

_GU_HOST = "https://www.gulfherald.example"
_GU_STORIES = [
    Story.at(
        "/uae/dubai-metro-blue-line-tunnelling-begins-1.500112345",
        "Dubai Metro Blue Line: tunnelling begins on 30km route",
        "The Roads and Transport Authority said the first boring machine set off from the "
        "Mirdif site and the line is on course to open in 2029.",
        _at(GST, 8, 9, 40),
        "UAE",
    ),
    Story.at(
        "/uae/weather/uae-weather-dust-rain-forecast-1.500112330",
        "UAE weather: dusty skies and chance of rain over eastern areas",
        "The National Centre of Meteorology warned of reduced visibility on inland roads "
        "until Wednesday morning.",
        _at(GST, 8, 9, 5),
        "Weather",
    ),
    Story.at(
        "/business/economy/uae-non-oil-trade-record-1.500112301",
        "UAE non-oil foreign trade hits record Dh3 trillion",
        "Exports grew faster than imports for the second year running, led by gold, "
        "jewellery and aluminium.",
        _at(GST, 8, 8, 22),
        "Economy",
    ),
    Story.at(
        "/uae/education/abu-dhabi-private-schools-fees-freeze-1.500112287",
        "Abu Dhabi private schools told to freeze fees for 2025-26 academic year",
        "Adek said schools rated 'weak' or 'very weak' would not be allowed to apply for any "
        "increase.",
        _at(GST, 8, 7, 50),
        "Education",
    ),
    Story.at(
        "/world/gulf/saudi-arabia-riyadh-metro-ridership-1.500112260",
        "Riyadh Metro passes 100 million trips in first four months",
        "The Royal Commission for Riyadh City said the Blue Line remained the busiest of the "
        "six routes.",
        _at(GST, 8, 7, 12),
        "Gulf",
    ),
    Story.at(
        "/uae/transport/sharjah-new-bus-routes-1.500112244",
        "Sharjah launches three intercity bus routes to Dubai and Ajman",
        None,
        _at(GST, 8, 6, 35),
        "Transport",
    ),
    Story.at(
        "/business/property/dubai-rents-first-quarter-1.500112210",
        "Dubai rents climb 9% in first quarter as villa supply tightens",
        "Brokers said tenants were increasingly moving to Dubai South and Dubailand to find "
        "larger homes within budget.",
        _at(GST, 8, 5, 58),
        "Property",
    ),
    Story.at(
        "/uae/health/uae-measles-vaccination-campaign-1.500112198",
        "Free measles vaccination drive for adults starts in Northern Emirates",
        "Residents aged 18 to 50 who are unsure of their status can walk in to any of 40 "
        "primary health centres.",
        _at(GST, 8, 0, 45),
        "Health",
    ),
    Story.at(
        "/world/asia/india-pakistan-heatwave-early-1.500112150",
        "Early heatwave grips parts of India and Pakistan",
        "Temperatures crossed 44°C in Rajasthan and Sindh, weeks ahead of the usual peak.",
        _at(GST, 7, 22, 18),
        "Asia",
    ),
    Story.at(
        "/business/aviation/emirates-new-routes-summer-1.500112127",
        "Emirates adds three summer routes as travel demand holds",
        "The airline will fly to Bogotá via Miami, Siem Reap and Da Nang from June.",
        _at(GST, 7, 20, 40),
        "Aviation",
    ),
    Story.at(
        "/uae/government/uae-cabinet-new-traffic-law-1.500112098",
        "UAE Cabinet approves new federal traffic law with tougher penalties",
        "Driving under the influence will carry a jail term of up to two years and fines of "
        "up to Dh100,000.",
        _at(GST, 7, 18, 5),
        "Government",
    ),
    Story.at(
        "/sport/football/uae-pro-league-title-race-1.500112071",
        "Shabab Al Ahli move five points clear in Pro League title race",
        None,
        _at(GST, 7, 16, 30),
        "Football",
    ),
    Story.at(
        "/uae/community/ramadan-charity-drive-total-1.500112040",
        "Community drive raised Dh45 million during Ramadan",
        "The campaign funded meals, school fees and medical bills for more than 60,000 families.",
        _at(GST, 7, 14, 12),
        "Community",
    ),
    Story.at(
        "/business/markets/dfm-adx-close-tariff-selloff-1.500112010",
        "UAE stocks recover part of Monday's losses as oil steadies",
        "The DFM general index closed 1.4% higher, with Emaar and Emirates NBD leading gains.",
        _at(GST, 7, 15, 55),
        "Markets",
    ),
]
# Index -> "Last updated" instant printed beside the publication time.
_GU_UPDATED = {
    0: _at(GST, 8, 9, 55),
    2: _at(GST, 8, 9, 10),
    4: _at(GST, 8, 8, 0),
    8: _at(GST, 8, 7, 45),
    10: _at(GST, 8, 6, 2),
}
_GU_PARTNER = [
    (3, "/partner-content/dubai-south-villas-easter-offer-1.500111900", "Why families are choosing villas in Dubai South this spring", "Sunvale Developments offers a 1% monthly payment plan on its latest phase."),
    (9, "/partner-content/uae-students-uk-university-fair-1.500111877", "UK university fair returns to Dubai with 60 institutions", "Register for free to meet admissions officers and ask about scholarships."),
]  # fmt: skip
_GU_POPULAR = [
    ("/uae/government/uae-cabinet-new-traffic-law-1.500112098", "New traffic law: what changes for UAE drivers"),
    ("/uae/gold-rate-today-dubai-1.500112200", "Gold price in Dubai today"),
    ("/uae/education/abu-dhabi-private-schools-fees-freeze-1.500112287", "Abu Dhabi school fees frozen: full details"),
    ("/uae/visa-amnesty-deadline-explained-1.500111850", "Visa amnesty: deadlines explained"),
    ("/uae/weather/uae-weather-dust-rain-forecast-1.500112330", "Rain expected in parts of UAE"),
]  # fmt: skip
_GU_PRAYER = [("Fajr", "04:41"), ("Sunrise", "05:57"), ("Dhuhr", "12:20"), ("Asr", "15:47"), ("Maghreb", "18:37"), ("Isha", "19:53")]  # fmt: skip
_GU_RATES = [("usd", "US Dollar", "3.6725"), ("inr", "Indian Rupee", "0.0428"), ("pkr", "Pakistani Rupee", "0.0131"), ("php", "Philippine Peso", "0.0643"), ("gbp", "British Pound", "4.7012")]  # fmt: skip


def _gu_stamp(when: datetime) -> str:
    local = when.astimezone(GST)
    return f"{local:%B %d, %Y %H:%M}"


def _gu_card(
    href: str, title: str, lead: str | None, label: str, meta: str, *, css: str = ""
) -> str:
    """A ``div.card``: picture link, category link, ``h2.card-title > a``, ``p.card-text`` lead
    and the ``card-meta`` line(s)."""
    lead_html = f'\n    <p class="card-text">{escape_html(lead)}</p>' if lead else ""
    return f"""
<div class="card card-horizontal{css}">
  <div class="card-img"><a href="{href}"><img class="img-fluid lazyload" data-src="https://images.gulfherald.example/{image_slug(href)}.jpg?width=400" alt="{escape_html(title)}"></a></div>
  <div class="card-body">
    <a class="card-category" href="/{label.lower().replace(" ", "-")}">{escape_html(label)}</a>
    <h2 class="card-title"><a href="{href}">{escape_html(title)}</a></h2>{lead_html}
    <div class="card-meta">{meta}</div>
  </div>
</div>"""


def _gu_story_card(index: int, story: Story) -> str:
    assert story.when is not None
    meta = f'<span class="published-date">Published: {_gu_stamp(story.when)}</span>'
    if index in _GU_UPDATED:
        meta += f'\n      <span class="updated-date">Last updated: {_gu_stamp(_GU_UPDATED[index])}</span>'
    return _gu_card(story.path, story.title, story.lead, story.label, meta)


def build_gulf_daily_cards() -> Layout:
    """A Gulf English daily's section: ``div.card.card-horizontal`` entries, each a category
    link, ``h2.card-title > a``, ``p.card-text`` and "Published: April 08, 2025 09:40" with,
    on some, "Last updated: April 08, 2025 09:55" (the Gulf clock, no zone printed); two
    "Partner content" cards in the same markup inside the list, a prayer-times widget and a
    currency-rate widget of links, a "Most Popular" box, a pager, the footer."""
    page_url = f"{_GU_HOST}/uae"
    cards: list[str] = []
    partners = {at: rest for at, *rest in _GU_PARTNER}
    for i, story in enumerate(_GU_STORIES):
        if i in partners:
            href, title, lead = partners[i]
            meta = '<span class="sponsored-label">Partner content</span>'
            cards.append(
                _gu_card(href, title, lead, "Partner content", meta, css=" card-sponsored")
            )
        cards.append(_gu_story_card(i, story))
    prayer = link_list(
        [(f"/prayer-times/dubai#{name.lower()}", f"{name} {clock}") for name, clock in _GU_PRAYER],
        '<li><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    rates = link_list(
        [
            (f"/business/forex/{code}-to-aed", f"1 {name} = {rate} AED")
            for code, name, rate in _GU_RATES
        ],
        '<li class="rate-row"><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    popular = link_list(
        _GU_POPULAR,
        '<li><span class="rank">{rank}</span><h3 class="card-title"><a href="{href}">{title}</a></h3></li>',
        sep="\n",
    )
    menu = nav_links(
        [
            ("UAE", "/uae"),
            ("Gulf", "/world/gulf"),
            ("World", "/world"),
            ("Business", "/business"),
            ("Sport", "/sport"),
            ("Opinion", "/opinion"),
            ("Lifestyle", "/lifestyle"),
            ("Jobs", "/jobs"),
            ("Gold Rate", "/uae/gold-rate-today"),
        ],
        "nav-item",
    )
    body = f"""
<header class="site-header">
  <div class="header-top"><span class="header-date">Tuesday, April 08, 2025 | Shawwal 10, 1446</span> <a href="/epaper">E-Paper</a> <a href="/subscribe?utm_source=top">Subscribe</a></div>
  <a class="logo" href="/"><img src="/static/logo.svg" alt="Gulf Herald"></a>
  <nav class="main-nav"><ul class="nav">
{menu}
  </ul></nav>
</header>
<div class="ad-container ad-leaderboard"><small>Advertisement</small><a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/7229/gulfherald/uae/top" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/77120.jpg" alt=""></a></div>
<main class="container">
  <div class="row">
    <div class="col-lg-8 listing">
      <h1 class="section-heading">UAE</h1>
      <div class="card-list">{"".join(cards)}
      </div>
      <nav class="pagination-wrap"><ul class="pagination">
        <li class="page-item active"><span class="page-link">1</span></li>
        <li class="page-item"><a class="page-link" href="/uae?page=2">2</a></li>
        <li class="page-item"><a class="page-link" href="/uae?page=3">3</a></li>
        <li class="page-item"><a class="page-link" href="/uae?page=2">Next</a></li>
      </ul></nav>
    </div>
    <div class="col-lg-4 sidebar">
      <div class="widget prayer-times">
        <h3 class="widget-title">Prayer Times — Dubai</h3>
        <ul class="prayer-list">
{prayer}
        </ul>
        <a class="widget-more" href="/prayer-times">All emirates</a>
      </div>
      <div class="widget currency-rates">
        <h3 class="widget-title">Currency Rates</h3>
        <ul>
{rates}
        </ul>
        <p class="widget-note">Updated: April 08, 2025 09:30</p>
      </div>
      <div class="widget most-popular">
        <h3 class="widget-title">Most Popular</h3>
        <ol>
{popular}
        </ol>
      </div>
      <div class="ad-container ad-mpu"><small>Advertisement</small><a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/7229/gulfherald/uae/mpu" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/77133.jpg" alt=""></a></div>
    </div>
  </div>
</main>
<footer class="site-footer">
  <ul class="footer-links">
{nav_links([("About Us", "/about-us"), ("Contact Us", "/contact-us"), ("Advertise", "/advertise"), ("Privacy Policy", "/privacy-policy"), ("Terms &amp; Conditions", "/terms"), ("Careers", "/careers")])}
  </ul>
  <p>&copy; 2025 Gulf Herald Media LLC. All rights reserved.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in _GU_STORIES]
    return Layout(
        name="en-gulf-daily-cards",
        family="Gulf English daily section: div.card.card-horizontal > div.card-body, h2.card-title > a, p.card-text, 'Published: April 08, 2025 09:40' + 'Last updated: …' (GST, no zone), 'Partner content' cards in the list, prayer-times and currency-rate widgets",
        body=english_document("UAE News | Gulf Herald", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Dubai",
    )


# --------------------------------------------------------------------------------------------
# 3. An old-style link board's subreddit listing (div.thing, a.title, time[datetime])
# --------------------------------------------------------------------------------------------

_RB_HOST = "https://old.linkboard.example"
# (outside URL, title, domain, minutes before fetch, score, comments, flair, author)
_RB_ROWS = [
    ("https://www.reuters.example/world/europe/eu-ministers-agree-tariff-countermeasures-2025-04-08/", "EU ministers agree first list of counter-tariffs on US goods", "reuters.example", 41, "4.1k", 612, "", "Kagedeah"),
    ("https://apnews.example/article/japan-earthquake-tsunami-advisory-miyazaki-7f3a21", "Strong earthquake off southern Japan prompts tsunami advisory", "apnews.example", 95, "3.2k", 288, "", "bhanuz"),
    ("https://www.theguardian.example/world/2025/apr/08/sudan-el-fasher-shelling-camp", "Shelling of displacement camp near El Fasher kills dozens, aid groups say", "theguardian.example", 130, "2.9k", 174, "", "Sumit316"),
    ("https://www.bbc.example/news/articles/c4g7x2e9ln1o", "New Zealand to ban single-use vapes from July", "bbc.example", 162, "2.4k", 401, "", "ItsJustAnotherDay"),
    ("https://www.aljazeera.example/news/2025/4/8/philippines-china-ships-scarborough-shoal", "Philippines accuses Chinese coastguard of water-cannon attack near Scarborough Shoal", "aljazeera.example", 188, "2.2k", 355, "", "Saltedline"),
    ("https://www.dw.example/en/germany-coalition-deal-signed/a-72199810", "Germany's conservatives and Social Democrats sign coalition deal", "dw.example", 205, "1.9k", 212, "", "kahmos"),
    ("https://www.kyivindependent.example/ukraine-drone-attack-kharkiv-april-8/", "Overnight drone attack damages apartment blocks in Kharkiv", "kyivindependent.example", 238, "1.8k", 143, "Russia/Ukraine", "Flimsy_Ad_9207"),
    ("https://www.cbc.example/news/world/greenland-election-coalition-1.7503312", "Greenland's new coalition government takes office", "cbc.example", 266, "1.6k", 189, "", "Plenty-Design"),
    ("https://www.france24.example/en/africa/20250408-senegal-offshore-gas-first-cargo", "Senegal ships first cargo of liquefied gas from offshore field", "france24.example", 301, "1.4k", 96, "", "Jerseydude"),
    ("https://www.abc.example.au/news/2025-04-08/great-barrier-reef-bleaching-survey/105152300", "Great Barrier Reef suffers sixth mass bleaching in nine years, survey finds", "abc.example.au", 327, "1.3k", 167, "", "Wagamaga"),
    ("https://www.nytimes.example/2025/04/07/world/americas/mexico-judicial-election-candidates.html", "Mexico prints ballots for first judicial election with 3,400 candidates", "nytimes.example", 356, "1.1k", 120, "", "Majano57"),
    ("https://www.thehindu.example/news/international/nepal-monarchy-protest-kathmandu/article69421021.ece", "Thousands rally in Kathmandu calling for return of Nepal's monarchy", "thehindu.example", 398, "987", 254, "", "lumiere_1"),
    ("https://www.reuters.example/world/middle-east/iran-us-talks-oman-2025-04-08/", "Iran agrees to indirect talks with US in Oman, foreign minister says", "reuters.example", 431, "954", 331, "", "DoremusJessup"),
    ("https://www.scmp.example/news/hong-kong/article/3305812/hong-kong-air-pollution-record-low", "Hong Kong roadside pollution falls to lowest level on record", "scmp.example", 472, "812", 77, "", "AdSpecialist6598"),
    ("https://www.kyivindependent.example/zaporizhzhia-plant-power-line-restored/", "IAEA says backup power line to Zaporizhzhia nuclear plant restored", "kyivindependent.example", 515, "790", 58, "Russia/Ukraine", "Flimsy_Ad_9207"),
    ("https://www.bbc.example/news/articles/cx2e71w09l3o", "Peru declares state of emergency in Lima as crime wave grows", "bbc.example", 560, "744", 81, "", "GeoWa"),
    ("https://www.euronews.example/2025/04/08/iceland-volcano-eruption-grindavik-evacuated", "Iceland volcano erupts again near Grindavík, town evacuated", "euronews.example", 602, "701", 63, "", "donutloop"),
    ("https://www.aljazeera.example/news/2025/4/8/myanmar-earthquake-death-toll-aid", "Myanmar earthquake death toll passes 3,600 as aid struggles to reach Sagaing", "aljazeera.example", 655, "688", 49, "", "ObjectiveAd6551"),
    ("https://www.japantimes.example/news/2025/04/08/japan/society/rice-prices-stockpile-release/", "Japan releases more stockpiled rice as prices stay near record", "japantimes.example", 721, "603", 112, "", "Gari_305"),
    ("https://apnews.example/article/argentina-imf-loan-milei-currency-controls-2c91f0", "Argentina nears $20 billion IMF deal, Milei says currency controls will ease", "apnews.example", 790, "577", 88, "", "SteO153"),
]  # fmt: skip
_RB_PROMOTED = [
    ("https://alb.linkboard.example/cr?z=gAAAAABoT1d2&amp;url=https%3A%2F%2Fwww.northpeak-vpn.example%2Ftravel", "Travelling this spring? Keep your banking safe on hotel Wi-Fi", "northpeak-vpn.example", "u/NorthPeakVPN"),
    ("https://alb.linkboard.example/cr?z=gAAAAABoT1e9&amp;url=https%3A%2F%2Fwww.lumen-courses.example%2Fdata", "Learn data analysis in 12 weeks — start free today", "lumen-courses.example", "u/LumenCourses"),
]  # fmt: skip


def _rb_when(minutes: int) -> datetime:
    return ago(NOW, minutes=minutes)


def _rb_age(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} minutes ago"
    hours = minutes // 60
    return "1 hour ago" if hours == 1 else f"{hours} hours ago"


def _rb_thing(rank: int, row: tuple) -> str:
    """A ``div.thing.link`` row: rank, vote arrows with the score, a thumbnail link, ``p.title >
    a.title`` to the outside site with the flair and ``span.domain``, the tagline with
    ``time[title][datetime]`` and the author, and the buttons ("N comments", share, save, hide,
    report)."""
    href, title, domain, minutes, score, comments, flair, author = row
    when = _rb_when(minutes)
    ident = f"1ju{rank:02d}x{minutes % 97:02d}"
    slug = "_".join(title.lower().replace(",", "").replace("'", "").split()[:7])
    permalink = f"/r/worldnews/comments/{ident}/{slug}/"
    flair_html = f' <span class="linkflairlabel" title="{flair}">{flair}</span>' if flair else ""
    return f"""
<div class="thing id-t3_{ident} odd link" id="thing_t3_{ident}" data-fullname="t3_{ident}" data-type="link" data-subreddit="worldnews" data-author="{author}" data-domain="{domain}" data-url="{escape_html(href)}" data-permalink="{permalink}" data-timestamp="{int(when.timestamp() * 1000)}" data-rank="{rank}" data-comments-count="{comments}" data-score="{score}">
  <span class="rank">{rank}</span>
  <div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div><div class="score unvoted" title="{score}">{score}</div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>
  <a class="thumbnail invisible-when-pinned may-blank outbound" href="{escape_html(href)}" rel="nofollow ugc"><img src="https://b.thumbs.linkboard.example/{ident}.jpg" width="70" height="52" alt=""></a>
  <div class="entry unvoted">
    <div class="top-matter">
      <p class="title"><a class="title may-blank outbound" data-event-action="title" href="{escape_html(href)}" tabindex="1" rel="nofollow ugc">{escape_html(title)}</a>{flair_html} <span class="domain">(<a href="/domain/{domain}/">{domain}</a>)</span></p>
      <p class="tagline">submitted <time title="{when:%a %b} {when.day} {when:%H:%M:%S %Y} UTC" datetime="{when.isoformat()}" class="live-timestamp">{_rb_age(minutes)}</time> by <a href="https://old.linkboard.example/user/{author}" class="author may-blank">{author}</a><span class="userattrs"></span> to <a href="https://old.linkboard.example/r/worldnews/" class="subreddit hover may-blank">r/worldnews</a></p>
      <ul class="flat-list buttons"><li class="first"><a href="https://old.linkboard.example{permalink}" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">{comments} comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form class="state-button hide-button" action="/post/hide" method="post"><input type="hidden" name="executed" value="hidden"><a href="javascript:void(0)" data-event-action="hide">hide</a></form></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="crosspost-button"><a class="post-crosspost-button" href="javascript: void 0;">crosspost</a></li></ul>
    </div>
  </div>
  <div class="child"></div><div class="clearleft"></div>
</div>
<div class="clearleft"></div>"""


def _rb_promoted(row: tuple) -> str:
    href, title, domain, author = row
    return f"""
<div class="thing promoted promotedlink link" data-promoted="true" data-domain="{domain}" data-author="{author[2:]}" data-url="{href}">
  <div class="midcol unvoted"><div class="arrow up login-required" role="button" aria-label="upvote"></div><div class="score unvoted">&bull;</div><div class="arrow down login-required" role="button" aria-label="downvote"></div></div>
  <a class="thumbnail may-blank" href="{href}" rel="nofollow sponsored"><img src="https://b.thumbs.linkboard.example/promo_{domain.split(".")[0]}.jpg" width="70" height="70" alt=""></a>
  <div class="entry unvoted">
    <div class="top-matter">
      <p class="title"><a class="title may-blank" href="{href}" rel="nofollow sponsored">{escape_html(title)}</a> <span class="domain">(<a href="{href}">{domain}</a>)</span></p>
      <p class="tagline"><span class="promoted-tag">promoted</span> by <a href="/user/{author[2:]}" class="author">{author}</a></p>
      <ul class="flat-list buttons"><li class="first"><a href="/comments/promo{domain[:4]}/" class="bylink comments">comment</a></li><li><a href="javascript:void(0)">hide</a></li></ul>
    </div>
  </div>
</div>"""


def build_subreddit_old_listing() -> Layout:
    """An old-style link board's subreddit listing: ``div.thing.link`` rows of ``data-*``
    attributes, each a thumbnail link and ``p.title > a.title`` to an outside news site,
    flair, ``span.domain`` "(reuters.example)", a tagline "submitted <time title datetime>3
    hours ago</time> by user to r/worldnews" and "N comments" buttons linking to the
    discussion; a stickied announcement post, two promoted posts, the hot/new/top tabs, a
    sidebar of rules and related communities, a "next ›" link, the footer."""
    page_url = f"{_RB_HOST}/r/worldnews/"
    things = [_rb_thing(rank, row) for rank, row in enumerate(_RB_ROWS, start=1)]
    things.insert(3, _rb_promoted(_RB_PROMOTED[0]))
    things.insert(14, _rb_promoted(_RB_PROMOTED[1]))
    sticky_when = _rb_when(60 * 26 + 5)
    sticky = f"""
<div class="thing stickied self link" data-domain="self.worldnews" data-permalink="/r/worldnews/comments/1jt0a1q/rworldnews_rules_reminder_no_editorialised/">
  <div class="midcol unvoted"><div class="score unvoted">512</div></div>
  <a class="thumbnail self may-blank" href="/r/worldnews/comments/1jt0a1q/rworldnews_rules_reminder_no_editorialised/"></a>
  <div class="entry unvoted"><div class="top-matter">
    <p class="title"><a class="title may-blank" href="/r/worldnews/comments/1jt0a1q/rworldnews_rules_reminder_no_editorialised/">r/worldnews rules reminder: no editorialised titles, no domestic US news</a> <span class="linkflairlabel">Announcement</span> <span class="domain">(<a href="/r/worldnews/">self.worldnews</a>)</span></p>
    <p class="tagline">submitted <time title="{sticky_when:%a %b} {sticky_when.day} {sticky_when:%H:%M:%S %Y} UTC" datetime="{sticky_when.isoformat()}" class="live-timestamp">1 day ago</time> by <a href="/user/worldnewsmods" class="author moderator">worldnewsmods</a><span class="userattrs">[<a class="moderator" href="/r/worldnews/about/moderators">M</a>]</span> - <span class="stickied-tagline">announcement</span></p>
    <ul class="flat-list buttons"><li class="first"><a href="/r/worldnews/comments/1jt0a1q/rworldnews_rules_reminder_no_editorialised/" class="bylink comments">88 comments</a></li><li><a href="javascript:void(0)">share</a></li></ul>
  </div></div>
</div>"""
    related = link_list(
        [
            ("/r/news/", "r/news"),
            ("/r/europe/", "r/europe"),
            ("/r/geopolitics/", "r/geopolitics"),
            ("/r/UpliftingNews/", "r/UpliftingNews"),
            ("/r/anime_titties/", "r/anime_titties"),
        ],
        '<li><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div id="header" role="banner">
  <div id="sr-header-area"><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a href="/r/all/" class="choice">all</a></li><li><span class="separator">-</span><a href="/r/random/" class="choice">random</a></li><li><span class="separator">-</span><a href="/users/" class="choice">users</a></li></ul><span class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover"><li><a href="/r/AskLinkboard/" class="choice">AskLinkboard</a></li><li><span class="separator">-</span><a href="/r/pics/" class="choice">pics</a></li><li><span class="separator">-</span><a href="/r/news/" class="choice">news</a></li><li><span class="separator">-</span><a href="/r/worldnews/" class="choice">worldnews</a></li><li><span class="separator">-</span><a href="/r/funny/" class="choice">funny</a></li></ul></div></div>
  <div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">linkboard.example</a>&nbsp;<span class="hover pagename redditname"><a href="/r/worldnews/">worldnews</a></span>
    <ul class="tabmenu"><li class="selected"><a href="/r/worldnews/" class="choice">hot</a></li><li><a href="/r/worldnews/new/" class="choice">new</a></li><li><a href="/r/worldnews/rising/" class="choice">rising</a></li><li><a href="/r/worldnews/controversial/" class="choice">controversial</a></li><li><a href="/r/worldnews/top/" class="choice">top</a></li><li><a href="/r/worldnews/wiki/" class="choice">wiki</a></li></ul>
  </div>
  <div id="header-bottom-right"><span class="user">Want to join? <a href="/login" class="login-required">Log in or sign up</a> in seconds.</span></div>
</div>
<div class="side">
  <div class="spacer"><form action="/r/worldnews/search" id="search" role="search"><input type="text" name="q" placeholder="search" tabindex="20"></form></div>
  <div class="spacer"><div class="sidebox submit submit-link"><div class="morelink"><a href="/r/worldnews/submit" class="login-required access-required" target="_top">Submit a new link</a></div></div></div>
  <div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/worldnews/" class="hover">worldnews</a></h1>
    <span class="subscribers"><span class="number">46,120,884</span> <span class="word">readers</span></span>
    <div class="usertext-body"><div class="md"><p>A place for major news from around the world, excluding US-internal news.</p>
      <h2>Rules</h2><ol><li><a href="/r/worldnews/wiki/rules#wiki_no_us_internal_news">No US internal news</a></li><li><a href="/r/worldnews/wiki/rules#wiki_no_editorialized_titles">No editorialized titles</a></li><li><a href="/r/worldnews/wiki/rules#wiki_no_feature_stories">No feature stories</a></li></ol>
      <h2>Related communities</h2><ul>
{related}
      </ul></div></div></div></div>
  <div class="spacer"><div class="sidecontentbox"><div class="title"><h1>MODERATORS</h1></div><ul class="content"><li><a href="/user/worldnewsmods">worldnewsmods</a></li><li><a href="/user/Isentrope">Isentrope</a></li><li class="more"><a href="/r/worldnews/about/moderators">about moderation team &raquo;</a></li></ul></div></div>
</div>
<a name="content"></a>
<div class="content" role="main">
  <div class="spacer"><div id="siteTable" class="sitetable linklisting">{sticky}{"".join(things)}
    <div class="nav-buttons"><span class="nextprev">view more:&nbsp;<span class="next-button"><a href="{_RB_HOST}/r/worldnews/?count=25&amp;after=t3_1ju20x14" rel="nofollow next">next &rsaquo;</a></span></span></div>
  </div></div>
</div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">about</li><li><a href="/blog/" class="choice">blog</a></li><li><a href="/about/" class="choice">about</a></li><li><a href="/advertising/" class="choice">advertising</a></li><li><a href="/careers/" class="choice">careers</a></li></ul></div>
<div class="col"><ul class="flat-vert hover"><li class="flat-vert title">help</li><li><a href="/wiki/" class="choice">wiki</a></li><li><a href="/help/contentpolicy/" class="choice">content policy</a></li><li><a href="/help/privacypolicy/" class="choice">privacy policy</a></li><li><a href="/help/useragreement/" class="choice">user agreement</a></li></ul></div>
<p class="bottommenu">Use of this site constitutes acceptance of our <a href="/help/useragreement">User Agreement</a> and <a href="/help/privacypolicy">Privacy Policy</a>. &copy; 2025 linkboard inc. All rights reserved.</p></div></div>"""
    head = (
        f'<link rel="canonical" href="{page_url}">\n'
        '<link rel="stylesheet" href="https://www.redditstatic.example/reddit.Mh4kS3YzXq0.css" media="all">'
    )
    items = [
        gold_item(page_url, href, Story(title, None, _rb_when(minutes)))
        for href, title, _domain, minutes, *_ in _RB_ROWS
    ]
    return Layout(
        name="en-subreddit-old-listing",
        family="old-style link board subreddit listing: div.thing.link rows, p.title > a.title to outside news sites + span.domain '(reuters.example)', 'submitted <time title datetime>3 hours ago</time> by user to r/worldnews', 'N comments' discussion links, stickied announcement, promoted posts",
        body=english_document("world news", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="UTC",
    )


# --------------------------------------------------------------------------------------------
# 4. A local TV station on a headless CMS (JSON-LD ItemList of the top five, 15 cards)
# --------------------------------------------------------------------------------------------

_TV_HOST = "https://www.kmvt13news.example"
# (path, title, lead, minutes before fetch or None for a date-only card, label)
_TV_ROWS = [
    ("/news/local/omaha-water-main-break-dodge-street-closed/", "Water main break shuts part of Dodge Street during morning commute", "Crews from Metropolitan Utilities District expect the westbound lanes to stay closed until at least noon.", 25, "Local"),
    ("/news/crime/police-arrest-suspect-west-omaha-shooting/", "Police arrest suspect in weekend shooting near west Omaha shopping center", "Officers say the 19-year-old was found at a home in Papillion late Monday night.", 95, "Crime"),
    ("/news/local/papillion-la-vista-school-bond-results/", "Papillion La Vista school bond passes with 58% of the vote", "The $240 million measure pays for two new elementary schools and a second middle school.", 150, "Local"),
    ("/weather/first-alert-storms-possible-thursday-evening/", "First Alert: strong storms possible Thursday evening", "Hail and damaging winds are the main threats from 5 p.m. to midnight, mainly east of Highway 77.", 200, "Weather"),
    ("/news/politics/nebraska-legislature-property-tax-debate/", "Nebraska lawmakers begin debate on property tax package", "Senators expect a filibuster over the plan's shift toward higher sales taxes.", 245, "Politics"),
    ("/news/local/council-bluffs-bridge-project-detour/", "Council Bluffs bridge project brings six-month detour on Broadway", None, 300, "Local"),
    ("/news/health/nebraska-medicine-new-cancer-clinic-opens/", "Nebraska Medicine opens new cancer clinic in Elkhorn", "The clinic brings infusion, imaging and radiation services under one roof for western Douglas County.", 365, "Health"),
    ("/sports/creighton-guard-enters-transfer-portal/", "Creighton guard enters transfer portal after two seasons", None, 420, "Sports"),
    ("/news/local/henry-doorly-zoo-new-penguin-chicks/", "Zoo welcomes three gentoo penguin chicks", "Visitors can see the chicks in the Kingdoms of the Night building starting next week.", 490, "Local"),
    ("/news/business/meatpacking-plant-expansion-grand-island/", "Meatpacking plant expansion to add 300 jobs in Grand Island", "The company says hiring for the new shift will start in June.", 560, "Business"),
    ("/news/crime/lincoln-man-sentenced-fraud-scheme/", "Lincoln man sentenced to 8 years for investment fraud scheme", "Prosecutors said he took more than $2 million from 40 investors, many of them retirees.", 640, "Crime"),
    ("/news/local/omaha-airport-parking-garage-opens/", "New Eppley Airfield parking garage opens with 2,500 spaces", None, 720, "Local"),
    ("/news/local/sarpy-county-wastewater-plant-odor-complaints/", "Sarpy County residents raise odor complaints about new wastewater plant", "County officials say a cover for the treatment basins should be in place by summer.", None, "Local"),
    ("/news/education/ops-superintendent-finalists-named/", "Omaha Public Schools names three finalists for superintendent", "Community forums with the candidates are set for next week.", None, "Education"),
    ("/news/local/bellevue-library-renovation-reopens/", "Bellevue library reopens after year-long renovation", None, None, "Local"),
]  # fmt: skip
_TV_TRENDING = [
    ("/weather/first-alert-storms-possible-thursday-evening/", "Storms Thursday: what to expect"),
    ("/news/local/omaha-water-main-break-dodge-street-closed/", "Dodge Street closed by water main break"),
    ("/news/local/omaha-gas-prices-rise-april/", "Omaha gas prices jump 20 cents in a week"),
    ("/news/crime/police-arrest-suspect-west-omaha-shooting/", "Arrest made in west Omaha shooting"),
]  # fmt: skip


def _tv_stories() -> list[tuple[Story, str]]:
    """Each card's story and its printed time ('2 hours ago', or a date for older cards)."""
    shown: list[tuple[Story, str]] = []
    for index, (path, title, lead, minutes, label) in enumerate(_TV_ROWS):
        if minutes is None:
            day = datetime(2025, 4, 6 - (index - 12) // 2, 12, 0, tzinfo=CDT)
            shown.append(
                (Story.at(path, title, lead, None, label), f"{day:%B} {day.day}, {day.year}")
            )
            continue
        text = (
            f"{minutes} minutes ago"
            if minutes < 60
            else f"{minutes // 60} hour{'s' if minutes >= 120 else ''} ago"
        )
        whole = minutes if minutes < 60 else minutes // 60 * 60
        shown.append((Story.at(path, title, lead, ago(NOW, minutes=whole), label), text))
    return shown


def _tv_card(story: Story, shown: str, *, hero: bool = False) -> str:
    """A headless-CMS story card: a link wrapping the picture and ``h3``, a category chip,
    the description and a ``span.story-card__timestamp``."""
    lead = (
        f'\n    <p class="story-card__description">{escape_html(story.lead)}</p>'
        if story.lead
        else ""
    )
    variant = "story-card--hero" if hero else "story-card--standard"
    tag = "h2" if hero else "h3"
    return f"""
<div class="story-card {variant}" data-testid="story-card">
  <a class="story-card__link" href="{story.path}">
    <div class="story-card__media"><img src="https://cdn.kmvt13news.example/images/{image_slug(story.path)}.jpg?w=640" alt="" loading="lazy"></div>
    <{tag} class="story-card__headline">{escape_html(story.title)}</{tag}>
  </a>
  <div class="story-card__content">
    <a class="story-card__category" href="/news/{story.label.lower()}/">{escape_html(story.label)}</a>{lead}
    <span class="story-card__timestamp">{shown}</span>
  </div>
</div>"""


def build_local_tv_headless() -> Layout:
    """A local TV station's news section on a headless CMS: a hero card and ``div.story-card``
    cards (a link wrapping picture and ``h3.story-card__headline``, a category chip, the
    description, "2 hours ago" or "April 6, 2025"); a JSON-LD ``ItemList`` in the head naming
    only the top five stories (``url`` and ``position``, absolute); a Watch Live bar, a
    weather widget, a Trending box, a sponsored widget, a Load More button, a footer with the
    FCC public file."""
    page_url = f"{_TV_HOST}/news/local/"
    stories = _tv_stories()
    (hero, hero_shown), *rest = stories
    item_list = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": "Local News",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "url": _TV_HOST + s.path}
            for n, (s, _) in enumerate(stories[:5], start=1)
        ],
    }
    webpage = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": "Local News | KMVT 13 News",
        "url": page_url,
        "publisher": {
            "@type": "Organization",
            "name": "KMVT 13 News",
            "logo": {"@type": "ImageObject", "url": f"{_TV_HOST}/logo.png"},
        },
    }
    head = (
        f'<link rel="canonical" href="{page_url}">\n'
        f'<script type="application/ld+json">{json.dumps(webpage)}</script>\n'
        f'<script type="application/ld+json">{json.dumps(item_list)}</script>'
    )
    cards = "".join(_tv_card(s, shown) for s, shown in rest)
    trending = link_list(
        _TV_TRENDING,
        '<li class="trending__item"><span class="trending__number">{rank}</span><a class="trending__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Local", "/news/local/"),
            ("Weather", "/weather/"),
            ("Sports", "/sports/"),
            ("Politics", "/news/politics/"),
            ("Investigates", "/news/investigates/"),
            ("Watch", "/watch/"),
            ("Contests", "/contests/"),
        ],
        "site-nav__item",
    )
    body = f"""
<div id="app">
<div class="watch-live-bar"><a href="/watch/live/"><span class="live-dot"></span> Watch Live: 13 News This Morning</a></div>
<header class="site-header">
  <a class="site-header__logo" href="/" aria-label="KMVT 13 News home"><img src="/logo.svg" alt=""></a>
  <nav class="site-nav"><ul class="site-nav__list">
{menu}
  </ul></nav>
  <div class="weather-widget"><a href="/weather/"><span class="weather-widget__temp">48°</span> <span class="weather-widget__city">Omaha</span></a> <a class="weather-widget__alerts" href="/weather/alerts/">1 Weather Alert</a> <a href="/weather/radar/">Interactive Radar</a></div>
</header>
<main class="section-page">
  <h1 class="section-page__title">Local News</h1>
  <section class="section-page__lead">
{_tv_card(hero, hero_shown, hero=True)}
  </section>
  <div class="section-page__columns">
    <section class="story-feed" aria-label="Latest local news">{cards}
      <button class="story-feed__more" type="button" data-next="/api/v1/sections/local?offset=15">Load More</button>
    </section>
    <aside class="section-page__rail">
      <div class="trending">
        <h2 class="trending__title">Trending</h2>
        <ol class="trending__list">
{trending}
        </ol>
      </div>
      <div class="ad ad--rail"><span class="ad__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?iu=/5678/kmvt/news/local&amp;c=221" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/9912.png" alt=""></a></div>
      <div class="sponsored-widget">
        <h2 class="sponsored-widget__title">Sponsored Stories</h2>
        <a href="https://trc.taboola.example/kmvt/log/3/click?url=https%3A%2F%2Fwww.gutter-shield.example%2Fomaha&amp;id=88">Omaha homeowners are replacing their gutters with this</a>
        <a href="https://trc.taboola.example/kmvt/log/3/click?url=https%3A%2F%2Fwww.medicareplans.example%2F&amp;id=89">Seniors in Nebraska may qualify for new benefits</a>
      </div>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("Contact Us", "/contact/"), ("FCC Public File", "https://publicfiles.fcc.example/tv-profile/kmvt"), ("EEO Report", "/eeo-report/"), ("Closed Captioning", "/closed-captioning/"), ("Privacy Policy", "/privacy/"), ("Terms of Use", "/terms/")])}
  </ul>
  <p>&copy; 2025 KMVT Broadcasting, LLC.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _ in stories]
    return Layout(
        name="en-local-tv-headless",
        family="local TV station on a headless CMS: div.story-card > a.story-card__link wrapping h3.story-card__headline, description, '2 hours ago' / 'April 6, 2025', JSON-LD ItemList of only the top five (url, position), weather widget, sponsored widget",
        body=english_document("Local News | KMVT 13 News", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Chicago",
    )


BUILDERS: tuple[Builder, ...] = (
    build_ie_broadcaster_news,
    build_gulf_daily_cards,
    build_subreddit_old_listing,
    build_local_tv_headless,
)
