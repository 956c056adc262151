"""A set of English-language listing layouts from around the Pacific and of member media.

Each builder returns a whole page in the shape of one family — a New Zealand national news
site's section of ``article.story-teaser`` cards with "Last updated 14:05, April 8 2025" lines
on the New Zealand clock and a text badge for subscriber stories, a hosted newsletter
platform's archive of whole-card issue links with date-only "Apr 8, 2025" lines, a US
public-radio member station's ``div.story-list`` of ``article.story`` rows with "Listen • 3:45"
audio buttons and a donation banner inside the list, and a Philippine broadsheet's section of
``div.article`` rows with "April 8, 2025 | 2:05 PM" lines and "Read more" links — with the
chrome real pages carry around the list. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states, in the site's own clock (the layout's ``timezone``) where the page names no zone;
relative times ("2 hours ago") are resolved against the fetch instant; a date without a time
of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

NZST = timezone(timedelta(hours=12), "NZST")
EDT = timezone(timedelta(hours=-4), "EDT")
PHT = timezone(timedelta(hours=8), "PHT")
UTC0 = timezone(timedelta(0), "UTC")


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


def _day(day: int) -> datetime:
    """An April 2025 day shown without a time of day (its gold carries no timestamp)."""
    return datetime(2025, 4, day, 0, 0, tzinfo=UTC0)


# --------------------------------------------------------------------------------------------
# 1. A New Zealand national news site's section ("Last updated 14:05, April 8 2025", NZ clock)
# --------------------------------------------------------------------------------------------

_NZ_HOST = "https://www.kiwipost.example"
_NZ_HERO = Story.at(
    "/nz-news/360654123/wellington-water-pipe-renewal-backlog-council-vote",
    "Wellington councillors vote to borrow $480m to clear water pipe backlog",
    "The council will lift its debt ceiling for the first time in a decade, after engineers "
    "warned a third of the city's pipes are past the end of their lives.",
    _at(NZST, 8, 16, 42),
    "Politics",
)
_NZ_LIST = [
    Story.at(
        "/nz-news/360654087/auckland-harbour-bridge-lane-closures-easter",
        "Harbour Bridge lanes to close over Easter for resurfacing",
        "Waka Kotahi says traffic will be cut to two lanes each way from Thursday night, with "
        "ferries adding extra sailings to the North Shore.",
        ago(NOW.astimezone(NZST), hours=2),
        "Auckland",
    ),
    Story.at(
        "/nz-news/360653990/christchurch-cathedral-rebuild-cost-overrun",
        "Christ Church Cathedral rebuild needs another $30m, trust admits",
        "The reinstatement trust says steel and labour costs have climbed since the last "
        "estimate, and it will ask the Government and council to help close the gap.",
        _at(NZST, 8, 14, 5),
        "Canterbury",
        title_html='<span class="premium-badge" aria-label="Subscriber content">Post+</span> Christ Church Cathedral rebuild needs another $30m, trust admits',
    ),
    Story.at(
        "/nz-news/360653911/dairy-farmers-payout-forecast-fonterra",
        "Dairy farmers cheer higher milk price forecast as season nears end",
        "The co-operative lifted its midpoint forecast by 25 cents a kilogram of milk solids, "
        "which would add about $375 million to the national farm income.",
        _at(NZST, 8, 12, 48),
        "Business",
    ),
    Story.at(
        "/nz-news/360653802/otago-hospital-build-redesign-clinicians",
        "Clinicians say scaled-back Dunedin hospital will be too small on day one",
        "Senior doctors told a select committee the redesigned inpatient building would have "
        "fewer beds than the one it replaces.",
        _at(NZST, 8, 11, 20),
        "Otago",
        title_html='<span class="premium-badge" aria-label="Subscriber content">Post+</span> Clinicians say scaled-back Dunedin hospital will be too small on day one',
    ),
    Story.at(
        "/nz-news/360653715/rotorua-motel-emergency-housing-ends",
        "Last families leave Rotorua's emergency housing motels",
        "The Ministry of Social Development says all but four households have moved into "
        "public or transitional homes since the programme began winding down.",
        _at(NZST, 8, 9, 33),
        "Rotorua",
    ),
    Story.at(
        "/nz-news/360653604/nelson-flood-repairs-state-highway-6",
        "State Highway 6 near Nelson to reopen a month early after slip repairs",
        None,
        _at(NZST, 8, 8, 2),
        "Nelson",
    ),
    Story.at(
        "/nz-news/360653498/kapiti-expressway-speed-limit-review",
        "Speed limit on Kāpiti Expressway could rise to 110km/h",
        "The transport agency is consulting on raising the limit on a 20km stretch it says was "
        "built to the higher standard.",
        _at(NZST, 7, 21, 45),
        "Wellington",
    ),
    Story.at(
        "/nz-news/360653377/hawkes-bay-orchard-workers-visa-changes",
        "Hawke's Bay growers welcome longer visas for seasonal workers",
        "Orchardists say the change will let experienced pickers return for the full apple "
        "season instead of leaving before the late varieties are ready.",
        _at(NZST, 7, 19, 10),
        "Hawke's Bay",
    ),
    Story.at(
        "/nz-news/360653250/tauranga-port-record-volumes-march",
        "Port of Tauranga handles record container volumes in March",
        "Kiwifruit exports and a backlog of vehicle imports pushed March throughput past "
        "110,000 containers for the first time.",
        _at(NZST, 7, 16, 55),
        "Business",
        title_html='<span class="premium-badge" aria-label="Subscriber content">Post+</span> Port of Tauranga handles record container volumes in March',
    ),
    Story.at(
        "/nz-news/360653108/invercargill-smelter-power-contract",
        "Smelter's power contract talks go down to the wire",
        "The aluminium smelter's owners and generators have until the end of the month to agree "
        "a deal that would keep the plant running past 2027.",
        _at(NZST, 7, 13, 30),
        "Southland",
    ),
    Story.at(
        "/nz-news/360652990/whanganui-river-iwi-settlement-anniversary",
        "Whanganui iwi mark eight years since river gained legal personhood",
        "Hundreds gathered at Pūtiki Marae to reflect on what the settlement has changed, and "
        "what remains to be done for the awa.",
        _at(NZST, 7, 10, 15),
        "Whanganui",
    ),
    Story.at(
        "/nz-news/360652871/hamilton-bus-network-changes",
        "Hamilton bus routes overhauled as more frequent services begin",
        "Buses on the four busiest routes will now run every 10 minutes, but some suburbs lose "
        "their direct service to the city centre.",
        _at(NZST, 7, 7, 40),
        "Waikato",
    ),
]
# Printed as "Published …" (the others "Last updated …").
_NZ_PUBLISHED = {2, 5, 9}
_NZ_LATEST = [
    ("/sport/rugby/360654140/blues-injury-update-super-rugby", "16:58", "Blues lose captain for a month with hamstring strain"),
    ("/nz-news/360654123/wellington-water-pipe-renewal-backlog-council-vote", "16:42", "Council votes to borrow $480m for pipes"),
    ("/world/360654101/australia-election-campaign-week-two", "16:30", "Australian campaign enters week two"),
    ("/entertainment/360654099/nz-film-festival-programme-launch", "16:11", "Film festival unveils its winter programme"),
    ("/nz-news/360653990/christchurch-cathedral-rebuild-cost-overrun", "14:05", "Cathedral rebuild $30m short"),
    ("/business/360653970/petrol-prices-fall-again", "13:50", "Petrol prices fall for a third week"),
]  # fmt: skip
_NZ_MOST_READ = [
    ("/nz-news/360653715/rotorua-motel-emergency-housing-ends", "The last families leave the motels of Rotorua"),
    ("/life-style/360652500/house-prices-qv-index-april", "House values slip again, but buyers still cautious"),
    ("/nz-news/360653498/kapiti-expressway-speed-limit-review", "110km/h on the expressway? Have your say"),
    ("/sport/cricket/360652700/black-caps-squad-named", "Black Caps name squad for Pakistan tour"),
    ("/world/360652611/tonga-eruption-recovery", "Tonga's recovery three years on"),
]  # fmt: skip


def _nz_time_line(story: Story, *, published: bool) -> str:
    """'Last updated 14:05, April 8 2025' on the New Zealand clock (no zone printed)."""
    assert story.when is not None
    local = story.when.astimezone(NZST)
    verb = "Published" if published else "Last updated"
    return f"{verb} {local:%H:%M}, {local:%B} {local.day} {local:%Y}"


def _nz_teaser(story: Story, *, published: bool, hero: bool = False) -> str:
    """An ``article.story-teaser``: a picture link, a section link, ``h3 > a`` (a "Post+"
    badge inside the link on subscriber stories), the intro and the time line."""
    href = story.path
    kind = " story-teaser--hero" if hero else ""
    tag = "h2" if hero else "h3"
    intro = f'<p class="story-teaser__intro">{escape_html(story.lead)}</p>' if story.lead else ""
    section = story.label.lower().replace(" ", "-").replace("'", "")
    return f"""
