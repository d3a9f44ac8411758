import { readability, renderMarkdown, safeSnippet, syllables } from './text';

const sentenceOf = (n: number) => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'U' : 'bel')).join(' ')}.`;

describe('safe Markdown', () => {
  it('renders a script inert and refuses javascript: links', () => {
    const html = renderMarkdown('Hallo <script>alert(1)</script>\n\n[klik](javascript:alert(1)) en [site](https://www.example.nl)\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://www.example.nl" rel="noopener noreferrer">site</a>');
  });

  it('escapes snippets except the marks it places', () => {
    expect(safeSnippet('Een \u0001lekkage\u0002 <b>melden</b>')).toBe('Een <mark>lekkage</mark> &lt;b&gt;melden&lt;/b&gt;');
  });
});

describe('readability (Flesch-Douma)', () => {
  it('counts Dutch syllables by vowel groups', () => {
    expect(syllables('huur')).toBe(1);
    expect(syllables('opzeggen')).toBe(3);
    expect(syllables('reparatieverzoek')).toBe(6);
    expect(syllables('ijs')).toBe(1);
  });

  it('scores short plain sentences as B1 and long official ones above, pointing out the longest', () => {
    const plain = readability('U belt ons. Wij komen snel. De monteur maakt de kraan. Dat kost u niets.');
    expect(plain.level).toBe('B1 or easier');
    expect(plain.score).toBeGreaterThan(60);
    const hard = readability(
      'Indien de huurovereenkomst door de huurder wordt beëindigd, dient de opzegging schriftelijk en met inachtneming van de wettelijke opzegtermijn van ten minste één maand te geschieden, waarbij de verhuurder gerechtigd is de woning voorafgaand aan de beëindiging te inspecteren.',
    );
    expect(hard.level).toBe('above B1');
    expect(hard.longestSentences[0].words).toBeGreaterThan(30);
  });

  it.each([
    ['26 easy words in one sentence', `${sentenceOf(26)} Wij komen snel.`, 'above B1', 1],
    ['25 words is still fine', `${sentenceOf(25)} Wij komen snel. Dat kost niets. U belt ons. Wij zijn er.`, 'B1 or easier', 0],
    ['two long sentences among short ones', `${sentenceOf(30)} Wij komen. ${sentenceOf(27)} Dat kost niets.`, 'above B1', 2],
    ['list items without full stops are sentences of their own', Array.from({ length: 8 }, () => '- Bel ons op tijd').join('\n'), 'B1 or easier', 0],
  ])('%s', (_name, body, level, tooLong) => {
    const r = readability(body);
    expect(r.level).toBe(level);
    expect(r.tooLongSentences).toBe(tooLong);
    expect(r.longestSentences.filter((s) => s.tooLong)).toHaveLength(tooLong);
    expect(r.longestSentences.every((s) => s.tooLong === s.words > 25)).toBe(true);
  });
});
