"""A sixth set of English-language listing layouts: pages built on stock site themes.

Each builder returns a whole page in the shape of one family of real-world markup that many
news sites share because they run the same theme or the same kind of template — a category
page of the "Newspaper" blog theme (``td_module_flex`` modules with ``time.entry-date``, a big
grid on top, a mega menu and a popular-posts block in the very same module markup), a
category page of the "JNews" blog theme (``article.jeg_post`` with "2 hours ago" date links,
a hero block, a trending widget of the same cards), a West African news portal with a "Latest
News" marquee, ``div.news-item`` rows dated "April 8, 2025 | 2:05 pm" and a heavy numbered
sidebar, and a regional paper's legacy table layout whose stories are not wrapped per item at
all (headline link, ``<font>`` date and lead text separated only by ``<br>``) — with the chrome
real pages carry around the list. Hosts, headlines, leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC). Gold times are the instants the
page states, in the site's own clock (the layout's ``timezone``) where the page names no zone;
a ``time[datetime]`` attribute with an offset states its instant even where the text shows
only the date; relative times ("2 hours ago") are resolved against the fetch instant; a date
without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, image_slug, nav_links
from .markup import Story, ago, escape_html, gold_item, html_document, link_list

PKT = timezone(timedelta(hours=5), "PKT")
MYT = timezone(timedelta(hours=8), "MYT")
WAT = timezone(timedelta(hours=1), "WAT")
CDT = timezone(timedelta(hours=-5), "CDT")


def _at(zone: timezone, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, second, tzinfo=zone)


def _long_date(when: datetime) -> str:
    """'April 8, 2025', as blog themes print a post date by default."""
    return f"{when:%B} {when.day}, {when:%Y}"


# --------------------------------------------------------------------------------------------
# 1. A "Newspaper" theme category page (td_module_flex modules, big grid, mega menu)
# --------------------------------------------------------------------------------------------

_TD_HOST = "https://www.induscourier.example"
_TD_GRID = [
    Story.at("/2025/04/08/karachi-water-board-announces-new-tanker-schedule-for-summer/",
             "Karachi water board announces new tanker schedule as summer demand peaks",
             None,
             _at(PKT, 8, 10, 12, 37), "Karachi"),
    Story.at("/2025/04/08/ecp-releases-schedule-for-local-government-by-elections/",
             "ECP releases schedule for local government by-elections in Punjab",
             None,
             _at(PKT, 8, 9, 41, 52), "Politics"),
    Story.at("/2025/04/08/motorway-m6-sukkur-hyderabad-section-contract-signed/",
             "Contract signed for Sukkur-Hyderabad motorway section after years of delay",
             None,
             _at(PKT, 8, 8, 5, 11), "Pakistan"),
    Story.at("/2025/04/08/heatwave-alert-sindh-balochistan-pmd/",
             "PMD issues heatwave alert for Sindh and Balochistan as mercury nears 45°C",
             None,
             _at(PKT, 8, 7, 22, 3), "Weather"),
]  # fmt: skip
_TD_LOOP = [
    Story.at("/2025/04/07/lahore-high-court-stays-auction-of-historic-market-shops/",
             "Lahore High Court stays auction of shops in historic Anarkali market",
             "The court issued notices to the district administration on a petition by traders who said they had held the leases for three generations and had never been consulted about the sale.",
             _at(PKT, 7, 21, 14, 9), "Lahore"),
    Story.at("/2025/04/07/islamabad-electric-buses-new-routes-airport/",
             "Islamabad adds two electric bus routes, including a direct link to the airport",
             "The capital's transport authority said 30 new buses would serve the routes, with fares fixed at Rs50 for the first year.",
             _at(PKT, 7, 19, 3, 45), "Islamabad"),
    Story.at("/2025/04/07/wheat-procurement-target-punjab-farmers-protest/",
             "Farmers protest as Punjab lowers wheat procurement target",
             "Growers' bodies say the decision will leave them at the mercy of middlemen just as the harvest begins in the south of the province.",
             _at(PKT, 7, 17, 30, 18), "Pakistan"),
    Story.at("/2025/04/07/peshawar-brt-ridership-record-ramazan/",
             "Peshawar BRT carried a record 340,000 passengers a day during Ramazan",
             "TransPeshawar said late-night services and free rides for students had drawn new riders to the corridor.",
             _at(PKT, 7, 15, 2, 56), "Peshawar"),
    Story.at("/2025/04/07/senate-committee-seeks-report-on-gas-load-shedding/",
             "Senate committee seeks report on gas load-shedding in winter months",
             "Members questioned officials over unannounced cuts to domestic consumers while industry was kept supplied.",
             _at(PKT, 7, 13, 47, 20), "Politics"),
    Story.at("/2025/04/07/quetta-schools-reopen-after-extended-winter-break/",
             "Quetta schools reopen after extended winter break, attendance thin on first day",
             "Teachers said many families had yet to return from lower districts where they spent the cold months.",
             _at(PKT, 7, 11, 20, 0), "Balochistan"),
    Story.at("/2025/04/07/gwadar-port-container-service-resumes/",
             "Weekly container service to Gwadar port resumes after eight-month gap",
             "The first vessel is expected to berth on April 14 with cargo bound for Afghanistan and Central Asia.",
             _at(PKT, 7, 9, 55, 31), "Business"),
    Story.at("/2025/04/06/hyderabad-civic-body-anti-encroachment-drive/",
             "Hyderabad civic body launches anti-encroachment drive on main bazaars",
             "Shopkeepers were given 48 hours to remove stalls and signboards that block footpaths and drains.",
             _at(PKT, 6, 22, 8, 14), "Sindh"),
    Story.at("/2025/04/06/multan-cricket-stadium-floodlights-upgrade/",
             "Multan Cricket Stadium to get new floodlights before home series",
             None,
             _at(PKT, 6, 20, 40, 2), "Sports"),
    Story.at("/2025/04/06/faisalabad-textile-exporters-energy-tariff/",
             "Faisalabad textile exporters warn of closures over energy tariff",
             "The association said 40 mills had already cut a shift and more would follow unless the government restored the regionally competitive rate.",
             _at(PKT, 6, 18, 26, 47), "Business"),
    Story.at("/2025/04/06/swat-tourism-season-hotels-booked/",
             "Swat hotels report full bookings as tourism season opens early",
             "Operators in Kalam and Malam Jabba said warm weather had brought visitors three weeks earlier than usual.",
             _at(PKT, 6, 16, 15, 33), "Khyber Pakhtunkhwa"),
    Story.at("/2025/04/06/nadra-mobile-vans-remote-districts/",
             "NADRA sends mobile registration vans to remote districts of Gilgit-Baltistan",
             "The authority said the vans would issue identity cards and birth certificates in valleys without a permanent centre.",
             _at(PKT, 6, 12, 1, 9), "Pakistan"),
]  # fmt: skip
_TD_POPULAR = [
    ("/2025/04/05/petrol-price-unchanged-for-next-fortnight/", "Petrol price kept unchanged for next fortnight", _at(PKT, 5, 23, 58, 1)),
    ("/2025/04/08/heatwave-alert-sindh-balochistan-pmd/", "PMD issues heatwave alert for Sindh and Balochistan as mercury nears 45°C", _at(PKT, 8, 7, 22, 3)),
    ("/2025/04/04/gold-prices-hit-new-record-in-local-market/", "Gold prices hit new record in local market", _at(PKT, 4, 15, 10, 40)),
    ("/2025/04/07/islamabad-electric-buses-new-routes-airport/", "Islamabad adds two electric bus routes, including a direct link to the airport", _at(PKT, 7, 19, 3, 45)),
    ("/2025/04/03/matric-exam-date-sheet-announced/", "Matric exam date sheet announced for all boards", _at(PKT, 3, 12, 30, 0)),
]  # fmt: skip
_TD_EDITOR_PICKS = [
    ("/2025/04/02/the-last-boatmakers-of-keti-bandar/", "The last boatmakers of Keti Bandar", _at(PKT, 2, 10, 0, 0)),
    ("/2025/03/30/how-a-village-in-thar-beat-the-drought/", "How a village in Thar beat the drought", datetime(2025, 3, 30, 9, 0, tzinfo=PKT)),
    ("/2025/03/28/inside-the-race-to-save-lahores-havelis/", "Inside the race to save Lahore's havelis", datetime(2025, 3, 28, 9, 0, tzinfo=PKT)),
]  # fmt: skip
# Mega-menu columns of the other categories: their own latest posts.
_TD_MEGA = {
    "World": [
        ("/2025/04/08/un-agencies-warn-of-funding-gap-for-afghan-returnees/", "UN agencies warn of funding gap for Afghan returnees"),
        ("/2025/04/07/iran-pakistan-border-market-reopens/", "Iran-Pakistan border market reopens after two years"),
        ("/2025/04/07/gulf-states-ease-visa-rules-for-skilled-workers/", "Gulf states ease visa rules for skilled workers"),
        ("/2025/04/06/china-announces-new-scholarships-for-students/", "China announces 500 new scholarships for students"),
    ],
    "Business": [
        ("/2025/04/08/psx-gains-1200-points-on-imf-review-hopes/", "PSX gains 1,200 points on IMF review hopes"),
        ("/2025/04/07/remittances-cross-4-billion-in-march/", "Remittances cross $4 billion in March"),
        ("/2025/04/07/rupee-steady-against-dollar-interbank/", "Rupee steady against dollar in interbank trade"),
        ("/2025/04/06/car-sales-rise-for-fifth-month/", "Car sales rise for fifth straight month"),
    ],
}  # fmt: skip


def _td_excerpt(lead: str) -> str:
    """The theme's excerpt: the first 25 words, then '...'."""
    words = lead.split()
    return lead if len(words) <= 25 else " ".join(words[:25]) + "..."


