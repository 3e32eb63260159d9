"""Read a source document's text: TXT (UTF-8, GBK/GB18030), DOCX, or PDF with a text layer.

One reader for `add-source`, the extractor and the maintenance page. A file that cannot give
text (empty, binary, encrypted, scanned, too large) raises DocumentError with a message in
Chinese and English; nothing is written by this module.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # 20 MiB: a long report with images stays well below
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # what a DOCX may unpack to (a zip bomb is refused)
MAX_PDF_PAGES = 500
DOCUMENT_TYPES = (".txt", ".docx", ".pdf")


class DocumentError(ValueError):
    """A document that gives no text; `zh` and `en` say why and what to do."""

    def __init__(self, zh: str, en: str):
        super().__init__(en)
        self.zh, self.en = zh, en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


def kind_of(data: bytes, file_name: str) -> str:
    """'txt', 'docx' or 'pdf', from the content first and the file name second."""
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:2] == b"PK":
        return "docx"
    suffix = Path(file_name).suffix.lower()
    if suffix in (".pdf", ".docx"):
        return suffix[1:]
    return "txt"


def read_document(data: bytes, file_name: str = "") -> str:
    """The document's text, normalised to \\n line ends; DocumentError when there is none."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"文件过大（{len(data) / 2**20:.1f} MB），上限为 {MAX_DOCUMENT_BYTES // 2**20} MB。",
            f"The file is too large ({len(data) / 2**20:.1f} MB); the limit is "
            f"{MAX_DOCUMENT_BYTES // 2**20} MB.")
    if not data.strip():
        raise DocumentError("文件是空的。", "The file is empty.")
    kind = kind_of(data, file_name)
    text = {"pdf": _pdf_text, "docx": _docx_text, "txt": _txt_text}[kind](data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text):
        if kind == "pdf":
            raise DocumentError("PDF 没有文字层（可能是扫描件）：请提供带文字的 PDF、DOCX 或 TXT。",
                                "The PDF has no text layer (a scan?): provide a PDF with text, a DOCX "
                                "or a TXT.")
        raise DocumentError("文件中没有可读的文字。", "The file holds no readable text.")
    return text


def _txt_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError("文件不是文本（含二进制内容）：请提供 TXT、DOCX 或带文字层的 PDF。",
                            "The file is not text (binary content): provide a TXT, a DOCX or a PDF "
                            "with a text layer.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError("无法识别文本编码：请保存为 UTF-8 或 GBK。",
                        "Unknown text encoding: save the file as UTF-8 or GBK.")


def _docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED_BYTES:
                raise DocumentError("DOCX 解压后过大，已拒绝。", "The DOCX unpacks too large; refused.")
            if "word/document.xml" not in z.namelist():
                raise DocumentError("不是 Word 文档（DOCX）。", "Not a Word document (DOCX).")
    except zipfile.BadZipFile as e:
        raise DocumentError("DOCX 文件已损坏，无法打开。", "The DOCX file is damaged.") from e
    import docx

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several kinds for a broken package
        raise DocumentError("DOCX 文件已损坏，无法打开。", "The DOCX file is damaged.") from e
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(c.text for c in row.cells))
            lines.append("\t".join(cells))
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise DocumentError("PDF 已加密：请提供未加密的文件。",
                                        "The PDF is encrypted: provide an unencrypted file.")
            except DocumentError:
                raise
            except Exception as e:
                raise DocumentError("PDF 已加密：请提供未加密的文件。",
                                    "The PDF is encrypted: provide an unencrypted file.") from e
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentError(f"PDF 页数过多（{len(reader.pages)}），上限为 {MAX_PDF_PAGES} 页。",
                                f"The PDF has too many pages ({len(reader.pages)}); the limit is "
                                f"{MAX_PDF_PAGES}.")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as e:
        raise DocumentError("PDF 文件已损坏，无法读取。",
                            "The PDF file is damaged and cannot be read.") from e
