/**
 * Understanding a tenant's or agent's question (pure): which words carry meaning, which words of
 * the organization's synonym groups they stand for, which compounds they are part of, and the
 * PostgreSQL `to_tsquery('dutch', …)` text of each meaning ("concept"). Search ranks the articles
 * that match every concept first, then those that match most.
 */

/**
 * Dutch stop words: PostgreSQL's `dutch` list (snowball), which the full-text index leaves out
 * anyway, plus the question and filler words people type ("waar", "doet", "mag"). Kept here so a
 * question's meaningful words can be counted.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set([
  // PostgreSQL / snowball dutch.stop
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is', 'was', 'op', 'aan', 'met', 'als', 'voor', 'had',
  'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of', 'wat', 'mijn', 'men', 'dit', 'zo', 'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je', 'mij',
  'uit', 'der', 'daar', 'haar', 'naar', 'heb', 'hoe', 'heeft', 'hebben', 'deze', 'u', 'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge', 'geen',
  'omdat', 'iets', 'worden', 'toch', 'al', 'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben', 'zonder', 'kan', 'hun', 'dus', 'alles',
  'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch', 'wordt', 'wezen', 'kunnen', 'ons', 'zelf', 'tegen', 'na', 'reeds', 'wil',
  'kon', 'niets', 'uw', 'iemand', 'geweest', 'andere',
  // Question and filler words
  'waar', 'wanneer', 'waarom', 'welke', 'welk', 'hoeveel', 'doet', 'doe', 'gaat', 'ga', 'kom', 'komt', 'mag', 'mogen', 'moeten', 'kunt',
  'wilt', 'willen', 'graag', 'even', 'nou', 'eigenlijk', 'jullie', 'we', 'wij', 'onze', 'mn', 'hebt', 'word', 'zit', 'zitten', 'hallo',
  'goedendag', 'beste', 'help', 'alsjeblieft', 'aub', 'ff', 'nu', 'weer', 'wel', 'heel', 'erg', 'zeer',
]);

/** Kept while phrases are matched ("niet tevreden", "geen warm water"), then left out like the other stop words. */
const NEGATIONS: ReadonlySet<string> = new Set(['niet', 'geen']);

/** Short words that count as parts of compounds ("daklek", "wc-pot"); other parts need 4 letters. */
const SHORT_PARTS: ReadonlySet<string> = new Set(['dak', 'lek', 'gas', 'bad', 'wc', 'cv', 'pot', 'kat', 'hek', 'gat', 'vuil', 'raam', 'deur', 'muur', 'vloer']);

/** A question's words in order: lower case, letters and digits (one-letter words left out). */
export function questionWords(text: string): string[] {
  return (text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\d/.test(w));
}

