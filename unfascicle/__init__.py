"""unfascicle: UN programme budget fascicles to typed, validated records.

>>> import unfascicle
>>> fascicle = unfascicle.read("A_78_6_Sect15_zh.pdf")     # doctest: +SKIP
>>> fascicle.table("15.9").to_dataframe()                  # doctest: +SKIP
>>> unfascicle.open("A_78_6_Sect15_zh.json").facts()       # doctest: +SKIP
"""

__version__ = "0.1.0"

from pathlib import Path  # noqa: E402

from unfascicle.normalize.records import Fascicle  # noqa: E402
from unfascicle.pipeline import read  # noqa: E402


def open(path: str | Path) -> Fascicle:  # noqa: A001 - the name users expect, as in PIL
    """An output JSON file back as the typed records :func:`read` returns, after checking
    it against the published schema (UnreadableInput or InvalidOutput otherwise)."""
    from unfascicle.store.inputs import read_output

    return Fascicle.from_output(read_output(Path(path)))


__all__ = ["Fascicle", "open", "read", "__version__"]
