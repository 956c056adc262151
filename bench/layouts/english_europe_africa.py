"""English-language listing layouts from Europe, Africa and a US city weekly.

Each builder returns a whole page in the shape of one family of real-world listing markup — a
European politics outlet's section of ``div.story-card`` rows printing "April 7, 2025 4:05 pm
CET" (the zone abbreviation it prints all year), a South African news site's list of
``div.article-item`` cards whose one link wraps the title and the description beside a
date-only or "2h ago" line and a "Premium" badge, an Irish national daily's section of flex
cards with ``span.stand-first`` leads and "Tue Apr 08 2025 - 06:05" clock lines, and a US city
alt-weekly's blog listing of ``div.blog-post`` entries with "by Staff" bylines, "April 7, 2025
2:05 PM" dates and "Comments (3)" links beside an events sidebar of future dates — with the
chrome real pages carry around the list. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states, in the site's own clock (the layout's ``timezone``) where the page names no zone
and in the zone it names where it names one; relative times ("2h ago") are resolved against
the fetch instant; a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

CET = timezone(timedelta(hours=1), "CET")
SAST = timezone(timedelta(hours=2), "SAST")
DUBLIN = timezone(timedelta(hours=1), "IST")
PDT = timezone(timedelta(hours=-7), "PDT")


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


def _ad(slot: str, label: str = "Advertisement") -> str:
    """An ad-server slot with its label, a click-through link and a creative."""
    return (
        f'<div class="ad-slot ad-slot--{slot}"><span class="ad-label">{label}</span>'
        f'<a href="https://adclick.g.doubleclick.example/pcs/click?xai=AKAOj{slot}&adurl=https://brand.example/{slot}" rel="nofollow sponsored" target="_blank">'
        f'<img src="https://tpc.googlesyndication.example/simgad/{slot}.jpg" alt="" width="300" height="250"></a></div>'
    )


# --------------------------------------------------------------------------------------------
# 1. A European politics outlet's section (div.story-card, "April 7, 2025 4:05 pm CET", Pro)
# --------------------------------------------------------------------------------------------

_EU_HOST = "https://www.eurocapitol.example"
_EU_STORIES = [
    Story.at("/article/eu-tariff-response-steel-aluminium-commission-vote/", "Commission readies countermeasures as capitals split over US steel tariffs", "Trade ministers meeting in Luxembourg failed to agree on whether bourbon and motorbikes belong on the retaliation list.", _at(CET, 8, 6, 42), "Trade"),
    Story.at("/article/germany-coalition-talks-cdu-spd-finance-ministry/", "German coalition talks stall over who gets the finance ministry", "Negotiators had hoped to present a deal before Easter, but the question of the debt brake still divides the two sides.", _at(CET, 8, 5, 15), "Germany"),
    Story.at("/article/von-der-leyen-defense-readiness-loans-parliament/", "MEPs demand a say over €150B defense loans scheme", "The Parliament's legal service is studying whether the Commission can bypass lawmakers by using an emergency treaty article.", _at(CET, 7, 21, 30), "Defense"),
    Story.at("/article/poland-presidential-election-polls-trzaskowski/", "Poland's presidential race tightens six weeks before the vote", "A new poll puts the two front-runners within three points, with the far-right candidate climbing.", _at(CET, 7, 19, 5), "Poland"),
    Story.at("/article/eu-ai-act-code-of-practice-delay/", "Brussels weighs delaying AI rulebook for general-purpose models", None, _at(CET, 7, 17, 48), "Technology"),
    Story.at("/article/hungary-article-7-rule-of-law-hearing/", "Ministers to grill Hungary again in stalled rule-of-law procedure", "Diplomats expect little from the hearing but say dropping it would send the wrong signal.", _at(CET, 7, 16, 5), "Rule of law"),
    Story.at("/article/farmers-cap-simplification-package-agriculture/", "Farm lobby says CAP simplification package does not go far enough", "Copa-Cogeca wants the environmental conditions attached to direct payments scrapped outright.", _at(CET, 7, 14, 22), "Agriculture"),
    Story.at("/article/france-budget-bayrou-pensions-conclave/", "France's pension 'conclave' heads for failure as unions walk out", "The prime minister had promised the talks could reopen the retirement age, but employers refused to budge.", _at(CET, 7, 12, 40), "France"),
    Story.at("/article/eu-migration-return-regulation-safe-countries/", "EU safe-country list splits member states ahead of interior ministers' meeting", "Spain and Portugal object to the inclusion of two North African countries.", _at(CET, 7, 11, 3), "Migration"),
    Story.at("/article/energy-gas-storage-targets-relaxed/", "Capitals push to relax gas storage targets as prices climb", "A group of nine countries says the 90 percent target forces utilities to buy at the worst moment.", _at(CET, 7, 9, 55), "Energy"),
    Story.at("/article/netherlands-nitrogen-ruling-farmers/", "Dutch court ruling on nitrogen puts government back in a bind", "Judges ordered the state to cut emissions near protected nature areas by 2030.", _at(CET, 7, 8, 20), "Netherlands"),
    Story.at("/article/uk-eu-reset-summit-youth-mobility/", "UK and EU haggle over youth mobility before May summit", "London wants a capped scheme; Brussels says a cap defeats the purpose.", _at(CET, 6, 18, 10), "UK"),
]  # fmt: skip
_EU_PRO = {1, 4, 9}
_EU_MOST_READ = [
    ("/article/germany-coalition-talks-cdu-spd-finance-ministry/", "Coalition talks hit a wall in Berlin"),
    ("/article/eu-tariff-response-steel-aluminium-commission-vote/", "EU's tariff retaliation list: what's on it"),
    ("/article/ukraine-minerals-deal-kyiv-washington-draft/", "Kyiv balks at new US minerals deal draft"),
    ("/article/poland-presidential-election-polls-trzaskowski/", "Poland's race tightens"),
    ("/article/romania-election-rerun-candidates/", "Who is running in Romania's rerun"),
]  # fmt: skip


def _eu_time(when: datetime) -> str:
    """'April 7, 2025 4:05 pm CET' as the outlet prints it."""
    return f"{when:%B} {when.day}, {when:%Y} {clock12(when, lower=True)} CET"


def _eu_card(story: Story, *, pro: bool, lead: bool = False) -> str:
    """A ``div.story-card``: kicker link, ``h2 > a``, ``p.summary``, byline and time."""
    href = _EU_HOST + story.path
    badge = '<span class="badge badge--pro" title="Pro">Pro</span>' if pro else ""
    summary = f'<p class="summary">{escape_html(story.lead)}</p>' if story.lead else ""
    return f"""
