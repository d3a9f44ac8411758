import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Lints a made-up file placed inside a library, as if someone had written it there. */
async function lint(file: string, code: string): Promise<string[]> {
  // ESLint runs as the CLI does (its config loader needs native ES modules, which Jest's sandbox lacks).
  const run = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', join(root, file)], {
    cwd: root,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  jest.setTimeout(60_000);

  it('forbid a module from importing another module', async () => {
    const messages = await lint('libs/server/customers/src/lib/probe.ts', "import { AuthService } from '@loket/server/identity';\nexport const x = AuthService;\n");
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries: A project tagged with "scope:customers" can only depend on/);
  });

  it('forbid deep imports into a library’s internals', async () => {
    const messages = await lint('apps/api/src/probe.ts', "import { CustomersService } from '@loket/server/customers/src/lib/customers.service';\nexport const x = CustomersService;\n");
    expect(messages.join('\n')).toMatch(/no-restricted-imports/);
  });

  it('forbid reaching into another library by a relative path', async () => {
    const messages = await lint('libs/server/customers/src/lib/probe.ts', "import { AuthService } from '../../../identity/src/lib/auth.service';\nexport const x = AuthService;\n");
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
  });

  it('allow a module to use the platform and shared contracts', async () => {
    const messages = await lint('libs/server/customers/src/lib/probe.ts', "import { NotFoundError } from '@loket/server/platform';\nimport { CHANNELS } from '@loket/shared/contracts';\nexport const x = [NotFoundError, CHANNELS];\n");
    expect(messages.filter((m) => m.includes('boundaries') || m.includes('restricted'))).toEqual([]);
  });
});
