import { conceptQuery, questionConcepts, questionWords, searchVocabulary, splitCompound, unknownWords, wordKey } from './question';

const known = new Set(['keuken', 'kraan', 'water', 'schade', 'betaling', 'regeling', 'woning', 'lekkage', 'plafond', 'hoofdkraan', 'hoofd']);
const isKnown = (w: string) => known.has(w);

describe('compounds split into two known words', () => {
  it.each([
    ['keukenkraan', ['keuken', 'kraan']],
    ['waterschade', ['water', 'schade']],
    ['betalingsregeling', ['betaling', 'regeling']],
    ['daklek', ['dak', 'lek']],
    ['wcpot', ['wc', 'pot']],
    ['lekkage', null],
    ['kraan', null],
    ['woningen', null],
    ['plafondkraanx', null],
  ])('%s → %j', (word, expected) => {
    expect(splitCompound(word, isKnown)).toEqual(expected);
  });
});

describe('words and their comparable form', () => {
  it.each([
    ['Wc verstopt, wie betaald?', ['wc', 'verstopt', 'wie', 'betaald']],
    ["foto's van de cv-ketel", ['foto', 'van', 'de', 'cv', 'ketel']],
    ['huur 1 juli', ['huur', '1', 'juli']],
  ])('%s', (text, expected) => {
    expect(questionWords(text)).toEqual(expected);
  });
  it.each([
    ['kapotte', 'kapot'],
    ['kapot', 'kapot'],
    ['verstoppen', 'verstop'],
    ['beëindigen', 'beeindig'],
    ['radiatoren', 'radiator'],
    ['wc', 'wc'],
  ])('%s → %s', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });
});

describe('the concepts of a question', () => {
  const vocabulary = searchVocabulary(
    ['keukenkraan', 'keuken', 'kraan', 'lekkage', 'waterschade', 'water', 'schade', 'reparatie', 'verwarming'],
    [['lekkage', 'daklek', 'waterschade', 'water uit plafond'], ['reparatie', 'kapot', 'defect'], ['klacht', 'niet tevreden'], ['cv', 'verwarming', 'geen warm water']],
  );
  const typed = (q: string, corrections = new Map<string, string>()) => questionConcepts(q, vocabulary, corrections).map((c) => c.typed.join(' '));
  const alternatives = (q: string, corrections = new Map<string, string>()) => questionConcepts(q, vocabulary, corrections).map((c) => c.alternatives.map((a) => a.join('+')));

  it.each([
    ['stop words do not count', 'hoe kan ik mijn huur opzeggen?', ['huur', 'opzeggen']],
    ['a phrase of a group is one concept, its stop words left out', 'er komt water uit het plafond', ['water plafond']],
    ['a phrase with a negation', 'ik ben niet tevreden over de monteur', ['niet tevreden', 'monteur']],
    ['a negation alone does not count', 'geen idee', ['idee']],
    ['only stop words: nothing to look for', 'hoe kan ik dat doen', []],
    ['each remaining word', 'kapotte kraan', ['kapotte', 'kraan']],
  ])('%s: %s', (_name, q, expected) => {
    expect(typed(q)).toEqual(expected);
  });

  it('gives a word its synonyms, its compounds and its parts', () => {
    const [kapot, kraan] = alternatives('kapotte kraan');
    expect(kapot).toEqual(['kapotte', 'reparatie', 'kapot', 'defect']);
    expect(kraan).toEqual(['kraan', 'keukenkraan']);
    expect(alternatives('keukenkraan')[0]).toEqual(['keukenkraan', 'keuken+kraan']);
    expect(alternatives('water uit het plafond')[0]).toEqual(['water+plafond', 'lekkage', 'daklek', 'waterschade']);
  });

  it('adds a typo correction and its synonyms, and the singular of a plural in -s', () => {
    expect(alternatives('lekage', new Map([['lekage', 'lekkage']]))[0]).toEqual(['lekage', 'lekkage', 'daklek', 'waterschade', 'water+plafond']);
    expect(alternatives('reparaties')[0]).toEqual(['reparaties', 'reparatie']);
  });

  it('names the words to correct: unknown, not stop words, 4 letters or more', () => {
    expect(unknownWords('de lekage bij de kraan kwam van 2 dagen', vocabulary)).toEqual(['lekage', 'kwam', 'dagen']);
  });

  it.each([
    [{ typed: ['kraan'], alternatives: [['kraan'], ['keuken', 'kraan']] }, {}, '(kraan | (keuken & kraan))'],
    [{ typed: ['lek'], alternatives: [['lek']] }, { prefix: true }, '(lek | lek:*)'],
  ])('as to_tsquery text: %j', (concept, opts, expected) => {
    expect(conceptQuery(concept, opts)).toBe(expected);
  });
});