def _td_cat(label: str) -> str:
    return f"{_TD_HOST}/category/{label.lower().replace(' ', '-')}/"


def _td_date(when: datetime) -> str:
    return f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{when.isoformat()}">{_long_date(when)}</time></span>'


def _td_thumb(href: str, title: str, size: str) -> str:
    slug = image_slug(href)[:40]
    return f'<div class="td-module-thumb"><a href="{href}" rel="bookmark" class="td-image-wrap " title="{escape_html(title)}"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{_TD_HOST}/wp-content/uploads/2025/04/{slug}-{size}.jpg" style="background-image: url(\'{_TD_HOST}/wp-content/uploads/2025/04/{slug}-{size}.jpg\')"></span></a></div>'


def _td_grid_post(n: int, story: Story) -> str:
    """A big-grid module: the meta box laid over the picture, category, title and date."""
    href = _TD_HOST + story.path
    assert story.when is not None
    big = " td-big-thumb" if n == 0 else " td-small-thumb"
    return f"""
<div class="td_module_flex td_module_flex_4 td-big-grid-flex-post td-big-grid-post-{n}{big} td_module_wrap td-animation-stack td-cpt-post">
  <div class="td-module-container td-category-pos-above">
    <div class="td-image-container">{_td_thumb(href, story.title, "696x467" if n == 0 else "356x220")}</div>
    <div class="td-module-meta-info td-module-meta-info-bottom">
      <a href="{_td_cat(story.label)}" class="td-post-category">{escape_html(story.label)}</a>
      <h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" title="{escape_html(story.title)}">{escape_html(story.title)}</a></h3>
      <div class="td-editor-date"><span class="td-author-date">{_td_date(story.when)}</span></div>
    </div>
  </div>
</div>"""


def _td_loop_post(story: Story, comments: int) -> str:
    """A ``td_module_flex_1`` module of the category loop: picture, category, title, author
    and date, comment count, excerpt."""
    href = _TD_HOST + story.path
    assert story.when is not None
    excerpt = (
        f'<div class="td-excerpt">{escape_html(_td_excerpt(story.lead))}</div>'
        if story.lead
        else ""
    )
    return f"""
<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack td-cpt-post">
  <div class="td-module-container td-category-pos-image">
    <div class="td-image-container">
      <a href="{_td_cat(story.label)}" class="td-post-category">{escape_html(story.label)}</a>
      {_td_thumb(href, story.title, "324x235")}
    </div>
    <div class="td-module-meta-info">
      <h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" title="{escape_html(story.title)}">{escape_html(story.title)}</a></h3>
      <div class="td-editor-date">
        <span class="td-author-date">
          <span class="td-post-author-name"><a href="{_TD_HOST}/author/web-desk/">Web Desk</a> <span>-</span> </span>
          {_td_date(story.when)}
          <span class="td-module-comments"><a href="{href}#respond">{comments}</a></span>
        </span>
      </div>
      {excerpt}
    </div>
  </div>
</div>"""


def _td_small_post(href: str, title: str, when: datetime) -> str:
    """A sidebar or footer module in the same flex markup (no excerpt)."""
    return f"""
<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack td-cpt-post">
  <div class="td-module-container td-category-pos-">
    <div class="td-image-container">{_td_thumb(href, title, "150x100")}</div>
    <div class="td-module-meta-info">
      <h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" title="{escape_html(title)}">{escape_html(title)}</a></h3>
      <div class="td-editor-date"><span class="td-author-date">{_td_date(when)}</span></div>
    </div>
  </div>
</div>"""


def _td_mega(name: str, posts: list[tuple[str, str]]) -> str:
    """A mega-menu entry: the category link and, in its drop-down, its latest posts."""
    modules = "".join(
        f'<div class="td-mega-span"><div class="td_module_mega_menu td-animation-stack td_mod_mega_menu"><div class="td-module-image"><div class="td-module-thumb"><a href="{_TD_HOST}{p}" rel="bookmark" class="td-image-wrap " title="{escape_html(t)}"><img class="entry-thumb" src="{_TD_HOST}/wp-content/uploads/2025/04/{image_slug(p)[:40]}-218x150.jpg" alt="" title="{escape_html(t)}" width="218" height="150"></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{_TD_HOST}{p}" rel="bookmark" title="{escape_html(t)}">{escape_html(t)}</a></h3></div></div></div>'
        for p, t in posts
    )
    cat = name.lower().replace(" ", "-")
    return f"""
<li class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-mega-menu"><a href="{_TD_HOST}/category/{cat}/">{escape_html(name)}</a>
  <ul class="sub-menu"><li class="menu-item-0"><div class="td-container-border"><div class="td-mega-grid"><div class="td_block_wrap td_block_mega_menu tdi_{len(cat)}_rand td-no-subcats td_with_ajax_pagination td-pb-border-top td_block_template_1"><div id="tdi_{len(cat)}_mega" class="td_block_inner"><div class="td-mega-row">{modules}</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div></div></div></li></ul>
</li>"""


