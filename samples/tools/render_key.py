#!/usr/bin/env python3
"""Render an answer key (tables/*.json, blocks/part*.json) as an HTML document and a
Word .docx in UN fascicle layout, so that other PDF producers can print it.

Usage: python render_key.py KEY_DIR -o OUT_DIR [--name STEM] [--symbol S] [--job J]
                            [--header-right TEXT] [--cover LINE ...] [--lang zh|en]

Writes OUT_DIR/STEM.html and OUT_DIR/STEM.docx. Everything printed comes from the key,
in the key's reading order: headings (levels 1-4), numbered paragraphs with hanging
numbers and footnote calls, sub-items, two-column mandate lists with hyperlinks, tables
(caption "表 15.N"/"Table 15.N", title, unit; horizontal rules only; multi-row headers
with row and column spans; section, subtotal and total rows; notes), figures (caption,
title, unit, each panel's caption, total and labelled bars), footnotes, signatures and
the organisation chart. The key has no cover or running header: --symbol, --job,
--header-right and --cover supply them (a key's own `front` block is used as the cover).
The renderings are of the key, not UN documents.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

Block = dict[str, Any]

WORDS = {
    "zh": {"table": "表 {}", "figure": "图 {}", "docx_font": "Noto Serif CJK SC",
           "font": "'Noto Serif CJK SC', 'Noto Sans CJK SC', serif"},
    "en": {"table": "Table {}", "figure": "Figure {}", "docx_font": "Times New Roman",
           "font": "'Times New Roman', 'Liberation Serif', serif"},
}
CALL = re.compile(r"\[\^(\w+)\]")
NUMBERED_CAPTION = re.compile(r"^[0-9A-Z]+\.")  # "15.9", "29A.3": printed with a caption line


@dataclass
class Key:
    """An answer key: its tables by number and its blocks in reading order."""

    tables: dict[str, dict[str, Any]]
    blocks: list[Block]
    lang: str = "en"
    meta: dict[str, Any] = field(default_factory=dict)


def load_key(folder: Path, lang: str | None = None) -> Key:
    """Read a key directory; the language is guessed from the script unless given."""
    tables = {}
    for path in sorted((folder / "tables").glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        tables[table["number"]] = table
    blocks: list[Block] = []
    for path in sorted((folder / "blocks").glob("part*.json"),
                       key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)):
        blocks += json.loads(path.read_text(encoding="utf-8"))
    if lang is None:
        sample = "".join(b.get("text") or "" for b in blocks[:200])
        han = sum("\u4e00" <= ch <= "\u9fff" for ch in sample)
        lang = "zh" if han > len(sample) / 10 else "en"
    return Key(tables, blocks, lang)


def value_of(printed: str | None) -> float | None:
    """A printed chart value as a number (for bar lengths), or None."""
    text = re.sub(r"[^\d.]", "", printed or "")
    try:
        return float(Decimal(text)) if text else None
    except InvalidOperation:
        return None


def runs(text: str) -> Iterator[tuple[str, str | None]]:
    """Split text at footnote calls: (text, None) and ("", call) pieces in order."""
    pos = 0
    for match in CALL.finditer(text):
        if match.start() > pos:
            yield text[pos:match.start()], None
        yield "", match.group(1)
        pos = match.end()
    if pos < len(text):
        yield text[pos:], None


def grouped(blocks: Iterable[Block]) -> Iterator[list[Block]]:
    """Blocks with consecutive footnotes gathered into one list."""
    pending: list[Block] = []
    for block in blocks:
        if block["type"] == "footnote":
            pending.append(block)
            continue
        if pending:
            yield pending
            pending = []
        yield [block]
    if pending:
        yield pending


# ---------------------------------------------------------------- HTML

CSS = """
@page {{ size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-left {{ content: "{symbol}"; font-size: 9pt; font-weight: bold; }}
  @top-right {{ content: "{header_right}"; font-size: 9pt; }}
  @bottom-left {{ content: "{job}"; font-size: 8pt; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font-size: 8pt; }} }}
