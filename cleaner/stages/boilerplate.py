"""boilerplate: the site's furniture and repeats — nav bars, more-links, app and download prompts,
copyright lines, page tools, share bars, ad marks, reader comments, paragraphs said twice.

Each kind is matched on the whole line (or a short line holding a phrase) from the word lists in
``data/boilerplate/``, in both scripts (a Traditional line is read through the table of characters
Simplified never uses), so nothing depends on the conversion having run. A paragraph is never
removed for holding such a word: the line must be short, or made only of such words.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Change
from ..config import BoilerplateConfig
from ..document import Candidate, Document
from ..han import han_count
from ..lexicon import boilerplate_phrases
from .bylines import closing_source
from .dates import CRAWLER_STAMP_RE, find_date, whole_date
from .metadata import SENTENCE_END_RE, TEMPERATURE_RE
from .names import recognition_form
from .outline import BULLET_RE, BULLETS

NAME = "boilerplate"
SUMMARY = "nav bars, 更多>, app/download/copyright lines, page tools, share bars, ads, comments, repeats"
REASONS = (
    "boilerplate:nav", "boilerplate:more_link", "boilerplate:app_prompt", "boilerplate:download",
    "boilerplate:copyright", "boilerplate:page_tools", "boilerplate:share", "boilerplate:ad",
    "boilerplate:comments", "boilerplate:repeat", "boilerplate:summary", "boilerplate:site_notice",
    "boilerplate:player", "boilerplate:weather", "boilerplate:prev_next", "boilerplate:reading_time",
    "boilerplate:pager",
    "boilerplate:news_list", "boilerplate:picture", "boilerplate:caption", "boilerplate:keywords",
    "boilerplate:classification", "boilerplate:quotes", "boilerplate:cards", "boilerplate:filler",
)  # fmt: skip

SEGMENT_SPLIT_RE = re.compile(r"\s*[|｜·•/／]\s*|\s{2,}|\t|\u3000+")
BRACKETS_RE = re.compile(r"[【】\[\]〖〗]")
BACK_LINK_TAIL_RE = re.compile(r"\s*返回[\u4e00-\u9fff]{1,6}[，,]\s*查看更多\s*$")  # 返回搜狐，查看更多
TOOLS_TAIL_LINES = 30  # a headline's (or the first lines') buttons: the page's top
MIN_TOOLS_TAIL = 2
MAX_TOOLS_TAIL = 4
TOOL_COUNT_RE = re.compile(r"\s*[(（]\d{1,7}[)）]$")
TOKEN_SPLIT_RE = re.compile(r"[\s|｜·•/／:：,，、«»‹›]+")  # a link's arrows are no word of it
ARROWS = " >》»›→≫<《«‹←≪【】[]()（）「」"
SENTENCE_MARKS_RE = re.compile(r"[。！？!?；;，,]")
COMMENT_COUNT_RE = re.compile(r"^(?:已有|共|全部)?\s*\d+\s*条(?:评论|留言)|^(?:评论|留言)\s*[（(]\d+[)）]$")
# 评论 0人参与，0条评论, 还没有评论，快来抢沙发吧！: the comment box's counter and its empty prompt, above
# its first heading (read upward from it: the article's own lines hold no such count)
COMMENT_WIDGET_RE = re.compile(r"(?=.*(?:评论|留言))(?:.*\d+\s*(?:人参与|条)|.*抢?沙发)")
MAX_COMMENT_WIDGET_CHARS = 30
ELLIPSIS_RE = re.compile(r"(?:(?<!…)…+|(?<!\.)\.{3,}|。。。)\s*$")  # each run tried from its start only
ELLIPSIS_ENDINGS = ("…", "...", "。。。")
LEADING_TAG_RE = re.compile(r"^[【\[][^】\]]{1,16}[】\]]\s*")
MAX_SEGMENT_CHARS = 8
MIN_GLUED_NAV_WORDS = 6
MIN_GLUED_NAV_SHARE = 0.7
AD_SLOT_RE = re.compile(r"\[(?:ad|ads|advert)[_-]?\d{0,3}\]", re.IGNORECASE)  # [ad_1]: a blog's ad slot left empty
BRACKETED_TOKEN_RE = re.compile(r"[【\[〖]([^】\]〗]{1,8})[】\]〗]")
# 本网站之文字、图片及影音，非经授权，不得转载…。: the site speaking of its own content — its notice,
# though a sentence (本站记者…未经授权… is a report)
SITE_CONTENT_RE = re.compile(
    r"本(?:网站|站|网)(?:之|的|所|有|刊登|发布|登载|转载)*(?:文字|图片|内容|文章|资料|信息|稿件|作品)"
)
MIN_PAGER_LINKS = 2  # 首页 上页 下页 末页 1/5 转到: links to other pages of a list, two of them at least
# 【打 印】【关 闭】: a two-character button spaced out to fill its box, read as the word it is
SPACED_BUTTON_RE = re.compile(r"([【\[〖])\s*([\u4e00-\u9fff])\s+([\u4e00-\u9fff])\s*([】\]〗])")
NOTICE_LEAD_CHARS = 0  # in a sentence, the phrase must open it (本文来源于网络…)
NOTICE_KINDS = (  # kind, reason, length limit, whether a sentence that merely mentions it stays
    ("app_prompts", "boilerplate:app_prompt", "max_prompt_chars", True),
    ("download", "boilerplate:download", "max_prompt_chars", True),
    ("copyright", "boilerplate:copyright", "max_notice_chars", True),
    ("site_notices", "boilerplate:site_notice", "max_notice_chars", False),  # 由会员分享 is never prose
)


@cache
def _phrases(kind: str) -> frozenset[str]:
    return frozenset(boilerplate_phrases(kind))


@cache
def _contains_re(kind: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in sorted(_phrases(kind), key=len, reverse=True)))


def is_nav_bar(form: str) -> bool:
    """``| 会员登录 | 站点地图 |``: short segments, two or more of them navigation words."""
    if SENTENCE_MARKS_RE.search(form):
        return False
    barred = form.strip().startswith(("|", "｜")) and form.strip().endswith(("|", "｜"))
    segments = [s for s in SEGMENT_SPLIT_RE.split(form.strip(" |｜")) if s]
    if len(segments) == 1:
        # (回主頁 關於我們使用條款…私隱政策 聯絡我們: a glued bar with a single blank here and there)
        return _is_glued_nav(segments[0].replace(" ", "")) or _is_home_menu(segments[0])
    if len(segments) < (2 if barred else 3) or any(len(s) > MAX_SEGMENT_CHARS for s in segments):
        return False  # a bar drawn round the words (| 会员登录 | 站点地图 |) needs only two
    nav = sum(s in _phrases("nav_words") for s in segments)
    known = nav + sum(s in _phrases("channel_names") for s in segments)
    return nav >= 2 or (nav >= 1 and known * 2 >= len(segments) and len(segments) >= 4)


def _is_glued_nav(form: str) -> bool:
    """``首页财经股票大盘个股新股行情…我的金融界``: a nav bar whose separators the scraper lost — one run
    of letters, ``MIN_GLUED_NAV_WORDS`` navigation or channel words or more read off it (longest
    first) covering ``MIN_GLUED_NAV_SHARE`` of it, a navigation word among them. A headline of
    channel words (黄金期货行情) has too few of them."""
    if len(form) < 2 * MIN_GLUED_NAV_WORDS or not form.isalnum():
        return False
    words, longest = _nav_vocabulary()
    at = covered = found = 0
    nav = False
    while at < len(form):
        word = next((form[at : at + size] for size in range(longest, 1, -1) if form[at : at + size] in words), None)
        if word is None:
            at += 1
            continue
        found, covered, at = found + 1, covered + len(word), at + len(word)
        nav = nav or word in _phrases("nav_words")
    return nav and found >= MIN_GLUED_NAV_WORDS and covered >= MIN_GLUED_NAV_SHARE * len(form)


HOME_WORDS = ("首页", "网站首页", "主页", "返回首页", "Home", "HOME")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_CHARS = 12


def _is_home_menu(form: str) -> bool:
    """``网站首页 证券欺诈维权征集及进展 上市公司问题发布``: the home link, then the site's sections
    between single blanks — ``MIN_MENU_ITEMS`` items or more, none longer than a section's name."""
    items = form.split()
    return (
        len(items) >= MIN_MENU_ITEMS
        and items[0] in HOME_WORDS
        and all(len(item) <= MAX_MENU_ITEM_CHARS and item.isalnum() for item in items)
    )


