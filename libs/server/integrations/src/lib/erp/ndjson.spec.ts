import { Readable } from 'node:stream';
import { ndjsonLines } from './ndjson';

async function lines(chunks: (string | Buffer)[], max = 100) {
  const out = [];
  for await (const l of ndjsonLines(Readable.from(chunks), max)) out.push(l);
  return out;
}

describe('ndjsonLines', () => {
  it.each<[string, (string | Buffer)[], { lineNo: number; text: string | null }[]]>([
    ['lines across chunks', ['{"a":', '1}\n{"b"', ':2}\n'], [{ lineNo: 1, text: '{"a":1}' }, { lineNo: 2, text: '{"b":2}' }]],
    ['no final newline', ['x\ny'], [{ lineNo: 1, text: 'x' }, { lineNo: 2, text: 'y' }]],
    ['CRLF and blank lines keep the numbering', ['a\r\n\r\n\nb\r\n'], [{ lineNo: 1, text: 'a' }, { lineNo: 4, text: 'b' }]],
    ['a multi-byte character split between chunks', [Buffer.from([0x22, 0xc3]), Buffer.from([0xab, 0x22, 0x0a])], [{ lineNo: 1, text: '"ë"' }]],
    ['an overlong line is dropped, the next one read', ['a'.repeat(60), 'a'.repeat(60), '\nok\n'], [{ lineNo: 1, text: null }, { lineNo: 2, text: 'ok' }]],
    ['an overlong last line without newline', ['short\n', 'b'.repeat(150)], [{ lineNo: 1, text: 'short' }, { lineNo: 2, text: null }]],
  ])('%s', async (_name, chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });
});
