import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import Fastify from 'fastify';
import { ClsServiceManager } from 'nestjs-cls';
import { CustomerSearchService } from '@loket/server/customers';
import { ContactLogService } from '@loket/server/contact-log';
import { AuthService } from '@loket/server/identity';
import { KnowledgeBaseService } from '@loket/server/knowledge-base';
import { AccessLog, type Actor } from '@loket/server/platform';
import { CustomerOverviewService } from '@loket/server/overview';
import { WorklistService, type WorklistQueryDto } from '@loket/server/worklist';
import { AppModule } from '../apps/api/src/app/app.module';

/**
 * The baseline: bare Fastify calling the very services Loket's routes call — the same session
 * lookup (AuthService.authenticate, with its cache), the same search, overview (every section)
 * and contact use case, the knowledge-base search, the same batched access-log and search-log inserts — built from Loket's own modules in an
 * application context, with the same configuration and pool. What it leaves out is the HTTP
 * framework: Nest's routing, guards, interceptors, validation pipe, response DTO serialization and
 * pino-http's request log. The gap between the two is what that costs; a test
 * (bare-server.int-spec.ts) checks that both run the same SQL statements per request.
 * The `-unrecorded` routes leave the access log out: the access bench compares them with the
 * recorded ones to show what recording reads costs.
 */
export interface BareServer {
  /** The bare server's own application context (its services, its AccessLog). */
  context: INestApplicationContext;
  port: number;
  close: () => Promise<void>;
}

export async function startBareServer(port: number): Promise<BareServer> {
  const context = await NestFactory.createApplicationContext(AppModule, { logger: false });
  await context.init();
  const auth = context.get(AuthService);
  const search = context.get(CustomerSearchService);
  const overviews = context.get(CustomerOverviewService);
  const contactLog = context.get(ContactLogService);
  const accessLog = context.get(AccessLog);
  const kb = context.get(KnowledgeBaseService);
  const worklist = context.get(WorklistService);
  const cls = ClsServiceManager.getClsService();

  /** Like Loket: a CLS context per request (transactions and after-commit work live in it), then the session lookup. */
  const handle = <T>(work: (actor: Actor) => Promise<T>) =>
    async (req: { headers: { authorization?: string } }, reply: { code: (n: number) => { send: () => unknown } }) =>
      cls.run(async () => {
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        const actor = token ? await auth.authenticate(token) : null;
        if (!actor) return reply.code(401).send();
        return work(actor);
      });

  const app = Fastify({ logger: false });
  // Search with the customers it showed on record, as Loket does (one batched access-log row per hit).
  app.get('/api/v1/customers', (req, reply) =>
    handle(async (actor) => {
      const page = await search.search(actor.organizationId, (req.query as { q: string }).q, 20);
      accessLog.customersRead(actor, page.items.map((hit) => hit.id), 'search');
      return page;
    })(req, reply),
  );
  // The same search without the access log: only for measuring what recording the reads costs (access bench).
  app.get('/api/v1/customers-unrecorded', (req, reply) =>
    handle((actor) => search.search(actor.organizationId, (req.query as { q: string }).q, 20))(req, reply),
  );
  // The overview with its read on record, as Loket does it (one batched access-log row per view).
  app.get('/api/v1/customers/:id/overview', (req, reply) =>
    handle(async (actor) => {
      const id = (req.params as { id: string }).id;
      const overview = await overviews.overview(actor, id);
      accessLog.customersRead(actor, [id], 'overview');
      return overview;
    })(req, reply),
  );
  // The same overview without the access log: only for measuring what recording the read costs (access bench).
  app.get('/api/v1/customers/:id/overview-unrecorded', (req, reply) =>
    handle((actor) => overviews.overview(actor, (req.params as { id: string }).id))(req, reply),
  );
  // Logging a contact: the contact log's own use case (case, event, contact, clock, audit, after-commit work).
  app.post('/api/v1/contacts', (req, reply) =>
    handle(async (actor) => {
      const contact = await contactLog.logContact(actor, req.body as Parameters<ContactLogService['logContact']>[1]);
      reply.code(201);
      return contact;
    })(req, reply),
  );
  // Knowledge-base search as an agent asks it (the same cache and the same batched search log as Loket).
  app.get('/api/v1/articles', (req, reply) =>
    handle((actor) => kb.search(actor.organizationId, (req.query as { q: string }).q, { publicOnly: false }))(req, reply),
  );
  // The worklists (issue 12): the same read and the customers it showed on record, as Loket does.
  app.get('/api/v1/worklist', (req, reply) =>
    handle(async (actor) => {
      const page = await worklist.list(actor, req.query as WorklistQueryDto);
      accessLog.customersRead(actor, page.items.map((i) => i.customer.id), 'worklist');
      return page;
    })(req, reply),
  );
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  return {
    context,
    port: typeof address === 'object' && address ? address.port : port,
    close: async () => {
      await app.close();
      await context.close();
    },
  };
}
