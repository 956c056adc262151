"""A third set of English-language listing layouts: families not in ``english.py`` or
``english_more.py``.

Each builder returns a whole page in the shape of one family — a public radio network's
section page, an international broadcaster's topic page of "gc" cards, a politics site's
section with a newsletter promo in its list, a link aggregator's table of ranked links, a
front rendered in the browser from its embedded state, an AMP section page, a business-news
hub with schema.org microdata on its cards, a magazine index whose headlines are split into a
"hed" and a "dek" inside one link — with the chrome real pages carry around the list. Hosts,
headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states: a machine-readable time (``datetime``, a microdata ``content``, an epoch) where
the page gives one with a clock, else the display text in the site's own clock; relative
times ("3 hours ago") are resolved against the fetch instant; a date without a time of day
gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, html_document, link_list

EDT = timezone(timedelta(hours=-4), "EDT")
BST = timezone(timedelta(hours=1), "BST")


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _long_date(when: datetime) -> str:
    """'April 7, 2025' as US sites print a date."""
    return f"{when:%B} {when.day}, {when.year}"


# --------------------------------------------------------------------------------------------
# 1. A public radio network's section page (article.item, date and lead in one p.teaser)
# --------------------------------------------------------------------------------------------

_PR_HOST = "https://www.publicairwaves.example"
_PR_FEATURED = [
    Story.at(
        "/2025/04/07/nx-s1-5356120/rural-hospitals-maternity-wards-closing",
        "Rural hospitals keep closing their maternity wards. Here's what happens next",
        "In the past decade more than 200 rural hospitals stopped delivering babies, leaving "
        "expectant parents to drive an hour or more for care, a new survey finds.",
        None,
        "Health",
    ),
    Story.at(
        "/2025/04/07/nx-s1-5355987/tornado-cleanup-mississippi-delta-towns",
        "Tornado cleanup stretches on in Delta towns still waiting for federal aid",
        "Residents of three small towns say debris is still piled along their streets nearly "
        "three weeks after a line of storms tore through the region.",
        None,
        "National",
    ),
]
_PR_LIST = [
    Story.at(
        "/2025/04/07/nx-s1-5355874/wildfire-smoke-schools-air-filters",
        "Schools in wildfire country are buying air filters. Do they work?",
        "Researchers found portable purifiers cut indoor smoke particles by half in some "
        "classrooms, but only when windows and doors stayed shut.",
        None,
        "Climate",
    ),
    Story.at(
        "/2025/04/07/nx-s1-5355802/census-bureau-response-rate-test",
        "The Census Bureau is testing new ways to reach people who never answer the door",
        "A pilot in four states will try text messages, library kiosks and community "
        "ambassadors ahead of the next national count.",
        None,
        "National",
    ),
    Story.at(
        "/2025/04/07/nx-s1-5355766/morning-edition-river-barge-captains",
        "Low water on the Mississippi is testing barge captains' nerves and their budgets",
        "Shippers are loading barges lighter to keep them off the sandbars, which means more "
        "trips and higher costs for grain farmers upriver.",
        None,
        "Morning Edition",
    ),
    Story.at(
        "/2025/04/06/nx-s1-5355120/volunteer-firefighters-shortage-pennsylvania",
        "Pennsylvania's volunteer fire companies are running out of volunteers",
        "The number of volunteer firefighters in the state has dropped from about 300,000 in "
        "the 1970s to fewer than 38,000 today, officials say.",
        None,
        "National",
    ),
    Story.at(
        "/2025/04/06/nx-s1-5354980/weekend-edition-letters-from-prison-book",
        "A mother and son wrote letters for 14 years. Now they're a book",
        "The letters began the week he was sentenced and ended the day he came home; the pair "
        "talked about why they decided to publish them.",
        None,
        "Weekend Edition Sunday",
    ),
    Story.at(
        "/2025/04/05/nx-s1-5354611/measles-cases-vaccination-exemptions-county",
        "Measles cases climb in a county where one in five kindergartners is unvaccinated",
        "Health officials have confirmed 17 cases since February and are urging parents to "
        "check their children's records before spring break travel.",
        None,
        "Health",
    ),
    Story.at(
        "/2025/04/05/nx-s1-5354502/transit-agencies-fiscal-cliff-fares",
        "Big-city transit agencies face a fiscal cliff as pandemic relief runs out",
        "Agencies in at least six metro areas have warned of service cuts or fare increases "
        "unless state lawmakers step in this session.",
        None,
        "Business",
    ),
    Story.at(
        "/2025/04/04/nx-s1-5353977/up-first-podcast-april-4",
        "Tariff fallout, a deadly storm system, and a new push on drug prices",
        "The stories you need to start your day, in about 15 minutes.",
        None,
        "Up First",
    ),
]
_PR_AUDIO = {
    "/2025/04/07/nx-s1-5355766/morning-edition-river-barge-captains": "4:12",
    "/2025/04/06/nx-s1-5354980/weekend-edition-letters-from-prison-book": "7:48",
    "/2025/04/04/nx-s1-5353977/up-first-podcast-april-4": "14:36",
}
_PR_DATES = {
    "/2025/04/07/": datetime(2025, 4, 7),
    "/2025/04/06/": datetime(2025, 4, 6),
    "/2025/04/05/": datetime(2025, 4, 5),
    "/2025/04/04/": datetime(2025, 4, 4),
}
_PR_POPULAR = [
    ("/2025/04/03/nx-s1-5352210/eclipse-glasses-recycling", "What to do with your old eclipse glasses"),
    ("/2025/04/07/nx-s1-5356120/rural-hospitals-maternity-wards-closing", "Rural hospitals keep closing their maternity wards"),
    ("/2025/04/06/nx-s1-5355301/sourdough-starter-200-years-old", "This sourdough starter is older than the state it lives in"),
    ("/2025/04/02/nx-s1-5351876/retirement-savings-catch-up-rules", "New catch-up rules for retirement savers, explained"),
    ("/2025/04/05/nx-s1-5354411/cicadas-double-brood-map", "Where the cicadas will emerge this spring"),
]  # fmt: skip


def _pr_date(path: str) -> datetime:
    """The day a story ran, from the dated folder of its path."""
    return next(day for prefix, day in _PR_DATES.items() if path.startswith(prefix))


def _pr_item(story: Story, *, featured: bool = False) -> str:
    """An ``article.item``: image wrap, then ``div.item-info`` with the slug (section link),
    the ``h2.title`` link and ``p.teaser`` opening with a linked date ("April 7, 2025 •")."""
    url = _PR_HOST + story.path
    day = _pr_date(story.path)
    section = story.label.lower().replace(" ", "-")
    duration = _PR_AUDIO.get(story.path)
    audio = (
        f"""
      <div class="audio-module">
        <div class="audio-module-controls-wrap"><button class="audio-module-listen" data-audio='{{"audioUrl":"https://ondemand.publicairwaves.example/anon.pa-audio/{image_slug(story.path)}.mp3"}}'><b class="audio-module-listen-inner"><b class="audio-module-listen-icon icn-play"></b><b class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> <b class="audio-module-listen-duration">&middot; {duration}</b></b></b></button></div>
        <div class="audio-module-tools"><button class="audio-module-tools-toggle">Toggle more options</button><ul class="audio-module-tools-list"><li class="audio-tool audio-tool-download"><a href="https://ondemand.publicairwaves.example/anon.pa-audio/{image_slug(story.path)}.mp3?dl=1">Download</a></li><li class="audio-tool audio-tool-transcript"><a href="https://www.publicairwaves.example/transcripts/{story.path.split("/")[4]}">Transcript</a></li></ul></div>
      </div>"""
        if duration
        else ""
    )
    css = "item has-image" + (" featured" if featured else "") + (" has-audio" if duration else "")
    return f"""
<article class="{css}" data-metrics-id="{story.path.split("/")[4]}">
  <div class="item-image">
    <div class="imagewrap has-source-dimensions">
      <a href="{url}" data-metrics='{{"action":"Click Featured Image"}}'>
        <picture><source srcset="https://media.publicairwaves.example/assets/img/2025/{image_slug(story.path)[:24]}-wide-s400-c85.webp" type="image/webp"><img src="https://media.publicairwaves.example/assets/img/2025/{image_slug(story.path)[:24]}-wide-s400-c85.jpg" class="respArchListImg" alt="" loading="lazy"></picture>
      </a>
    </div>
  </div>
  <div class="item-info-wrap">
    <div class="item-info">
      <div class="slug-wrap"><h3 class="slug"><a href="{_PR_HOST}/sections/{section}/">{escape_html(story.label)}</a></h3></div>
      <h2 class="title"><a href="{url}" data-metrics='{{"action":"Click Story Title"}}'>{story.headline_html}</a></h2>
      <p class="teaser"><a href="{url}"><time datetime="{day:%Y-%m-%d}">{_long_date(day)} &bull; </time></a>{escape_html(story.lead or "")}</p>{audio}
    </div>
  </div>
</article>"""


def build_public_radio_section() -> Layout:
    """A public radio network's "National" section: a featured group and a list of
    ``article.item`` entries, each ``div.item-info`` holding a slug (section link), an
    ``h2.title > a`` headline and a ``p.teaser`` that opens with the date inside a link to the
    story (``<a><time datetime="2025-04-07">April 7, 2025 •</time></a>``) and runs on into the
    lead; show segments and podcast episodes carry a "Listen · 4:12" audio module; a "Popular"
    list, a sponsor slot, "Load more" with an archive link."""
    page_url = f"{_PR_HOST}/sections/national/"
    menu = nav_links(
        [
            ("News", f"{_PR_HOST}/sections/news/"),
            ("Culture", f"{_PR_HOST}/sections/culture/"),
            ("Music", f"{_PR_HOST}/music/"),
            ("Podcasts &amp; Shows", f"{_PR_HOST}/podcasts-and-shows/"),
            ("Search", f"{_PR_HOST}/search/"),
        ],
        "header-nav__item",
    ).replace("&amp;amp;", "&amp;")
    subnav = nav_links(
        [
            ("National", f"{_PR_HOST}/sections/national/"),
            ("World", f"{_PR_HOST}/sections/world/"),
            ("Politics", f"{_PR_HOST}/sections/politics/"),
            ("Business", f"{_PR_HOST}/sections/business/"),
            ("Health", f"{_PR_HOST}/sections/health/"),
            ("Science", f"{_PR_HOST}/sections/science/"),
            ("Climate", f"{_PR_HOST}/sections/climate/"),
            ("Race", f"{_PR_HOST}/sections/codeswitch/"),
        ],
        "subnav__item",
    )
    featured = "\n".join(_pr_item(s, featured=True) for s in _PR_FEATURED)
    stories = "\n".join(_pr_item(s) for s in _PR_LIST)
    popular = link_list(
        ((_PR_HOST + path, title) for path, title in _PR_POPULAR),
        '<article class="item popular-story"><span class="popular-story__rank">{rank}</span>'
        '<h3 class="title"><a href="{href}">{title}</a></h3></article>',
        sep="\n",
    )
    body = f"""
<div id="global-stickybar-mount-point"></div>
<header id="globalheader" class="globalheader">
  <a class="skip-link" href="#mainContent">Skip to main content</a>
  <div class="globalheader__logo"><a href="{_PR_HOST}/" aria-label="Public Airwaves homepage"><img src="{_PR_HOST}/static/images/logo.svg" alt="Public Airwaves"></a></div>
  <nav class="header-nav" aria-label="main"><ul class="header-nav__list">
{menu}
  </ul></nav>
  <div class="header-cta"><a class="header-cta__donate" href="https://donate.publicairwaves.example/?utm_source=header">Donate</a><a class="header-cta__shop" href="https://shop.publicairwaves.example/">Shop</a></div>
