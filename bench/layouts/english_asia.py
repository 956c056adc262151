"""A set of English-language listing layouts from Asian newspapers.

Each builder returns a whole page in the shape of one family of real-world markup — an Indian
national daily's city page of ``ul.list5 > li`` rows (``span.w_tle > a``, ``span.w_desc``,
``span.strlst_dtm > span.time_cptn`` "TNN | Apr 8, 2025, 10:52 IST"), with photostory and
video badges on the pictures, native ads in the same rows, a "Trending" box and a footer of
city links; a Hong Kong daily on a React site, hashed ``css-…`` classes around ``h2 > a``
headlines, summaries and "8 Apr 2025 - 1:32PM" on the Hong Kong clock, newsletter sign-up
cards inside the list and a numbered "Most Popular"; a Japanese English-language daily's
section of ``div.article-list > article.article > div.article-body`` with ``p.article-title >
a``, ``p.article-excerpt`` and upper-case date-only "APR 8, 2025", tabbed rankings and partner
content; and a Pakistani daily's story list of ``article.story > h2.story__title >
a.story__link`` with ``div.story__excerpt`` and "Updated 08 Apr, 2025 10:05am" (or "about 2
hours ago") on the Pakistan clock, a "Most Popular" of the same ``article.story`` markup with
numbers and ad slots — with the chrome real pages carry around the list. Hosts, headlines,
leads and names are invented.

Every page is fetched at 2025-04-08 15:00 KST (06:00 UTC: 11:30 IST, 14:00 in Hong Kong,
15:00 JST, 11:00 PKT). Gold times are the instants the page states, in the site's own clock
(the layout's ``timezone``) where the page names no zone; relative times ("2 hours ago") are
resolved against the fetch instant; a date without a time of day gives no gold timestamp.
"""

# Page markup is kept as the sites write it, one element per line: long lines are HTML.
# ruff: noqa: E501

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from . import Builder, Layout
from .english_chrome import FETCHED_AT, NOW, clock12, english_document, nav_links
from .markup import Story, ago, escape_html, gold_item, link_list

IST = timezone(timedelta(hours=5, minutes=30), "IST")
HKT = timezone(timedelta(hours=8), "HKT")
JST = timezone(timedelta(hours=9), "JST")
PKT = timezone(timedelta(hours=5), "PKT")


def _at(zone: timezone, day: int, hour: int, minute: int) -> datetime:
    """An April 2025 instant on a regional clock."""
    return datetime(2025, 4, day, hour, minute, tzinfo=zone)


# --------------------------------------------------------------------------------------------
# 1. An Indian national daily's city page (ul.list5 > li, span.w_tle > a, "… IST" captions)
# --------------------------------------------------------------------------------------------

_IC_HOST = "https://timesofbharat.example"
_IC_CITY = "/city/bengaluru"
# (story, kind: "" article, "photo" photostory, "video" videoshow, "plus" paid story)
_IC_TOP: list[tuple[Story, str]] = [
    (Story.at("/city/bengaluru/bwssb-cauvery-stage-five-water-supply-outer-zones/articleshow/120079512.cms",
              "BWSSB to extend Cauvery Stage V water to 110 more localities by May",
              "The water board said pipelines in Mahadevapura and Bommanahalli zones were tested last week and connections would be given in phases.",
              _at(IST, 8, 10, 52)), ""),
    (Story.at("/city/bengaluru/namma-metro-pink-line-elevated-stretch-trial-run/articleshow/120079240.cms",
              "Namma Metro's Pink Line elevated stretch gets its first trial run",
              "A six-coach train ran between Kalena Agrahara and Tavarekere at low speed on Monday night, with the full trials to follow over four weeks.",
              _at(IST, 8, 9, 37)), ""),
    (Story.at("/city/bengaluru/in-pics-ugadi-shopping-rush-at-kr-market/photostory/120078811.cms",
              "In pics: Ugadi shopping rush at KR Market",
              "Flower and mango sellers did brisk business as shoppers crowded the market ahead of the festival.",
              _at(IST, 8, 8, 15)), "photo"),
]  # fmt: skip
_IC_LIST: list[tuple[Story, str]] = [
    (Story.at("/city/bengaluru/gba-property-tax-rebate-deadline-extended/articleshow/120078655.cms",
              "Property tax: 5% rebate deadline extended to May 31",
              "Owners who pay the full amount for 2025-26 in one instalment will get the rebate; the civic body has collected ₹1,120 crore so far.",
              _at(IST, 8, 7, 58)), ""),
    (Story.at("/city/bengaluru/silk-board-junction-double-decker-flyover-ramp-open/articleshow/120078302.cms",
              "Silk Board double-decker flyover's last ramp opens to traffic",
              "Commuters from HSR Layout can now take the upper deck directly towards Ragigudda, cutting a detour of nearly 2 km.",
              _at(IST, 8, 7, 11)), ""),
    (Story.at("/videos/city/bengaluru/watch-tree-falls-on-auto-rickshaw-in-jayanagar/videoshow/120078150.cms",
              "Watch: Tree falls on auto-rickshaw in Jayanagar after evening showers",
              None,
              _at(IST, 8, 6, 40)), "video"),
    (Story.at("/city/bengaluru/bengaluru-airport-terminal-two-international-wing-passenger-record/articleshow/120077790.cms",
              "Kempegowda airport's T2 handles record 1.1 lakh passengers in a day",
              "Airport officials attributed the surge to the long weekend and new direct flights to Southeast Asia.",
              _at(IST, 7, 23, 5)), "plus"),
    (Story.at("/city/bengaluru/cyber-crime-police-bust-part-time-job-fraud-racket/articleshow/120077425.cms",
              "Cybercrime police bust 'part-time job' fraud racket, seven held",
              "The gang lured techies with offers to rate hotels online and made them invest in fake tasks; victims lost ₹4.3 crore.",
              _at(IST, 7, 21, 46)), ""),
    (Story.at("/city/bengaluru/summer-temperature-city-records-hottest-april-day/articleshow/120077108.cms",
              "City records 36.4°C, hottest April day in three years",
              "The IMD said dry northerly winds kept the mercury high and forecast thundershowers only from the weekend.",
              _at(IST, 7, 20, 12)), ""),
    (Story.at("/city/bengaluru/bmtc-electric-buses-new-routes-whitefield/articleshow/120076880.cms",
              "BMTC rolls out 75 electric buses on Whitefield and Electronics City routes",
              "The new services run every 12 minutes during peak hours and connect four metro stations.",
              _at(IST, 7, 18, 34)), ""),
    (Story.at("/city/bengaluru/in-pics-bengalurus-first-pet-friendly-park-opens-in-hsr/photostory/120076514.cms",
              "In pics: Bengaluru's first pet-friendly park opens in HSR Layout",
              None,
              _at(IST, 7, 17, 2)), "photo"),
    (Story.at("/city/bengaluru/high-court-pothole-deaths-compensation-order/articleshow/120076201.cms",
              "HC orders ₹10 lakh compensation for family of biker killed in pothole crash",
              "The court said the civic body could not shift blame to the contractor and must recover the amount from those responsible.",
              _at(IST, 7, 15, 49)), "plus"),
    (Story.at("/city/bengaluru/kannada-signboards-drive-commercial-street-shops/articleshow/120075930.cms",
              "Traders on Commercial Street get a week to put up Kannada signboards",
              "Officials sealed three shops last month under the rule that 60% of every signboard must be in Kannada.",
              _at(IST, 7, 14, 20)), ""),
    (Story.at("/city/bengaluru/lake-rejuvenation-bellandur-sewage-treatment-plant/articleshow/120075612.cms",
              "Bellandur lake's new sewage treatment plant to be ready by monsoon",
              "The 90-MLD plant is 85% complete, the lake development authority told the green tribunal.",
              _at(IST, 7, 12, 57)), ""),
    (Story.at("/videos/city/bengaluru/residents-protest-garbage-dumping-near-mandur/videoshow/120075388.cms",
              "Residents protest against garbage dumping near Mandur",
              "Villagers blocked lorries for four hours, saying the landfill was to have closed in 2014.",
              _at(IST, 7, 11, 30)), "video"),
    (Story.at("/city/bengaluru/iisc-open-day-2025-dates-registration/articleshow/120075040.cms",
              "IISc open day on April 26; no registration needed this year",
              "More than 50 departments will put up exhibits and demonstrations for school and college students.",
              _at(IST, 7, 10, 8)), ""),
    (Story.at("/city/bengaluru/peenya-industrial-area-power-cuts-bescom-schedule/articleshow/120074705.cms",
              "Bescom announces four-day power shutdown schedule for Peenya industrial area",
              "Supply will be cut from 10am to 5pm for maintenance of the 220kV substation, affecting about 3,000 units.",
              _at(IST, 7, 8, 44)), ""),
    (Story.at("/city/bengaluru/karaga-festival-2025-traffic-advisory/articleshow/120074390.cms",
              "Karaga festival: traffic restrictions in old city areas till April 13",
              "Police have banned the entry of heavy vehicles into Avenue Road and SP Road and suggested alternative routes.",
              _at(IST, 7, 7, 15)), ""),
]  # fmt: skip
_IC_ADS = [
    ("https://ade.clmbtech.example/cde/click/?cb=1744093800&amp;pid=129711&amp;itemId=7733011&amp;url=https%3A%2F%2Fwww.greenvalley-homes.example%2Fvillas",
     "3 &amp; 4 BHK villas near Devanahalli starting ₹1.9 Cr", "Sponsored by Green Valley Homes"),
    ("https://ade.clmbtech.example/cde/click/?cb=1744093800&amp;pid=129711&amp;itemId=7730920&amp;url=https%3A%2F%2Fwww.learnhub-courses.example%2Fdata-science",
     "IIT-certified data science course for working professionals", "Sponsored by LearnHub"),
]  # fmt: skip
_IC_TRENDING = [
    ("/city/bengaluru/bengaluru-weather-rain-forecast-this-week/articleshow/120079001.cms", "Rain to bring relief from heat this weekend, says IMD"),
    ("/city/bengaluru/namma-metro-pink-line-elevated-stretch-trial-run/articleshow/120079240.cms", "Pink Line: first trial run on elevated stretch"),
    ("/city/bengaluru/gba-property-tax-rebate-deadline-extended/articleshow/120078655.cms", "Property tax rebate: new deadline is May 31"),
    ("/city/mumbai/mumbai-coastal-road-north-arm-opening/articleshow/120077950.cms", "Coastal road's northern arm to open next month"),
    ("/india/upsc-prelims-2025-admit-card/articleshow/120076600.cms", "UPSC prelims 2025: admit card date"),
]  # fmt: skip
_IC_CITIES = [
    "Agra", "Ahmedabad", "Ajmer", "Allahabad", "Amaravati", "Amritsar", "Aurangabad", "Bareilly",
    "Bengaluru", "Bhopal", "Bhubaneswar", "Chandigarh", "Chennai", "Coimbatore", "Dehradun", "Delhi",
    "Goa", "Gurgaon", "Guwahati", "Hubballi", "Hyderabad", "Indore", "Jaipur", "Jammu", "Kanpur",
    "Kochi", "Kolkata", "Kozhikode", "Lucknow", "Ludhiana", "Madurai", "Mangaluru", "Meerut",
    "Mumbai", "Mysuru", "Nagpur", "Nashik", "Navi Mumbai", "Noida", "Patna", "Puducherry", "Pune",
    "Raipur", "Rajkot", "Ranchi", "Shimla", "Surat", "Thane", "Thiruvananthapuram", "Trichy",
    "Udaipur", "Vadodara", "Varanasi", "Vijayawada", "Visakhapatnam",
]  # fmt: skip


