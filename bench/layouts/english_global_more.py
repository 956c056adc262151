"""More English-language listing layouts: broadcaster promos, wire cards, story packages, river.

Each builder returns a whole page in the shape of one family of English-language listing
markup — a public broadcaster's older section page of ``div.gs-c-promo`` blocks whose heading
link wraps ``h3.gs-c-promo-heading__title``, with ``p.gs-c-promo-summary`` and a
``time[data-seconds]`` shown as "2h" beside a "Most watched" video list, a wire service's
section of ``li > div.media-story-card`` cards with topic kicker links, a
``a[data-testid=Heading] > span`` headline and a ``time[datetime]`` printed "2 hours ago" or
"April 7, 2025", a financial news site's section of ``section.story-package-module`` packages
of ``article.story-package-module__story`` entries whose only times are ``data-updated-at``
attributes beside relative text and whose headlines carry a hidden "Subscriber Only" label,
and a tech and culture site's ``div.c-compact-river`` of ``div.c-entry-box--compact`` entries
with a ``div.c-byline`` printing "Apr 8, 2025, 2:05 PM EDT", comment counts and sponsored cards
— with the chrome real pages carry around the list. Hosts, headlines, leads and names are
invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states (a machine-readable instant where the page carries one; relative times resolved
against the fetch instant); a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")


def _iso_z(when: datetime) -> str:
    """An instant as a UTC ISO string with milliseconds and a ``Z``."""
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


# --------------------------------------------------------------------------------------------
# 1. A public broadcaster's older section page (gs-c-promo, data-seconds, "2h")
# --------------------------------------------------------------------------------------------

_BB_HOST = "https://www.northbroadcast.example"
_BB_TOP = [
    Story.at(
        "/news/world-us-canada-68741203",
        "Supreme Court allows deportations under wartime law to resume for now",
        "The justices lifted a lower court's order but said those facing removal must be given "
        "a chance to challenge it in court.",
        ago(NOW, hours=1, minutes=18),
        "US & Canada",
    ),
    Story.at(
        "/news/world-us-canada-68740877",
        "Tariff turmoil: What happens next for US trading partners?",
        "With duties on dozens of countries due to take effect on Wednesday, governments are "
        "weighing whether to negotiate or retaliate.",
        ago(NOW, hours=2, minutes=5),
        "Business",
    ),
    Story.at(
        "/news/world-us-canada-68740512",
        "Canada election: Leaders clash over housing in first French-language debate",
        "The party leaders traded blows over rents and mortgage rules in a debate that "
        "focused heavily on Quebec.",
        ago(NOW, hours=3, minutes=40),
        "US & Canada",
    ),
    Story.at(
        "/news/av/world-us-canada-68740390",
        "Watch: Tornado tears through Kentucky town as residents shelter",
        "Storm chasers filmed the funnel cloud crossing farmland before it reached the edge of "
        "the town.",
        ago(NOW, hours=4, minutes=12),
        "US & Canada",
    ),
    Story.at(
        "/news/world-us-canada-68739954",
        "New York subway crime falls to lowest level in 15 years, police say",
        None,
        ago(NOW, hours=5, minutes=31),
        "US & Canada",
    ),
    Story.at(
        "/news/world-us-canada-68739702",
        "Measles outbreak in Texas passes 500 cases as vaccine clinics expand",
        None,
        ago(NOW, hours=7, minutes=2),
        "Health",
    ),
]
_BB_ALSO = [
    Story.at(
        "/news/world-us-canada-68739511",
        "Ontario premier says province will keep electricity surcharge on US states",
        None,
        ago(NOW, hours=8, minutes=44),
        "US & Canada",
    ),
    Story.at(
        "/news/world-us-canada-68739280",
        "Mississippi River barge traffic halted after lock gate fails",
        None,
        ago(NOW, hours=10, minutes=9),
        "US & Canada",
    ),
    Story.at(
        "/news/world-us-canada-68738863",
        "Harvard faces review of $9bn in federal grants",
        None,
        ago(NOW, hours=12, minutes=27),
        "US & Canada",
    ),
    Story.at(
        "/news/articles/c4gx7y2m9n1o",
        "The small Alaskan town at the centre of a fishing rights fight",
        None,
        ago(NOW, hours=15, minutes=50),
        "Features",
    ),
    Story.at(
        "/news/world-us-canada-68738214",
        "Quebec unveils plan to cut immigration thresholds by a fifth",
        None,
        ago(NOW, hours=19, minutes=3),
        "US & Canada",
    ),
    Story.at(
        "/news/world-us-canada-68737650",
        "Wildfire near Los Angeles forces evacuations in canyon communities",
        None,
        ago(NOW, days=1, hours=3, minutes=22),
        "US & Canada",
    ),
    Story.at(
        "/news/world-us-canada-68737108",
        "Former senator charged with lying to investigators in bribery case",
        None,
        ago(NOW, days=1, hours=9, minutes=48),
        "US & Canada",
    ),
]
_BB_WATCHED = [
    ("/news/av/world-us-canada-68740390", "Tornado filmed crossing farmland in Kentucky"),
    ("/news/av/world-us-canada-68739931", "Moment a moose wanders into a Maine supermarket"),
    ("/news/av/world-us-canada-68738702", "How a fishing town is fighting for its catch"),
    ("/news/av/world-europe-68740118", "Drone footage shows flooded Spanish village"),
    ("/news/av/world-asia-68739407", "Cherry blossom crowds pack Tokyo park"),
]
_BB_MOST_READ = [
    ("/news/world-us-canada-68741203", "Court lets wartime-law deportations resume"),
    ("/news/uk-68740961", "Man charged after car hits pedestrians in city centre"),
    ("/news/world-us-canada-68739702", "Texas measles cases pass 500"),
    ("/news/business-68740733", "Markets slide again as tariffs loom"),
    ("/news/world-us-canada-68738863", "Harvard grants put under review"),
    ("/news/entertainment-arts-68740602", "Singer cancels tour dates over illness"),
    ("/news/science-environment-68740221", "Why this year's pollen season could be worse"),
    ("/news/world-asia-68740157", "Typhoon season outlook raised"),
    ("/news/technology-68739988", "Phone makers warn of price rises"),
    ("/news/world-europe-68739760", "Ferry runs aground off Greek island"),
]


def _bb_age(when: datetime) -> str:
    """The broadcaster's compact age: '42m', '5h', or '7 Apr' after a day."""
    delta = NOW - when
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m"
    if minutes < 24 * 60:
        return f"{minutes // 60}h"
    return f"{when.day} {when:%b}"


def _bb_time(when: datetime) -> str:
    shown = _bb_age(when)
    return (
        f'<time class="gs-o-bullet__text date qa-status-date gs-u-align-middle gs-u-display-inline" datetime="{_iso_z(when)}" data-seconds="{int(when.timestamp())}">'
        f'<span class="gs-u-vh qa-visually-hidden-label">{shown}</span><span class="qa-status-date-output" aria-hidden="true">{shown}</span></time>'
    )