</header>
<main id="mainContent">
  <section id="main-section">
    <header class="contentheader contentheader--one">
      <h1><a href="{page_url}">National</a></h1>
      <nav class="subnav" aria-label="National subsections"><ul>
{subnav}
      </ul></nav>
    </header>
    <section class="featured-group" aria-label="Featured stories">
      <div class="featured-3-up">
{featured}
      </div>
    </section>
    <div id="overflow" class="list-overflow" data-metrics-ga4='{{"category":"overflow"}}'>
{stories}
    </div>
    <div class="scroll-pagination">
      <button class="options__load-more" data-infinite-scroll-url="{page_url}archive?start=11">Load more stories</button>
      <noscript><div class="pagination"><span class="current">1</span> <a href="{page_url}archive?start=11">2</a> <a href="{page_url}archive?start=21">3</a> <a class="next" href="{page_url}archive?start=11">Next</a></div></noscript>
      <a class="options__archive" href="{page_url}archive/">Archive</a>
    </div>
  </section>
  <aside id="main-sidebar" class="sidebar">
    <div class="ad-wrap" aria-label="sponsor message">
      <p class="left">Sponsor Message</p>
      <div id="ad-cube-Sponsor" class="ad-cube"><a href="https://adclick.g.doubleclick.example/pcs/click?xai=AKAOjstL&amp;adurl=https://www.harborlinecu.example/mortgage"><img src="https://tpc.adsyndication.example/simgad/1029384756" alt="Harborline Credit Union"></a></div>
      <p class="right"><a href="https://sponsorship.publicairwaves.example/">Become a sponsor</a></p>
    </div>
    <section class="popular" aria-labelledby="popular-heading">
      <h3 id="popular-heading" class="popular__title">Popular on Public Airwaves</h3>
      <div class="popular__list">
{popular}
      </div>
    </section>
    <section class="newsletter-acquisition"><h3>Sign up for the Up First newsletter</h3><p>Start your day with the news you need from Public Airwaves.</p><a href="{_PR_HOST}/newsletter/up-first/">Subscribe</a></section>
  </aside>
</main>
<footer id="globalfooter" class="globalfooter">
  <div class="footer-list"><h3>Get Engaged</h3><ul>
{nav_links([("Support Public Airwaves", "https://donate.publicairwaves.example/"), ("Shop", "https://shop.publicairwaves.example/"), ("Public Airwaves Extra", f"{_PR_HOST}/sections/extra/")])}
  </ul></div>
  <div class="footer-list"><h3>About</h3><ul>
{nav_links([("Overview", f"{_PR_HOST}/about/"), ("Diversity", f"{_PR_HOST}/diversity/"), ("Ethics", f"{_PR_HOST}/ethics/"), ("Finances", f"{_PR_HOST}/finances/"), ("Public Editor", f"{_PR_HOST}/public-editor/"), ("Corrections", f"{_PR_HOST}/corrections/")])}
  </ul></div>
  <ul class="legal-list">
{nav_links([("Terms of Use", f"{_PR_HOST}/about-public-airwaves/terms/"), ("Privacy", f"{_PR_HOST}/about-public-airwaves/privacy/"), ("Your Privacy Choices", f"{_PR_HOST}/privacy-choices/"), ("Text Only", "https://text.publicairwaves.example/")])}
  </ul>
  <p class="copyright">&copy; 2025 Public Airwaves</p>
</footer>"""
    head = f'<link rel="canonical" href="{page_url}">\n<meta name="robots" content="noarchive">'
    items = [gold_item(page_url, _PR_HOST + s.path, s) for s in (*_PR_FEATURED, *_PR_LIST)]
    return Layout(
        name="en-public-radio-section",
        family="public radio section page: article.item > div.item-info > h2.title > a, p.teaser opening with a linked 'April 7, 2025 •' date, audio modules",
        body=english_document("National : Public Airwaves", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 2. An international broadcaster's topic page ("gc" cards, screen-reader dates, soft hyphens)
# --------------------------------------------------------------------------------------------

_IB_HOST = "https://www.gulfcurrent.example"
_SHY = "\u00ad"
# (path, title with soft hyphens where the site breaks long words, lead, card type)
_IB_FEATURED = [
    (
        "/news/2025/4/8/sudan-aid-convoy-reaches-el-fasher-after-weeks-of-delays",
        f"Sudan aid convoy reaches El-Fasher after weeks of de{_SHY}lays",
        "Trucks carrying food and medicine crossed front lines overnight, the first delivery to "
        "the besieged city since early March, the UN said.",
        "post",
    ),
    (
        "/news/2025/4/7/kenya-teachers-strike-enters-second-week",
        "Kenya teachers’ strike enters second week as talks stall",
        "The union says it will not return to classrooms until the government honours a pay "
        "deal signed two years ago.",
        "post",
    ),
    (
        "/features/2025/4/7/the-women-rebuilding-mosuls-old-city-stone-by-stone",
        "The women rebuilding Mosul’s old city, stone by stone",
        "A training programme has turned dozens of women into master masons, restoring houses "
        "destroyed in the battle for the city.",
        "post",
    ),
]
_IB_FEED = [
    (
        "/news/2025/4/7/senegal-fishermen-protest-foreign-trawlers",
        "Senegal fishermen protest foreign trawlers depleting coastal waters",
        "Hundreds of artisanal fishermen marched in Dakar, demanding the government publish the "
        "licences it has granted to industrial fleets.",
        "post",
    ),
    (
        "/news/2025/4/7/ethiopia-grand-dam-fourth-turbine-online",
        f"Ethi{_SHY}opia brings fourth turbine online at contested Nile dam",
        "Officials say the dam now generates more than 2,000 megawatts, as Egypt renewed its "
        "call for a binding agreement on water releases.",
        "post",
    ),
    (
        "/video/newsfeed/2025/4/7/drone-footage-shows-flooding-in-mozambique",
        "Drone footage shows scale of flooding in central Mozambique",
        "Aerial images show villages cut off by rising water after days of heavy rain.",
        "video",
    ),
    (
        "/opinions/2025/4/6/africas-youth-deserve-more-than-job-fairs",
        "Africa’s youth deserve more than job fairs and slogans",
        "Governments keep promising employment programmes that never reach the young people who "
        "need them most.",
        "opinion",
    ),
    (
        "/news/2025/4/6/nigeria-central-bank-holds-rate-as-inflation-eases",
        "Nigeria’s central bank holds rates as inflation eases for a third month",
        "The monetary policy committee voted to keep the benchmark rate unchanged, citing early "
        "signs that price pressures are cooling.",
        "post",
    ),
    (
        "/news/2025/4/6/ghana-galamsey-illegal-mining-rivers-crackdown",
        f"Ghana launches crackdown on illegal gold mining pol{_SHY}luting rivers",
        "Soldiers have been deployed to mining sites along the Pra and Ankobra rivers, where "
        "water utilities say treatment costs have tripled.",
        "post",
    ),
    (
        "/features/2025/4/5/inside-the-lagos-startups-betting-on-electric-motorbikes",
        "Inside the Lagos start-ups betting on electric motorbikes",
        "Battery-swap stations are spreading across the city as fuel prices push okada riders "
        "to look for cheaper ways to work.",
        "post",
    ),
    (
        "/news/2025/4/5/south-africa-load-shedding-returns-winter-warning",
        "South Africa warns of winter power cuts as breakdowns rise",
        "The state utility said unplanned outages at ageing coal plants could force a return "
        "of scheduled blackouts by June.",
        "post",
    ),
]
_IB_DATES = {"2025/4/8": datetime(2025, 4, 8), "2025/4/7": datetime(2025, 4, 7),
             "2025/4/6": datetime(2025, 4, 6), "2025/4/5": datetime(2025, 4, 5)}  # fmt: skip
_IB_TRENDING = [
    ("/news/2025/4/7/israel-strikes-gaza-hospital-compound", "Israeli strikes hit Gaza hospital compound, killing at least 12"),
    ("/news/2025/4/8/sudan-aid-convoy-reaches-el-fasher-after-weeks-of-delays", "Sudan aid convoy reaches El-Fasher after weeks of delays"),
    ("/news/2025/4/7/tariffs-asian-markets-tumble", "Asian markets tumble as new tariffs take effect"),
    ("/features/2025/4/6/the-last-pearl-divers-of-the-gulf", "The last pearl divers of the Gulf"),
    ("/news/2025/4/7/pakistan-heatwave-schools-closed", "Pakistan shuts schools as early heatwave grips Sindh"),
]  # fmt: skip


def _ib_plain(title: str) -> str:
    """The headline as a reader sees it: soft hyphens only show where a line breaks."""
    return title.replace(_SHY, "")


def _ib_day(path: str) -> datetime:
    return next(day for key, day in _IB_DATES.items() if f"/{key}/" in path)


def _ib_card(entry: tuple[str, str, str, str], *, featured: bool = False) -> str:
    """An ``article.gc``: image, ``div.gc__content`` with ``h3.gc__title > a > span``, the
    excerpt and a footer whose date is printed twice (screen-reader and ``aria-hidden``)."""
    path, title, lead, kind = entry
    day = _ib_day(path)
    shown = f"{day.day} {day:%b} {day.year}"
    css = f"gc u-clickable-card gc--type-{kind}" + (
        " gc--featured gc--with-image" if featured else " gc--list gc--with-image"
    )
    label = {
        "opinion": '<div class="gc__author"><span class="screen-reader-text">By </span><a href="/author/amara-okonkwo">Amara Okonkwo</a></div>',
        "video": '<div class="gc__video-label"><span class="gc__video-duration">1:48</span></div>',
    }.get(kind, "")
    return f"""
<article class="{css}">
  <div class="gc__image-wrap"><div class="responsive-image"><img loading="lazy" class="gc__image" src="/wp-content/uploads/2025/04/{image_slug(path)[:28]}.jpg?resize=270%2C180&amp;quality=80" alt=""></div></div>
  <div class="gc__content">
    <div class="gc__header-wrap">
      <h3 class="gc__title"><a class="u-clickable-card__link" href="{path}"><span>{escape_html(title)}</span></a></h3>
    </div>
    {label}
    <div class="gc__body-wrap"><div class="gc__excerpt"><p>{escape_html(lead)}</p></div></div>
    <footer class="gc__footer">
      <div class="gc__meta"><div class="gc__date"><div class="gc__date__date"><div class="date-simple"><span class="screen-reader-text">Published On {shown}</span><span aria-hidden="true">{shown}</span></div></div></div></div>
    </footer>
  </div>
