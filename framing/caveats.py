"""What a reader should know before trusting a report: the text is not English, or not decoded right.

Whether a text reads as English prose: every lexicon and rule of the analysis is English-only. A
report on a Spanish or German article would hold tones, actors and quotes that mean nothing, with
no sign of it. English prose is full of function words ("the", "of", "and", "said"): in
1,800 English news and opinion articles (PolNeAR, SemEval-2023) they were never under a fifth
of the words (median 0.44), while in Spanish, French, German, Italian and Dutch news sentences
they make up under a tenth (the odd "a", "die", "no"). So the share says "not English" cheaply,
without a language model; a warning, not a refusal, since a mostly English text may quote other
languages and a list of names or figures is no prose either.
"""

from __future__ import annotations

import re

from .document import Document
from .wording import stopwords

ENGLISH_MIN_SHARE = 0.12  # function words' share of the words: English news 0.21-0.58, others <= 0.10
MIN_WORDS = 30  # fewer words than this tell too little


def english_share(doc: Document) -> float | None:
    """The share of the document's words that are English function words; None for a short text."""
    if doc.words < MIN_WORDS:
        return None
    return sum(map(stopwords().__contains__, doc.lower_texts())) / doc.words


# UTF-8 read as Latin-1 or Windows-1252 ("mojibake"): a curly apostrophe becomes "â€™" or "â\x80\x99",
# an "é" becomes "Ã©". Quotation marks and "n't" are then no longer seen, so quotes and negations go
# missing. Two such sequences are never chance in English (0 of 879 SemEval articles, 2 of 924 PolNeAR
# articles, both mis-decoded; 183 of PerSenT's 578 dev documents). The text itself is reported as sent.
_MOJIBAKE = re.compile("â\x80[\x90-\x9f¦]|â€[™œ\x9d“”˜¦–—]|Ã[\xa0-\xbf]")
MOJIBAKE_MIN = 2


# A sentence of prose ends with a stop, a question or an exclamation (a closing quote or bracket after it).
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = "\"'”’»)]"


PROSE_MIN_WORDS = 8  # a line this long reads as a sentence even without its stop (a pasted paragraph)


def _holds_prose(doc: Document) -> bool:
    """Whether any scored sentence ends as a sentence does ("... on Monday.") or is long enough to be one: a
    site's menu ("Home", "News", "Sport") or a bare heading has none, so its report is no article's."""
    text, tokens = doc.text, doc.tokens
    return any(text[s.start:s.end].rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_END
               or sum(t.is_word for t in tokens[s.first_token:s.last_token]) >= PROSE_MIN_WORDS
               for s in doc.sentences)


def warnings(doc: Document) -> list[str]:
    """What a reader of the report should know before trusting it (empty for an ordinary English article)."""
    found = []
    if not doc.sentences and doc.excluded:
        found.append("every line of the text is boilerplate (menus, sign-up or cookie prompts, credits: see "
                     "meta.excluded), left out of every score: there is no article here to analyse; from a web "
                     "page, send the article's own page or its text")
    elif not _holds_prose(doc):
        found.append(f"the text holds no sentence, only {doc.words} word{'s' * (doc.words != 1)} on short lines "
                     "with no full stop (headings, or a site's menu): there is no article here to analyse; a web "
                     "page that loads its article by script gives only its menu: save the page once the article "
                     "shows, or send its text")
    share = english_share(doc)
    if share is not None and share < ENGLISH_MIN_SHARE:
        found.append(f"the text does not read as English prose (only {share:.0%} of its words are English "
                     f"function words such as 'the' and 'of'; English news has 20% or more): every analysis here "
                     f"is English-only, so its figures may mean nothing")
    text = doc.text
    # (the two lead characters looked for first, in C: most texts hold neither, and a pattern opening with
    # a choice of characters is tried at every position)
    garbled = _MOJIBAKE.findall(text) if "â" in text or "Ã" in text else []
    if len(garbled) >= MOJIBAKE_MIN:
        found.append(f"the text holds {len(garbled)} characters decoded with the wrong encoding (such as "
                     f"{garbled[0]!r} for a curly quotation mark or an accented letter): quotes and negations "
                     f"there go unseen; decode the source as UTF-8 and send it again")
    return found
