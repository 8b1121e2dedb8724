"""The docxtpl side of the benchmark: an equivalent Word template and its context.

``build_template`` writes, once, a .docx template with python-docx that lays out a request
the way a docxtpl user would: the header (reference, CONFIDENTIAL / DRAFT marks), the footer
with its page fields, the front matter, a loop over the numbered sections (``{{ loop.index }}.``),
inside each a loop over its subsections (numbered ``N.M.``: the offences, the persons with their
table, the assistance items), and inside those a loop over the paragraphs, with one template
paragraph (or table) for each kind of paragraph the request uses: the same Word styles,
alignment and bold/italic/highlighted runs, tables in Table Grid with the same widths, then the
closing and the signature block.

``context_from`` turns mla-writer's composed block Document into the context for that
template, so docxtpl renders the same text; ``document_text`` reads a .docx back as text so the
benchmark can check that both outputs say the same.

The template holds only the paragraph kinds that the benchmarked documents use (found by
``variants_of``), as a hand-written template for those requests would.

Right-to-left languages (Arabic): the template has the same right-to-left styles, paragraphs and
tables, and each text goes in as a docxtpl ``RichText`` (``{{r ...}}``) holding the same runs as
mla-writer writes: right-to-left runs, and Latin fragments as left-to-right runs of their own
inside LRE/PDF marks. As in mla-writer, left/right alignment is dropped in those paragraphs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path

from docx import Document as new_document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from mla_writer.render import bidi, docx_writer
from mla_writer.render.blocks import Document, Heading, Paragraph, Signature, Table
from mla_writer.render.formatting import text_direction

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_SECTION = re.compile(r"^(\d+)\. (.*)$", re.S)
_SUBSECTION = re.compile(r"^(\d+)\.(\d+)\. (.*)$", re.S)
_FIELD = re.compile(r"\{(PAGE|NUMPAGES)\}")


# --- kinds of block ------------------------------------------------------------------------------

def variant(block: Paragraph | Heading | Table) -> tuple:
    """What the template needs a separate paragraph (or table) for."""
    if isinstance(block, Paragraph):
        return ("p", block.style, block.align, block.keep_with_next,
                tuple((r.bold, r.italic, r.highlight) for r in block.runs))
    if isinstance(block, Heading):
        return ("h", block.level)
    if isinstance(block, Table):
        columns = len(block.header or block.rows[0]) if (block.header or block.rows) else 1
        return ("t", block.label_column, block.header is not None, columns)
    raise TypeError(type(block))


def _split(doc: Document) -> dict:
    """front matter / numbered sections (with subsections) / closing / signature / tail."""
    blocks = list(doc.blocks)
    sig_index = next((i for i, b in enumerate(blocks) if isinstance(b, Signature)), None)
    closing = None
    signature = None
    tail: list = []
    if sig_index is not None:
        signature = blocks[sig_index]
        tail = blocks[sig_index + 1:]
        blocks = blocks[:sig_index]
        if blocks and isinstance(blocks[-1], Paragraph) and len(blocks[-1].runs) == 1:
            closing = blocks.pop()
    front: list = []
    sections: list[dict] = []
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1 and _SECTION.match(block.text):
            sections.append({"title": _SECTION.match(block.text).group(2), "intro": [], "subs": []})
        elif isinstance(block, Heading) and block.level == 2 and sections and _SUBSECTION.match(block.text):
            sections[-1]["subs"].append({"title": _SUBSECTION.match(block.text).group(3), "blocks": []})
        elif not sections:
            front.append(block)
        elif sections[-1]["subs"]:
            sections[-1]["subs"][-1]["blocks"].append(block)
        else:
            sections[-1]["intro"].append(block)
    return {"front": front, "sections": sections, "closing": closing, "signature": signature, "tail": tail}


def _flat_blocks(doc: Document) -> Iterable:
    parts = _split(doc)
    yield from parts["front"]
    for section in parts["sections"]:
        yield from section["intro"]
        for sub in section["subs"]:
            yield from sub["blocks"]
    yield from parts["tail"]


def variants_of(docs: Iterable[Document]) -> list[tuple]:
    seen: dict[tuple, None] = {}
    for doc in docs:
        for block in _flat_blocks(doc):
            seen.setdefault(variant(block), None)
    return list(seen)


# --- context -------------------------------------------------------------------------------------

def _rich(text: str, lang: str, *, bold: bool = False, italic: bool = False, highlight: bool = False,
          size: int | None = None):  # noqa: ANN202 - a docxtpl RichText
    """Right-to-left text as mla-writer writes it: one run per Latin or other fragment."""
    from docxtpl import RichText

    rich = RichText()
    for piece, latin in bidi.segments(text):
        rich.add(f"{bidi.LRE}{piece}{bidi.PDF}" if latin else piece, bold=bold, italic=italic,
                 highlight="FFFF00" if highlight else None, size=size, rtl=not latin,
                 lang=None if latin else bidi.bidi_language(lang))
    return rich


def _block_context(block, ids: dict[tuple, str], rich=None) -> dict:  # noqa: ANN001
    key = ids[variant(block)]
    if isinstance(block, Paragraph):
        if rich:
            return {"k": key, "t": [rich(r.text, bold=r.bold, italic=r.italic, highlight=r.highlight) for r in block.runs]}
        return {"k": key, "t": [r.text for r in block.runs]}
    if isinstance(block, Heading):
        return {"k": key, "t": rich(block.text) if rich else block.text}
    if rich:
        return {"k": key, "h": [rich(text, bold=True) for text in block.header or []],
                "rows": [[rich(text, bold=block.label_column and i == 0) for i, text in enumerate(row)]
                         for row in block.rows]}
    return {"k": key, "h": block.header or [], "rows": block.rows}


def _footer_parts(template: str) -> list[str]:
    return _FIELD.split(template)[0::2]  # text before PAGE, between, after NUMPAGES


def context_from(doc: Document, variants: list[tuple]) -> dict:
    ids = {v: f"v{i}" for i, v in enumerate(variants)}
    parts = _split(doc)
    rtl = doc.direction == "rtl"
    rich = (lambda text, **fmt: _rich(text, doc.lang, **fmt)) if rtl else None  # noqa: E731
    text = (lambda value, **fmt: (rich(value, **fmt) if value else "")) if rtl else (lambda value, **fmt: value)  # noqa: E731
    convert = lambda blocks: [_block_context(b, ids, rich) for b in blocks]  # noqa: E731
    signature = parts["signature"]
    footer = _footer_parts(doc.footer_template)
    sections = []
    for number, s in enumerate(parts["sections"], start=1):
        subs = [{"title": sub["title"], "blocks": convert(sub["blocks"]),
                 **({"heading": rich(f"{number}.{index}. {sub['title']}")} if rtl else {})}
                for index, sub in enumerate(s["subs"], start=1)]
        sections.append({"title": s["title"], "intro": convert(s["intro"]), "subs": subs,
                         **({"heading": rich(f"{number}. {s['title']}")} if rtl else {})})
    return {
        "header_text": rich(doc.header_text, size=18) if rtl else doc.header_text,
        "confidential_mark": text(doc.confidential_mark or "", bold=True),
        "draft_mark": text(doc.draft_mark or "", bold=True),
        "footer": footer + [""] * (3 - len(footer)),
        "front": convert(parts["front"]),
        "sections": sections,
        "closing": text(parts["closing"].runs[0].text) if parts["closing"] is not None else "",
        "signature": ({"lines": [text(line) if rtl else line for line in signature.lines[:-1]],
                       "last": rich(signature.lines[-1], bold=True) if rtl else signature.lines[-1],
                       "place_and_date": rich(signature.place_and_date) if rtl else signature.place_and_date,
                       "seal": text(signature.seal_mark or "")}
                      if signature is not None else None),
        "tail": convert(parts["tail"]),
        "title": doc.title,
        "lang": doc.lang,
    }


# --- the template --------------------------------------------------------------------------------

def _tag(document, text: str) -> None:  # noqa: ANN001
    """A paragraph holding only a docxtpl {%p ... %} tag (docxtpl removes the paragraph)."""
    document.add_paragraph(text)


def _field(expression: str, rtl: bool) -> str:
    """``{{ x }}``, or in a right-to-left template ``{{r x }}`` (the context holds RichText)."""
    return f"{{{{r {expression} }}}}" if rtl else f"{{{{ {expression} }}}}"


def _styled_paragraph(document, style: str | None, align: str | None, keep: bool = False,  # noqa: ANN001, ANN202
                      rtl: bool = False):
    paragraph = document.add_paragraph(style=style)
    if align and not (rtl and align in ("left", "right")):  # as mla-writer: no sides in right-to-left text
        paragraph.alignment = _ALIGN[align]
    if keep:
        paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _variant_body(document, v: tuple, var: str, rtl: bool = False) -> None:  # noqa: ANN001
    if v[0] == "p":
        _, style, align, keep, runs = v
        paragraph = _styled_paragraph(document, style, align, keep, rtl)
        for index, (bold, italic, highlight) in enumerate(runs):
            run = paragraph.add_run(_field(f"{var}.t[{index}]", rtl))
            if rtl:
                continue  # the RichText carries the formatting
            run.bold = bold or None
            run.italic = italic or None
            if highlight:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    elif v[0] == "h":
        document.add_heading(_field(f"{var}.t", rtl), level=v[1])
    else:
        _, label_column, has_header, columns = v
        table = document.add_table(rows=0, cols=columns)
        table.style = document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if has_header:
            cells = table.add_row().cells
            for i, cell in enumerate(cells):
                cell.paragraphs[0].add_run(_field(f"{var}.h[{i}]", rtl)).bold = None if rtl else True
            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        table.add_row().cells[0].paragraphs[0].add_run(f"{{%tr for r in {var}.rows %}}")
        cells = table.add_row().cells
        for i, cell in enumerate(cells):
            cell.paragraphs[0].add_run(_field(f"r[{i}]", rtl)).bold = ((label_column and i == 0) or None) if not rtl else None
        table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
        if label_column and columns == 2:
            for row in table.rows:
                row.cells[0].width = Cm(5.5)
                row.cells[1].width = Cm(11)
        document.add_paragraph()  # mla-writer leaves an empty paragraph after each table


def _dispatch(document, variants: list[tuple], items: str, rtl: bool = False) -> None:  # noqa: ANN001
    """{%p for b in items %} one template paragraph per kind {%p endfor %}."""
    _tag(document, f"{{%p for b in {items} %}}")
    for index, v in enumerate(variants):
        _tag(document, f"{{%p {'if' if index == 0 else 'elif'} b.k == 'v{index}' %}}")
        _variant_body(document, v, "b", rtl)
    _tag(document, "{%p endif %}")
    _tag(document, "{%p endfor %}")


def _add_field(paragraph, instruction: str) -> None:  # noqa: ANN001
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def build_template(path: Path, variants: list[tuple], lang: str) -> Path:
    """Writes the equivalent template (once per language) and returns its path."""
    rtl = text_direction(lang) == "rtl"
    document = new_document()
    docx_writer._set_base_styles(document, lang)  # the same styles as mla-writer's output
    docx_writer._set_language(document, lang)
    section = document.sections[0]
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    if rtl:
        bidi.make_styles_rtl(document, lang)

    header = section.header
    run = header.paragraphs[0].add_run(_field("header_text", rtl))
    if not rtl:
        run.font.size = Pt(9)
    for mark in ("confidential_mark", "draft_mark"):
        header.add_paragraph(f"{{%p if {mark} %}}")
        paragraph = header.add_paragraph()
        paragraph.add_run(_field(mark, rtl)).bold = None if rtl else True
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        header.add_paragraph("{%p endif %}")
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("{{ footer[0] }}")
    _add_field(footer, "PAGE")
    footer.add_run("{{ footer[1] }}")
    _add_field(footer, "NUMPAGES")
    footer.add_run("{{ footer[2] }}")

    _dispatch(document, variants, "front", rtl)
    _tag(document, "{%p for s in sections %}")
    _tag(document, "{%p set sn = loop.index %}")
    document.add_heading("{{r s.heading }}" if rtl else "{{ sn }}. {{ s.title }}", level=1)
    _dispatch(document, variants, "s.intro", rtl)
    _tag(document, "{%p for sub in s.subs %}")
    document.add_heading("{{r sub.heading }}" if rtl else "{{ sn }}.{{ loop.index }}. {{ sub.title }}", level=2)
    _dispatch(document, variants, "sub.blocks", rtl)
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endfor %}")

    _tag(document, "{%p if closing %}")
    _styled_paragraph(document, None, "justify").add_run(_field("closing", rtl))
    _tag(document, "{%p endif %}")
    _tag(document, "{%p if signature %}")
    document.add_paragraph()
    _tag(document, "{%p for line in signature.lines %}")
    document.add_paragraph(_field("line", rtl)).paragraph_format.space_after = Pt(0)
    _tag(document, "{%p endfor %}")
    paragraph = document.add_paragraph("_______________________   ")
    paragraph.add_run(_field("signature.last", rtl)).bold = None if rtl else True
    document.add_paragraph(_field("signature.place_and_date", rtl))
    _tag(document, "{%p if signature.seal %}")
    document.add_paragraph(_field("signature.seal", rtl))
    _tag(document, "{%p endif %}")
    _tag(document, "{%p endif %}")
    _dispatch(document, variants, "tail", rtl)

    if rtl:  # every paragraph and table right to left, as mla-writer writes them
        for part in (document.element.body, section.header._element, section.footer._element):
            for p in part.iter(qn("w:p")):
                bidi.mark_paragraph_properties(p.get_or_add_pPr())
        for table in document.tables:
            bidi.make_table_rtl(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def render_docxtpl(template: Path, context: dict) -> bytes:
    """What is timed: load the template, render it, write the package (as a docxtpl user does per request)."""
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(template))
    tpl.render(context, autoescape=True)
    properties = tpl.docx.core_properties
    properties.title = context["title"]
    properties.language = context["lang"]
    properties.author = properties.last_modified_by = "mla-writer"
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


# --- comparing outputs ---------------------------------------------------------------------------

def _describe(paragraph) -> str:  # noqa: ANN001
    """Style, alignment and the runs (bold runs in **) of a paragraph."""
    align = paragraph.alignment
    runs = "".join(f"**{r.text}**" if r.bold else r.text for r in paragraph.runs)
    return f"[{paragraph.style.name}{'' if align is None else ', ' + align.name.lower()}] {runs}"


def document_text(data: bytes, formatting: bool = False) -> list[str]:
    """The text of a .docx in document order: header, body (paragraphs, table rows), footer.

    With ``formatting``, each paragraph also shows its style, alignment and bold runs.
    """
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph as DocxParagraph

    document = new_document(io.BytesIO(data))
    section = document.sections[0]
    lines = [f"[header] {p.text}" for p in section.header.paragraphs]
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = DocxParagraph(child, document)
            lines.append(_describe(paragraph) if formatting else paragraph.text)
        elif child.tag == qn("w:tbl"):
            for row in DocxTable(child, document).rows:
                cells = [_describe(cell.paragraphs[0]) if formatting else cell.text for cell in row.cells]
                lines.append(" | ".join(cells))
    lines += [f"[footer] {p.text}" for p in section.footer.paragraphs]
    return lines
