import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The VERA code lists Loket speaks, generated from VERA's `Referentiedata.csv` (Aedes
 * datastandaarden, CC0) into one typed module of `@loket/shared/contracts`:
 * `bash scripts/vera-codes.sh` writes it, `tools/vera/referentiedata.spec.ts` fails when the
 * committed module differs from what the committed CSV gives.
 *
 * The CSV is committed in the repository (Docker builds have no ../shared beside them); the script
 * refreshes that copy from ../shared/vera when it is there.
 */
export const ROOT = join(__dirname, '../..');
export const CSV_FILE = 'libs/shared/contracts/vera/Referentiedata.csv';
export const SHARED_CSV = '../shared/vera/Referentiedata.csv';
export const GENERATED_FILE = 'libs/shared/contracts/src/lib/vera/referentiedata.generated.ts';
export const REGENERATE = 'bash scripts/vera-codes.sh';

/**
 * The lists an ERP sends for relaties, eenheden and huurovereenkomsten (VERA Relaties.yaml,
 * Vastgoed.yaml, Overeenkomsten.yaml), and the ones Loket itself maps to (channels, directions,
 * markers, day parts). Add a Soort here and regenerate to validate another coded field.
 */
export const SOORTEN = [
  // Relaties: contactmoment, natuurlijk persoon, relatierol, contactgegeven, signalering
  'COMMUNICATIEKANAAL',
  'COMMUNICATIERICHTING',
  'DAGDEEL',
  'SIGNALERINGSOORT',
  'SIGNALERINGDETAILSOORT',
  'SIGNALERINGSTATUS',
  'RELATIESOORT',
  'RELATIESTATUS',
  'RELATIEROLSOORT',
  'GESLACHT',
  'BURGERLIJKESTAAT',
  'CONTACTGEGEVENSOORT',
  'CONTACTGEGEVENDETAILSOORT',
  'RELATIEADRESSOORT',
  // Vastgoed: eenheid and its address
  'EENHEIDSOORT',
  'EENHEIDDETAILSOORT',
  'EENHEIDSTATUS',
  'WOONVORM',
  'ADRESSOORT',
  // Overeenkomsten: huurovereenkomst
  'OVEREENKOMSTSOORT',
  'OVEREENKOMSTSTATUS',
  'EINDEREDEN',
] as const;

export interface ReferentiedataRow {
  soort: string;
  code: string;
  naam: string;
  omschrijving: string | null;
  /** ISO date (YYYY-MM-DD), or null. */
  begindatum: string | null;
  /** ISO date: the code is not to be used from this day on (kept: older records carry it). */
  einddatum: string | null;
  /** `SOORT.CODE` of the code this one details, e.g. `EENHEIDSOORT.WOO`. */
  parent: string | null;
  informatiedomein: string | null;
}

/** Splits `;`-separated lines with `"…"` quoting (`""` inside quotes is one quote), as the VERA file is written. */
export function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** VERA writes dates as D-M-YYYY (`1-1-2022`, `30-6-2023`); anything else stops the generator, naming the line. */
export function isoDate(value: string, where: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  const day = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(m[3]), month, 0)).getUTCDate()) {
    throw new Error(`${where}: "${value}" is not a date D-M-YYYY`);
  }
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

const HEADER = ['Soort', 'Code', 'Naam', 'Omschrijving', 'Begindatum', 'Einddatum', 'Parent', 'Informatiedomein'];
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The rows of the chosen Soorten, in the file's order (dates checked only there). */
export function readReferentiedata(text: string, soorten: readonly string[] = SOORTEN): ReferentiedataRow[] {
  const [header, ...lines] = parseCsv(text);
  if (header?.join(';') !== HEADER.join(';')) throw new Error(`Referentiedata.csv: expected the header ${HEADER.join(';')}, found ${header?.join(';')}`);
  const rows: ReferentiedataRow[] = [];
  lines.forEach((fields, index) => {
    const [soort, code, naam, omschrijving, begindatum, einddatum, parent, informatiedomein] = fields.map((f) => f ?? '');
    if (!soorten.includes(soort.trim())) return;
    const where = `Referentiedata.csv record ${index + 2} (${soort};${code})`;
    if (fields.length !== HEADER.length) throw new Error(`${where}: ${fields.length} fields, expected ${HEADER.length}`);
    if (!/^[A-Z0-9]+$/i.test(code.trim())) throw new Error(`${where}: "${code}" is not a code`);
    rows.push({
      soort: soort.trim(),
      code: code.trim(),
      naam: naam.trim(),
      omschrijving: orNull(omschrijving),
      begindatum: isoDate(begindatum, where),
      einddatum: isoDate(einddatum, where),
      parent: orNull(parent),
      informatiedomein: orNull(informatiedomein),
    });
  });
  const missing = soorten.filter((s) => !rows.some((r) => r.soort === s));
  if (missing.length) throw new Error(`Referentiedata.csv has no codes of ${missing.join(', ')}`);
  return rows;
}

/** A string literal in the house's quotes. */
const literal = (value: string | null) =>
  value === null ? 'null' : `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

/** The generated module's text: per Soort its codes (in the file's order) as `as const` entries. */
export function renderReferentiedata(text: string, soorten: readonly string[] = SOORTEN): string {
  const rows = readReferentiedata(text, soorten);
  const out: string[] = [
    '// GENERATED by `bash scripts/vera-codes.sh` from libs/shared/contracts/vera/Referentiedata.csv',
    '// (VERA referentiedata, Aedes datastandaarden, CC0 1.0). Do not edit: change the generator',
    '// (tools/vera/referentiedata.ts) or the CSV and regenerate.',
    '',
    '/** The VERA Soorten Loket knows, in the order the generator lists them. */',
    `export const VERA_SOORTEN = [${soorten.map((s) => literal(s)).join(', ')}] as const;`,
    '',
  ];
  for (const soort of soorten) {
    out.push(`/** VERA ${soort}. */`, `export const VERA_${soort} = [`);
    for (const r of rows.filter((row) => row.soort === soort)) {
      out.push(
        `  { code: ${literal(r.code)}, naam: ${literal(r.naam)}, omschrijving: ${literal(r.omschrijving)}, begindatum: ${literal(r.begindatum)}, einddatum: ${literal(r.einddatum)}, parent: ${literal(r.parent)} },`,
      );
    }
    out.push('] as const;', '');
  }
  out.push(
    '/**',
    ' * Per Soort its codes with naam, omschrijving and dates (ISO YYYY-MM-DD). A code with an einddatum',
    ' * has ended on that day: it is kept, because older records carry it. A code can occur twice in a',
    ' * Soort with different dates or parents.',
    ' */',
    'export const VERA_REFERENTIEDATA = {',
    ...soorten.map((soort) => `  ${soort}: VERA_${soort},`),
    '} as const;',
    '',
  );
  return out.join('\n');
}

export const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
