"""Text of office documents: Word and OpenDocument text, spreadsheets, presentations.

All of them are zip archives of XML (read within bounds, :mod:`.zipped`, and
safely, :mod:`.xmltext`). Paragraphs become lines and tables become records
(:mod:`.tables`), so "Geburtsdatum" in a heading stands beside each date below
it. Spreadsheets keep dates as day numbers with a date format; they are written
as dates again, the way the spreadsheet program shows them.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta

from siegel.core.classify import tables, xmltext, zipped

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODF = {
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
}
BY_SUFFIX = {
    ".docx": WORD,
    ".docm": WORD,
    ".xlsx": EXCEL,
    ".xlsm": EXCEL,
    ".pptx": POWERPOINT,
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
}
TYPES = frozenset({WORD, EXCEL, POWERPOINT, *ODF})
_WORD_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$")
_SLIDES = re.compile(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml$")
_SHEETS = re.compile(r"xl/worksheets/sheet\d+\.xml$")
_DATE_FORMAT_IDS = frozenset({*range(14, 23), 45, 46, 47})
_DATE_CODE = re.compile(r"[dmy]", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
# Excel's own limit for a number format: a longer one is read only that far, as an unclosed "["
# or '"' makes _QUOTED search to the end again from each one (review, issue 14).
MAX_FORMAT = 255
_COLUMN = re.compile(r"[A-Z]+")


@dataclass(frozen=True)
class Markup:
    """Element names (without namespace) that shape the text of one format."""

    text: frozenset[str] | None  # characters only inside these; None: everywhere
    paragraph: frozenset[str]
    tab: frozenset[str] = frozenset({"tab"})
    line: frozenset[str] = frozenset({"br", "cr", "line-break"})
    table: frozenset[str] = frozenset({"tbl"})
    row: frozenset[str] = frozenset({"tr"})
    cell: frozenset[str] = frozenset({"tc"})


WORD_MARKUP = Markup(frozenset({"t", "delText"}), frozenset({"p"}))
SLIDE_MARKUP = Markup(frozenset({"t"}), frozenset({"p"}))
ODF_MARKUP = Markup(
    None,
    frozenset({"p", "h"}),
    table=frozenset({"table"}),
    row=frozenset({"table-row"}),
    cell=frozenset({"table-cell", "covered-table-cell"}),
)


def office_text(data: bytes, content_type: str) -> str:
    """Raises ValueError when broken, :class:`zipped.EncryptedMember` / ``TooLarge`` as they say."""
    with zipped.open_archive(data) as archive:
        if content_type == EXCEL:
            return _workbook(archive)
        if content_type in ODF:
            return _texts(archive, lambda name: name == "content.xml", ODF_MARKUP)
        if content_type == POWERPOINT:
            return _texts(archive, _SLIDES.match, SLIDE_MARKUP)
        return _texts(archive, _WORD_PARTS.match, WORD_MARKUP)


def _texts(archive: zipfile.ZipFile, wanted: object, markup: Markup) -> str:
    names = frozenset(n for n in archive.namelist() if callable(wanted) and wanted(n))
    if not names:
        raise ValueError("office document without its text part")
    return "\n".join(_marked_text(member.data, markup) for member in zipped.members(archive, names))


@dataclass
class _Collector:
    markup: Markup
    out: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    cell: list[str] | None = None
    depth: int = 0  # inside elements that hold text

    def start(self, name: str, attrs: dict[str, str]) -> None:
        m = self.markup
        if m.text is not None and name in m.text:
            self.depth += 1
        elif name in m.table:
            self.tables.append([])
        elif name in m.row and self.tables:
            self.tables[-1].append([])
        elif name in m.cell and self.tables and self.tables[-1]:
            self.cell = []
        elif name in m.tab:
            self.write("\t")
        elif name in m.line:
            self.write("\n")
        elif name == "s" and m.text is None:  # ODF: runs of spaces
            self.write(" ")

    def end(self, name: str) -> None:
        m = self.markup
        if m.text is not None and name in m.text:
            self.depth -= 1
        elif name in m.paragraph:
            self.write("\n")
        elif name in m.cell and self.cell is not None and self.tables and self.tables[-1]:
            self.tables[-1][-1].append("".join(self.cell))
            self.cell = None
        elif name in m.table and self.tables:
            self.write(tables.render(self.tables.pop()))

    def characters(self, data: str) -> None:
        if self.markup.text is None or self.depth > 0:
            self.write(data)

    def write(self, text: str) -> None:
        (self.cell if self.cell is not None else self.out).append(text)


def _marked_text(data: bytes, markup: Markup) -> str:
    collector = _Collector(markup)
    xmltext.parse(data, collector.start, collector.end, collector.characters)
    return "".join(collector.out)


def _workbook(archive: zipfile.ZipFile) -> str:
    names = archive.namelist()
    shared = _shared_strings(archive) if "xl/sharedStrings.xml" in names else []
    dates = _date_styles(archive) if "xl/styles.xml" in names else frozenset()
    sheets = frozenset(n for n in names if _SHEETS.match(n))
    return "\n".join(
        _sheet(member.data, shared, dates) for member in zipped.members(archive, sheets)
    )


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    strings: list[str] = []
    current: list[str] = []
    inside = [0]

    def start(name: str, _: dict[str, str]) -> None:
        if name == "t":
            inside[0] += 1

    def end(name: str) -> None:
        if name == "t":
            inside[0] -= 1
        elif name == "si":
            strings.append("".join(current))
            current.clear()

    def characters(data: str) -> None:
        if inside[0]:
            current.append(data)

    member = next(zipped.members(archive, frozenset({"xl/sharedStrings.xml"})))
    xmltext.parse(member.data, start, end, characters)
    return strings


def _date_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Indices of the cell formats that show a number as a date."""
    codes: dict[int, str] = {}
    formats: list[int] = []
    inside = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "numFmt":
            codes[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
        elif name == "cellXfs":
            inside[0] = True
        elif name == "xf" and inside[0]:
            formats.append(int(attrs.get("numFmtId", "0")))

    def end(name: str) -> None:
        if name == "cellXfs":
            inside[0] = False

    member = next(zipped.members(archive, frozenset({"xl/styles.xml"})))
    xmltext.parse(member.data, start, end, lambda _: None)
    return frozenset(
        index
        for index, number in enumerate(formats)
        if number in _DATE_FORMAT_IDS
        or (number in codes and _DATE_CODE.search(_QUOTED.sub("", codes[number][:MAX_FORMAT])))
    )


def _sheet(data: bytes, shared: list[str], dates: frozenset[int]) -> str:
    rows: list[list[str]] = []
    cell: dict[str, str] = {}
    value: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "row":
            rows.append([])
        elif name == "c":
            cell.clear()
            cell.update(attrs)
            value.clear()

    def end(name: str) -> None:
        if name == "c" and rows:
            _place(rows[-1], cell.get("r", ""), _cell_value(cell, "".join(value), shared, dates))

    xmltext.parse(data, start, end, value.append)
    return tables.render(rows)


def _place(row: list[str], reference: str, value: str) -> None:
    column = _COLUMN.match(reference)
    index = len(row)
    if column and len(column.group()) > 2:
        return  # column 703 or later ("AAA1"), past MAX_COLUMNS: not read (review, issue 14)
    if column:
        index = 0
        for letter in column.group():
            index = index * 26 + ord(letter) - 64
        index -= 1
    if index < tables.MAX_COLUMNS:
        row.extend([""] * (index + 1 - len(row)))
        row[index] = value


def _cell_value(cell: dict[str, str], raw: str, shared: list[str], dates: frozenset[int]) -> str:
    kind = cell.get("t", "n")
    if kind == "s":
        index = int(raw) if raw.strip().isdigit() else -1
        return shared[index] if 0 <= index < len(shared) else ""
    if kind == "n" and raw and cell.get("s", "").isdigit() and int(cell["s"]) in dates:
        return _serial_date(raw)
    return raw


def _serial_date(raw: str) -> str:
    """A spreadsheet day number (1900 system) as the date it shows, German style."""
    try:
        days = float(raw)
    except ValueError:
        return raw
    if not 1 <= days < 2958466:
        return raw
    shown = date(1899, 12, 30) + timedelta(days=int(days))
    return shown.strftime("%d.%m.%Y")