@cache
def _nav_vocabulary() -> tuple[frozenset[str], int]:
    words = _phrases_of("nav_words", "channel_names")
    return words, max(map(len, words))


def _is_pager_links(form: str) -> bool:
    """``首页 上页 下页 末页 1/5 转到``: a pager's links, page numbers and go-to box — every word a link
    to another page of the list (or home), two of them at least, or a page's number."""
    tokens = [t for t in TOKEN_SPLIT_RE.split(form) if t]
    pager = _phrases("prev_next")
    links = sum(t in pager for t in tokens)
    return links >= MIN_PAGER_LINKS and all(t in pager or t in HOME_WORDS or t.isdigit() for t in tokens)


def _bracketed_tools(form: str) -> bool:
    """``【字号】``, ``【打印】 【关闭】``: buttons in brackets — the brackets make a short word alone a
    button (``评论`` alone may head a paragraph, ``【评论】`` does not)."""
    tokens = [t for t in TOKEN_SPLIT_RE.split(form) if t]
    return bool(tokens) and all(
        (button := BRACKETED_TOKEN_RE.fullmatch(t)) is not None and button[1] in _phrases("page_tools") for t in tokens
    )


def _only_tokens(form: str, kind: str, minimum: int = 1, also: str | None = None) -> bool:
    """Whether ``form`` is ``minimum`` tokens or more, each a phrase of ``kind`` (or of ``also``)."""
    tokens = [t for t in TOKEN_SPLIT_RE.split(form) if t]
    phrases = _phrases_of(kind, also) if also else _phrases(kind)
    return len(tokens) >= minimum and all(t in phrases for t in tokens)


@cache
def _phrases_of(*kinds: str) -> frozenset[str]:
    return frozenset().union(*map(_phrases, kinds))


