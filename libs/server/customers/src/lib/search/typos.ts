const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every word one edit away (a letter left out, added, changed, or two letters swapped):
 * most typos in a name. Looked up as exact dictionary words, that is a few hundred index
 * probes instead of a similarity scan.
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out].filter((w) => w.length > 0);
}
