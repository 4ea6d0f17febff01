"""Generate a synthetic argmap project of a given size from the shipped corpus.

Sentences of the five seed articles are resampled into ``sources`` articles of about
``sentences_per_source`` sentences each (one paragraph per line), plus one long source of
``long_source`` sentences for the reader benchmark. A fifth of the sentences are annotated;
a sentence that carries a shipped claim keeps that claim's stance and questions, the others
get labels drawn from the shipped distribution. Annotation files are written with the
store's own renderer, so they are exactly what argmap writes.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import UTC, datetime
from pathlib import Path

from argmap import corpus, store
from argmap.anchoring import make_anchor
from argmap.model import AnnotationHeader, Claim, ProjectConfig, SourceMeta
from argmap.project import Project, claim_id

REPO = Path(__file__).resolve().parent.parent


def labelled_pool(repo: Path = REPO) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    """(sentence text, stance or None, questions, kind) for every seed sentence."""
    project = Project.open(repo, strict=False)
    pool = []
    for sid, doc in project.sources.items():
        by_sentence = {}
        for c in project.claims(source=sid):
            by_sentence.setdefault(c.sentence, c)
        for s in doc.sentences:
            c = by_sentence.get(s.id)
            pool.append(
                (
                    s.text,
                    c.stance if c else None,
                    c.questions if c else (),
                    c.kind if c else "claim",
                )
            )
    return pool


def generate(
    out: Path,
    sources: int = 1000,
    sentences_per_source: int = 108,
    long_source: int = 10_000,
    annotated_share: float = 0.2,
    seed: int = 0,
) -> dict[str, int]:
    """Write the synthetic project to ``out`` (replacing it) and return its counts."""
    rng = random.Random(seed)
    pool = labelled_pool()
    labelled = [p for p in pool if p[1] is not None]
    if not labelled:  # no shipped annotations yet: draw labels from the codebook
        cb = store.load_codebook(REPO / "annotations" / store.CODEBOOK_FILE)
        labelled = [("", s.id, (q.id,), "claim") for s in cb.stances for q in cb.questions]
    codebook = store.load_codebook(REPO / "annotations" / store.CODEBOOK_FILE)
    if out.exists():
        shutil.rmtree(out)
    config = ProjectConfig(name=f"synthetic {sources} sources")
    (out / config.sources_dir).mkdir(parents=True)
    store.write_model(out / store.CONFIG_FILE, config)
    store.write_model(out / config.annotations_dir / store.CODEBOOK_FILE, codebook)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    n_sentences = n_claims = 0
    for i in range(sources):
        sid = f"s{i:05d}"
        count = long_source if i == 0 else sentences_per_source
        picks = [rng.choice(pool) for _ in range(count)]
        paragraphs = [" ".join(p[0] for p in picks[j : j + 5]) for j in range(0, len(picks), 5)]
        text = f"Synthetic article {i}\n\n" + "\n\n".join(paragraphs) + "\n"
        (out / config.sources_dir / f"{sid}.txt").write_text(text, encoding="utf-8")
        meta = SourceMeta(id=sid, file=f"{sid}.txt", title=f"Synthetic article {i}")
        store.write_model(out / config.sources_dir / f"{sid}{store.META_SUFFIX}", meta)
        spans = corpus.segment(text)
        n_sentences += len(spans)
        claims = []
        for start, end in spans[1:]:
            if rng.random() >= annotated_share:
                continue
            _, stance, questions, kind = rng.choice(labelled)
            claims.append(
                Claim(
                    id=claim_id(sid, start, end, "bench"),
                    source=sid,
                    anchor=make_anchor(text, start, end),
                    stance=stance,
                    questions=questions,
                    kind=kind,
                    annotator="bench",
                    created=now,
                    modified=now,
                )
            )
        header = AnnotationHeader(source=sid, source_sha256=corpus.text_sha256(text))
        path = out / config.annotations_dir / f"{sid}{store.ANNOTATION_SUFFIX}"
        path.write_text(store.render_annotations(header, claims), encoding="utf-8")
        n_claims += len(claims)
    counts = {"sources": sources, "sentences": n_sentences, "claims": n_claims}
    (out / "bench-counts.json").write_text(json.dumps(counts) + "\n")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--per-source", type=int, default=108)
    parser.add_argument("--long-source", type=int, default=10_000)
    args = parser.parse_args()
    print(json.dumps(generate(args.out, args.sources, args.per_source, args.long_source)))


if __name__ == "__main__":
    main()
