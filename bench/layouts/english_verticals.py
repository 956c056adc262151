"""English-language listing layouts of vertical and regional outlets: sport, music, business.

Each builder returns a whole page in the shape of one family of real-world markup — a
professional sports league's news page of ``d3-o-media-object`` cards (a figure, ``h3`` title,
``p`` description and a date-only "Apr 8, 2025"), with a strip of club logos linking to team
pages, clips of the league's "Video" tab in the same content list, a "Trending" box and a
shop promo; a music and culture magazine's ``div.c-card`` river with kickers ("Album
Review"), ``h3`` titles, ``p`` deks, "By Author" and date-only "April 8, 2025" lines, and
review scores ("8.4") or star ratings printed beside the headline; an Indian business daily's
``div.eachStory > h3 > a`` list with a ``p`` summary, "Apr 8, 2025, 10:05 AM IST" and premium
badge pictures (``img alt="Prime"``) inside the headline link, a markets ticker and a premium
stories box; and a Singapore daily's ``div.card > div.card-body > h5.card-title > a`` section
with "Apr 08, 2025, 01:05 PM" on the Singapore clock (no zone), premium lock icons, a "Most
Popular" list of the same cards and a "Recommended" widget of a content-recommendation
network — with the chrome real pages carry around the list. Hosts, headlines, leads and names
are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC: 02:00 EDT, 11:30 IST, 14:00 SGT).
Gold times are the instants the page states, in the site's own clock (the layout's
``timezone``) where the page names no zone; relative times are resolved against the fetch
instant; a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")
IST = timezone(timedelta(hours=5, minutes=30), "IST")
SGT = timezone(timedelta(hours=8), "SGT")


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


def _day(day: int) -> datetime:
    """A date the page prints without a time of day (noon, US Eastern: no gold timestamp)."""
    return _at(EDT, day, 12, 0)


# --------------------------------------------------------------------------------------------
# 1. A sports league's news page (d3-o-media-object cards, club logos, Video tab clips)
# --------------------------------------------------------------------------------------------

_LG_HOST = "https://www.gridironleague.example"
_LG_HERO = Story.at(
    "/news/2025-draft-prospects-top-50-big-board-final-edition",
    "2025 League Draft: Final top 50 big board, with two weeks to go",
    "Our draft analyst makes his final adjustments to the board, moving a pass rusher into the "
    "top five and a quarterback out of the first round entirely.",
    _day(8),
    "Draft",
)
# (story, is a clip of the Video tab, clip length)
_LG_CARDS: list[tuple[Story, bool, str]] = [
    (Story.at("/news/harbor-city-mariners-sign-veteran-cornerback-to-one-year-deal", "Mariners sign veteran cornerback to one-year deal",
              "The 31-year-old started 14 games last season and gives the Mariners depth behind their young starters.", _day(8), "News"), False, ""),
    (Story.at("/videos/top-10-trick-plays-of-the-2024-season", "Top 10 trick plays of the 2024 season",
              "From a double pass on fourth down to a fake punt in the playoffs, relive the season's boldest calls.", _day(8), "Video"), True, "05:42"),
    (Story.at("/news/league-owners-approve-kickoff-rule-made-permanent", "Owners vote to make dynamic kickoff rule permanent",
              "The change passed 30-2 at the annual meeting after injury rates on kickoffs fell for a second straight year.", _day(7), "News"), False, ""),
    (Story.at("/news/mock-draft-3-0-trades-shake-up-top-ten", "Mock Draft 3.0: Two trades shake up the top ten",
              "A quarterback-needy team jumps up to No. 3, and a surprise slide sends an edge rusher into the teens.", _day(7), "Draft"), False, ""),
    (Story.at("/videos/prospect-spotlight-wide-receiver-route-running", "Prospect spotlight: The draft's best route runner",
              None, _day(7), "Video"), True, "03:18"),
    (Story.at("/news/river-valley-stallions-extend-head-coach-through-2029", "Stallions extend head coach through 2029 season",
              "The extension follows back-to-back division titles and the franchise's first playoff win in 12 years.", _day(7), "News"), False, ""),
    (Story.at("/news/fantasy-football-2025-early-rankings-running-backs", "Fantasy football 2025: Early running back rankings",
              "A rookie from last season climbs into the top five while a former league leader slides after his move west.", _day(6), "Fantasy"), False, ""),
    (Story.at("/videos/draft-combine-fastest-40-yard-dash-times", "Every sub-4.35 40-yard dash from the 2025 combine",
              "Watch the fastest runs from Indianapolis, including a new record for a defensive lineman.", _day(6), "Video"), True, "02:55"),
    (Story.at("/news/bay-state-pilots-quarterback-restructure-contract-cap-space", "Pilots restructure quarterback's contract to clear $18 million in cap space",
              "The move converts most of his 2025 base salary into a signing bonus and gives the team room for more free agents.", _day(6), "News"), False, ""),
    (Story.at("/news/international-games-2025-schedule-madrid-sao-paulo", "League announces 2025 international games, including first in Madrid",
              "Seven games will be played abroad this season, with return trips to London, Munich and Sao Paulo.", _day(5), "News"), False, ""),
    (Story.at("/videos/offseason-workouts-around-the-league", "Around the league: Offseason workouts begin",
              None, _day(5), "Video"), True, "01:47"),
    (Story.at("/news/former-all-pro-linebacker-announces-retirement-after-11-seasons", "Former All-Pro linebacker announces retirement after 11 seasons",
              "He finishes his career with 1,104 tackles, three Pro Bowls and a ring from his final season.", _day(4), "News"), False, ""),
    (Story.at("/news/schedule-release-date-set-for-may-14", "2025 schedule release set for May 14",
              "Teams will again reveal their opponents in a prime-time show, with the full slate following at 8 p.m. ET.", _day(4), "News"), False, ""),
    (Story.at("/news/draft-order-2025-every-pick-round-by-round", "2025 League Draft order: Every pick, round by round",
              "The full order after compensatory selections, including the five teams holding two first-round picks.", _day(3), "Draft"), False, ""),
]  # fmt: skip
_LG_CLUBS = [
    ("Harbor City Mariners", "harbor-city-mariners"), ("River Valley Stallions", "river-valley-stallions"),
    ("Bay State Pilots", "bay-state-pilots"), ("Lakeshore Wolves", "lakeshore-wolves"),
    ("Mountain Rangers", "mountain-rangers"), ("Desert Hawks", "desert-hawks"),
    ("Capital Guardians", "capital-guardians"), ("Gulf Coast Marlins", "gulf-coast-marlins"),
]  # fmt: skip
_LG_TRENDING = [
    ("/news/2025-draft-prospects-top-50-big-board-final-edition", "Big board: Final top 50"),
    ("/news/owners-approve-kickoff-rule-made-permanent", "Kickoff rule here to stay"),
    ("/news/free-agency-tracker-2025-every-signing", "Free agency tracker: Every signing, every team"),
    ("/news/mock-draft-3-0-trades-shake-up-top-ten", "Mock Draft 3.0 shakes up the top ten"),
    ("/news/power-rankings-post-free-agency-2025", "Power Rankings: Post-free agency edition"),
]  # fmt: skip


def _lg_card(story: Story, clip: bool, length: str) -> str:
    """A ``li.d3-o-list__item`` holding one whole-card link ``a.d3-o-media-object``: a figure
    (with a play icon and length on clips), a category line, ``h3`` title, ``p`` description
    and the date-only ``p.d3-o-media-object__date``."""
    slug = image_slug(story.path)
    play = (
        f'<span class="d3-o-media-object__play"><svg class="lg-o-icon lg-o-icon--play" aria-hidden="true"><use href="#play"></use></svg><span class="d3-o-media-object__duration">{length}</span></span>'
        if clip
        else ""
    )
    summary = (
        f'\n      <p class="d3-o-media-object__summary">{escape_html(story.lead)}</p>'
        if story.lead
        else ""
    )
    kind = "video" if clip else "article"
    return f"""
  <li class="d3-o-list__item" data-content-type="{kind}">
    <a class="d3-o-media-object" href="{story.path}" data-link_name="{kind}|{slug[:24]}">
      <figure class="d3-o-media-object__figure"><picture><source srcset="https://static.gridironleague.example/t_lazy/f_auto/league/{slug[:30]}.jpg" media="(min-width:1024px)"><img class="img-responsive" alt="{escape_html(story.title)}" src="https://static.gridironleague.example/t_lazy/f_auto/league/{slug[:30]}.jpg"></picture>{play}</figure>
      <div class="d3-o-media-object__body">
        <p class="d3-o-media-object__category">{escape_html(story.label)}</p>
        <h3 class="d3-o-media-object__title">{escape_html(story.title)}</h3>{summary}
        <p class="d3-o-media-object__date">{story.when:%b} {story.when.day}, {story.when:%Y}</p>
      </div>
    </a>
  </li>"""


def build_sports_league_news() -> Layout:
    """A sports league's news page: a hero card, then ``ul.d3-o-list`` of whole-card links
    ``a.d3-o-media-object`` (figure, category, ``h3`` title, ``p`` description, date-only
    "Apr 8, 2025"), with clips of the "Video" tab listed among the stories; a strip of club
    logos linking to team pages, tabs of filter buttons, "Trending", a shop promo, ad slots,
    "Load More"."""
    page_url = f"{_LG_HOST}/news/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Scores", "/scores/"),
            ("Schedules", "/schedules/"),
            ("Videos", "/videos/"),
            ("Teams", "/teams/"),
            ("Players", "/players/"),
            ("Stats", "/stats/"),
            ("Standings", "/standings/"),
            ("Draft", "/draft/"),
            ("Fantasy", "https://fantasy.gridironleague.example/"),
            ("Tickets", "https://www.gridironleague.example/tickets/"),
        ],
        "d3-o-nav__item",
    )
    clubs = "\n".join(
        f'<li class="d3-o-club-bar__item"><a href="/teams/{slug}/" title="{escape_html(name)}" data-link_name="club-bar|{slug}"><img src="https://static.gridironleague.example/t_q-best/league/logos/{slug}.svg" alt="{escape_html(name)} logo" width="40" height="40"></a></li>'
        for name, slug in _LG_CLUBS
    )
    cards = [_lg_card(s, clip, length) for s, clip, length in _LG_CARDS]
    cards.insert(
        6,
        """
  <li class="d3-o-list__item d3-o-list__item--ad"><div class="d3-o-adv-block" data-ad-unit="/4595/league.news/news_list_mid"><span class="d3-o-adv-block__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=6182&amp;adurl=https://www.sportsfuel.example/hydrate" rel="nofollow sponsored"><img src="https://tpc.googlesyndication.example/simgad/lg_mid.jpg" alt="Sportsfuel"></a></div></li>""",
    )
    trending = link_list(
        _LG_TRENDING,
        '<li class="d3-o-trending__item"><span class="d3-o-trending__rank">{rank}</span><a href="{href}" class="d3-o-trending__link">{title}</a></li>',
        sep="\n",
    )
    hero = _LG_HERO
    assert hero.when is not None and hero.lead is not None
    body = f"""
