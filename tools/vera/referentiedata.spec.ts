import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_FILE, GENERATED_FILE, REGENERATE, ROOT, SHARED_CSV, SOORTEN, isoDate, parseCsv, read, readReferentiedata, renderReferentiedata } from './referentiedata';

/**
 * One source of VERA codes: the committed module is what the generator makes from the committed
 * copy of VERA's Referentiedata.csv, and that copy is VERA's file in ../shared when it is beside us.
 */
describe('the VERA code lists', () => {
  const differs = (file: string) => `${file} differs from what the generator makes. Run \`${REGENERATE}\` and commit the result.`;

  it('the committed module is what the generator makes from the committed CSV', () => {
    const same = read(GENERATED_FILE) === renderReferentiedata(read(CSV_FILE));
    if (!same) throw new Error(differs(GENERATED_FILE));
    expect(same).toBe(true);
  });

  const shared = join(ROOT, SHARED_CSV);
  (existsSync(shared) ? it : it.skip)('the committed CSV is VERA\'s file in ../shared/vera (skipped where ../shared is not beside the repository)', () => {
    const same = read(SHARED_CSV) === read(CSV_FILE);
    if (!same) throw new Error(`${CSV_FILE} differs from ${SHARED_CSV}. Run \`${REGENERATE}\` (it copies the file) and commit the result.`);
    expect(same).toBe(true);
  });

  it('keeps every code of each chosen Soort, ended ones too, with ISO dates', () => {
    const rows = readReferentiedata(read(CSV_FILE));
    expect([...new Set(rows.map((r) => r.soort))].sort()).toEqual([...SOORTEN].sort());
    expect(rows.filter((r) => r.soort === 'COMMUNICATIEKANAAL').map((r) => r.code)).toEqual(['APP', 'BAL', 'BEZ', 'BRI', 'EMA', 'INS', 'INT', 'SMS', 'TEL']);
    expect(rows.find((r) => r.soort === 'EENHEIDSTATUS' && r.code === 'VEK')).toMatchObject({ einddatum: '2023-06-30', naam: 'Verkocht' });
    expect(rows.find((r) => r.soort === 'SIGNALERINGSOORT' && r.code === 'WAN')).toMatchObject({ begindatum: '2025-05-09', einddatum: null });
    // A code twice in one Soort (different dates and parents) stays twice.
    expect(rows.filter((r) => r.soort === 'EENHEIDDETAILSOORT' && r.code === 'BIJ').map((r) => [r.einddatum, r.parent])).toEqual([
      ['2023-06-09', 'EENHEIDSOORT.OVE'],
      [null, 'EENHEIDSOORT.MOG'],
    ]);
  });

  it.each([
    ['a;b;c\n1;2;3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['a;"b;c";d\r\n', [['a', 'b;c', 'd']]],
    ['a;"zal ""0"" staan";;\n', [['a', 'zal "0" staan', '', '']]],
    ['\uFEFFa;b', [['a', 'b']]],
    ['a;"twee\nregels"\n\n', [['a', 'twee\nregels']]],
  ])('reads the CSV %p', (text, rows) => expect(parseCsv(text)).toEqual(rows));

  it.each([
    ['1-1-2022', '2022-01-01'],
    ['30-6-2023', '2023-06-30'],
    ['03-05-2024', '2024-05-03'],
    ['', null],
  ])('reads VERA\'s date %p', (text, iso) => expect(isoDate(text, 'here')).toBe(iso));

  it.each(['22-11-24', '14-02-205', '31-01-2025.', '31-2-2025', '2025-01-31'])('stops at a date it cannot read (%p), naming where', (text) => {
    expect(() => isoDate(text, 'Referentiedata.csv record 7 (X;Y)')).toThrow(`Referentiedata.csv record 7 (X;Y): "${text}" is not a date D-M-YYYY`);
  });

  it('stops when a chosen Soort is missing or the header is not VERA\'s', () => {
    const header = 'Soort;Code;Naam;Omschrijving;Begindatum;Einddatum;Parent;Informatiedomein\n';
    expect(() => readReferentiedata(`${header}GESLACHT;M;Mannelijk;;;;;Relaties\n`, ['GESLACHT', 'DAGDEEL'])).toThrow('has no codes of DAGDEEL');
    expect(() => readReferentiedata('Soort;Code\nGESLACHT;M\n', ['GESLACHT'])).toThrow('expected the header');
    expect(renderReferentiedata(`${header}GESLACHT;M;Man's;;;1-2-2024;;Relaties\n`, ['GESLACHT'])).toContain(
      "export const VERA_GESLACHT = [\n  { code: 'M', naam: 'Man\\'s', omschrijving: null, begindatum: null, einddatum: '2024-02-01', parent: null },\n] as const;",
    );
  });
});
