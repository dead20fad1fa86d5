"""unfascicle: UN programme budget fascicles to typed, validated records.

>>> import unfascicle
>>> fascicle = unfascicle.read("A_78_6_Sect15_zh.pdf")     # doctest: +SKIP
>>> fascicle.table("15.9").to_dataframe()                  # doctest: +SKIP
"""

__version__ = "0.1.0"

from unfascicle.pipeline import read  # noqa: E402

__all__ = ["read", "__version__"]
