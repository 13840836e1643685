"""What a title looks like, line by line: the shapes that are never a headline (a byline, a stamp, a
menu row, a table's row, a site with its slogan, a feed's row, a notice, a speaker's post and name …),
prose, a headline's echo, and a headline's two halves printed over two lines. ``header`` chooses
among the lines these tests leave; each test reads one line (or its neighbours), never the page."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..config import StructureConfig
from ..document import Line
from ..han import han_count, is_han
from ..lexicon import boilerplate_phrases
from . import bylines, metadata
from .boilerplate import MARKET_STATUS_RE, is_weather
from .dates import find_date
from .names import (
    is_outlet_name,
    is_person_name,
    recognition_form,
)
from .outline import heading_style, list_item
from .titles import (
    COLUMN_PREFIX_RE,
    FILE_SUFFIX_RE,
    LATIN_WORD_RE,
    MIN_TITLE_CHARS,
    SITE_NAME_RE,
    without_column,
    without_site_suffix,
)

# 天弘云商宝(001529), 腾讯控股(00700.HK): a security's name and code alone, its page's label
SECURITY_LABEL_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}\s*[(（](?:\d{6}|\d{4,5})(?:\.(?:SH|SZ|HK|BJ))?[)）]")
MAX_CITY_CHARS = 4  # 深圳市, 乌鲁木齐: the city a company's registered name may open with
COMPANY_KICKER_RE = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})[：:]\s*")  # 露笑科技：…
ECHO_MARKS = "？?！! "  # an echo may add a question mark; a sentence ending 。 is no echo
NOT_TITLE_ENDINGS = ("。", "；", "，", "：", ";", ",", ":", "…", "...")
# 今天，4000亿元“麻辣粉”上了桌……: the whole six-dot mark after a word is a headline's own pause; a
# site cutting a teaser off writes one … or three dots
HEADLINE_ELLIPSIS_RE = re.compile(r"[^…．.。，,]……$")
PROSE_MIN_CHARS = 30
NOTICE_RE = re.compile(
    # 会员登录, 免费注册 end their phrase; 注册资本, 注册制 and 注册会计师 are a headline's words
    r"^(?:公告|通知|提示|温馨提示|溫馨提示|注意|友情提示|声明|聲明)[:：\s]|(?:登录|登錄|登入|注册|註冊)(?![\u4e00-\u9fff])"
    r"|(?:登录|登錄|注册|註冊)(?:后|後)"  # 登录后查看全文: the page asking its reader to sign in
    # 请至Edge官网下载, 点我下载APP: the page asking the reader to fetch something is no headline
    r"|(?:请至|请到|请前往|点我|点此|点击|扫码|立即)[^，。,]{0,12}下载"
    # 某某协会，欢迎您！, 欢迎光临某某官网: the site greeting its visitor
    r"|[，,\s]欢迎(?:您|你)[!！]?$|^欢迎(?:光临|访问)"
)
BRACKETED_RE = re.compile(r"（[^（）]*）|\([^()]*\)|【[^【】]*】|《[^《》]*》|“[^“”]*”")
SLOGAN_SPLIT_RE = re.compile(r"\s+[-—|｜]+\s+|——")
# a site's own name: …网, …网站, …官网, a domain (not 平台 or 资讯, which end headlines' phrases too)
SITE_HEAD_RE = re.compile(r"(?:网|網|网站|網站|官网|官網)$|(?:www\.|\.com|\.cn|\.net|\.org)", re.IGNORECASE)
SENTENCE_MARK_RE = re.compile(r"[。！？!?；;]")
BRACKETED_LABEL_RE = re.compile(r"[【\[〔]\s*(?P<label>[\u4e00-\u9fff]{2,6})\s*[】\]〕]")
APP_LINK_RE = re.compile(r"[\u4e00-\u9fff]{2,4}\s*(?:APP|App|app|客户端)")
TAG_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{1,2}\s*[\s/／|｜]\s*[\u4e00-\u9fff]{1,2}")
BRACKETED_FIELDS_RE = re.compile(r"[（(]\s*[\u4e00-\u9fff]{2,4}\s*[：:][^（）()]*[）)]")
INTERVIEW_WORDS = ("专访", "对话", "访谈", "独家")
MAX_HALF_TITLE_CHARS = 10  # a headline printed over two lines: each half a short phrase
HALF_MARKS_RE = re.compile(r"[\s\W_A-Za-z]")  # a blank, a mark or a Latin word: a kicker, a menu, a prompt (APP下载)
YEAR_MONTH_RE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*(?:1[0-2]|0?[1-9])\s*月(?:份|号|號)?\s*")
GOVERNMENT_FIELD_RE = re.compile(
    r"(?:索\s*引\s*号|发\s*文\s*字\s*号|主\s*题\s*分\s*类|发\s*布\s*机\s*构|成\s*文\s*日\s*期|公\s*开\s*方\s*式)"
    r"(?:\s*[:：]|\s)\s*\S"  # its label, then a colon or a blank before the value
)
# (点击浏览 休斯顿黄页 电子书: "click to browse", a link's words before what it opens)
MORE_LINK_OPENINGS = ("查看更多", "点击查看更多", "更多精彩", "阅读更多", "点击浏览", "点击进入", "点击阅读")
TABLE_UNIT_RE = re.compile(r"(?:金额|数量|计量)?单位\s*[:：]\s*(?:人民币|美元|港元|港币)?[\u4e00-\u9fff%％A-Za-z]{1,6}")
ORIGINAL_TITLE_RE = re.compile(r"^[_（(【\[]?\s*(?:本文)?原(?:标|標)?(?:题|題)(?:\s*[:：]|为|為)")  # _本文原题为 …
# a bracket that is the whole line and names a picture: (资料图片), 【图】, (图片来源：某网), （摄影 张三）
CAPTION_RE = re.compile(
    r"[（(【\[][^（）()【】\[\]]{0,16}?(?:图|照|圖|摄|攝|视频|視頻)[^（）()【】\[\]]{0,16}[）)】\]]"
)
URL_RE = re.compile(r"https?://[!-~]+")  # an address is ASCII: it ends where Chinese text runs on (…html来源：…)
STAMP_LABEL_RE = re.compile(
    r"(?:19|20)\d{2}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?\s*[\u4e00-\u9fff]{1,4}"
)
TABLE_CELL_END_RE = re.compile(r"^[^|｜]+\s[|｜]$")  # one bar, closing: | 标题 | between two may be a headline
# 证交所股价速览 (): a widget's heading with its value not rendered
EMPTY_SLOT_RE = re.compile(r"(?:\(\s*\)|（\s*）|【\s*】|\[\s*\])$")
# 穗府〔2011〕15号, 国办发[2024]3号: an official paper's number
DOCUMENT_NUMBER_RE = re.compile(
    r"[\u4e00-\u9fff]{1,10}\s*[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*第?\s*\d{1,5}\s*[号號]"
)
# 热线：400-8888-400, 客服电话 010-1234567, 電話號碼 0960-550-797: a site's contact line (a number's
# digits follow its label)
CONTACT_RE = re.compile(
    r"(?:热线|客服|电话|專線|专线)\s*(?:电话|号码)?\s*[:：]?\s*\(?\d{3,4}[-\s)]?\d{3,4}[-\s]?\d{2,4}"
)
# 8 五月 02:00, 2025年10月13日 星期一: a stamp alone — digits and the words of a date, nothing to read
DATE_WORDS_RE = re.compile(r"[\d\s:：/.\-年月日号號时時分秒点點上下午星期周週一二三四五六七八九十〇零()（）]+")
TIME_RE = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|\d\s*[年月日]")
QUESTION_RE = re.compile(r"[？?]|怎么|怎麼|如何|为什么|為什麼|哪些|哪个|哪個|是否|吗$|嗎$|呢$")
# 证券代码：000001 证券简称：平安银行 公告编号：2017-043 heading a listed company's announcement: its fields
SECURITY_FIELDS_RE = re.compile(r"(?:证券|股票|债券|优先股|基金|公司)(?:代码|简称)\s*[:：]|公告编号\s*[:：]")
# 昨收盘：0.000今开盘：0.000最高价：0.000: a quote widget's fields, each a label and its figure
QUOTE_FIELD_RE = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*[-+]?[\d.,]+%?")
MIN_QUOTE_FIELDS = 3
SECTION_PATH_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:\s+[/／]\s+[\u4e00-\u9fff]{2,6})+")
# 好豆数科 2019-12-20用卡知识: a numeric date with its year, set apart by a space, is a meta line's or a list
# row's, never a headline's (which writes 12月20日)
SPACED_NUMERIC_DATE_RE = re.compile(r"(?:^|\s)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
QUOTATION_RE = re.compile(r"“[^“”]+”|「[^「」]+」|『[^『』]+』")
AFFILIATION_RE = re.compile(
    r"^[（(][^)）]{2,60}(?:大学|学院|研究所|研究院|研究中心|银行|公司|学校|系|部|中心|所|局|院)[^)）]{0,40}[)）]$"
)
OWN_DATELINE_RE = re.compile(r"本[报刊台网站][\u4e00-\u9fff]{0,8}?(?:专电|电|讯)")
MIN_MENU_WORDS = 4
MAX_MENU_WORD_CHARS = 4
BAR_SPLIT_RE = re.compile(r"[|｜]")
MIN_ROW_BARS = 2  # bars after a row's first cell starts, the last closing it
LONG_MENU_EXTRA_CHARS = 3  # in a row of 2 × MIN_MENU_WORDS words or more, an item may be this much longer
PAGER_RE = re.compile(r"上一(?:版|页|篇|頁).*下一(?:版|页|篇|頁)")
IDENTIFIER_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$")
STAMP_FIRST_RE = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：时]\d{2}")
MAX_MENU_CHARS = 8
MAX_COLUMN_TITLE_CHARS = 4  # 公司要闻 alone is a column's name, not a headline; 示例日报评论 may be one
# a headline's end broken onto the next line: a quoted term alone, or words after a function word
MAX_TITLE_TAIL_CHARS = 8
QUOTED_TERM_RE = re.compile(r"“[^“”]{1,6}”|「[^「」]{1,6}」|《[^《》]{1,6}》|\"[^\"]{1,6}\"")
DANGLING_ENDINGS = ("的", "之", "和", "与", "及", "对", "把", "被", "将", "在", "为", "是", "向", "从")
FEED_SPLIT_RE = re.compile(r"\s*·\s+|\s+·\s*")
MIN_FEED_PARTS = 3
FEED_REFERENCE = date(2000, 1, 1)  # any day: a row's 3 天前 is a time ago whichever day it was read
MAX_SITE_HEAD_CHARS = 8  # a site's name before an underscore (某某网_…) is short; 运作模式_投资论文 has none


def is_title_like(line: str, settings: StructureConfig) -> bool:
    form = recognition_form(line)
    return (
        len(line) <= settings.max_title_chars
        and (han_count(line) >= 2 or len(LATIN_WORD_RE.findall(line)) >= 2)
        and (not line.endswith(NOT_TITLE_ENDINGS) or HEADLINE_ELLIPSIS_RE.search(line) is not None)
        and heading_style(line, settings.max_heading_chars) is None
        and list_item(line) is None
        and not _names_site(line, form)
        and not form.endswith("首页")  # 美文网首页: a link back to the site's home
        and not CONTACT_RE.search(form)  # …服务热线：400-8888-400 APP下载: the site's contact row
        and not _is_stamp(form)
        and not (form.startswith("#") and form.endswith("#"))  # #搜索话题全勤挑战赛7月#: a topic's tag
        and not _is_table_row(form)  # | 特性 | 外汇交易 | 股票交易 |: a table's header row
        and not TABLE_UNIT_RE.fullmatch(form)  # 单位：万元 over each table, said again and again
        and not GOVERNMENT_FIELD_RE.match(form)  # 索 引 号 014289132/2017-00276: a notice's index table
        and not form.startswith(MORE_LINK_OPENINGS)  # 查看更多「香港好去处」精彩内容: a link to more stories
        and not line.startswith(("——", "--", "—"))  # a subtitle
        and not line.startswith("·")  # · 权力结构-美国,金融经济: a tag row's bullet (a name's dot never opens a line)
        and not CAPTION_RE.fullmatch(line.strip())  # (资料图片): a picture's mark; (附：…) may be a title
        and not ORIGINAL_TITLE_RE.match(line)  # （原标题：…）: a note on an earlier headline
        and not NOTICE_RE.search(form)
        and not metadata.LABEL_RE.match(form)
        and not metadata.is_trailer_heading(line)  # 相关文章推荐: a list of other stories starts there
        and not _bracketed_label(form)  # 【关键词】小微企业；…: a field, its label in brackets
        and form not in boilerplate_phrases("page_tools")  # 字号 alone: a button
        and form not in boilerplate_phrases("channel_names")  # 快讯 alone: the column's label
        and form.strip(" ：:【】[]|｜") not in boilerplate_phrases("section_labels")  # 目录, 【正文】: a part's label
        and not form.startswith(boilerplate_phrases("prev_next"))  # 下一篇 》: a link to another article
        and not PAGER_RE.search(form)  # 第B086版：信息披露 上一版3 4下一版: an e-paper's pager
        and not AFFILIATION_RE.match(form)  # （…财政所 河南·新乡）under a byline: where the writer works
        and not _is_site_with_slogan(form)
        and "。" not in BRACKETED_RE.sub("", line)  # 市场普遍预期…连七冻。（资料照）: a sentence and a credit
        and not _is_menu_line(form)
        and not _role_and_name(form)
        and not TAG_PAIR_RE.fullmatch(form.strip())  # 深度 香港, 指数/外汇: a post's tags or a menu's pair
        and not APP_LINK_RE.fullmatch(form.strip())  # 明报APP: the link to the site's app
        and not BRACKETED_FIELDS_RE.fullmatch(form.strip())  # （组长：张三 成员：李四、王五）: a roster, a note
        and not _is_channel_row(form)
        and not _is_feed_row(form)
        and not IDENTIFIER_RE.match(line)  # upload_article_image: a template's placeholder
        and not _opens_with_dated_dateline(form)  # 《经济通通讯社31日专讯》恒生银行…: the article's first words
        and not YEAR_MONTH_RE.fullmatch(form)  # 2023年 10月: an issue's month, no headline
        and not (form.endswith(("讯", "訊")) and is_outlet_name(form[:-1].strip()))  # 江南时报讯 alone: a dateline
        and not OWN_DATELINE_RE.fullmatch(form)  # 本报新加坡电 alone: the paper's own dateline
        and not STAMP_FIRST_RE.match(form)  # 2024-02-02 03:18蔡昌芹…: a stamp opens a meta line, not a headline
        and not (len(form) < MIN_TITLE_CHARS and is_outlet_name(form))  # 中央社 alone: a masthead
        and not _quoted_outlet(form)  # 《人民日报》 alone: the paper the story ran in
        and not SECURITY_FIELDS_RE.search(form)
        and len(QUOTE_FIELD_RE.findall(form)) < MIN_QUOTE_FIELDS
        and not SECTION_PATH_RE.fullmatch(form)  # 刊物 / 文章: a site's section and its kind, a path
        and not SPACED_NUMERIC_DATE_RE.search(form)
        and not is_weather(form)
        and not _is_dateline_alone(form)  # 浙江在线02月24日讯: the article's first words, apart
        and not MARKET_STATUS_RE.search(form)  # 香港股市 已收市: a quotes widget's heading
        and not (han_count(line) == 0 and line.rstrip().endswith("."))  # Close loading screen.: a sentence
        and not QUOTATION_RE.fullmatch(line.strip())  # “保险都是坑，买了也赔不了！”: someone's words, quoted
        and not EMPTY_SLOT_RE.search(form)  # 证交所股价速览 (): a widget's heading, its value not rendered
        and not DOCUMENT_NUMBER_RE.fullmatch(form.strip())  # 穗府〔2011〕15号: an official paper's number
        and not (len(form.strip()) <= MAX_COLUMN_TITLE_CHARS and _names_column(line))  # 公司要闻 alone: a column's name
        and not STAMP_LABEL_RE.fullmatch(form.strip())  # 2011年02月09日台湾: a stamp and its region's label
        and not TABLE_CELL_END_RE.search(line)  # 颁布日期 |: a flattened table's cell
        and not SECURITY_LABEL_RE.fullmatch(form.strip())  # 天弘云商宝(001529): a fund's or stock's page label
    )


MAX_SITE_NAME_CHARS = 10
SITE_WORDS_BEFORE_NET = ("官网", "官網", "门户网", "門戶網", "新闻网", "新聞網", "财经网", "財經網", "在线网")
SITE_LINE_MARKS_RE = re.compile(r"[-—_|｜:：/／.·@!！\s]")  # (HI!欢迎登录某某网: a greeting's mark)


def _names_site(line: str, form: str) -> bool:
    """``某某财经网``, ``www.x.com``: a site's name, not a headline. A line that asks something names
    no site, whatever word ends it (怎么举报外汇黑网站)."""
    bare = recognition_form(URL_RE.sub("", without_site_suffix(line)[0]))
    if not SITE_NAME_RE.search(bare) or QUESTION_RE.search(form):
        return False
    # 各方大佬激辩中的乐视网: a phrase (its 的) about a company whose name ends like a site's — a site's
    # name alone is short, and a longer line of one holds separators, a prefix or a slogan;
    # 日照银行五莲中心支行筑牢金融安全防护网: a long line ending in a bare 网 is a net (安全网, 防护网), a long
    # site's name says 网站 (中华人民共和国中央人民政府门户网站)
    bare = bare.strip()
    worded = "的" in bare[:-3] or (bare.endswith(("网", "網")) and not bare.endswith(SITE_WORDS_BEFORE_NET))
    phrase = len(bare) > MAX_SITE_NAME_CHARS and worded and not SITE_LINE_MARKS_RE.search(bare)
    return not phrase


def _is_stamp(form: str) -> bool:
    """A date or time alone (``8 五月 02:00``), in any words a date is written in."""
    return bool(TIME_RE.search(form)) and DATE_WORDS_RE.fullmatch(form) is not None


def _is_table_row(form: str) -> bool:
    """``| 特性 | 外汇交易 |``: a table's row, its cells between bars."""
    row = form.strip()
    # 基金代码 | 519993 | ||||||||: a Markdown row whose first bar the scraper left out, its empty cells after
    # (| 外汇交易入门指南 |: one cell between bars, a headline drawn round)
    leading = row.startswith(("|", "｜"))
    return row.endswith(("|", "｜")) and len(BAR_SPLIT_RE.findall(row)) - leading >= MIN_ROW_BARS