</article>"""


def build_broadcaster_topic() -> Layout:
    """An international broadcaster's "Africa" topic page: a featured block and a news feed
    of ``article.gc`` cards (``h3.gc__title > a.u-clickable-card__link > span``, headlines
    carrying soft hyphens, ``div.gc__excerpt > p``, ``div.gc__date`` printing
    "Published On 7 Apr 2025" for screen readers beside an ``aria-hidden`` "7 Apr 2025"),
    opinion and video cards, a numbered "Most read" list, ad slots, "Show more"."""
    page_url = f"{_IB_HOST}/africa/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Middle East", "/middle-east/"),
            ("Africa", "/africa/"),
            ("Asia", "/asia/"),
            ("US &amp; Canada", "/us-canada/"),
            ("Features", "/features/"),
            ("Opinion", "/opinion/"),
            ("Video", "/video/"),
            ("Live", "/live/"),
        ],
        "menu__item",
    ).replace("&amp;amp;", "&amp;")
    featured = "\n".join(_ib_card(e, featured=True) for e in _IB_FEATURED)
    feed = "\n".join(_ib_card(e) for e in _IB_FEED)
    trending = link_list(
        _IB_TRENDING,
        '<li class="trending-articles__list-item"><a class="trending-articles__link" href="{href}">'
        '<span class="trending-articles__number" aria-hidden="true">{rank}</span><span>{title}</span></a></li>',
        sep="\n",
    )
    ad = (
        '<div class="container--ads container--ads-{slot}"><div class="advertisement-label">Advertisement</div>'
        '<div id="dfp-ad-{slot}" class="ads"><a href="https://securepubads.g.doubleclick.example/gampad/clk?id=6622&amp;iu=/8356/gulfcurrent/{slot}">'
        '<img src="https://tpc.adsyndication.example/simgad/{slot}" alt=""></a></div></div>'
    )
    body = f"""
<div id="root">
<div class="site-header-wrap">
  <header class="site-header">
    <a class="site-logo" href="/" aria-label="Gulf Current homepage"><svg class="site-logo__svg" aria-hidden="true"></svg></a>
    <nav class="site-header__navigation" aria-label="Primary"><ul class="menu header-menu">
{menu}
    </ul></nav>
    <div class="site-header__live-menu"><a class="live-button" href="/live/"><span class="live-button__icon"></span>Live</a></div>
  </header>
  <div class="breaking-ticker" role="region" aria-label="Breaking news"><span class="breaking-ticker__label">Breaking</span><a class="breaking-ticker__link" href="/news/liveblog/2025/4/8/live-gaza-ceasefire-talks-resume">Live: Ceasefire talks resume in Cairo</a></div>
</div>
{ad.format(slot="leaderboard")}
<main id="main-content-area" class="container container--grid">
  <div class="section-header"><h1 class="section-header__title">Africa</h1>
    <ul class="section-header__subnav">{nav_links([("North Africa", "/tag/north-africa/"), ("East Africa", "/tag/east-africa/"), ("West Africa", "/tag/west-africa/"), ("Southern Africa", "/tag/southern-africa/")])}</ul></div>
  <section class="featured-articles-list" aria-label="Featured">
{featured}
  </section>
  <div class="container--grid__content">
    <section id="news-feed-container" class="article-list" aria-label="Latest">
      <h2 class="screen-reader-text">Latest</h2>
{feed}
      <button class="show-more-button big-margin" data-offset="11"><span aria-hidden="true">Show more</span><span class="screen-reader-text">Show more Africa stories</span></button>
      <nav class="pagination-fallback" aria-label="Pages"><a href="/africa/?page=1" aria-current="page">1</a> <a href="/africa/?page=2">2</a> <a href="/africa/?page=3">3</a> <a href="/africa/?page=2">Next</a></nav>
    </section>
    <aside class="container--grid__sidebar">
      <div class="trending-articles" data-testid="most-read">
        <h2 class="trending-articles__title">Most Read</h2>
        <ol class="trending-articles__list">
{trending}
        </ol>
      </div>
      {ad.format(slot="mpu1")}
      <div class="newsletter-signup"><h3>Sign up for Gulf Current Africa</h3><p>Your weekly briefing from across the continent.</p><a href="/newsletters/africa-weekly/">Subscribe</a></div>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <div class="site-footer__social"><a href="https://social.example/gulfcurrent">Follow us</a></div>
  <ul class="site-footer__menu">
{nav_links([("About", "/about/"), ("Code of Ethics", "/code-of-ethics/"), ("Terms and Conditions", "/terms-and-conditions/"), ("Cookie Preferences", "/cookie-preferences/"), ("Accessibility Statement", "/accessibility-statement/"), ("Work for us", "https://careers.gulfcurrent.example/")])}
  </ul>
  <p class="site-footer__copyright">&copy; 2025 Gulf Current Media Network</p>
</footer>
</div>"""
    items = [
        gold_item(page_url, path, Story(_ib_plain(title), lead, None))
        for path, title, lead, _ in (*_IB_FEATURED, *_IB_FEED)
    ]
    return Layout(
        name="en-broadcaster-topic",
        family="international broadcaster topic page: article.gc > div.gc__content > h3.gc__title > a > span (soft hyphens), div.gc__excerpt > p, 'Published On 7 Apr 2025' screen-reader date",
        body=english_document(
            "Africa | Today's latest from Gulf Current",
            f'<link rel="canonical" href="{page_url}">',
            body,
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Qatar",
    )


# --------------------------------------------------------------------------------------------
# 3. A politics site's section (div.summary > header > h3 > a, p.tease, a newsletter promo)
# --------------------------------------------------------------------------------------------

_PO_HOST = "https://www.capitolbeat.example"
_PO_PRO = "https://subscriber.capitolbeatpro.example"
_PO_STORIES = [
    Story.at(
        f"{_PO_HOST}/news/2025/04/07/senate-appropriations-disaster-aid-package-00275310",
        "Senate appropriators unveil $28B disaster aid package with strings attached",
        "The bill would tie new wildfire money to forest-management changes that Western "
        "Democrats have resisted for years.",
        datetime(2025, 4, 7, 21, 12, tzinfo=EDT),
        "Congress",
    ),
    Story.at(
        f"{_PO_HOST}/news/2025/04/07/house-freedom-caucus-rules-vote-00275288",
        "Freedom Caucus threatens to sink rule vote over spending caps",
        "At least nine members say they will oppose the procedural vote unless leadership "
        "commits to deeper cuts in the next funding bill.",
        datetime(2025, 4, 7, 19, 45, tzinfo=EDT),
        "Congress",
    ),
    Story.at(
        f"{_PO_PRO}/article/2025/04/farm-bill-conservation-title-draft-00275299",
        "House Ag’s farm bill draft shifts conservation money to commodity programs",
        "A discussion draft obtained by Capitol Beat Pro would move roughly $13 billion out of "
        "conservation accounts over a decade.",
        datetime(2025, 4, 7, 17, 30, tzinfo=EDT),
        "Agriculture",
    ),
    Story.at(
        f"{_PO_HOST}/news/2025/04/07/senate-judiciary-nominee-hearing-walkout-00275201",
        "Judiciary Democrats walk out of hearing for appeals court nominee",
        "The chair pressed ahead with the vote after the minority objected to the panel’s "
        "refusal to subpoena additional records.",
        datetime(2025, 4, 7, 15, 2, tzinfo=EDT),
        "Congress",
    ),
    Story.at(
        f"{_PO_HOST}/news/2025/04/07/state-legislatures-redistricting-lawsuits-00275155",
        "A new wave of redistricting lawsuits hits three state legislatures",
        "Voting-rights groups filed suits in Louisiana, Alabama and Georgia within hours of "
        "each other, seeking new maps before 2026.",
        datetime(2025, 4, 7, 12, 21, tzinfo=EDT),
        "Elections",
    ),
    Story.at(
        f"{_PO_HOST}/news/2025/04/07/congress-stock-trading-ban-bill-markup-00275097",
        "Bipartisan stock-trading ban clears first committee hurdle",
        "The measure, which would bar lawmakers and their spouses from owning individual "
        "stocks, passed 21-4 with amendments from both parties.",
        datetime(2025, 4, 7, 10, 58, tzinfo=EDT),
        "Congress",
    ),
    Story.at(
        f"{_PO_HOST}/newsletters/playbook/2025/04/07/the-week-the-spending-fight-gets-real-00275402",
        "Playbook: The week the spending fight gets real",
        "Leadership aides on both sides privately concede a stopgap is all but certain. Plus, "
        "who is up for the open whip job.",
        datetime(2025, 4, 7, 6, 0, tzinfo=EDT),
        "Playbook",
    ),
    Story.at(
        f"{_PO_HOST}/news/2025/04/06/senate-recess-nominations-backlog-00274984",
        "Senate leaves a record nominations backlog heading into recess",
        "More than 140 civilian nominees are awaiting floor votes, including a dozen "
        "ambassadors and two cabinet deputies.",
        datetime(2025, 4, 6, 18, 4, tzinfo=EDT),
        "Congress",
    ),
]
_PO_MOST_READ = [
    (f"{_PO_HOST}/news/2025/04/07/governor-veto-override-budget-00275120", "Legislature overrides governor’s budget veto in late-night session", "The override passed with two votes to spare after a week of arm-twisting."),
    (f"{_PO_HOST}/news/2025/04/07/senate-appropriations-disaster-aid-package-00275310", "Senate appropriators unveil $28B disaster aid package with strings attached", "The bill would tie new wildfire money to forest-management changes."),
    (f"{_PO_HOST}/news/2025/04/06/campaign-finance-quarterly-filings-takeaways-00274990", "Five takeaways from the first-quarter fundraising reports", "Incumbents stockpiled cash while several challengers outraised them online."),
    (f"{_PO_HOST}/news/2025/04/05/white-house-chief-of-staff-shakeup-00274871", "Inside the West Wing shake-up nobody saw coming", "Three senior aides are expected to depart by the end of the month."),
]  # fmt: skip


def _po_stamp(when: datetime) -> str:
    """'04/07/2025 09:12 PM EDT' as the site prints a time."""
    return f"{when:%m/%d/%Y %I:%M %p} EDT"


def _po_frag(story: Story, byline: str, *, lead: bool = True) -> str:
    """A ``li > article.story-frag``: ``div.summary`` with ``header`` (category and
    ``h3 > a``), ``p.tease`` and a footer with byline and ``time[datetime]`` (offset, no
    colon) printed "04/07/2025 09:12 PM EDT"; a "Pro" badge for subscriber stories."""
    when = story.when
    assert when is not None
    pro = (
        '<span class="pro-badge" aria-label="Capitol Beat Pro">Pro</span>'
        if story.path.startswith(_PO_PRO)
        else ""
    )
    tease = f'<p class="tease">{escape_html(story.lead or "")}</p>' if lead else ""
    return f"""
<li>
  <article class="story-frag format-ml">
    <div class="art"><a href="{story.path}" target="_top"><img src="https://static.capitolbeat.example/e3/4f/{image_slug(story.path)[-8:]}/ap25097.jpg" alt="" loading="lazy"></a></div>
    <div class="summary">
      <header>
        <p class="category">{pro}<a href="{_PO_HOST}/{story.label.lower()}">{escape_html(story.label)}</a></p>
        <h3><a href="{story.path}" target="_top">{story.headline_html}</a></h3>
      </header>
      {tease}
      <footer class="meta">
        <p class="byline">By <a href="{_PO_HOST}/staff/{byline.lower().replace(" ", "-")}">{escape_html(byline)}</a></p>
        <div class="timestamp"><time datetime="{when:%Y-%m-%dT%H:%M:%S%z}">{_po_stamp(when)}</time></div>
      </footer>
    </div>
  </article>
</li>"""


def _po_newsletter_promo() -> str:
    """The "Playbook" sign-up promo slotted into the list in the very template of a story."""
    return f"""
