import Fastify from 'fastify';
import { createHash } from 'node:crypto';
import { Pool, types } from 'pg';
import { CustomerSearchRepository, CustomerSearchService, CustomersRepository, CustomersService } from '@loket/server/customers';
import { ContactLogRepository, ContactLogService } from '@loket/server/contact-log';
import { SlaClockService, SlaRepository } from '@loket/server/sla';
import { DirectoryService, IdentityRepository } from '@loket/server/identity';
import { AccessLog, AuditRepository, OutboxRepository, OutboxService } from '@loket/server/platform';
import { CustomerOverviewService } from '@loket/server/overview';
import { LocationsService, ReferenceDataRepository, TopicsService } from '@loket/server/reference-data';
import { poolTransactions } from './processes';

types.setTypeParser(1082, (v: string) => v);

/**
 * The baseline: bare Fastify and a pg pool of the same size, issuing the very same SQL as
 * Loket (the token lookup, then the search or overview statements, and the same batched
 * access-log insert), without Nest, TypeORM, validation or logging. The gap between the two is
 * what the framework costs. The `-unrecorded` routes leave the access log out: the access bench
 * compares them with the recorded ones to show what recording reads costs.
 */
export async function startBareServer(databaseUrl: string, port: number, poolSize: number): Promise<() => Promise<void>> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, options: '-c timezone=Europe/Amsterdam' });
  const query = async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows;
  const db = { query } as never;
  const repository = <T>(Repo: new (txHost: never) => T): T => new Repo({ tx: db } as never);
  const search = new CustomerSearchService(repository(CustomerSearchRepository));
  // The same batched view log as Loket, over a minimal stand-in for TypeORM's transaction().
  const accessLog = new AccessLog(poolTransactions(pool) as never, repository(AuditRepository));
  // The overview's parts (open cases, recent contacts) run the contact log's own queries; the callbacks part is left out (as before).
  const customers = new CustomersService(repository(CustomersRepository), {} as never);
  // Open cases carry their response clocks (the SLA module's read) and contacts their confirmations' status (the outbox's).
  const clocks = new SlaClockService(repository(SlaRepository), {} as never, {} as never);
  const outbox = new OutboxService(repository(OutboxRepository), {} as never);
  const referenceData = repository(ReferenceDataRepository);
  const contactLog = new ContactLogService(
    repository(ContactLogRepository), customers, new DirectoryService(repository(IdentityRepository)), {} as never, outbox, clocks,
    {} as never, new TopicsService(referenceData), new LocationsService(referenceData), { CONTACT_MAX_AGE_DAYS: 365, CALLBACK_HORIZON_DAYS: 365 } as never,
  );
  const overviews = new CustomerOverviewService(customers, contactLog, { openCallbacksOf: async () => [] } as never);
  const actorFor = async (authorization: string | undefined) => {
    const token = (authorization ?? '').replace(/^Bearer /, '');
    const rows = await query(
      `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.kind, u.roles, u.customer_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled_at IS NULL`,
      [createHash('sha256').update(token).digest('hex'), new Date()],
    );
    const r = rows[0];
    return r && { sessionId: r.session_id, userId: r.user_id, organizationId: r.organization_id, kind: r.kind, roles: r.roles, customerId: r.customer_id };
  };

  const app = Fastify({ logger: false });
  // Search with the customers it showed on record, as Loket does (one batched access-log row per hit).
  app.get('/api/v1/customers', async (req, reply) => {
    const actor = await actorFor(req.headers.authorization);
    if (!actor) return reply.code(401).send();
    const page = await search.search(actor.organizationId, (req.query as { q: string }).q, 20);
    accessLog.customersRead(actor, page.items.map((hit) => hit.id), 'search');
    return page;
  });
  // The same search without the access log: only for measuring what recording the reads costs (access bench).
  app.get('/api/v1/customers-unrecorded', async (req, reply) => {
    const actor = await actorFor(req.headers.authorization);
    if (!actor) return reply.code(401).send();
    return search.search(actor.organizationId, (req.query as { q: string }).q, 20);
  });
  // The overview with its read on record, as Loket does it (one batched access-log row per view).
  app.get('/api/v1/customers/:id/overview', async (req, reply) => {
    const actor = await actorFor(req.headers.authorization);
    if (!actor) return reply.code(401).send();
    const id = (req.params as { id: string }).id;
    const overview = await overviews.overview(actor, id);
    accessLog.customersRead(actor, [id], 'overview');
    return overview;
  });
  // The same overview without the access log: only for measuring what recording the read costs (access bench).
  app.get('/api/v1/customers/:id/overview-unrecorded', async (req, reply) => {
    const actor = await actorFor(req.headers.authorization);
    if (!actor) return reply.code(401).send();
    return overviews.overview(actor, (req.params as { id: string }).id);
  });
  // Logging a contact: the same writes Loket makes, in one transaction (case, event, contact, count, audit).
  app.post('/api/v1/contacts', async (req, reply) => {
    const actor = await actorFor(req.headers.authorization);
    if (!actor) return reply.code(401).send();
    const b = req.body as { customerId: string; channel: string; direction: string; topic: string; summary: string; outcome: string; newCase: { subject: string } };
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const customer = await client.query(`SELECT id FROM customers WHERE id = $1 AND organization_id = $2`, [b.customerId, actor.organizationId]);
      if (!customer.rowCount) throw new Error('no customer');
      const topic = (await client.query(`SELECT id FROM topics WHERE organization_id = $1 AND code = $2`, [actor.organizationId, b.topic])).rows[0];
      const k = (await client.query(`INSERT INTO cases (organization_id, customer_id, subject, topic_id, owner_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [actor.organizationId, b.customerId, b.newCase.subject, topic.id, actor.userId])).rows[0];
      await client.query(`INSERT INTO case_events (organization_id, case_id, customer_id, type, to_value, by_user_id) VALUES ($1, $2, $3, 'opened', 'open', $4)`, [actor.organizationId, k.id, b.customerId, actor.userId]);
      const c = (await client.query(
        `INSERT INTO contacts (organization_id, case_id, customer_id, channel, direction, occurred_at, topic_id, summary, outcome, employee_id) VALUES ($1, $2, $3, $4, $5, now(), $6, $7, $8, $9) RETURNING id`,
        [actor.organizationId, k.id, b.customerId, b.channel, b.direction, topic.id, b.summary, b.outcome, actor.userId],
      )).rows[0];
      await client.query(`UPDATE cases SET contact_count = contact_count + 1 WHERE id = $1`, [k.id]);
      // The response clock, with a fixed due moment (Loket computes it from the calendar).
      await client.query(
        `INSERT INTO case_clocks (case_id, organization_id, customer_id, channel, topic_id, received_at, policy, first_response_due_at) VALUES ($1, $2, $3, $4, $5, now(), '{}', now() + interval '1 day')`,
        [k.id, actor.organizationId, b.customerId, b.channel, topic.id],
      );
      await client.query(`INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id) VALUES ($1, $2, 'contact.logged', 'customer', $3)`, [actor.organizationId, actor.userId, b.customerId]);
      await client.query('COMMIT');
      return reply.code(201).send({ id: c.id, caseId: k.id });
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  });
  await app.listen({ port, host: '127.0.0.1' });
  return async () => {
    await app.close();
    await accessLog.flush();
    await pool.end();
  };
}
