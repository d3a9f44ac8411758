import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse, SessionUser } from '@loket/web/api-types';

/** The kind of account an app is for: `staff` (the agent app) or `tenant` (Mijn Loket). */
export type AccountKind = SessionUser['kind'];

/** What a failed call tells the screens, whatever kind of error it was. */
export interface ErrorInfo {
  /** The API's HTTP status; 0 when the API could not be reached; undefined when the error did not come from the API. */
  status?: number;
  /** The codes of the field errors the API sent with a 400, by field name (map them with `fieldErrorKey`). */
  fieldCodes: Record<string, string>;
  /** The API's own explanation (problem detail), when it gave one. */
  detail?: string;
  /** A valid account of the other kind logged in, and was logged out again at once. */
  wrongAccountKind: boolean;
  /** Someone else than the person whose session ran out logged in (and was logged out again). */
  otherUser?: boolean;
}

/**
 * What the session screens need from the API. This library shows, `@loket/web/api-client`
 * talks to the server: the app passes that client's `sessionBackend` in. (Module boundaries:
 * a `type:ui` library does not import a `type:data` one; the app joins them.)
 */
export interface SessionBackend {
  /** Whether a token is stored (synchronous; says nothing about whether the server still accepts it). */
  hasSession(): boolean;
  clearSession(): void;
  /** The logged-in user (GET /auth/me). */
  useSessionUser(): UseQueryResult<SessionUser, Error>;
  /** Logs in; an account of another kind than `expectedKind` fails with `wrongAccountKind`. */
  useLogin(options: { expectedKind: AccountKind }): UseMutationResult<LoginResponse, Error, LoginRequest>;
  useLogout(): UseMutationResult<unknown, Error, void>;
  describeError(error: unknown): ErrorInfo;
  /** Calls `listener` whenever the API says the session is gone (a 401 on any call but the login). */
  onSessionLost(listener: () => void): void;
  /** Logs in again in place, for the same person, keeping everything cached (the renewal dialog). */
  useRenewSession?(options: { expectedKind: AccountKind }): UseMutationResult<LoginResponse, Error, LoginRequest>;
  /**
   * Registers who asks the person to log in again when the session ran out during work; the
   * waiting request is sent again when `renew` resolves true.
   */
  onSessionExpired?(renew: () => Promise<boolean>): void;
}

/** Each session component knows the app's account kind and its backend. */
export interface SessionProps {
  kind: AccountKind;
  backend: SessionBackend;
}