def _bb_promo(
    story: Story, rank: int, *, container: str, summary: bool, primary: bool = False
) -> str:
    """One promo: picture (with a media indicator for clips), heading link, summary, meta."""
    assert story.when is not None
    is_video = "/av/" in story.path
    indicator = (
        '<span class="gs-c-media-indicator gs-o-media-indicator gs-o-media-indicator--small"><svg class="gs-o-media-indicator__icon gs-c-media-indicator__icon gs-t-icon gs-t-text--black" aria-hidden="true"><use xlink:href="#gel-icon-play"></use></svg><span class="gs-u-vh">Video</span><time class="gs-c-media-indicator__duration" datetime="PT1M42S"><span class="gs-u-vh">duration</span> 1:42</time></span>'
        if is_video
        else ""
    )
    body_css = "gs-c-promo-body--primary gel-1/3@m" if primary else "gel-2/3@m"
    heading_css = "gel-paragon-bold" if primary else "gel-pica-bold"
    lead = (
        f'\n      <p class="gs-c-promo-summary gel-long-primer gs-u-mt nw-c-promo-summary">{escape_html(story.lead)}</p>'
        if summary and story.lead
        else ""
    )
    section = story.label.lower().replace(" & ", "_and_").replace(" ", "_")
    return f"""
<div class="gs-c-promo gs-t-News nw-c-promo gs-o-faux-block-link gs-u-pb gs-u-pb+@m nw-p-default gs-c-promo--inline gs-c-promo--stacked@m gs-c-promo--flex" data-entityid="{container}#{rank}">
  <div class="gs-c-promo-image gs-u-display-none gs-u-display-inline-block@m nw-o-keyline nw-o-no-keyline@m gel-1/3@m">
    <div class="gs-o-media-island"><div class="gs-o-responsive-image gs-o-responsive-image--16by9"><img class="qa-lazyload-image" src="https://ichef.northbroadcast.example/news/240/cpsprodpb/{image_slug(story.path)}.jpg" alt=""></div>{indicator}</div>
  </div>
  <div class="gs-c-promo-body {body_css} gs-u-mt@xxs gs-u-mt@m">
    <div>
      <a class="gs-c-promo-heading gs-o-faux-block-link__overlay-link {heading_css} nw-o-link-split__anchor" href="{story.path}"><h3 class="gs-c-promo-heading__title {heading_css} nw-o-link-split__text">{escape_html(story.title)}</h3></a>{lead}
    </div>
    <ul class="gs-o-list-inline gs-o-list-inline--divided gs-u-mt nw-c-promo-meta">
      <li class="gs-o-list-inline__item gs-u-nowrap"><span class="gs-c-timestamp nw-c-timestamp gs-o-bullet__text">{_bb_time(story.when)}</span></li>
      <li class="gs-o-list-inline__item"><a class="gs-c-section-link gs-c-section-link--truncate nw-c-section-link nw-o-link nw-o-link--no-visited-state" href="/news/world/{section}"><span aria-hidden="true">{escape_html(story.label)}</span><span class="gs-u-vh">From {escape_html(story.label)}</span></a></li>
    </ul>
  </div>
</div>"""


