"""One output document as rows of the relational schema: pure Python, no database, so the
loader and the file export share exactly one reading of the JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from typing import Any

from unfascicle.editions import read_csv
from unfascicle.normalize.numbers import Status, parse_number
from unfascicle.store.schema import ARITHMETIC_SCALE, NUMERIC_MEASURES, VALUE_SCALE

Row = dict[str, Any]


def document_id(document: dict) -> str:
    """The document key, symbol and language: any rendering of a document (its PDF, its
    flat text) replaces an earlier load of it; other symbols (another year, a corrigendum)
    sit beside it. Without a symbol the content hash keeps unrelated files apart."""
    meta = document["document"]
    if not meta["symbol"]:
        return "|".join(("", meta["language"], meta["source"]["sha256"]))
    return "|".join((meta["symbol"], meta["language"]))


def exact(value: int | float | None, scale: int = VALUE_SCALE) -> Decimal | None:
    """A JSON number as the exact decimal it was printed as (the shortest repr of a float
    is its printed digits); ValueError when it has more decimals than the column keeps."""
    if value is None:
        return None
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN or infinity: no budget figure
        raise ValueError(f"{value} is not a finite number")
    if exponent < -scale:
        raise ValueError(f"{value} has more than {scale} decimals")
    return number


def document_rows(document: dict) -> dict[str, list[Row]]:
    """Every table's rows for one document, keyed by table name."""
    doc_id = document_id(document)
    out: dict[str, list[Row]] = {
        "documents": [_document(document, doc_id)],
        "headings": _indexed(doc_id, "heading_index", document["headings"], _heading),
        "paragraphs": _indexed(doc_id, "paragraph_index", document["paragraphs"], _paragraph),
        "footnotes": _indexed(doc_id, "footnote_index", document["footnotes"], _footnote),
        "mandates": _indexed(doc_id, "mandate_index", document["mandates"], _mandate),
        "tables": _indexed(doc_id, "table_index", document["tables"], _table),
        "figures": _indexed(doc_id, "figure_index", document["figures"], _figure),
        "checks": _indexed(doc_id, "check_index", document["checks"], _check),
        "warnings": _indexed(doc_id, "warning_index", document["warnings"], _warning),
    }
    for name in ("parts", "columns", "rows", "cells", "figure_panels", "figure_data"):
        out[name] = []
    for t_index, table in enumerate(document["tables"]):
        for p_index, part in enumerate(table["parts"]):
            where = {"document_id": doc_id, "table_index": t_index, "part_index": p_index}
            out["parts"].append(where | _part(part))
            out["columns"].extend(where | _column(part, i, c)
                                  for i, c in enumerate(part["columns"]))
            for r_index, row in enumerate(part["rows"]):
                out["rows"].append(where | {"row_index": r_index} | _row(row))
                out["cells"].extend(where | {"row_index": r_index} | cell
                                    for cell in _cells(row, part["columns"]))
    for f_index, figure in enumerate(document["figures"]):
        for panel_index, panel in enumerate(figure["panels"]):
            where = {"document_id": doc_id, "figure_index": f_index, "panel_index": panel_index}
            out["figure_panels"].append(where | {"caption": panel["caption"],
                                                 "total": panel["total"],
                                                 "lines": _json(panel["lines"])})
            out["figure_data"].extend(where | {"datum_index": i} | datum
                                      | {"value": exact(datum["value"])}
                                      for i, datum in enumerate(panel["data"]))
    return out


def _indexed(doc_id: str, index: str, items: list[dict], convert) -> list[Row]:
    return [{"document_id": doc_id, index: i} | convert(item) for i, item in enumerate(items)]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _bbox(bbox: list[float] | None) -> Row:
    x0, top, x1, bottom = bbox or (None, None, None, None)
    return {"bbox_x0": x0, "bbox_top": top, "bbox_x1": x1, "bbox_bottom": bottom}


def _unit(unit: dict | None) -> Row:
    """The printed unit, its keys as JSON, and the key when there is exactly one."""
    keys = unit["keys"] if unit else []
    return {"unit": unit["printed"] if unit else None,
            "unit_keys": _json(keys) if unit else None,
            "unit_key": keys[0] if len(keys) == 1 else None}


