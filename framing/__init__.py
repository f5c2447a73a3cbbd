"""framing: how a news article frames a story, with every finding pointing into the text.

    >>> import framing
    >>> report = framing.analyze(text, source="Le Monde")
    >>> report.to_dict()["tone"]["label"]
    >>> framing.compare([text_a, text_b])
"""

from .compare import Comparison, compare
from .errors import FramingError, InputError
from .pipeline import analyze
from .report import Report

__all__ = ["analyze", "compare", "Comparison", "Report", "FramingError", "InputError"]
__version__ = "0.1.0"