<article class="story-teaser{kind}" data-asset-id="{story.path.split("/")[2]}">
  <a class="story-teaser__image-link" href="{href}" tabindex="-1" aria-hidden="true"><picture><img src="https://resources.kiwipost.example/content/dam/images/{image_slug(story.path)}.jpg?width=480" alt="" loading="lazy"></picture></a>
  <div class="story-teaser__content">
    <a class="story-teaser__section" href="/{section}">{escape_html(story.label)}</a>
    <{tag} class="story-teaser__headline"><a href="{href}">{story.headline_html}</a></{tag}>
    {intro}
    <span class="story-teaser__timestamp">{_nz_time_line(story, published=published)}</span>
  </div>
</article>"""


def build_nz_national_teasers() -> Layout:
    """A New Zealand national news site's section: a hero teaser then ``article.story-teaser``
    cards, ``h3.story-teaser__headline > a`` (a "Post+" subscriber badge inside the link),
    intros and "Last updated 14:05, April 8 2025" / "Published …" lines on the NZ clock; a
    "Latest" sidebar of clock times and links, "Most read", ad slots, "Load more"."""
    page_url = f"{_NZ_HOST}/nz-news"
    menu = nav_links(
        [
            ("Home", "/"),
            ("NZ News", "/nz-news"),
            ("World", "/world"),
            ("Climate", "/climate-change"),
            ("Business", "/business"),
            ("Sport", "/sport"),
            ("Life & Style", "/life-style"),
            ("Post+", "/plus"),
        ],
        "main-nav__item",
    )
    teasers = "".join(_nz_teaser(s, published=i in _NZ_PUBLISHED) for i, s in enumerate(_NZ_LIST))
    latest = "\n".join(
        f'<li class="latest-list__item"><time class="latest-list__time">{clock}</time><a href="{href}">{escape_html(title)}</a></li>'
        for href, clock, title in _NZ_LATEST
    )
    most_read = link_list(
        _NZ_MOST_READ,
        '<li class="most-read__item"><span class="most-read__rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    ad = (
        '<div class="ad-slot ad-slot--{slot}"><span class="ad-slot__label">Advertisement</span>'
        '<a href="https://adclick.g.doubleclick.example/pcs/click?xai=AKAOjs{slot}&amp;adurl=https://www.bank.example/home-loans" rel="nofollow sponsored">'
        '<img src="https://tpc.googlesyndication.example/simgad/{slot}" alt="Advertisement"></a></div>'
    )
    body = f"""
