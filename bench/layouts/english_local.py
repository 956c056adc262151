"""A fifth set of English-language listing layouts: local papers, sport, a broadsheet's
latest list and a government newsroom.

Each builder returns a whole page in the shape of one family — a US local newspaper's section
front on a commercial newspaper CMS (``article.tnt-asset-type-article`` cards with
``h3.tnt-headline > a.tnt-asset-link``, ``p.tnt-summary`` and ``li.card-date`` times, beside an
obituaries box of the same cards), a sports site's news river (``section.contentItem`` cards
whose one link wraps ``h2.contentItem__title``, ``p.contentItem__subhead`` and a short "3h" /
"Apr 6" time, under a score strip of game links and around a strip of video clips), a British
broadsheet's latest-news list of cards whose headline is no link (an empty overlay link holds
the URL, ``data-link-name`` everywhere, kicker spans, dot clocks "06.42 BST" and "Mon 7 Apr
2025 21.30 BST") and a government department's news-and-communications search page
(``ol.gem-c-document-list`` results with date-only "Updated: 8 April 2025" lines next to a
filter sidebar full of checkboxes) — with the chrome real pages carry around the list. Hosts,
headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states: a ``datetime`` attribute with a clock, else the display text in the site's own
clock (the layout's ``timezone``) where the page names no zone; relative times ("2 hrs ago",
"3h") are resolved against the fetch instant; a date without a time of day ("Apr 6", a
date-only ``datetime``) gives no gold timestamp. Where a card shows both a publication and an
"Updated" time, the publication time is the item's time. The sports river's video clips, in
their own carousel strip, are listed items too (without a time: they show only their length),
as the videos and galleries a real section front lists are in the real fixtures' labels.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

CDT = timezone(timedelta(hours=-5), "CDT")
EDT = timezone(timedelta(hours=-4), "EDT")
BST = timezone(timedelta(hours=1), "BST")


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


def _zulu(when: datetime) -> str:
    """'2025-04-07T22:00:00Z': the instant in UTC as the CMSs write ``datetime`` attributes."""
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"


# --------------------------------------------------------------------------------------------
# 1. A US local newspaper on a commercial newspaper CMS (tnt-* cards, "Updated 2 hrs ago")
# --------------------------------------------------------------------------------------------

_LN_HOST = "https://www.ridgecourier.example"
_LN_NOW = NOW.astimezone(CDT)
# (story, hours ago of the last update or None, asset type)
_LN_STORIES = [
    (Story.at("/news/local/county-board-approves-jail-expansion-bond", "Ridge County board approves $38 million bond for jail expansion",
              "Supervisors voted 5-2 Monday night to borrow for a 120-bed addition, ending two years of debate over crowding at the downtown jail.", ago(_LN_NOW, hours=5), "Local News"), 2, "article"),
    (Story.at("/news/education/westfield-schools-four-day-week-teacher-vacancies", "Westfield school district weighs four-day week to fill teacher vacancies",
              "Administrators say 14 positions are still open for the fall and a shorter week has helped neighboring districts recruit.", ago(_LN_NOW, hours=7), "Education"), None, "article"),
    (Story.at("/news/local/elm-street-water-main-break-repaired", "Crews repair water main break that closed Elm Street for hours",
              "Residents on the north side were asked to boil water until at least Wednesday while the city tests samples.", ago(_LN_NOW, hours=9), "Local News"), 3, "article"),
    (Story.at("/news/crime/millport-pursuit-soybean-field-charges", "Police: Man charged after pursuit ends in soybean field near Millport",
              "The 31-year-old faces felony eluding and drug charges after deputies followed him for 11 miles on County Road J.", ago(_LN_NOW, hours=11), "Crime & Courts"), None, "article"),
    (Story.at("/news/local/ridge-county-fair-new-director", "Ridge County Fair names new director after 22-year run ends",
              "Carla Benning, a former 4-H leader, takes over from Don Ruppert, who managed the fair since 2003.", ago(_LN_NOW, hours=14), "Local News"), None, "article"),
    (Story.at("/news/local/photos-spring-fling-courthouse-square", "PHOTOS: Spring Fling fills Courthouse Square",
              "Food trucks, a classic car show and the season's first outdoor concert drew thousands downtown on Saturday.", _at(CDT, 5, 21, 40), "Local News"), None, "collection"),
    (Story.at("/news/local/downtown-parking-study-meters", "Council OKs downtown parking study; meters could return by fall",
              "The $48,000 study will count spaces and turnover on 12 blocks before the council decides on meters or time limits.", ago(_LN_NOW, hours=18), "Government"), None, "article"),
    (Story.at("/news/local/hartsville-grain-elevator-fire-investigation", "Grain elevator fire near Hartsville under investigation",
              "No one was hurt, but the fire chief said smoldering corn could keep crews on site for days.", ago(_LN_NOW, hours=22), "Local News"), 20, "article"),
    (Story.at("/news/local/library-seed-exchange-returns", "Library's seed exchange returns for fourth spring",
              "Gardeners can take up to 10 packets of vegetable and flower seeds and are asked to bring seeds back in the fall.", _at(CDT, 6, 14, 20), "Community"), None, "article"),
    (Story.at("/news/local/habitat-for-humanity-north-third-homes", "Habitat for Humanity breaks ground on three homes on North Third",
              "Volunteers will build the houses over the summer for families who have each put in 300 hours of work.", _at(CDT, 6, 10, 5), "Community"), None, "article"),
    (Story.at("/news/crime/sheriff-warns-phone-scam-deputies-names", "Sheriff's office warns of phone scam using deputies' names",
              "Callers claim the victim missed jury duty and demand payment in gift cards, Sheriff Tom Aldrich said.", _at(CDT, 5, 16, 40), "Crime & Courts"), None, "article"),
    (Story.at("/news/local/hartsville-woodworker-state-prize-rocking-chair", "Hartsville man wins state woodworking prize for walnut rocking chair",
              None, _at(CDT, 5, 9, 30), "Community"), None, "article"),
    (Story.at("/news/local/highway-14-bridge-closure-april-14", "Road work to close Highway 14 bridge for two weeks starting April 14",
              "Detours will send traffic through Millport on County Road B; the bridge deck is being replaced.", _at(CDT, 4, 15, 10), "Local News"), None, "article"),
    (Story.at("/news/local/millport-vfw-post-centennial-open-house", "Millport VFW post marks 100 years with open house",
              "Members will show photos and uniforms from the post's history and serve a pancake breakfast on April 12.", _at(CDT, 4, 11, 0), "Community"), None, "article"),
]  # fmt: skip
_LN_OBITS = [
    ("/obituaries/margaret-peg-ellison", "Margaret \"Peg\" Ellison", _at(CDT, 6, 16, 0)),
    ("/obituaries/harold-j-brandt", "Harold J. Brandt", _at(CDT, 6, 11, 30)),
    ("/obituaries/dolores-ann-kimmel", "Dolores Ann Kimmel", _at(CDT, 5, 17, 15)),
    ("/obituaries/robert-lee-vance", "Robert Lee Vance", _at(CDT, 5, 9, 0)),
]  # fmt: skip
_LN_POPULAR = [
    ("/news/local/ridge-county-fair-new-director", "New fair director named"),
    ("/news/crime/millport-pursuit-soybean-field-charges", "Pursuit ends in soybean field; man charged"),
    ("/news/local/county-board-approves-jail-expansion-bond", "Jail bond passes 5-2"),
    ("/obituaries/harold-j-brandt", "Harold J. Brandt"),
    ("/news/local/new-dollar-store-opens-hartsville", "Discount store opens on Hartsville's west side"),
]  # fmt: skip


def _ln_url(story_path: str, kind: str) -> str:
    """The CMS's asset URL: the slug folder, then ``article_<uuid>.html``."""
    asset = uuid.uuid5(uuid.NAMESPACE_URL, _LN_HOST + story_path)
    return f"{story_path}/{kind}_{asset}.html"


