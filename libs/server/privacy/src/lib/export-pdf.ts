import PDFDocument from 'pdfkit';
import type { AddressResponseDto } from '@loket/server/customers';
import { MARKER_NAMES_NL, type Channel } from '@loket/shared/contracts';
import type { CustomerDataExportDto } from './privacy.dto';
import { formatDutch, formatDutchDate } from '@loket/shared/business-calendar';

const CHANNEL_NL: Record<Channel, string> = {
  phone: 'Telefoon', email: 'E-mail', letter: 'Brief', counter: 'Balie', home_visit: 'Huisbezoek', portal: 'Mijn Loket', whatsapp: 'WhatsApp', sms: 'Sms',
  social: 'Sociale media',
};
const DIRECTION_NL: Record<'tenant' | 'staff', Record<string, string>> = {
  tenant: { inbound: 'u nam contact op', outbound: 'wij namen contact op' },
  staff: { inbound: 'inkomend', outbound: 'uitgaand' },
};
const CASE_STATUS_NL: Record<string, string> = { open: 'Open', waiting_for_customer: 'Wacht op u', resolved: 'Beantwoord', closed: 'Gesloten' };
const CALLBACK_STATUS_NL: Record<string, string> = {
  scheduled: 'Gepland', in_progress: 'Bezig', completed: 'Gebeld', cancelled: 'Geannuleerd',
};
const ATTEMPT_NL: Record<string, string> = { reached: 'bereikt', no_answer: 'niet opgenomen', voicemail: 'voicemail', wrong_number: 'verkeerd nummer' };
const CONTRACT_STATUS_NL: Record<string, string> = { active: 'Lopend', future: 'Toekomstig', ended: 'Beëindigd' };
const PHONE_LABEL_NL: Record<string, string> = { mobile: 'mobiel', home: 'thuis', work: 'werk', other: 'anders' };
const KIND_NL: Record<string, string> = { tenant: 'Huurder', home_seeker: 'Woningzoekende' };

const dateTime = (iso: string | null | undefined) => (iso ? formatDutch(iso, 'dateTime') : '—');
const date = (iso: string | null | undefined) => (iso ? (iso.length === 10 ? formatDutchDate(iso) : formatDutch(iso, 'date')) : '—');
const address = (a: AddressResponseDto | null) =>
  a ? `${a.street} ${a.houseNumber}${a.houseLetter ?? ''}${a.houseNumberAddition ? `-${a.houseNumberAddition}` : ''}, ${a.postcode} ${a.city}` : '—';
