"""A fourth set of English-language listing layouts: news sites outside the US.

Each builder returns a whole page in the shape of one family that English-language sites of
another region use — an Indian daily's section of ``div.element`` rows with "Updated - … IST"
lines, an Australian public broadcaster's ``data-component`` cards, a Singapore outlet's
``list-object`` rows, a British tabloid's channel front with comment and share counts, a
Philippine daily's section whose rows repeat one ``id``, a pan-African news site of date-only
``time`` elements beside a language switcher, a European broadcaster printing day-first slash
dates, and a Japanese wire's latest-news list — with the chrome real pages carry around the
list. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states, in the site's own clock (the layout's ``timezone``) where the page names no zone;
relative times ("3h ago") are resolved against the fetch instant; a date without a time of day
gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

IST = timezone(timedelta(hours=5, minutes=30), "IST")
AEST = timezone(timedelta(hours=10), "AEST")
SGT = timezone(timedelta(hours=8), "SGT")
BST = timezone(timedelta(hours=1), "BST")
PHT = timezone(timedelta(hours=8), "PHT")
CEST = timezone(timedelta(hours=2), "CEST")
JST = timezone(timedelta(hours=9), "JST")


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


# --------------------------------------------------------------------------------------------
# 1. An Indian daily's section page (div.element rows, "Updated - April 08, 2025 10:05 am IST")
# --------------------------------------------------------------------------------------------

_IN_HOST = "https://www.thedeccanherald.example"
_IN_TOP = Story.at(
    "/news/national/karnataka/bengaluru-metro-yellow-line-safety-inspection/article69421173.ece",
    "Bengaluru Metro's Yellow Line clears final safety inspection, opening likely this month",
    "The commissioner of metro rail safety signed off on the 19-km stretch after three days of "
    "trials, officials said, leaving only the date of the launch to be fixed.",
    _at(IST, 8, 10, 5),
    "Karnataka",
)
_IN_LIST = [
    Story.at(
        "/news/national/kerala/monsoon-forecast-kerala-above-normal-rainfall/article69420884.ece",
        "IMD forecasts above-normal monsoon rainfall for Kerala; farmers cautiously hopeful",
        "The department expects the southwest monsoon to set in over the coast close to its "
        "normal date, with rainfall at 105% of the long-period average.",
        _at(IST, 8, 9, 41),
        "Kerala",
    ),
    Story.at(
        "/news/national/tamil-nadu/chennai-water-tanker-rates-summer/article69420512.ece",
        "Chennai residents complain of steep rise in private water tanker rates as summer sets in",
        "Operators have raised charges by up to 40% in the southern suburbs, citing longer trips "
        "to quarries and farm wells outside the city.",
        _at(IST, 8, 8, 12),
        "Tamil Nadu",
        title_html='Chennai residents complain of steep rise in private water tanker rates as summer sets in <i class="fa fa-lock premium-icon" aria-hidden="true"></i>',
    ),
    Story.at(
        "/news/national/telangana/hyderabad-outer-ring-road-toll-hike/article69419977.ece",
        "Toll rates on Hyderabad's Outer Ring Road to go up by 5% from April 10",
        "Car users will pay ₹5 to ₹10 more per trip depending on distance; monthly pass holders "
        "will see a revision of ₹150.",
        _at(IST, 7, 22, 48),
        "Telangana",
    ),
    Story.at(
        "/news/national/parliament-standing-committee-railways-report/article69419530.ece",
        "Parliamentary panel flags delays in Kavach roll-out, asks Railways for a timeline",
        "The committee noted that the anti-collision system covers less than a tenth of the "
        "network and sought quarterly progress reports.",
        _at(IST, 7, 21, 3),
        "National",
    ),
    Story.at(
        "/news/national/andhra-pradesh/visakhapatnam-fishing-ban-begins/article69419102.ece",
        "Annual 61-day fishing ban to begin along Andhra Pradesh coast from April 15",
        "Fisheries officials said compensation of ₹20,000 per family would be credited before "
        "the ban period ends.",
        _at(IST, 7, 19, 36),
        "Andhra Pradesh",
    ),
    Story.at(
        "/news/national/supreme-court-governor-assent-bills-hearing/article69418640.ece",
        "Supreme Court to hear pleas on Governor's delay in assent to Bills next week",
        "A three-judge Bench will take up petitions filed by two State governments seeking a "
        "time limit for decisions on Bills passed by their Assemblies.",
        _at(IST, 7, 17, 15),
        "National",
    ),
    Story.at(
        "/news/national/karnataka/mysuru-heritage-buildings-restoration-funds/article69418211.ece",
        "Mysuru's crumbling heritage buildings get ₹42 crore for restoration",
        "The grant covers 11 structures including the old Deputy Commissioner's office, where a "
        "portion of the roof collapsed last monsoon.",
        _at(IST, 7, 15, 52),
        "Karnataka",
    ),
    Story.at(
        "/news/national/delhi-heatwave-advisory-schools-timings/article69417730.ece",
        "Delhi issues heatwave advisory; schools told to end outdoor assemblies by 8 a.m.",
        "The advisory also asks employers to provide drinking water and shaded rest areas for "
        "outdoor workers between noon and 4 p.m.",
        _at(IST, 7, 13, 20),
        "Delhi",
    ),
]
# Shown as "Updated - …" (else "Published - …").
_IN_UPDATED = {0, 3, 6}
_IN_TRENDING = [
    ("/news/national/gold-price-today-april-8/article69421010.ece", "Gold price today: rates fall for third straight day"),
    ("/news/national/karnataka/bengaluru-metro-yellow-line-safety-inspection/article69421173.ece", "Yellow Line clears final safety inspection"),
    ("/entertainment/movies/box-office-weekend-collections/article69419800.ece", "Weekend box office: period drama crosses ₹200 crore"),
    ("/sport/cricket/ipl-2025-points-table-update/article69420300.ece", "IPL 2025 points table after Monday's match"),
    ("/news/national/upsc-prelims-admit-card-release/article69418900.ece", "UPSC prelims admit cards: when and where to download"),
]  # fmt: skip


def _in_time_line(story: Story, updated: bool) -> str:
    """'Updated - April 08, 2025 10:05 am IST' as the daily prints it."""
    assert story.when is not None
    local = story.when.astimezone(IST)
    verb = "Updated" if updated else "Published"
    return f"{verb} - {local:%B %d, %Y} {clock12(local, lower=True, pad=True)} IST"


def _in_element(story: Story, *, updated: bool, big: bool = False) -> str:
    """A ``div.element`` row: a lazy picture, a section label, ``h3.title > a``, ``p.sub-text``
    (the lead), an author line and the time line."""
    href = _IN_HOST + story.path
    size = " big" if big else ""
    return f"""
<div class="element{" main-row" if big else " row-element"}">
  <div class="picture"><a href="{href}"><img class="lazy" data-src="https://th-i.thedeccanherald.example/public/incoming/{image_slug(story.path)}.jpg?w=320" src="/theme/images/dh-online/1x1_spacer.png" alt="{escape_html(story.title)}" width="320" height="180"></a></div>
  <div class="right-content">
    <div class="label"><a href="{_IN_HOST}/news/national/{story.label.lower().replace(" ", "-")}/">{escape_html(story.label)}</a></div>
    <h3 class="title{size}"><a href="{href}">{story.headline_html}</a></h3>
    <p class="sub-text">{escape_html(story.lead or "")}</p>
    <div class="author-name"><a href="{_IN_HOST}/profile/author/the-deccan-herald-bureau/">The Deccan Herald Bureau</a></div>
    <div class="news-time time">{_in_time_line(story, updated)}</div>
  </div>
</div>"""


def build_indian_daily_section() -> Layout:
    """An Indian daily's section page: a lead ``div.element`` then ``div.element`` rows, each
    ``h3.title > a`` with ``p.sub-text`` and a "Published - April 07, 2025 09:41 am IST" or
    "Updated - …" line; a lock icon on premium stories, "Trending" ranked links, ad slots,
    a pager."""
    page_url = f"{_IN_HOST}/news/national/"
    menu = nav_links(
        [
            ("India", "/news/national/"),
            ("World", "/news/international/"),
            ("Cities", "/news/cities/"),
            ("Opinion", "/opinion/"),
            ("Business", "/business/"),
            ("Sport", "/sport/"),
            ("e-Paper", "https://epaper.thedeccanherald.example/"),
        ],
        "nav-item",
    )
    rows = "".join(
        _in_element(s, updated=i in _IN_UPDATED) for i, s in enumerate(_IN_LIST, start=1)
    )
    trending = link_list(
        [(_IN_HOST + h, t) for h, t in _IN_TRENDING],
        '<li><span class="num">{rank}</span><h3 class="title"><a href="{href}">{title}</a></h3></li>',
        sep="\n",
    )
    ad = (
        '<div class="dfp-ad"><p class="ad-label">ADVERTISEMENT</p>'
        '<a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/1023/dh_national_{slot}" rel="nofollow">'
        '<img src="https://tpc.googlesyndication.example/simgad/{slot}.jpg" alt=""></a></div>'
    )
    body = f"""
<header class="header">
  <div class="logo"><a href="/"><img src="/theme/images/logo.svg" alt="The Deccan Herald"></a></div>
  <nav class="navbar"><ul class="nav-list">
{menu}
  </ul></nav>
  <div class="subscribe"><a href="/subscription/?utm_source=header">Subscribe</a> <a href="/login/">Login</a></div>