def _ln_relative(when: datetime) -> str:
    """'5 hrs ago' / '1 hr ago' for the last day, else 'Apr 6, 2025'."""
    hours = int((NOW - when.astimezone(UTC)).total_seconds() // 3600)
    if hours < 24:
        return f"{hours} hr{'s' if hours != 1 else ''} ago"
    local = when.astimezone(CDT)
    return f"{local:%b} {local.day}, {local.year}"


def _ln_card(story: Story, updated: int | None, kind: str, *, size: str = "sm") -> str:
    """One ``div.card-container > article.tnt-asset-type-*`` card: image, kicker, headline,
    ``p.tnt-summary``, byline and ``li.card-date`` times (an "Updated …" one when edited)."""
    assert story.when is not None
    href = _ln_url(story.path, kind)
    section = story.label.lower().replace(" & ", "-").replace(" ", "-")
    lead = (
        f'\n      <div class="card-lead"><p class="tnt-summary">{escape_html(story.lead)}</p></div>'
        if story.lead
        else ""
    )
    update = ""
    if updated is not None:
        changed = ago(NOW, hours=updated)
        update = f'\n          <li class="card-date"><span class="tnt-date asset-date text-muted">Updated <time datetime="{_zulu(changed)}">{_ln_relative(changed)}</time></span></li>'
    icon = (
        '<span class="tnt-asset-icon fas fa-camera" aria-hidden="true"></span> '
        if kind == "collection"
        else ""
    )
    return f"""
<div class="card-container">
  <article class="tnt-asset-type-{kind} tnt-section-{section} card summary {size} tnt-has-image" data-asset-uuid="{href[-41:-5]}">
    <div class="card-panel panel panel-default">
      <div class="card-image"><div class="image"><a href="{href}" aria-label="{escape_html(story.title)}"><img class="img-responsive lazyload" data-src="https://bloximages.ridgecourier.example/{image_slug(story.path)[:30]}.image.jpg?resize=400%2C225" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEAAAAALAAAAAABAAEAAAIBAAA=" alt=""></a></div></div>
      <div class="card-headline">
        <div class="card-label-section"><a href="/news/{section}/" class="tnt-section-tag no-underline">{escape_html(story.label)}</a></div>
        <h3 class="tnt-headline "><a href="{href}" class="tnt-asset-link" aria-label="{escape_html(story.title)}">{icon}{escape_html(story.title)}</a></h3>
      </div>{lead}
      <div class="card-meta">
        <ul class="list-inline">
          <li class="card-byline"><span class="tnt-byline">By <a href="/users/profile/courier-staff" rel="author">Courier staff</a></span></li>
          <li class="card-date"><time datetime="{_zulu(story.when)}" class="tnt-date asset-date text-muted">{_ln_relative(story.when)}</time></li>{update}
        </ul>
      </div>
    </div>
  </article>
</div>"""


def _ln_obit(path: str, name: str, when: datetime) -> str:
    """An obituary card of the sidebar box: the same card markup, a name and a date."""
    href = _ln_url(path, "article")
    return f"""
<div class="card-container">
  <article class="tnt-asset-type-article tnt-section-obituaries card summary xs tnt-has-image">
    <div class="card-panel panel panel-default">
      <div class="card-image"><a href="{href}"><img class="img-responsive" src="https://bloximages.ridgecourier.example/{image_slug(path)}.image.jpg?resize=100%2C125" alt=""></a></div>
      <div class="card-headline"><h3 class="tnt-headline "><a href="{href}" class="tnt-asset-link">{escape_html(name)}</a></h3></div>
      <div class="card-meta"><ul class="list-inline"><li class="card-date"><time datetime="{_zulu(when)}" class="tnt-date asset-date text-muted">{_ln_relative(when)}</time></li></ul></div>
    </div>
  </article>
</div>"""


def build_local_newspaper_cms() -> Layout:
    """A US local newspaper's section front on a commercial newspaper CMS: ``div.card-container
    > article.tnt-asset-type-article`` cards (one photo ``collection``), ``h3.tnt-headline >
    a.tnt-asset-link``, ``p.tnt-summary``, ``li.card-date > time[datetime Z]`` showing "5 hrs
    ago" or "Apr 6, 2025" and an "Updated 2 hrs ago" line; an e-Edition promo, an obituaries
    box of the same cards, "Most Popular" tabs, a newsletter signup, ad regions, a pager."""
    page_url = f"{_LN_HOST}/news/local/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Local", "/news/local/"),
            ("Sports", "/sports/"),
            ("Obituaries", "/obituaries/"),
            ("Opinion", "/opinion/"),
            ("Business", "/business/"),
            ("Entertainment", "/entertainment/"),
            ("Classifieds", "/classifieds/"),
            ("Jobs", "/jobs/"),
            ("e-Edition", "/eedition/"),
        ],
        "dropdown",
    )
    lead, *rest = _LN_STORIES
    cards = "".join(_ln_card(s, upd, kind) for s, upd, kind in rest)
    obits = "".join(_ln_obit(*o) for o in _LN_OBITS)
    popular = link_list(
        [(_ln_url(p, "article"), t) for p, t in _LN_POPULAR],
        '<li><span class="tnt-most-popular-rank">{rank}</span> <a href="{href}">{title}</a></li>',
        sep="\n",
    )
    ad = (
        '<div class="tnt-ads-container"><div class="tnt-ads"><span class="tnt-ads-label">Advertisement</span>'
        '<div id="tncms-region-{slot}" class="tncms-region"><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/132/ridgecourier/{slot}" rel="nofollow sponsored">'
        '<img src="https://tpc.googlesyndication.example/simgad/{slot}.jpg" alt=""></a></div></div></div>'
    )
    body = f"""
<div id="site-top-nav-container">
  <ul class="list-inline"><li class="tnt-weather"><a href="/weather/">58&deg;F Clear</a></li><li><a href="/eedition/">e-Edition</a></li><li><a href="/subscribe/?utm_source=topbar">Subscribe</a></li><li><a href="/users/login/">Log In</a></li></ul>
</div>
<header id="site-header"><a class="navbar-brand" href="/"><img src="/content/tncms/custom/image/ridgecourier-logo.png" alt="Ridge County Courier"></a></header>
<nav id="main-navigation" class="navbar"><ul class="nav navbar-nav">
{menu}
</ul></nav>
{ad.format(slot="leaderboard-top")}
<div id="main-page-container" class="container">
  <div class="row">
    <div class="col-md-8 main-content">
      <h1 class="block-title"><span class="block-title-inner">Local News</span></h1>
      <div id="tncms-region-index-primary" class="tncms-region">
{_ln_card(*lead, size="lg")}{cards}
      </div>
      <div class="index-pagination"><ul class="pagination">
        <li class="active"><span>1</span></li>
        <li><a href="/news/local/?o=15">2</a></li>
        <li><a href="/news/local/?o=30">3</a></li>
        <li class="next"><a href="/news/local/?o=15" rel="next">Next Page <i class="fas fa-chevron-right"></i></a></li>
      </ul></div>
    </div>
    <aside class="col-md-4 sidebar">
      <div class="tnt-eedition-promo card">
        <h3 class="block-title">Today's e-Edition</h3>
        <a href="/eedition/"><img src="https://bloximages.ridgecourier.example/eedition/2025-04-08/page1.jpg" alt="e-Edition for Tuesday, April 8, 2025"></a>
        <p>Tuesday, April 8, 2025</p>
        <a class="btn btn-primary" href="/eedition/">Read today's e-Edition</a>
      </div>
      {ad.format(slot="fixed-big-ad-top")}
      <div class="tnt-most-popular">
        <h3 class="block-title">Most Popular</h3>
        <ul class="nav nav-tabs"><li class="active"><a href="#most-read" data-toggle="tab">Read</a></li><li><a href="#most-commented" data-toggle="tab">Commented</a></li></ul>
        <div class="tab-content"><div class="tab-pane active" id="most-read"><ol class="list-unstyled">
{popular}
        </ol></div></div>
      </div>
      <div class="block-obituaries">
        <h3 class="block-title"><a href="/obituaries/">Obituaries</a></h3>{obits}
        <a class="more-link" href="/obituaries/">More Obituaries</a>
      </div>
      <div class="tnt-newsletter-signup">
        <h3 class="block-title">Sign up for our newsletters</h3>
        <form action="/newsletters/subscribe/" method="post">
          <div class="checkbox"><label><input type="checkbox" name="lists[]" value="daily-headlines" checked> Daily Headlines</label></div>
          <div class="checkbox"><label><input type="checkbox" name="lists[]" value="breaking-news"> Breaking News</label></div>
          <div class="checkbox"><label><input type="checkbox" name="lists[]" value="friday-sports"> Friday Night Sports</label></div>
          <input type="email" name="email" class="form-control" placeholder="Email Address">
          <button type="submit" class="btn btn-primary">Sign up!</button>
        </form>
        <p class="small">By signing up you agree to our <a href="/site/privacy.html">privacy policy</a>.</p>
      </div>
      {ad.format(slot="fixed-big-ad-bottom")}
    </aside>
  </div>
</div>
<footer id="site-footer">
  <ul class="list-inline">
{nav_links([("Contact Us", "/site/contact.html"), ("Advertise", "/site/advertise.html"), ("Terms of Use", "/site/terms.html"), ("Privacy Policy", "/site/privacy.html"), ("Submit News", "/site/forms/submit_news/")])}
  </ul>
  <p>&copy; 2025 Ridge County Courier, 212 W. Main St., Hartsville. All rights reserved.</p>
</footer>"""
    items = [
        gold_item(page_url, _ln_url(s.path, kind), s, timed=True) for s, _, kind in _LN_STORIES
    ]
    return Layout(
        name="en-local-newspaper-cms",
        family="US local newspaper on a newspaper CMS: article.tnt-asset-type-article > h3.tnt-headline > a.tnt-asset-link, p.tnt-summary, li.card-date time[datetime Z] '5 hrs ago'/'Apr 6, 2025' + 'Updated 2 hrs ago', obituaries box of the same cards",
        body=english_document("Local News | ridgecourier.example", "", body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Chicago",
    )


# --------------------------------------------------------------------------------------------
# 2. A sports site's news river (section.contentItem, one link around title and subhead, "3h")
# --------------------------------------------------------------------------------------------

_SP_HOST = "https://www.sportsdesk.example"
_SP_NOW = NOW.astimezone(EDT)
# (story, author, premium)
_SP_STORIES = [
    (Story.at("/nba/story/_/id/44561207/celtics-clinch-no-2-seed-delane-38-points", "Celtics clinch No. 2 seed behind Marcus Delane's 38 points",
              "Boston held off New York in the fourth quarter to lock up home court through the second round.", ago(_SP_NOW, hours=1)), "Tim Ward", False),
    (Story.at("/nba/story/_/id/44560913/sources-pistons-andre-kell-agree-four-year-extension", "Sources: Pistons, guard Andre Kell agree on four-year extension",
              "The deal, worth $112 million, keeps the 25-year-old in Detroit through the 2029-30 season, his agents said.", ago(_SP_NOW, hours=3)), "Adrian Moss", False),
    (Story.at("/nba/insider/story/_/id/44560455/play-in-picture-who-in-who-out-one-week-left", "Play-in picture: Who's in, who's out with one week left",
              "Six teams are fighting for four spots in the West. Here's what each one needs in the final stretch.", ago(_SP_NOW, hours=5)), "Kevin Pelton-Hart", True),
    (Story.at("/nba/story/_/id/44560211/nuggets-okafor-leaves-ankle-sprain-x-rays-negative", "Nuggets' Okafor leaves with ankle sprain, X-rays negative",
              None, ago(_SP_NOW, hours=6)), "", False),
    (Story.at("/nba/story/_/id/44559870/thunder-rest-starters-second-straight-game", "Thunder rest starters for second straight game with top seed wrapped up",
              "Oklahoma City has nothing left to play for in the standings and will manage minutes until the playoffs.", ago(_SP_NOW, hours=8)), "Royce Young-Banks", False),
    (Story.at("/nba/insider/story/_/id/44559112/nba-power-rankings-cavaliers-hold-no-1-mvp-race", "Power Rankings: Cavaliers hold No. 1 as the MVP race tightens",
              "Our panel's final April update, with every team's biggest question entering the postseason.", ago(_SP_NOW, hours=12)), "SportsDesk staff", True),
    (Story.at("/nba/story/_/id/44558790/warriors-forward-fined-25000-confronting-official", "Warriors forward fined $25,000 for confronting official",
              "The league said the veteran followed the referee off the floor after Sunday's loss in Sacramento.", ago(_SP_NOW, hours=14)), "Nick Friedell-Ross", False),
    (Story.at("/nba/story/_/id/44558301/lakers-rookie-center-deng-cleared-contact", "Lakers rookie center Deng cleared for contact work",
              "The 7-footer has missed 19 games with a stress reaction in his left foot.", ago(_SP_NOW, hours=17)), "Dave McMenamin-Ford", False),
    (Story.at("/nba/story/_/id/44557966/heat-fall-bulls-slip-10th-east", "Heat fall to Bulls, slip to 10th in East",
              "Chicago scored the last nine points to pass Miami for ninth with four games left.", ago(_SP_NOW, hours=20)), "", False),
    (Story.at("/nba/insider/story/_/id/44557512/nba-mock-draft-3-0-top-prospects", "Mock draft 3.0: Where the top prospects land after the tournament",
              "A guard who shot up boards in March now goes in the top three. Our full first round.", ago(_SP_NOW, hours=23)), "Jonathan Givony-Lee", True),
    (Story.at("/nba/story/_/id/44556201/spurs-guard-named-west-player-week", "Spurs' 20-year-old guard named West player of the week",
              "He averaged 29.5 points and 8 assists as San Antonio won three of four.", _at(EDT, 6, 14, 0)), "", False),
    (Story.at("/nba/insider/story/_/id/44555823/how-magic-built-stingiest-defense", "How the Magic built the league's stingiest defense",
              "Length, switching and one rule the coaching staff will not bend on.", _at(EDT, 6, 9, 0)), "Zach Kram-Ellis", True),
    (Story.at("/nba/story/_/id/44555540/hawks-sign-guard-10-day-contract", "Hawks sign guard to 10-day contract after injury",
              None, _at(EDT, 6, 8, 0)), "", False),
    (Story.at("/nba/story/_/id/44554310/mavericks-owner-we-are-not-rebuilding", "Mavericks owner: 'We are not rebuilding'",
              "He backed the front office and said the team would spend to return to contention next season.", _at(EDT, 5, 18, 0)), "Tim MacMahon-Price", False),
    (Story.at("/nba/story/_/id/44553977/grizzlies-interim-coach-playing-each-other", "Grizzlies interim coach says team is 'playing for each other'",
              "Memphis has won four straight since the coaching change and sits fifth in the West.", _at(EDT, 5, 11, 0)), "", False),
]  # fmt: skip
# Related links under a story: (after story index, links)
_SP_RELATED = {
    0: [("/nba/recap/_/gameId/401705211", "Recap"), ("/nba/boxscore/_/gameId/401705211", "Box Score"), ("/nba/game/_/gameId/401705211", "Gamecast")],
    8: [("/nba/recap/_/gameId/401705204", "Recap"), ("/nba/boxscore/_/gameId/401705204", "Box Score")],
}  # fmt: skip
_SP_SCORES = [
    ("401705211", "NY", "105", "BOS", "112", "Final"),
    ("401705204", "MIA", "109", "CHI", "114", "Final"),
    ("401705207", "GS", "118", "SAC", "121", "Final/OT"),
    ("401705209", "DEN", "98", "MIN", "103", "Final"),
    ("401705215", "LAL", "", "OKC", "", "8:00 PM ET"),
    ("401705216", "PHX", "", "DAL", "", "9:30 PM ET"),
]  # fmt: skip
_SP_VIDEOS = [
    ("/video/clip/_/id/44561344", "Delane drops 38 as Celtics clinch the 2-seed", "1:24"),
    ("/video/clip/_/id/44561002", "Why the Thunder are resting their starters", "3:05"),
    ("/video/clip/_/id/44560877", "Okafor goes down with ankle injury", "0:48"),
    ("/video/clip/_/id/44560560", "Bulls' 9-0 closing run stuns the Heat", "1:51"),
    ("/video/clip/_/id/44560231", "Best dunks of the week", "2:37"),
]  # fmt: skip
_SP_HEADLINES = [
    ("/nba/story/_/id/44561207/celtics-clinch-no-2-seed-delane-38-points", "Celtics lock up No. 2 seed"),
    ("/nba/story/_/id/44560913/sources-pistons-andre-kell-agree-four-year-extension", "Kell, Pistons agree to $112M deal"),
    ("/nba/story/_/id/44559870/thunder-rest-starters-second-straight-game", "OKC rests starters again"),
    ("/nfl/story/_/id/44560101/draft-prospect-visits-tracker", "NFL draft: Tracking every top-30 visit"),
    ("/mlb/story/_/id/44560744/yankees-ace-elbow-imaging", "Yankees ace to undergo elbow imaging"),
    ("/nhl/story/_/id/44560390/playoff-race-final-week", "NHL playoff race: What's at stake this week"),
]  # fmt: skip


def _sp_elapsed(when: datetime) -> str:
    """'3h' within the last day, else 'Apr 6' (no year, no clock)."""
    hours = int((NOW - when.astimezone(UTC)).total_seconds() // 3600)
    if hours < 24:
        return f"{hours}h"
    local = when.astimezone(EDT)
    return f"{local:%b} {local.day}"


def _sp_item(index: int, story: Story, author: str, premium: bool) -> str:
    """A ``section.contentItem``: one ``a.contentItem__padding`` around the picture,
    ``h2.contentItem__title``, ``p.contentItem__subhead`` and the publication meta line."""
    assert story.when is not None
    story_id = story.path.split("/id/")[1].split("/")[0]
    badge = (
        '<span class="contentItem__contentInfo--plus"><svg class="icon__svg" aria-label="Plus"><use xlink:href="#icon__plus"></use></svg></span>'
        if premium
        else ""
    )
    sub = (
        f'\n          <p class="contentItem__subhead contentItem__subhead--story">{escape_html(story.lead)}</p>'
        if story.lead
        else ""
    )
    byline = f'<span class="author">{escape_html(author)}</span>' if author else ""
    related = "".join(
        f'<li><a href="{href}" class="contentItem__relatedLink">{text}</a></li>'
        for href, text in _SP_RELATED.get(index, [])
    )
    related_list = f'\n  <ul class="contentItem__related">{related}</ul>' if related else ""
    return f"""
<section class="contentItem" data-id="{story_id}">
  <section class="contentItem__content contentItem__content--story has-image contentItem__content--fullWidth">
    <a class=" contentItem__padding contentItem__padding--border" href="{story.path}" data-id="{story_id}" name="&amp;lpos=nba:feed:{index + 1}:news">
      <div class="contentItem__contentWrapper">
        <div class="media-wrapper"><div class="media-wrapper_image"><picture><img data-mptype="image" class="lazyload" data-src="https://a.sportsdesk-cdn.example/photo/2025/0408/r{story_id}_1296x729_16-9.jpg" alt=""></picture></div></div>
        <div class="contentItem__titleWrapper">
          {badge}<h2 class="contentItem__title contentItem__title--story">{escape_html(story.title)}</h2>{sub}
        </div>
        <div class="contentItem__publicationMeta"><span class="time-elapsed">{_sp_elapsed(story.when)}</span>{byline}<span class="contentMeta__league">NBA</span></div>
      </div>
    </a>
  </section>{related_list}
</section>"""


def build_sports_news_river() -> Layout:
    """A sports site's league front: a score strip of game links, then a river of
    ``section.contentItem`` cards whose one link wraps ``h2.contentItem__title``,
    ``p.contentItem__subhead`` and ``span.time-elapsed`` ("3h", "23h", "Apr 6"), a "Plus"
    icon on premium stories, Recap/Box Score links under game stories, a "Top Video" carousel
    of clips and a sponsored card in the river, "Top Headlines" beside it, ads, "More"."""
    page_url = f"{_SP_HOST}/nba/"
    menu = nav_links(
        [
            ("NFL", "/nfl/"),
            ("NBA", "/nba/"),
            ("MLB", "/mlb/"),
            ("NHL", "/nhl/"),
            ("NCAAM", "/mens-college-basketball/"),
            ("Soccer", "/soccer/"),
            ("Watch", "/watch/"),
            ("Fantasy", "/fantasy/"),
        ],
        "sports",
    )
    subnav = nav_links(
        [
            ("Home", "/nba/"),
            ("Scores", "/nba/scoreboard"),
            ("Schedule", "/nba/schedule"),
            ("Standings", "/nba/standings"),
            ("Stats", "/nba/stats"),
            ("Teams", "/nba/teams"),
            ("Injuries", "/nba/injuries"),
        ],
        "sub",
    )
    scores = "\n".join(
        f'<a class="ScoreCell__Link" href="/nba/game/_/gameId/{gid}" data-clubhouse-uid="s:40~l:46~e:{gid}"><div class="ScoreCell__Time">{state}</div>'
        f'<ul class="ScoreCell__Competitors"><li class="ScoreCell__Item"><div class="ScoreCell__TeamName">{away}</div><div class="ScoreCell__Score">{away_pts}</div></li>'
        f'<li class="ScoreCell__Item"><div class="ScoreCell__TeamName">{home}</div><div class="ScoreCell__Score">{home_pts}</div></li></ul></a>'
        for gid, away, away_pts, home, home_pts, state in _SP_SCORES
    )
    videos = "\n".join(
        f'<li class="carousel__item"><a class="VideoTile" href="{href}"><figure class="VideoTile__Image"><img src="https://a.sportsdesk-cdn.example/video/{href.rsplit("/", 1)[1]}.jpg" alt=""><span class="VideoTile__Duration">{dur}</span></figure><h3 class="VideoTile__Title">{escape_html(title)}</h3></a></li>'
        for href, title, dur in _SP_VIDEOS
    )
    river = [_sp_item(i, s, a, p) for i, (s, a, p) in enumerate(_SP_STORIES)]
    river.insert(
        5,
        """
<section class="contentItem contentItem--videoCarousel">
  <header class="contentItem__header"><h2 class="contentItem__headerTitle">Top Video</h2><a class="contentItem__headerLink" href="/watch/collection/_/id/nba">See all</a></header>
  <div class="carousel"><ul class="carousel__list">
"""
        + videos
        + """
  </ul></div>
</section>""",
    )
    river.insert(
        9,
        """
<section class="contentItem contentItem--sponsored">
  <section class="contentItem__content contentItem__content--sponsored">
    <a class=" contentItem__padding" href="https://adclick.g.doubleclick.example/pcs/click?xai=sd_nba_feed_native&amp;adurl=https://www.courtsidetickets.example/playoffs" rel="nofollow sponsored">
      <div class="contentItem__titleWrapper"><span class="contentItem__sponsorLabel">Sponsored</span><h2 class="contentItem__title">Playoff tickets are going fast. Lock in your seats today</h2><p class="contentItem__subhead">Courtside Tickets</p></div>
    </a>
  </section>
</section>""",
    )
    headlines = link_list(
        _SP_HEADLINES,
        '<li class="headlineStack__listItem"><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    ad = '<div class="ad-slot ad-slot-{slot}" data-slot-type="{slot}"><span class="ad-label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/21783347309/sportsdesk/nba/{slot}" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/sd_{slot}.jpg" alt=""></a></div>'
    body = f"""
<header class="db-header">
  <a class="logo" href="/"><img src="/static/logo-sportsdesk.svg" alt="SportsDesk"></a>
  <nav id="global-nav"><ul>
{menu}
  </ul></nav>
  <a class="button-signin" href="/login">Log In</a> <a class="button-subscribe" href="/plus/subscribe">Subscribe to Plus</a>
</header>
<section class="Scoreboard" aria-label="Scores"><div class="Scoreboard__Wrapper">
{scores}
<a class="Scoreboard__More" href="/nba/scoreboard">Full Scoreboard</a>
</div></section>
<nav id="sub-nav"><h1 class="sub-nav__title">NBA</h1><ul>
{subnav}
</ul></nav>
{ad.format(slot="banner")}
<div id="news-feed" class="col-two">
  <div class="news-feed-container">
    <h2 class="news-feed__title">NBA News</h2>{"".join(river)}
    <div class="news-feed__more"><a class="contentItem__loadMore" href="/nba/?page=2" data-endpoint="/apis/v2/nba/news?offset=15">Load More</a></div>
  </div>
</div>
<div class="col-three">
  <section class="headlineStack">
    <header class="headlineStack__header"><h1>Top Headlines</h1></header>
    <ul class="headlineStack__list">
{headlines}
    </ul>
  </section>
  {ad.format(slot="incontent")}
  <section class="standings-mini"><h2>Standings</h2><a href="/nba/standings">East</a> <a href="/nba/standings/_/group/west">West</a></section>
</div>
<footer class="footer">
  <ul>
{nav_links([("Terms of Use", "/terms"), ("Privacy Policy", "/privacy"), ("Your US State Privacy Rights", "/privacy/state-rights"), ("Interest-Based Ads", "/privacy/ads"), ("Contact Us", "/contact"), ("Press", "/press")])}
  </ul>
  <p class="copyright">&copy; SportsDesk Internet Ventures. All rights reserved.</p>
</footer>"""
    items = [
        gold_item(page_url, s.path, s, timed=(NOW - s.when.astimezone(UTC)) < timedelta(days=1))
        for s, _, _ in _SP_STORIES
        if s.when is not None
    ] + [
        gold_item(page_url, href, Story(title, None, None), timed=False)
        for href, title, _ in _SP_VIDEOS
    ]
    return Layout(
        name="en-sports-news-river",
        family="sports site news river: section.contentItem > a.contentItem__padding wrapping h2.contentItem__title + p.contentItem__subhead + span.time-elapsed '3h'/'Apr 6', score strip, video carousel",
        body=english_document(
            "NBA News, Scores, Stats and Highlights - SportsDesk", "", body, lang="en-US"
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 3. A British broadsheet's latest-news list (overlay-link cards, "06.42 BST" dot clocks)
# --------------------------------------------------------------------------------------------

_UK_HOST = "https://www.morningchronicle.example"
# (story, comment count or None); today's stories first, then Monday's
_UK_TODAY = [
    (Story.at("/uk-news/live/2025/apr/08/uk-news-live-rail-pay-deal-strikes-called-off", "UK news live: rail strikes called off after unions accept pay offer",
              "Latest updates as the three-day walkout planned for next week is suspended; ministers welcome the deal.", _at(BST, 8, 6, 52), "Live"), None),
    (Story.at("/uk-news/2025/apr/08/met-office-frost-warning-blossom-growers", "Late frost threatens fruit blossom as temperatures fall to -5C",
              "Growers in Kent and Herefordshire are running fans and burners overnight to save their crops.", _at(BST, 8, 6, 30), "Weather"), 214),
    (Story.at("/society/2025/apr/08/nhs-waiting-list-falls-third-month", "NHS waiting list in England falls for third month in a row",
              "The backlog of routine treatment has dropped to 7.42m, but A&E waits remain above target.", _at(BST, 8, 6, 5), "NHS"), 88),
    (Story.at("/uk-news/2025/apr/08/scottish-ferry-timetable-summer-cuts", "CalMac-style ferry cuts leave islanders facing summer without Sunday sailings",
              None, _at(BST, 8, 5, 41), "Scotland"), None),
    (Story.at("/money/2025/apr/08/energy-price-cap-households-april-bills", "What the new energy price cap means for your bills from this month",
              "Typical household costs rise by £111 a year; we explain who is hit hardest and what help is available.", _at(BST, 8, 5, 0), "Energy bills"), 1032),
    (Story.at("/uk-news/2025/apr/08/manchester-tram-extension-airport-approved", "Manchester tram extension to airport's new terminal approved",
              "The £310m line will open in 2029, with trams every six minutes at peak times.", _at(BST, 8, 1, 15), "Transport"), None),
    (Story.at("/education/2025/apr/08/teachers-pay-award-schools-budgets", "Heads warn 4% teachers' pay award will mean cuts without extra funding",
              "School leaders say two-thirds of budgets are already committed and the award is only partly funded.", _at(BST, 8, 0, 20), "Schools"), 367),
]  # fmt: skip
_UK_MONDAY = [
    (Story.at("/uk-news/2025/apr/07/police-officer-misconduct-hearing-london", "Officer faces misconduct hearing over handling of stalking complaints",
              "The woman reported her ex-partner nine times before he was arrested, the panel heard.", _at(BST, 7, 23, 48), "Police"), None),
    (Story.at("/uk-news/2025/apr/07/wales-second-homes-council-tax-premium", "Welsh councils raise second-homes premium to 300% in holiday hotspots",
              "Gwynedd and Pembrokeshire say the money will fund housing for local families.", _at(BST, 7, 22, 10), "Wales"), 156),
    (Story.at("/uk-news/2025/apr/07/exclusive-water-company-bonuses-sewage-fines", "Water company bosses paid bonuses despite record sewage fines",
              "Documents seen by the Chronicle show £2.1m in payouts approved weeks after the penalties.", _at(BST, 7, 21, 30), "Exclusive"), 489),
    (Story.at("/uk-news/2025/apr/07/lake-district-rescue-teams-record-callouts", "Lake District rescue teams report record March callouts",
              None, _at(BST, 7, 19, 55), "Cumbria"), None),
    (Story.at("/uk-news/2025/apr/07/northern-ireland-hospital-trolley-waits", "Patients waited over 24 hours on trolleys at Belfast hospital, figures show",
              "More than 900 people waited a day or longer in emergency departments in March.", _at(BST, 7, 18, 2), "Northern Ireland"), None),
    (Story.at("/uk-news/2025/apr/07/heathrow-night-flights-consultation", "Heathrow launches consultation on night flight limits",
              "Residents have until June to respond to proposals that would allow 5,800 movements a year.", _at(BST, 7, 17, 40), "Aviation"), 72),
    (Story.at("/uk-news/2025/apr/07/oxford-college-returns-benin-bronzes", "Oxford college agrees to return two Benin bronzes",
              "The fellowship voted unanimously after a request from Nigeria's museum commission.", _at(BST, 7, 16, 15), "Heritage"), None),
    (Story.at("/uk-news/2025/apr/07/bristol-clean-air-zone-first-year", "Bristol clean air zone cut pollution by a fifth in first year, council says",
              "Nitrogen dioxide levels fell below the legal limit at all but two monitoring sites.", _at(BST, 7, 14, 5), "Environment"), 131),
    (Story.at("/uk-news/2025/apr/07/crown-court-backlog-record-high", "Crown court backlog reaches record 74,000 cases",
              "Barristers say some trials are now being listed for 2027.", _at(BST, 7, 12, 30), "Law"), 240),
]  # fmt: skip
_UK_MOST_VIEWED = [
    ("/money/2025/apr/08/energy-price-cap-households-april-bills", "Energy price cap: what it means for you"),
    ("/world/2025/apr/07/tariffs-markets-asia-open-live", "Markets tumble again as Asia opens – live"),
    ("/uk-news/2025/apr/07/exclusive-water-company-bonuses-sewage-fines", "Water bosses paid bonuses despite sewage fines"),
    ("/lifeandstyle/2025/apr/06/how-to-sleep-better-spring", "Seven ways to sleep better as the clocks go forward"),
    ("/football/2025/apr/07/premier-league-title-race-run-in", "Premier League title run-in: every fixture analysed"),
    ("/uk-news/2025/apr/08/met-office-frost-warning-blossom-growers", "Frost threatens fruit blossom"),
]  # fmt: skip
_UK_IN_SECTION = [
    ("/uk-news/2025/apr/07/crown-court-backlog-record-high", "Crown court backlog hits record"),
    ("/uk-news/2025/apr/06/coastal-erosion-norfolk-village", "The Norfolk village losing a metre of coast a year"),
    ("/uk-news/2025/apr/07/heathrow-night-flights-consultation", "Heathrow night flights consultation opens"),
    ("/uk-news/2025/apr/05/lottery-winner-unclaimed-ticket", "£4m lottery ticket still unclaimed"),
]  # fmt: skip


def _uk_clock(when: datetime, *, full: bool) -> str:
    """'06.42 BST' for today, 'Mon 7 Apr 2025 21.30 BST' for earlier days."""
    local = when.astimezone(BST)
    clock = f"{local:%H.%M} BST"
    return f"{local:%a} {local.day} {local:%b %Y} {clock}" if full else clock


def _uk_card(index: int, story: Story, comments: int | None, group: str, *, full: bool) -> str:
    """A card: an empty overlay ``a`` holding the URL (headline as its ``aria-label``), a
    headline ``h3`` that is no link with a kicker span, trail text, a ``time`` with a dot
    clock and, on some, a comment count link."""
    assert story.when is not None
    live = story.label == "Live"
    kicker = (
        '<span class="dcr-1o7xvdx"><span class="pulsing-dot dcr-x2kxnl"></span>Live</span>'
        if live
        else f'<span class="dcr-1o7xvdx">{escape_html(story.label)}</span>'
    )
    trail = (
        f'\n      <div class="dcr-1x8w7lw"><p>{escape_html(story.lead)}</p></div>'
        if story.lead
        else ""
    )
    count = (
        f'<a href="{story.path}#comments" data-link-name="Comment count" aria-label="{comments} Comments" class="dcr-qdq1d7"><svg class="dcr-1uw2pqx" viewBox="0 0 30 30" aria-hidden="true"><path d="M13 8h12v9H18l-5 4z"></path></svg><span class="dcr-1fm9wt3">{comments:,}</span></a>'
        if comments
        else ""
    )
    return f"""
<li class="dcr-16ck1ka">
  <div class="dcr-1kpb0j7" data-link-name="{group} | card-@{index}">
    <a href="{story.path}" aria-label="{escape_html(story.title)}" class="dcr-1yvnuvb"></a>
    <div class="dcr-1ws9uq5">
      <div class="dcr-14j5wdg"><picture class="dcr-evn1e9"><img alt="" src="https://i.chronicleimg.example/img/media/{image_slug(story.path)[:24]}/master/1000.jpg?width=300&amp;quality=85" loading="lazy" class="dcr-1989ovb"></picture></div>
      <div class="dcr-1x4ljp9">
        <h3 class="card-headline dcr-tu6ud9"><div class="dcr-1e7zfi8">{kicker}</div><span><span class="show-underline dcr-uyefka">{escape_html(story.title)}</span></span></h3>{trail}
        <footer class="dcr-dcxmby"><div class="dcr-1tj3n6b"><time datetime="{story.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z" data-relativeformat="med" class="dcr-u0h1qy">{_uk_clock(story.when, full=full)}</time></div>{count}</footer>
      </div>
    </div>
  </div>
</li>"""


def build_broadsheet_dcr_latest() -> Layout:
    """A British broadsheet's latest UK news: day sections ("Tuesday 8 April 2025") of
    ``ul > li`` cards whose headline ``h3`` is no link — an empty overlay ``a[aria-label]``
    holds the URL — with kicker spans, ``data-link-name`` on everything, trail text, dot
    clocks "06.42 BST" for today and "Mon 7 Apr 2025 21.30 BST" for earlier, comment counts;
    "Most viewed" as two tab panels (across the site / in UK news, the second hidden), a
    support banner, ad slots, a pager."""
    page_url = f"{_UK_HOST}/uk-news/all"
    pillars = "\n".join(
        f'<li class="dcr-1xk9rwe"><a href="{href}" data-link-name="nav3 : primary : {name}" class="dcr-1i1k0xr">{name}</a></li>'
        for name, href in [
            ("News", "/"),
            ("Opinion", "/commentisfree"),
            ("Sport", "/sport"),
            ("Culture", "/culture"),
            ("Lifestyle", "/lifeandstyle"),
        ]
    )
    subnav = "\n".join(
        f'<li class="dcr-5wkng3"><a href="{href}" data-link-name="nav3 : subnav : {name}" class="dcr-1b8nxhr">{name}</a></li>'
        for name, href in [
            ("UK", "/uk-news"),
            ("World", "/world"),
            ("Climate crisis", "/environment/climate-crisis"),
            ("Ukraine", "/world/ukraine"),
            ("Environment", "/environment"),
            ("Science", "/science"),
            ("Global development", "/global-development"),
            ("Football", "/football"),
            ("Tech", "/technology"),
            ("Business", "/business"),
        ]
    )
    today = "".join(
        _uk_card(i, s, c, "container-1 | tuesday 8 april 2025", full=False)
        for i, (s, c) in enumerate(_UK_TODAY, start=1)
    )
    monday = "".join(
        _uk_card(i, s, c, "container-2 | monday 7 april 2025", full=True)
        for i, (s, c) in enumerate(_UK_MONDAY, start=1)
    )
    across = link_list(
        _UK_MOST_VIEWED,
        '<li class="dcr-1kl1kep"><a href="{href}" data-link-name="{rank} | text" class="dcr-1ysmqc0"><span class="dcr-6n36w8">{rank}</span><h4 class="dcr-1tfivp1"><span class="show-underline">{title}</span></h4></a></li>',
        sep="\n",
    )
    in_section = link_list(
        _UK_IN_SECTION,
        '<li class="dcr-1kl1kep"><a href="{href}" data-link-name="{rank} | text" class="dcr-1ysmqc0"><span class="dcr-6n36w8">{rank}</span><h4 class="dcr-1tfivp1"><span class="show-underline">{title}</span></h4></a></li>',
        sep="\n",
    )
    ad = '<aside class="ad-slot-container dcr-1r9j7ws"><div id="dfp-ad--{slot}" class="js-ad-slot ad-slot ad-slot--{slot}" data-link-name="ad slot {slot}" data-name="{slot}" aria-hidden="true"><p class="dcr-ad-label">Advertisement</p></div></aside>'
    body = f"""
<a href="#maincontent" class="dcr-skip" data-link-name="skip : main content">Skip to main content</a>
{ad.format(slot="top-above-nav")}
<header data-component="nav3" data-link-name="nav3">
  <div class="dcr-1ub1o9m"><a href="https://support.morningchronicle.example/uk?INTCMP=header_support" data-link-name="nav3 : support-cta">Support us</a> <a href="https://profile.morningchronicle.example/signin" data-link-name="nav3 : topbar : signin">Sign in</a> <a href="/search" data-link-name="nav3 : search">Search</a></div>
  <a href="/" data-link-name="nav3 : logo" class="dcr-logo"><span class="dcr-1tbzphj">The Morning Chronicle - Back to home</span></a>
  <nav class="dcr-1gv6ihj"><ul class="dcr-pillars" role="menubar">
{pillars}
  </ul></nav>
  <ul class="dcr-subnav" data-link-name="nav3 : subnav">
{subnav}
  </ul>
</header>
<main id="maincontent" data-layout="TagPageLayout">
  <div class="dcr-fh4rna"><h1 class="dcr-1qz3ouj">Latest UK news</h1></div>
  <section id="container-1" data-component="tuesday-8-april-2025" data-link-name="container-1 | tuesday 8 april 2025" class="dcr-mw9wf0">
    <div class="dcr-1ch3oav"><h2 class="dcr-jxe9tw"><time datetime="2025-04-08">Tuesday 8 April 2025</time></h2></div>
    <ul class="dcr-16m0oyv">{today}
    </ul>
  </section>
  {ad.format(slot="inline1")}
  <section id="container-2" data-component="monday-7-april-2025" data-link-name="container-2 | monday 7 april 2025" class="dcr-mw9wf0">
    <div class="dcr-1ch3oav"><h2 class="dcr-jxe9tw"><time datetime="2025-04-07">Monday 7 April 2025</time></h2></div>
    <ul class="dcr-16m0oyv">{monday}
    </ul>
  </section>
  <div data-component="pagination" class="dcr-1a6u1z6">
    <span class="dcr-xgqvp7">Page 1 of 1,240</span>
    <a href="/uk-news/all?page=2" data-link-name="Pagination view page 2" class="dcr-11w5hzg">2</a>
    <a href="/uk-news/all?page=3" data-link-name="Pagination view page 3" class="dcr-11w5hzg">3</a>
    <a href="/uk-news/all?page=2" rel="next" data-link-name="Pagination view next" class="dcr-11w5hzg" aria-label="next page">Next</a>
  </div>
  <section data-component="most-popular" data-link-name="most-popular" class="dcr-1ac9krv">
    <h2 class="dcr-1m3ouwa">Most viewed</h2>
    <ul role="tablist" class="dcr-tabs">
      <li role="tab" aria-selected="true" aria-controls="tabs-popular-0" class="dcr-tab"><button data-link-name="Across The Morning Chronicle" class="dcr-tab-btn">Across The Morning Chronicle</button></li>
      <li role="tab" aria-selected="false" aria-controls="tabs-popular-1" class="dcr-tab"><button data-link-name="in UK news" class="dcr-tab-btn">In UK news</button></li>
    </ul>
    <div id="tabs-popular-0" role="tabpanel" class="dcr-1d3q0z9"><ol data-link-name="Across The Morning Chronicle" class="dcr-15uyoiq">
{across}
    </ol></div>
    <div id="tabs-popular-1" role="tabpanel" class="dcr-1d3q0z9" hidden><ol data-link-name="in UK news" class="dcr-15uyoiq">
{in_section}
    </ol></div>
  </section>
  {ad.format(slot="mostpop")}
</main>
<aside data-component="support-banner" class="dcr-zttuad">
  <p>Unlike many others, the Morning Chronicle has no billionaire owner. Our journalism is funded by readers.</p>
  <a href="https://support.morningchronicle.example/contribute?INTCMP=tag_page_banner" data-link-name="support banner : cta">Support the Chronicle from just £2</a>
</aside>
<footer data-link-name="footer" data-component="footer" class="dcr-footer">
  <ul class="dcr-footer-links">
{nav_links([("About us", "/about"), ("Contact us", "/help/contact-us"), ("Complaints & corrections", "/info/complaints-and-corrections"), ("Terms & conditions", "/help/terms-of-service"), ("Privacy policy", "/info/privacy"), ("Cookie policy", "/info/cookies"), ("SecureDrop", "/securedrop")])}
  </ul>
  <p class="dcr-copyright">&copy; 2025 Chronicle News &amp; Media Limited or its affiliated companies. All rights reserved.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s, _ in (*_UK_TODAY, *_UK_MONDAY)]
    return Layout(
        name="en-broadsheet-dcr-latest",
        family="British broadsheet latest list: li > div[data-link-name] cards with an empty overlay a[aria-label], h3.card-headline (kicker span + show-underline span, no link), dot clocks '06.42 BST' / 'Mon 7 Apr 2025 21.30 BST', tabbed 'Most viewed'",
        body=english_document("Latest UK news | The Morning Chronicle", "", body, lang="en-GB"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


# --------------------------------------------------------------------------------------------
# 4. A government department's news and communications search (gem-c-document-list, filters)
# --------------------------------------------------------------------------------------------

_GV_HOST = "https://www.publicservices.example"
_GV_ORG = "Department for Coastal and Rural Affairs"
_GV_SLUG = "department-for-coastal-and-rural-affairs"
# (path, title, description, document type, day of April or (month, day), other organisation)
_GV_RESULTS = [
    ("/government/news/coastal-communities-fund-opens-for-bids", "Coastal Communities Fund opens for 2025 to 2026 bids",
     "Councils and community groups can bid for up to £1.5 million for projects that create jobs in seaside towns.", "Press release", (4, 8), ""),
    ("/government/news/new-protections-for-chalk-streams-announced", "New protections for chalk streams announced",
     "Abstraction limits will be tightened on 40 rivers in southern and eastern England from next year.", "Press release", (4, 8), "Environment Agency"),
    ("/government/speeches/minister-for-rural-affairs-speech-to-the-national-farmers-conference", "Minister for Rural Affairs speech to the National Rural Economy Conference",
     "The Minister set out plans for rural broadband, bus services and village post offices.", "Speech", (4, 7), ""),
    ("/government/news/flood-defence-scheme-completed-in-lincolnshire", "£28 million flood defence scheme completed in Lincolnshire",
     "The new embankments will better protect 3,400 homes and 12,000 hectares of farmland.", "News story", (4, 7), "Environment Agency"),
    ("/government/news/harbour-grants-awarded-to-22-fishing-ports", "Harbour grants awarded to 22 fishing ports",
     "Funding will pay for new ice plants, slipways and electric shore power at ports from Cornwall to Shetland.", "Press release", (4, 4), "Marine Management Organisation"),
    ("/government/news/consultation-on-village-bus-routes-launched", "Consultation on village bus routes launched",
     "Residents are asked how demand-responsive services should work in areas without a regular bus.", "News story", (4, 4), ""),
    ("/government/news/rural-affairs-secretary-visits-cumbria-hill-farms", "Rural Affairs Secretary visits Cumbria hill farms",
     "The Secretary of State heard from upland farmers about the transition to new land management payments.", "News story", (4, 3), ""),
    ("/government/news/ban-on-peat-compost-sales-comes-into-force", "Ban on retail sales of peat compost comes into force",
     "Garden centres and DIY stores in England can no longer sell bagged compost containing peat.", "Press release", (4, 3), ""),
    ("/government/speeches/oral-statement-on-coastal-erosion", "Oral statement on coastal erosion",
     "Statement to the House of Commons on the national assessment of coastal erosion risk.", "Oral statement to Parliament", (4, 2), ""),
    ("/government/news/new-chair-appointed-to-national-parks-board", "New chair appointed to the National Parks Partnership Board",
     "Dr Helen Aske will lead the board for a three-year term from 1 May.", "News story", (4, 2), ""),
    ("/government/news/bird-flu-prevention-zone-lifted-in-norfolk", "Bird flu prevention zone lifted in Norfolk and Suffolk",
     "Keepers no longer need to house their birds, but strict biosecurity rules still apply.", "Press release", (4, 1), "Animal and Plant Health Agency"),
    ("/government/news/rural-broadband-vouchers-extended", "Rural broadband vouchers extended to a further 50,000 premises",
     "Homes and businesses in hard-to-reach areas can claim up to £4,500 towards a gigabit connection.", "Press release", (4, 1), ""),
    ("/government/news/response-to-the-village-shops-review", "Government response to the review of village shops and pubs",
     "The department accepts 14 of the review's 17 recommendations, including changes to business rates relief.", "Government response", (3, 31), ""),
    ("/government/news/lifeboat-station-funding-welsh-coast", "Funding secured for three lifeboat stations on the Welsh coast",
     "The grants will replace boathouses at Porthdinllaen, Tenby and Mumbles.", "News story", (3, 31), ""),
    ("/government/news/tree-planting-target-met-for-second-year", "Tree planting target met for the second year running",
     "More than 7,000 hectares of new woodland were created in England in the year to March.", "Press release", (3, 28), "Forestry Commission"),
    ("/government/news/seaside-towns-taskforce-first-meeting", "Seaside towns taskforce holds first meeting in Blackpool",
     "Council leaders, businesses and the department agreed priorities for housing and skills.", "News story", (3, 28), ""),
    ("/government/speeches/secretary-of-state-speech-at-the-coastal-summit", "Secretary of State speech at the Coastal Summit",
     "How the department will work with coastal councils on erosion, jobs and housing.", "Speech", (3, 27), ""),
    ("/government/news/new-rules-for-dog-control-on-farmland", "New rules to tackle livestock worrying by dogs",
     "Police will get powers to seize dogs and take DNA samples after attacks on sheep and cattle.", "Press release", (3, 27), ""),
    ("/government/news/written-statement-on-agricultural-transition", "Written statement on the agricultural transition plan",
     "Update on payments under the land management schemes for the 2025 scheme year.", "Written statement to Parliament", (3, 26), ""),
    ("/government/news/water-voles-return-to-yorkshire-dales", "Water voles return to the Yorkshire Dales after 30 years",
     "A reintroduction project has released 200 voles along two becks near Malham.", "News story", (3, 26), "Natural England"),
]  # fmt: skip
_GV_TYPES = [
    ("news_story", "News story"), ("press_release", "Press release"), ("speech", "Speeches and statements"),
    ("government_response", "Government responses"), ("correspondence", "Correspondence"), ("announcement", "Announcements"),
]  # fmt: skip
_GV_TOPICS = [
    "Business and industry", "Coastal communities", "Environment", "Farming and food", "Housing, local and community",
    "Marine", "Rural and countryside", "Transport", "Welfare",
]  # fmt: skip


def _gv_date(month: int, day: int) -> str:
    """'8 April 2025': GOV-style day-first date without a time of day."""
    return f"{day} {datetime(2025, month, day):%B} 2025"


def _gv_checkbox(name: str, value: str, label: str, *, checked: bool = False) -> str:
    ident = f"{name}-{value}".replace("_", "-").replace(" ", "-").lower()
    mark = " checked" if checked else ""
    return f'<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="{ident}" name="{name}[]" type="checkbox" value="{value}"{mark}><label class="govuk-label govuk-checkboxes__label" for="{ident}">{escape_html(label)}</label></div>'


def _gv_result(index: int, row: tuple) -> str:
    """A ``li.gem-c-document-list__item``: the title link, the description and metadata lines
    (document type, organisations, "Updated: <time>8 April 2025</time>")."""
    path, title, description, doc_type, (month, day), other = row
    orgs = escape_html(_GV_ORG + (f" and {other}" if other else ""))
    return f"""
<li class="gem-c-document-list__item  ">
  <div class="gem-c-document-list__item-title">
    <a data-ga4-ecommerce-path="{path}" data-ga4-ecommerce-content-id="{uuid.uuid5(uuid.NAMESPACE_URL, path)}" data-ga4-ecommerce-index="{index}" class="govuk-link gem-c-document-list__item-link" href="{path}">{escape_html(title)}</a>
  </div>
  <p class="gem-c-document-list__item-description">{escape_html(description)}</p>
  <ul class="gem-c-document-list__item-metadata">
    <li class="gem-c-document-list__attribute">Document type: {escape_html(doc_type)}</li>
    <li class="gem-c-document-list__attribute">Organisation: {orgs}</li>
    <li class="gem-c-document-list__attribute">Updated: <time datetime="2025-{month:02d}-{day:02d}">{_gv_date(month, day)}</time></li>
  </ul>
</li>"""


def build_gov_news_search() -> Layout:
    """A government department's news and communications search: ``ol.gem-c-document-list >
    li.gem-c-document-list__item`` results with a title link, a description and date-only
    "Updated: 8 April 2025" metadata beside "Document type: Press release"; a filter sidebar
    of expander sections full of checkboxes, a topic select and date inputs, selected-filter
    tags with remove links, "Get emails" and feed links, cookie and phase banners, a pager."""
    page_url = f"{_GV_HOST}/search/news-and-communications?organisations%5B%5D={_GV_SLUG}&parent={_GV_SLUG}"
    types = "\n".join(_gv_checkbox("content_store_document_type", v, t) for v, t in _GV_TYPES)
    topics = "\n".join(
        f'<option value="{escape_html(t.lower().replace(", ", "-").replace(" ", "-"))}">{escape_html(t)}</option>'
        for t in _GV_TOPICS
    )
    orgs = "\n".join(
        _gv_checkbox("organisations", slug, name, checked=slug == _GV_SLUG)
        for slug, name in [
            ("animal-and-plant-health-agency", "Animal and Plant Health Agency"),
            (_GV_SLUG, _GV_ORG),
            ("environment-agency", "Environment Agency"),
            ("forestry-commission", "Forestry Commission"),
            ("marine-management-organisation", "Marine Management Organisation"),
            ("natural-england", "Natural England"),
        ]
    )
    results = "".join(_gv_result(i, r) for i, r in enumerate(_GV_RESULTS, start=1))
    body = f"""
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on this site">
  <div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on this site</h2>
  <p class="govuk-body">We use some essential cookies to make this website work.</p>
  <button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button> <button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button> <a class="govuk-link" href="/help/cookies">View cookies</a></div>
</div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner" data-module="super-navigation-mega-menu">
  <a class="gem-c-layout-super-navigation-header__header-logo" href="/"><span class="govuk-visually-hidden">Public Services homepage</span></a>
  <nav aria-labelledby="super-navigation-menu-heading"><ul class="gem-c-layout-super-navigation-header__items">
    <li><a class="gem-c-layout-super-navigation-header__navigation-item-link" href="/browse">Menu</a></li>
    <li><a class="gem-c-layout-super-navigation-header__search-item-link" href="/search">Search</a></li>
  </ul></nav>
</header>
<div class="govuk-width-container">
  <div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. <a class="govuk-link" href="/contact/feedback">Help us improve it</a>.</span></p></div>
  <div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">
    <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
    <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/government/organisations">Organisations</a></li>
    <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/government/organisations/{_GV_SLUG}">{escape_html(_GV_ORG)}</a></li>
  </ol></div>
  <main id="main-content" class="govuk-main-wrapper" role="main">
    <form method="get" action="/search/news-and-communications" id="js-finder-form" class="js-finder-form" data-module="live-search">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds"><h1 class="gem-c-heading__text govuk-heading-xl">News and communications</h1></div>
      <div class="govuk-grid-column-one-third"><a class="govuk-link gem-c-subscription-links__link" href="/search/news-and-communications/email-signup?organisations%5B%5D={_GV_SLUG}">Get emails</a> <a class="govuk-link gem-c-subscription-links__link" href="/search/news-and-communications.atom?organisations%5B%5D={_GV_SLUG}">Subscribe to feed</a></div>
    </div>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-third">
        <div class="gem-c-search"><label for="finder-keyword-search" class="govuk-label">Search news and communications</label><input type="search" name="keywords" id="finder-keyword-search" class="gem-c-search__input"><button class="gem-c-search__submit" type="submit">Search</button></div>
        <div class="app-c-expander" data-module="app-c-expander" data-open-on-load="true">
          <h2 class="app-c-expander__heading"><span class="app-c-expander__title">Organisation</span></h2>
          <div class="app-c-expander__content"><div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
{orgs}
          </div></div>
        </div>
        <div class="app-c-expander" data-module="app-c-expander">
          <h2 class="app-c-expander__heading"><span class="app-c-expander__title">Topic</span></h2>
          <div class="app-c-expander__content"><label class="govuk-label" for="level_one_taxon">Topic</label><select id="level_one_taxon" name="level_one_taxon" class="govuk-select"><option value="">All topics</option>
{topics}
          </select></div>
        </div>
        <div class="app-c-expander" data-module="app-c-expander">
          <h2 class="app-c-expander__heading"><span class="app-c-expander__title">Document type</span></h2>
          <div class="app-c-expander__content"><div class="govuk-checkboxes govuk-checkboxes--small">
{types}
          </div></div>
        </div>
        <div class="app-c-expander" data-module="app-c-expander">
          <h2 class="app-c-expander__heading"><span class="app-c-expander__title">Updated</span></h2>
          <div class="app-c-expander__content">
            <div class="govuk-form-group"><label class="govuk-label" for="public_timestamp[from]">Updated after</label><div class="govuk-hint">For example, 2005 or 21/11/2014</div><input class="govuk-input" id="public_timestamp[from]" name="public_timestamp[from]" type="text"></div>
            <div class="govuk-form-group"><label class="govuk-label" for="public_timestamp[to]">Updated before</label><div class="govuk-hint">For example, 2005 or 21/11/2014</div><input class="govuk-input" id="public_timestamp[to]" name="public_timestamp[to]" type="text"></div>
          </div>
        </div>
        <p class="govuk-body"><a class="govuk-link" href="/search/news-and-communications">Clear all filters</a></p>
      </div>
      <div class="govuk-grid-column-two-thirds js-live-search-results-block">
        <div class="result-info">
          <div class="result-info__header"><h2 class="govuk-heading-s js-result-count" aria-live="assertive">3,214 results</h2></div>
          <div class="facet-tags" data-module="remove-filter"><p class="facet-tags__preposition">From</p>
            <div class="facet-tag"><p class="facet-tag__text">{escape_html(_GV_ORG)}</p><a class="facet-tag__remove" href="/search/news-and-communications" aria-label="Remove filter {escape_html(_GV_ORG)}">&#x2715;</a></div>
          </div>
          <div class="govuk-form-group js-order-results"><label class="govuk-label" for="order">Sort by</label><select class="govuk-select" id="order" name="order"><option value="updated-newest" selected>Updated (newest)</option><option value="updated-oldest">Updated (oldest)</option><option value="relevance">Relevance</option></select></div>
        </div>
        <div id="js-results" class="finder-results js-finder-results" data-module="ga4-ecommerce-tracker">
          <ol class="gem-c-document-list gem-c-document-list--no-top-border-first-child">{results}
          </ol>
        </div>
        <nav class="govuk-pagination govuk-pagination--block" role="navigation" aria-label="Pagination">
          <div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="/search/news-and-communications?organisations%5B%5D={_GV_SLUG}&amp;page=2&amp;parent={_GV_SLUG}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span><span class="govuk-pagination__link-label">2 of 161</span></a></div>
        </nav>
      </div>
    </div>
    </form>
  </main>
</div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo">
  <div class="govuk-width-container">
    <h2 class="govuk-visually-hidden">Support links</h2>
    <ul class="govuk-footer__inline-list">
{nav_links([("Help", "/help"), ("Privacy", "/help/privacy-notice"), ("Cookies", "/help/cookies"), ("Accessibility statement", "/help/accessibility-statement"), ("Contact", "/contact"), ("Terms and conditions", "/help/terms-conditions"), ("Government Digital Service", "/government/organisations/government-digital-service")], "govuk-footer__inline-list-item")}
    </ul>
    <span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.example/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
    <a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.example/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">&copy; Crown copyright</a>
  </div>
</footer>"""
    items = [
        gold_item(page_url, path, Story(title, description, None), timed=False)
        for path, title, description, *_ in _GV_RESULTS
    ]
    return Layout(
        name="en-gov-news-search",
        family="government news-and-communications search: ol.gem-c-document-list > li.gem-c-document-list__item, a.gem-c-document-list__item-link, p description, 'Updated: 8 April 2025' (date only) + 'Document type: Press release', checkbox filter sidebar",
        body=english_document("News and communications - Public Services", "", body, lang="en-GB"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Europe/London",
    )


BUILDERS: tuple[Builder, ...] = (
    build_local_newspaper_cms,
    build_sports_news_river,
    build_broadsheet_dcr_latest,
    build_gov_news_search,
)