/** "+31612345678" → "06 12345678", "+31201234567" → "020 1234567"; other numbers as they are. */
const phone = (e164: string) => {
  if (!e164.startsWith('+31')) return e164;
  const national = `0${e164.slice(3)}`;
  return national.startsWith('06') ? `06 ${national.slice(2)}` : national.length === 10 ? `${national.slice(0, 3)} ${national.slice(3)}` : national;
};
const languageName = (code: string) => {
  try {
    return new Intl.DisplayNames(['nl'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};
const euro = (cents: number | null) => (cents === null ? '—' : new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100));

/**
 * The standard PDF fonts (Helvetica) cover Western European text (WinAnsi). Any other letter is
 * shown as its closest plain form ("Yılmaz" → "Yilmaz", "Şahin" → "Sahin") rather than as garbage,
 * so the document needs no embedded font.
 */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);
const PLAIN: Record<string, string> = { 'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'ŋ': 'n', 'ĸ': 'k' };
const shown = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0;
  return ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
};
export function printable(s: string): string {
  return [...s]
    .map((ch) => {
      if (shown(ch)) return ch;
      if (PLAIN[ch]) return PLAIN[ch];
      const folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return folded && [...folded].every(shown) ? folded : '?';
    })
    .join('');
}

const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#154273';

/**
 * The data export as a readable document (A4, Dutch headings): what we know of the customer, their
 * contracts, questions with every contact, callbacks and feedback. The staff version also shows
 * markers, internal notes and the messages we sent.
 */
export function renderExportPdf(data: CustomerDataExportDto): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: `Gegevens van ${data.customer.fullName}`, Author: data.organization.name, Subject: 'Inzage persoonsgegevens (AVG)' },
    lang: 'nl-NL',
    displayTitle: true,
    bufferPages: true,
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const text = (s: string, opts: PDFKit.Mixins.TextOptions = {}) => doc.text(printable(s), { width, ...opts });
  const heading = (s: string) => {
    if (doc.y > doc.page.height - 130) doc.addPage();
    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor(ACCENT);
    text(s);
    doc.moveTo(doc.page.margins.left, doc.y + 2).lineTo(doc.page.margins.left + width, doc.y + 2).lineWidth(0.5).strokeColor(ACCENT).stroke();
    doc.moveDown(0.5).font('Helvetica').fontSize(10.5).fillColor(INK);
  };
  const subheading = (s: string) => {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11.5).fillColor(INK);
    text(s);
    doc.font('Helvetica').fontSize(10.5);
  };
  const field = (label: string, value: string | null | undefined) => {
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(MUTED);
    text(`${label}: `, { continued: true });
    doc.font('Helvetica').fillColor(INK);
    text(value && value.trim() ? value : '—');
  };
  const paragraph = (s: string) => {
    doc.font('Helvetica').fontSize(10.5).fillColor(INK);
    text(s, { paragraphGap: 4 });
  };
  const none = (s: string) => {
    doc.font('Helvetica-Oblique').fontSize(10.5).fillColor(MUTED);
    text(s);
    doc.font('Helvetica').fillColor(INK);
  };

  const c = data.customer;
  doc.font('Helvetica-Bold').fontSize(20).fillColor(ACCENT);
  text(data.kind === 'tenant' ? 'Mijn gegevens' : `Klantdossier ${c.customerNumber}`);
  doc.font('Helvetica').fontSize(10.5).fillColor(MUTED);
  text(`${data.organization.name} — gemaakt op ${dateTime(data.exportedAt)}`);
  doc.moveDown(0.4).fillColor(INK);
  paragraph(
    data.kind === 'tenant'
      ? 'Dit zijn de gegevens die wij van u hebben, zoals u ze ook in Mijn Loket ziet. Klopt er iets niet? Pas uw gegevens aan in Mijn Loket of neem contact met ons op.'
      : 'Volledig klantdossier voor een verzoek om inzage (AVG artikel 15), met signaleringen, interne notities en verzonden berichten.',
  );

  heading('Persoonsgegevens');
  field('Naam', c.fullName);
  field('Klantnummer', c.customerNumber);
  field('Soort klant', KIND_NL[c.kind] ?? c.kind);
  field('Geboortedatum', c.birthDate ? date(c.birthDate) : null);
  if (c.erasedAt) field('Gewist op', dateTime(c.erasedAt));

  heading('Contactgegevens');
  field('E-mailadres', c.email);
  if (c.phoneNumbers.length === 0) field('Telefoon', null);
  for (const p of c.phoneNumbers) field(`Telefoon (${PHONE_LABEL_NL[p.label] ?? p.label})`, p.display);
  field('Adres', address(c.address));

  heading('Voorkeuren');
  field('Hoe wij u het liefst bereiken', c.preferredChannel ? CHANNEL_NL[c.preferredChannel] : null);
  field('Taal', languageName(c.language));
  field('Tolk nodig', c.interpreterNeeded ? 'ja' : 'nee');

  if (data.kind === 'staff') {
    heading('Signaleringen en kenmerken');
    field('Digitale vaardigheid', data.customer.digitalSkill);
    field('Houding', data.customer.attitude);
    field('Kwetsbaarheden', data.customer.vulnerabilities.join(', ') || null);
    if (data.customer.markers.length === 0) none('Geen signaleringen.');
    for (const m of data.customer.markers) {
      subheading(`${MARKER_NAMES_NL[m.code] ?? m.code} (${m.code})`);
      field('Geldig', `${date(m.validFrom)} tot ${m.validUntil ? date(m.validUntil) : 'nader order'}`);
      paragraph(m.note);
    }
  }

  heading('Contracten en woningen');
  if (data.contracts.length === 0) none('Geen contracten.');
  for (const k of data.contracts) {
    subheading(`Contract ${k.contractNumber}`);
    field('Woning', address(k.unit.address));
    field('Status', CONTRACT_STATUS_NL[k.status] ?? k.status);
    field('Van', date(k.startDate));
    field('Tot', k.endDate ? date(k.endDate) : null);
    field('Huur per maand', euro(k.rentCents));
  }

  heading('Vragen en contacten');
  if (data.cases.length === 0) none('Geen vragen.');
  for (const k of data.cases) {
    subheading(k.subject);
    field('Onderwerp', k.topic.name);
    field('Status', CASE_STATUS_NL[k.status] ?? k.status);
    field('Gesteld op', dateTime(k.openedAt));
    if (k.answerSummary) field('Antwoord', k.answerSummary);
    for (const contact of k.contacts) {
      doc.moveDown(0.3);
      doc.font('Helvetica-Bold').fillColor(INK);
      text(`${dateTime(contact.occurredAt)} — ${CHANNEL_NL[contact.channel] ?? contact.channel}, ${DIRECTION_NL[data.kind][contact.direction] ?? contact.direction}`);
      doc.font('Helvetica');
      paragraph(contact.summary);
      if ('internalNote' in contact && contact.internalNote) {
        doc.font('Helvetica-Oblique').fillColor(MUTED);
        text(`Interne notitie: ${contact.internalNote}`, { paragraphGap: 4 });
        doc.font('Helvetica').fillColor(INK);
      }
    }
  }

  heading('Terugbelverzoeken');
  if (data.callbacks.length === 0) none('Geen terugbelverzoeken.');
  for (const b of data.callbacks) {
    subheading(`${dateTime(b.windowStart)} — ${CALLBACK_STATUS_NL[b.status] ?? b.status}`);
    field('Waarover', b.reason);
    field('Telefoonnummer', b.phoneNumber ? phone(b.phoneNumber) : null);
    if (b.result) field('Resultaat', b.result);
    if ('attempts' in b) {
      for (const a of b.attempts) field(`Poging ${dateTime(a.at)}`, `${ATTEMPT_NL[a.outcome] ?? a.outcome}${a.note ? ` — ${a.note}` : ''}`);
      for (const r of b.reschedules) field(`Verzet ${dateTime(r.at)}`, r.reason);
    }
  }

  heading('Reacties op de veelgestelde vragen');
  if (data.articleFeedback.length === 0) none('Geen reacties.');
  for (const f of data.articleFeedback) field(`${dateTime(f.at)} — ${f.articleTitle ?? 'artikel'}`, `${f.helpful ? 'Geholpen' : 'Niet geholpen'}${f.comment ? `: ${f.comment}` : ''}`);

  heading('Account Mijn Loket');
  if (data.accounts.length === 0) none('Geen account.');
  for (const a of data.accounts) {
    field('E-mailadres', a.email);
    field('Aangemaakt', dateTime(a.createdAt));
    field('Laatst ingelogd', dateTime(a.lastLoginAt));
  }

  if (data.kind === 'staff') {
    heading('Verzonden berichten');
    if (data.messages.length === 0) none('Geen berichten.');
    for (const m of data.messages) {
      subheading(`${dateTime(m.sentAt ?? m.createdAt)} — ${m.subject}`);
      field('Aan', m.recipient);
      field('Status', m.status);
      if (m.body) paragraph(m.body);
    }
  }

  // Page numbers on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(9).fillColor(MUTED);
    doc.text(`Pagina ${i + 1} van ${range.count}`, doc.page.margins.left, doc.page.height - 36, { width, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
