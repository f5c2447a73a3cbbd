"""Whether a text reads as English prose: every lexicon and rule of the analysis is English-only.

A report on a Spanish or German article would hold tones, actors and quotes that mean nothing,
with no sign of it. English prose is full of function words ("the", "of", "and", "said"): in
1,800 English news and opinion articles (PolNeAR, SemEval-2023) they were never under a fifth
of the words (median 0.44), while in Spanish, French, German, Italian and Dutch news sentences
they make up under a tenth (the odd "a", "die", "no"). So the share says "not English" cheaply,
without a language model; a warning, not a refusal, since a mostly English text may quote other
languages and a list of names or figures is no prose either.
"""

from __future__ import annotations

from .document import Document
from .wording import stopwords

ENGLISH_MIN_SHARE = 0.12  # function words' share of the words: English news 0.21-0.58, others <= 0.10
MIN_WORDS = 30  # fewer words than this tell too little


def english_share(doc: Document) -> float | None:
    """The share of the document's words that are English function words; None for a short text."""
    if doc.words < MIN_WORDS:
        return None
    return sum(map(stopwords().__contains__, doc.lower_texts())) / doc.words


def warnings(doc: Document) -> list[str]:
    """What a reader of the report should know before trusting it (empty for an ordinary English article)."""
    share = english_share(doc)
    if share is not None and share < ENGLISH_MIN_SHARE:
        return [f"the text does not read as English prose (only {share:.0%} of its words are English "
                f"function words such as 'the' and 'of'; English news has 20% or more): every analysis here "
                f"is English-only, so its figures may mean nothing"]
    return []
