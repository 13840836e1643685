"""Reading header lines: bylines, meta lines (labelled fields in any order), editors.

Breadcrumbs are ``crumbs``'s, and the names of people and outlets ``names``'s.

Pure functions over one line each, used by the structure stage. They return ``None`` when a line is
not of their kind, so a line is only taken out of the body on positive evidence. Labels are matched
in both scripts (a Traditional line is read through the table of characters Simplified never uses),
so ``來源`` reads as ``来源`` even when the page is not converted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache

from ..han import han_count, is_han
from ..lazy import lazy_re
from ..lexicon import boilerplate_phrases, surnames
from .dates import FoundDate, find_date
from .names import (
    BRACKETS_RE,
    FIRM_ENDINGS,
    LATIN_NAME_RE,
    MIN_FIRM_CHARS,
    NAME_SPLIT_RE,
    NOT_NAMES,
    OWN_OUTLET_WORDS,
    PLATFORMS,
    REPORTER_KIND,
    REPORTER_LABELS,
    STAFF_CODE_RE,
    WRITER_ROLES,
    _newsroom_of,
    glued_names,
    is_button,
    is_outlet_name,
    is_person_name,
    names_in,
    names_nobody,
    recognition_form,
    with_plain_slashes,
    without_trailing_button,
)

MAX_META_CHARS = 150
LABELS = {
    # (图文／镜周刊: the pictures and the words, one credit; 实习生/…: an intern's)
    "authors": "文章作者|作者名|作者|执笔|采写|撰文|撰稿人|撰稿|供稿|主笔|发布者|发布人|发文人|通讯员|"
    + "|".join(REPORTER_LABELS) + "|记者|特派员|实习生|编译|图文|文|报道|报导",
    "source_name": "新闻来源|文章来源|信息来源|消息来源|原文来源|本文来源于|本文来源|来源于|转载自|来源|来自|出处|稿源|"
                   "转自|摘编自|节选自|选自|摘自|原文刊于|原文刊登于|本文刊登于|原文载于|原载于|原载|源于|源自|出品|发布机构|发文机关|"
                   "当前报纸名称|报纸名称",
    "published_at": "发布时间|发表时间|发布日期|发表日期|更新时间|更新日期|上传时间|录入时间|添加时间|"
                    "提交时间|创建时间|出版时间|出版日期|发布于|发表于|更新于|回答于|文章发表|发表|时间|日期|date|Date|"
                    "出版|更新",
    "views": "浏览次数|浏览人次|浏览量|浏览数|浏览|阅读次数|阅读人次|阅读量|阅读数|阅读|点击次数|点击量|点击数|"
             "点击率|点击|查看次数|查看|人气|热度|关注度|访问量|访问人次|阅览次数|阅览人次|阅览数|围观",
    "editor": "责任编辑|网络编辑|报纸编辑|值班编辑|核稿编辑|编辑|责编|主编|编审|审核|审校|校对|小编",
    "category": "所属分类|所属栏目|所属频道|新闻类别|文章类别|专栏名称|栏目名称|栏名|分类|栏目|类别|频道|板块|看板|"
                "Category|Categories",
    "ignored": "数据来源|图片来源|资料来源|图表来源|字号|字体|关键词|关键字|标签|评论|分享|收藏|打印|类型|性质|"
               "文档编号|文档序号|格式|页数|大小|字数|下载次数|下载|公司地址|客服邮箱|工作时间|Upload|Uploaded by|Tags",
}  # fmt: skip
# 出版：2026-Mar-10 04:00, 更新：…: a Hong Kong paper's stamps — labels of a day only when one follows
DATE_ONLY_LABELS = frozenset({"出版", "更新"})
_LABEL_OF = {label: name for name, alts in LABELS.items() for label in alts.split("|")}
LABEL_NAMES = frozenset(_LABEL_OF)  # every label the meta reader knows, whichever field it fills
# 文 and 报道 only where a word starts (文/李四, 报道：谢悦汉), never inside one (中文/英文, 据报道：…).
WORD_START_LABELS = frozenset(("文", "报道", "报导"))
_ALTERNATION = "|".join(
    f"(?<![\u4e00-\u9fff]){label}" if label in WORD_START_LABELS else label
    for label in sorted(_LABEL_OF, key=len, reverse=True)
)
# A label and its colon; 文 and 执笔 also take a slash (文/李四, 文 | 张三, 执笔/王五), 文 and 撰文 a dot too
# (文．洪宝山, 文•楚寒石, 撰文‧黄浚玮: a magazine's way), 来源 a bar or slash opening the line (来源 | 某网站;
# never 资金来源/运用, nor a site's empty slot 财经网 / 来源 / 2024-01-02).
LABEL_RE = lazy_re(
    rf"(?P<prefix>)(?P<label>{_ALTERNATION})\s*(?:[:：︱丨]|(?:(?<=文)|(?<=执笔)|(?<=记者)|(?<=作者)|(?<=编辑)|(?<=主编)"
    r"|(?<=出品)|(?<=^来源))\s*[/／|｜│]|(?<=文)\s*[．‧•・])\s*"
)
# Labels that are verbs ending in 于 need no colon: ``发布于2024-05-13``, ``本文来源于国家统计局``.
# Only at the start of the line or after a date, a space or a bar, never inside a sentence.
# 作者KotoriCute, 看板Stock, 时间Mon Mar 21 20:38:07 2022: a forum's header, its label run into a
# Latin value (a Chinese word never runs on into Latin letters, so no colon is needed)
GLUED_LATIN_LABEL_RE = lazy_re(r"^(?P<prefix>)(?P<label>作者|看板|时间)(?=[A-Za-z])")
# 原文刊於晴報 2013年4月30日: the paper an article first ran in, its verb the label
VERB_LABEL_RE = lazy_re(
    r"(?:^|(?<=[\s\d|｜]))(?P<prefix>)(?P<label>发布于|发表于|本文来源于|来源于|原文刊于|原文刊登于|本文刊登于|原文载于|原载于)"
    r"(?!\s*[:：])\s*"
)
# Labels without a colon are read only on a line with two or more of them: ``日期 2024-01-02 来源 新浪``.
BARE_LABEL_RE = lazy_re(rf"(?:^|(?<=\s))(?P<prefix>)(?P<label>{_ALTERNATION})(?=\s)")
# A reporter or editor label with its outlet in front: 每经记者 史青伟, 证券时报记者 张三, 每经编辑 肖芮冬.
PREFIXED_ROLE_RE = lazy_re(
    # (吉刻APP记者: a paper's app's reporter; 商传媒|记者…, 经济日报/记者…: after its outlet and a bar or
    # slash, a reporter — an editor's role there is a signature's, 蔡百灵／核稿编辑)
    r"(?:^|(?<=\s)|(?<=[|｜/／])(?=[\u4e00-\u9fff]{0,6}?(?:记者|通讯员)))(?P<prefix>《[^》]{1,12}》|(?:\d{1,3}|[A-Za-z]{1,8})?[\u4e00-\u9fff·]{0,12}?(?:APP|App|app)?)"
    r"(?P<label>" + "|".join(REPORTER_LABELS) + r"|记者|特派员|通讯员|实习生|编译|编辑)"
    r"\s*[:：/／]?(?=\s*[\u4e00-\u9fff])"
)
# 《棱镜》作者 周纯: a column or outlet in 《》 before 作者 — only in that form (原作者女儿 is prose)
QUOTED_AUTHOR_RE = lazy_re(r"(?:^|(?<=\s))(?P<prefix>《[^》]{1,12}》)(?P<label>作者)\s*[:：]?(?=\s*[\u4e00-\u9fff])")
COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"  # 9,484: a count with its thousands marked
VIEWS_AFTER_RE = lazy_re(
    rf"(?P<n>{COUNT}(?:\.\d+)?万?)\s*"
    r"(?:次浏览|次阅读|人阅读|人浏览|人次|次|人)?\s*(?:查看|阅读|浏览|点击|围观|读过|看过|点?热度"
    r"|(?<=\s)[Vv]iews?(?![A-Za-z]))"  # 96 views: an English template's count
)
VIEWS_BEFORE_RE = lazy_re(
    rf"(?:阅读|浏览|点击|查看)(?:量|数|次数|率)?\s*(?:[:：]?\s*(?P<n>{COUNT}(?:\.\d+)?万?)\s*(?:次|人次)"
    rf"|[(（]\s*(?P<m>{COUNT}(?:\.\d+)?万?)\s*[)）])"
    # 点击率818: a counter's own word (no verb alone: 阅读3篇) with its number run on
    rf"|(?<=率|量|数)(?P<k>{COUNT})(?![\d.])"
    # 浏览39|回应0|推荐0: a counter's verb, its number, and the bar to the next counter
    rf"|(?<=浏览|阅读|点击)(?P<b>{COUNT})(?=\s*[|｜])"
)
VIEWS_VALUE_RE = lazy_re(
    rf"^[(（]?\s*(?P<n>{COUNT}(?:\.\d+)?)(?![\d\-/年])"
    r"\s*(?P<unit>万|[wW]|千|[kK])?(?![A-Za-z])\s*(?:次|人次|人)?\s*[)）]?"
)
COUNT_ONLY_RE = lazy_re(COUNT + r"(?:\.\d+)?\s*(?:万|[wW]|千|[kK])?\s*(?:次|人次)?")  # 5285, 2.3万, 766次
VIEW_UNITS = {"万": 10_000, "w": 10_000, "W": 10_000, "千": 1_000, "k": 1_000, "K": 1_000}  # 5.19K: 5,190
ROOM_WORDS = ("室", "厅", "层", "区", "馆", "店", "处")
FLOOR_AUTHOR_RE = lazy_re(r"(?:\d{1,5}|沙发|板凳|地板)楼\s*(?P<name>[^\s\d][^\s]{1,11})")
RANKED_AUTHOR_RE = lazy_re(
    r"^(?P<name>[\u4e00-\u9fffA-Za-z·]{2,12}?)\s*(?:\d{1,3}级|[Ll][Vv]\.?\s?\d{1,3})[\u4e00-\u9fffA-Za-z]{0,12}$"
)
BYLINE_BULLETS = "■□●◆▲★☆◎▌☉⊙"  # ■胡建辉, ☉張國財: a paper's mark before its writer
BULLET_NAME_RE = lazy_re(
    rf"^[{BYLINE_BULLETS}|｜]\s*(?P<name>[\u4e00-\u9fff]{{2,4}}(?:\s+[\u4e00-\u9fff]{{2,4}}){{0,3}})$"
)
# 本报讯（记者 安然 朱玲）, 【时报编译张朝钦综合外电报导】, 〔記者陳梅英／台北報導〕: a role, then the names,
# at a paragraph's start (a dateline with its date before the bracket is bylines.dateline_reporters')
BRACKETED_REPORTER_RE = lazy_re(
    # 本报讯, 长城网·冀云客户端讯 (a site and its app), 【大纪元2023年09月25日讯】, 【希望之声2024年9月20日】
    # (its dispatch word left out: the date closes the bracket)
    r"^(?:(?P<dispatch>[\u4e00-\u9fff]{0,8}?(?:·[\u4e00-\u9fff]{2,8})?)(?:快讯|讯)\s*"  # 新京报快讯(记者…)
    r"|[【〔\[][\u4e00-\u9fff\d]{0,20}(?:讯|(?<=\d日))[】〕\]]\s*)?"
    r"[（(【\[〔]\s*(?P<outlet>[\u4e00-\u9fff]{2,8}?(?:·[\u4e00-\u9fff]{2,8}?)?)??\s*"  # 新甘肃·甘肃日报记者
    r"(?:" + REPORTER_KIND + r"?记者|通讯员|发文人|编译|文\s*[.．・·/／:：]"
    # 【民眾網編輯劉家瑜/綜合報導】: the editor who compiled the report is its writer
    r"|编辑(?=[\u4e00-\u9fff·\s、]{2,30}?[/／]\s*综合(?:外电)?(?:报导|报道)))\s*"
    r"(?:(?:(?<=记者)|(?<=通讯员))[:：/／]\s*)?"  # (通讯员：张璨), (通讯员/沈青秀): a colon or slash after the role
    r"(?P<names>[\u4e00-\u9fff·\s、]{2,30}?)\s*(?:(?:综合)?(?:外电)?(?:采访)?(?:报导|报道))?\s*"
    r"(?:[/／][\u4e00-\u9fff]{2,8})?\s*[)）】\]〕]"
)
# 记者王南通讯员宋开峰: a second writer's role glued between two names in a reporters' bracket
GLUED_ROLE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(通讯员|通訊員|实习生|實習生|见习记者|見習記者)(?=[\u4e00-\u9fff]{2})")
# 中房网讯 （苏晓/文）: the writer's name, then 文 ("text by") after a slash, in a bracket
NAME_THEN_WEN_RE = lazy_re(
    r"^(?:[\u4e00-\u9fff]{0,8}讯\s*)?[（(]\s*(?P<names>[\u4e00-\u9fff·、 ]{2,16}?)\s*[/／]\s*文\s*[)）]"
    # 陈永伟/文 当地时间3月27日…: unbracketed, a blank between it and the first sentence
    r"|^(?P<bare>[\u4e00-\u9fff·]{2,4})\s*[/／]\s*文[ \u3000]+(?=\S)"
)
# 【大公報訊】記者陳詠賢報道：: the reporter named before the article's first words, after its outlet's 讯
LEAD_REPORTER_RE = lazy_re(
    r"^(?:[【\[〔]\s*(?P<outlet>[\u4e00-\u9fff]{2,10}?)(?:讯|专讯)?\s*[】\]〕]\s*"
    # 本报北京2月6日讯 记者…, 本网讯 记者雷和平 通讯员韩荣胜 陈静雅报道 2020年…: a blank after 讯 and 报道
    r"|[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日(?:电|讯)\s*|[\u4e00-\u9fff]{1,12}?讯[ \u3000]+)?"
    + REPORTER_KIND + r"?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·、 ]{2,30}?)\s*(?:综合)?(?:报道|报导)(?:\s*[:：/／]|[ \u3000]+(?=\S))"
    # 記者陳建興／台北報導 防疫險…: the reporter, the city, then a blank before the first sentence
    r"|^" + REPORTER_KIND + r"?记者\s*(?P<slashed>[\u4e00-\u9fff]{2,4}?)\s*[/／]\s*[\u4e00-\u9fff]{2,4}?"
    r"(?:即时|综合)?(?:报导|报道)[ \u3000]+(?=\S)"
    # 本报记者辛宏 一位读者…: this paper's reporter, her name, a blank, then the first sentence
    # (a sentence follows: 本刊记者 段宏庆 于宁 何华峰 is a byline of names alone)
    r"|^(?:本报|本刊|本台|本网)" + REPORTER_KIND
    + r"?记者\s*(?P<own>[\u4e00-\u9fff]{2,3})[ \u3000]+(?=\S[^\n]*?[，。；！？])"
)
# 中国商报(记者 马文博)根据…: the outlet, then its reporter's bracket, opening the first paragraph
OUTLET_BEFORE_BRACKET_RE = lazy_re(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,8})\s*[（(【\[]\s*(?:记者|通讯员)\s*(?P<names>[\u4e00-\u9fff·、 ]{2,16}?)\s*"
    r"(?:[/／][\u4e00-\u9fff]{2,6})?\s*[)）】\]]"  # 旺报 【记者叶文义/综合报导】: where, or how, reported
)
# 【財訊快報/陳孟朔】: an outlet and its reporter in a bracket opening the first paragraph
BRACKETED_OUTLET_NAME_RE = lazy_re(
    r"^[【\[〔]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,10}?)\s*[/／]\s*(?P<names>[\u4e00-\u9fff]{2,4}?)\s*"
    r"(?:报导|报道)?\s*[】\]〕]"  # 【財訊快報/巫彩蓮報導】: and how she filed it
)
SENTENCE_END_RE = re.compile("[。！？!?]")
LETTER_SPACED_RE = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]")
META_SENTENCE_END_RE = re.compile("[。！？!]|(?<!\\d)[?]")  # 21:35? 来源：… — a lost character after a time
# iData財經編輯 by iData財經編輯: a blog theme's byline, the author's avatar name then "by" and the name
SELF_BY_RE = re.compile(r"(?P<name>[^\s|:：]{2,20}) by (?P=name)")
POSTED_BY_RE = re.compile(
    r"^\s*(?:(?P<verb>posted|published|updated)\s+(?:on\s+)?)?(?P<day>\S.*?)\s+by\s+"
    r"(?P<name>[^\s|]+(?: [^\s|]+)?)\s*$",
    re.IGNORECASE,
)
POSTER_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,23}")  # blacklistedbroke: a blog's user, longer than a handle
# 崔?;? after a blank: a name whose characters were lost to an encoder (its ? and ; left), no question
LOST_NAME_RE = re.compile(r"(?:^|(?<=\s))[\u4e00-\u9fff]{0,3}[?？][;；][?？]")
LONE_WRITER_RE = re.compile(r"[\u4e00-\u9fff]{3}")  # three characters: two could be any word after a surname
SHORT_WRITER_RE = re.compile(r"[\u4e00-\u9fff]{2}")
MAX_ACCOUNT_CHARS = 20
MAX_PEN_NAMES = 3
SHORT_PEN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}")  # a pen name beside another is a name's length
LATIN_HANDLE_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,15}")  # Doris, lee_88: a user's handle, one word
BYLINE_FOOTNOTE_RE = re.compile(r"\s[*＊※][^*＊※]+$")
FORUM_EDIT_NOTE_RE = lazy_re(r"本帖最后由\s*\S{1,30}\s*于\s*[\d\-/: ]{8,20}\s*编辑")
# a note in brackets closing a byline, longer than a short one (BRACKETS_RE takes those with the value)
# (作者: 李礼仲 ( 2007年11月13日 11:50): a date in the bracket is a field, no note)
AFFILIATION_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])\s*[（(][^（）()\d]{17,60}[)）]\s*$")
LATIN_OUTLET_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3}")
SEPARATOR_MARKS = "·•|｜/／-—"  # between a meta line's fields, never a field's word
WEEKDAY_RE = re.compile(
    r"[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?",
    re.IGNORECASE,
)
TEMPERATURE_RE = re.compile(r"-?\d{1,2}\s*(?:°C|℃|°)")  # 4月19日 (星期五)28°C 78: the weather, not a meta line
MAX_BARE_FIELD_CHARS = 12
EMPTY_COUNT_RE = lazy_re(r"(?:人|次)?(?:阅读|浏览|查看|围观)(?:量|数|次数)?[:：]?")
NAMES_ONLY_SPLIT_RE = re.compile(r"[\s、，,+＋]+")  # 孙翔宇+杨晶晶: a journal mirror joins its writers so
MAX_LISTED_NAMES = 4
# 出版时间：2012年01月 — a book's or journal's month, read only as a date label's whole value (in a
# heading or a sentence, 2023年12月 is no publication date)
YEAR_MONTH_RE = lazy_re(r"^(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月$")
PUBLISHED_BY_RE = lazy_re(r"^(?P<subject>\S{2,12}?)\s*于\s+(?:发布|发表)$")
GLUED_SECONDS_RE = lazy_re(r"^:[0-5]\d(?=\d)")
POST_LABEL_RE = lazy_re(r"^(?P<label>[\u4e00-\u9fff]{2})[:：]\s*(?=\S)")
# (not 文, which starts words: 文章来源:中国网 is read by LABEL_RE, 文 needs its slash)
_PIPED_ALTERNATION = "|".join(label for label in sorted(_LABEL_OF, key=len, reverse=True) if label != "文")
PIPED_LABEL_RE = lazy_re(rf"(?:^|(?<=[|｜]))\s*(?P<prefix>)(?P<label>{_PIPED_ALTERNATION})(?=[^\s:：|｜])")
PEN_NAME_LABELS = frozenset(("作者", "作者名", "执笔", "撰文", "文"))
NAMES_ONLY_LABELS = frozenset(("报道", "报导", "供稿"))  # words too: a line they open is a byline only with a name
# 作者：里约热泪奴 alone on its line: a handle the label vouches for when it is longer than a word
# (作者：合同 is a document header's; 作者：工商评级三部, 作者：国金固收团队 a desk's)
MIN_LONE_PEN_NAME_CHARS = 3
MAX_LONE_PEN_NAME_CHARS = 8  # longer, it is a phrase (作者：合同条款的效力问题分析)
TEAM_WORDS = ("团队", "中心", "组", "部")
BYLINE_ONLY_LABELS = frozenset(("执笔", "撰文", "文"))  # 文/地金君: "text by", a byline's word only
PLATFORM_ACCOUNT_RE = lazy_re(
    r"(?:微信公众号|公众号|微信号|头条号|百家号|企鹅号|微博)[【\[「“](?P<name>[^】\]」”]{2,16})[】\]」”]"
)
PEN_NAME_RE = lazy_re(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z_~·\-]{1,11}$")
NAME_ROLE_RE = lazy_re(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／]\s*(?:文|撰文|图文|文图)")
NAME_EDITOR_RE = lazy_re(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／]\s*(?:核稿编辑|责任编辑|责编|编辑)")
COLUMN_ROLE_RE = lazy_re(r"(?<=[\u4e00-\u9fffA-Za-z])(?:专栏作者|专栏作家|特约作者|特约撰稿人|特约评论员)$")
# 财经中心／综合报导, 生活中心／台北报导: a newsroom's desk signs the copy, compiled or from a place; no name
DESK_CREDIT_RE = lazy_re(r"[\u4e00-\u9fff]{2,8}(?:中心|组|部)\s*[/／]\s*[\u4e00-\u9fff]{2,4}(?:报导|报道)")
# 中央社／紐約6日綜合外電報導, 中央社/台北1日电, 联合新闻网/综合报导: an outlet's dateline credit with
# no reporter named, as Taiwan's wires print it (the outlet is the source); 香港新闻组/香港2日电: a desk's,
# naming no one
_PLACE_DAY = r"[\u4e00-\u9fff]{2,6}?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日"
OUTLET_DATELINE_RE = lazy_re(  # 中央社 台北22日電: a space stands for the slash only before a place and its day
    rf"(?P<outlet>[\u4e00-\u9fffA-Za-z]{{2,10}}?)(?:\s*[/／]\s*(?:{_PLACE_DAY})?|\s+{_PLACE_DAY})"
    r"\s*(?:综合外电|综合)?(?:电|专电|报导|报道)"
)
DESK_WORDS = ("中心", "组", "部")
# 新华社记者 alone under a wire's dateline: its reporters, unnamed (the outlet is the source)
UNNAMED_REPORTERS_RE = lazy_re(r"(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:特约记者|记者|通讯员)")
# 20250824吳靜君/台北報導: a news app's byline with its day run on before it, digits only
COMPACT_DAY_RE = lazy_re(r"(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=\D)")
# 經濟日報／ 黃彥宏／台北即時報導: the outlet, its reporter, where she reports from (and how: 即时, 综合)
OUTLET_NAME_PLACE_RE = lazy_re(
    r"(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*[/／]\s*(?P<name>[\u4e00-\u9fff]{2,4}?)\s*[/／]\s*"
    r"[\u4e00-\u9fff]{2,4}?(?:即时|综合|连线)?(?:报导|报道)"
)
# 吕欣芷/台北报导: the reporter's name, then where she reports from
REPORTED_FROM_RE = lazy_re(r"(?P<name>[\u4e00-\u9fff]{2,4}?)\s*[/／]\s*[\u4e00-\u9fff]{2,4}(?:报导|报道)")
# One name and something after it, a byline by shape:
ONE_NAME_SHAPES = (
    # 蔡昌芹/ 浙商财产保险股份有限公司: a journal's author over the institution
    lazy_re(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／]\s*[\u4e00-\u9fff（）()·]{2,30}"
            r"(?:公司|大学|学院|银行|研究所|研究院|中心|协会|学会|集团|局|厅)"),
    lazy_re(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[*＊※]{1,2}"),  # 朱磊*: a footnote on the author
    NAME_ROLE_RE,  # 杨千/文: the name, then its role
    # 陳依旻|Yahoo財經特派記者: the name, then the outlet she reports for and her title
    lazy_re(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／|｜]\s*[\u4e00-\u9fffA-Za-z]{0,12}?(?:特派|特约|驻外)?记者"),
    # 生活中心／游舒婷报导: a newsroom's desk, then its reporter's name and 报导
    lazy_re(r"[\u4e00-\u9fff]{2,8}(?:中心|组|部)\s*[/／]\s*(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:报导|报道)"),
    REPORTED_FROM_RE,  # 吕欣芷/台北报导 (after a desk's shape)
    # 【KTSF 张丽月报导】: a station's or outlet's name, a blank, its reporter's name and 报导, bracketed
    lazy_re(r"[【\[〔（(]\s*[\u4e00-\u9fffA-Za-z0-9]{2,10}\s+(?P<name>[\u4e00-\u9fff]{2,4})\s*(?:报导|报道)\s*[】\]〕）)]"),
    # 李袁木（北京市）: a reader's letter signs with the writer's place
    lazy_re(r"(?P<name>[\u4e00-\u9fff]{2,3})\s*[（(][\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州)?[)）]"),
)
NAME_OUTLET_RE = lazy_re(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／|｜]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,16})$")
# 整理‧撰文 陳彥丞, 採訪・撰文＝余麗姿, 文字/攝影 张三: roles joined, one of them writing — read as 撰文
_ROLES = "采访|整理|撰文|文字|文|摄影|图|编辑"
JOINED_ROLES_RE = lazy_re(
    rf"(?<![\u4e00-\u9fff])(?:{_ROLES})(?:\s*[・‧·•、/／&＆]\s*(?:{_ROLES}))+\s*(?:[=＝:：]|\s(?=\s*[\u4e00-\u9fff]))"
)
JOINED_WRITER_ROLES = ("采访", "整理", "撰文", "文字", "文")
MARKED_OUTLET_RE = lazy_re(r"《(?P<outlet>[^《》\s]{2,16})》\s*(?=[\u4e00-\u9fff])")
COLUMN_BYLINE_RE = lazy_re(r"(?P<column>[\u4e00-\u9fff]{2,6})[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})")
SPACED_LABEL_RE = lazy_re(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,4}([\u4e00-\u9fff])(?=\s*[:：︱丨])")
MORE_LINK_RE = lazy_re(r"(?<!\s)\s*(?:查看)?更多\s*[>》»›]*\s*$")  # (?<!\s): once per blank run
# 信贷观察 2024年第11期, 财会月刊·上半月 2020年9期 (a twice-monthly journal's half: its edition, not its name)
ISSUE_RE = lazy_re(
    r"^(?:《(?P<quoted>[^》]{2,16})》\s*|(?P<name>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:\s*·\s*[上中下]半?[月旬])?\s+)"
    r"(?:\d{4}\s*年\s*第?|第)\s*\d{1,4}\s*期$"
)
# 意见领袖 | 《经济学》（季刊）: a journal named with how often it comes out, perhaps after the column that
# reprints it — a credit line (a headline quoting a book, 书评 | 《置身事内》, names no frequency)
JOURNAL_FREQUENCY_RE = lazy_re(
    r"^(?:(?P<column>[\u4e00-\u9fffA-Za-z]{2,8})\s*[|｜]\s*)?《(?P<name>[^《》]{2,16})》\s*"
    r"(?P<frequency>[（(](?:季刊|月刊|双月刊|半月刊|周刊|旬刊|年刊)[)）])$"
)
# a journal's name in title marks as a 来源 value, its issue after it (cut short as pages print it)
JOURNAL_SOURCE_RE = lazy_re(r"^《(?P<name>[^《》]+)》(?:\d{4}\s*年?\s*(?:第\s*\d{0,4}\s*期?)?|第\s*\d{1,4}\s*期?)?$")
# … | 来源：经济参考报 | | [上市公司]: a channel in brackets between a meta row's bars
BARRED_CHANNEL_RE = lazy_re(r"[|｜]\s*[【\[](?P<channel>[\u4e00-\u9fff]{2,8})[】\]](?=\s|[|｜]|$)")
CATEGORY_LIST_RE = lazy_re(r"\s*[,，、]\s*")
# an e-paper's page label: its number, the section it belongs to, the links to the pages beside it
EPAPER_PAGE_RE = lazy_re(
    r"(?:(?:版面\s*[:：]\s*)?第\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]\s*(?P<section>[\u4e00-\u9fff]{2,8})?"
    # 27版 信息披露  查看版面PDF: without 第 and a colon, the section named and the page's PDF button after
    r"|[A-Za-z]?\d{1,3}版\s+(?P<named>[\u4e00-\u9fff]{2,8})(?=\s+(?:查看)?版面PDF))"
    # possessive: digits are never split twice (版面:第A03版:江苏农金 上一篇 下一篇: a reader's links)
    r"(?:\s*(?:上一版|下一版|上一期|下一期|上一篇|下一篇|(?:查看)?版面PDF|\d{1,3}(?!\d)))*+"
)
BREADCRUMB_STRONG_SPLIT_RE = lazy_re(r"\s*(?:-{0,2}>>?|＞|»|›|→|≫)\s*")  # ->> and --> drawn in ASCII too
# A name with what was done to its text in brackets after it (游民星空[整理], 路透社（编译）): a source.
CREDITED_SOURCE_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,16})[\[【(（](?:整理|编译|編譯|转载|轉載|综合|綜合)[\]】)）]"
)
# 【纠错】 责任编辑：焦鹏: a page's link words in brackets may stand before the label
EDITOR_LINE_RE = lazy_re(
    r"^(?:[【\[][\u4e00-\u9fff]{2,4}[】\]]\s*){0,2}"
    # (編輯 張明富): in brackets a blank may stand for the colon, the name closing the bracket
    r"[（(【\[]?\s*(?:责任编辑|责编|核稿编辑|编辑|网络编辑|报纸编辑|审校)"
    r"(?:\s*[:：]\s*|\s+(?=[\u4e00-\u9fff·]{2,4}\s*[）)】\]]))(?P<name>[^）)】\]\s]{1,20})"
)
BRACKETED_EDITOR_RE = lazy_re(r"[【\[]\s*(?:责任编辑|编辑|责编)\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,8})\s*[】\]]")
MAX_EDITOR_ROW_CHARS = 40
MAX_JOB_TITLE_CHARS = 8  # 首席宏观经济学家; a longer word after a name is a phrase, not a title
# （来源：证券时报）; 資料來源:星島日報 (data's label: the source only when it names a paper, not a chart's Wind)
LEADING_ADDRESS_RE = re.compile(
    r"(?:https?://)?(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:com|cn|net|org|hk|tw)(?:\.(?:cn|hk|tw))?(?:/[!-~]*)?\s+(?=\S)"
)
# 更多 NOWnews 今日新聞 報導, 更多 中時新聞網 報導: Yahoo's heading over more stories from the outlet
MORE_FROM_OUTLET_RE = lazy_re(r"更多\s+(?P<outlet>\S(?:[^\n]{0,22}\S)?)\s+(?:报导|报道)")
# (any source label: 转自：新华社, 信息来源：安徽日报; in a bracket a blank for the colon: (來源 中央社))
_SOURCE_LABELS = "|".join(sorted([*LABELS["source_name"].split("|"), "新闻资料来源"], key=len, reverse=True))
SOURCE_LINE_RE = lazy_re(
    rf"^(?:[（(【\[]?\s*(?:{_SOURCE_LABELS}|(?P<data>资料来源))\s*[:：]|[（(]\s*(?:来源|新闻资料来源)\s+"
    r"|[<‹〈＜]\s*(?:摘录|摘自))\s*"  # <摘錄工商>: the paper a broker's site excerpts, alone under the story
    r"(?P<name>[^）)】\]>›〉＞\s，。；;\d]{1,16})\s*[）)】\]>›〉＞]?\s*[|｜]?$"
)


@dataclass(frozen=True, slots=True)
class Meta:
    """What header lines say, named as the Article's fields; empty where they do not say it.

    ``byline`` is the line itself when it names an author; ``crumbs`` are a breadcrumb's items.
    """

    authors: tuple[str, ...] = ()
    byline: str | None = None
    published_at: str | None = None
    source_name: str | None = None
    site_name: str | None = None
    category: str | None = None
    views: int | None = None
    editor: str | None = None
    crumbs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.source_name and (outlet := _newsroom_of(recognition_form(self.source_name))):
            object.__setattr__(self, "source_name", self.source_name[: len(outlet)])  # as the page writes it

    @property
    def is_date_only(self) -> bool:
        """Whether the line said a date and nothing else (``2024-05-22``, a portal's clock)."""
        return self.published_at is not None and self == Meta(published_at=self.published_at)

    @property
    def author(self) -> str | None:
        return self.authors[0] if self.authors else None

    @property
    def is_byline(self) -> bool:
        return self.byline is not None

    def filled_from(self, other: Meta) -> Meta:
        """This, with the fields still empty taken from ``other``: the first line to say wins."""
        updates = {
            f.name: getattr(other, f.name)
            for f in fields(self)
            if getattr(self, f.name) in (None, ()) and getattr(other, f.name) not in (None, ())
        }
        return replace(self, **updates) if updates else self


def _views(value: str) -> int | None:
    match = VIEWS_VALUE_RE.match(value)
    if not match:
        return None
    if match["unit"]:
        return round(float(match["n"].replace(",", "")) * VIEW_UNITS[match["unit"]])
    number = float(match["n"].replace(",", ""))
    return int(number) if number == int(number) else None


def _labels(form: str, found_date: FoundDate | None) -> list[re.Match[str]]:
    found = [*LABEL_RE.finditer(form), *PREFIXED_ROLE_RE.finditer(form), *VERB_LABEL_RE.finditer(form),
             *QUOTED_AUTHOR_RE.finditer(form), *GLUED_LATIN_LABEL_RE.finditer(form)]
    if form.count("|") + form.count("｜") >= 2:
        found += PIPED_LABEL_RE.finditer(form)  # 来源CSDN| 作者魏星: bars part the fields, no colon needed
    # bare labels (作者 王小五) count beside any other label: two or more labelled fields make them no
    # less a row's fields, and their values go with the line
    bare = list(BARE_LABEL_RE.finditer(form))
    if len(bare) + len(found) >= 2:
        found += bare
    elif not found and bare and (
        _labels_date(bare[0], found_date, form)
        or _labels_count(bare[0], form)
        or _after_date(bare[0], found_date, form)
    ):
        # 更新时间 2012年12月10日, 人气 5285: a date's or count's label, its value alone after it; 2025/7/8 作者 赵漾:
        # the line opens with its date, and one label follows it (the date stands for a field's label)
        found.append(bare[0])
    # where each label starts (a bar's match takes the blank before it: | 浏览次数：… is read by the
    # colon's 浏览次数, not the bar's 浏览 with 次数 for its value), the longest first at a place, then
    # the one with an outlet before it (每经记者：the outlet's reporter)
    found.sort(key=lambda m: (m.start("label"), m.start("label") - m.end("label"), m.start()))
    kept: list[re.Match[str]] = []
    for match in found:  # overlapping matches: the first (longest at a place) wins
        if _credits_a_figure(match, form):
            continue
        if not kept or match.start("label") >= kept[-1].end():
            kept.append(match)
    return kept


def _credits_a_figure(label: re.Match[str], form: str) -> bool:
    """``数据来源/…``, ``资料来源：…``, ``图片来源``: whose figures or pictures they are, not the article's
    source (``信息来源`` is a label of its own, matched whole)."""
    start = label.start("label")
    return _LABEL_OF[label["label"]] == "source_name" and form[max(0, start - 2) : start] in FIGURE_CREDIT_WORDS


FIGURE_CREDIT_WORDS = frozenset(("数据", "资料", "图片", "图表", "照片"))
FIGURE_CREDIT_LABELS = tuple(word + "来源" for word in FIGURE_CREDIT_WORDS)  # 数据来源, 资料来源 …
REACH_COUNTER_RE = re.compile(r"\s*本文已影响\s*(?P<n>\d{1,9}(?:\.\d{1,3}\s*[WwKk万千])?)?\s*人?\s*$")


def _account_on_platform(lead: str) -> str | None:
    """``东吴研究所 · 公众号``: an account's name, then the platform it posts on, dot-parted."""
    parts = [part.strip() for part in lead.split("·") if part.strip()]
    if len(parts) == 2 and parts[1] in PLATFORMS and 2 <= len(parts[0]) <= MAX_ACCOUNT_CHARS and " " not in parts[0]:
        return parts[0]
    return None


def _lone_writer(lead: str, full_row: bool) -> bool:
    """The words before a meta line's first label are its writer: a name of three characters, or of two
    in a row that names the source and the day after it (``陈爱 来源：电子银行网 2025-10-16``) — two
    characters before a lone label could be any word after a surname."""
    shaped = LONE_WRITER_RE.fullmatch(lead) or (full_row and SHORT_WRITER_RE.fullmatch(lead))
    return bool(shaped) and is_person_name(lead)


ANY_BRACKET_RE = re.compile(r"[（()）]")


def inside_one_bracket(line: str) -> str | None:
    """What a line wholly in one pair of round brackets says, none inside (``（作者：程思思 熊思琪）``)."""
    if line[:1] in "（(" and line[-1:] in "）)" and len(line) > 2 and not ANY_BRACKET_RE.search(line, 1, len(line) - 1):
        return line[1:-1]
    return None


@lru_cache(maxsize=1024)  # header, byline and trailer readers ask again for the same lines; Meta is frozen
def parse_meta_line(line: str, reference: date | None = None) -> Meta | None:
    """Labelled fields in any order and with any separators, a date, a view count; None if none.

    >>> meta = parse_meta_line("来源：零壹财经 作者：张三 发布时间：2017-11-08 16:22 浏览次数：766")
    >>> meta.source_name, meta.authors, meta.published_at, meta.views
    ('零壹财经', ('张三',), '2017-11-08T16:22', 766)
    >>> parse_meta_line("2025-04-04 10:31:38 逾期资讯 44").category
    '逾期资讯'
    """
    if len(line) > MAX_META_CHARS or len(line) < 2:
        return None
    line = line.rstrip(",，")  # 2025-05-21,: an aggregator's date with the comma it printed after it
    if "更新" in line:  # 2024.08.07 11:00 (2024.08.07更新): when it was updated, a note on the date
        line = UPDATED_NOTE_RE.sub(" ", line)
    if (inside := inside_one_bracket(line)) is not None:
        # （记者 王淯滢 通讯员 洪恒亮）: the fields in one bracket, read as if bare (its first label opened it)
        meta = parse_meta_line(inside, reference)
        return replace(meta, byline=line) if meta is not None and meta.byline else meta
    if (address := LEADING_ADDRESS_RE.match(line)) and (meta := parse_meta_line(line[address.end() :], reference)):
        # http://finance.sina.com.cn 2006年03月07日 09:50 和訊網: a portal's address, then the fields
        return meta if meta.published_at else None
    # 来源:百花范文网本文已影响 (… 2345 人): the page's reach counter run on after the last field
    if "影" in line and (reach := REACH_COUNTER_RE.search(recognition_form(line))):
        views = _views(reach["n"]) if reach["n"] else None
        if reach.start() == 0:
            return Meta(views=views)  # 本文已影响 2.63W人 alone on its line
        meta = parse_meta_line(line[: reach.start()], reference)
        return meta.filled_from(Meta(views=views)) if meta is not None else None
    footnote = BYLINE_FOOTNOTE_RE.search(line)
    if footnote and LABEL_RE.match(recognition_form(line)):
        # 作者：甲 乙 *实习生丙对本文亦有贡献。: the byline's footnote (its sentence is no field)
        meta = parse_meta_line(line[: footnote.start()], reference)
        return replace(meta, byline=line) if meta is not None and meta.byline else meta
    if " by " in line and (same := SELF_BY_RE.fullmatch(line.strip())) and _named_by_theme(same["name"]):
        return Meta(authors=(same["name"],), byline=line)  # iData財經編輯 by iData財經編輯: a theme's byline
    if " by " in line and (posted := POSTED_BY_RE.match(line)):
        # Posted on 2025 年 6 月 13 日 by blacklistedbroke: an English blog template's byline row
        day = parse_meta_line(posted["day"], reference)
        found = find_date(recognition_form(posted["day"]), reference)
        whole = found is not None and found.start == 0 and found.end >= len(posted["day"].rstrip())
        if day is not None and day.is_date_only and (posted["verb"] or whole):
            name = posted["name"]
            named = (PEN_NAME_RE.match(name) or POSTER_RE.fullmatch(name) or LATIN_NAME_RE.fullmatch(name)) and (
                not names_nobody(name)
            )
            return replace(day, authors=(name,), byline=line) if named else day
    if "本帖" in line and FORUM_EDIT_NOTE_RE.fullmatch(recognition_form(line.strip())):
        return Meta()  # 本帖最后由 holycow 于 2016-3-7 15:41 编辑: when a forum post was last edited, and by whom
    if ("?" in line or "？" in line) and (lost := LOST_NAME_RE.search(line)):
        meta = parse_meta_line(line[: lost.start()] + line[lost.end() :], reference)
        return replace(meta, byline=line) if meta is not None and meta.byline else meta
    # a sentence is no meta line (read on the line itself: the recognition form changes no mark)
    if META_SENTENCE_END_RE.search(line.rstrip("?？!！")) or line.count("，") + line.count(",") > 2:
        return None
    if TEMPERATURE_RE.search(line):
        return None
    # 2020年06月01日第3期: a magazine's day and its issue's number; 2024/10/28 第1168期 | 订阅/退订 | 看历史报份:
    # a newsletter's, its links after bars (words a link's length, no sentence)
    issue_row, *links = re.split(r"\s*[|｜]\s*", line.strip(" |｜")) if "期" in line else [line]
    number = ISSUE_NUMBER_RE.search(issue_row)
    short_links = all(len(link) <= MAX_ISSUE_LINK_CHARS and not META_SENTENCE_END_RE.search(link) for link in links)
    if number and number.start() > 0 and short_links:
        meta = parse_meta_line(issue_row[: number.start()], reference)
        if meta is not None and meta.is_date_only:
            return meta
    # 记者黄荣杰通讯员庄丽: the second role run on after a name (in a dateline's bracket the bracket's
    # reader parts them)
    unglued = GLUED_ROLE_RE.sub(r" \1", line) if "(" not in line and "（" not in line else line
    if unglued != line:
        meta = parse_meta_line(unglued, reference)
        return replace(meta, byline=line) if meta is not None and meta.byline else meta
    affiliation = AFFILIATION_NOTE_RE.search(line)
    if affiliation and (meta := parse_meta_line(line[: affiliation.start()], reference)) and meta.authors:
        return replace(meta, byline=line)  # 本文作者：余永定（中国社会科学院学部委员、…原所长）: who the writer is
    spaced = SPACED_LABEL_RE.sub(r"\1\2", line)  # 作  者：程超泽 — a form's label spaced to width
    if spaced != line:
        meta = parse_meta_line(spaced, reference)
        return replace(meta, byline=line) if meta is not None and meta.byline else meta
    form = recognition_form(line)
    joined = JOINED_ROLES_RE.search(form)
    if joined and any(role in re.split(r"[^\u4e00-\u9fff]+", joined[0]) for role in JOINED_WRITER_ROLES):
        meta = parse_meta_line(line[: joined.start()] + "撰文：" + line[joined.end() :], reference)
        return replace(meta, byline=line) if meta is not None and meta.byline else meta
    if page := EPAPER_PAGE_RE.fullmatch(form.strip()):  # 第B020版：信息披露 上一版  下一版
        group = "section" if page["section"] else "named"
        section = page[group] and line.strip()[page.start(group) : page.end(group)]
        return Meta(category=section or None)
    if release := RELEASE_ISSUER_RE.fullmatch(form.strip()):  # 下稿代香港金融管理局发出：a government release's
        return Meta(source_name=line.strip()[release.start("issuer") : release.end("issuer")])
    if journal := JOURNAL_FREQUENCY_RE.match(form.strip()):
        text = line.strip()
        column = text[journal.start("column") : journal.end("column")] if journal["column"] else None
        name = text[journal.start("name") : journal.end("name")] + text[journal.start("frequency") : journal.end()]
        return Meta(source_name=name, category=column)
    issue = ISSUE_RE.match(form.strip())
    if issue:  # 信贷观察 2024年第11期, 《信贷观察》第11期: a journal and its issue
        group = "quoted" if issue["quoted"] else "name"
        return Meta(source_name=line.strip()[issue.start(group) : issue.end(group)])
    found = find_date(form, reference)
    labels = _labels(form, found)
    if found is None and labels and all(match["label"] in DATE_ONLY_LABELS for match in labels):
        return None  # 出版：中信出版社 — a book's publisher, no day: the label means a day only before one
    values: dict[str, str] = {}
    editors_outlet: str | None = None
    for index, match in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(form)
        name = _LABEL_OF[match["label"]]
        if found is not None and name != "published_at" and match.end() <= found.start < end:
            end = found.start  # 来源：人民日报2024-05-13 08:49 — the value stops where the date starts
            if end > match.end() and form[end - 1].isascii() and form[end - 1].isalpha():
                end = match.end()  # 来源：sp20241122 — a code with the day inside it names no outlet
        value = re.split(r"\s[|｜]|[|｜]\s", line[match.end() : end], maxsplit=1)[0].strip(" \t|｜/／·-—")
        outlet = line[match.start("prefix") : match.end("prefix")].strip("《》")  # as the page writes it
        # 《等深线》记者, 证券时报记者: the outlet; before 编译 only an outlet's name is one (路闻卓立编译
        # says who compiled it, 鉅亨網編譯劉祥航 whose translator wrote it)
        translator = match["label"] == "编译" and not is_outlet_name(match["prefix"].strip("《》"))
        named = outlet and (is_han(outlet[0]) or is_outlet_name(outlet))  # 21世纪经济报道记者, not 3名记者
        if match["label"] == "特派员":
            named = outlet and is_outlet_name(outlet)  # 香港特派员: where the correspondent is posted
        # (证监会新闻发言人邓舸答记者问: a headline's words before 记者, no name after it — no outlet's credit)
        credits = (bool(names_in(value)) or is_outlet_name(outlet)) and not translator
        if name == "authors" and named and credits and not outlet.startswith(("本", "特约", "见习", "实习")):
            values.setdefault("source_name", outlet)
        elif name == "editor" and outlet and is_outlet_name(outlet) and names_in(value):
            # 鉅亨網編輯林羿君: the outlet's own editor (湛江日报社编辑记者到我市开发区采风 is a headline)
            editors_outlet = editors_outlet or outlet
        if name == "authors" and values.get(name) and match["label"] in WRITER_ROLES:
            values[name] += " " + value  # 记者 甲 通讯员 乙: writers of two roles, each a writer
            continue
        if values.get(name):  # a second 编辑 or 时间: keep the first (作者： 记者王敬照 — the first is empty)
            continue
        values[name] = value
    if editors_outlet and "source_name" not in values:
        values["source_name"] = editors_outlet  # only when no 来源 says another outlet
    meta = Meta()
    head_start, head_end = 0, labels[0].start() if labels else 0
    if found is not None and found.end <= head_end and not form[found.end : head_end].strip():
        head_end = found.start  # 南方工报 2025年07月16日 记者…: the outlet, its date, then the byline
    elif found is not None and found.end <= head_end and not form[: found.start].strip():
        head_start = found.end  # 2016-06-08 08:56:30 新华社 作者：…: the date, then the outlet
    lead = form[head_start:head_end].strip(" |｜/／·-—")
    if found is not None and head_start <= found.start < head_end:
        lead = ""  # 今日 2016-06-08 新华社: words around the date, no one field
    if lead in boilerplate_phrases("channel_names"):  # 互联网 | 编辑：… — the channel first
        meta = replace(meta, category=line[head_start:head_end].strip(" |｜/／·-—"))
    elif lead and is_outlet_name(lead.lstrip("（(【[〔")) and re.search(r"[/／|｜]\s*$|\s$", form[:head_end]):
        # 經濟日報／ 記者…, （經濟日報 / 記者林銘翰）: the outlet, without the bracket the credit opens with
        meta = replace(meta, source_name=line[head_start:head_end].strip(" |｜/／·-—（(【[〔"))
    elif lead and _lone_writer(lead, "source_name" in values and found is not None) and "authors" not in values:
        meta = replace(meta, authors=(line[head_start:head_end].strip(" |｜/／·-—"),), byline=line)  # 林天心 来源：…
    elif lead and _handle_before_date(lead, labels) and "authors" not in values:
        meta = replace(meta, authors=(lead,), byline=line)  # Doris 发布时间：…: the poster's handle
    elif lead and head_start > 0 and (outlet := _outlet_then_more(line[head_start:head_end])):
        # 2021-06-18 21:49:35 21世纪经济报道 21财经APP 崔亮 实习生/…: the day, the outlet, its app, a reporter
        meta = replace(meta, source_name=outlet)
        last = re.search(r"\S+(?=\s*$)", line[head_start:head_end])
        head_start += last.start()  # the last word may be a writer credited first
        lead = form[head_start:head_end].strip()
    if "authors" in values and (authors := _with_pen_names(
        names_in(values["authors"]), values["authors"], labels, found is not None
    )):
        first_writer = _lead_writer(lead) and lead not in authors and not is_outlet_name(lead)
        if labels[0]["label"] in WRITER_ROLES and first_writer:
            authors = (line[head_start:head_end].strip(), *authors)  # 娄媛媛 本报记者 贺艳: two reporters
        meta = replace(meta, authors=authors, byline=line)
        if "source_name" not in values and (outlet := _outlet_after_slash(values["authors"])):
            meta = replace(meta, source_name=outlet)  # 記者仝澤蓉/即時報導/經濟日報: the outlet closes it
        elif "source_name" not in values and (outlet := _outlet_before_writers(values["authors"])):
            meta = replace(meta, source_name=outlet)  # 文|某财经社 倪萍: the outlet, then its writer
    elif "authors" in values and "source_name" not in values and is_outlet_name(values["authors"]):
        values["source_name"] = values["authors"]  # 文／中央社: the outlet signs it, no writer named
    if "source_name" not in values and (outlet := _outlet_after_date(values.get("published_at", ""))):
        values["source_name"] = outlet  # 时间:2024年04月12日 10:20:40 中财网: the outlet closes the date
    if "source_name" in values and (source := _first_token(values["source_name"])):
        outlet, _, writer = source.rpartition("/")
        if outlet and not meta.authors and is_person_name(writer):  # 来源：中伦视界/何植松: the outlet, its writer
            source, meta = outlet, replace(meta, authors=(writer,), byline=line)
        meta = replace(meta, source_name=source)
        if not meta.authors and (writer := _writer_after_source(values["source_name"])):
            meta = replace(meta, authors=writer, byline=line)
    if "editor" in values and (editors := names_in(values["editor"])):
        meta = replace(meta, editor=editors[0])
    elif "editor" in values and len(labels) >= 2 and (pen_name := _pen_name(values["editor"])):
        meta = replace(meta, editor=pen_name)  # 作者：蔡秋红 编辑：无忧草: on a byline row, the label is the evidence
    # 分类 半导体 , 晶圆 , 理财: several categories listed, the first is the page's
    if "category" in values and (category := _first_token(CATEGORY_LIST_RE.split(_last_crumb(values["category"]))[0])):
        meta = replace(meta, category=category)
    if "views" in values:
        meta = replace(meta, views=_views(values["views"]))
    counted = form if found is None else form[: found.start] + " " + form[found.end :]  # a date's digits count nothing
    if meta.views is None and (after := VIEWS_AFTER_RE.search(counted) or VIEWS_BEFORE_RE.search(counted)):
        counts = after.groupdict()
        meta = replace(meta, views=_views(counts["n"] or counts.get("m") or counts.get("k") or counts.get("b") or ""))
    if found is not None:
        meta = replace(meta, published_at=found.iso)
    elif month := YEAR_MONTH_RE.match(values.get("published_at", "").strip()):
        meta = replace(meta, published_at=f"{month['y']}-{int(month['m']):02d}")
    if not labels:
        if found is None or _glued_in_prose(form, found) or not _only_meta_words(form, found.start, found.end):
            return None if meta.views is None or not _is_count_only(form) else meta
        meta = _unlabelled(line, found.start, found.end, meta)
    elif meta == Meta() and (
        all(match["label"] in NAMES_ONLY_LABELS for match in labels)
        # (记者兼职送外卖：一晚29元…, 我在现场丨记者跑外卖: a reporter's word in a headline, no colon after it)
        or all(match["label"] in WRITER_ROLES and not _has_colon(match) for match in labels)
        or (
            not any(re.search(r"\d", value) for value in values.values())
            and not (labels[0].start() == 0 and len(form) <= MAX_BARE_FIELD_CHARS and _has_colon(labels[0]))
        )
    ):
        # Labels with values we cannot read are still a meta line if they hold numbers, or if the
        # line is nothing but a short label and value (类型：原创) — unless the label is also a word
        # (报道：本次会议 is a heading): then it needs a name.
        return None
    if labels and meta.category is None and (channel := BARRED_CHANNEL_RE.search(form)):
        # 2022-05-27 10:12 | 来源：经济参考报 | | [上市公司]: the channel in brackets between the row's bars
        meta = replace(meta, category=line[channel.start("channel") : channel.end("channel")])
    return meta


def _dated_column_writer(lead: str) -> re.Match[str] | None:
    """``说楼解按 王美鳯`` before a date: a column's name and its writer's, the pair a dated byline row
    prints (the date vouches for the row, so the column needs no column's word)."""
    column = COLUMN_BYLINE_RE.fullmatch(lead)
    named = column is not None and is_person_name(column["name"]) and not is_person_name(column["column"])
    return column if named and not is_outlet_name(column["column"]) else None


def _column_and_writer(column: re.Match[str]) -> bool:
    """A column's name (ending in a column's word: 新闻点评, 财经观察) and a name of two or three characters."""
    return column["column"].endswith(boilerplate_phrases("column_words")) and is_person_name(column["name"])


def _named_by_theme(name: str) -> bool:
    """A user's name a theme prints twice (``iData財經編輯``, ``jsmith_88``), not an English idiom said
    with ``by`` (``step by step``, ``one by one``): a Chinese character, a digit, an underscore or a
    capital inside it, and no placeholder."""
    marked = not name.isascii() or any(c.isdigit() or c == "_" or c.isupper() for c in name[1:])
    return marked and not names_nobody(name)


def _outlet_then_more(lead: str) -> str | None:
    """The outlet opening a run of words after a date (``21世纪经济报道 21财经APP 崔亮``), if its first
    word is one and more words follow."""
    words = lead.split()
    return words[0] if len(words) > 1 and is_outlet_name(recognition_form(words[0])) else None


def _lead_writer(lead: str) -> bool:
    """A name of two or three characters alone before a reporter's label: a writer credited first."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,3}", lead) is not None and is_person_name(lead)


def _labels_date(label: re.Match[str], found: FoundDate | None, form: str) -> bool:
    """A bare date label at the very start with the date right after it (``发布时间 2024-01-02``)."""
    return (
        label.start() == 0 and _LABEL_OF[label["label"]] == "published_at" and found is not None
        and not form[label.end() : found.start].strip()
    )


def bare_label_field(form: str) -> str | None:
    """The field a label of two characters or more names when it is all of ``form`` (``文章来源``,
    ``作者``: no colon, nothing else); None otherwise."""
    field = _LABEL_OF.get(form) if len(form) >= 2 else None
    return None if field == "ignored" else field


CREDIT_FIELDS = frozenset(("authors", "source_name", "editor"))


def _after_date(label: re.Match[str], found: FoundDate | None, form: str) -> bool:
    """A bare credit's label right after the date that opens the line, a value after it (``2025/7/8 作者
    赵漾``, ``2025-07-08 来源 某某日报``)."""
    return (
        found is not None and not form[: found.start].strip() and not form[found.end : label.start()].strip()
        and _LABEL_OF[label["label"]] in CREDIT_FIELDS and bool(form[label.end() :].strip())
    )  # fmt: skip


def _labels_count(label: re.Match[str], form: str) -> bool:
    """A bare view-count label at the very start with only the count after it (``人气 5285``)."""
    return (
        label.start() == 0 and _LABEL_OF[label["label"]] == "views"
        and COUNT_ONLY_RE.fullmatch(form[label.end() :].strip()) is not None
    )  # fmt: skip


def _with_pen_names(
    names: tuple[str, ...], value: str, labels: list[re.Match[str]], dated: bool
) -> tuple[str, ...]:
    """A pen name first after an author label (``作者：涅阳城 2020年01月12日``, ``执笔/叨叨姐、胡一刀``):
    the label stands for the surname a name would otherwise need — but only on a byline row (a date
    or another field beside it) or after a label only bylines use (执笔, 撰文); a bare ``作者：合同``
    in a content farm's document header names nobody. Only the value's first token, and only when
    it is no role, column or placeholder (``作者：新浪财经首席评论员 艾堂明`` names 艾堂明)."""
    label = next((m["label"] for m in labels if m["label"] in PEN_NAME_LABELS), None)
    if label is not None and len(labels) == 1 and not names and (handle := _lone_pen_name(value)):
        return (handle,)
    if label is None or not (label in BYLINE_ONLY_LABELS or dated or len(labels) >= 2):
        return names
    if label == "文" and len(names) >= 2 and _account_before_writer(names[0]):
        return names[1:]  # 文|全球财说 尹柏: a four-character account's name (one surname, no name's shape)
    if label == "文" and names:
        return names  # 文|深燃 黎明: an account's name before its writer's, no second writer
    first = _pen_name(value)
    if first is not None and (pair := _pen_names_apart(value)):
        return pair  # 作者:樂金 雄飛: two pen names, each as short as a name
    return names if first is None or first in names else (first, *names)


def _lone_pen_name(value: str) -> str | None:
    """The whole value of a lone author label when it may be a handle (``里约热泪奴``, ``疯癫尐女 |``):
    one token of ``MIN_LONE_PEN_NAME_CHARS`` to ``MAX_LONE_PEN_NAME_CHARS``, no desk's or team's name."""
    handle = _pen_name(value)
    if handle is None or handle != value.strip(" |｜") or handle.endswith(TEAM_WORDS):
        return None
    return handle if MIN_LONE_PEN_NAME_CHARS <= len(handle) <= MAX_LONE_PEN_NAME_CHARS else None


def names_a_handle_only(meta: Meta) -> bool:
    """Whether ``meta`` credits one writer whom only a lone author label vouches for (``作者：里约热泪奴``):
    a handle, no name by the surname test — evidence in a page's header, none inside its text (a
    quoted poem's ``作者：仓又加错``)."""
    if len(meta.authors) != 1 or is_person_name(recognition_form(meta.authors[0])):
        return False
    return _lone_pen_name(meta.authors[0]) == meta.authors[0]


