import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The data is guarded like the imports: SQL lives only in a module's repository files, and a
 * module's SQL names only the tables it owns (those of its entities). Reads across modules go
 * through the owning module's public service or a view it publishes.
 *
 * The two exception lists below ended empty and must stay so: a new crossing fails the test,
 * and so would an entry that is no longer needed.
 */
const root = join(__dirname, '../..');

/** Files outside a repository that still run or hold SQL (module → files under its src/lib). */
const SQL_OUTSIDE_REPOSITORIES: Record<string, string[]> = {};

/** Tables a module's SQL names although another module owns them (module → tables). */
const FOREIGN_TABLES: Record<string, string[]> = {};

/** Files allowed to run SQL although they are no repository; each names no table. */
const SQL_INFRASTRUCTURE = [
  // The base every repository builds on: it runs the statements the repositories write.
  'libs/server/platform/src/lib/database/repository.ts',
  // Batches of log rows (access log, searches) are written in a short transaction of their own, apart
  // from any use case, with `SET LOCAL synchronous_commit TO OFF`; the INSERT itself is the subclass's repository's.
  'libs/server/platform/src/lib/database/batched-writer.ts',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const isRepository = (path: string) => /\.repository\.ts$/.test(path) || /\/repositories\//.test(path);

const modules = readdirSync(join(root, 'libs/server')).filter((m) => statSync(join(root, 'libs/server', m)).isDirectory());
const sources = new Map(modules.map((m) => [m, files(join(root, 'libs/server', m, 'src'))]));

const owned = new Map<string, Set<string>>(
  modules.map((m) => [
    m,
    new Set(
      (sources.get(m) ?? []).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/@(?:View)?Entity\(\s*(?:\{\s*name:\s*)?'([a-z_]+)'/g)].map((x) => x[1]),
      ),
    ),
  ]),
);
const allTables = new Set([...owned.values()].flatMap((s) => [...s]));

/** Table names in SQL keywords position (the house writes SQL keywords in capitals). */
function tablesNamed(code: string): Set<string> {
  const out = new Set<string>();
  for (const m of withoutComments(code).matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE|EXISTS)\s+([a-z_]+)\b/g)) {
    if (allTables.has(m[1])) out.add(m[1]);
  }
  return out;
}

describe('data boundaries', () => {
  it('knows which tables each module owns', () => {
    expect(owned.get('customers')).toContain('customers');
    expect(owned.get('callbacks')).toContain('callbacks');
    expect(allTables.size).toBeGreaterThan(30);
  });

  it('keeps SQL in repository files', () => {
    const found: Record<string, string[]> = {};
    for (const [m, list] of sources) {
      for (const f of list) {
        const rel = relative(root, f);
        if (isRepository(f) || SQL_INFRASTRUCTURE.includes(rel)) continue;
        const code = withoutComments(readFileSync(f, 'utf8'));
        if (/\.query\s*[<(]/.test(code) || tablesNamed(code).size > 0) {
          (found[m] ??= []).push(relative(join(root, 'libs/server', m, 'src/lib'), f));
        }
      }
    }
    for (const list of Object.values(found)) list.sort();
    expect(found).toEqual(SQL_OUTSIDE_REPOSITORIES);
  });

  it('lets a module name only its own tables', () => {
    const found: Record<string, string[]> = {};
    for (const [m, list] of sources) {
      const mine = owned.get(m) ?? new Set<string>();
      const foreign = new Set<string>();
      for (const f of list) for (const t of tablesNamed(readFileSync(f, 'utf8'))) if (!mine.has(t)) foreign.add(t);
      if (foreign.size) found[m] = [...foreign].sort();
    }
    expect(found).toEqual(FOREIGN_TABLES);
  });

  it('runs no SQL in the worker app', () => {
    const offenders = files(join(root, 'apps/worker/src')).filter((f) => /\.query\s*[<(]/.test(withoutComments(readFileSync(f, 'utf8'))));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
