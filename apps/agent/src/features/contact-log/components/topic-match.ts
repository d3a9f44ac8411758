import type { Topic } from '@loket/web/api-client';

const normalize = (text: string) => text.toLocaleLowerCase('nl').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();

/**
 * The active topics that match what is typed, best first: the name begins with it ("lek" →
 * Lekkage), then a word of the name begins with it ("onder" → Reparatie en onderhoud), then the
 * code does, then the name or code contains it. Alphabetical within each.
 */
export function matchTopics<T extends Pick<Topic, 'name' | 'code' | 'active'>>(topics: readonly T[], text: string): T[] {
  const query = normalize(text);
  const usable = topics.filter((topic) => topic.active);
  if (!query) return usable;
  const score = (topic: T): number => {
    const name = normalize(topic.name);
    const code = normalize(topic.code);
    if (name.startsWith(query)) return 0;
    if (name.split(/[\s\-/(),]+/).some((word) => word.startsWith(query))) return 1;
    if (code.startsWith(query) || code.split('-').some((part) => part.startsWith(query))) return 2;
    if (name.includes(query) || code.includes(query)) return 3;
    return -1;
  };
  return usable
    .map((topic) => ({ topic, rank: score(topic) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.topic.name.localeCompare(b.topic.name, 'nl'))
    .map((m) => m.topic);
}
