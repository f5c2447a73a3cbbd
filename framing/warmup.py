"""Getting a process ready to score article after article: a batch, a server worker, the bench.

The first report a process makes loads every lexicon and compiles every pattern; ``warm_up``
pays that once, up front, so no user's request or timed article carries it. It then hands what
is loaded to ``gc.freeze()``: tens of thousands of lexicon entries that live as long as the
process, which the cyclic garbage collector would otherwise walk again on every full
collection. Freezing before a fork also keeps those pages shared between pre-forked workers
(the use the Python documentation gives for it). The library itself never touches the
collector: only the programs that own their process (CLI, server, bench) call this.
"""

from __future__ import annotations

import gc

SAMPLE = ("The minister said the plan was a landmark. Critics called it costly, "
          "noting that 190 miles of road would close, U.S. officials told reporters.")


def warm_up() -> None:
    from .pipeline import analyze

    analyze(SAMPLE).to_dict()
    gc.collect()
    gc.freeze()