<li class="newsletter-promo">
  <article class="story-frag format-ml newsletter-signup">
    <div class="summary">
      <header>
        <p class="category"><a href="{_PO_HOST}/newsletters">Newsletters</a></p>
        <h3><a href="{_PO_HOST}/newsletters/playbook" target="_top">Get Playbook, the must-read morning briefing for Washington insiders</a></h3>
      </header>
      <p class="tease">Delivered to your inbox every weekday by 6 a.m., with the scoops and the gossip you will not find anywhere else.</p>
      <form class="newsletter-form" action="{_PO_HOST}/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Sign up</button></form>
      <p class="legal">By signing up you agree to receive email newsletters or alerts from Capitol Beat. You can unsubscribe at any time. <a href="{_PO_HOST}/privacy">Privacy policy</a></p>
    </div>
  </article>
</li>"""


def build_politics_section() -> Layout:
    """A politics site's "Congress" section: ``ul.story-frags > li > article.story-frag``
    with ``div.summary > header > h3 > a``, ``p.tease``, a byline and ``time[datetime]`` with a
    colon-less offset printed "04/07/2025 09:12 PM EDT"; a Playbook newsletter edition among
    the stories and a Playbook sign-up promo in the same template; a subscriber story on
    another host with a "Pro" badge; a numbered "Most Read" box whose entries carry teases
    too; ad slots, pagination, footer."""
    page_url = f"{_PO_HOST}/congress"
    menu = nav_links(
        [
            ("Congress", f"{_PO_HOST}/congress"),
            ("White House", f"{_PO_HOST}/white-house"),
            ("Elections", f"{_PO_HOST}/elections"),
            ("Policy", f"{_PO_HOST}/policy"),
            ("Playbook", f"{_PO_HOST}/playbook"),
            ("Newsletters", f"{_PO_HOST}/newsletters"),
            ("Podcasts", f"{_PO_HOST}/podcasts"),
            ("Pro", _PO_PRO + "/"),
        ],
        "nav-item",
    )
    bylines = [
        "Dana Whitcombe",
        "Marcus Ilves",
        "Rachel Ostrander",
        "Tom Varga",
        "Priya Chandran",
        "Leon Abernathy",
        "Kate Morrow",
        "Sam Ketter",
    ]
    frags = [_po_frag(s, b) for s, b in zip(_PO_STORIES, bylines, strict=True)]
    frags.insert(3, _po_newsletter_promo())
    most_read = "\n".join(
        f'<li><article class="story-frag format-xs"><div class="summary"><header><span class="rank">{n}</span><h3><a href="{href}">{escape_html(title)}</a></h3></header><p class="tease">{escape_html(tease)}</p></div></article></li>'
        for n, (href, title, tease) in enumerate(_PO_MOST_READ, start=1)
    )
    ad = (
        '<div class="ad ad-{slot}"><p class="ad-label">Advertisement</p><div id="pol-{slot}" class="adslot">'
        '<a href="https://ad.doubleclick.example/ddm/trackclk/N1234.capitolbeat/B2987;dc_trk_aid={slot}"><img src="https://s0.2mdn.example/{slot}.jpg" alt=""></a></div></div>'
    )
    body = f"""
<header class="super-header">
  <div class="super-header__brand"><a href="{_PO_HOST}/" class="logo">Capitol Beat</a></div>
  <nav class="super-header__nav" aria-label="Sections"><ul class="nav-list">
{menu}
  </ul></nav>
  <a class="super-header__subscribe" href="{_PO_HOST}/subscribe?cid=hdr">Subscribe</a>
