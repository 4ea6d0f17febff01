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
   the shift towards the stances the project's suggestions under-call;
6. ``suggestions`` (what users get, ``argmap suggest``) and ``evaluation`` (how good it
   is, ``argmap evaluate``).

Nothing is stored: models are rebuilt from the annotations (and cached in-process by a hash
of them). scikit-learn is imported on first use so that ``import argmap.suggest`` stays light.
"""

from __future__ import annotations

from argmap.suggest.data import Context, Example, contexts, examples, sentence_claims
from argmap.suggest.evaluation import (
    EvaluationReport,
    MultiScores,
    Scores,
    evaluate,
    evaluate_articles,
    loso_folds,
    pattern_scores,
)
from argmap.suggest.features import build_lexicon, matched_cues
from argmap.suggest.models import (
    _CACHE,
    MODEL_NAME,
    Models,
    Prediction,
    predict,
    train,
    training_key,
)
from argmap.suggest.patterns import InvalidPattern, pattern_regex, with_pattern, without_pattern
from argmap.suggest.suggestions import (
    MIN_UNITS,
    MODEL_ANNOTATOR,
    NotEnoughData,
    Suggestion,
    accept,
    drop_rejected,
    least_certain,
    models_for,
    preannotate,
    rejected_by,
    said_argues,
    suggest_all,
    suggest_source,
    uncertainty,
)
from argmap.suggest.text import normalise

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
    "with_pattern",
    "without_pattern",
]
