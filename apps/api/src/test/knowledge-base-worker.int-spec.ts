import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { KNOWLEDGE_BASE_QUEUE } from '@loket/server/knowledge-base';
import { bootApp, createOrg, TestApp } from '../testing/harness';
import { eventually, startWorker } from '../testing/processes';

jest.setTimeout(90_000);
const PREFIX = `loket-test-kb-${process.pid}`;

describe('review cycle: owners hear of articles past their review-by date (real worker)', () => {
  let t: TestApp;
  let worker: ChildProcess;
  let queue: Queue;
  const previousPrefix = process.env.REDIS_PREFIX;

  beforeAll(async () => {
    process.env.REDIS_PREFIX = PREFIX;
    worker = await startWorker({ REDIS_PREFIX: PREFIX, SMTP_URL: 'smtp://127.0.0.1:9' });
    t = await bootApp();
    queue = new Queue(KNOWLEDGE_BASE_QUEUE, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: PREFIX });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await t?.close();
    process.env.REDIS_PREFIX = previousPrefix;
  });

  it('one e-mail per owner listing the overdue articles, once a week at most, nothing for the others', async () => {
    const org = await createOrg(t, 'Woonstichting Nakijken');
    const editor = await org.staff(['kb_editor']);
    await t.db.query(`UPDATE users SET notification_hours = 'any_time' WHERE id = $1`, [editor.id]);
    const publish = async (title: string, reviewBy: string) => {
      const a = await t.request('POST', '/articles', { token: editor.token, body: { title, questions: [`${title}?`], body: 'Antwoord.', audience: 'public', reviewBy } });
      await t.request('POST', `/articles/${a.body.id}/publish`, { token: editor.token });
      return a.body.id as string;
    };
    const overdue1 = await publish('Huurtoeslag aanvragen', '2025-01-01');
    const overdue2 = await publish('Woningruil', '2025-06-01');
    const fresh = await publish('Nieuwe regeling', new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10));
    await queue.add('review-reminders', {}, { jobId: `review-${Date.now()}` });
    const mail = await eventually(async () => {
      const rows: { recipient: string; subject: string; body: string }[] = await t.db.query(
        `SELECT recipient, subject, body FROM outbox_messages WHERE organization_id = $1 AND reference_type = 'article_review'`,
        [org.id],
      );
      return rows.length ? rows : undefined;
    });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipient: editor.email, subject: '2 artikelen moeten worden nagekeken' });
    expect(mail[0].body).toContain(`/kennisbank/${overdue1}`);
    expect(mail[0].body).toContain(`/kennisbank/${overdue2}`);
    expect(mail[0].body).not.toContain(fresh);
    // Again within the week: nothing new.
    await queue.add('review-reminders', {}, { jobId: `review-again-${Date.now()}` });
    await eventually(async () => ((await queue.getJobCounts('wait', 'active')).wait + (await queue.getJobCounts('active')).active === 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    expect(await t.db.query(`SELECT 1 FROM outbox_messages WHERE organization_id = $1 AND reference_type = 'article_review'`, [org.id])).toHaveLength(1);
  });
});