</header>
{ad.format(slot="top_728")}
<div class="container">
  <div class="section-head"><h1 class="section-title">India</h1></div>
  <div class="row">
    <div class="col-xl-9 col-lg-8 section-list">
{_in_element(_IN_TOP, updated=True, big=True)}
{ad.format(slot="mid_300")}
      <div class="elements-list">{rows}
      </div>
      <ul class="pagination">
        <li class="page-item active"><span>1</span></li>
        <li class="page-item"><a href="{page_url}?page=2">2</a></li>
        <li class="page-item"><a href="{page_url}?page=3">3</a></li>
        <li class="page-item next"><a href="{page_url}?page=2">Next &raquo;</a></li>
      </ul>
    </div>
    <div class="col-xl-3 col-lg-4 sidebar">
      <div class="trending-list">
        <h2 class="sidebar-title">Trending</h2>
        <ul class="numbered">
{trending}
        </ul>
      </div>
      {ad.format(slot="rhs_300x600")}
    </div>
  </div>
</div>
<footer class="footer">
  <ul class="footer-links">
{nav_links([("About Us", "/aboutus/"), ("Contact Us", "/contactus/"), ("Code of Editorial Values", "/code-of-editorial-values/"), ("Advertise", "/advertise/"), ("Terms of Use", "/termsofuse/"), ("Privacy Policy", "/privacypolicy/")])}
  </ul>
  <p>&copy; Deccan Herald Publications Pvt. Ltd., 2025</p>
</footer>"""
    items = [gold_item(page_url, _IN_HOST + s.path, s) for s in (_IN_TOP, *_IN_LIST)]
    return Layout(
        name="en-indian-daily-section",
        family="Indian daily section: div.element > div.right-content > h3.title > a, p.sub-text, 'Updated - April 08, 2025 10:05 am IST' lines",
        body=english_document("India News - The Deccan Herald", "", body, lang="en-IN"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Kolkata",
    )


# --------------------------------------------------------------------------------------------
# 2. An Australian public broadcaster's topic page (data-component cards, "3h ago", "Posted …")
# --------------------------------------------------------------------------------------------

_AU_HOST = "https://www.auscast.example"
_AU_TOP = [
    Story.at(
        "/news/2025-04-08/murray-darling-water-buybacks-irrigators-respond/105152210",
        "Irrigators warn water buybacks will hollow out river towns as government opens new round",
        "The Commonwealth wants to recover another 70 gigalitres from the southern basin by "
        "the end of next year, and growers say their communities will pay the price.",
        ago(NOW.astimezone(AEST), hours=3),
        "Rural",
    ),
    Story.at(
        "/news/2025-04-08/queensland-flood-recovery-grants-western-shires/105151874",
        "Western Queensland shires still waiting on flood grants three weeks after waters peaked",
        "Mayors say graziers have lost thousands of head of cattle and kilometres of fencing, "
        "and the first recovery payments are yet to arrive.",
        ago(NOW.astimezone(AEST), hours=5),
        "Queensland",
    ),
]
_AU_LIST = [
    Story.at(
        "/news/2025-04-08/hobart-stadium-planning-commission-hearing/105151630",
        "Planning commission hears final submissions on contested Hobart stadium",
        "More than 2,000 written submissions were lodged, with heritage groups and traders on "
        "opposing sides of the debate about the waterfront site.",
        _at(AEST, 8, 9, 12),
        "Tasmania",
    ),
    Story.at(
        "/news/2025-04-07/perth-train-line-closure-buses-commuters/105150981",
        "Commuters brace for six-week closure of Perth's busiest train line",
        "Replacement buses will run every three minutes at peak times, but transport officials "
        "concede journeys could take twice as long.",
        _at(AEST, 7, 20, 45),
        "WA",
    ),
    Story.at(
        "/news/2025-04-07/great-barrier-reef-coral-spawning-survey/105150512",
        "Scientists record strong coral spawning on northern reefs despite last summer's bleaching",
        "Divers on a two-week survey counted spawning on most of the 30 sites they visited, "
        "a result researchers called encouraging but fragile.",
        _at(AEST, 7, 18, 20),
        "Science",
    ),
    Story.at(
        "/news/2025-04-07/adelaide-hospital-ramping-figures-march/105150118",
        "Ambulance ramping hours fall in Adelaide for a second month in a row",
        "March figures show paramedics spent 3,870 hours waiting outside emergency departments, "
        "down from more than 4,500 in January.",
        _at(AEST, 7, 14, 20),
        "SA",
    ),
    Story.at(
        "/news/2025-04-07/darwin-cyclone-shelter-upgrade-funding/105149877",
        "Darwin's cyclone shelters to get backup power after last season's blackouts",
        "The Territory government will fit generators to 14 public shelters before the next wet "
        "season begins in November.",
        _at(AEST, 7, 11, 5),
        "NT",
    ),
    Story.at(
        "/news/2025-04-06/canberra-light-rail-stage-two-contract/105148760",
        "Contract signed for light rail extension across Lake Burley Griffin",
        "Construction is expected to begin later this year, with the first trams to run on the "
        "new section by the end of the decade.",
        _at(AEST, 6, 16, 30),
        "ACT",
    ),
    Story.at(
        "/news/2025-04-06/victoria-school-phone-ban-results/105148433",
        "Teachers say phone ban has made playgrounds louder, and classrooms quieter",
        None,
        _at(AEST, 6, 12, 0),
        "Education",
    ),
]
_AU_POPULAR = [
    ("/news/2025-04-08/interest-rates-decision-what-to-expect/105152001", "What to expect from today's interest rate decision"),
    ("/news/2025-04-08/murray-darling-water-buybacks-irrigators-respond/105152210", "Irrigators warn water buybacks will hollow out river towns"),
    ("/news/2025-04-07/sydney-rent-prices-record-high/105150777", "Sydney rents hit another record high"),
    ("/news/2025-04-07/snake-found-in-toilet-brisbane/105150690", "Brisbane family finds carpet python in toilet"),
    ("/news/2025-04-06/afl-round-four-wrap/105148900", "AFL round four: everything you need to know"),
]  # fmt: skip


def _au_posted(when: datetime) -> str:
    """'Posted Mon 7 Apr 2025 at 6:40pm' on the broadcaster's eastern clock."""
    local = when.astimezone(AEST)
    return (
        f"Posted {local:%a} {local.day} {local:%b %Y} at {clock12(local, lower=True, space=False)}"
    )


