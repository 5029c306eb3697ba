// The file-size rule as data (like layers.ts): no file in src/ over MAX_LINES lines, except the data and generated
// files named in LONG_FILES with the reason. Checked by file-size.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const MAX_LINES = 600;

/** Files under src/ allowed over MAX_LINES (path relative to src/, with the reason). */
export const LONG_FILES: Readonly<Record<string, string>> = {
  'law/coverage/wi2021.rows.ts': 'data: the coverage table of the Wi2021, one row per provision',
  'law/coverage/other.rows.ts':
    'data: the coverage table of the 2013 regime, the transition and the other laws, one row per provision',
  'web/styles.css':
    'the stylesheet of the checker and the workspace (not code): one file, so the cascade reads in order',
};

const SOURCE = /\.(ts|tsx|js|mjs|cjs|css|sql)$/;

function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The files under `root` longer than `max` lines that `allowed` does not name, as "path: n lines". */
export function overLong(root: string, allowed: Readonly<Record<string, string>>, max = MAX_LINES): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) {
        const rel = relative(root, path).split('\\').join('/');
        const n = lineCount(readFileSync(path, 'utf8'));
        if (n > max && !(rel in allowed)) out.push(`${rel}: ${n} lines`);
      }
    }
  };
  walk(root);
  return out;
}
