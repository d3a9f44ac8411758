import type { Config } from 'jest';
import { readFileSync } from 'node:fs';

// Library aliases from tsconfig.base.json, so tests import libraries the way the apps do.
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  transform: { '^.+\\.(t|j)s$': swc },
  // @fastify/static pulls in the ESM-only content-disposition; @faker-js/faker (the reference ERP's data) is ESM-only too.
  transformIgnorePatterns: ['/node_modules/(?!(.*/)?(content-disposition|@faker-js/faker)/)'],
  roots: ['<rootDir>/apps/api', '<rootDir>/apps/worker', '<rootDir>/libs/server', '<rootDir>/libs/shared', '<rootDir>/tools', '<rootDir>/bench'],
};

const config: Config = {
  // Real PostgreSQL, Redis and password hashing on a shared 2-core machine: 5 s is too tight for a setup
  // (a hook's `beforeAll` too). A global option: Jest ignores it inside a project.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/tools/jest/global-setup.ts',
      setupFiles: ['<rootDir>/tools/jest/env.ts'],
    },
  ],
};

export default config;
