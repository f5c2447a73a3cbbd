"""Getting a process ready to score article after article: a batch, a server worker, the bench.

The first report a process makes loads every lexicon and compiles every pattern; ``warm_up``
pays that once, up front, so no user's request or timed article carries it. It then tunes the
cyclic garbage collector for what an analysis allocates:

- What is loaded goes to ``gc.freeze()``: tens of thousands of lexicon entries that live as
  long as the process, which the collector would otherwise walk again on every full
  collection. Freezing before a fork also keeps those pages shared between pre-forked workers
  (the use the Python documentation gives for it).
- The youngest generation is collected after ``YOUNG_THRESHOLD`` net allocations instead of
  CPython's 700. An analysis allocates many short-lived containers (tokens, spans, findings)
  that form no reference cycles, so reference counting frees every one of them and each young
  collection walks them for nothing: at 700, a few per article. Only cyclic garbage waits
  longer, and the pipeline makes none (tests/test_bench.py checks).

Measured over 800 PolNeAR reports: time inside the collector fell from about 6% of the
analysis (defaults) to 4% (frozen) and under 0.5% (frozen, raised threshold). The library
itself never touches the collector: only the programs that own their process (CLI, server,
bench) call this.
"""

from __future__ import annotations

import gc

# Written to pass through most of each stage's lexicons (a dateline, a direct quote, a possessive body, a
# poll, a numbered law, a temperature, a company by context, a source by "according to"): what is left to
# load inside the first report a user waits for is a rare rule's small table.
SAMPLE = ("WASHINGTON — The minister said the plan was a landmark. Critics called it costly, "
          "noting that 190 miles of road would close, U.S. officials told reporters. "
          "“We will not back down,” said Ana Ruiz, who leads the Women's March. "
          "A Gallup poll found 52% support for Section 230 as temperatures hit 95 degrees. "
          "Shares of Zentrix Holdings rose 4% on Tuesday, according to Reuters.")

YOUNG_THRESHOLD = 10_000


def warm_up() -> None:
    from .compare import compare
    from .pipeline import analyze

    report = analyze(SAMPLE)
    report.to_dict()
    compare([report, analyze(SAMPLE.replace("landmark", "costly mistake"))]).to_dict()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