def _account_before_writer(token: str) -> bool:
    """``全球财说`` before ``尹柏`` after 文: four characters after a one-character surname is an account's
    name (a person's four-character name has a two-character surname: 欧阳晓明)."""
    return len(token) == 4 and is_han(token[0]) and token[:2] not in surnames()


def _pen_names_apart(value: str) -> tuple[str, ...]:
    """A byline row's author value that is only ``MAX_PEN_NAMES`` or fewer short words apart, each of
    which may be a pen name (``樂金 雄飛``): all of them — the label vouches for each, as for the first."""
    tokens = [token for token in NAME_SPLIT_RE.split(value.strip()) if token]
    if not 2 <= len(tokens) <= MAX_PEN_NAMES or not all(SHORT_PEN_NAME_RE.fullmatch(t) for t in tokens):
        return ()
    return tuple(tokens) if all(_pen_name(token) == token for token in tokens) else ()


def _pen_name(value: str) -> str | None:
    """A labelled value's first token when it may be a pen name: no role, column, outlet, platform
    or placeholder (``新浪财经首席评论员``, ``新华社``, ``佚名`` are none)."""
    latin = LATIN_NAME_RE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), value.strip())
    first = NAME_SPLIT_RE.split(latin)[0].replace("\u00a0", " ")
    if account := PLATFORM_ACCOUNT_RE.fullmatch(first):
        first = account["name"]  # 微信公众号【开源证券研究所】: the account, not the platform
    first = BRACKETS_RE.sub("", first).strip("()（）[]【】《》 ")
    if not PEN_NAME_RE.match(first) or first in NOT_NAMES or first in PLATFORMS:
        return None
    if not account and is_outlet_name(first):
        return None  # 文/新华社: the outlet signs it, no pen name (an account's name may end like one)
    if not account and len(first) >= MIN_FIRM_CHARS and first.endswith(FIRM_ENDINGS):
        return None  # 作者:未来智库: a firm signs the repost, no pen name (公众号「老王说财经」 is an account's)
    if first.endswith(boilerplate_phrases("author_roles")) or names_nobody(first):
        return None
    return first


