"""Every ``argmap`` subcommand, one module per command group.

Each module exposes ``register(subparsers)`` that adds its subparsers with
``set_defaults(func=...)``; :mod:`argmap.cli` imports them (in the order of
``argmap.cli.COMMAND_MODULES``, then any other module by name) and only assembles the
parser. A module's top level imports only :mod:`argparse`, :mod:`argmap.cliutil` and
:mod:`argmap.errors`: the project, pydantic models, rich, scikit-learn, nltk and textual
are imported inside the handlers, so that ``argmap --help`` and usage errors stay fast.
"""
