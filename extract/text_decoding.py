"""Decoding a text extraction's bytes, in whatever encoding the tool wrote them.

UTF-8 (with or without a byte-order mark) and UTF-16 (with a mark, or known by its
line feeds) are read as they are. Other bytes are tried in each edition's legacy
encodings (``encodings`` in its ``document.yaml``: GB18030 for Chinese, Windows-1252
for English, which Xpdf's pdftotext and Windows tools write), and kept in the first
that reads as that edition's text. What reads as no text is refused, never read as
mojibake.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from unfascicle.editions import EDITIONS, detect_language, load_edition


def decode_text(data: bytes, language: str | None = None) -> str:
    """Decode a text extraction (in edition ``language``'s legacy encodings, or any
    edition's when None); line ends become LF. Raises ValueError when nothing fits."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    elif order := _utf16_order(data):
        text = data.decode(order)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _legacy(data, language)
    _check_decoded(text)
    if any(end in text for end in _OTHER_ENDS):  # (most texts end lines with LF alone)
        text = _LINE_END.sub("\n", text)
    return text


# Line ends besides LF: CR LF (Windows), CR alone (old Mac), Unicode's line and paragraph
# separators (text copied from macOS viewers) and the vertical tab (Word's line break
# inside a paragraph, as some of its exports write it). The pattern is tried at every
# character of the text: it is used only where one of its characters is found, which
# is many times faster.
_LINE_END = re.compile("\r\n?|[\u2028\u2029\v]")
_OTHER_ENDS = "\r\u2028\u2029\v"


def _legacy(data: bytes, language: str | None) -> str:
    """``data`` in the first legacy encoding (edition ``language``'s first, where given)
    that reads as text of its edition (of ``language``, where given), else in the first
    that reads as text at all (English saved in GB18030 by a Chinese Windows);
    ValueError naming the first encoding's problem when none does."""
    texts: list[str] = []
    problems: list[str] = []
    codes = EDITIONS if language is None else \
        (language, *(code for code in EDITIONS if code != language))
    for code in codes:
        for encoding in load_edition(code).encodings:
            try:
                text = data.decode(encoding)
                _check_decoded(text)
                _check_characters_alone(text, encoding)
            except UnicodeDecodeError:
                problems.append(f"it is not {encoding}")
                continue
            except ValueError as exc:
                problems.append(f"{exc} as {encoding}")
                continue
            if _one_byte(encoding) and not _CONTROL_BYTES.search(data):
                text = text.replace(_SOFT_HYPHEN, _EN_DASH)
            if detect_language(text.splitlines()) == (language or code):
                return text
            texts.append(text)
    if texts:
        return texts[0]
    raise ValueError(f"{problems[0]} (another encoding, such as Big5?)" if problems
                     else "it is not UTF-8 or UTF-16")


# UTF-16 without a byte-order mark: nearly all of its line feeds pair the LF byte with
# a NUL on the code unit's other half, at an even offset (a NUL put next to a LF in
# some other encoding falls at either parity).
_UTF16_FEEDS = {"utf-16-le": b"\n\0", "utf-16-be": b"\0\n"}
_UTF16_PARITY_SHARE = 0.9


def _utf16_order(data: bytes) -> str | None:
    """The UTF-16 byte order whose line feeds ``data`` holds, None where it holds no
    NUL byte (UTF-8 and GB18030 have none) or its line feeds do not read so."""
    if b"\0" not in data or len(data) % 2:
        return None
    for order, feed in _UTF16_FEEDS.items():
        at = [m.start() for m in re.finditer(re.escape(feed), data)]
        even = sum(1 for i in at if i % 2 == 0)
        if even and even >= _UTF16_PARITY_SHARE * len(at):
            return order
    return None


_MAX_PRIVATE_USE = 0.01  # share of the characters; real text has next to none
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _check_decoded(text: str) -> None:
    """Refuse what decoded without error but is not text in that encoding: NUL bytes
    (binary), or many private-use characters (another encoding, such as Big5, read
    as GB18030)."""
    if "\0" in text:
        raise ValueError("it holds NUL bytes (a binary file?)")
    private = len(_PRIVATE_USE.findall(text))
    if private > _MAX_PRIVATE_USE * max(1, len(text)):
        raise ValueError("it decodes to private-use characters")


# Xpdf's and poppler's pdftotext write an en dash, which Latin-1 lacks, as a soft
# hyphen (0xAD), the nil cells of a table among them: in a one-byte text it stands
# for the dash where the text holds none of Latin-1's control codes (0x80-0x9F),
# which pdftotext never writes; a Windows-1252 text that does (its curly quotes and
# dashes) has dashes of its own, and its soft hyphens are soft hyphens.
_SOFT_HYPHEN, _EN_DASH = "\u00ad", "\u2013"
_CONTROL_BYTES = re.compile(rb"[\x80-\x9f]")
# Of the characters beyond ASCII that a one-byte encoding reads, the share that may
# stand next to another: Latin text has its accents and curly quotes alone ("’s",
# "é"); a text of two bytes a character (Big5, GB18030) so read pairs most of them.
_MAX_PAIRED_SHARE = 0.25
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def _check_characters_alone(text: str, encoding: str) -> None:
    """Refuse a one-byte encoding's reading of a text of two bytes a character."""
    if not _one_byte(encoding):
        return
    runs = [len(m.group()) for m in _BEYOND_ASCII.finditer(text)]
    if sum(n for n in runs if n > 1) > _MAX_PAIRED_SHARE * sum(runs):
        raise ValueError("it decodes to characters beyond ASCII in pairs")


@lru_cache(maxsize=8)
def _one_byte(encoding: str) -> bool:
    """Whether ``encoding`` reads every byte as a character of its own."""
    return len(bytes(range(256)).decode(encoding, errors="replace")) == 256
