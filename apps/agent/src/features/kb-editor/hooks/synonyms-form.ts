/** The API keeps at most this many groups. */
export const MAX_SYNONYM_GROUPS = 500;

/** Synonym groups as the editor writes them: one group per line, the words separated by commas. */
export function formatSynonyms(groups: string[][]): string {
  return groups.map((group) => group.join(', ')).join('\n');
}

/** The text of the form as groups; empty lines and empty words are left out. */
export function parseSynonyms(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.split(',').map((word) => word.trim()).filter(Boolean))
    .filter((group) => group.length > 0);
}

/** Line numbers (from 1) with only one word: a group needs two words to mean anything. */
export function linesWithOneWord(text: string): number[] {
  return text
    .split('\n')
    .map((line, index) => ({ words: line.split(',').filter((word) => word.trim()).length, line: index + 1 }))
    .filter((entry) => entry.words === 1)
    .map((entry) => entry.line);
}