UPDATED_NOTE_RE = re.compile(
    r"\s*[（(]\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?\s*更新\s*[)）]\s*"
)
# 蔡昉1 陆旸2: a paper's authors, each with the number of the affiliation listed under them
MARKED_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})\d{1,2}(?:[,，、]\d{1,2})*")
# 文 财信研究院宏观团队 李沫 胡文艳 伍超明: 文 and a blank, the team, then its writers
TEAM_BYLINE_RE = re.compile(
    r"文\s+(?:[\u4e00-\u9fff]{2,16}(?:团队|研究院|研究所|研究中心|小组)\s+)?"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,4})"
)
NAME_SLASH_POSTS_RE = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})\s*[/／]\s*(?P<posts>[^/／\s]{4,80})")
LISTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}")
LISTED_WRITER_RE = re.compile(r"[\u4e00-\u9fff·]{2,4}")  # beside a surnamed name: 尼玛扎西, 阿不都·热合曼


def _writer_after_source(value: str) -> tuple[str, ...]:
    """``来源：中国新闻网 王帆``: a person's name after the outlet in a 来源 value is its writer."""
    tokens = BRACKETS_RE.sub("", value).split()
    if len(tokens) == 2 and is_outlet_name(tokens[0]) and is_person_name(tokens[1]):
        return (tokens[1],)
    # 来源：西宁晚报 李自成 尼玛扎西: writers listed after it, one a name by its surname — the others, beside
    # it, names too (a Tibetan name has no surname)
    listed_names = tokens[1:]
    if (
        2 <= len(listed_names) <= MAX_LISTED_WRITERS
        and is_outlet_name(tokens[0])
        and any(is_person_name(name) for name in listed_names)
        and all(LISTED_WRITER_RE.fullmatch(name) and not is_outlet_name(name) for name in listed_names)
        and not any(name in boilerplate_phrases("not_names") for name in listed_names)
    ):
        return tuple(listed_names)
    # 来源:固收彬法 【天风研究·固收】 孙彬彬/高志刚/于瑶: the account, its team, then its analysts listed
    listed = re.split(r"[/／、]", tokens[1]) if len(tokens) == 2 else []
    if len(listed) >= 2 and all(LISTED_NAME_RE.fullmatch(name) and is_person_name(name) for name in listed):
        return tuple(listed)
    return ()


