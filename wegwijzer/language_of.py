"""Tell which of the site's languages a text is written in, from its script
and its most common words. Used to check that a page really is in the
language its folder claims (not trusting the file name)."""

from __future__ import annotations

import re
from collections import Counter

# Letters only one language of the ten uses.
_SCRIPT_HINTS = {
    "fa": "پچژگ",  # Persian letters Arabic lacks (ک and ی look like Arabic forms, so not here)
    "uk": "іїєґ",
    "ru": "ыэъё",
}

# Very common short words, the ones no text of the language can avoid.
_COMMON_WORDS = {
    "nl": "de het een en van je is in niet dat op te met voor of zijn wat ook bij naar",
    "en": "the and you to of a is in for your that are or can with not this on be",
    "fr": "le la les et de des un une vous est en pour que qui pas ou dans sur avec",
    "es": "el la los las y de que en un una es por para con no se su puede",
    "tr": "ve bir bu için ile de da değil olarak veya gibi size sizin çok daha ne",
}


def language_of(text: str) -> str | None:
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 40:
        return None
    scripts = Counter()
    for ch in letters:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFEFF:
            scripts["arabic"] += 1
        elif 0x0400 <= code <= 0x04FF:
            scripts["cyrillic"] += 1
        elif 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF:
            scripts["georgian"] += 1
        else:
            scripts["latin"] += 1
    script = scripts.most_common(1)[0][0]
    if script == "georgian":
        return "ka"
    if script == "arabic":
        return "fa" if sum(text.count(c) for c in _SCRIPT_HINTS["fa"]) > 3 else "ar"
    if script == "cyrillic":
        uk = sum(text.count(c) for c in _SCRIPT_HINTS["uk"])
        ru = sum(text.count(c) for c in _SCRIPT_HINTS["ru"])
        return "uk" if uk > ru else "ru"
    words = Counter(re.findall(r"[a-zçğıöşüéèêàâîôûñáíóú']+", text.lower()))
    scores = {
        code: sum(words[w] for w in common.split()) for code, common in _COMMON_WORDS.items()
    }
    return max(scores, key=scores.get)