# Every kind below needs one of its phrases inside the line: one search over them all clears the
# lines of article text (nearly all of them) before the kinds are tried one by one.
GATED_KINDS = (
    "more_links", "ads", "nav_words", "share", "page_tools", "prev_next", *(kind for kind, *_ in NOTICE_KINDS)
)  # fmt: skip
# 0:00 / 3:45 — an audio or video player's clock as scraped, not yet played (9:30 / 15:00 is a session)
PLAYER_RE = re.compile(r"^0?0:00(?::00)?\s*/\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?$")
# 本篇文章509字，读完约1分钟; 阅读时间约3分钟; 本文阅读 3 分钟; 阅读本文约需5分钟; 讀畢需時 2 分鐘: the
# page's reading-time badge, the whole line
READING_TIME_RE = re.compile(
    r"(?:(?:本篇|本文|全文)?(?:文章)?(?:共|约|字数[:：]?)?\s*[\d,]+\s*字[，,\s]*)?(?:预计|本文)?(?:读完|读毕|阅读)"
    r"(?:本文|全文)?(?:时间|时长|需时|需要?)?(?:大约|大概|约)?(?:需要?)?(?:约)?[:：]?\s*\d+(?:\.\d+)?\s*分钟[。!！]?"
)
# 第1页 / 共26页, 某报告.pdf_第3页: a document site's pager and its page captions, the whole line
PAGER_RE = re.compile(r"第\s*\d{1,4}\s*页\s*[/／]?\s*共\s*\d{1,4}\s*页")
# 【 第1页 第2页 】: the links to a story's pages, alone on their line (two or more: one is a caption's)
PAGE_LINKS_RE = re.compile(r"[【\[]?\s*(?:第\s*\d{1,3}\s*页\s*){2,}[】\]]?")
# （上接C1版） / (下转第3版): an e-paper's jump to the page a story goes on from or to — at a line's
# start or end, or a line alone (an article never writes a page of its own paper so)
JUMP_MARK_RE = re.compile(
    r"[（(]\s*(?:上接|下[转轉]|接上|[转轉]|[续續])\s*(?:第\s*)?(?:[A-Za-z]{1,2}\s*\d{1,3}|\d{1,3}|[一二三四五六七八九十]{1,3})"
    r"\s*版\s*[)）]"
)
# 各位卡友都还不是很清楚吧，今天小编给大家带来详细的介绍，…希望能给你带来参考价值。: a content farm's
# persona (小编) talking to its readers, one sentence, its question before it — no word of the article
FILLER_RE = re.compile(
    r"(?:(?:各位|相信|很多|不少|许多|大家)[^，,。！？!?]{0,24}?(?:不是很清楚|不太清楚|不太了解|不是很了解|还不清楚|想知道)"
    r"[^，,。！？!?]{0,24}[，,]\s*)?(?:今天|下面|接下来)?就?(?:让|由)?小编(?:就|来|将)?(?:给|为|跟|和)(?:大家|各位|你)"
    r"[^。！？!?]{0,60}[。！!]"
)
# (at the end: searched on the line without its closing blanks, so no blank opens the pattern — a
# search that starts with \s* tries every blank of a long run to its end, quadratic in the run)
JUMP_MARK_END_RE = re.compile(rf"(?:{JUMP_MARK_RE.pattern})$")
CAPTION_RE = re.compile(r"(?P<title>[^。！？!?]{2,80}?)_第\d{1,4}页")
STAMP_START_RE = re.compile(r"^\s*\d[^\n:]*:", re.MULTILINE)  # a line that may be a time alone
MIN_NEWS_PAIRS = 3  # headlines each over its time, three in a row: a news widget's list
MAX_NEWS_HEADLINE_CHARS = 40
MAX_BUTTON_CHARS = 8  # a button's word (and its ×) is short: a longer line is read no further
MIN_TOOL_RUN = 3  # button words alone on three lines in a row: a widget
TOOL_MARKS = "•●·◆▪：: ×✕"
# • 恒指 / 21,251.98 / +614.74 (+2.98%): a market-quotes widget, a name, its price and its move a line each
QUOTE_PRICE_RE = re.compile(r"[+\-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[+\-]?\d+(?:\.\d+)?")
QUOTE_MOVE_RE = re.compile(r"[+\-]\d[\d,]*(?:\.\d+)?\s*[(（][+\-]?\d+(?:\.\d+)?%[)）]")
QUOTE_NAME_RE = re.compile(r"(?:[•●·]\s*)?[^\s。，！？；：:,]{1,10}(?:\s[^\s。，！？；：:,]{1,10})?")
MARKET_STATUS_RE = re.compile(r"^.{0,8}?\s*(?:已收市|已休市|已收盘|未开市|休市中|开市前|交易中)$")
MIN_CARDS = 3  # three names each over its cut-off blurb: a widget of accounts or stories to follow
MAX_CARD_NAME_CHARS = 12
MAX_BLURB_CHARS = 40
CUT_OFF_RE = re.compile(r"(?:…|\.\.\.|。。。)\s*$", re.MULTILINE)
QUOTE_COLUMNS = frozenset((  # a quotes widget's column heads
    "股票名称", "名称", "代码", "股票代码", "最新价", "现价",
    "涨跌幅", "涨跌额", "涨跌", "涨幅", "成交量", "成交额", "换手率",
))  # fmt: skip
MIN_QUOTE_COLUMNS = 3
QUOTE_ROW_MARKS = "•●·-* \t\u3000"  # a list's bullet before the row
MIN_QUOTES = 3  # three names each with its price and move: a widget (an article's figures come in sentences)
MIN_LONE_TOOL_CHARS = 4  # 标题导航 alone is a button; 评论 or 推荐 alone may head a paragraph
WORD_COUNT_RE = re.compile(r"(?:本篇|本文|全文)(?:文章)?(?:共|约|字数[:：]?)\s*[\d,]+\s*字")  # 本文共616字, alone
# 本文共字，预计阅读时间。: the same template, its numbers not rendered
EMPTY_READING_TIME_RE = re.compile(
    r"(?:本篇|本文|全文)(?:文章)?[共约]\s*字[，,\s]*(?:预计)?(?:阅读|读完)(?:时间|时长)?[。.]?"
)
# A picture's mark alone on its line, no words of the article: (资料图片), 【图】, （摄影 张三）,
# （张三 摄）, (图片来源：某网) — a bracket naming a picture, not one that merely holds 图 or 视频
# (【短视频文化现象观察】 is a column's name) — or 图片, Image 9, Pexels Photo 1769544, 图片来源：…
PICTURE_MARK_RE = re.compile(
    r"[（(【\[]\s*(?:(?:(?:网络|资料|相关资料|相关|示意|新闻)?(?:图片?|照片?)\d{0,2}|配图|截图|视频截图)"
    r"(?:\s*[:：/／]\s*[^（）()【】\[\]。]{1,20}|\s*仅供参考)?"
    r"|(?:图片?来源|图源|摄影)\s*[:：/／]?\s*[^（）()【】\[\]。]{0,20}"
    r"|[^（）()【】\[\]。]{1,12}\s*(?:摄影?|供图|提供))\s*[）)】\]]"
)
PICTURE_LINE_RE = re.compile(
    r"(?:图片|配图|(?i:image|photo|picture|pexels photo)\s*\d{0,8}|图片来源\s*[:：/／]\s*[^。！？!?]{1,30}"
    # a picture's address alone (https://res.x.com/2023/8/1/cLdsv.jpg, src=http___qpic.cn_….jpg): the
    # scraper's leftover of an <img>, never a sentence's link (which has words around it)
    r"|(?:src=)?(?:https?:|http___|//|www\.)\S{3,400}?\.(?i:jpe?g|png|gif|webp|bmp)(?:[?#&]\S{0,400})?)"
)
# 台股衝破3萬2大關。（示意圖／PIXABAY）, …微貶0.9分。聯合報系資料照／記者黃仲明攝影, 发布会现场。 国新网 图:
# a picture's caption, its credit closing it with the credit's own shape (a picture's word and a
# slash, a file photo's, a source and 图 after a sentence) — the photo's words, not the article's.
# A photographer's (刘满仓摄) alone is no such evidence: galleries print their pictures' words so.
CREDIT_TAIL_RE = re.compile(
    r"(?:[。！？!?」”]\s*|\s+)(?:(?:图片?|照片)\s*[／/]\s*[^。，,！？!?/／）)]{1,20}"
    r"|[^\s。，,]{2,12}资料照片?(?:\s*[／/]\s*[^。，,！？!?]{1,16})?|[^\s。，,]{2,8}\s+图)$"
    r"|(?<=\S)\s*[（(]\s*(?:示意|资料)?(?:图片?|照片)\s*[／/]\s*[^（）()]{1,20}[）)]$"
    # 台灣人壽遭開罰。（資料照，業者提供）, …46.4%。（記者王孟倫攝）: a file photo's or a staff photographer's
    # credit after the caption's sentence (a gallery's bare 刘满仓摄 stays)
    # （中央社資料照） alone: whose file photo it is, named before 资料照 (after a caption's sentence it
    # may close a paragraph of the story said again under the picture: that stays)
    r"|^[（(]\s*[^（）()\s，,。]{2,8}资料照片?\s*[）)]$"
    r"|(?<=[。！？!?」”])\s*[（(]\s*(?:资料照片?\s*[，,、/／]\s*[^（）()]{1,12}"
    r"|记者\s*[^（）()\s/／]{2,6}\s*[/／]?\s*摄影?)\s*[）)]$"
)
MAX_CAPTION_CHARS = 120
MAX_CAPTION_SENTENCES = 3
# 关键词：a；b, 【关键词】…, Keywords: …, 关键词：(empty): the page's keyword field, read into ``keywords``
# 欢迎进入无为徽银村镇银行官方网站！: the site greeting its visitor, the whole line (欢迎来到本次发布会 is a
# speaker's, and no site's)
WELCOME_RE = re.compile(
    r"欢迎您?(?:进入|访问|光临|来到|浏览)[^。！？!?，,]{0,30}?(?:网站|官网|网|门户|平台|主页|首页|本站)\s*[！!。.～~]?"
)
# 您好！今天是, 今天是：2024年3月5日 星期二: the masthead's clock greeting the reader, alone on its line
# (its date not rendered, or today's: never the article's)
TODAY_WIDGET_RE = re.compile(
    r"(?:您好|你好)?[！!，,\s]*今天是\s*[:：]?[\d\s年月日号星期周一二三四五六七天农历/.:：\-，,]*"
)
KEYWORDS_LINE_RE = re.compile(
    r"(?:[【\[]\s*(?:本文)?(?:关\s*键\s*词|关键字|标签|(?i:key\s?words?))\s*[】\]]\s*[:：]?"
    r"|(?:本文|文章)?(?:关\s*键\s*词|关键字|标签|(?i:key\s?words?))\s*(?:[:：]|$))\s*(?P<terms>[^。！？!?]{0,100})"
)
KEYWORD_SPLIT_RE = re.compile(r"[;；,，、|｜\s]+")
# [中图分类号]F291[文献标识码]A[文章编号]…: a journal's library codes
CLASSIFICATION_RE = re.compile(
    r"^[【\[]?\s*(?:中图分类号|中图法分类号|文献标识码|文献标志码|文章编号|DOI)\s*(?:[】\]:：]|(?=[A-Z0-9]))"
)
GATE_LITERALS = ("广告", "分享到", "分享至", "下载", "关注")  # the prefixes and prompts line_kind tests by hand
# 下载掌阅APP，畅读海量书库: an app's name between 下载 and APP, a short slogan after it at most
NAMED_APP_PROMPT_RE = re.compile(
    r"^(?:扫码|扫描二维码|立即|马上)?下载[^\s，,。！!？?]{1,8}(?:APP|App|app|客户端)(?:[，,][^，,。！!？?]{1,10})?$"
)
# 关注证券之星官方微博：, 欢迎关注某某财经公众号: an account's name between 关注 and its kind, nothing after
# but a colon (the widget's button or code, gone) — 关注 alone heads many a headline (关注美联储议息会议)
NAMED_FOLLOW_PROMPT_RE = re.compile(
    r"^(?:请|欢迎|敬请)?关注[^\s，,。！!？?：:]{1,10}?(?:官方)?(?:微博|微信公众号|微信号?|公众号|视频号|抖音号?)\s*[:：]?$"
)


