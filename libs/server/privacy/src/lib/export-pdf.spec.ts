import type { CustomerDto } from '@loket/server/customers';
import type { StaffDataExportDto } from './privacy.dto';
import { printable, renderExportPdf } from './export-pdf';
import { pdfText } from './pdf-text';

const customer: CustomerDto = {
  id: 'c1', customerNumber: '100003', externalId: null, kind: 'tenant', initials: null, firstName: 'Fatma', namePrefix: null, lastName: 'Yılmaz', fullName: 'Fatma Yılmaz',
  birthDate: '1958-03-12', ageBand: 'senior', email: 'fatma@example.nl', phoneNumbers: [{ number: '+31612345678', display: '06 12345678', label: 'mobile' }],
  address: { street: 'Kerkstraat', houseNumber: 5, houseLetter: null, houseNumberAddition: null, postcode: '5161 AB', city: 'Sprang-Capelle' },
  preferredChannel: 'phone', language: 'tr', interpreterNeeded: true, digitalSkill: 'not_digital', attitude: null, vulnerabilities: ['digital'], markers: [],
  createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z', erasedAt: null,
};

function staffExport(overrides: Partial<StaffDataExportDto> = {}): StaffDataExportDto {
  return {
    kind: 'staff', exportedAt: '2026-12-09T12:00:00.000Z', organization: { name: 'Woonstichting De Linde' }, customer,
    contracts: [], cases: [], callbacks: [], articleFeedback: [], accounts: [], messages: [], ...overrides,
  };
}

describe('renderExportPdf', () => {
  it('makes a PDF with Dutch headings, the date in Dutch and the customer’s details', async () => {
    const pdf = await renderExportPdf(staffExport());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const line of ['Klantdossier 100003', 'Woonstichting De Linde', '9 december 2026', 'Persoonsgegevens', 'Fatma Yilmaz', '12 maart 1958', 'Kerkstraat 5, 5161 AB Sprang-Capelle', 'Geen vragen.', 'Pagina 1 van ']) {
      expect(text).toContain(line);
    }
  });

  it('runs over several pages, numbering each', async () => {
    const contacts = Array.from({ length: 60 }, (_, i) => ({ id: `k${i}`, occurredAt: '2026-11-02T09:00:00.000Z', channel: 'phone', direction: 'inbound', summary: `Contact nummer ${i} over de lekkage in de badkamer, met een wat langere samenvatting die over de regel loopt.`, internalNote: null }));
    const pdf = await renderExportPdf(staffExport({ cases: [{ id: 'z1', subject: 'Lekkage', topic: { name: 'Reparatie' }, status: 'open', openedAt: '2026-11-02T09:00:00.000Z', answerSummary: null, contacts }] as unknown as StaffDataExportDto['cases'] }));
    const text = pdfText(pdf);
    expect(text).toContain('Contact nummer 59 over de lekkage');
    const pages = /Pagina 1 van (\d+)/.exec(text);
    expect(Number(pages?.[1])).toBeGreaterThan(1);
    expect(text).toContain(`Pagina ${pages?.[1]} van ${pages?.[1]}`);
  });

  it.each([
    ['Fatma Yılmaz', 'Fatma Yilmaz'],
    ['Şahin Özdemir', 'Sahin Özdemir'],
    ['Łukasz Wałęsa', 'Lukasz Walesa'],
    ['Daniëlle € 12 – ‘ok’', 'Daniëlle € 12 – ‘ok’'],
    ['王', '?'],
  ])('shows %p as %p in the standard font', (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});
