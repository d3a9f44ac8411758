import { Faker, base, nl } from '@faker-js/faker';

/*
 * A corporation's data as its ERP holds it, in VERA shape: relaties (natuurlijke personen), eenheden
 * and huurovereenkomsten. Deterministic: the same seed and size give the same records, byte for byte,
 * on any machine and any date (no "today" in it).
 *
 * The bodies follow the `erp` helper's DTOs (RelatieUpsertDto, EenheidUpsertDto,
 * HuurovereenkomstUpsertDto in libs/server/integrations, as of its work in progress): VERA field names,
 * codes as VERA's `{ code }` objects (the API also takes the bare code).
 */

/** A VERA code value: `{ code: 'HUU' }` (VERA's `naam` may be sent too; Loket does not check it). */
export interface Code<C extends string = string> {
  code: C;
}

export interface VeraAddress {
  straatnaam: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummerToevoeging: string | null;
  postcode: string;
  woonplaats: string;
}

/** PUT /integrations/customers/{idExtern}: a relatie as a natuurlijk persoon, its contact details and its role in the household. */
export interface CustomerBody {
  /** The klantnummer (VERA `code`): Loket's customer number. */
  code: string;
  voorletters: string;
  voornaam: string;
  tussenvoegsels: string | null;
  achternaam: string;
  geboortedatum: string;
  emailadres: string | null;
  telefoonnummers: string[];
  adres: VeraAddress;
  /** RELATIEROLSOORT: HUU (huurder), MDH (medehuurder). */
  rol: Code<'HUU' | 'MDH'>;
  einddatum: string | null;
}

/** PUT /integrations/units/{idExtern}: an eenheid with its address and VERA type codes. */
export interface UnitBody {
  /** EENHEIDSOORT, e.g. WOO (woonruimte). */
  soort: Code<'WOO'>;
  /** EENHEIDDETAILSOORT, e.g. TUS (tussenwoning), POF (portiekflat). */
  detailSoort: Code<(typeof DETAIL)[number]['code']>;
  adres: VeraAddress;
  einddatum: string | null;
}

/** PUT /integrations/contracts/{idExtern}: a huurovereenkomst between relatie(s) and an eenheid. */
export interface ContractBody {
  /** The contract number. */
  code: string;
  eenheid: { idExtern: string };
  relaties: { idExtern: string; rol: Code<'HUU' | 'MDH'> }[];
  begindatum: string;
  einddatum: string | null;
  /** Monthly brutohuur in euros, two decimals. */
  brutohuur: number;
}

export interface ErpCustomer {
  idExtern: string;
  body: CustomerBody;
}
export interface ErpUnit {
  idExtern: string;
  body: UnitBody;
}
export interface ErpContract {
  idExtern: string;
  body: ContractBody;
}

export interface Corporation {
  customers: ErpCustomer[];
  units: ErpUnit[];
  contracts: ErpContract[];
}

/** One line of the NDJSON batch: which record, keyed by the ERP's id, with its PUT body as `data`. */
export type BatchLine =
  | { type: 'unit'; idExtern: string; data: UnitBody }
  | { type: 'customer'; idExtern: string; data: CustomerBody }
  | { type: 'contract'; idExtern: string; data: ContractBody };

const TOWNS = [
  { city: 'Sprang-Capelle', from: 5161, to: 5162 },
  { city: 'Waalwijk', from: 5141, to: 5146 },
  { city: 'Tilburg', from: 5011, to: 5049 },
  { city: "'s-Hertogenbosch", from: 5211, to: 5237 },
  { city: 'Utrecht', from: 3511, to: 3585 },
  { city: 'Amersfoort', from: 3811, to: 3829 },
  { city: 'Zwolle', from: 8011, to: 8043 },
  { city: 'Groningen', from: 9711, to: 9747 },
  { city: 'Leeuwarden', from: 8911, to: 8939 },
  { city: 'Den Helder', from: 1781, to: 1789 },
] as const;
// Postcode letters never used: SA, SD and SS.
const LETTERS = 'ABCDEGHJKLMNPRTVWXZ'.split('');
const DETAIL = [
  { code: 'TUS', weight: 30 }, { code: 'HOE', weight: 10 }, { code: 'POF', weight: 20 }, { code: 'GAL', weight: 15 },
  { code: 'BEN', weight: 8 }, { code: 'BOV', weight: 8 }, { code: 'MAI', weight: 5 }, { code: 'TWE', weight: 4 },
] as const;