def _au_card(story: Story, *, recent: bool) -> str:
    """An ``li > article`` card: ``div[data-component=CardHeading] > h3 > a > span``, a
    ``CardDescription`` lead and a footer with either a ``time[datetime]`` shown as "3h ago"
    or a "Posted …" text line."""
    assert story.when is not None
    if recent:
        hours = int((NOW - story.when.astimezone(UTC)).total_seconds() // 3600)
        stamp = (
            f'<time data-component="Timestamp" datetime="{story.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z">'
            f"{hours}h ago</time>"
        )
    else:
        stamp = f'<span data-component="Timestamp">{_au_posted(story.when)}</span>'
    lead = (
        f'<div data-component="CardDescription" class="CardDescription_text__x8Gk3"><p>{escape_html(story.lead)}</p></div>'
        if story.lead
        else ""
    )
    return f"""
<li class="ContentList_item__1nHfl">
  <article data-component="DetailCard" class="DetailCard_card__Jf2fX">
    <div data-component="Thumbnail" class="Thumbnail_container__L5oZ3"><img loading="lazy" src="https://live-production.wcms.auscast.example/cm/rimage/{story.path.rsplit("/", 1)[1]}-16x9-large.jpg" alt="" data-component="Image"></div>
    <div class="DetailCard_body__q2RUl">
      <div data-component="CardHeading" class="CardHeading_heading__VL2Qw"><h3 class="Typography_base__sj2RP Typography_sizeMobile18__lJhXS"><a class="GenericCard_link__ht61C" data-component="Link" href="{story.path}"><span data-component="KeyboardFocus">{escape_html(story.title)}</span></a></h3></div>
      {lead}
      <div data-component="CardFooter" class="CardFooter_footer__nC6sQ"><span data-component="Tag" class="Tag_tag__b0cVJ">{escape_html(story.label)}</span>{stamp}</div>
    </div>
  </article>
</li>"""


def build_au_broadcaster_topic() -> Layout:
    """An Australian public broadcaster's topic page: ``ul > li > article`` cards with
    ``div[data-component=CardHeading] > h3 > a > span``, descriptions, recent cards showing a
    ``time[datetime]`` as "3h ago", older ones a plain "Posted Mon 7 Apr 2025 at 6:40pm" in
    eastern time; a "Most read" list, "Promoted" slots for the broadcaster's own streaming
    service (one inside the list, served through an ad server), "Load more" and a pager."""
    page_url = f"{_AU_HOST}/news/topic/regional"
    menu = nav_links(
        [
            ("Just In", "/news/justin"),
            ("For You", "/news/for-you"),
            ("Politics", "/news/politics"),
            ("World", "/news/world"),
            ("Business", "/news/business"),
            ("Analysis", "/news/analysis-and-opinion"),
            ("Sport", "/news/sport"),
            ("Science", "/news/science"),
        ],
        "NavigationBar_item__2oVYb",
    )
    cards = [_au_card(s, recent=True) for s in _AU_TOP] + [
        _au_card(s, recent=False) for s in _AU_LIST
    ]
    cards.insert(
        4,
        """
<li class="ContentList_item__1nHfl ContentList_promo__8xk2M">
  <aside data-component="PromoCard" class="PromoCard_promo__Zx1bb"><span class="PromoCard_label__fV2sd">Promoted</span><a data-component="Link" href="https://pubads.g.doubleclick.example/gampad/clk?id=61044&amp;iu=/auscast/news_promo&amp;adurl=https://view.auscast.example/show/country-roads?utm_source=news&amp;utm_medium=promo">Watch Country Roads on AusCast View: stories from regional Australia</a></aside>
</li>""",
    )
    popular = link_list(
        _AU_POPULAR,
        '<li class="MostRead_item__c8vHk"><span class="MostRead_rank__ZJ8wQ">{rank}</span><a data-component="Link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div id="__next">
<header data-component="Header" class="Header_header__1sZ5O">
  <a data-component="Link" href="/news" class="Header_logo__tUKcy"><span class="VisuallyHidden">AusCast News</span></a>
  <nav data-component="NavigationBar" aria-label="Main"><ul>
{menu}
  </ul></nav>
</header>
<main id="content" class="Page_main__9YdSQ">
  <h1 class="Typography_base__sj2RP">Regional</h1>
  <div class="Page_grid__0AjYr">
    <section data-component="PaginationList" aria-label="Latest stories">
      <ul data-component="ContentList" class="ContentList_list__Rj3bm">{"".join(cards)}
      </ul>
      <div class="PaginationList_loadMore__x4nqL"><button data-component="Button" type="button">Load more stories</button></div>
      <nav data-component="Pagination" class="Pagination_nav__yQ9oz" aria-label="Pagination"><span aria-current="page">1</span> <a href="{page_url}?page=2">2</a> <a href="{page_url}?page=3">3</a> <a href="{page_url}?page=2" rel="next">Next</a></nav>
    </section>
    <aside data-component="Sidebar">
      <section data-component="MostRead" class="MostRead_container__pY4Fm">
        <h2 class="Typography_base__sj2RP">Most read</h2>
        <ol class="MostRead_list__X6bDq">
{popular}
        </ol>
      </section>
      <section data-component="PromoUnit"><span class="PromoUnit_label__ok6C2">Promoted</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=61021&amp;iu=/auscast/news_mrec">Support local news: listen live on AusCast Radio</a></section>
    </aside>
  </div>
</main>
<footer data-component="Footer" class="Footer_footer__uHtaM">
  <ul>
{nav_links([("About AusCast", "/about"), ("Contact us", "/contact"), ("Accessibility", "/accessibility"), ("Editorial policies", "/edpols"), ("Privacy", "/privacy"), ("Terms of use", "/conditions")])}
  </ul>
  <p>AusCast acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s in (*_AU_TOP, *_AU_LIST)]
    return Layout(
        name="en-au-broadcaster-topic",
        family="Australian broadcaster topic page: li > article > div[data-component=CardHeading] > h3 > a > span, time[datetime] '3h ago', 'Posted Mon 7 Apr 2025 at 6:40pm'",
        body=english_document("Regional - AusCast News", "", body, lang="en-AU"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Australia/Sydney",
    )


# --------------------------------------------------------------------------------------------
# 3. A Singapore outlet's section (div.list-object rows, "08 Apr 2025 12:41PM", zone-less)
# --------------------------------------------------------------------------------------------

_SG_HOST = "https://www.lionnews.example"
_SG_HERO = Story.at(
    "/singapore/hdb-resale-prices-first-quarter-flash-estimate-4987321",
    "HDB resale prices rise 1.6% in first quarter, slowest pace in five years",
    "The flash estimate points to a cooling market after two rounds of measures, though "
    "million-dollar flats continued to change hands in mature estates.",
    _at(SGT, 8, 12, 41),
    "Singapore",
)
_SG_LIST = [
    Story.at(
        "/singapore/mrt-thomson-east-coast-line-stage-5-opening-date-4987210",
        "Thomson-East Coast Line stage 5 to open by end-2025, says transport minister",
        "The stretch will add two stations in the east and shorten some commutes to the airport "
        "by up to 15 minutes.",
        _at(SGT, 8, 11, 5),
        "Singapore",
    ),
    Story.at(
        "/asia/malaysia-johor-causeway-congestion-rts-link-4987098",
        "Johor traders hope RTS Link will ease Causeway jams that cost them customers",
        "Shopkeepers near the checkpoint say weekend queues of up to three hours keep many "
        "Singaporean shoppers away.",
        _at(SGT, 8, 9, 30),
        "Asia",
    ),
    Story.at(
        "/business/singapore-non-oil-domestic-exports-march-4986877",
        "Singapore's non-oil domestic exports fall for second month on weaker electronics demand",
        "Shipments dropped 3.4% year on year, below economists' forecasts of a modest rise.",
        _at(SGT, 8, 8, 0),
        "Business",
    ),
    Story.at(
        "/singapore/dengue-cases-weekly-nea-cluster-alert-4986540",
        "NEA warns of rising dengue cases as weekly count tops 300 for the first time this year",
        "Eleven active clusters are under watch, the largest in a housing estate in the north "
        "with 46 cases.",
        _at(SGT, 7, 21, 18),
        "Singapore",
    ),
    Story.at(
        "/asia/indonesia-jakarta-flood-tunnel-project-4986312",
        "Jakarta revives flood tunnel plan as land subsidence worsens in northern districts",
        "Parts of the coastline are sinking by as much as 10cm a year, engineers say, raising "
        "the stakes for every rainy season.",
        _at(SGT, 7, 18, 2),
        "Asia",
    ),
    Story.at(
        "/world/australia-election-campaign-housing-pledges-4986001",
        "Housing dominates first week of Australia's election campaign",
        "Both major parties have promised grants for first-home buyers, drawing warnings from "
        "economists that prices could rise further.",
        _at(SGT, 7, 15, 47),
        "World",
    ),
    Story.at(
        "/singapore/hawker-centre-tray-return-enforcement-4985760",
        "Diners caught not returning trays at hawker centres to face fines from June",
        "First-time offenders will get a written warning; repeat offenders may be fined up to "
        "S$300, the agency said.",
        _at(SGT, 7, 12, 26),
        "Singapore",
    ),
    Story.at(
        "/business/grab-gojek-merger-talks-report-4985533",
        "Ride-hailing rivals resume merger talks, sources say",
        None,
        _at(SGT, 7, 10, 9),
        "Business",
    ),
]
_SG_TRENDING = [
    ("/singapore/cpf-changes-2025-what-you-need-to-know-4980012", "CPF changes in 2025: what you need to know"),
    ("/singapore/hdb-resale-prices-first-quarter-flash-estimate-4987321", "HDB resale prices rise 1.6% in first quarter"),
    ("/lifestyle/best-laksa-singapore-guide-4979833", "Where to find the best laksa, according to hawkers"),
    ("/asia/thailand-songkran-travel-advisory-4986650", "Songkran travel: what to know before you go"),
]  # fmt: skip


def _sg_stamp(when: datetime) -> str:
    """'08 Apr 2025 12:41PM': the outlet's display, in Singapore time without a zone."""
    local = when.astimezone(SGT)
    return f"{local:%d %b %Y} {clock12(local, pad=True, space=False)}"


def _sg_object(story: Story) -> str:
    """A ``div.list-object`` row: the category, ``h6.list-object__heading > a > span``, an
    optional description, a lazy picture link and ``div.list-object__datetime-duration``."""
    assert story.when is not None
    href = story.path + "?cid=internal_sharetool_iphone_08042025_lnn"
    desc = (
        f'<div class="list-object__description">{escape_html(story.lead)}</div>'
        if story.lead
        else ""
    )
    return f"""
<div class="list-object list-object--boxed" data-content-id="{story.path.rsplit("-", 1)[1]}">
  <div class="list-object__content">
    <div class="list-object__category"><a class="link" href="/{story.label.lower()}">{escape_html(story.label)}</a></div>
    <h6 class="list-object__heading"><a class="list-object__heading-link" href="{href}"><span class="h6__link">{escape_html(story.title)}</span></a></h6>
    {desc}
    <div class="list-object__datetime-duration"><span class="list-object__timestamp timestamp">{_sg_stamp(story.when)}</span></div>
  </div>
  <div class="list-object__image"><a href="{story.path}" aria-label="{escape_html(story.title)}"><picture class="image"><img class="image lazyload" data-src="https://onecms-res.cloudinary.example/image/upload/s--{story.path.rsplit("-", 1)[1]}--/c_fill,g_auto,h_338,w_600/{image_slug(story.path)}.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" alt=""></picture></a></div>
</div>"""


def build_sg_list_objects() -> Layout:
    """A Singapore outlet's section page on a Drupal front-end: a hero ``card-object`` then
    ``div.list-object`` rows (``h6.list-object__heading > a > span.h6__link``,
    ``div.list-object__datetime-duration`` "08 Apr 2025 12:41PM" without a zone), internal
    ``?cid=`` share params on title links, "Trending Topics" and "Most Popular", a sponsored
    row, ``nav.pager``."""
    page_url = f"{_SG_HOST}/latest-news"
    menu = nav_links(
        [
            ("Singapore", "/singapore"),
            ("Asia", "/asia"),
            ("Business", "/business"),
            ("World", "/world"),
            ("Sport", "/sport"),
            ("Commentary", "/commentary"),
            ("Watch", "/watch"),
        ],
        "menu__item",
    )
    hero = f"""
<div class="card-object card-object--hero" data-content-id="{_SG_HERO.path.rsplit("-", 1)[1]}">
  <div class="card-object__image"><a href="{_SG_HERO.path}"><img class="lazyload" data-src="https://onecms-res.cloudinary.example/image/upload/c_fill,h_720,w_1280/{image_slug(_SG_HERO.path)}.jpg" alt=""></a></div>
  <div class="card-object__content">
    <div class="card-object__category"><a class="link" href="/singapore">Singapore</a></div>
    <h3 class="card-object__heading"><a class="card-object__heading-link" href="{_SG_HERO.path}"><span class="h3__link">{escape_html(_SG_HERO.title)}</span></a></h3>
    <div class="card-object__description">{escape_html(_SG_HERO.lead or "")}</div>
    <div class="card-object__datetime-duration"><span class="timestamp">{_sg_stamp(_SG_HERO.when or NOW)}</span></div>
  </div>
</div>"""
    rows = [_sg_object(s) for s in _SG_LIST]
    rows.insert(
        5,
        """
<div class="list-object list-object--sponsored">
  <div class="list-object__content">
    <div class="list-object__category"><span class="label">Sponsored</span></div>
    <h6 class="list-object__heading"><a class="list-object__heading-link" href="https://adclick.g.doubleclick.example/pcs/click?xai=lnn_latest_native&amp;adurl=https://www.harbourbank.example/sg/mortgages"><span class="h6__link">Thinking of refinancing? How fixed-rate packages compare this quarter</span></a></h6>
    <div class="list-object__datetime-duration"><span class="brand">Harbour Bank</span></div>
  </div>
</div>""",
    )
    trending_topics = " ".join(
        f'<a class="trending-topic" href="/topic/{t.lower().replace(" ", "-")}">{t}</a>'
        for t in ("Budget 2025", "US tariffs", "Myanmar earthquake", "GE2025", "Property")
    )
    popular = link_list(
        _SG_TRENDING,
        '<li class="most-popular__item"><span class="most-popular__number">{rank}</span><h6 class="list-object__heading"><a class="list-object__heading-link" href="{href}?cid=mostpopular"><span class="h6__link">{title}</span></a></h6></li>',
        sep="\n",
    )
    body = f"""
<div class="dialog-off-canvas-main-canvas">
<header class="header">
  <a class="site-logo" href="/"><img src="/themes/custom/lnn/logo.svg" alt="LionNews"></a>
  <nav class="main-menu"><ul class="menu">
{menu}
  </ul></nav>
  <div class="trending-topics"><span class="trending-topics__label">Trending Topics</span> {trending_topics}</div>
</header>
<div class="ad-entity-container"><div class="advertisement-label">Advertisement</div><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/4654/lnn/latest_lb1"><img src="https://tpc.googlesyndication.example/simgad/lnn_lb1.jpg" alt=""></a></div>
<main class="main-content">
  <h1 class="page-title">Latest News</h1>
  <section class="block-hero">{hero}
  </section>
  <section class="block-latest-list">{"".join(rows)}
  </section>
  <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><ul class="pager__items js-pager__items">
    <li class="pager__item is-active"><a href="?page=0" aria-current="page">1</a></li>
    <li class="pager__item"><a href="?page=1">2</a></li>
    <li class="pager__item"><a href="?page=2">3</a></li>
    <li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li>
  </ul></nav>
  <aside class="sidebar">
    <section class="most-popular"><h2 class="block-title">Most Popular</h2><ol class="most-popular__list">
{popular}
    </ol></section>
  </aside>
</main>
<footer class="footer">
  <ul class="footer-menu">
{nav_links([("About Us", "/about-us"), ("Advertise With Us", "/advertise"), ("Careers", "/careers"), ("Contact Us", "/contact-us"), ("Privacy Policy", "/privacy-policy"), ("Terms & Conditions", "/terms-and-conditions")])}
  </ul>
  <p class="copyright">Copyright© LionNews Media Corporation. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, _SG_HERO.path, _SG_HERO)] + [
        gold_item(
            page_url, s.path + "?cid=internal_sharetool_iphone_08042025_lnn", s, drop=("cid",)
        )
        for s in _SG_LIST
    ]
    return Layout(
        name="en-sg-list-objects",
        family="Singapore outlet section: div.list-object, h6.list-object__heading > a > span.h6__link, div.list-object__datetime-duration '08 Apr 2025 12:41PM' (no zone)",
        body=english_document("Latest News - LionNews", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Singapore",
    )


# --------------------------------------------------------------------------------------------
# 4. A British tabloid's channel front (div.article > h2.linkro-darkred > a, counts, MOST READ)
# --------------------------------------------------------------------------------------------

_UK_HOST = "https://www.dailyherald.example.co.uk"
# (story, comments, shares)
_UK_STORIES = [
    (Story.at("/news/article-14587123/Pensioner-ninety-two-marathon-record-village-cheers.html",
              "Pensioner, 92, becomes oldest woman to finish a marathon as her whole village turns out to cheer",
              "Great-grandmother crossed the line in just under eight hours, clutching a photo of her late husband who ran the same course in 1981.",
              _at(BST, 8, 6, 40), "News"), 412, 1800),
    (Story.at("/news/article-14586990/Rail-fares-strike-ballot-April-drivers-union.html",
              "Train drivers to be balloted on fresh strikes over pay as commuters face summer of misery",
              "Union leaders say members are 'furious' after talks collapsed, with walkouts possible on some routes from late May.",
              _at(BST, 8, 5, 55), "News"), 1287, 640),
    (Story.at("/news/article-14586711/Council-bin-collections-fortnightly-row-residents.html",
              "Fury as council moves bin collections to every three weeks and tells residents to 'compost more'",
              "Residents say rubbish is already piling up in alleyways after a trial in two wards, but the council insists recycling rates have risen.",
              _at(BST, 8, 0, 12), "News"), 2305, 3100),
    (Story.at("/news/article-14586402/Coastguard-rescue-paddleboarders-Cornwall-fog.html",
              "Dramatic moment coastguard helicopter plucks two paddleboarders from the sea in thick fog",
              "The pair had drifted more than a mile from the beach when a dog walker heard their shouts and raised the alarm.",
              _at(BST, 7, 22, 48), "News"), 96, 870),
    (Story.at("/news/article-14586155/Energy-price-cap-July-forecast-households.html",
              "Energy bills set to fall by £100 in July, forecasters predict, but experts warn of winter rise",
              "The latest forecast suggests the price cap will drop for the first time in a year as wholesale gas prices ease.",
              _at(BST, 7, 20, 31), "Money"), 533, 1200),
    (Story.at("/news/article-14585874/Grammar-school-places-record-applications.html",
              "Grammar school applications hit record high as parents battle for fewer than 200 places",
              "Some schools received more than ten applicants for every place, prompting calls for a review of the eleven-plus.",
              _at(BST, 7, 17, 2), "News"), 744, 410),
    (Story.at("/news/article-14585512/Lottery-winner-village-shop-keeps-working.html",
              "Lottery winner who scooped £3.2million says she will keep working at her village shop",
              "The mother-of-three says she still plans to open up at 6am every day because 'the regulars would miss me'.",
              _at(BST, 7, 13, 25), "News"), 188, 2400),
    (Story.at("/news/article-14585230/Motorway-roadworks-Easter-getaway-warning.html",
              "Easter getaway warning as 300 miles of motorway roadworks stay in place over bank holiday",
              "Drivers are being told to set off early or late, with the busiest stretches expected on Thursday afternoon.",
              _at(BST, 7, 10, 6), "News"), 67, 150),
]  # fmt: skip
_UK_MOST_READ = [
    ("/news/article-14586833/Actress-reveals-secret-wedding.html", "Soap star reveals secret wedding on a Scottish island", "The actress said only eight guests knew about the ceremony."),
    ("/news/article-14587123/Pensioner-ninety-two-marathon-record-village-cheers.html", "Pensioner, 92, becomes oldest woman to finish a marathon", "Great-grandmother crossed the line in just under eight hours."),
    ("/news/article-14586501/Supermarket-meal-deal-price-rise.html", "Supermarket meal deal goes up by 25p and shoppers are not happy", "The chain said rising costs left it with no choice."),
    ("/news/article-14586377/Holiday-hotspot-tourist-tax-doubles.html", "Holiday hotspot doubles its tourist tax from next month", "Families of four could pay an extra £40 a week."),
]  # fmt: skip


def _uk_stamp(when: datetime) -> str:
    """'Updated: 06:40 BST, 8 April 2025' as the tabloid prints it."""
    local = when.astimezone(BST)
    return f"Updated: {local:%H:%M} BST, {local.day} {local:%B %Y}"


def _uk_article(story: Story, comments: int, shares: int, *, big: bool) -> str:
    """A ``div.article``: ``h2.linkro-darkred > a``, a thumbnail link, the lead with a
    "read more" link, the timestamp, then comment and share counts."""
    assert story.when is not None
    href = story.path
    css = "article article-large" if big else "article article-tri-headline"
    return f"""
<div class="{css}" data-track-module="am-article^{story.path.split("-")[1].split("/")[0]}">
  <h2 class="linkro-darkred"><a itemprop="url" href="{href}">{escape_html(story.title)}</a></h2>
  <div class="articletext articletext-right">
    <a href="{href}"><img class="thumb" data-src="https://i.dailyherald.example.co.uk/1s/2025/04/08/{image_slug(story.path)[:20]}-thumb.jpg" src="https://scripts.dailyherald.example.co.uk/static/images/1x1.gif" alt="" height="154" width="154"></a>
    <p>{escape_html(story.lead or "")} <a href="{href}" class="readmore">more...</a></p>
    <span class="article-timestamp article-timestamp-updated">{_uk_stamp(story.when)}</span>
    <ul class="link-bogr2 linkro-wocc">
      <li class="comments-link"><a href="{href}#comments" class="comments-count"><span class="readerCommentNo">{comments:,}</span> comments</a></li>
      <li class="share-link"><a href="https://www.facebook.example/sharer/sharer.php?u={_UK_HOST}{href}" class="facebook-share" rel="nofollow"><span class="share-count">{shares:,}</span> shares</a></li>
    </ul>
  </div>
</div>"""


def build_uk_tabloid_front() -> Layout:
    """A British tabloid's channel front: ``div.article`` blocks with
    ``h2.linkro-darkred > a``, thumbnail links, leads ending "more...", "Updated: 06:40 BST,
    8 April 2025", comment and share counts; a "MOST READ" box with thumbnails and leads, a
    "sponsored" puff, ad slots, a pager."""
    page_url = f"{_UK_HOST}/news/index.html"
    menu = nav_links(
        [
            ("Home", "/home/index.html"),
            ("News", "/news/index.html"),
            ("Royals", "/news/royals/index.html"),
            ("U.S.", "/ushome/index.html"),
            ("Sport", "/sport/index.html"),
            ("TV&Showbiz", "/tvshowbiz/index.html"),
            ("Femail", "/femail/index.html"),
            ("Money", "/money/index.html"),
        ],
        "nav-primary-item",
    )
    articles = [_uk_article(s, c, sh, big=i == 0) for i, (s, c, sh) in enumerate(_UK_STORIES)]
    articles.insert(
        4,
        """
<div class="article article-tri-headline sponsored-puff">
  <span class="sponsored-label">SPONSORED</span>
  <h2 class="linkro-darkred"><a href="https://adclick.g.doubleclick.example/pcs/click?xai=dh_news_native&amp;adurl=https://www.brightsmile-dental.example/offer">The dental implant offer that's got the whole country talking</a></h2>
</div>""",
    )
    most_read = "\n".join(
        f"""<li class="most-read-item"><span class="rank">{rank}</span><a href="{href}"><img src="https://i.dailyherald.example.co.uk/1s/2025/04/08/mr-{rank}.jpg" alt="" width="87" height="87"></a>
      <h3 class="linkro-darkred"><a href="{href}">{escape_html(title)}</a></h3><p>{escape_html(lead)}</p></li>"""
        for rank, (href, title, lead) in enumerate(_UK_MOST_READ, start=1)
    )
    body = f"""
<div id="page-container" class="page-container">
<div class="page-header">
  <div class="masthead"><a href="/home/index.html"><img src="/static/logo.png" alt="Daily Herald"></a></div>
  <ul class="nav-primary cleared">
{menu}
  </ul>
</div>
<div class="billboard-container"><span class="ad-label">Advertisement</span><a href="https://ad.doubleclick.example/N4336/jump/dailyherald/news_billboard"><img src="https://tpc.googlesyndication.example/simgad/dh_bb.jpg" alt=""></a></div>
<div class="alpha col-a">
  <h1 class="channel-title">News</h1>
{"".join(articles)}
  <div class="pagination"><span class="current">1</span> <a href="/news/index.html?page=2">2</a> <a href="/news/index.html?page=3">3</a> <a class="next" href="/news/index.html?page=2">Next</a></div>
</div>
<div class="beta col-b">
  <div class="puff most-read">
    <h3 class="puff-title">MOST READ NEWS</h3>
    <ul>
{most_read}
    </ul>
  </div>
  <div class="mpu"><span class="ad-label">Advertisement</span><a href="https://ad.doubleclick.example/N4336/jump/dailyherald/news_mpu"><img src="https://tpc.googlesyndication.example/simgad/dh_mpu.jpg" alt=""></a></div>
</div>
<div class="page-footer">
  <ul class="footer-links">
{nav_links([("Contact us", "/home/contactus/index.html"), ("How to complain", "/home/article-1234/How-complain.html"), ("Advertise with us", "/home/advertise/index.html"), ("Terms", "/terms"), ("Privacy policy & cookies", "/privacy")])}
  </ul>
  <p>Published by Associated Herald Newspapers Ltd</p>
</div>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _, _ in _UK_STORIES]
    return Layout(
        name="en-uk-tabloid-front",
        family="UK tabloid channel front: div.article > h2.linkro-darkred > a, lead with 'more...', 'Updated: 06:40 BST, 8 April 2025', comment/share counts, MOST READ with leads",
        body=english_document("News | Daily Herald Online", "", body, lang="en-GB"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# 5. A Philippine daily's section (repeated div#ch-ls-box rows, "April 8, 2025 | 1:05 PM")
# --------------------------------------------------------------------------------------------

_PH_HOST = "https://newsinfo.manilachronicle.example"
_PH_STORIES = [
    Story.at("/2041287/lto-license-plate-backlog-cleared-by-june", "LTO vows to clear license plate backlog by June, adds night shifts at plant",
             "The agency said more than 180,000 motorcycle plates remain unreleased and urged owners to check the online tracker before visiting.", _at(PHT, 8, 13, 5), "NATION"),
    Story.at("/2041266/mmda-number-coding-suspended-holy-week", "MMDA suspends number coding scheme during Holy Week",
             "The suspension runs from Maundy Thursday to Easter Sunday, with traffic personnel deployed to bus terminals and seaports.", _at(PHT, 8, 11, 42), "METRO"),
    Story.at("/2041210/pagasa-heat-index-dangerous-levels-luzon", "PAGASA warns of 'dangerous' heat index in 14 areas across Luzon",
             "Heat index values of up to 44 degrees Celsius are expected in parts of Cagayan Valley and Central Luzon this afternoon.", _at(PHT, 8, 9, 20), "NATION"),
    Story.at("/2041155/cebu-bridge-rehabilitation-traffic-rerouting", "Cebu bridge repairs to force traffic rerouting for three months",
             "Motorists crossing between Mandaue and Lapu-Lapu are advised to use the newer expressway while one lane is closed.", _at(PHT, 8, 7, 15), "REGIONS"),
    Story.at("/2041098/deped-class-suspension-guidelines-heat", "DepEd issues guidelines on shifting classes online during extreme heat",
             "School heads may switch to modular or online learning without waiting for a division memo when the heat index passes 42 degrees.", _at(PHT, 7, 22, 3), "NATION"),
    Story.at("/2040987/davao-water-rate-hike-hearing", "Davao water district holds public hearing on proposed rate hike",
             "Consumer groups asked for a phased increase, saying a single adjustment would hit low-income households hardest.", _at(PHT, 7, 18, 36), "REGIONS"),
    Story.at("/2040902/senate-probe-rice-smuggling-ports", "Senate panel to resume probe into rice smuggling at two ports",
             "Senators want customs officials to explain why several container vans were released despite alert orders.", _at(PHT, 7, 15, 10), "NATION"),
    Story.at("/2040844/ofw-repatriation-flights-middle-east", "Government readies repatriation flights for OFWs in conflict-hit areas",
             "The labor department said two chartered flights are on standby and asked workers to register with the nearest post.", _at(PHT, 7, 11, 58), "GLOBAL NATION"),
]  # fmt: skip
# Which rows print the zone after the clock ("1:05 PM PHT").
_PH_ZONED = {0, 2, 5}
_PH_TRENDING = [
    ("/2041001/lotto-results-april-7", "Lotto results, April 7, 2025"),
    ("/2041266/mmda-number-coding-suspended-holy-week", "MMDA suspends number coding during Holy Week"),
    ("/2040950/class-suspensions-april-8", "#WalangPasok: class suspensions for April 8"),
    ("/2040777/peso-closes-weaker", "Peso closes weaker at 57.30 against US dollar"),
    ("/2040700/holy-week-schedule-malls", "Holy Week 2025 mall schedules"),
]  # fmt: skip


def _ph_row(index: int, story: Story) -> str:
    """A ``div#ch-ls-box`` row (the id repeats on every row, as the site writes it): the
    thumbnail, ``div#ch-ls-head`` with the category, ``h2 > a`` and the date line
    "April 8, 2025 | 1:05 PM", then the lead."""
    assert story.when is not None
    local = story.when.astimezone(PHT)
    zone = " PHT" if index in _PH_ZONED else ""
    date_line = f"{local:%B} {local.day}, {local.year} | {clock12(local)}{zone}"
    href = _PH_HOST + story.path
    return f"""
<div id="ch-ls-box">
  <div class="thumb"><a href="{href}"><img src="https://newsinfo.manilachronicle.example/files/2025/04/{image_slug(story.path)[:18]}-150x150.jpg" alt="" width="150" height="150"></a></div>
  <div id="ch-ls-head">
    <div id="ch-cat">{escape_html(story.label)}</div>
    <h2><a href="{href}" rel="bookmark">{escape_html(story.title)}</a></h2>
    <div id="ch-postdate"><span>By: <a href="{_PH_HOST}/byline/chronicle-staff">Chronicle Staff</a></span><span>{date_line}</span></div>
  </div>
  <p>{escape_html(story.lead or "")}</p>
</div>"""


def build_ph_channel_list() -> Layout:
    """A Philippine daily's news channel: rows of ``div#ch-ls-box`` (one ``id`` repeated per
    row), ``h2 > a`` headline, a category kicker, "By: Chronicle Staff" and
    "April 8, 2025 | 1:05 PM" (some with "PHT", none with a machine time); "Trending" ranked
    links, a "Read Next" box, leaderboard ad, numbered pager."""
    page_url = f"{_PH_HOST}/category/latest-stories"
    menu = nav_links(
        [
            ("News", "https://newsinfo.manilachronicle.example/"),
            ("Global Nation", "https://globalnation.manilachronicle.example/"),
            ("Business", "https://business.manilachronicle.example/"),
            ("Lifestyle", "https://lifestyle.manilachronicle.example/"),
            ("Entertainment", "https://entertainment.manilachronicle.example/"),
            ("Sports", "https://sports.manilachronicle.example/"),
            ("Opinion", "https://opinion.manilachronicle.example/"),
        ],
        "menu-item",
    )
    rows = [_ph_row(i, s) for i, s in enumerate(_PH_STORIES)]
    trending = link_list(
        [(_PH_HOST + h, t) for h, t in _PH_TRENDING],
        '<li><span class="tr-num">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    read_next = link_list(
        [
            (
                f"{_PH_HOST}/2040611/explainer-how-the-new-toll-rates-are-computed",
                "EXPLAINER: How the new toll rates are computed",
            ),
            (
                f"{_PH_HOST}/2040588/what-went-before-the-ports-smuggling-cases",
                "What Went Before: the ports smuggling cases",
            ),
        ],
        '<li><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div id="inq_wrap">
<div id="top-nav"><ul id="menu-main" class="menu">
{menu}
</ul></div>
<div id="leaderboard-ad"><div class="adlabel">ADVERTISEMENT</div><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/2744311/mc_news_leaderboard"><img src="https://tpc.googlesyndication.example/simgad/mc_lb.jpg" alt=""></a></div>
<div id="landing-wrap">
  <div id="ch-ls-title"><h1>Latest Stories</h1></div>
  <div id="channel-lists">{"".join(rows)}
  </div>
  <div id="ch-pagination" class="wp-pagenavi"><span aria-current="page" class="current">1</span><a class="page larger" href="{page_url}/page/2">2</a><a class="page larger" href="{page_url}/page/3">3</a><a class="nextpostslink" rel="next" href="{page_url}/page/2">Next &rsaquo;</a></div>
</div>
<div id="sidebar">
  <div id="trending-box"><h3>TRENDING</h3><ol>
{trending}
  </ol></div>
  <div id="read-next"><h3>READ NEXT</h3><ul>
{read_next}
  </ul></div>
  <div class="sidebar-ad"><div class="adlabel">ADVERTISEMENT</div><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/2744311/mc_news_mrec"><img src="https://tpc.googlesyndication.example/simgad/mc_mrec.jpg" alt=""></a></div>
</div>
<div id="footer">
  <ul>
{nav_links([("About Us", "https://www.manilachronicle.example/about-us"), ("Advertise", "https://www.manilachronicle.example/advertise"), ("Privacy Policy", "https://www.manilachronicle.example/privacy-policy"), ("Terms of Use", "https://www.manilachronicle.example/terms-of-use"), ("Contact Us", "https://www.manilachronicle.example/contact-us")])}
  </ul>
  <p>&copy; Copyright 1997-2025 manilachronicle.example | All Rights Reserved</p>
</div>
</div>"""
    items = [gold_item(page_url, _PH_HOST + s.path, s) for s in _PH_STORIES]
    return Layout(
        name="en-ph-channel-list",
        family="Philippine daily channel: repeated div#ch-ls-box > div#ch-ls-head > h2 > a, div#ch-postdate 'April 8, 2025 | 1:05 PM' (PHT or no zone)",
        body=english_document("Latest Stories | Manila Chronicle", "", body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Manila",
    )


# --------------------------------------------------------------------------------------------
# 6. A pan-African news site (article.teaser, date-only time elements, language switcher)
# --------------------------------------------------------------------------------------------

_AF_HOST = "https://www.panafricawire.example"
_AF_STORIES = [
    Story.at("/2025/04/08/kenya-tea-auction-prices-rebound-after-rains//", "Kenya tea auction prices rebound as rains return to the highlands",
             "Buyers at the Mombasa auction paid an average of $2.41 a kilogram this week, the highest since November.", datetime(2025, 4, 8), "Business"),
    Story.at("/2025/04/08/ghana-cocoa-farmers-smuggling-border-prices//", "Ghana's cocoa farmers say border smuggling is draining co-operatives",
             "Growers near the western frontier are selling beans across the border where prices are higher, regulators say.", datetime(2025, 4, 8), "Business"),
    Story.at("/2025/04/07/senegal-fishing-agreements-review-dakar//", "Senegal reviews foreign fishing agreements as catches keep shrinking",
             "The fisheries ministry says an audit of licences will be published before a new agreement is negotiated.", datetime(2025, 4, 7), "Politics"),
    Story.at("/2025/04/07/nigeria-lagos-blue-line-rail-ridership//", "Lagos Blue Line rail doubles daily ridership after fare cut",
             "The state operator says trains now carry about 40,000 passengers a day between Marina and Mile 2.", datetime(2025, 4, 7), "Nigeria"),
    Story.at("/2025/04/07/ethiopia-grand-dam-power-exports-djibouti//", "Ethiopia signs deal to export more electricity to Djibouti",
             "The agreement would almost double the power sold across the border and fund a second transmission line.", datetime(2025, 4, 7), "Business"),
    Story.at("/2025/04/06/morocco-drought-water-desalination-plants//", "Morocco speeds up desalination plants as drought enters its seventh year",
             "Authorities plan to supply half of the country's drinking water from the sea by the end of the decade.", datetime(2025, 4, 6), "Environment"),
    Story.at("/2025/04/06/south-africa-load-shedding-winter-outlook//", "South Africa's power utility says winter outages can be avoided",
             "Officials credited better maintenance at coal plants but warned that the grid remained tight on cold evenings.", datetime(2025, 4, 6), "South Africa"),
    Story.at("/2025/04/05/rwanda-kigali-conference-centre-summit//", "Kigali to host regional health summit on vaccine manufacturing",
             None, datetime(2025, 4, 5), "Health"),
]  # fmt: skip
_AF_LANGS = [
    ("https://fr.panafricawire.example/", "Français", "fr"),
    ("https://ar.panafricawire.example/", "العربية", "ar"),
    ("https://sw.panafricawire.example/", "Kiswahili", "sw"),
]
_AF_POPULAR = [
    ("/2025/04/07/nigeria-lagos-blue-line-rail-ridership//", "Lagos Blue Line rail doubles daily ridership"),
    ("/2025/04/06/afcon-qualifiers-draw-results//", "AFCON qualifiers: the full draw"),
    ("/2025/04/05/sudan-humanitarian-corridor-talks//", "Talks on humanitarian corridor resume in Jeddah"),
    ("/2025/04/04/egypt-pound-central-bank-rates//", "Egypt's central bank holds rates"),
]  # fmt: skip


def _af_teaser(story: Story, *, lead: bool) -> str:
    """An ``article.teaser``: a picture link, the theme link, ``h3.teaser__title > a``, the
    lead and ``time.teaser__date[datetime]`` carrying the date only."""
    assert story.when is not None
    summary = (
        f'<p class="teaser__description">{escape_html(story.lead)}</p>'
        if lead and story.lead
        else ""
    )
    return f"""
<article class="teaser teaser--small">
  <a class="teaser__picture" href="{story.path}" tabindex="-1"><img class="lazyload" data-src="https://static.panafricawire.example/articles/{image_slug(story.path)[:24]}_385x216.jpg" alt=""></a>
  <div class="teaser__content">
    <a class="teaser__theme" href="/{story.label.lower().replace(" ", "-")}/">{escape_html(story.label)}</a>
    <h3 class="teaser__title"><a class="teaser__title-link" href="{story.path}">{escape_html(story.title)}</a></h3>
    {summary}
    <time class="teaser__date" datetime="{story.when:%Y-%m-%d}">{story.when.day} {story.when:%B %Y}</time>
  </div>
</article>"""


def build_pan_african_news() -> Layout:
    """A pan-African news site's "Latest" page: ``article.teaser`` cards with
    ``h3.teaser__title > a``, leads, and ``time[datetime="2025-04-07"]`` shown as
    "7 April 2025" (no clock anywhere: no gold timestamps); article URLs end in "//" as the
    site writes them; a language switcher (Français, العربية, Kiswahili), "Most viewed",
    a "Sponsored" card, a pager."""
    page_url = f"{_AF_HOST}/news/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Business", "/business/"),
            ("Sport", "/sport/"),
            ("Culture", "/culture/"),
            ("Science & Technology", "/science-technology/"),
            ("Programmes", "/programs/"),
            ("Live", "/live/"),
        ],
        "nav__item",
    )
    langs = "\n".join(
        f'<li class="lang-switcher__item"><a hreflang="{code}" lang="{code}" href="{href}">{escape_html(name)}</a></li>'
        for href, name, code in _AF_LANGS
    )
    hreflang = "\n".join(
        f'<link rel="alternate" hreflang="{code}" href="{href}">' for href, _, code in _AF_LANGS
    )
    teasers = [_af_teaser(s, lead=True) for s in _AF_STORIES]
    teasers.insert(
        3,
        """
<article class="teaser teaser--small teaser--sponsored">
  <div class="teaser__content">
    <span class="teaser__theme">Sponsored</span>
    <h3 class="teaser__title"><a href="https://adclick.g.doubleclick.example/pcs/click?xai=paw_native&amp;adurl=https://www.sahelsolar.example/invest">Solar mini-grids are lighting up the Sahel. Here is how investors can take part</a></h3>
  </div>
</article>""",
    )
    popular = link_list(
        _AF_POPULAR,
        '<li class="most-viewed__item"><span class="most-viewed__rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="header">
  <a class="header__logo" href="/"><img src="/images/logo.svg" alt="PanAfrica Wire"></a>
  <nav class="header__nav"><ul class="nav">
{menu}
  </ul></nav>
  <div class="lang-switcher"><button class="lang-switcher__current" lang="en">English</button><ul class="lang-switcher__list">
{langs}
  </ul></div>
</header>
<div class="adv adv--leaderboard"><span class="adv__label">Advertisement</span><a href="https://ad.doubleclick.example/N6042/jump/panafricawire/news_lb"><img src="https://tpc.googlesyndication.example/simgad/paw_lb.jpg" alt=""></a></div>
<main class="layout">
  <h1 class="layout__title">Latest news</h1>
  <div class="layout__list">{"".join(teasers)}
  </div>
  <nav class="pagination"><span class="pagination__current">1</span> <a href="/news/?p=2">2</a> <a href="/news/?p=3">3</a> <a class="pagination__next" href="/news/?p=2">Next</a></nav>
  <aside class="layout__aside">
    <section class="most-viewed"><h2 class="most-viewed__title">Most viewed</h2><ol>
{popular}
    </ol></section>
  </aside>
</main>
<footer class="footer">
  <ul class="footer__links">
{nav_links([("About us", "/about/"), ("Contact", "/contact/"), ("Advertise", "/advertising/"), ("Legal notice", "/legal/"), ("Cookies", "/cookies/")])}
  </ul>
  <ul class="footer__langs">
{langs}
  </ul>
</footer>"""
    items = [gold_item(page_url, s.path, s, timed=False) for s in _AF_STORIES]
    return Layout(
        name="en-pan-african-teasers",
        family="pan-African news site: article.teaser > h3.teaser__title > a, time[datetime=YYYY-MM-DD] '7 April 2025' (date only), language switcher links, '//'-ended URLs",
        body=english_document("Latest news | PanAfrica Wire", hreflang, body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Africa/Nairobi",
    )


# --------------------------------------------------------------------------------------------
# 7. A European broadcaster in English (article.m-object, day-first "08/04/2025 - 07:40")
# --------------------------------------------------------------------------------------------

_EU_HOST = "https://www.eurovisionnews.example"
_EU_STORIES = [
    Story.at("/2025/04/08/eu-ministers-agree-common-approach-to-drone-defence", "EU defence ministers agree common approach to protecting borders from drones",
             "The plan pools money for detection systems along the eastern frontier and sets shared rules for when drones may be shot down.", _at(CEST, 8, 7, 40), "Europe"),
    Story.at("/2025/04/08/spain-water-restrictions-eased-catalonia-reservoirs", "Catalonia eases water restrictions as spring rains refill reservoirs",
             "Reservoirs serving Barcelona are above 40% for the first time in two years, allowing fountains and car washes to reopen.", _at(CEST, 8, 6, 15), "Europe"),
    Story.at("/2025/04/07/dutch-farmers-nitrogen-buyout-scheme-deadline", "Dutch farmers rush to join nitrogen buyout scheme before deadline",
             "More than 1,200 livestock farms have applied, officials say, far more than the government had expected.", _at(CEST, 7, 21, 5), "Green"),
    Story.at("/2025/04/07/polish-election-campaign-first-debate", "Polish presidential candidates clash over housing and defence in first debate",
             "Eleven candidates took part in the three-hour broadcast, with the front-runners trading barbs over military spending.", _at(CEST, 7, 19, 50), "Europe"),
    Story.at("/2025/04/07/italy-venice-day-tripper-fee-returns", "Venice brings back its day-tripper fee with higher price for late bookers",
             "Visitors who book less than four days ahead will pay €10 on peak days, double the standard rate.", _at(CEST, 7, 14, 30), "Travel"),
    Story.at("/2025/04/07/greek-islands-ferry-strike-easter", "Greek ferry crews announce 24-hour strike ahead of Easter holidays",
             "The seamen's union is demanding higher pay and new hiring rules; services to the islands will be halted on Thursday.", _at(CEST, 7, 10, 12), "Business"),
    Story.at("/2025/04/06/portugal-wildfire-prevention-goats", "Portugal hires goat herds to clear scrub in wildfire prevention drive",
             None, _at(CEST, 6, 16, 45), "Green"),
    Story.at("/2025/03/31/belgian-rail-strike-calendar-april", "Belgian rail unions publish strike calendar for April and May",
             "Commuters face one day of disruption a week as unions protest against pension reforms.", datetime(2025, 3, 31, 18, 20, tzinfo=CEST), "Europe"),
]  # fmt: skip
_EU_LANGS = [
    ("https://fr.eurovisionnews.example/", "Français"), ("https://de.eurovisionnews.example/", "Deutsch"),
    ("https://it.eurovisionnews.example/", "Italiano"), ("https://es.eurovisionnews.example/", "Español"),
    ("https://pt.eurovisionnews.example/", "Português"), ("https://gr.eurovisionnews.example/", "Ελληνικά"),
]  # fmt: skip
_EU_POPULAR = [
    ("/2025/04/08/eu-ministers-agree-common-approach-to-drone-defence", "EU ministers agree common approach on drone defence"),
    ("/2025/04/06/what-the-new-schengen-entry-system-means", "What the new Schengen entry system means for travellers"),
    ("/2025/04/05/european-heatwave-forecast-spring", "Is Europe heading for a spring heatwave?"),
    ("/2025/04/04/eurovision-2025-running-order", "Eurovision 2025: the running order revealed"),
]  # fmt: skip


def _eu_stamp(when: datetime) -> str:
    """'08/04/2025 - 07:40': day first, in Central European time without a zone."""
    local = when.astimezone(CEST)
    return f"{local:%d/%m/%Y} - {local:%H:%M}"


def _eu_object(story: Story) -> str:
    """An ``article.m-object``: a picture, ``h3.m-object__title > a.m-object__title__link``,
    a description and ``div.m-object__date`` with the day-first date."""
    assert story.when is not None
    desc = f'<p class="m-object__description">{escape_html(story.lead)}</p>' if story.lead else ""
    return f"""
<article class="m-object m-object--list js-article-object" data-nid="{len(story.path) * 7919}">
  <figure class="m-object__img"><a href="{story.path}" tabindex="-1"><img class="m-img lazyload" data-src="https://static.eurovisionnews.example/articles/stories/{image_slug(story.path)[:20]}_385x216.jpg" alt=""></a></figure>
  <div class="m-object__body">
    <a class="m-object__tag" href="/{story.label.lower()}">{escape_html(story.label)}</a>
    <h3 class="m-object__title qa-article-title"><a class="m-object__title__link" href="{story.path}">{escape_html(story.title)}</a></h3>
    {desc}
    <div class="m-object__date"><span class="c-article-date">{_eu_stamp(story.when)}</span></div>
  </div>
</article>"""


def build_eu_broadcaster_latest() -> Layout:
    """A European broadcaster's English "Latest" page: ``article.m-object`` rows with
    ``h3.m-object__title > a.m-object__title__link``, descriptions, and a day-first
    "08/04/2025 - 07:40" in Central European (summer) time without a zone; ``lang="en-GB"``,
    an edition switcher of six languages, "Most viewed", ad slots, a pager."""
    page_url = f"{_EU_HOST}/just-in"
    menu = nav_links(
        [
            ("Europe", "/news/europe"),
            ("World", "/news/international"),
            ("Business", "/business"),
            ("Green", "/green"),
            ("Next", "/next"),
            ("Travel", "/travel"),
            ("Culture", "/culture"),
            ("Video", "/video"),
        ],
        "c-menu__item",
    )
    langs = "\n".join(
        f'<li class="c-edition-switcher__item"><a href="{href}">{escape_html(name)}</a></li>'
        for href, name in _EU_LANGS
    )
    rows = [_eu_object(s) for s in _EU_STORIES]
    rows.insert(
        4,
        """
<div class="o-ad-slot" data-ad-type="native"><span class="o-ad-slot__label">Advertisement</span><a href="https://adclick.g.doubleclick.example/pcs/click?xai=evn_justin_native&amp;adurl=https://www.alpinerail.example/passes">Explore the Alps by train this spring</a></div>""",
    )
    popular = link_list(
        _EU_POPULAR,
        '<li class="c-most-viewed__item"><span class="c-most-viewed__rank">{rank}</span><a class="c-most-viewed__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="o-header">
  <a class="o-header__logo" href="/"><img src="/images/logo.svg" alt="EuroVision News"></a>
  <nav class="c-menu"><ul>
{menu}
  </ul></nav>
  <div class="c-edition-switcher"><span class="c-edition-switcher__current">English</span><ul>
{langs}
  </ul></div>
</header>
<div class="o-ad-slot o-ad-slot--leaderboard"><span class="o-ad-slot__label">Advertisement</span><a href="https://ad.doubleclick.example/N6458/jump/evn/justin_lb"><img src="https://tpc.googlesyndication.example/simgad/evn_lb.jpg" alt=""></a></div>
<main class="o-container">
  <h1 class="c-page-title">Latest news</h1>
  <section class="o-list js-just-in">{"".join(rows)}
  </section>
  <nav class="c-pager"><span class="c-pager__current">1</span> <a class="c-pager__link" href="/just-in?p=2">2</a> <a class="c-pager__link" href="/just-in?p=3">3</a> <a class="c-pager__next" href="/just-in?p=2">Next</a></nav>
  <aside class="o-sidebar"><section class="c-most-viewed"><h2 class="c-most-viewed__title">Most viewed</h2><ol>
{popular}
  </ol></section></aside>
</main>
<footer class="o-footer">
  <ul>
{nav_links([("About us", "/about"), ("Contact", "/contact"), ("Advertise", "/advertise"), ("Terms and conditions", "/terms-and-conditions"), ("Cookie policy", "/cookie-policy")])}
  </ul>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in _EU_STORIES]
    return Layout(
        name="en-eu-broadcaster-latest",
        family="European broadcaster in English: article.m-object > h3.m-object__title > a.m-object__title__link, day-first '08/04/2025 - 07:40' (CEST, no zone), edition switcher",
        body=english_document("Latest news | EuroVision News", "", body, lang="en-GB"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/Brussels",
    )


# --------------------------------------------------------------------------------------------
# 8. A Japanese wire's English latest list ("2025-04-08 14:20 JST", "15 minutes ago")
# --------------------------------------------------------------------------------------------

_JP_HOST = "https://english.nipponwire.example"
_JP_TOP = Story.at(
    "/news/2025/04/a1b2c3d4e5f6-boj-governor-signals-patience-on-rate-hikes.html",
    "BOJ governor signals patience on rate hikes as tariff worries weigh on exporters",
    "The central bank chief told lawmakers it would watch the impact of U.S. trade measures "
    "on wages and prices before deciding its next step.",
    _at(JST, 8, 14, 20),
    "Economy",
)
_JP_LIST = [
    Story.at("/news/2025/04/9f8e7d6c5b4a-okinawa-typhoon-season-shelters.html", "Okinawa to add typhoon shelters on remote islands ahead of storm season",
             "The prefecture will convert six school gyms into shelters with backup power and stocks of water for three days.", ago(NOW.astimezone(JST), minutes=15), "Japan"),
    Story.at("/news/2025/04/0a9b8c7d6e5f-hokkaido-bear-sightings-record.html", "Bear sightings in Hokkaido hit record for March, officials urge caution",
             "Hikers are advised to carry bells and avoid forest trails at dawn after 41 sightings were reported near towns.", _at(JST, 8, 12, 5), "Japan"),
    Story.at("/news/2025/04/1b2c3d4e5f60-toyota-north-america-output.html", "Toyota to shift some North American output as tariffs take effect",
             "The automaker said it would move production of one model between plants and review parts sourcing.", _at(JST, 8, 10, 48), "Business"),
    Story.at("/news/2025/04/2c3d4e5f6071-osaka-expo-ticket-sales.html", "Osaka Expo advance ticket sales reach 9 million days before opening",
             "Organizers still trail their target and plan same-day tickets at the gates for the first weeks.", _at(JST, 8, 9, 30), "Japan"),
    Story.at("/news/2025/04/3d4e5f607182-south-korea-japan-foreign-ministers-talks.html", "Japan, South Korea foreign ministers agree to expand youth exchanges",
             "The two ministers met in Tokyo and also discussed the security situation on the Korean Peninsula.", _at(JST, 7, 21, 12), "Politics"),
    Story.at("/news/2025/04/4e5f60718293-rice-prices-stockpile-release.html", "Rice prices stay high despite second release from government stockpile",
             "Supermarket prices for a 5-kilogram bag averaged over 4,000 yen for a 13th straight week.", _at(JST, 7, 18, 40), "Economy"),
    Story.at("/news/2025/04/5f60718293a4-sumo-spring-tour-kicks-off.html", "Sumo spring tour kicks off at shrine with record crowd",
             None, _at(JST, 7, 15, 3), "Sports"),
    Story.at("/news/2025/04/60718293a4b5-fukushima-treated-water-sampling.html", "IAEA team arrives in Fukushima for treated water sampling",
             "Experts from three countries will collect seawater and fish samples over four days.", _at(JST, 7, 11, 26), "Japan"),
]  # fmt: skip
_JP_RANKING = [
    ("/news/2025/04/77aa11bb22cc-cherry-blossom-forecast-tokyo.html", "Tokyo cherry blossoms reach full bloom"),
    ("/news/2025/04/a1b2c3d4e5f6-boj-governor-signals-patience-on-rate-hikes.html", "BOJ governor signals patience on rate hikes"),
    ("/news/2025/04/88bb22cc33dd-ohtani-home-run.html", "Ohtani hits 4th homer of the season"),
    ("/news/2025/04/99cc33dd44ee-yen-weakens.html", "Yen weakens past 148 per dollar"),
    ("/news/2025/04/aadd44ee55ff-shinkansen-delay.html", "Shinkansen services delayed by strong winds"),
]  # fmt: skip


def _jp_stamp(when: datetime) -> str:
    """'2025-04-08 14:20 JST', or '15 minutes ago' within the hour."""
    age = NOW - when.astimezone(UTC)
    if age < timedelta(hours=1):
        return f"{int(age.total_seconds() // 60)} minutes ago"
    return f"{when.astimezone(JST):%Y-%m-%d %H:%M} JST"


def _jp_item(story: Story) -> str:
    """A ``li`` of the latest list: the category, ``a > h3`` headline link, a lead and
    ``p.time`` "2025-04-08 12:05 JST"."""
    assert story.when is not None
    lead = f'<p class="lead">{escape_html(story.lead)}</p>' if story.lead else ""
    return f"""
<li>
  <div class="thumb"><a href="{story.path}"><img src="/images/blank.gif" data-original="https://img.nipponwire.example/english/news/images/{image_slug(story.path)[:12]}-thumb.jpg" class="lazy" alt=""></a></div>
  <div class="txt">
    <p class="category"><a href="/news/{story.label.lower()}">{escape_html(story.label)}</a></p>
    <a href="{story.path}"><h3>{escape_html(story.title)}</h3></a>
    {lead}
    <p class="time">{_jp_stamp(story.when)}</p>
  </div>
</li>"""


def build_jp_wire_latest() -> Layout:
    """A Japanese news agency's English site: a "Top News" hero then ``div.sec-latest > ul >
    li`` items whose headline is ``a > h3``, leads, ``p.time`` "2025-04-08 12:05 JST" or
    "15 minutes ago"; a numbered "Ranking", "Sponsored content", a pager."""
    page_url = f"{_JP_HOST}/news/latest"
    menu = nav_links(
        [
            ("Japan", "/news/japan"),
            ("Politics", "/news/politics"),
            ("Economy", "/news/economy"),
            ("Business", "/news/business"),
            ("Asia", "/news/asia"),
            ("World", "/news/world"),
            ("Sports", "/news/sports"),
        ],
        "gnav-item",
    )
    ranking = link_list(
        _JP_RANKING,
        '<li><span class="rank-no">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    assert _JP_TOP.when is not None
    body = f"""
<header id="header">
  <h1 class="logo"><a href="/"><img src="/images/logo_en.svg" alt="NipponWire English"></a></h1>
  <nav id="gnav"><ul>
{menu}
  </ul></nav>
  <ul class="lang"><li><a href="https://www.nipponwire.example/">日本語</a></li><li><a href="https://china.nipponwire.example/">中文</a></li></ul>
</header>
<div class="ad ad-top"><p class="ad-label">AD</p><a href="https://ad.doubleclick.example/N1234/jump/nipponwire_en/top"><img src="https://tpc.googlesyndication.example/simgad/nw_top.jpg" alt=""></a></div>
<div id="contents">
  <div class="main-column">
    <div class="top-news">
      <div class="main-news">
        <a href="{_JP_TOP.path}"><img src="https://img.nipponwire.example/english/news/images/{image_slug(_JP_TOP.path)[:12]}-main.jpg" alt=""></a>
        <a href="{_JP_TOP.path}"><h2>{escape_html(_JP_TOP.title)}</h2></a>
        <p class="lead">{escape_html(_JP_TOP.lead or "")}</p>
        <p class="time">{_jp_stamp(_JP_TOP.when)}</p>
      </div>
    </div>
    <div class="sec-latest">
      <h2 class="sec-title">Latest News</h2>
      <ul>{"".join(_jp_item(s) for s in _JP_LIST)}
      </ul>
    </div>
    <div class="pager"><span class="current">1</span><a href="/news/latest?page=2">2</a><a href="/news/latest?page=3">3</a><a class="next" href="/news/latest?page=2">Next</a></div>
  </div>
  <div class="side-column">
    <div class="ranking"><h2>Ranking</h2><ol>
{ranking}
    </ol></div>
    <div class="sponsored"><p class="ad-label">Sponsored content</p><a href="https://ad.doubleclick.example/N1234/jump/nipponwire_en/native?adurl=https://www.kyushu-travel.example/">Discover hot-spring towns of Kyushu</a></div>
  </div>
</div>
<footer id="footer">
  <ul>
{nav_links([("About Us", "/about"), ("Contact", "/contact"), ("Terms of Use", "/terms"), ("Privacy Policy", "/privacy"), ("Advertise", "/advertise")])}
  </ul>
  <p class="copyright">&copy; NipponWire News All rights reserved.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in (_JP_TOP, *_JP_LIST)]
    return Layout(
        name="en-jp-wire-latest",
        family="Japanese wire in English: div.sec-latest > ul > li > div.txt > a > h3, p.lead, p.time '2025-04-08 12:05 JST' / '15 minutes ago', top-news hero a > h2",
        body=english_document("Latest News | NipponWire English", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Tokyo",
    )


BUILDERS: tuple[Builder, ...] = (
    build_indian_daily_section,
    build_au_broadcaster_topic,
    build_sg_list_objects,
    build_uk_tabloid_front,
    build_ph_channel_list,
    build_pan_african_news,
    build_eu_broadcaster_latest,
    build_jp_wire_latest,
)
