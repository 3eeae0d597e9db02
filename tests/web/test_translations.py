"""German first, English second: every catalogue compiled and clean, every page says things once."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client

SOURCES = Path(__file__).resolve().parents[2] / "src" / "siegel"
CATALOGUES = sorted(SOURCES.glob("**/locale/*/LC_MESSAGES/django.po"))


def repeated(text: str) -> bool:
    """``text`` is one passage two or more times over (the fault: paragraphs shown 4-6 times)."""
    text = text.strip()
    return bool(text) and re.fullmatch(r"(.{20,}?)\1+", text, re.S) is not None


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: str(p.relative_to(SOURCES)))
def test_catalogue_is_compiled_and_has_no_repeated_translation(po: Path, tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext's msgfmt is needed (Debian package gettext)"
    fresh = tmp_path / "fresh.mo"
    subprocess.run([msgfmt, "--check", "-o", str(fresh), str(po)], check=True)
    committed = po.with_suffix(".mo")
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed} is older than its .po"
    with committed.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    bad = [str(k)[:60] for k, v in catalogue.items() if isinstance(v, str) and repeated(v)]
    assert bad == []


class Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._open = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "p":
            self._open += 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._open -= 1

    def handle_data(self, data: str) -> None:
        if self._open > 0:
            self.texts[-1] += data


PAGES = ["/", "/zertifikate/", "/postfach/anmelden/"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_every_paragraph_is_said_once(client: Client, path: str, language: str) -> None:
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    parser = Paragraphs()
    parser.feed(html)
    texts = [" ".join(t.split()) for t in parser.texts if t.strip()]
    assert texts, "the page has paragraphs"
    assert [t for t in texts if repeated(t)] == []
    assert len(texts) == len(set(texts)), "no paragraph twice"
