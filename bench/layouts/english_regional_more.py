"""A further set of English-language listing layouts: regional and national sites of four markets.

Each builder returns a whole page in the shape of one family of real-world markup — a British
regional daily on a big commercial group's template (``article.teaser`` with a picture link,
``a.headline``, ``p.description``, "06:12, 8 APR 2025" time stamps and comment-count links to
the article's comments, a "Recommended" native widget in the middle of the list), a Scandinavian
English-language site whose rows print "Published: 8 April 2025 07:12 CEST" and "Updated: …"
lines under "For members" badges beside a country selector, an Australian commercial news site
of ``storyblock`` blocks with "3h ago" or "April 7, 2025 9:41pm" times, "Video" tags, sponsored
storyblocks and a numbered "Trending" list in the same markup, and a Canadian public
broadcaster's section of ``a.card`` links each wrapping a whole card ("Posted: Apr 07, 2025
9:41 PM EDT | Last Updated: 2 hours ago"), with a "Top Stories" primary card and a "Featured
Video" strip of clips — with the chrome real pages carry around the list. Hosts, headlines,
leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states, in the site's own clock (the layout's ``timezone``) where the page names no zone;
relative times ("3h ago") are resolved against the fetch instant; where a story prints both a
publication and an "Updated" time, the publication time is the item's time.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

BST = timezone(timedelta(hours=1), "BST")
CEST = timezone(timedelta(hours=2), "CEST")
AEST = timezone(timedelta(hours=10), "AEST")
EDT = timezone(timedelta(hours=-4), "EDT")


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


# --------------------------------------------------------------------------------------------
# 1. A British regional daily on a commercial group's template (article.teaser, "06:12, 8 APR 2025")
# --------------------------------------------------------------------------------------------

_UK_HOST = "https://www.northernpost.example"
# (story, comment count or None)
_UK_STORIES: list[tuple[Story, int | None]] = [
    (
        Story.at(
            "/news/greater-manchester-news/tram-services-suspended-piccadilly-eccles-31371204",
            "Tram services suspended between Piccadilly and Eccles after overhead line fault",
            "Passengers are being told to use buses on the route while engineers work to repair "
            "the damage, with disruption expected to last until at least lunchtime.",
            _at(BST, 8, 6, 12),
            "Greater Manchester News",
        ),
        41,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/family-tribute-grandad-stockport-crash-31370988",
            "Family pay tribute to 'kind-hearted' grandad, 74, who died after Stockport crash",
            "Police are appealing for dashcam footage after the collision on the A6 on Saturday "
            "evening.",
            _at(BST, 8, 5, 40),
            "Greater Manchester News",
        ),
        12,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/m60-traffic-live-crash-worsley-31370873",
            "M60 traffic LIVE: crash closes two lanes near Worsley Braided Interchange",
            "Drivers are facing delays of around 40 minutes on the anticlockwise carriageway.",
            _at(BST, 8, 5, 21),
            "Traffic",
        ),
        None,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/bolton-market-traders-rent-rise-31369412",
            "Bolton Market traders say rent rise could force them out within a year",
            "Stallholders have handed a 3,000-name petition to the council ahead of a vote on "
            "new charges.",
            _at(BST, 7, 22, 47),
            "Bolton",
        ),
        87,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/salford-quays-apartment-fire-residents-31369105",
            "Residents evacuated as fire breaks out on balcony of Salford Quays apartment block",
            "Six fire engines were sent to the building on Monday night and one person was "
            "treated for smoke inhalation.",
            _at(BST, 7, 21, 58),
            "Salford",
        ),
        23,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/oldham-council-bin-collection-changes-31368770",
            "Oldham bin collections to change from next month - what you need to know",
            "Grey bins will be emptied every three weeks instead of every fortnight under the "
            "new timetable.",
            _at(BST, 7, 20, 15),
            "Oldham",
        ),
        156,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/wigan-pier-quarter-reopening-date-31368233",
            "Reopening date set for Wigan Pier Quarter after £9m restoration",
            "The former mill buildings will house a food hall, offices and a live music venue.",
            _at(BST, 7, 18, 30),
            "Wigan",
        ),
        None,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/rochdale-man-jailed-burglary-spree-31367902",
            "Man jailed after burglary spree targeting elderly residents in Rochdale",
            "A judge said the 31-year-old had caused 'untold distress' to his victims, the "
            "oldest of whom was 93.",
            _at(BST, 7, 17, 2),
            "Courts",
        ),
        34,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/manchester-airport-terminal-two-queues-31367411",
            "Manchester Airport apologises after passengers queue for two hours at Terminal 2",
            "The airport blamed a fault with security scanners and said extra staff had been "
            "drafted in.",
            _at(BST, 7, 15, 48),
            "Manchester Airport",
        ),
        212,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/tameside-school-new-headteacher-ofsted-31366980",
            "Tameside school rated 'good' by Ofsted for first time in a decade",
            "Inspectors praised a 'transformed' culture of behaviour since the arrival of a new "
            "headteacher in 2022.",
            _at(BST, 7, 14, 10),
            "Tameside",
        ),
        None,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/bury-pub-named-best-in-north-west-31366525",
            "Bury pub named best in the North West by real ale campaigners",
            "The tiny bar, which has just one room, beat more than 400 other venues.",
            _at(BST, 7, 12, 36),
            "Bury",
        ),
        8,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/trafford-centre-new-stores-opening-31366148",
            "Three new stores to open at the Trafford Centre this spring",
            "A homeware chain and two fashion brands will take over units left empty since "
            "last year.",
            _at(BST, 7, 11, 5),
            "Shopping",
        ),
        None,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/stockport-viaduct-lighting-scheme-31365703",
            "Stockport Viaduct to be lit up every night under new £1.2m scheme",
            "Councillors say the lights will make the landmark visible from the M60 after dark.",
            _at(BST, 7, 9, 44),
            "Stockport",
        ),
        19,
    ),
    (
        Story.at(
            "/news/greater-manchester-news/heaton-park-weekend-events-road-closures-31365390",
            "Heaton Park road closures in place for weekend of events",
            "Visitors are being urged to travel by Metrolink rather than drive to the park.",
            _at(BST, 7, 8, 20),
            "What's On",
        ),
        None,
    ),
]
_UK_MOST_READ = [
    ("/news/greater-manchester-news/manchester-airport-terminal-two-queues-31367411", "Two-hour queues at Manchester Airport as scanners fail"),
    ("/news/greater-manchester-news/oldham-council-bin-collection-changes-31368770", "Big change to Oldham bins - full details"),
    ("/news/uk-news/weather-warning-heat-april-31369902", "Met Office verdict on April 'heatwave'"),
    ("/news/greater-manchester-news/family-tribute-grandad-stockport-crash-31370988", "Tributes to grandad killed in A6 crash"),
    ("/news/greater-manchester-news/aldi-new-store-openings-north-west-31364218", "Aldi names five new North West stores"),
]  # fmt: skip
_UK_RECOMMENDED = [
    ("https://paid.outbrain.example/network/redir?p=Hk2n9XqL&c=9f21a0&v=3&t=1&idx=0", "Doctors Stunned: This Simple Trick Helps Knee Pain At Night", "Sponsored | JointWell"),
    ("https://paid.outbrain.example/network/redir?p=Rx8bTq2m&c=9f21a1&v=3&t=1&idx=1", "Manchester: Homeowners Could Get Solar Panels For Next To Nothing", "Sponsored | SolarSavings UK"),
    (_UK_HOST + "/news/greater-manchester-news/eccles-cake-bakery-closing-31352207?obOrigUrl=true", "Beloved Eccles bakery to close after 90 years", "Northern Evening Post"),
    (_UK_HOST + "/whats-on/food-drink-news/best-curry-mile-restaurants-31349980?obOrigUrl=true", "The best places to eat on the Curry Mile, according to our readers", "Northern Evening Post"),
]  # fmt: skip


def _uk_stamp(when: datetime) -> str:
    """'06:12, 8 APR 2025' as the group's template prints it."""
    local = when.astimezone(BST)
    return f"{local:%H:%M}, {local.day} {local:%b}".upper() + f" {local.year}"


