import { randomUUID } from 'node:crypto';
import { inTransaction, OutboxService, PlatformPrivacy } from '@loket/server/platform';
import { bootApp, createOrg, TestApp, TestOrg } from '../testing/harness';

/** The outbox's public reads: what another module may ask about the messages it wrote (it never reads outbox_messages itself). */
describe('outbox: statuses by message id', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Post');
    other = await createOrg(t, 'Woonstichting Elders');
  });
  afterAll(() => t.close());

  // Letters wait in the print list: no delivery job is queued.
  const letter = (organizationId: string, referenceId = randomUUID()) =>
    inTransaction(() =>
      t.app.get(OutboxService).enqueue({ organizationId, channel: 'letter', recipient: null, fromName: 'Loket', subject: 'Bevestiging', body: 'Beste huurder,', referenceType: 'contact', referenceId }),
    );

  it('gives each message of the organization its status, in one call, and leaves out what is not its own', async () => {
    const printed = await letter(org.id);
    const second = await letter(org.id);
    const elsewhere = await letter(other.id);
    expect(printed.status).toBe('to_print');
    const contactId = randomUUID();
    const withdrawn = await letter(org.id, contactId);
    await inTransaction(() => t.app.get(PlatformPrivacy).eraseMessages(org.id, { types: ['contact'], ids: [contactId] }));

    const statuses = await t.app.get(OutboxService).statuses(org.id, [printed.id, second.id, withdrawn.id, elsewhere.id, randomUUID(), printed.id]);
    expect(Object.fromEntries(statuses)).toEqual({ [printed.id]: 'to_print', [second.id]: 'to_print', [withdrawn.id]: 'cancelled' });
    expect((await t.app.get(OutboxService).statuses(org.id, [])).size).toBe(0);
  });
});
