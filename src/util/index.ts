// Generic, domain-free helpers shared by the layers that need them: one worker pool, one CSV writer, one LRU cache.

export { csvField, csvText } from './csv.ts';
export { LruCache, type LruOptions } from './lru.ts';
export { PoolError, type PoolOptions, type ServeOptions, serveTasks, WorkerPool } from './pool.ts';
