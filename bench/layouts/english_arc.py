"""A sixth set of English-language listing layouts: platform newspapers, TV feeds, archives
and agencies.

Each builder returns a whole page in the shape of one family of real-world markup — a big
newspaper's section page on a publishing platform, whose ``div[data-feature-id="homepage/story"]``
cards carry ``data-qa`` attributes, ``h3 > a > span`` headlines, blurbs, bylines and "April 7,
2025 at 10:05 p.m. EDT", beside a "Live updates" card with a pulsing LIVE label and a "Most
Read" list; a TV network's local-news "Latest" feed of ``li.List-items-row-item > div.ListItem
> a.ListItem-link`` cards wrapping the picture and ``div.ListItem-content`` with "2 hrs ago",
with the station's "Watch Live" promo and weather widget; a magazine's archive by month, "April
2025" over ``ul > li`` rows of "Apr 8", title and author, with year and month navigation; and a
public health agency's news releases, ``div.press-release-list > div.row`` rows labelled "Press
Release" and "For Immediate Release" with "Tuesday, April 8, 2025", a Spanish-language switch,
media contacts and a "Related topics" box — with the chrome real pages carry around the list.
Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC, 02:00 in North American Eastern
time, 01:00 in Central time). Gold times are the instants the page states, in the site's own
clock (the layout's ``timezone``) where the page names no zone; relative times ("2 hrs ago")
are resolved against the fetch instant; a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")
CDT = timezone(timedelta(hours=-5), "CDT")


def _edt(day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on the North American Eastern clock (daylight time)."""
    return datetime(2025, 4, day, hour, minute, tzinfo=EDT)


# --------------------------------------------------------------------------------------------
# 1. A big newspaper's section page on a publishing platform (homepage/story cards, data-qa)
# --------------------------------------------------------------------------------------------

_AX_HOST = "https://www.capitolledger.example"
# (story, authors, comment count or "")
_AX_STORIES: list[tuple[Story, list[str], str]] = [
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/senate-tariff-vote-republicans-break/",
              "Four Senate Republicans break ranks as tariff resolution heads to a vote",
              "The measure would end the emergency declaration behind the duties on Canadian goods. Its fate in the House is far less certain.",
              _edt(7, 22, 5), ""), ["Marisa Calloway", "Derek Huang"], "2.4K"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/white-house-tariff-exemptions-list/",
              "White House weighs exemptions for pharmaceuticals and semiconductors",
              "Officials said a list could come by the end of the week, as allies press for relief and markets swing.",
              _edt(7, 20, 48), ""), ["Owen Pritchard"], "981"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/supreme-court-deportation-flights-ruling/",
              "Supreme Court lets deportation flights resume but says migrants must get a hearing",
              "The 5-4 order vacated a lower court's block while requiring notice for anyone the administration seeks to remove under a 1798 law.",
              _edt(7, 19, 31), ""), ["Lena Ostrowski"], "3.1K"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/trump-tariffs-analysis-voters-prices/",
              "The tariff fight is about to land in voters' shopping carts",
              "Polling shows support for the duties falls sharply once respondents are told prices may rise.",
              _edt(7, 18, 2), "Analysis"), ["Graham Whitley"], "1.2K"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/pentagon-inspector-general-signal-chat-review/",
              "Pentagon inspector general opens review of officials' use of messaging app",
              "The review was requested by the leaders of the Senate Armed Services Committee from both parties.",
              _edt(7, 16, 40), ""), ["Tasha Bramwell", "Nick Oduya"], "764"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/house-freedom-caucus-budget-blueprint/",
              "House conservatives threaten to sink budget blueprint over spending cuts",
              "Speaker allies said they still expected a vote this week, though at least six members remain opposed.",
              _edt(7, 15, 12), ""), ["Derek Huang"], ""),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/irs-acting-commissioner-leaves/",
              "IRS acting commissioner departs amid dispute over data-sharing deal",
              "The agency's third leader this year left days after a deal to share taxpayer addresses with immigration authorities.",
              _edt(7, 13, 55), ""), ["Jocelyn Reyes"], "412"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/town-hall-protests-district-video/",
              "Watch: Constituents confront lawmaker over cuts at packed town hall",
              None,
              _edt(7, 12, 20), "Video"), [], ""),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/federal-workers-probation-rehire-order/",
              "Agencies begin rehiring probationary workers under court order, with caveats",
              "Many returning employees have been placed on paid leave rather than restored to their jobs.",
              _edt(7, 11, 3), ""), ["Aaron Feld"], "538"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/wisconsin-supreme-court-race-aftermath/",
              "What Wisconsin's court race tells both parties about the midterms",
              "Turnout in the suburbs of Milwaukee outpaced the 2022 governor's race, a warning sign for Republicans.",
              _edt(7, 9, 45), "Analysis"), ["Graham Whitley", "Priya Mandal"], ""),
    (Story.at(f"{_AX_HOST}/politics/2025/04/07/state-department-reorganization-plan/",
              "State Department plan would close dozens of offices and consulates",
              "A draft seen by The Capitol Ledger folds human-rights programs into regional bureaus.",
              _edt(7, 8, 10), ""), ["Hannah Lisle"], "1.7K"),
    (Story.at(f"{_AX_HOST}/politics/2025/04/06/senators-weekend-tariff-calls/",
              "Farm-state senators spent the weekend on the phone with anxious growers",
              "Soybean and pork producers warn that retaliation could cost them markets they spent decades building.",
              _edt(6, 18, 30), ""), ["Owen Pritchard"], ""),
    (Story.at(f"{_AX_HOST}/photography/2025/04/06/protests-across-the-country-photos/",
              "Photos: Thousands rally in cities across the country",
              None,
              _edt(6, 14, 5), "Photos"), [], ""),
]  # fmt: skip
_AX_LIVE = Story.at(
    f"{_AX_HOST}/politics/2025/04/08/trump-tariffs-news-live-updates/",
    "Live updates: Markets brace for another volatile day as tariff deadline nears",
    "Asian stocks rebounded overnight after Monday's swings; the White House said the duties will take effect Wednesday.",
    None,
    "Live",
)
_AX_MOST_READ = [
    (f"{_AX_HOST}/politics/2025/04/07/supreme-court-deportation-flights-ruling/", "Supreme Court clears way for deportation flights, with a catch"),
    (f"{_AX_HOST}/business/2025/04/07/401k-stock-market-what-to-do/", "Your 401(k) just took a hit. Here's what experts say to do next."),
    (f"{_AX_HOST}/politics/2025/04/07/senate-tariff-vote-republicans-break/", "GOP senators defy Trump on Canada tariffs"),
    (f"{_AX_HOST}/lifestyle/2025/04/06/miss-manners-wedding-gift-etiquette/", "Miss Manners: My cousin wants cash instead of a gift"),
    (f"{_AX_HOST}/climate-environment/2025/04/07/cherry-blossoms-peak-bloom/", "Cherry blossoms reach peak bloom after a cold snap"),
]  # fmt: skip
_AX_OPINIONS = [
    (f"{_AX_HOST}/opinions/2025/04/07/tariffs-congress-must-act/", "Congress gave away its tariff power. It can take it back.", "The Editorial Board"),
    (f"{_AX_HOST}/opinions/2025/04/07/recession-tariffs-economy-forecast/", "The recession nobody had to have", "Catherine Rampell-Noor"),
    (f"{_AX_HOST}/opinions/2025/04/06/supreme-court-due-process-immigration/", "Due process isn't a loophole", "Ruth Marcovitz"),
]  # fmt: skip


