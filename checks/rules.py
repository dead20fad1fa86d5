"""What the checks know of an edition's fascicles, from ``checks/data/checks.yaml``:
which rows name components, how a closing row names what it sums, how a details cell
counts posts by grade, how a chart's title gives its year and what its panels state."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from unfascicle.editions import EDITIONS, read_yaml


@dataclass(frozen=True)
class PanelRule:
    """A chart panel known by its caption: the unit of its figures and the row key its
    printed total states."""

    unit: str
    total_row: str


@dataclass(frozen=True)
class CheckRules:
    """One edition's check vocabulary (see ``checks/data/checks.yaml``)."""

    default_budget: str
    whole_section_prefixes: frozenset[str]
    components: frozenset[str]
    numbered_components: frozenset[str]
    sum_reference: regex.Pattern[str]
    grade_count: regex.Pattern[str]
    chart_year: regex.Pattern[str]
    chart_panels: dict[str, PanelRule]


@lru_cache(maxsize=len(EDITIONS))
def check_rules(language: str) -> CheckRules:
    """The check vocabulary of edition ``language``; ValueError for one the data file
    has no section for."""
    text = resources.files("unfascicle.checks").joinpath("data", "checks.yaml").read_text("utf-8")
    sections = read_yaml(text)
    if language == "common" or language not in sections:
        raise ValueError(f"no check vocabulary for language edition {language!r}")
    raw = sections[language]
    return CheckRules(raw["default_budget"], frozenset(raw["whole_section_prefixes"]),
                      frozenset(raw["components"]), frozenset(raw["numbered_components"]),
                      regex.compile(raw["sum_reference"]), regex.compile(raw["grade_count"]),
                      regex.compile(raw["chart_year"]),
                      {caption: PanelRule(**conf) for caption, conf in raw["chart_panels"].items()})
