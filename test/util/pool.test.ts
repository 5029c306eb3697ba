// The one worker pool: tasks spread over the workers, answers come back to their task, a failure reports only the
// kind of error, a stopped worker fails its task, and `each` reaches every worker once.
import { describe, expect, it } from 'vitest';
import { PoolError, WorkerPool } from '../../src/util/index.ts';

const ECHO = new URL('./echo-worker.ts', import.meta.url);

describe('WorkerPool', () => {
  it('answers each task with its own result and spreads tasks over the workers', async () => {
    const pool = await WorkerPool.start<number | 'count', number>(ECHO, { size: 2, data: 1 });
    try {
      expect(pool.size).toBe(2);
      const inputs = Array.from({ length: 40 }, (_, i) => i);
      expect(await Promise.all(inputs.map((i) => pool.run(i)))).toEqual(inputs.map((i) => i * 2 + 1));
      const counts = await pool.each('count');
      expect(counts).toHaveLength(2);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('reports a failed task by the kind of error only, and keeps working', async () => {
    const pool = await WorkerPool.start<number, number>(ECHO, { size: 1, data: 0 });
    try {
      const failed = pool.run(-7);
      await expect(failed).rejects.toThrow(PoolError);
      await expect(failed).rejects.toThrow(/^RangeError$/);
      expect(await pool.run(3)).toBe(6);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails the task of a worker that stops, and refuses work once closed', async () => {
    const pool = await WorkerPool.start<number | 'exit', number>(ECHO, { size: 1, data: 0 });
    await expect(pool.run('exit')).rejects.toThrow(/exit code 3/);
    await expect(pool.run(1)).rejects.toThrow(PoolError);
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow(/closed/);
  }, 60_000);

  it('fails to start on a module that cannot load, leaving no thread behind', async () => {
    await expect(
      WorkerPool.start(new URL('./no-such-worker.ts', import.meta.url), { size: 2 }),
    ).rejects.toThrow(/no-such-worker/);
  }, 60_000);
});