@cache
def _any_phrase_re() -> re.Pattern[str]:
    phrases = {p for kind in GATED_KINDS for p in _phrases(kind)} | set(GATE_LITERALS)
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))


def _is_caption(form: str) -> bool:
    """A short text closed by a picture's credit (see ``CREDIT_TAIL_RE``): a caption."""
    if len(SENTENCE_END_RE.findall(form)) > MAX_CAPTION_SENTENCES:
        return False
    return CREDIT_TAIL_RE.search(form) is not None


WEATHER_WORD_RE = re.compile(r"星期|[周週][一二三四五六日天]|天色|天气|晴|多云|阴天|阵雨|雷雨|湿度|\d{1,3}\s*%")
# the masthead's weather is a row of words and numbers, never a sentence (its date may hold a comma)
WEATHER_SENTENCE_RE = re.compile(r"[。！？!?；;]")
MAX_WEATHER_CHARS = 60


def is_weather(form: str) -> bool:
    """``十二月 20, 2025 星期六 天色大致良好 22° 68%``: the masthead's weather — a temperature with the
    day of the week or the sky's word (a headline on a heat wave, 高温40℃下的电力市场, has neither)."""
    return TEMPERATURE_RE.search(form) is not None and WEATHER_WORD_RE.search(form) is not None