def _ic_caption(when: datetime) -> str:
    """'Apr 8, 2025, 10:52 IST': the daily's date line, day unpadded, 24-hour clock."""
    local = when.astimezone(IST)
    return f"{local:%b} {local.day}, {local:%Y}, {local:%H:%M} IST"


def _ic_row(story: Story, kind: str, *, top: bool = False) -> str:
    """An ``li`` of the city list: ``span.w_img`` (a photostory or video badge over the
    picture), ``span.w_tle > a`` with the headline in its ``title`` too, a "Plus" tag after
    paid stories, ``span.w_desc`` and ``span.strlst_dtm > span.time_cptn``."""
    assert story.when is not None
    href = story.path
    badge = {
        "photo": '<span class="photo_icon"><i class="icon_camera"></i></span>',
        "video": '<span class="vdo_icon"><i class="icon_play"></i><span class="vdo_dur">01:48</span></span>',
    }.get(kind, "")
    plus = '<span class="toiplus_tag" title="Times Plus">Plus</span>' if kind == "plus" else ""
    desc = f'<span class="w_desc">{escape_html(story.lead)}</span>' if story.lead else ""
    source = "TIMESOFBHARAT.COM" if kind in ("photo", "video") else "TNN"
    size = "400" if top else "150"
    return f"""
<li>
  <span class="w_img"><a href="{href}" title="{escape_html(story.title)}"><img src="https://static.timesofbharat.example/photo/{story.path.rsplit("/", 1)[1][:-4]}.cms?width={size}&amp;resizemode=4" alt="{escape_html(story.title)}" title="{escape_html(story.title)}" width="{size}"></a>{badge}</span>
  <span class="w_tle"><a href="{href}" title="{escape_html(story.title)}">{escape_html(story.title)}</a>{plus}</span>
  {desc}
  <span class="strlst_dtm"><span class="time_cptn">{source} | {_ic_caption(story.when)}</span></span>
</li>"""


def _ic_native(href: str, title: str, sponsor: str) -> str:
    """A native ad served into the list in the row's own markup, labelled "Ad"."""
    return f"""
<li class="colombia_ad" data-plugin="ctn" data-slot="129711">
  <span class="w_img"><a href="{href}" rel="nofollow sponsored" target="_blank"><img src="https://static.clmbtech.example/ad/cdn/{len(title)}.jpg" alt=""></a></span>
  <span class="w_tle"><a href="{href}" rel="nofollow sponsored" target="_blank">{title}</a></span>
  <span class="w_desc">{sponsor}</span>
  <span class="ad_label">Ad</span>
</li>"""


