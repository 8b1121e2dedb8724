"""A language-neutral document: what the request says, not how Word stores it.

The composer produces these blocks; the .docx writer is the only code that knows Word.
Keeping them apart lets tests read the document as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right", "justify"]


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    highlight: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    style: str = "Normal"
    align: Align | None = None
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class Heading:
    text: str
    level: int  # 0 = document title, 1 = section, 2 = subsection


@dataclass
class Table:
    rows: list[list[str]]
    header: list[str] | None = None
    label_column: bool = False  # first column holds labels (bold)


@dataclass
class Signature:
    lines: list[str]
    place_and_date: str
    seal_mark: str | None = None


Block = Paragraph | Heading | Table | Signature


@dataclass
class Document:
    lang: str
    direction: Literal["ltr", "rtl"]
    title: str
    header_text: str
    footer_template: str  # with {PAGE} and {NUMPAGES}
    confidential_mark: str | None = None
    draft_mark: str | None = None
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # problems met while composing, for the user
    untranslated: list[tuple[str, str]] = field(default_factory=list)  # (field path, text as typed)
    body_size: int = 12  # points; handouts that must fit one page use less

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def plain_text(self) -> str:
        parts: list[str] = [self.header_text]
        for block in self.blocks:
            if isinstance(block, (Paragraph, Heading)):
                parts.append(block.text)
            elif isinstance(block, Table):
                for row in ([block.header] if block.header else []) + block.rows:
                    parts.append(" | ".join(row))
            elif isinstance(block, Signature):
                parts.extend([*block.lines, block.place_and_date, block.seal_mark or ""])
        return "\n".join(parts)