const pad = (n: number) => String(n).padStart(6, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const ascii = (s: string) => s.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/[\s']/g, '').toLowerCase();

/** The ERP's ids: `R-000001` (relatie), `E-000001` (eenheid), `HO-000001` (huurovereenkomst). */
export const erpIds = {
  customer: (i: number) => `R-${pad(i)}`,
  unit: (i: number) => `E-${pad(i)}`,
  contract: (i: number) => `HO-${pad(i)}`,
};

/**
 * `size` units, each let to one customer under one contract (so `size` of each), with Dutch names,
 * addresses and postcodes. Every customer number, e-mail address and mobile number is unique, so
 * a first load never matches one record to another.
 */
export function generateCorporation(size: number, seed = 13): Corporation {
  const f = new Faker({ locale: [nl, base], seed });
  const customers: ErpCustomer[] = [];
  const units: ErpUnit[] = [];
  const contracts: ErpContract[] = [];
  const streets = new Map<string, string>();
  for (let i = 1; i <= size; i++) {
    const town = f.helpers.arrayElement(TOWNS);
    const postcode = `${f.number.int({ min: town.from, max: town.to })}${f.helpers.arrayElement(LETTERS)}${f.helpers.arrayElement(LETTERS)}`;
    let street = streets.get(postcode);
    if (!street) streets.set(postcode, (street = f.location.street()));
    const adres: VeraAddress = {
      straatnaam: street,
      huisnummer: f.number.int({ min: 1, max: 250 }),
      huisletter: f.number.float() < 0.08 ? f.helpers.arrayElement(['A', 'B', 'C']) : null,
      huisnummerToevoeging: f.number.float() < 0.04 ? f.helpers.arrayElement(['1', '2', 'bis', 'hs']) : null,
      postcode,
      woonplaats: town.city,
    };
    units.push({
      idExtern: erpIds.unit(i),
      body: {
        soort: { code: 'WOO' },
        detailSoort: { code: f.helpers.weightedArrayElement(DETAIL.map((d) => ({ value: d.code, weight: d.weight }))) },
        adres,
        einddatum: null,
      },
    });

    const sex = f.helpers.arrayElement(['male', 'female'] as const);
    const voornaam = f.person.firstName(sex);
    const last = f.person.lastName();
    const m = /^((?:[a-z']+\s)+)(.+)$/.exec(last);
    const tussenvoegsels = m ? m[1].trim() : f.number.float() < 0.2 ? f.helpers.arrayElement(['de', 'van', 'van der', 'van den', 'ter']) : null;
    const achternaam = m ? m[2] : last;
    const start = ymd(f.number.int({ min: 1995, max: 2024 }), f.number.int({ min: 1, max: 12 }), 1);
    const emailadres = f.number.float() < 0.8 ? `${ascii(voornaam)}.${ascii(tussenvoegsels ?? '')}${ascii(achternaam)}.${i}@example.nl` : null;
    customers.push({
      idExtern: erpIds.customer(i),
      body: {
        code: `K${pad(i)}`,
        voorletters: `${voornaam[0]}.`,
        voornaam,
        tussenvoegsels,
        achternaam,
        geboortedatum: ymd(f.number.int({ min: 1935, max: 2004 }), f.number.int({ min: 1, max: 12 }), f.number.int({ min: 1, max: 28 })),
        emailadres,
        // Unique per customer: a first load never matches one customer to another.
        telefoonnummers: [`06${String(10_000_000 + i).slice(-8)}`],
        adres,
        rol: { code: 'HUU' },
        einddatum: null,
      },
    });

    contracts.push({
      idExtern: erpIds.contract(i),
      body: {
        code: `HO${pad(i)}`,
        eenheid: { idExtern: erpIds.unit(i) },
        relaties: [{ idExtern: erpIds.customer(i), rol: { code: 'HUU' } }],
        begindatum: start,
        einddatum: null,
        brutohuur: f.number.int({ min: 42_000, max: 95_000 }) / 100,
      },
    });
  }
  return { customers, units, contracts };
}

/** The batch in the order a reference must come after what it names: units, customers, then contracts. */
export function* batchLines(corp: Corporation): Generator<BatchLine> {
  for (const u of corp.units) yield { type: 'unit', idExtern: u.idExtern, data: u.body };
  for (const c of corp.customers) yield { type: 'customer', idExtern: c.idExtern, data: c.body };
  for (const c of corp.contracts) yield { type: 'contract', idExtern: c.idExtern, data: c.body };
}

/** NDJSON: one JSON object per line, each ending in "\n", in chunks of about `chunkBytes` for a streamed request body. */
export async function* ndjson(lines: Iterable<unknown>, chunkBytes = 64 * 1024): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let chunk = '';
  for (const line of lines) {
    chunk += `${typeof line === 'string' ? line : JSON.stringify(line)}\n`;
    if (chunk.length >= chunkBytes) {
      yield encoder.encode(chunk);
      chunk = '';
    }
  }
  if (chunk) yield encoder.encode(chunk);
}
