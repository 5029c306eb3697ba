// A worker for pool.test.ts: doubles numbers, fails on negative ones (with personal-looking text), counts its tasks.
import { serveTasks } from '../../src/util/index.ts';

let handled = 0;
serveTasks<number | 'count' | 'exit', number>((n, data) => {
  if (n === 'count') return handled;
  if (n === 'exit') process.exit(3);
  handled++;
  if (n < 0) throw new RangeError(`secret ${n}`);
  return n * 2 + (data as number);
});
