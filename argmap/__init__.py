"""argmap: argument mapping and stance comparison for policy debates."""

__version__ = "0.1.0"
