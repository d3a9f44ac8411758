import type { Schemas } from '../client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { clearSession, hasSession, saveSession } from '../session-store';
import { authApi } from './auth.api';

/** Thrown by `useLogin` when a valid account of the wrong kind logs in (a tenant in the agent app). */
export class WrongAccountKindError extends Error {
  readonly kind: Schemas['SessionUserDto']['kind'];
  constructor(kind: Schemas['SessionUserDto']['kind']) {
    super(`Account of kind ${kind} is not allowed here`);
    this.name = 'WrongAccountKindError';
    this.kind = kind;
  }
}

/** The logged-in user (GET /auth/me); disabled without a stored token. */
export function useSessionUser() {
  return useQuery({
    queryKey: queryKeys.auth.me(),
    queryFn: ({ signal }) => authApi.me(signal),
    enabled: hasSession(),
    staleTime: 5 * 60_000,
  });
}

/**
 * Logs in and keeps the token. With `expectedKind`, an account of another kind is logged out
 * again at once and the mutation fails with `WrongAccountKindError`.
 */
export function useLogin(options: { expectedKind?: Schemas['SessionUserDto']['kind'] } = {}) {
  const queryClient = useQueryClient();
  return useMutation<Schemas['LoginResponseDto'], Error, Schemas['LoginDto']>({
    mutationFn: async (body) => {
      const response = await authApi.login(body);
      if (options.expectedKind && response.user.kind !== options.expectedKind) {
        await authApi.logout(response.accessToken).catch(() => undefined);
        throw new WrongAccountKindError(response.user.kind);
      }
      return response;
    },
    onSuccess: (response) => {
      queryClient.clear();
      saveSession(response);
      queryClient.setQueryData(queryKeys.auth.me(), response.user);
    },
  });
}

/** Thrown by `useRenewSession` when someone else logs in than the person whose session ran out. */
export class OtherUserError extends Error {
  constructor() {
    super('Another account than the one whose session ran out');
    this.name = 'OtherUserError';
  }
}

/**
 * Logs in again in place after the session ran out (the app's renewal dialog): the same person
 * only, and nothing cached is thrown away, so the page and what was typed in it stay.
 */
export function useRenewSession(options: { expectedKind?: Schemas['SessionUserDto']['kind'] } = {}) {
  const queryClient = useQueryClient();
  return useMutation<Schemas['LoginResponseDto'], Error, Schemas['LoginDto']>({
    mutationFn: async (body) => {
      const response = await authApi.login(body);
      const before = queryClient.getQueryData<Schemas['SessionUserDto']>(queryKeys.auth.me());
      if (options.expectedKind && response.user.kind !== options.expectedKind) {
        await authApi.logout(response.accessToken).catch(() => undefined);
        throw new WrongAccountKindError(response.user.kind);
      }
      if (before && before.id !== response.user.id) {
        await authApi.logout(response.accessToken).catch(() => undefined);
        throw new OtherUserError();
      }
      return response;
    },
    onSuccess: (response) => {
      saveSession(response);
      queryClient.setQueryData(queryKeys.auth.me(), response.user);
    },
  });
}

/** Ends the session on the server (best effort) and forgets everything cached locally. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => authApi.logout().catch(() => undefined),
    onSettled: () => {
      clearSession();
      queryClient.clear();
    },
  });
}
