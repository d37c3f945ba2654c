// The parts of an XLSX workbook with one sheet, the sheet's rows written as they come.
// Our own writer on node:zlib rather than a library: exceljs, the usual choice, has had no
// release since 2023 and pulls in archiver, unzipper and their trees for what is five small XML
// files and one streamed sheet; the `xlsx` package on the registry is frozen with open advisories.
import { sheetRow, type Cell } from '../../domain/exports/table-file.ts';
import { ZipWriter } from './zip-writer.ts';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const PACKAGE_RELS = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const workbook = (sheetName: string) =>
  `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes one sheet: the opening parts, rows in batches, then the end and the directory. */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  private rowNumber = 0;

  constructor(
    day: string,
    private readonly rightToLeft: boolean,
  ) {
    this.zip = new ZipWriter(day);
  }

  start(): Buffer {
    const sheetStart = `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"${this.rightToLeft ? ' rightToLeft="1"' : ''}/></sheetViews><sheetData>`;
    return Buffer.concat([
      this.zip.entry('[Content_Types].xml', CONTENT_TYPES),
      this.zip.entry('_rels/.rels', PACKAGE_RELS),
      // Sheet names are limited to 31 characters and a few are forbidden: one fixed name serves.
      this.zip.entry('xl/workbook.xml', workbook('Koruma')),
      this.zip.entry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
      this.zip.openEntry('xl/worksheets/sheet1.xml'),
      this.zip.data(sheetStart),
    ]);
  }

  rows(rows: readonly (readonly Cell[])[]): Buffer {
    const xml = rows.map((cells) => sheetRow(++this.rowNumber, cells)).join('');
    return this.zip.data(xml);
  }

  finish(): Buffer {
    return Buffer.concat([
      this.zip.data('</sheetData></worksheet>'),
      this.zip.closeEntry(),
      this.zip.finish(),
    ]);
  }
}
