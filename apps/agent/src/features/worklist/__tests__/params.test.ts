import { describe, expect, it } from 'vitest';
import { filtersFromParams, queryFromParams, scopeFromParams, withCursor, withFilter, withoutFilters, withScope } from '../components/params';

const p = (search: string) => new URLSearchParams(search);

describe('worklist address', () => {
  it.each([
    ['', ['me', 'team', 'forwarded'], 'me'],
    ['lijst=team', ['me', 'team', 'forwarded'], 'team'],
    ['lijst=doorgezet', ['me', 'team', 'forwarded'], 'forwarded'],
    ['lijst=alles', ['me', 'team', 'forwarded', 'all'], 'all'],
    // An agent who follows a team lead's link lands on their own work.
    ['lijst=alles', ['me', 'team', 'forwarded'], 'me'],
    ['lijst=onzin', ['me', 'team', 'forwarded'], 'me'],
  ] as const)('?%s with lists %j shows %s', (search, allowed, scope) => {
    expect(scopeFromParams(p(search), allowed)).toBe(scope);
  });

  it('reads the filters by their Dutch names and leaves out values it knows to be wrong', () => {
    expect(filtersFromParams(p('kanaal=phone&termijn=overdue&soort=case&status=open&team=t1&onderwerp=o1&locatie=l1'))).toEqual({
      channel: 'phone', due: 'overdue', kind: 'case', status: 'open', team: 't1', topic: 'o1', location: 'l1',
    });
    expect(filtersFromParams(p('kanaal=fax&termijn=gisteren&soort=x&status=kwijt'))).toEqual({});
  });

  it.each([
    ['me', 'kanaal=phone&termijn=today&vanaf=c1', { scope: 'me', due: 'today', cursor: 'c1' }],
    ['all', 'kanaal=phone&termijn=today&team=t1', { scope: 'all', channel: 'phone', due: 'today', team: 't1' }],
  ] as const)('asks the API for list %s with only the filters that list has (%s)', (scope, search, query) => {
    expect(queryFromParams(p(search), scope)).toEqual(query);
  });

  it('starts paging again when the list or a filter changes, and drops filters the new list lacks', () => {
    expect(withScope(p('lijst=alles&kanaal=phone&termijn=today&vanaf=c1'), 'me').toString()).toBe('termijn=today');
    expect(withFilter(p('lijst=alles&vanaf=c1'), 'team', 't1').toString()).toBe('lijst=alles&team=t1');
    expect(withFilter(p('lijst=alles&team=t1'), 'team', null).toString()).toBe('lijst=alles');
    expect(withoutFilters(p('lijst=alles&team=t1&kanaal=phone&vanaf=c1&x=1')).toString()).toBe('lijst=alles&x=1');
    expect(withCursor(p('lijst=team'), 'c2').toString()).toBe('lijst=team&vanaf=c2');
    expect(withCursor(p('lijst=team&vanaf=c2'), null).toString()).toBe('lijst=team');
  });
});
