"""Editions as data: the English vocabulary covers the labels of the shared real Word
files, and both editions load the same objects into the same canonical keys."""

import json
from pathlib import Path

import pytest
from conftest import GOLDEN, ROOT

from unfascicle.normalize.captions import column_meaning
from unfascicle.normalize.vocab import vocabulary
from unfascicle.output import to_dict
from unfascicle.pipeline import read

REAL = ROOT.parent / "shared" / "corpus" / "real"
WORD_FILES = sorted([*REAL.glob("A_80_6/*.docx"), *REAL.glob("A_81_6/*.docx")])
UNKNOWN = ("unknown-row-label", "unknown-column-label")

# Labels still unknown, measured, by why. None is a vocabulary word of the edition:
# - names of one document's entities (missions, offices, commissions, a subprogramme
#   outside "Programme of work") in tables whose label column has no heading saying
#   what the rows are;
_ENTITIES = {
    "A_80_6_Sect12_en": {"2. Memorandum of Understanding"},
    "A_80_6_Sect2_en": {
        "Conference services, Vienna (gross budget)", "United Nations (net budget)",
        "Reimbursement by IAEA, UNIDO and the Preparatory Commission for the "
        "Comprehensive Nuclear-Test-Ban Treaty Organization"},
    "A_80_6_Sect31_en": {
        "Full budget (jointly financed activities)",
        "Full budget (jointly financed activities): financial resources",
        "Full budget (jointly financed activities): main category of expenditure",
        "Regular budget (United Nations share): financial resources",
        "International Civil Service Commission", "Joint Inspection Unit",
        "United Nations System Chief Executives Board for Coordination"},
    "A_80_6_Sect3_Add.2_en": {
        "Mission",  # the label column's header, over the mission names
        "Office of the Personal Envoy of the Secretary-General on the Sudan",
        "Office of the Special Adviser to the Secretary-General on Cyprus",
        "Office of the Special Adviser to the Secretary-General on the Prevention of Genocide",
        "Office of the Special Envoy of the Secretary-General for Myanmar",
        "Office of the Special Envoy of the Secretary-General for Syria",
        "Office of the Special Envoy of the Secretary-General for Yemen",
        "Office of the Special Envoy of the Secretary-General for the Great Lakes Region",
        "Office of the Special Envoy of the Secretary-General for the Horn of Africa",
        "Office of the Special Envoy of the Secretary-General for the implementation of "
        "Security Council resolution 1559 (2004)",
        "Office of the United Nations Representative to the Geneva International Discussions",
        "Personal Envoy of the Secretary-General for Western Sahara",
        # the peacekeeping-style personnel columns, and headers whose footnote letter
        # or second header row the reader leaves on the wrong cell
        "Government-provided personnel", "Military contingents", "Military observers/ advisers",
        "United Nations police", "International staffa", "National staffb",
        "United Nations Volunteersc",
        "No comprehensive analysis of risk of genocide, war crimes, crimes against "
        "humanity and ethnic cleansing"},  # a performance measure's text read as header
    "A_80_6_Sect24_en": {  # columns naming this document's mandates
        "Pact for the Future", "Total new mandates",
        "Other new mandates (Human Rights Council and other General Assembly resolutions)"},
    "A_80_6_Sect9_en": {  # a subcategory widened by the name of one office
        "Field and technical cooperation projects, including the United Nations Project "
        "Office on Governance (number of projects)"},
}
# - bare year columns: the table prints only the year over its figures (2.61, 2.70 of
#   the key too), naming no kind of figure;
_YEARS = {"A_80_6_Sect2_en": {"2024", "2025"}}
# - a column of prose: an annex listing projects under this heading names no kind of figure.
_PROSE_COLUMNS = {"A_80_6_Sect3_en": {"Proposed projects, objectives and budget"}}
_ENTITIES["A_81_6_Sect9_PartA_en"] = _ENTITIES["A_80_6_Sect9_en"]


