import { configureApiClient, isApiError } from '../http';
import { clearSession, hasSession } from '../session-store';
import { useLogin, useLogout, useSessionUser, WrongAccountKindError } from './auth.hooks';

/** Any error of a call, read for the screens: the API's status (0: no connection), field errors, detail. */
export function describeError(error: unknown) {
  if (isApiError(error)) {
    return { status: error.status, fieldCodes: error.fieldCodes, detail: error.problem?.detail, wrongAccountKind: false };
  }
  return { status: undefined, fieldCodes: {}, detail: undefined, wrongAccountKind: error instanceof WrongAccountKindError };
}

/**
 * This client as the backend of `@loket/web/session` (`createSessionApp`,
 * `<LoginPage kind="staff" backend={sessionBackend} />`, `RequireSession`, `UserArea`).
 */
export const sessionBackend = {
  hasSession,
  clearSession,
  useSessionUser,
  useLogin,
  useLogout,
  describeError,
  onSessionLost: (listener: () => void) => configureApiClient({ onUnauthorized: listener }),
};
