import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app/app.module';
import { openApiDocument } from '../app/create-app';

/** The committed API document and the SPA client types made from it (paths from the repository root). */
export const OPENAPI_FILE = 'openapi/loket.json';
export const CLIENT_TYPES_FILE = 'libs/web/api-types/src/lib/generated/loket.d.ts';
export const REGENERATE = 'bash scripts/openapi.sh';
export const ROOT = join(__dirname, '../../../..');

/** Objects with their keys in order (arrays keep theirs): the same code always gives the same file. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/**
 * The OpenAPI document of the application, made without a database or Redis: Nest's preview mode
 * builds the module graph (controllers, routes, DTO metadata) without creating any provider.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  try {
    app.setGlobalPrefix('api/v1');
    return sorted(openApiDocument(app)) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The document as committed: pretty, sorted, with a final newline. */
export async function renderOpenApi(): Promise<string> {
  return `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`;
}

/**
 * The SPA client's types, made by the openapi-typescript command from the document text (its own
 * process: openapi-typescript is an ES module with ES-only dependencies).
 */
export function renderClientTypes(documentText: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loket-openapi-'));
  try {
    writeFileSync(join(dir, 'loket.json'), documentText);
    const run = spawnSync(join(ROOT, 'node_modules/.bin/openapi-typescript'), [join(dir, 'loket.json'), '--alphabetize', '--default-non-nullable=false', '--array-length', '--output', join(dir, 'loket.d.ts')], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`openapi-typescript failed:\n${run.stderr || run.stdout}`);
    return readFileSync(join(dir, 'loket.d.ts'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const committed = (file: string) => readFileSync(join(ROOT, file), 'utf8');
