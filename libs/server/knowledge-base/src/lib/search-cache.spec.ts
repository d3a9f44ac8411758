import type { ArticleSearchHitDto } from './knowledge-base.responses.dto';
import { SearchResultCache } from './search-cache';

const hit = (id: string): ArticleSearchHitDto[] => [{ id, title: id, audience: 'public', category: null, snippet: '', rank: 1 }];
const key = (query: string, generation = '0', org = 'org-a') => SearchResultCache.key(org, generation, { publicOnly: false, topicId: null, limit: 10, query });

describe('SearchResultCache', () => {
  it('reads the generation at most once per interval, and again at once after forget()', async () => {
    let now = 0;
    const cache = new SearchResultCache(10, 1_000, () => now);
    let stored = '1';
    let reads = 0;
    const read = async () => {
      reads += 1;
      return stored;
    };
    expect(await cache.generation('org-a', read)).toBe('1');
    stored = '2';
    now = 999;
    expect(await cache.generation('org-a', read)).toBe('1');
    now = 1_000;
    expect(await cache.generation('org-a', read)).toBe('2');
    stored = '3';
    cache.forget('org-a');
    expect(await cache.generation('org-a', read)).toBe('3');
    expect(reads).toBe(3);
  });

  it('keys by organization, generation, audience, topic, limit and the words (case and spacing ignored)', () => {
    expect(key('Huur  opzeggen')).toBe(key('huur opzeggen'));
    expect(key('huur')).not.toBe(key('huur', '1'));
    expect(key('huur')).not.toBe(key('huur', '0', 'org-b'));
    expect(SearchResultCache.key('o', '0', { publicOnly: true, topicId: null, limit: 10, query: 'huur' })).not.toBe(SearchResultCache.key('o', '0', { publicOnly: false, topicId: null, limit: 10, query: 'huur' }));
  });

  it('drops the least recently used result when full', () => {
    const cache = new SearchResultCache(2);
    cache.set(key('a'), hit('a'));
    cache.set(key('b'), hit('b'));
    expect(cache.get(key('a'))).toEqual(hit('a'));
    cache.set(key('c'), hit('c'));
    expect(cache.get(key('b'))).toBeUndefined();
    expect(cache.get(key('a'))).toEqual(hit('a'));
    expect(cache.get(key('c'))).toEqual(hit('c'));
  });
});
