"""Subcommands contributed by feature modules.

Each module here exposes ``register(subparsers)`` that adds its subparsers with
``set_defaults(func=...)``; :mod:`argmap.cli` discovers them in name order. Modules must
import heavy libraries (scikit-learn, nltk, textual) inside their functions, not at the top.
"""