def _ax_stamp(when: datetime) -> str:
    """'April 7, 2025 at 10:05 p.m. EDT' as the platform prints card times."""
    local = when.astimezone(EDT)
    clock = clock12(local, lower=True).replace("am", "a.m.").replace("pm", "p.m.")
    return f"{local:%B} {local.day}, {local:%Y} at {clock} EDT"


def _ax_byline(authors: list[str]) -> str:
    """The card's byline: author links joined by "and"."""
    if not authors:
        return ""
    links = " and ".join(
        f'<a class="wpds-c-knSWeD" href="{_AX_HOST}/people/{a.lower().replace(" ", "-")}/" data-qa="author-name">{escape_html(a)}</a>'
        for a in authors
    )
    return f'<div class="wpds-c-gXfPKn" data-qa="card-byline"><span class="wpds-c-cMnvqF">{links}</span></div>'


def _ax_card(story: Story, authors: list[str], comments: str, *, size: str = "sm") -> str:
    """One ``div[data-feature-id="homepage/story"]`` card: picture link, label, ``h3 > a >
    span`` headline (an ``h2`` on the lead), blurb, byline, comment count and the time."""
    assert story.when is not None
    tag = "h2" if size == "lg" else "h3"
    label = (
        f'<div class="wpds-c-hZtVhD" data-qa="card-label"><span class="wpds-c-iWrYkS">{escape_html(story.label)}</span></div>'
        if story.label
        else ""
    )
    blurb = (
        f'<p class="wpds-c-lbCChL font-xxs" data-qa="card-blurb"><span>{escape_html(story.lead)}</span></p>'
        if story.lead
        else ""
    )
    duration = (
        '<span class="wpds-c-dXJYjC" data-qa="card-video-duration">3:42</span>'
        if story.label == "Video"
        else ""
    )
    gallery = (
        '<span class="wpds-c-dXJYjC" data-qa="card-gallery-count">24 photos</span>'
        if story.label == "Photos"
        else ""
    )
    comment = (
        f'<a class="wpds-c-bdBRkW" href="{story.path}#comments" data-qa="comments-btn" aria-label="{comments} comments"><svg class="wpds-c-icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 2h12v9H6l-4 3z"></path></svg><span class="wpds-c-kbYfWu">{comments}</span></a>'
        if comments
        else ""
    )
    return f"""
<div class="PJLV PJLV-iPJLV-css" data-feature-id="homepage/story" data-feature-name="homepage/story" data-admin-id="ax-{image_slug(story.path)[:16]}">
  <div class="card relative wpds-c-dhzjXW card-{size}" data-qa="card">
    <div class="art relative" data-qa="card-art"><a href="{story.path}" tabindex="-1" aria-hidden="true" data-pb-local-content-field="web_art"><img src="https://www.capitolledger.example/wp-apps/imrs.php?src=https://arc-anglerfish.example/public/{image_slug(story.path)[:20].upper()}.jpg&amp;w=480" alt="" loading="lazy" width="480" height="320"></a>{duration}{gallery}</div>
    <div class="wpds-c-iVmFpZ" data-qa="card-text">
      {label}
      <{tag} class="wpds-c-fZJXoA font--headline font-md" data-qa="card-title"><a class="wpds-c-iiQaMf" href="{story.path}" data-pb-local-content-field="web_headline"><span>{escape_html(story.title)}</span></a></{tag}>
      {blurb}
      {_ax_byline(authors)}
      <div class="wpds-c-fGhLfN" data-qa="card-meta"><span class="wpds-c-iKQyrV" data-qa="card-timestamp">{_ax_stamp(story.when)}</span>{comment}</div>
    </div>
  </div>
</div>"""


def _ax_live_card(story: Story) -> str:
    """The "Live updates" promo card: a pulsing LIVE label before the headline, no time, a
    few latest-update lines linking into the live page."""
    return f"""
<div class="PJLV PJLV-iPJLV-css" data-feature-id="homepage/story" data-feature-name="homepage/story" data-admin-id="ax-live-tariffs">
  <div class="card relative wpds-c-dhzjXW card-md card-live" data-qa="card">
    <div class="wpds-c-iVmFpZ" data-qa="card-text">
      <h3 class="wpds-c-fZJXoA font--headline font-md" data-qa="card-title"><a class="wpds-c-iiQaMf" href="{story.path}" data-pb-local-content-field="web_headline"><span class="wpds-c-live-label" data-qa="live-label"><span class="wpds-c-pulse" aria-hidden="true"></span>LIVE</span> <span>{escape_html(story.title)}</span></a></h3>
      <p class="wpds-c-lbCChL font-xxs" data-qa="card-blurb"><span>{escape_html(story.lead or "")}</span></p>
      <ul class="wpds-c-kyTmQk" data-qa="live-ticker">
        <li><a href="{story.path}#link-7KQ3VZ2XJBG5DNE4" data-qa="live-ticker-item"><span class="wpds-c-kVcXlY">1:41 a.m.</span> Nikkei closes up 6 percent</a></li>
        <li><a href="{story.path}#link-3MFPYTQ2S5C7LJRA" data-qa="live-ticker-item"><span class="wpds-c-kVcXlY">1:12 a.m.</span> China vows to 'fight to the end' on duties</a></li>
        <li><a href="{story.path}#link-N2WQ4E6HJZA3XKVB" data-qa="live-ticker-item"><span class="wpds-c-kVcXlY">12:30 a.m.</span> What the new tariffs cover, in one chart</a></li>
      </ul>
      <a class="wpds-c-bdBRkW" href="{story.path}" data-qa="live-see-all">See all updates</a>
    </div>
  </div>
</div>"""


