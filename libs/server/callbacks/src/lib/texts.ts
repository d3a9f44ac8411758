import type { DayPart } from '@loket/shared/contracts';
import type { Window } from './domain/schedule';
import { formatDutch } from '@loket/shared/business-calendar';

const day = (d: Date) => formatDutch(d, 'weekdayDate');
const time = (d: Date) => formatDutch(d, 'time');
const DAY_PART_NL: Record<DayPart, string> = { OCH: 'ochtend', MID: 'middag', AVO: 'avond' };

/** "op maandag 7 december tussen 08:30 en 12:00 ('s ochtends)" — in the customer's words. */
export function describeWindow(w: Window): string {
  const part = w.dayPart ? ` (${DAY_PART_NL[w.dayPart]})` : '';
  const sameDay = day(w.start) === day(w.due);
  if (!w.dayPart && w.due.getTime() - w.start.getTime() <= 30 * 60_000) return `op ${day(w.start)} om ${time(w.start)}`;
  if (sameDay) return `op ${day(w.start)} tussen ${time(w.start)} en ${time(w.due)}${part}`;
  return `uiterlijk ${day(w.due)} om ${time(w.due)}`;
}

/** What the customer gets in writing (R18): the agreement, a move, a delay, or that we could not reach them. */
export function customerText(input: {
  kind: 'confirmed' | 'moved' | 'delayed' | 'not_reached';
  medium: 'email' | 'letter';
  organizationName: string;
  customerName: string;
  caller: string | null;
  reason: string;
  phone: string;
  window: string;
  newExpectation: Date | null;
}): { subject: string; body: string } {
  const who = input.caller ? `${input.caller} belt u` : 'Een medewerker belt u';
  const subjects = {
    confirmed: 'We bellen u terug',
    moved: 'We bellen u op een ander moment',
    delayed: 'Het terugbellen duurt langer',
    not_reached: 'We konden u niet bereiken',
  } as const;
  const body: string[] = [`Beste ${input.customerName},`, ''];
  if (input.kind === 'confirmed') {
    body.push(`U heeft gevraagd of we u terugbellen over: ${input.reason}`, '', `${who} ${input.window} op ${input.phone}.`);
  } else if (input.kind === 'moved') {
    body.push(`We hadden afgesproken u terug te bellen over: ${input.reason}`, '', `Het lukt ons niet op het afgesproken moment. Dat spijt ons. ${who} nu ${input.window} op ${input.phone}.`);
  } else if (input.kind === 'delayed') {
    const when = input.newExpectation ? `uiterlijk ${day(input.newExpectation)} om ${time(input.newExpectation)}` : 'zo snel mogelijk';
    body.push(`We hadden beloofd u terug te bellen over: ${input.reason}`, '', `Dat is nog niet gelukt. Dat spijt ons. We bellen u ${when}.`);
  } else {
    body.push(`We hebben u een paar keer geprobeerd te bellen op ${input.phone} over: ${input.reason}`, '', 'Dat is niet gelukt. Wilt u ons bellen? Of kies in Mijn Loket een moment waarop we u kunnen bellen.');
  }
  body.push('', input.medium === 'email' ? 'Klopt er iets niet? Antwoord dan op deze e-mail of bel ons.' : 'Klopt er iets niet? Bel ons dan.', '', 'Met vriendelijke groet,', input.organizationName);
  return { subject: subjects[input.kind], body: body.join('\n') };
}
