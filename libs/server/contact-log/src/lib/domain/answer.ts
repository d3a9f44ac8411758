import { answerMedium, type AnswerMedium } from '@loket/shared/contracts';

export { answerMedium, type AnswerMedium };
import { formatDutchPhone } from '@loket/shared/dutch-time';

/** The closing lines of every message to a customer: how to reach us (phone the Dutch way), and how to reply. */
export function reachUsLine(medium: AnswerMedium, phone: string | null): string {
  const call = phone ? `bel ons op ${formatDutchPhone(phone)}` : 'bel ons';
  return medium === 'email'
    ? `Heeft u nog een vraag? Antwoord dan op deze e-mail, ${call} of kijk in Mijn Loket.`
    : `Heeft u nog een vraag? ${call.charAt(0).toUpperCase()}${call.slice(1)} of kijk in Mijn Loket.`;
}

/**
 * The answer to the customer's question, as it is sent: only the answer the agent wrote for the
 * customer (never staff notes), with a greeting, how to reach us and who answered.
 */
export function answerMessage(input: {
  medium: AnswerMedium;
  organizationName: string;
  phone: string | null;
  customerName: string;
  employeeName: string | null;
  subject: string;
  answer: string;
}): { subject: string; body: string } {
  const lines = [
    `Beste ${input.customerName},`,
    '',
    `U stelde ons een vraag over: ${input.subject}. Hier is ons antwoord.`,
    '',
    input.answer.trim(),
    '',
    reachUsLine(input.medium, input.phone),
    '',
    'Met vriendelijke groet,',
    ...(input.employeeName ? [input.employeeName] : []),
    input.organizationName,
  ];
  return { subject: `Antwoord op uw vraag: ${input.subject}`, body: lines.join('\n') };
}
