import type { Channel, ContactOutcome, FollowUp } from '@loket/shared/contracts';
import { formatDutch } from '@loket/shared/business-calendar';
import { formatDutchPhone } from '@loket/shared/dutch-time';

const CHANNEL_NL: Record<Channel, string> = {
  phone: 'telefoon', email: 'e-mail', letter: 'brief', counter: 'de balie', home_visit: 'een huisbezoek', portal: 'Mijn Loket', whatsapp: 'WhatsApp', sms: 'sms',
  social: 'sociale media',
};
const FOLLOW_UP_NL: Record<Channel, string> = {
  phone: 'We bellen u', email: 'We mailen u', letter: 'We sturen u een brief', counter: 'U heeft een afspraak aan de balie',
  home_visit: 'We komen bij u langs', portal: 'U krijgt bericht in Mijn Loket', whatsapp: 'We sturen u een WhatsApp-bericht',
  sms: 'We sturen u een sms', social: 'We sturen u een bericht',
};
const OUTCOME_NL: Record<ContactOutcome, string> = {
  answered: 'Uw vraag is beantwoord.',
  callback_agreed: 'We hebben afgesproken dat we u terugbellen.',
  forwarded: 'We hebben uw vraag doorgezet naar de collega die erover gaat.',
  appointment_made: 'We hebben een afspraak met u gemaakt.',
};

const when = (iso: string) => formatDutch(iso, 'weekdayDateYearTime');

/**
 * The written confirmation (R18) in plain Dutch (B1): with whom they spoke, what was agreed,
 * and when to expect what.
 */
export function confirmationText(input: {
  organizationName: string;
  customerName: string;
  employeeName: string | null;
  channel: Channel;
  occurredAt: string;
  topicName: string;
  subject: string;
  summary: string;
  outcome: ContactOutcome;
  followUp: FollowUp | null;
  /** The callback agreed in this contact: its moment in the customer's words and who calls (null: a colleague). */
  callback?: { when: string; caller: string | null } | null;
  /** How it reaches the customer: the closing line says how to react. */
  medium: 'email' | 'letter';
  /** The organization's phone number (national digits), written the Dutch way in the closing line. */
  phone?: string | null;
}): { subject: string; body: string } {
  const lines = [
    `Beste ${input.customerName},`,
    '',
    `U had op ${when(input.occurredAt)} contact met ons via ${CHANNEL_NL[input.channel]}.`,
    input.employeeName ? `U sprak met ${input.employeeName}.` : null,
    '',
    `Uw vraag: ${input.subject} (${input.topicName})`,
    '',
    'Wat we hebben besproken:',
    input.summary,
    '',
    OUTCOME_NL[input.outcome],
    input.followUp ? `${FOLLOW_UP_NL[input.followUp.channel]} op ${when(input.followUp.at)}.${input.followUp.note ? ` ${input.followUp.note}` : ''}` : null,
    input.callback ? `${input.callback.caller ? `${input.callback.caller} belt u` : 'Een medewerker belt u'} ${input.callback.when}.` : null,
    '',
    input.medium === 'email'
      ? `Klopt er iets niet, of heeft u nog een vraag? Antwoord dan op deze e-mail${input.phone ? `, bel ons op ${formatDutchPhone(input.phone)}` : ''} of kijk in Mijn Loket.`
      : `Klopt er iets niet, of heeft u nog een vraag? Bel ons gerust${input.phone ? ` op ${formatDutchPhone(input.phone)}` : ''} of kijk in Mijn Loket.`,
    '',
    'Met vriendelijke groet,',
    input.employeeName ?? '',
    input.organizationName,
  ].filter((l): l is string => l !== null);
  return { subject: `Bevestiging: ${input.subject}`, body: lines.join('\n') };
}