def build_newspaper_theme_category() -> Layout:
    """A category page of the "Newspaper" blog theme: a big grid of the four latest posts
    (``td_module_flex_4``, meta over the picture), then the loop of ``td_module_flex_1``
    modules (``h3.entry-title.td-module-title > a``, ``div.td-editor-date`` with
    ``time.entry-date[datetime]`` shown as "April 8, 2025", ``div.td-excerpt`` cut at 25
    words, comment counts); a mega menu whose drop-downs hold other categories' posts in
    ``td_module_mega_menu`` modules, a "Trending Now" header ticker, a "Popular Posts" block
    and footer "Editor Picks" in the very same flex module markup, ad spots, ``page-nav``."""
    page_url = f"{_TD_HOST}/category/pakistan/"
    mega = "".join(_td_mega(name, posts) for name, posts in _TD_MEGA.items())
    plain_menu = nav_links(
        [
            ("Home", f"{_TD_HOST}/"),
            ("Pakistan", f"{_TD_HOST}/category/pakistan/"),
            ("Opinion", f"{_TD_HOST}/category/opinion/"),
            ("Sports", f"{_TD_HOST}/category/sports/"),
            ("Entertainment", f"{_TD_HOST}/category/entertainment/"),
            ("E-Paper", "https://epaper.induscourier.example/"),
        ],
        "menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu",
    )
    trending = "".join(
        f'<div class="td_module_trending_now td-trending-now-post-{n}{" td_module_wrap" if n else ""}"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{_TD_HOST}{p}" rel="bookmark" title="{escape_html(t)}">{escape_html(t)}</a></h3></div></div>'
        for n, (p, t, _) in enumerate(_TD_POPULAR[:3])
    )
    grid = "".join(_td_grid_post(n, s) for n, s in enumerate(_TD_GRID))
    loop = "".join(_td_loop_post(s, comments=(n * 3) % 7) for n, s in enumerate(_TD_LOOP))
    popular = "".join(_td_small_post(_TD_HOST + p, t, w) for p, t, w in _TD_POPULAR)
    picks = "".join(_td_small_post(_TD_HOST + p, t, w) for p, t, w in _TD_EDITOR_PICKS)
    ad = (
        '<div class="td-a-rec td-a-rec-id-{slot} tdi_{n} td_block_template_1"><span class="td-adspot-title">- Advertisement -</span>'
        '<div class="td-all-devices"><a href="https://adclick.g.doubleclick.example/aclk?sa=L&amp;ai=induscourier_{slot}&amp;adurl=https://www.jazzcash-offers.example/" target="_blank" rel="nofollow"><img src="{host}/wp-content/uploads/2025/03/banner-{slot}.jpg" alt=""></a></div></div>'
    )
    body = f"""
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative">
  <div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
    <div class="td-header-sp-top-menu"><div class="td_data_time"><div>Tuesday, April 8, 2025</div></div>
    <div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="{_TD_HOST}/about-us/">About Us</a></li><li class="menu-item"><a href="{_TD_HOST}/advertise/">Advertise</a></li><li class="menu-item"><a href="{_TD_HOST}/contact/">Contact</a></li></ul></div></div>
    <div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.example/induscourier" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://x.example/induscourier" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div>
  </div></div>
  <div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient">
    <div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">
      <div class="td-main-menu-logo td-logo-in-menu"><a class="td-main-logo" href="{_TD_HOST}/"><img src="{_TD_HOST}/wp-content/uploads/2024/01/logo.png" alt="The Indus Courier"><span class="td-visual-hidden">The Indus Courier</span></a></div>
      <div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu">
{plain_menu}
{mega}
      </ul></div>
    </div></div>
  </div></div>
  <div class="td-container"><div class="td-trending-now-wrapper" id="tdi_2" data-start=""><div class="td-trending-now-title">Trending Now</div><div class="td-trending-now-display-area">{trending}</div><div class="td-next-prev-wrap"><a href="#" class="td-scroll-prev"><i class="td-icon-left"></i></a><a href="#" class="td-scroll-next"><i class="td-icon-right"></i></a></div></div></div>
</div>
{ad.format(slot="header", n=3, host=_TD_HOST)}
<div class="td-category-header td-container-wrap"><div class="td-container">
  <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{_TD_HOST}/">Home</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">Pakistan</span></div></div>
  <h1 class="entry-title td-page-title">Pakistan</h1>
  <div class="td-category-siblings"><ul class="td-category"><li class="entry-category"><a class="td-current-sub-category" href="{page_url}">All</a></li><li class="entry-category"><a href="{_TD_HOST}/category/pakistan/karachi/">Karachi</a></li><li class="entry-category"><a href="{_TD_HOST}/category/pakistan/lahore/">Lahore</a></li><li class="entry-category"><a href="{_TD_HOST}/category/pakistan/islamabad/">Islamabad</a></li><li class="entry-category"><a href="{_TD_HOST}/category/pakistan/peshawar/">Peshawar</a></li></ul></div>
</div></div>
<div class="td-category-grid td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
  <div class="td_block_wrap td_block_big_grid_flex td_block_big_grid_flex_1 tdi_4 td-grid-style-1 td-hover-1 td-big-grids-flex td-pb-border-top td_block_template_1" data-td-block-uid="tdi_4"><div id="tdi_4" class="td_block_inner"><div class="td-big-grid-flex-wrapper">{grid}
  </div><div class="clearfix"></div></div></div>
</div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
  <div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
    <div class="td_block_wrap td_flex_block_1 tdi_5 td_with_ajax_pagination td-pb-border-top td_block_template_1 td_flex_block" data-td-block-uid="tdi_5">
      <div id="tdi_5" class="td_block_inner td-mc1-wrap">{loop}
      </div>
    </div>
    <div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="{page_url}page/2/" class="page" title="2">2</a><a href="{page_url}page/3/" class="page" title="3">3</a><span class="extend">...</span><a href="{page_url}page/412/" class="last" title="412">412</a><a href="{page_url}page/2/" aria-label="next-page"><i class="td-icon-menu-right"></i></a><span class="pages">Page 1 of 412</span><div class="clearfix"></div></div>
  </div></div>
  <div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar">
    {ad.format(slot="sidebar", n=6, host=_TD_HOST)}
    <div class="td_block_wrap td_block_social_counter tdi_7 td-social-style2 td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Stay Connected</span></h4></div><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp td-sp-facebook"></div><span class="td_social_info td_social_info_counter">1,284,551</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.example/induscourier" target="_blank">Like</a></span></div></div></div></div>
    <div class="td_block_wrap td_flex_block_1 tdi_8 td_block_widget td-pb-border-top td_block_template_1 td_flex_block" data-td-block-uid="tdi_8"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Popular Posts</span></h4></div><div id="tdi_8" class="td_block_inner td-mc1-wrap">{popular}
    </div></div>
  </div></div>
</div></div></div>
<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
  <div class="td-pb-span4"><div class="td_block_wrap td_flex_block_1 tdi_9 td_block_template_2 td_flex_block"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Editor Picks</span></h4></div><div id="tdi_9" class="td_block_inner td-mc1-wrap">{picks}
  </div></div></div>
  <div class="td-pb-span4"><div class="td_block_wrap td_block_popular_categories widget widget_categories"><h4 class="block-title"><span>Popular Category</span></h4><ul class="td-pb-padding-side"><li><a href="{_TD_HOST}/category/pakistan/"><span class="td-cat-name">Pakistan</span><span class="td-cat-no">8214</span></a></li><li><a href="{_TD_HOST}/category/world/"><span class="td-cat-name">World</span><span class="td-cat-no">5120</span></a></li><li><a href="{_TD_HOST}/category/business/"><span class="td-cat-name">Business</span><span class="td-cat-no">3388</span></a></li></ul></div></div>
  <div class="td-pb-span4"><aside class="footer-text-wrap"><div class="block-title"><span>About Us</span></div>The Indus Courier is an independent daily published from Karachi since 1998.<div class="footer-email-wrap">Contact us: <a href="mailto:news@induscourier.example">news@induscourier.example</a></div></aside></div>
</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
  <div class="td-pb-span td-sub-footer-menu"><ul id="menu-footer" class="td-subfooter-menu">
{nav_links([("About Us", f"{_TD_HOST}/about-us/"), ("Advertise", f"{_TD_HOST}/advertise/"), ("Privacy Policy", f"{_TD_HOST}/privacy-policy/"), ("Terms & Conditions", f"{_TD_HOST}/terms/"), ("Contact", f"{_TD_HOST}/contact/")], "menu-item")}
  </ul></div>
  <div class="td-pb-span td-sub-footer-copy">&copy; Copyright 2025 - The Indus Courier. All rights reserved.</div>
</div></div></div></div>
</div>"""
    head = (
        f'<link rel="canonical" href="{page_url}">\n'
        f'<link rel="next" href="{page_url}page/2/">\n'
        f'<link rel="alternate" type="application/rss+xml" title="The Indus Courier &raquo; Pakistan Category Feed" href="{page_url}feed/">'
    )
    items = [gold_item(page_url, _TD_HOST + s.path, s) for s in _TD_GRID] + [
        gold_item(
            page_url,
            _TD_HOST + s.path,
            s,
            summary=_td_excerpt(s.lead) if s.lead else None,
        )
        for s in _TD_LOOP
    ]
    return Layout(
        name="en-newspaper-theme-category",
        family="'Newspaper' blog theme category: big grid + td_module_flex_1 > td-module-container > td-module-meta-info > h3.entry-title.td-module-title > a, time.entry-date[datetime] 'April 8, 2025', td-excerpt; mega menu, popular posts and editor picks in the same module markup",
        body=english_document("Pakistan Archives - The Indus Courier", head, body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Karachi",
    )


# --------------------------------------------------------------------------------------------
# 2. A "JNews" theme category page (article.jeg_post, "2 hours ago" date links, hero block)
# --------------------------------------------------------------------------------------------

_JN_HOST = "https://www.klobserver.example"
_JN_NOW = NOW.astimezone(MYT)
_JN_HERO = [
    Story.at("/nation/2025/04/08/flash-floods-hit-klang-valley-after-evening-downpour/",
             "Flash floods hit parts of Klang Valley after two-hour evening downpour",
             None, ago(_JN_NOW, hours=2), "Nation"),
    Story.at("/nation/2025/04/08/penang-lrt-project-land-acquisition-begins/",
             "Penang LRT: land acquisition for Bayan Lepas line begins next month",
             None, ago(_JN_NOW, hours=4), "Nation"),
    Story.at("/nation/2025/04/08/sabah-water-rationing-kota-kinabalu/",
             "Water rationing extended in Kota Kinabalu as dam levels stay low",
             None, ago(_JN_NOW, hours=5), "Sabah"),
]  # fmt: skip
_JN_LIST = [
    Story.at("/nation/2025/04/08/ministry-to-review-school-bus-fares/",
             "Ministry to review school bus fares after complaints from parents",
             "Operators say diesel and insurance costs have risen sharply, while parents' groups want a cap on any increase before the new term starts.",
             ago(_JN_NOW, minutes=35), "Education"),
    Story.at("/nation/2025/04/08/johor-rts-link-testing-phase/",
             "Johor Bahru-Singapore RTS Link enters testing phase",
             "Trains will run empty on the 4km line for six months before the system opens to the public at the end of next year.",
             ago(_JN_NOW, hours=1), "Johor"),
    Story.at("/nation/2025/04/08/dengue-cases-down-selangor-first-quarter/",
             "Dengue cases in Selangor down 38% in first quarter, says state exco",
             "Fogging alone is not enough, the state health committee chairman said, urging residents to clear stagnant water around their homes.",
             ago(_JN_NOW, hours=3), "Health"),
    Story.at("/nation/2025/04/08/kl-city-hall-street-parking-app/",
             "KL City Hall to switch all street parking payments to a single app",
             "Coupons will be phased out by July, and motorists using the old apps have been asked to move their balances before June 30.",
             ago(_JN_NOW, hours=6), "Kuala Lumpur"),
    Story.at("/nation/2025/04/08/sarawak-rural-clinics-solar-power/",
             "Sarawak to fit 120 rural clinics with solar power and battery storage",
             "The state utility said the clinics, many of which rely on diesel generators, would be switched over in three phases.",
             ago(_JN_NOW, hours=9), "Sarawak"),
    Story.at("/nation/2025/04/07/bukit-kiara-park-trail-closure/",
             "Bukit Kiara trails to close for three weeks for slope repairs",
             "Cyclists and hikers have been told to use the lower loop while contractors shore up two sections damaged in last month's storms.",
             ago(_JN_NOW, hours=13), "Kuala Lumpur"),
    Story.at("/nation/2025/04/07/melaka-river-cruise-night-service/",
             "Melaka River Cruise adds late-night service for the holiday season",
             "Boats will run until midnight on weekends from April 11, with a reduced fare for the last departures.",
             ago(_JN_NOW, hours=20), "Melaka"),
    Story.at("/nation/2025/04/07/perak-durian-harvest-forecast/",
             "Perak growers expect bumper durian harvest after dry spell ends",
             "Orchard owners in Bentong and Raub say flowering has been the heaviest in five years.",
             datetime(2025, 4, 7, 9, 15, tzinfo=MYT), "Perak"),
    Story.at("/nation/2025/04/06/kedah-paddy-farmers-subsidy-payment/",
             "Kedah paddy farmers to receive delayed subsidy payments this week",
             "The state agriculture department blamed a verification backlog for the two-month delay.",
             datetime(2025, 4, 6, 16, 40, tzinfo=MYT), "Kedah"),
    Story.at("/nation/2025/04/06/terengganu-turtle-hatchery-volunteers/",
             "Terengganu turtle hatchery calls for volunteers ahead of nesting season",
             "Rantau Abang's hatchery needs 60 helpers for night patrols between May and August.",
             datetime(2025, 4, 6, 11, 5, tzinfo=MYT), "Terengganu"),
    Story.at("/nation/2025/04/05/pahang-highway-landslide-reopened/",
             "Karak Highway stretch reopened after landslide clean-up",
             None, datetime(2025, 4, 5, 20, 30, tzinfo=MYT), "Pahang"),
    Story.at("/nation/2025/04/05/national-library-extends-opening-hours/",
             "National Library extends opening hours during exam season",
             "Reading rooms will stay open until 10pm on weekdays for students sitting the SPM retakes.",
             datetime(2025, 4, 5, 10, 0, tzinfo=MYT), "Education"),
]  # fmt: skip
_JN_TRENDING = [
    ("/nation/2025/04/08/johor-rts-link-testing-phase/", "Johor Bahru-Singapore RTS Link enters testing phase", "1 hour ago"),
    ("/business/2025/04/08/ringgit-opens-higher-against-us-dollar/", "Ringgit opens higher against US dollar", "3 hours ago"),
    ("/nation/2025/04/08/flash-floods-hit-klang-valley-after-evening-downpour/", "Flash floods hit parts of Klang Valley after two-hour evening downpour", "2 hours ago"),
    ("/lifestyle/2025/04/07/best-nasi-lemak-spots-in-petaling-jaya/", "10 best nasi lemak spots in Petaling Jaya, according to readers", "18 hours ago"),
    ("/sports/2025/04/07/harimau-malaya-squad-named-for-asian-cup-qualifier/", "Harimau Malaya squad named for Asian Cup qualifier", "21 hours ago"),
]  # fmt: skip
_JN_BREAKING = [
    ("/nation/2025/04/08/flash-floods-hit-klang-valley-after-evening-downpour/", "Flash floods hit parts of Klang Valley after two-hour evening downpour"),
    ("/business/2025/04/08/ringgit-opens-higher-against-us-dollar/", "Ringgit opens higher against US dollar"),
    ("/world/2025/04/08/asean-ministers-meet-on-myanmar-quake-aid/", "Asean ministers meet on Myanmar quake aid"),
]  # fmt: skip


def _jn_when(when: datetime) -> str:
    """'35 minutes ago' / '2 hours ago' within a day, else the date ('April 6, 2025')."""
    minutes = int((_JN_NOW - when).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} minutes ago"
    if minutes < 24 * 60:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours > 1 else ''} ago"
    return _long_date(when)


