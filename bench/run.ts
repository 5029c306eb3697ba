/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so one bench's memory and JIT state do not
 * colour the next), in name order. `npm run bench -- engine` runs only the benches whose name contains 'engine'.
 *
 * A bench whose first line is `// bench: bundle` is first bundled with esbuild into bench/.build/ and run as plain
 * JavaScript, the way a production build runs it: tsx's on-the-fly transform keeps function names with a wrapper
 * call on every closure, which costs the engine a fifth of its speed and is not what a deployment executes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const benches = readdirSync(here)
  // The soak runs ten minutes: only when named (`npm run bench -- soak`), so a bare `npm run bench` stays bounded.
  .filter((f) => f.endsWith('.bench.ts') && (filter ? f.includes(filter) : !f.startsWith('soak')))
  .sort();
let failed = 0;
for (const b of benches) {
  console.log(`# ${b}`);
  const src = join(here, b);
  let args: string[];
  if (readFileSync(src, 'utf8').startsWith('// bench: bundle')) {
    const out = join(here, '.build', b.replace(/\.ts$/, '.mjs'));
    mkdirSync(dirname(out), { recursive: true });
    buildSync({
      entryPoints: [src],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: out,
      packages: 'external',
      logLevel: 'warning',
    });
    args = [out];
  } else {
    args = ['--import', 'tsx', src];
  }
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