def _uk_teaser(story: Story, comments: int | None, *, kind: str = "") -> str:
    """An ``article.teaser``: an ``a.teaser-link`` picture, a section label, ``a.headline``,
    ``p.description``, a ``span.time-stamp`` and, on discussed stories, a comment-count link to
    the article's comments."""
    href = _UK_HOST + story.path
    extra = f" teaser-{kind}" if kind else ""
    count = (
        f'\n      <a class="comment-count" href="{href}#comments-wrapper" data-tracking="comments-count"><span class="icon icon-comment" aria-hidden="true"></span><span class="count">{comments}</span> Comments</a>'
        if comments is not None
        else ""
    )
    section = story.label.lower().replace("'", "").replace(" ", "-")
    return f"""
<article class="teaser{extra}" data-article-id="{story.path.rsplit("-", 1)[1]}" data-content-type="article">
  <a class="teaser-link" href="{href}" tabindex="-1" aria-hidden="true"><figure class="teaser-image"><img src="https://i2-prod.northernpost.example/incoming/article{story.path.rsplit("-", 1)[1]}.ece/ALTERNATES/s297b/0_{image_slug(story.path)[:24]}.jpg" alt="" width="297" height="167" loading="lazy"></figure></a>
  <div class="teaser-text">
    <span class="label"><a href="{_UK_HOST}/all-about/{section}">{escape_html(story.label)}</a></span>
    <a class="headline" href="{href}" data-tracking="headline">{story.headline_html}</a>
    <p class="description">{escape_html(story.lead or "")}</p>
    <div class="teaser-info">
      <span class="time-stamp">{_uk_stamp(story.when or NOW)}</span>{count}
    </div>
  </div>
</article>"""


