import MarkdownIt from 'markdown-it';
import type { ReadabilityDto } from './knowledge-base.responses.dto';

/**
 * Markdown to safe HTML: raw HTML is escaped, never passed through, and markdown-it's link
 * validation refuses javascript:, vbscript:, file: and data: URLs (those links stay text).
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
const defaultLinkOpen = md.renderer.rules['link_open'] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  // Links leave Loket safely: no opener access, no referrer.
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(body: string): string {
  return md.render(body);
}

/** The text of a Markdown body, for readability and search (markup removed). */
export function plainText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)]\([^)]*\)/g, '$1')
    .replace(/^[#>*\-+\s]+|[*_`~]/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const VOWEL_GROUP = /(ij|ei|ui|ou|au|oe|ie|eu|aa|ee|oo|uu|[aeiouyáéíóúàèëïöü])+/gi;

/** Dutch syllables, counted as vowel groups (ij, ei, ui, oe, … count once): close enough for a readability score. */
export function syllables(word: string): number {
  return Math.max(1, (word.toLowerCase().match(VOWEL_GROUP) ?? []).length);
}

/** A sentence of more than this many words is too long for B1, whatever the score. */
export const B1_MAX_SENTENCE_WORDS = 25;

/**
 * Flesch-Douma (the Dutch Flesch): 206.835 − 0.77 × syllables per 100 words − 0.93 × words per
 * sentence. Around 60 and higher reads at B1 or easier, unless a sentence has more than 25 words:
 * such a text is never called B1, and each such sentence is pointed out (with the longest others).
 * Lines (list items, headings) end a sentence too.
 */
export function readability(body: string, title = ''): ReadabilityDto {
  const sentences = [title, ...body.split(/\n+/)]
    .map(plainText)
    .flatMap((line) => line.split(/(?<=[.!?:;])\s+/))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const words = (s: string) => s.match(/\p{L}[\p{L}\d'-]*/gu) ?? [];
  const allWords = sentences.flatMap(words);
  if (allWords.length === 0) return { score: 100, level: 'B1 or easier', averageSentenceWords: 0, tooLongSentences: 0, longestSentences: [] };
  const perSentence = allWords.length / sentences.length;
  const perHundred = (allWords.reduce((n, w) => n + syllables(w), 0) / allWords.length) * 100;
  const score = Math.round((206.835 - 0.77 * perHundred - 0.93 * perSentence) * 10) / 10;
  const long = sentences
    .map((s) => ({ text: s, words: words(s).length }))
    .filter((s) => s.words > 15)
    .sort((a, b) => b.words - a.words)
    .map((s) => ({ ...s, tooLong: s.words > B1_MAX_SENTENCE_WORDS }));
  const tooLongSentences = long.filter((s) => s.tooLong).length;
  return {
    score,
    level: score >= 60 && tooLongSentences === 0 ? 'B1 or easier' : 'above B1',
    averageSentenceWords: Math.round(perSentence * 10) / 10,
    tooLongSentences,
    longestSentences: long.slice(0, Math.max(3, Math.min(tooLongSentences, 10))),
  };
}

/** ts_headline marks the words with \u0001…\u0002; everything is escaped, then the marks become <mark>. */
export function safeSnippet(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
  return escaped.split(String.fromCharCode(1)).join('<mark>').split(String.fromCharCode(2)).join('</mark>');
}