</header>
{ad.format(slot="leaderboard")}
<main id="main" class="container">
  <div class="page-header"><h1 class="page-title">Congress</h1></div>
  <div class="layout-grid">
    <section class="content-groupset pos-alpha">
      <div class="content-group story-frags-list">
        <ul class="story-frags">
{"".join(frags)}
        </ul>
      </div>
      <div class="pagination"><ol class="pagination-list"><li class="active"><span>1</span></li><li><a href="{page_url}/2">2</a></li><li><a href="{page_url}/3">3</a></li><li class="next"><a href="{page_url}/2">Next</a></li></ol></div>
    </section>
    <aside class="content-groupset pos-beta">
      {ad.format(slot="rail1")}
      <section class="most-read" aria-labelledby="most-read-title">
        <h2 id="most-read-title" class="heading">Most Read</h2>
        <ol class="story-frags">
{most_read}
        </ol>
      </section>
      <section class="newsletter-rail"><h2 class="heading">Playbook</h2><p>The unofficial guide to official Washington, every morning and weekday afternoons.</p><a class="button" href="{_PO_HOST}/newsletters/playbook">Sign up</a></section>
      {ad.format(slot="rail2")}
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="footer-links">
{nav_links([("About Us", f"{_PO_HOST}/about-us"), ("Advertising", f"{_PO_HOST}/advertising"), ("Breaking News Alerts", f"{_PO_HOST}/breaking-news-alerts"), ("Careers", f"{_PO_HOST}/careers"), ("Credit Card Payments", f"{_PO_HOST}/payment"), ("Privacy Policy", f"{_PO_HOST}/privacy"), ("Terms of Service", f"{_PO_HOST}/terms-of-service")])}
  </ul>
  <p class="copyright">&copy; 2025 Capitol Beat LLC</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in _PO_STORIES]
    return Layout(
        name="en-politics-section",
        family="politics site section: li > article.story-frag > div.summary > header > h3 > a, p.tease, time[datetime -0400], newsletter promo in the list, 'Most Read' with teases",
        body=english_document(
            "Congress - Capitol Beat", f'<link rel="canonical" href="{page_url}">', body
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A link aggregator's front page (a table: title row, then a subtext row)
# --------------------------------------------------------------------------------------------

_LA_HOST = "https://news.hacklinks.example"
# (href, title, site shown, minutes ago, points, comments, user); points None: a job post.
_LA_ROWS = [
    ("https://blog.lowlevelnotes.example/posts/writing-a-garbage-collector-in-a-weekend/", "Writing a garbage collector in a weekend, and what it taught me", "lowlevelnotes.example", 130, 412, 187, "mkessler"),
    ("https://arxiv.example/abs/2504.05123", "Sparse attention kernels that fit in L2 cache on consumer GPUs [pdf]", "arxiv.example", 225, 286, 64, "tensorfold"),
    ("item", "Ask HL: How do you keep a side project alive after the first month?", "", 181, 198, 243, "quietloop"),
    ("https://www.cityplanningreview.example/2025/04/why-every-bridge-in-the-city-is-painted-green?utm_source=hacklinks&utm_medium=referral", "Why every bridge in the city is painted the same shade of green", "cityplanningreview.example", 312, 175, 96, "greyhull"),
    ("https://github.example/sqlforge/sqlforge", "Show HL: SQLForge – a single-binary Postgres schema diff tool", "github.example/sqlforge", 95, 143, 52, "rtoomey"),
    ("https://www.jobs.example/quillstack/founding-backend-engineer", "Quillstack (YC W24) is hiring a founding backend engineer", "jobs.example", 240, None, None, ""),
    ("https://engineering.ferrylane.example/2025/04/07/migrating-4000-cron-jobs/", "Migrating 4,000 cron jobs without anyone noticing", "ferrylane.example", 418, 131, 71, "opsgirl"),
    ("https://www.oldcomputers.example/articles/the-forgotten-home-computer-that-ran-unix.html", "The forgotten 1983 home computer that ran a full Unix", "oldcomputers.example", 536, 388, 142, "retrofit"),
    ("https://papers.ssrn.example/sol3/papers.cfm?abstract_id=4790211", "Remote work and the long-run decline of downtown lunch spending", "ssrn.example", 47, 38, 19, "pmurnane"),
    ("https://www.typographyjournal.example/why-monospace-fonts-have-slashed-zeros", "Why monospace fonts put a slash through the zero", "typographyjournal.example", 690, 224, 118, "kerning"),
    ("item", "Tell HL: The status page of our cloud provider has been green all day", "", 355, 91, 57, "pagerduty_fan"),
    ("https://research.deepsea.example/news/2025/hydrothermal-vent-microbes-eat-hydrogen", "Microbes at hydrothermal vents live on hydrogen and almost nothing else", "deepsea.example", 802, 167, 44, "abyssal"),
    ("https://lwn.example/Articles/1016432/", "A new scheduler class lands for latency-sensitive desktop tasks", "lwn.example", 941, 203, 89, "corbet_fan"),
    ("https://www.smallbusinesstax.example/blog/the-1099-threshold-change-explained", "The 1099 reporting threshold change, explained for freelancers", "smallbusinesstax.example", 1100, 72, 81, "ledgerline"),
]  # fmt: skip
_LA_IDS = [43617810 - n * 97 for n in range(len(_LA_ROWS))]


def _la_href(href: str, ident: int) -> str:
    """The title link: an outside address, or ("item") the entry's own discussion page."""
    return f"item?id={ident}" if href == "item" else href


def _la_age(minutes: int) -> str:
    """'47 minutes ago', '3 hours ago' as the site prints an age (whole units, rounded down)."""
    if minutes < 60:
        return f"{minutes} minutes ago"
    hours = minutes // 60
    return "1 hour ago" if hours == 1 else f"{hours} hours ago"


def _la_when(minutes: int) -> datetime:
    """The instant the page states: the hover title's exact moment, not the rounded age."""
    return ago(NOW, minutes=minutes)


def _la_rows(
    rank: int, row: tuple[str, str, str, int, int | None, int | None, str], ident: int
) -> str:
    """The three rows of one entry: ``tr.athing`` (rank, vote arrow, ``span.titleline``),
    ``tr`` with ``td.subtext`` (points, user, ``span.age[title]``, hide, comments), a spacer."""
    link, title, site, minutes, points, comments, user = row
    href = _la_href(link, ident)
    posted = ago(NOW, minutes=minutes)
    stamp = f"{posted:%Y-%m-%dT%H:%M:%S} {int(posted.timestamp())}"
    sitebit = (
        f' <span class="sitebit comhead"> (<a href="from?site={escape_html(site)}"><span class="sitestr">{escape_html(site)}</span></a>)</span>'
        if site
        else ""
    )
    votelink = (
        f'<td valign="top" class="votelinks"><center><a id="up_{ident}" href="vote?id={ident}&amp;how=up&amp;goto=news"><div class="votearrow" title="upvote"></div></a></center></td>'
        if points is not None
        else "<td></td>"
    )
    age = (
        f'<span class="age" title="{stamp}"><a href="item?id={ident}">{_la_age(minutes)}</a></span>'
    )
    if points is None:
        subline = age
    else:
        talk = f"{comments}&nbsp;comments" if comments else "discuss"
        subline = (
            f'<span class="subline"><span class="score" id="score_{ident}">{points} points</span> by <a href="user?id={user}" class="hnuser">{user}</a> '
            f'{age} <span id="unv_{ident}"></span> | <a href="hide?id={ident}&amp;goto=news">hide</a> | <a href="item?id={ident}">{talk}</a></span>'
        )
    return f"""
<tr class="athing submission" id="{ident}">
  <td align="right" valign="top" class="title"><span class="rank">{rank}.</span></td>{votelink}<td class="title"><span class="titleline"><a href="{escape_html(href)}">{escape_html(title)}</a>{sitebit}</span></td></tr>
<tr><td colspan="2"></td><td class="subtext">{subline}</td></tr>
<tr class="spacer" style="height:5px"></tr>"""


def build_link_aggregator() -> Layout:
    """A link aggregator's front page, all in one ``<table>``: per entry a ``tr.athing`` row
    (``span.rank`` "1.", vote arrow, ``td.title > span.titleline > a`` to an outside host
    and a "(site)" link) and a second row whose ``td.subtext`` carries the points, the user,
    ``span.age[title="2025-04-08T03:50:00 …"] > a`` "2 hours ago" and "hide | 187 comments"
    links to the discussion; "Ask"/"Tell" posts link to the discussion itself, a job post has
    no points; a "More" link, a plain footer. No ads, no boxes: the family has none."""
    page_url = f"{_LA_HOST}/news"
    rows = "\n".join(
        _la_rows(rank, row, ident)
        for rank, (row, ident) in enumerate(zip(_LA_ROWS, _LA_IDS, strict=True), start=1)
    )
    body = f"""
<center><table id="hlmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
  <td style="width:18px;padding-right:4px"><a href="{_LA_HOST}"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
  <td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hlname"><a href="news">Hack Links</a></b>
    <a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td>
  <td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=news">login</a></span></td>
</tr></table></td></tr>
<tr id="pagespace" title="" style="height:10px"></tr>
<tr><td><table border="0" cellpadding="0" cellspacing="0">
{rows}
<tr class="morespace" style="height:10px"></tr>
<tr><td colspan="2"></td><td class="title"><a href="?p=2" class="morelink" rel="next">More</a></td></tr>
</table></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="https://github.example/hacklinks/API">API</a> | <a href="security.html">Security</a> | <a href="https://www.legal.hacklinks.example/">Legal</a> | <a href="https://www.accelerator.example/apply/">Apply to the accelerator</a> | <a href="mailto:hl@hacklinks.example">Contact</a></span><br><br>
<form method="get" action="//search.hacklinks.example/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="false"></form></center></td></tr>
</table></center>"""
    head = (
        '<meta name="referrer" content="origin">\n'
        '<link rel="stylesheet" type="text/css" href="news.css?abc123">\n'
        f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{_LA_HOST}/rss">'
    )
    items = [
        gold_item(page_url, _la_href(href, ident), Story(title, None, _la_when(minutes)))
        for (href, title, _site, minutes, *_), ident in zip(_LA_ROWS, _LA_IDS, strict=True)
    ]
    return Layout(
        name="en-link-aggregator",
        family="link aggregator table: tr.athing > td.title > span.titleline > a (outside hosts), next row td.subtext > span.age[title] > a '3 hours ago', 'N comments' links",
        body=html_document("Hack Links", body, lang="en", head=f"{head}\n", legacy=True).encode(),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="UTC",
    )


# --------------------------------------------------------------------------------------------
# 5. A front rendered in the browser from window.__INITIAL_STATE__ (empty div#root)
# --------------------------------------------------------------------------------------------

_CS_HOST = "https://www.metrowire.example"
_CS_TOP = [
    Story.at(
        "/world/2025/04/07/ceasefire-monitors-deploy-along-northern-border",
        "Ceasefire monitors deploy along northern border as truce holds for a fifth day",
        "An observer mission of 120 unarmed officers began patrols on Monday, with both "
        "governments reporting no violations since Thursday.",
        datetime(2025, 4, 7, 22, 14, tzinfo=UTC),
        "World",
    ),
    Story.at(
        "/world/2025/04/07/central-bank-gold-reserves-record-buying",
        "Central banks bought gold at a record pace in the first quarter",
        "Emerging-market reserve managers led the purchases, a trade group said, as they "
        "diversify away from the dollar.",
        datetime(2025, 4, 7, 20, 3, tzinfo=UTC),
        "Markets",
    ),
    Story.at(
        "/world/2025/04/07/island-nation-election-results-coalition-talks",
        "Island nation’s election leaves no party near a majority, setting up coalition talks",
        "The ruling party lost a third of its seats, while a new anti-corruption movement "
        "came second in its first national contest.",
        datetime(2025, 4, 7, 18, 40, tzinfo=UTC),
        "World",
    ),
]
_CS_RIVER = [
    Story.at(
        "/world/2025/04/08/typhoon-season-early-warning-philippines",
        "Forecasters warn of an early typhoon season after record sea temperatures",
        "The weather agency said waters east of the archipelago are nearly 2C warmer than the "
        "April average.",
        datetime(2025, 4, 8, 4, 52, tzinfo=UTC),
        "World",
    ),
    Story.at(
        "/world/2025/04/08/shipping-insurers-raise-premiums-strait",
        "Shipping insurers raise war-risk premiums for vessels crossing the strait",
        "Rates have doubled in a week after two tankers reported being approached by "
        "unidentified fast boats.",
        datetime(2025, 4, 8, 3, 30, tzinfo=UTC),
        "Business",
    ),
    Story.at(
        "/world/2025/04/08/european-farmers-block-highways-fuel-subsidies",
        "European farmers block highways in protest over fuel subsidy cuts",
        "Tractor convoys slowed traffic around three capitals as agriculture ministers met "
        "to discuss the bloc’s new budget.",
        datetime(2025, 4, 8, 1, 17, tzinfo=UTC),
        "World",
    ),
    Story.at(
        "/world/2025/04/07/measles-outbreak-vaccination-campaign-border-region",
        "Health workers race to vaccinate children as measles spreads in border region",
        "More than 3,000 cases have been recorded since January, most among children under "
        "five who missed routine shots.",
        datetime(2025, 4, 7, 23, 45, tzinfo=UTC),
        "Health",
    ),
    Story.at(
        "/world/2025/04/07/ancient-city-walls-uncovered-metro-dig",
        "Metro tunnel dig uncovers 2,000-year-old city walls beneath busy square",
        "Archaeologists have been given six weeks to document the find before construction "
        "resumes.",
        datetime(2025, 4, 7, 21, 9, tzinfo=UTC),
        "Culture",
    ),
    Story.at(
        "/world/2025/04/07/glacier-collapse-alpine-village-evacuated",
        "Alpine village evacuated as glacier above it shows signs of collapse",
        "Authorities moved 300 residents and their livestock after sensors detected the ice "
        "moving more than a metre a day.",
        datetime(2025, 4, 7, 19, 26, tzinfo=UTC),
        "World",
    ),
    Story.at(
        "/world/2025/04/07/tech-giants-data-centre-water-use-drought",
        "Drought-hit region asks tech giants to disclose data centres’ water use",
        "Officials want monthly figures from four operators after reservoir levels fell to a "
        "30-year low.",
        datetime(2025, 4, 7, 16, 58, tzinfo=UTC),
        "Technology",
    ),
    Story.at(
        "/world/2025/04/07/refugee-camp-school-reopens-after-fire",
        "School in sprawling refugee camp reopens months after fire destroyed it",
        "Aid groups rebuilt 40 classrooms with bamboo and steel, enough for about 4,000 "
        "pupils in two shifts.",
        datetime(2025, 4, 7, 14, 5, tzinfo=UTC),
        "World",
    ),
    Story.at(
        "/world/2025/04/07/world-cup-qualifier-stadium-ban-lifted",
        "Football body lifts stadium ban ahead of decisive World Cup qualifier",
        "The home side can now play in front of its own fans after the stadium passed a "
        "second safety inspection.",
        datetime(2025, 4, 7, 11, 40, tzinfo=UTC),
        "Sport",
    ),
    Story.at(
        "/world/2025/04/07/satellite-images-show-new-runway-disputed-reef",
        "Satellite images show a new runway on a disputed reef",
        "Analysts say the 2,700-metre strip, finished in recent weeks, could handle military "
        "transport aircraft.",
        datetime(2025, 4, 7, 9, 2, tzinfo=UTC),
        "World",
    ),
]
_CS_POPULAR = [
    ("/world/2025/04/06/royal-wedding-guest-list-revealed", "Royal wedding guest list revealed"),
    ("/world/2025/04/08/typhoon-season-early-warning-philippines", "Forecasters warn of an early typhoon season"),
    ("/world/2025/04/05/man-reunited-with-lost-dog-after-three-years", "Man reunited with lost dog after three years"),
    ("/world/2025/04/07/central-bank-gold-reserves-record-buying", "Central banks bought gold at a record pace"),
    ("/world/2025/04/06/airport-strike-cancelled-flights-weekend", "Airport strike cancels hundreds of weekend flights"),
]  # fmt: skip


def _cs_article(story: Story, ident: int) -> dict[str, object]:
    """An article as the site's state holds it (headline, canonical URL, description, epoch
    milliseconds, section object, image)."""
    when = story.when
    assert when is not None
    return {
        "id": f"MW{ident}",
        "type": "article",
        "headline": story.title,
        "canonicalUrl": story.path,
        "description": story.lead,
        "firstPublished": int(when.timestamp() * 1000),
        "lastUpdated": int((when + timedelta(minutes=37)).timestamp() * 1000),
        "section": {"name": story.label, "slug": story.label.lower()},
        "byline": [{"name": "Metro Wire staff"}],
        "image": {
            "url": f"https://images.metrowire.example/{image_slug(story.path)[:30]}.jpg",
            "width": 1200,
            "height": 675,
        },
        "isPremium": False,
    }


def _cs_state() -> str:
    """``window.__INITIAL_STATE__``: navigation, a top-stories row, the river and a "most
    popular" list, serialised as the framework does (``<`` escaped as ``\\u003c``)."""
    state = {
        "app": {"edition": "international", "buildId": "2025.04.07-1842-a9c1e0f"},
        "navigation": {
            "items": [
                {"title": name, "url": f"/{name.lower()}"}
                for name in (
                    "World",
                    "Business",
                    "Markets",
                    "Technology",
                    "Health",
                    "Culture",
                    "Sport",
                )
            ]
        },
        "page": {
            "id": "section-world",
            "title": "World",
            "layout": [
                {
                    "type": "top-stories",
                    "title": "Top stories",
                    "articles": [_cs_article(s, 90411 + n) for n, s in enumerate(_CS_TOP)],
                },
                {
                    "type": "river",
                    "title": "Latest",
                    "articles": [_cs_article(s, 90500 + n) for n, s in enumerate(_CS_RIVER)],
                },
                {"type": "ad", "slot": "mid-article-1", "sizes": [[300, 250], [728, 90]]},
            ],
        },
        "mostPopular": {
            "title": "Most popular",
            "items": [
                {"headline": t, "canonicalUrl": p, "rank": n}
                for n, (p, t) in enumerate(_CS_POPULAR, start=1)
            ],
        },
        "user": {"loggedIn": False, "consent": None},
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def build_client_rendered_section() -> Layout:
    """A world section rendered in the browser: the server sends the chrome (header menu,
    a footer) around an empty ``div#root`` and a ``window.__INITIAL_STATE__ = {…};`` script
    holding a top-stories row and the latest river (headline, canonicalUrl, description,
    firstPublished in epoch milliseconds), a "most popular" list and the menu. A reader sees
    the top stories and the river once the script runs: those are the gold."""
    page_url = f"{_CS_HOST}/world"
    menu = nav_links(
        [
            (n, f"/{n.lower()}")
            for n in ("World", "Business", "Markets", "Technology", "Health", "Culture", "Sport")
        ],
        "nav__item",
    )
    body = f"""
<header class="masthead" role="banner">
  <a class="masthead__logo" href="/">Metro Wire</a>
  <nav class="masthead__nav" aria-label="Sections"><ul class="nav">
{menu}
  </ul></nav>
  <a class="masthead__subscribe" href="/subscribe?ref=masthead">Subscribe</a>
</header>
<div class="ad-slot ad-slot--leaderboard" id="ad-top"><span class="ad-slot__label">Advertisement</span></div>
<noscript><p class="noscript-warning">You need to enable JavaScript to read Metro Wire.</p></noscript>
<div id="root"></div>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("About Metro Wire", "/about"), ("Contact", "/contact"), ("Advertise", "/advertise"), ("Careers", "https://careers.metrowire.example/"), ("Privacy", "/privacy"), ("Terms", "/terms")])}
  </ul>
  <p>&copy; 2025 Metro Wire Ltd.</p>
</footer>
<script>window.__INITIAL_STATE__ = {_cs_state()};</script>
<script src="/static/js/runtime.4f1c2a.js" defer></script>
<script src="/static/js/main.a81e3b.js" defer></script>"""
    head = f'<link rel="canonical" href="{page_url}">\n<link rel="preload" href="/static/js/main.a81e3b.js" as="script">'
    items = [gold_item(page_url, s.path, s) for s in (*_CS_TOP, *_CS_RIVER)]
    return Layout(
        name="en-client-rendered-section",
        family="client-rendered section: empty div#root, window.__INITIAL_STATE__ with top-stories and river lists (headline, canonicalUrl, description, firstPublished ms)",
        body=english_document("World news | Metro Wire", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# 6. An AMP section page (div.amp-card > a > h2, amp-img, amp-timeago)
# --------------------------------------------------------------------------------------------

_AM_HOST = "https://www.northernpost.example"
_AM_TOP = [
    Story.at(
        "/news/uk-news/rail-operator-fined-timetable-chaos-29931455.amp",
        "Rail operator fined £4m over last year's timetable chaos",
        "The regulator said passengers were left without accurate information for weeks after "
        "the May changes.",
        datetime(2025, 4, 8, 5, 18, 40, tzinfo=UTC),
        "UK News",
    ),
    Story.at(
        "/news/local-news/tram-extension-approved-airport-29930781.amp",
        "Tram extension to the airport finally gets the green light",
        "Councillors approved the £310m line after a decade of consultations, with work due "
        "to start next spring.",
        datetime(2025, 4, 8, 3, 47, 12, tzinfo=UTC),
        "Local News",
    ),
    Story.at(
        "/news/local-news/flood-defences-riverside-homes-insurance-29930102.amp",
        "Riverside homeowners still can't get flood insurance despite new defences",
        "Residents say premiums have barely moved since the £40m wall was completed last autumn.",
        datetime(2025, 4, 8, 1, 2, 55, tzinfo=UTC),
        "Local News",
    ),
]
_AM_LIST = [
    Story.at(
        "/news/local-news/missing-teenager-found-safe-moors-29929876.amp",
        "Missing teenager found safe and well after overnight search on the moors",
        "Mountain rescue teams and a police helicopter joined the search after she failed to "
        "return from a walk.",
        datetime(2025, 4, 7, 23, 31, 5, tzinfo=UTC),
        "Local News",
    ),
    Story.at(
        "/news/uk-news/energy-price-cap-july-forecast-29929310.amp",
        "Energy price cap set to fall in July, analysts predict",
        "A typical household could save around £90 a year if wholesale prices stay at their "
        "current level.",
        datetime(2025, 4, 7, 20, 12, 44, tzinfo=UTC),
        "UK News",
    ),
    Story.at(
        "/news/local-news/market-hall-traders-rent-rise-protest-29928654.amp",
        "Market hall traders protest over 30 per cent rent rise",
        "Stallholders closed their shutters for an hour on Monday and handed a petition to the "
        "council leader.",
        datetime(2025, 4, 7, 17, 55, 9, tzinfo=UTC),
        "Local News",
    ),
    Story.at(
        "/news/crime/two-men-jailed-catalytic-converter-thefts-29927011.amp",
        "Two men jailed over string of catalytic converter thefts",
        "The pair stole parts from more than 60 cars in supermarket car parks over four "
        "months, a court heard.",
        datetime(2025, 4, 7, 14, 20, 0, tzinfo=UTC),
        "Crime",
    ),
    Story.at(
        "/news/local-news/primary-school-outstanding-ofsted-29926540.amp",
        "Village primary rated outstanding for the first time in its 140-year history",
        "Inspectors praised the school's reading programme and its pupils' 'exceptional' "
        "behaviour.",
        datetime(2025, 4, 7, 10, 5, 30, tzinfo=UTC),
        "Education",
    ),
    Story.at(
        "/news/local-news/bus-route-axed-villages-cut-off-29925112.amp",
        "Villagers say they will be cut off as evening bus route is axed",
        "The operator says the service carries fewer than five passengers a night and is no "
        "longer viable.",
        datetime(2025, 4, 6, 16, 42, 0, tzinfo=UTC),
        "Local News",
    ),
]
_AM_POPULAR = [
    ("/news/local-news/pub-landlord-wins-lottery-29924410.amp", "Pub landlord wins £1m on scratchcard"),
    ("/news/local-news/tram-extension-approved-airport-29930781.amp", "Tram extension to the airport finally approved"),
    ("/whats-on/food-drink/best-fish-and-chips-readers-vote-29921187.amp", "Readers vote for the best fish and chips in the county"),
    ("/news/uk-news/rail-operator-fined-timetable-chaos-29931455.amp", "Rail operator fined £4m"),
    ("/sport/football/united-manager-sacked-29929990.amp", "United sack manager after six straight defeats"),
]  # fmt: skip
_AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>"
)


def _am_age(when: datetime) -> str:
    """The fallback text the server writes into ``amp-timeago`` (timeago's wording, rounded
    down); older than a day the cutoff shows the date and clock instead."""
    seconds = int((NOW - when).total_seconds())
    if seconds < 3600:
        return f"{seconds // 60} minutes ago"
    if seconds < 86400:
        hours = seconds // 3600
        return "1 hour ago" if hours == 1 else f"{hours} hours ago"
    local = when.astimezone(BST)
    return f"{local.day} {local:%b %Y} &bull; {local:%H:%M}"


def _am_card(story: Story, *, top: bool = False) -> str:
    """A ``div.amp-card``: one link wrapping the ``amp-img`` and the ``h2``, the standfirst
    and an ``amp-timeago`` with an exact ``datetime``; a section label."""
    when = story.when
    assert when is not None
    css = "amp-card amp-card--top" if top else "amp-card"
    size = 'width="640" height="360"' if top else 'width="150" height="100"'
    return f"""
<div class="{css}">
  <a href="{story.path}" class="amp-card__link">
    <amp-img src="https://i2-prod.northernpost.example/incoming/article{image_slug(story.path)[-8:]}.ece/ALTERNATES/s{"615" if top else "180"}/0_{image_slug(story.path)[:20]}.jpg" {size} layout="responsive" alt="">
      <noscript><img src="https://i2-prod.northernpost.example/incoming/article{image_slug(story.path)[-8:]}.ece/ALTERNATES/s180/0_{image_slug(story.path)[:20]}.jpg" width="150" height="100" alt=""></noscript>
    </amp-img>
    <h2 class="amp-card__headline">{story.headline_html}</h2>
  </a>
  <p class="amp-card__standfirst">{escape_html(story.lead or "")}</p>
  <div class="amp-card__meta"><span class="amp-card__label">{escape_html(story.label)}</span><amp-timeago layout="fixed-height" height="16" datetime="{when:%Y-%m-%dT%H:%M:%SZ}" locale="en-GB" cutoff="86400">{_am_age(when)}</amp-timeago></div>
</div>"""


def build_amp_section() -> Layout:
    """A regional paper's AMP news section: an ``amp-carousel`` of top cards and a list of
    server-rendered ``div.amp-card > a > (amp-img, h2)`` cards whose ``amp-timeago`` has an
    exact ``datetime`` and, as its fallback text, "2 hours ago" (rounded down) or past the
    day's cutoff "7 Apr 2025 • 18:55" in UK time; ``amp-ad`` slots, a sponsored card, an
    ``amp-sidebar`` menu, a numbered "Most Read", a pager."""
    page_url = f"{_AM_HOST}/news/?service=amp"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Local News", "/news/local-news/"),
            ("UK News", "/news/uk-news/"),
            ("Crime", "/news/crime/"),
            ("Sport", "/sport/"),
            ("What's On", "/whats-on/"),
            ("Property", "/news/property/"),
            ("Jobs", "https://jobs.northernpost.example/"),
        ],
        "amp-sidebar__item",
    )
    slides = "\n".join(f'<div class="amp-slide">{_am_card(s, top=True)}</div>' for s in _AM_TOP)
    cards = [_am_card(s) for s in _AM_LIST]
    cards.insert(
        3,
        """
<div class="amp-card amp-card--sponsored">
  <a href="https://www.northernpost.example/sponsored/why-solar-panels-pay-off-faster-north-29930555.amp" class="amp-card__link">
    <amp-img src="https://i2-prod.northernpost.example/incoming/sponsored-solar.jpg" width="150" height="100" layout="responsive" alt=""></amp-img>
    <h2 class="amp-card__headline">Why solar panels now pay for themselves faster in the north</h2>
  </a>
  <div class="amp-card__meta"><span class="amp-card__label">Sponsored</span><span class="amp-card__sponsor">In association with Brightroof Solar</span></div>
</div>""",
    )
    popular = link_list(
        _AM_POPULAR,
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    amp_ad = (
        '<div class="ad-container"><span class="ad-label">Advertisement</span>'
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/5293/northernpost/news/{slot}" data-multi-size-validation="false" rtc-config=\'{{"vendors":{{"prebidappnexus":{{"PLACEMENT_ID":"1532"}}}}}}\'>'
        '<div placeholder></div><div fallback><a href="https://ad.doubleclick.example/N5293/jump/northernpost/{slot}">Advertise with us</a></div></amp-ad></div>'
    )
    body = f"""
<amp-sidebar id="sidebar" layout="nodisplay" side="left">
  <button on="tap:sidebar.close" class="amp-sidebar__close">Close</button>
  <nav class="amp-sidebar__nav"><ul>
{menu}
  </ul></nav>
</amp-sidebar>
<header class="amp-header">
  <button on="tap:sidebar.toggle" class="amp-header__burger" aria-label="Menu">&#9776;</button>
  <a class="amp-header__logo" href="/?service=amp"><amp-img src="/logo.svg" width="180" height="32" alt="Northern Post"></amp-img></a>
</header>
<main class="amp-main">
  <h1 class="amp-section-title">News</h1>
  <amp-carousel class="amp-top-stories" type="slides" layout="responsive" width="640" height="480" autoplay delay="6000">
{slides}
  </amp-carousel>
  {amp_ad.format(slot="mpu1")}
  <section class="amp-list-cards">
{"".join(cards)}
  </section>
  {amp_ad.format(slot="mpu2")}
  <section class="most-read">
    <h2 class="most-read__title">Most Read</h2>
    <ol class="most-read__list">
{popular}
    </ol>
  </section>
  <div class="amp-pagination"><span class="amp-pagination__current">1</span> <a href="/news/?service=amp&amp;page=2">2</a> <a href="/news/?service=amp&amp;page=3">3</a> <a class="amp-pagination__next" href="/news/?service=amp&amp;page=2">Next</a></div>
</main>
<footer class="amp-footer">
  <ul>
{nav_links([("About us", "/about-us/"), ("Contact us", "/contact-us/"), ("Advertise with us", "/advertise/"), ("Privacy notice", "/privacy-notice/"), ("Cookie notice", "/cookie-notice/"), ("Terms and conditions", "/terms-conditions/")])}
  </ul>
  <p>&copy; 2025 Northern Post Media Ltd</p>
</footer>
<amp-analytics type="googleanalytics" id="analytics1"><script type="application/json">{{"vars":{{"account":"UA-00000-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>"""
    head = (
        f'<link rel="canonical" href="{_AM_HOST}/news/">\n'
        '<script async src="https://cdn.ampproject.example/v0.js"></script>\n'
        '<script async custom-element="amp-carousel" src="https://cdn.ampproject.example/v0/amp-carousel-0.2.js"></script>\n'
        '<script async custom-element="amp-timeago" src="https://cdn.ampproject.example/v0/amp-timeago-0.1.js"></script>\n'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.example/v0/amp-ad-0.1.js"></script>\n'
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.example/v0/amp-sidebar-0.1.js"></script>\n'
        f"{_AMP_BOILERPLATE}\n"
        "<style amp-custom>.amp-card{margin:0 0 16px}.amp-card__headline{font-size:18px}</style>"
    )
    document = english_document("News - Northern Post", head, body, lang="en-GB").replace(
        b'<html lang="en-GB">', '<html ⚡ lang="en-GB">'.encode(), 1
    )
    items = [gold_item(page_url, s.path, s) for s in (*_AM_TOP, *_AM_LIST)]
    return Layout(
        name="en-amp-section",
        family="AMP section page: amp-carousel + div.amp-card > a > (amp-img, h2), amp-timeago[datetime] with '2 hours ago' fallback text, amp-ad slots",
        body=document,
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# 7. A business-news hub with schema.org microdata and ticker chips in the cards
# --------------------------------------------------------------------------------------------

_BZ_HOST = "https://www.ledgerdaily.example"
# (story, tickers shown as chips, shown time: None -> the date line)
_BZ_STORIES = [
    (
        Story.at(
            "/articles/chipmaker-shares-jump-on-data-center-orders-11744090212?mod=markets_lead_pos1",
            "Chipmaker shares jump after it says data-center orders doubled",
            "The company raised its full-year forecast and said customers have committed to "
            "orders well into next year, sending its stock to a record.",
            datetime(2025, 4, 8, 3, 0, tzinfo=UTC),
            "Markets",
        ),
        (("NVDX", "+6.4%"), ("AMDX", "+2.1%")),
        "3 hours ago",
    ),
    (
        Story.at(
            "/articles/oil-prices-slide-opec-output-increase-11744083100?mod=markets_lead_pos2",
            "Oil prices slide as OPEC+ signals another output increase",
            "Brent crude fell below $70 a barrel for the first time since December after "
            "delegates said the group would add supply in May.",
            datetime(2025, 4, 8, 1, 0, tzinfo=UTC),
            "Commodities",
        ),
        (("BRN00", "-2.3%"),),
        "5 hours ago",
    ),
    (
        Story.at(
            "/articles/regional-banks-deposit-costs-earnings-preview-11744071805?mod=markets_lead_pos3",
            "Regional banks brace for another quarter of rising deposit costs",
            "Analysts expect net interest margins to shrink again when the first lenders report "
            "later this week.",
            datetime(2025, 4, 7, 21, 50, tzinfo=EDT),
            "Banking",
        ),
        (("KRBX", "-0.8%"),),
        None,
    ),
    (
        Story.at(
            "/articles/apple-supplier-india-expansion-11744066620?mod=markets_river_pos1",
            "Apple supplier to double India output as it shifts away from China",
            "The contract manufacturer will add two assembly lines near Chennai, people familiar "
            "with the plans said.",
            datetime(2025, 4, 7, 20, 17, tzinfo=EDT),
            "Tech",
        ),
        (("AAPL", "+1.2%"), ("HNHPF", "+3.0%")),
        None,
    ),
    (
        Story.at(
            "/articles/treasury-yields-auction-demand-11744060941?mod=markets_river_pos2",
            "Treasury yields climb after weak demand at three-year note auction",
            "The auction drew the lowest bid-to-cover ratio since last summer, a sign investors "
            "want more compensation to hold government debt.",
            datetime(2025, 4, 7, 18, 42, tzinfo=EDT),
            "Bonds",
        ),
        (),
        None,
    ),
    (
        Story.at(
            "/articles/airline-stocks-fuel-costs-summer-bookings-11744054288?mod=markets_river_pos3",
            "Airline stocks rally as summer bookings outpace fuel costs",
            "Carriers said forward bookings for June and July are running ahead of last year, "
            "easing worries about a slowdown in leisure travel.",
            datetime(2025, 4, 7, 16, 51, tzinfo=EDT),
            "Markets",
        ),
        (("DALX", "+4.5%"), ("UALX", "+5.2%"), ("LUVX", "+2.8%")),
        None,
    ),
    (
        Story.at(
            "/articles/private-credit-fund-redemptions-11744047530?mod=markets_river_pos4",
            "Private-credit funds face a wave of redemption requests",
            "Wealthy investors asked to pull more than $4 billion from the largest funds in the "
            "first quarter, filings show.",
            datetime(2025, 4, 7, 14, 58, tzinfo=EDT),
            "Finance",
        ),
        (),
        None,
    ),
    (
        Story.at(
            "/articles/coffee-futures-record-brazil-drought-11744039312?mod=markets_river_pos5",
            "Coffee futures hit a record as drought scorches Brazil’s crop",
            "Arabica prices have risen nearly 70% this year, and roasters warn shoppers will see "
            "higher prices by summer.",
            datetime(2025, 4, 7, 12, 41, tzinfo=EDT),
            "Commodities",
        ),
        (("KCK25", "+3.9%"), ("SBUX", "-1.1%")),
        None,
    ),
]
_BZ_STRIP = [("DJIA", "38,904.04", "+0.52%"), ("S&P 500", "5,204.34", "+0.71%"), ("Nasdaq", "16,311.96", "+1.04%"), ("U.S. 10 Yr", "4.412%", "+0.03"), ("Crude Oil", "69.84", "-2.31%"), ("Gold", "2,351.20", "+0.40%")]  # fmt: skip
_BZ_POPULAR = [
    ("/articles/how-to-read-your-brokerage-statement-11743912004?mod=mostpop", "How to read your brokerage statement without getting lost"),
    ("/articles/chipmaker-shares-jump-on-data-center-orders-11744090212?mod=mostpop", "Chipmaker shares jump after data-center orders doubled"),
    ("/articles/housing-market-spring-listings-11743987766?mod=mostpop", "Spring listings surge, but buyers are holding out"),
    ("/articles/401k-hardship-withdrawals-record-11743950311?mod=mostpop", "Hardship withdrawals from 401(k)s hit a record"),
    ("/articles/fed-minutes-rate-cut-timing-11743998450?mod=mostpop", "Fed minutes show officials split on timing of cuts"),
]  # fmt: skip


def _bz_date_line(when: datetime) -> str:
    """'Mon, Apr 7th 2025' as the hub prints an older story's date (no clock)."""
    local = when.astimezone(EDT)
    suffix = (
        "th"
        if 10 <= local.day % 100 <= 20
        else {1: "st", 2: "nd", 3: "rd"}.get(local.day % 10, "th")
    )
    return f"{local:%a, %b} {local.day}{suffix} {local.year}"


def _bz_card(
    story: Story, tickers: tuple[tuple[str, str], ...], shown: str | None, *, lead_card: bool
) -> str:
    """A microdata ``NewsArticle`` card: ``a[itemprop=url] > h3[itemprop=headline]``,
    ``p[itemprop=description]``, ``meta[itemprop=datePublished][content]`` beside a visible
    relative time or a date line, author microdata and ticker chips linking to quote pages."""
    when = story.when
    assert when is not None
    chips = "".join(
        f'<li class="ticker-chip ticker-chip--{"up" if change.startswith("+") else "down"}"><a class="ticker-chip__link" href="/market-data/quotes/{symbol}"><span class="ticker-chip__symbol">{symbol}</span> <span class="ticker-chip__change">{change}</span></a></li>'
        for symbol, change in tickers
    )
    chip_list = (
        f'<ul class="card__tickers" aria-label="Related tickers">{chips}</ul>' if chips else ""
    )
    visible = shown or _bz_date_line(when)
    css = "card card--lead" if lead_card else "card card--river"
    return f"""
<article class="{css}" itemscope itemtype="https://schema.org/NewsArticle">
  <div class="card__media"><a href="{escape_html(story.path)}" tabindex="-1"><img itemprop="image" src="https://images.ledgerdaily.example/im-{image_slug(story.path)[-11:]}?width=400&amp;height=267" alt="" loading="lazy"></a></div>
  <div class="card__body">
    <div class="card__flag"><a href="/news/markets/{story.label.lower()}" itemprop="articleSection">{escape_html(story.label)}</a></div>
    <a class="card__headline-link" href="{escape_html(story.path)}" itemprop="url"><h3 class="card__headline" itemprop="headline">{story.headline_html}</h3></a>
    <p class="card__summary" itemprop="description">{escape_html(story.lead or "")}</p>
    {chip_list}
    <div class="card__meta">
      <span class="card__byline" itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Ledger Daily Staff</span></span>
      <meta itemprop="datePublished" content="{when.isoformat()}">
      <span class="card__timestamp">{visible}</span>
    </div>
  </div>
</article>"""


def build_business_hub() -> Layout:
    """A business daily's "Markets" hub: ``article.card[itemscope][itemtype=NewsArticle]``
    cards with ``itemprop`` headline, description, url and a ``meta[itemprop=datePublished]``
    whose ``content`` has the exact time, while the card shows "3 hours ago" or only a date
    line ("Mon, Apr 7th 2025"); ticker chips ("AAPL +1.2%") linking to quote pages inside the
    cards; ``?mod=`` tracking on every link; a market-data strip in the header, a numbered
    "Most Popular" box, a "Paid Program" partner card, pagination."""
    page_url = f"{_BZ_HOST}/news/markets"
    menu = nav_links(
        [
            ("Home", "/"),
            ("World", "/news/world"),
            ("Business", "/news/business"),
            ("Markets", "/news/markets"),
            ("Personal Finance", "/personal-finance"),
            ("Tech", "/news/technology"),
            ("Opinion", "/news/opinion"),
            ("Real Estate", "/real-estate"),
        ],
        "main-nav__item",
    )
    strip = "\n".join(
        f'<li class="market-strip__item"><a href="/market-data/quotes/index/{escape_html(name.replace(" ", "").replace("&", ""))}"><span class="market-strip__name">{escape_html(name)}</span> <span class="market-strip__value">{value}</span> <span class="market-strip__change">{change}</span></a></li>'
        for name, value, change in _BZ_STRIP
    )
    cards = [
        _bz_card(story, tickers, shown, lead_card=n < 3)
        for n, (story, tickers, shown) in enumerate(_BZ_STORIES)
    ]
    cards.insert(
        5,
        """
<article class="card card--river card--paid">
  <div class="card__body">
    <div class="card__flag card__flag--paid">Paid Program</div>
    <a class="card__headline-link" href="https://partners.ledgerdaily.example/northvale-wealth/the-case-for-rebalancing-in-a-volatile-year/?mod=markets_river_paid"><h3 class="card__headline">The case for rebalancing your portfolio in a volatile year</h3></a>
    <p class="card__summary">Presented by Northvale Wealth. Why a disciplined schedule beats reacting to every swing in the market.</p>
  </div>
</article>""",
    )
    popular = link_list(
        _BZ_POPULAR,
        '<li class="most-popular__item"><span class="most-popular__rank">{rank}</span><a class="most-popular__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="site-header">
  <div class="market-strip" role="region" aria-label="Market data"><ul class="market-strip__list">
{strip}
  </ul></div>
  <div class="site-header__brand"><a href="/" class="logo">The Ledger Daily</a></div>
  <nav class="main-nav" aria-label="Sections"><ul>
{menu}
  </ul></nav>
</header>
<div class="ad-slot ad-slot--top"><span class="ad-slot__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=552&amp;iu=/2/ledgerdaily/markets"><img src="https://tpc.adsyndication.example/simgad/552" alt=""></a></div>
<main class="page page--section">
  <h1 class="page__title">Markets</h1>
  <section class="section-lead" aria-label="Top stories">
{"".join(cards[:3])}
  </section>
  <div class="page__columns">
    <section class="river" aria-label="Latest">
      <h2 class="river__title">Latest</h2>
{"".join(cards[3:])}
      <nav class="pagination" aria-label="pagination"><a class="pagination__current" href="{page_url}">1</a> <a href="{page_url}?page=2">2</a> <a href="{page_url}?page=3">3</a> <a class="pagination__next" href="{page_url}?page=2">Next Page</a></nav>
    </section>
    <aside class="page__rail">
      <section class="most-popular"><h2 class="most-popular__title">Most Popular News</h2><ol class="most-popular__list">
{popular}
      </ol></section>
      <div class="ad-slot ad-slot--rail"><span class="ad-slot__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=553&amp;iu=/2/ledgerdaily/markets_rail"><img src="https://tpc.adsyndication.example/simgad/553" alt=""></a></div>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("About Us", "/about"), ("Customer Center", "https://customercenter.ledgerdaily.example/"), ("Advertise", "https://advertising.ledgerdaily.example/"), ("Privacy Notice", "/privacy"), ("Cookie Notice", "/cookies"), ("Subscriber Agreement", "/terms")])}
  </ul>
  <p class="site-footer__copyright">Copyright &copy;2025 Ledger Daily Publishing Co. All Rights Reserved</p>
</footer>"""
    items = [gold_item(page_url, s.path, s, drop=("mod",)) for s, _, _ in _BZ_STORIES]
    return Layout(
        name="en-business-hub",
        family="business-news hub: schema.org microdata cards (itemprop headline/description, meta datePublished content) showing '3 hours ago' or a date line, ticker chips, ?mod= tracking",
        body=english_document(
            "Markets News - The Ledger Daily",
            f'<link rel="canonical" href="{_BZ_HOST}/news/markets">',
            body,
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 8. A magazine index: hed and dek spans in one link, silent <time datetime>, a <base href>
# --------------------------------------------------------------------------------------------

_MG_HOST = "https://www.quarterlyreview.example"
# (path relative to the <base>, hed, dek or "", lead or None, author, published)
_MG_ENTRIES = [
    ("ideas/archive/2025/04/loneliness-public-health-policy/682113/", "The Loneliness Economy", ": How a public-health crisis became a growth industry", "Apps, clubs and subscription friendships promise connection. The research on whether they deliver is thinner than the marketing.", "Helena Marsh", datetime(2025, 4, 7, 7, 0, tzinfo=EDT)),
    ("ideas/archive/2025/04/college-admissions-essay-ai/682098/", "The End of the College Essay", "", "Admissions officers say they can no longer tell who wrote what, and some are quietly giving up on the personal statement.", "Daniel Oyelaran", datetime(2025, 4, 6, 8, 0, tzinfo=EDT)),
    ("ideas/archive/2025/04/suburbs-zoning-young-families/682071/", "Why the Suburbs Stopped Building Starter Homes", ": A story told in zoning codes", None, "Marisol Vance", datetime(2025, 4, 5, 9, 30, tzinfo=EDT)),
    ("books/archive/2025/04/novel-review-river-of-salt/682054/", "<em>River of Salt</em> Is a Novel About Inheritance", ": and about what families refuse to hand down", "The debut follows three generations of a family of salt farmers, and the land they fight over.", "Ines Albright", datetime(2025, 4, 4, 11, 15, tzinfo=EDT)),
    ("ideas/archive/2025/04/attention-span-myth/682031/", "Your Attention Span Is Fine", ": It is everything else that has changed", "The claim that we can no longer focus rests on a statistic nobody can trace.", "Caleb Wren", datetime(2025, 4, 3, 6, 45, tzinfo=EDT)),
    ("politics/archive/2025/04/city-council-elections-turnout/682010/", "The Elections Nobody Votes In", ": and why they matter more than the ones everyone does", "Turnout in city-council races has fallen below 15 percent in many large cities.", "Noor Haddad", datetime(2025, 4, 2, 12, 0, tzinfo=EDT)),
    ("ideas/archive/2025/04/weekend-hobbies-productivity/681992/", "Let Your Hobbies Be Useless", "", "The pressure to turn every pastime into a side hustle is draining the fun out of them.", "Helena Marsh", datetime(2025, 4, 1, 7, 0, tzinfo=EDT)),
    ("science/archive/2025/03/bird-migration-light-pollution/681975/", "The Cities That Turn Off Their Lights for Birds", ": A small experiment with a big payoff", None, "Tobias Lindqvist", datetime(2025, 3, 31, 10, 20, tzinfo=EDT)),
]  # fmt: skip
_MG_POPULAR = [
    ("ideas/archive/2025/03/the-case-against-brunch/681903/", "The Case Against Brunch"),
    ("ideas/archive/2025/04/loneliness-public-health-policy/682113/", "The Loneliness Economy"),
    ("family/archive/2025/03/grandparents-childcare-costs/681880/", "America Runs on Grandparents"),
    ("technology/archive/2025/04/smartphone-free-schools/682002/", "What Happened When a School Banned Phones"),
    ("health/archive/2025/03/sleep-tracking-anxiety/681855/", "Your Sleep Tracker Is Keeping You Up"),
]  # fmt: skip
_MG_PICKS = [
    ("magazine/archive/2025/05/the-last-lighthouse-keepers/682088/", "The Last Lighthouse Keepers"),
    ("magazine/archive/2025/05/inside-the-seed-vault/682090/", "Inside the Seed Vault at the End of the World"),
    ("magazine/archive/2025/05/what-the-river-remembers/682091/", "What the River Remembers"),
]  # fmt: skip


def _mg_plain(html: str) -> str:
    """Markup of a hed as a reader reads it (tags gone, entities kept plain)."""
    return html.replace("<em>", "").replace("</em>", "")


def _mg_item(entry: tuple[str, str, str, str | None, str, datetime]) -> str:
    """An ``li.article-list-item``: figure link, then one link holding ``span.hed`` and
    ``span.dek`` (": the subtitle"), an optional ``p.description``, the author and a
    ``time[datetime]`` with no text of its own."""
    path, hed, dek, lead, author, when = entry
    dek_html = f'<span class="dek">{escape_html(dek)}</span>' if dek else ""
    description = f'<p class="description">{escape_html(lead)}</p>' if lead else ""
    author_path = author.lower().replace(" ", "-")
    return f"""
<li class="article-list-item">
  <article class="article">
    <figure class="article-image"><a href="{path}" tabindex="-1" aria-hidden="true"><picture><img class="lazyload" data-srcset="https://cdn.quarterlyreview.example/thumbor/{image_slug(path.rstrip("/").rsplit("/", 1)[0])}/300x200.jpg" alt=""></picture></a></figure>
    <div class="article-text">
      <a class="article-link" href="{path}"><span class="hed">{hed}</span>{dek_html}</a>
      {description}
      <div class="byline">By <a class="author" href="author/{author_path}/">{escape_html(author)}</a></div>
      <time class="date" datetime="{when.isoformat()}"></time>
    </div>
  </article>
</li>"""


def build_magazine_index() -> Layout:
    """A monthly magazine's "Ideas" index behind a ``<base href>`` at the site root, links
    written relative to it (``ideas/archive/2025/04/…/682113/``): ``li.article-list-item``
    whose one link holds the headline as ``span.hed`` + ``span.dek`` (": the subtitle"), a
    ``p.description`` on most, the author, and a ``time[datetime]`` with no display text;
    a numbered "Popular" list, a "From the magazine" box, an ad, pagination."""
    page_url = f"{_MG_HOST}/ideas/"
    menu = nav_links(
        [
            ("Politics", "politics/"),
            ("Ideas", "ideas/"),
            ("Science", "science/"),
            ("Culture", "culture/"),
            ("Books", "books/"),
            ("Family", "family/"),
            ("Technology", "technology/"),
            ("The Magazine", "magazine/"),
        ],
        "nav-item",
    )
    entries = "\n".join(_mg_item(e) for e in _MG_ENTRIES)
    popular = link_list(
        _MG_POPULAR,
        '<li class="popular-item"><span class="popular-number">{rank}</span><a class="popular-link" href="{href}"><h3 class="popular-title">{title}</h3></a></li>',
        sep="\n",
    )
    picks = link_list(
        _MG_PICKS,
        '<li class="magazine-item"><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="header" role="banner">
  <a class="logo" href="./">The Quarterly Review</a>
  <nav class="nav" aria-label="Sections"><ul class="nav-list">
{menu}
  </ul></nav>
  <div class="header-actions"><a href="subscribe/?source=nav">Subscribe</a><a href="login/">Sign in</a></div>
</header>
<div class="ad-container ad-leaderboard"><p class="ad-label">Advertisement</p><a href="https://ad.doubleclick.example/clk;1123;quarterlyreview;sz=728x90?https://www.fernhillwines.example/"><img src="https://tpc.adsyndication.example/simgad/1123" alt=""></a></div>
<main id="main" class="main">
  <div class="channel-header"><h1 class="channel-title">Ideas</h1><p class="channel-description">Essays and arguments about how we live now.</p></div>
  <div class="channel-grid">
    <section class="river" aria-label="Latest">
      <ul class="river-list">
{entries}
      </ul>
      <nav class="pagination" aria-label="Pagination"><ul><li><span aria-current="page">1</span></li><li><a href="ideas/?page=2">2</a></li><li><a href="ideas/?page=3">3</a></li><li><a class="next" href="ideas/?page=2">Next</a></li></ul></nav>
    </section>
    <aside class="channel-rail">
      <section class="popular"><h2 class="popular-heading">Popular</h2><ol class="popular-list">
{popular}
      </ol></section>
      <section class="magazine-promo"><h2>From the May Issue</h2><ul class="magazine-list">
{picks}
      </ul><a class="magazine-subscribe" href="subscribe/?source=issue-promo">Subscribe to the magazine</a></section>
    </aside>
  </div>
</main>
<footer class="footer">
  <ul class="footer-links">
{nav_links([("About", "about/"), ("Contact", "contact/"), ("Careers", "careers/"), ("Advertise", "advertise/"), ("Privacy Policy", "privacy-policy/"), ("Terms and Conditions", "terms-and-conditions/")])}
  </ul>
  <p class="copyright">&copy; 2025 The Quarterly Review Company. All Rights Reserved.</p>
</footer>"""
    head = f'<base href="{_MG_HOST}/">\n<link rel="canonical" href="{page_url}">'
    items = [
        gold_item(_MG_HOST + "/", path, Story(_mg_plain(hed) + dek, lead, when))
        for path, hed, dek, lead, _, when in _MG_ENTRIES
    ]
    return Layout(
        name="en-magazine-index",
        family="magazine channel index: one link holding span.hed + span.dek (': the subtitle'), p.description, text-less time[datetime], links relative to a <base href>",
        body=english_document("Ideas - The Quarterly Review", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


BUILDERS: tuple[Builder, ...] = (
    build_public_radio_section,
    build_broadcaster_topic,
    build_politics_section,
    build_link_aggregator,
    build_client_rendered_section,
    build_amp_section,
    build_business_hub,
    build_magazine_index,
)