def build_broadcaster_gs_promo() -> Layout:
    """A public broadcaster's older section page: a "Top stories" container of
    ``div.gs-c-promo`` blocks (a clip among them, with a play indicator and its length), an
    "Also in the news" container of promos without summaries, times as ``time[data-seconds]``
    shown "2h" or "7 Apr", section links in each meta line, a "Most watched" list of clips,
    a numbered "Most read" box, an advert, the footer."""
    page_url = f"{_BB_HOST}/news/world/us_and_canada"
    menu = nav_links(
        [
            ("Home", "/news"),
            ("Israel-Gaza war", "/news/topics/c2vdnvdg6xxt"),
            ("War in Ukraine", "/news/world-60525350"),
            ("Climate", "/news/science-environment-56837908"),
            ("Video", "/news/av/10462520"),
            ("World", "/news/world"),
            ("US & Canada", "/news/world/us_and_canada"),
            ("UK", "/news/uk"),
            ("Business", "/news/business"),
            ("Tech", "/news/technology"),
        ],
        "nw-c-nav__wide-menuitem-container",
    )
    top = "".join(
        _bb_promo(s, i + 1, container="container-top-stories", summary=True, primary=i == 0)
        for i, s in enumerate(_BB_TOP)
    )
    also = "".join(
        _bb_promo(s, i + 1, container="container-also-in-news", summary=False)
        for i, s in enumerate(_BB_ALSO)
    )
    watched = link_list(
        _BB_WATCHED,
        '<li class="gel-layout__item nw-c-most-watched__item"><div class="gs-c-promo gs-t-News nw-c-promo gs-o-faux-block-link gs-c-promo--inline"><div class="gs-c-promo-image"><span class="gs-c-media-indicator"><span class="gs-u-vh">Video</span><time class="gs-c-media-indicator__duration">0:{rank}8</time></span></div><div class="gs-c-promo-body"><span class="nw-c-most-watched__rank gel-canon-bold" aria-hidden="true">{rank}</span><a class="gs-c-promo-heading gs-o-faux-block-link__overlay-link" href="{href}"><h3 class="gs-c-promo-heading__title gel-pica-bold">{title}</h3></a></div></div></li>',
        sep="\n",
    )
    most_read = link_list(
        _BB_MOST_READ,
        '<li class="gs-o-list-ui__item--flush gel-long-primer gs-u-display-block nw-c-most-read__item"><span class="gs-c-badge gs-c-badge--most-read gel-canon-bold" aria-hidden="true">{rank}</span><span class="gs-o-bullet__text"><a class="gs-c-promo-heading nw-o-link-split__anchor gs-o-faux-block-link__overlay-link" href="{href}"><span class="gs-c-promo-heading__title gel-pica-bold nw-o-link-split__text">{title}</span></a></span></li>',
        sep="\n",
    )
    body = f"""
<div class="orb-skip-links"><a href="#main-content">Skip to content</a></div>
<header class="orb-banner" role="banner">
  <a class="orb-nav-blocks" href="https://www.northbroadcast.example/"><img src="/img/blocks.svg" alt="North Broadcast"></a>
  <ul class="orb-nav-links"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li><li><a href="/sounds">Sounds</a></li></ul>
</header>
<div class="nw-c-nav__wide" role="navigation"><ul class="gs-o-list-ui--top-no-border nw-c-nav__wide-sections">
{menu}
</ul></div>
<div id="main-content" class="gel-wrap gs-u-pt+">
  <h1 class="gs-u-vh">US &amp; Canada</h1>
  <div class="gel-layout gel-layout--equal">
    <div class="gel-layout__item gel-2/3@l">
      <div class="nw-c-top-stories gs-u-box-size gs-t-News" data-entityid="container-top-stories">
        <h2 class="gs-u-vh nw-c-top-stories__title">Top stories</h2>
        <div class="gel-layout gel-layout--equal nw-c-top-stories--standard">{top}
        </div>
      </div>
      <div class="nw-c-5-slice gel-layout gel-layout--equal b-pw-1280" data-entityid="container-also-in-news">
        <h2 class="gs-c-section-title gel-double-pica-bold nw-c-section-title">Also in news</h2>{also}
      </div>
      <div class="nw-c-more-stories"><a class="gs-c-button" href="/news/world/us_and_canada?page=2">More stories</a></div>
    </div>
    <div class="gel-layout__item gel-1/3@l">
      <div class="nw-c-most-watched gs-t-News" data-entityid="container-most-watched">
        <h2 class="gs-c-section-title gel-double-pica-bold">Most watched</h2>
        <ol class="gel-layout nw-c-most-watched__list">
{watched}
        </ol>
      </div>
      <div class="bbccom_advert_placeholder"><div class="bbccom_advert" id="bbccom_mpu"><span class="bbccom_text">Advertisement</span><a href="https://ads.northbroadcast.example/click?slot=mpu&amp;cr=55120" rel="sponsored"><img src="https://ads.northbroadcast.example/c/55120.jpg" alt=""></a></div></div>
      <div class="nw-c-most-read gs-t-News gs-u-box-size" data-entityid="container-most-read">
        <h2 class="gs-c-section-title gel-double-pica-bold">Most read</h2>
        <ol class="gs-o-list-ui gs-o-list-ui--top-no-border nw-c-most-read__items gel-layout gel-layout--no-flex">
{most_read}
        </ol>
      </div>
    </div>
  </div>
</div>
<footer class="orb-footer" role="contentinfo">
  <ul class="orb-footer-links">
{nav_links([("Terms of Use", "/usingthebroadcaster/terms"), ("About the Broadcaster", "/aboutus"), ("Privacy Policy", "/usingthebroadcaster/privacy"), ("Cookies", "/usingthebroadcaster/cookies"), ("Accessibility Help", "/accessibility"), ("Contact", "/contact")])}
  </ul>
  <p class="orb-footer-copyright">Copyright &copy; 2025 North Broadcast. North Broadcast is not responsible for the content of external sites.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in (*_BB_TOP, *_BB_ALSO)]
    return Layout(
        name="en-broadcaster-gs-promo",
        family="public broadcaster's older section page: div.gs-c-promo > div.gs-c-promo-body > a.gs-c-promo-heading > h3.gs-c-promo-heading__title, p.gs-c-promo-summary, time[data-seconds] '2h' / '7 Apr', section links in the meta line, clip with play indicator, 'Most watched' clips, numbered 'Most read'",
        body=english_document("US & Canada - North Broadcast News", "", body, lang="en-GB"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# 2. A wire service's section of media story cards ("2 hours ago", "April 7, 2025")
# --------------------------------------------------------------------------------------------

_MS_HOST = "https://www.globalwire.example"
_MS_STORIES = [
    Story.at(
        "/business/energy/opec-sources-see-output-hike-going-ahead-despite-price-slide-2025-04-08/",
        "OPEC+ sources see May output hike going ahead despite price slide",
        "OPEC+ is likely to proceed with a planned oil output increase in May, four sources "
        "said, even as crude fell to its lowest in more than three years.",
        ago(NOW, hours=1, minutes=52),
        "Energy",
    ),
    Story.at(
        "/business/energy/oil-extends-losses-tariff-fears-hit-demand-outlook-2025-04-08/",
        "Oil extends losses as tariff fears hit demand outlook",
        None,
        ago(NOW, hours=2, minutes=36),
        "Commodities",
    ),
    Story.at(
        "/business/energy/us-lng-developers-sign-long-term-deals-with-asian-buyers-2025-04-08/",
        "US LNG developers sign long-term deals with Asian buyers",
        "Three US liquefied natural gas projects signed supply agreements with buyers in Japan "
        "and South Korea on Tuesday.",
        ago(NOW, hours=3, minutes=5),
        "Energy",
    ),
    Story.at(
        "/sustainability/climate-energy/offshore-wind-auction-draws-record-bids-2025-04-08/",
        "Offshore wind auction draws record bids despite cost pressures",
        None,
        ago(NOW, hours=4, minutes=48),
        "Climate & Energy",
    ),
    Story.at(
        "/business/energy/refiners-cut-runs-as-margins-slump-2025-04-08/",
        "Asian refiners cut runs as margins slump to two-year low",
        None,
        ago(NOW, minutes=41),
        "Energy",
    ),
    Story.at(
        "/business/energy/exclusive-chinese-teapots-slash-iranian-oil-purchases-2025-04-08/",
        "Exclusive: Chinese independent refiners slash Iranian oil purchases",
        "Purchases fell by a third in March after new sanctions on tankers, according to ship "
        "tracking data and trade sources.",
        ago(NOW, hours=5, minutes=20),
        "Energy",
    ),
    Story.at(
        "/business/energy/norway-gas-output-hits-record-first-quarter-2025-04-08/",
        "Norway's gas output hits record in first quarter",
        None,
        ago(NOW, hours=6, minutes=2),
        "Energy",
    ),
    Story.at(
        "/business/energy/shale-producers-warn-of-drilling-pullback-below-60-2025-04-07/",
        "Shale producers warn of drilling pullback if oil stays below $60",
        "Executives said several companies would trim rigs by the summer if prices do not recover.",
        datetime(2025, 4, 7, 21, 14, 9, tzinfo=UTC),
        "Energy",
    ),
    Story.at(
        "/markets/commodities/copper-slides-demand-worries-2025-04-07/",
        "Copper slides as demand worries deepen",
        None,
        datetime(2025, 4, 7, 18, 40, 51, tzinfo=UTC),
        "Commodities",
    ),
    Story.at(
        "/business/energy/india-state-refiner-signs-us-crude-term-deal-2025-04-07/",
        "India state refiner signs first term deal for US crude",
        None,
        datetime(2025, 4, 7, 15, 2, 33, tzinfo=UTC),
        "Energy",
    ),
    Story.at(
        "/business/energy/eu-gas-storage-target-flexibility-2025-04-07/",
        "EU countries back more flexible gas storage target",
        "Member states agreed to let the 90% filling target be missed by up to ten points in "
        "difficult market conditions.",
        datetime(2025, 4, 7, 12, 26, 45, tzinfo=UTC),
        "Energy",
    ),
    Story.at(
        "/business/energy/nigeria-refinery-resumes-petrol-output-2025-04-07/",
        "Nigeria's largest refinery resumes petrol output after maintenance",
        None,
        datetime(2025, 4, 7, 9, 58, 20, tzinfo=UTC),
        "Africa",
    ),
]
_MS_MOST_READ = [
    (
        "/markets/global-markets-wrapup-1-2025-04-08/",
        "Stocks bounce as investors weigh trade talks",
    ),
    (
        "/business/energy/opec-sources-see-output-hike-going-ahead-despite-price-slide-2025-04-08/",
        "OPEC+ set to go ahead with May hike, sources say",
    ),
    (
        "/world/us/fed-officials-signal-patience-2025-04-08/",
        "Fed officials signal patience on rates",
    ),
    (
        "/business/autos-transportation/carmakers-halt-shipments-2025-04-08/",
        "Carmakers halt some shipments to US",
    ),
    (
        "/technology/chipmakers-tariff-exemption-2025-04-07/",
        "Chipmakers lobby for tariff exemption",
    ),
]


def _ms_age(when: datetime) -> str:
    """The wire's age text: 'N mins ago' / 'N hours ago' within six hours, else the date."""
    minutes = int((NOW - when).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} mins ago"
    if minutes < 6 * 60:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours > 1 else ''} ago"
    return f"{when:%B} {when.day}, {when:%Y}"


