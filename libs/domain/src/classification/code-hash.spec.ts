import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLASSIFIER_CODE_HASH } from './code-hash';

const DOMAIN = join(__dirname, '..');
const ROOTS = ['classification', 'parties'];
/** Our patches to the NLP packages (patch-package applies them on install) change readings as code does. */
const PATCHES = join(DOMAIN, '../../../patches');
const NLP_PATCH = /^wink-/;
/** Not part of what decides a result: the hash itself, tests, and the evaluation tooling. */
const LEFT_OUT =
  /(?:\.spec\.ts$|\/behaviour\/|code-hash\.ts$|evaluation\.ts$|run-comparison\.ts$|holdout\.ts$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function codeHash(): string {
  const hash = createHash('sha256');
  const files = ROOTS.flatMap((root) => sourceFiles(join(DOMAIN, root)))
    .map((file) => relative(DOMAIN, file).split('\\').join('/'))
    .filter((file) => !LEFT_OUT.test(file))
    .sort();
  for (const file of files)
    hash.update(`${file}\0${readFileSync(join(DOMAIN, file), 'utf8').replace(/\r\n/g, '\n')}\0`);
  const patches = readdirSync(PATCHES)
    .filter((name) => NLP_PATCH.test(name))
    .sort();
  for (const name of patches)
    hash.update(`patches/${name}\0${readFileSync(join(PATCHES, name), 'utf8').replace(/\r\n/g, '\n')}\0`);
  return hash.digest('hex').slice(0, 12);
}

describe('the classifier version', () => {
  it('covers its code: CLASSIFIER_CODE_HASH matches the classification and party-matcher sources and the NLP patches', () => {
    const actual = codeHash();
    if (actual !== CLASSIFIER_CODE_HASH)
      throw new Error(
        `the classifier's code changed: set CLASSIFIER_CODE_HASH in libs/domain/src/classification/code-hash.ts to '${actual}' (the classifier version changes with it, so a backfill re-classifies)`,
      );
  });
});
