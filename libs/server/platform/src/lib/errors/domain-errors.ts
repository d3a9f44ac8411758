export interface FieldError {
  field: string;
  message: string;
  /** A value that would be accepted, where there is an obvious one (e.g. the next moment we are open). */
  suggestion?: string;
}

/**
 * An error the caller can act on. Carries a stable code (the last part of the problem
 * `type`), an HTTP status and, for bad input, the offending fields.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, detail?: string) {
    super('not-found', 404, `${what} not found`, detail ?? `No ${what.toLowerCase()} with this id exists for you.`);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], detail = 'One or more fields are invalid.') {
    super('validation-failed', 400, 'Invalid request', detail, errors);
  }
}

export class ConflictError extends DomainError {
  constructor(detail: string, code = 'conflict') {
    super(code, 409, 'Conflict', detail);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(detail = 'Log in first: this request needs a valid bearer token.') {
    super('unauthorized', 401, 'Not logged in', detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Your account may not do this.') {
    super('forbidden', 403, 'Forbidden', detail);
  }
}

/** Too many attempts; the caller may try again after `retryAfterSeconds` (sent as Retry-After). */
export class TooManyRequestsError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    detail: string,
  ) {
    super('too-many-requests', 429, 'Too many requests', detail);
  }
}
