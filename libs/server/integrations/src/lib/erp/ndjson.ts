import { StringDecoder } from 'node:string_decoder';

export interface NdjsonLine {
  /** 1-based, counting every line of the body (blank ones too). */
  lineNo: number;
  /** The line without its line break; null when it was longer than allowed (its text is dropped). */
  text: string | null;
}

/**
 * The lines of an NDJSON body as they stream in, never more than one line (of at most `maxChars`
 * characters) in memory: a longer line is dropped while it streams and reported with `text: null`.
 * Blank lines are skipped; `\r\n` line ends are accepted.
 */
export async function* ndjsonLines(source: AsyncIterable<Buffer | string>, maxChars: number): AsyncGenerator<NdjsonLine> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 0;
  let overlong = false;
  const emit = (raw: string): NdjsonLine | null => {
    lineNo += 1;
    if (overlong) {
      overlong = false;
      return { lineNo, text: null };
    }
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.length > maxChars) return { lineNo, text: null };
    return text.trim() === '' ? null : { lineNo, text };
  };
  const split = function* (chunk: string): Generator<NdjsonLine> {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const line = emit(rest + chunk.slice(start, nl));
      rest = '';
      start = nl + 1;
      if (line) yield line;
    }
    rest += chunk.slice(start);
    if (rest.length > maxChars) {
      overlong = true;
      rest = '';
    }
  };
  for await (const chunk of source) yield* split(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  yield* split(decoder.end());
  if (rest !== '' || overlong) {
    const line = emit(rest);
    if (line) yield line;
  }
}
