import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLIENT_TYPES_FILE, OPENAPI_FILE, ROOT, renderClientTypes, renderOpenApi } from '../openapi/openapi';

/** Writes openapi/loket.json and the SPA client's types from the code (no database needed). */
async function main(): Promise<void> {
  const document = await renderOpenApi();
  const types = renderClientTypes(document);
  for (const [file, text] of [[OPENAPI_FILE, document], [CLIENT_TYPES_FILE, types]] as const) {
    mkdirSync(dirname(join(ROOT, file)), { recursive: true });
    writeFileSync(join(ROOT, file), text);
    console.log(`wrote ${file}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