body {{ font-family: {font}; font-size: 10pt; line-height: 1.35; margin: 0; }}
h1 {{ font-size: 12pt; margin: 10pt 0 6pt 0; }}
h2 {{ font-size: 11pt; margin: 8pt 0 5pt 8mm; }}
h3 {{ font-size: 10pt; margin: 7pt 0 4pt 20mm; }}
h4 {{ font-size: 10pt; font-style: italic; margin: 6pt 0 4pt 20mm; }}
p {{ margin: 0 0 5pt 0; text-align: justify; }}
p.para {{ margin-left: 20mm; text-indent: -20mm; }}
p.para span.num {{ display: inline-block; width: 20mm; text-indent: 0; }}
p.plain {{ margin-left: 20mm; }}
p.item1 {{ margin-left: 30mm; text-indent: -10mm; }}
p.item2 {{ margin-left: 40mm; text-indent: -10mm; }}
p.item1 span.mark, p.item2 span.mark {{ display: inline-block; width: 10mm; text-indent: 0; }}
sup {{ font-size: 6.5pt; line-height: 0; }}
div.cover {{ page-break-after: always; }}
div.cover p {{ margin-left: 20mm; font-size: 12pt; }}
div.cover p.symbol {{ text-align: right; font-weight: bold; font-size: 14pt; }}
div.signature {{ margin-left: 95mm; margin-bottom: 8pt; }}
div.footnotes {{ margin: 4pt 0 8pt 0; font-size: 8pt; }}
div.footnotes p {{ margin: 0 0 2pt 6mm; text-indent: -6mm; }}
p.mbody {{ margin: 6pt 0 3pt 20mm; font-style: italic; }}
div.mandates {{ margin-left: 20mm; column-count: 2; column-gap: 6mm; font-size: 9.5pt; }}
div.mandates p {{ margin: 0 0 2pt 16mm; text-indent: -16mm; text-align: left;
  break-inside: avoid; }}
div.mandates span.sym {{ display: inline-block; width: 16mm; text-indent: 0; }}
a {{ color: inherit; text-decoration: none; }}
p.caption {{ margin: 10pt 0 0 20mm; }}
p.ttitle {{ margin: 0 0 0 20mm; font-weight: bold; }}
p.unit {{ margin: 0 0 4pt 20mm; }}
p.plabel {{ margin: 6pt 0 3pt 20mm; }}
p.caption, p.ttitle, p.unit, p.plabel {{ break-after: avoid; }}
table.t {{ margin-left: 20mm; width: calc(100% - 20mm); border-collapse: collapse; font-size: 8.5pt;
  line-height: 1.2; border-top: 0.75pt solid black; border-bottom: 0.75pt solid black;
  margin-bottom: 6pt; }}
table.t th {{ font-weight: normal; font-style: italic; text-align: right; vertical-align: bottom;
  padding: 2pt 3pt; }}
table.t th.stub, table.t td.label {{ text-align: left; }}
table.t tr.lasthead th {{ border-bottom: 0.75pt solid black; }}
table.t th.group {{ text-align: center; border-bottom: 0.5pt solid black; }}
table.t td {{ text-align: right; vertical-align: top; padding: 1.5pt 3pt; }}
table.t td.text {{ text-align: left; }}
table.t tr.section td, table.t tr.subtotal td, table.t tr.total td {{ font-weight: bold; }}
table.t tr.total td {{ border-top: 0.5pt solid black; }}
table.t td.span {{ text-align: left; }}
p.tnote {{ margin: 0 0 3pt 20mm; font-size: 8pt; }}
div.figure {{ margin: 6pt 0 8pt 20mm; break-inside: avoid; }}
div.panel {{ display: inline-block; vertical-align: top; width: 48%; margin: 3pt 1% 6pt 0;
  font-size: 8.5pt; }}
