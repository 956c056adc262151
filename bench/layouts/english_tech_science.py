"""A set of English-language listing layouts from technology and science publishing.

Each builder returns a whole page in the shape of one family these sites use — a technology
news site's section of ``article.listing`` teasers with US-clock bylines ("4/7/2025, 9:41 PM")
and comment counts, a science news aggregator's category page of ``article.sorted-article``
rows with a topic label and "Apr 7, 2025" or "5 hours ago", a press-release distribution
service's search results with the issuing company linked to its newsroom and "April 07, 2025
21:30 ET" dates, and a tech news meme-tracker's front page of clusters (a main story to an
outside site, "More:" lines of further outlets, "Discussion:" lines of social posts) — with
the chrome real pages carry around the list. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC, 02:00 in New York). Gold times are
the instants the page states, in the site's own clock (the layout's ``timezone``) where the
page names no zone; relative times ("5 hours ago") are resolved against the fetch instant; a
clock without a date is the latest such instant before the fetch; a date without a time of
day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")
BST = timezone(timedelta(hours=1), "BST")


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _et(day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on the US Eastern (daylight) clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=EDT)


def _slug(title: str) -> str:
    """A URL slug of a headline: lower-case words joined by hyphens."""
    kept = "".join(c.lower() if c.isalnum() else " " for c in title)
    return "-".join(kept.split())


# --------------------------------------------------------------------------------------------
# 1. A technology news site's section (article.listing, '4/7/2025, 9:41 PM', comment counts)
# --------------------------------------------------------------------------------------------

_TN_HOST = "https://bitsandatoms.example"
# (section path, slug, title, excerpt, posted, author, comments)
_TN_TOP = [
    ("gadgets", "2025/04/the-folding-e-reader-that-finally-gets-the-hinge-right", "The folding e-reader that finally gets the hinge right",
     "Two 7-inch E Ink panels, a hinge you can't feel through the page, and a price that will make you wince.", _et(7, 21, 41), "Lena Fairbanks", 214),
    ("gadgets", "2025/04/why-your-next-laptop-charger-might-be-made-of-gallium-oxide", "Why your next laptop charger might be made of gallium oxide",
     "A cheaper cousin of gallium nitride promises smaller bricks—if manufacturers can tame its heat.", _et(7, 17, 5), "Marcus Heller", 96),
]  # fmt: skip
_TN_LIST = [
    ("gadgets", "2025/04/smart-ring-maker-adds-blood-pressure-trends-with-a-catch", "Smart ring maker adds blood-pressure trends—with a catch",
     "The feature needs a monthly cuff calibration and won't be cleared as a medical device in the US.", _et(7, 15, 30), "Hana Okafor", 58),
    ("gadgets", "2025/04/usb-c-only-monitors-are-here-and-they-are-weird", "USB-C-only monitors are here, and they're weird",
     "No HDMI, no DisplayPort, one cable for everything: we tested three of them on five laptops.", _et(7, 13, 12), "Marcus Heller", 177),
    ("tech-policy", "2025/04/repair-advocates-win-parts-pairing-fight-in-two-more-states", "Repair advocates win parts-pairing fight in two more states",
     "New laws bar manufacturers from blocking third-party screens and batteries through software checks.", _et(7, 11, 48), "Dana Whitlock", 341),
    ("gadgets", "2025/04/review-a-249-mechanical-keyboard-that-types-like-a-typewriter", "Review: A $249 mechanical keyboard that types like a typewriter",
     "Gorgeous, loud, and hard to recommend unless you really miss carriage returns.", _et(7, 9, 3), "Lena Fairbanks", 122),
    ("gadgets", "2025/04/e-bike-battery-recall-expands-to-90000-units", "E-bike battery recall expands to 90,000 units after 11 fires",
     "The recall now covers packs sold under four brand names between 2021 and 2023.", _et(6, 19, 20), "Sam Ortiz", 203),
    ("gadgets", "2025/04/the-best-cheap-noise-cancelling-earbuds-get-cheaper", "The best cheap noise-cancelling earbuds just got cheaper",
     None, _et(6, 16, 45), "Hana Okafor", 31),
    ("science", "2025/04/chipmakers-race-to-stack-memory-directly-on-processors", "Chipmakers race to stack memory directly on top of processors",
     "Hybrid bonding lets designers skip the interposer; the yields are the problem.", _et(6, 12, 5), "Priya Natarajan", 88),
    ("gadgets", "2025/04/phone-maker-promises-seven-years-of-updates-for-mid-range-line", "Phone maker promises seven years of updates for its mid-range line",
     "The pledge matches flagship support, but the company is vague about which features will arrive.", _et(6, 10, 30), "Sam Ortiz", 265),
    ("gaming", "2025/04/handheld-pc-gets-oled-refresh-and-a-bigger-battery", "Handheld PC gets an OLED refresh and a bigger battery",
     "Battery life is up about 40 percent in our tests; the price is up by $100.", _et(5, 18, 15), "Kyle Brennan", 309),
    ("gadgets", "2025/04/inside-the-teardown-of-a-2000-robot-vacuum", "Inside the teardown of a $2,000 robot vacuum",
     "Lidar, two cameras, a mop-washing dock, and a surprising amount of glue.", _et(5, 14, 2), "Marcus Heller", 74),
    ("information-technology", "2025/04/router-firmware-bug-leaves-millions-exposed", "Router firmware bug leaves millions of home networks exposed",
     "A flaw in a widely licensed admin panel lets attackers on the same network take over the device.", _et(5, 11, 40), "Dana Whitlock", 412),
    ("gadgets", "2025/04/camera-maker-revives-a-film-point-and-shoot", "Camera maker revives a film point-and-shoot, charges $550 for it",
     "It is a faithful copy of a 1990s design, down to the plastic lens and the motor whine.", _et(4, 20, 55), "Lena Fairbanks", 189),
    ("gadgets", "2025/04/tiny-projector-review-bright-enough-for-a-dark-room", "Tiny projector review: Bright enough—for a dark room",
     "A pocketable 1080p projector that runs a full streaming OS and gets warm doing it.", _et(4, 15, 10), "Hana Okafor", 45),
    ("cars", "2025/04/ev-charging-plug-switch-adapters-shortage", "Adapter shortage slows EV owners' switch to the new charging plug",
     "Automakers promised free adapters by spring; many owners are still waiting.", _et(4, 9, 25), "Jon Mercer", 156),
]  # fmt: skip
_TN_MOST_READ = [
    ("/information-technology/2025/04/router-firmware-bug-leaves-millions-exposed/", "Millions of home routers exposed by admin panel flaw"),
    ("/science/2025/04/astronomers-spot-a-planet-with-a-comet-like-tail/", "Astronomers spot a planet trailing a comet-like tail"),
    ("/gadgets/2025/04/the-folding-e-reader-that-finally-gets-the-hinge-right/", "Folding e-reader review: The hinge is finally right"),
    ("/tech-policy/2025/04/repair-advocates-win-parts-pairing-fight-in-two-more-states/", "Two more states ban parts pairing"),
    ("/ai/2025/04/chatbot-maker-quietly-drops-its-free-tier/", "Chatbot maker quietly drops its free tier"),
]  # fmt: skip
_TN_MORE_FROM = [
    ("/gadgets/2024/11/the-e-reader-buying-guide/", "The best e-readers you can buy right now", "Our picks for every budget, from basic to color E Ink."),
    ("/gadgets/2025/03/our-favorite-usb-c-chargers/", "Our favorite USB-C chargers, tested", "Fewer bricks, more ports: what to buy for laptops and phones."),
    ("/gadgets/2025/04/smart-ring-maker-adds-blood-pressure-trends-with-a-catch/", "A smart ring now tracks blood pressure", "But only if you calibrate it every month."),
    ("/cars/2025/02/what-to-know-before-buying-a-used-ev/", "What to know before buying a used EV", "Battery health reports, warranties and the questions to ask."),
]  # fmt: skip


def _tn_url(section: str, slug: str) -> str:
    return f"{_TN_HOST}/{section}/{slug}/"


def _tn_story(row: tuple[str, str, str, str | None, datetime, str, int]) -> Story:
    section, slug, title, lead, when, _author, _comments = row
    return Story.at(_tn_url(section, slug), title, lead, when, section)


def _tn_date(when: datetime) -> str:
    """'4/7/2025, 9:41 PM': month/day/year and a 12-hour clock, no zone."""
    return f"{when.month}/{when.day}/{when.year}, {clock12(when)}"


def _tn_listing(
    row: tuple[str, str, str, str | None, datetime, str, int], n: int, *, lead: bool = False
) -> str:
    """An ``article.listing``: a picture link, ``header`` with ``h2 > a``, ``p.excerpt`` and
    ``p.byline`` (author link and ``time.date[data-time]``), a comment-count link in the
    footer."""
    section, slug, title, excerpt, when, author, comments = row
    url = _tn_url(section, slug)
    epoch = int(when.timestamp())
    css = "listing listing-lead" if lead else f"listing listing-{n}"
    text = f'\n    <p class="excerpt">{escape_html(excerpt)}</p>' if excerpt else ""
    return f"""
