"""Word's automatic numbering, counted the way Word counts it, and paragraph styles.

A numbered paragraph stores no number: it names a list (``w:numId``) and a level
(``w:ilvl``), directly or through its style. ``numbering.xml`` maps the list to an
abstract definition whose levels give the start value, the format (decimal, letters,
roman numerals) and a template such as ``"%1.%2"``. Word keeps one set of counters
per abstract definition, shared by the lists that use it, restarts a list that
overrides its start value when it is first used, and resets deeper levels when a
level counts up. Caption numbers made with ``SEQ`` fields count the same way, per
sequence name (:class:`SeqCounter`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .docx_package import W


def _val(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(W + attr)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _on(el: etree._Element | None) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``): None when absent."""
    if el is None:
        return None
    return _val(el) not in ("0", "false", "off")


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(n: int) -> str:
    """Lower-case roman numeral."""
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz, aaa …"""
    if n < 1:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in a Word number format (``decimal``, ``lowerLetter``, ``upperRoman`` …)."""
    match fmt:
        case "lowerLetter":
            return letters(n)
        case "upperLetter":
            return letters(n).upper()
        case "lowerRoman":
            return roman(n)
        case "upperRoman":
            return roman(n).upper()
        case "decimalZero":
            return f"{n:02d}"
        case "none":
            return ""
    return str(n)


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # restart after this (1-based) level; None: after any higher
    suffix: str = "\t"
    legal: bool = False  # isLgl: higher levels shown as decimal


def _level(el: etree._Element) -> Level:
    suffix = {"space": " ", "nothing": ""}.get(_val(el.find(W + "suff")) or "", "\t")
    restart = _val(el.find(W + "lvlRestart"))
    return Level(_int(_val(el.find(W + "start")), 1), _val(el.find(W + "numFmt")) or "decimal",
                 _val(el.find(W + "lvlText")) or "", _int(restart, 0) if restart else None,
                 suffix, _on(el.find(W + "isLgl")) or False)


@dataclass
class _List:
    abstract: str
    starts: dict[int, int]  # level → startOverride
    levels: dict[int, Level]  # level → lvl given in the override
    used: bool = False


