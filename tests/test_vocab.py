"""Label mapping: the vocabulary data files cover the sample, and matching is robust."""

import pytest
import regex
from conftest import answer_tables
from hypothesis import given
from hypothesis import strategies as st

from unfascicle.editions import EDITIONS, detect_language
from unfascicle.extract.model import HeaderCell
from unfascicle.normalize import vocab as vocab_module
from unfascicle.normalize.captions import column_meaning, header_columns
from unfascicle.normalize.vocab import fold, split_enumerator, vocabulary


def test_fold_ignores_spacing_width_and_trailing_marks():
    assert fold("实质性会议服务(3 小时会议次数)") == fold("实质性会议服务（3小时会议次数）")
    assert fold("下列机构会议：") == fold("下列机构会议")
    assert fold("GS (OL)") == fold("GS(OL)")


def test_split_enumerator():
    assert split_enumerator("C. 工作方案") == ("C", "工作方案")
    assert split_enumerator("12. 关于土地") == ("12", "关于土地")
    assert split_enumerator("(a) 文本") == ("a", "文本")
    assert split_enumerator("15.3 不是枚举") == (None, "15.3 不是枚举")
    assert split_enumerator("员额") == (None, "员额")


def test_known_row_labels_map_to_english_keys():
    vocab = vocabulary("zh")
    expected = {
        "员额": "posts", "其他工作人员费用": "other_staff_costs", "代表差旅费": "travel_of_representatives",
        "A. 决策机关": "policymaking_organs", "B. 行政指导和管理": "executive_direction_and_management",
        "小计 (C)": "subtotal", "共计": "total", "P-2/1": "P-2/1", "GS (OL)": "GS (OL)",
        "议事机构文件(文件数目)": "parliamentary_documentation",
    }
    for label, key in expected.items():
        assert vocab.row(label).key == key, label


def test_unknown_row_label_is_none():
    assert vocabulary("zh").row("完全陌生的标签") is None


def test_column_meanings():
    vocab = vocabulary("zh")
    cases = {
        ("2022 年支出", None): ("expenditure", 2022),
        ("2023 年批款", None): ("appropriation", 2023),
        ("2024 年估计(重计费用前)", None): ("estimate_before_recosting", 2024),
        ("2024 年估计", None): ("estimate", 2024),
        ("2020(实际)", None): ("actual", 2020),
        ("技术调整", "变动"): ("technical_adjustments", None),
        ("共计", "变动"): ("total_changes", None),
        ("变动", None): ("total_changes", None),
        ("百分比", "变动"): ("percentage_change", None),
    }
    for (label, group), (key, year) in cases.items():
        meaning = column_meaning(label, group, vocab)
        assert (meaning.key, meaning.year) == (key, year), label


def test_header_spans_resolve_to_leaf_columns_with_group():
    header = [[HeaderCell("支出用途", rowspan=2), HeaderCell("2023 年批款", rowspan=2),
               HeaderCell("变动", colspan=2), HeaderCell("2024 年估计", rowspan=2)],
              [HeaderCell("技术调整"), HeaderCell("共计")]]
    cols = header_columns(header)
    assert [(c.label, c.group) for c in cols] == [
        ("支出用途", None), ("2023 年批款", None), ("技术调整", "变动"), ("共计", "变动"),
        ("2024 年估计", None)]


def test_every_sample_label_is_known_or_structurally_keyed():
    """Every non-enumerated, non-prose row label of the answer key is in the vocabulary,
    and every header label has a meaning."""
    vocab = vocabulary("zh")
    missing = set()
    for table in answer_tables():
        if table["number"].startswith("A") or table["number"] in ("15.3", "15.4", "15.7"):
            continue
        for part in table["parts"]:
            for row in part["rows"]:
                label = row.get("span") or row["cells"][0]
                number, bare = split_enumerator(label)
                head = regex.split(r"[：:]", bare, maxsplit=1)[0]
                is_year_row = column_meaning(label, None, vocab).year is not None
                if number and number.isdigit() or is_year_row:
                    continue  # numbered items get their key from their section
                if vocab.row(label) is None and vocab.row(head) is None and "：" not in bare:
                    missing.add(label)
            for header_row in part["header"]:
                for cell in header_row[1:]:
                    if cell["text"] and cell.get("colspan", 1) == 1:
                        group = "变动" if header_row is not part["header"][0] else None
                        if column_meaning(cell["text"], group, vocab).key is None:
                            missing.add(cell["text"])
    # the one unnumbered deliverable is keyed as a deliverable by its family
    assert missing == {"秘书长关于解决无家可归问题的包容性社会发展政策和方案的报告"}


