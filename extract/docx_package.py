"""A Word ``.docx`` file as a package of XML parts, opened defensively.

A docx is a zip of XML parts. Untrusted zips and XML are dangerous in known ways: a
tiny zip can inflate to gigabytes, a truncated one cannot be opened, and XML can
declare entities that expand without bound or fetch files. So every part is read
with a cap on its inflated size (counted while inflating, not taken from the zip
directory, which can lie), XML is parsed with entity resolution and network access
off, and a part that declares a DTD at all is refused: Word never writes one.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import UnreadableInput

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOCUMENT = "word/document.xml"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def zip_kind(data: bytes) -> str:
    """What a zip archive holds: "docx", or the name of what it is instead."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if DOCUMENT in names:
                return "docx"
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    if member.read(len(ODT_MIMETYPE) + 8).strip() == ODT_MIMETYPE:
                        return "word-processor file in OpenDocument format (.odt); save it " \
                               "as .docx or PDF"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return "damaged or truncated ZIP archive"
    return "ZIP archive that is not a Word document (no word/document.xml)"


@dataclass(frozen=True)
class PackageLimits:
    """Caps on what is inflated: per XML part and for the whole document."""

    part_bytes: int = 64 * 1024 * 1024
    total_bytes: int = 256 * 1024 * 1024


@dataclass
class Package:
    """The parts of one docx, read on demand under the limits."""

    path: Path
    archive: zipfile.ZipFile
    limits: PackageLimits
    read_bytes: int = 0
    _parsed: dict[str, etree._Element | None] = field(default_factory=dict)

    def names(self) -> list[str]:
        """Every part name in the zip."""
        return self.archive.namelist()

    def _inflate(self, name: str) -> bytes:
        cap = min(self.limits.part_bytes, self.limits.total_bytes - self.read_bytes)
        if self.archive.getinfo(name).flag_bits & 0x1:
            raise UnreadableInput(self.path, f"the Word file is encrypted (part {name}); save "
                                             f"it without a password first")
        try:
            with self.archive.open(name) as member:
                data = member.read(cap + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
                NotImplementedError) as exc:
            raise UnreadableInput(self.path, f"the Word file is damaged: part {name} cannot "
                                             f"be inflated ({exc.__class__.__name__})") from None
        if len(data) > cap:
            raise UnreadableInput(self.path, f"the Word file inflates beyond the limit of "
                                             f"{self.limits.total_bytes // 2**20} MB (part "
                                             f"{name}); refusing a possible zip bomb")
        self.read_bytes += len(data)
        return data

    def xml(self, name: str) -> etree._Element | None:
        """The root of part ``name`` (None when the package has no such part)."""
        if name not in self._parsed:
            if name not in self.archive.NameToInfo:
                self._parsed[name] = None
            else:
                self._parsed[name] = parse_xml(self.path, name, self._inflate(name))
        return self._parsed[name]

    def rels(self, name: str) -> dict[str, str]:
        """Relationship id → target of part ``name`` (hyperlink URLs, header parts)."""
        folder, base = posixpath.split(name)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return {}
        out = {}
        for rel in root.iter(_PACKAGE_RELS + "Relationship"):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id") or ""] = target
        return out


def parse_xml(path: Path, name: str, data: bytes) -> etree._Element:
    """Parse one part with entities and network off; refuse any DTD."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise UnreadableInput(path, f"the Word file is damaged: part {name} is not well-formed "
                                    f"XML ({exc.msg})") from None
    if root.getroottree().docinfo.doctype or data.lstrip()[:400].find(b"<!DOCTYPE") >= 0:
        raise UnreadableInput(path, f"part {name} declares a DTD (entities); Word never writes "
                                    "one, refusing it")
    return root


def open_package(path: Path, data: bytes, limits: PackageLimits | None = None) -> Package:
    """Open a docx held in ``data``; one clear error for anything that is not one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise UnreadableInput(path, "the Word file is damaged or truncated (not a readable "
                                    "ZIP archive)") from None
    if DOCUMENT not in archive.NameToInfo:
        raise UnreadableInput(path, "a ZIP archive that is not a Word document "
                                    "(no word/document.xml)")
    return Package(path, archive, limits or PackageLimits())