<li class="tease article{" featured" if lead else ""}" data-post-id="{2089000 + epoch % 997}">
<article class="{css}">
  <a class="listing-image" href="{url}" aria-hidden="true" tabindex="-1"><div class="listing-image-inner" style="background-image:url('https://cdn.bitsandatoms.example/wp-content/uploads/2025/04/{slug.split("/")[-1][:24]}-300x150.jpg')"></div></a>
  <header>
    <p class="listing-section"><a class="section-link" href="{_TN_HOST}/{section}/">{section.replace("-", " ").title()}</a></p>
    <h2><a href="{url}">{escape_html(title)}</a></h2>{text}
    <p class="byline"><a href="{_TN_HOST}/author/{_slug(author)}/" rel="author"><span>{escape_html(author)}</span></a> &ndash; <time class="date" data-time="{epoch}">{_tn_date(when)}</time></p>
  </header>
  <footer class="listing-footer"><a class="comment-count" href="{url}#comments" title="{comments} posters participating"><span class="comment-icon"></span><span class="comment-count-number">{comments}</span></a></footer>
</article>
</li>"""


def build_tech_site_listing() -> Layout:
    """A technology news site's section: a two-story featured strip then ``ol.listing-list >
    li.tease > article.listing`` teasers, each ``header > h2 > a`` with ``p.excerpt`` and a
    byline of an author link and ``time.date`` "4/7/2025, 9:41 PM" (US Eastern clock, no
    zone; ``data-time`` epoch), a comment-count link to ``#comments``; a numbered "Most Read"
    sidebar, "AD" slots, "Older Stories" paging and a "More from" box at the foot."""
    page_url = f"{_TN_HOST}/gadgets/"
    menu = nav_links(
        [
            ("Biz & IT", f"{_TN_HOST}/information-technology/"),
            ("Tech", f"{_TN_HOST}/gadgets/"),
            ("Science", f"{_TN_HOST}/science/"),
            ("Policy", f"{_TN_HOST}/tech-policy/"),
            ("Cars", f"{_TN_HOST}/cars/"),
            ("Gaming & Culture", f"{_TN_HOST}/gaming/"),
            ("AI", f"{_TN_HOST}/ai/"),
            ("Store", "https://store.bitsandatoms.example/"),
            ("Forums", f"{_TN_HOST}/civis/"),
        ],
        "nav-item",
    )
    top = "".join(_tn_listing(row, 0, lead=True) for row in _TN_TOP)
    rows = [_tn_listing(row, n) for n, row in enumerate(_TN_LIST, start=1)]
    rows.insert(
        6,
        """
<li class="ad-in-listing"><div class="ad ad-inline" data-ad-slot="river_mid"><span class="ad-label">AD</span><a href="https://adclick.g.doubleclick.example/pcs/click?xai=bna_river_mid&amp;adurl=https://www.nimbusvpn.example/offer" rel="nofollow sponsored"><img src="https://tpc.googlesyndication.example/simgad/bna_mid.jpg" alt=""></a></div></li>""",
    )
    most_read = link_list(
        ((_TN_HOST + h, t) for h, t in _TN_MOST_READ),
        '<li class="most-read-item"><span class="most-read-rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    more_from = "\n".join(
        f'<li class="more-from-item"><a href="{_TN_HOST}{h}"><img src="https://cdn.bitsandatoms.example/wp-content/uploads/{image_slug(h)[:20]}-150x150.jpg" alt=""></a><div class="more-from-text"><h3><a href="{_TN_HOST}{h}">{escape_html(t)}</a></h3><p>{escape_html(d)}</p></div></li>'
        for h, t, d in _TN_MORE_FROM
    )
    ad = '<div class="ad ad-{slot}"><span class="ad-label">AD</span><a href="https://ad.doubleclick.example/N4567/jump/bna/{slot}" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/bna_{slot}.jpg" alt=""></a></div>'
    body = f"""
<header id="masthead" class="site-header">
  <a class="site-logo" href="{_TN_HOST}/"><img src="https://cdn.bitsandatoms.example/wp-content/themes/bna/assets/logo.svg" alt="Bits &amp; Atoms"></a>
  <nav id="primary-nav"><ul class="nav-list">
{menu}
  </ul></nav>
  <div class="header-actions"><a class="subscribe-link" href="{_TN_HOST}/store/product/subscriptions/">Subscribe</a> <a class="sign-in" href="{_TN_HOST}/civis/login/">Sign in</a></div>
</header>
{ad.format(slot="xrail_top")}
<main id="main" class="column-wrapper">
  <section class="column-left">
    <h1 class="archive-title">Tech</h1>
    <div class="featured-listings"><ol class="listing-list featured-list">{top}
    </ol></div>
    <h2 class="section-title">Latest Tech stories</h2>
    <ol class="listing-list">{"".join(rows)}
    </ol>
    <div class="prev-next-links"><a class="left button" href="{page_url}page/2/">&lsaquo; Older Stories</a></div>
  </section>
  <aside class="column-right sidebar">
    <section class="most-read"><h2 class="most-read-title">Most Read</h2><ol class="most-read-list">
{most_read}
    </ol></section>
    {ad.format(slot="xrail_side")}
  </aside>
</main>
<section class="more-from">
  <h2 class="more-from-title">More from Bits &amp; Atoms</h2>
  <ul class="more-from-list">
{more_from}
  </ul>
