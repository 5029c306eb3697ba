// Generic, domain-free helpers shared by the layers that need them: one worker pool, one CSV writer, one LRU cache.
export { PoolError, type PoolOptions, type ServeOptions, serveTasks, WorkerPool } from './pool.ts';