<div class="d3-o-club-bar"><ul class="d3-o-club-bar__list">
{clubs}
</ul></div>
<header class="d3-o-header">
  <a class="d3-o-header__logo" href="/"><img src="/assets/league-logo.svg" alt="Gridiron League"></a>
  <nav class="d3-o-nav" aria-label="Main"><ul class="d3-o-nav__list">
{menu}
  </ul></nav>
  <a class="d3-o-header__shop" href="https://shop.gridironleague.example/?utm_source=league&amp;utm_medium=nav">Shop</a>
  <a class="d3-o-header__signin" href="/account/sign-in">Sign In</a>
</header>
<div class="d3-o-adv-block d3-o-adv-block--top" data-ad-unit="/4595/league.news/top"><span class="d3-o-adv-block__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=6181&amp;adurl=https://www.truckmaker.example/tough" rel="nofollow sponsored"><img src="https://tpc.googlesyndication.example/simgad/lg_top.jpg" alt=""></a></div>
<main role="main" class="d3-l-wrap">
  <h1 class="d3-o-section-title">News</h1>
  <section class="d3-l-grid--outer d3-l-section-row lg-c-hero">
    <div class="d3-o-media-object d3-o-media-object--hero">
      <figure class="d3-o-media-object__figure"><a href="{hero.path}" tabindex="-1"><picture><img class="img-responsive" alt="" src="https://static.gridironleague.example/t_lazy/f_auto/league/{image_slug(hero.path)[:30]}.jpg"></picture></a></figure>
      <div class="d3-o-media-object__body">
        <p class="d3-o-media-object__category">{hero.label}</p>
        <h2 class="d3-o-media-object__title"><a href="{hero.path}">{escape_html(hero.title)}</a></h2>
        <p class="d3-o-media-object__summary">{escape_html(hero.lead)}</p>
        <p class="d3-o-media-object__date">{hero.when:%b} {hero.when.day}, {hero.when:%Y}</p>
      </div>
    </div>
  </section>
  <div class="d3-l-grid--inner">
    <div class="d3-l-col__col-8">
      <div class="d3-o-tabs" role="tablist">
        <button class="d3-o-tabs__tab d3-is-active" role="tab" aria-selected="true" data-filter="all">All</button>
        <button class="d3-o-tabs__tab" role="tab" aria-selected="false" data-filter="article">News</button>
        <button class="d3-o-tabs__tab" role="tab" aria-selected="false" data-filter="video">Video</button>
      </div>
      <ul class="d3-o-list lg-c-content-list" role="tabpanel">{"".join(cards)}
      </ul>
      <div class="d3-o-pagination"><a class="d3-o-button d3-o-button--load-more" href="/news/?page=2" data-link_name="load-more">Load More</a></div>
    </div>
    <aside class="d3-l-col__col-4">
      <section class="d3-o-trending"><h2 class="d3-o-section-title">Trending</h2><ol class="d3-o-trending__list">
{trending}
      </ol></section>
      <section class="d3-o-promo"><span class="d3-o-promo__label">Sponsored</span><a href="https://shop.gridironleague.example/draft-hats?utm_source=league&amp;utm_medium=promo" rel="sponsored"><img src="https://static.gridironleague.example/promo/draft-hats.jpg" alt=""><p>Official 2025 Draft hats are here: shop now</p></a></section>
    </aside>
  </div>
