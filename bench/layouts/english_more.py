"""More English-language listing layouts: markup families not covered by ``english.py``.

Each builder returns a whole page in the shape of one family — a big newspaper's section
front built from CSS-in-JS classes, a cable-news section of zones and containers, a
newsletter platform's archive, a municipal site's listing on a widely used open-source CMS
with its "views" markup, a news aggregator's topic page of story clusters, a local TV
station's story list, a blog on a membership publishing platform, a web portal's news stream
with sponsored entries — with the chrome real pages carry around the list. Hosts, headlines,
leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC); relative times ("2 hours ago") are
resolved against that instant in the gold, and a date without a time of day ("April 7, 2025",
a date-only ``datetime``) gives no gold timestamp. Gold times are the instants the page states
(a ``datetime`` attribute with a clock, else the display text in the site's own clock).
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")
CDT = timezone(timedelta(hours=-5), "CDT")


# --------------------------------------------------------------------------------------------
# 1. A big newspaper's section front (CSS-in-JS classes, card links wrapping h3 and summary)
# --------------------------------------------------------------------------------------------

_NP_HOST = "https://www.capitolherald.example"
_NP_TOP = [
    Story.at(
        "/2025/04/07/science/comet-fragments-meteor-shower-forecast.html",
        "A Comet Broke Apart Last Year. Its Pieces Could Light Up the Sky This Month.",
        "Astronomers expect the debris to produce an unusually strong meteor shower on the "
        "night of April 22, best seen far from city lights.",
        None,
        "Space & Cosmos",
    ),
    Story.at(
        "/2025/04/07/science/octopus-sleep-dreams-study.html",
        "Octopuses Seem to Have Two Kinds of Sleep, and One Looks a Lot Like Dreaming",
        "During the active phase, the animals flash through color patterns they use when awake, "
        "a team of marine biologists reported.",
        None,
        "Animals",
    ),
    Story.at(
        "/2025/04/06/climate/glacier-meltwater-lakes-satellite.html",
        "Satellites Show Glacial Lakes Growing Faster Than Expected Across the Andes",
        "A new survey counted more than 400 lakes that did not exist in 1990, some of them "
        "perched above towns and roads.",
        None,
        "Climate",
    ),
]
_NP_STREAM = [
    _NP_TOP[0],
    Story.at(
        "/2025/04/07/health/hearing-aids-dementia-risk-trial.html",
        "Can Hearing Aids Slow Cognitive Decline? A Large Trial Offers a Mixed Answer",
        "Older adults at high risk who received hearing aids declined more slowly over three "
        "years, but the overall group showed no clear benefit.",
        None,
    ),
    Story.at(
        "/2025/04/07/science/ancient-dna-horse-domestication.html",
        "Ancient DNA Pushes Back the Date When Horses Were First Ridden",
        "Bones from a steppe settlement carry genetic changes linked to docility and a strong "
        "back, researchers said.",
        None,
    ),
    Story.at(
        "/2025/04/07/science/bird-migration-radar-light-pollution.html",
        "Radar Reveals How City Lights Pull Migrating Birds Off Course",
        "Weather radar data from 2010 to 2023 show flocks bending toward brightly lit "
        "downtowns during spring and fall migration.",
        None,
    ),
    Story.at(
        "/2025/04/06/science/moon-lander-south-pole-ice.html",
        "Private Lander Touches Down Near the Moon’s South Pole in Search of Ice",
        "The spacecraft tipped slightly on landing but was sending data back to Earth, its "
        "operator said on Sunday evening.",
        None,
    ),
    Story.at(
        "/2025/04/06/health/measles-cases-vaccination-rates.html",
        "Measles Cases Climb in Three States as Kindergarten Vaccination Rates Slip",
        "Health officials urged parents to check their children’s records before summer "
        "camps and travel.",
        None,
    ),
    Story.at(
        "/2025/04/05/science/volcano-eruption-forecast-machine-learning.html",
        "Scientists Say They Can Forecast Some Volcanic Eruptions Days Ahead",
        "A model trained on seismic tremors flagged four of five eruptions at a well-watched "
        "volcano, but experts cautioned against overconfidence.",
        None,
    ),
    Story.at(
        "/2025/04/05/science/tardigrades-radiation-proteins.html",
        "How Tardigrades Survive Radiation That Would Kill a Person Many Times Over",
        "The microscopic animals rapidly produce proteins that repair damaged DNA, a study "
        "in a leading journal found.",
        None,
    ),
]
_NP_DATES = ["April 7, 2025"] * 4 + ["April 6, 2025"] * 2 + ["April 5, 2025"] * 2
_NP_BYLINES = [
    ("By Rosalind Achebe", "By Rosalind Achebe"),
    ("By Tomás Lindqvist", ""),
    ("By Jun Nakamura", ""),
]
_NP_STREAM_BYLINES = [
    "By Rosalind Achebe",
    "By Priya Venkataraman",
    "By Jun Nakamura",
    "By Elena Marsh and Kwame Boateng",
    "By Tomás Lindqvist",
    "By Priya Venkataraman",
    "By Callum Reyes",
    "By Jun Nakamura",
]
_NP_EMAILED = [
    ("/2025/04/03/well/mind/walking-memory-older-adults.html", "A Daily Walk May Do More for Memory Than You Think"),
    ("/2025/04/07/science/octopus-sleep-dreams-study.html", "Octopuses Seem to Have Two Kinds of Sleep"),
    ("/2025/04/02/well/eat/fiber-gut-health.html", "The Fiber Gap: Why Most Adults Fall Short"),
    ("/2025/04/04/opinion/retirement-savings-advice.html", "The Retirement Advice I Wish I’d Heard at 30"),
    ("/2025/04/01/travel/national-parks-crowds-spring.html", "How to Beat the Crowds at National Parks This Spring"),
]  # fmt: skip


def _np_top_story(story: Story, byline: str) -> str:
    """A top-of-section ``story-wrapper``: link around an ``h3.indicate-hover``, summary
    and byline paragraphs beside it, no date."""
    return f"""
<section class="story-wrapper css-1wxyy3q">
  <a class="css-9mylee" href="{story.path}">
    <div class="css-xdandi"><h3 class="indicate-hover css-1pvrrwb">{escape_html(story.title)}</h3></div>
    <p class="summary-class css-1j3prrb">{escape_html(story.lead or "")}</p>
  </a>
  <div class="css-1e9bvpu"><p class="css-1echdzn">{escape_html(byline)}</p></div>
  <figure class="css-1a48zt4"><a href="{story.path}" tabindex="-1" aria-hidden="true"><img alt="" class="css-rq4mmj" src="https://static01.capitolherald.example/images/2025/04/{image_slug(story.path)}-threeByTwoMediumAt2X.jpg"></a>
    <figcaption class="css-1j3ewd6"><span class="css-1bw19bj">{escape_html(story.label)}</span></figcaption></figure>
</section>"""


def _np_stream_item(story: Story, shown: str, byline: str) -> str:
    """A stream entry: ``div.css-1l4spti`` whose link wraps the ``h3`` and the summary ``p``,
    the byline below, the date-only display in a separate column."""
    return f"""
<li class="css-18yolpw">
  <div class="css-1cp3ece">
    <div class="css-1l4spti">
      <a class="css-8hzhxf" href="{story.path}">
        <h3 class="css-1kv6qi e15t083i0">{escape_html(story.title)}</h3>
        <p class="css-1pga48a e15t083i1">{escape_html(story.lead or "")}</p>
      </a>
      <p class="css-1xonkmu"><span class="css-1n7hynb">{escape_html(byline)}</span></p>
    </div>
    <div class="css-e1lvw9"><span data-testid="todays-date">{shown}</span></div>
    <figure class="css-tap2ym"><a class="css-1gt9c8f" href="{story.path}" tabindex="-1" aria-hidden="true"><img alt="" class="css-rq4mmj" src="https://static01.capitolherald.example/images/2025/04/{image_slug(story.path)}-thumbStandard.jpg" loading="lazy"></a></figure>
  </div>
