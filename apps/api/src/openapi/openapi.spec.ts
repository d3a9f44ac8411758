import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLIENT_TYPES_FILE, OPENAPI_FILE, REGENERATE, ROOT, committed, renderClientTypes, renderOpenApi } from './openapi';

/**
 * The API contract is closed at both ends: the committed document (openapi/loket.json) is what the
 * code generates, the SPA client's types are what the document gives, and Spectral finds no errors.
 */
describe('the committed API document', () => {
  let generated = '';
  beforeAll(async () => {
    generated = await renderOpenApi();
  }, 30_000);

  const differs = (file: string) => `${file} differs from the code. Run \`${REGENERATE}\` and commit the result.`;

  it('is what the code generates', () => {
    const same = committed(OPENAPI_FILE) === generated;
    if (!same) throw new Error(differs(OPENAPI_FILE));
    expect(same).toBe(true);
  });

  it('gives the client types that are committed (the SPAs and the test harness share them)', () => {
    const same = committed(CLIENT_TYPES_FILE) === renderClientTypes(committed(OPENAPI_FILE));
    if (!same) throw new Error(differs(CLIENT_TYPES_FILE));
    expect(same).toBe(true);
  }, 30_000);

  it('passes Spectral (spectral:oas) without errors', () => {
    const lint = spawnSync(join(ROOT, 'node_modules/.bin/spectral'), ['lint', OPENAPI_FILE, '--fail-severity=error', '--format=text'], { cwd: ROOT, encoding: 'utf8' });
    const errors = lint.stdout.split('\n').filter((line) => / error /.test(line));
    if (lint.status !== 0) throw new Error(`Spectral found errors in ${OPENAPI_FILE}:\n${errors.join('\n') || lint.stdout || lint.stderr}`);
    expect(lint.status).toBe(0);
  }, 60_000);

  it('documents a typed answer and the Problem errors of every operation', () => {
    const doc = JSON.parse(generated) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>> };
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const codes = Object.keys(op.responses);
        const success = codes.filter((c) => c.startsWith('2'));
        const typed = success.some((c) => c === '204' || Object.values(op.responses[c].content ?? {}).some((m) => m.schema));
        const problems = codes.filter((c) => /^[45]/.test(c)).every((c) => path.endsWith('/health') || op.responses[c].content?.['application/problem+json']);
        if (!typed || !problems) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