def _outlet_after_date(value: str) -> str | None:
    """The outlet's name alone after the date in a date label's value, if that is all that follows."""
    found = find_date(recognition_form(value)) if value else None
    rest = value[found.end :].split() if found is not None else []
    return rest[0] if len(rest) == 1 and is_outlet_name(recognition_form(rest[0])) else None


REPORTING_FROM_RE = re.compile(r"\s+(?:发自|發自)[\u4e00-\u9fff]{2,6}$")


def _outlet_before_writers(value: str) -> str | None:
    """The outlet a byline's value opens with, its writers after it (``某财经社 倪萍``); the outlet
    may name them as its columnists (``观察者网专栏作者 戴雨潇``)."""
    value = _without_lone_brackets(value.strip())  # 【文/…】: the byline's own bracket, not 陈鑫磊(实习)
    value = REPORTING_FROM_RE.sub("", value)  # …李小晓 发自纽约: where they write from, no writer
    if marked := MARKED_OUTLET_RE.match(value):  # 《清华金融评论》兰银帆: the outlet in its title marks
        return marked["outlet"] if all(is_person_name(name) for name in value[marked.end() :].split()) else None
    first, _, others = value.partition(" ")
    first = COLUMN_ROLE_RE.sub("", first)
    # 石睿 刘佳英、陈鑫磊(实习): the writers, listed any way, a note on one in brackets
    rest = [name for name in NAME_SPLIT_RE.split(BRACKETS_RE.sub("", others)) if name]
    # 东海期货 刘慧峰: a broker's research desk signs as the firm, then the analyst
    signs = is_outlet_name(first) or _names_a_firm(first)
    return first if rest and signs and all(is_person_name(name) for name in rest) else None


