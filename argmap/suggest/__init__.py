"""Suggestions learnt from the project's own annotations, and their evaluation.

Read the modules in this order; each uses only the ones before it:

1. ``text``: one spelling and style for every sentence (``normalise``);
2. ``patterns``: the codebook's phrase patterns, their syntax and the "While X, Y" split;
3. ``data``: sentences in their context (neighbours, paragraph, layout) and their labels;
4. ``features``: a sentence in context as a row of numbers (TF-IDF, codebook, furniture,
   context);
5. ``models``: the claim, stance, kind and question classifiers, fitted and predicting;
   ``sequence``: each source read as a whole (its stance mix) and in order (section
   headings, neighbouring sentences); ``decision``: on a source whose side is not said,
   the shift towards the stances the project's suggestions under-call; ``align``: whether a
   sentence carries its writer's own line or reports another side (a model trained across
   the tuning debates and shipped), which ``sequence`` reads next; ``pairs``: whether a
   sentence argues the stance of an annotated unit of its source (shipped likewise), which
   ``sequence`` reads last, where units are annotated;
6. ``suggestions`` (what users get, ``argmap suggest``) and ``evaluation`` (how good it
   is, ``argmap evaluate``).

Models are rebuilt from the annotations (and cached in-process by a hash of them); what
reading each sentence finds (normalised text, pattern hits, shape, voices) is kept per source
in the project's ``.argmap-cache/reading-v1/`` for the next run (``readcache``). scikit-learn is imported on first use so that ``import argmap.suggest`` stays light,
and ``scipy.stats``, which scikit-learn imports but the models never use, only if something
uses it (``deferred``).
"""

from __future__ import annotations

import importlib
from typing import Any

from argmap.suggest.deferred import defer_scipy_stats

defer_scipy_stats()

#: Where each public name lives (its module, imported on first use by ``__getattr__``), so
#: that a command needing one small module (``argmap patterns add``: ``patterns``) does
#: not import the features, models and evaluation as well.
_WHERE: dict[str, str] = {
    "Context": "data",
    "Example": "data",
    "contexts": "data",
    "examples": "data",
    "sentence_claims": "data",
    "EvaluationReport": "evaluation",
    "MultiScores": "evaluation",
    "Scores": "evaluation",
    "evaluate": "evaluation",
    "evaluate_articles": "evaluation",
    "loso_folds": "evaluation",
    "pattern_scores": "evaluation",
    "build_lexicon": "features",
    "matched_cues": "features",
    "_CACHE": "models",
    "MODEL_NAME": "models",
    "Models": "models",
    "Prediction": "models",
    "predict": "models",
    "train": "models",
    "training_key": "models",
    "InvalidPattern": "patterns",
    "pattern_regex": "patterns",
    "with_pattern": "patterns",
    "without_pattern": "patterns",
    "MIN_UNITS": "suggestions",
    "MODEL_ANNOTATOR": "suggestions",
    "NotEnoughData": "suggestions",
    "Suggestion": "suggestions",
    "accept": "suggestions",
    "drop_rejected": "suggestions",
    "has_units": "suggestions",
    "least_certain": "suggestions",
    "models_for": "suggestions",
    "preannotate": "suggestions",
    "rejected_by": "suggestions",
    "said_argues": "suggestions",
    "suggest_all": "suggestions",
    "suggest_source": "suggestions",
    "uncertainty": "suggestions",
    "unrefit_models": "suggestions",
    "normalise": "text",
}


def __getattr__(name: str) -> Any:
    """A public name, its module imported on first use (then kept as a global)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


__all__ = [
    "MIN_UNITS",
    "MODEL_ANNOTATOR",
    "MODEL_NAME",
    "_CACHE",
    "Context",
    "EvaluationReport",
    "Example",
    "InvalidPattern",
    "Models",
    "MultiScores",
    "NotEnoughData",
    "Prediction",
    "Scores",
    "Suggestion",
    "accept",
    "build_lexicon",
    "contexts",
    "drop_rejected",
    "evaluate",
    "evaluate_articles",
    "examples",
    "has_units",
    "least_certain",
    "loso_folds",
    "matched_cues",
    "models_for",
    "normalise",
    "pattern_regex",
    "pattern_scores",
    "preannotate",
    "predict",
    "rejected_by",
    "said_argues",
    "sentence_claims",
    "suggest_all",
    "suggest_source",
    "train",
    "training_key",
    "uncertainty",
    "unrefit_models",
    "with_pattern",
    "without_pattern",
]
