import { configureApiClient, isApiError } from '../http';
import { clearSession, hasSession } from '../session-store';
import { OtherUserError, useLogin, useLogout, useRenewSession, useSessionUser, WrongAccountKindError } from './auth.hooks';

/** Any error of a call, read for the screens: the API's status (0: no connection), field errors, detail. */
export function describeError(error: unknown) {
  if (isApiError(error)) {
    return { status: error.status, fieldCodes: error.fieldCodes, detail: error.problem?.detail, wrongAccountKind: false };
  }
  return { status: undefined, fieldCodes: {}, detail: undefined, wrongAccountKind: error instanceof WrongAccountKindError, otherUser: error instanceof OtherUserError };
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
  useRenewSession,
  onSessionExpired: (renew: () => Promise<boolean>) => configureApiClient({ renewSession: renew }),
};
