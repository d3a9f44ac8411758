import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, useJsonBodyParser } from '@loket/server/platform';
import { AppModule } from './app.module';

const CORRELATION_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Builds the HTTP application exactly as it runs, for main.ts and for the HTTP tests. */
export async function createApp(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    // A caller's correlation id is kept (so a trace crosses systems); otherwise we make one.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-correlation-id'];
      return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
    },
  });
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header('x-correlation-id', request.id);
  });
  useJsonBodyParser(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1');
  const config = app.get<AppConfig>(APP_CONFIG);
  if (config.CORS_ORIGINS.length > 0) app.enableCors({ origin: config.CORS_ORIGINS, exposedHeaders: ['x-correlation-id'] });
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Loket API')
      .setDescription('Customer contact for housing corporations. Errors are RFC 9457 application/problem+json.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
