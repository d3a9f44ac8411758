import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrorCode } from '@loket/shared/contracts';
import type { FieldErrorDto, ProblemDto } from '../http/api-problems';
import { DomainError, NotFoundError, TooManyRequestsError } from './domain-errors';
import { Language, ProblemDetailKey, fieldMessage, preferredLanguage, problemDetail, problemTitle, subjectName } from './messages';
import { safeError } from '../logging/logging';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The published Problem schema, with each field error's code one of the known codes. */
type ProblemBody = Omit<ProblemDto, 'errors'> & { errors?: (FieldErrorDto & { code: FieldErrorCode })[] };

const typeOf = (code: string) => `urn:loket:problem:${code}`;

const CODES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
};

/** Problems whose detail the catalog explains by their code alone. */
const PROBLEM_DETAILS_BY_CODE: Record<string, ProblemDetailKey> = {
  'bad-request': 'bad-request',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'method-not-allowed': 'method-not-allowed',
  'payload-too-large': 'payload-too-large',
  'unsupported-media-type': 'unsupported-media-type',
  'too-many-requests': 'too-many-requests',
};

/**
 * Every error leaves the API as RFC 9457 problem+json with the request's correlation id.
 * 4xx are the caller's and explained; anything else is a bug, logged with its stack.
 */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** SQLSTATE classes and socket errors that mean PostgreSQL is (re)starting or out of reach, not that the request was wrong. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);

/** Is this the database being away (restart, failover, no connections left) rather than a bug? Then the caller gets 503 and may retry. */
export function databaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; driverError?: unknown } | undefined, depth = 0; e && depth < 3; e = e.driverError as typeof e, depth++) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(e.message)) return true;
  }
  return false;
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const body = this.toProblem(exception, String(request.id ?? ''), preferredLanguage(request.headers?.['accept-language']));
    body.instance = request.url?.split('?')[0];
    if (body.status >= 500) {
      // The error's class, SQLSTATE, query name and stack only: never its values (see safeError).
      this.logger.error({ err: safeError(exception), correlationId: body.correlationId }, 'Request failed');
    }
    if (exception instanceof TooManyRequestsError) void reply.header('retry-after', String(exception.retryAfterSeconds));
    if (body.status === 503) void reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown, correlationId: string, language: Language): ProblemBody {
    const detail = (key: ProblemDetailKey) => problemDetail(key, {}, language);
    if (exception instanceof DomainError) {
      const params =
        exception instanceof NotFoundError
          ? { subject: subjectName(exception.subject, language, true) }
          : exception.params;
      const detailParams = exception instanceof NotFoundError ? { subject: subjectName(exception.subject, language, false) } : exception.params;
      return {
        type: typeOf(exception.code),
        title: problemTitle(exception.code, exception.status, params, language),
        status: exception.status,
        detail: problemDetail(exception.detailKey, detailParams, language),
        correlationId,
        ...(exception.errors
          ? {
              errors: exception.errors.map(({ field, code, params, suggestion }) => ({
                field,
                code,
                message: fieldMessage(code, params, language),
                ...(suggestion !== undefined ? { suggestion } : {}),
              })),
            }
          : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const said =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? ((response as { message: string[] }).message).join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      const code = CODES[status] ?? (status >= 500 ? 'internal' : 'error');
      // A body Fastify could not parse reaches the filter as Nest's 400.
      const malformed = status === 400 && /JSON/.test(said);
      return {
        type: typeOf(code),
        title: problemTitle(malformed ? 'malformed-json' : String(status), status, {}, language),
        status,
        detail: malformed
          ? detail('malformed-json')
          : status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(said)
            ? detail('not-found.endpoint')
            : code in PROBLEM_DETAILS_BY_CODE
              ? detail(PROBLEM_DETAILS_BY_CODE[code])
              : said,
        correlationId,
        ...(malformed ? { errors: [{ field: 'body', code: 'malformed_json' as const, message: fieldMessage('malformed_json', {}, language) }] } : {}),
      };
    }
    // Errors raised by Fastify itself before a handler runs (malformed JSON, wrong content type, body too large).
    const statusCode = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      const fastifyCode = (exception as { code?: string }).code;
      const message = (exception as Error).message;
      const malformed = fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/.test(message);
      const code = CODES[statusCode] ?? 'bad-request';
      return {
        type: typeOf(code),
        title: problemTitle(malformed ? 'malformed-json' : String(statusCode), statusCode, {}, language),
        status: statusCode,
        detail: malformed ? detail('malformed-json') : code in PROBLEM_DETAILS_BY_CODE ? detail(PROBLEM_DETAILS_BY_CODE[code]) : detail('bad-request'),
        correlationId,
        ...(statusCode === 400 ? { errors: [{ field: 'body', code: 'malformed_json' as const, message: fieldMessage('malformed_json', {}, language) }] } : {}),
      };
    }
    if (databaseUnavailable(exception)) {
      return { type: typeOf('unavailable'), title: problemTitle('503', 503, {}, language), status: 503, detail: detail('unavailable'), correlationId };
    }
    return { type: typeOf('internal'), title: problemTitle('500', 500, {}, language), status: 500, detail: detail('internal'), correlationId };
  }
}
