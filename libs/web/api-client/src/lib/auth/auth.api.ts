import type { LoginRequest, LoginResponse, SessionUser } from '@loket/shared/contracts';
import { apiRequest } from '../http';

export const authApi = {
  login: (body: LoginRequest) =>
    apiRequest<LoginResponse>('/auth/login', { method: 'POST', body, token: null, allowUnauthorized: true }),
  logout: (token?: string) =>
    apiRequest<void>('/auth/logout', { method: 'POST', token, allowUnauthorized: true }),
  me: (signal?: AbortSignal) => apiRequest<SessionUser>('/auth/me', { signal }),
};
