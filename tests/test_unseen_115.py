"""Shapes from held-out sets 110-118 of unseen pages: an editor's label over the lead (【导语】) that is
no outlet's dispatch — each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner.stages import header

from .header_pages import cleaned_twice

P1 = "央行今日宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元，市场普遍认为此举有助稳定预期。"
P2 = "分析人士指出，降准落地后银行负债成本下降，有望带动贷款利率继续下行，支持实体经济融资。"
P3 = "业内人士表示，后续政策仍有空间，货币政策将保持稳健，并更加注重精准有效。"


# --- an editor's label over the lead is no dispatch ------------------------------------------------------


@pytest.mark.parametrize("label", ["导语", "摘要", "编者按"])
def test_an_editors_label_in_brackets_vouches_for_no_headline(label):
    keywords, headline = "某某股票价格，某某股价走势", "《某某股票深度解析：市场表现与投资策略》"
    lead = f"【{label}】 {P1}"
    assert not header._opens_with_dateline([header.Line(t) for t in (keywords, headline, lead)], 2)
    article = cleaned_twice("\n".join(["首页 股票 正文", keywords, "股票 2天前 4", headline, lead, P2, P3]))
    assert article.title == "某某股票价格，某某股价走势"


def test_an_outlets_bracket_over_the_lead_still_vouches_for_the_headline_above():
    lines = [header.Line(t) for t in ("某某股票价格，某某股价走势", "降准落地 银行负债成本下降", f"【大公報訊】 {P1}")]
    assert header._opens_with_dateline(lines, 2)