def build_uk_regional_teasers() -> Layout:
    """A British regional daily's news section on a publishing group's shared template: a lead
    ``article.teaser`` and three secondary ones in a "pancake" row, then a column of teasers;
    each one an ``a.teaser-link`` picture, a section label link, ``a.headline``,
    ``p.description`` and a ``div.teaser-info`` with a "06:12, 8 APR 2025" time stamp and a
    "41 Comments" link to the article's comments; a "Recommended" native widget between
    teasers (paid links and the site's own older stories), a "Most Read" / "Most Recent" tab
    box, newsletter sign-up, ad slots and a "Show more" pager."""
    page_url = f"{_UK_HOST}/news/greater-manchester-news/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Greater Manchester", "/news/greater-manchester-news/"),
            ("Sport", "/sport/"),
            ("Man Utd", "/sport/football/football-news/man-utd/"),
            ("Man City", "/sport/football/football-news/man-city/"),
            ("What's On", "/whats-on/"),
            ("Property", "/all-about/property"),
            ("Jobs", "https://jobs.northernpost.example/"),
            ("Obituaries", "https://funeral-notices.northernpost.example/"),
        ],
        "primary-nav-item",
    )
    teasers = [
        _uk_teaser(s, c, kind="lead" if n == 0 else "secondary" if n < 4 else "")
        for n, (s, c) in enumerate(_UK_STORIES)
    ]
    recommended = "\n".join(
        f'<li class="ob-dynamic-rec-container"><a class="ob-dynamic-rec-link" href="{escape_html(href)}" target="_blank" rel="noopener"><div class="ob-rec-image-container"><img class="ob-rec-image" src="https://images.outbrainimg.example/transform/v3/{n}.jpg" alt=""></div><span class="ob-rec-text">{escape_html(title)}</span><span class="ob-rec-source">{escape_html(source)}</span></a></li>'
        for n, (href, title, source) in enumerate(_UK_RECOMMENDED)
    )
    native = f"""
<div class="OUTBRAIN" data-widget-id="AR_2" data-ob-template="NorthernPost">
  <div class="ob-widget ob-feed-layout">
    <div class="ob-widget-header"><span class="ob-widget-header-text">Recommended</span><a class="ob_what" href="https://www.outbrain.example/what-is/" rel="nofollow">What's this?</a></div>
    <ul class="ob-widget-items-container">
{recommended}
    </ul>
  </div>
</div>"""
    most_read = link_list(
        [(_UK_HOST + h, t) for h, t in _UK_MOST_READ],
        '<li class="most-read-item"><span class="rank">{rank}</span><a class="headline" href="{href}">{title}</a></li>',
        sep="\n",
    )
    most_recent = "\n".join(
        f'<li class="most-read-item"><a class="headline" href="{_UK_HOST + s.path}">{escape_html(s.title)}</a></li>'
        for s, _ in _UK_STORIES[:5]
    )
    ad = (
        '<div class="ad-container"><div class="ad-placeholder" data-slot="{slot}"><span class="ad-label">Advertisement</span>'
        '<a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/5293/northern_post/news/{slot}" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/{slot}" alt=""></a></div></div>'
    )
    body = f"""
<header class="site-header">
  <a class="logo" href="/"><img src="/img/logo-northern-post.svg" alt="Northern Evening Post"></a>
  <nav class="primary-nav" aria-label="Main menu"><ul>
{menu}
  </ul></nav>
  <a class="header-newsletter" href="/newsletter-preference-centre/">Newsletters</a>
</header>
{ad.format(slot="top_slot")}
<main class="section-front" id="content">
  <h1 class="section-title">Greater Manchester News</h1>
  <div class="mod-pancakes" data-group="topStories">{"".join(teasers[:4])}
  </div>
  <div class="grid">
    <div class="primary">
      <div class="mod-teasers section-list">{"".join(teasers[4:9])}
{native}{"".join(teasers[9:])}
      </div>
      <div class="pagination"><a class="pagination-next btn" href="{page_url}?page=2">Show more</a></div>
    </div>
    <aside class="secondary">
      <div class="most-read-widget">
        <ul class="tabs" role="tablist"><li role="tab" aria-selected="true">Most Read</li><li role="tab" aria-selected="false">Most Recent</li></ul>
        <ol class="most-read-list" role="tabpanel">
{most_read}
        </ol>
        <ol class="most-read-list" role="tabpanel" hidden>
{most_recent}
        </ol>
      </div>
      <div class="newsletter-signup"><h3>Get the biggest stories in your inbox</h3><form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Enter email"><button type="submit">Subscribe</button></form><a href="/privacy-notice/">We use your sign-up to provide content in ways you've consented to.</a></div>
      {ad.format(slot="mpu_1")}
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="footer-links">
{nav_links([("Contact us", "/about-us/contact-us/"), ("How to complain", "/about-us/how-to-complain/"), ("Corrections and clarifications", "/about-us/corrections-clarifications/"), ("Privacy notice", "/privacy-notice/"), ("Cookie notice", "/cookie-policy/"), ("Terms and conditions", "/terms-conditions/"), ("Advertise with us", "https://www.northernmediaplc.example/advertising/")])}
  </ul>
  <p class="copyright">&copy;2025 a Northern Media plc company</p>
</footer>"""
    items = [gold_item(page_url, _UK_HOST + s.path, s) for s, _ in _UK_STORIES]
    return Layout(
        name="en-uk-regional-teasers",
        family="UK regional daily on a group template: article.teaser > a.teaser-link picture + a.headline + p.description + span.time-stamp '06:12, 8 APR 2025' + 'N Comments' link to #comments-wrapper, mid-list 'Recommended' native widget with own-site links, Most Read / hidden Most Recent tabs",
        body=english_document(
            "Greater Manchester News - Northern Evening Post", "", body, lang="en-GB"
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# 2. A Scandinavian English-language site ("Published: 8 April 2025 07:12 CEST", "Updated: …")
# --------------------------------------------------------------------------------------------

_SE_HOST = "https://se.nordicreport.example"
# (story, members only, updated instant or None)
_SE_STORIES: list[tuple[Story, bool, datetime | None]] = [
    (
        Story.at(
            "/20250408/sweden-to-tighten-rules-for-work-permit-holders-changing-jobs",
            "Sweden to tighten rules for work permit holders changing jobs",
            "The government wants foreign workers to report a change of employer to the "
            "Migration Agency within 30 days, or risk losing their permit.",
            _at(CEST, 8, 7, 12),
            "Work permits",
        ),
        True,
        _at(CEST, 8, 7, 40),
    ),
    (
        Story.at(
            "/20250408/stockholm-commuter-trains-cancelled-signal-failure",
            "Stockholm commuter trains cancelled after signal failure at Odenplan",
            "Trains between Stockholm City and Solna were cancelled during the morning rush "
            "hour, and passengers were told to take the metro instead.",
            _at(CEST, 8, 6, 48),
            "Transport",
        ),
        False,
        None,
    ),
    (
        Story.at(
            "/20250408/todays-headlines-8-april-2025",
            "Today in Sweden: A round-up of the latest news on Tuesday",
            "Parental leave changes, a price war on groceries and a record for Easter travel: "
            "here's what's happening in Sweden today.",
            _at(CEST, 8, 6, 30),
            "Today in Sweden",
        ),
        True,
        None,
    ),
    (
        Story.at(
            "/20250407/swedish-central-bank-signals-rate-pause",
            "Swedish central bank signals it will hold interest rates steady",
            "The Riksbank's deputy governor said the bank was in no hurry to cut again while "
            "the krona remained volatile.",
            _at(CEST, 7, 19, 5),
            "Economy",
        ),
        False,
        _at(CEST, 7, 21, 16),
    ),
    (
        Story.at(
            "/20250407/how-to-claim-swedish-parental-benefit-as-a-foreigner",
            "How to claim Swedish parental benefit if you're a foreigner",
            "Who qualifies, how many days you get and what happens if you move abroad: our "
            "guide to föräldrapenning.",
            _at(CEST, 7, 17, 30),
            "Family",
        ),
        True,
        None,
    ),
    (
        Story.at(
            "/20250407/gothenburg-approves-new-bridge-over-gota-alv",
            "Gothenburg approves plans for a second pedestrian bridge over the Göta älv",
            "The 250-metre bridge would link Lindholmen with the city centre and open in 2029 "
            "at the earliest.",
            _at(CEST, 7, 15, 42),
            "Gothenburg",
        ),
        False,
        None,
    ),
    (
        Story.at(
            "/20250407/swedish-word-of-the-day-fika-paus",
            "Swedish word of the day: fikapaus",
            "You've heard of fika, but what exactly makes it a pause?",
            _at(CEST, 7, 14, 0),
            "Swedish word of the day",
        ),
        False,
        None,
    ),
    (
        Story.at(
            "/20250407/malmo-rent-rises-negotiated-2025",
            "Malmö tenants face rent rises of up to 5.5 percent this year",
            "The tenants' union and landlords agreed the increases after talks that went to "
            "arbitration for the first time since 2019.",
            _at(CEST, 7, 12, 18),
            "Housing",
        ),
        True,
        _at(CEST, 7, 13, 2),
    ),
    (
        Story.at(
            "/20250407/sweden-citizenship-test-pilot-results",
            "What we know so far about Sweden's new citizenship test",
            "The first pilot questions have been published. Here is how the test will work and "
            "who will have to take it.",
            _at(CEST, 7, 10, 55),
            "Citizenship",
        ),
        True,
        None,
    ),
    (
        Story.at(
            "/20250407/uppsala-university-international-students-fees",
            "Uppsala University warns of falling numbers of fee-paying students",
            "Applications from outside the EU are down by a fifth, which the university blames "
            "on slow residence permit processing.",
            _at(CEST, 7, 9, 20),
            "Education",
        ),
        False,
        None,
    ),
    (
        Story.at(
            "/20250406/easter-travel-sweden-record-flights",
            "Swedes set to break Easter travel record with 1.2 million flights booked",
            "Travel agencies say the Canary Islands and Thailand are the most popular "
            "destinations this year.",
            _at(CEST, 6, 18, 40),
            "Travel",
        ),
        False,
        _at(CEST, 7, 8, 15),
    ),
    (
        Story.at(
            "/20250406/readers-reveal-best-and-worst-of-swedish-healthcare",
            "Readers reveal the best and worst things about Swedish healthcare",
            "Long queues for specialists but excellent emergency care: foreign residents share "
            "their experiences.",
            _at(CEST, 6, 11, 25),
            "Health",
        ),
        True,
        None,
    ),
]
_SE_POPULAR = [
    ("/20250407/how-to-claim-swedish-parental-benefit-as-a-foreigner", "Parental benefit: how foreigners can claim it"),
    ("/20250408/sweden-to-tighten-rules-for-work-permit-holders-changing-jobs", "New work permit rules: what changes for you?"),
    ("/20250405/where-in-sweden-can-you-still-buy-a-house-for-under-a-million", "Where in Sweden can you still buy a house for under a million kronor?"),
    ("/20250404/swedish-tax-return-deadline-2025", "When is the deadline for this year's tax return?"),
    ("/20250407/sweden-citizenship-test-pilot-results", "Citizenship test: the first questions"),
]  # fmt: skip
_SE_GUIDES = [
    ("/20250301/the-ultimate-guide-to-moving-to-sweden", "The ultimate guide to moving to Sweden"),
    ("/20250215/how-to-get-a-swedish-personal-number", "How to get a Swedish personal number"),
    ("/20250120/everything-you-need-to-know-about-swedish-bank-accounts", "Everything you need to know about opening a bank account"),
]  # fmt: skip
_SE_JOBS = [
    ("https://jobs.nordicreport.example/job/88213/backend-developer-stockholm/", "Backend Developer", "Klarfin AB · Stockholm"),
    ("https://jobs.nordicreport.example/job/88190/english-teacher-gothenburg/", "English Teacher, upper secondary", "Internationella Skolan · Gothenburg"),
    ("https://jobs.nordicreport.example/job/88177/supply-chain-analyst-malmo/", "Supply Chain Analyst", "Nordlog · Malmö"),
]  # fmt: skip
_SE_COUNTRIES = [
    ("Austria", "https://at.nordicreport.example/"),
    ("Denmark", "https://dk.nordicreport.example/"),
    ("France", "https://fr.nordicreport.example/"),
    ("Germany", "https://de.nordicreport.example/"),
    ("Italy", "https://it.nordicreport.example/"),
    ("Norway", "https://no.nordicreport.example/"),
    ("Spain", "https://es.nordicreport.example/"),
    ("Sweden", "https://se.nordicreport.example/"),
    ("Switzerland", "https://ch.nordicreport.example/"),
]


def _se_stamp(verb: str, when: datetime) -> str:
    """'Published: 8 April 2025 07:12 CEST' on the site's central European clock."""
    local = when.astimezone(CEST)
    return f"{verb}: {local.day} {local:%B %Y %H:%M} CEST"


def _se_article(story: Story, members: bool, updated: datetime | None, *, top: bool) -> str:
    """An ``article.article-item``: a picture link, a category link with a "For members"
    badge, ``h2.article-item__title > a`` (``h1`` on the lead story), ``p.article-item__lead``
    and the "Published: …" line, an "Updated: …" one after edits."""
    href = _SE_HOST + story.path
    tag = "h1" if top else "h2"
    badge = (
        '<span class="badge badge--members"><svg class="icon icon-lock" aria-hidden="true"><use href="#lock"></use></svg>For members</span>'
        if members
        else ""
    )
    update = (
        f'\n      <span class="article-item__date article-item__date--updated">{_se_stamp("Updated", updated)}</span>'
        if updated is not None
        else ""
    )
    slug = story.label.lower().replace("'", "").replace(" ", "-")
    return f"""
<article class="article-item{" article-item--lead" if top else ""}">
  <a class="article-item__image" href="{href}"><img src="https://cdn.nordicreport.example/wp-content/uploads/2025/04/{image_slug(story.path)[:20]}.jpg" alt="" loading="lazy" width="640" height="360"></a>
  <div class="article-item__body">
    <div class="article-item__meta"><a class="article-item__category" href="{_SE_HOST}/tag/{slug}/">{escape_html(story.label)}</a>{badge}</div>
    <{tag} class="article-item__title"><a href="{href}">{escape_html(story.title)}</a></{tag}>
    <p class="article-item__lead">{escape_html(story.lead or "")}</p>
    <div class="article-item__dates">
      <span class="article-item__date article-item__date--published">{_se_stamp("Published", story.when or NOW)}</span>{update}
    </div>
  </div>
</article>"""


def build_nordic_published_updated() -> Layout:
    """A Scandinavian English-language news site's category page: a lead ``article-item`` with
    an ``h1`` then ``article.article-item`` rows, each a category link, a "For members" badge on
    paid stories, ``h2 > a``, a lead and "Published: 8 April 2025 07:12 CEST" and sometimes
    "Updated: 8 April 2025 07:40 CEST" lines; a country selector to the sister sites, a
    members' sign-up box, "Popular" and "Members' guides" lists, a "Jobs in Sweden" box, ad
    slots and an "Older articles" pager."""
    page_url = f"{_SE_HOST}/category/sweden-news/"
    menu = nav_links(
        [
            ("News", "/category/sweden-news/"),
            ("Explained", "/category/explained/"),
            ("Money", "/tag/money/"),
            ("Work", "/tag/work/"),
            ("Visas & residency", "/tag/residency-permits/"),
            ("Property", "/tag/property/"),
            ("Discover Sweden", "/category/discover-sweden/"),
            ("Swedish word of the day", "/tag/swedish-word-of-the-day/"),
        ],
        "menu-item",
    )
    countries = "\n".join(
        f'<li class="country-selector__item{" is-current" if name == "Sweden" else ""}"><a href="{href}" hreflang="en">{name}</a></li>'
        for name, href in _SE_COUNTRIES
    )
    articles = [_se_article(s, m, u, top=n == 0) for n, (s, m, u) in enumerate(_SE_STORIES)]
    popular = link_list(
        [(_SE_HOST + h, t) for h, t in _SE_POPULAR],
        '<li class="popular__item"><span class="popular__rank">{rank}</span><a class="popular__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    guides = link_list(
        [(_SE_HOST + h, t) for h, t in _SE_GUIDES],
        '<li class="guides__item"><span class="badge badge--members">For members</span><h3 class="guides__title"><a href="{href}">{title}</a></h3></li>',
        sep="\n",
    )
    jobs = "\n".join(
        f'<li class="jobs__item"><a href="{href}"><strong>{escape_html(title)}</strong><span class="jobs__company">{escape_html(company)}</span></a></li>'
        for href, title, company in _SE_JOBS
    )
    ad = (
        '<div class="ad-slot ad-slot--{slot}"><span class="ad-slot__label">Advertisement</span>'
        '<a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/21778/nordicreport_se/{slot}" rel="nofollow sponsored"><img src="https://tpc.googlesyndication.example/simgad/{slot}" alt=""></a></div>'
    )
    body = f"""
<div class="site">
<header class="site-header">
  <div class="country-selector">
    <button class="country-selector__toggle" aria-expanded="false">Sweden</button>
    <ul class="country-selector__list">
{countries}
    </ul>
  </div>
  <a class="site-header__logo" href="/"><img src="/wp-content/themes/nordic/img/logo.svg" alt="The Nordic Report Sweden"></a>
  <nav class="main-nav" aria-label="Main"><ul class="main-nav__list">
{menu}
  </ul></nav>
  <div class="site-header__account"><a class="button button--members" href="/join/?ref=header">Become a member</a> <a href="/login/">Log in</a></div>
</header>
{ad.format(slot="top_banner")}
<main class="site-main">
  <h1 class="page-title">News</h1>
  <div class="layout">
    <div class="layout__main article-list">{articles[0]}
      <div class="members-cta"><h3>Get full access to every article</h3><p>Join thousands of members for guides, analysis and answers about life in Sweden.</p><a class="button" href="/join/?ref=section_cta">Become a member</a></div>{"".join(articles[1:7])}
{ad.format(slot="in_list_1")}{"".join(articles[7:])}
      <nav class="pagination"><a class="pagination__next" href="{page_url}page/2/">Older articles</a></nav>
    </div>
    <aside class="layout__sidebar">
      <section class="popular"><h2 class="widget-title">Popular</h2><ol class="popular__list">
{popular}
      </ol></section>
      <section class="guides"><h2 class="widget-title">Members' guides</h2><ul class="guides__list">
{guides}
      </ul></section>
      <section class="jobs"><h2 class="widget-title">Jobs in Sweden</h2><ul class="jobs__list">
{jobs}
      </ul><a class="jobs__more" href="https://jobs.nordicreport.example/">See all jobs</a></section>
      {ad.format(slot="sidebar_mpu")}
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("About us", "/about-us/"), ("Contact", "/contact/"), ("Advertise", "/advertise/"), ("Jobs at The Nordic Report", "/careers/"), ("Privacy policy", "/privacy-policy/"), ("Cookie policy", "/cookie-policy/"), ("Terms of use", "/terms/")])}
  </ul>
  <p>&copy; 2025 The Nordic Report Europe AB</p>
</footer>
</div>"""
    items = [gold_item(page_url, _SE_HOST + s.path, s) for s, _, _ in _SE_STORIES]
    return Layout(
        name="en-nordic-published-updated",
        family="Scandinavian English-language site: article.article-item > category link + 'For members' badge, h2 > a, p lead, 'Published: 8 April 2025 07:12 CEST' + 'Updated: …' lines, country selector of sister sites, Jobs box",
        body=english_document("Sweden news - The Nordic Report", "", body, lang="en-SE"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/Stockholm",
    )


# --------------------------------------------------------------------------------------------
# 3. An Australian commercial news site (storyblock, "3h ago" / "April 7, 2025 9:41pm")
# --------------------------------------------------------------------------------------------

_AC_HOST = "https://www.newsdownunder.example"
_AC_NOW = NOW.astimezone(AEST)
# (story, shown relative: "3h ago" / "52m ago", video)
_AC_STORIES: list[tuple[Story, str, bool]] = [
    (
        Story.at(
            "/national/queensland/news/gold-coast-light-rail-extension-burleigh/news-story/5c1e8f0a2b9d47e3a6f1c0d2e4b7a918",
            "Gold Coast light rail extension to Burleigh hits $1.2b snag",
            "The state's infrastructure watchdog has found the costs of the next stage were "
            "underestimated by a third.",
            ago(_AC_NOW, minutes=52),
            "Queensland",
        ),
        "52m",
        False,
    ),
    (
        Story.at(
            "/national/queensland/news/brisbane-river-bull-shark-sighting-new-farm/news-story/7e2a1b0c9d8f46a5b3c2e1d0f9a8b7c6",
            "Bull shark filmed metres from swimmers at New Farm riverwalk",
            "Council has closed a popular swimming pontoon after the footage was shared "
            "thousands of times.",
            ago(_AC_NOW, hours=2),
            "Queensland",
        ),
        "2h",
        False,
    ),
    (
        Story.at(
            "/video/id-6370124518112/watch-storm-cell-lashes-sunshine-coast",
            "Watch: storm cell lashes Sunshine Coast with hail",
            None,
            ago(_AC_NOW, hours=3),
            "Weather",
        ),
        "3h",
        True,
    ),
    (
        Story.at(
            "/national/queensland/courts-law/toowoomba-man-charged-over-ram-raid-spree/news-story/0f9e8d7c6b5a4d3e2f1a0b9c8d7e6f5a",
            "Toowoomba man charged over alleged ram-raid spree",
            "Police will allege the 24-year-old drove a stolen ute through the fronts of four "
            "shops in one night.",
            ago(_AC_NOW, hours=4),
            "Courts & Law",
        ),
        "4h",
        False,
    ),
    (
        Story.at(
            "/national/queensland/politics/queensland-budget-youth-crime-spending/news-story/1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6",
            "Premier flags record youth crime spend ahead of June budget",
            "The government will put another $380 million into early intervention and new "
            "detention beds.",
            ago(_AC_NOW, hours=6),
            "Politics",
        ),
        "6h",
        False,
    ),
    (
        Story.at(
            "/national/queensland/news/cairns-crocodile-removed-esplanade-lagoon/news-story/2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7",
            "Three-metre crocodile removed from Cairns Esplanade lagoon",
            "Rangers spent four hours trapping the reptile, which had been spotted by an early "
            "morning jogger.",
            _at(AEST, 7, 21, 41),
            "Queensland",
        ),
        "",
        False,
    ),
    (
        Story.at(
            "/video/id-6370121877112/drone-vision-shows-flood-damage-in-western-queensland",
            "Drone vision shows scale of flood damage in western Queensland",
            None,
            _at(AEST, 7, 19, 3),
            "Weather",
        ),
        "",
        True,
    ),
    (
        Story.at(
            "/national/queensland/news/ipswich-hospital-emergency-wait-times/news-story/3c4d5e6f7a8b49c0d1e2f3a4b5c6d7e8",
            "Ipswich Hospital emergency patients waiting up to 14 hours for a bed",
            "Leaked figures show the hospital had the longest waits in the state in March.",
            _at(AEST, 7, 17, 25),
            "Health",
        ),
        "",
        False,
    ),
    (
        Story.at(
            "/national/queensland/news/townsville-stinger-season-extended/news-story/4d5e6f7a8b9c40d1e2f3a4b5c6d7e8f9",
            "Townsville stinger nets to stay up for an extra month as waters stay warm",
            "Lifesavers say they have treated twice as many stings this season as last.",
            _at(AEST, 7, 15, 10),
            "Queensland",
        ),
        "",
        False,
    ),
    (
        Story.at(
            "/national/queensland/news/sunshine-coast-housing-estate-koala-habitat/news-story/5e6f7a8b9c0d41e2f3a4b5c6d7e8f9a0",
            "Locals fight 1600-home estate planned for Sunshine Coast koala habitat",
            "Residents have lodged more than 900 objections to the development near Palmview.",
            _at(AEST, 7, 12, 48),
            "Property",
        ),
        "",
        False,
    ),
    (
        Story.at(
            "/national/queensland/news/mackay-sugar-crushing-season-early-start/news-story/6f7a8b9c0d1e42f3a4b5c6d7e8f9a0b1",
            "Mackay mills to start crushing early after bumper cane crop",
            None,
            _at(AEST, 7, 9, 30),
            "Rural",
        ),
        "",
        False,
    ),
    (
        Story.at(
            "/national/queensland/news/bundaberg-rum-distillery-tours-return/news-story/7a8b9c0d1e2f43a4b5c6d7e8f9a0b1c2",
            "Tours return to Bundaberg distillery after two-year refit",
            "The visitor centre now includes a museum of the town's sugar history.",
            _at(AEST, 6, 16, 5),
            "Travel",
        ),
        "",
        False,
    ),
]
_AC_SPONSORED = (
    "/finance/money/sponsored-content/how-queenslanders-are-cutting-power-bills/news-story/9c0d1e2f3a4b45c6d7e8f9a0b1c2d3e4",
    "How Queenslanders are cutting their power bills by hundreds this winter",
    "Presented by SunState Energy",
)
_AC_TRENDING = [
    ("/national/queensland/news/brisbane-river-bull-shark-sighting-new-farm/news-story/7e2a1b0c9d8f46a5b3c2e1d0f9a8b7c6", "Terrifying moment bull shark spotted near swimmers"),
    ("/entertainment/tv/reality-tv/mafs-reunion-explosive-moment/news-story/8b9c0d1e2f3a44b5c6d7e8f9a0b1c2d3", "MAFS reunion's most explosive moment"),
    ("/national/queensland/news/cairns-crocodile-removed-esplanade-lagoon/news-story/2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7", "Three-metre crocodile removed from Cairns Esplanade lagoon"),
    ("/finance/economy/interest-rates/rba-decision-what-it-means/news-story/0d1e2f3a4b5c46d7e8f9a0b1c2d3e4f5", "RBA decision: what it means for your mortgage"),
    ("/sport/nrl/broncos-injury-blow/news-story/1e2f3a4b5c6d47e8f9a0b1c2d3e4f5a6", "Broncos dealt major injury blow"),
]  # fmt: skip


def _ac_stamp(story: Story, relative: str) -> str:
    """'52m ago' / '3h ago' for recent stories, else 'April 7, 2025 9:41pm' (local clock, no
    zone)."""
    if relative:
        return f"{relative} ago"
    assert story.when is not None
    local = story.when.astimezone(AEST)
    return f"{local:%B} {local.day}, {local.year} {clock12(local, lower=True, space=False)}"


def _ac_storyblock(story: Story, relative: str, video: bool, *, hero: bool = False) -> str:
    """A ``div.storyblock``: an image link (with a "Video" tag on clips), a section link,
    ``h4.storyblock_title > a.storyblock_title_link``, ``p.storyblock_standfirst`` and
    ``span.storyblock_datetime``."""
    href = _AC_HOST + story.path
    tag = '<span class="storyblock_tag storyblock_tag--video">Video</span>' if video else ""
    standfirst = (
        f'\n    <p class="storyblock_standfirst g_font-body-s">{escape_html(story.lead)}</p>'
        if story.lead
        else ""
    )
    heading = "h2" if hero else "h4"
    return f"""
<div class="storyblock{" storyblock--hero" if hero else ""}{" storyblock--video" if video else ""}">
  <div class="storyblock_image_wrap"><a class="storyblock_image_link" href="{href}"><img class="storyblock_image" src="https://content.api.newsdownunder.example/v2/image/{image_slug(story.path)[:12]}?width=316" alt="">{tag}</a></div>
  <div class="storyblock_content">
    <a class="storyblock_section_link" href="{_AC_HOST}/national/queensland">{escape_html(story.label)}</a>
    <{heading} class="storyblock_title g_font-title-s"><a class="storyblock_title_link" href="{href}">{escape_html(story.title)}</a></{heading}>{standfirst}
    <span class="storyblock_datetime g_font-body-xs">{_ac_stamp(story, relative)}</span>
  </div>
</div>"""


def build_au_storyblocks() -> Layout:
    """An Australian commercial news site's section page: a hero ``storyblock`` then a column
    of ``div.storyblock`` blocks (``a.storyblock_image_link``, a section link,
    ``h4.storyblock_title > a.storyblock_title_link``, ``p.storyblock_standfirst``,
    ``span.storyblock_datetime`` "52m ago"/"3h ago" or "April 7, 2025 9:41pm" on the eastern
    clock with no zone), video clips tagged "Video" in the list, a "Sponsored" storyblock in the
    same markup, a numbered "Trending" list of storyblocks, ad slots, "Load more"."""
    page_url = f"{_AC_HOST}/national/queensland"
    menu = nav_links(
        [
            ("National", "/national"),
            ("World", "/world"),
            ("Lifestyle", "/lifestyle"),
            ("Travel", "/travel"),
            ("Entertainment", "/entertainment"),
            ("Technology", "/technology"),
            ("Finance", "/finance"),
            ("Sport", "/sport"),
        ],
        "header_nav-item",
    )
    blocks = [_ac_storyblock(s, r, v, hero=n == 0) for n, (s, r, v) in enumerate(_AC_STORIES)]
    sp_path, sp_title, sp_partner = _AC_SPONSORED
    sponsored = f"""
<div class="storyblock storyblock--sponsored">
  <div class="storyblock_image_wrap"><a class="storyblock_image_link" href="{_AC_HOST}{sp_path}?sponsor=sunstate"><img class="storyblock_image" src="https://content.api.newsdownunder.example/v2/image/sunstate-promo?width=316" alt=""></a></div>
  <div class="storyblock_content">
    <span class="storyblock_sponsored-label">Sponsored</span>
    <h4 class="storyblock_title g_font-title-s"><a class="storyblock_title_link" href="{_AC_HOST}{sp_path}?sponsor=sunstate">{escape_html(sp_title)}</a></h4>
    <p class="storyblock_standfirst g_font-body-s">{escape_html(sp_partner)}</p>
  </div>
</div>"""
    blocks.insert(5, sponsored)
    trending = link_list(
        [(_AC_HOST + h, t) for h, t in _AC_TRENDING],
        '<div class="storyblock storyblock--numbered"><span class="storyblock_number">{rank}</span><div class="storyblock_content"><h4 class="storyblock_title"><a class="storyblock_title_link" href="{href}">{title}</a></h4></div></div>',
        sep="\n",
    )
    ad = (
        '<div class="ad-block" data-ad-slot="{slot}"><span class="ad-block_label">Advertisement</span>'
        '<a href="https://pubads.g.doubleclick.example/gampad/clk?iu=/6789/newsdownunder/national/{slot}" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/{slot}" alt=""></a></div>'
    )
    body = f"""
<div id="page" class="page">
<header class="header">
  <a class="header_logo" href="/"><img src="/static/images/logo.svg" alt="news down under"></a>
  <nav class="header_nav" aria-label="Primary"><ul class="header_nav-list">
{menu}
  </ul></nav>
  <a class="header_subscribe" href="/subscribe?sourceCode=NDUWEB_HEADER">Subscribe</a>
</header>
{ad.format(slot="leaderboard")}
<main class="main" id="content">
  <div class="section-header"><h1 class="section-header_title">Queensland</h1>
    <ul class="section-header_subnav">{nav_links([("Brisbane", "/national/queensland/brisbane"), ("Gold Coast", "/national/queensland/gold-coast"), ("Courts & Law", "/national/queensland/courts-law"), ("Politics", "/national/queensland/politics")])}</ul>
  </div>
  <div class="row">
    <div class="col-main">
      <div class="story-list">{blocks[0]}
      </div>
      <div class="story-list">{"".join(blocks[1:8])}
{ad.format(slot="mrec_1")}{"".join(blocks[8:])}
      </div>
      <button class="load-more" type="button" data-next-page="{page_url}?page=2">Load more</button>
    </div>
    <aside class="col-side">
      <div class="trending"><h2 class="trending_title">Trending</h2>
{trending}
      </div>
      {ad.format(slot="halfpage")}
    </aside>
  </div>
</main>
<footer class="footer">
  <ul class="footer_links">
{nav_links([("About us", "/about-us"), ("Contact us", "/contact-us"), ("Editorial complaints", "/editorial-complaints"), ("Advertise with us", "https://www.ndumedia.example/advertise"), ("Privacy policy", "/privacy"), ("Relevant ads opt-out", "/relevant-ads"), ("Terms of use", "/terms")])}
  </ul>
  <p>Copyright &copy; 2025 NDU Digital Pty Ltd. All times AEST (GMT +10).</p>
</footer>
</div>"""
    items = [gold_item(page_url, _AC_HOST + s.path, s) for s, _, _ in _AC_STORIES]
    return Layout(
        name="en-au-storyblocks",
        family="Australian commercial news section: div.storyblock > a.storyblock_image_link (Video tag) + h4.storyblock_title > a.storyblock_title_link + p.storyblock_standfirst + span.storyblock_datetime '3h ago'/'April 7, 2025 9:41pm' (AEST, no zone), Sponsored and numbered Trending storyblocks",
        body=english_document("Queensland News | news down under", "", body, lang="en-AU"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Australia/Sydney",
    )


# --------------------------------------------------------------------------------------------
# 4. A Canadian public broadcaster's section (a.card cardDefault, "Posted: … | Last Updated: …")
# --------------------------------------------------------------------------------------------

_CB_HOST = "https://www.cpbnews.example"
_CB_NOW = NOW.astimezone(EDT)
_CB_TOP = Story.at(
    "/news/canada/toronto/ttc-line-5-eglinton-opening-date-1.7504388",
    "Metrolinx finally sets a date for Eglinton Crosstown LRT to open",
    "After more than four years of delays, the transit agency says riders will be able to "
    "board the line before the end of summer.",
    ago(_CB_NOW, hours=1),
    "Toronto",
)
# (story, minutes-before-fetch of the last update shown as "Last Updated: N hours ago", or None)
_CB_CARDS: list[tuple[Story, int | None]] = [
    (
        Story.at(
            "/news/canada/toronto/mississauga-house-fire-two-injured-1.7504312",
            "2 people taken to hospital after early morning house fire in Mississauga",
            "Peel paramedics say one of the two people has serious but non-life-threatening "
            "injuries.",
            _at(EDT, 7, 23, 48),
            "Toronto",
        ),
        60,
    ),
    (
        Story.at(
            "/news/canada/toronto/ontario-school-boards-deficit-1.7504197",
            "Ontario school boards warn of deficits as province holds funding flat",
            "Trustees in Toronto, Ottawa and Peel say they may have to cut special education "
            "support to balance next year's budgets.",
            _at(EDT, 7, 21, 41),
            "Toronto",
        ),
        120,
    ),
    (
        Story.at(
            "/news/canada/toronto/hamilton-water-main-break-downtown-1.7504056",
            "Water main break floods downtown Hamilton intersection",
            "Crews expect King and James streets to stay closed until Tuesday afternoon.",
            _at(EDT, 7, 20, 5),
            "Hamilton",
        ),
        None,
    ),
    (
        Story.at(
            "/news/canada/toronto/analysis-toronto-budget-property-tax-1.7503911",
            "Why Toronto's property tax bills are rising faster than inflation again",
            "The city's reliance on land transfer taxes leaves little room when the housing "
            "market slows, Shawn Mitchell writes.",
            _at(EDT, 7, 18, 0),
            "Analysis",
        ),
        None,
    ),
    (
        Story.at(
            "/news/canada/toronto/ttc-fare-evasion-inspectors-body-cameras-1.7503820",
            "TTC fare inspectors to wear body cameras starting next month",
            "The transit commission says the cameras will protect both riders and staff during "
            "confrontations.",
            _at(EDT, 7, 16, 32),
            "Toronto",
        ),
        None,
    ),
    (
        Story.at(
            "/news/canada/toronto/brampton-tenants-rent-strike-1.7503744",
            "Tenants in 3 Brampton towers launch rent strike over repairs",
            "Residents say elevators have been out of service for weeks and mould has spread "
            "through several units.",
            _at(EDT, 7, 15, 9),
            "Toronto",
        ),
        300,
    ),
    (
        Story.at(
            "/news/canada/toronto/york-region-police-car-theft-ring-1.7503602",
            "York police say they broke up car theft ring that shipped vehicles overseas",
            "Investigators recovered 58 stolen vehicles, most of them found in shipping "
            "containers at a rail yard in Vaughan.",
            _at(EDT, 7, 13, 50),
            "Toronto",
        ),
        None,
    ),
    (
        Story.at(
            "/news/canada/toronto/high-park-cherry-blossoms-forecast-1.7503488",
            "Cherry blossoms in High Park could peak earlier than usual this year",
            None,
            _at(EDT, 7, 12, 14),
            "Toronto",
        ),
        None,
    ),
    (
        Story.at(
            "/news/canada/toronto/oshawa-gm-plant-shift-cut-1.7503301",
            "Oshawa assembly plant to cut a shift as U.S. tariffs bite",
            "Unifor says about 700 workers will be laid off when the change takes effect in May.",
            _at(EDT, 7, 10, 26),
            "Business",
        ),
        None,
    ),
    (
        Story.at(
            "/news/canada/toronto/toronto-island-ferry-replacement-1.7503177",
            "First new Toronto Island ferry delayed until 2027, city says",
            "The shipbuilder needs more time to test the electric propulsion system.",
            _at(EDT, 7, 9, 3),
            "Toronto",
        ),
        None,
    ),
]
# (path, title, duration, instant)
_CB_VIDEOS = [
    ("/player/play/video/9.6712455", "Crews battle overnight fire at Mississauga home", "1:12", _at(EDT, 8, 0, 40)),
    ("/player/play/video/9.6712301", "How Toronto's new bike lanes are changing Bloor Street", "3:47", _at(EDT, 7, 19, 15)),
    ("/player/play/video/9.6712174", "Raptors fans line up for playoff tickets in the rain", "2:05", _at(EDT, 7, 17, 58)),
    ("/player/play/video/9.6711980", "Inside the Eglinton Crosstown's new Mount Dennis station", "4:30", _at(EDT, 7, 14, 2)),
]  # fmt: skip
_CB_POPULAR = [
    ("/news/canada/toronto/ttc-line-5-eglinton-opening-date-1.7504388", "Eglinton Crosstown finally has an opening date"),
    ("/news/canada/canada-post-strike-vote-1.7504120", "Canada Post workers to hold new strike vote"),
    ("/news/canada/toronto/brampton-tenants-rent-strike-1.7503744", "Brampton tenants withhold rent over broken elevators"),
    ("/news/business/gas-prices-ontario-carbon-tax-end-1.7502999", "What the end of the consumer carbon tax means at the pump"),
    ("/news/canada/toronto/ontario-school-boards-deficit-1.7504197", "School boards warn of cuts"),
]  # fmt: skip


def _cb_clock(when: datetime) -> str:
    """'Apr 07, 2025 9:41 PM EDT' as the broadcaster prints a posting time."""
    local = when.astimezone(EDT)
    return f"{local:%b %d, %Y} {clock12(local)} EDT"


def _cb_relative(minutes: int) -> str:
    """'2 hours ago' / '1 hour ago' / '45 minutes ago'."""
    if minutes < 60:
        return f"{minutes} minutes ago"
    hours = minutes // 60
    return f"{hours} hour{'s' if hours > 1 else ''} ago"


def _cb_card(story: Story, updated: int | None) -> str:
    """An ``a.card.cardDefault`` wrapping a picture, ``h3.headline``, ``div.description`` and
    ``div.metadata`` with "Posted: Apr 07, 2025 9:41 PM EDT" and, after edits, "| Last
    Updated: 2 hours ago"."""
    assert story.when is not None
    update = (
        f' <span class="separator">|</span> <span class="lastUpdated">Last Updated: {_cb_relative(updated)}</span>'
        if updated is not None
        else ""
    )
    lead = f'\n      <div class="description">{escape_html(story.lead)}</div>' if story.lead else ""
    label = (
        f'<span class="departmentLabel">{escape_html(story.label)}</span>'
        if story.label in ("Analysis", "Business", "Hamilton")
        else ""
    )
    return f"""
<a class="card cardDefault" href="{story.path}" data-contentid="{story.path.rsplit("-", 1)[1]}">
  <div class="contentWrapper">
    <div class="cardImageWrapper"><figure class="imageMedia"><div class="placeholder"><img loading="lazy" alt="" src="https://i.cpbnews.example/1.{story.path.rsplit(".", 1)[1]}.1744070000!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_460/{image_slug(story.path)[:16]}.jpg"></div></figure></div>
    <div class="card-content">
      <h3 class="headline">{escape_html(story.title)}</h3>{lead}
      <div class="metadata">{label}<time class="timeStamp">Posted: {_cb_clock(story.when)}</time>{update}</div>
    </div>
  </div>
</a>"""


def build_ca_public_broadcaster_cards() -> Layout:
    """A Canadian public broadcaster's regional section: a "Top Stories" ``a.card.cardPrimary``
    (``time[datetime]`` shown "1 hour ago"), then ``a.card.cardDefault`` links each wrapping a
    whole card (picture, ``h3.headline``, ``div.description``, ``div.metadata`` with "Posted:
    Apr 07, 2025 9:41 PM EDT | Last Updated: 2 hours ago"), a "Featured Video" strip of
    ``a.card.cardVideo`` clips with durations, a numbered "Most Popular" rail, a local weather
    box, ad slots and a footer of the corporation's links."""
    page_url = f"{_CB_HOST}/news/canada/toronto"
    menu = nav_links(
        [
            ("Top Stories", "/news"),
            ("Local", "/news/canada"),
            ("Climate", "/news/climate"),
            ("World", "/news/world"),
            ("Canada", "/news/canada"),
            ("Politics", "/news/politics"),
            ("Indigenous", "/news/indigenous"),
            ("Business", "/news/business"),
            ("Health", "/news/health"),
            ("Entertainment", "/news/entertainment"),
        ],
        "menuItem",
    )
    top = _CB_TOP
    assert top.when is not None
    primary = f"""
<a class="card cardPrimary" href="{top.path}" data-contentid="{top.path.rsplit("-", 1)[1]}">
  <div class="contentWrapper">
    <div class="cardImageWrapper"><figure class="imageMedia"><div class="placeholder"><img alt="" src="https://i.cpbnews.example/1.7504390.1744080000!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_940/eglinton-crosstown.jpg"></div></figure></div>
    <div class="card-content">
      <h3 class="headline primaryHeadline">{escape_html(top.title)}</h3>
      <div class="description">{escape_html(top.lead or "")}</div>
      <div class="metadata"><time class="timeStamp" datetime="{top.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z">1 hour ago</time></div>
    </div>
  </div>
</a>"""
    cards = "".join(_cb_card(s, u) for s, u in _CB_CARDS)
    videos = "\n".join(
        f'<a class="card cardVideo" href="{path}"><div class="contentWrapper"><div class="cardImageWrapper"><figure class="imageMedia"><img loading="lazy" alt="" src="https://thumbnails.cpbnews.example/{path.rsplit(".", 1)[1]}/thumb.jpg"><span class="videoIcon" aria-hidden="true"></span><span class="duration">{duration}</span></figure></div><div class="card-content"><span class="mediaLabel">Video</span><h3 class="headline">{escape_html(title)}</h3><div class="metadata"><time class="timeStamp">Posted: {_cb_clock(when)}</time></div></div></div></a>'
        for path, title, duration, when in _CB_VIDEOS
    )
    popular = link_list(
        _CB_POPULAR,
        '<li class="popularItem"><a class="popularLink" href="{href}"><span class="popularNumber">{rank}</span><span class="popularHeadline">{title}</span></a></li>',
        sep="\n",
    )
    ad = (
        '<div class="adContainer" data-ad="{slot}"><span class="adLabel">Ad</span>'
        '<a href="https://pubads.g.doubleclick.example/gampad/clk?iu=/8266/cpb/news/toronto/{slot}" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/{slot}" alt=""></a></div>'
    )
    body = f"""
<div id="app">
<header class="header">
  <a class="logo" href="/"><span class="sr-only">Canadian Public Broadcasting</span></a>
  <nav class="primaryNav" aria-label="Main"><ul class="menuList">
{menu}
  </ul></nav>
  <div class="accountMenu"><a href="/account/signin">Sign In</a></div>
</header>
{ad.format(slot="leaderboard")}
<main class="sectionPage" id="content">
  <h1 class="sectionTitle">Toronto</h1>
  <ul class="subNav">{nav_links([("Local News", "/news/canada/toronto"), ("Weather", "/news/weather/toronto"), ("Traffic", "/news/canada/toronto/traffic"), ("Toronto Shows", "/toronto/programs")])}</ul>
  <div class="layout">
    <div class="primaryColumn">
      <section class="topStories"><h2 class="sectionHeading">Top Stories</h2>{primary}
      </section>
      <section class="featuredVideo"><h2 class="sectionHeading"><a href="/player/news/canada/toronto">Featured Video</a></h2>
        <div class="videoStrip">
{videos}
        </div>
      </section>
      <section class="contentList"><h2 class="sectionHeading">Latest</h2>
        <div class="contentArea">{cards}
        </div>
        <button class="loadMore" type="button">Load More</button>
      </section>
    </div>
    <aside class="secondaryColumn">
      <div class="weatherWidget"><a href="/news/weather/toronto"><span class="city">Toronto</span><span class="temp">7°C</span><span class="condition">Light rain</span></a></div>
      <section class="mostPopular"><h2 class="sectionHeading">Most Popular</h2><ol class="popularList">
{popular}
      </ol></section>
      {ad.format(slot="bigbox")}
    </aside>
  </div>
</main>
<footer class="footer">
  <ul class="footerLinks">
{nav_links([("About CPB", "/aboutcpb"), ("Journalistic Standards and Practices", "/news/about/jsp"), ("Contact Us", "/contact"), ("Accessibility Feedback", "/accessibility"), ("Terms of Use", "/aboutcpb/terms"), ("Privacy", "/aboutcpb/privacy"), ("Reuse & Permission", "/aboutcpb/reuse")])}
  </ul>
  <p>&copy;2025 Canadian Public Broadcasting. All Rights Reserved.</p>
</footer>
</div>"""
    video_stories = [
        Story.at(path, title, None, when, "Video") for path, title, _, when in _CB_VIDEOS
    ]
    items = [
        gold_item(page_url, s.path, s) for s in (top, *video_stories, *(s for s, _ in _CB_CARDS))
    ]
    return Layout(
        name="en-ca-public-broadcaster-cards",
        family="Canadian public broadcaster section: a.card.cardDefault wrapping h3.headline + div.description + div.metadata 'Posted: Apr 07, 2025 9:41 PM EDT | Last Updated: 2 hours ago', Top Stories cardPrimary with time[datetime] '1 hour ago', Featured Video strip of clips with durations, Most Popular",
        body=english_document("Toronto | CPB News", "", body, lang="en-CA"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Toronto",
    )


BUILDERS: tuple[Builder, ...] = (
    build_uk_regional_teasers,
    build_nordic_published_updated,
    build_au_storyblocks,
    build_ca_public_broadcaster_cards,
)
