import type { FieldErrorCode } from '@loket/shared/contracts';
import type { MessageParams, ProblemDetailKey, Subject } from './messages';

/**
 * One refused field, as a call site names it: the field, a stable code and the code's parameters
 * (e.g. `{ max: 200 }`). The problem filter writes the message from the catalog in the caller's
 * language; call sites never write prose.
 */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  params?: MessageParams;
  /** A value that would be accepted, where there is an obvious one (e.g. the next moment we are open). */
  suggestion?: string;
}

/**
 * An error the caller can act on. Carries a stable code (the last part of the problem
 * `type`), an HTTP status, the catalog key of its explanation and, for bad input, the offending
 * fields. Title and detail are written in the caller's language by the problem filter.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly detailKey: ProblemDetailKey,
    readonly params: MessageParams = {},
    readonly errors?: FieldError[],
  ) {
    super(`${code}: ${detailKey}`);
  }
}

export class NotFoundError extends DomainError {
  constructor(readonly subject: Subject) {
    super('not-found', 404, 'not-found');
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], detail: Extract<ProblemDetailKey, `validation-failed${string}`> = 'validation-failed') {
    super('validation-failed', 400, detail, {}, errors);
  }
}

/** A conflict with the current state; its code is the detail key's part before a dot unless given. */
export class ConflictError extends DomainError {
  constructor(detail: ProblemDetailKey, params: MessageParams = {}, code = detail.split('.')[0]) {
    super(code, 409, detail, params);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(detail: Extract<ProblemDetailKey, `unauthorized${string}`> = 'unauthorized') {
    super('unauthorized', 401, detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail: Extract<ProblemDetailKey, `forbidden${string}`> = 'forbidden', params: MessageParams = {}) {
    super('forbidden', 403, detail, params);
  }
}

/** Too many attempts; the caller may try again after `retryAfterSeconds` (sent as Retry-After). */
export class TooManyRequestsError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    detail: Extract<ProblemDetailKey, `too-many-requests${string}`> = 'too-many-requests',
  ) {
    super('too-many-requests', 429, detail);
  }
}
