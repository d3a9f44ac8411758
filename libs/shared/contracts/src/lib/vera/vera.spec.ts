import { CHANNELS, MARKER_CODES } from '../enums';
import { DAY_PARTS } from '../callbacks';
import { CONTACT_DIRECTIONS, VERA_CHANNEL_CODES, VERA_DIRECTION_CODES } from '../contact-log';
import { MARKER_NAMES_NL } from '../labels';
import { isVeraCode, veraCodeEnded, veraCodes, veraEntry, veraNaam, veraReferentiedata } from './vera';

describe("Loket's VERA mappings come from VERA's lists", () => {
  it.each([
    ['phone', 'TEL'],
    ['email', 'EMA'],
    ['letter', 'BRI'],
    ['counter', 'BAL'],
    ['home_visit', 'BEZ'],
    ['portal', 'INT'],
    ['whatsapp', 'APP'],
    ['sms', 'SMS'],
    ['social', null],
  ] as const)('the channel %s is VERA COMMUNICATIEKANAAL %p', (channel, code) => {
    expect(VERA_CHANNEL_CODES[channel]).toBe(code);
  });

  it('maps every channel, and no two channels to one VERA code (APP is WhatsApp only)', () => {
    expect(Object.keys(VERA_CHANNEL_CODES).sort()).toEqual([...CHANNELS].sort());
    const codes = Object.values(VERA_CHANNEL_CODES).filter((c) => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => isVeraCode('COMMUNICATIEKANAAL', c))).toBe(true);
    expect(veraNaam('COMMUNICATIEKANAAL', 'APP')).toBe('Whatsapp');
  });

  it('directions, day parts and markers are VERA codes; the markers carry VERA\'s names', () => {
    expect(CONTACT_DIRECTIONS.map((d) => VERA_DIRECTION_CODES[d])).toEqual(veraCodes('COMMUNICATIERICHTING'));
    expect(DAY_PARTS.every((d) => isVeraCode('DAGDEEL', d))).toBe(true);
    expect(MARKER_CODES.every((c) => isVeraCode('SIGNALERINGSOORT', c))).toBe(true);
    expect(MARKER_NAMES_NL).toEqual({ AGR: 'Agressie', ONB: 'Ondersteuningsbehoefte', OVE: 'Overlast', SCH: 'Huurschuld', WAN: 'Wangedrag naar medewerkers' });
  });
});

describe('the VERA code helpers', () => {
  it.each([
    ['EENHEIDSOORT', 'WOO', true],
    ['EENHEIDSOORT', 'woo', false],
    ['EENHEIDSOORT', 'XYZ', false],
    ['EENHEIDSOORT', 7, false],
    ['EENHEIDSTATUS', 'VEK', true], // ended in 2023: older records carry it
    ['GESLACHT', 'X', true],
    ['RELATIEROLSOORT', 'HUU', true],
  ] as const)('%s knows %p: %p', (soort, code, known) => expect(isVeraCode(soort, code)).toBe(known));

  it('lists a code once, and without ended codes when asked for the current ones', () => {
    expect(veraCodes('EENHEIDDETAILSOORT').filter((c) => c === 'BIJ')).toEqual(['BIJ']);
    expect(veraCodes('EENHEIDSTATUS')).toEqual(['ADM', 'LEE', 'OND', 'ONT', 'UIT', 'VEH', 'VEK']);
    expect(veraCodes('EENHEIDSTATUS', { current: true })).toEqual(['ADM', 'LEE', 'ONT', 'UIT', 'VEH']);
  });

  it('prefers the entry without an einddatum of a code listed twice, and tells ended by the day asked about', () => {
    expect(veraEntry('EENHEIDDETAILSOORT', 'BIJ')).toMatchObject({ parent: 'EENHEIDSOORT.MOG', einddatum: null });
    const vek = veraEntry('EENHEIDSTATUS', 'VEK');
    expect(vek && veraCodeEnded(vek, '2023-06-29')).toBe(false);
    expect(vek && veraCodeEnded(vek, '2023-06-30')).toBe(true);
    expect(veraReferentiedata('EENHEIDSOORT', 'WOO')).toEqual({ code: 'WOO', naam: 'Woonruimte' });
  });
});