def _is_dateline_alone(form: str) -> bool:
    dateline = bylines.DATELINE_RE.match(form)
    return dateline is not None and not form[dateline.end() :].strip(" ：:")


def _opens_with_dated_dateline(form: str) -> bool:
    """``新华社北京5月19日电``, ``《经济通通讯社31日专讯》``: a dateline with its day opens the article's
    first paragraph (an undated ``…讯：`` may be a headline's column, 央行快讯：…)."""
    dateline = bylines.DATELINE_RE.match(form)
    return dateline is not None and dateline["undated"] is None


def _bracketed_label(form: str) -> bool:
    """``【关键词】…``, ``[作者]…``: a field's label in brackets opens the line; or the line is a row
    of such fields (``【中图分类号】F832【文献标识码】A``)."""
    bracket = BRACKETED_LABEL_RE.match(form)
    if bracket is not None and bracket["label"] in metadata.LABEL_NAMES:
        return True
    return bracket is not None and len(BRACKETED_LABEL_RE.findall(form)) >= 2


def _first_half(line: str, title: str, settings: StructureConfig) -> bool:
    """Whether ``line`` right above the chosen title is the headline's first half: both short, no
    mark between their words (a kicker speaks with a colon or quotes, a menu is its words apart), both
    headline-like, and together no longer than a title."""
    halves = (line.strip(), title.strip())
    return (
        all(MIN_TITLE_CHARS <= len(half) <= MAX_HALF_TITLE_CHARS and not HALF_MARKS_RE.search(half) for half in halves)
        and is_title_like(halves[0], settings)
        and not _names_column(halves[0])
        and not is_outlet_name(recognition_form(halves[0]))  # 理财周刊: the masthead over the headline
        and len(halves[0]) + len(halves[1]) <= settings.max_title_chars
    )


