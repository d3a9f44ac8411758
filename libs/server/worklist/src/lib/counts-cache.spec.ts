import { ORGANIZATION_COUNTS_MS, WorklistCountsCache } from './counts-cache';

describe('WorklistCountsCache', () => {
  const counts = { all: 50_000, overdue: 19_000, today: 600, week: 2_000 };
  const at = Date.parse('2026-12-07T09:00:00Z');

  it('reuses counts for the same organization and filter only, and only for a few seconds of the list’s moment', () => {
    const cache = new WorklistCountsCache();
    cache.set('org-a', 'team=1', counts, at);
    expect(cache.get('org-a', 'team=1', at + 1_000)).toEqual(counts);
    expect(cache.get('org-a', 'team=2', at)).toBeUndefined();
    expect(cache.get('org-b', 'team=1', at)).toBeUndefined();
    // Counted for another moment: a moment before it, or too long after it.
    expect(cache.get('org-a', 'team=1', at - 1)).toBeUndefined();
    expect(cache.get('org-a', 'team=1', at + ORGANIZATION_COUNTS_MS)).toBeUndefined();
  });

  it('forgets an organization’s counts when its work changed, and keeps the others’', () => {
    const cache = new WorklistCountsCache();
    cache.set('org-a', '', counts, at);
    cache.set('org-a', 'topic=1', counts, at);
    cache.set('org-b', '', counts, at);
    cache.forget('org-a');
    expect(cache.get('org-a', '', at)).toBeUndefined();
    expect(cache.get('org-a', 'topic=1', at)).toBeUndefined();
    expect(cache.get('org-b', '', at)).toEqual(counts);
  });
});