def _jn_recent(when: datetime | None) -> bool:
    return when is not None and (_JN_NOW - when) < timedelta(days=1)


def _jn_thumb(href: str, size: str) -> str:
    slug = image_slug(href)[:36]
    return f'<div class="jeg_thumb"><a href="{href}"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="{_JN_HOST}/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-{size} size-jnews-{size} lazyload wp-post-image" alt="" decoding="async" data-src="{_JN_HOST}/wp-content/uploads/2025/04/{slug}-{size}.jpg" data-sizes="auto"></div></a></div>'


def _jn_hero(n: int, story: Story) -> str:
    href = _JN_HOST + story.path
    assert story.when is not None
    cat = story.label.lower().replace(" ", "-")
    return f"""
<article class="jeg_post jeg_hero_item_{n + 1} format-standard" style="padding: 0 0 2px 2px;"><div class="jeg_block_container">
  <span class="jeg_postformat_icon"></span>
  <div class="jeg_thumb"><a href="{href}"><div class="thumbnail-container thumbnail-background"><div class="lazyloaded" data-src="{_JN_HOST}/wp-content/uploads/2025/04/{image_slug(href)[:36]}-750x536.jpg" style="background-image: url({_JN_HOST}/wp-content/uploads/2025/04/{image_slug(href)[:36]}-750x536.jpg)"></div></div></a></div>
  <div class="jeg_postinfo"><div class="jeg_postinfo_wrapper">
    <div class="jeg_post_category"><span><a href="{_JN_HOST}/category/{cat}/" class="category-{cat}">{escape_html(story.label)}</a></span></div>
    <div class="jeg_post_info"><h2 class="jeg_post_title"><a href="{href}">{escape_html(story.title)}</a></h2>
    <div class="jeg_post_meta"><div class="jeg_meta_date"><i class="fa fa-clock-o"></i> <a href="{href}">{_jn_when(story.when)}</a></div></div></div>
  </div></div>
</div></article>"""


def _jn_post(story: Story, author: str, comments: int) -> str:
    """An ``article.jeg_post.jeg_pl_md_2``: thumbnail with a category badge, then
    ``h3.jeg_post_title > a``, author, the date link, comments, excerpt and "Read more"."""
    href = _JN_HOST + story.path
    assert story.when is not None
    cat = story.label.lower().replace(" ", "-")
    excerpt = f"<p>{escape_html(story.lead)}</p>" if story.lead else ""
    return f"""
<article class="jeg_post jeg_pl_md_2 format-standard">
  {_jn_thumb(href, "350x250")}
  <div class="jeg_postblock_content">
    <div class="jeg_post_category"><span><a href="{_JN_HOST}/category/{cat}/" class="category-{cat}">{escape_html(story.label)}</a></span></div>
    <h3 class="jeg_post_title"><a href="{href}">{escape_html(story.title)}</a></h3>
    <div class="jeg_post_meta">
      <div class="jeg_meta_author"><span class="by">by</span> <a href="{_JN_HOST}/author/{author.lower().replace(" ", "-")}/">{escape_html(author)}</a></div>
      <div class="jeg_meta_date"><a href="{href}"><i class="fa fa-clock-o"></i> {_jn_when(story.when)}</a></div>
      <div class="jeg_meta_comment"><a href="{href}#comments"><i class="fa fa-comment-o"></i> {comments}</a></div>
    </div>
    <div class="jeg_post_excerpt">{excerpt}<a href="{href}" class="jeg_readmore">Read more</a></div>
  </div>
</article>"""


