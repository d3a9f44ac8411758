import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { PRIVACY_QUEUE, RETENTION_EVERY_MS } from '@loket/server/privacy';
import { WorkerModule } from './app/worker.module';

const DAY = 86_400_000;

describe('worker', () => {
  let app: INestApplicationContext;
  let events: QueueEvents;
  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await app.init();
    const queue = app.get<Queue>(getQueueToken(PRIVACY_QUEUE));
    events = new QueueEvents(PRIVACY_QUEUE, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: process.env.REDIS_PREFIX });
    await events.waitUntilReady();
    await queue.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await app.close();
  });

  it('keeps the retention job scheduled every hour', async () => {
    const queue = app.get<Queue>(getQueueToken(PRIVACY_QUEUE));
    const scheduler = await queue.getJobScheduler('apply-retention');
    expect(scheduler).toMatchObject({ every: RETENTION_EVERY_MS });
  });

  it('removes sessions that ended longer ago than the rule (30 days by default) and keeps the others', async () => {
    const db = app.get(DataSource);
    const [org] = await db.query(`INSERT INTO organizations (slug, name) VALUES ('w-' || substr(md5(random()::text), 1, 8), 'Worker test') RETURNING id`);
    const [user] = await db.query(
      `INSERT INTO users (organization_id, email, display_name, kind, password_hash) VALUES ($1, 'w-' || md5(random()::text) || '@test', 'W', 'staff', 'x') RETURNING id`,
      [org.id],
    );
    const now = Date.now();
    const insert = (expires: number, revoked: number | null = null) =>
      db.query(`INSERT INTO sessions (user_id, organization_id, token_hash, expires_at, revoked_at) VALUES ($1, $2, md5(random()::text) || md5(random()::text), $3, $4) RETURNING id`, [
        user.id, org.id, new Date(expires), revoked === null ? null : new Date(revoked),
      ]);
    const [[old], [loggedOutLongAgo], [recent], [live]] = await Promise.all([
      insert(now - 31 * DAY),
      insert(now + 3_600_000, now - 40 * DAY),
      insert(now - 3 * DAY),
      insert(now + 3_600_000),
    ]);

    const queue = app.get<Queue>(getQueueToken(PRIVACY_QUEUE));
    const job = await queue.add('apply-retention', {});
    const result = await job.waitUntilFinished(events, 20_000);
    expect(result.sessionDays).toBeGreaterThanOrEqual(2);
    const left = (await db.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id])).map((r: { id: string }) => r.id).sort();
    expect(left).toEqual([recent.id, live.id].sort());
    expect(left).not.toContain(old.id);
    expect(left).not.toContain(loggedOutLongAgo.id);
  });
});
