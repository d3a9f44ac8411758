import { VERA_REFERENTIEDATA, VERA_SOORTEN } from './referentiedata.generated';

/**
 * VERA's code lists (referentiedata), the one source of VERA codes in Loket. The lists are generated
 * from VERA's Referentiedata.csv (`bash scripts/vera-codes.sh`); Loket's own mappings (channels,
 * directions, markers, day parts) are typed by these lists, so a code that is not VERA's does not compile.
 */
export * from './referentiedata.generated';

export type VeraSoort = (typeof VERA_SOORTEN)[number];
/** One code of a Soort: `{code, naam, omschrijving, begindatum, einddatum, parent}` (dates YYYY-MM-DD or null). */
export type VeraEntry<S extends VeraSoort = VeraSoort> = (typeof VERA_REFERENTIEDATA)[S][number];
/** The codes of a Soort as a type: `VeraCode<'EENHEIDSOORT'>` is `'BED' | 'INT' | … | 'WOO'`. */
export type VeraCode<S extends VeraSoort> = VeraEntry<S>['code'];
/** How VERA writes a coded value in its APIs: `{code, naam}`. */
export interface VeraReferentiedata<S extends VeraSoort = VeraSoort> {
  code: VeraCode<S>;
  naam: string;
}

const entries = <S extends VeraSoort>(soort: S): readonly VeraEntry<S>[] => VERA_REFERENTIEDATA[soort] as readonly VeraEntry<S>[];

export const isVeraSoort = (value: unknown): value is VeraSoort => typeof value === 'string' && (VERA_SOORTEN as readonly string[]).includes(value);

/**
 * The codes of a Soort, each once, in VERA's order. With `current`, only the codes without an
 * einddatum (what a list of choices offers); ended codes are still known (older records carry them).
 */
export function veraCodes<S extends VeraSoort>(soort: S, options: { current?: boolean } = {}): VeraCode<S>[] {
  const codes = entries(soort)
    .filter((e) => !options.current || e.einddatum === null)
    .map((e) => e.code as VeraCode<S>);
  return [...new Set(codes)];
}

/** Whether `value` is a code of the Soort (ended codes included). */
export function isVeraCode<S extends VeraSoort>(soort: S, value: unknown): value is VeraCode<S> {
  return typeof value === 'string' && entries(soort).some((e) => e.code === value);
}

/** The entry of a code; of a code listed twice, the one without an einddatum (else the last). */
export function veraEntry<S extends VeraSoort>(soort: S, code: string): VeraEntry<S> | undefined {
  const found = entries(soort).filter((e) => e.code === code);
  return found.find((e) => e.einddatum === null) ?? found[found.length - 1];
}

/** VERA's (Dutch) name of a code, e.g. `veraNaam('SIGNALERINGSOORT', 'AGR')` → `Agressie`. */
export function veraNaam<S extends VeraSoort>(soort: S, code: VeraCode<S>): string {
  return veraEntry(soort, code)?.naam ?? code;
}

/** A code as VERA's APIs write it: `{code, naam}`. */
export function veraReferentiedata<S extends VeraSoort>(soort: S, code: VeraCode<S>): VeraReferentiedata<S> {
  return { code, naam: veraNaam(soort, code) };
}

/**
 * Whether a code has ended on `date` (YYYY-MM-DD): its einddatum is that day or earlier. The dates
 * are data; the caller says which day it is about (never today's clock inside this function).
 */
export function veraCodeEnded(entry: Pick<VeraEntry, 'einddatum'>, date: string): boolean {
  return entry.einddatum !== null && entry.einddatum <= date;
}
