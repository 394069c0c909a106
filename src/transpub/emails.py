"""E-mail addresses in running text, as offices and translators write them.

One pattern for the importer (which makes each address an element not to translate) and the
checker (which finds the addresses a translation changed): "info@un.org"; with a full-width
at sign or dot, as Chinese and Japanese text may type them ("info＠un.org", "info@un。org");
and written against harvesters, as UNIS Vienna and other offices write theirs
("press.vienna[at]un.org", "david.dadge[@]upu.int", "info (at) un.org", "info[at]un[dot]org").
A domain ends in a name: "image003.gif@01D11649.2E61A570", an image's reference in a mail, is
none.
"""

from __future__ import annotations

import re

#: the at sign, in any of the forms above
AT = r"(?:[@＠﹫]|\s?[\[(]\s?(?:at|@)\s?[\])]\s?)"
#: the dot between a domain's labels
DOT = r"(?:[.．。]|\s?[\[(]dot[\])]\s?)"
#: an address (for a pattern to start it after a character no address holds: ``(?<![\w.+-])``)
EMAIL = r"[\w.+-]+" + AT + r"[\w-]+(?:" + DOT + r"[\w-]+)*" + DOT + r"[^\W\d_][\w-]*"
EMAIL_RE = re.compile(r"(?<![\w.+-])" + EMAIL)
AT_SIGN_RE = re.compile(AT)
#: an address written the plain way, which a ``mailto:`` link can hold as it is
_PLAIN_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def hides_at(address: str) -> bool:
    """Whether an address is written without a plain "@" ("press.vienna[at]un.org"): shown as
    written, and not made a ``mailto:`` link that would give it away. "david.dadge[@]upu.int"
    holds an "@" but is no address a link can take either."""
    return _PLAIN_RE.fullmatch(address) is None
