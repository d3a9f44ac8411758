import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@loket/shared/contracts';
import { DomainError, TooManyRequestsError } from './domain-errors';
import { safeError } from '../logging/logging';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

type ProblemBody = Problem;

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
    const body = this.toProblem(exception, String(request.id ?? ''));
    body.instance = request.url?.split('?')[0];
    if (body.status >= 500) {
      // The error's class, SQLSTATE, query name and stack only: never its values (see safeError).
      this.logger.error({ err: safeError(exception), correlationId: body.correlationId }, 'Request failed');
    }
    if (exception instanceof TooManyRequestsError) void reply.header('retry-after', String(exception.retryAfterSeconds));
    if (body.status === 503) void reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown, correlationId: string): ProblemBody {
    if (exception instanceof DomainError) {
      return {
        type: typeOf(exception.code),
        title: exception.title,
        status: exception.status,
        detail: exception.detail,
        correlationId,
        ...(exception.errors ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const detail =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? ((response as { message: string[] }).message).join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return {
        type: typeOf(CODES[status] ?? (status >= 500 ? 'internal' : 'error')),
        title: HttpStatus[status]?.toString().replace(/_/g, ' ').toLowerCase().replace(/^./, (c) => c.toUpperCase()) ?? 'Error',
        status,
        detail: status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE)/.test(detail) ? 'There is no such endpoint.' : detail,
        correlationId,
      };
    }
    // Errors raised by Fastify itself before a handler runs (malformed JSON, wrong content type, body too large).
    const statusCode = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      const code = (exception as { code?: string }).code;
      const message = (exception as Error).message;
      return {
        type: typeOf(CODES[statusCode] ?? 'bad-request'),
        title: code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/.test(message) ? 'Malformed JSON body' : 'Bad request',
        status: statusCode,
        detail: message,
        correlationId,
        ...(statusCode === 400 ? { errors: [{ field: 'body', message }] } : {}),
      };
    }
    if (databaseUnavailable(exception)) {
      return {
        type: typeOf('unavailable'),
        title: 'Service unavailable',
        status: 503,
        detail: 'The database cannot be reached for a moment. Nothing was changed; please try again shortly.',
        correlationId,
      };
    }
    return {
      type: typeOf('internal'),
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side. Quote the correlation id when you report it.',
      correlationId,
    };
  }
}