def _quoted_outlet(form: str) -> bool:
    return form.startswith("《") and form.endswith("》") and is_outlet_name(form[1:-1].strip())


def _second_half(title: str, line: str) -> bool:
    """Whether ``line`` under the title, over its meta line, is the headline's end broken off: short,
    no sentence, and either a quoted or bracketed term alone (“发动机”, 《办法》) or words after a title
    that cannot end there, on a word that leads on (…最强劲的 / 发动机). A name alone there is a byline."""
    tail = line.strip()
    if not tail or len(tail) > MAX_TITLE_TAIL_CHARS or SENTENCE_MARK_RE.search(tail) or _quoted_outlet(tail):
        return False
    return bool(QUOTED_TERM_RE.fullmatch(tail)) or (
        title.rstrip().endswith(DANGLING_ENDINGS) and all(is_han(c) for c in tail)
    )


def _names_column(line: str) -> bool:
    """``新闻动态``, ``公司新闻``: a channel's name, or a short name ending in a column's word, alone."""
    form = recognition_form(line.strip())
    if not form or len(form) > MAX_MENU_CHARS or not is_han(form[0]) or form in boilerplate_phrases("page_tools"):
        return False  # (听新闻: an audio button)
    return form in boilerplate_phrases("channel_names") or form.endswith(boilerplate_phrases("column_words"))