div.bar {{ display: flex; align-items: center; margin: 1pt 0; }}
div.bar span.l {{ width: 32mm; }}
div.bar span.b {{ display: inline-block; height: 6pt; background: #4f81bd; margin-right: 3pt; }}
div.orgchart {{ margin-left: 20mm; font-size: 8pt; }}
div.box {{ display: inline-block; vertical-align: top; width: 46mm; border: 0.5pt solid black;
  margin: 2pt; padding: 2pt; }}
"""


def esc(text: str) -> str:
    """HTML-escaped text with line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def html_text(text: str) -> str:
    """Escaped text with footnote calls as superscripts."""
    return "".join(f"<sup>{esc(call)}</sup>" if call else esc(piece)
                   for piece, call in runs(text))


def html_table(key: Key, number: str) -> str:
    """One table: caption, title, unit, then each part ruled with horizontal lines."""
    table = key.tables.get(number)
    if table is None:
        return ""
    out = []
    if NUMBERED_CAPTION.match(number):
        out.append(f'<p class="caption">{esc(WORDS[key.lang]["table"].format(number))}</p>')
    out.append(f'<p class="ttitle">{esc(table.get("title") or "")}</p>')
    if table.get("unit"):
        out.append(f'<p class="unit">{esc(table["unit"])}</p>')
    for part in table["parts"]:
        if part.get("label"):
            out.append(f'<p class="plabel">{esc(part["label"])}</p>')
        out.append(html_part(part))
    out += [f'<p class="tnote">{esc(n)}</p>' for n in table.get("notes") or []]
    return "\n".join(out)


def html_part(part: dict[str, Any]) -> str:
    """A table part: header rows with spans, then body rows by style."""
    nolabel = bool(part.get("nolabel"))
    ncols = part.get("ncols") or max((len(r.get("cells", [])) for r in part["rows"]), default=1)
    # frame/rules: the HTML 4 way to ask for horizontal rules only (LibreOffice reads it)
    rows = ['<table class="t" border="1" frame="hsides" rules="groups"><thead>']
    header = part.get("header") or []
    for index, hrow in enumerate(header):
        last = ' class="lasthead"' if index == len(header) - 1 else ""
        cells, col = [], 0
        for cell in hrow:
            span = cell.get("colspan", 1)
            attrs = ""
            classes = []
            if cell.get("rowspan", 1) > 1:
                attrs += f' rowspan="{cell["rowspan"]}"'
            if span > 1:
                attrs += f' colspan="{span}"'
                classes.append("group")
            if col == 0 and index == 0 and not nolabel:
                classes.append("stub")
            if classes:
                attrs += f' class="{" ".join(classes)}"'
            cells.append(f"<th{attrs}>{esc(cell.get('text') or '')}</th>")
            col += span
        rows.append(f"<tr{last}>{''.join(cells)}</tr>")
    rows.append("</thead><tbody>")
    for row in part["rows"]:
        style = row.get("style", "normal")
        if style == "total" and row is not part["rows"][0]:
            rows.append("</tbody><tbody>")  # a rule above the total
        pad = f' style="padding-left:{3 + 8 * row.get("indent", 0)}pt"'
        if "span" in row:
            rows.append(f'<tr class="{style}"><td class="span" colspan="{ncols}"{pad}>'
                        f'{esc(row["span"])}</td></tr>')
            continue
        cells = []
        for index, text in enumerate(row["cells"]):
            textual = value_of(text) is None and text.strip() not in {"", "—", "–", "-"}
            if index == 0 and not nolabel:
                cells.append(f'<td class="label"{pad}>{esc(text)}</td>')
            else:
                klass = ' class="text"' if textual else ""
                cells.append(f"<td{klass}>{esc(text)}</td>")
        rows.append(f'<tr class="{style}">{"".join(cells)}</tr>')
    rows.append("</tbody></table>")
    return "\n".join(rows)


def html_figure(key: Key, block: Block) -> str:
    """A figure: caption, title, unit, and each panel's labelled bars as text."""
    out = ['<div class="figure">',
           f'<p>{esc(WORDS[key.lang]["figure"].format(block.get("number") or ""))}</p>',
           f'<p><b>{esc(block.get("title") or "")}</b></p>']
    if block.get("unit"):
        out.append(f"<p>{esc(block['unit'])}</p>")
    for panel in block.get("panels") or []:
        data = panel.get("data") or []
        top = max((value_of(d.get("value")) or 0 for d in data), default=0) or 1
        out.append('<div class="panel">')
        if panel.get("caption"):
            out.append(f"<p><b>{esc(panel['caption'])}</b></p>")
        if panel.get("total"):
            out.append(f"<p>{esc(panel['total'])}</p>")
        for datum in data:
            width = 40 * (value_of(datum.get("value")) or 0) / top
            out.append(f'<div class="bar"><span class="l">{esc(datum.get("label") or "")}</span>'
                       f'<span class="b" style="width:{width:.1f}mm"></span>'
                       f'<span>{esc(datum.get("value") or "")}</span></div>')
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def html_block(key: Key, group: list[Block]) -> str:
    """One block (or a run of footnotes) as HTML."""
    block = group[0]
    kind = block["type"]
    if kind == "footnote":
        return '<div class="footnotes">' + "".join(
            f'<p><sup>{esc(str(b.get("number") or ""))}</sup>&#8199;{html_text(b["text"])}</p>'
            for b in group) + "</div>"
    if kind == "heading":
        level = min(max(int(block.get("level") or 1), 1), 4)
        return f"<h{level}>{html_text(block['text'])}</h{level}>"
    if kind in ("para", "note"):
        if block.get("number"):
            return (f'<p class="para"><span class="num">{esc(block["number"])} </span>'
                    f'{html_text(block["text"])}</p>')
        return f'<p class="plain">{html_text(block["text"])}</p>'
    if kind == "item":
        level = 2 if block.get("level", 1) >= 2 else 1
        marker = esc(block.get("marker") or "")
        return (f'<p class="item{level}"><span class="mark">{marker} </span>'
                f'{html_text(block["text"])}</p>')
    if kind == "mandates":
        entries = "".join(
            '<p><span class="sym">'
            + (f'<a href="{html.escape(e["url"])}">{esc(e.get("symbol") or "")}</a>'
               if e.get("url") else esc(e.get("symbol") or ""))
            + f" </span>{esc(e.get('title') or '')}</p>" for e in block.get("entries") or [])
        body = f'<p class="mbody">{esc(block["body"])}</p>' if block.get("body") else ""
        return f'{body}<div class="mandates">{entries}</div>'
    if kind == "table":
        return html_table(key, block["number"])
    if kind == "figure":
        return html_figure(key, block)
    if kind == "signature":
        return '<div class="signature">' + "".join(
            f"<p>{esc(line)}</p>" for line in block.get("lines") or []) + "</div>"
    if kind == "textbox":
        return "".join(f'<p class="plain">{esc(line)}</p>'
                       for line in block.get("lines") or [block.get("text") or ""])
    if kind == "orgchart":
        boxes = []
        for box in block.get("boxes") or []:
            lines = [f"<b>{esc(box.get('title') or '')}</b>"]
            if box.get("subtitle"):
                lines.append(esc(box["subtitle"]))
            lines += [esc(line) for line in box.get("lines") or []]
            boxes.append('<div class="box">' + "<br>".join(lines) + "</div>")
        return '<div class="orgchart">' + "".join(boxes) + "</div>"
    if kind == "front":
        return ""  # printed as the cover
    text = block.get("text")
    return f'<p class="plain">{html_text(text)}</p>' if text else ""


def cover_lines(key: Key) -> list[str]:
    """The cover: --cover lines, else the key's own `front` block."""
    if key.meta.get("cover"):
        return list(key.meta["cover"])
    for block in key.blocks:
        if block["type"] == "front":
            return list(block.get("lines") or [])
    return []


def to_html(key: Key) -> str:
    """The whole key as one HTML document."""
    words = WORDS[key.lang]
    meta = key.meta

    def quoted(name: str) -> str:
        return str(meta.get(name) or "").replace("\\", "\\\\").replace('"', '\\"')

    css = CSS.format(symbol=quoted("symbol"), job=quoted("job"),
                     header_right=quoted("header_right"), font=words["font"])
    body = []
    cover = cover_lines(key)
    if cover or meta.get("symbol"):
        body.append('<div class="cover">')
        if meta.get("symbol"):
            body.append(f'<p class="symbol">{esc(meta["symbol"])}</p>')
        body += [f"<p>{esc(line)}</p>" for line in cover]
        body.append("</div>")
    body += [html_block(key, group) for group in grouped(key.blocks)]
    title = esc(meta.get("symbol") or "answer key")
    return (f'<!DOCTYPE html>\n<html lang="{key.lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{css}</style></head><body>\n"
            + "\n".join(b for b in body if b) + "\n</body></html>\n")


# ---------------------------------------------------------------- Word

def to_docx(key: Key, target: Path) -> None:
    """The whole key as a Word document: real footnotes, hyperlinks, tab-hung numbers,
    two-column mandate sections, tables with header rows repeated and merged cells."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    document = Document()
    words = WORDS[key.lang]
    normal = document.styles["Normal"]
    normal.font.name = words["docx_font"]
    normal.font.size = Pt(10)
    _east_asian_font(normal.element, words["docx_font"])
    normal.paragraph_format.space_after = Pt(4)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(22), Mm(24)
    _running(section, key.meta)
    notes = _Footnotes(document)

    def text_runs(paragraph: Any, text: str, bold: bool = False, size: float | None = None) -> None:
        for piece, call in runs(text):
            if call:
                notes.call(paragraph, call)
            else:
                run = paragraph.add_run(piece.replace("\n", " "))
                run.bold = bold or None
                if size:
                    run.font.size = Pt(size)

    def hung(indent_mm: float, hang_mm: float) -> Any:
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Mm(indent_mm), Mm(-hang_mm)
        fmt.tab_stops.add_tab_stop(Mm(indent_mm))
        return paragraph

    cover = cover_lines(key)
    if cover or key.meta.get("symbol"):
        if key.meta.get("symbol"):
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(key.meta["symbol"]).bold = True
        for line in cover:
            document.add_paragraph(line).paragraph_format.left_indent = Mm(20)
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    footnotes = {str(b.get("number")): b["text"] for b in key.blocks if b["type"] == "footnote"}
    notes.texts = footnotes
    for block in key.blocks:
        kind = block["type"]
        if kind in ("footnote", "front"):
            continue
        if kind == "heading":
            level = min(max(int(block.get("level") or 1), 1), 4)
            p = document.add_paragraph()
            p.paragraph_format.left_indent = Mm((0, 0, 8, 20, 20)[level])
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
            text_runs(p, block["text"], bold=True, size=(12, 11, 10, 10)[level - 1])
            if level == 4:
                for run in p.runs:
                    run.italic = True
        elif kind in ("para", "note"):
            if block.get("number"):
                p = hung(20, 20)
                p.add_run(f"{block['number']}\t")
            else:
                p = document.add_paragraph()
                p.paragraph_format.left_indent = Mm(20)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            text_runs(p, block["text"])
        elif kind == "item":
            level = 2 if block.get("level", 1) >= 2 else 1
            p = hung(20 + 10 * level, 10)
            p.add_run(f"{block.get('marker') or ''}\t")
            text_runs(p, block["text"])
        elif kind == "mandates":
            if block.get("body"):
                p = document.add_paragraph()
                p.paragraph_format.left_indent = Mm(20)
                p.add_run(block["body"]).italic = True
            document.add_section(WD_SECTION.CONTINUOUS)  # closes the text before the list
            for entry in block.get("entries") or []:
                p = hung(36, 16)
                p.paragraph_format.space_after = Pt(2)
                symbol = entry.get("symbol") or ""
                if entry.get("url"):
                    _hyperlink(p, symbol, entry["url"])
                else:
                    p.add_run(symbol)
                p.add_run("\t" + (entry.get("title") or ""))
            document.add_section(WD_SECTION.CONTINUOUS)  # closes the list: two columns
            _columns(document.sections[-2], 2)
            _columns(document.sections[-1], 1)
        elif kind == "table":
            _docx_table(document, key, block["number"])
        elif kind == "figure":
            p = document.add_paragraph(words["figure"].format(block.get("number") or ""))
            p.paragraph_format.left_indent = Mm(20)
            p.paragraph_format.keep_with_next = True
            p = document.add_paragraph()
            p.paragraph_format.left_indent = Mm(20)
            p.add_run(block.get("title") or "").bold = True
            if block.get("unit"):
                document.add_paragraph(block["unit"]).paragraph_format.left_indent = Mm(20)
            for panel in block.get("panels") or []:
                for line in (panel.get("caption"), panel.get("total")):
                    if line:
                        document.add_paragraph(line).paragraph_format.left_indent = Mm(24)
                for datum in panel.get("data") or []:
                    p = hung(60, 36)
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(f"{datum.get('label') or ''}\t{datum.get('value') or ''}")
        elif kind == "signature":
            for line in block.get("lines") or []:
                document.add_paragraph(line).paragraph_format.left_indent = Mm(95)
        elif kind == "orgchart":
            for box in block.get("boxes") or []:
                p = document.add_paragraph()
                p.paragraph_format.left_indent = Mm(20)
                p.add_run(box.get("title") or "").bold = True
                for line in [box.get("subtitle")] + list(box.get("lines") or []):
                    if line:
                        p.add_run().add_break()
                        p.add_run(line)
        else:
            text = block.get("text") or "\n".join(block.get("lines") or [])
            if text:
                document.add_paragraph(text).paragraph_format.left_indent = Mm(20)
    notes.save()
    document.save(str(target))


def _east_asian_font(element: Any, name: str) -> None:
    """Set the East Asian font of a style or run (python-docx sets only the Latin one)."""
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _columns(section: Any, count: int) -> None:
    """Give a section `count` text columns."""
    from docx.oxml.ns import qn

    sect = section._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = sect.makeelement(qn("w:cols"), {})
        sect.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "340")


def _field(paragraph: Any, code: str) -> None:
    """A simple field (PAGE, NUMPAGES) in a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _running(section: Any, meta: dict[str, Any]) -> None:
    """Running header (symbol, right text) and footer (job number, page/pages)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt, Twips

    width = section.page_width - section.left_margin - section.right_margin
    for paragraph in (section.header.paragraphs[0], section.footer.paragraphs[0]):
        for stop in (4680, 9360):  # the template's centre and right tab stops
            paragraph.paragraph_format.tab_stops.add_tab_stop(Twips(stop),
                                                              WD_TAB_ALIGNMENT.CLEAR)
    if meta.get("symbol") or meta.get("header_right"):
        p = section.header.paragraphs[0]
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(meta.get("symbol") or "").bold = True
        p.add_run("\t" + (meta.get("header_right") or ""))
        for run in p.runs:
            run.font.size = Pt(9)
    if meta.get("job") or meta.get("symbol"):
        p = section.footer.paragraphs[0]
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run((meta.get("job") or "") + "\t").font.size = Pt(8)
        _field(p, "PAGE")
        p.add_run("/")
        _field(p, "NUMPAGES")


def _hyperlink(paragraph: Any, text: str, url: str) -> None:
    """An external hyperlink run."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


class _Footnotes:
    """Real Word footnotes: a footnotes part, and a reference run at each call."""

    XMLNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

    def __init__(self, document: Any) -> None:
        self.document = document
        self.texts: dict[str, str] = {}
        self.made: list[tuple[int, str, str]] = []

    def call(self, paragraph: Any, number: str) -> None:
        """A footnote reference for key footnote `number` (numbered by Word)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        ident = len(self.made) + 1
        self.made.append((ident, number, self.texts.get(number, "")))
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        rpr.append(align)
        run.append(rpr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(ident))
        run.append(ref)
        paragraph._p.append(run)

    def save(self) -> None:
        """Add the footnotes part (separators plus one note per call)."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        def note(ident: int, body: str, kind: str = "") -> str:
            typ = f' w:type="{kind}"' if kind else ""
            return f'<w:footnote w:id="{ident}"{typ}>{body}</w:footnote>'

        sep = note(-1, "<w:p><w:r><w:separator/></w:r></w:p>", "separator")
        cont = note(0, "<w:p><w:r><w:continuationSeparator/></w:r></w:p>",
                    "continuationSeparator")
        items = [note(ident, '<w:p><w:pPr><w:ind w:left="340" w:hanging="340"/></w:pPr>'
                      '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr>'
                      '<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                      f'<w:t xml:space="preserve">\t{html.escape(text, quote=False)}</w:t>'
                      "</w:r></w:p>")
                 for ident, _number, text in self.made]
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f"<w:footnotes {self.XMLNS}>" + sep + cont + "".join(items) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.document.part.package)
        self.document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _docx_table(document: Any, key: Key, number: str) -> None:
    """A table in Word: caption lines, then each part with merged header cells,
    header rows repeated across pages, horizontal borders only."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    table = key.tables.get(number)
    if table is None:
        return

    def line(text: str, bold: bool = False) -> None:
        p = document.add_paragraph()
        p.paragraph_format.left_indent = Mm(20)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        p.add_run(text).bold = bold or None

    if NUMBERED_CAPTION.match(number):
        line(WORDS[key.lang]["table"].format(number))
    line(table.get("title") or "", bold=True)
    if table.get("unit"):
        line(table["unit"])
    for part in table["parts"]:
        if part.get("label"):
            line(part["label"])
        header = part.get("header") or []
        ncols = part.get("ncols") or max(len(r.get("cells", [])) for r in part["rows"])
        grid = document.add_table(rows=len(header) + len(part["rows"]), cols=ncols)
        grid.autofit = False
        _indent_table(grid, Mm(20))
        widths = column_widths(part, ncols, 150)
        for index, width in enumerate(widths):
            for cell in grid.columns[index].cells:
                cell.width = Mm(width)
        for col, width in zip(grid._tbl.tblGrid.gridCol_lst, widths, strict=False):
            col.w = Mm(width)  # LibreOffice lays out by the grid, not the cells
        taken: set[tuple[int, int]] = set()
        for r, hrow in enumerate(header):
            c = 0
            for cell in hrow:
                while (r, c) in taken:
                    c += 1
                rs, cs = cell.get("rowspan", 1), cell.get("colspan", 1)
                target = grid.cell(r, c)
                if rs > 1 or cs > 1:
                    target = target.merge(grid.cell(r + rs - 1, min(c + cs, ncols) - 1))
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        taken.add((rr, cc))
                target.text = cell.get("text") or ""
                for p in target.paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if cs > 1 else (
                        WD_ALIGN_PARAGRAPH.LEFT if c == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
                    for run in p.runs:
                        run.italic = True
                if cs > 1:
                    _borders(target, bottom=True)
                c += cs
            _repeat_header(grid.rows[r])
        for index in range(ncols):
            _borders(grid.cell(0, index), top=True)
            if header:
                _borders(grid.cell(len(header) - 1, index), bottom=True)
        for offset, row in enumerate(part["rows"]):
            r = len(header) + offset
            style = row.get("style", "normal")
            bold = style in ("section", "subtotal", "total")
            if "span" in row:
                target = grid.cell(r, 0).merge(grid.cell(r, ncols - 1))
                target.text = row["span"]
                cells = [(target, row["span"], True)]
            else:
                cells = [(grid.cell(r, i), text, i == 0 and not part.get("nolabel"))
                         for i, text in enumerate(row["cells"][:ncols])]
                for target, text, _ in cells:
                    target.text = text
            for target, _text, is_label in cells:
                for p in target.paragraphs:
                    p.paragraph_format.space_after = Pt(0)
                    if is_label:
                        p.paragraph_format.left_indent = Mm(3 * row.get("indent", 0))
                    else:
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    for run in p.runs:
                        run.font.size = Pt(8.5)
                        run.bold = bold or None
            if style == "total":
                for i in range(ncols):
                    _borders(grid.cell(r, i), top=True)
            if offset == len(part["rows"]) - 1:
                for i in range(ncols):
                    _borders(grid.cell(r, i), bottom=True)
        document.add_paragraph().paragraph_format.space_after = Pt(2)
    for note in table.get("notes") or []:
        p = document.add_paragraph()
        p.paragraph_format.left_indent = Mm(20)
        p.add_run(note).font.size = Pt(8)


def text_width(text: str) -> int:
    """Printed width of a text in half-ems (a Han character is two)."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def column_widths(part: dict[str, Any], ncols: int, total: float) -> list[float]:
    """Column widths (mm) within `total`: each column what its longest cell needs on
    one line (about 1.6 mm a half-em), short columns first; the rest goes to the
    columns whose text would still wrap."""
    longest = [4] * ncols
    for row in part["rows"]:
        for index, text in enumerate(row.get("cells") or []):
            if index < ncols:
                line = max((text_width(t) for t in text.split("\n")), default=0)
                longest[index] = max(longest[index], min(line, 80))
    desire = [1.6 * w + 4 for w in longest]
    need = [min(d, 17.0) for d in desire]
    if sum(need) >= total:
        return [total * n / sum(need) for n in need]
    extra = total - sum(need)
    short = [d - n for d, n in zip(desire, need, strict=True)]
    if sum(short) <= 0:
        return [n + extra / ncols for n in need]
    give = min(1.0, extra / sum(short))
    widths = [n + give * m for n, m in zip(need, short, strict=True)]
    left = total - sum(widths)
    return [w + left * w / sum(widths) for w in widths]


def _indent_table(grid: Any, indent: Any) -> None:
    """Indent a table from the left margin and drop the template's grid borders."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblpr = grid._tbl.tblPr
    ind = OxmlElement("w:tblInd")
    ind.set(qn("w:w"), str(int(indent.twips)))
    ind.set(qn("w:type"), "dxa")
    tblpr.append(ind)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    tblpr.append(borders)


def _borders(cell: Any, top: bool = False, bottom: bool = False) -> None:
    """Add a horizontal rule above and/or below a cell."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    borders = tcpr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcpr.append(borders)
    for side, wanted in (("top", top), ("bottom", bottom)):
        if wanted and borders.find(qn(f"w:{side}")) is None:
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:val"), "single")
            edge.set(qn("w:sz"), "6")
            edge.set(qn("w:color"), "000000")
            borders.append(edge)


def _repeat_header(row: Any) -> None:
    """Mark a table row as a header row repeated at page breaks."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    trpr.append(mark)


def main(argv: list[str] | None = None) -> int:
    """Command line: write STEM.html and STEM.docx."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("key", type=Path, help="answer-key directory")
    parser.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    parser.add_argument("--name", help="output stem (default: the key folder's name)")
    parser.add_argument("--lang", choices=sorted(WORDS), help="edition (default: guessed)")
    parser.add_argument("--symbol", help="document symbol for the cover and running header")
    parser.add_argument("--job", help="job number for the running footer")
    parser.add_argument("--header-right", help="right-hand running header text")
    parser.add_argument("--cover", action="append", default=[], help="a cover line (repeat)")
    parser.add_argument("--no-docx", action="store_true", help="write the HTML only")
    args = parser.parse_args(argv)
    key = load_key(args.key, args.lang)
    key.meta = {"symbol": args.symbol, "job": args.job, "header_right": args.header_right,
                "cover": args.cover}
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.name or args.key.resolve().name
    (args.out / f"{stem}.html").write_text(to_html(key), encoding="utf-8")
    if not args.no_docx:
        to_docx(key, args.out / f"{stem}.docx")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
