"""The lines a release's head sets above its headline that are no text to translate: its
label, the kind of document ("PRESS RELEASE", «Communiqué de presse», "IAEA Press Release",
"European Commission - Daily News"), a site's category line, and the handling instructions
("Embargoed until …", "FOR IMMEDIATE RELEASE", "CHECK AGAINST DELIVERY"). ``importer_head``
reads a text's head by them; the HTML and Word importers and ``align`` ask them too."""

from __future__ import annotations

import re

from transpub.importer_chrome import is_section_line
from transpub.importer_pages import cells
from transpub.importer_text import unwrapped_emphasis

LABELS = frozenset({
    "PRESS RELEASE", "NEWS RELEASE", "MEDIA ADVISORY", "NOTE TO CORRESPONDENTS", "STATEMENT",
    "PRESS BRIEFING", "NOTE FOR CORRESPONDENTS", "COMMUNIQUE", "PRESS STATEMENT", "READOUT",
    # press.un.org's kinds of document, and the agencies' own
    "MEETINGS COVERAGE", "STATEMENTS AND MESSAGES", "BACKGROUND RELEASE", "BIOGRAPHICAL NOTE",
    "PRESS BRIEFINGS", "READOUTS", "ROUND-UP", "NEWS NOTE", "PRESS NOTE", "INFORMATION NOTE",
    "MEDIA ALERT", "JOINT PRESS RELEASE", "JOINT STATEMENT", "BRIEFING NOTES", "FACT SHEET",
    "MEETINGS COVERAGE AND PRESS RELEASES", "NEWS",
    # (the European Commission's midday bulletin, "European Commission - Daily News")
    "DAILY NEWS",
})
#: A site's categories of pages, by language, as its pages name theirs above the headline
#: ("Statements", «Declaraciones», «讲话»: ``category_line``); labels too.
_CATEGORIES: dict[str, frozenset[str]] = {
    "en": frozenset({"STATEMENTS", "PRESS RELEASES", "NEWS RELEASES", "NEWS"}),
    "fr": frozenset({"DÉCLARATIONS", "COMMUNIQUÉS DE PRESSE", "COMMUNIQUES DE PRESSE"}),
    "es": frozenset({"DECLARACIONES", "COMUNICADOS DE PRENSA"}),
    "ru": frozenset({"ЗАЯВЛЕНИЯ", "ПРЕСС-РЕЛИЗЫ"}),
    "ar": frozenset({"بيانات", "بيانات صحفية"}),
    "zh": frozenset({"讲话", "发言稿", "新闻稿"}),
}
#: The labels in the UN's other languages and German, by language: a French, Spanish, …
#: release's own ("Communiqué de presse", "Comunicado de prensa", UN Geneva's and ECLAC's
#: pages), and the column a bilingual header prints beside the English one ("PRESS RELEASE
#: COMMUNIQUÉ DE PRESSE").
LABELS_BY_LANG: dict[str, frozenset[str]] = {
    "fr": frozenset({"COMMUNIQUE DE PRESSE", "COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ", "COMMUNIQUE",
                     "COMMUNIQUÉ CONJOINT", "NOTE AUX RÉDACTIONS", "NOTE AUX REDACTIONS",
                     "NOTE AUX CORRESPONDANTS", "NOTE D'INFORMATION", "NOTE D’INFORMATION",
                     "AVIS AUX MÉDIAS", "AVIS AUX MEDIAS", "DÉCLARATION", "DÉCLARATION CONJOINTE",
                     "COUVERTURE DES RÉUNIONS", "POINT DE PRESSE", "ACTUALITÉS"}),
    "es": frozenset({"COMUNICADO DE PRENSA", "COMUNICADO", "COMUNICADO CONJUNTO",
                     "NOTA DE PRENSA", "NOTA INFORMATIVA", "NOTA PARA LOS MEDIOS",
                     "AVISO A LOS MEDIOS", "DECLARACIÓN", "DECLARACIÓN CONJUNTA",
                     "NOTICIAS", "NOTA PARA LA PRENSA"}),
    "ru": frozenset({"ПРЕСС-РЕЛИЗ", "ЗАЯВЛЕНИЕ", "СООБЩЕНИЕ ДЛЯ ПЕЧАТИ", "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ",
                     "ИНФОРМАЦИОННАЯ ЗАПИСКА", "НОВОСТИ", "ПРЕСС-СООБЩЕНИЕ"}),
    "ar": frozenset({"بيان صحفي", "نشرة صحفية", "بيان", "بيان مشترك", "مذكرة إعلامية",
                     "أخبار"}),
    "zh": frozenset({"新闻稿", "新闻公报", "声明", "联合声明", "新闻简报", "媒体通报"}),
    "de": frozenset({"PRESSEMITTEILUNG", "PRESSEERKLÄRUNG", "GEMEINSAME ERKLÄRUNG"}),
}
#: A label in any of them is one, whatever the release's language (a bilingual header's).
_OTHER_LABELS = frozenset().union(*LABELS_BY_LANG.values(), *_CATEGORIES.values())
#: A known label before the headline on one line, apart from it by a colon, a dash or a bar
#: ("MEDIA ADVISORY: …", "Press Release - …"; a hyphen only with a space before it).
LABEL_PREFIX_RE = re.compile(
    r"^(?P<label>" + "|".join(sorted(map(re.escape, LABELS | _OTHER_LABELS), key=len,
                                     reverse=True))
    + r")\s*(?:[:–—|]|\s-)\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
#: A release's handling instructions above the headline, however long: a label, not the title.
EMBARGO_RE = re.compile(r"^((strictly\s+)?embargoed\b|under embargo\b|embargo\s*:"
                         # (in the UN's other languages too: «Pour diffusion immédiate», «Para
                         # su difusión inmediata», «Для немедленного распространения», «即时发布»,
                         # «للنشر الفوري»; the phrase alone on its line, a colon or a dash and a
                         # date after it at most ("FOR IMMEDIATE RELEASE: 5 May 2024"), never a
                         # sentence's opening: "For immediate release of all hostages, the
                         # Council …", «立即发布停火协议全文是各方的共同要求» are the text's)
                         r"|(?:for immediate release|pour (?:diffusion|publication) imm[ée]diate"
                         r"|para (?:su )?(?:difusi[óo]n|publicaci[óo]n) inmediata"
                         r"|для немедленного (?:распространения|опубликования|публикации)"
                         r"|(?:即时|立即|即刻)发布|للنشر (?:الفوري|فورا|فوراً))"
                         # (a template's placeholder for the date too: "[DATE]")
                         r"\s*(?:[:：.,،–—-]\s*)?(?:(?=[^\d\n]{0,30}\d)[^\W_][^\n]{0,40}"
                         r"|[\[<(][^\]>)\n]{1,30}[\]>)])?\s*$"
                         # (the ICJ's "Unofficial" under "Press Release": the Court's
                         # official texts are its judgments and orders)
                         r"|unofficial(?:\s+(?:translation|document))?\s*$"
                         r"|not for (publication|broadcast)\b"
                         # (over the sentence that says it: "EMBARGO" / "The contents of this
                         # press release must not be quoted or summarized … before …")
                         r"|(embargo\s+)?the contents of this .{0,60}?(must|may) not be"
                         r"|embargo\s*$)", re.IGNORECASE)
#: A speech's handling instruction, above its text or right under its dateline, in the UN's
#: six languages: "CHECK AGAINST DELIVERY", "As prepared for delivery", "[As delivered]";
#: «Seul le prononcé fait foi», «Vérifier au prononcé», «Tel que prononcé»; «Cotejar con el
#: discurso pronunciado», «Sólo vale el texto pronunciado», «[Tal y como fue pronunciado]»;
#: «Проверить по произнесенному тексту», «Сверить с произнесенным текстом»; «以讲话为准»,
#: «以实际讲话为准»; «العبرة بالإلقاء», «يرجى المراجعة عند الإلقاء», «النص كما ألقي» (the
#: Spanish one had been no label: the English "[As delivered]" it translates was left unpaired).
#: The line is the instruction alone, in brackets or not: no sentence holds it so.
_DELIVERY_RE = re.compile(
    r"^\W*(?:please\s+)?(?:check\s+against\s+delivery|as\s+delivered"
    r"|as\s+prepared\s+for\s+delivery"
    r"|seul\s+(?:le\s+)?(?:texte\s+)?prononcé\s+fait\s+foi|vérifier\s+au\s+prononcé"
    r"|(?:texte\s+)?tel\s+que\s+prononcé|(?:version|texte)\s+prononcée?"
    r"|cotejar\s+con\s+(?:el\s+)?(?:discurso|texto)\s+pronunciado"
    r"|s[óo]lo\s+vale\s+(?:el\s+)?(?:texto|discurso)\s+pronunciado"
    r"|tal\s+(?:y\s+)?como\s+(?:fue\s+|se\s+)?pronunci(?:ado|ó)|(?:texto|versión)\s+pronunciad[oa]"
    r"|проверить\s+по\s+(?:фактически\s+)?произнес[её]нному(?:\s+тексту)?"
    r"|сверить\s+с\s+произнес[её]нным(?:\s+текстом)?|сверять\s+с\s+произнес[её]нным(?:\s+текстом)?"
    r"|текст\s+выступления\s+сверять\s+с\s+произнес[её]нным"
    r"|以(?:实际)?(?:讲话|发言|宣读)(?:稿)?为准"
    r"|العبرة\s+بال[إا]لقاء|يرجى\s+المراجعة\s+عند\s+ال[إا]لقاء|النص\s+كما\s+[أا]ُ?لقي)\W*$",
    re.IGNORECASE)


def label_prefix(text: str) -> tuple[str, str] | None:
    """A known label set before the headline on its line, and the headline: "MEDIA
    ADVISORY: Secretary-General to Launch Report" -> ("MEDIA ADVISORY", "Secretary-General
    …"); None when the line does not start so, or too little is left for a headline."""
    match = LABEL_PREFIX_RE.match(text)
    if match is None or len(match.group("rest").split()) < 3:
        return None
    return match.group("label"), match.group("rest")


#: A kind of document named with its office ("IAEA Press Release", "UN-Habitat Press Release",
#: "WHO News Release", "ILO News"), or a joint statement's head ("Joint statement by FAO,
#: UNICEF, WFP and WHO").
_AGENCY_LABEL_RE = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,12}[A-Z][\w-]{0,12}|UN-[A-Z][a-z]{1,12})\s+(?i:press\s+release"
    r"|news\s+release|news"
    r"|media\s+advisory|news\s+note|press\s+briefing\s+notes?|statement)$"
    r"|^(?i:joint\s+(?:press\s+)?(?:statement|release|news\s+release)\s+(?:by|of|from)\s+)"
    r"[A-Z]\S*(?:,?\s+(?:and\s+)?[A-Z]\S*){0,6}$")
