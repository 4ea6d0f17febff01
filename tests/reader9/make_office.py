"""Writes the office test pages of tests/reader9 (run once; the files are committed).

Shaped as the programs write them (Word 2016's parts and namespaces, runs split mid-word
by spell-check marks, bookmarks, footnote separators; LibreOffice's content.xml with
``text:s`` spaces and a footnote; Chrome's "Save as single file" MHTML; WordPad's RTF),
about the invented town of Harrowby and its night ferry."""

import zipfile
from pathlib import Path

HERE = Path(__file__).parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"'
DOC = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p w14:paraId="1A2B3C4D"><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Keep the night ferry</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Why the council should think again</w:t></w:r></w:p>
<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t xml:space="preserve">The night ferry is the only way home for </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>Harrow</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>by</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve">'s shift workers after ten.</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> Cutting it saves less than the council says.</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>
<w:p><w:r><w:t xml:space="preserve">We ask for a </w:t></w:r><w:del w:id="3" w:author="Clerk"><w:r><w:delText>short</w:delText></w:r></w:del><w:ins w:id="4" w:author="Clerk"><w:r><w:t>full</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> review before the vote.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Publish the passenger counts.</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>
<w:tr><w:tc><w:p><w:r><w:t>Sailing</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Passengers</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>22:40</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>61</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>"""
NOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Harbour office counts, March 2027: 61 passengers on the 22:40.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>Mira Holt</dc:creator><cp:lastModifiedBy>Clerk</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2027-03-14T09:12:00Z</dcterms:created></cp:coreProperties>"""
TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""

with zipfile.ZipFile(HERE / "ferry-letter.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/document.xml", DOC)
    z.writestr("word/footnotes.xml", NOTES)
    z.writestr("docProps/core.xml", CORE)

ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:h text:style-name="P1" text:outline-level="1">Ferry users' group: minutes</text:h>
<text:p text:style-name="Standard">The group met at<text:s/>the harbour office on 2 April.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Eleven members came; two sent apologies.</text:p></text:note-body></text:note> Members agreed to oppose the cut.</text:p>
<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P2">Write to every councillor before the vote.</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>"""
META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta><meta:initial-creator>Tom Reyes</meta:initial-creator><meta:creation-date>2027-04-02T18:30:00</meta:creation-date><meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>"""
with zipfile.ZipFile(HERE / "users-minutes.odt", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", ODT, zipfile.ZIP_DEFLATED)
    z.writestr("meta.xml", META, zipfile.ZIP_DEFLATED)

MHT = """From: <Saved by Blink>\r
Snapshot-Content-Location: https://harrowby-herald.example/news/night-ferry\r
Subject: =?utf-8?Q?Night_ferry_=E2=80=93_Harrowby_Herald?=\r
Date: Sat, 3 Apr 2027 10:02:11 +0100\r
MIME-Version: 1.0\r
Content-Type: multipart/related;\r
\ttype="text/html";\r
\tboundary="----MultipartBoundary--Qx7Harrowby----"\r
\r
\r
------MultipartBoundary--Qx7Harrowby----\r
Content-Type: text/html\r
Content-ID: <frame-4F2E@mhtml.blink>\r
Content-Transfer-Encoding: quoted-printable\r
Content-Location: https://harrowby-herald.example/news/night-ferry\r
\r
<!DOCTYPE html><html><head><meta http-equiv=3D"Content-Type" content=3D"tex=\r
t/html; charset=3DUTF-8"><title>Night ferry =E2=80=93 Harrowby Herald</title><meta property=3D"og:site_name" content=3D"Harrowby Herald"><meta name=3D"author" content=3D"Ines Park"></head><body><article><h1>Night ferry</h1><p>Council=\r
lors will decide on Thursday whether the 22:40 sailing stays. The operator says it=\r
 loses =C2=A3900 a week.</p></article></body></html>\r
------MultipartBoundary--Qx7Harrowby----\r
Content-Type: text/css\r
Content-Transfer-Encoding: quoted-printable\r
Content-Location: cid:css-1@mhtml.blink\r
\r
body { margin: 0; }\r
------MultipartBoundary--Qx7Harrowby------\r
"""
(HERE / "herald-night-ferry.mhtml").write_bytes(MHT.encode("ascii"))

RTF = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\colortbl ;\red0\green0\blue255;}
{\info{\title Statement on the night ferry}{\author Dr Aled Rhys}{\creatim\yr2027\mo4\dy5\hr9\min0}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\b\f0\fs28 Statement on the night ferry\b0\fs22\par
The harbour caf\'e9 stays open for the last sailing, and its staff depend on it.\par
We ask the council to wait for the review \endash  a \u8220?full\u8221? one \endash  before it votes.\par
}
"""
(HERE / "cafe-statement.rtf").write_bytes(RTF.encode("ascii"))
(HERE / "broken.docx").write_bytes(b"PK\x03\x04 this zip was cut short when the mail was saved")
