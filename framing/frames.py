"""Frames: how strongly an article draws on each frame of a documented scheme, with cue spans.

Two schemes, each a cue lexicon in ``lexicons/frames`` (see its README):

- the Media Frames Corpus dimensions (Boydstun et al. 2014 codebook; Card et al. 2015):
  economic, capacity and resources, morality, fairness and equality, legality, policy
  prescription, crime and punishment, security and defense, health and safety, quality of
  life, cultural identity, public opinion, political, external regulation and reputation;
- Semetko & Valkenburg's (2000) generic frames: conflict, responsibility, human interest,
  economic consequences, morality. They define each frame by yes/no questions; here every
  question is a set of cue patterns (some needing two cues in one sentence, e.g. a
  government word and an ability word), and a frame reports the questions its cues answer.

Cues are matched over the document's tokens in one pass (a dict lookup per token and per
stem length). A frame's ``score`` is the share of the article's sentences that carry at
least one of its cues: comparable across articles of different lengths, 0..1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat

from .document import Document, Span

SCHEMES = {
    "mfc": ("mfc.txt", "Media Frames Corpus (Boydstun et al. 2014)"),
    "semetko_valkenburg": ("semetko_valkenburg.txt", "Semetko & Valkenburg (2000)"),
}


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    score: float  # share of sentences with at least one cue of this frame, 0..1
    cues: list[Span]
    scheme: str = ""  # "mfc" or "semetko_valkenburg"
    label: str = ""
    cue_count: int = 0
    sentences: int = 0  # sentences carrying a cue
    per_100_words: float = 0.0  # cues per 100 words, a second length-robust density
    questions: list[str] = field(default_factory=list)  # Semetko & Valkenburg questions answered "yes"
    description: str = ""


# --- the lexicon -------------------------------------------------------------------------------

# A word pattern: (text, is_stem). A cue pattern: a tuple of word patterns, one per token.
Pattern = tuple[tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class _FrameInfo:
    name: str
    scheme: str
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class _Rule:
    """One cue line: alternatives per part; every part must occur in the sentence."""

    frame: int
    question: str | None
    parts: tuple[tuple[Pattern, ...], ...]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    frames: tuple[_FrameInfo, ...]
    rules: tuple[_Rule, ...]
    patterns: tuple[Pattern, ...]
    uses: tuple[tuple[tuple[int, int], ...], ...]  # pattern id -> (rule id, part index)
    exact: dict[str, tuple[int, ...]]  # first word -> pattern ids
    stems: dict[str, tuple[int, ...]]  # first-word stem -> pattern ids
    stem_lengths: tuple[int, ...]
    stem_prefixes: frozenset[str]  # every stem cut to the shortest stem's length: most words miss
    question_order: dict[str, int]  # question -> its position in the lexicon


def _pattern(alternative: str) -> Pattern:
    words = alternative.lower().split()
    return tuple((w[:-1], True) if w.endswith("*") and len(w) > 1 else (w, False) for w in words)


def _parse(scheme: str, text: str, frames: list[_FrameInfo], rules: list[_Rule]) -> None:
    question = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            name, _, label = line[1:].partition("]")
            frames.append(_FrameInfo(name.strip(), scheme, label.strip(), ""))
            question = None
        elif line.startswith(":"):
            info = frames[-1]
            frames[-1] = _FrameInfo(info.name, info.scheme, info.label, line[1:].strip())
        elif line.startswith("?"):
            question = line[1:].strip()
        else:
            parts = tuple(tuple(_pattern(alt) for alt in part.split(" | ") if alt.strip())
                          for part in line.split(" & "))
            rules.append(_Rule(len(frames) - 1, question, parts))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    frames: list[_FrameInfo] = []
    rules: list[_Rule] = []
    folder = resources.files("framing.lexicons").joinpath("frames")
    for scheme, (filename, _) in SCHEMES.items():
        _parse(scheme, folder.joinpath(filename).read_text("utf-8"), frames, rules)
    ids: dict[Pattern, int] = {}
    uses: list[list[tuple[int, int]]] = []
    for r, rule in enumerate(rules):
        for p, part in enumerate(rule.parts):
            for pattern in part:
                if pattern not in ids:
                    ids[pattern] = len(ids)
                    uses.append([])
                uses[ids[pattern]].append((r, p))
    exact: dict[str, list[int]] = {}
    stems: dict[str, list[int]] = {}
    for pattern, i in ids.items():
        word, is_stem = pattern[0]
        (stems if is_stem else exact).setdefault(word, []).append(i)
    return _Lexicon(
        frames=tuple(frames),
        rules=tuple(rules),
        patterns=tuple(ids),
        uses=tuple(tuple(u) for u in uses),
        exact={k: tuple(v) for k, v in exact.items()},
        stems={k: tuple(v) for k, v in stems.items()},
        stem_lengths=tuple(sorted({len(s) for s in stems})),
        stem_prefixes=frozenset(s[:min(map(len, stems), default=0)] for s in stems),
        question_order={q: i for i, q in enumerate(dict.fromkeys(r.question for r in rules if r.question))},
    )


def frame_names() -> list[tuple[str, str, str]]:
    """(name, scheme, label) of every frame, in lexicon order."""
    return [(f.name, f.scheme, f.label) for f in _lexicon().frames]


# --- matching ----------------------------------------------------------------------------------


def _fits(word: str, spec: tuple[str, bool]) -> bool:
    text, is_stem = spec
    return word.startswith(text) if is_stem else word == text


def _normal(token_text: str) -> str:
    return token_text.lower().replace("’", "'")


def _candidates(word: str) -> tuple[int, ...]:
    """Ids of the cue patterns whose first word fits ``word``."""
    lex = _lexicon()
    found = list(lex.exact.get(word, ()))
    if not lex.stem_lengths or word[:lex.stem_lengths[0]] not in lex.stem_prefixes:
        return tuple(found)
    for n in lex.stem_lengths:
        if n > len(word):
            break
        found.extend(lex.stems.get(word[:n], ()))
    return tuple(found)


class _Start:
    """What one word starts, worked out once per distinct word: one-word cues of one-part rules
    resolved to their frames and questions, the rest (longer patterns, conjunction parts) listed."""

    __slots__ = ("frames", "questions", "parts", "longer", "by_second")

    def __init__(self, pids: tuple[int, ...], lex: _Lexicon) -> None:
        frames: dict[int, None] = {}
        questions: dict[tuple[int, str], None] = {}
        parts: dict[tuple[int, int], None] = {}
        longer = []
        for pid in pids:
            if len(lex.patterns[pid]) > 1:
                longer.append(pid)
                continue
            for rule_id, part in lex.uses[pid]:
                rule = lex.rules[rule_id]
                if len(rule.parts) > 1:
                    parts[rule_id, part] = None
                    continue
                frames[rule.frame] = None
                if rule.question:
                    questions[rule.frame, rule.question] = None
        self.frames = tuple(frames)
        self.questions = tuple(questions)
        self.parts = tuple(parts)
        # Longer patterns whose second word is exact, by that word (most are: "white house");
        # the rest ("gun* control*"-style stems) are checked one by one.
        by_second: dict[str, list[int]] = {}
        for pid in longer:
            second, is_stem = lex.patterns[pid][1]
            if not is_stem:
                by_second.setdefault(second, []).append(pid)
        self.by_second = {w: tuple(ps) for w, ps in by_second.items()}
        self.longer = tuple(pid for pid in longer if lex.patterns[pid][1][1])


class _StartCache(dict):
    """Word -> :class:`_Start`, or None when no cue pattern starts with it; filled on first sight
    (words repeat within and across articles)."""

    def __missing__(self, word: str) -> _Start | None:
        if len(self) > _CACHE_MAX:
            self.clear()
        pids = _candidates(word)
        start = self[word] = _Start(pids, _lexicon()) if pids else None
        return start


_CACHE_MAX = 200_000
_starts = _StartCache()


def _words(doc: Document) -> list[str]:
    """Every token's text lower-cased, with ' for ’."""
    lowered = doc.lower_texts()
    if "’" not in doc.text:
        return lowered
    return list(map(str.replace, lowered, repeat("’"), repeat("'")))


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Longest first at each start; drop spans overlapping one already kept (one cue per word)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def frame_scores(doc: Document) -> list[Frame]:
    """Every frame whose cues occur, strongest first, with all cue spans.

    Boilerplate is already outside the sentences. Score = share of sentences with a cue.
    """
    lex = _lexicon()
    cues: dict[int, list[Span]] = {}
    cue_sentences: dict[int, set[int]] = {}
    questions: dict[int, set[str]] = {}

    def fire(rule: _Rule, spans: list[Span], index: int) -> None:
        cues.setdefault(rule.frame, []).extend(spans)
        cue_sentences.setdefault(rule.frame, set()).add(index)
        if rule.question:
            questions.setdefault(rule.frame, set()).add(rule.question)

    # One pass over the document's words; only words that can start a cue pattern are visited,
    # and a pattern never runs past its sentence's last token. Output order does not depend on
    # the visiting order: cues are sorted, sentences and questions are sets, frames are ranked.
    tokens = doc.tokens
    words = _words(doc)
    starts = list(map(_starts.__getitem__, words))
    conjunctions: dict[tuple[int, int], dict[int, list[Span]]] = {}  # (sentence, rule) -> part -> spans
    for i in compress(range(len(words)), starts):
        start = starts[i]
        token = tokens[i]
        index = token.sentence
        if start.frames:
            span = Span(token.start, token.end)
            for frame in start.frames:
                cues.setdefault(frame, []).append(span)
                cue_sentences.setdefault(frame, set()).add(index)
            for frame, question in start.questions:
                questions.setdefault(frame, set()).add(question)
        for rule_id, part in start.parts:
            conjunctions.setdefault((index, rule_id), {}).setdefault(part, []).append(
                Span(token.start, token.end))
        if (start.longer or start.by_second) and i + 1 < doc.sentences[index].last_token:
            limit = doc.sentences[index].last_token
            for pid in start.by_second.get(words[i + 1], ()) + start.longer:
                pattern = lex.patterns[pid]
                end = i + len(pattern)
                if end > limit or not all(_fits(words[i + k], pattern[k]) for k in range(1, len(pattern))):
                    continue
                span = Span(token.start, tokens[end - 1].end)
                for rule_id, part in lex.uses[pid]:
                    rule = lex.rules[rule_id]
                    if len(rule.parts) > 1:
                        conjunctions.setdefault((index, rule_id), {}).setdefault(part, []).append(span)
                    else:
                        fire(rule, [span], index)
    for (index, rule_id), parts in conjunctions.items():
        rule = lex.rules[rule_id]
        if len(parts) == len(rule.parts):  # every part of the conjunction in this sentence
            fire(rule, [span for spans in parts.values() for span in spans], index)
    n_sentences = max(len(doc.sentences), 1)
    n_words = max(doc.words, 1)  # tokens starting with a letter or digit
    found = []
    for frame_id, spans in cues.items():
        info = lex.frames[frame_id]
        kept = _without_overlaps(spans)
        found.append(Frame(
            name=info.name,
            score=len(cue_sentences[frame_id]) / n_sentences,
            cues=kept,
            scheme=info.scheme,
            label=info.label,
            cue_count=len(kept),
            sentences=len(cue_sentences[frame_id]),
            per_100_words=100.0 * len(kept) / n_words,
            questions=sorted(questions.get(frame_id, ()), key=lex.question_order.__getitem__),
            description=info.description,
        ))
    found.sort(key=lambda f: (-f.score, -f.cue_count, f.name))
    return found
