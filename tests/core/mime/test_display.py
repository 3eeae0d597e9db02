"""What the portal shows of a hostile mail: text, and HTML with nothing that runs or calls out."""

from __future__ import annotations

from email.message import EmailMessage
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.mime.display import display, safe_filename, sanitise_html

HOSTILE = """<html><head><style>p{background:url(https://evil.example/css)}</style>
<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">
</head><body onload="steal()"><script>alert(1)</script>
<p style="background:url(https://evil.example/x)">Hallo <a href="javascript:alert(2)">klick</a>
<a href="https://versicherer.example/info">Info</a></p>
<img src="https://evil.example/pixel.gif"><img src="cid:logo@mail" alt="Logo">
<form action="https://evil.example/"><input name="pw"><button>Senden</button></form>
<svg><script>alert(3)</script><image href="https://evil.example/i"/></svg>
<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>
<table><tr><th>Position</th><td>120,00 €</td></tr></table></body></html>"""


def test_html_keeps_structure_and_loses_everything_active_or_remote() -> None:
    clean = sanitise_html(HOSTILE, {"logo@mail": ("image/png", b"\x89PNG")})
    for gone in (
        "<script",
        "alert",
        "onload",
        "style",
        "<form",
        "<input",
        "<svg",
        "<iframe",
        "<object",
        "<meta",
        "<base",
        "javascript:",
        "evil.example",
    ):
        assert gone not in clean, gone
    assert '<a href="https://versicherer.example/info" rel="noopener noreferrer nofollow">' in clean
    assert '<img src="data:image/png;base64,iVBORw==" alt="Logo">' in clean
    assert "<th>Position</th><td>120,00 €</td>" in clean


@settings(max_examples=200)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>\"'=/ abcdefghijklmnopqrstuvwxyz:;()&#")), max_size=200
    )
)
def test_no_input_brings_a_script_or_handler_through(fragment: str) -> None:
    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, attrs))

    Collect().feed(sanitise_html("<p>" + fragment + "</p>", {}))
    for tag, attrs in found:
        assert tag not in {"script", "style", "iframe", "form", "svg", "object", "meta", "base"}
        for name, value in attrs:
            assert not name.startswith("on") and name != "style"
            assert not (value or "").strip().lower().startswith(("javascript:", "data:"))


def test_filenames_are_only_names() -> None:
    assert safe_filename("../../etc/passwd", 1, "text/plain") == "passwd"
    assert safe_filename("C:\\Users\\a\\rechnung.pdf", 1, "application/pdf") == "rechnung.pdf"
    assert "\r" not in safe_filename("a\r\nContent-Type: text/html.pdf", 1, "application/pdf")
    assert safe_filename("\u202egpj.exe", 1, "application/x-msdownload") == "gpj.exe"
    assert safe_filename("", 4, "application/pdf") == "anhang-4.pdf"
    assert safe_filename("..", 2, "image/png") == "anhang-2.png"
    long = safe_filename("x" * 500 + ".pdf", 1, "application/pdf")
    assert len(long) <= 120 and long.endswith(".pdf")
    assert safe_filename("Grüße & Co.docx", 1, "x/y") == "Grüße & Co.docx"


def test_a_mail_with_five_hundred_attachments_lists_them_all() -> None:
    message = EmailMessage()
    message["Subject"] = "=?utf-8?q?Viele_Anh=C3=A4nge?="
    message.set_content("Anbei.")
    for number in range(500):
        message.add_attachment(
            b"x", maintype="application", subtype="octet-stream", filename=f"datei-{number}.bin"
        )
    shown = display(message.as_bytes())
    assert shown.subject == "Viele Anhänge"
    assert len(shown.attachments) == 500 and shown.attachments[-1].number == 500


def test_broken_mails_still_show_what_they_can() -> None:
    shown = display(
        b"Subject: =?unknown?q?x?=\r\nDate: gestern\r\nContent-Type: text/plain; charset=x-nonsense\r\n\r\nHallo\r\n"
    )
    assert shown.date is None and "Hallo" in shown.text