def _document(document: dict, doc_id: str) -> Row:
    meta, source = document["document"], document["document"]["source"]
    return {"document_id": doc_id, "symbol": meta["symbol"], "language": meta["language"],
            "session": meta["session"], "section": meta["section"], "part": meta["part"],
            "part_title": meta["part_title"], "title": meta["title"],
            "job_number": meta["job_number"], "source_file": source["file"],
            "source_format": source["format"], "sha256": source["sha256"],
            "pages": source["pages"], "schema_version": document["schema_version"],
            "generator_version": document["generator"]["version"]}


def _heading(h: dict) -> Row:
    return {"text": h["text"], "level": h["level"], "page": h["page"]}


def _paragraph(p: dict) -> Row:
    return {"number": p["number"], "text": p["text"], "footnotes": _json(p["footnotes"]),
            "items": _json(p["items"]), "page": p["page"]} | _bbox(p["bbox"])


def _footnote(f: dict) -> Row:
    return {"number": f["number"], "text": f["text"], "page": f["page"]} | _bbox(f["bbox"])


def _mandate(m: dict) -> Row:
    return {k: m[k] for k in ("body", "symbol", "title", "url", "page")}


def _table(t: dict) -> Row:
    return {"table_number": t["number"], "title": t["title"], **_unit(t["unit"]),
            "family": t["family"], "notes": _json(t["notes"]), "pages": _json(t["pages"]),
            "first_page": min(t["pages"], default=None)}


def _part(part: dict) -> Row:
    stub = part["stub"] or {}
    return {"label": part["label"], "key": part["key"],
            "stub_label": stub.get("label"), "stub_key": stub.get("key")}


@cache
def _key_names(relation: str) -> dict[str, str]:
    """The English name of each canonical key, as ``editions/keys`` declares it once
    for every edition."""
    return {r["key"]: r["english"] for r in read_csv("keys", f"{relation}.csv")}


def _column_name(column: dict) -> str | None:
    return _key_names("columns").get(column["key"])


def _column(part: dict, index: int, column: dict) -> Row:
    return {"column_index": index, "part_label": part["label"], "part_key": part["key"],
            "label": column["label"], "key": column["key"], "name": _column_name(column),
            "year": column["year"], "measure": column["measure"], "group_label": column["group"]}


def _row(row: dict) -> Row:
    return {"label": row["label"], "key": row["key"],
            "name": _key_names("rows").get(row["key"]), "kind": row["kind"],
            "level": row["level"], "number": row["number"], "year": row["year"],
            "unit": row["unit"], "page": row["page"]} | _bbox(row["bbox"])


def is_number(value: Any) -> bool:
    """A JSON number (bool is an int subclass in Python but never a number in the output)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _status(value: Any, raw: str | None, measure: str | None) -> str:
    """number, nil (a printed dash, read the way stage two reads it), blank, text, or
    unreadable (a string in a numeric column)."""
    if value is None:
        return "blank"
    if is_number(value):
        nil = value == 0 and raw is not None and parse_number(raw).status is Status.NIL
        return "nil" if nil else "number"
    return "unreadable" if measure in NUMERIC_MEASURES else "text"


def _cells(row: dict, columns: list[dict]) -> Iterator[Row]:
    """One cell per value; a string in a numeric column is an unreadable number."""
    raw = row["raw"]
    for index, value in enumerate(row["values"]):
        measure = columns[index]["measure"] if index < len(columns) else None
        printed = raw[index] if index < len(raw) else None
        status = _status(value, printed, measure)
        yield {"column_index": index,
               "value": exact(value) if is_number(value) else None,
               "text": value if isinstance(value, str) else None,
               "raw": printed,
               "status": status}


def _figure(f: dict) -> Row:
    unit = _unit(f["unit"])
    return {"number": f["number"], "ordinal": f["ordinal"], "title": f["title"],
            "unit": unit["unit"], "unit_keys": unit["unit_keys"],
            "page": f["page"]} | _bbox(f["bbox"])


def _check(c: dict) -> Row:
    return {"rule": c["rule"], "table_number": c["table"], "part_label": c["part"],
            "row_label": c["row"], "column_label": c["column"],
            "printed": exact(c["printed"], ARITHMETIC_SCALE),
            "computed": exact(c["computed"], ARITHMETIC_SCALE), "status": c["status"],
            "tolerance": exact(c["tolerance"], ARITHMETIC_SCALE),
            "page": c["page"], "detail": c["detail"]}


def _warning(w: dict) -> Row:
    return {"code": w["code"], "message": w["message"], "page": w.get("page"),
            "table_number": w.get("table"), "part_label": w.get("part"),
            "row_label": w.get("row"), "column_label": w.get("column")}
