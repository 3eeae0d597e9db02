"""Labelled mail corpora kept as folders: ``mails/*.eml`` and ``labels.tsv``.

``labels.tsv`` has the columns file, label, lang, kind, reason (a header line
first). The development corpora are for tuning; the held-out corpus is only ever
measured in aggregate (``bench/classify_corpus.py``). All live under
``$SIEGEL_CORPORA`` (default ``tests/corpora``) as ``dev``, ``dev2`` (a second writer's,
who never read the classifier) and ``heldout``.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
# The development corpora, each by its own writer; tuned on, unlike ``heldout``.
DEVELOPMENT = (
    *("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11"),
    *("dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21"),
    *("dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30"),
    *("dev31", "dev33", "dev34", "dev36", "dev37", "dev38", "dev39", "dev41", "dev44", "dev46"),
    *("dev47", "dev49"),
)
# Development corpora the rules do not yet bring to the targets (health departments' mail in
# depth, life and money, confidential mail in people's own words, health as people write it,
# brokers' and companies' mail, customers' own words on every line, English mail, staff's
# internal mail, an ordinary week's mail, attachments, personal lines, a life insurer's back
# office): measured and tuned on, and held only to no strictly confidential mail read as normal. dev32, dev35 and dev40 are
# kept beside them as first measures of writers the rules were not (or little) tuned on, each
# with one strictly confidential mail still read as normal, and dev42 as a writer no rule was
# written from; dev43, dev45, dev48 and dev50 (a health insurer's member service, the insurer
# as an employer, disability and care claims, an international branch) are first measures too,
# with strictly confidential mail still read as normal (docs/benchmarks.md); and dev51 to dev54
# (a broker's office, the claims department's outside world, a week of the service mailbox,
# company pensions and group business), first measures of 2026-12-07; and dev55 to dev58
# (private customers in their own words, health reimbursement, the insurer's internal mail,
# travel and assistance), and dev59 to dev62 (doctors and hospitals, life and disability from
# application to payout, personal-injury claims, short and terse mail), first measures of a
# later session that day (rules were then written from dev57, dev59, dev61 and dev62 too); and
# dev63 to dev65 (attachments from companies and brokers, people writing about someone else,
# the insurer's own letters) and dev66 to dev69 (pregnancy and birth, prescriptions and
# therapies, care and rehabilitation, sensitive matters said indirectly) and dev70 to dev72
# (customer service and complaints, property claims at the border to health, brokers' daily
# business), first measures; rules were then written from dev69 and dev70. dev73 to dev80
# (company HR and group business, mail typed on phones, long threads, injured third parties,
# death and estates, children and families, the other special categories, machine-made mail)
# are first measures of 2026-12-07's last session, and dev81 to dev88 (dental and vision, field
# sales, legal and data protection, farms and horses, sports, civil servants, medical
# shorthand, customers writing in two languages), and dev89 to dev96 (cyber incidents at
# customers, guardians and the elderly, the service centre, a loan's life cover, drivers'
# fitness, appointments, UK and US English, mail told by its subject or a file's name), and
# dev97 to dev104 (accidents at work, certificates of insurance, medical practices as
# customers, marketing and surveys, premium accounting, authorities and courts, hospital
# billing, minutes and case conferences), and dev105 to dev112 (small business owners, young
# adults, landlords and tenants, web forms and portals, rehabilitation case management, family
# and employment law, Austria and Switzerland, scanned and OCR'd text); rules were then written
# from dev73, dev74, dev76, dev77, dev79 to dev82, dev84, dev86, dev87, dev92 to dev94, dev96,
# dev104, dev107, dev108 and dev110. dev113 to dev118 (IT tickets with customers' data pasted in,
# funeral-expense and small life policies of the elderly, health cover for foreigners in Germany,
# medical experts and assessors, care services and homes, an outsourced call centre) and dev119
# to dev124 (psychotherapy and mental health, the data protection office, the insurer as an
# employer, motor claims with injuries, reinsurance and audit, the board office) and dev125 to
# dev130 (legal expenses, fraud investigation, accident cover for children and clubs, liability
# claims with injuries, supplementary health cover sold online, the insurer's own occupational
# health) are first measures of 2026-12-07's evening session; rules were then written from
# dev114, dev115, dev120 to dev122, dev124 and dev130. dev131 to dev136 (an ordinary week at a
# composite insurer, a private health insurer, an international desk, clerks' mail in a hurry,
# accident, life, disability and care, staff's internal mail across departments) are first
# measures of 2026-12-07's night session, and dev137 to dev142 (a regional branch office, a
# health and accident claims department, the broker service desk, replies quoting customers' own
# words, non-personal claims with people at their edges, a broad sample of everything); rules
# were then written from dev131 to dev137 and dev141; and dev143 to dev148 (a rural mutual, a
# direct insurer online, matters handed between departments, a UK and Irish office, letters as
# attachments, five clerks' weeks), after which rules were written from dev143, dev147 and dev148.
# dev149 to dev156 (the service mailbox, an Austrian branch, recourse and legal expenses, hurried
# mail, travel and assistance, data and IT teams, a broad month, bancassurance) and dev157 to
# dev162 (a tied agency, advisory physicians, staff writing in a second language, young
# customers and chat, lists and tables in the text, fraud investigation) are first measures of
# 2026-12-07's late session, and dev163 to dev168 (pensions in payment, the call centre's notes,
# recruiting and onboarding, the mail room, the year's last weeks, long sickness and daily
# allowance), and dev169 to dev174 (long-term care, motor claims end to end, company pensions
# with employers, customers with disabilities, a broad month of a health and life insurer and of a
# property insurer); rules were then written from dev146, dev150, dev152, dev155, dev158, dev165,
# dev167 and dev174. dev175 to dev181 (medical documents as office files, brokers' daily business,
# Austria and Switzerland, hasty mail, life and disability underwriting, motor and liability
# injuries, complaints and data-subject rights) are first measures of 2026-12-07's evening
# session; rules were then written from dev173, dev175, dev176, dev177 and dev181. dev182 to dev185
# (a health insurer's member service, the insurer's own HR, travel and expatriates, commercial
# clients) are first measures of the same session; rules were then written from dev182. dev186 to
# dev190 (a broad month of a composite insurer and of a health and life insurer, private
# customers' claims, health-care providers, English-speaking customers) measured the session's
# final code; no rule was written from them. dev191 to dev195 (a health insurer's member
# service, brokers' files, an international desk, the insurer's internal mail, life, disability,
# accident and liability claims) are first measures of 2026-12-07's night session; a rule was
# then written from dev191. dev196 to dev200 (motor and property claims with people in them, an
# ordinary month of a composite insurer, group business with employers, private customers in
# their own words, care, rehabilitation and disability) measured that session's final code; no
# rule was written from them. dev201 to dev205 (group contracts and employers, a team's own mail,
# an ordinary month of a small-town composite insurer, dental and vision, brokers' applications
# for life, disability and health cover) and dev206 to dev210 (people hurt in motor and
# liability claims, a health insurer's reimbursements, international business in English,
# customers in their own words, life and pensions) are first measures of 2026-12-08's session;
# rules were then written from dev202 and dev206. dev211 to dev215 (a health and life insurer's
# month, people's circumstances in property and liability claims, the insurer's own staff,
# personal accident insurance, brokers' back office) and dev216 to dev220 (a regional health
# insurer and its employers, a big-city composite insurer with English-speaking customers,
# disability and long-term illness, teams among themselves, travel, assistance and pets) measured
# that session's final code; two slips in word lists they showed ("reha" inside "Softwarehaus",
# dev215; "Personalnr.", dev216) were then fixed.
BELOW_TARGETS = frozenset(
    {"dev22", "dev23", "dev25", "dev27", "dev28", "dev29", "dev30", "dev31", "dev33", "dev34"}
    | {"dev36", "dev41", "dev44", "dev47", "dev49"}
)


@dataclass(frozen=True)
class LabelledMail:
    file: str
    label: str
    lang: str
    kind: str
    reason: str
    message: bytes
    sender: str  # the From address, as the gateway passes it to classify()


def corpora_root() -> Path:
    return Path(os.environ.get("SIEGEL_CORPORA", REPO / "tests" / "corpora"))


def load(folder: Path) -> list[LabelledMail]:
    with (folder / "labels.tsv").open(encoding="utf-8", newline="") as labels:
        rows = list(csv.DictReader(labels, delimiter="\t", quoting=csv.QUOTE_NONE))
    mails = []
    for row in rows:
        path = folder / "mails" / row["file"]
        if not path.is_file():
            path = folder / row["file"]
        message = path.read_bytes()
        mails.append(
            LabelledMail(
                row["file"],
                row["label"].strip().upper(),
                row.get("lang") or "",
                row.get("kind") or "",
                row.get("reason") or "",
                message,
                _sender(message),
            )
        )
    return mails


def _sender(message: bytes) -> str:
    headers = BytesHeaderParser().parsebytes(message)
    return parseaddr(str(headers.get("From", "")))[1]
