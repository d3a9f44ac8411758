import { mergeMasked, searchFields, websearchSafe, withSingulars, withSynonyms } from './indexing';

describe('what publishing indexes', () => {
  it.each([
    ['a plain body', { title: 'Lekkage', questions: ['Wat doe ik bij lekkage?'], body: 'Draai de kraan dicht.' }, { title: 'Lekkage', questions: 'Wat doe ik bij lekkage?', body: 'Draai de kraan dicht.' }],
    ['questions one per line', { title: 'Huur', questions: ['Hoe betaal ik?', 'Wanneer?'], body: 'Per maand.' }, { title: 'Huur', questions: 'Hoe betaal ik? \n Wanneer?', body: 'Per maand.' }],
    ['Markdown left out of the body', { title: 'T', questions: ['V?'], body: '## Wat doet u?\n\n- **Bel** ons.' }, { title: 'T', questions: 'V?' }],
  ])('%s', (_name, version, expected) => {
    const fields = searchFields(version);
    expect(fields).toMatchObject(expected);
    expect(fields.body).not.toMatch(/[#*]/);
    expect(fields.words).toBe(`${version.title} ${version.questions.join(' ')} ${fields.body}`);
  });
});

describe('Dutch plurals in -s', () => {
  it.each([
    ['reparaties', 'reparaties or reparatie'],
    ["foto's kapot", "foto's kapot or foto"],
    ['huis', 'huis'],
    ['kraan or reparaties', 'kraan or reparaties or reparatie'],
  ])('%s → %s', (query, expected) => {
    expect(withSingulars(query)).toBe(expected);
  });
});

describe('synonyms', () => {
  const groups = [['opzeggen', 'beëindigen', 'verhuizen'], ['cv-ketel', 'verwarming', 'centrale verwarming']];
  it.each([
    ['no groups', [], 'huur opzeggen', 'huur opzeggen'],
    ['a word of a group', groups, 'huur opzeggen', 'huur opzeggen or beëindigen or verhuizen'],
    ['a phrase is quoted', groups, 'verwarming kapot', 'verwarming kapot or cv-ketel or "centrale verwarming"'],
    ['no word of any group', groups, 'lekkage', 'lekkage'],
  ])('%s', (_name, g, query, expected) => {
    expect(withSynonyms(g as string[][], query)).toBe(expected);
  });
});

describe('dashes in a websearch query', () => {
  it.each([
    ['------huur', '-huur'],
    ['huur -', 'huur  '],
    ['cv-ketel', 'cv-ketel'],
  ])('%s → %s', (words, expected) => {
    expect(websearchSafe(words)).toBe(expected);
  });
});

describe('masked searches counted as one', () => {
  it.each([
    ['distinct queries stay apart', [{ query: 'a', times: 1, lastAt: '2026-01-01' }, { query: 'b', times: 2, lastAt: '2026-01-02' }], [{ query: 'b', times: 2, lastAt: '2026-01-02' }, { query: 'a', times: 1, lastAt: '2026-01-01' }]],
    ['the same text adds up, the latest moment stays', [{ query: 'a', times: 1, lastAt: '2026-01-03' }, { query: 'a', times: 2, lastAt: '2026-01-01' }], [{ query: 'a', times: 3, lastAt: '2026-01-03' }]],
    ['equal counts: the latest first', [{ query: 'a', times: 1, lastAt: '2026-01-01' }, { query: 'b', times: 1, lastAt: '2026-01-02' }], [{ query: 'b', times: 1, lastAt: '2026-01-02' }, { query: 'a', times: 1, lastAt: '2026-01-01' }]],
  ])('%s', (_name, items, expected) => {
    expect(mergeMasked(items)).toEqual(expected);
  });
});
