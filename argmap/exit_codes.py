"""The exit codes of the ``argmap`` command, in one place (documented in ``argmap --help``).

- ``OK`` (0): the command did what was asked.
- ``ERROR`` (1): it could not, or only in part: a damaged or unreadable file (named on
  stderr), a file that cannot be written, a failed check (``validate``). A command that
  fails this way changes no file, except where its help says it saves what it can
  (``reanchor``).
- ``USAGE`` (2): the command line was wrong: an unknown option, command, id, stance,
  question or annotator, or options that do not go together. Nothing was changed.
- ``INTERRUPTED`` (130): stopped with Ctrl-C.
"""

from __future__ import annotations

OK = 0
ERROR = 1
USAGE = 2
INTERRUPTED = 130

HELP_EPILOG = (
    "exit codes: 0 ok; 1 error (a damaged or unwritable file, named on stderr; "
    "a failed check); 2 usage (unknown option, id, stance, question or annotator). "
    "A command that fails changes no file."
)
"""One line for ``argmap --help``."""