def _without_lone_brackets(value: str) -> str:
    """``value`` without a bracket at either end whose partner it does not hold."""
    for opener, closer in ("【】", "[]", "〔〕", "（）", "()"):
        if value.endswith(closer) and opener not in value:
            value = value[:-1].rstrip()
        if value.startswith(opener) and closer not in value:
            value = value[1:].lstrip()
    return value


def _outlet_after_slash(value: str) -> str | None:
    """The outlet a byline ends with after a slash (``仝澤蓉/即時報導/經濟日報``), if the last part is one."""
    parts = [p.strip() for p in re.split(r"[/／]", value)]
    last = parts[-1] if len(parts) >= 2 else ""
    if len(parts) >= 2 and recognition_form(parts[-2]).endswith(FIGURE_CREDIT_LABELS):
        return None  # 黄凡数据来源/上市公司半年报: where the figures come from, not the outlet
    return last if re.fullmatch(r"[\u4e00-\u9fff·\-－]{2,24}", last) and is_outlet_name(last) else None


PUBLISHED_WORDS = frozenset(("发布", "发表", "公布", "更新", "发文", "印发"))


def _glued_in_prose(form: str, found: FoundDate) -> bool:
    """``操盘必读：2月5日证券市场要闻``: a date without a time written into a phrase is no meta line."""
    before = form[found.start - 1] if found.start else ""
    after = form[found.end] if found.end < len(form) else ""
    if EMPTY_COUNT_RE.fullmatch(form[found.end :].strip()):
        after = ""  # 内容精选 2026-01-16 人阅读: the counter's words after it, not a phrase
    has_time = ":" in form[found.start : found.end] or "时" in form[found.start : found.end]
    # 2024年3月17日，央行宣布…: a clause after it (a comma inside a count, 9,484次浏览, is none)
    head = form[: found.start]
    if WEEKDAY_RE.fullmatch(head.rstrip("，, ")):
        head = before = ""  # 星期五，04 03月 2022 13:01: the weekday a CMS prints first, its comma no clause's
    clause = re.search(r"[，。；;]|,(?!\d{3}(?!\d))", head + form[found.end :])
    rest = form[found.end :].strip()
    if not has_time and is_han(after) and found.start == 0 and len(glued_names(rest)) >= 2:
        return False  # 2014-04-17刘志坚张国斌: a byline with its writers run on, not a phrase
    spaced = form[found.start : found.end][-1:].isspace()
    numeric = form[found.end - 1].isdigit()  # 2019-11-26, not 2019年11月26日 (a phrase's date) nor a blank
    if numeric and found.start == 0 and LONE_WRITER_RE.fullmatch(rest) and glued_names(rest) == (rest,):
        return False  # 2019-11-26于海明: one writer of three characters run on to a numeric date
    if spaced and found.start == 0 and is_outlet_name(form[found.end :].strip()):
        return False  # 2020-12-20 手机凤凰网: the outlet apart after the date, not a phrase
    if spaced and found.start == 0 and names_only(form[found.end :]):
        return False  # 2024.10.17 邓梁 张梦娜: the writers apart after the date
    if found.start == 0 and _is_column_word(form[found.end :].strip()):
        return False  # 2023-02-17热点: the date and its column, run together
    if spaced and found.start == 0 and rest in boilerplate_phrases("not_names"):
        return False  # 2020-04-13 网络: the date and a placeholder for its source, apart
    if spaced and found.start == 0 and rest in boilerplate_phrases("places"):
        return False  # 2023.01.08 上海: the date and where the post was made, apart
    if found.start == 0 and WEEKDAY_RE.fullmatch(rest):
        return False  # 2013年2月27日星期三: a blog's day and its weekday, run together
    if spaced and SECURITY_FILED_RE.fullmatch(rest):
        return False  # 查股网  2023-12-30  中科飞测(688361)公司公告: a filing site's day and the security's column
    if rest in PUBLISHED_WORDS and not clause:
        return False  # 中央銀行新聞稿 103年10月23日發布: the day, then the word that says it was published
    return (not has_time and is_han(after)) or (before != "" and before in "：:，,") or bool(clause)


def _is_column_word(word: str) -> bool:
    """A channel's or column's word alone (``热点``, ``财经``); ``证券市场要闻`` names a daily headline."""
    return word in boilerplate_phrases("channel_names") or word in boilerplate_phrases("column_words")


def _has_colon(label: re.Match[str]) -> bool:
    return ":" in label.group(0) or "：" in label.group(0)


def _last_crumb(value: str) -> str:
    """``人文社科 > 经济 > 理财技巧`` after a category label: the most specific category, the last."""
    return BREADCRUMB_STRONG_SPLIT_RE.split(value.strip())[-1]


def starts_with_category_label(line: str) -> bool:
    """``所属分类：人文社科 > 理财技巧``: a labelled category, read as a field rather than a breadcrumb."""
    label = LABEL_RE.match(recognition_form(line.strip()))
    return label is not None and _LABEL_OF[label["label"]] == "category"


GLUED_BUTTON_RE = re.compile(r"[+＋]\s*(?:收藏本文|收藏|分享|打印|纠错)$")


def _first_token(value: str) -> str | None:
    """The outlet in a 来源 value: ``公众号 大力如山`` names the account, not the platform."""
    tokens = BRACKETS_RE.sub("", value).split()
    if len(tokens) > 1 and tokens[0] in PLATFORMS and re.search(r"[^\W\d_]", tokens[1]):
        tokens = tokens[1:]  # 头条号 18709/20: a count after the platform names no account
    token = tokens[0] if tokens else ""
    token = re.split(r"[,，;；](?=\s*第)", token, maxsplit=1)[0]  # 今日合库,第575期: the outlet, then its issue
    token = token.strip("()（）[]【】|｜,，。")
    token = GLUED_BUTTON_RE.sub("", token)  # 复旦发展研究院+收藏本文: the page's button run on
    if re.match(r"(?:https?://|www\.)", token, re.IGNORECASE):
        return None  # 来源于：http://www.mylsfw.com/ — an address, no outlet's name
    if journal := JOURNAL_SOURCE_RE.match(token):
        token = journal["name"]  # 来源：《理财周刊》, 《国际经济评论》2016年第4期: a journal, its issue after it
    if token in boilerplate_phrases("not_names"):
        return None  # 来源：网络, 来源：本站: a placeholder that names no outlet
    if token in LABEL_NAMES or not re.search(r"[^\W\d_]", token):
        return None  # 来源：发表于2022-…, 来源：&&&&: another field's label or no word at all
    if _names_spam(token):
        return None  # 来源：凯发天生赢家一触即发: a casino's slogan where the outlet would be
    return token if 1 < len(token) <= 24 else None


def _names_spam(value: str) -> bool:
    from .spam import has_strong_term  # the spam stage's lexicon (loaded by that stage already)

    return has_strong_term(value)


# 评论(0), 点赞 12: the post's other counters beside its views (1298人阅读 评论(0) 收藏 举报)
OTHER_COUNTS_RE = re.compile(r"(?:参与)?(?:评论|回复|点赞|收藏|转发|分享)\s*[(（:：]?\s*\d*\s*[)）]?人?")


def _a_counter(token: str) -> bool:
    """``参与评论()人``, ``评论(3)``: a counter's word with its number or its empty brackets (评论 alone may
    be the page's column)."""
    return OTHER_COUNTS_RE.fullmatch(token) is not None and any(c in "()（）" or c.isdigit() for c in token)


def _handle_before_date(lead: str, labels: list[re.Match[str]]) -> bool:
    """``Doris 发布时间：2025-07-03``: one Latin word before the date's label is who posted it (a
    label's word, ``Tags``, is not; nor ``admin``)."""
    return (
        bool(labels)
        and _LABEL_OF[labels[0]["label"]] == "published_at"
        and LATIN_HANDLE_RE.fullmatch(lead) is not None
        and lead not in LABEL_NAMES
        and lead.lower() not in boilerplate_phrases("not_names")
    )


def _is_count_only(form: str) -> bool:
    """``330 查看``, ``本文已被阅读 2046 次``, ``1298人阅读 评论(0) 收藏 举报``: a view count, the post's other
    counters and a few words, nothing else."""
    rest = OTHER_COUNTS_RE.sub("", VIEWS_BEFORE_RE.sub("", VIEWS_AFTER_RE.sub("", form)))
    return len(form) <= 30 and han_count(rest) <= 6 and not re.search(r"\d", rest)


MAX_UNLABELLED_META_CHARS = 20  # three or more words around a date, unlabelled: a meta line's say this much at most


# 中科飞测(688361)公司公告: the security a filing site files the page under, and its column
SECURITY_FILED_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}[（(]\d{6}[)）](?:公司公告|公告|研报|资讯)")


def _only_meta_words(form: str, start: int, end: int) -> bool:
    """An unlabelled line with a date is meta only when little else is on it."""
    rest = [token for token in (form[:start] + " " + form[end:]).split() if token.strip(SEPARATOR_MARKS)]
    # a · or | between fields is no word; writers run together (周甲乙周丙丁…) are one token of names
    short = len(rest) <= 4 and all(
        len(token) <= 12 or "".join(glued_names(token)) == token or _name_at(token)
        or SECURITY_FILED_RE.fullmatch(token)
        for token in rest
    )  # fmt: skip
    # 假警察说银行卡需被冻结 真警察上门劝阻 挽回5万元 2022年07月06日: a headline's phrases, however short
    # each, say more than a meta line's names and outlets do
    return short and (len(rest) < 3 or sum(map(len, rest)) <= MAX_UNLABELLED_META_CHARS)


# 蔡昌芹浙商财产保险股份有限公司: a writer's name with the body they work for run on (a journal's byline)
WORKPLACE_RE = re.compile(
    r"[\u4e00-\u9fff]{2,30}(?:公司|银行|分行|支行|大学|学院|研究院|研究所|研究中心|中心|集团|协会|事务所|学会)"
)


# 西南财经大学经济学院经济系主任、中国人民大学长江经济带研究院研究员: posts, each at a named workplace
WORKPLACE_WORD_RE = re.compile(r"大学|学院|研究院|研究所|研究中心|银行|证券|基金|资产|资本|控股|公司|集团|协会|学会")
MAX_POSTS = 3
MAX_MARKED_NAMES = 8
WORKPLACE_ENDINGS = ("公司", "大学", "学院", "研究院", "研究所", "研究中心", "银行", "协会", "学会")
MAX_LISTED_WRITERS = 3
MAX_POST_CHARS = 40


def _posts_at_workplaces(title: str) -> bool:
    """Each of at most ``MAX_POSTS`` posts (parted by 、 or ，) names a workplace, none over
    ``MAX_POST_CHARS`` characters (split and searched: no regex backtracks over the posts)."""
    posts = re.split(r"[、，,]", title)
    return len(posts) <= MAX_POSTS and all(
        han_count(post) == len(post) and len(post) <= MAX_POST_CHARS and WORKPLACE_WORD_RE.search(post)
        for post in posts
    )


def _name_at(token: str) -> tuple[str, ...]:
    """``蔡昌芹浙商财产保险股份有限公司`` → ``("蔡昌芹",)``: a name, then a workplace and nothing else."""
    for cut in (3, 2):  # the longer name first: 蔡昌芹, not 蔡昌 and a body 芹浙商…
        name, body = token[:cut], token[cut:]
        if WORKPLACE_RE.fullmatch(body) and is_person_name(name):
            return (name,)
    return ()


def _unlabelled(line: str, start: int, end: int, meta: Meta) -> Meta:
    """What sits around an unlabelled date: ``逾期资讯 44`` after it; ``镁涵 12`` or ``赵嘉国 上海证券报``
    before it; ``站名 / 来源 /`` before it; names glued to its end (``…06:40:30王晓洁程华福``)."""
    before, after = line[:start].strip().rstrip("·•").rstrip(), line[end:]  # 新浪财经· 2026-01-04: a dot between
    after = GLUED_SECONDS_RE.sub("", after)  # 04:29:4439健康网: the seconds run into a name that starts with digits
    glued = after and not after[0].isspace() and not line[:end].endswith((" ", "\t", "\u3000"))
    if glued and (names := glued_names(after.strip()) or _name_at(after.strip())):
        return meta.filled_from(Meta(authors=names, byline=line))
    published = PUBLISHED_BY_RE.match(before + " " + after.strip())
    if published:  # A-肖老师-树谷学院 于 2024-05-06 15:47:53 发布: a blog's byline
        subject = published["subject"]
        if any(word in subject for word in boilerplate_phrases("other_posts")):
            return Meta()  # 最新推荐文章于 … 发布: another post's date, nothing about this one
        named = PEN_NAME_RE.match(subject) and subject not in boilerplate_phrases("not_names")
        return meta.filled_from(Meta(authors=(subject,), byline=line) if named else Meta())
    if not after.strip() and (column := _dated_column_writer(before)) and not meta.authors:
        # 说楼解按 王美鳯 2020-10-07: a column, its writer, the day
        column_name, name = (before[column.start(g) : column.end(g)] for g in ("column", "name"))
        return meta.filled_from(Meta(authors=(name,), category=column_name, byline=line))
    if (account := _account_on_platform(before)) and meta.source_name is None:
        return meta.filled_from(Meta(source_name=account))  # 东吴研究所 · 公众号 · 2020-03-20: who posted it
    parts = [p.strip() for p in re.split(r"\s*[/／|｜]\s*", before) if p.strip()]
    if len(parts) == 2:  # 站名 / 来源 / date; a slot that holds only its label says nothing
        site, source = (None if recognition_form(p) in _LABEL_OF else p for p in parts)
        return meta.filled_from(Meta(site_name=site, source_name=source))
    if len(parts) == 1 and re.search(r"[/／|｜]\s*$", before):
        if is_outlet_name(recognition_form(parts[0])):
            return meta.filled_from(Meta(source_name=parts[0]))
        if LONE_WRITER_RE.fullmatch(parts[0]) and is_person_name(parts[0]) and not meta.authors:
            return meta.filled_from(Meta(authors=(parts[0],), byline=line))  # 鄭慧菁 | 2015.02.01 (月刊): the writer
        return meta.filled_from(Meta(category=parts[0]))  # 重要通告 | 2023-09-07 17:02: the page's column
    if (names := names_only(after.strip())) and not meta.authors:
        return meta.filled_from(Meta(authors=names, byline=line))  # 2024.10.17 邓梁 张梦娜
    reporter = _named_person(REPORTED_FROM_RE, after.lstrip(SEPARATOR_MARKS + ".． "))
    if reporter and not meta.authors:  # 2025.12.14 . 吕欣芷/台北报导
        return meta.filled_from(Meta(authors=(reporter,), byline=line))
    if LATIN_OUTLET_RE.fullmatch(before) and is_outlet_name(before) and meta.source_name is None:
        meta = meta.filled_from(Meta(source_name=before))  # Moomoo News · 2022/03/03 21:48: a brand of words
    meta = meta.filled_from(_before_date(before.split(), line))
    # (央广网  参与评论()人: the comment counter beside the outlet is no token of the fields)
    tokens = [token for token in after.split() if token.strip(SEPARATOR_MARKS) and not _a_counter(token)]
    views = int(tokens.pop()) if tokens and tokens[-1].isdigit() and meta.views is None else None
    if len(tokens) == 1 and (bare := without_trailing_button(tokens[0])) != tokens[0] and is_outlet_name(bare):
        tokens = [bare]  # 15:38:23粮油市场报网收藏: the outlet, the 收藏 button glued on (专家评论 is a column)
    if len(tokens) == 1 and meta.source_name is None and is_outlet_name(tokens[0].partition("-")[0]):
        # 2019-09-26 10:56 证券时报网; 新浪财经-自媒体综合, the outlet and its channel, as the page writes it
        return meta.filled_from(Meta(source_name=tokens[0], views=views))
    if len(tokens) == 2 and meta.source_name is None and not meta.authors and is_outlet_name(tokens[0]) and (
        is_person_name(tokens[1])
    ):  # 2021-06-18 21:49:35 21世纪经济报道 崔亮: the outlet, then its reporter
        return meta.filled_from(Meta(source_name=tokens[0], authors=(tokens[1],), byline=line, views=views))
    if len(tokens) == 1 and meta.source_name is None and _names_a_firm(tokens[0]):
        # 2024年07月23日 17:21 宽远资产: the firm whose account posted it (a WeChat reprint's header)
        return meta.filled_from(Meta(source_name=tokens[0], views=views))
    if len(tokens) == 1 and meta.source_name is None and (credited := CREDITED_SOURCE_RE.fullmatch(tokens[0])):
        return meta.filled_from(Meta(source_name=credited["name"], views=views))  # 游民星空[整理]: compiled from it
    if len(tokens) == 1 and EMPTY_COUNT_RE.fullmatch(tokens[0]):
        tokens = []  # 2026-01-16 人阅读: the counter's words, its number not rendered
    if len(tokens) == 1 and is_button(tokens[0]):
        tokens = []  # 08-28 00:00 查看全文: the page's button, no category
    if len(tokens) == 1 and tokens[0] in boilerplate_phrases("not_names"):
        tokens = []  # 18:27:44原创: the post's label, no category
    if len(tokens) == 1 and recognition_form(tokens[0]) in boilerplate_phrases("places"):
        tokens = []  # 2023.01.08 上海: where it was posted, no category
    if len(tokens) == 1 and WEEKDAY_RE.fullmatch(tokens[0]):
        tokens = []  # 2024年05月22日 星期三: the day of the week, no category
    if len(tokens) == 1 and recognition_form(tokens[0]) in PUBLISHED_WORDS:
        tokens = []  # 103年10月23日發布: the word that says it was published, no category
    # 来自 科技 2020-06-29 的文章: a phrase's tail (的…) is no category
    worded = len(tokens) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", tokens[0]) and not tokens[0].startswith("的")
    category = tokens[0] if worded else None
    return meta.filled_from(Meta(category=category, views=views))


# the kind of firm a brand's short name ends with (MIN_FIRM_CHARS: two characters of brand at least
# before it — 基金 alone is a channel)
FIRM_KINDS = (
    "资产", "资本", "证券", "银行", "保险", "信托", "期货", "基金", "投资", "集团", "公司", "研究院", "研究所",
)  # fmt: skip
KIND_OF_FIRM_WORDS = ("公募", "私募", "互联网", "商业", "中小", "外资", "国有")  # 公募基金: a kind, no brand


def _names_a_firm(token: str) -> bool:
    """``宽远资产``, ``国信证券``: a brand and the kind of firm it is — no channel's name."""
    form = recognition_form(token)
    return (
        len(form) >= MIN_FIRM_CHARS
        and form.endswith(FIRM_KINDS)
        and all(map(is_han, form))  # 理财-基金: a channel's path
        and form not in boilerplate_phrases("channel_names")
        and not form.startswith(KIND_OF_FIRM_WORDS)
    )