</section>
<footer id="footer" class="site-footer">
  <ul class="footer-links">
{nav_links([("About Us", "/about-us/"), ("Staff Directory", "/staff-directory/"), ("Newsletters", "/newsletters/"), ("Bits & Atoms Videos", "/video/"), ("General FAQ", "/faq/"), ("RSS Feeds", "/rss-feeds/"), ("Contact", "/contact-us/"), ("Advertise with us", "/advertise-with-us/"), ("Reprints", "/reprints/")])}
  </ul>
  <p class="legal">Use of this site constitutes acceptance of our <a href="https://www.meridianmedia.example/user-agreement/">User Agreement</a> and <a href="https://www.meridianmedia.example/privacy-policy/">Privacy Policy and Cookie Statement</a>. &copy; 2025 Meridian Media. All rights reserved.</p>
</footer>"""
    stories = [_tn_story(row) for row in (*_TN_TOP, *_TN_LIST)]
    items = [gold_item(page_url, s.path, s) for s in stories]
    return Layout(
        name="en-tech-site-listing",
        family="technology news site section: li.tease > article.listing > header > h2 > a, p.excerpt, p.byline author + time.date[data-time] '4/7/2025, 9:41 PM' (US Eastern, no zone), comment-count links, 'More from' box at the foot",
        body=english_document("Tech | Bits & Atoms", "", body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 2. A science news aggregator's category page (article.sorted-article, 'Apr 7, 2025')
# --------------------------------------------------------------------------------------------

_SN_HOST = "https://physnexus.example"
# (slug, title, summary, posted, topic, comments, shares); posted within a day: 'N hours ago'.
_SN_ROWS = [
    ("2025-04-deep-sea-microbes-switch-metabolism", "Deep-sea microbes switch metabolism when methane runs low, study finds",
     "Microbial communities living in cold seeps on the seafloor can switch from eating methane to consuming hydrogen within days, according to a new study that sampled sediments off the Pacific coast.",
     ago(NOW, hours=2), "Cell & Microbiology", 0, 14),
    ("2025-04-honeybees-learn-floral-patterns-faster-warmer", "Honeybees learn floral patterns faster in warmer conditions, but forget them sooner",
     "Researchers trained bumblebees and honeybees to associate colored patterns with sugar rewards at three temperatures and found that learning speeds up as temperatures rise.",
     ago(NOW, hours=4), "Ecology", 1, 37),
    ("2025-04-ancient-dna-reveals-domesticated-ducks", "Ancient DNA reveals when ducks were first domesticated in East Asia",
     "Genomes recovered from duck bones at four archaeological sites suggest the birds were kept by farmers at least 2,000 years earlier than previously thought.",
     ago(NOW, hours=5), "Evolution", 0, 52),
    ("2025-04-plant-roots-chemical-signal-drought", "Plant roots send a chemical warning to neighbors during drought",
     "A small peptide released by stressed roots prompts nearby plants of the same species to close their leaf pores before the soil dries, experiments in tomatoes show.",
     ago(NOW, hours=7), "Plants & Animals", 2, 88),
    ("2025-04-coral-larvae-settle-reef-sounds", "Coral larvae settle more often on reefs that sound healthy",
     "Playing recordings of a thriving reef over degraded patches doubled the number of coral larvae that settled there over two spawning seasons.",
     ago(NOW, hours=11), "Ecology", 0, 41),
    ("2025-04-protein-folding-chaperone-structure", "Cryo-EM captures a chaperone protein in the act of folding its client",
     "High-resolution snapshots show how a cellular chaperone holds an unfolded protein in a cage and releases it in stages as it folds.",
     ago(NOW, hours=14), "Biochemistry", 0, 19),
    ("2025-04-urban-foxes-skull-shape", "Urban foxes are evolving shorter snouts, skull study suggests",
     "Comparing museum specimens collected over a century, biologists found city-dwelling red foxes have shorter, wider snouts than their rural counterparts.",
     ago(NOW, hours=16), "Evolution", 5, 163),
    ("2025-04-gut-bacteria-sleep-mice", "Gut bacteria influence sleep patterns in mice",
     "Mice given antibiotics slept in shorter bouts, and normal patterns returned when their gut microbes were restored, pointing to a role for bacterial metabolites.",
     ago(NOW, hours=19), "Cell & Microbiology", 1, 77),
    ("2025-04-seagrass-meadows-carbon-storage", "Seagrass meadows store less carbon than estimates assumed, survey finds",
     "Sediment cores from 43 meadows show carbon stocks vary tenfold between sites, complicating plans to use seagrass restoration for carbon credits.",
     ago(NOW, hours=21), "Ecology", 0, 29),
    ("2025-04-tardigrades-radiation-dna-repair", "How tardigrades repair their DNA after extreme radiation",
     "A burst of gene activity after exposure produces repair proteins in quantities far above those seen in other animals, researchers report.",
     datetime(2025, 4, 6, 18, 20, tzinfo=BST), "Molecular & Computational biology", 3, 210),
    ("2025-04-songbird-migration-light-pollution", "Light pollution is delaying songbird migration by up to a week",
     "Radar data from 143 stations show that birds departing from brightly lit regions leave later in spring than those from darker areas.",
     datetime(2025, 4, 6, 13, 45, tzinfo=BST), "Plants & Animals", 2, 98),
    ("2025-04-fungal-network-nutrients-trees", "Fungal networks move nutrients toward young trees in shade",
     "Tracer experiments in a temperate forest found that phosphorus moved through fungal threads preferentially to shaded seedlings.",
     datetime(2025, 4, 6, 10, 10, tzinfo=BST), "Plants & Animals", 0, 64),
    ("2025-04-octopus-arm-neurons-decisions", "Octopus arms make some decisions without consulting the brain",
     "Recordings from nerve cords show that arms can choose between two food items before any signal reaches the central brain.",
     datetime(2025, 4, 5, 17, 35, tzinfo=BST), "Plants & Animals", 6, 341),
    ("2025-04-enzyme-breaks-down-nylon", "Engineered enzyme breaks down nylon waste at room temperature",
     "A modified bacterial enzyme cut nylon-6 into its building blocks within days, a step toward recycling the plastic without heat.",
     datetime(2025, 4, 5, 12, 0, tzinfo=BST), "Biotechnology", 1, 122),
    ("2025-04-frog-skin-peptide-antibiotic", "Frog skin peptide points to a new class of antibiotics",
     "A peptide found in the skin of a South American tree frog killed drug-resistant bacteria in lab dishes without harming human cells.",
     datetime(2025, 4, 4, 15, 25, tzinfo=BST), "Biotechnology", 0, 57),
    ("2025-04-whale-song-dialects-shift", "Humpback whale song dialects shift faster than expected",
     "Recordings across eight years show new song themes spreading from one population to another within a single breeding season.",
     datetime(2025, 4, 4, 9, 50, tzinfo=BST), "Ecology", 0, 44),
]  # fmt: skip
_SN_POPULAR = [
    ("/news/2025-04-octopus-arm-neurons-decisions.html", "Octopus arms can decide on their own"),
    ("/news/2025-04-black-hole-jet-changes-direction.html", "Black hole jet flips direction in just a decade"),
    ("/news/2025-04-urban-foxes-skull-shape.html", "City foxes are getting shorter snouts"),
    ("/news/2025-04-lithium-battery-recycling-water.html", "Water-based process recovers 95% of battery lithium"),
    ("/news/2025-04-ancient-lake-sediments-monsoon.html", "Lake sediments record 10,000 years of monsoon shifts"),
]  # fmt: skip
_SN_SHARED = [
    ("/news/2025-04-tardigrades-radiation-dna-repair.html", "Tardigrades' radiation trick revealed"),
    ("/news/2025-04-exoplanet-water-vapor-clouds.html", "Water vapor clouds spotted on a warm exoplanet"),
    ("/news/2025-04-honeybees-learn-floral-patterns-faster-warmer.html", "Warm bees learn faster, forget sooner"),
]  # fmt: skip


def _sn_when(when: datetime) -> str:
    """'5 hours ago' within a day of the fetch, else 'Apr 7, 2025' (no time of day)."""
    age = NOW - when
    if age < timedelta(hours=24):
        hours = int(age.total_seconds() // 3600)
        return "1 hour ago" if hours == 1 else f"{hours} hours ago"
    return f"{when:%b} {when.day}, {when.year}"


def _sn_timed(when: datetime) -> bool:
    return NOW - when < timedelta(hours=24)


def _sn_article(row: tuple[str, str, str, datetime, str, int, int]) -> str:
    """An ``article.sorted-article``: a picture, ``div.sorted-article-content > h3 > a.news-link``,
    ``p.mb-4`` summary and ``div.article__info`` of the topic, the date and comment/share
    counts behind icons."""
    slug, title, summary, when, topic, comments, shares = row
    url = f"{_SN_HOST}/news/{slug}.html"
    return f"""