#: The issuer's name, a dash and the kind of document, the label line a commission's page
#: prints over the headline ("European Commission - Daily News", "European Commission - Press
#: release", "Council of Europe – Statement"): a name of at most six words, capitalised.
_ISSUER_KIND_RE = re.compile(
    r"^(?P<issuer>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|for|the|and|on|de|du|des|la|le|"
    r"del|el|y|et)){0,5})\s+[-–—|]\s+(?P<kind>[^\W\d_][\w\s'’-]{1,40})$")
#: A label and its numeric date, the date bar under a commission's label line ("Daily News
#: 04 / 04 / 2019"): the label again, its date the dateline's under it.
_KIND_DATED_RE = re.compile(
    r"^(?P<kind>[^\W\d_][\w\s'’-]{1,40}?)\s+\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}$")


def issuer_kind(text: str) -> tuple[str, str] | None:
    """The issuer and the kind of document of a label line that names both, "European
    Commission - Daily News" -> ("European Commission", "Daily News"); None for any other
    line (the kind must be a known label: "Ukraine – Statement by the President" is a
    headline)."""
    match = _ISSUER_KIND_RE.match(" ".join(text.split()))
    if match is None or not _kind_only(match.group("kind")):
        return None
    return match.group("issuer"), match.group("kind").strip()