</li>"""


def build_newspaper_section_front() -> Layout:
    """A big newspaper's science section: a top block of ``section.story-wrapper`` teasers
    (``a > h3.indicate-hover`` and ``p.summary-class``), then the "Latest" stream of
    ``ol > li > div.css-1l4spti`` whose ``a`` wraps ``h3.css-1kv6qi`` and
    ``p.css-1pga48a``, a ``span.css-1n7hynb`` byline and a date-only ``span`` ("April 7,
    2025", no ``<time>``); the first top story repeats in the stream; a numbered "Most
    Emailed" list, ads, "Show More"."""
    page_url = f"{_NP_HOST}/section/science"
    nav = nav_links(
        [
            ("U.S.", "/section/us"),
            ("World", "/section/world"),
            ("Business", "/section/business"),
            ("Science", "/section/science"),
            ("Health", "/section/health"),
            ("Arts", "/section/arts"),
            ("Opinion", "/section/opinion"),
            ("Games", "/crosswords"),
        ],
        "css-1d8a290",
    )
    subnav = nav_links(
        [
            ("Climate", "/section/climate"),
            ("Space & Cosmos", "/section/science/space"),
            ("Animals", "/spotlight/animals"),
            ("Field Notes", "/column/field-notes"),
        ],
        "css-1hyfx7x",
    )
    top = "\n".join(_np_top_story(s, b) for s, (b, _) in zip(_NP_TOP, _NP_BYLINES, strict=True))
    stream = "\n".join(
        _np_stream_item(s, d, b)
        for s, d, b in zip(_NP_STREAM, _NP_DATES, _NP_STREAM_BYLINES, strict=True)
    )
    emailed = link_list(
        _NP_EMAILED,
        '<li class="css-1iski2w"><div class="css-1dv1kvn">{rank}</div>'
        '<a class="css-hfxhm7" href="{href}"><h2 class="css-1g3fcqs">{title}</h2></a></li>',
        sep="\n",
    )
    ad = (
        '<div id="{slot}" class="ad {slot}-wrapper css-1ya5f0p"><div class="css-1pyw8rb">'
        '<p class="css-1b5tpb7">Advertisement</p><a href="https://adclick.g.doubleclick.example/'
        'pcs/click?xai=ch_science_{slot}&amp;adurl=https://www.northpeak-outfitters.example/">'
        '<img src="https://static01.capitolherald.example/ads/{slot}.jpg" alt=""></a>'
        '<a class="css-1e8ubl4" href="#after-{slot}">SKIP ADVERTISEMENT</a></div></div>'
    )
    body = f"""
<div id="app"><div class="css-1kj7lfb">
<header class="css-ahe4g0 e1m0pzr40">
  <a class="css-nhjhh0" href="/" data-testid="masthead-logo">The Capitol Herald</a>
  <nav data-testid="desktop-nav" class="css-1vxc2sl" aria-label="Main"><ul class="css-1vxca1d">
{nav}
  </ul></nav>
</header>
{ad.format(slot="top")}
<main id="site-content">
  <header class="css-1s8uuqy"><h1 class="css-1fjl3ls e1hr934v0">Science</h1>
  <nav class="css-1dxmxsm" aria-label="Science topics"><ul class="css-1n1qvpj">
{subnav}
  </ul></nav></header>
  <div id="collection-highlights-container" class="css-1b1n4wg">
{top}
  </div>
  {ad.format(slot="mid1")}
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
      <div class="css-1rrwi2o"><h2 class="css-1s3y9r7">Most Emailed</h2>
        <ol class="css-1nl8mon">
{emailed}
        </ol>
      </div>
      {ad.format(slot="mid2")}
    </aside>
  </div>
</main>
<footer class="css-1e1s8k7" role="contentinfo">
  <nav data-testid="footer" class="css-1f0ilv1"><ul class="css-1vlzt8g">
{nav_links([("The Capitol Herald Company", "https://www.capitolheraldco.example/"), ("Contact Us", "/contact"), ("Accessibility", "/accessibility"), ("Work with us", "/careers"), ("Advertise", "https://advertising.capitolherald.example"), ("Privacy Policy", "/privacy"), ("Terms of Service", "/terms")])}
  </ul></nav>
  <p class="css-1as3g2g">&copy; 2025 The Capitol Herald Company</p>
</footer>
</div></div>"""
    head = f'<link rel="canonical" href="{page_url}">'
    stories = [*_NP_TOP, *(s for s in _NP_STREAM if s not in _NP_TOP)]
    items = [gold_item(page_url, s.path, s, timed=False) for s in stories]
    return Layout(
        name="en-newspaper-section-front",
        family="big newspaper section front: story-wrapper top block + ol > li > div.css-1l4spti > a > h3 + p stream, date-only span",
        body=english_document("Science - The Capitol Herald", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 2. A cable-news section (zones of containers, container__item cards, no timestamps)
# --------------------------------------------------------------------------------------------

_CN_HOST = "https://edition.cablenewsnet.example"
_CN_TOP = [
    Story.at(
        "/2025/04/07/politics/senate-budget-vote-overnight-session/index.html",
        "Senate heads for overnight session as budget vote-a-rama drags into Tuesday",
        None,
        None,
    ),
    Story.at(
        "/2025/04/07/politics/governors-tariff-letter-white-house/index.html",
        "Bipartisan group of governors urges White House to delay new tariffs on farm equipment",
        None,
        None,
    ),
    Story.at(
        "/2025/04/07/politics/supreme-court-agency-rules-arguments/index.html",
        "Supreme Court justices appear split over how far agencies can go in writing rules",
        None,
        None,
    ),
    Story.at(
        "/2025/04/07/politics/house-ethics-probe-travel-expenses/index.html",
        "House Ethics Committee expands probe into lawmaker’s travel expenses",
        None,
        None,
    ),
    Story.at(
        "/2025/04/07/politics/voter-rolls-lawsuit-swing-state/index.html",
        "Swing-state election officials sued over plan to purge inactive voters",
        None,
        None,
    ),
]
_CN_MORE = [
    Story.at(
        "/2025/04/07/politics/pentagon-budget-shipbuilding-request/index.html",
        "Pentagon asks Congress for $9 billion more to speed up shipbuilding",
        None,
        None,
    ),
    Story.at(
        "/2025/04/07/politics/mayors-transit-funding-meeting/index.html",
        "Big-city mayors press transportation secretary on stalled transit grants",
        None,
        None,
    ),
    Story.at(
        "/2025/04/06/politics/redistricting-map-court-ruling/index.html",
        "Appeals court throws out congressional map, ordering new lines before 2026",
        None,
        None,
    ),
    Story.at(
        "/2025/04/06/politics/campaign-finance-first-quarter-haul/index.html",
        "Senate hopefuls post record first-quarter fundraising in key open races",
        None,
        None,
    ),
    Story.at(
        "/2025/04/06/politics/fact-check-sunday-shows-claims/index.html",
        "Fact check: Five claims from the Sunday shows, and what the numbers say",
        None,
        None,
    ),
    Story.at(
        "/2025/04/05/politics/state-department-passport-backlog/index.html",
        "State Department says passport backlog will ease by summer travel season",
        None,
        None,
    ),
]
_CN_VIDEOS = [
    (
        Story.at(
            "/2025/04/07/politics/video/senator-town-hall-heckled-digvid",
            "Watch senator’s response when town hall crowd turns on her",
            None,
            None,
        ),
        "2:45",
    ),
    (
        Story.at(
            "/2025/04/07/politics/video/budget-explainer-what-is-vote-a-rama-digvid",
            "What is a vote-a-rama? Our correspondent explains in under three minutes",
            None,
            None,
        ),
        "2:58",
    ),
    (
        Story.at(
            "/2025/04/06/politics/video/governor-interview-tariffs-farmers-digvid",
            "Governor: Farmers in my state cannot absorb another season of tariffs",
            None,
            None,
        ),
        "6:12",
    ),
    (
        Story.at(
            "/2025/04/06/politics/video/capitol-tour-historian-secret-rooms-digvid",
            "A historian takes us inside the Capitol rooms most visitors never see",
            None,
            None,
        ),
        "11:03",
    ),
]
_CN_MOST_READ = [
    ("/2025/04/07/us/tornado-outbreak-midwest-damage/index.html", "Tornado outbreak leaves trail of damage across the Midwest"),
    ("/2025/04/07/politics/senate-budget-vote-overnight-session/index.html", "Senate heads for overnight session on budget"),
    ("/2025/04/06/entertainment/awards-show-surprise-winners/index.html", "The biggest surprises from last night’s awards show"),
    ("/2025/04/07/business/airline-fares-summer-forecast/index.html", "Why summer airfares may be lower than you think"),
    ("/2025/04/05/health/sleep-study-weekend-catch-up/index.html", "Can you really catch up on sleep over the weekend?"),
]  # fmt: skip
_CN_PARTNERS = [
    ("https://pub.adpartner.example/c/tradesmart?sponsor=cnw-pol-1", "These 3 money habits could change your retirement, advisers say"),
    ("https://pub.adpartner.example/c/homequote?sponsor=cnw-pol-2", "Homeowners in your area may qualify for a new roof program"),
    ("https://pub.adpartner.example/c/sleepwell?sponsor=cnw-pol-3", "The mattress hotel chains quietly buy in bulk"),
]  # fmt: skip


def _cn_card(story: Story, variant: str, *, media: bool, duration: str = "") -> str:
    """A ``container__item`` card: the card div carries ``data-open-link``; an image link and
    a headline link (``span.container__headline-text``), both ``a.container__link``."""
    kind = "video" if duration else "article"
    image = ""
    if media:
        badge = (
            f'<div class="container__video-duration {variant}__video-duration">'
            f'<span class="container__video-duration-text">{duration}</span></div>'
            if duration
            else ""
        )
        image = f"""
  <a href="{story.path}" class="container__link container__link--type-{kind} {variant}__link" data-link-type="{kind}" aria-hidden="true" tabindex="-1">
    <div class="container__item-media-wrapper {variant}__item-media-wrapper" data-breakpoints='{{"card--media-large": 596}}'>
      <div class="container__item-media {variant}__item-media"><div class="image image__hide-placeholder" data-image-variation="image"><div class="image__container"><picture class="image__picture"><img src="https://media.cablenewsnet.example/api/v1/images/stellar/prod/{image_slug(story.path)}.jpg?c=16x9&amp;q=h_144,w_256,c_fill" alt="" class="image__dam-img" loading="lazy"></picture></div></div></div>
      {badge}
    </div>
  </a>"""
    return f"""
<div data-uri="cms.cablenewsnet.example/_components/card/instances/{image_slug(story.path)[:24]}@published" class="card container__item container__item--type-media-image container__item--type-section {variant}__item {variant}__item--type-{kind}" data-open-link="{story.path}" data-component-name="card" data-unselectable="true">{image}
  <a href="{story.path}" class="container__link container__link--type-{kind} {variant}__link" data-link-type="{kind}">
    <div class="container__text {variant}__text">
      <div class="container__headline {variant}__headline">
        <span class="container__headline-text" data-editable="headline">{escape_html(story.title)}</span>
      </div>
    </div>
  </a>
</div>"""


def _cn_container(variant: str, title: str, cards: list[str]) -> str:
    """A ``container`` with its title and ``container__field-links`` list of cards."""
    return f"""
<div class="container {variant} container--mobile-one-column" data-tracking-zone="{variant}" data-collapsed-text="{escape_html(title)}">
  <div class="container__title {variant}__title container_title--has-link"><a href="/politics" class="container__title-url {variant}__title-url"><h2 class="container__title-text {variant}__title-text" data-editable="title">{escape_html(title)}</h2></a></div>
  <div class="container__field-wrapper {variant}__field-wrapper">
    <div class="container__field-links {variant}__field-links">
{"".join(cards)}
    </div>
  </div>
</div>"""


def build_cable_news_section() -> Layout:
    """A cable-news politics section: ``div.zone`` rows of ``div.container`` blocks whose
    ``div.card.container__item[data-open-link]`` cards hold an image link and a headline link
    (``a.container__link > … > span.container__headline-text``); no timestamps anywhere; a
    video strip whose cards show durations ("2:45") that are not times; "Most read", a "Paid
    Partner Content" strip of sponsored links, ad slots, a "More" pager."""
    page_url = f"{_CN_HOST}/politics"
    lead, *headlines = _CN_TOP
    top_cards = [_cn_card(lead, "container_lead-plus-headlines", media=True)] + [
        _cn_card(s, "container_lead-plus-headlines", media=False) for s in headlines
    ]
    more_cards = [_cn_card(s, "container_list-headlines-with-images", media=True) for s in _CN_MORE]
    video_cards = [
        _cn_card(s, "container_vertical-strip", media=True, duration=d) for s, d in _CN_VIDEOS
    ]
    most_read = link_list(
        _CN_MOST_READ,
        '<div class="card container__item container_list-headlines-ranked__item" data-open-link="{href}">'
        '<span class="container__item-rank">{rank}</span><a href="{href}" class="container__link container_list-headlines-ranked__link">'
        '<div class="container__headline"><span class="container__headline-text">{title}</span></div></a></div>',
        sep="\n",
    )
    partners = link_list(
        _CN_PARTNERS,
        '<div class="ob-dynamic-rec-container ob-recIdx-{rank}"><a class="ob-dynamic-rec-link" href="{href}" rel="nofollow sponsored" target="_blank">'
        '<span class="ob-rec-text">{title}</span><span class="ob-rec-source">Sponsored</span></a></div>',
        sep="\n",
    )
    nav = nav_links(
        [
            ("US", "/us"),
            ("World", "/world"),
            ("Politics", "/politics"),
            ("Business", "/business"),
            ("Health", "/health"),
            ("Entertainment", "/entertainment"),
            ("Style", "/style"),
            ("Travel", "/travel"),
            ("Sports", "/sport"),
            ("Video", "/videos"),
        ],
        "header__nav-item",
    )
    subnav = nav_links(
        [
            ("Congress", "/politics/congress"),
            ("Supreme Court", "/politics/supreme-court"),
            ("Facts First", "/politics/fact-check"),
            ("2026 Elections", "/election/2026"),
        ],
        "subnav__item",
    )
    ad = (
        '<div class="ad-slot-header ad-slot ad-slot--{slot}" data-ad-slot="{slot}">'
        '<div class="ad-slot__feedback"><span class="ad-feedback-link__label">Ad Feedback</span></div>'
        '<a href="https://securepubads.g.doubleclick.example/gampad/clk?id=88{slot}&amp;adurl=https://www.meridianbank.example/">'
        '<img src="https://media.cablenewsnet.example/ads/{slot}.jpg" alt="Advertisement"></a></div>'
    )
    body = f"""
<div class="layout layout-no-rail__wrapper">
<header class="header" data-editable="header">
  <div class="header__wrapper-inner"><a class="brand-logo" href="/" aria-label="CableNewsNet home page">CableNewsNet</a>
  <nav class="header__nav"><ul class="header__nav-list">
{nav}
  </ul></nav></div>
  <nav class="subnav"><ul class="subnav__list">
{subnav}
  </ul></nav>
</header>
{ad.format(slot="top")}
<section class="layout__content-wrapper layout-no-rail__content-wrapper">
  <h1 class="headline__text" id="maincontent">Politics</h1>
  <div class="zone zone--t-light zone-1-1" data-zone-label="Top stories">
    <div class="zone__items layout--wide-left-balanced-2">
      <div class="stack">{_cn_container("container_lead-plus-headlines", "Top stories", top_cards)}</div>
      <div class="stack">{ad.format(slot="rail")}</div>
    </div>
  </div>
  <div class="zone zone--t-light zone-2-1" data-zone-label="More from politics">
    <div class="zone__items layout--balanced-3">
      <div class="stack">{_cn_container("container_list-headlines-with-images", "More from politics", more_cards)}</div>
      <div class="stack">{_cn_container("container_list-headlines-ranked", "Most read", [most_read])}</div>
    </div>
  </div>
  <div class="zone zone--t-dark zone-3-1" data-zone-label="Politics videos">
    <div class="zone__items layout--full">
      <div class="stack">{_cn_container("container_vertical-strip", "Politics videos", video_cards)}</div>
    </div>
  </div>
  <div class="zone zone--t-light zone-4-1" data-zone-label="Paid Partner Content">
    <div class="zone__title"><h2 class="zone__title-text">Paid Partner Content</h2></div>
    <div class="ob-widget ob-feed-layout" data-widget-id="AR_12">
{partners}
    </div>
  </div>
  <div class="pagination" data-editable="pagination"><a class="pagination-arrow pagination-arrow-right" href="/politics?page=2">More politics news</a></div>
</section>
<footer class="footer" data-editable="footer">
  <nav class="footer__nav"><ul class="footer__links">
{nav_links([("Terms of Use", "/terms"), ("Privacy Policy", "/privacy"), ("Ad Choices", "/ad-choices"), ("Accessibility & CC", "/accessibility"), ("About", "/about"), ("Newsletters", "/newsletters"), ("Work for Us", "/careers")])}
  </ul></nav>
  <div class="footer__copyright-text">&copy; 2025 CableNewsNet. All Rights Reserved.</div>
</footer>
</div>"""
    stories = [*_CN_TOP, *_CN_MORE, *(s for s, _ in _CN_VIDEOS)]
    items = [gold_item(page_url, s.path, s) for s in stories]
    return Layout(
        name="en-cable-news-section",
        family="cable-news section zones: div.container__item[data-open-link] cards, a.container__link > span.container__headline-text, no times, video durations",
        body=english_document(
            "Politics news | CableNewsNet", f'<link rel="canonical" href="{page_url}">', body
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 3. A newsletter platform's archive (post-preview entries, date-only display, like counts)
# --------------------------------------------------------------------------------------------

_NL_HOST = "https://harborletters.example"
_NL_POSTS = [
    Story.at(
        "/p/the-quiet-collapse-of-the-local-bookstore",
        "The quiet collapse of the local bookstore, and the ones that refused to fold",
        "Three owners on what changed after 2020, why used books saved them, and the spreadsheet "
        "that told one of them to close.",
        datetime(2025, 4, 7, 12, 3, 11, tzinfo=UTC),
    ),
    Story.at(
        "/p/what-a-lighthouse-keepers-logbook-taught-me",
        "What a lighthouse keeper’s logbook taught me about paying attention",
        "Forty years of weather notes, ship sightings and one very long winter, transcribed "
        "over a month of evenings.",
        datetime(2025, 4, 5, 14, 30, 0, tzinfo=UTC),
    ),
    Story.at(
        "/p/episode-41-the-ferry-captain",
        "Episode 41: The ferry captain who has crossed the sound 20,000 times",
        "We talk tides, fog, rude passengers and the one crossing she still thinks about.",
        datetime(2025, 4, 3, 10, 0, 0, tzinfo=UTC),
    ),
    Story.at(
        "/p/reader-mailbag-april",
        "Reader mailbag: your questions on moving to a small town, answered",
        "You sent more than 300 questions this month. Here are the ten that came up most, with "
        "honest answers and a few regrets.",
        datetime(2025, 4, 1, 16, 45, 22, tzinfo=UTC),
    ),
    Story.at(
        "/p/the-oyster-farmers-ledger",
        "The oyster farmer’s ledger: what one season really costs",
        "Seed, gear, permits, a flooded shed and a surprisingly good December — the numbers "
        "behind a two-person farm.",
        datetime(2025, 3, 31, 11, 12, 40, tzinfo=UTC),
    ),
    Story.at(
        "/p/why-i-stopped-writing-about-real-estate",
        "Why I stopped writing about real estate (and why I’m starting again)",
        "A note on what this newsletter is for, and the coverage paid subscribers voted to see "
        "more of this spring.",
        datetime(2025, 3, 28, 9, 0, 5, tzinfo=UTC),
    ),
    Story.at(
        "/p/the-last-cannery-on-front-street",
        "The last cannery on Front Street is closing. Its workers want a say in what comes next",
        "After 87 years, the plant will shut in June. A group of employees has a plan to buy "
        "part of it.",
        datetime(2025, 3, 26, 13, 20, 0, tzinfo=UTC),
    ),
]
_NL_AUDIO = {"/p/episode-41-the-ferry-captain": "34:12"}
_NL_PAID = {"/p/the-oyster-farmers-ledger"}
_NL_UFI = [(142, 37), (96, 12), (58, 9), (211, 84), (77, 15), (130, 46), (305, 61)]
_NL_TOP = [
    ("/p/the-last-cannery-on-front-street", "The last cannery on Front Street is closing"),
    ("/p/i-moved-to-an-island-year-one", "I moved to an island. Here’s what year one cost me"),
    ("/p/reader-mailbag-april", "Reader mailbag: moving to a small town"),
    ("/p/the-winter-the-ferry-stopped", "The winter the ferry stopped running"),
]  # fmt: skip
_NL_RECS = [
    ("https://tidewaterdispatch.example/?utm_source=recommendations", "Tidewater Dispatch"),
    ("https://smalltownmath.example/?utm_source=recommendations", "Small Town Math"),
    ("https://northcoastkitchen.example/?utm_source=recommendations", "North Coast Kitchen"),
]  # fmt: skip


def _nl_date(when: datetime) -> str:
    """'Apr 7' as the archive prints a date of the current year."""
    return f"{when:%b} {when.day}"


def _nl_post(story: Story, likes: int, comments: int) -> str:
    """A ``div.post-preview``: title link, description, a meta row with ``time[datetime]``
    (full instant, date-only display), the author's avatar and name, like and comment
    buttons (the comment count links to the post's comments page), an image link."""
    url = _NL_HOST + story.path
    when = story.when
    assert when is not None
    iso = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
    audio = _NL_AUDIO.get(story.path)
    badge = (
        f'<div class="pencraft pc-display-flex pc-reset audio-badge-ZkVbRx"><svg class="lucide-play"></svg><span class="duration-Kq2bTf">{audio}</span></div>'
        if audio
        else ""
    )
    lock = (
        '<div class="pencraft pc-reset audience-lock-Hq0x1Z" title="Paid"><svg class="lucide-lock"></svg></div>'
        if story.path in _NL_PAID
        else ""
    )
    return f"""
<div class="container-H2dyKk">
  <div class="post-preview portable-archive-post has-image has-author-line" data-testid="post-preview">
    <div class="post-preview-content">
      <div class="pencraft pc-display-flex pc-gap-4 pc-reset">
        <a class="post-preview-title newsletter" href="{url}" data-testid="post-preview-title">{escape_html(story.title)}</a>{lock}
      </div>
      <div class="post-preview-description">{escape_html(story.lead or "")}</div>
      <div class="pencraft pc-display-flex pc-gap-4 pc-alignItems-center pc-reset post-preview-meta">
        <div class="pencraft pc-reset color-pub-secondary-text-hGQ02T size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq meta-EgzBVA"><time datetime="{iso}" class="date-rtYe1v">{_nl_date(when)}</time></div>
        <div class="pencraft pc-reset separator-Ku6Nc1">∙</div>
        <div class="pencraft pc-display-flex pc-reset byline-wrapper-Xy2Qa7">
          <div class="profile-hover-card-target"><img class="img-OACg1c avatar-hs4Cbo" src="https://cdn.newsletterhost.example/image/fetch/w_40,h_40,c_fill/avatars/mara-quinlan.jpg" width="20" height="20" alt=""></div>
          <div class="profile-hover-card-target"><a href="https://newsletterhost.example/@maraquinlan" class="link-HFGjmr">Mara Quinlan</a></div>
        </div>
        {badge}
      </div>
      <div class="post-preview-ufi pencraft pc-display-flex pc-gap-8 pc-reset">
        <div class="like-button-container post-ufi-button style-compressed"><button class="post-ufi-button style-compressed has-label" aria-label="Like ({likes})"><svg class="lucide-heart"></svg><div class="label">{likes}</div></button></div>
        <a class="post-ufi-button style-compressed post-ufi-comment-button has-label" href="{url}/comments" aria-label="View comments ({comments})"><svg class="lucide-message-circle"></svg><div class="label">{comments}</div></a>
        <button class="post-ufi-button style-compressed no-label" aria-label="Share"><svg class="lucide-share"></svg></button>
      </div>
    </div>
    <a class="post-preview-image" href="{url}" tabindex="-1" aria-hidden="true"><img class="img-OACg1c image-nBNbRY" src="https://cdn.newsletterhost.example/image/fetch/w_320,h_213,c_fill/posts/{image_slug(story.path)}.jpg" width="320" height="213" alt="" loading="lazy"></a>
  </div>
</div>"""


def _nl_subscribe(label: str) -> str:
    """A "Subscribe" call-out slotted between posts."""
    return f"""
<div class="subscribe-widget is-signed-out" data-component-name="SubscribeWidget">
  <p class="subscribe-prompt">{escape_html(label)}</p>
  <form class="form" action="/api/v1/free?nojs=true" method="post" novalidate><input type="email" class="email-input" name="email" placeholder="Type your email…"><button tabindex="0" class="button subscribe-btn primary" type="submit">Subscribe</button></form>
</div>"""


def build_newsletter_archive() -> Layout:
    """A newsletter platform's archive page: ``div.portable-archive-list`` of
    ``div.post-preview`` entries with ``a.post-preview-title``, ``div.post-preview-description``
    and ``time[datetime]`` (an instant with milliseconds and Z, displayed "Apr 7"), avatars,
    like/comment counts, a podcast episode showing "34:12", a paid post with a lock; "Subscribe"
    call-outs, a sponsor message, a numbered "Top posts", "Recommendations", "Load more"."""
    page_url = f"{_NL_HOST}/archive?sort=new"
    posts = [
        _nl_post(s, likes, comments)
        for s, (likes, comments) in zip(_NL_POSTS, _NL_UFI, strict=True)
    ]
    posts.insert(3, _nl_subscribe("Get the next letter in your inbox. Free, every Monday."))
    posts.insert(
        6,
        """
<div class="sponsor-card" data-component-name="SponsorCard">
  <span class="sponsor-card-label">Sponsored</span>
  <a class="sponsor-card-link" href="https://ads.newsletterhost.example/click?sid=4471&amp;dest=https%3A%2F%2Fwww.saltmarshcoffee.example%2F" rel="sponsored nofollow">Saltmarsh Coffee Roasters: small-batch beans, roasted on the harbor</a>
</div>""",
    )
    top = link_list(
        ((_NL_HOST + path, text) for path, text in _NL_TOP),
        '<li class="top-post"><span class="top-post-rank">{rank}</span>'
        '<a class="top-post-link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    recs = link_list(
        _NL_RECS,
        '<div class="recommendation"><a class="recommendation-link" href="{href}">'
        '<img class="recommendation-logo" src="https://cdn.newsletterhost.example/logos/{rank}.png" alt="">'
        '<span class="recommendation-name">{title}</span></a></div>',
        sep="\n",
    )
    body = f"""
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" data-testid="navbar">
  <div class="topbar-content">
    <a class="navbar-logo-container" href="{_NL_HOST}/"><img class="navbar-logo" src="https://cdn.newsletterhost.example/logos/harbor-letters.png" alt="Harbor Letters"></a>
    <h1 class="navbar-title"><a class="navbar-title-link" href="{_NL_HOST}/">Harbor Letters</a></h1>
    <div class="navbar-buttons"><a class="button subscribe-btn primary" href="{_NL_HOST}/subscribe?utm_source=menu&amp;simple=true&amp;next=https%3A%2F%2Fharborletters.example%2Farchive">Subscribe</a><a class="button sign-in-link" href="https://newsletterhost.example/sign-in?redirect=%2Farchive">Sign in</a></div>
  </div>
  <div class="main-menu-content"><nav class="pencraft pc-display-flex pc-reset"><ul class="nav-list">
{nav_links([("Home", f"{_NL_HOST}/"), ("Podcast", f"{_NL_HOST}/podcast"), ("Island Life", f"{_NL_HOST}/s/island-life"), ("Working Waterfront", f"{_NL_HOST}/s/working-waterfront"), ("Archive", f"{_NL_HOST}/archive"), ("About", f"{_NL_HOST}/about")], "nav-item")}
  </ul></nav></div>
</div>
<div class="container archive-page">
  <div class="portable-archive">
    <div class="portable-archive-tabs"><a class="archive-tab active" href="{_NL_HOST}/archive?sort=new">Latest</a><a class="archive-tab" href="{_NL_HOST}/archive?sort=top">Top</a><a class="archive-tab" href="{_NL_HOST}/archive?sort=community">Discussions</a></div>
    <div class="portable-archive-list">
      <div>
{"".join(posts)}
      </div>
      <div class="load-more-wrapper"><a class="button load-more" href="{_NL_HOST}/archive?sort=new&amp;offset=12">Load more</a></div>
    </div>
  </div>
  <div class="archive-sidebar">
    <div class="top-posts"><h3 class="top-posts-title">Top posts</h3><ol class="top-posts-list">
{top}
    </ol></div>
    <div class="recommendations"><h3 class="recommendations-title">Recommendations</h3>
{recs}
    </div>
  </div>
</div>
<div class="footer-wrap publication-footer">
  <div class="footer"><div class="copyright">&copy; 2025 Mara Quinlan</div>
  <ul class="footer-terms">
{nav_links([("Privacy", "https://newsletterhost.example/privacy"), ("Terms", "https://newsletterhost.example/tos"), ("Collection notice", "https://newsletterhost.example/ccpa#personal-data-collected"), ("Start writing", "https://newsletterhost.example/signup?utm_source=footer"), ("Get the app", "https://newsletterhost.example/app")])}
  </ul></div>
</div>
</div></div>"""
    items = [gold_item(page_url, _NL_HOST + s.path, s) for s in _NL_POSTS]
    return Layout(
        name="en-newsletter-archive",
        family="newsletter platform archive: div.post-preview, a.post-preview-title, div.post-preview-description, time[datetime] shown 'Apr 7'",
        body=english_document(
            "Archive - Harbor Letters", f'<link rel="canonical" href="{_NL_HOST}/archive">', body
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 4. An open-source CMS "views" listing (views-row / views-field, US-order dates)
# --------------------------------------------------------------------------------------------

_DR_HOST = "https://www.riverbendcourier.example"
_DR_STORIES = [
    Story.at(
        "/news/boil-water-advisory-issued-east-side-after-main-break",
        "Boil water advisory issued for east side after overnight water main break",
        "Residents east of Fourth Street should boil tap water for at least one minute before "
        "drinking until further notice, the utilities department said.",
        datetime(2025, 4, 8, 0, 35, tzinfo=CDT),
    ),
    Story.at(
        "/news/county-board-approves-jail-expansion-design-contract",
        "County board approves $2.1 million design contract for jail expansion",
        "The 4-3 vote followed two hours of public comment, most of it from residents urging "
        "the board to spend the money on mental health services instead.",
        datetime(2025, 4, 7, 16, 45, tzinfo=CDT),
    ),
    Story.at(
        "/news/riverbend-schools-name-finalists-superintendent",
        "Riverbend schools name three finalists for superintendent",
        "The finalists, two from out of state, will meet with parents at public forums next "
        "week before the board makes its choice on April 28.",
        datetime(2025, 4, 7, 11, 20, tzinfo=CDT),
    ),
    Story.at(
        "/news/spring-flood-outlook-river-crest-forecast",
        "Spring flood outlook: river expected to crest just below flood stage",
        "Forecasters put the crest at 17.5 feet on Thursday, half a foot below the level at "
        "which low-lying roads near the marina begin to close.",
        datetime(2025, 4, 7, 9, 2, tzinfo=CDT),
    ),
    Story.at(
        "/node/48213",
        "Longtime Courier photographer retires after 38 years and 11 floods",
        "He shot his first assignment on film in 1987. His last, a high school track meet, "
        "was on a phone he borrowed from an intern.",
        datetime(2025, 4, 4, 15, 30, tzinfo=CDT),
    ),
    Story.at(
        "/news/grain-elevator-fire-cause-under-investigation",
        "Cause of grain elevator fire near Hollins still under investigation",
        "No one was injured in the Wednesday night fire, which burned for nine hours and "
        "could be seen from the interstate.",
        datetime(2025, 4, 3, 13, 15, tzinfo=CDT),
    ),
    Story.at(
        "/news/downtown-farmers-market-moves-to-riverfront-park",
        "Downtown farmers market moves to Riverfront Park for the summer season",
        "Organizers said the new site has room for 60 vendors, twice as many as the old lot "
        "behind the courthouse.",
        datetime(2025, 4, 2, 10, 0, tzinfo=CDT),
    ),
    Story.at(
        "/news/city-council-delays-vote-on-short-term-rentals",
        "City council delays vote on short-term rental rules for a second time",
        "Council members asked staff to draft an option that would cap permits by "
        "neighborhood rather than citywide.",
        datetime(2025, 3, 31, 14, 50, tzinfo=CDT),
    ),
    Story.at(
        "/news/hospital-breaks-ground-on-new-maternity-wing",
        "Riverbend Regional breaks ground on a new maternity wing",
        "The $34 million wing will add 18 private birthing suites and a level II nursery "
        "when it opens in late 2026.",
        datetime(2025, 3, 28, 9, 5, tzinfo=CDT),
    ),
]
_DR_MOST_READ = [
    ("/news/spring-flood-outlook-river-crest-forecast", "Spring flood outlook: river expected to crest just below flood stage"),
    ("/news/obituary-doris-wendt", "Obituary: Doris Wendt, 94"),
    ("/news/police-arrest-suspect-in-bank-robbery", "Police arrest suspect in Main Street bank robbery"),
    ("/sports/hollins-wrestlers-win-state-title", "Hollins wrestlers win first state title"),
    ("/news/boil-water-advisory-issued-east-side-after-main-break", "Boil water advisory issued for east side"),
]  # fmt: skip


def _dr_date(when: datetime) -> str:
    """The CMS's default medium date: 'Tue, 04/08/2025 - 00:35' (month first, 24-hour clock,
    no zone)."""
    return f"{when:%a}, {when:%m/%d/%Y} - {when:%H:%M}"


def _dr_row(number: int, total: int, story: Story) -> str:
    """A ``views-row``: image, title, created date, trimmed body and "Read more" fields."""
    when = story.when
    assert when is not None
    parity = "odd" if number % 2 else "even"
    edge = " views-row-first" if number == 1 else (" views-row-last" if number == total else "")
    image = (
        f"""
  <div class="views-field views-field-field-image">        <div class="field-content"><a href="{story.path}"><img typeof="foaf:Image" src="{_DR_HOST}/sites/default/files/styles/thumbnail/public/2025-04/{image_slug(story.path)[:20]}.jpg?itok=Xk3Pq9aZ" width="100" height="67" alt=""></a></div>  </div>"""
        if number % 3
        else ""
    )
    return f"""
<div class="views-row views-row-{number} views-row-{parity}{edge}">{image}
  <div class="views-field views-field-title">        <span class="field-content"><a href="{story.path}">{escape_html(story.title)}</a></span>  </div>
  <div class="views-field views-field-created">        <span class="field-content">{_dr_date(when)}</span>  </div>
  <div class="views-field views-field-body">        <div class="field-content"><p>{escape_html(story.lead or "")}</p></div>  </div>
  <div class="views-field views-field-view-node">        <span class="field-content"><a href="{story.path}">Read more</a></span>  </div>
</div>"""


def build_cms_views_listing() -> Layout:
    """A small daily's news listing on a widely used open-source CMS: ``div.view-content >
    div.views-row`` with ``div.views-field-title > span.field-content > a``,
    ``div.views-field-created > span.field-content`` "Tue, 04/08/2025 - 00:35" (US order,
    24-hour clock, no zone: the paper's Central time), ``div.views-field-body``, path aliases
    and one ``/node/48213``; a "Most Read" block list, a "Related Links" menu block, an ad
    block, the CMS pager."""
    page_url = f"{_DR_HOST}/news"
    total = len(_DR_STORIES)
    rows = "\n".join(_dr_row(n, total, s) for n, s in enumerate(_DR_STORIES, start=1))
    most_read = link_list(
        _DR_MOST_READ,
        '<li class="views-row views-row-{rank}"><span class="views-field views-field-counter"><span class="field-content">{rank}.</span></span> '
        '<span class="views-field views-field-title"><span class="field-content"><a href="{href}">{title}</a></span></span></li>',
        sep="\n",
    )
    nav = nav_links(
        [
            ("Home", "/"),
            ("News", "/news"),
            ("Sports", "/sports"),
            ("Opinion", "/opinion"),
            ("Obituaries", "/obituaries"),
            ("Classifieds", "/classifieds"),
            ("e-Edition", "/e-edition"),
        ],
        "leaf",
    )
    body = f"""
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
  <a href="/" title="Home" rel="home" id="logo"><img src="{_DR_HOST}/sites/all/themes/courier/logo.png" alt="Home"></a>
  <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>The Riverbend Courier</span></a></strong></div>
  <div id="site-slogan">Serving Riverbend County since 1871</div></div>
</div></div>
<div id="navigation"><div class="section">
  <h2 class="element-invisible">Main menu</h2><ul id="main-menu" class="links inline clearfix">
{nav}
  </ul>
</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
  <div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » News</div></div>
  <div id="content" class="column"><div class="section">
    <h1 class="title" id="page-title">Local News</h1>
    <div class="region region-content">
      <div id="block-system-main" class="block block-system">
        <div class="content">
          <div class="view view-news-listing view-id-news_listing view-display-id-page_1 view-dom-id-6f1c2a9e0d3b4c58a7e2f1d0c9b8a7e6">
            <div class="view-header"><p>The latest local news from the Courier newsroom.</p></div>
            <div class="view-content">
{rows}
            </div>
            <h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager"><li class="pager-current first">1</li>
<li class="pager-item"><a title="Go to page 2" href="/news?page=1">2</a></li>
<li class="pager-item"><a title="Go to page 3" href="/news?page=2">3</a></li>
<li class="pager-next"><a title="Go to next page" href="/news?page=1">next ›</a></li>
<li class="pager-last last"><a title="Go to last page" href="/news?page=48">last »</a></li>
</ul></div>
          </div>
        </div>
      </div>
    </div>
  </div></div>
  <div id="sidebar-second" class="column sidebar"><div class="section">
    <div class="region region-sidebar-second">
      <div id="block-block-7" class="block block-block"><h2>Advertisement</h2><div class="content"><a href="https://ad.doubleclick.example/ddm/jump/N4471.riverbend/B2290;sz=300x250"><img src="{_DR_HOST}/sites/default/files/ads/hollins-ford-300x250.jpg" alt="Hollins Ford"></a></div></div>
      <div id="block-views-most-read-block" class="block block-views">
        <h2>Most Read</h2>
        <div class="content"><div class="view view-most-read view-id-most_read view-display-id-block"><div class="item-list"><ol>
{most_read}
        </ol></div></div></div>
      </div>
      <div id="block-menu-menu-related-links" class="block block-menu">
        <h2>Related Links</h2>
        <div class="content"><ul class="menu">
{nav_links([("Submit a news tip", "/contact/newsroom"), ("Weddings & engagements", "/announcements"), ("Calendar of events", "/calendar"), ("Public notices", "/public-notices")], "leaf")}
        </ul></div>
      </div>
    </div>
  </div></div>
</div></div>
<div id="footer-wrapper"><div class="section">
  <div id="footer" class="clearfix"><div class="region region-footer">
    <div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu">
{nav_links([("About us", "/about"), ("Contact us", "/contact"), ("Advertise", "/advertise"), ("Subscribe", "/subscribe"), ("Privacy policy", "/privacy")], "leaf")}
    </ul></div></div>
    <p>&copy; 2025 Riverbend Courier Publishing, 112 W. Water St., Riverbend</p>
  </div></div>
</div></div>
</div></div>"""
    head = (
        '<meta name="Generator" content="CMS 7 (open-source)">\n'
        f'<link rel="canonical" href="{page_url}">\n'
        '<meta property="og:locale" content="en_US">'
    )
    items = [gold_item(page_url, s.path, s) for s in _DR_STORIES]
    return Layout(
        name="en-cms-views-listing",
        family="open-source CMS views listing: div.views-row, views-field-title > span.field-content > a, 'Tue, 04/08/2025 - 00:35'",
        body=english_document("Local News | The Riverbend Courier", head, body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Chicago",  # the paper prints its local clock and names no zone
    )


# --------------------------------------------------------------------------------------------
# 5. A news aggregator's topic page (clusters of articles from many publishers)
# --------------------------------------------------------------------------------------------

_AG_HOST = "https://news.aggregator.example"
_AG_TOPIC = "CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx6TVdZU0FtVnVHZ0pWVXlnQVAB"
# Per cluster: (article URL, headline, source, minutes before the fetch, display).
_AG_CLUSTERS: list[list[tuple[str, str, str, int, str]]] = [
    [
        ("https://www.dailyledger.example/business/2025/04/07/central-bank-minutes-rate-cut-signals/?utm_source=newsagg&utm_medium=referral", "Central bank minutes show officials split over timing of next rate cut", "The Daily Ledger", 127, "2 hours ago"),
        ("https://markets.meridianwire.example/article/us-rates-minutes-idUSKBN3F20XQ", "Policymakers saw inflation risks tilting higher, minutes show", "Meridian Wire", 184, "3 hours ago"),
        ("https://www.fiscaldesk.example/2025/04/08/what-the-minutes-mean-for-mortgages", "What the latest central bank minutes mean for your mortgage", "Fiscal Desk", 52, "52 minutes ago"),
    ],
    [
        ("https://www.lakeshorepost.example/news/auto-workers-union-vote-battery-plant-2025-04-07", "Workers at Michigan battery plant vote to join auto workers union", "Lakeshore Post", 305, "5 hours ago"),
        ("https://www.motorcitydaily.example/story/money/cars/2025/04/07/battery-plant-union-vote-results/82946120007/", "Battery plant union vote: what happens next for the 1,700 workers", "Motor City Daily", 361, "6 hours ago"),
        ("https://www.laborbeat.example/union-win-at-battery-plant-could-ripple-across-ev-industry", "Union win at battery plant could ripple across the EV industry", "Labor Beat", 240, "4 hours ago"),
    ],
    [
        ("https://circuitledger.example/2025/04/07/chipmaker-earnings-beat-data-center-demand/", "Chipmaker tops estimates as data center demand keeps climbing", "Circuit Ledger", 95, "1 hour ago"),
        ("https://www.valleybusinessjournal.example/news/2025/04/07/chipmaker-guidance-shares-after-hours.html", "Chipmaker shares jump after hours on upbeat guidance", "Valley Business Journal", 118, "1 hour ago"),
        ("https://www.tickerweekly.example/markets/chip-stocks-rally-earnings-2025?utm_campaign=aggregator", "Chip stocks rally as earnings season opens with a beat", "Ticker Weekly", 152, "2 hours ago"),
    ],
    [
        ("https://www.prairiestar.example/ag/2025/04/07/wheat-prices-drought-plains-forecast", "Wheat prices climb as drought tightens its grip on the Plains", "Prairie Star", 1460, "Yesterday"),
        ("https://grainbeltweekly.example/markets/grain/drought-winter-wheat-condition-ratings-fall", "Winter wheat condition ratings fall to lowest level in four years", "Grainbelt Weekly", 1330, "22 hours ago"),
        ("https://www.commoditiescurrent.example/news/408215/bakers-brace-for-higher-flour-costs", "Bakers brace for higher flour costs as wheat rally extends", "Commodities Current", 610, "10 hours ago"),
    ],
]  # fmt: skip
_AG_SEARCHES = [
    ("./search?q=tax+deadline&hl=en-US&gl=US&ceid=US%3Aen", "Tax deadline extension"),
    ("./search?q=egg+prices&hl=en-US&gl=US&ceid=US%3Aen", "Egg prices"),
    ("./search?q=mortgage+rates&hl=en-US&gl=US&ceid=US%3Aen", "Mortgage rates today"),
    ("./search?q=stock+market&hl=en-US&gl=US&ceid=US%3Aen", "Stock market futures"),
]  # fmt: skip
_AG_TOPICS = [
    ("./topics/CAAqIggKIhxDQkFTRHdvSkwyMHZNR2RtY0hNekVnSmxiaWdBUAE?hl=en-US&gl=US&ceid=US%3Aen", "Economy"),
    ("./topics/CAAqIggKIhxDQkFTRHdvSkwyMHZNRGx6TVdZU0FtVnVLQUFQAQ?hl=en-US&gl=US&ceid=US%3Aen", "Markets"),
    ("./topics/CAAqKggKIiRDQkFTRlFvSUwyMHZNRGRqTVhZU0JXVnVMVWRDR2dKVlV5Z0FQAQ?hl=en-US&gl=US&ceid=US%3Aen", "Jobs"),
]  # fmt: skip


def _ag_article(entry: tuple[str, str, str, int, str], *, main: bool) -> str:
    """An ``article``: figure (main article only), an empty overlay link labelled for screen
    readers, the source row (favicon and ``div.vr1PYe``), the ``a.JtKRv`` title link and
    ``time[datetime]`` with a Z (display "2 hours ago")."""
    href, title, source, minutes, shown = entry
    when = (NOW - timedelta(minutes=minutes)).replace(second=(minutes * 7) % 60)
    css = "IBr9hb" if main else "IFHyqb DeXSAc"
    figure = (
        f'<figure class="K0q4G P22Vib"><img class="Quavad vwBmvb" src="https://news.aggregator.example/api/attachments/CC8iK0NnNUhaVmxXYTJ{minutes}=-w280-h168-p-df" srcset="" alt="" loading="lazy"></figure>'
        if main
        else ""
    )
    escaped = escape_html(href)
    return f"""
<article class="{css}" jscontroller="HyhIue" jsaction="click:KjsqPd" jsmodel="hT8rr" jsdata="oM6gNe;_;{minutes}">
  {figure}
  <div class="XlKvRb"><a class="WwrzSb" href="{escaped}" tabindex="0" target="_blank" rel="noopener" aria-label="{escape_html(title)} - {escape_html(source)} - {shown}" jslog="95014; track:click,vis"></a></div>
  <div class="MCAGUe"><div class="oovtQ"><img class="qEdqNd y3G2Ed" src="https://encrypted-favicons.aggregator.example/faviconV2?url={escape_html(href.split("/")[2])}&amp;size=16" alt="" height="16" width="16"><div class="vr1PYe">{escape_html(source)}</div></div></div>
  <div class="B6pJDd"><div class="m5k28"><a class="JtKRv {"" if main else "iTin5e"}" href="{escaped}" target="_blank" rel="noopener">{escape_html(title)}</a></div></div>
  <div class="UOVeFe"><time class="hvbAAd" datetime="{when:%Y-%m-%dT%H:%M:%SZ}">{shown}</time></div>
  <div class="AbD0Lc"><button class="VfPpkd-Bz112c-LgbsSe yHy1rc" aria-label="More - {escape_html(source)}"><i class="material-icons-extended">more_vert</i></button></div>
</article>"""


def _ag_cluster(entries: list[tuple[str, str, str, int, str]], number: int) -> str:
    """A story cluster: one main article, two sub-articles, a "Full coverage" link."""
    main, *subs = entries
    return f"""
<c-wiz jsrenderer="ARwRbe" class="PO9Zff Ccj79 kUVvS" jsdata="deferred-i{number}" data-n-ca-it="{number}">
  <div class="W8yrY">
    <div class="UW0SDc">{_ag_article(main, main=True)}
      <div class="TxhHgc">{"".join(_ag_article(s, main=False) for s in subs)}</div>
    </div>
    <div class="GdGq9"><a class="jKHa4e" href="./stories/CAAqNggKIjBDQklTSGpvSmMzUnZjbmt0TXpZd1NoRUtEd2l{number}?hl=en-US&amp;gl=US&amp;ceid=US%3Aen" aria-label="Full coverage of this story"><span class="rQ5cRc">Full coverage</span></a></div>
  </div>
</c-wiz>"""


def build_news_aggregator_topic() -> Layout:
    """A news aggregator's "Business" topic page: clusters (``c-wiz.PO9Zff``) of one main and
    two sub ``article`` elements, each with an empty overlay ``a.WwrzSb`` (aria-label only),
    the publisher in ``div.vr1PYe``, the ``a.JtKRv`` title linking straight to the publisher
    (a dozen hosts, some links with ``utm_*``), ``time.hvbAAd[datetime]`` ending in Z showing
    "2 hours ago"/"Yesterday"; "Full coverage" links, topic tabs, a numbered "Trending
    searches" box, "Related topics", a sponsored slot."""
    page_url = f"{_AG_HOST}/topics/{_AG_TOPIC}?hl=en-US&gl=US&ceid=US%3Aen"
    tabs = nav_links(
        [
            ("Home", "./home?hl=en-US&gl=US&ceid=US%3Aen"),
            ("For you", "./foryou?hl=en-US&gl=US&ceid=US%3Aen"),
            (
                "U.S.",
                "./topics/CAAqIggKIhxDQkFTRHdvSkwyMHZNRGxqTjNjd0VnSmxiaWdBUAE?hl=en-US&gl=US&ceid=US%3Aen",
            ),
            (
                "World",
                "./topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0FtVnVHZ0pWVXlnQVAB?hl=en-US&gl=US&ceid=US%3Aen",
            ),
            ("Business", f"./topics/{_AG_TOPIC}?hl=en-US&gl=US&ceid=US%3Aen"),
            (
                "Technology",
                "./topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGRqTVhZU0FtVnVHZ0pWVXlnQVAB?hl=en-US&gl=US&ceid=US%3Aen",
            ),
            (
                "Science",
                "./topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRFp0Y1RjU0FtVnVHZ0pWVXlnQVAB?hl=en-US&gl=US&ceid=US%3Aen",
            ),
            (
                "Health",
                "./topics/CAAqIQgKIhtDQkFTRGdvSUwyMHZNR3QwTlRFU0FtVnVLQUFQAQ?hl=en-US&gl=US&ceid=US%3Aen",
            ),
        ],
        "EctEBd",
    )
    clusters = "\n".join(_ag_cluster(c, n) for n, c in enumerate(_AG_CLUSTERS, start=1))
    searches = link_list(
        _AG_SEARCHES,
        '<li class="Ws1Ox"><span class="yg0Sde">{rank}</span><a class="rGzbWc" href="{href}">{title}</a></li>',
        sep="\n",
    )
    topics = link_list(
        _AG_TOPICS,
        '<a class="brSCsc" href="{href}"><span class="OyKlGc">{title}</span></a>',
        sep="\n",
    )
    body = f"""
<div class="n3GXRc">
<header class="gb_Ra gb_rb" role="banner">
  <a class="gb_Ec" href="./home?hl=en-US&amp;gl=US&amp;ceid=US%3Aen" aria-label="Aggregator News">Aggregator News</a>
  <form class="gb_Of" role="search" action="./search"><input class="Ax4B8" name="q" aria-label="Search for topics, locations &amp; sources"></form>
  <nav class="bCdTob" role="navigation"><ul class="EctEBd-list">
{tabs}
  </ul></nav>
</header>
<main class="HKt8rc CGNRMc" role="main">
  <c-wiz jsrenderer="GpGqf" class="D9SJMe">
    <div class="Ccj79 kUVvS"><h2 class="UyzoMd"><span class="ThYbnf">Business</span></h2>
      <div class="OmGVfc"><button class="VfPpkd-LgbsSe follow-button" aria-label="Follow Business">Follow</button><a class="RmfAEc" href="./rss/topics/{_AG_TOPIC}?hl=en-US">Share</a></div></div>
    <div class="MK2Kgc"><h3 class="ZT1wCd">Latest</h3></div>
{clusters}
    <div class="NiLAwe"><a class="Ig6PGc" href="./topics/{_AG_TOPIC}/sections/CAQiQ0NCQVNMQW9JTDIwdk1EbHpNV1lTQW1WdUdnSlZVeUlPQ0FRYUNnb0lMMjB2TURrMWNtc3FDQkFBT2dCSUFB?hl=en-US&amp;gl=US&amp;ceid=US%3Aen">More headlines</a></div>
  </c-wiz>
  <aside class="wcIT1b" role="complementary">
    <div class="hNXvob"><h3 class="NIH8hf">Trending searches</h3><ol class="Ws1Ox-list">
{searches}
    </ol></div>
    <div class="hNXvob"><h3 class="NIH8hf">Related topics</h3>
{topics}
    </div>
    <div class="hNXvob sponsored-slot"><span class="XK6eGd">Sponsored</span>
      <a href="https://www.adservices-aggregator.example/pagead/aclk?sa=L&amp;ai=DChcSEwi&amp;adurl=https://www.brightvest.example/retirement" class="x6vkKb">Brightvest: plan your retirement with a fee-only adviser</a></div>
  </aside>
</main>
<footer class="ZtiRqb" role="contentinfo"><ul class="vq6ot">
{nav_links([("Privacy", "https://policies.aggregator.example/privacy"), ("Terms", "https://policies.aggregator.example/terms"), ("About Aggregator News", "./about?hl=en-US"), ("Help", "https://support.aggregator.example/news"), ("Send feedback", "./feedback")])}
</ul></footer>
</div>"""
    items = []
    for cluster in _AG_CLUSTERS:
        for href, title, _source, minutes, _shown in cluster:
            when = (NOW - timedelta(minutes=minutes)).replace(second=(minutes * 7) % 60)
            items.append(gold_item(page_url, href, Story(title, None, when)))
    return Layout(
        name="en-news-aggregator-topic",
        family="news aggregator topic page: clusters of article.IBr9hb + 2 subs, a.JtKRv to many publisher hosts, div.vr1PYe source, time[datetime Z] '2 hours ago'",
        body=english_document("Business - Latest - Aggregator News", "", body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 6. A local TV station's news list (Posted/Updated lines with a zone, weather widget)
# --------------------------------------------------------------------------------------------

_TV_HOST = "https://www.ktvr12.example"
# (story, updated or None)
_TV_STORIES: list[tuple[Story, datetime | None]] = [
    (
        Story.at(
            "/news/local-news/crews-battle-grass-fire-near-county-line-road/",
            "Crews battle grass fire near County Line Road as winds pick up overnight",
            "Firefighters from four departments were called out shortly after midnight; no homes "
            "were threatened as of the last update.",
            datetime(2025, 4, 8, 0, 48, tzinfo=CDT),
            "Local News",
        ),
        None,
    ),
    (
        Story.at(
            "/news/local-news/school-board-approves-four-day-week-pilot/",
            "School board approves four-day week pilot at two rural campuses",
            "The pilot starts in August and will be reviewed after one year, trustees said "
            "after a divided 5-2 vote.",
            datetime(2025, 4, 7, 21, 41, tzinfo=CDT),
            "Education",
        ),
        datetime(2025, 4, 7, 23, 2, tzinfo=CDT),
    ),
    (
        Story.at(
            "/news/crime/suspect-arrested-after-pursuit-ends-in-crash-on-i-35/",
            "Suspect arrested after pursuit ends in crash on I-35 frontage road",
            "Deputies said the chase began after a traffic stop near Millbrook and reached speeds "
            "of more than 100 miles per hour.",
            datetime(2025, 4, 7, 18, 30, tzinfo=CDT),
            "Crime",
        ),
        datetime(2025, 4, 7, 20, 15, tzinfo=CDT),
    ),
    (
        Story.at(
            "/news/local-news/new-splash-pad-riverside-park-memorial-day/",
            "City says new splash pad at riverside park will open by Memorial Day",
            "The $1.2 million splash pad replaces the pool that closed in 2019 and will be free "
            "to use, parks officials said.",
            datetime(2025, 4, 7, 16, 5, tzinfo=CDT),
            "Local News",
        ),
        None,
    ),
    (
        Story.at(
            "/news/health/county-reports-first-measles-case-of-2025/",
            "County health district reports first measles case of 2025",
            "Officials are contacting people who may have been exposed at a clinic and a grocery "
            "store last week.",
            datetime(2025, 4, 7, 13, 12, tzinfo=CDT),
            "Health",
        ),
        datetime(2025, 4, 7, 17, 48, tzinfo=CDT),
    ),
    (
        Story.at(
            "/news/local-news/university-graduate-workers-file-union-election/",
            "University graduate workers file for union election",
            "Organizers said more than 60 percent of eligible students signed cards in favor "
            "of forming a union.",
            datetime(2025, 4, 7, 10, 40, tzinfo=CDT),
            "Local News",
        ),
        None,
    ),
    (
        Story.at(
            "/news/business/grocery-chain-plans-second-store-east-side/",
            "Grocery chain confirms plans for second store on the city’s east side",
            "The store, expected to open in 2027, would be the first full-service grocery in "
            "the area in more than a decade.",
            datetime(2025, 4, 7, 7, 55, tzinfo=CDT),
            "Business",
        ),
        None,
    ),
    (
        Story.at(
            "/news/local-news/volunteers-plant-500-trees-along-river-trail/",
            "Volunteers plant 500 trees along river trail in weekend cleanup",
            "More than 200 people turned out for the annual event, which also hauled away two "
            "tons of trash from the riverbank.",
            datetime(2025, 4, 6, 20, 20, tzinfo=CDT),
            "Community",
        ),
        None,
    ),
]
_TV_POPULAR = [
    ("/news/local-news/tornado-warning-storms-sunday-night-damage/", "Storms bring damage to three counties Sunday night"),
    ("/news/crime/suspect-arrested-after-pursuit-ends-in-crash-on-i-35/", "Suspect arrested after pursuit ends in crash"),
    ("/news/local-news/restaurant-inspections-april-2025/", "Restaurant inspections: 4 spots cited this week"),
    ("/sports/high-school/playoff-bracket-area-round-preview/", "Playoff bracket: area round preview"),
    ("/news/local-news/gas-prices-drop-ahead-of-easter/", "Gas prices drop ahead of Easter weekend"),
]  # fmt: skip
_TV_HOURLY = [("2:00 AM", 61), ("4:00 AM", 58), ("6:00 AM", 55), ("7:00 AM", 54), ("9:00 AM", 63), ("11:00 AM", 72)]  # fmt: skip


def _tv_stamp(when: datetime) -> str:
    """'Apr 7, 2025 / 09:41 PM CDT' as the station prints it."""
    return f"{when:%b} {when.day}, {when.year} / {when:%I:%M %p} CDT"


def _tv_story(story: Story, updated: datetime | None, *, tag: str = "h4") -> str:
    """A ``li.story``: image link, category, a link wrapping the ``h4`` headline, excerpt and
    a meta line with "Posted:" and, when the story changed, "Updated:"."""
    when = story.when
    assert when is not None
    update = (
        f' <span class="story__updated">Updated: {_tv_stamp(updated)}</span>' if updated else ""
    )
    category = story.path.split("/")[2]
    return f"""
<li class="story story--{category}">
  <figure class="story__media"><a class="story__image-link" href="{story.path}" aria-hidden="true" tabindex="-1"><img class="story__image lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{_TV_HOST}/wp-content/uploads/sites/12/2025/04/{image_slug(story.path)[:24]}.jpg?w=320&amp;h=180&amp;crop=1" alt=""></a></figure>
  <div class="story__content">
    <span class="story__category"><a href="/news/{category}/">{escape_html(story.label)}</a></span>
    <a class="story__link" href="{story.path}"><{tag} class="story__title">{escape_html(story.title)}</{tag}></a>
    <p class="story__excerpt">{escape_html(story.lead or "")}</p>
    <p class="story__meta"><span class="story__posted">Posted: {_tv_stamp(when)}</span>{update}</p>
  </div>
</li>"""


def build_local_tv_station() -> Layout:
    """A local TV station's local-news page: a top story (``a > h2``) and ``ul.stories >
    li.story`` entries (``a > h4``, excerpt, "Posted: Apr 7, 2025 / 09:41 PM CDT" and
    sometimes "Updated: …" in the same meta line); a weather widget of hourly clocks and
    temperatures ("7:00 AM 54°"), a numbered "Most Popular", a "Sponsored Content" strip,
    an ad slot, a "Load More" pager."""
    page_url = f"{_TV_HOST}/news/local-news/"
    (hero, hero_updated), *rest = _TV_STORIES
    stories = "\n".join(_tv_story(s, u) for s, u in rest)
    popular = link_list(
        _TV_POPULAR,
        '<li class="popular-list__item"><span class="popular-list__rank">{rank}</span>'
        '<a class="popular-list__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    hourly = "\n".join(
        f'<li class="weather-hourly__item"><a class="weather-hourly__link" href="/weather/hourly/"><span class="weather-hourly__time">{clock}</span>'
        f'<img class="weather-hourly__icon" src="{_TV_HOST}/icons/weather/partly-cloudy.svg" alt="Partly cloudy"><span class="weather-hourly__temp">{temp}°</span></a></li>'
        for clock, temp in _TV_HOURLY
    )
    nav = nav_links(
        [
            ("News", "/news/"),
            ("Local News", "/news/local-news/"),
            ("Crime", "/news/crime/"),
            ("Weather", "/weather/"),
            ("Sports", "/sports/"),
            ("Video", "/video/"),
            ("Contests", "/contests/"),
            ("Watch Live", "/live/"),
        ],
        "site-nav__item",
    )
    body = f"""
<div class="site">
<header class="site-header">
  <a class="site-header__logo" href="/" aria-label="KTVR 12 News">KTVR 12</a>
  <nav class="site-nav" aria-label="Primary"><ul class="site-nav__list">
{nav}
  </ul></nav>
  <div class="site-header__weather"><a href="/weather/">58° Riverbend, TX</a></div>
</header>
<div class="ad-unit ad-unit--leaderboard"><span class="ad-unit__label">Advertisement</span><a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/5678/ktvr/local&amp;adurl=https://www.riverbendhvac.example/"><img src="{_TV_HOST}/ads/leaderboard.jpg" alt=""></a></div>
<main class="site-main">
  <h1 class="page-title">Local News</h1>
  <section class="top-story">
    <article class="top-story__article">
      <a class="top-story__image-link" href="{hero.path}" tabindex="-1"><img class="top-story__image" src="{_TV_HOST}/wp-content/uploads/sites/12/2025/04/grass-fire-county-line.jpg?w=876" alt=""></a>
      <span class="top-story__category"><a href="/news/local-news/">{escape_html(hero.label)}</a></span>
      <a class="top-story__link" href="{hero.path}"><h2 class="top-story__title">{escape_html(hero.title)}</h2></a>
      <p class="top-story__excerpt">{escape_html(hero.lead or "")}</p>
      <p class="top-story__meta"><span class="top-story__posted">Posted: {_tv_stamp(hero.when or NOW)}</span></p>
    </article>
  </section>
  <section class="latest-stories"><h2 class="section-title">Latest Local News</h2>
    <ul class="stories">
{stories}
    </ul>
    <div class="load-more"><a class="load-more__link" href="{page_url}page/2/">Load More</a></div>
  </section>
  <aside class="sidebar">
    <div class="weather-widget"><h2 class="weather-widget__title">Hourly Forecast</h2>
      <p class="weather-widget__now">Currently 58° and clear. Tonight: low 52°.</p>
      <ul class="weather-hourly">
{hourly}
      </ul>
      <a class="weather-widget__more" href="/weather/">Full forecast</a>
    </div>
    <div class="popular-list"><h2 class="popular-list__title">Most Popular</h2><ol class="popular-list__items">
{popular}
    </ol></div>
    <div class="sponsored-content"><h2 class="sponsored-content__title">Sponsored Content</h2><ul class="sponsored-content__list">
      <li class="sponsored-content__item"><a href="/sponsored/riverbend-hvac/5-signs-your-ac-needs-service-before-summer/">5 signs your AC needs service before summer</a><span class="sponsored-content__by">Sponsored by Riverbend Heating &amp; Air</span></li>
      <li class="sponsored-content__item"><a href="/sponsored/central-plains-credit-union/first-time-homebuyer-tips/">First-time homebuyer? Start with these three steps</a><span class="sponsored-content__by">Sponsored by Central Plains Credit Union</span></li>
    </ul></div>
  </aside>
</main>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("About Us", "/about-us/"), ("Contact Us", "/contact-us/"), ("Careers", "/careers/"), ("EEO Report", "/eeo-report/"), ("FCC Public File", "https://publicfiles.fcc.example/tv-profile/ktvr"), ("Privacy Policy", "/privacy-policy/"), ("Terms of Use", "/terms-of-use/")])}
  </ul>
  <p class="site-footer__copyright">&copy; 2025 KTVR Broadcasting Group. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _ in _TV_STORIES]
    assert hero_updated is None
    return Layout(
        name="en-local-tv-station",
        family="local TV station news list: ul.stories > li.story, a > h4, 'Posted: Apr 7, 2025 / 09:41 PM CDT' + 'Updated:', weather widget clocks",
        body=english_document(
            "Local News | KTVR 12", f'<link rel="canonical" href="{page_url}">', body, lang="en-US"
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 7. A membership publishing platform's blog (post-card entries, date-only datetime)
# --------------------------------------------------------------------------------------------

_GH_HOST = "https://quietsignal.example"
_GH_POSTS = [
    Story.at(
        "/heat-pumps-cold-climate-winter-data/",
        "We tracked 40 heat pumps through a northern winter. Here’s what the data shows",
        "Most kept homes warm down to -15°F without backup heat, but installation quality "
        "mattered more than the brand on the box.",
        None,
        "Climate",
    ),
    Story.at(
        "/the-grid-interconnection-queue-explained/",
        "The grid interconnection queue, explained: why clean power waits years to plug in",
        "More than 2,600 gigawatts of projects are waiting for approval. A plain-language "
        "guide to the bottleneck and the fixes on the table.",
        None,
        "Energy",
    ),
    Story.at(
        "/interview-a-county-climate-officer-on-flood-buyouts/",
        "Interview: A county climate officer on why flood buyouts are so hard to get right",
        "She has moved 212 households out of the floodplain in six years. The paperwork, "
        "she says, is the easy part.",
        None,
        "Interviews",
    ),
    Story.at(
        "/members-only-carbon-removal-credits-audit/",
        "Members only: We audited 30 carbon removal credits. Few held up",
        "An investigation into what buyers actually get, based on registry records and "
        "interviews with eleven project developers.",
        None,
        "Investigations",
    ),
    Story.at(
        "/ev-battery-recycling-plants-map/",
        "Mapped: Every EV battery recycling plant announced in North America",
        "Forty-one facilities, from pilot lines to gigafactory-scale sites, and how many of "
        "them are actually running today.",
        None,
        "Climate",
    ),
    Story.at(
        "/reader-questions-induction-stoves-rentals/",
        "Reader questions: Can renters switch to induction without the landlord’s help?",
        "Portable burners, plug-in ranges and the conversation worth having with your "
        "building manager before you buy anything.",
        None,
        "Reader Questions",
    ),
    Story.at(
        "/why-spring-floods-are-arriving-earlier/",
        "Why spring floods are arriving earlier in the northern rivers",
        "Snowmelt now peaks about nine days sooner than it did in the 1970s, river gauges "
        "show, with knock-on effects for farms and fish.",
        None,
        "Climate",
    ),
    Story.at(
        "/the-weekly-signal-april-1/",
        "The Weekly Signal: offshore wind leases, a drought map and a very old glacier",
        "Five stories we are following this week, plus one chart that surprised the whole team.",
        None,
        "Newsletter",
    ),
]
_GH_DATES = [
    ("2025-04-07", "Apr 7, 2025", "9 min read"),
    ("2025-04-06", "Apr 6, 2025", "12 min read"),
    ("2025-04-04", "Apr 4, 2025", "7 min read"),
    ("2025-04-03", "Apr 3, 2025", "15 min read"),
    ("2025-04-02", "Apr 2, 2025", "4 min read"),
    ("2025-03-31", "Mar 31, 2025", "5 min read"),
    ("2025-03-28", "Mar 28, 2025", "8 min read"),
    ("2025-03-27", "Mar 27, 2025", "3 min read"),
]
_GH_MOST_READ = [
    ("/heat-pumps-cold-climate-winter-data/", "We tracked 40 heat pumps through a northern winter"),
    ("/solar-panels-after-hailstorm/", "What happened to our solar panels after a hailstorm"),
    ("/the-grid-interconnection-queue-explained/", "The grid interconnection queue, explained"),
    ("/is-your-gas-stove-making-you-sick/", "Is your gas stove making you sick? What studies say"),
]  # fmt: skip


def _gh_card(story: Story, dates: tuple[str, str, str], *, featured: bool) -> str:
    """A ``post-card``: image link (with a "Members only" badge for paid posts), then one
    ``a.post-card-content-link`` wrapping the header (tag, ``h2.post-card-title``) and the
    excerpt, then the meta footer with a date-only ``time`` and the reading time."""
    machine, shown, length = dates
    tag = story.label.lower().replace(" ", "-")
    paid = story.title.startswith("Members only")
    access = (
        '<div class="post-card-access"><svg width="20" height="20" viewBox="0 0 20 20"></svg> Members only</div>'
        if paid
        else ""
    )
    star = (
        '<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span>'
        if featured
        else ""
    )
    image = f"/content/images/2025/04/{image_slug(story.path)[:22]}.jpg"
    return f"""
<article class="post-card post tag-{tag}{" tag-hash-members" if paid else ""}{" featured" if featured else ""}{" post-card-large" if featured else ""}">
  <a class="post-card-image-link" href="{story.path}">
    <img class="post-card-image" srcset="{image.replace("/images/", "/images/size/w300/")} 300w, {image.replace("/images/", "/images/size/w600/")} 600w" sizes="(max-width: 1000px) 400px, 800px" src="{image.replace("/images/", "/images/size/w600/")}" alt="" loading="lazy">
    {access}
  </a>
  <div class="post-card-content">
    <a class="post-card-content-link" href="{story.path}">
      <header class="post-card-header">
        <div class="post-card-tags"><span class="post-card-primary-tag">{escape_html(story.label)}</span>{star}</div>
        <h2 class="post-card-title">{escape_html(story.title)}</h2>
      </header>
      <div class="post-card-excerpt">{escape_html(story.lead or "")}</div>
    </a>
    <footer class="post-card-meta">
      <time class="post-card-meta-date" datetime="{machine}">{shown}</time>
      <span class="post-card-meta-length">{length}</span>
    </footer>
  </div>
</article>"""


def build_membership_blog() -> Layout:
    """An independent climate publication on a membership publishing platform, home feed:
    ``div.post-feed > article.post-card`` whose ``a.post-card-content-link`` wraps ``header >
    h2.post-card-title`` and ``div.post-card-excerpt``, ``time.post-card-meta-date`` with a
    date-only ``datetime`` ("Apr 7, 2025"), "9 min read", tags, a "Members only" badge; a
    "Subscribe" bar, a numbered "Most read" box, a sponsor slot, "Older Posts" pager."""
    page_url = f"{_GH_HOST}/"
    cards = "\n".join(
        _gh_card(s, d, featured=n == 0)
        for n, (s, d) in enumerate(zip(_GH_POSTS, _GH_DATES, strict=True))
    )
    most_read = link_list(
        _GH_MOST_READ,
        '<li class="gh-most-read-item"><span class="gh-most-read-number">{rank}</span>'
        '<a class="gh-most-read-link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    nav = nav_links(
        [
            ("Home", f"{_GH_HOST}/"),
            ("Climate", f"{_GH_HOST}/tag/climate/"),
            ("Energy", f"{_GH_HOST}/tag/energy/"),
            ("Investigations", f"{_GH_HOST}/tag/investigations/"),
            ("Newsletter", f"{_GH_HOST}/tag/newsletter/"),
            ("About", f"{_GH_HOST}/about/"),
        ],
        "",
    )
    body = f"""
<div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo">
  <div class="gh-head-inner inner">
    <div class="gh-head-brand"><a class="gh-head-logo" href="{_GH_HOST}">Quiet Signal</a></div>
    <nav class="gh-head-menu"><ul class="nav">
{nav}
    </ul></nav>
    <div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div>
  </div>
</header>
<div class="site-content">
<div class="site-header-content outer">
  <div class="site-header-inner inner"><h1 class="site-title">Quiet Signal</h1><h2 class="site-description">Independent reporting on climate, energy and the places in between.</h2></div>
</div>
<main id="site-main" class="site-main outer">
  <div class="inner posts">
    <div class="post-feed">
{cards}
    </div>
    <nav class="pagination" role="navigation"><span class="page-number">Page 1 of 9</span><a class="older-posts" href="{_GH_HOST}/page/2/">Older Posts <span aria-hidden="true">&rarr;</span></a></nav>
  </div>
  <div class="inner gh-extras">
    <section class="gh-most-read"><h3 class="gh-most-read-title">Most read this month</h3><ol class="gh-most-read-list">
{most_read}
    </ol></section>
    <aside class="gh-sponsor"><span class="gh-sponsor-label">Sponsored</span><a class="gh-sponsor-link" href="https://partners.quietsignal.example/click?campaign=northwind-solar&amp;url=https%3A%2F%2Fwww.northwindsolar.example%2F" rel="sponsored">Northwind Solar: get a free rooftop assessment this spring</a></aside>
  </div>
</main>
<section class="footer-cta outer">
  <div class="inner"><h2 class="footer-cta-title">Sign up for Quiet Signal</h2><a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div>
</section>
<footer class="site-footer outer">
  <div class="inner">
    <section class="copyright"><a href="{_GH_HOST}">Quiet Signal</a> &copy; 2025</section>
    <nav class="site-footer-nav"><ul class="nav">
{nav_links([("Sign up", "#/portal/"), ("About", f"{_GH_HOST}/about/"), ("Contact", f"{_GH_HOST}/contact/"), ("Privacy", f"{_GH_HOST}/privacy/"), ("Corrections", f"{_GH_HOST}/corrections/")])}
    </ul></nav>
  </div>
</footer>
</div>
</div>"""
    head = (
        f'<link rel="canonical" href="{page_url}">\n'
        f'<link rel="next" href="{_GH_HOST}/page/2/">\n'
        f'<link rel="alternate" type="application/rss+xml" title="Quiet Signal" href="{_GH_HOST}/rss/">'
    )
    items = [gold_item(page_url, s.path, s, timed=False) for s in _GH_POSTS]
    return Layout(
        name="en-membership-blog",
        family="membership publishing blog: article.post-card, a.post-card-content-link > header > h2.post-card-title + div.post-card-excerpt, date-only time",
        body=english_document("Quiet Signal", head, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


# --------------------------------------------------------------------------------------------
# 8. A web portal's news stream (atomic-CSS classes, "Source • 2 hours ago", sponsored items)
# --------------------------------------------------------------------------------------------

_PT_HOST = "https://news.portalhub.example"
# (story, meta line as shown)
_PT_STREAM: list[tuple[Story, str]] = [
    (
        Story.at(
            "/senate-passes-stopgap-funding-bill-053212477.html",
            "Senate passes stopgap funding bill hours before shutdown deadline",
            "The measure keeps agencies open through mid-May and now heads to the House, where "
            "leaders plan a vote on Tuesday morning.",
            ago(NOW, minutes=38),
            "Meridian Wire",
        ),
        "Meridian Wire • 38 minutes ago",
    ),
    (
        Story.at(
            "/governors-split-over-national-guard-border-request-041508930.html",
            "Governors split over request to send National Guard troops to the border",
            "Eleven governors have agreed to send troops so far, while several others said "
            "they had not received a formal request.",
            ago(NOW, hours=2),
            "Capitol Herald",
        ),
        "Capitol Herald • 2 hours ago",
    ),
    (
        Story.at(
            "/video/watch-heated-exchange-at-budget-hearing-032744115.html",
            "Watch: Heated exchange between lawmakers and budget director at hearing",
            "The two sides traded accusations over a spending freeze that has delayed grants to "
            "dozens of states.",
            ago(NOW, hours=3),
            "PortalHub Video",
        ),
        "PortalHub Video • 3 hours ago",
    ),
    (
        Story.at(
            "https://finance.portalhub.example/news/tariff-refunds-small-importers-021930662.html",
            "Small importers wait months for tariff refunds as paperwork piles up",
            "Customs brokers say the backlog of refund claims has tripled since January, tying "
            "up cash for businesses with thin margins.",
            ago(NOW, hours=4),
            "Lakeshore Post",
        ),
        "Lakeshore Post • 4 hours ago",
    ),
    (
        Story.at(
            "/supreme-court-to-hear-case-on-state-social-media-age-limits-012205318.html",
            "Supreme Court agrees to hear case on state social media age limits",
            "The justices will consider whether laws requiring parental consent for teen "
            "accounts violate the First Amendment.",
            ago(NOW, hours=5),
            "The Daily Ledger",
        ),
        "The Daily Ledger • 5 hours ago",
    ),
    (
        Story.at(
            "/poll-voters-rank-cost-of-living-top-issue-230114892.html",
            "Poll: Voters rank cost of living as top issue for the third month in a row",
            "Forty-four percent named prices as their biggest concern, far ahead of immigration "
            "and health care.",
            ago(NOW, hours=7),
            "PortalHub News",
        ),
        "PortalHub News • 7 hours ago",
    ),
    (
        Story.at(
            "/former-aide-testifies-in-campaign-finance-trial-203355071.html",
            "Former aide testifies that she was told to split donations into smaller checks",
            "Her testimony is central to prosecutors’ case that the campaign tried to evade "
            "contribution limits.",
            ago(NOW, hours=10),
            "Meridian Wire",
        ),
        "Meridian Wire • 10 hours ago",
    ),
    (
        Story.at(
            "/state-lawmakers-approve-new-congressional-map-151748203.html",
            "State lawmakers approve new congressional map after court order",
            "The new lines create a second district where minority voters make up a majority, "
            "as the court required.",
            ago(NOW, hours=15),
            "Prairie Star",
        ),
        "Prairie Star • 15 hours ago",
    ),
    (
        Story.at(
            "/mayors-ask-congress-to-restore-transit-funds-061204559.html",
            "Mayors from both parties ask Congress to restore cut transit funds",
            "A letter signed by 84 mayors warns that bus and rail service could be reduced in "
            "dozens of cities by fall.",
            ago(NOW, days=1),
            "Capitol Herald",
        ),
        "Capitol Herald • 1 day ago",
    ),
]
_PT_ADS = [
    (
        "https://beap.gemini.example/mbclk?bv=1.0.0&amp;es=Xk2nVg0GIS.0rWmCq9sQ&amp;u=vantage-windows",
        "Homeowners are replacing their windows this spring. Here’s what it costs",
        "See prices for energy-efficient windows in your area. Get a free quote in minutes.",
        "Vantage Windows",
    ),
    (
        "https://beap.gemini.example/mbclk?bv=1.0.0&amp;es=Pq7rTz1LJM.4kNcVb8aR&amp;u=cobalt-card",
        "This card pays 0% interest until 2026. Banks hate how simple it is",
        "Compare balance-transfer offers from top issuers. No impact on your credit score to check.",
        "Cobalt Card Finder",
    ),
]
_PT_TRENDING = [
    "Tax deadline", "Shutdown vote", "Egg prices", "Solar eclipse", "NBA playoffs",
    "Mortgage rates", "Recall list", "Stimulus check",
]  # fmt: skip
_PT_LINK_CSS = (
    "js-content-viewer wafer-caas Fw(b) Fz(18px) Lh(23px) LineClamp(2,46px) Fz(17px)--sm1024 "
    "Lh(19px)--sm1024 LineClamp(2,38px)--sm1024 mega-item-header-link Td(n) C(#0078ff):h C(#000)"
)
_PT_LEAD_CSS = "Fz(14px) Lh(19px) Fz(13px)--sm1024 Lh(17px)--sm1024 LineClamp(2,38px) LineClamp(2,34px)--sm1024 M(0)"


def _pt_item(href: str, title: str, lead: str, meta: str, uuid: str) -> str:
    """A ``li.js-stream-content``: image link, the meta line ("Source • 2 hours ago" or
    "Ad • Sponsor"), ``h3 > a`` headline, ``p`` summary, all in atomic-CSS classes."""
    return f"""
<li class="js-stream-content Pos(r)" data-uuid="{uuid}">
  <div class="Py(14px) Pos(r)" data-test-locator="mega">
    <div class="Cf">
      <div class="Fl(start) Pos(r) Mend(20px) W(272px) H(153px) Ov(h) Bdrs(2px)" data-test-locator="stream-item-image"><a href="{href}" class="Pos(a) T(0) B(0) Start(0) End(0) D(b)" tabindex="-1" aria-hidden="true"><img class="W(100%) H(a) Trsdu(.42s) Op(1)" src="https://s.portalhub.example/uu/api/res/1.2/{uuid[:12]}/YXBwaWQ9aGlnaGxhbmRlcjt3PTU0NDtoPTMwNg--/{uuid}.jpg" alt=""></a></div>
      <div class="Ov(h) Pend(44px) Pstart(25px)">
        <div class="C(#959595) Fz(11px) D(ib) Mb(6px)">{escape_html(meta)}</div>
        <h3 class="Mb(5px)"><a href="{href}" class="{_PT_LINK_CSS}" data-uuid="{uuid}" data-wf-caas-prefetch="1">{escape_html(title)}</a></h3>
        <p class="{_PT_LEAD_CSS}">{escape_html(lead)}</p>
      </div>
    </div>
  </div>
</li>"""


def build_portal_stream() -> Layout:
    """A web portal's politics stream: ``ul > li.js-stream-content`` entries in atomic-CSS
    classes (``Py(14px)``, ``C(#959595)``), ``h3 > a`` headline, ``p`` summary and a meta line
    gluing source and relative time with a bullet ("Meridian Wire • 2 hours ago"); two
    sponsored entries in the same markup ("Ad • Vantage Windows", links through the ad
    network's click server) that are not gold; a numbered "Trending Now" list, ad slots,
    a "Load more stories" link."""
    page_url = f"{_PT_HOST}/politics/"
    entries = [
        _pt_item(
            s.path, s.title, s.lead or "", meta, f"{n:08x}-4c1e-3f7a-9b2d-{image_slug(s.path)[-9:]}"
        )
        for n, (s, meta) in enumerate(_PT_STREAM, start=1)
    ]
    for slot, (href, title, lead, sponsor) in zip((3, 8), _PT_ADS, strict=True):
        entries.insert(
            slot,
            _pt_item(
                href, title, lead, f"Ad • {sponsor}", f"ad{slot:06d}-0000-0000-0000-000000000000"
            ),
        )
    trending = link_list(
        (
            (f"https://search.portalhub.example/search?p={t.replace(' ', '+')}&amp;fr=fp-tts", t)
            for t in _PT_TRENDING
        ),
        '<li class="trending-list__item D(ib) W(50%)"><a class="Td(n) C(#000)" href="{href}"><span class="Fw(b) Mend(6px)">{rank}</span>{title}</a></li>',
        sep="\n",
    )
    nav = nav_links(
        [
            ("Home", "/"),
            ("US", "/us/"),
            ("Politics", "/politics/"),
            ("World", "/world/"),
            ("Health", "/health/"),
            ("Science", "/science/"),
            ("Originals", "/originals/"),
            ("Finance", "https://finance.portalhub.example/"),
        ],
        "D(ib) Mend(20px)",
    )
    ad = (
        '<div id="{slot}" class="darla-container D(b) Mx(a)" data-ad-slot="{slot}">'
        '<span class="C(#959595) Fz(11px)">Advertisement</span>'
        '<a href="https://ads.portalhub.example/adclick?slot={slot}&amp;lp=https://www.summitbank.example/">'
        '<img src="https://s.portalhub.example/ads/{slot}.jpg" alt=""></a></div>'
    )
    body = f"""
<div id="app">
<header id="header-wrapper" class="Bgc(#fff) Pos(r)">
  <div id="header-logo"><a href="/" class="D(b)" aria-label="PortalHub News">PortalHub News</a></div>
  <nav id="header-nav" class="Fz(15px)"><ul class="M(0) P(0)">
{nav}
  </ul></nav>
  <form id="header-search" action="https://search.portalhub.example/search" class="D(ib)"><input name="p" type="text" placeholder="Search the web"></form>
</header>
{ad.format(slot="LDRB")}
<div id="Main" class="Pos(r) W(100%)">
  <h1 class="Fz(28px) Fw(b)">Politics</h1>
  <div id="YDC-Stream" class="Pos(r)" data-test-locator="stream">
    <ul class="My(0) P(0) Wow(bw) Ov(h)">
{"".join(entries)}
    </ul>
    <div class="Ta(c) Py(20px)"><a class="Td(n) Fw(b)" href="/politics/?page=2">Load more stories</a></div>
  </div>
</div>
<div id="Aside" class="W(300px)">
  {ad.format(slot="LREC")}
  <div id="trending-list" class="Mt(20px)"><h3 class="Fz(14px) Fw(b)">Trending Now</h3>
    <ol class="M(0) P(0)">
{trending}
    </ol>
  </div>
  {ad.format(slot="LREC2")}
</div>
<footer id="footer" class="Bgc(#f5f8fa) Pt(20px)">
  <ul class="M(0) P(0)">
{nav_links([("Terms and Privacy Policy", "https://legal.portalhub.example/terms"), ("Privacy Dashboard", "https://legal.portalhub.example/privacy-dashboard"), ("About Our Ads", "https://legal.portalhub.example/ads"), ("Help", "https://help.portalhub.example/"), ("Feedback", "/feedback")], "D(ib) Mend(14px)")}
  </ul>
  <p class="C(#959595) Fz(11px)">&copy; 2025 PortalHub Media. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _ in _PT_STREAM]
    return Layout(
        name="en-portal-stream",
        family="web portal news stream: li.js-stream-content atomic-CSS cards, h3 > a, 'Source • 2 hours ago', 'Ad • Sponsor' entries",
        body=english_document(
            "Politics News | PortalHub News",
            f'<link rel="canonical" href="{page_url}">',
            body,
            lang="en-US",
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
    )


BUILDERS: tuple[Builder, ...] = (
    build_newspaper_section_front,
    build_cable_news_section,
    build_newsletter_archive,
    build_cms_views_listing,
    build_news_aggregator_topic,
    build_local_tv_station,
    build_membership_blog,
    build_portal_stream,
)
