"""Audit events written out as JSON lines or CSV, for the command line and the firm's download.

One format for both, so an auditor reads the firm administrator's file with the
same tools as staff's: one event a line (``seq``, ``timestamp`` in ISO 8601,
``actor``, ``action``, ``target``, ``details``, ``hash``); in CSV the details are
one JSON column. Rows are produced one at a time, so a six-year export streams.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from siegel.audit.models import AuditEvent

FIELDS = ["seq", "timestamp", "actor", "action", "target", "details", "hash"]
FORMATS = ("jsonl", "csv")
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv"}


def export_record(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "timestamp": event.timestamp.isoformat(),
        "actor": event.actor,
        "action": event.action,
        "target": event.target,
        "details": event.details,
        "hash": event.hash,
    }


def lines(rows: Iterable[AuditEvent], fmt: str) -> Iterator[str]:
    """The export line by line (CSV with its header line first)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt == "csv":
        yield _csv_line(FIELDS)
    for event in rows:
        row = export_record(event)
        if fmt == "csv":
            row["details"] = json.dumps(row["details"], ensure_ascii=False, sort_keys=True)
            yield _csv_line([row[name] for name in FIELDS])
        else:
            yield json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"


def _csv_line(values: list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def write_events(rows: Iterable[AuditEvent], out: Any, fmt: str) -> int:
    """Write the export to ``out``; return how many events it holds."""
    count = 0
    for line in lines(rows, fmt):
        out.write(line)
        count += 1
    return count - 1 if fmt == "csv" else count