<div class="story-card{" story-card--lead" if lead else ""}">
  <div class="story-card__image"><a href="{href}" tabindex="-1"><img src="https://www.eurocapitol.example/cdn-cgi/image/width=640/{image_slug(story.path)}.jpg" alt=""></a></div>
  <div class="story-card__content">
    <p class="story-card__kicker"><a href="{_EU_HOST}/news/{story.label.lower().replace(" ", "-")}/">{escape_html(story.label)}</a>{badge}</p>
    <h2 class="story-card__title"><a href="{href}">{story.headline_html}</a></h2>
    {summary}
    <div class="story-card__meta"><span class="byline">By <a href="{_EU_HOST}/author/clea-marchetti/">Cléa Marchetti</a></span>
    <span class="date-time">{_eu_time(story.when)}</span></div>
  </div>
</div>"""


def build_eu_politics_story_cards() -> Layout:
    """A European politics outlet's section: a lead card and a list of ``div.story-card``
    rows, "Pro" badges in the kicker, "Playbook" newsletter promos between rows, Most Read."""
    page_url = f"{_EU_HOST}/section/politics/"
    menu = nav_links(
        [
            ("Politics", "/section/politics/"),
            ("Policy", "/section/policy/"),
            ("Playbook", "/newsletter/brussels-playbook/"),
            ("Opinion", "/section/opinion/"),
            ("Podcasts", "/podcasts/"),
            ("Pro", "/pro/"),
        ],
        "nav__item",
    )
    assert all(s.when is not None for s in _EU_STORIES)
    lead, rest = _EU_STORIES[0], _EU_STORIES[1:]
    rows = []
    for i, s in enumerate(rest, start=1):
        rows.append(_eu_card(s, pro=i in _EU_PRO))
        if i == 4:
            rows.append(
                f"""
<div class="story-card story-card--promo newsletter-promo">
  <div class="story-card__content">
    <p class="story-card__kicker">Newsletter</p>
    <h2 class="story-card__title"><a href="{_EU_HOST}/newsletter/brussels-playbook/?utm_source=section_promo">Brussels Playbook: your guide to the EU's power players</a></h2>
    <p class="summary">Get the essential morning briefing in your inbox every weekday at 6 a.m.</p>
    <form class="newsletter-form" action="/newsletter/subscribe/"><input type="email" name="email" placeholder="Email address"><button>Sign up</button></form>
  </div>
