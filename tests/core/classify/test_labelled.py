"""Labelled corpora as folders: the loader, and the development corpora as a regression floor.

The floor is the target issue 14 sets for the held-out corpus (recall strictly
confidential >= 0.98, confidential >= 0.95, macro precision >= 0.92), held on the
development corpora the rules were tuned on (``dev``, and ``dev2`` to ``dev31`` by writers who
never read the classifier): a change that loses it there will not reach
it on mail nobody here has read. The corpora not yet at the targets (``BELOW_TARGETS``) are
held only to no strictly confidential mail read as normal. The held-out corpus is never read
by tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from siegel.core.classify import classify
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.labelled import BELOW_TARGETS, DEVELOPMENT, REPO, corpora_root, load
from tests.core.classify.metrics import score

MAIL = (
    b"From: =?utf-8?q?M=C3=BCller?= <leistung@versicherer.example>\r\n"
    b"To: k@example.org\r\nSubject: Ihre Rechnung\r\n\r\nGuten Tag\r\n"
)
LABELS = (
    "file\tlabel\tlang\tkind\treason\n"
    "a.eml\tstrictly_confidential \tde\tinsurer-to-customer\tdoctor's invoice\n"
    'b.eml\tNORMAL\ten\tinternal\ta trap: "Diagnose" of a network fault\n'
)


def test_labels_and_mails_are_read_with_the_sender(tmp_path: Path) -> None:
    (tmp_path / "mails").mkdir()
    (tmp_path / "mails" / "a.eml").write_bytes(MAIL)
    (tmp_path / "b.eml").write_bytes(MAIL.replace(b"leistung@", b"it@"))  # beside labels.tsv
    (tmp_path / "labels.tsv").write_text(LABELS, encoding="utf-8")
    first, second = load(tmp_path)
    assert (first.file, first.label, first.lang, first.kind) == (
        "a.eml",
        "STRICTLY_CONFIDENTIAL",
        "de",
        "insurer-to-customer",
    )
    assert first.message == MAIL
    assert first.sender == "leistung@versicherer.example"
    assert second.sender == "it@versicherer.example"
    assert second.reason == 'a trap: "Diagnose" of a network fault'  # quotes kept as written


def test_a_missing_mail_is_an_error_not_a_gap(tmp_path: Path) -> None:
    (tmp_path / "labels.tsv").write_text(LABELS, encoding="utf-8")
    with pytest.raises(FileNotFoundError):
        load(tmp_path)


def test_corpora_live_under_siegel_corpora_or_beside_the_tests(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SIEGEL_CORPORA", raising=False)
    assert corpora_root() == REPO / "tests" / "corpora"
    monkeypatch.setenv("SIEGEL_CORPORA", str(tmp_path))
    assert corpora_root() == tmp_path


@pytest.mark.parametrize("name", DEVELOPMENT)
def test_the_development_corpora_meet_the_targets(name: str) -> None:
    folder = corpora_root() / name
    if not (folder / "labels.tsv").is_file():
        pytest.skip(f"no development corpus at {folder} (SIEGEL_CORPORA points elsewhere)")
    pairs, missed = [], []
    for mail in load(folder):
        got = classify(mail.message, sender=mail.sender).sensitivity
        pairs.append((mail.label, got.name))
        if mail.label == "STRICTLY_CONFIDENTIAL" and got is Sensitivity.NORMAL:
            missed.append(mail.file)
    report = score(pairs)
    assert not missed, f"strictly confidential mail classified normal: {missed}"
    if name in BELOW_TARGETS:
        return
    assert report.recall["STRICTLY_CONFIDENTIAL"] >= 0.98, "\n".join(report.lines())
    assert report.recall["CONFIDENTIAL"] >= 0.95, "\n".join(report.lines())
    assert report.macro_precision >= 0.92, "\n".join(report.lines())
