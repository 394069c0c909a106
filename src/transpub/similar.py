"""The one door to rapidfuzz: the length of the longest common subsequence of two strings, in C.

difflib's ``SequenceMatcher.ratio`` (Ratcliff-Obershelp: 2·M / total, M the characters of its
matching blocks) is what the near-miss checks judge by, and what the accuracy corpora were
judged with. Its matching blocks appear in the same order in both strings, so they are a common
subsequence: M ≤ LCS, and ``2.0 * lcs_length(a, b) / total`` bounds its ratio from above with
the same float arithmetic (``difflib._calculate_ratio``). A window under that bound cannot be a
near miss; one over it is still judged by difflib, so no verdict changes. rapidfuzz computes
the LCS bit-parallel in C (~0.1 µs for a term-sized window) where difflib's own
``quick_ratio`` bound, a Python loop over a character count, took ~2.6 µs and was looser.
"""

from __future__ import annotations

from rapidfuzz.distance import LCSseq

#: ``lcs_length(a, b)``: how many characters the longest common subsequence of a and b holds.
lcs_length = LCSseq.similarity