@given(st.text(max_size=40))
def test_label_parsers_never_crash(text):
    vocab = vocabulary("zh")
    number, bare = split_enumerator(text)
    assert bare in text and (number is None or number in text)
    assert isinstance(fold(text), str)
    entry = vocab.row(text)
    assert entry is None or entry.key
    meaning = column_meaning(text, None, vocab)
    assert meaning.year is None or 1900 <= meaning.year <= 2099


@given(st.sampled_from(sorted(vocabulary("zh").rows)), st.sampled_from(["", " ", "\u3000", "\u00a0"]),
       st.sampled_from(["", "：", ":", "。"]))
def test_known_labels_survive_spacing_and_trailing_marks(folded, space, tail):
    """Whatever spacing or trailing mark a rendering adds, a known label keeps its key."""
    vocab = vocabulary("zh")
    key = vocab.rows[folded].key
    printed = space.join(folded) + tail
    assert vocab.row(printed).key == key


@pytest.mark.parametrize(("zh", "en", "key"), [
    ("其他工作人员费用", "Other staff costs", "other_staff_costs"),
    ("员额", "Posts", "posts"),
    ("小计 (C)", "Subtotal, C", "subtotal"),
    ("共计", "Total (1+2)", "total"),
    ("一般事务及有关职类", "General Service and related", "general_service_and_related"),
    # post changes, funding and mission budgets in the UN's Chinese wording
    ("改叙", "Reclassification", "reclassification"),
    ("其他摊款", "Other assessed", "other_assessed"),
    ("财政资源", "Financial resources", "financial_resources"),
    ("业务费用", "Operational costs", "operational_costs"),
])
def test_both_editions_share_row_keys(zh, en, key):
    assert vocabulary("zh").row(zh).key == vocabulary("en").row(en).key == key
    assert vocabulary("en").row(en).english == vocabulary("zh").row(zh).english


@pytest.mark.parametrize(("zh", "en", "key", "year"), [
    ("2023 年批款", "2025 approved", "appropriation", None),
    ("2024 年估计(重计费用前)", "2026 estimate (before recosting)", "estimate_before_recosting", None),
    ("2022 年支出", "2024 expenditure", "expenditure", None),
    ("2020(实际)", "2023 (actual)", "actual", None),
])
def test_both_editions_share_column_keys(zh, en, key, year):
    zh_col = column_meaning(zh, None, vocabulary("zh"))
    en_col = column_meaning(en, None, vocabulary("en"))
    assert zh_col.key == en_col.key
    assert key is None or zh_col.key == key
    assert zh_col.year is not None and en_col.year is not None


@pytest.mark.parametrize(("zh", "en", "key"), [
    (("其他工作人员费用", "支出用途"), ("Other staff costs", "Object of expenditure"),
     "other_staff_costs"),
    (("共计", "支出用途"), ("Total", "Object of expenditure"), "total"),
    (("P-2", None), ("P-2", None), "P-2/1"),
    (("小计", None), ("Subtotal", None), "subtotal"),
])
def test_transposed_tables_share_column_keys(zh, en, key):
    """A table whose columns are objects of expenditure or grades (and rows are
    entities) keys its columns alike in both editions."""
    assert column_meaning(*zh, vocabulary("zh")).key == key
    assert column_meaning(*en, vocabulary("en")).key == key


def test_every_alias_names_a_declared_key():
    for language in EDITIONS:
        vocabulary.cache_clear()
        assert vocabulary(language).rows  # raises on an alias of an undeclared key


def test_every_key_given_to_rows_has_an_english_name(monkeypatch):
    """A row keyed by a family default or a section's children ("deliverable") names
    its key in English like any other; a key declared nowhere is a data error."""
    vocab = vocabulary("zh")
    assert vocab.english("deliverable") == "Deliverable"
    assert vocab.english("appropriation") == vocabulary("en").english("appropriation")
    assert vocab.english(None) is None
    keys_only = vocab_module.read_csv

    def without_deliverable(*parts):
        return [r for r in keys_only(*parts) if r.get("key") != "deliverable"]

    monkeypatch.setattr(vocab_module, "read_csv", without_deliverable)
    vocabulary.cache_clear()
    with pytest.raises(ValueError, match="deliverable"):
        vocabulary("en")
    monkeypatch.undo()
    vocabulary.cache_clear()


