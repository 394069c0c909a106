"""Chinese sentences ended by a half-width ? or ! between Chinese characters (OHCHR's Chinese
statement as a normalised copy holds them, session 62): a sentence end though no space follows;
a Latin text's ? without a space, and a Chinese text's last mark, cut nothing."""

from __future__ import annotations

import pytest

from transpub.segment import split_sentences


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("我们怎能袖手旁观?我们必须行动。", "zh", ["我们怎能袖手旁观?", "我们必须行动。"]),
    ("这是什么!“我们必须行动。”", "zh", ["这是什么!", "“我们必须行动。”"]),
    ("这是真的?? 我们走。", "zh", ["这是真的??", "我们走。"]),
    ("我们必须行动?", "zh", ["我们必须行动?"]),
    ("Hello?World", "zh", ["Hello?World"]),
    # another language's rules do not read it
    ("我们怎能袖手旁观?我们必须行动。", "en", ["我们怎能袖手旁观?我们必须行动。"]),
    # in a text holding markup placeholders too
    ("<b1>我们</b1>怎能袖手旁观?我们必须行动。", "zh",
     ["<b1>我们</b1>怎能袖手旁观?", "我们必须行动。"]),
])
def test_half_width_stop_between_chinese(text: str, lang: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected
