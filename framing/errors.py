"""One exception family: the API maps it to 4xx, the command line to a message and exit 1."""


class FramingError(Exception):
    """Base for every error a caller can act on."""


class InputError(FramingError, ValueError):
    """The text (or HTML, or file) cannot be analysed as given; the message says why."""
