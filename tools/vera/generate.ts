import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CSV_FILE, GENERATED_FILE, ROOT, SHARED_CSV, read, renderReferentiedata } from './referentiedata';

/**
 * Refreshes the committed copy of VERA's Referentiedata.csv from ../shared/vera (when that is
 * beside the repository) and writes the typed module of VERA codes from the committed copy.
 */
function main(): void {
  const shared = join(ROOT, SHARED_CSV);
  if (existsSync(shared)) {
    const text = readFileSync(shared, 'utf8');
    if (text !== read(CSV_FILE)) {
      writeFileSync(join(ROOT, CSV_FILE), text);
      console.log(`copied ${SHARED_CSV} to ${CSV_FILE}`);
    }
  }
  const generated = renderReferentiedata(read(CSV_FILE));
  mkdirSync(dirname(join(ROOT, GENERATED_FILE)), { recursive: true });
  writeFileSync(join(ROOT, GENERATED_FILE), generated);
  console.log(`wrote ${GENERATED_FILE}`);
}

main();
