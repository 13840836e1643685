"""Bylines outside the header: a news agency's dateline, and the lines that close an article.

``新华社巴黎12月9日电（记者唐霁）`` names the reporters in the article's first words, which stay
text; ``作者︱春春``, ``（总台央视记者 奚丹霓 张赛）`` and ``发布日期：2019-03-06 责任编辑：龙慧``
close it and go to the header fields. Pure functions over one line, used by the structure stage;
the labels and names are read as ``metadata`` reads them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..lazy import lazy_re
from ..lexicon import boilerplate_phrases
from .dates import ROC_YEAR_OFFSET, find_date, whole_date
from .metadata import (
    _LABEL_OF,
    LABEL_RE,
    MAX_META_CHARS,
    PEN_NAME_RE,
    PREFIXED_ROLE_RE,
    VERB_LABEL_RE,
    Meta,
    bracketed_reporters,
    inside_one_bracket,
    name_before_place,
    parse_byline,
    parse_meta_line,
)
from .names import (
    MAX_RECOGNISED_CHARS,
    OWN_OUTLET_WORDS,
    REPORTER_KIND,
    is_outlet_name,
    is_person_name,
    names_in,
    recognition_form,
)

BARE_BYLINE_RE = lazy_re(r"^(?:作者|撰文|采写)\s+(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})\s*$")
BARE_EDITOR_RE = lazy_re(
    r"^(?:责任编辑|编辑|责编)(?:\s+|\s*[/／]\s*)(?P<names>[\u4e00-\u9fff·]{2,4})(?:\s*(?:[|｜/]|$))"
)
SIGNER_RE = lazy_re(r"[\u4e00-\u9fff（）()]{4,30}")  # a body's full name: 深圳证券交易所, …股份有限公司董事会
# …的方式。 <摘錄經濟> |: a Taiwan broker's site closes a story it excerpts with the paper's short name
CLOSING_SOURCE_RE = lazy_re(
    r"(?:[（(]\s*(?:来源|稿源|本文来源)\s*[:：]|[<‹〈＜]\s*(?:摘录|摘自))"
    r"\s*(?P<name>[^（）()<>‹›〈〉＜＞：:，,。；;]{2,16})\s*[）)>›〉＞]\s*(?:[|｜]\s*)?$"
)
# …（中央社）, (資料來源 : 香港政府新聞網 ), (新聞來源 : 工商時報一呂淑美/台北報導): an outlet closing the
# story in a bracket, bare or after a label that could name a figure's source too (资料来源: 国家统计局), so
# the name must be an outlet's; a reporter and where she filed from may follow it after a dash
CLOSING_OUTLET_RE = lazy_re(
    r"[（(]\s*(?:(?:新闻|资料|信息|消息)来源\s*[:：]\s*)?(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)"
    r"(?:\s*[-－—─一]\s*[\u4e00-\u9fff]{2,4}\s*[/／]\s*[\u4e00-\u9fff]{2,3}(?:报导|报道))?\s*[）)]\s*$"
)
# （中国钢材网原创，转载请注明来源）: the outlet's own story, closing it
ORIGINAL_CREDIT_RE = lazy_re(
    r"[（(]\s*(?:本文(?:为|系))?(?P<name>[^（）()，,。；;\s]{2,16}?)\s*原创\s*[，,]?\s*转载请注明(?:来源|出处)?\s*[）)]\s*$"
)
# …。（编辑：谢怡璇）1130517: the editor closing the last paragraph, perhaps before the story's number
# a wire's closing bracket: （编辑：陈政伟）1120313, （译者：纪锦玲/核稿：刘文瑜）1120313 — the editor (核稿,
# who checks the copy) after the writer, the wire's story code after the bracket
CLOSING_EDITOR_LABEL = r"(?:责任编辑|编辑|责编|核稿)\s*[:：]\s*"
CLOSING_EDITOR_RE = lazy_re(
    r"[（(]\s*(?:(?:译者|编译)\s*[:：]\s*[\u4e00-\u9fff·]{2,8}\s*[/／]\s*)?"
    + CLOSING_EDITOR_LABEL + r"(?P<name>[\u4e00-\u9fff·]{2,8})\s*[）)]\s*\d{0,8}$"
)
CLOSING_WRITERS_RE = lazy_re(
    r"[（(]\s*(?:编译|译者|" + REPORTER_KIND + r"?记者|通讯员|(?:本报|特约)?评论员|作者|撰文|文)\s*[:：/]?\s*"
    r"(?P<names>[\u4e00-\u9fff·、 ]{2,20}?)\s*(?:[/／]\s*" + CLOSING_EDITOR_LABEL + r"[\u4e00-\u9fff·]{2,8}\s*)?"
    r"(?:\s(?:文\s*[/／]\s*图|图\s*[/／]\s*文))?"  # （记者 张莉萍 文/图）: who wrote it and took its pictures
    r"[）)]\s*(?:\d{1,8}|[|｜])?\s*$"
)
# …。（北京晚报 张品秋）: the paper and its reporter closing the last paragraph (a stray | of the
# page's markup may follow each closing bracket)
CLOSING_CREDIT_RE = lazy_re(
    # (深圳商報記者 高宇飛, 经济日报 记者邹斌): its reporter
    r"[（(]\s*(?P<outlet>[\u4e00-\u9fff]{2,10}?)(?:记者\s+|\s+记者\s*|\s+)"
    r"(?P<names>[\u4e00-\u9fff·、 ]{2,16}?)\s*[）)]\s*(?:[|｜]\s*)?$"
)
# 。（李之永）: a reporter's name alone in brackets, after the article's last sentence, or two or three
# (（章臣林 胡黎明）); （敖晓波） （来源：人民网-《京华时报》）: the name, then the source's bracket after it
LONE_CLOSING_NAME_RE = lazy_re(  # (or the bracket alone on its line, under the last paragraph)
    r"(?:(?<=[。！？!?”」])|^)\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{2,3}(?:(?:\s+|\s*、\s*)[\u4e00-\u9fff]{2,3}){0,2})\s*[）)]"
    r"\s*(?:[（(]\s*来源\s*[:：][^（）()]{2,30}[）)])?\s*$"
)
# …的距离。(刘焕彦/台北报导): the reporters, a slash, where they filed from, after the last sentence
CLOSING_NAMES_PLACE_RE = lazy_re(
    r"(?<=[。！？!?”」])\s*[（(]\s*(?P<names>[\u4e00-\u9fff·、\s]{2,20}?)\s*[/／]\s*"
    r"[\u4e00-\u9fff]{2,6}?(?:综合|即时)?(?:报导|报道)\s*[）)]\s*$"
)
# …作用。 (作者:勾明扬 来源:经济日报): labelled fields in a bracket after the last sentence
CLOSING_FIELDS_RE = lazy_re(
    r"(?<=[。！？!?”」])\s*[（(]\s*(?P<fields>(?:作者|记者|文|来源)\s*[:：][^（）()]{2,40})[）)]\s*$"
)
# …共振。韩载熙记者 hee@donga.com: a Korean paper's Chinese edition signs the name before 记者, an address after
CLOSING_NAME_REPORTER_RE = lazy_re(
    r"(?<=[。！？!?”」])\s*(?P<names>[\u4e00-\u9fff]{2,3})\s*记者(?:\s+[\w.+\-]+@[\w.\-]+)?\s*$"
)
# …“报忧”。记者 黄世瑾: the reporter's label and name, no bracket, run on after the last sentence
# (…决心。西安报业全媒体记者 轩辕杨子: the paper and the reporter's kind before the word)
CLOSING_BARE_REPORTER_RE = lazy_re(
    r"(?<=[。！？!?”」])\s*(?:本报|[\u4e00-\u9fff]{2,8}?)?" + REPORTER_KIND + r"?记者\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})\s*$"
)
TRAILING_FIELDS = frozenset(("published_at", "editor"))  # 来源： at the end is read by parse_source_line
# a month or day in digits or in Chinese numerals (中新社澳門十月四日電)
DAY_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
# (中央社記者何旭如台北20081030電): the day as a compact date, as the wire's archive prints it
COMPACT_DATE = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
BRACKETED_DATELINE_RE = lazy_re(
    rf"^[（(]\s*[\u4e00-\u9fff]{{2,6}}?记者(?P<run>[\u4e00-\u9fff、，,]{{2,24}}?)"
    rf"(?:(?:(?:19|20)\d{{2}}年)?(?:{DAY_NUMBER}月)?{DAY_NUMBER}日|{COMPACT_DATE})专?电"
    r"\s*[）)]"
)
MAX_UNPLACED_NAME_CHARS = 3  # 潘姿羽 before the day with no city: a name's length (黄淑芳台北 holds a city)
# 【大纪元7月3日报导】(中央社记者黄淑芳台北三日电): a reprinting site's dated bracket before the wire's dateline
SITE_DATELINE_RE = lazy_re(
    rf"^[【〔\[][\u4e00-\u9fffA-Za-z]{{2,10}}?(?:(?:19|20)\d{{2}}年)?{DAY_NUMBER}月{DAY_NUMBER}日(?:讯|电|报导|报道)"
    r"[】〕\]]\s*(?=[（(﹙])"
)
# how a dispatch says it was filed: 电, 讯, 专电 and 专讯 (a special one), 消息 (a radio's word for it)
DISPATCH_WORDS = r"(?:专电|专讯|电|讯|消息)"
# (中新网 北京7月16日电: a blank between the outlet and its place; 荆楚网（湖北日报网）讯, 某报-四川讯: an
# undated dispatch, the outlet's other name or its place before 讯)
DATELINE_HEAD = (
    rf"^[【〔\[]?(?:[\u4e00-\u9fff\-－·]|\s(?=[\u4e00-\u9fff\-－])|(?<=[\-－])\s){{2,16}}?"
    rf"(?:{DAY_NUMBER}月{DAY_NUMBER}日(?:\d{{1,2}}[时:：]\d{{1,2}}分?|[\u4e00-\u9fff]{{2,4}}?(?=电))?{DISPATCH_WORDS}"
    r"|(?:[（(][\u4e00-\u9fff]{2,8}[)）])?讯)"
    r"\s*[】〕\]]?\s*[（(﹙]\s*"
)
DATELINE_REPORTERS_RE = lazy_re(
    DATELINE_HEAD
    # (泉州晚报记者 蔡紫旻 …): the paper named before its reporter's word — or its brands joined
    # (中青报·中青网记者 朱彩云)
    + r"(?P<role>(?:[\u4e00-\u9fff](?:[\u4e00-\u9fff]|·(?=[\u4e00-\u9fff])){1,11}?)?"
    + REPORTER_KIND
    + r"?记者|采访人员|通讯员|发文人|编译)?\s*"  # (采访人员潘清): a reprint farm's word for 记者
    r"(?P<names>[\u4e00-\u9fff·\s、，,]{2,30}?)\s*[)）﹚]"
)
# 财联社3月23日讯（编辑 胡家荣）: the dateline names the editor, not a writer
DATELINE_EDITOR_RE = lazy_re(DATELINE_HEAD + r"(?:编辑|责编)\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[)）﹚]")


# 新华社北京5月19日电, （中央社記者甲台北21日電）, 某网7月12日15时40分讯, 央广网北京2月18日消息 (a radio's
# word for it), and without a date 淮安日报讯：
# (an outlet's name may hold Latin letters and digits, FX168财经报社, and an undated 讯 the place in
# brackets before it, FX168财经报社(香港)讯, and a dash after it, FX168财经报社(北美)讯——)
DATELINE_RE = lazy_re(
    # (据新华社…电: "according to", not the name; 中新网 北京…电: a blank before the place)
    rf"^[《（(【〔\[]?据?(?P<run>(?:[\u4e00-\u9fffA-Za-z0-9\-－·]|\s(?=[\u4e00-\u9fff\-－])|(?<=[\-－])\s){{2,16}}?)"
    rf"(?:(?:{DAY_NUMBER}月)?{DAY_NUMBER}日(?:\d{{1,2}}[时:：]\d{{1,2}}分?)?{DISPATCH_WORDS}"
    rf"|{DAY_NUMBER}月{DAY_NUMBER}日\s*[丨|｜]"  # 格隆匯8月1日丨: a bar for the dispatch word
    rf"|{COMPACT_DATE}{DISPATCH_WORDS}"
    rf"|{DAY_NUMBER}月{DAY_NUMBER}日[\u4e00-\u9fff]{{2,4}}?电(?=\s*[（(])"  # …联播4月22日北京电(记者…): the place after
    rf"|{DAY_NUMBER}日(?:综合外电)?报[导道](?=[)）])"  # （中央社香港15日綜合外電報導）: a wire's compiled report
    rf"|{DAY_NUMBER}月{DAY_NUMBER}日\s+[-－–—]\s"  # 路透上海10月23日 - : a wire's dash for its dispatch word
    # 长江商报消息 …, 央视网消息：: a radio's or paper's word for it, undated too
    r"|(?:[（(][\u4e00-\u9fff]{2,6}[)）])?(?P<undated>快讯|讯|消息)(?=\s*[:：，,—]|\s|[（(])"
    # 顶尖财经网(www.58188.com)2018-8-6 7:20:46讯: the site's address in brackets, then its stamp
    r"|[（(](?:https?://)?[A-Za-z0-9][A-Za-z0-9.\-]{2,40}\.[A-Za-z]{2,6}[)）]\s*"
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?讯(?=\s*[:：，,—]))"
)
PLACE_RE = lazy_re(r"[\u4e00-\u9fff]{2,4}")
APP_SUFFIX_RE = lazy_re(r"(?<=[\u4e00-\u9fff])(?:客户端|客戶端|APP|App)$")
# 【Now新聞台】, [Newtalk新聞], 【大公報訊】, <汇港通讯>, 【on.cc東網專訊】: an outlet's name in a bracket
# opening the article
OUTLET_BRACKET_RE = lazy_re(
    r"^[【\[〔<‹]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9.]{1,15}?)"
    r"(?P<gap>\s*)(?P<kind>讯|专讯|资讯|报道|报导|消息)?\s*[】\]〕>›]"
)  # 【星島日報報道】 too; [汽車之家 資訊]: a name, a blank, the kind of dispatch
# 金吾财讯 | 德勤表示…: an outlet's name and a bar opening the paragraph, a dateline without its date;
# 觀點網 開年第一周…: a site's name and a blank (网, 报 or 社 must end it: 财经 may end a column's word)
OUTLET_BAR_RE = lazy_re(
    r"^(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:\s*[|｜]|(?<=[网报社])[ \u3000])\s*(?=[\u4e00-\u9fff])"
)


# 【大纪元2023年03月13日讯】, 【新唐人北京时间2023年03月13日讯】: an outlet's dateline with the year,
# bracketed, opening the article (a zone's clock word may stand before the date); without its dispatch
# word when the reporters' bracket follows (【希望之声2024年9月20日】(本台记者郑欣综合报导))
DATED_BRACKET_RE = lazy_re(
    r"^[【\[〔]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z]{0,10}?)\s*(?:(?:北京|台北|香港|美东|美西|纽约)时间)?\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"(?:(?:讯|电|专讯|专电)\s*[】\]〕]|[】\]〕](?=\s*[（(]))"
)


def dated_bracket(line: str) -> str | None:
    """The ISO date of a bracketed dateline with its year opening the line.

    >>> dated_bracket("【新唐人北京时间2023年03月13日讯】美国硅谷银行倒闭"), dated_bracket("【3月13日讯】美国")
    ('2023-03-13', None)
    """
    if not line.startswith(("【", "[", "〔")):
        return None  # nearly every paragraph: no bracket to read, no conversion of its start
    match = DATED_BRACKET_RE.match(recognition_form(line[:MAX_RECOGNISED_CHARS]))
    found = find_date(match["date"]) if match else None
    return found.iso if found else None


# 据中证报，…, 12月12日|據中証報,…: a paragraph opened by the outlet it relays ("according to"); its
# name may stand in title marks or quotes, after its place (据美国《华尔街日报》报道, 據臺灣“今日新聞網”報道)
ACCORDING_TO_RE = lazy_re(
    rf"^(?:(?:{DAY_NUMBER}月)?{DAY_NUMBER}日\s*[|｜]?\s*)?据\s*"
    r"(?:(?:[\u4e00-\u9fff]{2,4}?)?[《“\"「](?P<marked>[\u4e00-\u9fffA-Za-z]{2,12})[》”\"」]"
    r"|(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,12}?))"
    r"(?:报道|消息|讯)?\s*[,，:：]"
)


def according_to_outlet(line: str) -> str | None:
    """``据中证报，近期…``: the outlet a paragraph says it relays, when its name is an outlet's.

    >>> according_to_outlet("据中证报，近期多家券商撤销营业部。"), according_to_outlet("据悉，近期多家券商撤销营业部。")
    ('中证报', None)
    """
    match = ACCORDING_TO_RE.match(recognition_form(line[:MAX_RECOGNISED_CHARS]))
    group = "marked" if match and match["marked"] else "outlet"
    if match is None or not is_outlet_name(match[group]) or match[group].startswith(OWN_OUTLET_WORDS):
        return None
    return line[match.start(group) : match.end(group)]


def dateline_outlet(line: str) -> str | None:
    """``中新社香港6月24日電``, ``新华社北京5月19日电``: the agency or paper a dateline names — the
    longest start of the words before the date that is an outlet's name (``中新社``, not a city);
    ``淮安日报讯：`` (no date: all the words before 讯); ``【Now新聞台】`` (an outlet in a bracket).

    >>> dateline_outlet("新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日介绍"), dateline_outlet("本报北京3月1日讯")
    ('新华社', None)
    """
    line = _without_site_dateline(line)
    form = recognition_form(line[:MAX_RECOGNISED_CHARS])
    bracket = OUTLET_BRACKET_RE.match(form) or OUTLET_BAR_RE.match(form)
    if bracket and not bracket["outlet"].startswith(OWN_OUTLET_WORDS):
        start, end = bracket.start("outlet"), bracket.end("outlet")
        if is_outlet_name(bracket["outlet"]):
            return line[start:end]
        if "gap" in bracket.re.groupindex and bracket["gap"] and bracket["kind"]:
            return line[start:end]  # [汽車之家 資訊]: the blank sets the name apart from its dispatch's word
        if form[end : end + 1] in ("讯", "訊") and is_outlet_name(form[start : end + 1]):
            return line[start : end + 1]  # [世华财讯]: 讯 is the outlet's own last word (财讯), not the dispatch's
    dated = DATED_BRACKET_RE.match(form)
    if dated and len(dated["outlet"]) >= 2 and not dated["outlet"].startswith(OWN_OUTLET_WORDS):
        # 【新唐人2024年11月5日訊】: the bracket's shape says the words before the date are the outlet
        return line[dated.start("outlet") : dated.end("outlet")]
    match = DATELINE_RE.match(form)
    if not match:
        return None
    run = line[match.start("run") : match.end("run")]  # 《经济通通讯社25日专讯》: the outlet in its brackets
    if match["undated"] == "消息" and form.lstrip("《（(【〔[").startswith("据"):
        return None  # 据示例社消息，…: the outlet a paragraph relays, no dispatch of the page's own
    if match["undated"]:  # 淮安日报讯：without a date, the words before 讯 must all be the outlet's name
        outlet = APP_SUFFIX_RE.sub("", match["run"]) or match["run"]  # 智通财经APP讯，: the outlet's app
        if outlet.startswith(OWN_OUTLET_WORDS):
            return None
        if is_outlet_name(outlet):
            return run[: len(outlet)]
        site, dot, channel = run.partition("·")  # 长城网·冀云客户端讯: a site and its app, as the page writes them
        if dot and channel and is_outlet_name(recognition_form(site)):
            return run
        site, _, place = run.replace("－", "-").partition("-")  # 某某时报网-四川讯: the outlet, then its place
        site, place = site.rstrip(), place.strip()  # 商洛日报 - 商洛之窗讯: blanks round the dash
        return run[: len(site)] if PLACE_RE.fullmatch(place) and is_outlet_name(recognition_form(site)) else None
    for end in range(len(run), 1, -1):
        form = recognition_form(run[:end])
        if is_outlet_name(form) and not form.startswith(OWN_OUTLET_WORDS):
            return run[:end]  # 示例网-新城客户端: an app's name as the page writes it
    return None


def dateline_reporters(line: str) -> tuple[str, ...]:
    """``新华社巴黎12月9日电（记者唐霁）``, ``长江网10月4日讯（记者陈智 整合）``: the reporters a news
    agency's dateline names. Without 记者 in the bracket (``…5月19日电（刘艺、杨吉）``) every word in
    it must be a person's name.

    >>> dateline_reporters("新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日介绍")
    ('刘艺', '杨吉')
    """
    line = _without_site_dateline(line)
    form = recognition_form(line[:MAX_RECOGNISED_CHARS])
    match = DATELINE_REPORTERS_RE.match(form)
    if not match:
        return _bracketed_dateline(line, form)
    value = line[match.start("names") : match.end("names")]
    names = names_in(value)
    if match["role"]:
        return names
    if all(len(n) <= 3 for n in names) and len("".join(names)) == len(re.sub(r"[\s、，,]", "", value)):
        return names  # no label: short names only (国际在线 starts with a surname too)
    return ()


def dateline_day(line: str) -> str | None:
    """The day a wire's dateline in a bracket prints whole, year and all (``（中央社記者潘智義台北2020年3月26日電）``);
    ``台北26日電`` names no year: no date.

    >>> dateline_day("（中央社记者潘智义台北2020年3月26日电）"), dateline_day("（中央社记者温贵香台北21日电）")
    ('2020-03-26', None)
    """
    match = BRACKETED_DATELINE_RE.match(recognition_form(_without_site_dateline(line)[:MAX_RECOGNISED_CHARS]))
    day = find_date(match.group(0)) if match else None
    return day.iso if day else None


def dateline_editor(line: str) -> str | None:
    """``财联社3月23日讯（编辑 胡家荣）``: the editor a dateline's bracket names.

    >>> dateline_editor("财联社3月23日讯（编辑 胡家荣）隔夜"), dateline_editor("财联社3月23日讯（记者 胡家荣）")
    ('胡家荣', None)
    """
    match = DATELINE_EDITOR_RE.match(recognition_form(line[:MAX_RECOGNISED_CHARS]))
    return line[match.start("name") : match.end("name")] if match and is_person_name(match["name"]) else None


def _without_site_dateline(line: str) -> str:
    """The line after a reprinting site's own dated bracket, when a wire's whole dateline in a bracket
    follows it (``【中新社澳門2月2日電】(記者 王國安)`` is the wire's own dateline: it stays)."""
    if not line.startswith(("【", "〔", "[")):
        return line  # nearly every paragraph: no bracket, no conversion of its start
    form = recognition_form(line[:MAX_RECOGNISED_CHARS])
    site = SITE_DATELINE_RE.match(form)
    return line[site.end() :] if site and BRACKETED_DATELINE_RE.match(form[site.end() :]) else line


def _bracketed_dateline(line: str, form: str) -> tuple[str, ...]:
    """``（中央社記者溫貴香台北21日電）``: the whole dateline in a bracket, the name run into the city
    (``metadata.name_before_place``)."""
    match = BRACKETED_DATELINE_RE.match(form)
    if not match:
        return ()
    run = line[match.start("run") : match.end("run")]
    *others, last = re.split(r"[、，,]", run)
    names = [n for n in others if is_person_name(n)]
    # (（中央社記者潘姿羽17日電）: no city named, the name alone before the day)
    name = name_before_place(last) or (last if len(last) <= MAX_UNPLACED_NAME_CHARS and is_person_name(last) else None)
    return (*names, name) if name and len(names) == len(others) else ()


def parse_trailing_byline(line: str) -> tuple[str, ...]:
    """The writers a line closing the article names: ``作者︱春春``, ``作者： 记者王敬照`` (a line that
    starts with an author label), or a bracket that is the whole line (``（总台央视记者 奚丹霓 张赛）``)."""
    if len(line) > MAX_META_CHARS:
        return ()
    form = recognition_form(line.strip())
    bracket = bracketed_reporters(form)
    if bracket is not None:
        return bracket[0] if bracket[1] == len(form) else ()
    if (inside := inside_one_bracket(line.strip())) is not None:
        return parse_trailing_byline(inside)  # （作者：程思思 熊思琪）: a labelled byline, bracketed
    bare = BARE_BYLINE_RE.match(form)
    if bare and (names := names_in(bare["names"])) and len("".join(names)) == len(re.sub(r"\s", "", bare["names"])):
        return names  # 作者 王之言 高孜然: a label without its colon, then names and nothing else
    role = PREFIXED_ROLE_RE.match(form)
    if role and _LABEL_OF.get(role["label"]) == "authors":  # 扬子晚报记者 张楠, 中青报·中青网记者 魏其濛 来源：…
        meta = parse_meta_line(line.strip())
        return meta.authors if meta is not None and meta.published_at is None else ()
    label = LABEL_RE.match(form)
    if label is None or _LABEL_OF[label["label"]] != "authors":
        return ()
    meta = parse_byline(line.strip())
    if meta is not None:
        return meta.authors
    value = line.strip()[label.end() :].strip()
    if PEN_NAME_RE.match(value) and value not in boilerplate_phrases("not_names"):
        return (value,)  # 作者︱春春 alone on the article's last line: the label is the evidence
    return ()


def closing_source(line: str) -> str | None:
    """``…（来源：上海证券报）`` at the very end of the article's last paragraph: the outlet it credits;
    ``（中国钢材网原创，转载请注明来源）``: the outlet that says the story is its own.

    >>> closing_source("2005年8月25日（来源：上海证券报）"), closing_source("数据（来源：Wind）显示，指数上涨")
    ('上海证券报', None)
    """
    found = _closing_bracket(CLOSING_SOURCE_RE, line, "name")
    for pattern in (ORIGINAL_CREDIT_RE, CLOSING_OUTLET_RE):
        if found is None:
            found = _closing_bracket(pattern, line, "name")
            found = found if found is not None and is_outlet_name(recognition_form(found[0])) else None
    return found[0].strip() if found is not None else None


MAX_STAMP_CHARS = 40  # a day with its weekday, or an hour: longer lines are no stamp (and cost nothing)
# 香港时间16时48分 under the day: the hour a Hong Kong government press release went out
RELEASE_HOUR_RE = re.compile(r"香港时间\s*(?P<h>[01]?\d|2[0-3])\s*时\s*(?P<m>[0-5]\d)\s*分")


def closing_signature(lines: list[str]) -> tuple[str, str] | None:
    """An official notice's signature among the text's last ``lines``: the body that signs it, on a
    line of its own right above the date alone (``深圳证券交易所`` / ``2022年5月20日``), perhaps with a
    note under it; the signer and the ISO date, read, not removed. The last such pair counts.

    >>> closing_signature(["特此公告", "深圳证券交易所", "2022年5月20日"])
    ('深圳证券交易所', '2022-05-20')
    >>> closing_signature(["市场人士认为", "2022年5月20日"]) is None
    True
    """
    for signer, dated in reversed(list(pairwise(lines))):
        signer, dated = signer.strip(), dated.strip()
        if not SIGNER_RE.fullmatch(signer) or not recognition_form(signer).endswith(
            boilerplate_phrases("issuer_suffixes")
        ):
            continue  # the signer first: a paragraph fails it at its 31st character, before any date search
        if (iso := whole_date(dated)) is not None:
            return signer, iso
    return None


# …（編輯：潘羿菁、楊蘭軒）1130321: a Taiwan wire's story code after its editors' bracket, the day of the
# Republic's era (113 is 2024) as year, month and day
STORY_CODE_RE = lazy_re(
    r"[（(][^（）()]{0,30}(?:编辑|核稿|编译|译者|记者)[^（）()]{0,30}[）)]"
    r"\s*(?P<y>1[0-4]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s*$"
)


def closing_fields(line: str) -> Meta | None:
    """``…作用。 (作者:勾明扬 来源:经济日报)``: labelled fields in a bracket closing the last paragraph — its
    writers and source, read (the words stay)."""
    found = _closing_bracket(CLOSING_FIELDS_RE, line, "fields")
    meta = parse_meta_line(found[0]) if found else None
    return meta if meta is not None and (meta.authors or meta.source_name) else None


def closing_story_day(lines: list[str]) -> str | None:
    """The day a wire's story code closing one of ``lines`` gives (``…（编辑：张三）1130321`` → 2024-03-21)."""
    for line in reversed(lines):
        code = STORY_CODE_RE.search(recognition_form(line[-MAX_RECOGNISED_CHARS:]))
        if code:
            return f"{int(code['y']) + ROC_YEAR_OFFSET}-{code['m']}-{code['d']}"
    return None


def closing_release_time(lines: list[str]) -> str | None:
    """A Hong Kong government press release's close: its day, perhaps with the weekday, over the hour
    it went out (``2014年9月30日（星期二）`` / ``香港时间16时48分``); the ISO date and time, read, not
    removed. The last such pair counts.

    >>> closing_release_time(["完", "2014年9月30日（星期二）", "香港时间16时48分", "列印此页"])
    '2014-09-30T16:48'
    """
    for dated, timed in reversed(list(pairwise(line.strip() for line in lines))):
        hour = RELEASE_HOUR_RE.fullmatch(recognition_form(timed)) if len(timed) <= MAX_STAMP_CHARS else None
        if hour is None or len(dated) > MAX_STAMP_CHARS:
            continue
        day = parse_meta_line(dated)  # 2014年9月30日（星期二）: a day with its weekday, read as a meta line reads it
        if day is not None and day.is_date_only:
            return f"{day.published_at[:10]}T{int(hour['h']):02d}:{hour['m']}"
    return None


def closing_editor(line: str) -> str | None:
    """``…（编辑：谢怡璇）`` at the very end of the article's last paragraph: its editor, read, not removed.

    >>> closing_editor("众多房企未能偿还债务。（编辑：谢怡璇）1130517"), closing_editor("（编辑：谢怡璇）指出")
    ('谢怡璇', None)
    """
    found = _closing_bracket(CLOSING_EDITOR_RE, line, "name")
    return found[0] if found is not None and is_person_name(recognition_form(found[0])) else None


def closing_credit(line: str) -> tuple[str, tuple[str, ...]] | None:
    """``…（北京晚报 张品秋）`` at the very end of the last paragraph: the outlet and the writers it
    credits — the first word must end like an outlet's name, every other be a person's name.

    >>> closing_credit("收益率将继续下滑。（北京晚报 张品秋）"), closing_credit("如图（上海 浦东）")
    (('北京晚报', ('张品秋',)), None)
    """
    found = _closing_bracket(CLOSING_CREDIT_RE, line, "outlet", "names")
    if found is None or not is_outlet_name(recognition_form(found[0])):
        return None
    outlet, value = found
    names = names_in(value)
    if not names or len("".join(names)) != len(re.sub(r"[\s、·]", "", value)):
        return None
    return outlet, names


def closing_writers(line: str) -> tuple[str, ...]:
    """``…（编译卢永山）`` or ``…（记者 张三 李四）`` at the very end of the last paragraph: the writers
    it credits, each a name by the surname test.

    >>> closing_writers("累计时间原则上不超过三个月。(编译卢永山)"), closing_writers("如图（文字）")
    (('卢永山',), ())
    """
    found = (
        _closing_bracket(CLOSING_WRITERS_RE, line, "names")
        or _closing_bracket(CLOSING_BARE_REPORTER_RE, line, "names")
        or _closing_bracket(CLOSING_NAME_REPORTER_RE, line, "names")
    )
    if found is None:  # …提升县域综合竞争力。（李之永）, （章臣林 胡黎明）, （刘焕彦/台北报导）: names alone
        found = _closing_bracket(LONE_CLOSING_NAME_RE, line, "name") or _closing_bracket(
            CLOSING_NAMES_PLACE_RE, line, "names"
        )
        names = re.split(r"\s*、\s*|\s+", found[0].strip()) if found is not None else []
        return tuple(names) if names and all(is_person_name(recognition_form(name)) for name in names) else ()
    return names_in(found[0])


def _closing_bracket(pattern: re.Pattern[str], line: str, *groups: str) -> tuple[str, ...] | None:
    """The ``groups`` of a bracket ``pattern`` finds at the line's end, as the line writes them
    (matched on the recognition form of its last ``MAX_RECOGNISED_CHARS`` characters, so both
    scripts match)."""
    tail = line[-MAX_RECOGNISED_CHARS:]
    match = pattern.search(recognition_form(tail))
    return tuple(tail[match.start(g) : match.end(g)] for g in groups) if match else None


def parse_trailing_editor(line: str) -> str | None:
    """``编辑 周褶褶 ｜ 排版 魏蔚`` closing the article: an editor's label without its colon, a name."""
    match = BARE_EDITOR_RE.match(recognition_form(line.strip()))
    names = names_in(match["names"]) if match else ()
    return names[0] if names else None


def parse_trailing_meta(line: str) -> Meta | None:
    """A labelled meta line closing the article (``发布日期：2019-03-06 责任编辑：龙慧``): it must start
    with a label, so a bare date there (a letter's signature) stays text."""
    form = recognition_form(line.strip())
    label = LABEL_RE.match(form)
    verb = VERB_LABEL_RE.match(form) if label is None else None  # 原文刊于晴报 2013年4月30日, no colon
    label = label or verb
    field = _LABEL_OF[label["label"]] if label is not None else None
    if field not in (*TRAILING_FIELDS, "source_name", "views") or re.search(r"[；;]", form):
        return None  # 时间：…；截至… is a chart's note, not the page's meta line
    meta = parse_meta_line(line.strip())
    if meta is None or not (meta.published_at or meta.editor or meta.source_name or meta.authors):
        return None
    if verb is not None and meta.source_name and is_outlet_name(recognition_form(meta.source_name)):
        return meta  # 本文来源于国家统计局: the verb is the label, an outlet's name its evidence
    if field in ("source_name", "views") and not (meta.published_at or meta.editor):
        # 来源：… alone is parse_source_line's, a count alone structure's; with an editor or a date
        # after it (瀏覽人次: 8270 更新日期: 2023-01-05), a meta row
        return None
    return meta
