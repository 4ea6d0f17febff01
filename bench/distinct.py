"""Generate a synthetic argmap project of distinct text, as a user's corpus would be.

The shipped seed articles train an order-2 word Markov chain; every source is written
sentence by sentence from that chain, and a sentence that was already written (or is a
seed sentence) is drawn again, so nearly every sentence of the project is distinct and no
per-text cache of argmap can hit by accident. About a fifth of the sentences are annotated
with stance, questions and kind drawn from the shipped claims' distribution; about half of
the claims support or attack an earlier claim (a few across sources). One source is long
(``long_source`` sentences) for the reader benchmark.

Files are written with the store's own renderer, so they are exactly what argmap writes.
The project is cached: ``ensure`` regenerates it only when its parameters or this
generator's version change.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argmap import corpus, store
from argmap.anchoring import make_anchor
from argmap.model import AnnotationHeader, Claim, ProjectConfig, Relation, SourceMeta
from argmap.project import Project, claim_id

REPO = Path(__file__).resolve().parent.parent
GENERATOR_VERSION = 1
END = "\0"  # end-of-sentence marker in the chain


class MarkovChain:
    """An order-2 word chain: (w1, w2) -> the words that followed that pair in the seeds."""

    def __init__(self, sentences: list[str]) -> None:
        self.next: dict[tuple[str, str], list[str]] = {}
        self.starts: list[tuple[str, str]] = []
        for text in sentences:
            words = text.split()
            if len(words) < 3:
                continue
            self.starts.append((words[0], words[1]))
            for a, b, c in zip(words, words[1:], [*words[2:], END], strict=False):
                self.next.setdefault((a, b), []).append(c)

    def sentence(self, rng: random.Random, min_words: int = 6, max_words: int = 40) -> str:
        """One sentence: a seed sentence's first two words, then the chain until it ends."""
        a, b = rng.choice(self.starts)
        words = [a, b]
        while len(words) < max_words:
            c = rng.choice(self.next.get((a, b), [END]))
            if c == END:
                if len(words) >= min_words:
                    break
                # Too short to stop: jump to any pair that goes on.
                a, b = rng.choice(self.starts)
                continue
            words.append(c)
            a, b = b, c
        text = " ".join(words)
        return text if text[-1] in ".?!" else text.rstrip(",;:") + "."


def seed_material(repo: Path = REPO) -> tuple[list[str], list[Claim]]:
    """The shipped sentences and claims."""
    project = Project.open(repo, strict=False)
    sentences = [s.text for doc in project.sources.values() for s in doc.sentences]
    return sentences, list(project.claim_index.values())


def generate(
    out: Path,
    sources: int = 1000,
    sentences_per_source: int = 100,
    long_source: int = 10_000,
    annotated_share: float = 0.2,
    related_share: float = 0.5,
    seed: int = 0,
) -> dict[str, int]:
    """Write the distinct-text project to ``out`` (replacing it) and return its counts."""
    rng = random.Random(seed)
    seed_sentences, seed_claims = seed_material()
    chain = MarkovChain(seed_sentences)
    seen = set(seed_sentences)
    labels = [(c.stance, c.questions, c.kind) for c in seed_claims] or [
        ("support", ("q1",), "claim")
    ]
    codebook = store.load_codebook(REPO / "annotations" / store.CODEBOOK_FILE)
    if out.exists():
        shutil.rmtree(out)
    config = ProjectConfig(name=f"distinct text, {sources} sources")
    (out / config.sources_dir).mkdir(parents=True)
    store.write_model(out / store.CONFIG_FILE, config)
    store.write_model(out / config.annotations_dir / store.CODEBOOK_FILE, codebook)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    n_sentences = n_claims = n_relations = repeats = 0
    earlier: list[str] = []  # claim ids of earlier sources, for cross-source relations
    for i in range(sources):
        sid = f"s{i:05d}"
        count = long_source if i == 0 else sentences_per_source
        written = []
        for _ in range(count):
            for _attempt in range(20):
                sentence = chain.sentence(rng)
                if sentence not in seen:
                    break
            else:
                repeats += 1
            seen.add(sentence)
            written.append(sentence)
        title = f"Article {i}: " + " ".join(written[0].split()[:8]).rstrip(".,;:")
        paragraphs, j = [], 0
        while j < len(written):
            step = rng.randint(3, 7)
            paragraphs.append(" ".join(written[j : j + step]))
            j += step
        text = f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
        (out / config.sources_dir / f"{sid}.txt").write_text(text, encoding="utf-8")
        meta = SourceMeta(
            id=sid,
            file=f"{sid}.txt",
            title=title,
            author=f"Author {i % 97}",
            outlet=f"Outlet {i % 13}",
            date=(base - timedelta(days=i)).date().isoformat(),
        )
        store.write_model(out / config.sources_dir / f"{sid}{store.META_SUFFIX}", meta)
        spans = corpus.segment(text)
        n_sentences += len(spans)
        claims: list[Claim] = []
        when = base + timedelta(minutes=i)
        for index, (start, end) in enumerate(spans):
            if index == 0 or rng.random() >= annotated_share:
                continue
            stance, questions, kind = rng.choice(labels)
            relations: tuple[Relation, ...] = ()
            if claims and rng.random() < related_share:
                pool = earlier if earlier and rng.random() < 0.05 else [c.id for c in claims]
                relations = (
                    Relation(type=rng.choice(("supports", "attacks")), target=rng.choice(pool)),
                )
            claims.append(
                Claim(
                    id=claim_id(sid, start, end, "alice"),
                    source=sid,
                    anchor=make_anchor(text, start, end),
                    sentence=corpus.sentence_id(index),
                    stance=stance,
                    questions=questions,
                    kind=kind,
                    relations=relations,
                    annotator="alice",
                    created=when,
                    modified=when,
                )
            )
            n_relations += len(relations)
        header = AnnotationHeader(source=sid, source_sha256=corpus.text_sha256(text))
        path = out / config.annotations_dir / f"{sid}{store.ANNOTATION_SUFFIX}"
        path.write_text(store.render_annotations(header, claims), encoding="utf-8")
        n_claims += len(claims)
        earlier.extend(rng.sample([c.id for c in claims], min(3, len(claims))))
    counts = {
        "sources": sources,
        "sentences": n_sentences,
        "claims": n_claims,
        "relations": n_relations,
        "distinct_sentences": len(seen) - len(set(seed_sentences)),
        "generated_sentences": len(seen) - len(set(seed_sentences)) + repeats,
    }
    (out / "bench-counts.json").write_text(
        json.dumps({**counts, "params": _params(sources, sentences_per_source, long_source)}) + "\n"
    )
    return counts


def _params(sources: int, per_source: int, long_source: int) -> dict[str, int]:
    return {
        "version": GENERATOR_VERSION,
        "sources": sources,
        "per_source": per_source,
        "long_source": long_source,
    }


def ensure(out: Path, sources: int, per_source: int = 100, long_source: int = 10_000) -> dict:
    """The counts of the project at ``out``, generating it first unless already there."""
    counts_file = out / "bench-counts.json"
    try:
        counts = json.loads(counts_file.read_text())
        if counts.get("params") == _params(sources, per_source, long_source):
            return counts
    except (OSError, ValueError):
        pass
    generate(out, sources, per_source, long_source)
    return json.loads(counts_file.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--per-source", type=int, default=100)
    parser.add_argument("--long-source", type=int, default=10_000)
    args = parser.parse_args()
    print(json.dumps(generate(args.out, args.sources, args.per_source, args.long_source)))


if __name__ == "__main__":
    main()