/** The form words are compared in: accents off, a plural or inflection ending off, a doubled last consonant single ("kapotte" = "kapot"). */
export function wordKey(word: string): string {
  let w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const ending of ['en', 'e', 's']) {
    if (w.endsWith(ending) && w.length - ending.length >= 4) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  if (/([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * A compound as two known words, with an optional linking "s" ("keukenkraan" → keuken + kraan,
 * "betalingsregeling" → betaling + regeling); `null` when no split has both parts known. Of several
 * splits the most even one wins.
 */
export function splitCompound(word: string, isKnown: (w: string) => boolean): [string, string] | null {
  const part = (w: string) => (w.length >= 4 || SHORT_PARTS.has(w)) && (isKnown(w) || SHORT_PARTS.has(w));
  let best: [string, string] | null = null;
  let bestScore = 0;
  for (let i = 2; i <= word.length - 2; i++) {
    const right = word.slice(i);
    if (!part(right)) continue;
    const raw = word.slice(0, i);
    const left = part(raw) ? raw : raw.endsWith('s') && part(raw.slice(0, -1)) ? raw.slice(0, -1) : null;
    if (!left) continue;
    const score = Math.min(left.length, right.length);
    if (score > bestScore) {
      best = [left, right];
      bestScore = score;
    }
  }
  return best;
}

/** What the search knows of an organization's language: its articles' words, its synonym groups and its compounds. Built once per generation. */
export interface SearchVocabulary {
  known: ReadonlySet<string>;
  /** Each group's terms, each term as its words (stop words out, negations kept). */
  groups: string[][][];
  /** Word key → the groups with a one-word term of that key. */
  byKey: ReadonlyMap<string, number[]>;
  /** Terms of several words, longest first: their word keys and group. */
  phrases: { keys: string[]; group: number }[];
  /** A word → the known compounds it is part of ("kraan" → keukenkraan, hoofdkraan). */
  compounds: ReadonlyMap<string, string[]>;
}

/** Compounds a word is listed in at most (the shortest first). */
const MAX_COMPOUNDS = 8;

export function searchVocabulary(words: Iterable<string>, synonymGroups: readonly (readonly string[])[]): SearchVocabulary {
  const known = new Set<string>();
  for (const w of words) known.add(w.toLowerCase());
  const groups = synonymGroups.map((g) => g.map((term) => questionWords(term).filter((w) => NEGATIONS.has(w) || !DUTCH_STOP_WORDS.has(w))).filter((t) => t.length > 0));
  const byKey = new Map<string, number[]>();
  const phrases: { keys: string[]; group: number }[] = [];
  groups.forEach((terms, group) => {
    for (const term of terms) {
      term.forEach((w) => known.add(w));
      if (term.length === 1) {
        const key = wordKey(term[0]);
        const list = byKey.get(key) ?? [];
        if (!list.includes(group)) list.push(group);
        byKey.set(key, list);
      } else phrases.push({ keys: term.map(wordKey), group });
    }
  });
  phrases.sort((a, b) => b.keys.length - a.keys.length);
  const compounds = new Map<string, string[]>();
  const isKnown = (w: string) => known.has(w);
  for (const w of [...known].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (w.length < 6) continue;
    const split = splitCompound(w, isKnown);
    if (!split) continue;
    for (const part of split) {
      const list = compounds.get(part) ?? [];
      if (list.length < MAX_COMPOUNDS) list.push(w);
      compounds.set(part, list);
    }
  }
  return { known, groups, byKey, phrases, compounds };
}

/** The words of a question that the vocabulary does not know: candidates for a typo correction (4 letters or more). */
export function unknownWords(text: string, vocabulary: SearchVocabulary): string[] {
  return [...new Set(questionWords(text).filter((w) => w.length >= 4 && !DUTCH_STOP_WORDS.has(w) && !vocabulary.known.has(w) && !/\d/.test(w)))];
}

/** One meaning in a question: the words it was typed as, and the ways an article may say it (each alternative: all its words). */
export interface Concept {
  typed: string[];
  alternatives: string[][];
}

/** Meanings a question counts at most, and ways of saying one. */
const MAX_CONCEPTS = 8;
const MAX_ALTERNATIVES = 32;

/**
 * The concepts of a question: phrases of a synonym group first (all their words in the question,
 * in any order), then each remaining meaningful word with its typo correction, its synonyms, its
 * compound parts and the compounds it is part of.
 */
export function questionConcepts(text: string, vocabulary: SearchVocabulary, corrections: ReadonlyMap<string, string> = new Map()): Concept[] {
  const words = questionWords(text).filter((w) => NEGATIONS.has(w) || !DUTCH_STOP_WORDS.has(w));
  const keysOf = (w: string) => {
    const c = corrections.get(w);
    return c ? [wordKey(w), wordKey(c)] : [wordKey(w)];
  };
  const used = new Array<boolean>(words.length).fill(false);
  const concepts: Concept[] = [];
  const byGroup = new Map<number, Concept>();
  for (const phrase of vocabulary.phrases) {
    const at: number[] = [];
    for (const key of phrase.keys) {
      const i = words.findIndex((w, j) => !used[j] && !at.includes(j) && keysOf(w).includes(key));
      if (i < 0) break;
      at.push(i);
    }
    if (at.length !== phrase.keys.length) continue;
    at.forEach((i) => (used[i] = true));
    const typed = at.sort((a, b) => a - b).map((i) => words[i]);
    const existing = byGroup.get(phrase.group);
    if (existing) existing.typed.push(...typed);
    else {
      const concept = { typed, alternatives: [typed, ...vocabulary.groups[phrase.group]] };
      byGroup.set(phrase.group, concept);
      concepts.push(concept);
    }
  }
  const ordered: { index: number; concept: Concept }[] = concepts.map((concept) => ({ index: words.indexOf(concept.typed[0]), concept }));
  words.forEach((w, i) => {
    if (used[i] || NEGATIONS.has(w)) return;
    const alternatives: string[][] = [[w]];
    const corrected = corrections.get(w);
    if (corrected && corrected !== w) alternatives.push([corrected]);
    // PostgreSQL's Dutch stemmer leaves plurals in -s alone: "reparaties" also looks for "reparatie".
    if (w.length > 5 && w.endsWith('s') && !w.endsWith('ss')) alternatives.push([w.slice(0, -1)]);
    for (const form of corrected ? [w, corrected] : [w]) {
      for (const group of vocabulary.byKey.get(wordKey(form)) ?? []) alternatives.push(...vocabulary.groups[group]);
      const split = splitCompound(form, (x) => vocabulary.known.has(x));
      if (split) alternatives.push(split);
      for (const compound of vocabulary.compounds.get(form) ?? []) alternatives.push([compound]);
    }
    ordered.push({ index: i, concept: { typed: [w], alternatives } });
  });
  return ordered
    .sort((a, b) => a.index - b.index)
    .slice(0, MAX_CONCEPTS)
    .map(({ concept }) => ({ typed: concept.typed, alternatives: dedupe(concept.alternatives).slice(0, MAX_ALTERNATIVES) }));
}

/**
 * A concept as `to_tsquery('dutch', …)` text: its alternatives or-ed, the words of one alternative
 * and-ed. Words are letters and digits only, so nothing typed reaches the query syntax. With
 * `prefix`, the typed word also matches as the start of a word (suggestions while typing).
 */
export function conceptQuery(concept: Concept, opts: { prefix?: boolean } = {}): string {
  const parts = concept.alternatives.map((a) => (a.length === 1 ? a[0] : `(${a.join(' & ')})`));
  if (opts.prefix) parts.push(`${concept.typed[concept.typed.length - 1]}:*`);
  return `(${parts.join(' | ')})`;
}

function dedupe(alternatives: string[][]): string[][] {
  const seen = new Set<string>();
  return alternatives.filter((a) => {
    const clean = a.filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
    if (clean.length !== a.length || clean.length === 0) return false;
    const key = a.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