def build_indian_city_list() -> Layout:
    """An Indian national daily's city page: a "Top News" ``ul.top-newslist`` and the main
    ``ul.list5`` of ``li`` rows (``span.w_img``, ``span.w_tle > a``, ``span.w_desc``,
    ``span.strlst_dtm > span.time_cptn`` "TNN | Apr 8, 2025, 10:52 IST"); photostories and
    videos badged on the picture, a "Plus" tag on paid stories, native ads in the list's own
    rows, a "Trending" box, a city sub-menu, a pager and a footer of some fifty city links."""
    page_url = f"{_IC_HOST}{_IC_CITY}"
    menu = nav_links(
        [
            ("News", "/"),
            ("City", "/city"),
            ("India", "/india"),
            ("World", "/world"),
            ("Business", "/business"),
            ("Tech", "/technology"),
            ("Cricket", "/sports/cricket"),
            ("Entertainment", "/entertainment"),
            ("Videos", "/videos"),
            ("Photos", "/photogallery"),
            ("Plus", "/plus"),
        ],
        "nav_li",
    )
    sub_menu = nav_links(
        [
            ("Bengaluru", _IC_CITY),
            ("Civic Issues", f"{_IC_CITY}/civic-issues"),
            ("Crime", f"{_IC_CITY}/crime"),
            ("Traffic", f"{_IC_CITY}/traffic"),
            ("Weather", f"{_IC_CITY}/weather"),
            ("Events", f"{_IC_CITY}/events"),
            ("Mysuru", "/city/mysuru"),
            ("Mangaluru", "/city/mangaluru"),
            ("Hubballi", "/city/hubballi"),
        ],
        "sub_li",
    )
    top = "".join(_ic_row(s, k, top=True) for s, k in _IC_TOP)
    rows = [_ic_row(s, k) for s, k in _IC_LIST]
    rows.insert(4, _ic_native(*_IC_ADS[0]))
    rows.insert(
        9,
        """
<li class="ad1 mrec"><div id="div-gpt-ad-1744093800-2" class="ad-slot"><span class="adtext">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/7176/TOB_City/Bengaluru_ROS_MREC" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/ic_mrec.jpg" alt=""></a></div></li>""",
    )
    rows.insert(13, _ic_native(*_IC_ADS[1]))
    trending = link_list(
        _IC_TRENDING,
        '<li><a href="{href}" title="{title}"><span class="trnd_no">{rank}</span>{title}</a></li>',
        sep="\n",
    )
    cities = "\n".join(
        f'<li><a href="/city/{name.lower().replace(" ", "-")}">{escape_html(name)} News</a></li>'
        for name in _IC_CITIES
    )
    body = f"""
<div id="app">
<header class="header">
  <div class="top_strip"><a href="https://epaper.timesofbharat.example/">ePaper</a> <a href="/plus/subscribe?utm_source=header">Subscribe to Plus</a> <a href="/sign-in">Sign In</a> <span class="edition">Edition: <a href="/?edition=in">IN</a></span></div>
  <div class="logo"><a href="/"><img src="https://static.timesofbharat.example/photo/logo.cms" alt="The Times of Bharat"></a></div>
  <nav class="main_nav"><ul>
{menu}
  </ul></nav>
  <nav class="sub_nav"><ul>
{sub_menu}
  </ul></nav>
</header>
<div class="ad1 leaderboard"><span class="adtext">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/7176/TOB_City/Bengaluru_ATF_728" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/ic_lb.jpg" alt=""></a></div>
<div class="contentwrapper clearfix">
  <div class="main-content">
    <h1 class="heading1">Bengaluru News</h1>
    <div class="top-newslist">
      <h2 class="hdg"><span>Top News</span></h2>
      <ul class="top-newslist clearfix">{top}
      </ul>
    </div>
    <div id="c_articlelist_stories_1" class="listing4 clearfix">
      <ul class="list5 clearfix">{"".join(rows)}
      </ul>
    </div>
    <div class="pagination"><span class="current">1</span><a href="{_IC_CITY}/2">2</a><a href="{_IC_CITY}/3">3</a><a href="{_IC_CITY}/4">4</a><a class="nxt" href="{_IC_CITY}/2">Next</a></div>
  </div>
  <div class="rhs">
    <div class="ad1 mrec"><span class="adtext">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/jump?iu=/7176/TOB_City/Bengaluru_RHS_300" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/ic_rhs.jpg" alt=""></a></div>
    <div class="trending_widget">
      <h3 class="hdg">Trending</h3>
      <ul class="trnd_list">
{trending}
      </ul>
    </div>
    <div class="plus_promo"><h3>Times Plus</h3><p>Exclusive stories, sharp analysis and an ad-lite experience.</p><a href="/plus/subscribe?utm_source=rhs_widget&amp;utm_medium=city">Subscribe now</a></div>
  </div>
</div>
<footer class="footer">
  <div class="ftr_cities"><h4>Cities</h4><ul>
{cities}
  </ul></div>
  <div class="ftr_links"><ul>
{nav_links([("About us", "/aboutus"), ("Create Your Own Ad", "https://ads.timesofbharat.example/"), ("Terms of Use and Grievance Redressal Policy", "/termsandcondition"), ("Privacy policy", "/privacypolicyoftob"), ("Advertise with us", "/advertise-with-us"), ("Newsletter", "/newsletterhome"), ("Archives", "/archive.cms"), ("Sitemap", "/sitemap")])}
  </ul></div>
  <p class="copyright">Copyright &copy; 2025 Bharat Times Media Ltd. All rights reserved</p>
</footer>
</div>"""
    items = [gold_item(page_url, s.path, s) for s, _ in (*_IC_TOP, *_IC_LIST)]
    return Layout(
        name="en-in-city-list5",
        family="Indian national daily city page: ul.list5 > li > span.w_tle > a, span.w_desc, span.strlst_dtm > span.time_cptn 'TNN | Apr 8, 2025, 10:52 IST', photostory/video badges, native ads in list rows, city footer",
        body=english_document(
            "Bengaluru News, Latest Bengaluru News Headlines", "", body, lang="en-IN"
        ),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Kolkata",
    )


# --------------------------------------------------------------------------------------------
# 2. A Hong Kong English daily on a React site (css-… classes, h2 > a, "8 Apr 2025 - 1:32PM")
# --------------------------------------------------------------------------------------------

_HK_HOST = "https://www.harbourpost.example"
_HK_HERO = Story.at(
    "/news/hong-kong/politics/article/3305812/hong-kong-lawmakers-approve-northern-metropolis-land-bill",
    "Hong Kong lawmakers approve bill to speed up land supply for Northern Metropolis",
    "The amendment cuts the time needed to resume private land and clear sites by up to two years, officials say, as the government races to deliver housing and tech parks near the border.",
    _at(HKT, 8, 13, 32),
    "Politics",
)
# (story, comment count or "")
_HK_TOP: list[tuple[Story, str]] = [
    (Story.at("/news/hong-kong/health-environment/article/3305790/hong-kong-air-pollution-ozone-levels-spring",
              "Ozone levels in Hong Kong hit decade high as regional smog lingers",
              "Readings at roadside stations exceeded safe limits on 11 days in March, green groups say.",
              _at(HKT, 8, 12, 47), "Health & Environment"), "38"),
    (Story.at("/news/hong-kong/transport/article/3305771/mtr-east-rail-line-fare-rise-june",
              "MTR fares to rise 2.8 per cent from June under adjustment formula",
              "The rail operator said the increase would be offset in part by a new discount for monthly pass users.",
              _at(HKT, 8, 11, 58), "Transport"), "112"),
    (Story.at("/business/article/3305744/hang-seng-index-rebounds-after-tariff-sell-off",
              "Hang Seng Index rebounds 2 per cent as state funds step in after tariff sell-off",
              "Tech shares led the recovery a day after the city's benchmark suffered its biggest one-day fall since 1997.",
              _at(HKT, 8, 11, 20), "Markets"), ""),
]  # fmt: skip
_HK_RIVER: list[tuple[Story, str]] = [
    (Story.at("/news/hong-kong/society/article/3305723/hong-kong-bird-flu-wetland-park-closed",
              "Wetland Park closes bird enclosure after egret tests positive for bird flu",
              "The enclosure will stay shut for at least three weeks while workers disinfect the area.",
              _at(HKT, 8, 10, 41), "Society"), "7"),
    (Story.at("/news/hong-kong/law-and-crime/article/3305702/hong-kong-police-arrest-14-over-phone-scam-syndicate",
              "Hong Kong police arrest 14 over phone scam syndicate that posed as court officers",
              "Victims, most of them elderly, lost a combined HK$38 million to callers claiming they faced arrest in mainland China.",
              _at(HKT, 8, 9, 55), "Law and Crime"), ""),
    (Story.at("/news/hong-kong/education/article/3305688/dse-exams-begin-with-fewer-candidates",
              "DSE exams begin with fewest candidates in over a decade",
              "About 55,000 pupils sat the Chinese language paper as falling birth rates and emigration shrink the cohort.",
              _at(HKT, 8, 9, 2), "Education"), "21"),
    (Story.at("/news/hong-kong/hong-kong-economy/article/3305650/hong-kong-retail-sales-february-decline",
              "Hong Kong retail sales fall for 12th straight month as residents shop across border",
              "Sales by value dropped 13 per cent year on year in February, with jewellery and watches the hardest hit.",
              _at(HKT, 7, 22, 16), "Hong Kong Economy"), "64"),
    (Story.at("/news/hong-kong/politics/article/3305611/john-lee-policy-address-consultation",
              "John Lee launches public consultation for his next policy address",
              None,
              _at(HKT, 7, 20, 38), "Politics"), ""),
    (Story.at("/news/china/diplomacy/article/3305597/china-vows-countermeasures-us-tariff-escalation",
              "China vows to 'fight to the end' if US raises tariffs again",
              "The commerce ministry said Beijing would take resolute measures to safeguard its rights and interests.",
              _at(HKT, 7, 19, 4), "Diplomacy"), "305"),
    (Story.at("/news/hong-kong/society/article/3305570/ching-ming-festival-cross-border-travel-record",
              "Record 1.4 million cross-border trips made over Ching Ming long weekend",
              "Immigration officials said southbound visitors from the mainland outnumbered residents heading north for the first time this year.",
              _at(HKT, 7, 17, 45), "Society"), ""),
    (Story.at("/news/hong-kong/health-environment/article/3305538/hong-kong-public-hospital-fees-reform-explained",
              "Explainer | How Hong Kong's public hospital fee reform will affect patients",
              "From the A&E charge to new caps on drug costs, here is what changes next year.",
              _at(HKT, 7, 16, 10), "Health & Environment"), "89"),
    (Story.at("/news/hong-kong/transport/article/3305502/kai-tak-sports-park-shuttle-buses",
              "Shuttle buses and extra trains to serve Kai Tak Sports Park on concert nights",
              "Transport officials aim to clear a 50,000 crowd within 75 minutes of the end of each event.",
              _at(HKT, 7, 14, 33), "Transport"), "15"),
    (Story.at("/news/hong-kong/society/article/3305477/photos-tin-hau-festival-preparations-joss-house-bay",
              "In photos: fishermen prepare floats for Tin Hau festival at Joss House Bay",
              None,
              _at(HKT, 7, 12, 50), "Society"), ""),
    (Story.at("/news/hong-kong/law-and-crime/article/3305446/court-jails-former-bank-manager-fraud",
              "Former bank manager jailed for 4 years over HK$12 million loan fraud",
              "The judge said the defendant abused the trust of elderly customers over a period of three years.",
              _at(HKT, 7, 11, 5), "Law and Crime"), "3"),
    (Story.at("/news/hong-kong/education/article/3305419/universities-non-local-student-quota",
              "Universities fill new non-local student places as quota doubles",
              "Mainland applicants took up most of the additional undergraduate places, the education bureau said.",
              _at(HKT, 7, 9, 40), "Education"), ""),
]  # fmt: skip
_HK_POPULAR = [
    ("/news/hong-kong/transport/article/3305771/mtr-east-rail-line-fare-rise-june", "MTR fares to go up from June"),
    ("/lifestyle/food-drink/article/3305210/best-dim-sum-hong-kong-2025", "The 10 best dim sum restaurants in Hong Kong for 2025"),
    ("/business/article/3305744/hang-seng-index-rebounds-after-tariff-sell-off", "Hang Seng rebounds after tariff rout"),
    ("/news/china/science/article/3305330/chinese-scientists-fusion-reactor-record", "Chinese scientists set new fusion reactor record"),
    ("/news/hong-kong/society/article/3305298/hong-kong-weather-hot-season-early", "Observatory warns hot season could arrive early"),
]  # fmt: skip