def build_arc_section_page() -> Layout:
    """A big newspaper's section page on a publishing platform: chains of
    ``div[data-feature-id="homepage/story"]`` cards with ``data-qa`` attributes (``card-title``
    ``h3 > a > span``, ``card-blurb``, ``card-byline`` author links, ``card-timestamp`` "April
    7, 2025 at 10:05 p.m. EDT", a comment-count link to ``#comments``), an ``h2`` lead, a
    "Live updates" card with a pulsing LIVE label and latest-update lines, "Analysis" /
    "Video" / "Photos" labels; a numbered "Most Read" list retitling some cards, an "Opinions"
    rail in the same card feature, ads, "Load more" and the footer."""
    page_url = f"{_AX_HOST}/politics/"
    menu = nav_links(
        [
            ("Politics", "/politics/"),
            ("Elections", "/elections/"),
            ("Opinions", "/opinions/"),
            ("Style", "/lifestyle/style/"),
            ("Investigations", "/investigations/"),
            ("Climate", "/climate-environment/"),
            ("Well+Being", "/wellbeing/"),
            ("Business", "/business/"),
            ("Tech", "/technology/"),
            ("World", "/world/"),
            ("D.C., Md. & Va.", "/dc-md-va/"),
            ("Sports", "/sports/"),
        ],
        "wpds-c-nav-item",
    )
    lead = _ax_card(*_AX_STORIES[0], size="lg")
    top = "".join(_ax_card(*row, size="md") for row in _AX_STORIES[1:3])
    river = "".join(_ax_card(*row) for row in _AX_STORIES[3:])
    most_read = link_list(
        _AX_MOST_READ,
        '<li class="wpds-c-hJnDGz" data-qa="most-read-item"><span class="wpds-c-fzUpgB">{rank}</span><a class="wpds-c-iiQaMf" href="{href}" data-qa="most-read-link"><span>{title}</span></a></li>',
        sep="\n",
    )
    opinions = "".join(
        f"""
<div class="PJLV PJLV-iPJLV-css" data-feature-id="homepage/story" data-feature-name="homepage/story" data-admin-id="ax-op-{n}">
  <div class="card relative wpds-c-dhzjXW card-xs" data-qa="card"><div class="wpds-c-iVmFpZ" data-qa="card-text">
    <div class="wpds-c-hZtVhD" data-qa="card-label"><span class="wpds-c-iWrYkS">Opinion</span></div>
    <h3 class="wpds-c-fZJXoA font--headline font-xs" data-qa="card-title"><a class="wpds-c-iiQaMf" href="{href}" data-pb-local-content-field="web_headline"><span>{escape_html(title)}</span></a></h3>
    <div class="wpds-c-gXfPKn" data-qa="card-byline"><span class="wpds-c-cMnvqF">{escape_html(author)}</span></div>
  </div></div>
</div>"""
        for n, (href, title, author) in enumerate(_AX_OPINIONS)
    )
    body = f"""
<div id="__next">
<div class="wpds-c-banner" data-qa="subscribe-banner"><a href="https://subscribe.capitolledger.example/acquisition/?promo=o26">Get the news you need for just $1 every 4 weeks</a></div>
<header class="wpds-c-header" data-qa="sc-header">
  <a class="wpds-c-logo" href="{_AX_HOST}/" aria-label="The Capitol Ledger homepage"><svg viewBox="0 0 400 60" aria-hidden="true"><path d="M0 0h400v60H0z"></path></svg></a>
  <p class="wpds-c-tagline">Democracy Needs Daylight</p>
  <nav class="wpds-c-nav" aria-label="Sections"><ul>
{menu}
  </ul></nav>
  <div class="wpds-c-header-right"><a href="https://subscribe.capitolledger.example/?itid=nav_subscribe" data-qa="sc-subscribe-button">Subscribe</a> <a href="https://www.capitolledger.example/subscribe/signin/?next_url={page_url}" data-qa="sc-signin-button">Sign in</a></div>
</header>
<div class="wpds-c-ad" data-qa="ad-leaderboard"><span class="wpds-c-ad-label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=61230&amp;iu=/701/capitolledger/politics/front/leaderboard_1"><img src="https://tpc.googlesyndication.example/simgad/61230" alt=""></a></div>
<main id="main-content" class="wpds-c-main">
  <div class="wpds-c-section-header"><h1 class="wpds-c-section-title" data-qa="section-title">Politics</h1>
    <ul class="wpds-c-subnav">{nav_links([("White House", "/politics/white-house/"), ("Congress", "/politics/congress/"), ("Courts & Law", "/politics/courts-law/"), ("Polling", "/politics/polling/"), ("Fact Checker", "/politics/fact-checker/")])}</ul>
  </div>
  <div class="chain chain-top" data-chain-name="politics-top">
    <div class="table1 col-8">{lead}</div>
    <div class="table2 col-4">{_ax_live_card(_AX_LIVE)}{top}
    </div>
  </div>
  <div class="wpds-c-ad" data-qa="ad-inline"><span class="wpds-c-ad-label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=61231&amp;iu=/701/capitolledger/politics/front/flex_1"><img src="https://tpc.googlesyndication.example/simgad/61231" alt=""></a></div>
  <div class="chain-layout">
    <section class="chain chain-river" data-chain-name="politics-latest" aria-label="Latest in Politics">
      <h2 class="wpds-c-chain-title" data-qa="chain-title">Latest in Politics</h2>{river}
      <button class="wpds-c-button" type="button" data-qa="load-more">Load more</button>
    </section>
    <aside class="chain chain-rail">
      <section class="wpds-c-most-read" data-qa="most-read"><h2 class="wpds-c-chain-title">Most Read Politics</h2><ol class="wpds-c-list">
{most_read}
      </ol></section>
      <section class="chain" data-chain-name="politics-opinions"><h2 class="wpds-c-chain-title"><a href="/opinions/">Opinions</a></h2>{opinions}
      </section>
      <div class="wpds-c-ad" data-qa="ad-rail"><span class="wpds-c-ad-label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=61232&amp;iu=/701/capitolledger/politics/front/right_rail"><img src="https://tpc.googlesyndication.example/simgad/61232" alt=""></a></div>
      <div class="wpds-c-newsletter"><h3>The Early Brief</h3><p>Get the politics news that matters, every weekday morning.</p><a href="{_AX_HOST}/newsletters/the-early-brief/?itid=nl_rail">Sign up</a></div>
    </aside>
  </div>
</main>
<footer class="wpds-c-footer" data-qa="footer">
  <ul class="wpds-c-footer-links">
{nav_links([("About The Capitol Ledger", "/about-the-capitol-ledger/"), ("Policies & Standards", "/policies-and-standards/"), ("Terms of Use", "/information/terms-of-service/"), ("Privacy Policy", "/privacy-policy/"), ("Cookie Settings", "/privacy-policy/cookies/"), ("Careers", "https://careers.capitolledger.example/"), ("Advertise", "https://advertising.capitolledger.example/")])}
  </ul>
  <p>&copy; 1996-2025 The Capitol Ledger</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _, _ in _AX_STORIES[:1]]
    items.append(gold_item(page_url, _AX_LIVE.path, _AX_LIVE))
    items += [gold_item(page_url, s.path, s) for s, _, _ in _AX_STORIES[1:]]
    return Layout(
        name="en-arc-section-page",
        family="big newspaper's section page on a publishing platform: div[data-feature-id='homepage/story'] cards, data-qa card-title h3 > a > span, card-blurb, card-byline, 'April 7, 2025 at 10:05 p.m. EDT', Live updates card with a pulsing LIVE label, Most Read",
        body=english_document(
            "Politics - The Capitol Ledger",
            f'<link rel="canonical" href="{page_url}">',
            body,
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 2. A TV network's local-news "Latest" feed (List-items-row-item > ListItem, "2 hrs ago")
# --------------------------------------------------------------------------------------------

_TV_HOST = "https://www.wkrt9.example"
# (story, kind: "article" / "video" / "gallery", shown time: "ago" or "date")
_TV_STORIES: list[tuple[Story, str, str]] = [
    (Story.at("/news/local/lake-shore-drive-crash-closes-northbound-lanes/3712045/",
              "Crash closes northbound Lake Shore Drive lanes near Belmont",
              "Police said two people were taken to hospitals after a car struck a concrete barrier shortly after midnight.",
              ago(NOW, minutes=25), "Local"), "article", "ago"),
    (Story.at("/news/local/cta-blue-line-service-suspended-ohare-branch/3712031/",
              "CTA suspends Blue Line service on part of O'Hare branch for track work",
              "Shuttle buses will replace trains between Jefferson Park and Rosemont through Thursday morning.",
              ago(NOW, minutes=50), "Transit"), "article", "ago"),
    (Story.at("/news/local/video-firefighters-rescue-dog-frozen-pond/3712019/",
              "Video: Firefighters pull dog from icy pond in Naperville",
              None,
              ago(NOW, hours=1), "Video"), "video", "ago"),
    (Story.at("/news/local/chicago-budget-hearing-police-overtime/3711988/",
              "Aldermen grill police officials over $200 million in overtime",
              "The department has already spent more than half of this year's overtime budget, according to figures released at a hearing Monday.",
              ago(NOW, hours=2), "Politics"), "article", "ago"),
    (Story.at("/news/local/suburban-school-district-four-day-week-vote/3711962/",
              "Suburban school district votes down four-day week proposal",
              None,
              ago(NOW, hours=3), "Education"), "article", "ago"),
    (Story.at("/news/local/weather-severe-storms-possible-wednesday/3711940/",
              "Severe storms possible Wednesday as warm front lifts north",
              "Damaging winds and large hail are the main threats, with the highest risk south of Interstate 80 in the late afternoon.",
              ago(NOW, hours=4), "Weather"), "article", "ago"),
    (Story.at("/news/sports/cubs-home-opener-wrigley-photos/3711921/",
              "Photos: Scenes from the Cubs' home opener at Wrigley Field",
              None,
              ago(NOW, hours=5), "Sports"), "gallery", "ago"),
    (Story.at("/news/local/evanston-landlord-charged-housing-fraud/3711897/",
              "Evanston landlord charged with defrauding housing voucher program",
              "Prosecutors say he collected rent subsidies for apartments that had been empty for years.",
              ago(NOW, hours=6), "Crime"), "article", "ago"),
    (Story.at("/news/local/video-neighbors-clean-up-after-tornado-warning/3711870/",
              "Video: Neighbors clean up downed trees after overnight storm",
              None,
              ago(NOW, hours=7), "Video"), "video", "ago"),
    (Story.at("/news/local/o-hare-new-terminal-construction-delay/3711843/",
              "O'Hare's new global terminal faces another year of delays",
              "Airport officials blamed rising steel costs and a redesign of the baggage system.",
              ago(NOW, hours=9), "Business"), "article", "ago"),
    (Story.at("/news/local/joliet-teachers-union-strike-authorization/3711820/",
              "Joliet teachers authorize strike as contract talks stall",
              "Union leaders said 94% of members voted to allow a walkout, though no date has been set.",
              ago(NOW, hours=11), "Education"), "article", "ago"),
    (Story.at("/news/local/illinois-lottery-winner-unclaimed-ticket/3711802/",
              "Unclaimed $1 million lottery ticket sold in Aurora expires next month",
              None,
              ago(NOW, hours=13), "Local"), "article", "ago"),
    (Story.at("/news/local/chicago-river-green-dye-cleanup-study/3711655/",
              "Study finds no lasting harm from river dyeing, researchers say",
              "Water samples taken before and after the annual event showed no change in fish or plant life.",
              datetime(2025, 4, 6, 15, 0, tzinfo=CDT), "Environment"), "article", "date"),
    (Story.at("/news/local/rockford-plant-layoffs-tariffs/3711590/",
              "Rockford parts plant to lay off 180 workers, citing tariffs",
              "The company said orders from Canadian customers fell by a third in March.",
              datetime(2025, 4, 6, 10, 0, tzinfo=CDT), "Business"), "article", "date"),
]  # fmt: skip
_TV_TRENDING = [
    ("/news/local/chicago-budget-hearing-police-overtime/3711988/", "Police overtime tops $200M: what aldermen asked"),
    ("/news/local/lake-shore-drive-crash-closes-northbound-lanes/3712045/", "LSD crash: northbound lanes closed"),
    ("/news/local/chicago-weather-snow-april-record/3711502/", "Remember that April snow? It set a record"),
    ("/news/sports/bulls-playoff-picture-play-in/3711477/", "Where the Bulls stand in the play-in race"),
]  # fmt: skip


def _tv_item(story: Story, kind: str, shown: str, *, compact: bool = False) -> str:
    """One ``li.List-items-row-item``: ``div.ListItem`` with one ``a.ListItem-link`` wrapping
    the picture (a play icon and duration on clips, a camera icon on galleries) and
    ``div.ListItem-content`` (category, ``h3.ListItem-title``, description, date)."""
    assert story.when is not None
    if shown == "ago":
        minutes = int((NOW - story.when).total_seconds() // 60)
        age = (
            f"{minutes} mins ago"
            if minutes < 60
            else f"{minutes // 60} hr{'s' if minutes >= 120 else ''} ago"
        )
    else:
        local = story.when.astimezone(CDT)
        age = f"{local:%B} {local.day}, {local:%Y}"
    icon = {
        "video": '<div class="ListItem-mediaIcon"><svg class="icon-play" aria-hidden="true"><use xlink:href="#icon-play"></use></svg><span class="ListItem-duration">1:48</span></div>',
        "gallery": '<div class="ListItem-mediaIcon"><svg class="icon-camera" aria-hidden="true"><use xlink:href="#icon-camera"></use></svg><span class="ListItem-count">18</span></div>',
    }.get(kind, "")
    desc = (
        f'<div class="ListItem-description">{escape_html(story.lead)}</div>' if story.lead else ""
    )
    return f"""