def _is_menu_line(form: str) -> bool:
    """``对话 研究 要闻 研报 私募``: a row of a site's menu — ``MIN_MENU_WORDS`` or more words of at most
    ``MAX_MENU_WORD_CHARS`` between blanks, nothing else. A headline's words run together. A row of
    twice as many words is a menu even with a longer item or two (``… 作家专栏 大湾区 图片看世界``)."""
    words = form.split()
    if _menu_items(words) and all(w.isalnum() for w in words):
        return True
    # 人物|文萃|图片|文化|…: a row parted by bars, twice a blank row's words long (a headline parts a
    # clause or two with a bar, 财经早报｜央行降准, never eight words)
    items = [item.strip() for item in BAR_SPLIT_RE.split(form.strip(" |｜"))]
    return (
        len(items) >= 2 * MIN_MENU_WORDS
        and all(len(item) <= MAX_MENU_WORD_CHARS and item.isalnum() for item in items)
    )


def _menu_items(items: list[str]) -> bool:
    """``MIN_MENU_WORDS`` items or more, each a menu's word long (in a long row, a few characters more)."""
    longest = MAX_MENU_WORD_CHARS + LONG_MENU_EXTRA_CHARS if len(items) >= 2 * MIN_MENU_WORDS else MAX_MENU_WORD_CHARS
    return len(items) >= MIN_MENU_WORDS and all(len(item) <= longest for item in items)


