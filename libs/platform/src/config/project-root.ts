import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repo root, from source (ts) or from dist/ alike: shipped files (config/, fixtures) live there. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && fs.readFileSync(manifest, 'utf8').includes('"name": "deadline-watch"'))
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