def line_kind(line: str, settings: BoilerplateConfig) -> str | None:
    """The reason id for a furniture line, or None for article text."""
    form = recognition_form(line.strip())
    if form[:1] in BULLETS and (bullet := BULLET_RE.match(form)):
        form = form[bullet.end() :]  # • 上一篇: a list's bullet before a link, the link's text still read
    if "】" in form or "]" in form:
        form = SPACED_BUTTON_RE.sub(r"\1\2\3\4", form)
    if form[:1].isdigit() and PLAYER_RE.match(form):
        return "boilerplate:player"
    if ("分钟" in form and READING_TIME_RE.fullmatch(form)) or (
        "字" in form and (WORD_COUNT_RE.fullmatch(form) or EMPTY_READING_TIME_RE.fullmatch(form))
    ):
        return "boilerplate:reading_time"
    if "页" in form and (PAGER_RE.fullmatch(form) or CAPTION_RE.fullmatch(form) or PAGE_LINKS_RE.fullmatch(form)):
        return "boilerplate:pager"
    if "版" in form and JUMP_MARK_RE.fullmatch(form):
        return "boilerplate:pager"
    if form[:1] == "[" and AD_SLOT_RE.fullmatch(form):
        return "boilerplate:ad"
    if PICTURE_MARK_RE.fullmatch(form) or PICTURE_LINE_RE.fullmatch(form):
        return "boilerplate:picture"
    if len(form) <= MAX_CAPTION_CHARS and ("图" in form or "照" in form or "摄" in form) and _is_caption(form):
        # (date 2025-12-04 …（记者王孟伦摄）: the crawler's stamp on the page's first line — the date
        # is evidence structure reads, so the line stays)
        return None if CRAWLER_STAMP_RE.match(form) else "boilerplate:caption"
    if KEYWORDS_LINE_RE.fullmatch(form):
        return "boilerplate:keywords"
    if form.startswith("欢迎") and WELCOME_RE.fullmatch(form):
        return "boilerplate:site_notice"
    if "今天是" in form and TODAY_WIDGET_RE.fullmatch(form):
        return "boilerplate:site_notice"
    if len(form) <= MAX_WEATHER_CHARS and is_weather(form) and not WEATHER_SENTENCE_RE.search(form):
        return "boilerplate:weather"
    if CLASSIFICATION_RE.match(form):
        return "boilerplate:classification"
    if not form or not _any_phrase_re().search(form):
        return None
    bare = form.strip(ARROWS)
    if bare in _phrases("prev_next"):  # 下一篇 》 alone: the link, with no title after it
        return "boilerplate:prev_next"
    if bare in _phrases("more_links") and len(form) - len(bare) <= 6:
        return "boilerplate:more_link"
    # (广告 广告: an ad slot's label said twice, its picture gone)
    ad_mark = form.startswith(("【广告】", "[广告]", "（广告）", "(广告)"))
    if form in _phrases("ads") or ad_mark or _only_tokens(form, "ads", 2):
        return "boilerplate:ad"
    if is_nav_bar(form):
        return "boilerplate:nav"
    short = len(form) <= settings.max_prompt_chars
    shared = form.rstrip(":： ")  # 分享給朋友: a share box's label alone, its buttons gone (微信 alone may be a word)
    lone_share = len(shared) >= MIN_LONE_TOOL_CHARS and shared in _phrases("share")
    if (short and form.startswith(("分享到", "分享至"))) or lone_share or _only_tokens(form, "share", 2):
        return "boilerplate:share"
    bare = form.strip(ARROWS).rstrip(":： ")  # « 返回前页列印: a link's arrow before its word; 字体大小: its colon
    lone_tool = len(bare) >= MIN_LONE_TOOL_CHARS and bare in _phrases("page_tools")
    # 上一篇  下一篇 放大 缩小 默认: the page's buttons, its links to the next story among them
    # 【字体：大 中 小】【打印】, 【字體: 打印 (its bracket cut off): buttons, their brackets no words of theirs
    buttons = BRACKETS_RE.sub(" ", form)
    if lone_tool or _only_tokens(buttons, "page_tools", 2, also="prev_next") or _bracketed_tools(form):
        return "boilerplate:page_tools"
    if _is_pager_links(form):
        return "boilerplate:pager"
    # A sentence that mentions such a word (该行APP下载量已突破一亿次。) is prose: a prompt or notice
    # is no sentence, or it starts with the phrase (打开APP，阅读全文 / 本文来源于网络，如有侵权…).
    sentence = form.rstrip().endswith(("。", "！", "？", "!", "?"))
    if NAMED_APP_PROMPT_RE.match(form) or NAMED_FOLLOW_PROMPT_RE.match(form):
        return "boilerplate:app_prompt"
    for kind, reason, limit, prose_may_mention in NOTICE_KINDS:
        found = _contains_re(kind).search(form) if len(form) <= getattr(settings, limit) else None
        if found and (
            not (sentence and prose_may_mention) or found.start() <= NOTICE_LEAD_CHARS or SITE_CONTENT_RE.match(form)
        ):
            return reason
    return None


def mentions_page_notice(line: str) -> bool:
    """Whether ``line`` holds a page notice's words (an app prompt, a download or copyright notice, a
    site's own notice) anywhere: a paragraph of them closes a page (版权声明：…，未经授权不得转载。)."""
    form = recognition_form(line)
    return any(_contains_re(kind).search(form) for kind, *_ in NOTICE_KINDS)


def is_comment_heading(line: str) -> bool:
    """``网友评论``, ``【发表评论】``, ``已有 3 条评论``, ``评论(12)``."""
    raw = recognition_form(line.strip())
    form = raw.strip(ARROWS + "：:")
    return form in _phrases("comment_headings") or bool(COMMENT_COUNT_RE.match(raw) or COMMENT_COUNT_RE.match(form))


def _opens_comments(line: str) -> bool:
    """A comment box's heading, or its counter or empty prompt (``评论 0人参与，0条评论``)."""
    if len(line) > MAX_COMMENT_WIDGET_CHARS:
        return False
    return is_comment_heading(line) or COMMENT_WIDGET_RE.match(recognition_form(line.strip())) is not None


def _key(text: str) -> str:
    return re.sub(r"\s+", "", LEADING_TAG_RE.sub("", text))


CUT_COPY_LINES = 12  # a description's cut-off copy and the paragraph it copies sit at the page's top
SENTENCE_ENDINGS = ("。", "！", "？", "”", "」", "!", "?")