def _menus_last_words(lines: list[Line], i: int) -> bool:
    """``微博 论坛`` / ``APP 基金吧`` between rows of a menu: two or three short words apart, beside a
    menu's row — the menu's own short row, not a headline."""
    words = recognition_form(lines[i].text).split()
    if not 2 <= len(words) < MIN_MENU_WORDS or not all(len(w) <= MAX_MENU_WORD_CHARS and w.isalnum() for w in words):
        return False
    return any(_is_menu_line(recognition_form(lines[j].text)) for j in (i - 1, i + 1) if 0 <= j < len(lines))


# 理财、金融、保险、贷款、虚拟货币 / 等知识简单易懂一秒就通!: words no line of its own opens with
RUN_ON_OPENERS = ("等", "的", "之", "及", "与", "和", "或")


def _broken_sentence(lines: list[Line], i: int, header_above: bool = False) -> bool:
    """Whether line ``i`` is half of a sentence broken where a site's slogan wraps: the line under it
    goes on with it (``等知识…``), or it goes on from the line above — no headline either way. A
    header line above (``当前位置：首页 » 交易行情 » 与市盈率无关的参数``) is no sentence to go on from:
    ``与市盈率无关的参数`` under it is the headline."""
    below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if below.startswith(RUN_ON_OPENERS) and not SENTENCE_MARK_RE.search(lines[i].text):
        return True
    above = lines[i - 1].text if i > 0 else ""
    opens_on = lines[i].text.strip().startswith(RUN_ON_OPENERS)
    return bool(above.strip()) and opens_on and not header_above and not SENTENCE_MARK_RE.search(above)


