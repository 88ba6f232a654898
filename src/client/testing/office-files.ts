// Reads generated office files back in tests: a .docx's paragraphs and table rows as text, from
// the XML inside the zip (not from what our own code meant to write).
import { strFromU8, unzipSync } from 'fflate';

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const textOf = (xml: string) =>
  decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

export interface DocxContent {
  /** Every paragraph's text, in order (table cells included). */
  paragraphs: string[];
  /** Every table row, as its cells' text. */
  rows: string[][];
  /** Page size and margins in twips, from the section properties. */
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
}

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new Error('not a .docx: word/document.xml is missing');
  const xml = strFromU8(documentXml);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc[ >][\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
  );
  const attr = (tag: string, name: string) =>
    Number(new RegExp(`<w:${tag}[^>]*w:${name}="(\\d+)"`).exec(xml)?.[1]);
  return {
    paragraphs,
    rows,
    page: {
      width: attr('pgSz', 'w'),
      height: attr('pgSz', 'h'),
      top: attr('pgMar', 'top'),
      bottom: attr('pgMar', 'bottom'),
      left: attr('pgMar', 'left'),
      right: attr('pgMar', 'right'),
    },
  };
}
