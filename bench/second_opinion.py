"""The experiments of ADR 0025: would a statistical second opinion carry to mail nobody here wrote?

Usage: .venv/bin/python -m pip install scikit-learn   (not a project dependency; brings scipy)
       .venv/bin/python bench/second_opinion.py [--train dev ... dev8] [--test dev9 heldout]
       .venv/bin/python bench/second_opinion.py --leave-one-out --model presence \
           --test dev10 dev11 ... dev18

A model may only raise the rules' verdict: to strictly confidential when it gives that class
a probability of at least the first threshold, to confidential when it gives confidential or
more at least the second. Three models (``--model``):

* ``tfidf`` (the ADR's first): a logistic regression over the words and word pairs of a mail
  (TF-IDF, the first 8,000 characters as extraction reads them), thresholds 0.5 / 0.6;
* ``presence``: two logistic regressions (strictly confidential or not; confidential or more
  or not) over which words a mail holds, without normalisation by length;
* ``monotone``: the same with weights that cannot be negative, so that added text can only
  add evidence (the invariant "adding unrelated text never lowers a sensitivity").

For the presence models the vocabulary is the words (letters only) that at least three
training writers used, in at least five mails, without the words of the dev2 generator's staff
and companies (``STAFF``, ``ENT``: names, departments, company names). Every later writer was
given that generator's helpers and reused its staff and their signatures, so those words are
the same in every development corpus and would carry labels from one writer to the next that
no mail from outside holds.

With ``--leave-one-out`` each test corpus is scored by a model trained on all development
corpora but that one; the figures are summed over the test corpora and printed for a sweep
of thresholds. Without it, the script also prints how many raised mails keep their raise when
the unrelated lines of the property test (tests/core/classify/test_concerned.py) are appended. The held-out corpus is only ever printed in aggregate.

To measure on writers the rules had not been tuned on, run the rules of an earlier commit:
``git worktree add /tmp/base ef29556`` and ``PYTHONPATH=/tmp/base/src`` in front (dev10 to
dev18 came after ef29556; dev7 and dev8 after ead1e1a).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

try:
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:  # not a project dependency: `make bench` runs every script
    print("needs scikit-learn (see ADR 0025): .venv/bin/python -m pip install scikit-learn")
    sys.exit(0)

from siegel.core.classify import classify
from siegel.core.classify.extract import extract
from tests.core.classify.labelled import DEVELOPMENT, LabelledMail, corpora_root, load
from tests.core.classify.metrics import CLASSES, score
from tests.core.classify.test_concerned import UNRELATED

THRESHOLDS = {"tfidf": (0.5, 0.6), "presence": (0.6, 0.7), "monotone": (0.8, 0.85)}
SWEEP = ((0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.85), (0.9, 0.9), (0.95, 0.95))
WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WRITERS, MIN_MAILS, L2 = 3, 5, 1.0

Chances = tuple[np.ndarray, np.ndarray]  # P(strictly confidential), P(confidential or more)
Model = Callable[[list[str]], Chances]


def text_of(message: bytes) -> str:
    read = extract(message)
    return unicodedata.normalize("NFKC", read.subject + "\n" + "\n".join(t for _, t in read.texts))


def tfidf(corpora: dict[str, list[tuple[str, str]]]) -> Model:
    words = TfidfVectorizer(
        ngram_range=(1, 2),
        min_df=2,
        sublinear_tf=True,
        token_pattern=r"(?u)\b\w+\b",  # noqa: S106 (a pattern, not a password)
        max_features=20_000,
    )
    texts = [text[:8000] for mails in corpora.values() for text, _ in mails]
    labels = [CLASSES.index(label) for mails in corpora.values() for _, label in mails]
    model = LogisticRegression(C=10, max_iter=3000).fit(words.fit_transform(texts), labels)

    def chances(texts: list[str]) -> Chances:
        p = model.predict_proba(words.transform([text[:8000] for text in texts]))
        return p[:, 2], p[:, 1] + p[:, 2]

    return chances


def presence(corpora: dict[str, list[tuple[str, str]]], *, monotone: bool) -> Model:
    writers: dict[str, int] = {}
    mails: dict[str, int] = {}
    for corpus in corpora.values():
        used = set()
        for text, _ in corpus:
            words = set(WORD.findall(text.lower()))
            used |= words
            for word in words:
                mails[word] = mails.get(word, 0) + 1
        for word in used:
            writers[word] = writers.get(word, 0) + 1
    shared = shared_signatures()
    vocabulary = {
        word: index
        for index, word in enumerate(
            sorted(
                w
                for w in mails
                if mails[w] >= MIN_MAILS and writers[w] >= MIN_WRITERS and w not in shared
            )
        )
    }
    texts = [text for corpus in corpora.values() for text, _ in corpus]
    labels = [label for corpus in corpora.values() for _, label in corpus]
    features = _matrix(texts, vocabulary)
    strict = _fit(features, np.array([x == "STRICTLY_CONFIDENTIAL" for x in labels]), monotone)
    either = _fit(features, np.array([x != "NORMAL" for x in labels]), monotone)

    def chances(texts: list[str]) -> Chances:
        x = _matrix(texts, vocabulary)
        return _sigmoid(x @ strict[0] + strict[1]), _sigmoid(x @ either[0] + either[1])

    return chances


def shared_signatures() -> set[str]:
    """The words of the staff and companies in the dev2 generator's helpers (see the docstring)."""
    source = (corpora_root() / "dev2" / "make_corpus.py").read_text(encoding="utf-8")
    words: set[str] = set()
    for table in ("STAFF", "ENT"):
        found = re.search(rf"^{table} = (\{{.*?^\}})", source, re.DOTALL | re.MULTILINE)
        if found is None:
            raise SystemExit(f"dev2/make_corpus.py has no {table} table")
        for entry in ast.literal_eval(found.group(1)).values():
            words |= {w for value in entry for w in WORD.findall(str(value).lower())}
    return words


