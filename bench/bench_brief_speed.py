"""Brief speed: time to brief a story of N articles after extraction, the first time and the second time.

    python bench/bench_brief_speed.py [--articles 20 100] [--repeat 3]

Articles are synthetic (made here from a template with varied figures and sentence order), so no
outside text is needed. Extraction runs first and is timed separately. Then, for each story size, on a
fresh store: the first brief (sentence embeddings and parses computed, then stored); the second brief in
the same process (in-memory caches warm); and the second brief as a new process makes it (`storyline
brief ID` run again, a server restarted): the in-memory caches of alignment emptied, so it reads what the
first brief stored. The baseline in the same run is LexRank (sumy) over the same sentences, the cheapest
known summariser.
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
    ap.add_argument("--articles", type=int, nargs="+", default=[20, 100])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from storyline.nlp import load_embedder

    load_embedder()
    print(f"brief speed: median of {args.repeat} runs, 2-core machine")
    print("| step | " + " | ".join(f"{n} articles" for n in args.articles) + " |")
    print("|---|" + "---|" * len(args.articles))
    rows: dict[str, list[str]] = {}
    for n in args.articles:
        for step, seconds in one_size(n, args.repeat).items():
            rows.setdefault(step, []).append(f"{seconds:.0f}" if step == "words" else f"{seconds:.2f}")
    for step, cells in rows.items():
        print(f"| {step} | " + " | ".join(cells) + " |")
    print("target: < 2 s after extraction (20 articles)")


def one_size(n: int, repeat: int) -> dict[str, float]:
    from storyline.pipeline import brief_articles, extract
    from storyline.store import Store

    articles = make_articles(n, 7)
    t0 = time.perf_counter()
    extracted = extract(articles)  # type: ignore[arg-type]
    t_extract = time.perf_counter() - t0
    first, second, fresh = [], [], []
    for r in range(repeat):
        forget_parses()  # nothing in memory from the run before: a first brief parses its sentences
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
            for a in articles:
                store.add_article(a)  # type: ignore[arg-type]
            for k, bucket in enumerate((first, second, fresh)):
                if k == 2:
                    forget_parses()
                t0 = time.perf_counter()
                brief_articles(articles, story=f"r{r}", store=store, extracted=extracted)  # type: ignore[arg-type]
                bucket.append(time.perf_counter() - t0)
    words = sum(len(a.text.split()) for a in articles)  # type: ignore[attr-defined]
    return {
        "words": float(words),
        "extraction (not part of the brief)": t_extract,
        "first brief (embeddings and parses computed)": statistics.median(first),
        "second brief, same process": statistics.median(second),
        "second brief, new process (stored embeddings and parses read back)": statistics.median(fresh),
        "baseline: LexRank (sumy) summary only": lexrank_seconds(articles),
    }


def forget_parses() -> None:
    """Empty alignment's in-memory caches (sentence parses and what is read from them), as in a new process."""
    import storyline.align.align as align_module

    for value in vars(align_module).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()
    try:
        from storyline.align.parses import PARSES
    except ImportError:  # a tree before the parse store
        return
    PARSES.forget()


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
