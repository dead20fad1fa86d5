"""Language editions of a fascicle, as data.

Each edition (``zh``, ``en``, …) is a folder of files a budget specialist can edit:
``document.yaml`` (how the edition prints captions, symbols, headings, units, years and
numerals) and label aliases (``row_labels.csv``, ``column_labels.csv``, ``units.csv``)
that map printed words to the canonical keys declared once in ``keys/``, so every
edition of a table loads into the same database columns.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
import yaml

#: The editions shipped with the package, in detection order of preference.
EDITIONS = ("zh", "en")


def _read(*parts: str) -> str:
    return resources.files("unfascicle.editions").joinpath(*parts).read_text("utf-8")


def read_yaml(text: str) -> object:
    """A packaged YAML data file's content, parsed with libyaml where PyYAML has it
    (the data files are loaded for every document read; the C parser takes a tenth
    of the pure-Python one's time), safely either way."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_csv(*parts: str) -> list[dict[str, str]]:
    """Rows of a packaged CSV file as dicts."""
    return list(csv.DictReader(io.StringIO(_read(*parts))))


@dataclass(frozen=True)
class Edition:
    """One language edition's printed conventions (patterns are regex source)."""

    code: str
    patterns: dict[str, str]
    numerals: tuple[str, ...]
    script: str  # the Unicode script that marks the edition's text ("Han", "Latin")
    encodings: tuple[str, ...]  # legacy encodings its texts come in besides UTF-8/16

    def aliases(self, name: str) -> list[dict[str, str]]:
        """The edition's alias table ``name`` (e.g. "row_labels.csv")."""
        return read_csv(self.code, name)


@lru_cache(maxsize=len(EDITIONS))
def load_edition(code: str) -> Edition:
    """The packaged edition ``code``; ValueError for one that is not shipped."""
    if code not in EDITIONS:
        raise ValueError(f"unknown language edition {code!r} (known: {', '.join(EDITIONS)})")
    raw = read_yaml(_read(code, "document.yaml"))
    return Edition(code, {k: v for k, v in raw.items() if isinstance(v, str)},
                   tuple(raw["numerals"]), raw["script"], tuple(raw["encodings"]))


def detect_language(texts: Iterable[str], limit: int = 20_000) -> str:
    """The edition whose script dominates the letters of ``texts`` (read up to ``limit``
    characters): Chinese text is mostly Han ideographs, English mostly Latin letters."""
    read, seen = [], 0
    for text in texts:
        read.append(text)
        seen += len(text)
        if seen >= limit:
            break
    joined = "\n".join(read)  # counted at once, by runs of a script's letters
    counts = {c: sum(map(len, regex.findall(rf"\p{{Script={load_edition(c).script}}}+", joined)))
              for c in EDITIONS}
    # an ideograph carries about as much text as a Latin word of ~5 letters
    counts["zh"] *= 5
    return max(EDITIONS, key=lambda c: counts[c])
