"""A page's sharing buttons copied as a line of text ("Share on Facebook Share on Twitter",
"Tweet", «Partager sur Facebook», «分享到微博») are the page's furniture wherever they stand,
above the headline, between paragraphs, at the end, or glued to a block's last line: removed
and said (t67/hA F5: UNHCR Serbia's "Share on Facebook Share on Twitter" had been the last
paragraph, to translate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importcases import import_text, kinds
from transpub.importer_chrome import page_chrome, share_line

_RELEASE = {
    "en": ("UN chief urges ceasefire in the region",
           "GENEVA, 4 May 2020 – The Secretary-General today called for a ceasefire.",
           "He said the talks would resume next week in Geneva."),
    "fr": ("Le Secrétaire général appelle à un cessez-le-feu",
           "GENÈVE, 4 mai 2020 – Le Secrétaire général a appelé aujourd’hui à un cessez-le-feu.",
           "Il a déclaré que les pourparlers reprendraient la semaine prochaine."),
    "es": ("El Secretario General pide un alto el fuego",
           "GINEBRA, 4 de mayo de 2020 – El Secretario General pidió hoy un alto el fuego.",
           "Dijo que las conversaciones se reanudarán la semana próxima."),
    "ru": ("Генеральный секретарь призывает к прекращению огня",
           "ЖЕНЕВА, 4 мая 2020 года – Генеральный секретарь призвал сегодня к прекращению огня.",
           "Он сказал, что переговоры возобновятся на следующей неделе."),
    "zh": ("秘书长呼吁停火",
           "日内瓦，2020年5月4日——秘书长今天呼吁停火。",
           "他说，会谈将于下周恢复。"),
    "ar": ("الأمين العام يدعو إلى وقف إطلاق النار",
           "جنيف، 4 أيار/مايو 2020 - دعا الأمين العام اليوم إلى وقف إطلاق النار.",
           "وقال إن المحادثات ستستأنف الأسبوع المقبل."),
}
_SHARES = {
    "en": ["Share on Facebook Share on Twitter", "Share this:", "Tweet", "Share via email",
           "Share: Facebook | Twitter | LinkedIn"],
    "fr": ["Partager sur Facebook", "Partager sur Facebook Partager sur Twitter",
           "Partager par courriel"],
    "es": ["Compartir en Twitter", "Compartir en Facebook Compartir en Twitter", "Compartir"],
    "ru": ["Поделиться", "Поделиться в Фейсбуке", "Поделиться ВКонтакте"],
    "zh": ["分享到微博", "分享到微博 分享到微信", "分享"],
    "ar": ["شارك على فيسبوك", "شارك على تويتر", "مشاركة"],
}
_CASES = [(lang, line) for lang, lines in _SHARES.items() for line in lines]


@pytest.mark.parametrize(("lang", "line"), _CASES)
@pytest.mark.parametrize("where", ["head", "between", "end", "glued"])
def test_a_share_line_is_removed_and_said_wherever_it_stands(
        tmp_path: Path, lang: str, line: str, where: str) -> None:
    headline, lead, second = _RELEASE[lang]
    text = {"head": f"{line}\n\n{headline}\n\n{lead}\n\n{second}\n",
            "between": f"{headline}\n\n{lead}\n\n{line}\n\n{second}\n",
            "end": f"{headline}\n\n{lead}\n\n{second}\n\n{line}\n",
            # (no blank line between the text's last sentence and the buttons)
            "glued": f"{headline}\n\n{lead}\n\n{second}\n{line}\n"}[where]
    release, removed = import_text(tmp_path, text, lang=lang)
    assert kinds(release, "title") == [headline]
    assert kinds(release, "p")[-1] == second
    assert removed == [line]


@pytest.mark.parametrize("text", [
    "Share of renewables rose to 30 per cent", "Share your story with us",
    "Shared on Facebook", "Tweet about it", "Facebook Twitter", "Twitter: @UNFPA",
    "Email", "Partager le fardeau", "Compartir la responsabilidad", "Поделиться опытом",
    "分享经验", "شارك في الاجتماع",
])
def test_a_line_of_the_text_with_a_sharing_word_stays(text: str) -> None:
    assert not share_line(text)
    assert not page_chrome(text)


def test_a_wrapped_sentences_line_that_reads_as_a_share_offer_stays(tmp_path: Path) -> None:
    # ("… asked people to" / "share on Facebook" / "their photos.": one sentence)
    headline, lead, _ = _RELEASE["en"]
    text = (f"{headline}\n\n{lead}\n\nThe campaign asked people to\nshare on Facebook\n"
            "their photos of the day.\n")
    release, removed = import_text(tmp_path, text)
    assert kinds(release, "p")[-1] == ("The campaign asked people to share on Facebook their "
                                       "photos of the day.")
    assert removed == []