def _before_date(tokens: list[str], line: str) -> Meta:
    """``张小满 57`` (author, views) or ``赵嘉国 上海证券报`` (author, outlet) in front of a date.
    With a count beside it, a pen name (``镁涵 12``) is read as the author too; an outlet alone
    (``原创 南方都市报``, ``TNW中文站``) is the source."""
    not_names = boilerplate_phrases("not_names")
    while tokens and (tokens[0] in not_names or WEEKDAY_RE.fullmatch(tokens[0])):
        tokens = tokens[1:]  # 原创 南方都市报, Monday 13 July 2009: a label or the weekday, no writer
    if tokens and (label := POST_LABEL_RE.match(tokens[0])) and label["label"] in not_names:
        tokens = [tokens[0][label.end() :], *tokens[1:]]  # 原创：39健康网: the same label with a colon
    if len(tokens) == 1 and (is_outlet_name(tokens[0]) or _names_a_firm(tokens[0])):
        return Meta(source_name=tokens[0])  # 华创证券· 2024-11-10: a broker's report, the firm no writer
    rest = tokens[1:]
    if len(rest) == 1 and rest[0].isdigit() and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", tokens[0]):
        return Meta(authors=(tokens[0],), byline=line, views=int(rest[0]))
    if not tokens or not is_person_name(tokens[0]):
        return Meta()
    if len(rest) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,16}", rest[0]):
        return Meta(authors=(tokens[0],), byline=line, source_name=rest[0])
    if not rest:
        return Meta(authors=(tokens[0],), byline=line)
    return Meta()


# 田 发 between commas: a two-character name spaced to a three-character one's width
SPACED_LIST_NAME_RE = re.compile(
    r"(?:(?<=^)|(?<=[，,、]))\s*([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])\s*(?=$|[，,、])"
)
# 陈健恒分析员，SAC执业证书编号：S0080511030011 SFC CE Ref: BBM220: a broker's analyst and her licence
LICENSED_ANALYST_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff·](?:[ \u3000]{0,2}[\u4e00-\u9fff·]){1,3}?)\s*(?:分析员|分析师|研究员|联系人)?\s*[,，]?\s*"
    r"(?:SAC|证券业协会)?\s*执业证书?编号"
)
# 张凯执业律师, 李明 注册会计师: a name and the licensed profession a Q&A site's answerer signs with
PROFESSIONAL_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,3})\s*(?:执业|注册|认证|资深|高级|首席)?(?:律师|会计师|理财师|理财规划师|税务师|精算师)"
)
# 工会办公室张耀辉, 个人金融部 李明: a bank's or company's unit, then the colleague who wrote its news
UNIT_THEN_NAME_RE = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{1,10}?(?:办公室|工会|团委|党委|部|处|科|中心|支行|分行|营业部))\s?(?P<name>[\u4e00-\u9fff]{2,3})"
)
# 民生证券牟一凌等: a broker's research byline, the firm, its first analyst, and 等 for the others
FIRM_THEN_NAME_RE = re.compile(
    r"(?P<firm>[\u4e00-\u9fff]{2,6}(?:证券|基金|期货|研究所|研究院|资管))\s?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:等人|等)?"
)
OUTLET_SLASH_NAME_RE = re.compile(r"(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*[/／]\s*(?P<name>[\u4e00-\u9fff]{2,4})")
# 闫丽君 烟台报道, 张三 李四 北京报道, 郭倩婷 报道: names with no label, then the place they report from (if any)
NAMES_PLACE_REPORT_RE = re.compile(
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,2})\s+(?:[\u4e00-\u9fff]{2,4}?)?(?:报道|报导)"
    r"(?:\s*[/／]\s*[\u4e00-\u9fff]{2,4})?"  # 吳念達 綜合報導 / 台北市: and where, after a slash
)

# 记者陈心怡台北报导: the reporter's name and the place she reports from glued, no blank or slash between
GLUED_PLACE_REPORT_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?记者\s*(?P<run>[\u4e00-\u9fff]{4,8}?)(?:即时|综合)?(?:报导|报道)$"
)


def licensed_analyst(line: str) -> Meta | None:
    """``陈健恒分析员，SAC执业证书编号：S0080511030011``, ``东  旭联系人，…``: a broker's analyst and her
    licence, the name spaced to width joined. A licence's number names a person, whatever her surname
    (东 is no common one).

    >>> licensed_analyst("东  旭联系人，SAC执业证书编号：S0080117080019").authors
    ('东旭',)
    """
    if "编号" not in line and "編號" not in line:
        return None  # nearly every line: no licence's number (two C scans)
    text = line.strip()
    licensed = LICENSED_ANALYST_RE.match(recognition_form(text))
    if licensed is None:
        return None
    return Meta(authors=("".join(text[licensed.start("name") : licensed.end("name")].split()),), byline=line)


def professional_signature(line: str) -> Meta | None:
    """``张凯执业律师``, ``李明 注册会计师``: a Q&A site's answerer signing with a licensed profession,
    alone on the line (``王律师`` names no one; ``如何找律师`` is a question)."""
    if "师" not in line and "師" not in line:
        return None  # nearly every line: no profession's word (two C scans)
    text = line.strip()
    professional = PROFESSIONAL_RE.fullmatch(recognition_form(text))
    if professional is None or not is_person_name(professional["name"]):
        return None
    return Meta(authors=(text[professional.start("name") : professional.end("name")],), byline=line)


def is_author_label(line: str) -> bool:
    """``作者``, ``记者：``: an author's label alone on its line, heading the bylines under it."""
    form = recognition_form(line.strip()).rstrip(":：")
    return _LABEL_OF.get(form) == "authors"


def parse_byline(line: str) -> Meta | None:
    """An author line: ``作者：张三``, ``文/李四``, ``记者 王五``, ``每经记者 史青伟``, ``■胡建辉``,
    ``费逸美77级工作室认证``.

    >>> parse_byline("每经记者 史青伟 每经编辑 肖芮冬").authors, parse_byline("■胡建辉").authors
    (('史青伟',), ('胡建辉',))
    """
    if len(line) > MAX_META_CHARS:
        return None
    form = recognition_form(line)
    if SENTENCE_END_RE.search(form):
        return None
    if ("，" in line or "、" in line or "," in line) and (joined := SPACED_LIST_NAME_RE.sub(r"\1\2", line)) != line:
        # 周琛影，田 发，周 腾: a two-character name spaced to a three-character one's width, in a list
        meta = parse_byline(joined)
        return replace(meta, byline=line) if meta is not None and meta.authors else None
    ranked = RANKED_AUTHOR_RE.match(form)
    if ranked:  # a forum nickname: any 2–12 characters before the level badge
        return Meta(authors=(line[ranked.start("name") : ranked.end("name")],), byline=line)
    floor = FLOOR_AUTHOR_RE.fullmatch(form.strip())
    if floor and PEN_NAME_RE.match(floor["name"]) and not floor["name"].endswith(ROOM_WORDS):
        # 202楼空麻袋: a forum reply's floor and its poster (5楼会议室 is a building's floor)
        return Meta(authors=(line.strip()[floor.start("name") : floor.end("name")],), byline=line)
    if editor := _named_person(NAME_EDITOR_RE, line):  # 蔡百靈／核稿編輯: the editor, named before the role
        return Meta(editor=editor)
    parts = OUTLET_NAME_PLACE_RE.fullmatch(form.strip())
    if parts and is_person_name(parts["name"]) and is_outlet_name(parts["outlet"]):
        # 經濟日報／ 黃彥宏／台北即時報導: the paper, its reporter, and where she reports from
        name, outlet = (line.strip()[parts.start(g) : parts.end(g)] for g in ("name", "outlet"))
        return Meta(authors=(name,), byline=line, source_name=outlet)
    parts = NAME_OUTLET_RE.match(form)
    if parts and is_person_name(parts["name"]) and is_outlet_name(parts["outlet"]):  # 石佳/中国青年报
        name, outlet = (line[parts.start(g) : parts.end(g)] for g in ("name", "outlet"))
        return Meta(authors=(name,), byline=line, source_name=outlet)
    if (column := COLUMN_BYLINE_RE.fullmatch(form.strip())) and _column_and_writer(column):
        start = len(form) - len(form.lstrip())  # 新聞點評 高天佑: the column, then its writer
        column_name, name = (line[start + column.start(g) : start + column.end(g)] for g in ("column", "name"))
        return Meta(authors=(name,), category=column_name, byline=line)
    if (
        name := _one_name(line) or _name_with_title(form, line) or _named_person(WRITTEN_BY_RE, line)
    ) is not None:  # fmt: skip
        return Meta(authors=(name,), byline=line)
    if names := _workplace_then_names(line):
        return Meta(authors=names, byline=line)
    if (marked := _marked_names(line)) or (marked := _team_byline(line)):
        return Meta(authors=marked, byline=line)
    posted = NAME_SLASH_POSTS_RE.fullmatch(recognition_form(line.strip()))
    if posted and is_person_name(posted["name"]) and _posts_at_workplaces(posted["posts"]):
        # 蔡昉/中国社会科学院学部委员、人口与劳动经济研究所研究员: the writer, then who she is
        return Meta(authors=(line.strip()[posted.start("name") : posted.end("name")],), byline=line)
    text = line.strip()
    if (analyst := licensed_analyst(text)) is not None:
        return analyst
    if (professional := professional_signature(text)) is not None:
        return professional
    unit = UNIT_THEN_NAME_RE.fullmatch(recognition_form(text))
    # (two characters glued to the unit are a headline's verb as often as a name: 新兴办事处揭幕)
    spaced = unit is not None and (len(unit["name"]) > 2 or unit.start("name") > unit.end("unit"))
    if unit and spaced and is_person_name(unit["name"]) and not is_outlet_name(unit["unit"]):
        return Meta(authors=(text[unit.start("name") : unit.end("name")],), byline=line)  # 工会办公室张耀辉
    glued = GLUED_PLACE_REPORT_RE.match(recognition_form(text)) if "记者" in text or "記者" in text else None
    if glued and (name := name_before_place(glued["run"], known_place=True)):
        start = glued.start("run")  # (the name as the page writes it: the form is simplified)
        return Meta(authors=(text[start : start + len(name)],), byline=line)
    firm = FIRM_THEN_NAME_RE.fullmatch(recognition_form(text))
    if firm and is_person_name(firm["name"]):
        return Meta(authors=(text[firm.start("name") : firm.end("name")],), byline=line)  # 民生证券牟一凌等
    slashed = OUTLET_SLASH_NAME_RE.fullmatch(recognition_form(text))
    if slashed and is_outlet_name(slashed["outlet"]) and is_person_name(slashed["name"]):
        # 联合新闻网／ 张紫凌: the outlet, a slash, its writer
        return Meta(authors=(text[slashed.start("name") : slashed.end("name")],), byline=line,
                    source_name=text[slashed.start("outlet") : slashed.end("outlet")])  # fmt: skip
    reporting = NAMES_PLACE_REPORT_RE.fullmatch(recognition_form(text))
    if reporting and (names := names_in(text[: reporting.end("names")])) and all(map(is_person_name, names)):
        return Meta(authors=names, byline=line)  # 闫丽君 烟台报道: the reporters and where they report from
    commentator = COMMENTATOR_RE.fullmatch(recognition_form(text))
    if commentator and is_person_name(commentator["name"]):
        # 每经特约评论员 尹中立: the paper's commentator (经济日报评论员：再驳… is the paper's editorial, a headline)
        name = text[commentator.start("name") : commentator.end("name")]
        outlet = commentator["outlet"]
        named = outlet and is_outlet_name(outlet) and not outlet.startswith("本")  # 本报评论员: our own
        source = text[commentator.start("outlet") : commentator.end("outlet")] if named else None
        return Meta(authors=(name,), byline=line, source_name=source)
    if DESK_CREDIT_RE.fullmatch(form.strip()):
        return Meta(byline=line)  # 財經中心／綜合報導: the desk signs it, no one named
    if (credit := OUTLET_DATELINE_RE.fullmatch(form.strip())) is not None:
        outlet = credit["outlet"]
        if is_outlet_name(outlet):  # 中央社／紐約6日綜合外電報導: the wire, as the page writes its name
            start = len(form) - len(form.lstrip())
            return Meta(byline=line, source_name=line[start + credit.start("outlet") : start + credit.end("outlet")])
        if any(outlet.endswith(word) and len(outlet) > len(word) for word in DESK_WORDS):
            return Meta(byline=line)  # 香港新闻组/香港2日电: a desk, no one named (中心 alone names no desk)
    if (unnamed := UNNAMED_REPORTERS_RE.fullmatch(form.strip())) is not None and is_outlet_name(unnamed["outlet"]):
        if unnamed["outlet"].startswith(OWN_OUTLET_WORDS):
            return Meta(byline=line)  # 本报记者: this paper's, named nowhere
        start = len(form) - len(form.lstrip())
        return Meta(byline=line, source_name=line[start + unnamed.start("outlet") : start + unnamed.end("outlet")])
    if (day := COMPACT_DAY_RE.match(form)) is not None and (signed := parse_byline(line[day.end() :])) is not None:
        return replace(signed, byline=line, published_at=f"{day['y']}-{day['m']}-{day['d']}")  # 20250824吴静君/台北报导
    bulleted = BULLET_NAME_RE.match(form)
    if bulleted:
        names = names_in(line[bulleted.start("name") : bulleted.end("name")])
        return Meta(authors=names, byline=line) if names else None
    if names_only(form):  # the names as the line writes them (a Traditional page keeps its script)
        return Meta(authors=tuple(t for t in NAMES_ONLY_SPLIT_RE.split(line.strip()) if t), byline=line)
    meta = parse_meta_line(line)
    return meta if meta is not None and meta.authors and meta.published_at is None else None


def _one_name(line: str) -> str | None:
    """The writer a line names with something after the name (``ONE_NAME_SHAPES``), as it writes it."""
    return next(filter(None, (_named_person(shape, line) for shape in ONE_NAME_SHAPES)), None)


def _name_with_title(form: str, line: str) -> str | None:
    """``谭雅玲 研究员``: a name, a blank, and the writer's job title (a word ending in an author role),
    the whole line; the name as the line writes it."""
    tokens = form.split()
    if len(tokens) != 2 or not tokens[1].endswith(boilerplate_phrases("author_roles")):
        return None
    if len(tokens[1]) > MAX_JOB_TITLE_CHARS and not _posts_at_workplaces(tokens[1]):
        return None  # 韩文龙 西南财经大学经济学院经济系主任、…研究员: a longer title names where he works
    name = tokens[0]
    if not LONE_WRITER_RE.fullmatch(name) or not is_person_name(name):
        return None
    return line.split()[0]


