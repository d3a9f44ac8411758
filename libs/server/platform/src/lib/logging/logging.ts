import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG, AppConfig } from '../config/config';

/**
 * Paths that hold personal data or secrets. pino replaces them with "[redacted]" wherever
 * they appear in a log line (request bodies are never logged in full).
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'password',
  '*.password',
  'email',
  '*.email',
  'phoneNumbers',
  '*.phoneNumbers',
  'birthDate',
  '*.birthDate',
  'firstName',
  '*.firstName',
  'lastName',
  '*.lastName',
  'address',
  '*.address',
  'note',
  '*.note',
  'accessToken',
  '*.accessToken',
];

export function loggerModule() {
  return LoggerModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      pinoHttp: {
        level: config.LOG_LEVEL,
        redact: { paths: REDACT_PATHS, censor: '[redacted]' },
        genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? '',
        customProps: (req: IncomingMessage) => ({ correlationId: (req as IncomingMessage & { id?: string }).id }),
        serializers: {
          // The query string may hold a name, phone number or postcode someone searched for.
          req: (req: { method: string; url: string; id: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url.split('?')[0],
          }),
        },
        autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/v1/health') },
      },
    }),
  });
}