def _hk_stamp(when: datetime) -> str:
    """'8 Apr 2025 - 1:32PM' on the Hong Kong clock, without a zone."""
    local = when.astimezone(HKT)
    return f"{local.day} {local:%b %Y} - {clock12(local, space=False)}"


def _hk_section_href(story: Story) -> str:
    """The section link above a headline: the article's path up to ``/article``."""
    return story.path.split("/article/", 1)[0]


def _hk_card(story: Story, comments: str, *, big: bool = False) -> str:
    """A card of hashed classes: a section link, ``h2 > a`` (a ``span`` inside), a summary
    ``div > p``, a comment count link and the time ``span``; the picture link comes last."""
    assert story.when is not None
    head = "css-1ilnvjs e1q5qv2s2" if big else "css-1pv1rx1 e1q5qv2s2"
    summary = (
        f'<div class="css-1jpaz2q e1q5qv2s4" data-qa="ContentSummary-ContainerWithTag"><p class="css-ogzmly e1q5qv2s5">{escape_html(story.lead)}</p></div>'
        if story.lead
        else ""
    )
    count = (
        f'<a class="css-1ekwujp e1tpsx7u0" href="{story.path}#comments" data-qa="CommentCount"><svg class="css-1c5nqrn" viewBox="0 0 16 16"><path d="M1 1h14v10H5l-4 4z"></path></svg><span class="css-9vwy8w e1tpsx7u1">{comments}</span></a>'
        if comments
        else ""
    )
    return f"""
<div class="css-1r6ldj1 e1q5qv2s0" data-qa="ContentItem">
  <div class="css-1n1zzm0 e1q5qv2s1">
    <a class="css-a8kbby e1ev6ml40" href="{_hk_section_href(story)}" data-qa="SectionLink"><span class="css-15slzks">{escape_html(story.label)}</span></a>
    <h2 class="{head}" data-qa="ContentHeadline-Headline"><a class="css-1t8pnct e1q5qv2s3" href="{story.path}"><span class="css-1rqi5x0">{escape_html(story.title)}</span></a></h2>
    {summary}
    <div class="css-1dhpzhi e1q5qv2s6" data-qa="ContentItem-ActionBar">{count}<span class="css-1kvodfw e1q5qv2s7" data-qa="ContentItem-PublishedDate">{_hk_stamp(story.when)}</span></div>
  </div>
  <div class="css-1bw5rni e1q5qv2s8"><a class="css-1ngbwxy" href="{story.path}" tabindex="-1" aria-hidden="true"><img class="css-1hm8n6p" src="https://cdn.harbourpost.example/sites/default/files/styles/768x768/public/d8/images/canvas/2025/04/08/{story.path.rsplit("/", 2)[1]}.jpg" alt="" loading="lazy"></a></div>
</div>"""


_HK_NEWSLETTER = """
<div class="css-7v8kx3 e1r4b3k90" data-qa="NewsletterSignUpCard">
  <div class="css-1n3xk2y e1r4b3k91"><svg class="css-19ltg3w" viewBox="0 0 24 24"><path d="M2 4h20v16H2z"></path></svg></div>
  <h2 class="css-1pv1rx1 e1r4b3k92"><a class="css-1t8pnct" href="/newsletters?referrer=section-list&amp;newsletter=hong-kong-update">Hong Kong Update</a></h2>
  <div class="css-1jpaz2q e1r4b3k93"><p class="css-ogzmly">Get updates direct to your inbox: the day's biggest Hong Kong stories, every weekday morning.</p></div>
  <form class="css-5bmr8j e1r4b3k94" action="/newsletters/subscribe" method="post"><input class="css-1x6wde3" type="email" name="email" placeholder="Your email address"><button class="css-oklkh9" type="submit">Sign up</button></form>
  <p class="css-1kvodfw e1r4b3k95">By registering, you agree to our <a href="/terms-conditions">T&amp;C</a> and <a href="/privacy-policy">Privacy Policy</a></p>
</div>"""

_HK_PLUS_PROMO = """
<div class="css-7v8kx3 e1r4b3k90" data-qa="SubscriptionPromoCard">
  <h2 class="css-1pv1rx1 e1r4b3k92"><a class="css-1t8pnct" href="/subscribe?pwgt=section-list&amp;utm_source=inline_promo">Unlock unlimited access to Hong Kong and China news for HK$10 a month</a></h2>
  <div class="css-1jpaz2q e1r4b3k93"><p class="css-ogzmly">Subscribers get our award-winning journalism, the daily digital edition and ad-free reading.</p></div>
</div>"""