@dataclass
class Numbering:
    """The lists of a document and their running counters (one pass, in reading order)."""

    abstracts: dict[str, dict[int, Level]]
    lists: dict[str, _List]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: etree._Element | None) -> Numbering:
        """From ``numbering.xml`` (None: a document without lists)."""
        abstracts: dict[str, dict[int, Level]] = {}
        lists: dict[str, _List] = {}
        if root is None:
            return cls(abstracts, lists)
        for ab in root.iter(W + "abstractNum"):
            abstracts[ab.get(W + "abstractNumId") or ""] = {
                _int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in ab.iter(W + "lvl")}
        for num in root.iter(W + "num"):
            starts, levels = {}, {}
            for over in num.iter(W + "lvlOverride"):
                ilvl = _int(over.get(W + "ilvl"), 0)
                if (start := over.find(W + "startOverride")) is not None:
                    starts[ilvl] = _int(_val(start), 1)
                if (lvl := over.find(W + "lvl")) is not None:
                    levels[ilvl] = _level(lvl)
            lists[num.get(W + "numId") or ""] = _List(_val(num.find(W + "abstractNumId")) or "",
                                                      starts, levels)
        return cls(abstracts, lists)

    def _levels(self, lst: _List) -> dict[int, Level]:
        return self.abstracts.get(lst.abstract, {}) | lst.levels

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Count one paragraph of list ``num_id`` at level ``ilvl`` and return the
        label Word prints before it, with its separator ("15.3\\t"); None: not a list."""
        lst = self.lists.get(num_id)
        if lst is None or num_id == "0":
            return None
        levels = self._levels(lst)
        if ilvl not in levels:
            return None
        counts = self.counters.setdefault(lst.abstract, {})
        if not lst.used:
            lst.used = True
            for at, start in lst.starts.items():  # an override restarts the shared counter
                counts[at] = start - 1
                for deeper in [k for k in counts if k > at]:
                    del counts[deeper]
        level = levels[ilvl]
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper, lv in levels.items():
            # lvlRestart n: restart after level n (1-based) or a higher one; 0: never
            if deeper > ilvl and (lv.restart is None or ilvl + 1 <= lv.restart):
                counts.pop(deeper, None)
        if level.fmt == "bullet":
            return level.text + level.suffix if level.text else None

        def place(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lv = levels.get(k, Level())
            value = counts.get(k, lv.start)
            return format_number(value, "decimal" if level.legal and k < ilvl else lv.fmt)

        label = re.sub(r"%([1-9])", place, level.text)
        return label + level.suffix if label else None


@dataclass(frozen=True)
class Style:
    """What a paragraph style gives its paragraphs, resolved through ``basedOn``."""

    id: str
    name: str = ""
    num_id: str | None = None
    ilvl: int = 0
    outline: int | None = None  # 0-based outline level (Word's heading level)
    bold: bool = False
    size: int | None = None  # font size in half-points


def parse_styles(root: etree._Element | None) -> tuple[dict[str, Style], str | None]:
    """Paragraph and character styles by id, and the default paragraph style's id."""
    raw: dict[str, etree._Element] = {}
    default = None
    if root is not None:
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId") or ""
            raw[sid] = st
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
                default = sid
    resolved: dict[str, Style] = {}

    def resolve(sid: str, seen: tuple[str, ...] = ()) -> Style:
        if sid in resolved:
            return resolved[sid]
        st = raw.get(sid)
        if st is None or sid in seen:
            return Style(sid, sid)
        base_id = _val(st.find(W + "basedOn"))
        base = resolve(base_id, (*seen, sid)) if base_id else Style(sid, sid)
        num = st.find(f"{W}pPr/{W}numPr")
        num_id, ilvl = base.num_id, base.ilvl
        if num is not None:
            num_id = _val(num.find(W + "numId")) or num_id
            ilvl = _int(_val(num.find(W + "ilvl")), 0)
        outline = _val(st.find(f"{W}pPr/{W}outlineLvl"))
        bold = _on(st.find(f"{W}rPr/{W}b"))
        size = _val(st.find(f"{W}rPr/{W}sz"))
        style = Style(sid, _val(st.find(W + "name")) or sid, num_id, ilvl,
                      _int(outline, 9) if outline is not None else base.outline,
                      base.bold if bold is None else bold,
                      _int(size, 0) or None if size is not None else base.size)
        resolved[sid] = style
        return style

    return {sid: resolve(sid) for sid in raw}, default


@dataclass
class SeqCounter:
    """``SEQ`` field counters (caption numbers such as "Table 15.{SEQ Table}")."""

    counts: dict[str, int] = field(default_factory=dict)

    def field(self, instruction: str) -> str | None:
        """The text a ``SEQ name [\\r n] [\\c] [\\h] [\\* FORMAT]`` field prints, or
        None when the instruction is not a SEQ field."""
        words = instruction.split()
        if len(words) < 2 or words[0].upper() != "SEQ":
            return None
        name, switches = words[1], words[2:]
        value = self.counts.get(name, 0)
        upper = [w.upper() for w in switches]
        if "\\R" in upper and upper.index("\\R") + 1 < len(switches):
            value = _int(switches[upper.index("\\R") + 1], value + 1)
        elif "\\C" not in upper:
            value += 1
        self.counts[name] = value
        if "\\H" in upper:
            return ""
        fmt = switches[upper.index("\\*") + 1] if "\\*" in upper and \
            upper.index("\\*") + 1 < len(switches) else "ARABIC"
        return format_number(value, {"ROMAN": "upperRoman", "roman": "lowerRoman",
                                     "ALPHABETIC": "upperLetter", "alphabetic": "lowerLetter"
                                     }.get(fmt, "decimal"))
