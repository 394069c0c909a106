"""hanfold.simplified: a text with no character of the table is returned as it is, without
``translate`` (session 67): the same text as the table gives."""

from __future__ import annotations

import json
from importlib import resources

from transpub.hanfold import _table, simplified


def test_the_same_text_as_the_table_gives() -> None:
    data = json.loads(resources.files("transpub").joinpath("data/han_simplified.json")
                      .read_text(encoding="utf-8"))
    traditional, simple = data["traditional"], data["simplified"]
    texts = ["秘书长古特雷斯星期一访问了纽约。", "總統在紐約會見了喀麥隆代表", "Plain ASCII text.",
             "Le Secrétaire général", "", "沙克爾頓", traditional[:50], simple[:50],
             traditional[-1] + "x", "a" + traditional[0]]
    for text in texts:
        assert simplified(text) == text.translate(_table()), text
    for char in traditional:  # each character of the table is seen
        assert simplified("秘书长" + char) == "秘书长" + char.translate(_table())


def test_a_simplified_text_is_returned_itself() -> None:
    text = "秘书长古特雷斯星期一访问了纽约。"
    assert simplified(text) is text
    assert simplified("總統") == "总统"
