"""A seventh set of English-language listing layouts: US national sites.

Each builder returns a whole page in the shape of one family of real-world markup — a national
daily's section front on a newspaper-network platform, whose story list is one
``a.gnt_m_flm_a`` link per story holding the headline text, the brief in a ``data-c-br``
attribute and a ``div.gnt_m_flm_sbt`` whose ``data-c-ms`` / ``data-c-dt`` attributes ("10:05
p.m. ET April 7") the site's stylesheet prints, under a hero and a ``gnt_m_tl`` top list, with
a ``gnt_sb`` sidebar; a cable news site's section of ``article.article > div.info >
header.info-header`` items (``span.eyebrow`` kicker link, ``h4.title > a``, a linked
``p.dek``, ``span.time`` "3 hours ago") beside a "Trending" list of the same articles and
"Sponsored Stories" native ads; a business news network's section of
``div.Card-standardBreakerCard`` cards (``a.Card-title > div.Card-titleContainer`` with a PRO
pill, ``span.Card-time`` "2 Hours Ago" / "Sun, Apr 6th 2025") under a markets banner and beside
a numbered "Trending Now" list; and a digital-native outlet's section of ``div.card`` cards
(``a.card__headline > h3.card__headline__text``, ``div.card__description``,
``div.card__byline``, "04/07/2025 09:41 PM EDT") with "Related" topic chips — with the chrome
real pages carry around the list. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC, 02:00 in North American Eastern
time). Gold times are the instants the page states, in the site's own clock (the layout's
``timezone``) where the page names no zone; relative times ("3 hours ago") are resolved against
the fetch instant; a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

EDT = timezone(timedelta(hours=-4), "EDT")


def _edt(day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on the North American Eastern clock (daylight time)."""
    return datetime(2025, 4, day, hour, minute, tzinfo=EDT)


def _dotted_clock(when: datetime) -> str:
    """'10:05 p.m.' as US newspapers print a clock."""
    return clock12(when, lower=True).replace("am", "a.m.").replace("pm", "p.m.")


# --------------------------------------------------------------------------------------------
# 1. A national daily's section front on a newspaper-network platform (a.gnt_m_flm_a links)
# --------------------------------------------------------------------------------------------

_GN_HOST = "https://www.nationaldispatch.example"
_GN_HERO = Story.at(
    "/story/news/politics/2025/04/07/senate-budget-vote-a-rama-overnight/82994411007/",
    "Senate heads into overnight vote-a-rama as Republicans push budget blueprint",
    "Democrats plan to force dozens of amendment votes on tariffs and Medicaid before a final vote expected before dawn.",
    _edt(7, 23, 48),
    "POLITICS",
)
# (story, shown with a time of day)
_GN_TOP: list[Story] = [
    Story.at("/story/news/politics/2025/04/07/supreme-court-alien-enemies-act-ruling/82993870007/",
             "Supreme Court lets deportations under wartime law resume, but with hearings",
             None, _edt(7, 21, 16), "POLITICS"),
    Story.at("/story/news/politics/2025/04/07/tariffs-exemptions-white-house-talks/82993512007/",
             "White House says 50 countries have called to negotiate on tariffs",
             None, _edt(7, 19, 2), "POLITICS"),
    Story.at("/story/news/politics/elections/2025/04/07/florida-special-elections-results/82992940007/",
             "What Florida's special elections say about the 2026 midterms",
             None, _edt(7, 17, 40), "ELECTIONS"),
]  # fmt: skip
# (story, kind): kind "" an article, "video" a clip with its run time
_GN_LIST: list[tuple[Story, str]] = [
    (Story.at("/story/news/politics/2025/04/07/house-freedom-caucus-budget-holdouts/82992711007/",
              "House holdouts say they won't back Senate plan without deeper cuts",
              "At least eight conservatives told leadership the blueprint leaves the deficit growing.",
              _edt(7, 16, 55), "POLITICS"), ""),
    (Story.at("/story/news/politics/2025/04/07/irs-acting-commissioner-resigns-data-deal/82992403007/",
              "IRS acting commissioner resigns after agency agrees to share data with ICE",
              "The departure is the third change at the top of the tax agency since January.",
              _edt(7, 15, 31), "POLITICS"), ""),
    (Story.at("/videos/news/politics/2025/04/07/netanyahu-oval-office-tariffs-clip/82992107007/",
              "Watch: Netanyahu and Trump take questions on tariffs in Oval Office",
              "The Israeli prime minister is the first foreign leader to visit since the duties were announced.",
              _edt(7, 14, 48), "POLITICS"), "1:34"),
    (Story.at("/story/news/politics/2025/04/07/pentagon-inspector-general-hegseth-review/82991830007/",
              "Pentagon watchdog opens review of defense secretary's use of messaging app",
              "The inspector general said the evaluation will also look at compliance with records laws.",
              _edt(7, 13, 20), "POLITICS"), ""),
    (Story.at("/story/news/politics/2025/04/07/federal-judge-probationary-workers-rehire/82991566007/",
              "Judge orders six agencies to keep rehiring fired probationary workers",
              "The ruling covers roughly 24,000 employees dismissed in February, according to court filings.",
              _edt(7, 12, 4), "POLITICS"), ""),
    (Story.at("/story/news/politics/2025/04/07/wisconsin-supreme-court-turnout-analysis/82991200007/",
              "Wisconsin turnout tells a story both parties are trying to read",
              "Suburban counties outpaced the 2022 governor's race; rural turnout held steady.",
              _edt(7, 10, 45), "ELECTIONS"), ""),
    (Story.at("/story/news/politics/2025/04/07/state-department-consulates-closing-plan/82990977007/",
              "State Department draft plan would close a dozen consulates abroad",
              "Most of the posts named in the draft are in Western Europe, two officials said.",
              _edt(7, 9, 12), "POLITICS"), ""),
    (Story.at("/videos/news/politics/2025/04/07/town-hall-medicaid-cuts-crowd/82990722007/",
              "Town hall crowd boos congressman over Medicaid cuts",
              "Hundreds packed a school gym in central Pennsylvania for the first town hall of the recess.",
              _edt(7, 8, 30), "POLITICS"), "2:07"),
    (Story.at("/story/news/politics/2025/04/07/social-security-phone-service-changes/82990415007/",
              "Social Security backs off plan to end phone claims for some benefits",
              "Advocates had warned that older and disabled applicants would struggle with the online process.",
              _edt(7, 7, 5), "POLITICS"), ""),
    (Story.at("/story/news/politics/2025/04/06/sunday-shows-tariffs-recession-fears/82987745007/",
              "Cabinet officials defend tariffs on Sunday shows as recession fears grow",
              "The commerce secretary said the duties would not be delayed despite the sell-off.",
              None, "POLITICS"), ""),
    (Story.at("/story/news/politics/2025/04/06/hands-off-protests-cities-crowds/82987310007/",
              "Protesters rally in all 50 states against administration's cuts",
              "Organizers counted more than 1,200 events, from state capitols to small-town squares.",
              None, "POLITICS"), ""),
    (Story.at("/story/news/politics/2025/04/05/national-guard-border-mission-expands/82985104007/",
              "National Guard border mission expands to a second state",
              "About 600 troops will support customs officers along a stretch of the New Mexico line.",
              None, "POLITICS"), ""),
    (Story.at("/story/opinion/columnist/2025/04/05/congress-tariff-authority-column/82984600007/",
              "Congress gave away its power over tariffs. It should take it back.",
              "Lawmakers in both parties have bills to do it. Few have signed on.",
              None, "OPINION"), ""),
]  # fmt: skip
_GN_POPULAR = [
    ("/story/money/2025/04/07/401k-stock-market-drop-what-to-do/82993001007/", "Your 401(k) took a hit. Here's what experts say to do now"),
    ("/story/news/politics/2025/04/07/supreme-court-alien-enemies-act-ruling/82993870007/", "Supreme Court sides with administration on deportation flights"),
    ("/story/entertainment/celebrities/2025/04/07/actor-engagement-announcement/82992877007/", "Actor announces engagement in surprise post"),
    ("/story/news/politics/2025/04/07/senate-budget-vote-a-rama-overnight/82994411007/", "Senate vote-a-rama: What to know"),
    ("/story/sports/mlb/2025/04/07/rookie-debut-home-run/82992060007/", "Rookie homers in first big-league at-bat"),
]  # fmt: skip