def repeats(texts: list[str], settings: BoilerplateConfig) -> dict[int, str]:
    """Paragraphs said twice: a later exact repeat, or an earlier summary cut off with ``…`` that a
    later paragraph begins with (``【电脑报在线】3月17日…`` before ``3月17日…``)."""
    found: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        key = _key(text)
        if len(key) < settings.min_repeat_chars or ("。" not in key and len(key) < 2 * settings.min_repeat_chars):
            continue  # short lines without a full stop may be title echoes: structure judges those
        if key in seen:
            found[i] = "boilerplate:repeat"
        else:
            seen[key] = i
    for i, text in enumerate(texts):
        if i in found or not text.rstrip().endswith(ELLIPSIS_ENDINGS):  # ELLIPSIS_RE's test, without a scan
            continue
        stem = _key(ELLIPSIS_RE.sub("", text))
        if len(stem) >= settings.min_repeat_chars and any(
            _key(later).startswith(stem) and len(_key(later)) > len(stem) for later in texts[i + 1 : i + 4]
        ):
            found[i] = "boilerplate:summary"
    # a page's description printed above its story, cut off mid-sentence without an ellipsis (…被成功拦截的3.):
    # twice a repeat's length, the start of a paragraph further down the page's top
    for i, text in enumerate(texts[:CUT_COPY_LINES]):
        stem = _key(text)
        if i in found or len(stem) < 2 * settings.min_repeat_chars or stem.endswith(SENTENCE_ENDINGS):
            continue
        laters = (_key(later) for later in texts[i + 1 : CUT_COPY_LINES])
        if any(later.startswith(stem) and len(later) > len(stem) for later in laters):
            found[i] = "boilerplate:summary"
    return found


def run(doc: Document, settings: BoilerplateConfig) -> Document:
    texts = doc.texts
    dropped: dict[int, str] = {}
    for i, text in enumerate(texts):
        kind = line_kind(text, settings) if len(text) <= settings.max_notice_chars else None
        if kind:
            dropped[i] = kind
    dropped.update(dict.fromkeys(_tool_runs(texts), "boilerplate:page_tools"))
    joined = "\n".join(texts)  # once, for the widgets' and cuts' gates: each asks it one C scan
    dropped.update(dict.fromkeys(_news_lists(texts, joined), "boilerplate:news_list"))
    dropped.update(dict.fromkeys(_quote_widgets(texts, joined), "boilerplate:quotes"))
    dropped.update(dict.fromkeys(_empty_quote_headers(texts, joined), "boilerplate:quotes"))
    dropped.update(dict.fromkeys(_teaser_cards(texts, joined), "boilerplate:cards"))
    filled = [i for i, text in enumerate(texts) if text.strip() and i not in dropped]
    tail_start = filled[int(len(filled) * (1 - settings.comments_tail_share))] if filled else 0
    for position, i in enumerate(filled):
        if i >= tail_start and len(texts[i]) <= 20 and is_comment_heading(texts[i]):
            while position > 0 and _opens_comments(texts[filled[position - 1]]):
                position -= 1  # 评论一下 / 评论 0人参与 just above: the same box, its top
            start = filled[position]
            dropped.update({j: "boilerplate:comments" for j in range(start, len(texts)) if texts[j].strip()})
            break
    kept = [i for i in filled if i not in dropped]
    for position, reason in repeats([texts[i] for i in kept], settings).items():
        dropped[kept[position]] = reason
    stamped = _stamped_furniture(texts[0], settings) if texts else None
    if stamped:  # date 2025-10-17 我是廣告 請繼續往下閱讀: the crawler's stamp stays, evidence; its furniture goes
        dropped.pop(0, None)
    cuts = _inline_cuts(texts, dropped, joined, stamped)
    if cuts:
        doc = doc.with_texts(
            [cuts[i][0] if i in cuts else text for i, text in enumerate(texts)],
            [Change(NAME, reason, cut) for i in sorted(cuts) for reason, cut in cuts[i][1]],
        )
        texts = doc.texts
        for i in cuts:  # 3 上一篇 下一篇 4 放大 缩小 默认: its buttons cut, what is left a pager: it goes too
            if len(texts[i]) <= settings.max_notice_chars and (kind := line_kind(texts[i], settings)):
                dropped[i] = kind
    if not dropped:
        return doc
    changes = _grouped_changes(texts, dropped)
    # 某报告_第2页: the caption names the document, the page's title — evidence structure still needs
    pagers = [texts[i].strip() for i, kind in dropped.items() if kind == "boilerplate:pager"]
    captions = {m["title"] for text in pagers if (m := CAPTION_RE.fullmatch(text))}
    if captions:
        doc = doc.with_evidence(Candidate("title", title, "page-caption") for title in sorted(captions))
    # （中国钢材网原创，转载请注明来源）: a reprint notice that names its outlet — the source, moved, not lost
    credits = (closing_source(texts[i]) for i, kind in sorted(dropped.items()) if kind == "boilerplate:copyright")
    if outlet := next(filter(None, credits), None):
        doc = doc.with_evidence([Candidate("source_name", outlet, "meta-line")])
    keywords = [i for i, kind in sorted(dropped.items()) if kind == "boilerplate:keywords"]
    if keywords:  # the terms the keyword line gave: the page's keywords, moved, not lost
        # read on the line's recognition form, the terms cut from the line as written (its script kept)
        lines = (texts[i].strip()[KEYWORDS_LINE_RE.fullmatch(recognition_form(texts[i].strip())).start("terms") :]
                 for i in keywords)  # fmt: skip
        terms = dict.fromkeys(t for line in lines for t in KEYWORD_SPLIT_RE.split(line) if t)
        doc = doc.with_evidence(Candidate("keywords", term, "meta-line") for term in terms)
    return doc.keeping(lambda i: i not in dropped, changes)


def _tool_runs(texts: list[str]) -> list[int]:
    """Lines in runs of ``MIN_TOOL_RUN`` or more that are each one button of the page (``最小`` /
    ``较小`` / ``默认`` / ``较大`` / ``最大``, a font-size widget, its ``×`` closing it): a button word
    alone may be the text's (``推荐``), a run of them is a widget (blank lines break no run)."""
    found: list[int] = []
    run: list[int] = []
    buttons = _phrases_of("page_tools", "share")
    for i, text in enumerate([*texts, "。"]):  # a sentinel ends the last run
        stripped = text.strip()
        if not stripped:
            continue
        # (• 大字 / • 中字 / • 小字 under 字級：: a list's bullets and the widget's label colon are no words)
        if len(stripped) <= MAX_BUTTON_CHARS and recognition_form(stripped).strip(TOOL_MARKS) in buttons:
            run.append(i)
            continue
        if len(run) >= MIN_TOOL_RUN:
            found.extend(run)
        run = []
    return found