def test_language_detected_from_script():
    assert detect_language(["表 15.9 总表：按支出用途列示的财政资源"]) == "zh"
    assert detect_language(["Table 15.9 Evolution of financial resources by object"]) == "en"


def test_layout_words_are_per_edition():
    """The PDF and Word readers take their caption, note and item words from the
    edition they read, never from an argument-less default."""
    from unfascicle.extract.docx_reader import load_vocab as docx_vocab
    from unfascicle.extract.pdf_settings import load_vocab as pdf_vocab

    for load in (pdf_vocab, docx_vocab):
        zh, en = load("zh"), load("en")
        assert zh.table_caption.match("表 15.9") and not en.table_caption.match("表 15.9")
        assert en.table_caption.match("Table 15.9") and not zh.table_caption.match("Table 15.9")
        assert en.note_start.match("Note: abbreviations") and zh.note_start.match("注：")
        assert zh.item_markers[1].match("㈠") and not en.item_markers[1].match("㈠")
        with pytest.raises(ValueError, match="fr"):
            load("fr")


def test_an_annex_numbers_its_paragraphs_its_margins_stay_sectioned() -> None:
    """An annex whose paragraphs are numbered "1.", "2." switches a sectioned text to
    reading those numbers too, whether the numbers open lines of text (-layout) or
    stand alone on their lines (mutool, pdftotext's default mode). The margins are
    read by the text's own numbering (``numbered_through``): there a table's rows
    numbered "1.", "2." alone on their lines would read as an annex's margin and let
    "24.95" alone on its line read as a table value (regression, A/80/6 Sect. 24)."""
    from unfascicle.extract.text_vocab import vocabulary

    voc = vocabulary("en")
    body = [f"24.{n} The proposed resources are reflected in the tables." for n in (92, 93, 94)]
    body.append("Annex IV")
    inline = [*body, "1. In action 46 of the Pact, Member States reaffirmed.",
              "2. The Secretary-General carried forward action 46."]
    alone = [*body, "1.", "In action 46 of the Pact, Member States reaffirmed.",
             "2.", "The Secretary-General carried forward action 46."]
    for raws in (inline, alone):
        assert voc.numbered_as(raws).paragraph_number == voc.unsectioned_paragraph_number
        assert voc.numbered_through(raws) is voc
        # blank lines (a mode's spacing, passed over unread) change neither reading
        spaced = [line for raw in raws for line in (raw, "", " \f")]
        assert voc.numbered_as(spaced).paragraph_number == voc.unsectioned_paragraph_number
        assert voc.numbered_through(spaced) is voc


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_heading_is_what_some_level_pattern_finds(language: str) -> None:
    """``is_heading`` searches the level patterns as one: it finds a heading where some
    pattern alone finds it, and nothing else."""
    from unfascicle.extract.text_vocab import vocabulary

    voc = vocabulary(language)
    lines = ["Subprogramme 3", "Annex II", "A. Programme of work", "Overview", "Objective",
             "Result 2: more water", "The objective is met.", "次级方案 2", "附件二", "概览",
             "目标", "成果 1：更多的水", "本方案的目标已实现。", "2024 年拟议方案计划", ""]
    for text in lines:
        assert voc.is_heading(text) == any(p.search(text) for p, _ in voc.heading_levels)
    assert sum(voc.is_heading(text) for text in lines) >= 5


def test_a_text_numbered_from_one_reads_so_between_blank_lines() -> None:
    """A text whose paragraphs are numbered "1.", "2." from its start reads by that
    numbering with blank lines between its lines as without (they hold no number)."""
    from unfascicle.extract.text_vocab import vocabulary

    voc = vocabulary("en")
    raws = ["1. The plan is set out below.", "2. The resources are shown.",
            "3. The posts are listed."]
    spaced = [line for raw in raws for line in ("", raw, "  ")]
    assert voc.numbered_through(raws).paragraph_number == voc.unsectioned_paragraph_number
    assert voc.numbered_through(spaced).paragraph_number == voc.unsectioned_paragraph_number