def _marked_names(line: str) -> tuple[str, ...]:
    """``蔡昉1 陆旸2``: two or more names, each with its affiliation's number, and nothing else."""
    tokens = line.split()
    if not 2 <= len(tokens) <= MAX_MARKED_NAMES:
        return ()
    marks = [MARKED_NAME_RE.fullmatch(recognition_form(token)) for token in tokens]
    if not all(mark and is_person_name(mark["name"]) for mark in marks):
        return ()
    if not marks[0].group()[marks[0].end("name") :].startswith("1"):
        return ()  # the affiliations are numbered from 1, the first author's first
    return tuple(token[: mark.end("name")] for token, mark in zip(tokens, marks, strict=True))


def _team_byline(line: str) -> tuple[str, ...]:
    """``文 某研究院宏观团队 李沫 胡文艳``: the writers after 文, a blank, and their team."""
    found = TEAM_BYLINE_RE.fullmatch(recognition_form(line.strip()))
    if found is None:
        return ()
    names = found["names"].split()
    if not all(is_person_name(name) for name in names):
        return ()
    start = len(line) - len(line.lstrip()) + found.start("names")
    return tuple(line[start : start + len(found["names"])].split())


def _workplace_then_names(line: str) -> tuple[str, ...]:
    """``■ 中国证券业协会合规管理委员会副主任委员  王建业``: the writer's post at a workplace, a blank,
    then the name, the whole line; ``◎海通证券股份有限公司 刘铁军 何旭强``: after a journal's bullet, the
    workplace alone, then up to three names. The names as the line writes them."""
    text = line.strip()
    bullet = text[:1] in BYLINE_BULLETS
    form = recognition_form(text.lstrip(BYLINE_BULLETS + " \u3000"))
    tokens, written = form.split(), text.lstrip(BYLINE_BULLETS + " \u3000").split()
    if not 2 <= len(tokens) <= 1 + MAX_LISTED_WRITERS or len(tokens) != len(written):
        return ()
    workplace = tokens[0]
    if workplace.endswith((*WRITER_ROLES, "编辑")):
        return ()  # 证券时报记者 张三: a reporter's label, read as one (its outlet the source)
    posted = workplace.endswith((*boilerplate_phrases("author_roles"), "委员")) and len(tokens) == 2
    # (without a journal's bullet, a workplace and a name are a byline only over the paper's abstract:
    # tests/test_unseen_bylines.py — the journal reader's evidence)
    placed = bullet and workplace.endswith(WORKPLACE_ENDINGS)
    if not (posted or placed) or not _posts_at_workplaces(workplace):
        return ()
    names = tokens[1:]
    if not all(LISTED_NAME_RE.fullmatch(name) and is_person_name(name) for name in names):
        return ()
    return tuple(written[1:])


def _named_person(shape: re.Pattern[str], line: str) -> str | None:
    """The person's name (group ``name``) of a ``shape`` the whole line has, as the line writes it."""
    text = line.strip()
    found = shape.fullmatch(recognition_form(text))
    return text[found.start("name") : found.end("name")] if found and is_person_name(found["name"]) else None


def name_then_role(line: str) -> Meta | None:
    """``杨千/文``: a writer's name with its role after it, the whole line — a byline wherever it stands."""
    name = _named_person(NAME_ROLE_RE, line)
    return Meta(authors=(name,), byline=line) if name else None


def names_only(form: str) -> tuple[str, ...]:
    """``劉鵬霖 李世鵬``, ``刘志坚，张国斌``: a line of two to four names and nothing else — a journal's or
    a reprint's writers. One name alone could be a headline's subject; a four-character token could be
    any phrase after a surname, so every token is two or three characters."""
    tokens = [t for t in NAMES_ONLY_SPLIT_RE.split(form.strip()) if t]
    if not 2 <= len(tokens) <= MAX_LISTED_NAMES or len(tokens) != len(set(tokens)):
        return ()
    named = all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) and is_person_name(t) for t in tokens)
    return tuple(tokens) if named else ()


# 長盟法律事務所 實習律師 薛任智 撰: where the writer works, the post, the name, then 撰 (wrote it)
WRITTEN_BY_RE = re.compile(
    r"(?:[\u4e00-\u9fffA-Za-z]{2,20}\s+){0,2}(?P<name>[\u4e00-\u9fff]{2,4})\s*(?:撰文|撰稿|撰写|撰|执笔)"
)
RELEASE_ISSUER_RE = re.compile(r"下稿代(?P<issuer>[\u4e00-\u9fff]{2,20}?)发出\s*[:：∶]?")
ISSUE_NUMBER_RE = re.compile(r"\s*(?:总)?第\s*\d{1,5}\s*期\s*$")
MAX_ISSUE_LINK_CHARS = 8
COMMENTATOR_RE = re.compile(
    r"(?P<outlet>[\u4e00-\u9fff]{2,8}?)?(?:特约|本报|本刊|本台|首席)?评论员\s+(?P<name>[\u4e00-\u9fff]{2,4})"
)
# 中國時報【洪凱音╱台北報導】, 【洪凱音／台北報導】: names, a slash, where they filed from and 报导 —
# no role word, the shape says it (an outlet's name may stand before the bracket)
NAMES_PLACE_BRACKET_RE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,8}?)?[【\[〔（(]\s*(?P<names>[\u4e00-\u9fff·、\s]{2,20}?)\s*[/／]\s*"
    r"[\u4e00-\u9fff]{2,6}?(?:综合)?(?:报导|报道)\s*[】\]〕）)]"
)
OUTLET_LEAD_RE = re.compile(r"[【\[]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z0-9]{2,12})\s*[】\]]\s*(?=[（(])")


def bracketed_reporters(line: str) -> tuple[tuple[str, ...], int, str | None] | None:
    """``（记者 安然 朱玲）``, ``【財訊快報/陳孟朔】``, ``【大公報訊】記者陳詠賢報道：`` at the start of a
    paragraph: the names, where the byline ends, and the outlet it names (``时报`` in
    ``【时报编译张朝钦综合外电报导】``) if any.

    >>> bracketed_reporters("【财讯快报/陈孟朔】美股上日收小红")
    (('陈孟朔',), 10, '财讯快报')
    """
    line = with_plain_slashes(line)
    form = recognition_form(line)
    lead = OUTLET_LEAD_RE.match(form)  # 【财新网】（记者 曹文姣 实习记者 张馨梦）: the outlet's bracket first
    if lead and (found := bracketed_reporters(line[lead.end() :])) is not None:
        names, end, outlet = found
        named = is_outlet_name(lead["outlet"])
        return names, lead.end() + end, outlet or (line[lead.start("outlet") : lead.end("outlet")] if named else None)
    match = BRACKETED_REPORTER_RE.match(form)
    if match:
        run = line[match.start("names") : match.end("names")]
        names = names_in(GLUED_ROLE_RE.sub(r" \1 ", run))  # 王南通讯员宋开峰: two roles' writers, run together
        if not names and re.search(r"(?:报导|报道)\s*[)）】\]〕]$", match.group(0)):
            name = name_before_place(run.strip())  # 【記者李宇政台北報導】
            names = (name,) if name else ()
        outlet = line[match.start("outlet") : match.end("outlet")] if match["outlet"] else None
        outlet = outlet if outlet and is_outlet_name(match["outlet"]) else None
        dispatch = match["dispatch"] or ""
        if outlet is None and len(dispatch) >= 2 and not dispatch.startswith(OWN_OUTLET_WORDS):
            # 中经联播讯(通讯员刘和云): the name a dispatch goes out under is the outlet's, known or not
            outlet = line[match.start("dispatch") : match.end("dispatch")]
        return (names, match.end(), outlet) if names else None
    match = BRACKETED_OUTLET_NAME_RE.match(form)
    if match and is_outlet_name(match["outlet"]) and is_person_name(match["names"]):
        outlet = line[match.start("outlet") : match.end("outlet")]
        return (line[match.start("names") : match.end("names")],), match.end(), outlet
    match = OUTLET_BEFORE_BRACKET_RE.match(form)  # 中国商报(记者 马文博)根据…
    if match and is_outlet_name(match["outlet"]):
        names = names_in(line[match.start("names") : match.end("names")])
        return (names, match.end(), line[match.start("outlet") : match.end("outlet")]) if names else None
    match = NAME_THEN_WEN_RE.match(form)
    group = "bare" if match and match["bare"] else "names"
    if match and (names := names_in(line[match.start(group) : match.end(group)])):
        return names, match.end(), None
    match = NAMES_PLACE_BRACKET_RE.match(form)
    if match and (not match["outlet"] or is_outlet_name(match["outlet"])):
        names = names_in(line[match.start("names") : match.end("names")])
        outlet = line[match.start("outlet") : match.end("outlet")] if match["outlet"] else None
        if names and all(map(is_person_name, names)):
            return names, match.end(), outlet
    match = LEAD_REPORTER_RE.match(form)
    if match and (not match["outlet"] or is_outlet_name(match["outlet"])):  # 【财经】 is a column: it stays
        group = "slashed" if match["slashed"] else "own" if match["own"] else "names"
        names = names_in(line[match.start(group) : match.end(group)])
        outlet = line[match.start("outlet") : match.end("outlet")] if match["outlet"] else None
        return (names, match.end(), outlet) if names else None
    return None


def name_before_place(run: str, known_place: bool = False) -> str | None:
    """The name in a reporter's name run into the city reported from (``溫貴香台北``): cut where a city
    of two to four characters is left, three characters first (most names), then two; the name must
    start with a surname. Outside a byline's brackets (``记者陈心怡台北报导``) the city must be one the
    places lexicon knows (``known_place``)."""
    for size in (3, 2):
        name, city = run[:size], run[size:]
        known = not known_place or recognition_form(city) in boilerplate_phrases("places")
        if 2 <= len(city) <= 4 and is_person_name(name) and known:
            return name
    return None


# 审读：何海荣, 审核：陈晓军, 校对：…, 签发：…: the desk's review credits closing a story, a line each
REVIEW_CREDIT_RE = lazy_re(
    r"[（(【\[]?\s*(?:审核|审读|审校|校对|终审|初审|复审|一审|二审|三审|签发|监制|审签|值班主任)\s*[:：]\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[）)】\]]?"
)


# （责任编辑：）: a template's credit with its name not filled in
EMPTY_CREDIT_RE = lazy_re(r"[（(【\[]?\s*(?:责任编辑|编辑|责编|审核|审读|校对)\s*[:：]\s*[）)】\]]?")


def is_empty_credit(line: str) -> bool:
    """``（责任编辑：）``: an editor's field alone, no name in it."""
    return len(line) <= MAX_META_CHARS and EMPTY_CREDIT_RE.fullmatch(recognition_form(line.strip())) is not None


def review_credit(line: str) -> str | None:
    """The first name a review credit alone on its line gives (``审读：何海荣`` → ``何海荣``), else None."""
    if len(line) > MAX_META_CHARS or not any(word in line for word in "审審校签簽监監"):
        return None  # nearly every line: no credit's word in it, in either script
    credit = REVIEW_CREDIT_RE.fullmatch(recognition_form(line.strip()))
    if credit is None:
        return None
    first = names_in(credit["name"])
    return first[0] if first else None


def parse_editor(line: str) -> str | None:
    """``责任编辑：赵六`` → ``赵六``; ``参与互动(0) | 【编辑:闻育旻】 |``, a trailer's bracketed editor among
    its counters → ``闻育旻``."""
    if len(line) > MAX_META_CHARS:
        return None
    form = recognition_form(line)
    match = EDITOR_LINE_RE.match(form)
    if match is None and len(form) <= MAX_EDITOR_ROW_CHARS and not SENTENCE_END_RE.search(form):
        match = BRACKETED_EDITOR_RE.search(form)
    if match is None:
        return _named_person(NAME_EDITOR_RE, line)  # 蔡百靈／核稿編輯: the name first, the role after a slash
    return STAFF_CODE_RE.sub("", line[match.start("name") : match.end("name")])


# （編輯：張良知）1150121: a Taiwan wire's closing editor and its day as a code (year 115 of the ROC era)
ROC_DAY_CODE_RE = re.compile(r"1[01]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def editor_line(line: str) -> str | None:
    """The editor a line names when it is that field alone (``责任编辑：张迪``, ``[责任编辑：刘斌]``)."""
    form = recognition_form(line)
    match = EDITOR_LINE_RE.match(form) if len(line) <= MAX_META_CHARS else None
    rest = form[match.end("name") :].strip(" \t\u3000)）]】") if match else ""
    if match is None or (rest and not ROC_DAY_CODE_RE.fullmatch(rest)):
        return None
    return parse_editor(line)


def parse_source_line(line: str) -> str | None:
    """``（来源：证券时报）`` → ``证券时报``: a trailing source line."""
    match = SOURCE_LINE_RE.match(recognition_form(line))
    if match is None or (match["data"] and not is_outlet_name(match["name"])):
        return None
    return line[match.start("name") : match.end("name")]


def is_trailer_heading(line: str) -> bool:
    """``相关阅读``, ``【相关文章】``, ``相关阅读 更多 >``, ``更多 NOWnews 今日新聞 報導``."""
    if len(line) > MAX_META_CHARS:
        return False  # a heading is short: spare a paragraph the more-link search
    form = MORE_LINK_RE.sub("", recognition_form(line)).strip("：: 【】[]>》»")
    if LETTER_SPACED_RE.fullmatch(form):  # 你 或 有 興 趣 的 文 章: a heading spaced out a character apart
        form = "".join(form.split())
    return form in boilerplate_phrases("trailer_headings") or more_from_outlet(line) is not None


def more_from_outlet(line: str) -> str | None:
    """``更多 NOWnews 今日新聞 報導``: a syndicating portal's heading over the outlet's other stories —
    the outlet whose story this is, as the page writes it."""
    match = MORE_FROM_OUTLET_RE.fullmatch(recognition_form(line.strip()))
    return line.strip()[match.start("outlet") : match.end("outlet")] if match else None


def starts_with_any(line: str, kind: str) -> bool:
    return recognition_form(line).startswith(boilerplate_phrases(kind))
