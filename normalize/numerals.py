"""Numerals as editions print them in figure, annex, part and session numbers:
arabic ("14"), Chinese ("十四", "第四编"), roman ("XIV", "Part IV") and English
ordinal words ("Eighty-first session"). Which systems an edition uses is data
(``numerals`` in its ``document.yaml``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                  "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_ORDINAL_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                   "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}


def arabic_to_int(text: str) -> int | None:
    """"14" → 14."""
    return int(text) if text.isascii() and text.isdigit() else None


def chinese_to_int(text: str) -> int | None:
    """"十四" → 14, "二十一" → 21, "一百零五" → 105; None when not a numeral."""
    if not text:
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def roman_to_int(text: str) -> int | None:
    """"XIV" → 14; None when not a roman numeral."""
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    values = [_ROMAN[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def english_ordinal_to_int(text: str) -> int | None:
    """"Eighty-first" → 81, "eightieth" → 80; None when not an ordinal word."""
    words = text.lower().split("-")
    if len(words) == 1:
        return _ORDINAL_UNITS.get(words[0]) or _ORDINAL_TENTHS.get(words[0])
    if len(words) == 2 and words[0] in _ORDINAL_TENS and words[1] in _ORDINAL_UNITS:
        return _ORDINAL_TENS[words[0]] + _ORDINAL_UNITS[words[1]]
    return None


SYSTEMS: dict[str, Callable[[str], int | None]] = {
    "arabic": arabic_to_int, "chinese": chinese_to_int, "roman": roman_to_int,
    "english_ordinal": english_ordinal_to_int,
}


def to_int(text: str, systems: Iterable[str]) -> int | None:
    """The value of a printed numeral in the first of ``systems`` that reads it."""
    text = text.strip()
    for name in systems:
        value = SYSTEMS[name](text)
        if value is not None:
            return value
    return None
