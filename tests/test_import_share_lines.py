"""A page's sharing buttons copied as a line of text ("Share on Facebook Share on Twitter",
"Tweet this", «Partager sur Facebook», «分享到微博») are the page's furniture wherever they
stand, above the headline, between paragraphs, at the end, or glued to a block's last line:
removed and said (t67/hA F5: UNHCR Serbia's "Share on Facebook Share on Twitter" had been the
last paragraph, to translate). A verb alone ("Share", "Tweet", «Partager», «شارك») is one
only in the page's chrome, above the headline or among the furniture after the text; in the
text it is a list's item, a heading, a sentence (t67/hE B)."""

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
    "en": ["Share on Facebook Share on Twitter", "Share this:", "Tweet this", "Share via email",
           "Share: Facebook | Twitter | LinkedIn", "Share Tweet"],
    "fr": ["Partager sur Facebook", "Partager sur Facebook Partager sur Twitter",
           "Partager par courriel"],
    "es": ["Compartir en Twitter", "Compartir en Facebook Compartir en Twitter"],
    "ru": ["Поделиться в Фейсбуке", "Поделиться ВКонтакте"],
    "zh": ["分享到微博", "分享到微博 分享到微信"],
    "ar": ["شارك على فيسبوك", "شارك على تويتر"],
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


#: A verb alone, which names no network ("participation", «مشاركة»; "publish", «انشر»).
_LONE = [("en", "Share"), ("en", "Tweet"), ("en", "SHARE"), ("fr", "Partager"),
         ("es", "Compartir"), ("ru", "Поделиться"), ("zh", "转发"), ("ar", "شارك"),
         ("ar", "مشاركة"), ("ar", "انشر")]


@pytest.mark.parametrize(("lang", "line"), _LONE)
def test_a_verb_alone_is_no_share_line(lang: str, line: str) -> None:
    assert not share_line(line)
    assert not page_chrome(line)


@pytest.mark.parametrize(("lang", "line"), _LONE)
@pytest.mark.parametrize("where", ["between", "end", "glued"])
def test_a_verb_alone_in_the_text_stays(tmp_path: Path, lang: str, line: str,
                                        where: str) -> None:
    headline, lead, second = _RELEASE[lang]
    text = {"between": f"{headline}\n\n{lead}\n\n{line}\n\n{second}\n",
            "end": f"{headline}\n\n{lead}\n\n{second}\n\n{line}\n",
            "glued": f"{headline}\n\n{lead}\n\n{second}\n{line}\n"}[where]
    release, removed = import_text(tmp_path, text, lang=lang)
    assert line in "\n".join(kinds(release, "p") + kinds(release, "h2"))
    assert removed == []


@pytest.mark.parametrize(("lang", "line"), _LONE)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_verb_alone_in_the_page_s_chrome_is_removed(tmp_path: Path, lang: str, line: str,
                                                      where: str) -> None:
    headline, lead, second = _RELEASE[lang]
    bar = _SHARES[lang][0]  # (the furniture it stands among at the end)
    text = {"head": f"{line}\n\n{headline}\n\n{lead}\n\n{second}\n",
            "tail": f"{headline}\n\n{lead}\n\n{second}\n\n{line}\n\n{bar}\n"}[where]
    release, removed = import_text(tmp_path, text, lang=lang)
    assert kinds(release, "title") == [headline]
    assert kinds(release, "p")[-1] == second
    assert removed == ([line] if where == "head" else [line, bar])


def test_a_list_s_item_a_heading_and_sentences_that_are_a_verb_stay(tmp_path: Path) -> None:
    headline, lead, second = _RELEASE["en"]
    text = (f"{headline}\n\n{lead}\n\nSupporters can:\n• Donate\n• Volunteer\n• Share\n\n"
            "Or, in three words:\nGive.\nShare.\nTweet.\n\nSHARE\n\nThe Sahel Resilience "
            f"Programme (SHARE) supports 200,000 households.\n\n{second}\n")
    release, removed = import_text(tmp_path, text)
    body = kinds(release, "p") + kinds(release, "h2")
    assert "Share" in body and "SHARE" in body
    assert "Or, in three words: Give. Share. Tweet." in body
    assert removed == []