</main>
<footer class="d3-o-footer">
  <ul class="d3-o-footer__links">
{nav_links([("Privacy Policy", "/legal/privacy/"), ("Terms of Service", "/legal/terms/"), ("Accessibility", "/accessibility/"), ("Careers", "https://careers.gridironleague.example/"), ("Ad Choices", "/legal/ad-choices/")])}
  </ul>
  <p class="d3-o-footer__copyright">&copy; 2025 Gridiron League Enterprises LLC.</p>
</footer>"""
    stories = [_LG_HERO, *(s for s, _, _ in _LG_CARDS)]
    items = [gold_item(page_url, s.path, s, timed=False) for s in stories]
    return Layout(
        name="en-sports-league-media-objects",
        family="sports league news page: li > a.d3-o-media-object whole-card links (figure, category, h3 title, p summary, date-only 'Apr 8, 2025'), Video-tab clips with durations in the same list, club-logo strip to team pages, Trending",
        body=english_document("Latest News | Gridiron League", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 2. A music and culture magazine (div.c-card with kicker, h3, dek, byline, date, ratings)
# --------------------------------------------------------------------------------------------

_MUS_HOST = "https://www.soundandvision.example"
# (story, author, rating markup beside the headline or "")
_MUS_CARDS: list[tuple[Story, str, str]] = [
    (Story.at("/reviews/albums/marlow-reyes-glass-orchard/", "Marlow Reyes: Glass Orchard",
              "The Detroit songwriter's third album trades the bedroom-pop haze of her debut for brittle, string-laced ballads about leaving home.",
              _day(8), "Album Review"), "Jonah Whitfield", '<span class="c-card__rating" aria-label="Rating: 8.4 out of 10">8.4</span> <span class="c-card__badge c-card__badge--bnm">Best New Music</span>'),
    (Story.at("/news/the-velvet-arcade-announce-reunion-tour/", "The Velvet Arcade Announce First Tour in a Decade",
              "The shoegaze band will play 18 North American dates this fall, beginning in Minneapolis in September.",
              _day(8), "News"), "Priya Castellanos", ""),
    (Story.at("/reviews/tracks/kofi-brandt-saltwater/", "Kofi Brandt: “Saltwater”",
              "Over a sparse kora loop and a drum machine set to a crawl, the Berlin producer finds room for a choir of pitched-down voices.",
              _day(8), "Track Review"), "Ellis Okafor", ""),
    (Story.at("/features/interview-juniper-vale-new-album-grief/", "Juniper Vale on Grief, Farming, and the Album That Almost Broke Her",
              "In a long conversation from her Vermont farmhouse, the folk singer talks about writing through loss and recording in a barn.",
              _day(8), "Interview"), "Margo Lindqvist", ""),
    (Story.at("/reviews/albums/static-parish-night-ferry/", "Static Parish: Night Ferry",
              "The Glasgow trio's post-punk gets roomier and stranger on an album that sounds like it was recorded below deck.",
              _day(7), "Album Review"), "Theo Marchetti", '<span class="c-card__rating" aria-label="Rating: 7.1 out of 10">7.1</span>'),
    (Story.at("/news/coastline-festival-2025-lineup/", "Coastline Festival 2025 Lineup Revealed",
              "A reunited emo band, two rap headliners and a surprise return from a French house duo top this year's bill.",
              _day(7), "News"), "Priya Castellanos", ""),
    (Story.at("/video/sessions/harlow-twins-live-in-the-studio/", "Watch the Harlow Twins Perform “Paper Moons” Live in Our Studio",
              None, _day(7), "Video"), "", ""),
    (Story.at("/reviews/albums/dj-solenne-afterhours-vol-2/", "DJ Solenne: Afterhours Vol. 2",
              "The second volume of the Lyon DJ's club series is tighter and weirder, with a run of tracks that refuse to resolve.",
              _day(7), "Album Review"), "Ellis Okafor", '<span class="c-card__rating" aria-label="Rating: 6.8 out of 10">6.8</span>'),
    (Story.at("/features/best-new-tracks-week-of-april-7/", "The 12 Best Songs of the Week",
              "New music from Kofi Brandt, Juniper Vale, the Velvet Arcade and more.",
              _day(7), "List"), "Staff", ""),
    (Story.at("/news/record-store-day-2025-exclusives/", "Record Store Day 2025: The Exclusives Worth Lining Up For",
              "From a live Static Parish LP to a box set of jazz radio sessions, here are the releases our staff are hunting.",
              _day(6), "News"), "Harriet Osei", ""),
    (Story.at("/reviews/albums/greyhound-motel-long-way-down/", "Greyhound Motel: Long Way Down",
              "A country-rock debut that knows its references a little too well, but lands three genuinely great songs.",
              _day(6), "Album Review"), "Theo Marchetti", '<span class="c-card__stars" role="img" aria-label="3 out of 5 stars"><span class="c-card__star is-full">★</span><span class="c-card__star is-full">★</span><span class="c-card__star is-full">★</span><span class="c-card__star">☆</span><span class="c-card__star">☆</span></span>'),
    (Story.at("/photos/desert-bloom-weekend-one-best-photos/", "Photos: The Best of Desert Bloom Weekend One",
              "Our photographers were at the side of every stage.",
              _day(6), "Gallery"), "Staff", ""),
    (Story.at("/reviews/albums/moss-and-marrow-lantern-songs/", "Moss & Marrow: Lantern Songs",
              "The duo's hushed chamber-folk is at its best when it lets the silence do the work.",
              _day(5), "Album Review"), "Margo Lindqvist", '<span class="c-card__stars" role="img" aria-label="4 out of 5 stars"><span class="c-card__star is-full">★</span><span class="c-card__star is-full">★</span><span class="c-card__star is-full">★</span><span class="c-card__star is-full">★</span><span class="c-card__star">☆</span></span>'),
    (Story.at("/features/sampled-history-of-a-breakbeat/", "How One Forgotten Funk Drum Break Ended Up on 400 Records",
              "Tracing the path of a 1971 B-side from a Newark basement to the biggest rap songs of the '90s.",
              _day(5), "Feature"), "Harriet Osei", ""),
    (Story.at("/news/streaming-royalties-bill-senate/", "Songwriters Push Senate on Streaming Royalties Bill",
              None, _day(4), "News"), "Priya Castellanos", ""),
]  # fmt: skip
_MUS_POPULAR = [
    ("/news/the-velvet-arcade-announce-reunion-tour/", "The Velvet Arcade are back on the road"),
    ("/features/the-200-best-albums-of-the-2010s/", "The 200 Best Albums of the 2010s"),
    ("/reviews/albums/marlow-reyes-glass-orchard/", "Marlow Reyes, Glass Orchard: our review"),
    ("/news/coastline-festival-2025-lineup/", "Coastline 2025: the full lineup"),
    ("/features/every-album-ranked-the-cure/", "Every Album by the Cure, Ranked"),
]  # fmt: skip
_MUS_RELATED = [
    ("/features/best-albums-of-2025-so-far/", "The Best Albums of 2025 So Far"),
    ("/features/spring-music-preview-2025/", "Spring Music Preview: 40 Albums to Hear"),
    ("/reviews/albums/marlow-reyes-first-light/", "Marlow Reyes: First Light (2021)"),
]  # fmt: skip


def _mus_card(story: Story, author: str, rating: str) -> str:
    """A ``div.c-card``: a picture link, a kicker link, ``h3.c-card__title > a`` (score or
    stars after the link, inside the heading), ``p.c-card__dek``, a byline and a date line."""
    assert story.when is not None
    kicker_href = {
        "Album Review": "/reviews/albums/",
        "Track Review": "/reviews/tracks/",
        "Video": "/video/",
        "Gallery": "/photos/",
    }.get(story.label, f"/{story.label.lower()}/")
    dek = f'\n    <p class="c-card__dek">{escape_html(story.lead)}</p>' if story.lead else ""
    byline = (
        f'<span class="c-card__byline">By <a href="/staff/{author.lower().replace(" ", "-")}/" rel="author">{escape_html(author)}</a></span>'
        if author
        else ""
    )
    return f"""