def build_jnews_theme_category() -> Layout:
    """A category page of the "JNews" blog theme: a hero block of three posts
    (``article.jeg_hero_item_N``, ``h2.jeg_post_title``), then ``article.jeg_post.jeg_pl_md_2``
    rows (``h3.jeg_post_title > a``, ``div.jeg_meta_date > a`` linking the post again with
    "2 hours ago" within a day and the date after, ``div.jeg_post_excerpt > p`` +
    ``a.jeg_readmore``); an in-list ad, a "Trending" header ticker, a "Trending" sidebar
    widget of ``jeg_pl_sm`` cards with the same date links, ``jeg_navigation`` pagination."""
    page_url = f"{_JN_HOST}/category/nation/"
    authors = ["Farah Aziz", "Daniel Lim", "Priya Menon", "Hakim Yusof"]
    menu = nav_links(
        [
            ("Home", f"{_JN_HOST}/"),
            ("Nation", f"{_JN_HOST}/category/nation/"),
            ("Business", f"{_JN_HOST}/category/business/"),
            ("World", f"{_JN_HOST}/category/world/"),
            ("Sports", f"{_JN_HOST}/category/sports/"),
            ("Lifestyle", f"{_JN_HOST}/category/lifestyle/"),
            ("Opinion", f"{_JN_HOST}/category/opinion/"),
        ],
        "menu-item menu-item-type-taxonomy menu-item-object-category bgnav",
    )
    hero = "".join(_jn_hero(n, s) for n, s in enumerate(_JN_HERO))
    posts = [_jn_post(s, authors[n % len(authors)], (n * 5) % 9) for n, s in enumerate(_JN_LIST)]
    posts.insert(
        5,
        f"""
<div class="jeg_ad jeg_ad_article jnews_archive_content_ads"><div class="ads-wrapper"><div class="ads_code"><span class="ads-text">ADVERTISEMENT</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=6071142&amp;iu=/21812/klobserver_archive_inline" target="_blank" rel="nofollow noopener"><img src="{_JN_HOST}/wp-content/uploads/ads/archive-inline-728x90.jpg" alt="" width="728" height="90"></a></div></div></div>""",
    )
    trending = "".join(
        f"""
<article class="jeg_post jeg_pl_sm format-standard">{_jn_thumb(_JN_HOST + p, "120x86")}<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{_JN_HOST}{p}">{escape_html(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{_JN_HOST}{p}"><i class="fa fa-clock-o"></i> {shown}</a></div></div></div></article>"""
        for p, t, shown in _JN_TRENDING
    )
    breaking = "".join(
        f'<div class="jeg_news_ticker_item jeg_news_ticker_animated format-standard"><span><a href="{_JN_HOST}{p}">{escape_html(t)}</a></span><span class="post-date">April 8, 2025</span></div>'
        for p, t in _JN_BREAKING
    )
    body = f"""
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"><a href="https://pubads.g.doubleclick.example/gampad/clk?id=6070019&amp;iu=/21812/klobserver_top" target="_blank" rel="nofollow noopener" class="adlink ads_image"><img src="{_JN_HOST}/wp-content/uploads/ads/top-970x90.jpg" alt="Advertisement" width="970" height="90"></a></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header normal">
  <div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_row">
    <div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_nav_breaking">
      <div class="jeg_breakingnews clearfix"><div class="jeg_breakingnews_title"><i class="fa fa-bolt"></i>&nbsp;<span>Trending</span></div>
      <div class="jeg_news_ticker"><div class="jeg_news_ticker_items">{breaking}</div><div class="jeg_news_ticker_control"><div class="jeg_news_ticker_next jeg_news_ticker_arrow"><span>Next</span></div><div class="jeg_news_ticker_prev jeg_news_ticker_arrow"><span>Prev</span></div></div></div></div>
    </div></div></div>
    <div class="jeg_nav_col jeg_nav_right"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_top_date">Tuesday, April 8, 2025</div><div class="jeg_nav_item jeg_nav_account"><a href="#jeg_loginform" class="jeg_popuplink"><i class="fa fa-lock"></i> Sign in / Join</a></div></div></div>
  </div></div></div>
  <div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{_JN_HOST}/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="{_JN_HOST}/wp-content/uploads/2024/05/logo.png" alt="The KL Observer"></a></h1></div></div></div></div></div>
  <div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">
{menu}
  </ul></div></div></div><div class="jeg_nav_col jeg_nav_right"><div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a><form action="{_JN_HOST}/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="Search..." type="text" value="" autocomplete="off"><button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div></div></div></div>
</div></div>
<div class="jeg_main">
<div class="jeg_container">
<div class="jeg_content">
  <div class="jnews_category_header_top"><div class="jeg_cat_header jeg_cat_header_1"><div class="container"><div class="jeg_breadcrumbs jeg_breadcrumb_category jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{_JN_HOST}">Home</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{page_url}">Nation</a></span></div></div><h1 class="jeg_cat_title">Nation</h1><h2 class="jeg_cat_subtitle">News from every state in Malaysia</h2></div></div></div>
  <div class="jnews_category_hero_container"><div class="jeg_heroblock jeg_heroblock_1 jeg_col_3o3 jeg_hero_style_1" data-margin="2" style="margin: 0px 0px -2px -2px;"><div class="jeg_hero_wrapper"><div class="jeg_heroblock_wrapper" style="height: 450px">{hero}
  </div></div></div></div>
  <div class="jeg_section"><div class="container"><div class="jeg_cat_content row">
    <div class="jeg_main_content jeg_column col-sm-8"><div class="jeg_inner_content">
      <div class="jnews_category_content_wrapper"><div class="jeg_postblock_3 jeg_postblock jeg_module_hook jeg_pagination_nav_1 jeg_col_2o3 jnews_module_1402_0_67f4c9a1 normal"><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{"".join(posts)}
      </div></div></div></div>
      <div class="jnews_category_pagination_wrapper"><div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter no_navtext no_pageinfo">
        <span class="page_info">Page 1 of 268</span>
        <span class="page_number active">1</span>
        <a class="page_number" data-id="2" href="{page_url}page/2/">2</a>
        <a class="page_number" data-id="3" href="{page_url}page/3/">3</a>
        <span class="page_number dots">…</span>
        <a class="page_number" data-id="268" href="{page_url}page/268/">268</a>
        <a class="page_nav next" data-id="2" href="{page_url}page/2/"><span class="navtext">Next</span></a>
      </div></div>
    </div></div>
    <div class="jeg_sidebar jeg_sticky_sidebar col-sm-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">
      <div class="widget widget_jnews_social_counter" id="jnews_social_counter-2"><div class="jeg_social_counter col1 light"><div class="jeg_social_counter_wrap"><a href="https://www.facebook.example/klobserver" class="jeg_facebook" target="_blank"><i class="fa fa-facebook"></i><span>412K</span><em>Likes</em></a><a href="https://x.example/klobserver" class="jeg_twitter" target="_blank"><i class="fa fa-twitter"></i><span>88K</span><em>Followers</em></a></div></div></div>
      <div class="widget widget_jnews_module_block_22" id="jnews_module_block_22-2"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_trending jeg_pagination_disable jeg_col_1o3 normal"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span><i class="fa fa-bolt"></i> Trending</span></h3></div><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{trending}
      </div></div></div></div>
      <div class="widget widget_jnews_module_element_ads" id="jnews_module_element_ads-3"><div class="jeg_ad jeg_ad_module"><div class="ads-wrapper"><div class="ads-text">- Advertisement -</div><a href="https://pubads.g.doubleclick.example/gampad/clk?id=6071900&amp;iu=/21812/klobserver_sidebar" target="_blank" rel="nofollow noopener" class="adlink ads_image"><img src="{_JN_HOST}/wp-content/uploads/ads/sidebar-300x600.jpg" alt="" width="300" height="600"></a></div></div></div>
    </div></div></div>
  </div></div></div>
</div>
</div>
</div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row">
  <div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about"><div class="jeg_about"><a class="footer_logo" href="{_JN_HOST}/"><img src="{_JN_HOST}/wp-content/uploads/2024/05/logo-white.png" alt="The KL Observer"></a><p>Independent news from Malaysia, since 2009.</p></div></div></div>
  <div class="col-md-4 footer_column"><div class="footer_widget widget_nav_menu"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_footer_title"><span>Sections</span></h3></div><ul class="menu">
{nav_links([("Nation", f"{_JN_HOST}/category/nation/"), ("Business", f"{_JN_HOST}/category/business/"), ("World", f"{_JN_HOST}/category/world/"), ("Sports", f"{_JN_HOST}/category/sports/")], "menu-item")}
  </ul></div></div></div>
</div></div></div>
<div class="jeg_footer_secondary clearfix"><div class="container"><div class="footer_right"><ul class="jeg_menu_footer">
{nav_links([("About", f"{_JN_HOST}/about/"), ("Advertise", f"{_JN_HOST}/advertise/"), ("Privacy &amp; Policy", f"{_JN_HOST}/privacy-policy/"), ("Contact", f"{_JN_HOST}/contact/")], "menu-item")}
</ul></div><p class="copyright">&copy; 2025 The KL Observer Sdn Bhd. All rights reserved.</p></div></div>
</div></div></div>
</div>"""
    items = [gold_item(page_url, _JN_HOST + s.path, s) for s in _JN_HERO] + [
        gold_item(page_url, _JN_HOST + s.path, s, timed=_jn_recent(s.when)) for s in _JN_LIST
    ]
    return Layout(
        name="en-jnews-theme-category",
        family="'JNews' blog theme category: hero block + article.jeg_post.jeg_pl_md_2 > div.jeg_postblock_content > h3.jeg_post_title > a, div.jeg_meta_date > a '2 hours ago' (the post again) or 'April 6, 2025', div.jeg_post_excerpt > p + a.jeg_readmore, jeg_trending widget of the same cards",
        body=english_document("Nation Archives - The KL Observer", "", body, lang="en-US"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Kuala_Lumpur",
    )


# --------------------------------------------------------------------------------------------
# 3. A West African news portal (Latest News marquee, div.news-item, "April 8, 2025 | 2:05 pm")
# --------------------------------------------------------------------------------------------

_NG_HOST = "https://lagosledger.example"
_NG_FEATURED = [
    Story.at("/tinubu-signs-minimum-wage-review-bill-into-law/",
             "Tinubu signs minimum wage review bill into law, sets three-year cycle",
             "The new law requires the national minimum wage to be reviewed at least once every three years, a key demand of organised labour.",
             _at(WAT, 8, 6, 41), "Politics"),
    Story.at("/naira-firms-at-n1540-as-cbn-sells-dollars-to-bdcs/",
             "Naira firms at N1,540/$ as CBN sells dollars to BDCs",
             None, _at(WAT, 8, 5, 12), "Business"),
    Story.at("/lagos-begins-demolition-of-illegal-structures-on-drainage-channels/",
             "Lagos begins demolition of illegal structures on drainage channels",
             None, _at(WAT, 8, 0, 25), "Metro"),
    Story.at("/super-eagles-coach-names-provisional-squad-for-world-cup-qualifiers/",
             "Super Eagles coach names 39-man provisional squad for World Cup qualifiers",
             None, _at(WAT, 7, 22, 58), "Sports"),
]  # fmt: skip
_NG_LIST = [
    Story.at("/senate-passes-bill-establishing-federal-university-of-agriculture-in-kebbi/",
             "Senate passes bill establishing Federal University of Agriculture in Kebbi",
             "The bill, sponsored by the senator representing Kebbi South, scaled third reading after a clause-by-clause consideration by the committee of the whole.",
             _at(WAT, 7, 21, 30), "Politics"),
    Story.at("/fuel-scarcity-returns-to-abuja-as-queues-resurface/",
             "Fuel scarcity returns to Abuja as queues resurface at filling stations",
             "Motorists spent hours at stations along the Airport Road as marketers blamed supply disruptions from depots in Lagos.",
             _at(WAT, 7, 20, 5), "News"),
    Story.at("/efcc-arraigns-former-bank-md-over-n12bn-fraud/",
             "EFCC arraigns former bank MD over alleged N12bn fraud",
             "The defendant pleaded not guilty to the 17-count charge and was remanded pending the hearing of his bail application.",
             _at(WAT, 7, 18, 47), "News"),
    Story.at("/kano-govt-shuts-schools-over-meningitis-outbreak/",
             "Kano govt shuts 12 schools over meningitis outbreak",
             "The state commissioner for health said 34 cases had been confirmed across four local government areas in two weeks.",
             _at(WAT, 7, 17, 15), "Health"),
    Story.at("/dangote-refinery-cuts-petrol-gantry-price-again/",
             "Dangote refinery cuts petrol gantry price again",
             "Marketers said the reduction of N25 per litre should reach pump prices in Lagos and Ogun within two days.",
             _at(WAT, 7, 16, 2), "Business"),
    Story.at("/rivers-assembly-crisis-court-adjourns-till-may/",
             "Rivers Assembly crisis: court adjourns suit till May",
             "Counsel to the parties told the court that talks on an out-of-court settlement were still ongoing.",
             _at(WAT, 7, 14, 40), "Politics"),
    Story.at("/nafdac-warns-against-fake-malaria-drugs-in-circulation/",
             "NAFDAC warns against fake malaria drugs in circulation",
             "The agency said the counterfeit tablets, sold in at least five states, contained none of the active ingredient.",
             _at(WAT, 7, 13, 9), "Health"),
    Story.at("/jamb-releases-utme-mock-results/",
             "JAMB releases UTME mock examination results",
             "Candidates can check their scores by sending their registration numbers by text message to the board's short code.",
             _at(WAT, 7, 12, 20), "Education"),
    Story.at("/flooding-farmers-in-benue-count-losses/",
             "Early rains: farmers in Benue count losses as floods wash away seedlings",
             "Yam and rice farmers along the river banks said they would have to replant at least a third of their fields.",
             _at(WAT, 7, 11, 3), "News"),
    Story.at("/police-rescue-kidnapped-travellers-on-abuja-kaduna-road/",
             "Police rescue 11 kidnapped travellers on Abuja-Kaduna road",
             "The victims were freed in a forest near Katari after a gun duel with the abductors, the command spokesperson said.",
             _at(WAT, 7, 9, 48), "News"),
    Story.at("/nollywood-film-breaks-opening-weekend-record/",
             "Nollywood film breaks opening weekend box office record",
             "The comedy grossed N186m in its first three days, according to figures from cinema operators.",
             _at(WAT, 7, 8, 31), "Entertainment"),
    Story.at("/enugu-launches-free-wifi-at-major-parks/",
             "Enugu launches free Wi-Fi at major parks and markets",
             None, _at(WAT, 7, 7, 55), "Tech"),
    Story.at("/afcon-qualifier-falcons-hold-cameroon/",
             "Super Falcons hold Cameroon to goalless draw in Yaoundé",
             "The result leaves the tie finely balanced ahead of the return leg in Abuja on Friday.",
             _at(WAT, 6, 19, 10), "Sports"),
    Story.at("/ogun-approves-new-minimum-wage-for-local-council-workers/",
             "Ogun approves new minimum wage for local council workers",
             "The governor said the arrears would be paid along with the April salaries.",
             _at(WAT, 6, 15, 36), "Politics"),
]  # fmt: skip
_NG_MOST_READ = [
    ("/tinubu-signs-minimum-wage-review-bill-into-law/", "Minimum wage: Tinubu signs review bill into law"),
    ("/bbnaija-star-apologises-after-viral-video/", "BBNaija star apologises after viral video"),
    ("/fuel-scarcity-returns-to-abuja-as-queues-resurface/", "Fuel scarcity returns to Abuja"),
    ("/how-to-check-your-nin-status-online/", "How to check your NIN status online"),
    ("/court-sentences-pastor-to-life-imprisonment/", "Court sentences pastor to life imprisonment"),
]  # fmt: skip
_NG_TRENDING = [
    ("/naira-firms-at-n1540-as-cbn-sells-dollars-to-bdcs/", "Naira firms at N1,540/$"),
    ("/asuu-threatens-fresh-strike-over-agreement/", "ASUU threatens fresh strike over 2009 agreement"),
    ("/dangote-refinery-cuts-petrol-gantry-price-again/", "Dangote cuts petrol price again"),
    ("/jamb-releases-utme-mock-results/", "JAMB releases mock results: how to check"),
    ("/nigerian-student-wins-global-essay-prize/", "Nigerian student wins global essay prize"),
    ("/wike-fires-back-at-critics-over-fct-land-revocations/", "Wike fires back at critics over FCT land revocations"),
]  # fmt: skip
_NG_SPONSORED = [
    ("https://clck.mgid.example/ghits/19235511/i/57930284/0/pp/1/1?h=Rk1xWWU3&rid=8c4a", "Doctors Stunned: This Simple Trick Melts Belly Fat Overnight"),
    ("https://clck.mgid.example/ghits/19235512/i/57930284/0/pp/2/1?h=Rk1xWWU4&rid=8c4a", "Nigerians Are Earning $500 Weekly From Home With This Platform"),
    ("https://clck.mgid.example/ghits/19235513/i/57930284/0/pp/3/1?h=Rk1xWWU5&rid=8c4a", "See What This Nollywood Actress Looks Like Now"),
]  # fmt: skip


def _ng_when(when: datetime) -> str:
    """'April 8, 2025 | 2:05 pm' on the site's clock (West Africa Time, not printed)."""
    local = when.astimezone(WAT)
    return f"{_long_date(local)} | {clock12(local, lower=True)}"


def _ng_cat(label: str) -> str:
    return f"{_NG_HOST}/category/{label.lower()}/"


def _ng_item(story: Story, author: str) -> str:
    """A ``div.news-item``: thumbnail, category, ``h2.news-title > a``, the date and author
    line, the excerpt."""
    href = _NG_HOST + story.path
    assert story.when is not None
    excerpt = f'<p class="news-excerpt">{escape_html(story.lead)}</p>' if story.lead else ""
    return f"""
<div class="news-item clearfix">
  <div class="news-thumb"><a href="{href}"><img src="{_NG_HOST}/wp-content/uploads/2025/04/{image_slug(story.path)[:32]}-300x200.jpg" alt="{escape_html(story.title)}" width="300" height="200" loading="lazy"></a></div>
  <div class="news-content">
    <span class="news-category"><a href="{_ng_cat(story.label)}">{escape_html(story.label)}</a></span>
    <h2 class="news-title"><a href="{href}">{escape_html(story.title)}</a></h2>
    <div class="news-meta"><span class="news-date"><i class="fa fa-clock-o"></i> {_ng_when(story.when)}</span> <span class="news-author">By <a href="{_NG_HOST}/author/{author.lower().replace(" ", "-")}/">{escape_html(author)}</a></span></div>
    {excerpt}
  </div>
</div>"""


def build_west_african_portal() -> Layout:
    """A Nigerian news portal's "Latest News" page: a scrolling ``marquee`` of the latest
    headlines under a "Latest News" label, a featured block (one big story with a lead, three
    small ones), the main list of ``div.news-item`` rows dated "April 8, 2025 | 2:05 pm"
    (West Africa Time, no zone printed) with excerpts; a heavy right sidebar of numbered
    "Most Read" and "Trending" boxes that retitle main stories, banner ads, a "Sponsored"
    content-recommendation widget under the list, numbered pagination."""
    page_url = f"{_NG_HOST}/category/news/"
    authors = ["Chinedu Okafor", "Aisha Bello", "Tunde Adeyemi", "Ngozi Eze", "Ibrahim Musa"]
    menu = nav_links(
        [
            ("Home", f"{_NG_HOST}/"),
            ("News", f"{_NG_HOST}/category/news/"),
            ("Politics", f"{_NG_HOST}/category/politics/"),
            ("Business", f"{_NG_HOST}/category/business/"),
            ("Metro", f"{_NG_HOST}/category/metro/"),
            ("Sports", f"{_NG_HOST}/category/sports/"),
            ("Entertainment", f"{_NG_HOST}/category/entertainment/"),
            ("Opinion", f"{_NG_HOST}/category/opinion/"),
        ],
        "menu-item",
    )
    ticker = " &nbsp;&bull;&nbsp; ".join(
        f'<a href="{_NG_HOST}{s.path}">{escape_html(s.title)}</a>'
        for s in (*_NG_FEATURED, *_NG_LIST[:3])
    )
    big, *smalls = _NG_FEATURED
    assert big.when is not None
    small_html = "".join(
        f"""
      <div class="featured-small"><a href="{_NG_HOST}{s.path}"><img src="{_NG_HOST}/wp-content/uploads/2025/04/{image_slug(s.path)[:32]}-150x100.jpg" alt="" width="150" height="100"></a><div class="featured-small-text"><span class="news-category"><a href="{_ng_cat(s.label)}">{escape_html(s.label)}</a></span><h3><a href="{_NG_HOST}{s.path}">{escape_html(s.title)}</a></h3><span class="news-date">{_ng_when(s.when or NOW)}</span></div></div>"""
        for s in smalls
    )
    rows = [_ng_item(s, authors[n % len(authors)]) for n, s in enumerate(_NG_LIST)]
    rows.insert(
        6,
        f'\n<div class="inline-ad"><span class="ad-label">Advertisement</span><a href="https://ad.doubleclick.example/ddm/clk/5528110;bet-ng;lagosledger_inline" target="_blank" rel="nofollow sponsored"><img src="{_NG_HOST}/wp-content/uploads/ads/betking-728x90.gif" alt="Bet now" width="728" height="90"></a></div>',
    )
    most_read = link_list(
        [(_NG_HOST + p, t) for p, t in _NG_MOST_READ],
        '<li><span class="num">{rank}</span><a href="{href}">{title}</a></li>',
        sep="\n",
    )
    trending = link_list(
        [(_NG_HOST + p, t) for p, t in _NG_TRENDING],
        '<li class="trending-item"><span class="trending-num">#{rank}</span><div class="trending-text"><a href="{href}">{title}</a></div></li>',
        sep="\n",
    )
    sponsored = "\n".join(
        f'<div class="mgline"><div class="image-with-text"><a href="{escape_html(h)}" target="_blank" rel="nofollow"><img src="https://s-img.mgid.example/g/{n}/492x277/-/aHR0cHM6Ly9.jpg" alt=""></a></div><div class="mcdomain"><a href="{escape_html(h)}" target="_blank" rel="nofollow">dailytrends.example</a></div><div class="mcriteo"><a href="{escape_html(h)}" target="_blank" rel="nofollow">{escape_html(t)}</a></div></div>'
        for n, (h, t) in enumerate(_NG_SPONSORED)
    )
    body = f"""
<div class="top-bar"><div class="container"><span class="top-date">Tuesday, April 8, 2025</span>
  <ul class="top-links"><li><a href="{_NG_HOST}/advertise/">Advertise</a></li><li><a href="{_NG_HOST}/contact/">Contact</a></li><li><a href="https://epaper.lagosledger.example/">E-Paper</a></li></ul>
  <div class="social"><a href="https://www.facebook.example/lagosledger" target="_blank">Facebook</a> <a href="https://x.example/lagosledger" target="_blank">X</a> <a href="https://www.instagram.example/lagosledger" target="_blank">Instagram</a></div>
</div></div>
<header class="site-header"><div class="container">
  <div class="logo"><a href="{_NG_HOST}/"><img src="{_NG_HOST}/wp-content/themes/ledger/images/logo.png" alt="The Lagos Ledger"></a></div>
  <div class="header-ad"><a href="https://ad.doubleclick.example/ddm/clk/5528101;telco-ng;lagosledger_header" target="_blank" rel="nofollow sponsored"><img src="{_NG_HOST}/wp-content/uploads/ads/mtn-728x90.gif" alt="Advertisement" width="728" height="90"></a></div>
</div>
<nav class="main-nav"><div class="container"><ul class="menu">
{menu}
</ul></div></nav>
</header>
<div class="latest-news-ticker"><div class="container"><span class="ticker-label">Latest News</span>
  <marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{ticker}</marquee>
</div></div>
<div class="container main-container"><div class="row">
  <div class="col-md-8 main-column">
    <h1 class="category-title">Latest News</h1>
    <div class="featured-news">
      <div class="featured-big"><a href="{_NG_HOST}{big.path}"><img src="{_NG_HOST}/wp-content/uploads/2025/04/{image_slug(big.path)[:32]}-750x450.jpg" alt="{escape_html(big.title)}" width="750" height="450"></a>
        <div class="featured-caption"><span class="news-category"><a href="{_ng_cat(big.label)}">{escape_html(big.label)}</a></span><h2><a href="{_NG_HOST}{big.path}">{escape_html(big.title)}</a></h2><span class="news-date">{_ng_when(big.when)}</span><p>{escape_html(big.lead or "")}</p></div>
      </div>
      <div class="featured-list">{small_html}
      </div>
    </div>
    <div class="news-list">{"".join(rows)}
    </div>
    <div class="pagination"><span aria-current="page" class="page-numbers current">1</span> <a class="page-numbers" href="{page_url}page/2/">2</a> <a class="page-numbers" href="{page_url}page/3/">3</a> <span class="page-numbers dots">&hellip;</span> <a class="page-numbers" href="{page_url}page/1874/">1,874</a> <a class="next page-numbers" href="{page_url}page/2/">Next &raquo;</a></div>
    <div class="mgid-widget" id="M793421ScriptRootC1425113"><div class="mgid-header">Sponsored <span class="mgid-by">by <a href="https://www.mgid.example/" rel="nofollow">MGID</a></span></div>
{sponsored}
    </div>
  </div>
  <aside class="col-md-4 sidebar">
    <div class="widget ad-widget"><span class="ad-label">Advertisement</span><iframe src="https://tpc.googlesyndication.example/safeframe/1-0-40/html/container.html?n=0&amp;slot=lagosledger_rhs1" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
    <div class="widget most-read"><h3 class="widget-title">Most Read</h3><ol class="most-read-list">
{most_read}
    </ol></div>
    <div class="widget ad-widget"><span class="ad-label">Sponsored</span><a href="https://ad.doubleclick.example/ddm/clk/5528140;bank-ng;lagosledger_rhs2" target="_blank" rel="nofollow sponsored"><img src="{_NG_HOST}/wp-content/uploads/ads/bank-300x600.jpg" alt="" width="300" height="600"></a></div>
    <div class="widget trending"><h3 class="widget-title">Trending</h3><ul class="trending-list">
{trending}
    </ul></div>
    <div class="widget newsletter"><h3 class="widget-title">Get our newsletter</h3><form action="{_NG_HOST}/subscribe/" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form></div>
  </aside>
</div></div>
<footer class="site-footer"><div class="container">
  <ul class="footer-menu">
{nav_links([("About Us", f"{_NG_HOST}/about-us/"), ("Advertise With Us", f"{_NG_HOST}/advertise/"), ("Privacy Policy", f"{_NG_HOST}/privacy-policy/"), ("Terms of Use", f"{_NG_HOST}/terms/"), ("Contact Us", f"{_NG_HOST}/contact/"), ("Careers", f"{_NG_HOST}/careers/")])}
  </ul>
  <p class="copyright">&copy; 2025 Ledger Media Ltd. All rights reserved. No part of this site may be reproduced without permission.</p>
</div></footer>"""
    items = [gold_item(page_url, _NG_HOST + s.path, s) for s in (*_NG_FEATURED, *_NG_LIST)]
    return Layout(
        name="en-west-african-portal",
        family="Nigerian news portal: 'Latest News' marquee of the same headlines, featured block, div.news-item > div.news-content > h2.news-title > a + 'April 8, 2025 | 2:05 pm' (WAT, no zone) + p.news-excerpt, numbered Most Read / #Trending sidebar, MGID 'Sponsored' widget",
        body=english_document("Latest News - The Lagos Ledger", "", body, lang="en-NG"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Africa/Lagos",
    )


# --------------------------------------------------------------------------------------------
# 4. A regional paper's legacy table layout (<font>, items separated only by <br>)
# --------------------------------------------------------------------------------------------

_LG_HOST = "http://www.prairieherald.example"
_LG_TOP = Story.at(
    "/news/local/story.asp?id=48213&sec=local",
    "County board approves $4.2 million jail expansion after heated debate",
    "After nearly three hours of public comment, the Harlan County Board voted 5-2 Monday night to add 64 beds to the county jail, ending a two-year fight over how to ease overcrowding…",
    datetime(2025, 4, 7, tzinfo=CDT),
    "Local",
)
_LG_LIST = [
    Story.at("/news/local/story.asp?id=48209&sec=local",
             "Grain elevator fire forces evacuation of six homes near Millport",
             "Fire crews from four departments spent most of Sunday night battling a blaze at the Millport Co-op elevator…",
             datetime(2025, 4, 7, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48207&sec=local",
             "School district weighs four-day week to save on busing costs",
             "Superintendent Dale Hendricks told the board a shorter week could save as much as $310,000 a year, most of it in fuel and drivers’ wages…",
             datetime(2025, 4, 7, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48201&sec=local",
             "Wind farm opponents pack township hall for zoning hearing",
             "More than 200 people crowded into the Cedar Township hall Saturday as the zoning commission took up a request to build 38 turbines…",
             datetime(2025, 4, 6, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48198&sec=local",
             "Library’s summer reading program moves to the old depot",
             "The program will use the restored railroad depot on Front Street while the main library’s roof is replaced…",
             datetime(2025, 4, 6, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48194&sec=local",
             "Sheriff’s deputies seize 40 pounds of marijuana in I-35 traffic stop",
             "A Texas man was being held Saturday on a $250,000 bond after deputies found the drugs in a rented minivan…",
             datetime(2025, 4, 5, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48190&sec=local",
             "Spring flooding closes county roads 14 and 22",
             "County engineer Marla Voss said both roads would stay closed until the Cedar River drops below flood stage…",
             datetime(2025, 4, 5, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48186&sec=local",
             "Hospital auxiliary marks 75 years with open house",
             "Members past and present will gather Thursday at Harlan Memorial to celebrate the group’s anniversary…",
             datetime(2025, 4, 4, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48181&sec=local",
             "City council delays vote on water rate increase",
             "Council members asked for a second rate study before deciding on the proposed 18 percent increase…",
             datetime(2025, 4, 4, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48177&sec=local",
             "Former mayor Ray Olsen dies at 88",
             "Olsen led the city through the flood of 1993 and served three terms before retiring to his farm north of town…",
             datetime(2025, 4, 3, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48172&sec=local",
             "4-H members prepare for county fair livestock shows",
             "About 120 young exhibitors have signed up to show cattle, hogs and sheep at this summer’s fair…",
             datetime(2025, 4, 3, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48168&sec=local",
             "Downtown business owners form group to fill empty storefronts",
             "The Main Street Merchants Association hopes to attract new tenants with a shared marketing fund and reduced first-year rents…",
             datetime(2025, 4, 2, tzinfo=CDT), "Local"),
    Story.at("/news/local/story.asp?id=48163&sec=local",
             "Harlan native named state teacher of the year finalist",
             "Jenna Kowalski, who teaches chemistry at Harlan High School, is one of five finalists for the award…",
             datetime(2025, 4, 2, tzinfo=CDT), "Local"),
]  # fmt: skip
_LG_SECTIONS = [
    ("Home", "/"),
    ("Local News", "/news/local/"),
    ("Area News", "/news/area/"),
    ("State News", "/news/state/"),
    ("Sports", "/sports/"),
    ("Obituaries", "/obits/"),
    ("Opinion", "/opinion/"),
    ("Agriculture", "/ag/"),
    ("Weather", "/weather/"),
    ("Classifieds", "/classifieds/"),
    ("Subscribe", "/circulation/subscribe.asp"),
    ("Contact Us", "/contact.asp"),
]
_LG_OBITS = [
    ("/obits/obit.asp?id=9921", "Olsen, Raymond E."),
    ("/obits/obit.asp?id=9920", "Petersen, Marjorie L."),
    ("/obits/obit.asp?id=9918", "Dvorak, Frank J."),
    ("/obits/obit.asp?id=9917", "Hughes, Betty Ann"),
]
_LG_EMAILED = [
    ("/news/local/story.asp?id=48209&sec=local", "Grain elevator fire forces evacuation"),
    ("/sports/story.asp?id=48200&sec=sports", "Harlan girls win state title in overtime"),
    ("/news/local/story.asp?id=48177&sec=local", "Former mayor Ray Olsen dies at 88"),
    ("/news/area/story.asp?id=48175&sec=area", "Millport man charged in hit-and-run"),
]


def _lg_date(when: datetime) -> str:
    return f"{when:%B} {when.day}, {when:%Y}"


def _lg_entry(story: Story) -> str:
    """One story of the flat list: bold headline link, small date, lead text, a blank line."""
    assert story.when is not None
    return (
        f'<a class="headline" href="{escape_html(story.path)}"><b>{escape_html(story.title)}</b></a><br>\n'
        f'<font size="1" color="#666666">{_lg_date(story.when)}</font><br>\n'
        f"{escape_html(story.lead or '')}<br><br>\n"
    )


def build_legacy_table_paper() -> Layout:
    """A regional paper's section page in a 2000s table layout, served as Windows-1252: a left
    column of section links on a coloured background, a top story in its own table with a
    picture, then "More Local News" as one ``<td>`` in which each story is only a bold
    ``a.headline``, a ``<font size=1>`` date "April 7, 2025" and the lead text, separated by
    ``<br>`` (no element per story); a right column of obituaries and "Most E-mailed", banner
    ads as ``<iframe>`` and ad-server ``<a><img>``, links relative to the site root."""
    page_url = f"{_LG_HOST}/news/local/"
    left = "\n".join(
        f'<tr><td class="navcell"><font face="Verdana, Arial, Helvetica" size="2"><a href="{href}" class="navlink">{escape_html(name)}</a></font></td></tr>'
        for name, href in _LG_SECTIONS
    )
    obits = "<br>\n".join(
        f'<a href="{href}"><font size="2">{escape_html(name)}</font></a>'
        for href, name in _LG_OBITS
    )
    emailed = link_list(
        _LG_EMAILED,
        '<font size="2"><b>{rank}.</b> <a href="{href}">{title}</a></font><br>',
        sep="\n",
    )
    top = _LG_TOP
    assert top.when is not None
    entries = "".join(_lg_entry(s) for s in _LG_LIST)
    body = f"""
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" align="center"><iframe src="http://ads.plainsmedia.example/html.ng/site=prairieherald&amp;area=local&amp;size=728x90&amp;pos=top" width="728" height="90" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe></td></tr>
<tr><td colspan="3"><a href="/"><img src="/images/masthead.gif" width="780" height="100" border="0" alt="The Prairie Herald - Serving Harlan County since 1882"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366" height="20"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;Tuesday, April 8, 2025 &nbsp;|&nbsp; <a href="/weather/"><font color="#FFFFFF">Weather: 41&deg;F Cloudy</font></a> &nbsp;|&nbsp; <a href="/circulation/subscribe.asp"><font color="#FFFFFF">Subscribe</font></a></font></td></tr>
<tr>
<td width="140" valign="top" bgcolor="#E8EEF4">
  <table width="140" border="0" cellspacing="0" cellpadding="4">
{left}
  </table>
  <br><center><a href="http://ads.plainsmedia.example/click.ng/site=prairieherald&amp;area=local&amp;pos=left1"><img src="http://ads.plainsmedia.example/images/harlan-ford-120x240.gif" width="120" height="240" border="0" alt=""></a></center>
</td>
<td width="480" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>
    <font face="Arial, Helvetica" size="2" color="#990000"><b>TOP STORY</b></font><br>
    <img src="/photos/2025/0408/jailvote.jpg" width="180" height="135" align="left" hspace="6" vspace="4" border="1" alt="">
    <a class="headline" href="{escape_html(top.path)}"><font face="Georgia, Times New Roman" size="4"><b>{escape_html(top.title)}</b></font></a><br>
    <font size="1" color="#666666">{_lg_date(top.when)}</font><br>
    <font face="Verdana, Arial" size="2">{escape_html(top.lead or "")}</font>
  </td></tr></table>
  <hr size="1" noshade>
  <table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td class="newslist">
    <font face="Arial, Helvetica" size="3" color="#003366"><b>More Local News</b></font><br><br>
    <font face="Verdana, Arial" size="2">
{entries}    </font>
    <a href="/news/local/archive.asp"><font size="2"><b>Local news archive &raquo;</b></font></a>
  </td></tr></table>
</td>
<td width="160" valign="top" bgcolor="#F4F4F4">
  <table width="160" border="0" cellspacing="0" cellpadding="5">
  <tr><td align="center"><font size="1" color="#999999">ADVERTISEMENT</font><br><iframe src="http://ads.plainsmedia.example/html.ng/site=prairieherald&amp;area=local&amp;size=160x600&amp;pos=right" width="160" height="600" frameborder="0" scrolling="no"></iframe></td></tr>
  <tr><td bgcolor="#003366"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Obituaries</b></font></td></tr>
  <tr><td>{obits}<br><a href="/obits/"><font size="1">All obituaries</font></a></td></tr>
  <tr><td bgcolor="#003366"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Most E-mailed</b></font></td></tr>
  <tr><td>
{emailed}
  </td></tr>
  <tr><td align="center"><a href="http://ads.plainsmedia.example/click.ng/site=prairieherald&amp;area=local&amp;pos=right2"><img src="http://ads.plainsmedia.example/images/harlan-savings-150x150.gif" width="150" height="150" border="0" alt="Harlan Savings Bank"></a></td></tr>
  </table>
</td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#E8EEF4"><font face="Verdana, Arial" size="1">
  <a href="/about.asp">About Us</a> | <a href="/contact.asp">Contact Us</a> | <a href="/advertise.asp">Advertise</a> | <a href="/privacy.asp">Privacy Policy</a> | <a href="/terms.asp">Terms of Use</a><br>
  Copyright &copy; 2025 The Prairie Herald, a Plains Media newspaper. All rights reserved.</font></td></tr>
</table>"""
    document = html_document(
        "The Prairie Herald - Local News", body, lang="en", charset="windows-1252", legacy=True
    )
    items = [gold_item(page_url, s.path, s, timed=False) for s in (_LG_TOP, *_LG_LIST)]
    return Layout(
        name="en-legacy-table-paper",
        family="legacy regional paper: table layout with <font> tags, one <td> of stories unwrapped per item (a.headline > b, <br>, <font size=1> 'April 7, 2025', <br>, lead text, <br><br>), left nav column, <iframe> and ad-server <a><img> banners, Windows-1252",
        body=document.encode("cp1252"),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="America/Chicago",
    )


BUILDERS: tuple[Builder, ...] = (
    build_newspaper_theme_category,
    build_jnews_theme_category,
    build_west_african_portal,
    build_legacy_table_paper,
)
