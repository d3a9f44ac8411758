// For this library's tests only: a SessionBackend in memory, and texts standing in for an app's.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse, SessionUser } from '@loket/web/api-types';
import type { ErrorInfo, SessionBackend } from './session-backend';

class FakeFailure extends Error {
  constructor(readonly info: ErrorInfo) {
    super('fake failure');
  }
}

/** A failed call, as `describeError` will read it. */
export function failure(info: Partial<ErrorInfo>): Error {
  return new FakeFailure({ fieldCodes: {}, wrongAccountKind: false, ...info });
}

interface FakeOptions {
  /** Answers a login; throw a `failure` to refuse it. */
  login?: (body: LoginRequest) => Promise<LoginResponse>;
  /** Answers GET /auth/me. */
  me?: () => Promise<SessionUser>;
  /** Starts with a stored session. */
  loggedIn?: boolean;
}

export function fakeBackend({ login, me, loggedIn = false }: FakeOptions = {}) {
  let stored = loggedIn;
  let sessionLost: () => void = () => undefined;
  const unanswered = () => Promise.reject(failure({ status: 404 }));
  const backend: SessionBackend = {
    hasSession: () => stored,
    clearSession: () => {
      stored = false;
    },
    useSessionUser: () => useQuery({ queryKey: ['me'], queryFn: me ?? unanswered, enabled: stored }),
    useLogin: ({ expectedKind }) =>
      useMutation({
        mutationFn: async (body: LoginRequest) => {
          const response = await (login ?? unanswered)(body);
          if (response.user.kind !== expectedKind) throw failure({ wrongAccountKind: true });
          stored = true;
          return response;
        },
      }),
    useLogout: () =>
      useMutation({
        mutationFn: async () => undefined,
        onSettled: () => {
          stored = false;
        },
      }),
    describeError: (error) => (error instanceof FakeFailure ? error.info : { fieldCodes: {}, wrongAccountKind: false }),
    onSessionLost: (listener) => {
      sessionLost = listener;
    },
  };
  /** As if a call got a 401: the session is gone. */
  const loseSession = () => {
    stored = false;
    sessionLost();
  };
  return { ...backend, loseSession };
}

/** What an app brings for the session screens, in the "u" form (Mijn Loket's wording, shortened). */
export const appTexts = {
  app: {
    titleSuffix: 'Test',
    loading: 'Even geduld…',
    genericError: 'Er ging iets mis.',
    networkError: 'Er is nu geen verbinding.',
  },
  auth: {
    title: 'Inloggen',
    intro: 'Log in met uw account.',
    sessionExpired: 'U was een tijd niet actief. Log opnieuw in.',
    loggedOut: 'U bent uitgelogd.',
    wrongKind: 'Dit is de inlog voor huurders.',
    wrongCredentials: 'Uw e-mailadres of wachtwoord klopt niet.',
    tooManyAttempts: 'U heeft het te vaak geprobeerd.',
    userMenu: 'Ingelogd',
    errors: {
      emailRequired: 'Vul uw e-mailadres in.',
      emailInvalid: 'Vul een geldig e-mailadres in.',
      passwordRequired: 'Vul uw wachtwoord in.',
    },
  },
};
