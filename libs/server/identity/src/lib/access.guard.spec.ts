import type { ClientAccessRule } from '@loket/server/platform';
import type { IntegrationScope } from '@loket/shared/contracts';
import { clientRefusal } from './access.guard';
import { clientRateWindow } from './clients/client-throttle';

describe('which routes an integration client may call', () => {
  const rule = (...scopes: IntegrationScope[]): ClientAccessRule => ({ scopes });
  it.each<[string, ClientAccessRule | undefined, IntegrationScope[], string | null]>([
    ['a route without @Client', undefined, ['relaties.read', 'webhooks.manage'], 'forbidden.not-for-clients'],
    ['the one scope the route names', rule('relaties.read'), ['relaties.read'], null],
    ['one of the scopes the route names', rule('relaties.read', 'relaties.write'), ['relaties.write'], null],
    ['more scopes than needed', rule('webhooks.manage'), ['relaties.read', 'webhooks.manage'], null],
    ['a scope of another domain', rule('relaties.read'), ['webhooks.manage'], 'forbidden.needs-scopes'],
    ['the write scope for a read route', rule('relaties.read'), ['relaties.write'], 'forbidden.needs-scopes'],
    ['no scopes left (all taken away)', rule('relaties.read'), [], 'forbidden.needs-scopes'],
  ])('%s', (_name, clientRule, scopes, refusal) => {
    const result = clientRefusal(clientRule, scopes);
    expect(result?.detailKey ?? null).toBe(refusal);
    if (result) expect(result.status).toBe(403);
  });

  it('names the scopes that would do in the refusal', () => {
    expect(clientRefusal(rule('relaties.read', 'relaties.write'), ['webhooks.manage'])?.params).toEqual({ scopes: 'relaties.read, relaties.write' });
  });
});

describe('the window a client\'s requests are counted in', () => {
  it.each([
    [50, 250, { points: 250, seconds: 5 }],
    [5, 10, { points: 10, seconds: 2 }],
    [10, 10, { points: 10, seconds: 1 }],
    [3, 10, { points: 10, seconds: 3 }],
  ])('%i a second with a burst of %i', (perSecond, burst, expected) => {
    expect(clientRateWindow({ CLIENT_RATE_PER_SECOND: perSecond, CLIENT_RATE_BURST: burst })).toEqual(expected);
  });
});
