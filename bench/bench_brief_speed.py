"""Brief speed: time to brief a story of N articles after extraction (embeddings cold and stored).

    python bench/bench_brief_speed.py [--articles 20] [--repeat 3]

Articles are synthetic (made here from a template with varied figures and sentence order), so no
outside text is needed. Extraction runs first and is timed separately; the brief is then timed with
the sentence embeddings computed (cold) and again with them read back from the store (warm). The
baseline in the same run is LexRank (sumy) over the same sentences, the cheapest known summariser.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

TEMPLATE = [
    "The regional council of {city} approved a budget of {n} million euros on {day} after a long debate.",
    "Mayor {mayor} said the plan would add {k} teachers to the city's schools next year.",
    '"We have done what the voters asked of us," {mayor} told reporters outside the council chamber.',
    "Opposition leader {opp} called the vote rushed and said the figures did not add up.",
    "The budget also funds {m} new buses and repairs to the {river} bridge, officials said.",
    "Unions welcomed the teacher hires but warned that salaries had not kept pace with prices.",
    "The council will meet again in {month} to review spending on housing and transport.",
    "Critics said the {river} bridge repairs had been delayed for {y} years.",
]


REPORTERS = ["Ida Brun", "Karl Moen", "Lea Sand", "Omar Haddi", "Rui Costa"]


def make_articles(n: int, seed: int) -> list[object]:
    from storyline.models import Article, TextMap, content_hash

    rng = random.Random(seed)
    out = []
    for i in range(n):
        values = {
            "city": "Lorwick", "n": rng.choice([410, 412, 415]), "day": rng.choice(["Monday", "Tuesday"]),
            "mayor": "Ana Petrov", "k": rng.choice([40, 45]), "opp": "Tom Reyes", "m": rng.randint(10, 14),
            "river": "Eske", "month": "March", "y": rng.choice([3, 4]),
        }  # fmt: skip
        # Every sentence of every article is distinct (a per-article detail), so no embedding is shared.
        sents = [
            s.format(**values)[:-1] + f" ({REPORTERS[i % len(REPORTERS)]}, item {i}-{k})."
            for k, s in enumerate(TEMPLATE)
        ]
        rng.shuffle(sents)
        title = f"Lorwick council passes budget ({i})"
        body = " ".join(sents[: rng.randint(5, len(sents))])
        original = title + "\n\n" + body
        out.append(
            Article(
                id=f"bench{i:03d}", source=f"bench{i}.txt", original=original, text=body,
                textmap=TextMap.from_pieces([(len(title) + 2, len(original))]), title=title,
                title_span=(0, len(title)), outlet=f"Outlet {i}", content_hash=content_hash(original),
            )
        )  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from storyline.nlp import load_embedder
    from storyline.pipeline import brief_articles, extract
    from storyline.store import Store

    articles = make_articles(args.articles, 7)
    load_embedder()
    t0 = time.perf_counter()
    extracted = extract(articles)  # type: ignore[arg-type]
    t_extract = time.perf_counter() - t0
    cold, warm = [], []
    for r in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
            for a in articles:
                store.add_article(a)  # type: ignore[arg-type]
            for bucket in (cold, warm):
                t0 = time.perf_counter()
                brief_articles(articles, story=f"r{r}", store=store, extracted=extracted)  # type: ignore[arg-type]
                bucket.append(time.perf_counter() - t0)
    t_lex = lexrank_seconds(articles)
    words = sum(len(a.text.split()) for a in articles)  # type: ignore[attr-defined]
    print(f"brief speed: {args.articles} articles, {words} words, median of {args.repeat} runs, 2-core machine")
    print("| step | seconds |")
    print("|---|---|")
    print(f"| extraction (not part of the brief) | {t_extract:.2f} |")
    print(f"| brief, embeddings computed (cold) | {statistics.median(cold):.2f} |")
    print(f"| brief, embeddings read from the store (warm) | {statistics.median(warm):.2f} |")
    print(f"| baseline: LexRank (sumy) summary only | {t_lex:.2f} |")
    print("target: < 2 s after extraction")


def lexrank_seconds(articles: list[object]) -> float:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    class Tok:
        language = "english"

        def to_sentences(self, p: str) -> list[str]:
            return [s.strip() + "." for s in p.split(". ") if s.strip()]

        def to_words(self, s: str) -> list[str]:
            return s.split()

    doc = "\n\n".join(a.text for a in articles)  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    parser = PlaintextParser.from_string(doc, Tok())
    LexRankSummarizer(Stemmer("english"))(parser.document, 5)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
