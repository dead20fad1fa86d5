"""The printed text of Word paragraphs: runs, tabs, fields, links, notes, revisions.

Word stores what it prints in runs, wrapped in revision marks, hyperlinks, fields and
content controls. What is printed is kept: tracked insertions and the results of
fields (the ``SEQ`` counters recomputed, a ``HYPERLINK`` field's target kept as the
link); what is not is dropped: tracked deletions, moved-away text, hidden text,
field instructions, comments. Footnote calls become ``[^N]`` with N as Word numbers
them (in order of calls, from 1). Drawing text boxes are returned apart, as their
own paragraphs, so that their text does not run into the paragraph anchoring them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .docx_numbering import Numbering, SeqCounter, Style, _int, _on, _val
from .docx_package import R, W
from .textnorm import clean

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"
_PICTURE = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
_TXBX = W + "txbxContent"
_SKIP = {W + "del", W + "moveFrom", W + "commentReference", W + "rPr", W + "pPr",
         W + "proofErr", W + "bookmarkStart", W + "bookmarkEnd", W + "commentRangeStart",
         W + "commentRangeEnd", MC + "Fallback"}
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"', re.IGNORECASE)


@dataclass
class Piece:
    """A stretch of printed text, with the link it lies under and whether it is bold."""

    text: str
    url: str | None = None
    bold: bool = False


@dataclass
class DocxPara:
    """One Word paragraph as printed: its number label (automatic numbering), text,
    style, links, and what it anchors (text boxes, charts, pictures)."""

    index: int
    style: Style
    pieces: list[Piece]
    label: str = ""
    notes: list[tuple[str, str]] = field(default_factory=list)  # (printed number, note id)
    boxes: list[list[DocxPara]] = field(default_factory=list)
    drawing: bool = False
    chart: bool = False  # it anchors a chart (a chart part)
    break_before_text: bool = False  # Word's last layout put a page break before any text
    broke: bool = False  # a page break (rendered or explicit) inside the paragraph
    indent: int = 0  # first-line position in twentieths of a point
    outline: int | None = None  # an outline level set on the paragraph itself
    size: int | None = None  # its mark's font size set on it, in half-points

    @property
    def text(self) -> str:
        """The printed text, number label first, tabs kept."""
        return clean(self.label + "".join(p.text for p in self.pieces))

    @property
    def urls(self) -> list[str]:
        """The distinct link targets, in order."""
        return list(dict.fromkeys(p.url for p in self.pieces if p.url))

    @property
    def bold(self) -> bool:
        """Whether all its printed letters are bold."""
        inked = [p for p in self.pieces if p.text.strip()]
        return bool(inked) and all(p.bold for p in inked)


@dataclass
class _Field:
    instruction: str = ""
    result: bool = False  # past the separator: printing the result
    printed: str | None = None  # a recomputed result (SEQ) replacing the cached one
    url: str | None = None


@dataclass
class TextReader:
    """Reads paragraphs in document order, keeping the counters Word keeps: list
    numbers, SEQ fields, footnote numbers, and fields that span paragraphs."""

    styles: dict[str, Style]
    default_style: str | None
    numbering: Numbering
    links: dict[str, str]
    seq: SeqCounter = field(default_factory=SeqCounter)
    footnotes_called: int = 0
    fields: list[_Field] = field(default_factory=list)
    count: int = 0

    def style_of(self, p: etree._Element) -> Style:
        """The paragraph's style (the document's default one when it names none)."""
        sid = p.find(f"{W}pPr/{W}pStyle")
        key = sid.get(W + "val") if sid is not None else self.default_style
        return self.styles.get(key or "", Style(key or "", key or ""))

    def paragraph(self, p: etree._Element, count_numbers: bool = True) -> DocxPara:
        """One ``w:p``; ``count_numbers`` False for text boxes, which Word numbers
        apart from the body in layout order, not reading order."""
        style = self.style_of(p)
        para = DocxPara(self.count, style, [])
        self.count += 1
        ppr = p.find(W + "pPr")
        para.indent = _first_line(ppr)
        if ppr is not None:
            outline = _val(ppr.find(W + "outlineLvl"))
            size = _val(ppr.find(f"{W}rPr/{W}sz"))
            para.outline = _int(outline, 9) if outline is not None else None
            para.size = _int(size, 0) or None if size is not None else None
        if count_numbers:
            para.label = self._label(ppr, style)
        self._walk(p, para, None, style.bold)
        return para

    def _label(self, ppr: etree._Element | None, style: Style) -> str:
        num = ppr.find(W + "numPr") if ppr is not None else None
        num_id, ilvl = style.num_id, style.ilvl
        if num is not None:
            nid = num.find(W + "numId")
            lvl = num.find(W + "ilvl")
            num_id = nid.get(W + "val") if nid is not None else num_id
            ilvl = int(lvl.get(W + "val") or 0) if lvl is not None else ilvl
        if not num_id:
            return ""
        return self.numbering.next_label(num_id, ilvl) or ""

    def _walk(self, el: etree._Element, para: DocxPara, url: str | None, bold: bool) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "r":
                self._run(child, para, url, bold)
            elif tag == W + "hyperlink":
                rid = child.get(R + "id")
                target = self.links.get(rid or "") or (
                    "#" + child.get(W + "anchor") if child.get(W + "anchor") else None)
                self._walk(child, para, target or url, bold)
            elif tag == W + "fldSimple":
                self._simple_field(child, para, url, bold)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                self._walk(choice if choice is not None else child, para, url, bold)
            else:  # ins, moveTo, smartTag, sdt, sdtContent, customXml, …: keep what they hold
                self._walk(child, para, url, bold)

    def _simple_field(self, fld: etree._Element, para: DocxPara, url: str | None,
                      bold: bool) -> None:
        instruction = fld.get(W + "instr") or ""
        seq = self.seq.field(instruction)
        if seq is not None:
            para.pieces.append(Piece(seq, url, bold))
            return
        link = _HYPERLINK_FIELD.match(instruction)
        self._walk(fld, para, link.group(1) if link else url, bold)

    def _run(self, run: etree._Element, para: DocxPara, url: str | None, bold: bool) -> None:
        rpr = run.find(W + "rPr")
        if rpr is not None and _on(rpr.find(W + "vanish")):
            return
        bold = _bold(rpr, bold, self.styles)
        for child in run:
            tag = child.tag
            if tag == W + "fldChar":
                self._field_char(child.get(W + "fldCharType"), para, url, bold)
                continue
            if tag == W + "instrText":
                if self.fields:
                    self.fields[-1].instruction += child.text or ""
                continue
            if self.fields and (not self.fields[-1].result or self.fields[-1].printed is not None):
                continue  # an instruction, or a cached result replaced by a recomputed one
            link = next((f.url for f in reversed(self.fields) if f.url), None) or url
            text = _run_text(child, para)
            if text:
                para.pieces.append(Piece(text, link, bold))
            elif tag == W + "footnoteReference":
                if child.get(W + "customMarkFollows") not in ("1", "true", "on"):
                    self.footnotes_called += 1
                    number = str(self.footnotes_called)
                    para.notes.append((number, child.get(W + "id") or ""))
                    para.pieces.append(Piece(f"[^{number}]", None, False))
            elif tag in (W + "drawing", W + "pict", W + "object"):
                self._drawing(child, para)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                for inner in (choice if choice is not None else child):
                    if inner.tag in (W + "drawing", W + "pict"):
                        self._drawing(inner, para)

    def _field_char(self, kind: str | None, para: DocxPara, url: str | None,
                    bold: bool) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            top = self.fields[-1]
            top.result = True
            top.printed = self.seq.field(top.instruction)
            link = _HYPERLINK_FIELD.match(top.instruction)
            top.url = link.group(1) if link else None
            if top.printed is not None:
                para.pieces.append(Piece(top.printed, url, bold))
        elif kind == "end" and self.fields:
            top = self.fields.pop()
            if not top.result:  # a field without a result: SEQ \h and the like
                self.seq.field(top.instruction)

    def _drawing(self, drawing: etree._Element, para: DocxPara) -> None:
        if any(True for _ in drawing.iter(_CHART, _PICTURE)):
            para.drawing = True
        if any(True for _ in drawing.iter(_CHART)):
            para.chart = True
        seen: set[int] = set()
        for box in drawing.iter(_TXBX):
            if any(id(a) in seen for a in box.iterancestors(_TXBX)):
                continue
            seen.add(id(box))
            para.boxes.append([self.paragraph(p, count_numbers=False)
                               for p in box.iter(W + "p")
                               if next(p.iterancestors(_TXBX)) is box])
            para.drawing = True


def _run_text(child: etree._Element, para: DocxPara) -> str:
    tag = child.tag
    if tag == W + "t":
        return child.text or ""
    if tag in (W + "tab", W + "ptab"):
        return "\t"
    if tag == W + "br":
        if child.get(W + "type") == "page":
            para.broke = True
            para.break_before_text = para.break_before_text or not para.pieces
        return " "
    if tag == W + "lastRenderedPageBreak":
        para.broke = True
        para.break_before_text = para.break_before_text or not "".join(
            p.text for p in para.pieces).strip()
        return ""
    if tag == W + "cr":
        return " "
    if tag == W + "noBreakHyphen":
        return "-"
    if tag == W + "sym":
        code = child.get(W + "char") or ""
        try:
            value = int(code, 16)
        except ValueError:
            return ""
        return chr(value - 0xF000) if value >= 0xF000 else chr(value)
    return ""


def _bold(rpr: etree._Element | None, inherited: bool, styles: dict[str, Style]) -> bool:
    if rpr is None:
        return inherited
    direct = _on(rpr.find(W + "b"))
    if direct is not None:
        return direct
    rstyle = rpr.find(W + "rStyle")
    if rstyle is not None and (st := styles.get(rstyle.get(W + "val") or "")) and st.bold:
        return True
    return inherited


def _first_line(ppr: etree._Element | None) -> int:
    """Where the first line starts: left indent, less a hanging indent, plus a first-line one."""
    ind = ppr.find(W + "ind") if ppr is not None else None
    if ind is None:
        return 0

    def num(*names: str) -> int:
        for name in names:
            value = ind.get(W + name)
            if value is not None:
                try:
                    return int(float(value))
                except ValueError:
                    return 0
        return 0

    return num("left", "start") - num("hanging") + num("firstLine")