def _remaining(name: str) -> set[str]:
    return set().union(*(group.get(name, set()) for group in (_ENTITIES, _YEARS,
                                                               _PROSE_COLUMNS)))


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict]:
    return {}


def _output(path: Path, cache: dict[str, dict]) -> dict:
    if path.stem not in cache:
        cache[path.stem] = to_dict(read(path))
    return cache[path.stem]


@pytest.mark.skipif(not WORD_FILES, reason="shared real corpus not present")
@pytest.mark.parametrize("path", WORD_FILES, ids=lambda p: p.stem)
def test_english_vocabulary_covers_the_real_word_files(path: Path, outputs: dict) -> None:
    out = _output(path, outputs)
    assert out["document"]["language"] == "en"
    unknown = {w["row"] or w["column"] for w in out["warnings"] if w["code"] in UNKNOWN}
    assert unknown == _remaining(path.stem)


GLOSSARY_ROWS = [("Other staff costs", "其他工作人员费用"), ("Posts", "员额"),
                 ("Non-post", "非员额"), ("Travel of representatives", "代表差旅费"),
                 ("Programme of work", "工作方案"), ("Professional and higher", "专业及以上职类"),
                 ("Parliamentary documentation (number of documents)", "议事机构文件(文件数目)"),
                 ("Subtotal", "小计"), ("Total", "共计")]
# objects of expenditure as ../shared/glossary.md pairs them
OBJECTS = [*GLOSSARY_ROWS, ("Hospitality", "招待费"), ("Consultants", "咨询人"), ("Experts", "专家"),
           ("Travel of representatives", "代表差旅"), ("Travel of staff", "工作人员差旅费"),
           ("Contractual services", "订约承办事务"), ("General operating expenses", "一般业务费用"),
           ("Supplies and materials", "用品和材料"), ("Furniture and equipment", "家具和设备"),
           ("Grants and contributions", "赠款和捐助款")]
GLOSSARY_COLUMNS = [("2025 approved", "2023 年批款", "appropriation"),
                    ("2024 expenditure", "2022 年支出", "expenditure"),
                    ("2026 estimate (before recosting)", "2024 年估计(重计费用前)",
                     "estimate_before_recosting"),
                    ("2024 planned", "2022 年计划", "planned"),
                    ("2020 (actual)", "2020(实际)", "actual")]


@pytest.mark.parametrize(("english", "chinese"), GLOSSARY_ROWS)
def test_both_editions_share_row_keys(english: str, chinese: str) -> None:
    en, zh = vocabulary("en").row(english), vocabulary("zh").row(chinese)
    assert en is not None and zh is not None
    assert en.key == zh.key and en.english == zh.english


@pytest.mark.parametrize(("english", "chinese", "key"), GLOSSARY_COLUMNS)
def test_both_editions_share_column_keys_and_years(english: str, chinese: str,
                                                   key: str) -> None:
    en = column_meaning(english, None, vocabulary("en"))
    zh = column_meaning(chinese, None, vocabulary("zh"))
    assert (en.key, zh.key) == (key, key)
    assert (en.year, zh.year) == (int(english[:4]), int(chinese[:4]))


def test_labels_as_the_english_edition_prints_them() -> None:
    en = vocabulary("en")
    assert en.row("Postsa").key == "posts"  # a footnote letter glued to the label
    assert en.row("Component 2. Field operations finance").key == "component"
    assert en.row("Posta") is None  # a mark is only cut from a label known without it
    meaning = column_meaning("2024 expenditurea", None, en)
    assert (meaning.key, meaning.year) == ("expenditure", 2024)
    # a comparison of two years names the change into the first
    meaning = column_meaning("2026 vs. 2025 Increase/(decrease)", None, en)
    assert (meaning.key, meaning.year) == ("total_changes", 2026)
    assert en.row("Seminars, workshops, and training events (number of days)").key == \
        en.row("Seminars, workshops and training events (number of days)").key


