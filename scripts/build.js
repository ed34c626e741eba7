#!/usr/bin/env node
// Transpiles the TypeScript tree to dist/ with swc (about a second) so `npm start`
// is quick; type checking is `npm run check`'s job.
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '..');
const outRoot = path.join(root, 'dist');
const sourceDirs = ['apps', 'libs', 'bench', 'scripts'];
const aliases = {
  '@dw/domain': 'libs/domain/src',
  '@dw/feeds': 'libs/feeds/src',
  '@dw/contracts': 'libs/contracts/src',
  '@dw/platform': 'libs/platform/src',
};
const baseConfig = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete baseConfig.$schema;

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.spec.ts'))
      yield full;
  }
}

function rewriteAliases(code, outFile) {
  return code.replace(/require\((["'])(@dw\/[a-z]+)(\/[^"']*)?\1\)/g, (match, quote, alias, rest) => {
    const target = aliases[alias];
    if (!target) return match;
    let rel = path.relative(
      path.dirname(outFile),
      path.join(outRoot, target, rest ? rest.slice(1) : 'index'),
    );
    if (!rel.startsWith('.')) rel = './' + rel;
    return `require(${quote}${rel.split(path.sep).join('/')}${quote})`;
  });
}

function copyAssets(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(full);
    else if (
      /\.(hbs|html|css|json|ya?ml|txt|jsonl|js)$/.test(entry.name) &&
      !full.includes(`${path.sep}scripts${path.sep}`)
    ) {
      const out = path.join(outRoot, path.relative(root, full));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.copyFileSync(full, out);
    }
  }
}

const started = Date.now();
let count = 0;
for (const dir of sourceDirs) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) continue;
  for (const file of walk(abs)) {
    const rel = path.relative(root, file);
    const outFile = path.join(outRoot, rel.replace(/\.ts$/, '.js'));
    const { code, map } = swc.transformFileSync(file, {
      ...baseConfig,
      filename: file,
      swcrc: false,
      sourceFileName: path.relative(path.dirname(outFile), file),
    });
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(
      outFile,
      rewriteAliases(code, outFile) + `\n//# sourceMappingURL=${path.basename(outFile)}.map\n`,
    );
    if (map) fs.writeFileSync(outFile + '.map', map);
    count++;
  }
  copyAssets(abs);
}
if (process.env.BUILD_VERBOSE) console.log(`built ${count} files in ${Date.now() - started} ms`);