<div class="c-card c-card--river" data-type="{story.label.lower().replace(" ", "-")}">
  <a class="c-card__image-link" href="{story.path}" tabindex="-1" aria-hidden="true"><img class="c-card__image lazyload" data-src="https://media.soundandvision.example/photos/{image_slug(story.path)}/1:1/w_320.jpg" alt=""></a>
  <div class="c-card__body">
    <a class="c-card__kicker" href="{kicker_href}">{escape_html(story.label)}</a>
    <h3 class="c-card__title"><a class="c-card__link" href="{story.path}">{escape_html(story.title)}</a>{(" " + rating) if rating else ""}</h3>{dek}
    <div class="c-card__meta">{byline}<span class="c-card__date">{story.when:%B} {story.when.day}, {story.when:%Y}</span></div>
  </div>
</div>"""


def build_music_magazine_cards() -> Layout:
    """A music and culture magazine's latest page: a river of ``div.c-card`` (kicker link,
    ``h3.c-card__title > a``, review score "8.4" or star ratings and "Best New Music" badges
    inside the heading after the link, ``p.c-card__dek``, "By Author", date-only "April 8,
    2025"); a numbered "Most Popular", "You Might Also Like", a newsletter box, ads, a pager."""
    page_url = f"{_MUS_HOST}/latest/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Reviews", "/reviews/albums/"),
            ("Tracks", "/reviews/tracks/"),
            ("Features", "/features/"),
            ("Lists & Guides", "/features/lists-and-guides/"),
            ("Video", "/video/"),
            ("Photos", "/photos/"),
            ("Festival", "https://festival.soundandvision.example/"),
        ],
        "c-nav__item",
    )
    cards = [_mus_card(s, a, r) for s, a, r in _MUS_CARDS]
    cards.insert(
        5,
        """
<div class="c-ad c-ad--in-river"><p class="c-ad__label">ADVERTISEMENT</p><a href="https://adclick.g.doubleclick.example/pcs/click?xai=snv_river&amp;adurl=https://www.headphonebrand.example/studio" rel="nofollow sponsored"><img src="https://tpc.googlesyndication.example/simgad/snv_river.jpg" alt=""></a></div>""",
    )
    popular = link_list(
        _MUS_POPULAR,
        '<li class="c-popular__item"><span class="c-popular__rank">{rank}</span><a class="c-popular__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    related = link_list(
        _MUS_RELATED,
        '<li class="c-related__item"><a class="c-related__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<header class="c-header">
  <a class="c-header__logo" href="/"><img src="/static/img/logo.svg" alt="Sound and Vision"></a>
  <nav class="c-nav"><ul class="c-nav__list">
{menu}
  </ul></nav>
  <a class="c-header__subscribe" href="/subscribe/?source=header">Subscribe</a>
</header>
<div class="c-ad c-ad--leaderboard"><p class="c-ad__label">ADVERTISEMENT</p><a href="https://adclick.g.doubleclick.example/pcs/click?xai=snv_lb&amp;adurl=https://www.streamingservice.example/trial" rel="nofollow sponsored"><img src="https://tpc.googlesyndication.example/simgad/snv_lb.jpg" alt=""></a></div>
<main class="l-page">
  <h1 class="c-page-title">The Latest</h1>
  <div class="l-page__grid">
    <section class="c-river">{"".join(cards)}
    </section>
    <aside class="l-sidebar">
      <section class="c-popular"><h2 class="c-section-title">Most Popular</h2><ol>
{popular}
      </ol></section>
      <section class="c-related"><h2 class="c-section-title">You Might Also Like</h2><ul>
{related}
      </ul></section>
      <section class="c-newsletter"><h2 class="c-section-title">The Weekly Mix</h2><p>Our favorite new music, every Friday.</p><form action="/newsletter/subscribe/" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Sign Up</button></form></section>
    </aside>
  </div>
  <nav class="c-pagination"><span class="c-pagination__current">1</span><a href="/latest/?page=2">2</a><a href="/latest/?page=3">3</a><a class="c-pagination__next" href="/latest/?page=2">Next Page</a></nav>
</main>
<footer class="c-footer">
  <ul class="c-footer__links">
{nav_links([("About", "/about/"), ("Masthead", "/masthead/"), ("Contact", "/contact/"), ("Privacy Policy", "/privacy-policy/"), ("User Agreement", "/user-agreement/"), ("Your California Privacy Rights", "/privacy-policy/#california")])}
  </ul>
  <p>&copy; 2025 Sound and Vision Media, Inc. All rights reserved.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s, timed=False) for s, _, _ in _MUS_CARDS]
    return Layout(
        name="en-music-magazine-c-cards",
        family="music and culture magazine river: div.c-card > kicker link + h3.c-card__title > a with a score '8.4' / star spans / 'Best New Music' badge after the link, p.c-card__dek, 'By Author', date-only 'April 8, 2025'",
        body=english_document("The Latest | Sound and Vision", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 3. An Indian business daily (div.eachStory > h3 > a, premium img badges, '… IST')
# --------------------------------------------------------------------------------------------

_BL_HOST = "https://www.businessledger.example"
# (story, premium)
_BL_STORIES: list[tuple[Story, bool]] = [
    (Story.at("/markets/stocks/news/sensex-nifty-rebound-after-tariff-selloff/articleshow/119987412.cms", "Sensex, Nifty rebound over 1% a day after tariff selloff; metal stocks lead",
              "The BSE benchmark rose 1,089 points in early trade as investors picked up beaten-down metal and auto shares after Monday's rout.",
              _at(IST, 8, 11, 5), "Stocks"), False),
    (Story.at("/markets/stocks/news/why-fiis-may-return-to-indian-banks/articleshow/119986920.cms", "Why foreign funds may return to Indian bank stocks before anything else",
              "Valuations of large private lenders have fallen below their five-year average even as credit costs stay low, analysts say.",
              _at(IST, 8, 10, 42), "Stocks"), True),
    (Story.at("/markets/ipos/fpos/tata-tech-arm-ipo-price-band/articleshow/119986301.cms", "Engineering services firm sets IPO price band at Rs 475-500 a share",
              "The Rs 3,200 crore issue opens for subscription on April 11 and includes a fresh issue of Rs 1,000 crore.",
              _at(IST, 8, 10, 15), "IPOs"), False),
    (Story.at("/news/economy/policy/rbi-mpc-meeting-rate-cut-expectations/articleshow/119985877.cms", "RBI MPC meet begins: Economists see second straight 25 bps rate cut",
              "A softer inflation print and the hit to exports from US tariffs give the central bank room to ease, a poll of 20 economists showed.",
              _at(IST, 8, 9, 58), "Policy"), False),
    (Story.at("/industry/auto/cars-uvs/ev-maker-plans-second-plant-tamil-nadu/articleshow/119985210.cms", "EV maker plans Rs 9,000 crore second plant in Tamil Nadu",
              "The company will build 1.5 lakh cars a year at the new site and expects production to begin in 2027.",
              _at(IST, 8, 9, 31), "Auto"), True),
    (Story.at("/tech/technology/it-services-q4-preview-deal-wins/articleshow/119984655.cms", "Q4 preview: IT majors likely to post flat revenue as clients hold back spending",
              "Brokerages expect muted growth from the top five IT firms, with deal wins offering the only bright spot.",
              _at(IST, 8, 9, 2), "Technology"), False),
    (Story.at("/markets/commodities/news/gold-prices-today-april-8/articleshow/119984102.cms", "Gold prices slip for third day as dollar firms",
              "MCX gold futures fell 0.6% to Rs 87,410 per 10 grams, while silver eased to Rs 89,150 per kg.",
              _at(IST, 8, 8, 47), "Commodities"), False),
    (Story.at("/industry/banking/finance/banking/bank-credit-growth-slows-march/articleshow/119983540.cms", "Bank credit growth slows to 11% in March, deposits outpace loans",
              None, _at(IST, 8, 8, 10), "Banking"), False),
    (Story.at("/prime/money-and-markets/the-hidden-cost-of-sip-pauses/primearticleshow/119982991.cms", "The hidden cost of pausing your SIPs when markets fall",
              "Our analysis of 15 years of fund data shows how investors who stopped monthly investments in a downturn lost out on the recovery.",
              _at(IST, 8, 7, 30), "Money & Markets"), True),
    (Story.at("/news/economy/foreign-trade/india-us-trade-deal-talks-first-tranche/articleshow/119982410.cms", "India, US aim to close first tranche of trade deal by autumn",
              "Officials said talks would cover tariffs on industrial goods and market access for farm products.",
              _at(IST, 7, 22, 16), "Foreign Trade"), False),
    (Story.at("/small-biz/sme-sector/msme-exporters-seek-interest-subvention/articleshow/119981877.cms", "MSME exporters seek interest subvention as US tariffs bite",
              "Export promotion councils asked the government to restore the 3% interest equalisation scheme for small firms.",
              _at(IST, 7, 20, 45), "SME Sector"), False),
    (Story.at("/markets/stocks/news/stocks-to-buy-analysts-picks-tuesday/articleshow/119981309.cms", "Stocks to buy: Analysts pick 6 shares for Tuesday's trade",
              "Technical analysts see support for the Nifty at 22,000 and suggest buying into a handful of large caps.",
              _at(IST, 7, 19, 12), "Stocks"), True),
    (Story.at("/industry/energy/power/power-demand-record-heatwave/articleshow/119980722.cms", "Peak power demand could hit record 270 GW this summer, grid operator warns",
              "Early heatwaves in April have already pushed demand in northern states above last year's levels.",
              _at(IST, 7, 17, 58), "Power"), False),
    (Story.at("/news/company/corporate-trends/fmcg-firms-rural-demand-recovery/articleshow/119980115.cms", "FMCG firms see rural demand recovery gathering pace",
              "Companies say sales of soaps, biscuits and hair oil in villages grew faster than in cities for a third quarter.",
              _at(IST, 7, 16, 20), "Corporate Trends"), False),
]  # fmt: skip
_BL_PRIME_BOX = [
    ("/prime/economy-and-policy/the-new-gst-fight/primearticleshow/119970001.cms", "Inside the quiet fight over GST rate cuts"),
    ("/prime/technology-and-startups/quick-commerce-margins/primearticleshow/119970002.cms", "Quick commerce's margin problem, in five charts"),
    ("/prime/money-and-markets/the-hidden-cost-of-sip-pauses/primearticleshow/119982991.cms", "What pausing SIPs really costs"),
]  # fmt: skip
_BL_MOST_READ = [
    ("/markets/stocks/news/sensex-nifty-rebound-after-tariff-selloff/articleshow/119987412.cms", "Sensex, Nifty bounce back 1%"),
    ("/news/economy/policy/8th-pay-commission-fitment-factor/articleshow/119960000.cms", "8th Pay Commission: What the fitment factor means for your salary"),
    ("/markets/commodities/news/gold-prices-today-april-8/articleshow/119984102.cms", "Gold rate today: prices fall again"),
    ("/wealth/tax/itr-filing-new-forms-notified/articleshow/119961111.cms", "ITR forms for AY 2025-26 notified: what has changed"),
    ("/news/economy/policy/rbi-mpc-meeting-rate-cut-expectations/articleshow/119985877.cms", "RBI policy: Will your EMI come down?"),
]  # fmt: skip
_BL_TICKER = [
    ("/markets/indices/sensex", "Sensex 74,227.08 +1.47%"),
    ("/markets/indices/nifty-50", "Nifty 50 22,535.85 +1.49%"),
    ("/markets/forex", "USD/INR 85.84 -0.11%"),
    ("/markets/commodities/gold", "Gold 87,410 -0.60%"),
]  # fmt: skip

_BL_PRIME_IMG = '<img class="primeIcon" src="https://img.indiabiz.example/photo/prime_icon_new.cms" alt="Prime" width="16" height="16">'


def _bl_stamp(when: datetime) -> str:
    """'Apr 8, 2025, 10:05 AM IST': month abbreviated, no padding on the day, a padded 12-hour
    clock with an upper-case marker."""
    local = when.astimezone(IST)
    return f"{local:%b} {local.day}, {local:%Y}, {local:%I:%M %p} IST"


def _bl_story(story: Story, premium: bool) -> str:
    """A ``div.eachStory``: a picture link, ``h3 > a`` (the premium badge picture inside the
    link, after the headline), ``time.date-format`` and ``p`` (the summary)."""
    assert story.when is not None
    badge = _BL_PRIME_IMG if premium else ""
    para = f"\n  <p>{escape_html(story.lead)}</p>" if story.lead else ""
    art_id = story.path.rsplit("/", 1)[-1].split(".")[0]
    return f"""
<div class="eachStory" data-artid="{art_id}">
  <span class="imgContainer"><a href="{story.path}"><img src="https://img.indiabiz.example/thumb/msid-{art_id},width-160,height-120/photo.jpg" alt="{escape_html(story.title)}" width="160" height="120"></a></span>
  <h3><a href="{story.path}">{escape_html(story.title)}{badge}</a></h3>
  <time class="date-format" data-time="{story.when.astimezone(IST).isoformat()}">{_bl_stamp(story.when)}</time>{para}
</div>"""


def build_indian_business_daily() -> Layout:
    """An Indian business daily's news list: ``div.eachStory`` rows of a picture link,
    ``h3 > a`` with premium badge pictures (``img alt="Prime"``) inside the headline link,
    ``time.date-format`` "Apr 8, 2025, 10:05 AM IST" and a ``p`` summary; a markets ticker of
    index quote links, a premium stories box, "Most Read", ad slots, a "Load More" pager."""
    page_url = f"{_BL_HOST}/news/latest-news"
    menu = nav_links(
        [
            ("Home", "/"),
            ("LedgerPrime", "/prime"),
            ("Markets", "/markets"),
            ("News", "/news"),
            ("Industry", "/industry"),
            ("Tech", "/tech"),
            ("Wealth", "/wealth"),
            ("MF", "/mf"),
            ("Small Biz", "/small-biz"),
            ("Opinion", "/opinion"),
        ],
        "navItem",
    )
    ticker = "".join(
        f'<li><a href="{href}">{escape_html(text)}</a></li>' for href, text in _BL_TICKER
    )
    rows = [_bl_story(s, p) for s, p in _BL_STORIES]
    rows.insert(
        7,
        """
<div class="eachStory adContainer"><div class="ad-box"><span class="adText">ADVERTISEMENT</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=77123&amp;adurl=https://www.mutualfundhouse.example/sip" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/et_mid.jpg" alt=""></a></div></div>""",
    )
    prime_box = link_list(
        [(_BL_HOST + h, t) for h, t in _BL_PRIME_BOX],
        f'<li><a href="{{href}}">{{title}}</a>{_BL_PRIME_IMG}</li>',
        sep="\n",
    )
    most_read = link_list(
        _BL_MOST_READ,
        '<li><span class="rank">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div class="topBar"><ul class="marketTicker">{ticker}</ul><a class="signIn" href="/login.cms">Sign In</a> <a class="subscribe" href="/prime/subscription?utm_source=topbar&amp;utm_medium=header">Subscribe to LedgerPrime</a></div>
<header id="header">
  <a class="logo" href="/"><img src="https://img.indiabiz.example/photo/logo.cms" alt="The Business Ledger"></a>
  <nav id="topnav"><ul>
{menu}
  </ul></nav>
</header>
<div class="adContainer top"><span class="adText">ADVERTISEMENT</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=77122&amp;adurl=https://www.carbrand.example/suv" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/et_top.jpg" alt=""></a></div>
<div class="mainContainer">
  <div class="leftContent">
    <h1 class="pageHeading">Latest News</h1>
    <div class="tabs"><a class="active" href="/news/latest-news">All</a><a href="/news/latest-news/most-read">Most Read</a><a href="/news/latest-news/most-shared">Most Shared</a></div>
    <div class="data" id="pageContent">{"".join(rows)}
    </div>
    <div class="loadMore"><a href="/news/latest-news?curpg=2" data-page="2">Load More</a></div>
  </div>
  <div class="rightContent">
    <div class="primeWidget"><h2><a href="/prime">LedgerPrime Stories</a></h2><ul>
{prime_box}
    </ul></div>
    <div class="mostRead"><h2>Most Read</h2><ul>
{most_read}
    </ul></div>
    <div class="adContainer rhs"><span class="adText">ADVERTISEMENT</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=77124&amp;adurl=https://www.insurer.example/term" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/et_rhs.jpg" alt=""></a></div>
  </div>
</div>
<footer id="footer">
  <ul class="footLinks">
{nav_links([("About Us", "/aboutus.cms"), ("Advertise with us", "/advertisewithus.cms"), ("Terms of Use & Grievance Redressal Policy", "/terms-conditions"), ("Privacy policy", "/privacypolicy.cms"), ("Contact Us", "/contactus.cms")])}
  </ul>
  <p class="copyright">Copyright &copy; 2025 Bennett Street Media Ltd. All rights reserved.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s, _ in _BL_STORIES]
    return Layout(
        name="en-in-business-each-story",
        family="Indian business daily news list: div.eachStory > h3 > a with premium img[alt=Prime] inside the headline link, time.date-format 'Apr 8, 2025, 10:05 AM IST', p summary, markets ticker, premium stories box",
        body=english_document("Latest News | The Business Ledger", "", body, lang="en-IN"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Kolkata",
    )


# --------------------------------------------------------------------------------------------
# 4. A Singapore daily (div.card > div.card-body > h5.card-title > a, SGT without a zone)
# --------------------------------------------------------------------------------------------

_SG_HOST = "https://www.straitsdaily.example"
# (story, premium)
_SG_STORIES: list[tuple[Story, bool]] = [
    (Story.at("/singapore/transport/new-cross-island-line-stations-open-2030", "Cross Island Line's first 12 stations on track to open in 2030: LTA",
              "Tunnelling under the Central Catchment Nature Reserve will start in 2026 after soil tests were completed, the authority said.",
              ago(NOW.astimezone(SGT), minutes=45), "Transport"), False),
    (Story.at("/singapore/housing/bto-launch-april-2025-flats-tengah-kallang", "Over 4,000 BTO flats in Tengah, Kallang and Bukit Merah up for sale in April launch",
              "The exercise includes the first Plus flats in the city fringe, which come with tighter resale conditions.",
              _at(SGT, 8, 12, 5), "Housing"), False),
    (Story.at("/business/economy/singapore-gdp-forecast-cut-tariffs", "Economists cut Singapore growth forecasts as US tariffs hit trade-reliant economies",
              "Private-sector economists now see growth of 1.5 to 2 per cent for 2025, down from 2.6 per cent in the last survey.",
              _at(SGT, 8, 11, 40), "Economy"), True),
    (Story.at("/singapore/health/dengue-cases-fall-first-quarter", "Dengue cases fall by half in first quarter, but NEA warns of rise in warmer months",
              None, _at(SGT, 8, 10, 52), "Health"), False),
    (Story.at("/asia/se-asia/malaysia-johor-bahru-rts-link-trial-runs", "Johor Bahru-Singapore RTS Link starts trial runs with passengers",
              "Test rides will run for three months ahead of the link's opening at the end of 2026.",
              _at(SGT, 8, 10, 13), "SE Asia"), False),
    (Story.at("/singapore/politics/ge2025-candidates-walkabouts-weekend", "GE2025: Parties step up walkabouts as nomination day nears",
              "Both ruling and opposition parties were out in force in the heartlands over the weekend, with new faces introduced in several wards.",
              _at(SGT, 8, 9, 30), "Politics"), True),
    (Story.at("/business/companies-markets/sti-rebounds-banks-lead", "STI rebounds 2.1% as bank stocks lead recovery after steep selloff",
              "DBS, OCBC and UOB shares rose between 2 and 3 per cent in morning trade.",
              _at(SGT, 8, 9, 5), "Companies & Markets"), False),
    (Story.at("/world/united-states/us-china-tariffs-escalation", "China vows to fight to the end as Trump threatens extra 50% tariff",
              "Beijing's commerce ministry said it would take resolute countermeasures to protect its rights and interests.",
              _at(SGT, 8, 8, 22), "United States"), False),
    (Story.at("/life/food/hawker-centre-queue-worth-it-char-kway-teow", "Is the 90-minute queue worth it? We try the char kway teow everyone is talking about",
              "A second-generation hawker in Bedok has gone viral on social media, and the lines now start before 7am.",
              _at(SGT, 8, 7, 0), "Food"), True),
    (Story.at("/singapore/courts-crime/scam-syndicate-money-mules-charged", "Six charged with acting as money mules for scam syndicate that cheated victims of $2.4m",
              None, _at(SGT, 7, 22, 48), "Courts & Crime"), False),
    (Story.at("/sport/football/lions-asian-cup-qualifier-squad", "Lions name squad for Asian Cup qualifier against Hong Kong",
              "Coach adds two uncapped players from the Singapore Premier League to his 25-man squad.",
              _at(SGT, 7, 21, 15), "Football"), False),
    (Story.at("/opinion/why-singapore-needs-more-older-workers-not-fewer", "Why Singapore needs more older workers, not fewer",
              "Raising the re-employment age is only a start; employers must redesign jobs for workers in their 60s.",
              _at(SGT, 7, 19, 0), "Opinion"), True),
    (Story.at("/multimedia/photos/in-pictures-hari-raya-light-up-geylang", "In Pictures: Hari Raya light-up in Geylang Serai draws crowds",
              None, _at(SGT, 7, 17, 30), "Photos"), False),
    (Story.at("/tech/tech-news/singpass-app-new-features-digital-ic", "Singpass app to let users show digital IC at more counters from May",
              "Banks, clinics and telcos will accept the digital identity card as proof of identity.",
              _at(SGT, 7, 15, 45), "Tech News"), False),
]  # fmt: skip
_SG_POPULAR = [
    ("/singapore/housing/bto-launch-april-2025-flats-tengah-kallang", "BTO launch: 4,000 flats in Tengah, Kallang, Bukit Merah"),
    ("/singapore/jobs/retrenchments-rise-tariff-uncertainty", "Retrenchments could rise as firms brace for tariff fallout"),
    ("/life/food/hawker-centre-queue-worth-it-char-kway-teow", "The char kway teow with the 90-minute queue"),
    ("/world/united-states/us-china-tariffs-escalation", "China vows to fight to the end"),
    ("/singapore/transport/coe-prices-april-first-bidding", "COE prices fall across the board in first April bidding"),
]  # fmt: skip
_SG_OUTBRAIN = [
    ("https://www.straitsdaily.example/singapore/environment/sungei-buloh-crocodile-sightings?obOrigUrl=true", "Crocodile sightings at Sungei Buloh prompt new warning signs", "The Straits Daily", False),
    ("https://paid.outbrain.example/network/redir?p=abc123&amp;c=7788&amp;url=https%3A%2F%2Fwww.condolaunch.example%2Fpreview", "New freehold condo in District 15 from $1.2m: VVIP preview", "CondoLaunch", True),
    ("https://www.straitsdaily.example/life/travel/japan-spring-travel-tips?obOrigUrl=true", "10 things to know before you travel to Japan this spring", "The Straits Daily", False),
    ("https://paid.outbrain.example/network/redir?p=def456&amp;c=7789&amp;url=https%3A%2F%2Fwww.hearingclinic.example%2Foffer", "Singaporeans over 50 are switching to this hearing aid", "HearWell Clinic", True),
]  # fmt: skip


def _sg_stamp(when: datetime) -> str:
    """'Apr 08, 2025, 01:05 PM' on the Singapore clock, or '45 mins ago' within the hour."""
    age = NOW - when
    if age < timedelta(hours=1):
        return f"{int(age.total_seconds() // 60)} mins ago"
    local = when.astimezone(SGT)
    return f"{local:%b %d, %Y, %I:%M %p}"


def _sg_card(story: Story, premium: bool, *, lead: bool = True) -> str:
    """A ``div.card``: a picture link, ``div.card-body`` with a category link,
    ``h5.card-title > a`` (a lock icon span with hidden "Premium" text opening the link),
    ``p.card-text`` and ``div.card-time``."""
    assert story.when is not None
    lock = (
        '<span class="premium-icon" title="Premium"><svg class="icon-lock" aria-hidden="true"><use href="#lock"></use></svg><span class="visually-hidden">Premium</span></span> '
        if premium
        else ""
    )
    text = (
        f'\n    <p class="card-text">{escape_html(story.lead)}</p>' if story.lead and lead else ""
    )
    section = story.path.split("/")[1]
    return f"""
<div class="card card-horizontal" data-testid="card">
  <div class="card-media"><a href="{story.path}" tabindex="-1"><img class="card-img-top" src="https://static.straitsdaily.example/s3fs-public/styles/large30x20/public/articles/2025/04/08/{image_slug(story.path)[:28]}.jpg" alt="" loading="lazy"></a></div>
  <div class="card-body">
    <div class="card-category"><a href="/{section}">{escape_html(story.label)}</a></div>
    <h5 class="card-title"><a class="stretched-link" href="{story.path}">{lock}{escape_html(story.title)}</a></h5>{text}
    <div class="card-time"><time>{_sg_stamp(story.when)}</time></div>
  </div>
</div>"""


def build_sg_daily_cards() -> Layout:
    """A Singapore daily's section page: ``div.card > div.card-body > h5.card-title > a``
    cards with "Apr 08, 2025, 01:05 PM" on the Singapore clock (no zone) or "45 mins ago",
    premium lock icons with hidden "Premium" text opening the headline link, ``p.card-text``
    leads; "Most Popular" in the same card markup with ranks, an outside recommendation
    widget ("Recommended") mixing own links and sponsored ones, ad slots, a pager."""
    page_url = f"{_SG_HOST}/latest"
    menu = nav_links(
        [
            ("Singapore", "/singapore"),
            ("Asia", "/asia"),
            ("World", "/world"),
            ("Opinion", "/opinion"),
            ("Life", "/life"),
            ("Business", "/business"),
            ("Tech", "/tech"),
            ("Sport", "/sport"),
            ("Videos", "/multimedia/videos"),
            ("Podcasts", "/multimedia/podcasts"),
        ],
        "nav-item",
    )
    cards = [_sg_card(s, p) for s, p in _SG_STORIES]
    cards.insert(
        6,
        """
<div class="card card-ad"><div class="dfp-ad"><span class="ad-label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=55001&amp;adurl=https://www.sgbank.example/home-loans" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/sd_mid.jpg" alt=""></a></div></div>""",
    )
    popular = "\n".join(
        f'<div class="card card-popular"><div class="card-body"><span class="card-rank">{rank}</span><h5 class="card-title"><a class="stretched-link" href="{href}">{escape_html(title)}</a></h5></div></div>'
        for rank, (href, title) in enumerate(_SG_POPULAR, start=1)
    )
    outbrain = "\n".join(
        f'<div class="ob-dynamic-rec-container{" ob-recIsSponsored" if paid else ""}"><a class="ob-dynamic-rec-link" href="{href}" target="{"_blank" if paid else "_self"}" rel="{"nofollow sponsored" if paid else ""}"><span class="ob-rec-image-container"><img class="ob-rec-image" src="https://images.outbrainimg.example/transform/v3/{len(title) * 37:04d}.jpg" alt=""></span><span class="ob-rec-text">{escape_html(title)}</span><span class="ob-rec-source">{escape_html(source)}</span></a></div>'
        for href, title, source, paid in _SG_OUTBRAIN
    )
    body = f"""
<header class="site-header">
  <div class="masthead"><a class="navbar-brand" href="/"><img src="/themes/custom/sd/logo.svg" alt="The Straits Daily"></a> <a class="btn btn-subscribe" href="https://subscribe.straitsdaily.example/?utm_campaign=header">Subscribe</a> <a class="btn btn-login" href="/user/login">Log in</a></div>
  <nav class="navbar navbar-expand-lg"><ul class="navbar-nav">
{menu}
  </ul></nav>
</header>
<div class="ad-leaderboard"><span class="ad-label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=55000&amp;adurl=https://www.airline.example/fares" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/sd_lb.jpg" alt=""></a></div>
<main class="container">
  <h1 class="page-title">Latest News</h1>
  <div class="row">
    <div class="col-lg-8 block-latest">{"".join(cards)}
      <nav aria-label="pager"><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="/latest?page=1">2</a></li><li class="page-item"><a class="page-link" href="/latest?page=2">3</a></li><li class="page-item"><a class="page-link" href="/latest?page=1">Next ›</a></li></ul></nav>
    </div>
    <div class="col-lg-4 sidebar">
      <section class="block-most-popular"><h2 class="block-title">Most Popular</h2>
{popular}
      </section>
      <div class="ad-rectangle"><span class="ad-label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=55002&amp;adurl=https://www.telco.example/5g" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/sd_rect.jpg" alt=""></a></div>
    </div>
  </div>
  <section class="block-recommended"><h2 class="block-title">Recommended</h2>
    <div class="OUTBRAIN" data-src="{page_url}" data-widget-id="AR_1"><div class="ob-widget ob-grid-layout">
{outbrain}
      <div class="ob_what"><a href="https://www.outbrain.example/what-is/" rel="nofollow">Recommended by</a></div>
    </div></div>
  </section>
</main>
<footer class="site-footer">
  <ul class="footer-links">
{nav_links([("About Us", "/about-us"), ("Terms & Conditions", "/terms-conditions"), ("Privacy Policy", "/privacy-policy"), ("Need help? Reach us here.", "https://help.straitsdaily.example/"), ("Advertise with us", "/advertise")])}
  </ul>
  <p>MDDI (P) 026/10/2024. Published by Straits Daily Media Ltd. Co. Regn. No. 198402868E. Copyright &copy; 2025.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s, _ in _SG_STORIES]
    return Layout(
        name="en-sg-daily-bootstrap-cards",
        family="Singapore daily section: div.card > div.card-body > h5.card-title > a.stretched-link (lock icon + hidden 'Premium' opening the link), p.card-text, 'Apr 08, 2025, 01:05 PM' (SGT, no zone) / '45 mins ago', Most Popular in the same cards, recommendation widget with sponsored links",
        body=english_document("Latest News | The Straits Daily", "", body, lang="en-SG"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Singapore",
    )


BUILDERS: tuple[Builder, ...] = (
    build_sports_league_news,
    build_music_magazine_cards,
    build_indian_business_daily,
    build_sg_daily_cards,
)
