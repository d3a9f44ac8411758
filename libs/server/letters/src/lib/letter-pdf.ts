import PDFDocument from 'pdfkit';
import { formatDutch, formatDutchPhone } from '@loket/shared/dutch-time';
import { printable } from '@loket/server/privacy';

export interface LetterContent {
  organization: { name: string; phone: string | null; replyAddress: string | null };
  recipient: { fullName: string; lines: string[]; customerNumber: string | null };
  /** When the letter was written (its date). */
  date: string;
  subject: string;
  /** The message as written to the outbox: greeting, text and signature. */
  body: string;
}

const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#154273';

/**
 * A Dutch business letter (A4): the corporation's name and how to reach it at the top, the
 * address in the window of a DL envelope (left), the date in Dutch, "Betreft" and "Uw kenmerk",
 * the message (greeting, text, signature) and a footer with the phone number and reply address.
 */
export function renderLetterPdf(c: LetterContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: 56, bottom: 56, left: 70, right: 60 },
    info: { Title: printable(c.subject), Author: printable(c.organization.name) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const phone = c.organization.phone ? formatDutchPhone(c.organization.phone) : null;

  // Letterhead.
  doc.font('Helvetica-Bold').fontSize(16).fillColor(ACCENT).text(printable(c.organization.name), left, 56, { width });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED);
  if (phone) doc.text(`Telefoon ${phone}`, { width });
  if (c.organization.replyAddress) doc.text(`E-mail ${printable(c.organization.replyAddress)}`, { width });

  // The address, where the envelope's window is.
  doc.font('Helvetica').fontSize(11).fillColor(INK);
  doc.text(printable(c.recipient.fullName), left, 150, { width: 260 });
  for (const line of c.recipient.lines) doc.text(printable(line), { width: 260 });

  // Date, reference and subject.
  doc.fontSize(10).fillColor(MUTED).text('Datum', left, 260, { continued: true }).fillColor(INK).text(`   ${formatDutch(c.date, 'date')}`);
  if (c.recipient.customerNumber) doc.fillColor(MUTED).text('Uw klantnummer', { continued: true }).fillColor(INK).text(`   ${printable(c.recipient.customerNumber)}`);
  doc.fillColor(MUTED).text('Betreft', { continued: true }).fillColor(INK).font('Helvetica-Bold').text(`   ${printable(c.subject)}`);

  // The message.
  doc.moveDown(2).font('Helvetica').fontSize(11).fillColor(INK);
  for (const paragraph of c.body.split('\n')) {
    if (paragraph.trim() === '') doc.moveDown(0.6);
    else doc.text(printable(paragraph), left, doc.y, { width, lineGap: 2 });
  }

  // Footer: how to reach us.
  const footer = [c.organization.name, phone ? `Telefoon ${phone}` : null, c.organization.replyAddress].filter(Boolean).join('  ·  ');
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - 40;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(printable(footer), left, y, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
