import { api, apiWith, data, type Schemas } from '../client';

export const authApi = {
  login: (body: Schemas['LoginDto']) => data(apiWith({ token: null, allowUnauthorized: true }).POST('/api/v1/auth/login', { body })),
  logout: (token?: string) => data(apiWith({ token, allowUnauthorized: true }).POST('/api/v1/auth/logout')),
  me: (signal?: AbortSignal) => data(api.GET('/api/v1/auth/me', { signal })),
};