<article class="sorted-article d-flex">
  <figure class="sorted-article-figure"><a href="{url}"><img src="https://scx1.b-cdn.physnexus.example/newsman/gfx/news/tmb/2025/{slug[8:28]}.jpg" alt="{escape_html(title)}" title="Credit: Pixabay/CC0 Public Domain" loading="lazy"></a></figure>
  <div class="sorted-article-content d-flex flex-column ie-flex-1">
    <h3 class="mb-1 mb-lg-2"><a href="{url}" class="news-link">{escape_html(title)}</a></h3>
    <p class="mb-4">{escape_html(summary)}</p>
    <div class="article__info mt-auto d-flex">
      <div class="article__info-item mr-auto"><p class="text-uppercase text-low">{escape_html(topic)}</p></div>
      <div class="article__info-item"><p class="text-uppercase text-low">{_sn_when(when)}</p></div>
      <div class="article__info-item"><p class="text-low"><svg class="icon icon-comment"><use xlink:href="#icon_comment"></use></svg>{comments}</p></div>
      <div class="article__info-item"><p class="text-low"><svg class="icon icon-share"><use xlink:href="#icon_share"></use></svg>{shares}</p></div>
    </div>
  </div>
</article>"""


def build_science_sorted_articles() -> Layout:
    """A science news aggregator's category page: ``article.sorted-article`` rows with
    ``div.sorted-article-content > h3 > a.news-link``, ``p.mb-4`` summaries and a
    ``div.article__info`` strip (upper-case topic, "5 hours ago" or date-only "Apr 7, 2025",
    comment and share counts behind icons); a sort switch, a numbered "Popular" side list and
    a hidden "Most shared" tab, ad slots, "Load more" and page links."""
    page_url = f"{_SN_HOST}/biology-news/"
    menu = nav_links(
        [
            ("Nanotechnology", f"{_SN_HOST}/nanotech-news/"),
            ("Physics", f"{_SN_HOST}/physics-news/"),
            ("Earth", f"{_SN_HOST}/earth-news/"),
            ("Astronomy & Space", f"{_SN_HOST}/space-news/"),
            ("Chemistry", f"{_SN_HOST}/chemistry-news/"),
            ("Biology", f"{_SN_HOST}/biology-news/"),
            ("Other Sciences", f"{_SN_HOST}/science-news/"),
        ],
        "nav-item",
    )
    subnav = nav_links(
        [
            ("Biotechnology", f"{_SN_HOST}/biology-news/biotechnology/"),
            ("Cell & Microbiology", f"{_SN_HOST}/biology-news/microbiology/"),
            ("Ecology", f"{_SN_HOST}/biology-news/ecology/"),
            ("Evolution", f"{_SN_HOST}/biology-news/evolution/"),
            ("Plants & Animals", f"{_SN_HOST}/biology-news/plants-animals/"),
        ],
        "subnav-item",
    )
    rows = [_sn_article(row) for row in _SN_ROWS]
    rows.insert(
        5,
        """