def _gn_stamp(when: datetime | None, day_only: str) -> str:
    """'10:05 p.m. ET April 7' for a timed story; just 'April 6' for an older one."""
    if when is None:
        return day_only
    local = when.astimezone(EDT)
    return f"{_dotted_clock(local)} ET {local:%B} {local.day}"


def _gn_day(path: str) -> str:
    """'April 6' from a dated story path."""
    day = int(path.split("/2025/04/", 1)[1].split("/", 1)[0])
    return f"April {day}"


def _gn_flm(story: Story, kind: str) -> str:
    """One ``a.gnt_m_flm_a`` story link: the headline as its only text, the brief in
    ``data-c-br``, a ``div.gnt_m_flm_sbt`` carrying the label and time as attributes, and
    the thumbnail."""
    stamp = _gn_stamp(story.when, _gn_day(story.path))
    video = f' data-c-vt="{kind}"' if kind else ""
    extra = " gnt_sbt__vd" if kind else ""
    return (
        f'<a class="gnt_m_flm_a" data-t-l="|flm|{image_slug(story.path)}" data-c-br="{escape_html(story.lead or "")}" href="{story.path}">'
        f"{escape_html(story.title)}"
        f'<div class="gnt_m_flm_sbt gnt_sbt gnt_sbt__ms gnt_sbt__ts{extra}" data-c-ms="{story.label}" data-c-dt="{stamp}"{video}></div>'
        f'<img class="gnt_m_flm_i" width="100" height="100" alt="" loading="lazy" src="https://www.nationaldispatch.example/gcdn/authoring/images/{image_slug(story.path)}.jpg?crop=1,1&amp;width=100"></a>'
    )


