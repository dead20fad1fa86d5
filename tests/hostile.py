"""Builders of hostile and odd inputs for the error tests and the fuzzer."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def simple_pdf(text: str = "Hello, this is not a budget.", encrypt: str | None = None) -> bytes:
    """A valid one-page PDF with a line of text, optionally password-protected."""
    buffer = io.BytesIO()
    enc = pdfencrypt.StandardEncryption(encrypt, canPrint=1) if encrypt else None
    pdf = canvas.Canvas(buffer, encrypt=enc)
    pdf.drawString(72, 720, text)
    pdf.save()
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A 'scanned' PDF: one page holding an image and no text layer."""
    from PIL import Image

    image = Image.new("RGB", (200, 100), "white")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(image), 72, 600, width=400, height=200)
    pdf.save()
    return buffer.getvalue()


def corrupt_xref(data: bytes) -> bytes:
    """The same PDF with its cross-reference offsets scrambled."""
    at = data.rfind(b"xref")
    table = data[at:].replace(b"0000", b"9999")
    return data[:at] + table


def garbage_streams(data: bytes) -> bytes:
    """The same PDF with the bytes of every content stream overwritten."""
    out = bytearray(data)
    start = 0
    while (s := out.find(b"stream\n", start)) != -1:
        e = out.find(b"endstream", s)
        for i in range(s + 7, max(s + 7, e - 1)):
            out[i] = (out[i] * 31 + 7) % 256
        start = e + 1 if e != -1 else len(out)
    return bytes(out)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