def _kind_only(text: str) -> bool:
    text = text.strip().upper()
    return text in LABELS or text in _OTHER_LABELS


#: A character of a script written without spaces between words (Han, kana)
_HAN_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_embargo(text: str) -> bool:
    """An embargo or release instruction ("Embargoed until …", in bold too): never the label."""
    return bool(EMBARGO_RE.match(unwrapped_emphasis(text.strip())))


def is_kind(text: str) -> bool:
    """A kind of document ("PRESS RELEASE", "News Note"), as a label names it, alone or in
    one of its columns."""
    text = unwrapped_emphasis(text.strip())
    kinds = LABELS | _OTHER_LABELS
    return text.upper() in kinds or any(c.upper() in kinds for c in cells(text))


def is_handling_note(text: str) -> bool:
    """A release's handling instruction ("FOR IMMEDIATE RELEASE", «Pour diffusion immédiate»,
    "Embargoed until …"), in bold too: in the head, above or under the headline, never text
    to translate nor the label (README "Import"; ``importer_html`` reads it so too)."""
    # (a short line, not a sentence opening so: "For immediate release of all hostages,
    # the Council calls on …" is the text's; Chinese and Japanese, without spaces between
    # words, by their characters)
    return len(text.split()) <= 12 and len(text) <= (40 if _HAN_RE.search(text) else 160) \
        and is_embargo(text)