<div class="ads mb-4"><p class="ads__label text-low">Advertisement</p><a href="https://googleads.g.doubleclick.example/pagead/adclick?sa=L&amp;ai=physnexus_list_mid&amp;adurl=https://www.labsupplyco.example/pipettes" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/pn_mid.png" alt=""></a></div>""",
    )
    popular = link_list(
        ((_SN_HOST + h, t) for h, t in _SN_POPULAR),
        '<div class="trending-article d-flex"><span class="trending-article__number">{rank}</span><h4 class="mb-0"><a class="news-link" href="{href}">{title}</a></h4></div>',
        sep="\n",
    )
    shared = link_list(
        ((_SN_HOST + h, t) for h, t in _SN_SHARED),
        '<div class="trending-article d-flex"><span class="trending-article__number">{rank}</span><h4 class="mb-0"><a class="news-link" href="{href}">{title}</a></h4></div>',
        sep="\n",
    )
    body = f"""
<svg style="display:none"><symbol id="icon_comment" viewBox="0 0 16 16"><path d="M2 2h12v9H5l-3 3z"/></symbol><symbol id="icon_share" viewBox="0 0 16 16"><path d="M12 10a2 2 0 1 0 0 4"/></symbol></svg>
<header class="header">
  <div class="container d-flex">
    <a class="header__logo" href="{_SN_HOST}/"><img src="https://scx1.b-cdn.physnexus.example/tmpl/v7/img/logo.svg" alt="PhysNexus"></a>
    <nav class="header__nav"><ul class="nav">
{menu}
    </ul></nav>
    <div class="header__actions"><a href="{_SN_HOST}/newsletters/">Newsletter</a> <a href="https://sciencex.physnexus.example/account/login/">Sign in</a></div>
  </div>
</header>
<div class="ads ads--leaderboard"><p class="ads__label text-low">Advertisement</p><a href="https://ad.doubleclick.example/N2211/jump/physnexus/biology_lb" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/pn_lb.png" alt=""></a></div>
<main class="container">
  <div class="row">
    <div class="col-lg-8 col-12">
      <h1 class="category-title">Biology news</h1>
      <ul class="category-subnav">
{subnav}
      </ul>
      <div class="sorted-news-list">
        <div class="sort-switch text-low">Sort by: <span class="active">Date</span> <a href="{page_url}sort/rank/">Rank</a></div>
{"".join(rows)}
      </div>
      <div class="text-center"><a class="btn btn-outline load-more" href="{page_url}page2.html">Load more</a></div>
      <nav class="pagination-view"><ul class="pagination">
        <li class="page-item active"><span class="page-link">1</span></li>
        <li class="page-item"><a class="page-link" href="{page_url}page2.html">2</a></li>
        <li class="page-item"><a class="page-link" href="{page_url}page3.html">3</a></li>
        <li class="page-item"><a class="page-link" href="{page_url}page2.html">&rsaquo;</a></li>
      </ul></nav>
    </div>
    <aside class="col-lg-4 col-12 sidebar">
      <div class="sidebar-tabs">
        <ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link active" href="#tab-popular" role="tab" aria-selected="true">Popular</a></li><li class="nav-item"><a class="nav-link" href="#tab-shared" role="tab" aria-selected="false">Most shared</a></li></ul>
        <div class="tab-content">
          <div class="tab-pane fade show active" id="tab-popular" role="tabpanel">
{popular}
          </div>
          <div class="tab-pane fade" id="tab-shared" role="tabpanel" hidden>
{shared}
          </div>
        </div>
      </div>
      <div class="ads ads--sidebar"><p class="ads__label text-low">Advertisement</p><a href="https://ad.doubleclick.example/N2211/jump/physnexus/biology_side" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/pn_side.png" alt=""></a></div>
    </aside>
  </div>
</main>
<footer class="footer">
  <ul class="footer__links">
{nav_links([("About us", "/help/about-us/"), ("Sponsored Account", "/account/sponsored/"), ("Newsletter", "/newsletters/"), ("Help", "/help/"), ("Privacy policy", "/help/privacy-policy/"), ("Terms of use", "/help/terms-of-use/"), ("Contact", "/feedback-form/")])}
  </ul>
  <p class="footer__copyright">&copy; Science Nexus Network 2003 - 2025, powered by Science Nexus.</p>
</footer>"""
    items = [
        gold_item(
            page_url,
            f"{_SN_HOST}/news/{slug}.html",
            Story(title, summary, when, topic),
            timed=_sn_timed(when),
        )
        for slug, title, summary, when, topic, _c, _s in _SN_ROWS
    ]
    return Layout(
        name="en-science-sorted-articles",
        family="science news aggregator category: article.sorted-article > div.sorted-article-content > h3 > a.news-link, p.mb-4 summary, div.article__info topic + '5 hours ago' / 'Apr 7, 2025' (date only) + icon counts, numbered Popular tab and hidden Most shared tab",
        body=english_document("Biology news", "", body, lang="en"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# 3. A press-release distribution service's search results ('April 07, 2025 21:30 ET')
# --------------------------------------------------------------------------------------------

_PR_HOST = "https://www.globalwirenews.example"
# (release id, title, company, city dateline, posted, summary after the dateline)
_PR_ROWS = [
    (3057811, "Helix Semiconductor Unveils 3nm Edge AI Accelerator for Industrial Vision Systems", "Helix Semiconductor Inc.", "SAN JOSE, Calif.", _et(8, 1, 15),
     "Helix Semiconductor Inc. (NASDAQ: HLXS), a provider of low-power inference silicon, today announced the HX-9 accelerator, delivering 48 TOPS at under 6 watts for factory and logistics cameras."),
    (3057790, "Northbeam Robotics Closes $85 Million Series C to Scale Autonomous Forklift Fleet", "Northbeam Robotics", "PITTSBURGH", _et(7, 21, 30),
     "Northbeam Robotics, maker of autonomous material-handling vehicles, today announced it has closed an $85 million Series C round led by Granite Ridge Partners."),
    (3057702, "Quantaro Reports Record Fourth Quarter and Fiscal Year 2024 Results", "Quantaro Technologies Ltd.", "TEL AVIV, Israel", _et(7, 17, 5),
     "Quantaro Technologies Ltd. (NASDAQ: QNTR) today reported revenue of $142.6 million for the fourth quarter, up 31% year over year, and raised its full-year 2025 outlook."),
    (3057655, "CloudKeel Launches Sovereign Cloud Region in Frankfurt", "CloudKeel, Inc.", "SEATTLE", _et(7, 16, 0),
     "CloudKeel, Inc. today announced the general availability of a sovereign cloud region in Frankfurt, operated by an EU-based subsidiary with local staff and key management."),
    (3057610, "Verdant Grid Selects Lumora Energy Storage for 400 MWh California Project", "Lumora Energy", "AUSTIN, Texas", _et(7, 14, 45),
     "Lumora Energy today announced that Verdant Grid has selected its lithium-iron-phosphate storage systems for a 400 MWh standalone project in Kern County."),
    (3057588, "Brightfield Health Appoints Dr. Maya Sorensen as Chief Technology Officer", "Brightfield Health", "NASHVILLE, Tenn.", _et(7, 13, 20),
     "Brightfield Health, a provider of remote patient monitoring software, today announced the appointment of Dr. Maya Sorensen as Chief Technology Officer, effective April 14."),
    (3057541, "Sentrix Security Discloses Findings on Router Admin Panel Vulnerability", "Sentrix Security", "BOSTON", _et(7, 11, 0),
     "Sentrix Security today published research on a vulnerability in a widely licensed router administration panel and has coordinated fixes with eleven vendors."),
    (3057503, "Orbital Fabrication Group to Present at Upcoming Investor Conferences", "Orbital Fabrication Group", "DENVER", _et(7, 9, 0),
     "Orbital Fabrication Group (NYSE: OFAB) today announced that management will participate in two investor conferences in April."),
    (3057466, "Tessel Data Introduces Open Lakehouse Format Connector for Spreadsheet Users", "Tessel Data", "NEW YORK", _et(7, 8, 30),
     "Tessel Data today introduced a connector that lets business users query open table formats directly from spreadsheets without copying data."),
    (3057401, "Pinewood Microgrids Completes Acquisition of SolarBridge Controls", "Pinewood Microgrids", "CHARLOTTE, N.C.", _et(7, 7, 0),
     "Pinewood Microgrids today announced it has completed its acquisition of SolarBridge Controls, a developer of inverter management software."),
    (3057122, "Aurelia Biosciences Receives FDA Clearance for AI-Assisted Retinal Screening", "Aurelia Biosciences", "SAN DIEGO", _et(4, 16, 30),
     "Aurelia Biosciences today announced FDA 510(k) clearance for its retinal screening software, which flags diabetic retinopathy from images taken in primary care offices."),
    (3057045, "Kestrel Networks Expands Fiber Footprint with Three New Metro Markets", "Kestrel Networks", "KANSAS CITY, Mo.", _et(4, 10, 0),
     "Kestrel Networks today announced the expansion of its fiber network into three metro markets in the Midwest, adding 1,200 route miles."),
    (3056980, "Lumenstack Named a Leader in Developer Platform Evaluation", "Lumenstack", "SAN FRANCISCO", _et(3, 18, 5),
     "Lumenstack today announced it has been named a Leader in an independent evaluation of internal developer platforms for the second consecutive year."),
]  # fmt: skip
_PR_FACETS = [
    ("Industry", [("Technology", 1284), ("Software & Computer Services", 642), ("Telecommunications", 188), ("Health Care", 97)]),
    ("Subject", [("Product / Services Announcement", 512), ("Earnings Releases and Operating Results", 203), ("Mergers and Acquisitions", 77), ("Calendar of Events", 64)]),
    ("Country", [("United States", 1003), ("Israel", 41), ("Germany", 36), ("Canada", 58)]),
]  # fmt: skip
_PR_NEWSROOMS = [
    ("Helix Semiconductor Inc.", "helix-semiconductor-inc"),
    ("CloudKeel, Inc.", "cloudkeel-inc"),
    ("Quantaro Technologies Ltd.", "quantaro-technologies-ltd"),
]


def _pr_href(ident: int, posted: datetime, title: str) -> str:
    return f"/news-release/{posted:%Y/%m/%d}/{ident}/0/en/{_slug(title).title()}.html"


def _pr_stamp(posted: datetime) -> str:
    """'April 07, 2025 21:30 ET': a zero-padded day and a 24-hour Eastern clock."""
    return f"{posted:%B %d, %Y %H:%M} ET"


def _pr_summary(city: str, posted: datetime, text: str) -> str:
    """The release's first paragraph as the results show it: the dateline, then the text."""
    return f"{city}, {posted:%B %d, %Y} (GLOBALWIRE NEWSWIRE) -- {text}"


def _pr_row(row: tuple[int, str, str, str, datetime, str]) -> str:
    """A ``li.row`` of results: ``div.pagging-list-item-name > a`` (the title),
    ``div.pagging-list-item-text-date`` ("April 07, 2025 21:30 ET | Source: " and the company
    linked to its newsroom), ``div.pagging-list-item-text-body > p`` and a logo link."""
    ident, title, company, city, posted, text = row
    href = _pr_href(ident, posted, title)
    org = quote(company)
    return f"""
<li class="row">
  <div class="col-lg-10 col-sm-12 pagging-list-item-text-container">
    <div class="pagging-list-item-name"><a href="{href}" data-section="article-url" data-autid="article-url">{escape_html(title)}</a></div>
    <div class="pagging-list-item-text-date dataSource"><span data-autid="article-published-date">{_pr_stamp(posted)}</span> &nbsp;|&nbsp; Source: <span class="sourceLinkContent"><a href="/en/search/organization/{org}" data-section="article-organization-url" data-autid="article-organization-url" title="{escape_html(company)}">{escape_html(company)}</a></span></div>
    <div class="pagging-list-item-text-body"><p data-autid="article-body-text">{escape_html(_pr_summary(city, posted, text))}</p></div>
  </div>
  <div class="col-lg-2 pagging-list-item-image"><a href="{href}" tabindex="-1"><img src="https://ml.globalwirenews.example/Attachment/LogoDisplay/{ident % 100000 + 1100000}?filename={ident}.png&amp;size=1" alt="{escape_html(company)} logo"></a></div>
</li>"""


def build_press_release_search() -> Layout:
    """A press-release distribution service's search results: ``ul.pagging-list > li.row``
    rows of a title link, "April 07, 2025 21:30 ET | Source:" with the issuing company linked
    to its newsroom search (not an item), a first paragraph opening with the dateline
    ("SAN JOSE, Calif., April 08, 2025 (… NEWSWIRE) --") and a logo link; filter facets with
    counts, a "Featured Newsrooms" box, an RSS link, a promotion, page links, a legal footer."""
    page_url = f"{_PR_HOST}/en/search/industry/Technology"
    menu = nav_links(
        [
            ("Newsroom", f"{_PR_HOST}/en/newsroom"),
            ("Search", f"{_PR_HOST}/en/search"),
            ("Media Partners", f"{_PR_HOST}/en/media-partners"),
            ("Send a Release", f"{_PR_HOST}/en/distribution"),
            ("Sign In", f"{_PR_HOST}/en/Account/Login"),
            ("Register", f"{_PR_HOST}/en/Account/Register"),
        ],
        "main-menu-item",
    )
    facets = "\n".join(
        f'<div class="facet-group"><h3 class="facet-title">{name}</h3><ul class="facet-list">'
        + "".join(
            f'<li><a href="{page_url}/{quote(name.lower())}/{quote(value)}">{escape_html(value)}</a> <span class="facet-count">({count})</span></li>'
            for value, count in values
        )
        + "</ul></div>"
        for name, values in _PR_FACETS
    )
    newsrooms = "\n".join(
        f'<li><a href="/en/newsroom/{slug}"><img src="https://ml.globalwirenews.example/Attachment/LogoDisplay/{slug[:6]}.png" alt=""></a><a href="/en/newsroom/{slug}">{escape_html(name)}</a></li>'
        for name, slug in _PR_NEWSROOMS
    )
    rows = "".join(_pr_row(row) for row in _PR_ROWS)
    body = f"""
<header class="main-header">
  <a class="logo" href="{_PR_HOST}/en"><img src="/Content/logo/globalwire-logo.svg" alt="GlobalWire Newswire"></a>
  <nav class="main-menu"><ul>
{menu}
  </ul></nav>
  <div class="language-switch"><a href="/fr">Français</a> <a href="/de">Deutsch</a></div>
</header>
<div class="container search-page">
  <form class="search-bar" action="/en/search" method="get"><input type="text" name="keyword" placeholder="Search press releases"><button type="submit">Search</button></form>
  <div class="row">
    <aside class="col-lg-3 search-filters">
      <h2 class="filters-title">Filter results</h2>
{facets}
      <p class="rss-link"><a href="/RssFeed/industry/Technology/feedTitle/GlobalWire%20-%20Technology">Subscribe via RSS</a></p>
    </aside>
    <section class="col-lg-9 search-results">
      <div class="results-header"><h1>Technology press releases</h1><span class="results-count">1-13 of 1,284 results</span> <a class="sort" href="{page_url}?sort=relevance">Sort by relevance</a></div>
      <ul class="pagging-list">{rows}
      </ul>
      <div class="pagging"><ul class="pagination">
        <li class="active"><span>1</span></li>
        <li><a href="{page_url}?page=2&amp;pageSize=13">2</a></li>
        <li><a href="{page_url}?page=3&amp;pageSize=13">3</a></li>
        <li><a href="{page_url}?page=99&amp;pageSize=13">99</a></li>
        <li class="next"><a href="{page_url}?page=2&amp;pageSize=13" aria-label="Next">Next &gt;</a></li>
      </ul></div>
    </section>
  </div>
  <div class="row">
    <section class="featured-newsrooms col-lg-9"><h2>Featured Newsrooms</h2><ul>
{newsrooms}
    </ul></section>
    <div class="promo col-lg-3"><span class="promo-label">Sponsored</span><a href="https://ad.doubleclick.example/N9001/jump/gwn/search_promo?adurl=https://www.mediadb.example/trial" rel="nofollow sponsored">Reach 1.6 million journalists with MediaDB. Start a free trial</a></div>
  </div>
</div>
<footer class="main-footer">
  <ul class="footer-links">
{nav_links([("About Us", "/en/about"), ("Contact Us", "/en/contact"), ("Newswire Distribution", "/en/distribution"), ("Terms of Service", "/en/terms-of-service"), ("Privacy Policy", "/en/privacy-policy"), ("Cookie Settings", "/en/cookie-settings"), ("Site Map", "/en/sitemap")])}
  </ul>
  <p>&copy; 2025 GlobalWire Newswire, Inc. All Rights Reserved.</p>
</footer>"""
    items = []
    for ident, title, _company, city, posted, text in _PR_ROWS:
        href = _pr_href(ident, posted, title)
        story = Story.at(href, title, _pr_summary(city, posted, text), posted)
        items.append(gold_item(page_url, href, story))
    return Layout(
        name="en-press-release-search",
        family="press-release distribution search results: ul.pagging-list > li.row, div.pagging-list-item-name > a, 'April 07, 2025 21:30 ET | Source:' + company newsroom link, summary opening with a dated dateline, filter facets",
        body=english_document(
            "Technology Press Releases | GlobalWire Newswire", "", body, lang="en"
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A tech news meme-tracker's front page (clusters: main story, More:, Discussion:)
# --------------------------------------------------------------------------------------------

_MT_HOST = "https://www.techbeat.example"
# (author, outlet, outlet home, url, headline, summary, posted, more [(outlet, url)], social [(handle, url)])
_MT_CLUSTERS = [
    ("Mark Gurwin", "Bloomfield", "https://www.bloomfieldnews.example/", "https://www.bloomfieldnews.example/news/articles/2025-04-08/apple-weighs-shifting-more-iphone-assembly-to-india-amid-tariffs",
     "Sources: Apple is weighing moving more iPhone assembly for the US market to India, aiming to shield its supply chain from new tariffs",
     "Apple is looking at shifting more of its US-bound iPhone production to India as the company tries to blunt the impact of tariffs on imports from China …",
     _et(8, 1, 40), [("The Verger", "https://www.theverger.example/news/apple-iphone-india-tariffs"), ("9to5Fruit", "https://9to5fruit.example/2025/04/07/iphone-india-assembly/"), ("Reutersly", "https://www.reutersly.example/technology/apple-india-2025-04-08/")],
     [("@mgurwin", "https://x.example/mgurwin/status/1909441230012345678")]),
    ("Kara Lindqvist", "The Information Age", "https://www.infoage.example/", "https://www.infoage.example/articles/openframe-in-talks-to-raise-at-a-40-billion-valuation",
     "OpenFrame is in talks to raise funding at a $40B valuation, led by existing investors, more than doubling its valuation from last year",
     "AI startup OpenFrame is in talks to raise new funding that would value it at about $40 billion, according to three people familiar with the discussions …",
     _et(8, 0, 55), [("Tech Daily", "https://techdaily.example/2025/04/07/openframe-funding-40b/"), ("FinTimes", "https://www.fintimes.example/content/8d1e-openframe")],
     [("@karalind", "https://x.example/karalind/status/1909430011223344556"), ("@vcwatcher.bsky.social", "https://bsky.example/profile/vcwatcher.bsky.social/post/3lmabc")]),
    ("Sam Rivera", "The Verger", "https://www.theverger.example/", "https://www.theverger.example/news/645123/microsoft-windows-recall-rollout-insiders",
     "Microsoft starts rolling out Recall to Windows Insiders in the Release Preview channel, after delays over privacy concerns",
     "Microsoft is finally getting ready to launch Recall, its AI feature that takes snapshots of your screen, to all Copilot Plus PCs …",
     _et(7, 23, 12), [("Windows Centralized", "https://www.windowscentralized.example/software/windows-11/recall-release-preview"), ("Ars Digita", "https://arsdigita.example/ai/2025/04/recall-returns/")],
     [("@samriv", "https://x.example/samriv/status/1909400123456789012")]),
    ("Elena Park", "Wall Street Ledger", "https://www.wsledger.example/", "https://www.wsledger.example/tech/nvidia-h20-export-license-china-6f2a1b3c",
     "Sources: the US has told Nvidia it will need a license to export H20 chips to China, a move that could cost the company billions in sales",
     "The Commerce Department informed Nvidia that shipments of its H20 artificial-intelligence chip to China will require a license …",
     _et(7, 21, 41), [("Semiwire", "https://semiwire.example/p/h20-license"), ("CNBz", "https://www.cnbz.example/2025/04/07/nvidia-h20-export-license.html"), ("Tom's Circuitry", "https://www.tomscircuitry.example/tech-industry/nvidia-h20-license")],
     []),
    ("Julia Ng", "TechCrunchy", "https://techcrunchy.example/", "https://techcrunchy.example/2025/04/07/shopify-ceo-memo-ai-usage-baseline/",
     "Shopkeep CEO memo: employees must show why AI can't do a job before asking for more headcount, and AI usage will factor into performance reviews",
     "In an internal memo posted publicly, Shopkeep's CEO said that \"reflexive AI usage is now a baseline expectation\" at the company …",
     _et(7, 19, 5), [("The Verger", "https://www.theverger.example/news/shopkeep-ai-memo"), ("Fortunate", "https://fortunate.example/2025/04/07/shopkeep-ai-memo-hiring/")],
     [("@tobi_shopkeep", "https://x.example/tobi_shopkeep/status/1909350011112223334"), ("@ai_ops", "https://threads.example/@ai_ops/post/DIabc123")]),
    ("Dan Hollis", "Ars Digita", "https://arsdigita.example/", "https://arsdigita.example/security/2025/04/router-admin-panel-flaw-millions-exposed/",
     "A flaw in a widely licensed router admin panel lets attackers on the same network take over devices; eleven vendors have shipped fixes",
     "Researchers say the bug affects firmware built on a common admin interface used by at least a dozen router brands …",
     _et(7, 17, 30), [("BleepingBytes", "https://www.bleepingbytes.example/news/security/router-admin-panel-flaw/")],
     []),
    ("Aisha Rahman", "Reutersly", "https://www.reutersly.example/", "https://www.reutersly.example/technology/samsung-q1-profit-guidance-2025-04-08/",
     "Samsung forecasts Q1 operating profit of ₩6.6T, down 0.2% YoY but above estimates, helped by strong Galaxy S25 sales",
     "Samsung Electronics on Tuesday estimated its first-quarter operating profit was roughly flat from a year earlier, beating analyst expectations …",
     _et(7, 20, 10), [("Koreana Herald", "https://www.koreanaherald.example/view.php?ud=20250408000123"), ("Bloomfield", "https://www.bloomfieldnews.example/news/articles/2025-04-08/samsung-profit")],
     []),
    ("Chris Welsby", "The Verger", "https://www.theverger.example/", "https://www.theverger.example/news/645090/nintendo-switch-2-preorders-delayed-us-tariffs",
     "Nintendo delays US pre-orders for the Switch 2, originally set for April 9, to assess the potential impact of tariffs; the June 5 launch date is unchanged",
     "Nintendo is delaying pre-orders of the Switch 2 in the US to assess the impact of tariffs …",
     _et(7, 15, 48), [("Polygonal", "https://www.polygonal.example/news/switch-2-preorder-delay"), ("IGNite", "https://www.ignite.example/articles/switch-2-preorders-delayed")],
     [("@nintendonews", "https://bsky.example/profile/nintendonews.bsky.social/post/3lmxyz")]),
    ("Priya Kaul", "Platformer Weekly", "https://www.platformerweekly.example/", "https://www.platformerweekly.example/p/meta-community-notes-first-results",
     "A look at the first month of Meta's Community Notes: few notes get published, and most of those that do concern scams rather than politics",
     "Data shared by contributors suggests that only a small fraction of proposed notes are shown to users …",
     _et(7, 13, 2), [("Tech Policy Desk", "https://www.techpolicydesk.example/meta-community-notes-month-one/")],
     []),
    ("Tom Becker", "CNBz", "https://www.cnbz.example/", "https://www.cnbz.example/2025/04/07/tiktok-deal-extension-75-days.html",
     "The White House extends the TikTok divestiture deadline by another 75 days as talks with potential buyers continue",
     "The administration gave TikTok's parent company more time to reach a deal after negotiations stalled over tariffs …",
     _et(7, 11, 20), [("Axion", "https://www.axion.example/2025/04/07/tiktok-deadline-extension"), ("The Verger", "https://www.theverger.example/news/tiktok-extension-75-days")],
     [("@tombeckercnbz", "https://x.example/tombeckercnbz/status/1909250099988877766")]),
    ("Lucy Han", "Tech Daily", "https://techdaily.example/", "https://techdaily.example/2025/04/07/rivian-spins-out-micromobility-startup/",
     "Rivian spins out its micromobility unit as a standalone startup, raising $105M in a round led by an EV-focused venture fund",
     "The new company will develop lightweight electric vehicles, starting with an e-bike platform it plans to license …",
     _et(7, 9, 35), [],
     []),
    ("Nadia Flores", "The Informer", "https://www.theinformer.example/", "https://www.theinformer.example/newsletters/ai-agenda/google-gemini-team-reorg",
     "Sources: Google is folding its Gemini app team into DeepMind, putting model and product development under one leader",
     "Google is reorganizing the teams behind its Gemini chatbot in an effort to ship features faster …",
     _et(7, 8, 5), [("9to5Goggle", "https://9to5goggle.example/2025/04/07/gemini-app-team-deepmind/")],
     []),
]  # fmt: skip
_MT_SPONSORS = [
    ("Vaultline", "https://www.vaultline.example/lp/secrets-manager?utm_source=techbeat&utm_medium=sponsor", "Rotate every credential automatically — secrets management for platform teams"),
    ("Querypath", "https://querypath.example/webinar?ref=techbeat", "Webinar: How data teams cut warehouse costs by 40%"),
    ("Fleetdesk", "https://fleetdesk.example/?ref=techbeat", "The IT platform for managing every device your company owns"),
]  # fmt: skip
_MT_EVENTS = [
    ("https://www.devsummit.example/2025", "DevSummit 2025 — San Francisco, April 15–17"),
    ("https://www.cloudexpo.example/", "Cloud Infra Expo — Austin, April 22–23"),
]  # fmt: skip


def _mt_perma(posted: datetime, n: int) -> str:
    return f"/{posted:%y%m%d}/p{n}#a{posted:%y%m%d}p{n}"


def _mt_cluster(row: tuple, n: int) -> str:
    """A ``div.clus``: the permalink time "9:41 PM", ``cite`` (author / outlet link), then
    ``strong.L3 > a.ourh`` (the headline to the outside site) and its summary after a dash;
    "More:" and "Discussion:" lines of further outlets and social posts."""
    author, outlet, home, url, title, summary, posted, more, social = row
    more_line = (
        '\n    <div class="relitems"><span class="drhed">More:</span> <span class="bls">'
        + ", ".join(
            f'<cite><a href="{escape_html(u)}">{escape_html(o)}</a></cite>' for o, u in more
        )
        + "</span></div>"
        if more
        else ""
    )
    social_line = (
        '\n    <div class="relitems discussion"><span class="drhed">Discussion:</span> <span class="bls">'
        + ", ".join(f'<a href="{escape_html(u)}">{escape_html(h)}</a>' for h, u in social)
        + "</span></div>"
        if social
        else ""
    )
    return f"""
<div class="clus">
  <div class="itc1"><div class="itc2" id="{posted:%y%m%d}p{n}">
    <a name="a{posted:%y%m%d}p{n}"></a>
    <div class="item">
      <span class="pml"><a href="{_mt_perma(posted, n)}" title="Permalink">{clock12(posted)}</a></span>
      <cite>{escape_html(author)} / <a href="{home}">{escape_html(outlet)}</a>:</cite>
      <div class="ii"><strong class="L3"><a class="ourh" href="{escape_html(url)}">{escape_html(title)}</a></strong>&nbsp; &mdash;&nbsp; {escape_html(summary)}</div>
    </div>{more_line}{social_line}
  </div></div>
</div>"""


def build_meme_tracker_front() -> Layout:
    """A tech news meme-tracker's front page: ``div.clus`` clusters, each a permalink time
    "9:41 PM" (US Eastern, no date, no zone), ``cite`` "Author / Outlet:", the main story as
    ``strong.L3 > a.ourh`` to the outside site followed by "— summary …" in the same line,
    "More:" lines of other outlets' links and "Discussion:" lines of social posts; a page
    clock at the top, "Sponsor Posts", events, a newsletter box, a plain footer."""
    page_url = f"{_MT_HOST}/"
    menu = nav_links(
        [
            ("River", f"{_MT_HOST}/river"),
            ("Leaderboards", f"{_MT_HOST}/lb"),
            ("About", f"{_MT_HOST}/about"),
            ("Sponsor", f"{_MT_HOST}/sponsor"),
            ("Events", f"{_MT_HOST}/events"),
            ("Newsletter", f"{_MT_HOST}/newsy"),
            ("Podcast", f"{_MT_HOST}/podcast"),
        ],
        "navi",
    )
    clusters = "".join(_mt_cluster(row, 20 + 3 * n) for n, row in enumerate(_MT_CLUSTERS))
    sponsors = "\n".join(
        f'<div class="sponsorpost"><cite><a href="{escape_html(u)}" rel="sponsored">{escape_html(name)}</a>:</cite> <a class="ourh" href="{escape_html(u)}" rel="sponsored">{escape_html(text)}</a></div>'
        for name, u, text in _MT_SPONSORS
    )
    events = link_list(_MT_EVENTS, '<li class="evt"><a href="{href}">{title}</a></li>', sep="\n")
    body = f"""
<div id="topcntr">
  <div id="logo"><a href="{_MT_HOST}/"><img src="/img/techbeat-logo.png" alt="TechBeat"></a></div>
  <div id="topline"><span class="pgtime">TechBeat, 2:00 AM ET, April 8, 2025</span></div>
  <ul id="navbar">
{menu}
  </ul>
</div>
<div id="leftcol">
  <div class="pagecont">
    <div class="topheader"><span class="tophed">Top News</span></div>
{clusters}
    <div class="earlier"><a href="{_MT_HOST}/250407/h2000">Earlier items &raquo;</a></div>
  </div>
</div>
<div id="rightcol">
  <div class="sponsors"><div class="sechead">Sponsor Posts</div>
{sponsors}
    <p class="sponsorlink"><a href="{_MT_HOST}/sponsor">Sponsor TechBeat &raquo;</a></p>
  </div>
  <div class="events"><div class="sechead">Upcoming Tech Events</div><ul>
{events}
  </ul></div>
  <div class="newsy"><div class="sechead">Newsletter</div><p>Get the day's top tech news in your inbox.</p><form action="{_MT_HOST}/newsy/subscribe" method="post"><input type="email" name="email"><button>Subscribe</button></form></div>
</div>
<div id="footer">
  <a href="{_MT_HOST}/about">About</a> | <a href="{_MT_HOST}/about#contact">Contact</a> | <a href="{_MT_HOST}/privacy">Privacy</a> | <a href="{_MT_HOST}/feed.xml">RSS</a> | <a href="https://x.example/techbeat">X</a> | <a href="https://bsky.example/profile/techbeat.example">Bluesky</a>
  <p>&copy; 2025 TechBeat Media</p>
</div>"""
    items = [
        gold_item(page_url, url, Story(title, summary, posted))
        for _a, _o, _h, url, title, summary, posted, _m, _s in _MT_CLUSTERS
    ]
    return Layout(
        name="en-meme-tracker-front",
        family="tech news meme-tracker front: div.clus > div.item, permalink time '9:41 PM' (US Eastern, no date), cite 'Author / Outlet:', strong.L3 > a.ourh to outside hosts + '— summary …' inline, 'More:' outlet lines and 'Discussion:' social lines (not items), Sponsor Posts",
        body=english_document("TechBeat", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


BUILDERS: tuple[Builder, ...] = (
    build_tech_site_listing,
    build_science_sorted_articles,
    build_press_release_search,
    build_meme_tracker_front,
)