def build_hk_react_section() -> Layout:
    """A Hong Kong English daily's section on a React site: hashed ``css-…`` classes, a hero
    and top cards then a river of ``div[data-qa=ContentItem]`` cards with section links,
    ``h2 > a > span`` headlines, summaries, comment counts and "8 Apr 2025 - 1:32PM" on the
    Hong Kong clock; a newsletter sign-up card and a subscription card of the same ``h2 > a``
    shape inside the river, a numbered "Most Popular", ad slots and "Load more"."""
    page_url = f"{_HK_HOST}/news/hong-kong"
    menu = nav_links(
        [
            ("Hong Kong", "/news/hong-kong"),
            ("China", "/news/china"),
            ("Asia", "/news/asia"),
            ("World", "/news/world"),
            ("Business", "/business"),
            ("Tech", "/tech"),
            ("Lifestyle", "/lifestyle"),
            ("Opinion", "/comment"),
            ("Sport", "/sport"),
        ],
        "css-1xd4xdn e1uq4dp71",
    )
    sub = nav_links(
        [
            ("Politics", "/news/hong-kong/politics"),
            ("Health & Environment", "/news/hong-kong/health-environment"),
            ("Transport", "/news/hong-kong/transport"),
            ("Law and Crime", "/news/hong-kong/law-and-crime"),
            ("Society", "/news/hong-kong/society"),
            ("Education", "/news/hong-kong/education"),
            ("Hong Kong Economy", "/news/hong-kong/hong-kong-economy"),
        ],
        "css-1y3yxtf e1uq4dp72",
    )
    river = [_hk_card(s, c) for s, c in _HK_RIVER]
    river.insert(3, _HK_NEWSLETTER)
    river.insert(
        7,
        """
<div class="css-1wdx6bq e1ql4m3o0" data-qa="AdSlot-Container"><div class="css-nyq1me">ADVERTISEMENT</div><div id="dfp-ad-native1" class="css-16k4ztp"><a href="https://pubads.g.doubleclick.example/gampad/clk?id=58812&amp;iu=/8134/hp/section/hk/native1" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/hp_native.jpg" alt=""></a></div></div>""",
    )
    river.insert(11, _HK_PLUS_PROMO)
    popular = link_list(
        _HK_POPULAR,
        '<li class="css-1r5xj6p e1p0jtf31"><span class="css-q5ej1f e1p0jtf32">{rank}</span><a class="css-1t8pnct" href="{href}"><span class="css-1rqi5x0">{title}</span></a></li>',
        sep="\n",
    )
    top = "".join(_hk_card(s, c) for s, c in _HK_TOP)
    body = f"""
<div id="__next">
<header class="css-1y1sqsc e1uq4dp70">
  <a class="css-1rpqvg1" href="/" aria-label="Harbour Post homepage"><svg viewBox="0 0 220 32" aria-hidden="true"><path d="M0 0h220v32H0z"></path></svg></a>
  <nav class="css-7xk4lk" aria-label="Sections"><ul class="css-1yhvp4g">
{menu}
  </ul></nav>
  <div class="css-1edxglc"><a class="css-1eajkpi" href="/subscribe?pwgt=header&amp;utm_source=header">Subscribe</a><a class="css-1fmx1q3" href="/login?destination=%2Fnews%2Fhong-kong">Log in</a></div>
</header>
<div class="css-1wdx6bq e1ql4m3o0" data-qa="AdSlot-Container"><div class="css-nyq1me">ADVERTISEMENT</div><div id="dfp-ad-top" class="css-16k4ztp"><a href="https://pubads.g.doubleclick.example/gampad/clk?id=58801&amp;iu=/8134/hp/section/hk/top" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/hp_top.jpg" alt=""></a></div></div>
<main class="css-10ib5jr e1c3xa3t0">
  <div class="css-1a0hfx8 e1c3xa3t1">
    <h1 class="css-zj1ych">Hong Kong</h1>
    <nav class="css-14qm8vb" aria-label="Hong Kong subsections"><ul>
{sub}
    </ul></nav>
  </div>
  <div class="css-1bz9l3d e1c3xa3t2">
    <section class="css-1bq0m7u e1x9e7p00" data-qa="TopStories">
{_hk_card(_HK_HERO, "246", big=True)}
      <div class="css-o1b0uu e1x9e7p01">{top}
      </div>
    </section>
    <section class="css-1jr8rw1 e1x9e7p02" data-qa="SectionContentList">
      <h2 class="css-1v8jh7u">Latest</h2>
      <div class="css-1iv6p6w e1x9e7p03">{"".join(river)}
      </div>
      <button class="css-1yw2mhn e1x9e7p04" type="button" data-qa="LoadMoreButton">Load more</button>
    </section>
    <aside class="css-1i8xq1s e1x9e7p05">
      <div class="css-1wdx6bq e1ql4m3o0" data-qa="AdSlot-Container"><div class="css-nyq1me">ADVERTISEMENT</div><div id="dfp-ad-mrec1" class="css-16k4ztp"><a href="https://pubads.g.doubleclick.example/gampad/clk?id=58807&amp;iu=/8134/hp/section/hk/mrec1" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/hp_mrec.jpg" alt=""></a></div></div>
      <section class="css-1ey2lyt e1p0jtf30" data-qa="MostPopular">
        <h2 class="css-1v8jh7u">Most Popular</h2>
        <ol class="css-1wq3swq">
{popular}
        </ol>
      </section>
    </aside>
  </div>
</main>
<footer class="css-1h1bgj3 e1u3a9ev0">
  <ul class="css-1ldqcro">
{nav_links([("About us", "/about"), ("Contact us", "/contact"), ("Advertise", "/advertising"), ("Careers", "/careers"), ("Terms & Conditions", "/terms-conditions"), ("Privacy Policy", "/privacy-policy"), ("FAQs", "/faqs")])}
  </ul>
  <p class="css-1kvodfw">Copyright &copy; 2025 Harbour Post Publishers Ltd. All rights reserved.</p>
</footer>
</div>"""
    items = [
        gold_item(page_url, s.path, s)
        for s in (_HK_HERO, *(s for s, _ in _HK_TOP), *(s for s, _ in _HK_RIVER))
    ]
    return Layout(
        name="en-hk-react-section",
        family="Hong Kong English daily on a React site: hashed css-* classes, div[data-qa=ContentItem] > h2 > a > span, summary div > p, '8 Apr 2025 - 1:32PM' (HKT, no zone), newsletter and subscription cards of the same h2 > a in the list, numbered Most Popular",
        body=english_document("Hong Kong news | Harbour Post", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Hong_Kong",
    )


# --------------------------------------------------------------------------------------------
# 3. A Japanese English-language daily's section (article.article > div.article-body, "APR 8")
# --------------------------------------------------------------------------------------------

_JD_HOST = "https://www.japanchronicle.example"
# (story dated at midnight: only its day is shown, author line)
_JD_FEATURED = (
    Story.at(
        "/news/2025/04/08/japan/politics/ishiba-tariff-talks-washington-envoy/",
        "Ishiba names economy minister as envoy for tariff talks with Washington",
        "The prime minister said Japan would seek a full exemption from the new duties and would not retaliate, as exporters brace for a hit to earnings.",
        _at(JST, 8, 0, 0),
        "Japan / Politics",
    ),
    "BY HIROSHI MATSUDA, STAFF WRITER",
)
_JD_LIST: list[tuple[Story, str]] = [
    (Story.at("/news/2025/04/08/japan/society/tokyo-rent-record-high-single-households/",
              "Tokyo rents hit record high as single-person households keep growing",
              "Average rents for studio apartments in the 23 wards topped ¥100,000 a month for the first time, a property portal said.",
              _at(JST, 8, 0, 0), "Japan / Society"), "BY KAORI SAITO, STAFF WRITER"),
    (Story.at("/news/2025/04/08/japan/crime-legal/osaka-police-arrest-yami-baito-recruiter/",
              "Osaka police arrest man suspected of recruiting 'dark part-timers' for robberies",
              "Investigators believe the suspect used encrypted messaging apps to hire young people for at least nine break-ins across Kansai.",
              _at(JST, 8, 0, 0), "Japan / Crime & Legal"), "JIJI"),
    (Story.at("/news/2025/04/08/japan/science-health/measles-cases-rise-travel/",
              "Health ministry warns of measles cases linked to overseas travel",
              "Nineteen cases have been confirmed so far this year, more than in all of 2024.",
              _at(JST, 8, 0, 0), "Japan / Science & Health"), "KYODO"),
    (Story.at("/news/2025/04/07/japan/photos-cherry-blossoms-full-bloom-tokyo/",
              "In Photos: Cherry blossoms reach full bloom across Tokyo",
              None,
              _at(JST, 7, 0, 0), "Japan / Multimedia"), "BY RYUSEI TAKAHASHI, STAFF WRITER"),
    (Story.at("/news/2025/04/07/japan/politics/upper-house-election-date-july/",
              "Government and ruling bloc eye July 20 for Upper House election",
              "The date would allow campaigning to begin after the Diet session closes in late June.",
              _at(JST, 7, 0, 0), "Japan / Politics"), "KYODO"),
    (Story.at("/news/2025/04/07/japan/society/akiya-vacant-homes-tax-kyoto/",
              "Kyoto's vacant-home tax draws interest from other cities struggling with akiya",
              "The levy, the first of its kind in Japan, takes effect in 2029 and could raise ¥950 million a year.",
              _at(JST, 7, 0, 0), "Japan / Society"), "BY ERIC JOHNSTON, SENIOR STAFF WRITER"),
    (Story.at("/news/2025/04/07/japan/rice-stockpile-auction-second-round/",
              "Second auction of stockpiled rice draws fewer bids as prices stay high",
              "Distributors bid for about 70,000 tons, less than the amount the government had offered.",
              _at(JST, 7, 0, 0), "Japan"), "JIJI"),
    (Story.at("/news/2025/04/06/japan/politics/japan-philippines-defense-ministers/",
              "Japan and Philippines agree to step up joint drills in South China Sea",
              "The defense ministers also discussed the transfer of Japanese destroyers to Manila.",
              _at(JST, 6, 0, 0), "Japan / Politics"), "BY GABRIEL DOMINGUEZ, STAFF WRITER"),
    (Story.at("/news/2025/04/06/japan/society/hokkaido-snow-melt-avalanche-warning/",
              "Avalanche warnings issued in Hokkaido as warm spell speeds snowmelt",
              "Temperatures rose more than 10 degrees above normal in parts of the island over the weekend.",
              _at(JST, 6, 0, 0), "Japan / Society"), "KYODO"),
    (Story.at("/news/2025/04/06/japan/crime-legal/supreme-court-same-sex-marriage-appeal/",
              "Supreme Court to hear appeals in same-sex marriage cases",
              "Five high courts have ruled that the lack of legal recognition is unconstitutional.",
              _at(JST, 6, 0, 0), "Japan / Crime & Legal"), "BY TOMOHIRO OSAKI, STAFF WRITER"),
    (Story.at("/news/2025/04/05/japan/expo-2025-osaka-final-preparations/",
              "Expo 2025 organizers race to finish pavilions a week before opening",
              "Several overseas pavilions are still under construction, and a test run drew complaints about long queues.",
              _at(JST, 5, 0, 0), "Japan"), "BY KATHLEEN BENOZA, STAFF WRITER"),
    (Story.at("/news/2025/04/05/japan/science-health/ips-cell-parkinsons-trial-results/",
              "Kyoto team reports promising results from iPS cell trial for Parkinson's",
              "Four of six patients showed improved motor symptoms two years after the transplants.",
              _at(JST, 5, 0, 0), "Japan / Science & Health"), "JIJI"),
    (Story.at("/news/2025/04/04/japan/society/okinawa-us-base-noise-lawsuit-ruling/",
              "Court orders state to pay ¥2.6 billion over Kadena base noise",
              None,
              _at(JST, 4, 0, 0), "Japan / Society"), "KYODO"),
]  # fmt: skip
_JD_SPONSORED = (
    "/sponsored/2025/04/07/kagoshima-spring-travel-guide/",
    "Five spring journeys through Kagoshima's volcanic landscapes",
    "From sand baths to island ferries, a guide to the prefecture's best seasonal routes.",
    "KAGOSHIMA PREFECTURAL TOURISM ASSOCIATION",
)
_JD_MOST_READ = [
    ("/news/2025/04/08/japan/politics/ishiba-tariff-talks-washington-envoy/", "Ishiba picks envoy for tariff talks"),
    ("/news/2025/04/07/business/markets/nikkei-plunges-tariff-fears/", "Nikkei plunges nearly 8% as tariff fears grip markets"),
    ("/news/2025/04/08/japan/society/tokyo-rent-record-high-single-households/", "Tokyo rents at record high"),
    ("/life/2025/04/06/food/best-ramen-shops-shinjuku/", "Where to eat ramen in Shinjuku"),
    ("/sports/2025/04/07/baseball/mlb/ohtani-fourth-homer/", "Ohtani hits fourth home run of season"),
]  # fmt: skip
_JD_MOST_SHARED = [
    ("/opinion/2025/04/07/editorials/japan-tariff-response/", "Japan must keep its cool on tariffs"),
    ("/news/2025/04/07/japan/society/akiya-vacant-homes-tax-kyoto/", "Kyoto's vacant-home tax draws interest"),
    ("/culture/2025/04/05/books/haruki-murakami-new-novel/", "Murakami's new novel: a first look"),
]  # fmt: skip


def _jd_date(when: datetime) -> str:
    """'APR 8, 2025': the daily's upper-case, date-only line."""
    local = when.astimezone(JST)
    return f"{local:%b}".upper() + f" {local.day}, {local:%Y}"


def _jd_category(label: str) -> str:
    """Category links 'JAPAN / POLITICS' as the section path they point to."""
    parts = [p.strip() for p in label.split("/")]
    links = []
    for depth, part in enumerate(parts, start=1):
        slug = "/".join(p.lower().replace(" & ", "-").replace(" ", "-") for p in parts[:depth])
        links.append(f'<a href="/news/{slug}/">{escape_html(part.upper())}</a>')
    return " / ".join(links)


def _jd_article(story: Story, author: str, *, featured: bool = False) -> str:
    """An ``article.article``: a picture, ``div.article-body`` with ``p.article-category``,
    ``p.article-title > a``, ``p.article-excerpt``, ``p.author-name`` and ``p.publish-date``."""
    assert story.when is not None
    excerpt = f'<p class="article-excerpt">{escape_html(story.lead)}</p>' if story.lead else ""
    cls = "article article--featured" if featured else "article"
    return f"""
<article class="{cls}">
  <div class="article-image"><a href="{story.path}"><img src="https://cdn-japanchronicle.example/wp-content/uploads/2025/04/np_file_{len(story.path) * 311}-{"870x580" if featured else "300x200"}.jpeg" alt="" loading="lazy"></a></div>
  <div class="article-body">
    <p class="article-category">{_jd_category(story.label)}</p>
    <p class="article-title"><a href="{story.path}">{escape_html(story.title)}</a></p>
    {excerpt}
    <div class="article-meta"><p class="author-name">{escape_html(author)}</p><p class="publish-date">{_jd_date(story.when)}</p></div>
  </div>
</article>"""


def build_jp_daily_section() -> Layout:
    """A Japanese English-language daily's section page: a featured ``article.article`` then
    ``div.article-list > article.article > div.article-body`` with ``p.article-title > a``,
    ``p.article-excerpt``, upper-case bylines and date-only "APR 8, 2025"; a partner's
    sponsored story in the list's own markup, a photo gallery among the articles, tabbed
    "Most read"/"Most shared" (the second tab hidden), a newsletter box, ads and a pager."""
    page_url = f"{_JD_HOST}/news/japan/"
    menu = nav_links(
        [
            ("News", "/news/"),
            ("Japan", "/news/japan/"),
            ("Asia Pacific", "/news/asia-pacific/"),
            ("World", "/news/world/"),
            ("Business", "/business/"),
            ("Opinion", "/opinion/"),
            ("Life", "/life/"),
            ("Culture", "/culture/"),
            ("Sports", "/sports/"),
            ("Podcasts", "/podcast/"),
        ],
        "menu-item",
    )
    sub = nav_links(
        [
            ("Politics", "/news/japan/politics/"),
            ("Society", "/news/japan/society/"),
            ("Crime & Legal", "/news/japan/crime-legal/"),
            ("Science & Health", "/news/japan/science-health/"),
            ("Multimedia", "/news/japan/multimedia/"),
        ],
        "menu-item",
    )
    path, title, lead, partner = _JD_SPONSORED
    sponsored = f"""
<article class="article article--sponsored">
  <div class="article-image"><a href="{path}"><img src="https://cdn-japanchronicle.example/wp-content/uploads/2025/04/sp_kagoshima-300x200.jpeg" alt="" loading="lazy"></a></div>
  <div class="article-body">
    <p class="article-category"><a href="/sponsored/">SPONSORED CONTENT</a></p>
    <p class="article-title"><a href="{path}">{escape_html(title)}</a></p>
    <p class="article-excerpt">{escape_html(lead)}</p>
    <div class="article-meta"><p class="author-name">PRESENTED BY {partner}</p></div>
  </div>
</article>"""
    rows = [_jd_article(s, a) for s, a in _JD_LIST]
    rows.insert(6, sponsored)
    rows.insert(
        10,
        """
<div class="jt-ad jt-ad--infeed"><p class="jt-ad__label">ADVERTISEMENT</p><a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/131733101/jc/section_infeed" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/jc_infeed.jpg" alt=""></a></div>""",
    )
    most_read = link_list(
        _JD_MOST_READ,
        '<li><span class="rank">{rank}</span><p class="article-title"><a href="{href}">{title}</a></p></li>',
        sep="\n",
    )
    most_shared = link_list(
        _JD_MOST_SHARED,
        '<li><span class="rank">{rank}</span><p class="article-title"><a href="{href}">{title}</a></p></li>',
        sep="\n",
    )
    featured, featured_author = _JD_FEATURED
    body = f"""
<div class="jt-notice-bar"><a href="/subscribe/?utm_source=notice_bar">Subscribe now: Get unlimited digital access from ¥1,900 a month</a></div>
<header class="site-header">
  <div class="site-logo"><a href="/"><img src="/wp-content/themes/jc/img/logo.svg" alt="The Japan Chronicle"></a></div>
  <nav class="main-menu"><ul>
{menu}
  </ul></nav>
  <div class="header-links"><a href="/newsletters/">Newsletters</a> <a href="/my-account/">My Account</a> <a href="https://digitaledition.japanchronicle.example/">Print edition</a></div>
</header>
<div class="jt-ad jt-ad--leaderboard"><p class="jt-ad__label">ADVERTISEMENT</p><a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/131733101/jc/section_top" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/jc_top.jpg" alt=""></a></div>
<main class="main-content">
  <div class="section-header"><h1 class="section-title">JAPAN</h1><nav class="sub-menu"><ul>
{sub}
  </ul></nav></div>
  <div class="content-wrapper">
    <div class="main-column">
{_jd_article(featured, featured_author, featured=True)}
      <div class="article-list">{"".join(rows)}
      </div>
      <div class="pagination"><span class="page-numbers current">1</span><a class="page-numbers" href="/news/japan/page/2/">2</a><a class="page-numbers" href="/news/japan/page/3/">3</a><span class="page-numbers dots">…</span><a class="page-numbers" href="/news/japan/page/412/">412</a><a class="next page-numbers" href="/news/japan/page/2/">NEXT</a></div>
    </div>
    <aside class="sidebar">
      <div class="jt-ad jt-ad--rectangle"><p class="jt-ad__label">ADVERTISEMENT</p><a href="https://securepubads.g.doubleclick.example/gampad/clk?iu=/131733101/jc/section_rec" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/jc_rec.jpg" alt=""></a></div>
      <div class="ranking-widget">
        <ul class="tabs" role="tablist"><li class="active" role="tab"><button type="button">MOST READ</button></li><li role="tab"><button type="button">MOST SHARED</button></li></ul>
        <div class="tab-pane active"><ol class="ranking-list">
{most_read}
        </ol></div>
        <div class="tab-pane" hidden><ol class="ranking-list">
{most_shared}
        </ol></div>
      </div>
      <div class="newsletter-widget"><h3>SIGN UP FOR OUR NEWSLETTERS</h3><p>Get the day's top stories delivered to your inbox.</p><a href="/newsletters/?utm_source=sidebar">Sign up</a></div>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <ul class="footer-menu">
{nav_links([("About us", "/about-us/"), ("Contact us", "/contact-us/"), ("Advertise", "/advertising/"), ("Privacy policy", "/privacy-policy/"), ("Terms of service", "/terms-of-service/"), ("Corrections", "/corrections/"), ("Sitemap", "/sitemap/")])}
  </ul>
  <p class="copyright">THE JAPAN CHRONICLE, LTD. ALL RIGHTS RESERVED.</p>
</footer>"""
    items = [
        gold_item(page_url, s.path, s, timed=False) for s in (featured, *(s for s, _ in _JD_LIST))
    ]
    return Layout(
        name="en-jp-daily-section",
        family="Japanese English-language daily section: div.article-list > article.article > div.article-body > p.article-title > a, p.article-excerpt, upper-case date-only p.publish-date 'APR 8, 2025', sponsored story in the same markup, hidden ranking tab",
        body=english_document("Japan News | The Japan Chronicle", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Tokyo",
    )


# --------------------------------------------------------------------------------------------
# 4. A Pakistani English daily's story list (article.story, "Updated 08 Apr, 2025 10:05am")
# --------------------------------------------------------------------------------------------

_PK_HOST = "https://www.dawnpost.example"
_PK_NOW = NOW.astimezone(PKT)
# (story, label before the time: "Updated" or "Published"; a relative time within 3 hours)
_PK_STORIES: list[tuple[Story, str]] = [
    (Story.at(f"{_PK_HOST}/news/1903188/ecc-approves-wheat-procurement-target-sindh-punjab",
              "ECC approves wheat procurement target as farmers protest low support price",
              "The committee set a target of 2.2 million tonnes for the federal food department, while provinces will decide their own purchases.",
              ago(_PK_NOW, hours=1)), "Updated"),
    (Story.at(f"{_PK_HOST}/news/1903181/karachi-k-electric-loadshedding-schedule-heatwave",
              "K-Electric told to end loadshedding in high-loss areas during heatwave",
              "Nepra directed the utility to submit a revised schedule within 48 hours after complaints from residents of Lyari and Orangi.",
              ago(_PK_NOW, hours=2)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903176/sc-constitutional-bench-military-courts-appeal",
              "Constitutional bench adjourns hearing on military courts appeal till next week",
              "The seven-member bench asked the attorney general to explain the scope of the right to a fair trial.",
              _at(PKT, 8, 8, 40)), "Updated"),
    (Story.at(f"{_PK_HOST}/news/1903170/pakistan-imf-staff-level-agreement-tranche",
              "IMF board to take up Pakistan's $1bn tranche next month, finance ministry says",
              "The staff-level agreement covers the first review of the extended fund facility and a new climate financing arrangement.",
              _at(PKT, 8, 8, 5)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903163/lahore-smog-tower-orange-line-ridership",
              "Orange Line ridership crosses 300,000 a day after fare cut",
              "The Punjab Masstransit Authority said weekend trips rose by a third since the fare was lowered to Rs40.",
              _at(PKT, 8, 7, 22)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903151/kp-polio-campaign-begins-security",
              "Polio drive begins in KP under tight security after attack on team in Bannu",
              "More than 24,000 workers will try to reach 6.5 million children over seven days.",
              _at(PKT, 7, 23, 48)), "Updated"),
    (Story.at(f"{_PK_HOST}/news/1903144/gwadar-new-airport-first-international-flight",
              "Gwadar's new airport receives its first international flight",
              None,
              _at(PKT, 7, 22, 15)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903137/senate-passes-bill-domestic-workers-rights",
              "Senate passes bill setting minimum wage and leave for domestic workers",
              "The law applies to Islamabad and requires employers to register workers with the labour department.",
              _at(PKT, 7, 20, 56)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903129/psx-rebounds-after-record-fall",
              "PSX rebounds 2,000 points a day after its biggest fall in five years",
              "Analysts credited bargain hunting and hopes that Pakistan's exports to the US would escape the highest tariffs.",
              _at(PKT, 7, 18, 30)), "Updated"),
    (Story.at(f"{_PK_HOST}/news/1903120/quetta-schools-closed-teachers-strike",
              "Schools remain closed in Quetta as teachers' strike enters second week",
              "The teachers are demanding regularisation of contract staff and a raise in their allowances.",
              _at(PKT, 7, 16, 12)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903111/islamabad-high-court-missing-persons-commission",
              "IHC seeks report from missing persons commission on pending cases",
              "The court said the commission had failed to trace more than 2,000 people listed in its own records.",
              _at(PKT, 7, 14, 45)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903102/in-pictures-cholistan-jeep-rally-2025",
              "In pictures: dust and speed at the Cholistan desert jeep rally",
              "Drivers from across the country raced over the 460km track near Derawar Fort.",
              _at(PKT, 7, 12, 20)), "Published"),
    (Story.at(f"{_PK_HOST}/news/1903094/sindh-cabinet-approves-canal-lining-plan",
              "Sindh cabinet approves Rs25bn canal lining plan to save water",
              "Officials said lining 300km of watercourses in lower Sindh could save enough water to irrigate 40,000 acres.",
              _at(PKT, 7, 10, 5)), "Updated"),
    (Story.at(f"{_PK_HOST}/news/1903087/railways-karachi-express-new-coaches",
              "Railways adds new air-conditioned coaches to Karachi Express",
              "The coaches were made at the Islamabad carriage factory and have 78 seats each.",
              _at(PKT, 7, 8, 50)), "Published"),
]  # fmt: skip
_PK_POPULAR = [
    (f"{_PK_HOST}/news/1903129/psx-rebounds-after-record-fall", "PSX rebounds 2,000 points after record fall"),
    (f"{_PK_HOST}/news/1902950/petrol-price-cut-april-16", "Petrol price likely to be cut by Rs10 from April 16"),
    (f"{_PK_HOST}/news/1903181/karachi-k-electric-loadshedding-schedule-heatwave", "K-Electric told to end loadshedding during heatwave"),
    (f"{_PK_HOST}/news/1902911/babar-azam-psl-century", "Babar's century lifts Zalmi to first win of PSL season"),
]  # fmt: skip
_PK_OPINION = [
    (f"{_PK_HOST}/news/1903010/the-wheat-question", "The wheat question", "Zubeida Karim"),
    (f"{_PK_HOST}/news/1903006/tariffs-and-us", "Tariffs and us", "Farrukh Saleem Abbas"),
    (f"{_PK_HOST}/news/1902998/a-city-without-water", "A city without water", "Noreen Qazi"),
]  # fmt: skip


def _pk_stamp(story: Story, label: str) -> str:
    """'Updated 08 Apr, 2025 10:05am', or a timeago span 'about 2 hours ago' whose ``title``
    holds the instant, on the Pakistan clock without a zone."""
    assert story.when is not None
    local = story.when.astimezone(PKT)
    age = NOW - story.when.astimezone(UTC)
    if age < timedelta(hours=3):
        hours = int(age.total_seconds() // 3600)
        shown = f"about {hours} hour{'s' if hours > 1 else ''} ago"
        return f'<span class="timestamp__label">{label}</span> <span class="timestamp--time timeago" title="{local.isoformat()}">{shown}</span>'
    return f'<span class="timestamp__label">{label}</span> <span class="timestamp--date">{local:%d %b, %Y} {clock12(local, lower=True, pad=True, space=False)}</span>'


def _pk_story(story: Story, label: str, *, index: int) -> str:
    """An ``article.story``: a figure link, ``h2.story__title > a.story__link``, a byline,
    the time line and ``div.story__excerpt``."""
    excerpt = (
        f'<div class="story__excerpt text-4 font-georgia">{escape_html(story.lead)}</div>'
        if story.lead
        else ""
    )
    story_id = story.path.split("/news/", 1)[1].split("/", 1)[0]
    return f"""
<article class="story box  border-b border-grey-200 pb-4 mb-4" data-id="{story_id}" data-layout="story" data-position="{index}">
  <figure class="media sm:w-1/3 w-full media--left media--uneven"><div class="media__item"><a href="{story.path}" class="story__link"><picture><img src="https://i.dawnpost.example/thumbnail/2025/04/{story_id}ab1c2d3.jpg" alt="" loading="lazy"></picture></a></div></figure>
  <h2 class="story__title text-6 font-bold font-merriweather pt-1 pb-2"><a class="story__link" href="{story.path}">{escape_html(story.title)}</a></h2>
  <span class="story__byline text-3 font-bold">Staff Reporter</span>
  <span class="timestamp text-3 text-grey-400">{_pk_stamp(story, label)}</span>
  {excerpt}
</article>"""


def build_pk_story_list() -> Layout:
    """A Pakistani English daily's section: ``article.story`` rows with ``h2.story__title >
    a.story__link``, bylines, "Updated 08 Apr, 2025 10:05am" or a timeago "about 2 hours ago"
    (its ``title`` the instant) on the Pakistan clock, and ``div.story__excerpt``; a numbered
    "Most Popular" and an "Opinion" column in the same ``article.story`` markup, ad slots
    labelled "Advertisement", and a pager."""
    page_url = f"{_PK_HOST}/pakistan"
    menu = nav_links(
        [
            ("Home", "/"),
            ("Latest", "/latest-news"),
            ("Pakistan", "/pakistan"),
            ("Opinion", "/opinion"),
            ("Business", "/business"),
            ("World", "/world"),
            ("Sport", "/sport"),
            ("Prism", "/prism"),
            ("Videos", "/videos"),
            ("E-Paper", "https://epaper.dawnpost.example/"),
        ],
        "nav__item",
    )
    rows = [_pk_story(s, label, index=i) for i, (s, label) in enumerate(_PK_STORIES, start=1)]
    rows.insert(
        5,
        """
<div class="ad ad--inline my-4"><span class="ad__label">Advertisement</span><div id="div-gpt-ad-inline-1"><a href="https://pubads.g.doubleclick.example/gampad/clk?id=61077&amp;iu=/14309701/dawnpost/pakistan_inline" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/pk_inline.jpg" alt=""></a></div></div>""",
    )
    popular = "".join(
        f"""
<article class="story box flex" data-layout="story">
  <span class="story__number text-6 font-bold">{rank}</span>
  <h2 class="story__title text-4 font-bold"><a class="story__link" href="{href}">{escape_html(title)}</a></h2>
</article>"""
        for rank, (href, title) in enumerate(_PK_POPULAR, start=1)
    )
    opinion = "".join(
        f"""
<article class="story box" data-layout="story">
  <span class="story__byline text-3"><a class="story__byline__link" href="{_PK_HOST}/authors/{sum(map(ord, author)) + 1000}/{author.lower().replace(" ", "-")}">{escape_html(author)}</a></span>
  <h2 class="story__title text-4 font-bold"><a class="story__link" href="{href}">{escape_html(title)}</a></h2>
</article>"""
        for href, title, author in _PK_OPINION
    )
    body = f"""
<header class="header">
  <div class="header__top"><a class="logo" href="/"><img src="https://www.dawnpost.example/_img/logo.png" alt="DawnPost"></a><span class="header__date">Tuesday, April 8, 2025</span></div>
  <nav class="nav"><ul class="nav__list">
{menu}
  </ul></nav>
</header>
<div class="ad ad--leaderboard"><span class="ad__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=61070&amp;iu=/14309701/dawnpost/pakistan_top" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/pk_top.jpg" alt=""></a></div>
<div class="container mx-auto">
  <div class="flex flex-wrap">
    <div class="w-full sm:w-2/3 px-4">
      <h1 class="text-8 font-bold">Pakistan</h1>
      <div class="tabs__pane active">{"".join(rows)}
      </div>
      <div class="pagination"><a class="pagination__next" href="/pakistan?page=2">Load more</a></div>
    </div>
    <div class="w-full sm:w-1/3 px-4 sidebar">
      <div class="ad ad--sidebar"><span class="ad__label">Advertisement</span><a href="https://pubads.g.doubleclick.example/gampad/clk?id=61072&amp;iu=/14309701/dawnpost/pakistan_rhs" rel="nofollow"><img src="https://tpc.googlesyndication.example/simgad/pk_rhs.jpg" alt=""></a></div>
      <div class="box most-popular"><h3 class="box__title">Most Popular</h3>{popular}
      </div>
      <div class="box opinion"><h3 class="box__title"><a href="/opinion">Opinion</a></h3>{opinion}
      </div>
    </div>
  </div>
</div>
<footer class="footer">
  <ul class="footer__list">
{nav_links([("About us", "/about"), ("Advertise", "/advertise"), ("Contact us", "/contact"), ("Code of ethics", "/code-of-ethics"), ("Privacy policy", "/privacy"), ("Terms of use", "/terms")])}
  </ul>
  <p class="footer__copy">&copy; 2025, DawnPost Media Group (Pvt) Ltd.</p>
</footer>"""
    items = [gold_item(page_url, s.path, s) for s, _ in _PK_STORIES]
    return Layout(
        name="en-pk-story-list",
        family="Pakistani English daily section: article.story > h2.story__title > a.story__link, div.story__excerpt, 'Updated 08 Apr, 2025 10:05am' span.timestamp--date or timeago 'about 2 hours ago' (PKT, no zone), Most Popular and Opinion in the same article.story markup",
        body=english_document("Pakistan - DawnPost", "", body),
        page_url=page_url,
        fetched_at=FETCHED_AT,
        items=items,
        timezone="Asia/Karachi",
    )


BUILDERS: tuple[Builder, ...] = (
    build_indian_city_list,
    build_hk_react_section,
    build_jp_daily_section,
    build_pk_story_list,
)