def _is_channel_row(form: str) -> bool:
    """``新闻  健康  udn部落格``: words apart, all but one of them channels' names — a site's row of links,
    however few (a headline's words, blank-parted, are no channels)."""
    words = form.split()
    channels = sum(1 for word in words if word in boilerplate_phrases("channel_names"))
    return len(words) >= 2 and channels >= max(2, len(words) - 1)


def _is_feed_row(form: str) -> bool:
    """``知乎日报 · 蛇年喝蛇果，要被好运缠上啦！ · 昨天``: a feed's row — its source, a headline and when,
    parts set apart by dots, the last a day or a time ago: a link to another story, not this one's title."""
    parts = [part for part in FEED_SPLIT_RE.split(form) if part.strip()]
    return len(parts) >= MIN_FEED_PARTS and find_date(parts[-1].strip(), FEED_REFERENCE) is not None


def _is_site_with_slogan(form: str) -> bool:
    """``168炒股学习网 - 专注提供股票金融知识``, ``某某网_书友最值得收藏``: a site's name, then what it says
    of itself; or the site's own keyword title, its name last
    (``股票入门基础知识_炒股入门与技巧_怎么买股票 - 股票学习网！``)."""
    head, underscore, _ = form.partition("_")
    if underscore and len(head) <= MAX_SITE_HEAD_CHARS and SITE_HEAD_RE.search(head):
        return True  # 某某网_书友最值得收藏！: the site's name first, before an underscore
    parts = SLOGAN_SPLIT_RE.split(form)
    if len(parts) < 2:
        return False
    keywords_first = parts[0].count("_") >= 2 and bool(SITE_HEAD_RE.search(parts[-1].strip(" !！")))
    return keywords_first or bool(SITE_HEAD_RE.search(parts[0].strip()))


