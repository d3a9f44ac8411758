import type { Actor } from '@loket/server/platform';
import type { ContactLogService, ForwardingService } from '@loket/server/contact-log';
import { DEMO_FORWARDED } from './demo-data';

/**
 * The demo's open work in the back office: the front-office agent takes each call and forwards
 * it to a back-office team's queue with a note, through the contact log itself (case, clock, time
 * line, worklist and the team's notice, as in the agent app).
 */
export async function seedDemoWork(
  services: { log: Pick<ContactLogService, 'logContact'>; forwarding: Pick<ForwardingService, 'forward'> },
  agent: Actor,
  slug: string,
  customers: Map<string, string>,
  teams: Map<string, string>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const w of DEMO_FORWARDED) {
    const customerId = customers.get(w.customerNumber[slug] ?? '');
    const teamId = teams.get(w.team);
    if (!customerId || !teamId) continue;
    const contact = await services.log.logContact(agent, {
      customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: w.subject }, summary: w.summary, outcome: 'forwarded',
    } as Parameters<ContactLogService['logContact']>[1]);
    await services.forwarding.forward(agent, contact.caseId, { teamId, note: w.note });
    ids.push(contact.caseId);
  }
  return ids;
}
