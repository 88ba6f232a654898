// Writes sheets of rows as an .xlsx (Office Open XML): Times New Roman 12, headings bold, first row
// frozen, strings shared. In the app it runs inside export.worker.ts.
//
// Written here rather than with write-excel-file: that library builds a style object and four JSON
// keys for every cell, and the province workbook of 50,400 recommendations took 12 s on a phone's
// CPU against a budget of 10 (docs/performance.md). These rows need one font, bold or not, so the
// sheet XML is written directly and zipped with fflate (already the office chunks' zip).
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CellValue, SheetRows } from './workbook.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Style indexes in styles.xml's cellXfs. */
const PLAIN = 0;
const BOLD = 1;

export function writeXlsx(sheets: SheetRows[]): Promise<Blob> {
  const strings = new SharedStrings();
  const files: Zippable = {};
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheetXml(sheet.rows, strings));
  });
  Object.assign(files, {
    '[Content_Types].xml': strToU8(contentTypes(sheets.length)),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(workbookXml(sheets)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(sheets.length)),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(strings.xml()),
  });
  // Level 3: 4 % larger than zlib's default level 6, in two thirds of the time (50,400 rows).
  const bytes = zipSync(files, { level: 3 });
  return Promise.resolve(new Blob([bytes], { type: XLSX_TYPE }));
}

function sheetXml(rows: CellValue[][], strings: SharedStrings): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const names = Array.from({ length: columns }, (_, index) => columnName(index));
  const parts: string[] = [
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">`,
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetData>',
  ];
  rows.forEach((row, rowIndex) => {
    const r = rowIndex + 1;
    const style = rowIndex === 0 ? ` s="${BOLD}"` : '';
    let cells = '';
    row.forEach((value, column) => {
      if (value === null || value === '') return;
      const ref = `${names[column] ?? columnName(column)}${r}`;
      cells +=
        typeof value === 'number'
          ? Number.isFinite(value)
            ? `<c r="${ref}"${style}><v>${value}</v></c>`
            : ''
          : `<c r="${ref}"${style} t="s"><v>${strings.index(value)}</v></c>`;
    });
    parts.push(`<row r="${r}">${cells}</row>`);
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/** A, B, …, Z, AA, AB, … for a zero-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Each distinct text once, cells pointing at it: repeated labels (levels, statuses) cost little. */
class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;

  index(text: string): number {
    this.uses += 1;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.indexes.set(text, index);
      this.texts.push(text);
    }
    return index;
  }

  xml(): string {
    const items = this.texts.map((text) => {
      const escaped = escapeXml(text);
      // Excel trims a text's edge spaces unless told to keep them.
      return /^\s|\s$/.test(text)
        ? `<si><t xml:space="preserve">${escaped}</t></si>`
        : `<si><t>${escaped}</t></si>`;
    });
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.texts.length}">${items.join('')}</sst>`;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as XML character data. Characters XML 1.0 cannot carry (control characters, unpaired
 * surrogates, U+FFFE/FFFF), which a pasted text may hold, are left out rather than making the
 * file unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what it leaves out
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

function workbookXml(sheets: SheetRows[]): string {
  const entries = sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
    )
    .join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${entries}</sheets></workbook>`;
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

function contentTypes(sheetCount: number): string {
  const part = (name: string, type: string) =>
    `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.${type}+xml"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, index) =>
    part(`xl/worksheets/sheet${index + 1}.xml`, 'spreadsheetml.worksheet'),
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    part('xl/workbook.xml', 'spreadsheetml.sheet.main') +
    sheets +
    part('xl/styles.xml', 'spreadsheetml.styles') +
    part('xl/sharedStrings.xml', 'spreadsheetml.sharedStrings') +
    '</Types>'
  );
}

/** Two cell formats: Times New Roman 12 (PLAIN) and the same in bold (BOLD). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>' +
  '<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="2"><xf numFmtId="0" fontId="${PLAIN}" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="${BOLD}" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