def _news_lists(texts: list[str], joined: str) -> list[int]:
    """A news widget's list: ``MIN_NEWS_PAIRS`` or more headlines in a row, each with its time alone on
    the line under it (``沪深股市初段造好`` / ``2025-04-14 HKT 09:39``; blank lines break no run). An
    article's timeline writes its dates with its events, not on lines of their own under them."""
    if len(STAMP_START_RE.findall(joined)) < MIN_NEWS_PAIRS:
        return []  # nearly every text: too few lines that may be a time alone for any list (one C scan)
    filled = [i for i, text in enumerate(texts) if text.strip()]
    found: list[int] = []
    run: list[int] = []
    at = 0
    while at < len(filled):
        pair = filled[at : at + 2]
        if len(pair) == 2 and _news_headline(texts[pair[0]]) and _stamp_alone(texts[pair[1]]):
            run += pair
            at += 2
            continue
        if len(run) >= 2 * MIN_NEWS_PAIRS:
            found += run
        run = []
        at += 1
    found += run if len(run) >= 2 * MIN_NEWS_PAIRS else []
    return found + _timed_rows(texts, filled)


def _empty_quote_headers(texts: list[str], joined: str) -> list[int]:
    """``• 股票名稱 最新價 漲跌幅``: a quotes widget's header row with no quote under it (its rows are
    filled by a script the scraper never ran). A header row over rows of figures is a table's: it stays."""
    if "涨跌" not in joined and "漲跌" not in joined:
        return []  # nearly every text (two C scans)
    found = []
    for i, text in enumerate(texts):
        tokens = text.strip(QUOTE_ROW_MARKS).split()
        if len(tokens) < MIN_QUOTE_COLUMNS or not all(recognition_form(t) in QUOTE_COLUMNS for t in tokens):
            continue
        below = next((t for t in texts[i + 1 :] if t.strip()), "")
        figures_row = any(c.isdigit() for c in below) and not SENTENCE_END_RE.search(below)
        if not figures_row:  # (贵州茅台 1688.00 +1.2% under it: a table's header, its rows)
            found.append(i)
    return found


def _quote_widgets(texts: list[str], joined: str) -> list[int]:
    """Runs of ``MIN_QUOTES`` or more quotes, each a name, its price and its move on three lines (blank
    lines break no run), with the widget's market-status heading right above (``香港股市 已收市``)."""
    if len(QUOTE_MOVE_RE.findall(joined)) < MIN_QUOTES:
        return []  # nearly every text: too few moves for any widget (one C scan)
    return _widget_rows(texts, 3, _is_quote, MIN_QUOTES, MARKET_STATUS_RE.match)


def _is_quote(triple: list[str]) -> bool:
    name, price, move = triple
    return bool(
        QUOTE_NAME_RE.fullmatch(name)
        and not QUOTE_PRICE_RE.fullmatch(name)
        and QUOTE_PRICE_RE.fullmatch(price)
        and QUOTE_MOVE_RE.fullmatch(move)
    )


def _widget_rows(texts: list[str], size: int, is_row, minimum: int, is_heading) -> list[int]:
    """A widget's rows: runs of ``minimum`` or more rows of ``size`` filled lines each that ``is_row``
    accepts (blank lines break no run), and the widget's heading right above a run when
    ``is_heading`` accepts it."""
    filled = [i for i, text in enumerate(texts) if text.strip()]
    found: list[int] = []
    run: list[int] = []
    at = start = 0  # start: where the run began, among the filled lines
    while at <= len(filled):
        row = [texts[i].strip() for i in filled[at : at + size]]
        if len(row) == size and is_row(row):
            start = at if not run else start
            run += filled[at : at + size]
            at += size
            continue
        if len(run) >= size * minimum:
            heading = filled[start - 1] if start > 0 else None
            found += [heading] if heading is not None and is_heading(texts[heading].strip()) else []
            found += run
        run = []
        at += 1
    return found


def _inline_cuts(
    texts: list[str], dropped: dict[int, str], joined: str, stamped: tuple[str, str, str] | None = None
) -> dict[int, tuple[str, list[tuple[str, str]]]]:
    """Lines that keep their words but lose an e-paper's jump marks at their ends (``（上接C1版）标题
    （下转C3版）``), a content farm's filler sentence (``…今天小编给大家带来详细的介绍…参考价值。``, often
    glued to the headline) or the furniture after the crawler's stamp (``stamped``: the stamp, the
    reason, the furniture): each line's text without them, and what was cut with its reason."""
    found = {}
    if stamped:  # date 2026-01-12 …图为央行总裁杨金龙。（图／报系资料库）: the crawler's stamp stays, evidence
        found[0] = (stamped[0], [(stamped[1], stamped[2])])
    if "查看更多" in joined:  # …研究员徐占忱）返回搜狐，查看更多: a portal's back link glued to the last line
        for i, text in enumerate(texts):
            if i not in found and i not in dropped and (back := BACK_LINK_TAIL_RE.search(text)) and back.start() > 0:
                found[i] = (text[: back.start()].rstrip(), [("boilerplate:more_link", back.group().strip())])
    for i, text in enumerate(texts[:TOOLS_TAIL_LINES]):
        if i not in found and i not in dropped and (tools := _tools_tail(text)):
            found[i] = (text[: len(text) - len(tools)].rstrip(), [("boilerplate:page_tools", tools.strip())])
    if "版" not in joined and "小编" not in joined:
        return found  # nearly every text (two C scans)
    for i, text in enumerate(texts):
        if i in found or i in dropped or ("版" not in text and "小编" not in text):
            continue
        kept, marks = _without_jump_marks(text) if "版" in text else (text, [])
        cut = [("boilerplate:pager", mark) for mark in marks]
        fillers = [m.group() for m in FILLER_RE.finditer(kept)] if "小编" in kept else []
        if fillers:
            cut += [("boilerplate:filler", filler) for filler in fillers]
            kept = FILLER_RE.sub("", kept)
        if cut:
            found[i] = (kept, cut)
    return found