#: A company's name and its kind of document on a line of their own, over the headline, as a
#: newsroom outside the UN heads its releases: "Wiggofy Press Release:", "Acme Corp. News
#: Release:" (a name of one to four capitalised words; not "news" or "statement" alone,
#: which end headlines).
_COMPANY_LABEL_RE = re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){1,4}(?i:(?:press|news|media)\s+"
                               r"release|media\s+advisory)$")


def company_label(text: str) -> bool:
    """A company's name and its kind of document, with or without its colon ("Wiggofy Press
    Release"): a label where the headline is known to stand under it (an HTML page's
    ``<h1>``, which Word's reader chose past it)."""
    text = unwrapped_emphasis(text).strip().rstrip(":：").rstrip()
    return len(text) <= 120 and bool(_COMPANY_LABEL_RE.match(text))


def is_known_label(text: str) -> bool:
    if len(text) > 300:
        return False  # (a paragraph, however it opens; and no pattern runs over a huge one)
    # (a label alone on its line may end on a colon: "Press Release:", "Wiggofy Press
    # Release:", the headline on the next line)
    text = unwrapped_emphasis(text).strip()
    colon = text.endswith((":", "："))
    text = text[:-1].rstrip() if colon else text
    if colon and _COMPANY_LABEL_RE.match(text):
        # (with its colon only: "Wiggofy Press Release" alone may be all the headline a
        # text has)
        return True
    # (its words a space apart however the page spaced them: «Communiqués de  presse»; the
    # columns below are read from the spaces as set)
    single = " ".join(text.split()).upper()
    if single in LABELS or single in _OTHER_LABELS or EMBARGO_RE.match(text) \
            or _DELIVERY_RE.match(text) or _AGENCY_LABEL_RE.match(text) \
            or issuer_kind(text) is not None or ((dated := _KIND_DATED_RE.match(text))
                                                 and _kind_only(dated.group("kind"))):
        return True
    # (in columns, a language each: "PRESS RELEASE     COMMUNIQUE DE PRESSE")
    columns = cells(text)
    return len(columns) > 1 and any(c.upper() in LABELS for c in columns) \
        and all(c.upper() in LABELS or c.upper() in _OTHER_LABELS for c in columns)


def category_line(text: str) -> bool:
    """A site's category line: its kind of page and the office or body named after it
    ("Press releases Human Rights Council", «Declaraciones Múltiples mecanismos»), the page's
    furniture: ``importer_chrome.is_section_line``, the one reading of it."""
    return is_section_line(text.strip())


def is_delivery_note(text: str) -> bool:
    """A speech's handling instruction: "CHECK AGAINST DELIVERY", "[As delivered]"."""
    return bool(_DELIVERY_RE.match(unwrapped_emphasis(text.strip())))
