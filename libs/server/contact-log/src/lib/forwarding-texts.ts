import type { DigestText } from '@loket/server/identity';

/** The e-mail to the colleagues who receive a case (one per person, listing the cases). */
export function forwardNoticeText(p: { teamName: string | null; byName: string | null }): DigestText {
  const by = p.byName ? ` door ${p.byName}` : '';
  return {
    subject: (n) => (n === 1 ? `Doorgezet${p.teamName ? ` naar ${p.teamName}` : ' naar u'}: een vraag van een klant` : `Doorgezet: ${n} vragen van klanten`),
    intro: (n) =>
      p.teamName
        ? `Deze ${n === 1 ? 'vraag is' : 'vragen zijn'}${by} doorgezet naar de werkvoorraad van ${p.teamName}. Pak ${n === 1 ? 'hem' : 'ze'} op in Loket.`
        : `Deze ${n === 1 ? 'vraag is' : 'vragen zijn'}${by} aan u doorgezet.`,
    outro: 'De termijn loopt door: de klant wacht op antwoord.',
  };
}

/** The short message to the customer: who now handles the question. Never the colleagues' note. */
export function forwardedToCustomerText(p: { customerName: string; organizationName: string; subject: string; teamName: string | null; hasColleague: boolean }): { subject: string; body: string } {
  const who = p.teamName ? `ons team ${p.teamName}` : 'een collega';
  return {
    subject: `Uw vraag: ${p.subject}`,
    body:
      `Beste ${p.customerName},\n\n` +
      `Uw vraag "${p.subject}" wordt nu behandeld door ${who}. ` +
      `U hoeft niets te doen: wij nemen contact met u op.\n\n` +
      `Met vriendelijke groet,\n${p.organizationName}`,
  };
}