<li class="List-items-row-item">
  <div class="ListItem" data-content-type="{kind}">
    <a class="ListItem-link" href="{_TV_HOST}{story.path}" aria-label="{escape_html(story.title)}">
      <figure class="ListItem-media"><picture><source type="image/webp" srcset="https://media.wkrt9.example/2025/04/{image_slug(story.path)[:18]}.jpg?resize=320,180&amp;format=webp"><img class="Image" src="https://media.wkrt9.example/2025/04/{image_slug(story.path)[:18]}.jpg?resize=320,180" alt="" loading="lazy" width="320" height="180"></picture>{icon}</figure>
      <div class="ListItem-content">
        <div class="ListItem-category">{escape_html(story.label)}</div>
        <h3 class="ListItem-title">{escape_html(story.title)}</h3>
        {desc}
        <div class="ListItem-date">{age}</div>
      </div>
    </a>
  </div>
</li>"""


def build_tv_latest_feed() -> Layout:
    """A TV network station's local-news "Latest" feed: rows of ``li.List-items-row-item >
    div.ListItem > a.ListItem-link`` cards, the one link wrapping ``figure`` and
    ``div.ListItem-content`` (category, ``h3.ListItem-title``, description on some,
    ``div.ListItem-date`` "25 mins ago" / "2 hrs ago" / "April 6, 2025"); video clips and
    photo galleries of the feed are items; a "Watch Live" stream promo, a weather widget of
    links (temperature, radar, alerts), a "Trending" list retitling feed stories, ads,
    "Load More" and the station footer."""
    page_url = f"{_TV_HOST}/news/local/"
    menu = nav_links(
        [
            ("Local", "/news/local/"),
            ("Weather", "/weather/"),
            ("Investigations", "/investigations/"),
            ("Sports", "/news/sports/"),
            ("Entertainment", "/entertainment/"),
            ("Consumer", "/news/consumer/"),
            ("Video", "/video/"),
            ("Watch Live", "/live/"),
            ("Newsletters", "/newsletters/"),
        ],
        "NavigationItem",
    )
    rows = []
    for start in range(0, len(_TV_STORIES), 4):
        cells = "".join(_tv_item(*row) for row in _TV_STORIES[start : start + 4])
        rows.append(f'<ul class="List-items-row">{cells}\n</ul>')
    trending = link_list(
        ((f"{_TV_HOST}{path}", title) for path, title in _TV_TRENDING),
        '<li class="TrendingList-item"><span class="TrendingList-rank">{rank}</span><a class="TrendingList-link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div class="Page-wrapper">
<header class="Page-header">
  <div class="Page-header-bar">
    <a class="Page-header-logo" href="/"><img src="https://media.wkrt9.example/logos/wkrt9.svg" alt="WKRT 9 Chicago"></a>
    <div class="WeatherWidget" data-module="weather">
      <a class="WeatherWidget-current" href="/weather/"><span class="WeatherWidget-location">Chicago, IL</span> <span class="WeatherWidget-temp">41°</span> <span class="WeatherWidget-cond">Cloudy</span></a>
      <a class="WeatherWidget-link" href="/weather/radar/">Interactive Radar</a>
      <a class="WeatherWidget-link WeatherWidget-alerts" href="/weather/alerts/">2 Weather Alerts</a>
      <a class="WeatherWidget-link" href="/weather/closings/">School Closings</a>
      <span class="WeatherWidget-updated">Updated 12:55 AM</span>
    </div>
    <a class="Page-header-live" href="/live/"><span class="LiveDot"></span>Watch Live</a>
  </div>
  <nav class="Navigation"><ul class="Navigation-items">
{menu}
  </ul></nav>
</header>
<div class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">Advertisement</div><a href="https://pubads.g.doubleclick.example/gampad/clk?id=73011&amp;iu=/4011/wkrt9/news/local/top"><img src="https://tpc.googlesyndication.example/simgad/73011" alt=""></a></div>
<main class="Page-main">
  <h1 class="Page-title">Local News</h1>
  <div class="LiveStreamPromo" data-module="live-promo">
    <a class="LiveStreamPromo-link" href="/live/?cid=promo_local">
      <figure class="LiveStreamPromo-media"><img src="https://media.wkrt9.example/live/stream-poster.jpg" alt=""><span class="LiveStreamPromo-badge">LIVE</span></figure>
      <div class="LiveStreamPromo-content"><div class="LiveStreamPromo-kicker">Watch Live</div><h3 class="LiveStreamPromo-title">WKRT 9 News Overnight: Streaming now</h3><div class="LiveStreamPromo-time">12:00 AM - 4:30 AM</div></div>
    </a>
  </div>
  <div class="List" data-module="latest">
    <div class="List-header"><h2 class="List-title">Latest</h2></div>
    <div class="List-items">
{chr(10).join(rows)}
    </div>
    <div class="List-pagination"><a class="List-loadMore" href="{page_url}?page=2" rel="next">Load More</a></div>
  </div>
</main>
<aside class="Page-aside">
  <div class="TrendingList"><h2 class="TrendingList-title">Trending</h2><ol class="TrendingList-items">
{trending}
  </ol></div>
  <div class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">Advertisement</div><a href="https://pubads.g.doubleclick.example/gampad/clk?id=73012&amp;iu=/4011/wkrt9/news/local/rail"><img src="https://tpc.googlesyndication.example/simgad/73012" alt=""></a></div>
  <div class="PromoAppDownload"><h3>Get the WKRT 9 app</h3><a href="https://apps.applestore.example/app/wkrt9/id410224">App Store</a> <a href="https://play.googleplay.example/store/apps/details?id=com.wkrt9.news">Google Play</a></div>
</aside>
<footer class="Page-footer">
  <ul class="Page-footer-links">
{nav_links([("Contact Us", "/contact-us/"), ("Submit a News Tip", "/tips/"), ("EEO Report", "/eeo/"), ("FCC Public Inspection File", "https://publicfiles.fcc.example/tv-profile/wkrt"), ("FCC Applications", "/fcc-applications/"), ("Closed Captioning", "/closed-captioning/"), ("Privacy Policy", "/privacy/"), ("Terms of Service", "/terms/"), ("Ad Choices", "/adchoices/")])}
  </ul>
  <p>&copy; 2025 WKRT Television, LLC</p>
</footer>
</div>"""
    items = [
        gold_item(page_url, f"{_TV_HOST}{s.path}", s, timed=shown == "ago")
        for s, _, shown in _TV_STORIES
    ]
    return Layout(
        name="en-tv-latest-feed",
        family="TV network station's local 'Latest' feed: li.List-items-row-item > div.ListItem > a.ListItem-link wrapping figure + div.ListItem-content (h3.ListItem-title, div.ListItem-date '2 hrs ago'), Watch Live promo, weather widget links",
        body=english_document("Local News | WKRT 9 Chicago", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Chicago",
    )


# --------------------------------------------------------------------------------------------
# 3. A magazine's archive by month ("April 2025", "Apr 8" + title + author, archive navigation)
# --------------------------------------------------------------------------------------------

_MA_HOST = "https://www.meridianmonthly.example"
# (path, title, authors, day)
_MA_ENTRIES: list[tuple[str, str, list[str], int]] = [
    ("/politics/archive/2025/04/tariff-deadline-allies-retaliation/682391/", "The Allies Are Done Waiting", ["Franklin Oyelaran"], 8),
    ("/technology/archive/2025/04/ai-chatbots-customer-service-complaints/682388/", "Nobody Wants to Talk to Your Chatbot", ["Ines Caballero"], 8),
    ("/health/archive/2025/04/measles-outbreak-texas-vaccine-hesitancy/682385/", "The Measles Math Is Getting Worse", ["Daniel Kessler-Ward"], 8),
    ("/economy/archive/2025/04/stock-market-crash-recession-signals/682379/", "What the Market Is Trying to Tell Us", ["Ruth Abernathy"], 7),
    ("/ideas/archive/2025/04/loneliness-men-friendship-crisis/682371/", "The Friendship Recession Is Real", ["Marcus Ellery"], 7),
    ("/culture/archive/2025/04/white-lotus-finale-review/682366/", "The White Lotus Finally Ran Out of Guests", ["Sophie Tran"], 7),
    ("/science/archive/2025/04/dire-wolf-de-extinction-claims/682360/", "That Is Not a Dire Wolf", ["Keiko Hanlon"], 7),
    ("/politics/archive/2025/04/wisconsin-court-race-turnout-lessons/682352/", "Wisconsin Was a Warning", ["Franklin Oyelaran", "Beth Larrabee"], 6),
    ("/books/archive/2025/04/new-novel-review-memory-inheritance/682347/", "A Novel About Everything a Family Forgets", ["Amina Rashed"], 6),
    ("/family/archive/2025/04/kids-phones-school-ban-results/682341/", "The Phone Bans Are Working. Sort Of.", ["Jenna Whitcombe"], 5),
    ("/international/archive/2025/04/greenland-independence-vote-politics/682336/", "Greenland's Other Independence Question", ["Lars Brekke"], 5),
    ("/economy/archive/2025/04/tariffs-small-business-importers/682330/", "The Small Businesses Caught in the Crossfire", ["Ruth Abernathy"], 4),
    ("/culture/archive/2025/04/minecraft-movie-box-office/682324/", "How a Game About Blocks Became a Blockbuster", ["Tobias Renner"], 4),
    ("/ideas/archive/2025/04/universities-federal-funding-freeze/682318/", "The University Is Not a Bank", ["Naomi Achterberg"], 4),
    ("/health/archive/2025/04/ultraprocessed-food-definition-debate/682311/", "Nobody Can Agree on What Ultraprocessed Means", ["Daniel Kessler-Ward"], 3),
    ("/politics/archive/2025/04/senate-filibuster-longest-speech/682305/", "25 Hours at the Lectern", ["Beth Larrabee"], 3),
    ("/technology/archive/2025/04/social-media-age-verification-laws/682299/", "The Age-Verification Trap", ["Ines Caballero"], 2),
    ("/science/archive/2025/04/solar-eclipse-animals-behavior-study/682292/", "What the Animals Did During the Eclipse", ["Keiko Hanlon"], 2),
    ("/photography/archive/2025/04/cherry-blossom-photos-2025/682286/", "Photos: The Cherry Blossoms Return", [], 2),
    ("/politics/archive/2025/04/cabinet-meeting-tariffs-dissent/682279/", "The Cabinet Meeting Where Nobody Disagreed", ["Franklin Oyelaran"], 1),
    ("/culture/archive/2025/04/april-fools-jokes-internet-decline/682273/", "The Slow Death of the April Fools' Joke", ["Sophie Tran", "Tobias Renner"], 1),
    ("/books/archive/2025/04/best-books-april-2025/682266/", "The Books Briefing: What to Read This April", ["Amina Rashed"], 1),
]  # fmt: skip
_MA_POPULAR = [
    ("/ideas/archive/2025/04/loneliness-men-friendship-crisis/682371/", "Why Men Stopped Making Friends"),
    ("/magazine/archive/2025/05/american-decline-myth/682244/", "The Myth of American Decline"),
    ("/science/archive/2025/04/dire-wolf-de-extinction-claims/682360/", "The Dire-Wolf Hype Was Always Too Good to Be True"),
    ("/politics/archive/2025/03/trump-second-term-first-hundred-days/682101/", "The First 100 Days Are Already Over"),
]  # fmt: skip
_MA_ISSUE = [
    ("/magazine/archive/2025/05/american-decline-myth/682244/", "The Myth of American Decline"),
    ("/magazine/archive/2025/05/ocean-shipping-container-ports/682245/", "The Box That Ate the World"),
    ("/magazine/archive/2025/05/grief-dementia-parent-memoir/682246/", "My Father, in Pieces"),
]  # fmt: skip
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _ma_row(path: str, title: str, authors: list[str], day: int) -> str:
    """One archive row: the short date, the title link and the author links (none on photo
    essays)."""
    names = ", ".join(
        f'<a class="ArchiveItem_author__a1Xz" href="/author/{a.lower().replace(" ", "-")}/">{escape_html(a)}</a>'
        for a in authors
    )
    byline = f'<span class="ArchiveItem_byline__m2Vn">{names}</span>' if names else ""
    return f"""
    <li class="ArchiveItem_root__Tq7p"><time class="ArchiveItem_date__Z9bk" datetime="2025-04-{day:02d}">Apr {day}</time><a class="ArchiveItem_link__k3Lr" href="{path}">{escape_html(title)}</a>{byline}</li>"""


def build_magazine_month_archive() -> Layout:
    """A magazine's archive for one month: "April 2025" over one ``ul`` of ``li`` rows, each
    "Apr 8" (a ``time`` with a date-only ``datetime``), the title link and the author links,
    no leads; year links (2025 … 2016) and month links, the months still to come printed as
    plain text; a "Popular" list retitling archive stories, a "From the May 2025 issue" box,
    a newsletter promo, an ad and the footer."""
    page_url = f"{_MA_HOST}/archive/2025/04/"
    menu = nav_links(
        [
            ("Politics", "/politics/"),
            ("Ideas", "/ideas/"),
            ("Fiction", "/fiction/"),
            ("Technology", "/technology/"),
            ("Science", "/science/"),
            ("Photo", "/photography/"),
            ("Economy", "/economy/"),
            ("Culture", "/culture/"),
            ("Books", "/books/"),
            ("Latest Issue", "/magazine/"),
        ],
        "NavItem_root__r4Pz",
    )
    years = "\n".join(
        f'<li><a class="ArchiveNav_year__Lm3q{" ArchiveNav_year--active__Lm3q" if y == 2025 else ""}" href="/archive/{y}/">{y}</a></li>'
        for y in range(2025, 2015, -1)
    )
    months = "\n".join(
        f'<li><a class="ArchiveNav_month__Bq2k{" ArchiveNav_month--active__Bq2k" if m == 4 else ""}" href="/archive/2025/{m:02d}/"{" aria-current=page" if m == 4 else ""}>{name}</a></li>'
        if m <= 4
        else f'<li><span class="ArchiveNav_month--disabled__Bq2k">{name}</span></li>'
        for m, name in enumerate(_MONTHS, start=1)
    )
    rows = "".join(_ma_row(*entry) for entry in _MA_ENTRIES)
    popular = link_list(
        _MA_POPULAR,
        '<li class="Popular_item__x8Fd"><span class="Popular_rank__x8Fd">{rank}</span><a class="Popular_link__x8Fd" href="{href}">{title}</a></li>',
        sep="\n",
    )
    issue = link_list(
        _MA_ISSUE,
        '<li class="IssuePromo_item__c4Pd"><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    body = f"""
<div id="__next">
<header class="Header_root__p9Jd">
  <a class="Header_logo__p9Jd" href="/" aria-label="The Meridian Monthly"><svg viewBox="0 0 300 40" aria-hidden="true"><path d="M0 0h300v40H0z"></path></svg></a>
  <nav class="Header_nav__p9Jd"><ul>
{menu}
  </ul></nav>
  <div class="Header_account__p9Jd"><a href="/subscribe/?source=nav">Subscribe</a> <a href="/login/">Sign In</a></div>
</header>
<main class="ArchivePage_main__d2Wq">
  <h1 class="ArchivePage_title__d2Wq">Archive</h1>
  <nav class="ArchiveNav_root__Lm3q" aria-label="Archive by year">
    <ul class="ArchiveNav_years__Lm3q">
{years}
    </ul>
    <ul class="ArchiveNav_months__Bq2k">
{months}
    </ul>
  </nav>
  <section class="ArchiveMonth_root__v7Hs">
    <h2 class="ArchiveMonth_heading__v7Hs">April 2025</h2>
    <ul class="ArchiveMonth_list__v7Hs">{rows}
    </ul>
    <nav class="ArchiveMonth_pager__v7Hs"><a href="/archive/2025/03/" rel="prev">&larr; March 2025</a></nav>
  </section>
  <aside class="ArchivePage_rail__d2Wq">
    <section class="Popular_root__x8Fd"><h2 class="Popular_title__x8Fd">Popular</h2><ol>
{popular}
    </ol></section>
    <section class="IssuePromo_root__c4Pd"><h2><a href="/magazine/toc/2025/05/">From the May 2025 issue</a></h2><img src="https://cdn.meridianmonthly.example/media/issues/2025-05-cover.jpg" alt="May 2025 cover"><ul>
{issue}
    </ul></section>
    <div class="NewsletterPromo_root__g6Hn"><h3>The Daily Meridian</h3><p>Our editors' picks, every weekday evening.</p><a href="/newsletters/daily/?source=archive">Sign up</a></div>
    <div class="Ad_root__h1Jk"><span class="Ad_label__h1Jk">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=52091&amp;iu=/4624/meridian/archive"><img src="https://tpc.googlesyndication.example/simgad/52091" alt=""></a></div>
  </aside>
</main>
<footer class="Footer_root__n3Bb">
  <ul class="Footer_links__n3Bb">
{nav_links([("About", "/about/"), ("Contact", "/contact/"), ("Careers", "/careers/"), ("Advertise", "/advertise/"), ("Privacy Policy", "/privacy-policy/"), ("Terms and Conditions", "/terms-and-conditions/"), ("Manage Subscription", "/subscribe/manage/")])}
  </ul>
  <p>&copy; 2025 The Meridian Monthly Company. All Rights Reserved.</p>
</footer>
</div>"""
    items = [
        gold_item(page_url, path, Story(title, None, None)) for path, title, _, _ in _MA_ENTRIES
    ]
    return Layout(
        name="en-magazine-month-archive",
        family="magazine archive by month: 'April 2025' heading over ul > li rows of time 'Apr 8' + title link + author links, no leads, year and month archive navigation, Popular list",
        body=english_document("Archive: April 2025 - The Meridian Monthly", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A public health agency's news releases (press-release-list rows, "Tuesday, April 8, 2025")
# --------------------------------------------------------------------------------------------

_HA_HOST = "https://www.nphsa.example"
# (story, release type, Spanish version path or "")
_HA_RELEASES: list[tuple[Story, str, str]] = [
    (Story.at("/news-events/news-releases/nphsa-funded-study-links-air-pollution-early-dementia",
              "NPHSA-funded study links long-term air pollution exposure to earlier dementia onset",
              "Adults living in areas with the highest fine-particle levels developed symptoms nearly two years earlier on average, researchers report.",
              datetime(2025, 4, 8, tzinfo=EDT)), "Press Release", ""),
    (Story.at("/news-events/news-releases/measles-cases-update-april-2025",
              "Measles cases reported in 2025 surpass total for all of last year",
              "The agency urges families to make sure children are up to date on MMR vaccination before spring and summer travel.",
              datetime(2025, 4, 8, tzinfo=EDT)), "Press Release", "/es/noticias/comunicados/casos-de-sarampion-abril-2025"),
    (Story.at("/news-events/news-releases/media-advisory-director-testifies-senate-appropriations",
              "Media Advisory: Director to testify before Senate Appropriations subcommittee",
              "The hearing on the agency's fiscal year 2026 budget request will be streamed live.",
              datetime(2025, 4, 7, tzinfo=EDT)), "Media Advisory", ""),
    (Story.at("/news-events/news-releases/new-guidance-heat-illness-prevention-schools",
              "New guidance helps schools prevent heat-related illness among student athletes",
              "The recommendations cover acclimatization schedules, hydration breaks and when to move practices indoors.",
              datetime(2025, 4, 7, tzinfo=EDT)), "Press Release", "/es/noticias/comunicados/nueva-guia-enfermedades-por-calor-escuelas"),
    (Story.at("/news-events/news-releases/statement-director-world-health-day-2025",
              "Statement from the Director on World Health Day 2025",
              None,
              datetime(2025, 4, 7, tzinfo=EDT)), "Statement", ""),
    (Story.at("/news-events/news-releases/grants-awarded-rural-maternal-health-centers",
              "Agency awards $48 million to expand maternal health care in rural communities",
              "Twenty-two grants will fund obstetric units, telehealth services and training for rural nurses and midwives.",
              datetime(2025, 4, 4, tzinfo=EDT)), "Press Release", ""),
    (Story.at("/news-events/news-releases/tick-borne-disease-season-outlook",
              "Early warm weather raises risk of tick-borne diseases, scientists warn",
              "Surveillance data show tick activity beginning weeks earlier than usual across the Northeast and upper Midwest.",
              datetime(2025, 4, 3, tzinfo=EDT)), "Press Release", "/es/noticias/comunicados/riesgo-de-enfermedades-transmitidas-por-garrapatas"),
    (Story.at("/news-events/news-releases/clinical-trial-begins-universal-flu-vaccine",
              "Clinical trial of experimental universal flu vaccine begins enrolling volunteers",
              "The Phase 1 trial will test whether the vaccine produces antibodies against many influenza subtypes at once.",
              datetime(2025, 4, 2, tzinfo=EDT)), "Press Release", ""),
    (Story.at("/news-events/news-releases/national-survey-youth-vaping-declines",
              "National survey finds youth vaping at lowest level in a decade",
              "Current e-cigarette use among high school students fell to 7.8%, though use of nicotine pouches rose.",
              datetime(2025, 4, 1, tzinfo=EDT)), "Press Release", ""),
    (Story.at("/news-events/news-releases/media-advisory-autism-awareness-webinar",
              "Media Advisory: Scientists to discuss new autism prevalence data in public webinar",
              None,
              datetime(2025, 4, 1, tzinfo=EDT)), "Media Advisory", ""),
    (Story.at("/news-events/news-releases/researchers-identify-gene-variant-kidney-disease-risk",
              "Researchers identify gene variant that raises kidney disease risk in people of West African ancestry",
              "The finding could help doctors decide which patients need earlier screening.",
              datetime(2025, 3, 31, tzinfo=EDT)), "Press Release", ""),
    (Story.at("/news-events/news-releases/food-safety-alert-recalled-frozen-berries",
              "Agency investigating hepatitis A illnesses linked to recalled frozen berries",
              "Consumers should not eat, sell or serve the recalled products and should check their freezers.",
              datetime(2025, 3, 28, tzinfo=EDT)), "Press Release", "/es/noticias/comunicados/investigacion-hepatitis-a-bayas-congeladas"),
]  # fmt: skip
_HA_TOPICS = [
    ("/health-topics/air-quality", "Air Quality"),
    ("/health-topics/measles", "Measles"),
    ("/health-topics/maternal-health", "Maternal Health"),
    ("/health-topics/vaccines", "Vaccines"),
    ("/health-topics/tobacco", "Tobacco and Vaping"),
    ("/health-topics/food-safety", "Food Safety"),
]


def _ha_row(story: Story, kind: str, spanish: str) -> str:
    """One ``div.row`` of the release list: the type label, the long date, "For Immediate
    Release", the ``h3`` title link, the teaser and, on some, the Spanish version's link."""
    assert story.when is not None
    day = f"{story.when:%A}, {story.when:%B} {story.when.day}, {story.when:%Y}"
    teaser = f'<p class="release-teaser">{escape_html(story.lead)}</p>' if story.lead else ""
    es = (
        f'<p class="release-translation"><a href="{spanish}" hreflang="es" lang="es">Leer en español</a></p>'
        if spanish
        else ""
    )
    return f"""
<div class="row views-row">
  <div class="col-sm-3 release-meta">
    <span class="label label-default release-type">{kind}</span>
    <p class="release-date"><time datetime="{story.when:%Y-%m-%d}T12:00:00Z">{day}</time></p>
    <p class="release-embargo">For Immediate Release</p>
  </div>
  <div class="col-sm-9 release-body">
    <h3 class="release-title"><a href="{story.path}" hreflang="en">{escape_html(story.title)}</a></h3>
    {teaser}
    {es}
  </div>
</div>"""


def build_health_agency_releases() -> Layout:
    """A public health and science agency's news releases: the federal-site banner, a
    language switcher (Español), a ``div.press-release-list`` of ``div.row`` rows with a
    "Press Release" / "Media Advisory" / "Statement" label, "Tuesday, April 8, 2025" (a date:
    no gold time), "For Immediate Release", the ``h3`` title link and a teaser, some with a
    "Leer en español" link to the release's Spanish version; a media contacts box of mailto
    and phone links, a "Related topics" box, an email sign-up, a numbered pager and the
    agency footer."""
    page_url = f"{_HA_HOST}/news-events/news-releases"
    menu = nav_links(
        [
            ("Health Topics", "/health-topics"),
            ("Grants & Funding", "/grants-funding"),
            ("Research", "/research"),
            ("Data & Statistics", "/data"),
            ("News & Events", "/news-events"),
            ("About NPHSA", "/about"),
        ],
        "usa-nav__primary-item",
    )
    rows = "".join(_ha_row(*row) for row in _HA_RELEASES)
    topics = "\n".join(
        f'<li class="usa-sidenav__item"><a href="{href}">{escape_html(name)}</a></li>'
        for href, name in _HA_TOPICS
    )
    body = f"""
<section class="usa-banner" aria-label="Official website of the United States government">
  <div class="usa-banner__header"><p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-banner__button" type="button" aria-expanded="false">Here's how you know</button></div>
  <div class="usa-banner__content" hidden><p><strong>Official websites use .gov</strong> A .gov website belongs to an official government organization in the United States.</p><p><strong>Secure .gov websites use HTTPS</strong> A lock or https:// means you've safely connected to the .gov website.</p></div>
</section>
<header class="usa-header usa-header--extended">
  <div class="usa-logo"><a href="/" title="National Public Health and Science Agency"><img src="/themes/custom/nphsa/logo.svg" alt="National Public Health and Science Agency (NPHSA)"></a></div>
  <div class="language-switcher"><a href="/es/noticias/comunicados" hreflang="es" lang="es">Español</a> <a href="/languages">Other Languages</a></div>
  <nav class="usa-nav" aria-label="Primary navigation"><ul class="usa-nav__primary usa-accordion">
{menu}
  </ul>
  <form class="usa-search usa-search--small" role="search" action="https://search.nphsa.example/search"><input class="usa-input" type="search" name="query"><button class="usa-button" type="submit">Search</button></form></nav>
</header>
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/">Home</a></li><li class="usa-breadcrumb__list-item"><a href="/news-events">News &amp; Events</a></li><li class="usa-breadcrumb__list-item" aria-current="page">News Releases</li></ol></nav>
<main id="main-content" class="usa-layout-docs grid-container">
  <div class="grid-row grid-gap">
    <div class="desktop:grid-col-9">
      <h1>News Releases</h1>
      <p class="intro">Read the latest news releases, statements and media advisories from NPHSA. Embargoed releases are available to credentialed reporters.</p>
      <form class="views-exposed-form" action="{page_url}"><label for="edit-type">Type</label><select id="edit-type" name="type"><option value="All">- Any -</option><option value="press_release">Press Release</option><option value="media_advisory">Media Advisory</option><option value="statement">Statement</option></select><label for="edit-year">Year</label><select id="edit-year" name="year"><option>2025</option><option>2024</option></select><button class="usa-button" type="submit">Apply</button></form>
      <div class="press-release-list view-content">{rows}
      </div>
      <nav class="usa-pagination" aria-label="Pagination"><ul class="usa-pagination__list">
        <li class="usa-pagination__item usa-pagination__page-no"><a class="usa-pagination__button usa-current" href="{page_url}?page=0" aria-current="page">1</a></li>
        <li class="usa-pagination__item usa-pagination__page-no"><a class="usa-pagination__button" href="{page_url}?page=1">2</a></li>
        <li class="usa-pagination__item usa-pagination__page-no"><a class="usa-pagination__button" href="{page_url}?page=2">3</a></li>
        <li class="usa-pagination__item usa-pagination__arrow"><a class="usa-pagination__next-page" href="{page_url}?page=1" aria-label="Next page"><span class="usa-pagination__link-text">Next</span></a></li>
        <li class="usa-pagination__item usa-pagination__arrow"><a class="usa-pagination__link" href="{page_url}?page=41" aria-label="Last page"><span class="usa-pagination__link-text">Last</span></a></li>
      </ul></nav>
    </div>
    <aside class="desktop:grid-col-3">
      <section class="media-contacts"><h2>Media Contacts</h2>
        <p><strong>NPHSA News Media Branch</strong><br><a href="tel:+13014965787">301-496-5787</a><br><a href="mailto:newsmedia@nphsa.example">newsmedia@nphsa.example</a></p>
        <p><strong>After-hours and emergency inquiries</strong><br><a href="tel:+17704883000">770-488-3000</a><br><a href="mailto:media-afterhours@nphsa.example">media-afterhours@nphsa.example</a></p>
      </section>
      <section class="related-topics"><h2>Related topics</h2><ul class="usa-sidenav">
{topics}
      </ul></section>
      <section class="email-signup"><h2>Get email updates</h2><p>Sign up to receive news releases by email.</p><a class="usa-button" href="https://public.govdelivery.example/accounts/USNPHSA/subscriber/new?topic_id=USNPHSA_12">Subscribe</a></section>
      <section class="social"><h2>Follow NPHSA</h2><a href="https://x.example/NPHSAgov">X</a> <a href="https://www.facebook.example/NPHSAgov">Facebook</a> <a href="https://www.youtube.example/@NPHSAgov">YouTube</a></section>
    </aside>
  </div>
  <p class="last-reviewed">Last Reviewed: April 8, 2025</p>
</main>
<footer class="usa-footer">
  <ul class="usa-footer__secondary-links">
{nav_links([("About NPHSA", "/about"), ("Accessibility", "/accessibility"), ("FOIA", "/foia"), ("No FEAR Act", "/no-fear-act"), ("Privacy Policy", "/privacy"), ("Vulnerability Disclosure Policy", "/vulnerability-disclosure"), ("Office of the Inspector General", "https://oig.hhs.example/"), ("USA.gov", "https://www.usa.example/")])}
  </ul>
  <p>National Public Health and Science Agency, 9000 Rockville Pike, Bethesda, MD 20892</p>
</footer>"""
    items = [gold_item(page_url, s.path, s, timed=False) for s, _, _ in _HA_RELEASES]
    return Layout(
        name="en-health-agency-releases",
        family="public health agency news releases: div.press-release-list > div.row, 'Press Release' / 'Media Advisory' labels, 'Tuesday, April 8, 2025' (date only), 'For Immediate Release', 'Leer en español' links, media contacts with mailto links, Related topics",
        body=english_document(
            "News Releases | National Public Health and Science Agency", "", body
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


BUILDERS: tuple[Builder, ...] = (
    build_arc_section_page,
    build_tv_latest_feed,
    build_magazine_month_archive,
    build_health_agency_releases,
)
