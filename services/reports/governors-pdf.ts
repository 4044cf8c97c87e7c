// The governors' report as a printable PDF, made on the server with pdfkit (pure JS, so no
// browser runs). The font is DejaVu Sans from its npm package, embedded: PDF's built-in
// Helvetica cannot write a Welsh school's ŵ or ŷ, and nothing is fetched at run time.
// Each school and trust starts a page; each section is a small bar chart with its figures
// written beside the bars, so the page reads the same printed in black and white.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { scopes } from './governors-render.ts';
import type { GovernorsReport } from './governors-report.ts';
import {
  chartBars,
  figureText,
  type ReportSection,
  reportPeriod,
  reportSections,
  reportTitle,
} from './governors-sections.ts';

const fonts = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const BODY = 'body';
const BOLD = 'bold';
// Read once, on the first report, and shared by every document after.
let fontFiles: Record<typeof BODY | typeof BOLD, Buffer> | undefined;
const fontFilesOnce = () =>
  (fontFiles ??= {
    body: readFileSync(path.join(fonts, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(fonts, 'DejaVuSans-Bold.ttf')),
  });
const MARGIN = 56;
const ROW = 15;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 64;
const INK = '#1f2328';
const MUTED = '#4f5761';
const BAR = '#0b57d0';

type Doc = PDFKit.PDFDocument;

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc) => doc.page.height - MARGIN;

function drawSection(doc: Doc, section: ReportSection): void {
  const rows = Math.max(1, section.items.length);
  if (doc.y + 24 + rows * ROW > bottom(doc)) doc.addPage();
  const top = doc.y;
  doc.font(BOLD).fontSize(11).fillColor(INK).text(section.title, MARGIN, top);
  let y = top + 16;
  if (!section.items.length) {
    doc.font(BODY).fontSize(10).fillColor(MUTED).text('None in this period.', MARGIN, y);
    doc.y = y + ROW + 8;
    return;
  }
  const barLeft = MARGIN + LABEL_WIDTH + 8;
  const barRoom = contentWidth(doc) - LABEL_WIDTH - 8 - VALUE_WIDTH;
  const shares = new Map(chartBars(section).map((b) => [b.label, b.share]));
  for (const item of section.items) {
    doc.font(BODY).fontSize(10).fillColor(INK);
    doc.text(item.label, MARGIN, y + 2, {
      width: LABEL_WIDTH,
      height: ROW,
      ellipsis: true,
      lineBreak: false,
    });
    const share = shares.get(item.label);
    const width = share === undefined ? 0 : Math.max(share * barRoom, item.value ? 1.5 : 0);
    if (width) doc.rect(barLeft, y + 2, width, ROW - 5).fill(BAR);
    doc.fillColor(share === undefined ? MUTED : INK);
    doc.text(figureText(item), barLeft + width + 6, y + 2, { width: VALUE_WIDTH, lineBreak: false });
    y += ROW;
  }
  doc.y = y + 8;
}

function pageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(BODY)
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Page ${i + 1} of ${count}`, MARGIN, doc.page.height - MARGIN / 2, {
        width: contentWidth(doc),
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
}

export function governorsPdf(report: GovernorsReport): Promise<Buffer> {
  const title = reportTitle(report);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'en-GB',
    info: {
      Title: title,
      Author: 'Gatepost',
      Subject: 'Social media policy §12, monitoring and review',
      CreationDate: new Date(report.generatedAt),
    },
  });
  for (const [name, file] of Object.entries(fontFilesOnce())) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(BOLD).fontSize(17).fillColor(INK).text('Social media monitoring report');
  doc.font(BODY).fontSize(13).text(reportPeriod(report));
  doc.moveDown(0.4);
  doc
    .font(BODY)
    .fontSize(10)
    .fillColor(MUTED)
    .text(
      'For the governing board (social media policy §12, monitoring and review). Counts only: no post, ' +
        `reply or safeguarding detail. Generated ${new Date(report.generatedAt).toLocaleString('en-GB', {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: 'Europe/London',
        })} (UK time).`,
    );
  for (const [i, [kind, scope]] of scopes(report).entries()) {
    if (i > 0) doc.addPage();
    else doc.moveDown(1);
    doc.font(BOLD).fontSize(14).fillColor(INK).text(`${scope.name} (${kind})`, MARGIN);
    doc.moveDown(0.6);
    for (const section of reportSections(scope)) drawSection(doc, section);
  }
  pageNumbers(doc);
  doc.end();
  return finished;
}