def _tools_tail(text: str) -> str:
    """``网络银行 发表评论(0) 编辑词条``: the page's own buttons run on after a line's words, two or more
    set apart by blanks (a count after one, ``(0)``, is the button's): that tail, or ``""``. One word
    of a button's after a headline (``…年报 收藏``) is too little evidence; two in a row are buttons."""
    words = text.rstrip().rsplit(None, MAX_TOOLS_TAIL)
    tools = _phrases_of("page_tools", "share", "comment_headings")
    count = 0
    for word in reversed(words[1:]):
        if recognition_form(TOOL_COUNT_RE.sub("", word)) not in tools:
            break
        count += 1
    head = " ".join(words[: len(words) - count])
    if count < MIN_TOOLS_TAIL or not han_count(head) or find_date(head) is not None:
        return ""  # (a post's meta line ends in buttons too, 阅读(430) 评论(2) 编辑 收藏: read whole)
    return text[text.rstrip().rindex(words[len(words) - count]) :]


def _without_jump_marks(text: str) -> tuple[str, list[str]]:
    """``text`` without the jump marks that open or close it, and those marks."""
    kept, marks = text.strip(), []
    if head := JUMP_MARK_RE.match(kept):
        marks.append(head.group())
        kept = kept[head.end() :].lstrip()
    if kept and (tail := JUMP_MARK_END_RE.search(kept)):
        marks.append(tail.group())
        kept = kept[: tail.start()].rstrip()
    return (kept, marks) if marks else (text, [])


def _stamped_furniture(text: str, settings: BoilerplateConfig) -> tuple[str, str, str] | None:
    """The crawler's stamp on the page's first line, the reason for what follows it and that text,
    when it is a picture's caption or a furniture line (a site's notice, an ad's label); else None."""
    text = text.strip()
    stamp = CRAWLER_STAMP_RE.match(text)
    rest = text[stamp.end() :] if stamp else ""
    if not rest:
        return None
    form = recognition_form(rest)
    if len(form) <= MAX_CAPTION_CHARS and any(word in form for word in "图照摄") and _is_caption(form):
        return text[: stamp.end()].rstrip(), "boilerplate:caption", rest
    kind = line_kind(rest, settings) if len(rest) <= settings.max_notice_chars else None
    return (text[: stamp.end()].rstrip(), kind, rest) if kind else None


def _teaser_cards(texts: list[str], joined: str) -> list[int]:
    """A widget's cards, ``MIN_CARDS`` or more in a row, each a short name over a blurb cut off with an
    ellipsis (``骑牛看熊`` / ``拥有10多年的证券从业投资...``), and the widget's heading right above
    when it ends in its more-link (``推荐关注更多``); blank lines break no run. An article never cuts
    its own sentences off, line after line."""
    if len(CUT_OFF_RE.findall(joined)) < MIN_CARDS:
        return []  # nearly every text: too few cut-off lines for any widget (one C scan)
    return _widget_rows(texts, 2, _is_card, MIN_CARDS, _widget_heading)


def _is_card(pair: list[str]) -> bool:
    return _card_name(pair[0]) and _cut_off_blurb(pair[1])


def _card_name(text: str) -> bool:
    return len(text) <= MAX_CARD_NAME_CHARS and not SENTENCE_MARKS_RE.search(text) and not CUT_OFF_RE.search(text)


def _cut_off_blurb(text: str) -> bool:
    # (高准确率的大盘预判。热点龙...: a blurb's first sentence may end inside it)
    return len(text) <= MAX_BLURB_CHARS and CUT_OFF_RE.search(text) is not None


def _widget_heading(text: str) -> bool:
    """``推荐关注更多``: a short heading that ends in its more-link."""
    form = recognition_form(text.strip())
    return len(form) <= MAX_CARD_NAME_CHARS and form.endswith("更多")


# 00:54 | 易方達基金獲準設立財富管理子公司 |: a news ticker's row, the time and the headline in cells
TIMED_ROW_RE = re.compile(r"\s*\d{1,2}:[0-5]\d\s*[|｜]\s*[^|｜。！？]{2,40}?\s*[|｜]\s*")


def _timed_rows(texts: list[str], filled: list[int]) -> list[int]:
    """``MIN_NEWS_PAIRS`` or more ticker rows in a row (a live blog's ``09:30 沪指高开。`` is no cell)."""
    found: list[int] = []
    run: list[int] = []
    for i in [*filled, None]:
        if i is not None and TIMED_ROW_RE.fullmatch(texts[i]):
            run.append(i)
            continue
        found += run if len(run) >= MIN_NEWS_PAIRS else []
        run = []
    return found


def _news_headline(text: str) -> bool:
    text = text.strip()
    return len(text) <= MAX_NEWS_HEADLINE_CHARS and not text.endswith(("。", "！", "？")) and not _stamp_alone(text)


def _stamp_alone(text: str) -> bool:
    """A line that is a date with its time and nothing else (a zone's name may stand between)."""
    text = text.strip()
    return _may_be_stamp(text) and "T" in (whole_date(text) or "")


def _may_be_stamp(text: str) -> bool:
    """A digit first and a colon: nearly every line is no time alone, and needs no date search."""
    return text.lstrip()[:1].isdigit() and ":" in text


def _grouped_changes(texts: list[str], dropped: dict[int, str]) -> list[Change]:
    """One change a line, but a comment block as one change (at its first line, told by place: its
    heading's words may come back inside it)."""
    changes: list[Change] = []
    block = [i for i in sorted(dropped) if dropped[i] == "boilerplate:comments"]
    for i in sorted(dropped):
        if dropped[i] != "boilerplate:comments":
            changes.append(Change(NAME, dropped[i], texts[i].strip()))
        elif i == block[0]:
            changes.append(Change(NAME, "boilerplate:comments", "\n".join(texts[j].strip() for j in block)))
    return changes
