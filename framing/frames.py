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


@lru_cache(maxsize=65536)
def _candidates(word: str) -> tuple[int, ...]:
    """Ids of the cue patterns whose first word fits ``word`` (cached: words repeat)."""
    lex = _lexicon()
    found = list(lex.exact.get(word, ()))
    for n in lex.stem_lengths:
        if n > len(word):
            break
        found.extend(lex.stems.get(word[:n], ()))
    return tuple(found)


def _matches(words: list[str], lex: _Lexicon):
    """(pattern id, first token, end token) of every cue pattern in one sentence's words."""
    for i, word in enumerate(words):
        for pid in _candidates(word):
            pattern = lex.patterns[pid]
            end = i + len(pattern)
            if end <= len(words) and all(_fits(words[i + k], pattern[k]) for k in range(1, len(pattern))):
                yield pid, i, end


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
    n_words = 0
    lowered = _normal(doc.text)
    if len(lowered) != len(doc.text):  # a few characters lower-case to two ("İ"): go token by token
        lowered = None
    for index in range(len(doc.sentences)):
        tokens = doc.sentence_tokens(index)
        words = [lowered[t.start:t.end] for t in tokens] if lowered else [_normal(t.text) for t in tokens]
        n_words += sum(1 for w in words if w[0].isalnum())
        hits: dict[int, dict[int, list[Span]]] = {}
        for pid, first, end in _matches(words, lex):
            span = Span(tokens[first].start, tokens[end - 1].end)
            for rule_id, part in lex.uses[pid]:
                hits.setdefault(rule_id, {}).setdefault(part, []).append(span)
        for rule_id, parts in hits.items():
            rule = lex.rules[rule_id]
            if len(parts) < len(rule.parts):
                continue  # a conjunction with a part missing in this sentence
            spans = cues.setdefault(rule.frame, [])
            for part_spans in parts.values():
                spans.extend(part_spans)
            cue_sentences.setdefault(rule.frame, set()).add(index)
            if rule.question:
                questions.setdefault(rule.frame, set()).add(rule.question)
    n_sentences = max(len(doc.sentences), 1)
    words = max(n_words, 1)
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
            per_100_words=100.0 * len(kept) / words,
            questions=sorted(questions.get(frame_id, ()), key=lex.question_order.__getitem__),
            description=info.description,
        ))
    found.sort(key=lambda f: (-f.score, -f.cue_count, f.name))
    return found
