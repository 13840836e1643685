"""The seed page: the real scraped page this project started from, and what the issue says must
come out of it."""

import json
import re

from cleaner import clean
from cleaner.script import traditional_share
from cleaner.stages.junk import markup_tags


def test_seed_metadata(seed_bytes):
    article = clean(seed_bytes)
    assert article.title == "网贷逾期会不会找上门"
    assert article.author == "费逸美"
    assert article.published_at == "2025-04-04T10:31:38"
    assert article.category == "逾期资讯"
    assert article.views == 44


def test_seed_lead_and_sections(seed_bytes):
    article = clean(seed_bytes)
    assert len(article.lead) == 1
    assert article.lead[0].startswith("随着互联网金融的快速发展，网络贷款（简称“网贷”）")
    assert [s.heading for s in article.sections] == [
        "一、网贷逾期的基本情况",
        "二、上门的可能性",
        "三、网贷逾期后的常见方法",
        "四、怎样去应对网贷逾期",
        "五、总结",
    ]
    methods = article.sections[2]
    assert [b.type for b in methods.blocks] == ["paragraph", "list", "paragraph"]
    assert [item.split("：")[0] for item in methods.blocks[1].items] == [
        "电话", "短信通知", "邮件或信函", "第三方合作",
    ]
    coping = article.sections[3]
    assert [b.type for b in coping.blocks] == ["paragraph", "list"]
    assert len(coping.blocks[1].items) == 4


def test_seed_output_has_no_damage_left(seed_bytes):
    article = clean(seed_bytes)
    content = {k: v for k, v in article.to_dict().items() if k != "removed"}
    output = json.dumps(content, ensure_ascii=False)
    assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)", output)
    assert traditional_share(article.text) == 0
    for keyword in ("国产", "无码", "麻豆", "一区二区", "av"):
        assert keyword not in article.text
    assert markup_tags(article.text) == []
    assert "相关文章" not in article.text
    assert "（一般为几天至一周）" in article.text
    assert "随着" in article.text and "随著" not in article.text


def test_seed_removed_records_every_removal(seed_bytes):
    article = clean(seed_bytes)
    reasons = [c.reason for c in article.removed]
    assert reasons.count("pinyin:note") == 115
    assert reasons.count("spam:keyword_list") == 1
    assert [c.text for c in article.removed if c.reason == "structure:title_echo"] == [
        "网贷逾期会不会找上门？", "网贷逾期会不会找上门", "网贷逾期会不会找上门",
    ]
    assert reasons.count("junk:tag_soup") == 2
    trailer = [c.text for c in article.removed if c.reason == "structure:trailer"]
    assert trailer == ["相关文章"]
    spam = next(c.text for c in article.removed if c.reason == "spam:keyword_list")
    assert spam.startswith("国产成人精品日本亚洲11,")