def build_network_flm_section() -> Layout:
    """A national daily's section front on a newspaper-network platform: a hero link, a
    ``gnt_m_tl`` top list and a ``gnt_m_flm`` list of one ``a.gnt_m_flm_a`` link per story
    whose only text is the headline; the brief sits in ``data-c-br`` and the label and
    time ("10:05 p.m. ET April 7", "April 6" for older stories) in the ``data-c-ms`` /
    ``data-c-dt`` attributes of an empty ``div.gnt_m_flm_sbt``, printed by the inline
    stylesheet; video clips carry a run time. A ``gnt_sb`` sidebar with "Most Popular" links
    retitling some stories, ad slots, a "Load More" button and the footer."""
    page_url = f"{_GN_HOST}/news/politics/"
    menu = nav_links(
        [
            ("U.S.", "/news/nation/"),
            ("Politics", "/news/politics/"),
            ("Sports", "/sports/"),
            ("Entertainment", "/entertainment/"),
            ("Life", "/life/"),
            ("Money", "/money/"),
            ("Travel", "/travel/"),
            ("Opinion", "/opinion/"),
            ("Crossword", "/games/crossword/"),
            ("Investigations", "/news/investigations/"),
        ],
        "gnt_n_mn_li",
    )
    style = """<style>
.gnt_m_flm_a{display:block;font-weight:700;position:relative;padding-right:112px}
.gnt_m_flm_a[data-c-br]:not([data-c-br=""])::after{content:attr(data-c-br);display:block;font-weight:400;font-size:14px;color:#303030}
.gnt_sbt__ms::before{content:attr(data-c-ms);margin-right:6px;text-transform:uppercase}
.gnt_sbt__ts::after{content:attr(data-c-dt)}
.gnt_sbt__vd .gnt_sbt_vt::after{content:attr(data-c-vt)}
.gnt_m_flm_i{position:absolute;right:0;top:0}
</style>"""
    hero = _GN_HERO
    hero_html = f"""
<a class="gnt_m_he" data-t-l="|he|{image_slug(hero.path)}" href="{hero.path}">
  <img class="gnt_m_he_i" width="660" height="371" alt="" src="https://www.nationaldispatch.example/gcdn/authoring/images/{image_slug(hero.path)}.jpg?width=660">
  <div class="gnt_m_he_h">{escape_html(hero.title)}</div>
  <div class="gnt_m_he_br">{escape_html(hero.lead or "")}</div>
  <div class="gnt_m_he_sbt gnt_sbt gnt_sbt__ms gnt_sbt__ts" data-c-ms="{hero.label}" data-c-dt="{_gn_stamp(hero.when, "")}"></div>
</a>"""
    top = "\n".join(
        f'<a class="gnt_m_tl_a" data-t-l="|tl|{image_slug(s.path)}" href="{s.path}">{escape_html(s.title)}<div class="gnt_m_tl_sbt gnt_sbt gnt_sbt__ms gnt_sbt__ts" data-c-ms="{s.label}" data-c-dt="{_gn_stamp(s.when, "")}"></div></a>'
        for s in _GN_TOP
    )
    flm = "\n".join(_gn_flm(s, kind) for s, kind in _GN_LIST)
    popular = link_list(
        _GN_POPULAR,
        '<a class="gnt_m_lb_a" data-t-l="|pop|{rank}" href="{href}"><span class="gnt_m_lb_n">{rank}</span>{title}</a>',
        sep="\n",
    )
    ad = '<aside class="gnt_em gnt_em__el" aria-label="advertisement" data-g-s="{slot}"><div class="gnt_em_lbl">Advertisement</div><a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/7103/n-national/{slot}&amp;sz=300x250" rel="nofollow sponsored"><img src="https://tpc.googlesyndication.example/simgad/{slot}" width="300" height="250" alt=""></a></aside>'
    body = f"""
<div class="gnt_n" id="gnt_n">
  <a class="gnt_n_logo" href="/" aria-label="National Dispatch"><svg viewBox="0 0 120 30" aria-hidden="true"><path d="M0 0h120v30H0z"></path></svg></a>
  <nav class="gnt_n_mn" aria-label="Main"><ul class="gnt_n_mn_ul">
{menu}
  </ul></nav>
  <a class="gnt_n_us_a gnt_n_us_a__sub" href="https://subscribe.nationaldispatch.example/offers?gps-source=BENBsubscribe">Subscribe</a>
  <a class="gnt_n_us_a" href="https://login.nationaldispatch.example/NATL/authenticate">Sign in</a>
</div>
{ad.format(slot="top_leaderboard")}
<main class="gnt_cw" id="mainContentSection">
  <h1 class="gnt_pr_h1">Politics</h1>
  <nav class="gnt_sn" aria-label="Politics"><a class="gnt_sn_a" href="/news/politics/elections/">Elections</a><a class="gnt_sn_a" href="/news/politics/congress/">Congress</a><a class="gnt_sn_a" href="/news/politics/onpolitics/">OnPolitics</a><a class="gnt_sn_a" href="/news/factcheck/">Fact Check</a></nav>
  <div class="gnt_pr">
{hero_html}
    <div class="gnt_m gnt_m_tl" aria-label="Top Stories">
{top}
    </div>
    <div class="gnt_m gnt_m_flm" data-module-name="flm">
{flm}
    </div>
    <button class="gnt_m_flm_lm gnt_sb_btn" data-c-nx="{page_url}?page=2" type="button">Load More</button>
  </div>
  <aside class="gnt_sb" aria-label="Sidebar">
    {ad.format(slot="rail_1")}
    <div class="gnt_m gnt_m_lb" aria-label="Most Popular">
      <h2 class="gnt_sb_h">Most Popular</h2>
{popular}
    </div>
    <div class="gnt_m gnt_m_nl"><h2 class="gnt_sb_h">Newsletters</h2><a class="gnt_m_nl_a" href="/newsletters/onpolitics/">Sign up for OnPolitics, our daily politics newsletter</a></div>
    {ad.format(slot="rail_2")}
  </aside>
</main>
<footer class="gnt_f">
  <nav class="gnt_f_n"><ul>
{nav_links([("Help Center", "https://help.nationaldispatch.example/"), ("About Us", "/about/"), ("Newsroom Staff", "/newsroom-staff/"), ("Ethical Principles", "/ethical-principles/"), ("Corrections & Clarifications", "/corrections-clarifications/"), ("Privacy Policy", "https://cm.nationaldispatch.example/privacy/"), ("Terms of Service", "https://cm.nationaldispatch.example/terms/"), ("Site Map", "/sitemap/")])}
  </ul></nav>
  <p class="gnt_f_cp">&copy; 2025 National Dispatch, a division of Dispatch Media Network.</p>
</footer>"""
    items = [gold_item(page_url, hero.path, hero)]
    items += [gold_item(page_url, s.path, s) for s in _GN_TOP]
    items += [gold_item(page_url, s.path, s) for s, _ in _GN_LIST]
    return Layout(
        name="en-network-flm-section",
        family="national daily's section front on a newspaper-network platform: a.gnt_m_flm_a links whose only text is the headline, brief in data-c-br, div.gnt_m_flm_sbt[data-c-dt='10:05 p.m. ET April 7'] printed by CSS, gnt_m_he hero, gnt_m_tl top list, gnt_sb sidebar",
        body=english_document(
            "Politics news: Latest political headlines and analysis", style, body
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 2. A cable news site's section (article.article > div.info > header.info-header, "3 hours ago")
# --------------------------------------------------------------------------------------------

_CN_HOST = "https://www.libertynewschannel.example"
_CN_MIN = timedelta(minutes=1)
# (story, kicker href, shown time text or "" for a date-only line, video run time or "")
_CN_SPOTLIGHT: list[tuple[Story, str, str]] = [
    (Story.at("/politics/senate-republicans-budget-blueprint-overnight-vote",
              "Senate Republicans push budget blueprint through marathon overnight session",
              "GOP leaders are confident they have the votes despite objections from two fiscal hawks over the size of the spending cuts.",
              ago(NOW, minutes=28), "SENATE"), "/category/politics/senate", ""),
    (Story.at("/politics/supreme-court-sides-administration-deportation-flights",
              "Supreme Court sides with administration, clears way for deportation flights to resume",
              "The justices said detainees must be given notice and a chance to challenge their removal in court.",
              ago(NOW, hours=3), "SUPREME COURT"), "/category/politics/judiciary/supreme-court", ""),
    (Story.at("/video/6370145221112",
              "Commerce secretary: 'There will be no delay' on reciprocal tariffs",
              None,
              ago(NOW, hours=4), "VIDEO"), "/video", "05:12"),
]  # fmt: skip
_CN_LIST: list[tuple[Story, str, str]] = [
    (Story.at("/politics/house-speaker-whip-count-budget-holdouts",
              "Speaker confident House will pass Senate budget despite conservative holdouts",
              "A handful of Republicans say the blueprint does not go far enough on spending cuts.",
              ago(NOW, minutes=52), "HOUSE OF REPRESENTATIVES"), "/category/politics/house-of-representatives", ""),
    (Story.at("/politics/white-house-tariff-talks-countries-line-up",
              "White House says dozens of countries have reached out to negotiate on tariffs",
              "The press secretary said the president's team is prioritizing talks with close allies and major trading partners.",
              ago(NOW, hours=1), "WHITE HOUSE"), "/category/politics/executive/white-house", ""),
    (Story.at("/politics/irs-acting-commissioner-steps-down",
              "IRS acting commissioner steps down after data-sharing agreement",
              "The official had been in the role for less than two months.",
              ago(NOW, hours=2), "IRS"), "/category/politics/irs", ""),
    (Story.at("/politics/pentagon-watchdog-review-messaging-app",
              "Pentagon watchdog launches review of top officials' messaging app use",
              "The review was requested by the chairman and ranking member of the Senate Armed Services Committee.",
              ago(NOW, hours=5), "PENTAGON"), "/category/politics/defense/pentagon", ""),
    (Story.at("/video/6370139982112",
              "Democratic senator: Tariffs are a tax on every American family",
              None,
              ago(NOW, hours=6), "VIDEO"), "/video", "03:47"),
    (Story.at("/politics/judge-orders-rehiring-probationary-employees",
              "Federal judge orders agencies to continue rehiring probationary employees",
              "The administration said it would appeal the order to the circuit court.",
              ago(NOW, hours=7), "JUDICIARY"), "/category/politics/judiciary", ""),
    (Story.at("/politics/border-apprehensions-march-record-low",
              "Border apprehensions hit record low in March, new data shows",
              "Agents recorded fewer than 7,200 apprehensions at the southern border last month.",
              ago(NOW, hours=9), "BORDER SECURITY"), "/category/us/immigration/border-security", ""),
    (Story.at("/politics/state-department-reorganization-consulates",
              "State Department weighs closing consulates in sweeping reorganization",
              "A draft plan would fold several bureaus into regional offices.",
              ago(NOW, hours=11), "STATE DEPARTMENT"), "/category/politics/foreign-policy/state-department", ""),
    (Story.at("/politics/town-hall-lawmaker-medicaid-questions",
              "Lawmaker faces tough questions on Medicaid at packed town hall",
              "Constituents lined up for more than an hour to speak at the event in central Pennsylvania.",
              ago(NOW, hours=14), "CONGRESS"), "/category/politics/congress", ""),
    (Story.at("/politics/social-security-reverses-phone-policy",
              "Social Security reverses course on phone claims policy after backlash",
              "The agency said applicants for disability benefits could still file over the phone.",
              ago(NOW, hours=18), "SOCIAL SECURITY"), "/category/politics/social-security", ""),
    (Story.at("/politics/governors-national-guard-border-mission",
              "Two governors send National Guard troops to support border mission",
              "The deployments add about 600 troops to the federal mission along the southern border.",
              None, "BORDER SECURITY"), "/category/us/immigration/border-security", ""),
    (Story.at("/politics/sunday-shows-tariff-defense-cabinet",
              "Cabinet members defend tariffs on Sunday shows amid market jitters",
              "Officials said the duties were a negotiating tool and urged investors to be patient.",
              None, "TARIFFS"), "/category/politics/economy/tariffs", ""),
    (Story.at("/politics/wisconsin-court-race-lessons-republicans",
              "What the Wisconsin Supreme Court race means for Republicans in 2026",
              "Strategists say the result shows the limits of nationalizing a local race.",
              None, "ELECTIONS"), "/category/politics/elections", ""),
]  # fmt: skip
_CN_TRENDING = [
    ("/us/florida-man-arrested-alligator-golf-course", "Florida man arrested after wrestling alligator on golf course"),
    ("/politics/supreme-court-sides-administration-deportation-flights", "Supreme Court hands administration a win on deportations"),
    ("/entertainment/country-star-surprise-wedding", "Country star marries longtime girlfriend in surprise ceremony"),
    ("/politics/senate-republicans-budget-blueprint-overnight-vote", "Senate GOP goes all night on budget"),
    ("/sports/masters-preview-favorites-augusta", "Masters 2025: Who's the favorite at Augusta?"),
]  # fmt: skip
_CN_SPONSORED = [
    ("https://paid.outbrain.example/network/redir?p=d8fA3Kw&c=7d2a1&v=3&t=fnc_ar_1", "Seniors Are Ditching Their Walk-In Tubs For This", "Bath Advisor"),
    ("https://paid.outbrain.example/network/redir?p=Qm2bX9z&c=3e8f0&v=3&t=fnc_ar_1", "Surgeon: If You Have Belly Fat, Try This Tonight", "Gundry MD"),
    ("https://paid.outbrain.example/network/redir?p=Lr7Tc4v&c=9b1c2&v=3&t=fnc_ar_1", "The Smartest Way to Pay Off $10K in Credit Card Debt", "NerdWallet Partner"),
    ("https://paid.outbrain.example/network/redir?p=Vw5Jd1h&c=5a6b7&v=3&t=fnc_ar_1", "Here's What a New Roof Should Cost You in 2025", "Roofing Quotes"),
]  # fmt: skip


def _cn_time(story: Story) -> str:
    """'28 mins ago', '1 hour ago', '3 hours ago' for recent stories; a plain 'April 6' date
    for older ones."""
    if story.when is None:
        return "April 6"
    minutes = int((NOW - story.when.astimezone(UTC)) / _CN_MIN)
    if minutes < 60:
        return f"{minutes} mins ago"
    hours = minutes // 60
    return f"{hours} hour ago" if hours == 1 else f"{hours} hours ago"


def _cn_article(story: Story, kicker_href: str, duration: str, *, big: bool = False) -> str:
    """One ``article.article``: a media box (a video run-time pill on clips), then
    ``div.info > header.info-header`` with ``div.meta`` (``span.eyebrow`` kicker link and
    ``span.time``) and ``h4.title > a``, and ``div.content > p.dek > a`` where a dek shows."""
    tag = "h3" if big else "h4"
    pill = f'<div class="pill duration"><span>{duration}</span></div>' if duration else ""
    media = "m video-ct" if duration else "m"
    dek = (
        f'\n    <div class="content"><p class="dek"><a href="{story.path}">{escape_html(story.lead)}</a></p></div>'
        if story.lead
        else ""
    )
    return f"""
<article class="article{" story-1" if big else ""}">
  <div class="{media}"><a href="{story.path}"><picture><source media="(min-width: 767px)" srcset="https://a57.libertynewschannel.example/static.libertynewschannel.example/foxnews.com/content/uploads/2025/04/{image_slug(story.path)}.jpg?ve=1&amp;tl=1"><img src="https://a57.libertynewschannel.example/static.libertynewschannel.example/foxnews.com/content/uploads/2025/04/{image_slug(story.path)}.jpg?ve=1&amp;tl=1" alt="" loading="lazy"></picture>{pill}</a></div>
  <div class="info">
    <header class="info-header">
      <div class="meta">
        <span class="eyebrow"><a href="{kicker_href}">{escape_html(story.label)}</a></span>
        <span class="time">{_cn_time(story)}</span>
      </div>
      <{tag} class="title"><a href="{story.path}">{escape_html(story.title)}</a></{tag}>
    </header>{dek}
  </div>
</article>"""


def build_cable_channel_articles() -> Layout:
    """A cable news site's section: a "spotlight" collection of big ``article.article`` items
    and an article list of smaller ones, each ``div.info > header.info-header`` with
    ``div.meta`` (``span.eyebrow`` kicker link, ``span.time`` "28 mins ago" / "3 hours ago",
    a bare "April 6" on older stories), ``h4.title > a`` and a linked ``p.dek``; video clips
    with run-time pills and no dek; a numbered "Trending" list in the same article markup,
    "Sponsored Stories" native ads through a recommendation network, "Show More" and the
    footer."""
    page_url = f"{_CN_HOST}/politics"
    menu = nav_links(
        [
            ("U.S.", "/us"),
            ("Politics", "/politics"),
            ("World", "/world"),
            ("Opinion", "/opinion"),
            ("Media", "/media"),
            ("Entertainment", "/entertainment"),
            ("Sports", "/sports"),
            ("Lifestyle", "/lifestyle"),
            ("Video", "/video"),
        ],
        "menu-item",
    )
    sub_menu = nav_links(
        [
            ("Executive", "/category/politics/executive"),
            ("Senate", "/category/politics/senate"),
            ("House", "/category/politics/house-of-representatives"),
            ("Judiciary", "/category/politics/judiciary"),
            ("Foreign Policy", "/category/politics/foreign-policy"),
            ("Elections", "/category/politics/elections"),
        ],
        "nav-item",
    )
    spotlight = "".join(_cn_article(*row, big=True) for row in _CN_SPOTLIGHT)
    listed = "".join(_cn_article(*row) for row in _CN_LIST)
    trending = link_list(
        _CN_TRENDING,
        '<li><article class="article"><div class="info"><header class="info-header"><span class="num">{rank}</span><h4 class="title"><a href="{href}">{title}</a></h4></header></div></article></li>',
        sep="\n",
    )
    sponsored = "\n".join(
        f'<div class="ob-dynamic-rec-container ob-p"><a class="ob-dynamic-rec-link" href="{escape_html(href)}" target="_blank" rel="noopener nofollow"><div class="ob-rec-image-container"><img class="ob-rec-image" src="https://images.outbrainimg.example/transform/v3/{n}.jpg" alt=""></div><span class="ob-rec-text" title="{escape_html(title)}">{escape_html(title)}</span><span class="ob-rec-source">{escape_html(source)}</span></a></div>'
        for n, (href, title, source) in enumerate(_CN_SPONSORED)
    )
    ad = '<div class="ad-container {slot}"><div class="ad-label">Advertisement</div><div class="ad"><a href="https://securepubads.g.doubleclick.example/pcs/click?xai=AKAOjsv{slot}&amp;adurl=https://ads.advertiser.example/landing" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/{slot}" alt=""></a></div></div>'
    body = f"""
<div id="wrapper" class="page category">
<header class="site-header">
  <div class="logo"><a href="/"><span class="visually-hidden">Liberty News Channel</span></a></div>
  <nav class="main-nav"><ul class="menu">
{menu}
  </ul></nav>
  <div class="watch-live"><a href="https://www.libertynation.example/live">Watch TV</a></div>
</header>
{ad.format(slot="ad-h1")}
<div class="page-content">
  <div class="section-title"><h1 class="title"><a href="/politics">Politics</a></h1>
    <nav class="sub-nav"><ul>
{sub_menu}
    </ul></nav>
  </div>
  <div class="row">
    <main class="main-content">
      <section class="collection collection-spotlight">
        <div class="content">{spotlight}
        </div>
      </section>
      {ad.format(slot="ad-c1")}
      <section class="collection collection-article-list has-load-more">
        <div class="content article-list">{listed}
        </div>
        <div class="button load-more js-load-more"><a href="{page_url}?page=2">Show More</a></div>
      </section>
    </main>
    <aside class="sidebar sidebar-primary">
      {ad.format(slot="ad-r1")}
      <section class="collection collection-trending">
        <header class="heading"><h3 class="title">Trending</h3></header>
        <div class="content"><ol class="list">
{trending}
        </ol></div>
      </section>
      <div class="OUTBRAIN" data-widget-id="SB_1" data-src="{page_url}">
        <div class="ob-widget ob-grid-layout">
          <div class="ob-widget-header"><span class="ob_title">Sponsored Stories</span><a class="ob_what" href="https://www.outbrain.example/what-is/" rel="nofollow">What is</a></div>
          <div class="ob-widget-items-container">
{sponsored}
          </div>
        </div>
      </div>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <nav class="footer-nav"><ul>
{nav_links([("New Terms of Use", "/terms-of-use"), ("New Privacy Policy", "/privacy-policy"), ("Your Privacy Choices", "/privacy-choices"), ("Closed Captioning Policy", "/closed-captioning"), ("Help", "https://help.libertynewschannel.example/"), ("Contact Us", "/contact"), ("Accessibility Statement", "/accessibility-statement")])}
  </ul></nav>
  <p class="copyright">This material may not be published, broadcast, rewritten, or redistributed. &copy;2025 Liberty News Network, LLC. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _, _ in (*_CN_SPOTLIGHT, *_CN_LIST)]
    return Layout(
        name="en-cable-channel-articles",
        family="cable news site section: article.article > div.info > header.info-header > div.meta (span.eyebrow kicker link, span.time '3 hours ago') + h4.title > a, div.content > p.dek > a, video pills, Trending in the same markup, Sponsored Stories",
        body=english_document("Politics | Liberty News Channel", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 3. A business news network's section (div.Card-standardBreakerCard, "2 Hours Ago", PRO pills)
# --------------------------------------------------------------------------------------------

_BN_HOST = "https://www.marketsbiznet.example"
# (story, kind): kind "" an article, "pro" a subscriber story with the PRO pill, "video" a clip
_BN_FEATURED: list[tuple[Story, str]] = [
    (Story.at(f"{_BN_HOST}/2025/04/07/chipmakers-tariff-exemption-semiconductors-stocks.html",
              "Chip stocks whipsaw as investors bet on a tariff carve-out for semiconductors",
              "Shares of the biggest chipmakers swung more than 8% in a single session as traders parsed comments from administration officials.",
              ago(NOW, hours=2), "Technology"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/07/smartphone-prices-tariffs-iphone-cost-analysts.html",
              "Here's how much more your next smartphone could cost if tariffs stick",
              None, ago(NOW, hours=3), "Technology"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/07/pro-analysts-buy-list-beaten-down-tech.html",
              "Analysts say these beaten-down tech names are buys after the sell-off",
              None, ago(NOW, hours=4), "Pro Picks"), "pro"),
]  # fmt: skip
_BN_RIVER: list[tuple[Story, str]] = [
    (Story.at(f"{_BN_HOST}/2025/04/08/cloud-provider-data-center-spending-pause.html",
              "Cloud provider pauses some data center projects as AI spending is scrutinized",
              None, ago(NOW, minutes=39), "Technology"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/07/ev-maker-first-quarter-deliveries-miss.html",
              "EV maker's first-quarter deliveries miss estimates as demand cools in Europe",
              None, ago(NOW, hours=1), "Autos"), ""),
    (Story.at(f"{_BN_HOST}/video/2025/04/07/tariffs-could-push-tech-into-recession-says-strategist.html",
              "Tariffs could push tech into an earnings recession, strategist says",
              None, ago(NOW, hours=5), "Video"), "video"),
    (Story.at(f"{_BN_HOST}/2025/04/07/social-media-app-sale-deadline-extension.html",
              "Short-video app gets another 75 days as talks over a U.S. sale drag on",
              None, ago(NOW, hours=6), "Technology"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/07/pro-options-traders-hedge-nasdaq-volatility.html",
              "Options traders pile into hedges as Nasdaq volatility spikes",
              None, ago(NOW, hours=7), "Pro: Options"), "pro"),
    (Story.at(f"{_BN_HOST}/2025/04/07/gaming-console-preorders-delayed-tariffs.html",
              "Console maker delays U.S. preorders to weigh the impact of tariffs",
              None, ago(NOW, hours=8), "Technology"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/07/ai-startup-raises-funding-valuation.html",
              "AI coding startup raises $600 million at a $9 billion valuation",
              None, ago(NOW, hours=10), "Venture Capital"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/07/pc-shipments-first-quarter-surge-ahead-of-tariffs.html",
              "PC shipments jumped in the first quarter as makers rushed inventory into the U.S.",
              None, ago(NOW, hours=12), "Technology"), ""),
    (Story.at(f"{_BN_HOST}/video/2025/04/07/why-apple-cant-easily-move-production.html",
              "Why moving smartphone production out of China is so hard",
              None, ago(NOW, hours=14), "Video"), "video"),
    (Story.at(f"{_BN_HOST}/2025/04/07/semiconductor-equipment-export-rules-netherlands.html",
              "Netherlands widens export rules on chipmaking equipment",
              None, ago(NOW, hours=17), "Technology"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/06/streaming-service-price-increase-ad-tier.html",
              "Streaming giant raises prices on its ad-supported tier for the second time",
              None, None, "Media"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/06/pro-tech-earnings-preview-what-to-watch.html",
              "Tech earnings are weeks away. Here's what to watch after the tariff shock",
              None, None, "Pro: Earnings"), "pro"),
    (Story.at(f"{_BN_HOST}/2025/04/06/quantum-computing-stocks-rally-fade.html",
              "Quantum computing stocks give back their winter rally",
              None, None, "Technology"), ""),
    (Story.at(f"{_BN_HOST}/2025/04/05/satellite-internet-airline-deal.html",
              "Satellite internet provider signs deal to equip another major airline",
              None, None, "Technology"), ""),
]  # fmt: skip
_BN_TRENDING = [
    (f"{_BN_HOST}/2025/04/07/stock-market-today-live-updates.html", "Dow futures jump 900 points as traders look for a bottom"),
    (f"{_BN_HOST}/2025/04/07/chipmakers-tariff-exemption-semiconductors-stocks.html", "Chip stocks swing wildly on exemption hopes"),
    (f"{_BN_HOST}/2025/04/07/billionaire-investor-calls-for-tariff-pause.html", "Billionaire investor calls for 90-day tariff pause"),
    (f"{_BN_HOST}/2025/04/07/mortgage-rates-drop-tariffs.html", "Mortgage rates fall to the lowest level since October"),
    (f"{_BN_HOST}/2025/04/07/retirement-savers-market-sell-off-advice.html", "What retirement savers should do during a sell-off"),
]  # fmt: skip
_BN_QUOTES = [
    (".DJI", "Dow Jones", "37,965.60", "-349.26", "-0.91%"),
    (".SPX", "S&P 500", "5,062.25", "-11.83", "-0.23%"),
    (".IXIC", "Nasdaq", "15,603.26", "+15.48", "+0.10%"),
    ("US10Y", "U.S. 10 Yr", "4.172%", "+0.171", ""),
    ("@CL.1", "Crude Oil", "60.70", "-1.29", "-2.08%"),
]  # fmt: skip


def _bn_time(when: datetime | None, path: str) -> str:
    """'39 Min Ago', '1 Hour Ago', '5 Hours Ago'; 'Sun, Apr 6th 2025' for older stories."""
    if when is None:
        day = int(path.split("/2025/04/", 1)[1].split("/", 1)[0])
        stamp = datetime(2025, 4, day)
        return f"{stamp:%a}, Apr {day}th 2025"
    minutes = int((NOW - when.astimezone(UTC)).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} Min Ago"
    hours = minutes // 60
    return "1 Hour Ago" if hours == 1 else f"{hours} Hours Ago"


def _bn_card(story: Story, kind: str, *, featured: bool = False) -> str:
    """One ``div.Card-standardBreakerCard``: a media link, an eyebrow, ``a.Card-title >
    div.Card-titleContainer`` (a PRO pill before the headline on subscriber stories, a play
    icon on clips), a ``Card-description`` on the featured card and ``span.Card-time``."""
    pro = (
        '<span class="ProPill-proPillWrapper"><span class="ProPill-proPill" aria-label="PRO content">PRO</span></span>'
        if kind == "pro"
        else ""
    )
    video = (
        '<span class="Card-videoLabel"><svg class="Card-playIcon" viewBox="0 0 12 12" aria-hidden="true"><path d="M2 1l9 5-9 5z"></path></svg>watch now</span><span class="Card-videoDuration">VIDEO<span class="Card-videoSeparator">&bull;</span>02:41</span>'
        if kind == "video"
        else ""
    )
    description = (
        f'<div class="Card-description">{escape_html(story.lead)}</div>' if story.lead else ""
    )
    card = "Card-featuredCard" if featured else "Card-standardBreakerCard"
    return f"""
<div class="{card} Card-card Card-articleCard Card-rectangleToLeftSquareMedia" data-test="Card">
  <div class="Card-cardInnerContainer">
    <div class="Card-mediaContainer"><a class="Card-mediaContainerInner" href="{story.path}" tabindex="-1"><div class="InlineImage-imageContainer"><img class="Card-image" src="https://image.marketsbiznet.example/api/v1/image/{image_slug(story.path)}.jpg?v=1744070400&amp;w=160&amp;h=90" alt="" loading="lazy"></div></a>{video}</div>
    <div class="Card-textContent">
      <div class="Card-eyebrowContainer"><a class="Card-eyebrow" href="{_BN_HOST}/{story.label.lower().replace(": ", "-").replace(" ", "-")}/">{escape_html(story.label)}</a></div>
      <div class="Card-titleAndFooter">
        <div class="Card-titleContainer">
          <a class="Card-title" href="{story.path}"><div class="Card-titleContainer">{pro}{escape_html(story.title)}</div></a>
        </div>
        {description}
        <div class="Card-cardFooter"><span class="Card-time">{_bn_time(story.when, story.path)}</span></div>
      </div>
    </div>
  </div>
</div>"""


def build_business_breaker_cards() -> Layout:
    """A business news network's section: a markets banner of quote links, three featured
    cards (the first with a description), a river of ``div.Card-standardBreakerCard`` cards
    with ``a.Card-title > div.Card-titleContainer`` headlines, a PRO pill inside the link on
    subscriber stories and ``span.Card-time`` "39 Min Ago" / "5 Hours Ago" / "Sun, Apr 6th
    2025"; video clips; a numbered "Trending Now" list retitling some stories, a "Content
    from our partners" box, ads, "Load More" and the footer."""
    page_url = f"{_BN_HOST}/technology/"
    menu = nav_links(
        [
            ("Markets", "/markets/"),
            ("Business", "/business/"),
            ("Investing", "/investing/"),
            ("Tech", "/technology/"),
            ("Politics", "/politics/"),
            ("Video", "/video/"),
            ("Watchlist", "/watchlist/"),
            ("Investing Club", "/investingclub/"),
            ("PRO", "/pro/"),
        ],
        "nav-menu-navLink",
    )
    banner = "\n".join(
        f'<a class="MarketCard-container" href="{_BN_HOST}/quotes/{sym}"><span class="MarketCard-symbol">{name}</span><span class="MarketCard-stockPosition">{last}</span><span class="MarketCard-changes {"MarketCard-down" if chg.startswith("-") else "MarketCard-up"}">{chg}</span><span class="MarketCard-changesPct">{pct}</span></a>'
        for sym, name, last, chg, pct in _BN_QUOTES
    )
    featured = _bn_card(*_BN_FEATURED[0], featured=True) + "".join(
        _bn_card(*row) for row in _BN_FEATURED[1:]
    )
    river = "".join(_bn_card(*row) for row in _BN_RIVER)
    trending = link_list(
        _BN_TRENDING,
        '<li class="TrendingNowItem-storyItem"><span class="TrendingNowItem-number">{rank}</span><a class="TrendingNowItem-title" href="{href}">{title}</a></li>',
        sep="\n",
    )
    ad = '<div class="BoxAd-container {slot}"><div class="BoxAd-label">Advertisement</div><a href="https://adclick.g.doubleclick.example/pcs/click?xai=AKAOjs{slot}&amp;adurl=https://www.brokerage.example/open-account" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/{slot}" alt=""></a></div>'
    body = f"""
<div id="root">
<header class="GlobalNavigation-container">
  <a class="GlobalNavigation-logo" href="/" aria-label="Markets Business Network"><svg viewBox="0 0 90 30" aria-hidden="true"><path d="M0 0h90v30H0z"></path></svg></a>
  <nav class="nav-menu"><ul>
{menu}
  </ul></nav>
  <a class="SignInMenu-signIn" href="{_BN_HOST}/login/">Sign In</a>
  <a class="ProCta-button" href="{_BN_HOST}/pro/subscribe/?__source=pro|header">Create free account</a>
</header>
<div class="MarketsBanner-container" data-module="MarketsBanner">
{banner}
</div>
{ad.format(slot="ad-top")}
<div class="PageBuilder-container">
  <div class="PageBuilder-pageRow">
    <div class="PageBuilder-col-9 PageBuilder-col">
      <h1 class="PageHeader-title">Tech</h1>
      <div class="FeaturedCard-container SectionWrapper-container">{featured}
      </div>
      <section class="RiverPlus-container SectionWrapper-container">
        <h2 class="SectionWrapper-header">Latest in Tech</h2>
        <div class="RiverPlus-riverPlusContainer">{river}
        </div>
        <button class="LoadMoreButton-loadMore" type="button" data-url="{page_url}?page=2">Load More</button>
      </section>
    </div>
    <div class="PageBuilder-col-3 PageBuilder-col PageBuilder-sidebar">
      <div class="TrendingNow-container">
        <h2 class="TrendingNow-title">Trending Now</h2>
        <ul class="TrendingNow-storyContainer">
{trending}
        </ul>
      </div>
      {ad.format(slot="ad-rail")}
      <div class="PartnerContent-container">
        <h2 class="PartnerContent-title">Content from our partners</h2>
        <a class="PartnerContent-link" href="https://ad.doubleclick.example/ddm/trackclk/N1234.MBN/B2835;dc_trk_aid=5512;dc_trk_cid=9021" rel="nofollow sponsored"><span class="PartnerContent-sponsor">Sponsored by Harbor Wealth</span><span class="PartnerContent-headline">How wealthy families are rethinking cash in a volatile market</span></a>
        <a class="PartnerContent-link" href="https://ad.doubleclick.example/ddm/trackclk/N1234.MBN/B2836;dc_trk_aid=5513;dc_trk_cid=9022" rel="nofollow sponsored"><span class="PartnerContent-sponsor">Sponsored by Cirrus Cloud</span><span class="PartnerContent-headline">Five questions CFOs should ask before the next AI budget</span></a>
      </div>
    </div>
  </div>
</div>
<footer class="Footer-container">
  <ul class="Footer-links">
{nav_links([("Subscribe to MBN PRO", "/pro/subscribe/"), ("Licensing & Reprints", "/licensing/"), ("Advertise With Us", "/advertise/"), ("Closed Captioning", "/closed-captioning/"), ("Digital Products", "/digital-products/"), ("News Releases", "/news-releases/"), ("Privacy Policy", "/privacy-policy/"), ("Terms of Service", "/terms/")])}
  </ul>
  <p class="Footer-copyright">&copy; 2025 Markets Business Network LLC. All Rights Reserved. Data is a real-time snapshot; data is delayed at least 15 minutes.</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _ in (*_BN_FEATURED, *_BN_RIVER)]
    return Layout(
        name="en-business-breaker-cards",
        family="business news network section: div.Card-standardBreakerCard, a.Card-title > div.Card-titleContainer with a PRO pill inside, span.Card-time '2 Hours Ago' / 'Sun, Apr 6th 2025', markets banner quote links, numbered Trending Now",
        body=english_document("Tech News - Markets Business Network", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


# --------------------------------------------------------------------------------------------
# 4. A digital-native outlet's section (div.card > div.card__content, "04/07/2025 09:41 PM EDT")
# --------------------------------------------------------------------------------------------

_DN_HOST = "https://www.thedailycurrent.example"
# (story, byline)
_DN_STORIES: list[tuple[Story, str]] = [
    (Story.at("/entry/senate-budget-vote-a-rama-medicaid_n_67f4a1c2e4b0d8a1f3c52e10",
              "Senate Republicans Grind Through All-Night Session To Pass Budget That Opens Door To Medicaid Cuts",
              "Democrats forced vote after vote on amendments meant to put GOP senators on the record.",
              _edt(8, 1, 34), "Politics"), "Arthur Delaney"),
    (Story.at("/entry/supreme-court-alien-enemies-act-deportations_n_67f47e9be4b0a3c2d1f07b55",
              "Supreme Court Lets Trump Resume Deportations Under 18th-Century Law — For Now",
              "The justices said migrants must get a chance to challenge their removal, but in a different court.",
              _edt(7, 21, 41), "Politics"), "Jennifer Bendery"),
    (Story.at("/entry/tariffs-countries-negotiate-white-house_n_67f4617ee4b0c5b2a8e91d03",
              "White House Claims Dozens Of Countries Want To Make A Deal As Markets Keep Sliding",
              "The administration insists the tariffs are working even as investors brace for more losses.",
              _edt(7, 19, 58), "Politics"), "Igor Bobic"),
    (Story.at("/entry/irs-commissioner-resigns-ice-data_n_67f44dd1e4b0f6a7c1b23a98",
              "IRS Chief Quits After Agency Agrees To Hand Taxpayer Data To ICE",
              None,
              _edt(7, 18, 12), "Politics"), "Dave Jamieson"),
    (Story.at("/entry/pentagon-inspector-general-signal-review_n_67f43b0ae4b0d2e9a5c81f47",
              "Pentagon Watchdog Will Review Hegseth's Use Of Signal",
              "The review follows a request from the top Republican and Democrat on the Senate Armed Services Committee.",
              _edt(7, 16, 27), "Politics"), "Jennifer Bendery"),
    (Story.at("/entry/wisconsin-supreme-court-turnout-lessons_n_67f42c3fe4b0b9f1d2e60c11",
              "What Democrats Think They Learned From Wisconsin",
              "Party strategists see a template for 2026. Some warn against reading too much into one spring race.",
              _edt(7, 15, 3), "Politics"), "Daniel Marans"),
    (Story.at("/entry/town-hall-medicaid-protest-video_n_67f41a66e4b0a8c7f5d93b20",
              "Watch Constituents Grill GOP Lawmaker Over Medicaid At Rowdy Town Hall",
              None,
              _edt(7, 13, 46), "Video"), ""),
    (Story.at("/entry/probationary-workers-rehire-judge-order_n_67f40b92e4b0e1d6a3c72f85",
              "Judge Orders Agencies To Keep Rehiring Fired Federal Workers",
              "A federal judge in Maryland said the mass firings likely violated rules for layoffs.",
              _edt(7, 12, 15), "Politics"), "Dave Jamieson"),
    (Story.at("/entry/state-department-consulates-close-draft_n_67f3f8a0e4b0c3b4e2a18d66",
              "State Department Draws Up Plan To Shutter Consulates Across Europe",
              "The draft also folds the department's human rights office into a regional bureau.",
              _edt(7, 10, 52), "World News"), "Akbar Shahid Ahmed"),
    (Story.at("/entry/social-security-phone-claims-reversal_n_67f3e6d4e4b0f9a2c6b51e72",
              "Social Security Backs Down On Phone Claims After Outcry",
              "Disability advocates had warned the change would cut off people with no internet access.",
              _edt(7, 9, 20), "Politics"), "Arthur Delaney"),
    (Story.at("/entry/hands-off-rallies-photos_n_67f2d4b7e4b0a5d3f1c04a39",
              "Photos Show Huge Crowds At 'Hands Off!' Rallies Across The Country",
              None,
              _edt(6, 18, 5), "Photos"), ""),
    (Story.at("/entry/sunday-shows-tariffs-cabinet-defend_n_67f2c1aee4b0d7e8b2a37c14",
              "Trump's Cabinet Hits The Sunday Shows To Defend Tariffs. It Didn't Go Great.",
              "Officials gave conflicting answers on whether the duties are a negotiating tactic or permanent.",
              _edt(6, 14, 31), "Politics"), "Marita Vlachou"),
    (Story.at("/entry/border-national-guard-new-mexico_n_67f1a9c5e4b0b6c1d4e85f27",
              "National Guard Border Mission Expands Into New Mexico",
              "About 600 troops will support customs agents along the state's southern line.",
              _edt(5, 20, 48), "Politics"), "Sara Boboltz"),
]  # fmt: skip
_DN_TOPICS = [
    ("/topic/donald-trump", "Donald Trump"),
    ("/topic/tariffs", "Tariffs"),
    ("/topic/supreme-court", "Supreme Court"),
    ("/topic/medicaid", "Medicaid"),
    ("/topic/congress", "Congress"),
    ("/topic/immigration", "Immigration"),
]  # fmt: skip
_DN_TRENDING = [
    ("/entry/supreme-court-alien-enemies-act-deportations_n_67f47e9be4b0a3c2d1f07b55", "Supreme Court Hands Trump A Deportation Win With A Big Catch"),
    ("/entry/celebrity-couple-split-statement_n_67f43e22e4b0f1c9d6a29b80", "Celebrity Couple Announces Split After 9 Years"),
    ("/entry/senate-budget-vote-a-rama-medicaid_n_67f4a1c2e4b0d8a1f3c52e10", "Senate GOP Pulls An All-Nighter On Budget"),
    ("/entry/grocery-prices-tariffs-items_n_67f3ff10e4b0a2d5c8b16e93", "These Grocery Items Could Cost More Soon"),
]  # fmt: skip


def _dn_stamp(when: datetime | None) -> str:
    """'04/07/2025 09:41 PM EDT' as the outlet prints card times."""
    assert when is not None
    local = when.astimezone(EDT)
    return f"{local:%m/%d/%Y} {clock12(local, pad=True)} EDT"


def _dn_card(story: Story, byline: str, *, size: str = "standard") -> str:
    """One ``div.card``: an image link, ``div.card__content`` with the label link,
    ``div.card__headlines`` (``a.card__headline > h3.card__headline__text`` and
    ``div.card__description``), ``div.card__byline`` and ``div.card__date``."""
    description = (
        f'\n      <div class="card__description">{escape_html(story.lead)}</div>'
        if story.lead
        else ""
    )
    by = (
        f'\n    <div class="card__byline"><span class="card__byline__author"><a class="card__byline__author__name" href="{_DN_HOST}/author/{byline.lower().replace(" ", "-")}">{escape_html(byline)}</a></span></div>'
        if byline
        else ""
    )
    label = story.label.lower().replace(" ", "-")
    kind = " card--video" if story.label == "Video" else ""
    return f"""
<div class="card card--{size}{kind} js-card" data-vars-item-name="{image_slug(story.path)[:24]}" data-vars-unit-name="zone-river">
  <div class="card__image__wrapper"><a class="card__image__link" href="{story.path}" tabindex="-1" aria-hidden="true"><img class="card__image" src="https://img.thedailycurrent.example/6{image_slug(story.path)[-8:]}.jpeg?ops=scalefit_630_noupscale" alt="" loading="lazy"></a></div>
  <div class="card__content">
    <div class="card__label card__label--top"><a class="card__label__link" href="{_DN_HOST}/news/{label}">{escape_html(story.label)}</a></div>
    <div class="card__headlines">
      <a class="card__headline card__headline--long" href="{story.path}"><h3 class="card__headline__text">{escape_html(story.title)}</h3></a>{description}
    </div>{by}
    <div class="card__date"><span class="card__date__created">{_dn_stamp(story.when)}</span></div>
  </div>
</div>"""


def build_digital_native_cards() -> Layout:
    """A digital-native outlet's section: a large lead card, a row of three and a river of
    ``div.card`` cards, each ``div.card__content`` with a label link, ``a.card__headline >
    h3.card__headline__text``, ``div.card__description`` (some cards have none), an author
    link in ``div.card__byline`` and "04/07/2025 09:41 PM EDT"; video and photo cards; a
    "Related" strip of topic chips, a "Trending" list retitling stories, a membership
    appeal, ads, a "Next" pager and the footer."""
    page_url = f"{_DN_HOST}/news/politics"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Politics", "/news/politics"),
            ("Entertainment", "/entertainment/"),
            ("Life", "/life/"),
            ("Voices", "/voices/"),
            ("Shopping", "/shopping/"),
            ("Opinion", "/news/opinion"),
        ],
        "main-nav__item",
    )
    lead = _dn_card(*_DN_STORIES[0], size="large")
    row = "".join(_dn_card(*s, size="medium") for s in _DN_STORIES[1:4])
    river = "".join(_dn_card(*s) for s in _DN_STORIES[4:])
    chips = "\n".join(
        f'<a class="related-topics__chip" href="{_DN_HOST}{href}">{escape_html(name)}</a>'
        for href, name in _DN_TOPICS
    )
    trending = link_list(
        [(_DN_HOST + h, t) for h, t in _DN_TRENDING],
        '<li class="trending__item"><span class="trending__rank">{rank}</span><a class="trending__link" href="{href}">{title}</a></li>',
        sep="\n",
    )
    ad = '<div class="advertisement-holder {slot}"><div class="advertisement-label">Advertisement</div><a href="https://pubads.g.doubleclick.example/gampad/clk?iu=/4428/dc.politics/{slot}" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/{slot}" alt=""></a></div>'
    body = f"""
<div class="page page--section">
<header class="masthead">
  <a class="masthead__logo" href="{_DN_HOST}/" aria-label="The Daily Current"><svg viewBox="0 0 160 24" aria-hidden="true"><path d="M0 0h160v24H0z"></path></svg></a>
  <nav class="main-nav"><ul class="main-nav__list">
{menu}
  </ul></nav>
  <a class="masthead__support" href="{_DN_HOST}/support?source=masthead">Support The Daily Current</a>
  <a class="masthead__login" href="{_DN_HOST}/member/login">Log In</a>
</header>
{ad.format(slot="top_leaderboard")}
<main class="main">
  <h1 class="section-header__title">Politics</h1>
  <section class="zone zone--lead"><div class="zone__content">{lead}{row}
  </div></section>
  <div class="related-topics">
    <span class="related-topics__label">Related</span>
{chips}
  </div>
  <div class="row">
    <section class="zone zone--river"><div class="zone__content">{river}
    </div>
      <nav class="pagination"><a class="pagination__next-link" href="{page_url}?page=2">Next</a></nav>
    </section>
    <aside class="zone zone--sidebar">
      <div class="trending"><h2 class="trending__title">Trending</h2><ol class="trending__list">
{trending}
      </ol></div>
      <div class="contribution-ask"><h2>Support Free Journalism</h2><p>Can't afford to donate? Support The Daily Current by creating a free account and log in while you read.</p><a class="contribution-ask__button" href="{_DN_HOST}/support?source=sidebar-ask">Support The Daily Current</a></div>
      {ad.format(slot="right_rail")}
    </aside>
  </div>
</main>
<footer class="footer">
  <ul class="footer__links">
{nav_links([("About Us", "/static/about-us"), ("Advertise", "/static/advertise"), ("Contact Us", "/static/contact-us"), ("RSS", "/syndication"), ("FAQ", "/static/faq"), ("Careers", "/static/careers"), ("User Agreement", "/static/user-agreement"), ("Privacy Policy", "/static/privacy-policy")])}
  </ul>
  <p class="footer__copyright">&copy;2025 Current Media Inc. All rights reserved.</p>
</footer>
</div>"""
    items = [gold_item(page_url, _DN_HOST + s.path, s) for s, _ in _DN_STORIES]
    return Layout(
        name="en-digital-native-cards",
        family="digital-native outlet section: div.card > div.card__content, a.card__headline > h3.card__headline__text, div.card__description, div.card__byline, '04/07/2025 09:41 PM EDT', Related topic chips, Trending",
        body=english_document("Politics | The Daily Current", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/New_York",
    )


BUILDERS: tuple[Builder, ...] = (
    build_network_flm_section,
    build_cable_channel_articles,
    build_business_breaker_cards,
    build_digital_native_cards,
)
