"""Accounting self-checks over an output document: every identity the tables imply."""

from __future__ import annotations

from unfascicle.checks.cross_rules import agreement, chart_sums
from unfascicle.checks.findings import Finding
from unfascicle.checks.rules import check_rules
from unfascicle.checks.table_rules import changes_across, column_sums, grade_lists
from unfascicle.normalize.vocab import document_vocabulary


def run_checks(document: dict) -> list[Finding]:
    """All findings, pass and fail, in table order, by the rules of the document's
    edition."""
    vocab = document_vocabulary(document)
    rules = check_rules(vocab.language)
    findings: list[Finding] = []
    for table in document.get("tables", []):
        for rule in (column_sums, changes_across, grade_lists):
            findings.extend(rule(table, rules))
    findings.extend(chart_sums(document, rules))
    findings.extend(agreement(document, vocab, rules))
    return findings