<header class="site-header">
  <a class="site-header__logo" href="/"><img src="/static/img/kiwipost-logo.svg" alt="The Kiwi Post"></a>
  <nav class="main-nav" aria-label="Sections"><ul class="main-nav__list">
{menu}
  </ul></nav>
  <div class="site-header__account"><a href="/subscribe?source=header">Subscribe to Post+</a> <a href="/account/login">Log in</a></div>
</header>
{ad.format(slot="leaderboard")}
<main class="section-page">
  <h1 class="section-page__title">NZ News</h1>
  <div class="section-page__grid">
    <div class="section-page__stories">
{_nz_teaser(_NZ_HERO, published=False, hero=True)}
      <div class="story-teaser-list">{teasers}
      </div>
      {ad.format(slot="mrec-1")}
      <button class="load-more" data-next="/nz-news?page=2">Load more stories</button>
    </div>
    <aside class="section-page__sidebar">
      <section class="latest-list">
        <h2 class="latest-list__title">Latest</h2>
        <ul>
{latest}
        </ul>
        <a class="latest-list__more" href="/latest">See all latest news</a>
      </section>
      <section class="most-read">
        <h2>Most read</h2>
        <ol>
{most_read}
        </ol>
      </section>
      {ad.format(slot="halfpage")}
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="site-footer__links">
{nav_links([("About us", "/about-us"), ("Contact us", "/contact-us"), ("Advertise with us", "/advertising"), ("Privacy policy", "/privacy-policy"), ("Terms & conditions", "/terms-and-conditions"), ("Editorial code", "/editorial-code")])}
  </ul>
  <p>&copy; 2025 Kiwi Post Media Limited</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in (_NZ_HERO, *_NZ_LIST)]
    return Layout(
        name="en-nz-national-teasers",
        family="New Zealand national news section: article.story-teaser > h3.story-teaser__headline > a with a 'Post+' badge span inside, p.story-teaser__intro, 'Last updated 14:05, April 8 2025' (NZ clock, no zone), Latest sidebar of clock times",
        body=english_document("NZ News | The Kiwi Post", "", body, lang="en-NZ"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Pacific/Auckland",
    )


# --------------------------------------------------------------------------------------------
# 2. A hosted newsletter platform's archive (whole-card links to /p/slug, date-only dates)
# --------------------------------------------------------------------------------------------

_NL_HOST = "https://www.thecurrentbrief.example"
_NL_ISSUES = [
    Story.at(
        "/p/tariff-week-what-changes-for-small-importers",
        "Tariff week: what actually changes for small importers",
        "Three scenarios for the next 90 days, the paperwork nobody talks about, and one chart "
        "that explains why freight rates already moved.",
        _day(8),
        "Trade",
    ),
    Story.at(
        "/p/the-quiet-return-of-the-four-day-week",
        "The quiet return of the four-day week",
        "Pilots ended, the headlines faded, and a surprising number of companies just kept "
        "going. We asked twelve of them why.",
        _day(7),
        "Work",
    ),
    Story.at(
        "/p/sunday-reads-april-6",
        "Sunday Reads: seven stories worth your coffee",
        "A lighthouse keeper's archive, the economics of airport lounges, and the last video "
        "rental shop in the county.",
        _day(6),
        "Sunday Reads",
    ),
    Story.at(
        "/p/why-your-electricity-bill-has-a-new-line",
        "Why your electricity bill has a new line on it",
        "Grid upgrade charges are arriving in more states this spring. Here is what they pay "
        "for and how to read them.",
        _day(5),
        "Energy",
    ),
    Story.at(
        "/p/housing-starts-are-up-so-why-are-rents",
        "Housing starts are up. So why are rents still climbing?",
        "The lag between a permit and a front door is longer than most people think, and it "
        "just got longer again.",
        _day(4),
        "Housing",
    ),
    Story.at(
        "/p/ai-in-the-newsroom-one-year-later",
        "AI in the newsroom, one year later",
        "We surveyed forty local editors about the tools they adopted, the ones they dropped, "
        "and the mistakes they caught in time.",
        _day(3),
        "Media",
    ),
    Story.at(
        "/p/the-bond-market-is-trying-to-tell-us-something",
        "The bond market is trying to tell us something",
        "Long yields rose while short ones fell. A plain-language guide to what that shape has "
        "meant before.",
        _day(2),
        "Markets",
    ),
    Story.at(
        "/p/spring-travel-deals-that-are-actually-deals",
        "Spring travel deals that are actually deals",
        "We checked the fine print on a dozen fare sales so you do not have to.",
        _day(1),
        "Travel",
    ),
    Story.at(
        "/p/march-in-review",
        "March in review: the five stories that mattered",
        "Our monthly look back, with what we got right, what we missed and what to watch next.",
        datetime(2025, 3, 31, 0, 0, tzinfo=UTC0),
        "Monthly",
    ),
    Story.at(
        "/p/reader-mailbag-pensions-and-part-time-work",
        "Reader mailbag: pensions, part-time work and a question about rounding",
        "You wrote in, we answered. Plus a correction to last week's chart on contribution limits.",
        datetime(2025, 3, 29, 0, 0, tzinfo=UTC0),
        "Mailbag",
    ),
    Story.at(
        "/p/the-water-rights-fight-nobody-is-covering",
        "The water-rights fight nobody is covering",
        "Upstream farms, a downstream city and a 1920s compact that never imagined either of them.",
        datetime(2025, 3, 27, 0, 0, tzinfo=UTC0),
        "Environment",
    ),
    Story.at(
        "/p/what-the-jobs-report-did-not-say",
        "What the jobs report did not say",
        "Headline payrolls beat forecasts, but revisions and hours worked tell a softer story.",
        datetime(2025, 3, 25, 0, 0, tzinfo=UTC0),
        "Economy",
    ),
]
_NL_TOP_WEEK = [
    ("/p/the-quiet-return-of-the-four-day-week", "The quiet return of the four-day week"),
    ("/p/tariff-week-what-changes-for-small-importers", "Tariff week: what actually changes for small importers"),
    ("/p/why-your-electricity-bill-has-a-new-line", "Why your electricity bill has a new line on it"),
]  # fmt: skip
_NL_AUTHORS = {
    0: ("Dana Whitfield", "dana"),
    1: ("Marcus Obi", "marcus"),
}


def _nl_card(index: int, story: Story) -> str:
    """A whole-card ``a[href=/p/slug]`` wrapping the cover, the tag pill, ``h2`` headline,
    ``p`` subtitle and a footer of author avatars and the date-only "Apr 8, 2025"."""
    assert story.when is not None and story.lead is not None
    author, handle = _NL_AUTHORS[index % 2]
    date = f"{story.when:%b} {story.when.day}, {story.when:%Y}"
    return f"""
<div class="col-span-1 transform-gpu transition-all hover:-translate-y-1">
  <a class="flex h-full flex-col overflow-hidden rounded-lg border border-gray-200 bg-white" href="{story.path}" data-discover="true">
    <div class="aspect-[1.91/1] w-full overflow-hidden"><img class="h-full w-full object-cover" src="https://media.nlhost.example/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/{image_slug(story.path)}.png" alt="{escape_html(story.title)}" loading="lazy"></div>
    <div class="flex flex-1 flex-col justify-between p-4">
      <div class="space-y-2">
        <span class="inline-flex rounded-full bg-gray-100 px-2 py-0.5 text-xs font-medium uppercase">{escape_html(story.label)}</span>
        <h2 class="line-clamp-2 text-lg font-bold leading-snug text-gray-900">{escape_html(story.title)}</h2>
        <p class="line-clamp-3 text-sm text-gray-600">{escape_html(story.lead)}</p>
      </div>
      <div class="mt-4 flex items-center space-x-2 text-xs text-gray-500">
        <img class="h-6 w-6 rounded-full" src="https://media.nlhost.example/uploads/user/profile_picture/{handle}.jpg" alt="{author}">
        <span class="font-medium text-gray-700">{author}</span>
        <span aria-hidden="true">&middot;</span>
        <span>{date}</span>
      </div>
    </div>
  </a>
</div>"""


def build_newsletter_platform_grid() -> Layout:
    """A hosted newsletter platform's archive: a tailwind grid of whole-card ``a`` links to
    ``/p/slug`` issues, each wrapping a cover, a tag pill, an ``h2`` headline, a ``p``
    subtitle, author avatars and a date-only "Apr 8, 2025"; a subscribe form above and below,
    a "Top stories this week" box, tag filters, a numbered pager and the platform's footer."""
    page_url = f"{_NL_HOST}/archive?page=1"
    cards = "".join(_nl_card(i, s) for i, s in enumerate(_NL_ISSUES))
    top_week = link_list(
        _NL_TOP_WEEK,
        '<li class="py-2"><a class="flex items-start space-x-3 hover:underline" href="{href}"><span class="text-2xl font-bold text-gray-300">{rank}</span><span class="text-sm font-semibold">{title}</span></a></li>',
        sep="\n",
    )
    subscribe = """
<form class="flex w-full max-w-md rounded-md border border-gray-300" action="/create" method="post" data-testid="subscribe-form">
  <input type="email" name="email" placeholder="Enter your email" required class="w-full px-3 py-2 text-sm">
  <input type="hidden" name="ref" value="archive">
  <button type="submit" class="rounded-r-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white">Subscribe</button>
</form>"""
    tags = "\n".join(
        f'<a class="rounded-full border px-3 py-1 text-sm" href="/archive?tags={escape_html(t)}">{escape_html(t)}</a>'
        for t in ("All", "Economy", "Energy", "Housing", "Media", "Sunday Reads", "Travel")
    )
    body = f"""
<div id="__remix">
<nav class="sticky top-0 z-20 w-full border-b bg-white">
  <div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
    <a class="flex items-center space-x-2" href="/"><img class="h-8 w-8 rounded-md" src="https://media.nlhost.example/uploads/publication/logo/currentbrief.png" alt="The Current Brief"><span class="font-bold">The Current Brief</span></a>
    <div class="flex items-center space-x-4 text-sm">
      <a href="/">Home</a>
      <a href="/archive">Posts</a>
      <a href="/about">About</a>
      <a href="/upgrade">Upgrade</a>
      <a href="/login" class="rounded-md border px-3 py-1">Login</a>
      <a href="/subscribe" class="rounded-md bg-blue-700 px-3 py-1 text-white">Subscribe</a>
    </div>
  </div>
</nav>
<main class="mx-auto max-w-6xl px-4 py-10">
  <section class="mb-10 flex flex-col items-center space-y-4 text-center">
    <h1 class="text-3xl font-bold">The Current Brief</h1>
    <p class="text-gray-600">A five-minute morning read on money, work and the places we live. Join 84,000 readers.</p>
{subscribe}
  </section>
  <div class="grid grid-cols-1 gap-8 lg:grid-cols-4">
    <div class="lg:col-span-3">
      <div class="mb-6 flex flex-wrap gap-2">
{tags}
      </div>
      <div class="grid grid-cols-1 gap-6 md:grid-cols-2 lg:grid-cols-3">{cards}
      </div>
      <nav class="mt-10 flex items-center justify-center space-x-2 text-sm" aria-label="Pagination">
        <span class="rounded-md bg-gray-900 px-3 py-1 text-white">1</span>
        <a class="rounded-md border px-3 py-1" href="/archive?page=2">2</a>
        <a class="rounded-md border px-3 py-1" href="/archive?page=3">3</a>
        <a class="rounded-md border px-3 py-1" href="/archive?page=2">Next</a>
      </nav>
    </div>
    <aside class="space-y-8">
      <div class="rounded-lg border p-4">
        <h3 class="mb-2 text-sm font-bold uppercase tracking-wide">Top stories this week</h3>
        <ol class="divide-y">
{top_week}
        </ol>
      </div>
      <div class="rounded-lg bg-gray-50 p-4">
        <h3 class="mb-2 text-sm font-bold">Get it in your inbox</h3>
{subscribe}
      </div>
    </aside>
  </div>
</main>
<footer class="border-t bg-gray-50">
  <div class="mx-auto flex max-w-6xl flex-col items-center space-y-3 px-4 py-8 text-xs text-gray-500">
    <p>&copy; 2025 The Current Brief.</p>
    <div class="flex space-x-4"><a href="/privacy">Privacy policy</a><a href="/tos">Terms of use</a><a href="https://www.nlhost.example/?utm_source=thecurrentbrief&amp;utm_medium=footer">Powered by NLHost</a></div>
  </div>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s, timed=False) for s in _NL_ISSUES]
    return Layout(
        name="en-newsletter-platform-grid",
        family="hosted newsletter platform archive: tailwind grid of whole-card a[href=/p/slug] wrapping tag pill + h2 + p subtitle + avatar, author and date-only 'Apr 8, 2025', subscribe forms, Top stories this week box",
        body=english_document("Archive - The Current Brief", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 3. A US public-radio member station's story list ("April 7, 2025 at 2:05 PM EDT", audio)
# --------------------------------------------------------------------------------------------

_PR_HOST = "https://www.wkrv.example"
_PR_STORIES = [
    Story.at(
        "/local-news/2025-04-07/river-city-council-approves-flood-buyout-program",
        "River City council approves flood buyout program for 60 homes",
        "Homeowners in the Lower Bottoms neighborhood can apply starting in May. The city will "
        "pay pre-flood market value using a mix of federal and local money.",
        _at(EDT, 7, 21, 41),
        "Local News",
    ),
    Story.at(
        "/politics/2025-04-07/state-senate-budget-vote-education-funding",
        "State Senate passes budget with smaller school funding increase than House",
        "The two chambers now have three weeks to settle a gap of about $210 million in K-12 "
        "aid before the fiscal year deadline.",
        _at(EDT, 7, 18, 30),
        "Politics",
    ),
    Story.at(
        "/health/2025-04-07/rural-hospital-maternity-ward-closing",
        "Another rural hospital will stop delivering babies this summer",
        "Expectant parents in three counties will face drives of more than an hour to the "
        "nearest labor and delivery unit.",
        _at(EDT, 7, 16, 12),
        "Health",
    ),
    Story.at(
        "/arts-culture/2025-04-07/jazz-festival-lineup-announced",
        "Riverfront Jazz Festival announces lineup for its 40th year",
        "Organizers say this year's festival will add a third stage and a free family day on "
        "the Sunday.",
        _at(EDT, 7, 14, 5),
        "Arts & Culture",
    ),
    Story.at(
        "/environment/2025-04-07/prescribed-burns-state-forest-spring",
        "Smoke you see this week is probably a prescribed burn",
        "Forestry crews plan controlled burns on about 4,000 acres of state forest while "
        "humidity stays high.",
        _at(EDT, 7, 11, 48),
        "Environment",
    ),
    Story.at(
        "/education/2025-04-07/university-tuition-freeze-board-vote",
        "University trustees vote to freeze in-state tuition for a second year",
        None,
        _at(EDT, 7, 10, 20),
        "Education",
    ),
    Story.at(
        "/local-news/2025-04-07/bus-drivers-contract-ratified",
        "Transit bus drivers ratify contract, ending months of talks",
        "The three-year deal raises starting pay to $24 an hour and adds protected break "
        "time at the ends of routes.",
        _at(EDT, 7, 8, 55),
        "Local News",
    ),
    Story.at(
        "/politics/2025-04-06/county-clerk-election-equipment-audit",
        "County clerk orders audit of aging election equipment ahead of primary",
        "Some of the county's ballot scanners are more than 15 years old, and replacement parts "
        "are getting harder to find.",
        _at(EDT, 6, 17, 2),
        "Politics",
    ),
    Story.at(
        "/business/2025-04-06/downtown-grocery-store-reopening",
        "Downtown grocery store to reopen under a cooperative",
        "More than 1,100 residents bought member shares to revive the store that closed last "
        "fall, leaving the neighborhood without fresh food.",
        _at(EDT, 6, 13, 40),
        "Business",
    ),
    Story.at(
        "/environment/2025-04-05/migratory-birds-wetland-restoration",
        "Restored wetland draws record numbers of migrating sandhill cranes",
        "Volunteers counted more than 9,000 cranes at the former farm fields on a single "
        "morning last week.",
        _at(EDT, 5, 9, 15),
        "Environment",
    ),
    Story.at(
        "/health/2025-04-04/measles-case-confirmed-county",
        "Health officials confirm first measles case in the county since 2019",
        "The department is contacting people who were at a clinic waiting room and a grocery "
        "store on two days last week.",
        _at(EDT, 4, 16, 27),
        "Health",
    ),
    Story.at(
        "/arts-culture/2025-04-04/community-theater-new-home",
        "Community theater finds a new home in a former church",
        "After two years of performing in school gyms, the company will open its first season "
        "in the renovated building in September.",
        _at(EDT, 4, 12, 0),
        "Arts & Culture",
    ),
]
# Stories with an on-air version: the clip's length.
_PR_AUDIO = {0: "3:45", 1: "4:12", 3: "1:58", 6: "2:30", 8: "5:06", 10: "0:52"}
_PR_POPULAR = [
    ("/local-news/2025-04-07/river-city-council-approves-flood-buyout-program", "Council OKs flood buyouts for 60 Lower Bottoms homes"),
    ("/health/2025-04-04/measles-case-confirmed-county", "First local measles case since 2019"),
    ("/news/2025-04-03/i-70-bridge-repairs-detour", "I-70 bridge repairs: what the detour looks like"),
    ("/arts-culture/2025-04-07/jazz-festival-lineup-announced", "Jazz fest turns 40 with a third stage"),
]  # fmt: skip


def _pr_dateline(when: datetime) -> str:
    """'April 7, 2025 at 2:05 PM EDT' as the station's CMS prints it."""
    local = when.astimezone(EDT)
    return f"{local:%B} {local.day}, {local:%Y} at {clock12(local)} EDT"


def _pr_story(index: int, story: Story) -> str:
    """An ``article.story``: a picture, a section link, ``h3.story-title > a``, ``p.teaser``,
    a byline, the dateline in a ``time[datetime]`` and, for aired stories, a "Listen • 3:45"
    audio button."""
    assert story.when is not None
    section = story.label.lower().replace(" & ", "-").replace(" ", "-")
    teaser = f'<p class="teaser">{escape_html(story.lead)}</p>' if story.lead else ""
    length = _PR_AUDIO.get(index)
    audio = (
        f'<div class="audio-module"><button class="audio-module-listen" data-audio-src="https://ondemand.wkrv.example/audio/2025/04/{image_slug(story.path)}.mp3" aria-label="Listen to {escape_html(story.title)}">'
        f'<span class="audio-module-listen-text">Listen</span> &bull; <span class="audio-module-duration">{length}</span></button>'
        f'<a class="audio-module-download" href="https://ondemand.wkrv.example/audio/2025/04/{image_slug(story.path)}.mp3" download>Download</a></div>'
        if length
        else ""
    )
    stamp = story.when.astimezone(EDT).isoformat()
    return f"""
<article class="story{" has-audio" if length else ""}">
  <figure class="story-image"><a href="{story.path}" tabindex="-1"><img src="https://npr-brightspot.s3.example/legacy/images/wkrv/{image_slug(story.path)}.jpg" alt="" loading="lazy"></a></figure>
  <div class="story-text">
    <a class="story-section" href="/{section}">{escape_html(story.label)}</a>
    <h3 class="story-title"><a href="{story.path}">{escape_html(story.title)}</a></h3>
    {teaser}
    <p class="story-byline">By <a href="/people/reporter-{index % 4 + 1}">{("Ana Ruiz", "Tom Becker", "Keisha Grant", "Leo Park")[index % 4]}</a></p>
    <time class="story-date" datetime="{stamp}">{_pr_dateline(story.when)}</time>
    {audio}
  </div>
</article>"""


def build_member_station_stories() -> Layout:
    """A US public-radio member station's news page: ``div.story-list > article.story`` rows,
    ``h3.story-title > a``, ``p.teaser``, bylines, "April 7, 2025 at 2:05 PM EDT" datelines,
    "Listen • 3:45" audio buttons; a "Support local journalism" donation banner between the
    rows, a live-stream player bar, "Most viewed", underwriting, a pager."""
    page_url = f"{_PR_HOST}/news"
    menu = nav_links(
        [
            ("News", "/news"),
            ("Local News", "/local-news"),
            ("Politics", "/politics"),
            ("Health", "/health"),
            ("Environment", "/environment"),
            ("Arts & Culture", "/arts-culture"),
            ("Programs", "/programs"),
            ("Schedule", "/schedule"),
        ],
        "menu-item",
    )
    rows = [_pr_story(i, s) for i, s in enumerate(_PR_STORIES)]
    rows.insert(
        5,
        """
<div class="donate-banner" role="complementary">
  <h3 class="donate-banner-title">Support local journalism</h3>
  <p class="donate-banner-text">WKRV's reporters cover the statehouse, the schools and the river towns. Your gift keeps this reporting free for everyone.</p>
  <a class="donate-banner-button" href="https://wkrv.donorhost.example/donate?campaign=news-list&amp;utm_source=website">Donate today</a>
</div>""",
    )
    popular = link_list(
        _PR_POPULAR,
        '<li class="most-viewed-item"><span class="most-viewed-rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div class="player-bar" data-stream="https://stream.wkrv.example/wkrv-fm.mp3">
  <button class="player-bar-play" aria-label="Play live stream">Listen Live</button>
  <span class="player-bar-now"><a href="/programs/morning-edition">Morning Edition</a> &middot; On Air Now</span>
  <a class="player-bar-donate" href="https://wkrv.donorhost.example/donate?campaign=player">Donate</a>
</div>
<header class="site-header">
  <a class="site-logo" href="/"><img src="/static/img/wkrv-logo.svg" alt="WKRV 89.3 Public Radio"></a>
  <nav class="main-menu" aria-label="Main"><ul>
{menu}
  </ul></nav>
</header>
<main class="page-main">
  <h1 class="page-title">News</h1>
  <div class="page-layout">
    <div class="story-list">{"".join(rows)}
    </div>
    <aside class="page-sidebar">
      <section class="most-viewed">
        <h2>Most Viewed</h2>
        <ol>
{popular}
        </ol>
      </section>
      <section class="underwriting">
        <p class="underwriting-label">Sponsor Message</p>
        <a href="https://ad.doubleclick.example/ddm/clk/5581239;312;x?https://www.rivercityclinic.example/" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/wkrv-sidebar" alt="River City Clinic"></a>
      </section>
    </aside>
  </div>
  <nav class="pagination" aria-label="Pagination">
    <span class="current">1</span>
    <a href="/news?page=2">2</a>
    <a href="/news?page=3">3</a>
    <a class="next" href="/news?page=2">Next</a>
  </nav>
</main>
<footer class="site-footer">
  <ul>
{nav_links([("About WKRV", "/about"), ("Contact", "/contact"), ("Careers", "/careers"), ("FCC Public File", "https://publicfiles.fcc.example/fm-profile/wkrv"), ("Privacy Policy", "/privacy-policy"), ("Underwriting", "/underwriting")])}
  </ul>
  <p>&copy; 2025 WKRV Public Media</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s in _PR_STORIES]
    return Layout(
        name="en-member-station-stories",
        family="US public-radio member station news: div.story-list > article.story > h3.story-title > a, p.teaser, time 'April 7, 2025 at 2:05 PM EDT', 'Listen • 3:45' audio buttons, donation banner between rows",
        body=english_document("News | WKRV", "", body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A Philippine broadsheet's section ("April 8, 2025 | 2:05 PM", "Read more", plus badges)
# --------------------------------------------------------------------------------------------

_PB_HOST = "https://www.manilachronicle.example"
_PB_STORIES = [
    Story.at(
        "/nation/2025/04/08/2345871/comelec-finalizes-ballot-printing-overseas-voters",
        "Comelec finishes printing ballots for overseas voters",
        "The poll body said 1.2 million ballots will be shipped to embassies and consulates "
        "this week, ahead of the start of overseas voting.",
        _at(PHT, 8, 13, 12),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/08/2345850/pagasa-heat-index-danger-level-provinces",
        "PAGASA: Heat index to hit 'danger' level in 12 provinces",
        "The weather bureau advised the public to limit outdoor activities between 10 a.m. "
        "and 4 p.m. as temperatures continue to rise.",
        _at(PHT, 8, 11, 48),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/08/2345833/dotr-edsa-busway-fare-holy-week",
        "DOTr keeps EDSA Busway free rides during Holy Week",
        "Commuters heading home to the provinces can also expect extra trips at major bus "
        "terminals from Wednesday, the department said.",
        _at(PHT, 8, 10, 5),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/08/2345801/senate-probe-rice-import-prices",
        "Senators seek probe into retail rice prices despite lower tariffs",
        "Lawmakers questioned why prices in public markets have barely moved since import "
        "duties were cut last year.",
        _at(PHT, 8, 8, 40),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/07/2345712/deped-summer-reading-camps",
        "DepEd opens summer reading camps for learners who fell behind",
        "Teachers who volunteer for the five-week program will receive service credits, "
        "the department said.",
        _at(PHT, 7, 19, 25),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/07/2345690/cebu-water-district-rationing",
        "Cebu water district starts rationing as dam levels drop",
        "Households in six towns will get water on alternate days until rains return, "
        "officials said.",
        _at(PHT, 7, 17, 2),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/07/2345655/pcg-west-philippine-sea-resupply",
        "PCG says resupply mission reached outpost despite shadowing",
        "Two coast guard vessels escorted the civilian boats, which were tailed for several "
        "hours, a spokesperson said.",
        _at(PHT, 7, 15, 30),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/07/2345620/davao-airport-expansion-groundbreaking",
        "Groundbreaking held for Davao airport terminal expansion",
        "The new terminal will more than double passenger capacity when it opens in 2028.",
        _at(PHT, 7, 11, 15),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/07/2345598/doh-dengue-cases-rise-visayas",
        "DOH reports rise in dengue cases in Western Visayas",
        "Cases in the region are up 40 percent from the same period last year, prompting "
        "cleanup drives in schools.",
        _at(PHT, 7, 9, 50),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/06/2345480/ofw-remittances-february",
        "OFW remittances grow 3 percent in February",
        "Cash sent home by Filipinos abroad reached $2.9 billion, the central bank said, "
        "with the US remaining the top source.",
        _at(PHT, 6, 16, 20),
        "Nation",
    ),
    Story.at(
        "/nation/2025/04/06/2345455/baguio-flower-festival-crowds",
        "Baguio braces for tourist crowds after flower festival",
        "City hall will close Session Road to vehicles on weekends until the end of April.",
        _at(PHT, 6, 12, 45),
        "Nation",
    ),
]
# Subscriber stories: a plus badge before the headline link.
_PB_PLUS = {1, 6}
_PB_TRENDING = [
    ("/nation/2025/04/08/2345850/pagasa-heat-index-danger-level-provinces", "Heat index at danger level in 12 provinces"),
    ("/entertainment/2025/04/08/2345860/teleserye-finale-ratings", "Teleserye finale tops weekend ratings"),
    ("/sports/2025/04/08/2345842/pba-finals-game-3", "PBA Finals: Game 3 goes to overtime"),
    ("/nation/2025/04/08/2345833/dotr-edsa-busway-fare-holy-week", "EDSA Busway stays free during Holy Week"),
    ("/business/2025/04/07/2345700/peso-closes-stronger", "Peso closes stronger vs dollar"),
]  # fmt: skip


def _pb_dateline(when: datetime) -> str:
    """'April 8, 2025 | 2:05 PM' on the Philippine clock (no zone printed)."""
    local = when.astimezone(PHT)
    return f"{local:%B} {local.day}, {local:%Y} | {clock12(local)}"


def _pb_article(index: int, story: Story) -> str:
    """A ``div.article``: a thumbnail, ``h2 > a`` (a plus badge before the link on
    subscriber stories), the dateline and author, the lead and a "Read more" link."""
    href = _PB_HOST + story.path
    plus = (
        '<span class="premium-plus" title="Chronicle Plus"><img src="/images/icons/plus.svg" alt="+">+</span> '
        if index in _PB_PLUS
        else ""
    )
    return f"""
<div class="article">
  <div class="article-thumb"><a href="{href}"><img src="https://media.manilachronicle.example/photos/2025/04/{image_slug(story.path)}_thumb.jpg" alt="{escape_html(story.title)}"></a></div>
  <div class="article-content">
    <h2>{plus}<a href="{href}">{escape_html(story.title)}</a></h2>
    <div class="article-meta"><span class="article-date">{_pb_dateline(story.when or NOW)}</span> <span class="article-author">By <a href="{_PB_HOST}/authors/{index % 3 + 101}/">{("Jose Santos", "Maria Reyes", "Paolo Cruz")[index % 3]}</a></span></div>
    <p class="article-lead">{escape_html(story.lead or "")} <a class="read-more" href="{href}">Read more</a></p>
  </div>
</div>"""


def build_ph_broadsheet_articles() -> Layout:
    """A Philippine broadsheet's section: ``div.article-list > div.article > h2 > a`` rows with
    "April 8, 2025 | 2:05 PM" (Philippine clock, no zone), author links, a lead ending in a
    "Read more" link to the same story, a "+" badge on subscriber stories; a numbered
    "Trending" list, ad slots, a pager, a footer."""
    page_url = f"{_PB_HOST}/nation/"
    menu = nav_links(
        [
            ("Headlines", "/headlines/"),
            ("Nation", "/nation/"),
            ("Metro", "/metro/"),
            ("Business", "/business/"),
            ("Sports", "/sports/"),
            ("Entertainment", "/entertainment/"),
            ("Opinion", "/opinion/"),
            ("Chronicle Plus", "/plus/"),
        ]
    )
    rows = [_pb_article(i, s) for i, s in enumerate(_PB_STORIES)]
    rows.insert(
        4,
        """
<div class="ad-container ad-inline"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-mc-nation-inline"><a href="https://googleads.g.doubleclick.example/pcs/click?adurl=https://www.telco.example/prepaid-promo" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/mc-inline" alt=""></a></div></div>""",
    )
    trending = link_list(
        [(_PB_HOST + h, t) for h, t in _PB_TRENDING],
        '<li><span class="trend-num">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div id="header">
  <div class="header-top"><span class="header-date">Tuesday, April 8, 2025</span> <a href="/subscribe/">Subscribe</a> <a href="/epaper/">E-Paper</a></div>
  <div class="logo"><a href="{_PB_HOST}/"><img src="/images/logo-manilachronicle.png" alt="The Manila Chronicle"></a></div>
  <div id="menu"><ul>
{menu}
  </ul></div>
</div>
<div class="ad-container ad-top"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-mc-top"></div></div>
<div id="main">
  <div id="content">
    <h1 class="section-heading">Nation</h1>
    <div class="article-list">{"".join(rows)}
    </div>
    <div class="pagination"><span class="page current">1</span> <a class="page" href="{page_url}page/2/">2</a> <a class="page" href="{page_url}page/3/">3</a> <a class="next" href="{page_url}page/2/">Next &rsaquo;</a></div>
  </div>
  <div id="sidebar">
    <div class="widget trending">
      <h3 class="widget-title">Trending</h3>
      <ol class="trending-list">
{trending}
      </ol>
    </div>
    <div class="ad-container ad-sidebar"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-mc-rect"></div></div>
  </div>
</div>
<div id="footer">
  <ul class="footer-links">
{nav_links([("About Us", "/about-us/"), ("Contact Us", "/contact-us/"), ("Advertise", "/advertise/"), ("Privacy Policy", "/privacy-policy/"), ("Terms of Use", "/terms-of-use/")])}
  </ul>
  <p>&copy; 2025 The Manila Chronicle Publishing Corporation. All rights reserved.</p>
</div>"""
    items = [gold_item(page_url, _PB_HOST + s.path, s) for s in _PB_STORIES]
    return Layout(
        name="en-ph-broadsheet-articles",
        family="Philippine broadsheet section: div.article-list > div.article > h2 > a with a '+' plus badge before the link, 'April 8, 2025 | 2:05 PM' (PHT, no zone), lead ending in a 'Read more' link to the story, numbered Trending",
        body=english_document("Nation | The Manila Chronicle", "", body, lang="en-PH"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Manila",
    )


BUILDERS: tuple[Builder, ...] = (
    build_nz_national_teasers,
    build_newsletter_platform_grid,
    build_member_station_stories,
    build_ph_broadsheet_articles,
)
