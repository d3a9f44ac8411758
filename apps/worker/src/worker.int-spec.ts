import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { IDENTITY_QUEUE } from '@loket/server/identity';
import { WorkerModule } from './app/worker.module';

describe('worker', () => {
  let app: INestApplicationContext;
  let events: QueueEvents;
  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await app.init();
    const queue = app.get<Queue>(getQueueToken(IDENTITY_QUEUE));
    events = new QueueEvents(IDENTITY_QUEUE, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: process.env.REDIS_PREFIX });
    await events.waitUntilReady();
    await queue.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await app.close();
  });

  it('schedules the nightly session clean-up in Dutch time', async () => {
    const queue = app.get<Queue>(getQueueToken(IDENTITY_QUEUE));
    const scheduler = await queue.getJobScheduler('purge-expired-sessions');
    expect(scheduler).toMatchObject({ pattern: '17 3 * * *', tz: 'Europe/Amsterdam' });
  });

  it('removes sessions that ended more than a day ago and keeps live ones', async () => {
    const db = app.get(DataSource);
    const [org] = await db.query(`INSERT INTO organizations (slug, name) VALUES ('w-' || substr(md5(random()::text), 1, 8), 'Worker test') RETURNING id`);
    const [user] = await db.query(
      `INSERT INTO users (organization_id, email, display_name, kind, password_hash) VALUES ($1, 'w-' || md5(random()::text) || '@test', 'W', 'staff', 'x') RETURNING id`,
      [org.id],
    );
    const insert = (expiresInMs: number) =>
      db.query(`INSERT INTO sessions (user_id, organization_id, token_hash, expires_at) VALUES ($1, $2, md5(random()::text) || md5(random()::text), $3) RETURNING id`, [
        user.id, org.id, new Date(Date.now() + expiresInMs),
      ]);
    const [[old], [live]] = await Promise.all([insert(-3 * 86_400_000), insert(3 * 3_600_000)]);

    const queue = app.get<Queue>(getQueueToken(IDENTITY_QUEUE));
    const job = await queue.add('purge-expired-sessions', {});
    const result = await job.waitUntilFinished(events, 10_000);
    expect(result.removed).toBeGreaterThanOrEqual(1);
    const left = (await db.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id])).map((r: { id: string }) => r.id);
    expect(left).toEqual([live.id]);
    expect(left).not.toContain(old.id);
  });
});
