"""Accounting self-checks over an output document: every identity the tables imply."""

from __future__ import annotations

from unfascicle.checks.cross_rules import agreement, chart_sums
from unfascicle.checks.findings import Finding
from unfascicle.checks.table_rules import changes_across, column_sums, grade_lists


def run_checks(document: dict) -> list[Finding]:
    """All findings, pass and fail, in table order."""
    findings: list[Finding] = []
    for table in document.get("tables", []):
        for rule in (column_sums, changes_across, grade_lists):
            findings.extend(rule(table))
    findings.extend(chart_sums(document))
    findings.extend(agreement(document))
    return findings
