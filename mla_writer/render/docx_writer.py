"""Writes a composed document as .docx: the only module that knows Word.

Real Word styles are used throughout (Title, Heading 1-2, List Bullet/Number, Quote,
Table Grid) so the result is an ordinary editable document, not a picture of one.

How (issue 8, speed): python-docx builds the *base package* once per process for each
language, direction and body size (styles, numbering definitions, settings, theme, the
header and footer parts, margins, language tags, right-to-left settings). Its parts are
kept as compressed zip entries or as XML text cut around where the content goes. For each
document only ``word/document.xml``, the header, the footer, the numbering instances and
the core properties are written, directly as WordprocessingML text, exactly as python-docx
would write them (same elements, attributes and order), and the package is zipped with the
static parts copied as they are. Going through python-docx's per-element API for every
paragraph and run cost about 15 times more than the whole rest of a request.
"""

from __future__ import annotations

import io
import re
import struct
import sys
import threading
import time
import zipfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass

from docx import Document as new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Inches, Pt, RGBColor
from docx.styles import BabelFish

from mla_writer.render import bidi
from mla_writer.render.blocks import Document, Heading, Paragraph, Signature, Table

_FIELD = re.compile(r"\{(PAGE|NUMPAGES)\}")
BODY_FONT = "Times New Roman"
# Times New Roman has no Chinese glyphs: Word would pick a font at random for them.
EAST_ASIAN_FONTS = {"zh": "SimSun", "ja": "MS Mincho", "ko": "Batang"}


def _set_base_styles(document, lang: str = "en") -> None:  # noqa: ANN001 - python-docx Document
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(12)
    # East-Asian and complex-script slots too, or Word falls back to another font for them.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONTS.get(lang, BODY_FONT))
    fonts.set(qn("w:cs"), BODY_FONT)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 15), ("Heading 1", 13), ("Heading 2", 12)):
        style = document.styles[name]
        style.font.name = BODY_FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        # The default template ties headings to theme fonts, which win over a named font.
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONTS.get(lang, BODY_FONT))
        fonts.set(qn("w:cs"), BODY_FONT)
    title = document.styles["Title"]
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The default Title has a coloured bottom border; a request wants a plain title.
    borders = title.element.get_or_add_pPr().find(qn("w:pBdr"))
    if borders is not None:
        borders.getparent().remove(borders)


_LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "tr": "tr-TR", "de": "de-DE", "ar": "ar-SA", "fr": "fr-FR",
                  "es": "es-ES", "it": "it-IT", "el": "el-GR", "uk": "uk-UA", "zh": "zh-CN"}


