import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import formBody from '@fastify/formbody';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { API_RESPONSE_HEADERS, loadConfig, useJsonBodyParser } from '@loket/server/platform';
import { AppModule } from './app.module';

const CORRELATION_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Builds the HTTP application exactly as it runs, for main.ts and for the HTTP tests. */
export async function createApp(): Promise<NestFastifyApplication> {
  const config = loadConfig();
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    // Who may say what the client's address is (login throttling, audit): TRUST_PROXY.
    trustProxy: config.TRUST_PROXY,
    // A caller's correlation id is kept (so a trace crosses systems); otherwise we make one.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-correlation-id'];
      return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
    },
  });
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header('x-correlation-id', request.id);
    // Personal data must not stay in a browser's or proxy's cache: every API answer is no-store.
    if (request.url.startsWith('/api/v1')) reply.headers(API_RESPONSE_HEADERS);
    else reply.header('x-content-type-options', API_RESPONSE_HEADERS['x-content-type-options']);
  });
  useJsonBodyParser(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // OAuth2's token request (POST /auth/token) is a form.
  await app.register(formBody, { bodyLimit: 16 * 1024 });
  app.setGlobalPrefix('api/v1');
  if (config.CORS_ORIGINS.length > 0) app.enableCors({ origin: config.CORS_ORIGINS, exposedHeaders: ['x-correlation-id', 'retry-after'] });
  app.enableShutdownHooks();

  // Swagger UI and the JSON document: off in production unless API_DOCS=true.
  if (config.API_DOCS) SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/** The OpenAPI document of the running application (also for tests when the docs route is off). */
export function openApiDocument(app: NestFastifyApplication) {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Loket API')
      .setDescription('Customer contact for housing corporations. Errors are RFC 9457 application/problem+json (the Problem schema).')
      .setVersion('1')
      .addServer('/', 'This server')
      .addBearerAuth()
      .build(),
  );
  // Every tag an operation uses is declared once, in order.
  const used = new Set(Object.values(document.paths).flatMap((item) => Object.values(item).flatMap((op: { tags?: string[] }) => op?.tags ?? [])));
  document.tags = [...used].sort().map((name) => ({ name }));
  return document;
}