@pytest.mark.parametrize("language", ["en", "zh"])
def test_two_years_run_together_name_no_year(language: str) -> None:
    """Two headings' first lines read as one ("2020" and "2021": a narrow header
    printed a line of each heading in turn) name no year: taking the first would
    date the column's figures wrong."""
    meaning = column_meaning("20202021", None, vocabulary(language))
    assert (meaning.year, meaning.key) == (None, None)


@pytest.mark.skipif(not WORD_FILES, reason="shared real corpus not present")
def test_object_of_expenditure_rows_share_keys_across_editions(outputs: dict) -> None:
    """A/80/6 Sect. 15 (English) and the Chinese sample A/78/6 Sect. 15: the
    object-of-expenditure table has the same row keys for the same objects, and the
    same column keys for the same kinds of column."""
    golden = json.loads((GOLDEN / "A_78_6_Sect15_zh.pdf.json").read_text(encoding="utf-8"))
    english = _output(REAL / "A_80_6" / "A_80_6_Sect15_en.docx", outputs)

    def by_object(doc: dict) -> dict:
        table = next(t for t in doc["tables"] if t["parts"][0]["stub"]
                     and t["parts"][0]["stub"]["key"] == "object_of_expenditure")
        return table["parts"][0]

    zh, en = by_object(golden), by_object(english)
    zh_keys = {r["label"]: r["key"] for r in zh["rows"]}
    en_keys = {r["label"]: r["key"] for r in en["rows"]}
    pairs = [(e, c) for e, c in OBJECTS if e in en_keys and c in zh_keys]
    assert len(pairs) >= 10
    assert all(en_keys[e] == zh_keys[c] is not None for e, c in pairs)
    # A/80/6 prints its estimate after recosting ("2026 estimate"), A/78/6 before it
    kinds = [[c["key"].removesuffix("_before_recosting") for c in p["columns"]] for p in (zh, en)]
    assert kinds[0] == kinds[1]
    assert [c["year"] - 2 if c["year"] else None for c in en["columns"]] == \
        [c["year"] for c in zh["columns"]]


def _kinds(part: dict) -> list[tuple[str, int | None]]:
    """A part's columns as (key, year), the estimate read alike before and after
    recosting (A/80/6 prints it after, A/78/6 before)."""
    return [(c["key"].removesuffix("_before_recosting"), c["year"]) for c in part["columns"]]


@pytest.mark.skipif(not WORD_FILES, reason="shared real corpus not present")
@pytest.mark.parametrize(("family", "stub"), [("posts", "category_and_grade"),
                                              ("financial_resources", "component_subprogramme"),
                                              ("posts", "component_subprogramme")])
def test_posts_and_funding_tables_share_keys_across_editions(outputs: dict, family: str,
                                                             stub: str) -> None:
    """A/80/6 Sect. 15 (English) and A/78/6 Sect. 15 (Chinese): the posts by grade, the
    resources by source of funding and the posts by source of funding have the same
    part, row and column keys, and the same years two budgets apart. A/78/6 prints
    one more "approved" year before the English edition's first column."""
    golden = json.loads((GOLDEN / "A_78_6_Sect15_zh.pdf.json").read_text(encoding="utf-8"))
    english = _output(REAL / "A_80_6" / "A_80_6_Sect15_en.docx", outputs)

    def table(doc: dict) -> dict:
        return next(t for t in doc["tables"] if t["family"] == family and
                    t["parts"][0]["stub"] and t["parts"][0]["stub"]["key"] == stub)

    zh, en = table(golden), table(english)
    assert [p["key"] for p in en["parts"]] == [p["key"] for p in zh["parts"]]
    for zh_part, en_part in zip(zh["parts"], en["parts"], strict=True):
        assert [r["key"] for r in en_part["rows"]] == [r["key"] for r in zh_part["rows"]]
        en_kinds = [(k, y - 2 if y else None) for k, y in _kinds(en_part)]
        assert en_kinds == _kinds(zh_part)[-len(en_kinds):]