def _ms_card(story: Story, *, hub: bool = False) -> str:
    """A media story card: picture link, topic kicker link, heading link with a span, an
    optional description and the time."""
    assert story.when is not None
    topic = story.label.lower().replace(" & ", "-").replace(" ", "-")
    variant = "media-story-card__hub__3mHOR" if hub else "media-story-card__basic__2yyVq"
    heading = (
        "heading__base__2T28j heading__heading_4__3rqYQ"
        if hub
        else "heading__base__2T28j heading__heading_6__RtD9P"
    )
    desc = (
        f'\n    <p data-testid="Description" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf media-story-card__description__3ZeTd">{escape_html(story.lead)}</p>'
        if story.lead
        else ""
    )
    return f"""
<div class="media-story-card__placement-container__1R55- {variant}" data-testid="MediaStoryCard">
  <div class="media-story-card__image-container__gQPAN"><a data-testid="Image" href="{story.path}" tabindex="-1" aria-hidden="true"><img src="https://www.globalwire.example/resizer/v2/{image_slug(story.path)[:24].upper()}.jpg?width=320" alt="" loading="lazy"></a></div>
  <div class="media-story-card__body__3tRWy">
    <span data-testid="Label" class="text__text__1FZLe text__inherit-color__3208F text__medium__1kbOh text__extra_small__1Mw6v label__label__f9Hew label__kicker__RW9aE media-story-card__section__SyzSm"><a data-testid="Link" href="/business/{topic}/" class="text__text__1FZLe link__link__3Ji6W link__underline_on_hover__2zGL4">{escape_html(story.label)}</a></span>
    <a data-testid="Heading" href="{story.path}" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh {heading} media-story-card__heading__eqhp9"><span data-testid="Title" class="media-story-card__title__2fp8m">{escape_html(story.title)}</span></a>{desc}
    <time datetime="{_iso_z(story.when)}" data-testid="Label" class="text__text__1FZLe text__inherit-color__3208F text__regular__2N1Xr text__extra_small__1Mw6v label__label__f9Hew label__small__274ei media-story-card__time__2i9EK">{_ms_age(story.when)}</time>
  </div>
</div>"""