def _set_language(document, lang: str) -> None:  # noqa: ANN001
    """Tells Word which language the text is in (spelling, hyphenation)."""
    tag = _LANGUAGE_TAGS.get(lang, lang)
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    element = rpr.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        rpr.insert_element_before(element, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    element.set(qn("w:val"), tag)
    element.set(qn("w:eastAsia"), tag)
    element.set(qn("w:bidi"), tag)


# --- the base package: built once per process for each (language, direction, body size) -----------

_DOCUMENT, _HEADER, _FOOTER = "word/document.xml", "word/header1.xml", "word/footer1.xml"
_NUMBERING, _CORE = "word/numbering.xml", "docProps/core.xml"
_MARK = "mla-writer:content"
_TITLE_MARK, _LANGUAGE_MARK = "MLAWRITERTITLEMARK", "MLAWRITERLANGUAGEMARK"
_LABEL_WIDTHS = (str(Cm(5.5).twips), str(Cm(11).twips))  # label column, value column
_BASES_KEPT = 16  # languages x directions x body sizes in use; a bound, not a per-document cache


@dataclass(frozen=True)
class _Entry:
    """A zip entry compressed once: name, CRC-32, sizes and the deflated bytes."""

    name: bytes
    crc: int
    size: int
    data: bytes


def _deflate(name: str, content: bytes) -> _Entry:
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    return _Entry(name.encode("ascii"), zlib.crc32(content), len(content), data)


@dataclass
class _Base:
    order: list[str]                          # the parts, in python-docx's order in the zip
    static: dict[str, _Entry]                 # every part that does not change per document
    pieces: dict[str, tuple[str, str]]        # dynamic part -> (XML before the content, XML after it)
    core: tuple[str, str, str]                # core.xml around the title and the language
    styles: dict[str, tuple[str, str, bool]]  # style name in styles.xml -> (type, id, is the default of its type)
    header_style: str | None                  # the style of the header's and the footer's first paragraph
    footer_style: str | None
    list_abstract_id: str                     # the abstract numbering of "List Number"
    num_ids: tuple[int, ...]                  # numIds in use in numbering.xml
    block_width: int                          # EMU between the margins


def _split(xml: bytes, mark: str) -> tuple[str, str]:
    text = xml.decode("utf-8")
    head, found, tail = text.partition(f"<!--{mark}-->")
    if not found:
        raise RuntimeError(f"base package: marker {mark} not found")
    return head, tail


def _build_base(lang: str, rtl: bool, body_size: float) -> _Base:
    from lxml import etree

    from docx.opc.oxml import serialize_part_xml

    document = new_document()
    _set_base_styles(document, lang)
    document.styles["Normal"].font.size = Pt(body_size)
    properties = document.core_properties
    properties.title = _TITLE_MARK
    properties.language = _LANGUAGE_MARK
    # No personal data in metadata: the file may travel further than its text.
    properties.author = "mla-writer"
    properties.last_modified_by = "mla-writer"
    properties.comments = ""
    section = document.sections[0]
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(1.5)
    section.top_margin = Cm(2)
    section.bottom_margin = Cm(2)
    _set_language(document, lang)
    if rtl:
        bidi.make_styles_rtl(document, lang)
    header, footer = section.header, section.footer
    header_element, footer_element = header._element, footer._element  # creates the parts, header first
    header_style, footer_style = header.paragraphs[0]._p.style, footer.paragraphs[0]._p.style

    saved = io.BytesIO()
    document.save(saved)
    with zipfile.ZipFile(saved) as package:
        order = [info.filename for info in package.infolist()]
        dynamic = {_DOCUMENT, _HEADER, _FOOTER, _NUMBERING, _CORE}
        if not dynamic <= set(order):
            raise RuntimeError(f"base package: missing parts {sorted(dynamic - set(order))}")
        static = {name: _deflate(name, package.read(name)) for name in order if name not in dynamic}

    # Where the content goes: a comment in each dynamic part, cut out of its serialised XML.
    for element in (header_element, footer_element):
        for child in list(element):
            element.remove(child)
        element.append(etree.Comment(_MARK))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.insert(0, etree.Comment(_MARK))
    numbering = document.part.numbering_part.element
    num_ids = tuple(int(n.numId) for n in numbering.num_lst)
    style_pPr = document.styles["List Number"].element.pPr
    style_num_id = style_pPr.numPr.numId.val
    abstract_id = next(n for n in numbering.num_lst if n.numId == style_num_id).abstractNumId.val
    marker = numbering.add_num(abstract_id)  # where python-docx puts the numbering of each new list
    marker.addprevious(etree.Comment(_MARK))
    numbering.remove(marker)
    pieces = {
        _DOCUMENT: _split(serialize_part_xml(document.element), _MARK),
        _HEADER: _split(serialize_part_xml(header_element), _MARK),
        _FOOTER: _split(serialize_part_xml(footer_element), _MARK),
        _NUMBERING: _split(serialize_part_xml(numbering), _MARK),
    }
    core_xml = serialize_part_xml(document.core_properties._element).decode("utf-8")
    before_title, _, rest = core_xml.partition(_TITLE_MARK)
    between, _, after_language = rest.partition(_LANGUAGE_MARK)

    styles: dict[str, tuple[str, str, bool]] = {}
    defaults: dict[str, str] = {}  # type -> id of its default style (the last one marked, as python-docx reads it)
    for style in document.styles.element.style_lst:
        style_type = style.get(qn("w:type")) or "paragraph"
        if style.default:
            defaults[style_type] = style.styleId
    for style in document.styles.element.style_lst:
        name = style.name_val
        if name is None or name in styles:
            continue
        style_type = style.get(qn("w:type")) or "paragraph"
        styles[name] = (style_type, style.styleId, defaults.get(style_type) == style.styleId)
    # python-docx's Document._block_width: the width a new table is given
    width = Emu((section.page_width or Inches(8.5)) - (section.left_margin or Inches(1))
                - (section.right_margin or Inches(1)))
    return _Base(order=order, static=static, pieces=pieces, core=(before_title, between, after_language),
                 styles=styles, header_style=header_style, footer_style=footer_style,
                 list_abstract_id=str(abstract_id), num_ids=num_ids, block_width=int(width))


_BASES: OrderedDict[tuple[str, bool, float], _Base] = OrderedDict()
_BASES_LOCK = threading.Lock()


def _base(lang: str, rtl: bool, body_size: float) -> _Base:
    key = (lang, rtl, body_size)
    with _BASES_LOCK:
        base = _BASES.get(key)
        if base is not None:
            _BASES.move_to_end(key)
            return base
    base = _build_base(lang, rtl, body_size)
    with _BASES_LOCK:
        _BASES[key] = base
        while len(_BASES) > _BASES_KEPT:
            _BASES.popitem(last=False)
    return base


# --- WordprocessingML as text ------------------------------------------------------------------

_ALIGN = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_SPECIAL = re.compile(r"([\t\r\n])")
# What XML 1.0 cannot hold (lxml, so python-docx, refuses it): control characters but tab, line feed
# and carriage return; U+FFFE and U+FFFF (in UTF-8); unpaired surrogates cannot be encoded at all.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NON_CHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")
_LIST_NUMBER = "List Number"


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _t(text: str) -> str:
    if len(text.strip()) < len(text):  # python-docx keeps leading and trailing spaces
        return f'<w:t xml:space="preserve">{_escape(text)}</w:t>'
    return f"<w:t>{_escape(text)}</w:t>"


def _run_content(text: str) -> str:
    """A run's text as python-docx writes it: tabs as w:tab, line breaks as w:br."""
    if not text:
        return ""
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return _t(text)
    parts = []
    for piece in _SPECIAL.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece:
            parts.append(_t(piece))
    return "".join(parts)


def _run(text: str, properties: str | None) -> str:
    """``properties`` None: no w:rPr at all; "" an empty one (python-docx adds it when a property is cleared)."""
    content = _run_content(text)
    if properties is None:
        return f"<w:r>{content}</w:r>" if content else "<w:r/>"
    rpr = f"<w:rPr>{properties}</w:rPr>" if properties else "<w:rPr/>"
    return f"<w:r>{rpr}{content}</w:r>"


_CS_FONT = f'<w:rFonts w:cs="{bidi.COMPLEX_SCRIPT_FONT}"/>'


class _Writer:
    def __init__(self, base: _Base, doc: Document) -> None:
        self.base = base
        self.doc = doc
        self.rtl = doc.direction == "rtl"
        self.bidi_lang = f'<w:lang w:bidi="{_escape_attribute(bidi.bidi_language(doc.lang))}"/>'
        self.nums: list[int] = []
        self._used_num_ids = set(base.num_ids)
        self._count_num_ids = len(base.num_ids)

    # --- runs -----------------------------------------------------------------------------
    def runs(self, text: str, *, properties: bool = False, bold: bool = False, italic: bool = False,
             highlight: bool = False, size: int | None = None) -> str:
        """The runs for ``text``: one, or in a right-to-left document one per Latin or other fragment.

        ``properties``: python-docx was asked to set bold/italic (to None when not), which leaves an
        empty w:rPr in the run.
        """
        shared = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + \
            (f'<w:sz w:val="{size}"/>' if size else "") + ('<w:highlight w:val="yellow"/>' if highlight else "")
        if not self.rtl:
            return _run(text, shared if (properties or shared) else None)
        out = []
        for piece, latin in bidi.segments(text):
            if latin:
                out.append(_run(f"{bidi.LRE}{piece}{bidi.PDF}", f'{shared}<w:rtl w:val="0"/>'))
            else:
                out.append(_run(piece, f"{_CS_FONT}{shared}<w:rtl/>{self.bidi_lang}"))
        return "".join(out)

    # --- paragraphs ---------------------------------------------------------------------------
    def style_id(self, name: str | None, kind: str = "paragraph") -> str | None:
        """What python-docx writes for a style name: None for the default style of its type."""
        if name is None:
            return None
        found = self.base.styles.get(BabelFish.ui2internal(name))  # "Heading 1" is "heading 1" in styles.xml
        if found is None:
            raise KeyError(f"no style with name '{name}'")
        style_type, style_id, default = found
        if style_type != kind:
            raise ValueError(f"assigned style is type {style_type}, need type {kind}")
        return None if default else style_id

    def paragraph(self, content: str, *, ppr: bool = False, style: str | None = None, keep_with_next: bool = False,
                  num_id: int | None = None, spacing_after_zero: bool = False, jc: str | None = None) -> str:
        """``ppr``: python-docx was given a style (even the default one), which always adds a w:pPr."""
        props = []
        if style:
            props.append(f'<w:pStyle w:val="{_escape_attribute(style)}"/>')
        if keep_with_next:
            props.append("<w:keepNext/>")
        if num_id is not None:
            props.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
        if self.rtl:
            props.append("<w:bidi/>")
        if spacing_after_zero:
            props.append('<w:spacing w:after="0"/>')
        if jc:
            props.append(f'<w:jc w:val="{jc}"/>')
        if props:
            pPr = f"<w:pPr>{''.join(props)}</w:pPr>"
        else:
            pPr = "<w:pPr/>" if ppr else ""
        if not pPr and not content:
            return "<w:p/>"
        return f"<w:p>{pPr}{content}</w:p>"

    def start_list(self) -> int:
        """A new numbering instance restarting at 1, numbered as python-docx numbers them."""
        used = self._used_num_ids
        num_id = next(n for n in range(1, self._count_num_ids + 2) if n not in used)
        used.add(num_id)
        self._count_num_ids += 1
        self.nums.append(num_id)
        return num_id

    # --- blocks -------------------------------------------------------------------------------
    def heading(self, block: Heading) -> str:
        if not 0 <= block.level <= 9:
            raise ValueError("level must be in range 0-9, got %d" % block.level)
        style = "Title" if block.level == 0 else f"Heading {block.level}"
        if self.rtl:
            content = self.runs(block.text)
        else:
            content = _run(block.text, None) if block.text else ""
        return self.paragraph(content, ppr=True, style=self.style_id(style))

    def block_paragraph(self, block: Paragraph, num_id: int | None) -> str:
        content = "".join(self.runs(run.text, properties=True, bold=run.bold, italic=run.italic,
                                    highlight=run.highlight) for run in block.runs)
        jc = None
        if block.align:
            # In a right-to-left paragraph Word reads left/right as start/end: keep only what has
            # no side (centred, justified) and let the text start where Arabic starts.
            if not self.rtl or block.align in ("center", "justify"):
                jc = _ALIGN[block.align]
        return self.paragraph(content, ppr=block.style is not None, style=self.style_id(block.style),
                              keep_with_next=block.keep_with_next, num_id=num_id, jc=jc)

    def table(self, block: Table) -> str:
        columns = len(block.header or block.rows[0]) if (block.header or block.rows) else 1
        column_width = str(Emu(self.base.block_width // columns).twips if columns > 0 else 0)
        widths = [column_width] * columns
        if block.label_column and columns == 2:
            widths = list(_LABEL_WIDTHS)
        table_style = self.style_id("Table Grid", "table")
        out = ["<w:tbl><w:tblPr>"]
        if table_style:
            out.append(f'<w:tblStyle w:val="{_escape_attribute(table_style)}"/>')
        if self.rtl:
            out.append("<w:bidiVisual/>")
        out.append('<w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/><w:tblLook w:firstColumn="1" '
                   'w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
                   "</w:tblPr>")
        grid_column = f'<w:gridCol w:w="{column_width}"/>'
        out.append(f"<w:tblGrid>{grid_column * columns}</w:tblGrid>")

        def row(texts: list[str], header: bool) -> None:
            if len(texts) != columns:
                raise ValueError(f"a table row has {len(texts)} cells, the table {columns} columns")
            out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
            for index, (text, width) in enumerate(zip(texts, widths, strict=True)):
                bold = header or (block.label_column and index == 0)
                # python-docx's cell.text = "" leaves an empty run before the text's own runs.
                content = "<w:r/>" + self.runs(text, properties=True, bold=bold)
                out.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
                           f"{self.paragraph(content)}</w:tc>")
            out.append("</w:tr>")

        if block.header:
            row(block.header, True)
        for texts in block.rows:
            row(texts, False)
        out.append("</w:tbl><w:p/>")
        return "".join(out)

    def signature(self, block: Signature) -> str:
        out = ["<w:p/>"]
        for text in block.lines[:-1]:
            out.append(self.paragraph(self.runs(text), spacing_after_zero=True))
        out.append(self.paragraph(self.runs("_______________________   ") + self.runs(block.lines[-1], bold=True)))
        out.append(self.paragraph(self.runs(block.place_and_date)))
        if block.seal_mark:
            out.append(self.paragraph(self.runs(block.seal_mark)))
        return "".join(out)

    def body(self) -> str:
        out = []
        in_numbered_list = False
        for block in self.doc.blocks:
            numbered = isinstance(block, Paragraph) and block.style == _LIST_NUMBER
            num_id = None
            if numbered:
                num_id = self.start_list() if not in_numbered_list else self.nums[-1]
            in_numbered_list = numbered
            if isinstance(block, Heading):
                out.append(self.heading(block))
            elif isinstance(block, Paragraph):
                out.append(self.block_paragraph(block, num_id))
            elif isinstance(block, Table):
                out.append(self.table(block))
            elif isinstance(block, Signature):
                out.append(self.signature(block))
        return "".join(out)

    # --- header, footer, numbering, properties ------------------------------------------------------
    def header(self) -> str:
        doc = self.doc
        out = [self.paragraph(self.runs(doc.header_text, size=18), style=self.base.header_style)]
        for mark in (doc.confidential_mark, doc.draft_mark):
            if mark:
                out.append(self.paragraph(self.runs(mark, bold=True), jc="center"))
        return "".join(out)

    def footer(self) -> str:
        template = self.doc.footer_template
        out = []
        position = 0
        for match in _FIELD.finditer(template):
            if match.start() > position:
                out.append(_run(template[position:match.start()], None))
            out.append(f'<w:fldSimple w:instr="{match.group(1)}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            position = match.end()
        if position < len(template):
            out.append(_run(template[position:], None))
        return self.paragraph("".join(out), style=self.base.footer_style, jc="center")

    def numbering(self) -> str:
        abstract = self.base.list_abstract_id
        return "".join(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/><w:lvlOverride w:ilvl="0">'
                       f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>' for num_id in self.nums)

    def core(self) -> str:
        before_title, between, after_language = self.base.core
        for value in (self.doc.title, self.doc.lang):
            if len(value) > 255:
                raise ValueError("exceeded 255 char limit for property, got:\n\n'%s'" % value)
        return f"{before_title}{_escape(self.doc.title)}{between}{_escape(self.doc.lang)}{after_language}"


def _escape_attribute(value: str) -> str:
    return _escape(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _checked(xml: str) -> bytes:
    data = xml.encode("utf-8")  # raises on an unpaired surrogate, as lxml does
    if len(data.translate(None, _CONTROL_BYTES)) != len(data) or any(c in data for c in _NON_CHARACTERS):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")
    return data


# --- the zip ------------------------------------------------------------------------------------

def _dos_time() -> tuple[int, int]:
    year, month, day, hour, minute, second = time.localtime(time.time())[:6]
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day


_CREATE_SYSTEM = 0 if sys.platform == "win32" else 3  # as zipfile writes it


def _zip(order: list[str], entries: dict[str, _Entry]) -> bytes:
    """The package, as zipfile.ZipFile.writestr would write it (deflated, no data descriptors)."""
    dos_time, dos_date = _dos_time()
    local, central = [], []
    offset = 0
    for name in order:
        entry = entries[name]
        header = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, zipfile.ZIP_DEFLATED, dos_time, dos_date,
                             entry.crc, len(entry.data), entry.size, len(entry.name), 0)
        local.append(header + entry.name)
        local.append(entry.data)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20 | (_CREATE_SYSTEM << 8), 20, 0,
                                   zipfile.ZIP_DEFLATED, dos_time, dos_date, entry.crc, len(entry.data), entry.size,
                                   len(entry.name), 0, 0, 0, 0, 0o600 << 16, offset) + entry.name)
        offset += len(header) + len(entry.name) + len(entry.data)
    directory = b"".join(central)
    if offset + len(directory) >= 0xFFFFFFFF or len(order) >= 0xFFFF:
        raise ValueError("document too large for a zip without ZIP64")
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(order), len(order), len(directory), offset, 0)
    return b"".join(local) + directory + end


def to_docx_bytes(doc: Document) -> bytes:
    rtl = doc.direction == "rtl"
    base = _base(doc.lang, rtl, doc.body_size)
    writer = _Writer(base, doc)
    body = writer.body()
    dynamic = {
        _DOCUMENT: body,
        _HEADER: writer.header(),
        _FOOTER: writer.footer(),
        _NUMBERING: writer.numbering(),
    }
    entries = dict(base.static)
    for name, content in dynamic.items():
        head, tail = base.pieces[name]
        entries[name] = _deflate(name, _checked(f"{head}{content}{tail}"))
    entries[_CORE] = _deflate(_CORE, _checked(writer.core()))
    return _zip(base.order, entries)
