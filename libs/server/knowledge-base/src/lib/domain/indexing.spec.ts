import { mergeMasked, searchFields } from './indexing';

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

describe('masked searches counted as one', () => {
  it.each([
    ['distinct queries stay apart', [{ query: 'a', times: 1, lastAt: '2026-01-01' }, { query: 'b', times: 2, lastAt: '2026-01-02' }], [{ query: 'b', times: 2, lastAt: '2026-01-02' }, { query: 'a', times: 1, lastAt: '2026-01-01' }]],
    ['the same text adds up, the latest moment stays', [{ query: 'a', times: 1, lastAt: '2026-01-03' }, { query: 'a', times: 2, lastAt: '2026-01-01' }], [{ query: 'a', times: 3, lastAt: '2026-01-03' }]],
    ['equal counts: the latest first', [{ query: 'a', times: 1, lastAt: '2026-01-01' }, { query: 'b', times: 1, lastAt: '2026-01-02' }], [{ query: 'b', times: 1, lastAt: '2026-01-02' }, { query: 'a', times: 1, lastAt: '2026-01-01' }]],
  ])('%s', (_name, items, expected) => {
    expect(mergeMasked(items)).toEqual(expected);
  });
});