def build_wire_media_story_cards() -> Layout:
    """A wire service's section page of media story cards: a hub card on top, then
    ``li > div.media-story-card`` cards with a topic kicker link, ``a[data-testid=Heading] >
    span``, a description on some and ``time[datetime]`` printed "41 mins ago", "2 hours ago"
    or "April 7, 2025"; hashed CSS-module classes, a sponsored card of the same markup, a
    numbered "Most Read" rail, adverts with "Advertisement · Scroll to continue", "Load more"
    and the footer."""
    page_url = f"{_MS_HOST}/business/energy/"
    ordered = sorted(_MS_STORIES, key=lambda s: s.when or NOW, reverse=True)
    hub, rest = ordered[0], ordered[1:]
    menu = nav_links(
        [
            ("World", "/world/"),
            ("Business", "/business/"),
            ("Markets", "/markets/"),
            ("Sustainability", "/sustainability/"),
            ("Legal", "/legal/"),
            ("Breakingviews", "/breakingviews/"),
            ("Technology", "/technology/"),
            ("Investigations", "/investigates/"),
        ],
        "site-header__nav-item__3lKbm",
    )
    cards = "\n".join(
        f'<li class="story-collection__story__LeZ29 story-collection__default__G33_I">{_ms_card(s)}\n</li>'
        for s in rest[:6]
    )
    more = "\n".join(
        f'<li class="story-collection__story__LeZ29 story-collection__default__G33_I">{_ms_card(s)}\n</li>'
        for s in rest[6:]
    )
    ad = '<div class="ad-slot__container__3lqyo" data-testid="AdSlot"><div class="ad-slot__label__1-HnM">Advertisement · Scroll to continue</div><a href="https://adclick.g.doubleclick.example/pcs/click?adurl=https://www.energybank.example/offer" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/1887442" alt=""></a><button class="ad-slot__report__2g0yP">Report This Ad</button></div>'
    sponsored = """
<li class="story-collection__story__LeZ29 story-collection__default__G33_I story-collection__sponsored__1Gf8x">
<div class="media-story-card__placement-container__1R55- media-story-card__basic__2yyVq" data-testid="MediaStoryCard">
  <div class="media-story-card__body__3tRWy">
    <span data-testid="Label" class="text__text__1FZLe label__label__f9Hew label__kicker__RW9aE">Sponsored</span>
    <a data-testid="Heading" href="https://sponsored.globalwire.example/pipeline-partners/grid-of-the-future?utm_source=wire&amp;utm_medium=native" class="text__text__1FZLe heading__base__2T28j heading__heading_6__RtD9P media-story-card__heading__eqhp9"><span data-testid="Title">How midstream operators are building the grid of the future</span></a>
    <span class="text__text__1FZLe label__label__f9Hew label__small__274ei">Content from Pipeline Partners</span>
  </div>
</div>
</li>"""
    most_read = link_list(
        _MS_MOST_READ,
        '<li class="most-popular__item__2u1aX"><span class="most-popular__rank__3T7hs">{rank}</span><a data-testid="Heading" href="{href}" class="text__text__1FZLe heading__base__2T28j heading__heading_6__RtD9P"><span data-testid="Title">{title}</span></a></li>',
        sep="\n",
    )
    body = f"""
<div id="fusion-app" class="app__app__2jk5e">
<header class="site-header__header__1Ei8L" data-testid="SiteHeader">
  <a class="site-header__logo__2j3ef" href="/" aria-label="Global Wire homepage"><svg></svg></a>
  <nav class="site-header__nav__2MYJD" aria-label="Main navigation"><ul class="site-header__nav-list__1Hb9G">
{menu}
  </ul></nav>
  <a class="site-header__subscribe__3mi3u" href="/account/subscribe/">Subscribe</a> <a href="/account/sign-in/">Sign In</a>
</header>
{ad}
<main id="main-content" class="regular-section-layout__container__2zLKp">
  <div class="section-title__container__3v0ic"><h1 data-testid="Heading" class="text__text__1FZLe heading__base__2T28j heading__heading_2__3oiLp">Energy</h1>
    <ul class="section-title__subsections__2kUKw"><li><a href="/business/energy/oil/">Oil</a></li><li><a href="/business/energy/gas/">Gas</a></li><li><a href="/business/energy/power/">Power</a></li></ul></div>
  <div class="regular-section-layout__content__1SDXB">
    <div class="regular-section-layout__main__1P9-e">
      <div class="story-collection__hub__3Sk0m" data-testid="StoryCollection">{_ms_card(hub, hub=True)}
      </div>
      <ul class="story-collection__three_columns__2d1fL story-collection__list__2M49i" data-testid="StoryCollection">
{cards}
{sponsored}
      </ul>
      {ad.replace("1887442", "1887443")}
      <ul class="story-collection__one_column__2ekFq story-collection__list__2M49i" data-testid="StoryCollection">
{more}
      </ul>
      <div class="pagination__container__3zFhF" data-testid="Pagination">
        <span class="pagination__label__3xLlx">1 to 12 of 3,000</span>
        <a class="pagination__page__1rV9T" href="/business/energy/?page=2" aria-label="Next stories">Next</a>
        <button class="button__button__2Ecqi" data-testid="LoadMore">Load more articles</button>
      </div>
    </div>
    <aside class="regular-section-layout__rail__1X1ms" aria-label="Most Read">
      <div class="most-popular__container__1Wv_9" data-testid="MostPopular">
        <h2 class="text__text__1FZLe heading__base__2T28j most-popular__title__3gcY4">Most Read</h2>
        <ol class="most-popular__list__1pTdv">
{most_read}
        </ol>
      </div>
    </aside>
  </div>
</main>
<footer class="site-footer__container__3AgUS" data-testid="SiteFooter">
  <ul class="site-footer__list__3WeHS">
{nav_links([("About Global Wire", "/info-pages/about-us/"), ("Careers", "/info-pages/careers/"), ("Contact Us", "/info-pages/contact-us/"), ("Advertise With Us", "/info-pages/advertise-with-us/"), ("Terms of Use", "/info-pages/terms-of-use/"), ("Privacy", "/info-pages/privacy-policy/")], "site-footer__item__1R3Sq")}
  </ul>
  <p class="site-footer__copyright__2Kb0Q">All quotes delayed a minimum of 15 minutes. &copy; 2025 Global Wire. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s in ordered]
    return Layout(
        name="en-wire-media-story-cards",
        family="wire service section of media story cards: li > div.media-story-card (hashed CSS-module classes), topic kicker link, a[data-testid=Heading] > span, optional description, time[datetime Z] '41 mins ago' / '2 hours ago' / 'April 7, 2025', sponsored card in the same markup, numbered Most Read",
        body=english_document("Energy News | Latest Headlines | Global Wire", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="UTC",
    )


# --------------------------------------------------------------------------------------------
# 3. A financial news site's story packages (data-updated-at, "Subscriber Only")
# --------------------------------------------------------------------------------------------

_SP_HOST = "https://www.bourseline.example"
_SP_PACKAGES: list[tuple[str, str, list[tuple[Story, bool]]]] = [
    (
        "top",
        "Technology",
        [
            (
                Story.at(
                    "/news/articles/2025-04-08/chipmakers-lose-200-billion-as-tariff-rout-deepens",
                    "Chipmakers Lose $200 Billion as Tariff Rout Deepens",
                    "Semiconductor shares extended their slide for a fourth day as investors "
                    "priced in weaker demand for phones and PCs.",
                    datetime(2025, 4, 8, 5, 21, 44, tzinfo=UTC),
                ),
                True,
            ),
            (
                Story.at(
                    "/news/articles/2025-04-08/phone-assemblers-weigh-moving-more-output-to-india",
                    "Phone Assemblers Weigh Moving More Output to India",
                    "Suppliers are drawing up plans to shift lines within months, people familiar "
                    "with the matter said.",
                    datetime(2025, 4, 8, 4, 2, 18, tzinfo=UTC),
                ),
                True,
            ),
            (
                Story.at(
                    "/news/articles/2025-04-08/cloud-spending-holds-up-despite-market-turmoil-survey",
                    "Cloud Spending Holds Up Despite Market Turmoil, Survey Shows",
                    None,
                    datetime(2025, 4, 8, 3, 37, 5, tzinfo=UTC),
                ),
                False,
            ),
            (
                Story.at(
                    "/news/videos/2025-04-08/what-tariffs-mean-for-the-price-of-your-laptop-video",
                    "What Tariffs Mean for the Price of Your Laptop",
                    None,
                    datetime(2025, 4, 8, 2, 55, 40, tzinfo=UTC),
                ),
                False,
            ),
        ],
    ),
    (
        "ai",
        "Artificial Intelligence",
        [
            (
                Story.at(
                    "/news/articles/2025-04-08/ai-startup-raises-2-billion-at-30-billion-valuation",
                    "AI Startup Raises $2 Billion at $30 Billion Valuation",
                    "The round was led by a sovereign wealth fund and values the two-year-old "
                    "company at more than triple its level in the autumn.",
                    datetime(2025, 4, 8, 1, 48, 12, tzinfo=UTC),
                ),
                True,
            ),
            (
                Story.at(
                    "/news/articles/2025-04-07/data-center-builders-face-power-crunch-in-virginia",
                    "Data Center Builders Face Power Crunch in Virginia",
                    None,
                    datetime(2025, 4, 7, 22, 30, 0, tzinfo=UTC),
                ),
                True,
            ),
            (
                Story.at(
                    "/news/articles/2025-04-07/chip-export-rules-set-to-tighten-for-gulf-buyers",
                    "Chip Export Rules Set to Tighten for Gulf Buyers",
                    None,
                    datetime(2025, 4, 7, 19, 12, 51, tzinfo=UTC),
                ),
                False,
            ),
            (
                Story.at(
                    "/news/newsletters/2025-04-07/the-model-arms-race-has-a-new-bottleneck",
                    "The Model Arms Race Has a New Bottleneck",
                    "Training runs now wait on transformers — the electrical kind.",
                    datetime(2025, 4, 7, 16, 0, 3, tzinfo=UTC),
                ),
                True,
            ),
        ],
    ),
    (
        "cyber",
        "Cybersecurity",
        [
            (
                Story.at(
                    "/news/articles/2025-04-08/hackers-hit-european-utility-billing-systems",
                    "Hackers Hit European Utility's Billing Systems",
                    None,
                    datetime(2025, 4, 8, 0, 24, 37, tzinfo=UTC),
                ),
                False,
            ),
            (
                Story.at(
                    "/news/articles/2025-04-07/security-firm-agrees-to-buy-identity-startup",
                    "Security Firm Agrees to Buy Identity Startup for $1.1 Billion",
                    "The deal is the largest in the sector this year.",
                    datetime(2025, 4, 7, 20, 45, 9, tzinfo=UTC),
                ),
                True,
            ),
            (
                Story.at(
                    "/news/articles/2025-04-07/ransomware-payments-fell-last-year-report-says",
                    "Ransomware Payments Fell Last Year, Report Says",
                    None,
                    datetime(2025, 4, 7, 14, 10, 26, tzinfo=UTC),
                ),
                False,
            ),
        ],
    ),
]
_SP_MOST_READ = [
    (
        "/news/articles/2025-04-08/stocks-rebound-after-selloff",
        "Stocks Rebound After Three-Day Selloff",
    ),
    (
        "/news/articles/2025-04-08/chipmakers-lose-200-billion-as-tariff-rout-deepens",
        "Chip Stocks Shed $200 Billion",
    ),
    ("/news/articles/2025-04-08/treasury-yields-jump", "Treasury Yields Jump as Haven Bid Fades"),
    (
        "/news/articles/2025-04-07/billionaires-lose-record-sums",
        "Billionaires Lose Record Sums in Rout",
    ),
    ("/news/articles/2025-04-07/oil-lowest-since-2021", "Oil Drops to Lowest Since 2021"),
]
_SP_TICKERS = [("SOX:IND", "Semiconductor Index", "-3.21%"), ("NVDA:US", "Nvidia", "-4.02%"), ("AAPL:US", "Apple", "-2.17%"), ("005930:KS", "Samsung", "-1.08%")]  # fmt: skip


def _sp_age(when: datetime) -> str:
    """The site's relative text: '38 min ago', '2 hr ago', then 'Apr 7, 2025'."""
    minutes = int((NOW - when).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 24 * 60:
        return f"{minutes // 60} hr ago"
    return f"{when:%b} {when.day}, {when:%Y}"


def _sp_story(story: Story, paid: bool, zone: str, rank: int) -> str:
    """A package story: picture, headline link (a hidden "Subscriber Only" lock label first
    for paid stories), summary and the relative time, its instant in data attributes."""
    assert story.when is not None
    stamp = story.when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    video = "/videos/" in story.path
    kind = "Video" if video else "Story"
    lock = (
        '<span class="story-package-module__story__lock" data-component="subscriber-only"><svg class="lock-icon" aria-hidden="true" viewBox="0 0 10 12"><path d="M2 5V3a3 3 0 0 1 6 0v2"></path></svg><span class="visually-hidden">Subscriber Only</span></span>'
        if paid
        else ""
    )
    label = (
        '<span class="story-package-module__story__type-label">Video</span><span class="story-package-module__story__duration">03:12</span>'
        if video
        else ""
    )
    summary = (
        f'\n  <div class="story-package-module__story__summary">{escape_html(story.lead)}</div>'
        if story.lead
        else ""
    )
    return f"""
<article class="story-package-module__story mod-story{" story-package-module__story--video" if video else ""}" data-tracking-type="{kind}" data-tracking-id="{zone}-{rank}" data-updated-at="{stamp}" data-resource-type="{kind.lower()}">
  <a class="story-package-module__story__image-link" href="{story.path}" tabindex="-1"><div class="story-package-module__story__image" style="background-image:url('https://assets.bourseline.example/image/{image_slug(story.path)[:20]}/320x-1.jpg')"></div>{label}</a>
  <h3 class="story-package-module__story__headline"><a class="story-package-module__story__headline-link" href="{story.path}">{lock}{escape_html(story.title)}</a></h3>{summary}
  <div class="story-package-module__story__meta"><span class="hub-timestamp" data-updated-at="{stamp}" data-type="relative">{_sp_age(story.when)}</span></div>
</article>"""


def build_finance_story_packages() -> Layout:
    """A financial news site's section page of story packages: ``section.story-package-module``
    blocks (Technology, Artificial Intelligence, Cybersecurity) of
    ``article.story-package-module__story`` entries with ``h3 > a``, a hidden "Subscriber Only"
    lock label opening paid headlines, summaries on some, a clip among them, and times only as
    ``data-updated-at`` attributes beside relative text ("2 hr ago"); a quote strip, a
    numbered "Most Read" box, a newsletter sign-up, a paid post in the package markup, the
    footer."""
    page_url = f"{_SP_HOST}/technology"
    menu = nav_links(
        [
            ("Markets", "/markets"),
            ("Economics", "/economics"),
            ("Industries", "/industries"),
            ("Technology", "/technology"),
            ("Politics", "/politics"),
            ("Wealth", "/wealth"),
            ("Pursuits", "/pursuits"),
            ("Opinion", "/opinion"),
            ("Businessweek", "/businessweek"),
            ("Green", "/green"),
        ],
        "navi-bar__item",
    )
    tickers = "\n".join(
        f'<a class="ticker-strip__quote" href="/quote/{sym}"><span class="ticker-strip__name">{name}</span> <span class="ticker-strip__change ticker-strip__change--down">{chg}</span></a>'
        for sym, name, chg in _SP_TICKERS
    )
    packages = []
    for zone, title, stories in _SP_PACKAGES:
        entries = "".join(_sp_story(s, paid, zone, i + 1) for i, (s, paid) in enumerate(stories))
        if zone == "ai":
            entries += """
<article class="story-package-module__story mod-story story-package-module__story--sponsored" data-tracking-type="Sponsored">
  <div class="story-package-module__story__eyebrow">Paid Post</div>
  <h3 class="story-package-module__story__headline"><a class="story-package-module__story__headline-link" href="https://sponsored.bourseline.example/northbank/ai-in-treasury/?adid=np_4412">How Treasurers Are Putting AI to Work</a></h3>
  <div class="story-package-module__story__summary">Presented by Northbank</div>
</article>"""
        packages.append(f"""
<section class="story-package-module story-package-module--{zone}" data-zone="{zone}" data-module-type="story_package">
  <h2 class="story-package-module__title"><a href="/technology/{zone}">{escape_html(title)}</a></h2>
  <div class="story-package-module__stories">{entries}
  </div>
</section>""")
    most_read = link_list(
        _SP_MOST_READ,
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a class="most-read__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div class="navi-bar" role="navigation">
  <a class="navi-bar__logo" href="/">Bourseline</a>
  <ul class="navi-bar__list">
{menu}
  </ul>
  <a class="navi-bar__subscribe" href="/subscriptions">Subscribe</a> <a class="navi-bar__sign-in" href="/account/signin">Sign In</a>
</div>
<div class="ticker-strip" data-component="ticker-strip">
{tickers}
</div>
<main class="hub-page" id="main">
  <h1 class="hub-page__title">Technology</h1>
  <div class="hub-page__columns">
    <div class="hub-page__main">{"".join(packages[:2])}
      <div class="newsletter-signup" data-component="newsletter"><h3 class="newsletter-signup__title">Sign up for Tech Daily</h3><p>Get the latest technology news delivered every weekday.</p><form action="/newsletters/subscribe"><input type="email" name="email" placeholder="Enter your email"><button>Sign Up</button></form><a href="/newsletters/tech-daily">See all newsletters</a></div>{packages[2]}
      <div class="hub-page__more"><a class="hub-page__more-link" href="/technology/latest">See all Technology news</a></div>
    </div>
    <aside class="hub-page__rail">
      <div class="ad-container" data-ad-type="box1"><span class="ad-container__label">Advertisement</span><a href="https://securepubads.g.doubleclick.example/gampad/clk?id=66120&amp;iu=/bourseline/tech" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/66120" alt=""></a></div>
      <section class="most-read" data-component="most-read">
        <h2 class="most-read__title">Most Read</h2>
        <ol class="most-read__list">
{most_read}
        </ol>
      </section>
    </aside>
  </div>
</main>
<footer class="footer">
  <ul class="footer__links">
{nav_links([("Terms of Service", "/tos"), ("Trademarks", "/trademarks"), ("Privacy Policy", "/privacy"), ("Careers", "/company/careers"), ("Made in NYC", "/company/nyc"), ("Advertise", "/advertise"), ("Help", "/help")])}
  </ul>
  <p>&copy;2025 Bourseline L.P. All Rights Reserved.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for _, _, stories in _SP_PACKAGES for s, _ in stories]
    return Layout(
        name="en-finance-story-packages",
        family="financial news site story packages: section.story-package-module > article.story-package-module__story, h3 > a opening with a hidden 'Subscriber Only' lock label, summary div, times only in data-updated-at beside '2 hr ago' text, quote strip, Paid Post in the package, numbered Most Read",
        body=english_document("Technology - Bourseline", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A tech and culture site's compact river (c-entry-box--compact, "Apr 8, 2025, 2:05 PM EDT")
# --------------------------------------------------------------------------------------------

_CR_HOST = "https://www.circuitverge.example"


def _cr_at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 4, day, hour, minute, tzinfo=EDT)


# (story, author, comments, kicker)
_CR_HERO = [
    (
        Story.at(
            "/2025/4/7/24403311/nintendo-switch-2-preorders-delayed-tariffs",
            "Nintendo delays Switch 2 preorders in the US to assess tariffs",
            "The console's June launch date is unchanged, but preorders that were set to open "
            "on April 9th are on hold.",
            _cr_at(7, 21, 41),
        ),
        "Jay Peters",
        412,
        "Gaming",
    ),
    (
        Story.at(
            "/2025/4/7/24403190/framework-laptop-12-hands-on",
            "Framework's tiny Laptop 12 is the most fun I've had with a laptop in years",
            "It's chunky, colorful and built for kids and tinkerers alike.",
            _cr_at(7, 19, 12),
        ),
        "Sean Hollister",
        188,
        "Hands-on",
    ),
]
_CR_RIVER = [
    (
        Story.at(
            "/2025/4/7/24403388/google-pixel-update-battery-drain-fix",
            "Google's April Pixel update fixes the battery drain bug",
            None,
            _cr_at(7, 23, 5),
        ),
        "Allison Johnson",
        34,
        "",
    ),
    (
        Story.at(
            "/2025/4/7/24403260/bluesky-verification-blue-check",
            "Bluesky is testing a blue check of its own",
            "Trusted organizations will be able to verify other accounts.",
            _cr_at(7, 20, 30),
        ),
        "Emma Roth",
        97,
        "",
    ),
    (
        Story.at(
            "/2025/4/7/24403215/sonos-arc-ultra-soundbar-review",
            "Sonos Arc Ultra review: a big leap in bass",
            None,
            _cr_at(7, 18, 0),
        ),
        "Chris Welch",
        121,
        "Review",
    ),
    (
        Story.at(
            "/2025/4/7/24403174/microsoft-copilot-windows-recall-rollout",
            "Microsoft starts rolling out Recall to Windows Insiders again",
            None,
            _cr_at(7, 16, 45),
        ),
        "Tom Warren",
        58,
        "",
    ),
    (
        Story.at(
            "/2025/4/7/24403102/apple-iphone-prices-tariffs-analysts",
            "How much could an iPhone cost after tariffs? Analysts have guesses",
            "Estimates range from a modest bump to a price north of $2,000.",
            _cr_at(7, 15, 20),
        ),
        "Wes Davis",
        230,
        "",
    ),
    (
        Story.at(
            "/2025/4/7/24403057/lego-game-boy-set-announced",
            "Lego's next big set is a Game Boy",
            None,
            _cr_at(7, 13, 58),
        ),
        "Andrew Webster",
        76,
        "",
    ),
    (
        Story.at(
            "/2025/4/7/24402991/amazon-kuiper-first-launch-date",
            "Amazon sets a date for its first full Kuiper satellite launch",
            None,
            _cr_at(7, 12, 30),
        ),
        "Richard Lawler",
        19,
        "",
    ),
    (
        Story.at(
            "/2025/4/7/24402940/tesla-cybertruck-recall-trim-panel",
            "Tesla recalls nearly every Cybertruck over a falling trim panel",
            "It is the eighth recall for the truck since it launched.",
            _cr_at(7, 11, 2),
        ),
        "Andrew J. Hawkins",
        305,
        "Exclusive",
    ),
    (
        Story.at(
            "/2025/4/7/24402876/youtube-shorts-editor-update",
            "YouTube Shorts gets a new editor and AI stickers",
            None,
            _cr_at(7, 9, 41),
        ),
        "Jess Weatherbed",
        12,
        "",
    ),
    (
        Story.at(
            "/2025/4/6/24402650/best-cheap-wireless-earbuds",
            "The best budget wireless earbuds to buy right now",
            "Good sound doesn't have to cost a lot.",
            _cr_at(6, 14, 5),
        ),
        "Chris Welch",
        0,
        "",
    ),
    (
        Story.at(
            "/2025/4/6/24402588/severance-season-two-finale-recap",
            "The Severance season 2 finale answered almost nothing, and that's fine",
            None,
            _cr_at(6, 10, 0),
        ),
        "Charles Pulliam-Moore",
        164,
        "",
    ),
    (
        Story.at(
            "/2025/4/5/24402411/ev-charging-network-reliability-study",
            "EV chargers are getting more reliable, a new study finds",
            None,
            _cr_at(5, 16, 33),
        ),
        "Umar Shakir",
        41,
        "",
    ),
]
_CR_POPULAR = [
    (
        "/2025/4/7/24403311/nintendo-switch-2-preorders-delayed-tariffs",
        "Switch 2 preorders delayed in the US",
    ),
    (
        "/2025/4/7/24403102/apple-iphone-prices-tariffs-analysts",
        "What tariffs could do to iPhone prices",
    ),
    (
        "/2025/4/4/24401980/microsoft-50th-anniversary-copilot-event",
        "Everything Microsoft announced at its 50th anniversary event",
    ),
    ("/2025/4/7/24402940/tesla-cybertruck-recall-trim-panel", "Every Cybertruck recalled again"),
    ("/2025/4/3/24401522/switch-2-price-specs", "Switch 2: price, specs and games"),
]


def _cr_stamp(when: datetime) -> str:
    return f"{when:%b} {when.day}, {when:%Y}, {clock12(when)} EDT"


def _cr_entry(story: Story, author: str, comments: int, kicker: str, *, hero: bool = False) -> str:
    """A compact entry box: picture link, optional kicker link, title link, optional dek and
    the byline (author, time, comment count)."""
    assert story.when is not None
    slug = author.lower().replace(" ", "-").replace(".", "")
    label = (
        f'\n    <a class="c-entry-box--compact__label" href="/{kicker.lower()}">{escape_html(kicker)}</a>'
        if kicker
        else ""
    )
    dek = (
        f'\n    <p class="p-dek c-entry-box--compact__dek">{escape_html(story.lead)}</p>'
        if story.lead
        else ""
    )
    count = (
        f'\n      <span class="c-byline__item"><a href="{story.path}#comments"><span class="c-entry-stat c-entry-stat--words"><svg class="p-svg-icon c-entry-stat__icon"><use xlink:href="#icon-comment"></use></svg><span class="c-entry-stat__comment-data">{comments}</span></span></a></span>'
        if comments
        else ""
    )
    variant = "c-entry-box--compact--hero" if hero else "c-entry-box--compact--article"
    return f"""
<div class="c-compact-river__entry{" c-compact-river__entry--featured" if hero else ""}">
  <div class="c-entry-box--compact {variant}" data-chorus-optimize-id="{story.path.split("/")[4]}" data-chorus-optimize-module="entry-box">
    <a class="c-entry-box--compact__image-wrapper" href="{story.path}" data-chorus-optimize-field="main_image"><div class="c-entry-box--compact__image"><img alt="" src="https://cdn.circuitverge.example/thumbor/{image_slug(story.path)}.jpg"></div></a>
    <div class="c-entry-box--compact__body">{label}
    <h2 class="c-entry-box--compact__title"><a href="{story.path}" data-chorus-optimize-field="hed">{escape_html(story.title)}</a></h2>{dek}
    <div class="c-byline">
      <span class="c-byline__item"><a href="/authors/{slug}"><span class="c-byline__author-name">{escape_html(author)}</span></a></span>
      <span class="c-byline__item"><time class="c-byline__item" data-ui="timestamp" datetime="{story.when.isoformat()}">{_cr_stamp(story.when)}</time></span>{count}
    </div>
    </div>
  </div>
</div>"""


def build_tech_compact_river() -> Layout:
    """A tech and culture site's section page: two featured entries over a
    ``div.c-compact-river`` of ``div.c-entry-box--compact`` entries with
    ``h2.c-entry-box--compact__title > a``, a kicker link on some ("Review", "Exclusive"), a
    dek on some, a ``div.c-byline`` of author link, ``time[datetime]`` printed "Apr 7, 2025,
    9:41 PM EDT" and a comment count; two sponsored cards in the river, a numbered "Most
    Popular" box, an advert, "Next" pagination, the footer."""
    page_url = f"{_CR_HOST}/tech"
    menu = nav_links(
        [
            ("Tech", "/tech"),
            ("Reviews", "/reviews"),
            ("Science", "/science"),
            ("Entertainment", "/entertainment"),
            ("AI", "/ai-artificial-intelligence"),
            ("Policy", "/policy"),
            ("Gaming", "/games"),
            ("Podcasts", "/podcasts"),
        ],
        "c-global-header__link",
    )
    hero = "".join(_cr_entry(*row, hero=True) for row in _CR_HERO)
    river = [_cr_entry(*row) for row in _CR_RIVER]
    sponsored = [
        """
<div class="c-compact-river__entry c-compact-river__entry--sponsored">
  <div class="c-entry-box--compact c-entry-box--compact--sponsored" data-native-ad="true">
    <a class="c-entry-box--compact__image-wrapper" href="https://ad.doubleclick.example/ddm/trackclk/N1234.circuitverge/B2233;dc_trk_aid=5521"><div class="c-entry-box--compact__image"><img alt="" src="https://tpc.googlesyndication.example/simgad/7712"></div></a>
    <div class="c-entry-box--compact__body">
    <span class="c-entry-box--compact__label c-entry-box--compact__label--sponsored">Sponsored</span>
    <h2 class="c-entry-box--compact__title"><a href="https://ad.doubleclick.example/ddm/trackclk/N1234.circuitverge/B2233;dc_trk_aid=5521">This smart ring tracks your sleep better than a watch</a></h2>
    <div class="c-byline"><span class="c-byline__item">By Ringwise</span></div>
    </div>
  </div>
</div>""",
        """
<div class="c-compact-river__entry c-compact-river__entry--sponsored">
  <div class="c-entry-box--compact c-entry-box--compact--sponsored" data-native-ad="true">
    <div class="c-entry-box--compact__body">
    <span class="c-entry-box--compact__label c-entry-box--compact__label--sponsored">Sponsored Content</span>
    <h2 class="c-entry-box--compact__title"><a href="/sponsored/2025/4/7/24403001/cloudharbor-backup-small-business">Why small businesses are rethinking backups</a></h2>
    <div class="c-byline"><span class="c-byline__item">Presented by CloudHarbor</span></div>
    </div>
  </div>
</div>""",
    ]
    river_html = (
        "".join(river[:4]) + sponsored[0] + "".join(river[4:9]) + sponsored[1] + "".join(river[9:])
    )
    popular = link_list(
        _CR_POPULAR,
        '<li class="c-rankings__item"><span class="c-rankings__number">{rank}</span><a class="c-rankings__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="c-global-header">
  <a class="c-global-header__logo" href="/"><svg aria-label="Circuit Verge"></svg></a>
  <nav class="c-global-header__nav"><ul>
{menu}
  </ul></nav>
  <a class="c-global-header__subscribe" href="/subscribe">Subscribe</a>
</header>
<div class="c-ad-slot c-ad-slot--leaderboard"><span class="c-ad-slot__label">Advertisement</span><a href="https://ad.doubleclick.example/ddm/trackclk/N1234.circuitverge/B2290" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/7790" alt=""></a></div>
<main class="l-main-content" id="content">
  <h1 class="p-page-title">Tech</h1>
  <div class="l-segment l-hero"><div class="c-compact-river c-compact-river--featured">{hero}
  </div></div>
  <div class="l-col__main">
    <div class="c-compact-river" data-cid="site/river_compact">{river_html}
    </div>
    <div class="c-pagination"><a class="c-pagination__next c-pagination__link p-button" href="/tech/archives/2">Next</a></div>
  </div>
  <div class="l-col__sidebar">
    <div class="c-rankings" data-cid="site/rankings">
      <h2 class="c-rankings__title">Most Popular</h2>
      <ol class="c-rankings__list">
{popular}
      </ol>
    </div>
  </div>
</main>
<footer class="c-footer">
  <ul class="c-footer__links">
{nav_links([("Terms of Use", "/terms"), ("Privacy Notice", "/privacy"), ("Cookie Policy", "/cookies"), ("Do Not Sell Or Share My Personal Info", "/privacy-choices"), ("Licensing FAQ", "/licensing"), ("Accessibility", "/accessibility"), ("Contact", "/contact")])}
  </ul>
  <p class="c-footer__copyright">&copy; 2025 Circuit Media, Inc. All Rights Reserved</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s, *_ in (*_CR_HERO, *_CR_RIVER)]
    return Layout(
        name="en-tech-compact-river",
        family="tech and culture site river: featured entries over div.c-compact-river > div.c-entry-box--compact, h2.c-entry-box--compact__title > a, kicker link, p.c-entry-box--compact__dek, div.c-byline author + time[datetime -04:00] 'Apr 7, 2025, 9:41 PM EDT' + comment count link, sponsored cards in the river, numbered Most Popular",
        body=english_document("Tech - Circuit Verge", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


BUILDERS: tuple[Builder, ...] = (
    build_broadcaster_gs_promo,
    build_wire_media_story_cards,
    build_finance_story_packages,
    build_tech_compact_river,
)
