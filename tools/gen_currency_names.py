"""Generate src/transpub/data/currencies.json: the names of the currencies in use, in the six
languages, for TP303 (checks/currency.py): "the Sudanese pound" is not «la livre égyptienne».

    python3 tools/gen_currency_names.py

The currencies are those some territory uses as legal tender on 1 January 2026 (CLDR, through
babel), less the dollars (a "$" or "dollar" of the source may be any of them: the family
"dollar" of currency.py stands for all) and the currencies currency.py names itself (the euro,
the pound sterling, the Swiss franc, the yen, the yuan). Each currency's names are CLDR's
display name and its plural forms, in lower case where the language has case, without a
bracketed part («franc CFA (BCEAO)»: franc CFA); a name two currencies share is left out (it
tells neither). Generated, so that no process of a check loads CLDR's currency data.
"""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from pathlib import Path

from babel import Locale
from babel.numbers import get_territory_currencies

OUT = Path(__file__).resolve().parent.parent / "src" / "transpub" / "data" / "currencies.json"
LANGS = ("en", "fr", "es", "ru", "zh", "ar")
#: named by currency.py's own families
FAMILIES = frozenset({"USD", "EUR", "GBP", "CHF", "JPY", "CNY"})
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def in_use(dollars: bool = False) -> list[str]:
    """The ISO codes of the currencies some territory uses as legal tender (``dollars``: its
    dollars but the US dollar, instead)."""
    english = Locale.parse("en")
    codes: set[str] = set()
    for territory in english.territories:
        if len(territory) == 2 and territory.isalpha():
            codes |= set(get_territory_currencies(territory,
                                                  start_date=datetime.date(2026, 1, 1)))
    return sorted(code for code in codes if code not in FAMILIES
                  and ("dollar" in english.currencies.get(code, "dollar").lower()) is dollars)


def names(code: str, lang: str) -> set[str]:
    """A currency's display name and plural forms in ``lang``."""
    locale = Locale.parse(lang)
    found = {locale.currencies.get(code, "")}
    found |= set(locale._data["currency_names_plural"].get(code, {}).values())
    cleaned = {_BRACKETED.sub("", name).strip() for name in found}
    return {name if lang == "zh" else name.lower() for name in cleaned if name}


def table_of(codes: list[str]) -> dict[str, dict[str, list[str]]]:
    """Each currency's names by language, a name two of them share left out."""
    table = {code: {lang: names(code, lang) for lang in LANGS} for code in codes}
    for lang in LANGS:
        shared = Counter(name for by_lang in table.values() for name in by_lang[lang])
        for by_lang in table.values():
            by_lang[lang] = {name for name in by_lang[lang] if shared[name] == 1}
    return {code: {lang: sorted(by_lang[lang]) for lang in LANGS if by_lang[lang]}
            for code, by_lang in table.items()}


def main() -> None:
    data: dict[str, object] = dict(table_of(in_use()))
    # (the other dollars, under their own key: compared only where the source's dollar is
    # the US dollar, "US$ 2.7 billion" → «2,7 milliards de dollars canadiens»)
    data["_dollars"] = table_of(in_use(dollars=True))
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")


if __name__ == "__main__":
    main()
