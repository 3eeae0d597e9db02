"""A whole mail with its personal data replaced, ready to leave over TLS.

The policy may allow a CONFIDENTIAL mail to leave pseudonymised when no secure
method reaches the recipient (SPEC section 2; seed 001: "teilanonymisiert bzw.
pseudonymisiert"). Only text can be rewritten with certainty, so the result is
always a plain-text mail:

* every text part is pseudonymised; an HTML part becomes its text (the HTML
  source cannot be rewritten reliably: entities, markup inside a datum), and
  of a ``multipart/alternative`` only one version is kept, the plain one if any;
* an attachment stays only when its text could be read and nothing at all was
  found in it; every other attachment is left out and named in a note at the
  end of the text ("vollausgefüllte Angebote" must not leave unencrypted);
* the findings are computed again for each text that is sent, because the
  classification's offsets belong to the texts it read, not to these.

Before the mail is returned, its texts are classified once more: a datum still
found there raises :class:`PseudonymisationError` — the mail does not leave.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage

from siegel.core.classify import ClassifierConfig, content_findings
from siegel.core.classify.config import default_config
from siegel.core.classify.extract import Unreadable, is_attachment, part_text
from siegel.core.mime.parse import parse_message
from siegel.core.policy.pseudonymise import PseudonymisationError, pseudonymise
from siegel.core.sensitivity import Sensitivity

REMOVED_NOTE = (
    "\n\n---\nAus Datenschutzgründen wurden folgende Anhänge nicht mitgesendet, "
    "weil sie personenbezogene Daten enthalten können und keine verschlüsselte "
    "Zustellung möglich war:\n"
)
KEPT_HEADERS = frozenset({"from", "to", "cc", "reply-to", "date", "message-id", "in-reply-to"})
KEPT_HEADERS |= frozenset({"references", "sender", "return-path"})


@dataclass(frozen=True)
class PseudonymisedMail:
    content: bytes  # the whole message to send
    placeholders: dict[str, str] = field(repr=False)  # placeholder -> original; never sent
    removed: tuple[str, ...] = ()  # names of the attachments left out


@dataclass
class _Texts:
    mapping: dict[str, str] = field(default_factory=dict)
    bodies: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[EmailMessage] = field(default_factory=list)


def pseudonymise_mail(message: bytes, config: ClassifierConfig | None = None) -> PseudonymisedMail:
    cfg = config or default_config()
    parsed = parse_message(message)
    texts = _Texts()
    subject = _replaced(str(parsed.get("Subject", "") or ""), "subject", cfg, texts)
    for part in _leaves(parsed):
        _take(part, cfg, texts)
    body = "\n\n".join(texts.bodies)
    if texts.removed:
        body += REMOVED_NOTE + "".join(f"- {name}\n" for name in texts.removed)
    result = _rebuilt(parsed, subject, body, texts.kept)
    _check_nothing_left([subject, body], cfg)
    return PseudonymisedMail(result, texts.mapping, tuple(texts.removed))


def _leaves(message: EmailMessage) -> list[EmailMessage]:
    """Leaf parts to send, with only one version of each multipart/alternative."""
    if not message.is_multipart():
        return [message]
    children = [p for p in message.iter_parts() if isinstance(p, EmailMessage)]
    if message.get_content_subtype() == "alternative" and children:
        plain = [c for c in children if c.get_content_type() == "text/plain"]
        return _leaves(plain[0] if plain else children[-1])
    return [leaf for child in children for leaf in _leaves(child)]


def _take(part: EmailMessage, cfg: ClassifierConfig, texts: _Texts) -> None:
    name = part.get_filename() or part.get_content_type()
    try:
        text = part_text(part)
    except (Unreadable, LookupError, ValueError, UnicodeError, AssertionError):
        texts.removed.append(name)
        return
    if text is None:
        return  # an inline picture of the HTML version, which is not sent
    if not is_attachment(part):
        texts.bodies.append(_replaced(text, "body", cfg, texts))
    elif content_findings(text, f"attachment:{name}", cfg)[0] or (
        part.get_filename() and content_findings(part.get_filename() or "", "name", cfg)[0]
    ):
        texts.removed.append(name)
    else:
        texts.kept.append(part)


def _replaced(text: str, location: str, cfg: ClassifierConfig, texts: _Texts) -> str:
    findings, _ = content_findings(text, location, cfg)
    replaced, texts.mapping = pseudonymise(text, findings, mapping=texts.mapping)
    return replaced


def _rebuilt(original: EmailMessage, subject: str, body: str, kept: list[EmailMessage]) -> bytes:
    mail = EmailMessage()
    for name, value in original.items():
        if name.lower() in KEPT_HEADERS:
            mail[name] = value
    if subject or "Subject" in original:
        mail["Subject"] = subject
    mail.set_content(body, charset="utf-8")
    for part in kept:
        payload = part.get_payload(decode=True)
        maintype, subtype = part.get_content_type().split("/", 1)
        mail.add_attachment(
            payload if isinstance(payload, bytes) else b"",
            maintype=maintype,
            subtype=subtype,
            filename=part.get_filename(),
        )
    return mail.as_bytes(policy=email_policy.SMTP)


def _check_nothing_left(texts: list[str], cfg: ClassifierConfig) -> None:
    """Fail closed: a datum still found (or anything strictly confidential) holds the mail."""
    for text in texts:
        for finding in content_findings(text, "check", cfg)[0]:
            replaceable_left = finding.kind and finding.sensitivity >= Sensitivity.CONFIDENTIAL
            if replaceable_left or finding.sensitivity is Sensitivity.STRICTLY_CONFIDENTIAL:
                raise PseudonymisationError(
                    f"{finding.detector} still found after pseudonymisation; the mail is held"
                )
