import { fillAnswerTemplate, maskEmail, openPlaceholders } from './answer-template';

describe('fillAnswerTemplate', () => {
  const values = {
    naam: 'Fatima el Amrani', klantnummer: 'K-1001', onderwerp: 'Lekkage badkamer', datum: '5 december 2026',
    medewerker: 'Anouk de Vries', organisatie: 'Woonstichting De Linde', telefoon: '088 123 45 67',
  };
  it.each([
    ['Beste {naam},', 'Beste Fatima el Amrani,', []],
    ['Over "{onderwerp}" ({klantnummer})', 'Over "Lekkage badkamer" (K-1001)', []],
    ['Op {datum} sprak u met {medewerker} van {organisatie}.', 'Op 5 december 2026 sprak u met Anouk de Vries van Woonstichting De Linde.', []],
    ['Bel ons: {telefoon}. Nogmaals {telefoon}.', 'Bel ons: 088 123 45 67. Nogmaals 088 123 45 67.', []],
    ['Geen plaatshouders', 'Geen plaatshouders', []],
    ['Onbekend: {adres} en {adres}', 'Onbekend: {adres} en {adres}', ['{adres}']],
    ['Hoofdletters {Naam} blijven', 'Hoofdletters {Naam} blijven', []],
  ])('%s', (template, text, open) => {
    expect(fillAnswerTemplate(template, values)).toEqual({ text, open });
  });

  it.each([
    [{ naam: null }, '{naam}'],
    [{ naam: '  ' }, '{naam}'],
    [{}, '{naam}'],
  ])('leaves a placeholder without a value open (%j)', (v, open) => {
    expect(fillAnswerTemplate('Beste {naam}', v)).toEqual({ text: 'Beste {naam}', open: [open] });
  });
});

describe('openPlaceholders', () => {
  it.each([
    ['Beste {naam}, op {datum} {naam}', ['{naam}', '{datum}']],
    ['Klaar', []],
    ['Accolade { los }', []],
  ])('%s', (text, expected) => {
    expect(openPlaceholders(text)).toEqual(expected);
  });
});

describe('maskEmail', () => {
  it.each([
    ['sanne@example.nl', 's…@example.nl'],
    ['a@b.nl', 'a…@b.nl'],
    ['geen-adres', '…'],
  ])('%s → %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