def is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN_CHARS and bool(re.search(r"[。，；！？,;]", line))


def original_title_of(line: str) -> str:
    """The headline a ``（原标题：…）`` note gives, without the note's label and brackets (the line must
    match ``ORIGINAL_TITLE_RE``)."""
    return line[ORIGINAL_TITLE_RE.match(line).end() :].strip().rstrip(")）】]").strip()


def is_echo(line: str, title: str) -> bool:
    """The title said again, perhaps with a question mark, or without the file suffix or column
    prefix a site put on it (``标题.docx`` then ``标题``), or the document a company's name heads
    (``露笑科技：露笑科技股份有限公司信息披露管理制度`` over ``露笑科技股份有限公司    信息披露管理制度``)."""
    title, bare, named = _echo_forms(title)
    said = line.rstrip(ECHO_MARKS)
    return said in (title, bare) or (named is not None and "".join(said.split()) == named)


@lru_cache(maxsize=64)
def echo_forms(title: str) -> tuple[str, ...]:
    """The forms the title may be said again in: as it is, without the site's column or file suffix,
    and the document a company's short name heads."""
    title_form, bare, _ = _echo_forms(title)
    named = named_document(title)
    return tuple(dict.fromkeys(form for form in (title_form, bare, named) if form))


def named_document(title: str) -> str | None:
    """``露笑科技股份有限公司信息披露管理制度`` in ``露笑科技：露笑科技股份有限公司信息披露管理制度``: the
    document a portal heads with the company's short name, when that name opens the document's own
    (the company's full name starts with it); None otherwise."""
    name = COMPANY_KICKER_RE.match(title)
    rest = title[name.end() :] if name is not None else ""
    # (必易微：深圳市必易微电子股份有限公司…: the company's full name may open with its city)
    placed = name is not None and name["name"] in rest[: len(name["name"]) + MAX_CITY_CHARS] and "公司" in rest
    if name is None or not (rest.startswith(name["name"]) or placed):
        return None
    return rest if len(rest) >= MIN_TITLE_CHARS else None


@lru_cache(maxsize=64)
def _echo_forms(title: str) -> tuple[str, str, str | None]:
    """The title, its bare form and its named document without blanks, worked out once per title,
    not once per line compared."""
    bare = without_column(COLUMN_PREFIX_RE.sub("", FILE_SUFFIX_RE.sub("", title)))
    named = named_document(title)
    return title.rstrip(ECHO_MARKS), bare.rstrip(ECHO_MARKS), "".join(named.split()) if named else None


def _role_and_name(form: str) -> bool:
    """``深交所副总经理 王红``: a speaker's post and name under a picture or over a speech, no headline
    (an interview's ``专访某某总经理 王红`` says so first)."""
    tokens = form.split()
    return (
        len(tokens) == 2
        and tokens[0].endswith(boilerplate_phrases("author_roles"))
        and not tokens[0].startswith(INTERVIEW_WORDS)
        and is_person_name(tokens[1])
    )