def _matrix(texts: list[str], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    rows = [
        sorted({vocabulary[w] for w in WORD.findall(t.lower()) if w in vocabulary}) for t in texts
    ]
    indices = [i for row in rows for i in row]
    pointers = np.cumsum([0] + [len(row) for row in rows])
    data = np.ones(len(indices))
    return sparse.csr_matrix((data, indices, pointers), shape=(len(texts), len(vocabulary)))


def _fit(x: sparse.csr_matrix, y: np.ndarray, monotone: bool) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression; with ``monotone`` no weight below zero."""
    size = x.shape[1]
    target = y.astype(float)

    def loss(p: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ p[:size] + p[size]
        gradient = _sigmoid(z) - target
        value = float(np.sum(np.logaddexp(0, z) - target * z) + L2 * p[:size] @ p[:size])
        return value, np.append(x.T @ gradient + 2 * L2 * p[:size], gradient.sum())

    bounds = [(0.0 if monotone else None, None)] * size + [(None, None)]
    found = minimize(loss, np.zeros(size + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return found.x[:size], float(found.x[size])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def raised(rules: str, strict: float, either: float, thresholds: tuple[float, float]) -> str:
    level = CLASSES.index(rules)
    if strict >= thresholds[0]:
        level = 2
    elif either >= thresholds[1]:
        level = max(level, 1)
    return CLASSES[level]


def figures(pairs: Sequence[tuple[str, str]]) -> str:
    report = score(pairs)
    return (
        f"recall S {report.recall['STRICTLY_CONFIDENTIAL']:.3f}, "
        f"recall C {report.recall['CONFIDENTIAL']:.3f}, macro precision {report.macro_precision:.3f}"
    )


def read(mails: list[LabelledMail]) -> list[tuple[str, str, str]]:
    """(text, label, the rules' verdict) per mail."""
    return [
        (text_of(m.message), m.label, classify(m.message, sender=m.sender).sensitivity.name)
        for m in mails
    ]


def train(kind: str, corpora: dict[str, list[tuple[str, str, str]]]) -> Model:
    texts = {name: [(text, label) for text, label, _ in rows] for name, rows in corpora.items()}
    if kind == "tfidf":
        return tfidf(texts)
    return presence(texts, monotone=kind == "monotone")


def _named(
    corpora: dict[str, list[tuple[str, str, str]]], names: list[str]
) -> dict[str, list[tuple[str, str, str]]]:
    return {n: corpora[n] for n in names if n in corpora}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--model", choices=sorted(THRESHOLDS), default="tfidf")
    options.add_argument("--train", nargs="+", default=[n for n in DEVELOPMENT if n != "dev9"])
    options.add_argument("--test", nargs="+", default=["dev9", "heldout"])
    options.add_argument("--leave-one-out", action="store_true")
    options.add_argument("--sweep", action="store_true", help="every threshold, summed over --test")
    args = options.parse_args()
    root = corpora_root()
    names = set(args.train) | set(args.test) | (set(DEVELOPMENT) if args.leave_one_out else set())
    corpora = {
        n: read(load(root / n)) for n in sorted(names) if (root / n / "labels.tsv").is_file()
    }
    tests = [n for n in args.test if n in corpora]
    if args.leave_one_out or args.sweep:
        if "heldout" in tests:
            raise SystemExit("thresholds are swept on development corpora only")
        model = None if args.leave_one_out else train(args.model, _named(corpora, args.train))
        chances = {
            name: (
                model
                or train(
                    args.model,
                    {n: r for n, r in corpora.items() if n in DEVELOPMENT and n != name},
                )
            )([text for text, _, _ in corpora[name]])
            for name in tests
        }
        rows = [row for name in tests for row in corpora[name]]
        both = [(p, q) for name in tests for p, q in zip(*chances[name], strict=True)]
        how = "each left out of the training" if args.leave_one_out else "trained on --train"
        print(f"{args.model}, {', '.join(tests)}, {how}:")
        print(f"  rules            {figures([(label, rules) for _, label, rules in rows])}")
        for thresholds in SWEEP:
            pairs = [
                (label, raised(rules, p, q, thresholds))
                for (_, label, rules), (p, q) in zip(rows, both, strict=True)
            ]
            lifted = sum(
                verdict != rules for (_, _, rules), (_, verdict) in zip(rows, pairs, strict=True)
            )
            print(
                f"  raise {thresholds[0]:.2f}/{thresholds[1]:.2f}  {figures(pairs)}"
                f" ({lifted} raised)"
            )
        return
    thresholds = THRESHOLDS[args.model]
    model = train(args.model, _named(corpora, args.train))
    for name in tests:
        rows = corpora[name]
        verdicts = [
            raised(rules, p, q, thresholds)
            for (_, _, rules), p, q in zip(rows, *model([row[0] for row in rows]), strict=True)
        ]
        print(f"{name:8s} rules          {figures([(label, r) for _, label, r in rows])}")
        print(
            f"{name:8s} rules + raise  {figures([(row[1], v) for row, v in zip(rows, verdicts, strict=True)])}"
        )
        lifted = [i for i, v in enumerate(verdicts) if v != rows[i][2]]
        padded = [rows[i][0] + "\n" + "\n".join(UNRELATED) for i in lifted]
        again = model(padded) if lifted else (np.array([]), np.array([]))
        kept = sum(  # raised at least as high again (a raise to C may become one to S)
            CLASSES.index(raised(rows[i][2], p, q, thresholds)) >= CLASSES.index(verdicts[i])
            for i, p, q in zip(lifted, *again, strict=True)
        )
        print(
            f"{name:8s} raised {len(lifted)} mails; with unrelated lines appended {kept} stay raised"
        )


if __name__ == "__main__":
    main()