</div>"""
            )
        if i == 8:
            rows.append(_ad("eu_inlist"))
    most = link_list(
        [(_EU_HOST + h, t) for h, t in _EU_MOST_READ],
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="site-header">
  <a class="logo" href="/"><img src="/static/logo.svg" alt="EuroCapitol"></a>
  <nav class="nav"><ul>
{menu}
  </ul></nav>
  <a class="subscribe-btn" href="/subscribe/?utm_medium=header">Subscribe to Pro</a>
</header>
{_ad("eu_leaderboard")}
<main class="section-page">
  <h1 class="section-page__title">Politics</h1>
  <div class="section-page__lead">{_eu_card(lead, pro=False, lead=True)}
  </div>
  <div class="section-page__list">{"".join(rows)}
  </div>
  <nav class="pagination"><a class="pagination__current" href="{page_url}">1</a> <a href="{page_url}page/2/">2</a> <a href="{page_url}page/3/">3</a> <a class="pagination__next" href="{page_url}page/2/">Next</a></nav>
</main>
<aside class="sidebar">
  <section class="most-read"><h3>Most read</h3><ol>
{most}
  </ol></section>
  <section class="playbook-promo"><h3>Playbook</h3>
    <p><a href="/newsletter/london-playbook/">London Playbook</a></p>
    <p><a href="/newsletter/berlin-playbook/">Berlin Playbook</a></p>
    <p><a href="/newsletter/paris-playbook/">Paris Playbook</a></p>
  </section>
  {_ad("eu_rail")}
</aside>
<footer class="site-footer"><ul>
{nav_links([("About us", "/about-us/"), ("Careers", "/careers/"), ("Advertise", "/advertising/"), ("Privacy policy", "/privacy-policy/"), ("Cookie settings", "/cookies/"), ("Terms", "/terms-of-service/")])}
</ul><p>&copy; 2025 EuroCapitol SRL</p></footer>"""
    items = [gold_item(page_url, _EU_HOST + s.path, s) for s in _EU_STORIES]
    return Layout(
        name="en-eu-politics-story-cards",
        family="European politics outlet section: div.story-card, kicker link + 'Pro' badge, h2 > a, p.summary, 'April 7, 2025 4:05 pm CET' (CET printed year-round), Playbook newsletter promo card in the list, numbered Most read",
        body=english_document("Politics – EuroCapitol", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/Brussels",
    )


# --------------------------------------------------------------------------------------------
# 2. A South African news site's list (div.article-item, a.article-item__link, "8 Apr 2025")
# --------------------------------------------------------------------------------------------

_ZA_HOST = "https://www.news365.example"
_ZA_NOW = NOW.astimezone(SAST)
_ZA_STORIES = [
    Story.at("/news365/southafrica/news/eskom-load-shedding-stage-2-winter-outlook-20250408", "Eskom warns of stage 2 load shedding as winter demand rises", "The utility says unplanned breakdowns at two coal stations have pushed its reserve margin to the limit.", ago(_ZA_NOW, minutes=40)),
    Story.at("/news365/southafrica/news/cape-town-taxi-strike-routes-affected-20250408", "[LIVE] Cape Town taxi strike: these routes are affected", "Commuters are urged to make other plans as Santaco's regional council says talks with the city broke down.", ago(_ZA_NOW, hours=2)),
    Story.at("/news365/politics/gnu-budget-vat-increase-parliament-vote-20250408", "GNU partners head into crunch week over VAT increase", "The DA and ANC remain at odds over the fiscal framework, with a vote due before the end of the month.", ago(_ZA_NOW, hours=3)),
    Story.at("/news365/southafrica/news/sassa-grant-payment-dates-april-20250407", "Sassa grant payment dates for April confirmed", "Older persons' grants will be paid first, followed by disability and child support grants.", _at(SAST, 7, 0, 0)),
    Story.at("/news365/southafrica/news/gauteng-e-tolls-refunds-motorists-20250407", "Gauteng motorists ask when e-toll refunds will be paid", None, _at(SAST, 7, 0, 0)),
    Story.at("/news365/business/rand-slides-global-trade-war-fears-20250407", "Rand slides past R19 to the dollar on global trade war fears", "Emerging market currencies took a hammering as investors fled to safe havens.", _at(SAST, 7, 0, 0)),
    Story.at("/news365/southafrica/news/durban-beaches-closed-ecoli-levels-20250407", "Six Durban beaches closed after high E. coli readings", "The eThekwini municipality says sewage spills after heavy rains are to blame.", _at(SAST, 7, 0, 0)),
    Story.at("/news365/politics/zuma-mk-party-court-bid-dismissed-20250407", "Court dismisses MK party bid to have election results set aside", "The Electoral Court found the party had failed to show irregularities that affected the outcome.", _at(SAST, 7, 0, 0)),
    Story.at("/news365/southafrica/news/limpopo-school-scholar-transport-crash-20250406", "Five pupils hurt in Limpopo scholar transport crash", None, _at(SAST, 6, 0, 0)),
    Story.at("/news365/sport/rugby/stormers-bulls-urc-derby-result-20250406", "Stormers edge Bulls in URC derby thriller at Loftus", "A late penalty sealed the visitors' first win in Pretoria in three seasons.", _at(SAST, 6, 0, 0)),
    Story.at("/news365/southafrica/news/joburg-water-outages-rand-water-maintenance-20250406", "Joburg suburbs face 54-hour water outage during Rand Water maintenance", "Residents in the north and west of the city should store water from Tuesday.", _at(SAST, 6, 0, 0)),
    Story.at("/news365/business/petrol-price-may-forecast-20250405", "Motorists could get petrol price relief in May, early data shows", "Mid-month figures point to an over-recovery of about 50 cents a litre.", _at(SAST, 5, 0, 0)),
    Story.at("/news365/southafrica/news/kruger-park-rhino-poaching-arrests-20250405", "Three arrested for rhino poaching in Kruger National Park", None, _at(SAST, 5, 0, 0)),
    Story.at("/news365/politics/home-affairs-digital-id-smart-card-rollout-20250405", "Home Affairs promises digital ID in banks by year end", "The minister says 30 more bank branches will offer smart ID card applications.", _at(SAST, 5, 0, 0)),
]  # fmt: skip
_ZA_RELATIVE = 3  # the first three print "40m ago" / "2h ago"
_ZA_PREMIUM = {2, 5, 9}
_ZA_MOST_READ = [
    ("/news365/southafrica/news/sassa-grant-payment-dates-april-20250407", "Sassa grant payment dates for April confirmed"),
    ("/news365/southafrica/news/cape-town-taxi-strike-routes-affected-20250408", "Cape Town taxi strike: routes affected"),
    ("/news365/southafrica/news/hawks-raid-municipal-offices-tender-20250407", "Hawks raid municipal offices in tender probe"),
    ("/news365/sport/soccer/bafana-world-cup-qualifier-venue-20250407", "Bafana's qualifier venue confirmed"),
    ("/news365/southafrica/news/eskom-load-shedding-stage-2-winter-outlook-20250408", "Load shedding warning from Eskom"),
]  # fmt: skip
_ZA_TRENDING = [
    ("/news365/tags/topics/load_shedding", "Load shedding"),
    ("/news365/tags/topics/gnu", "GNU"),
    ("/news365/tags/topics/vat", "VAT"),
    ("/news365/tags/topics/taxi_strike", "Taxi strike"),
]  # fmt: skip


def _za_date(i: int, story: Story) -> str:
    """'40m ago' / '2h ago' for the newest, else the date only: '7 Apr 2025'."""
    assert story.when is not None
    if i < _ZA_RELATIVE:
        minutes = int((NOW - story.when).total_seconds() // 60)
        return f"{minutes}m ago" if minutes < 60 else f"{minutes // 60}h ago"
    return f"{story.when.day} {story.when:%b %Y}"


def _za_item(i: int, story: Story) -> str:
    """A ``div.article-item``: one ``a.article-item__link`` wrapping image, title, description
    and the date and badge spans."""
    premium = (
        '<span class="article-item__badge article-item__badge--premium">Premium</span>'
        if i in _ZA_PREMIUM
        else ""
    )
    desc = (
        f'<p class="article-item__description">{escape_html(story.lead)}</p>' if story.lead else ""
    )
    return f"""
<div class="article-item article-item--horizontal">
  <a class="article-item__link" href="{story.path}">
    <div class="article-item__image"><img src="https://cdn.news365.example/{image_slug(story.path)}.jpg?width=380&height=214" alt="" loading="lazy"></div>
    <div class="article-item__content">
      <h4 class="article-item__title">{story.headline_html}</h4>
      {desc}
      <div class="article-item__meta"><span class="article-item__date">{_za_date(i, story)}</span>{premium}</div>
    </div>
  </a>
</div>"""


def build_za_article_items() -> Layout:
    """A South African news site's section list: ``div.article-item`` cards whose single link
    wraps ``h4.article-item__title`` and an optional description, relative or date-only lines,
    "Premium" badges; a "Most Read" list of the same cards, a "Trending" strip, a sponsored strip, a load-more pager."""
    page_url = f"{_ZA_HOST}/news365/southafrica/news"
    menu = nav_links(
        [
            ("News", "/news365/southafrica/news"),
            ("Politics", "/news365/politics"),
            ("World", "/news365/world"),
            ("Business", "/news365/business"),
            ("Sport", "/news365/sport"),
            ("Opinion", "/news365/opinion"),
            ("Weather", "/news365/weather"),
        ],
        "menu__item",
    )
    cards = [_za_item(i, s) for i, s in enumerate(_ZA_STORIES)]
    half = len(cards) // 2
    most = link_list(
        [(h, t) for h, t in _ZA_MOST_READ],
        '<div class="article-item article-item--ranked"><span class="article-item__rank">{rank}</span><a class="article-item__link" href="{href}"><div class="article-item__content"><h4 class="article-item__title">{title}</h4></div></a></div>',
        sep="\n",
    )
    trending = link_list(
        _ZA_TRENDING, '<li><a class="trending__tag" href="{href}">{title}</a></li>', sep="\n"
    )
    body = f"""
<header class="header">
  <div class="header__logo"><a href="/news365"><img src="/news365/static/logo.svg" alt="News365"></a></div>
  <nav class="menu"><ul>
{menu}
  </ul></nav>
  <a class="header__subscribe" href="/news365/subscribe?utm_source=header">Subscribe</a>
</header>
<div class="trending"><span class="trending__label">Trending</span><ul>
{trending}
</ul></div>
{_ad("za_leaderboard")}
<main class="section">
  <h1 class="section__title">South Africa</h1>
  <div class="article-list">{"".join(cards[:half])}
{_ad("za_inline", "Advertisement")}{"".join(cards[half:])}
  </div>
  <div class="load-more"><a class="load-more__button" href="{page_url}?pageNumber=2">Load more</a></div>
</main>
<aside class="sidebar">
  <section class="most-read"><h3 class="most-read__title">Most Read</h3><div class="article-list article-list--ranked">
{most}
  </div></section>
  <section class="sponsored"><h3>Sponsored</h3>
    <div class="sponsored__item"><span class="sponsored__label">Sponsored</span><a href="https://partner.outbrain.example/network/redir?p=za365&url=https://insure.example/quote">Compare car insurance quotes in two minutes</a></div>
  </section>
</aside>
<footer class="footer"><ul>
{nav_links([("About", "/news365/about"), ("Contact us", "/news365/contact"), ("Advertise", "/news365/advertise"), ("Privacy policy", "/news365/privacy"), ("Terms", "/news365/terms"), ("PAIA", "/news365/paia")])}
</ul><p>&copy; 2025 News365 Media (Pty) Ltd</p></footer>"""
    body = body.replace(' href="/news365/', f' href="{_ZA_HOST}/news365/')
    items = [
        gold_item(page_url, _ZA_HOST + s.path, s, timed=i < _ZA_RELATIVE)
        for i, s in enumerate(_ZA_STORIES)
    ]
    return Layout(
        name="en-za-article-items",
        family="South African news site list: div.article-item > a.article-item__link wrapping h4.article-item__title + optional p.article-item__description + span.article-item__date '2h ago' / '7 Apr 2025' (date only) + 'Premium' badge span, numbered Most Read in the same article-item markup, Trending tag strip",
        body=english_document("South Africa News | News365", "", body, lang="en-ZA"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Africa/Johannesburg",
    )


# --------------------------------------------------------------------------------------------
# 3. An Irish national daily's section (flex cards, span.stand-first, "Tue Apr 08 2025 - 06:05")
# --------------------------------------------------------------------------------------------

_IE_HOST = "https://www.irishrecord.example"
_IE_STORIES = [
    Story.at("/ireland/2025/04/08/housing-commission-report-rent-pressure-zones/", "Housing Commission warns rent controls are deterring new supply", "Report calls for rent pressure zones to be replaced by a national system tied to inflation", _at(DUBLIN, 8, 6, 5), "Ireland"),
    Story.at("/politics/2025/04/08/taoiseach-us-tariffs-pharma-sector-briefing/", "Taoiseach to brief Cabinet on exposure of pharma sector to US tariffs", "Government has been told up to 8,000 jobs could be at risk in a worst-case scenario", _at(DUBLIN, 8, 5, 30), "Politics"),
    Story.at("/ireland/2025/04/07/hse-waiting-lists-outpatient-figures-march/", "Outpatient waiting lists fall for third month but 560,000 still waiting", "Orthopaedics and ENT account for almost a third of those waiting more than 18 months", _at(DUBLIN, 7, 22, 14), "Health"),
    Story.at("/ireland/2025/04/07/dublin-metrolink-oral-hearing-decision/", "An Bord Pleanála to rule on MetroLink by end of June", "Transport Infrastructure Ireland says construction could start within a year of approval", _at(DUBLIN, 7, 20, 41), "Ireland"),
    Story.at("/business/2025/04/07/iseq-falls-ryanair-shares-tariff-fears/", "Iseq tumbles 4% as Ryanair and building materials shares slide", "Dublin market follows European peers lower amid fears of a global recession", _at(DUBLIN, 7, 18, 2), "Business"),
    Story.at("/ireland/2025/04/07/gardai-drug-seizure-cork-harbour/", "Gardaí seize cocaine worth €21m in Cork Harbour operation", None, _at(DUBLIN, 7, 16, 55), "Crime & Law"),
    Story.at("/politics/2025/04/07/speaking-rights-row-dail-regional-independents/", "Speaking rights row returns to Dáil as Opposition stages walkout", "Ceann Comhairle suspends sitting after 20 minutes of disorder", _at(DUBLIN, 7, 15, 20), "Politics"),
    Story.at("/ireland/2025/04/07/leaving-cert-reform-senior-cycle-teachers-unions/", "Teachers' unions threaten action over senior cycle reform timeline", "ASTI says schools have not been given the resources to assess new coursework components", _at(DUBLIN, 7, 13, 8), "Education"),
    Story.at("/world/2025/04/07/northern-ireland-stormont-budget-dispute/", "Stormont parties at odds over draft budget as deadline looms", "Finance minister says departments face 'impossible choices' without more money from London", _at(DUBLIN, 7, 11, 46), "Northern Ireland"),
    Story.at("/ireland/2025/04/07/galway-city-traffic-plan-cycle-lanes/", "Galway councillors approve contested city centre traffic plan", "Plan will close two streets to through traffic and add 6km of segregated cycle lanes", _at(DUBLIN, 7, 9, 30), "Ireland"),
    Story.at("/ireland/2025/04/06/storm-damage-forestry-coillte-clean-up/", "Clean-up of storm-felled forests could take three years, Coillte says", "An estimated 24,000 hectares of forestry were damaged in January's storm", _at(DUBLIN, 6, 19, 15), "Environment"),
]  # fmt: skip
_IE_SUBSCRIBER = {1, 4, 7}
_IE_MOST_READ = [
    ("/ireland/2025/04/08/housing-commission-report-rent-pressure-zones/", "Rent controls deterring supply, commission says"),
    ("/life-style/2025/04/07/best-spring-walks-wicklow/", "Ten of the best spring walks in Wicklow"),
    ("/business/2025/04/07/iseq-falls-ryanair-shares-tariff-fears/", "Iseq tumbles as tariff fears mount"),
    ("/sport/2025/04/07/leinster-champions-cup-quarter-final-team-news/", "Leinster injury boost ahead of quarter-final"),
    ("/opinion/2025/04/07/fintan-column-tariffs-ireland/", "Ireland's tariff exposure is a problem of our own making"),
]  # fmt: skip


def _ie_time(when: datetime) -> str:
    """'Tue Apr 08 2025 - 06:05' on the Dublin clock, as the daily prints it."""
    return f"{when:%a %b %d %Y - %H:%M}"


def _ie_card(story: Story, *, subscriber: bool, size: str) -> str:
    """A flex card: section link, ``h2 > a`` (key icon for subscriber stories),
    ``span.stand-first``, byline and time."""
    href = _IE_HOST + story.path
    key = (
        '<span class="subscriber-only" title="Subscriber Only"><svg class="key-icon" aria-hidden="true" viewBox="0 0 16 16"><path d="M10 2a4 4 0 1 0 0 8"></path></svg><span class="visually-hidden">Subscriber Only</span></span>'
        if subscriber
        else ""
    )
    lead = f'<span class="stand-first">{escape_html(story.lead)}</span>' if story.lead else ""
    return f"""
<article class="b-flex-card b-flex-card--{size}">
  <div class="b-flex-card__media"><a href="{href}"><img src="https://www.irishrecord.example/resizer/v2/{image_slug(story.path)}.jpg?width=400" alt=""></a></div>
  <div class="b-flex-card__text">
    <a class="b-flex-card__overline" href="{_IE_HOST}/{story.path.split("/")[1]}/">{escape_html(story.label)}</a>
    <h2 class="b-flex-card__headline">{key}<a href="{href}">{story.headline_html}</a></h2>
    {lead}
    <div class="b-flex-card__meta"><span class="byline">Ciarán Mac Aodha</span> <time class="b-flex-card__time">{_ie_time(story.when)}</time></div>
  </div>
</article>"""


def build_ie_daily_flex_cards() -> Layout:
    """An Irish national daily's section: a top trio and a list of flex cards, ``h2 > a`` with
    a subscriber key icon before it, ``span.stand-first``, 'Tue Apr 08 2025 - 06:05' times
    (Dublin clock, no zone), Most Read, a podcast promo and an ad slot."""
    page_url = f"{_IE_HOST}/ireland/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Ireland", "/ireland/"),
            ("Politics", "/politics/"),
            ("World", "/world/"),
            ("Business", "/business/"),
            ("Opinion", "/opinion/"),
            ("Sport", "/sport/"),
            ("Life & Style", "/life-style/"),
            ("Culture", "/culture/"),
        ],
        "nav-link",
    )
    assert all(s.when is not None for s in _IE_STORIES)
    top = "".join(
        _ie_card(s, subscriber=i in _IE_SUBSCRIBER, size="large")
        for i, s in enumerate(_IE_STORIES[:3])
    )
    rest = "".join(
        _ie_card(s, subscriber=i in _IE_SUBSCRIBER, size="small")
        for i, s in enumerate(_IE_STORIES[3:], start=3)
    )
    most = link_list(
        [(_IE_HOST + h, t) for h, t in _IE_MOST_READ],
        '<li class="most-read__item"><span class="most-read__number">{rank}</span><h3><a href="{href}">{title}</a></h3></li>',
        sep="\n",
    )
    body = f"""
<header class="c-header">
  <a class="c-header__logo" href="/"><img src="/pf/resources/logo.svg" alt="The Irish Record"></a>
  <nav class="c-nav"><ul>
{menu}
  </ul></nav>
  <a class="c-header__subscribe" href="/subscribe/?promo=header">Subscribe</a> <a href="/account/login/">Sign In</a>
</header>
{_ad("ie_top", "Advertisement")}
<main class="c-section">
  <h1 class="c-section__title">Ireland</h1>
  <div class="c-section__top b-flex-row">{top}
  </div>
  <div class="c-section__podcast-promo"><a href="{_IE_HOST}/podcasts/inside-politics/"><img src="/pf/resources/podcast.png" alt=""><span>Listen: Inside Politics podcast</span></a></div>
  <div class="c-section__list b-flex-column">{rest}
  </div>
  <nav class="c-pagination"><a href="{page_url}?page=2" class="c-pagination__next">Show more</a></nav>
</main>
<aside class="c-rail">
  <section class="most-read"><h2 class="most-read__title">Most Read</h2><ol>
{most}
  </ol></section>
  {_ad("ie_rail")}
</aside>
<footer class="c-footer"><ul>
{nav_links([("About us", "/about-us/"), ("Contact us", "/contact-us/"), ("Advertise", "/advertise/"), ("Privacy statement", "/privacy/"), ("Cookie policy", "/cookie-policy/"), ("Terms & Conditions", "/terms/")])}
</ul><p>&copy; 2025 The Irish Record DAC</p></footer>"""
    items = [gold_item(page_url, _IE_HOST + s.path, s) for s in _IE_STORIES]
    return Layout(
        name="en-ie-daily-flex-cards",
        family="Irish national daily section: b-flex-card articles, h2 > a after a 'Subscriber Only' key icon with hidden text, span.stand-first, 'Tue Apr 08 2025 - 06:05' (Dublin clock, no zone), numbered Most Read",
        body=english_document("Ireland | The Irish Record", "", body, lang="en-IE"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/Dublin",
    )


# --------------------------------------------------------------------------------------------
# 4. A US city alt-weekly's blog listing (div.blog-post, "by Staff", "Comments (3)", events)
# --------------------------------------------------------------------------------------------

_AW_HOST = "https://www.rosecitysentinel.example"
_AW_STORIES = [
    Story.at("/news/2025/04/07/48812210/city-council-delays-vote-on-street-fund", "City Council Delays Vote on Street Fund, Again", "Commissioners want another month to study how the gas tax money gets split between paving and sidewalks. Neighborhood groups are not thrilled.", _at(PDT, 7, 22, 15)),
    Story.at("/news/2025/04/07/48812101/the-morning-after-what-you-missed", "What You Missed: Tariff Whiplash, a Bridge Closure, and the Return of Rain", "Your nightly roundup of news, gripes, and the occasional good thing.", _at(PDT, 7, 18, 0)),
    Story.at("/music/2025/04/07/48811955/five-shows-to-see-this-week", "Five Shows to See This Week", "Doom metal at the bowling alley, a harpist at the library, and more.", _at(PDT, 7, 16, 30)),
    Story.at("/news/2025/04/07/48811820/tenants-union-rent-strike-eastside", "Eastside Tenants Union Votes to Withhold April Rent", "Residents of a 120-unit complex say the landlord has ignored mold and broken heating for two winters.", _at(PDT, 7, 14, 5)),
    Story.at("/food/2025/04/07/48811644/taqueria-cart-pod-closing", "Beloved Cart Pod on Division Is Closing for a Condo Project", None, _at(PDT, 7, 12, 48)),
    Story.at("/news/2025/04/07/48811502/police-oversight-board-first-meeting", "New Police Oversight Board Holds Its First Meeting", "It lasted four hours and mostly concerned the bylaws.", _at(PDT, 7, 10, 20)),
    Story.at("/arts/2025/04/06/48811307/review-portland-opera-spring", "Review: The Opera's Spring Production Is a Gorgeous Mess", "The sets deserve their own curtain call; the second act deserves a trim.", _at(PDT, 6, 21, 10)),
    Story.at("/news/2025/04/06/48811190/good-morning-news-april-7", "Good Morning, News: Transit Cuts, a Mayor's Veto, and a Very Large Possum", "Start your week with the headlines and a cup of something warm.", _at(PDT, 6, 8, 0)),
    Story.at("/film/2025/04/05/48810977/indie-theater-reopens", "The Indie Theater on Hawthorne Reopens With a Midnight Series", "After a year of repairs, the marquee is lit again.", _at(PDT, 5, 15, 40)),
    Story.at("/news/2025/04/05/48810840/slog-am-bike-lane-lawsuit", "Bike Lane Lawsuit Heads to Trial", "Business owners say the protected lane cost them parking; the city says the data says otherwise.", _at(PDT, 5, 11, 2)),
]  # fmt: skip
_AW_COMMENTS = [3, 12, 0, 27, 5, 1, 8, 44, 2, 16]
_AW_AUTHORS = [
    "Staff",
    "Staff",
    "Sentinel Music Staff",
    "Jordan Reyes",
    "Staff",
    "Alex Whitcomb",
    "Dana Oduya",
    "Staff",
    "Staff",
    "Jordan Reyes",
]
_AW_EVENTS = [
    ("/events/48790011/spring-zine-fest", "Spring Zine Fest", "Sat., April 12, 11 a.m.-5 p.m."),
    ("/events/48790122/drag-bingo-night", "Drag Bingo Night", "Thu., April 10, 8 p.m."),
    ("/events/48790233/cherry-blossom-bike-ride", "Cherry Blossom Bike Ride", "Sun., April 13, 10 a.m."),
    ("/events/48790344/comedy-open-mic", "Comedy Open Mic", "Every Wednesday, 9 p.m."),
]  # fmt: skip
_AW_POPULAR = [
    ("/news/2025/04/07/48811820/tenants-union-rent-strike-eastside", "Eastside Tenants Withhold Rent"),
    ("/food/2025/04/07/48811644/taqueria-cart-pod-closing", "RIP, Division Cart Pod"),
    ("/news/2025/04/04/48810500/i-saw-you-weekly", "I, Anonymous: To the Guy With the Leaf Blower"),
    ("/music/2025/04/07/48811955/five-shows-to-see-this-week", "Five Shows to See This Week"),
]  # fmt: skip


def _aw_post(i: int, story: Story) -> str:
    """A ``div.blog-post``: category link, ``h2 > a``, 'by Staff' byline, 'April 7, 2025
    2:05 PM' date, the teaser and a 'Comments (3)' link."""
    assert story.when is not None
    href = _AW_HOST + story.path
    category = story.path.split("/")[1]
    teaser = (
        f'<div class="blog-post__teaser"><p>{escape_html(story.lead)}</p></div>'
        if story.lead
        else ""
    )
    count = _AW_COMMENTS[i]
    comments = (
        f'<a class="comments-link" href="{href}#comments">Comments ({count})</a>'
        if count
        else f'<a class="comments-link" href="{href}#comments">Add a comment</a>'
    )
    return f"""
<div class="blog-post" id="post-{story.path.split("/")[5]}">
  <div class="blog-post__category"><a href="{_AW_HOST}/{category}/">{category.title()}</a></div>
  <h2 class="blog-post__title"><a href="{href}">{story.headline_html}</a></h2>
  <div class="blog-post__byline">by <a href="{_AW_HOST}/authors/{_AW_AUTHORS[i].lower().replace(" ", "-")}">{escape_html(_AW_AUTHORS[i])}</a></div>
  <div class="blog-post__date">{story.when:%B} {story.when.day}, {story.when:%Y} {clock12(story.when)}</div>
  {teaser}
  <div class="blog-post__footer">{comments} <a class="share" href="https://www.facebook.example/sharer.php?u={href}">Share</a></div>
</div>"""


def build_alt_weekly_blog_posts() -> Layout:
    """A US city alt-weekly's blog listing: ``div.blog-post`` entries with category link,
    ``h2 > a``, 'by Staff' byline, 'April 7, 2025 2:05 PM' date (Pacific clock, no zone),
    teaser and 'Comments (3)' links, a sponsored post in the same markup; an events sidebar of upcoming dates, Most Popular,
    house ads and a pager."""
    page_url = f"{_AW_HOST}/blogs/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Music", "/music/"),
            ("Food", "/food/"),
            ("Arts", "/arts/"),
            ("Film", "/film/"),
            ("Events", "/events/"),
            ("I, Anonymous", "/i-anonymous/"),
            ("Savage Love", "/savage-love/"),
        ],
        "menu-item",
    )
    posts = [_aw_post(i, s) for i, s in enumerate(_AW_STORIES)]
    posts.insert(
        4,
        f"""
<div class="blog-post blog-post--sponsored" id="post-48811700">
  <div class="blog-post__category"><span class="sponsored-label">Sponsored</span></div>
  <h2 class="blog-post__title"><a href="{_AW_HOST}/sponsored/2025/04/07/48811700/spring-home-tour-tickets?utm_source=blog">Get Your Tickets for the Spring Home and Garden Tour</a></h2>
  <div class="blog-post__byline">by <a href="{_AW_HOST}/authors/sponsored-content">Sponsored Content</a></div>
  <div class="blog-post__date">April 7, 2025 1:00 PM</div>
  <div class="blog-post__teaser"><p>Twelve homes, four gardens, one unforgettable weekend. Presented by Eastside Realty.</p></div>
</div>""",
    )
    events = "\n".join(
        f'<li class="event"><a class="event__title" href="{_AW_HOST}{h}">{escape_html(t)}</a><span class="event__date">{d}</span></li>'
        for h, t, d in _AW_EVENTS
    )
    popular = link_list(
        [(_AW_HOST + h, t) for h, t in _AW_POPULAR],
        '<li><span class="rank">{rank}.</span> <a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div id="masthead"><a href="/"><img src="/static/img/logo.png" alt="The Rose City Sentinel"></a>
  <a class="support-button" href="/support/?utm_source=masthead">Support Local Journalism</a></div>
<nav id="main-nav"><ul>
{menu}
</ul></nav>
{_ad("aw_leaderboard", "AD")}
<div id="content" class="two-col">
  <div id="main" class="blog-listing">
    <h1 class="blog-listing__title">Blogtown</h1>
    <p class="blog-listing__desc">News, opinions, and occasional nonsense from the Sentinel staff.</p>
{"".join(posts)}
    <div class="pager"><span class="current">1</span> <a href="{page_url}?page=2">2</a> <a href="{page_url}?page=3">3</a> <a class="next" href="{page_url}?page=2">Older Posts &rsaquo;</a></div>
  </div>
  <div id="sidebar">
    <div class="sidebar-box events-box"><h3>Things To Do This Week</h3><ul>
{events}
    </ul><a class="more" href="{_AW_HOST}/events/">See all events</a></div>
    {_ad("aw_rail", "AD")}
    <div class="sidebar-box popular-box"><h3>Most Popular</h3><ol>
{popular}
    </ol></div>
  </div>
</div>
<div id="footer"><ul>
{nav_links([("About Us", "/about/"), ("Contact", "/contact/"), ("Advertise", "/advertise/"), ("Jobs", "/jobs/"), ("Privacy Policy", "/privacy/"), ("Terms of Use", "/terms/")])}
</ul><p>&copy; 2025 Rose City Sentinel, LLC</p></div>"""
    items = [gold_item(page_url, _AW_HOST + s.path, s) for s in _AW_STORIES]
    return Layout(
        name="en-alt-weekly-blog-posts",
        family="US city alt-weekly blog listing: div.blog-post, category link, h2 > a, 'by Staff' byline, 'April 7, 2025 2:05 PM' (Pacific, no zone), teaser, 'Comments (3)' links, sponsored post in the same markup, upcoming-events sidebar with future dates, numbered Most Popular",
        body=english_document("Blogtown | The Rose City Sentinel", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Los_Angeles",
    )


BUILDERS: tuple[Builder, ...] = (
    build_eu_politics_story_cards,
    build_za_article_items,
    build_ie_daily_flex_cards,
    build_alt_weekly_blog_posts,
)
