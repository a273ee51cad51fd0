import { SohoaError } from '@sohoa/base';
import { Redis } from 'ioredis';
import type { QueueErrorCode } from '../errors/queue-error-codes.js';
import { redisFailure } from './redis-failure.js';

/**
 * Where the job queue lives: the Redis server and the queue's name in it. Every command and
 * worker of one deployment uses the same values.
 *
 * @example
 * ```ts
 * const connection: QueueConnection = { redis: 'redis://10.0.0.5:6379', queueName: 'sohoa' };
 * ```
 */
export interface QueueConnection {
  /** The Redis URL: `redis://[user:password@]host:port[/db]` (`rediss://` for TLS). */
  redis: string;
  /** The BullMQ queue's name. @default 'sohoa' */
  queueName?: string | undefined;
  /** The prefix of the queue's keys in Redis. @default 'bull' */
  prefix?: string | undefined;
  /**
   * How long a command (`submit`, `status`, `retry`, and `work` as it starts) waits for the Redis
   * server to accept the connection or to answer one request, in milliseconds, before it fails
   * with `QUEUE_UNREACHABLE`. A running worker's own connection waits for Redis to come back instead.
   * @default 5000
   */
  timeoutMs?: number | undefined;
}

/**
 * How long a command waits for Redis by default (see {@link QueueConnection.timeoutMs}).
 *
 * @example
 * ```ts
 * const redis = await connectRedis('redis://127.0.0.1:6379', QUEUE_TIMEOUT_MS_DEFAULT);
 * ```
 */
export const QUEUE_TIMEOUT_MS_DEFAULT = 5000;

/**
 * The queue name used when none is given.
 *
 * @example
 * ```ts
 * new Queue(DEFAULT_QUEUE_NAME, { connection: { url: 'redis://127.0.0.1:6379' } });
 * ```
 */
export const DEFAULT_QUEUE_NAME = 'sohoa';

/**
 * The start of every Redis key of the queue (`<prefix>:<queueName>`), as BullMQ names them:
 * `<start>:<jobId>` is a job's hash, `<start>:completed` the set of completed jobs, and so on.
 *
 * @example
 * ```ts
 * queueKeyPrefix({ redis, queueName: 'sohoa' }); // 'bull:sohoa'
 * ```
 */
export function queueKeyPrefix(connection: QueueConnection): string {
  return `${connection.prefix ?? 'bull'}:${connection.queueName ?? DEFAULT_QUEUE_NAME}`;
}

/** BullMQ's connection options for a Redis URL: no per-request retry limit (what workers need). */
export function bullConnection(redis: string): { url: string; maxRetriesPerRequest: null } {
  return { url: redis, maxRetriesPerRequest: null };
}

/**
 * BullMQ's connection options for a command that adds or changes jobs and then ends (`submit`,
 * `retry`): a lost server fails the call at once instead of queueing it for a reconnection that
 * may never come (no offline queue, one retry per request, reconnection given up after about 2 s),
 * and a server that stops answering (frozen, or the network cut without a reset) fails a request
 * after `timeoutMs`.
 *
 * @example
 * ```ts
 * const flows = new FlowProducer({ connection: producerConnection('redis://127.0.0.1:6379') });
 * ```
 */
export function producerConnection(redis: string, timeoutMs = QUEUE_TIMEOUT_MS_DEFAULT) {
  return {
    url: redis,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    retryStrategy: (times: number) => (times > 3 ? null : 200 * times),
  };
}

/**
 * The error of a queue command whose Redis server stopped answering part-way, saying how far it
 * got; an error that is already a `SohoaError` (a batch not found…) is returned as it is.
 *
 * @example
 * ```ts
 * throw queueLost(
 *   'redis://127.0.0.1:6379',
 *   error,
 *   { vi: 'đã gửi 12 trên 40 hồ sơ', en: '12 of 40 dossiers were submitted' },
 *   { vi: 'chạy lại đúng lệnh "sohoa queue submit" đó', en: 'run the same "sohoa queue submit" again' },
 * );
 * ```
 */
export function queueLost(
  url: string,
  error: unknown,
  progress: { vi: string; en: string },
  again: { vi: string; en: string },
  timeoutMs = QUEUE_TIMEOUT_MS_DEFAULT,
): SohoaError {
  if (SohoaError.isInstance(error)) return error;
  const server = redactPassword(url);
  const failure = redisFailure(error, url, timeoutMs);
  return new SohoaError<QueueErrorCode>({
    code: failure.code,
    message: {
      vi: `Máy chủ Redis ${server} của hàng đợi đã ngừng trả lời (${failure.what.vi}); ${progress.vi}.`,
      en: `The Redis server ${server} of the job queue stopped answering (${failure.what.en}); ${progress.en}.`,
    },
    fix: {
      vi: `Khởi động lại máy chủ Redis (hoặc khôi phục mạng), rồi ${again.vi}: phần việc đã làm sẽ không bị làm lại.`,
      en: `Start the Redis server again (or restore the network), then ${again.en}: what was already done is not done twice.`,
    },
    details: { url: server, reason: failure.reason },
    cause: error,
  });
}

/**
 * Closes a BullMQ producer without waiting more than `ms` for a server that is gone: past `ms` it
 * is disconnected, and that too is waited for `ms` at most (the disconnection of a producer whose
 * server died before its first request never settles).
 *
 * @example
 * ```ts
 * await closeWithin(flows, 2000);
 * ```
 */
export async function closeWithin(
  closable: { close(): Promise<void>; disconnect(): Promise<void> },
  ms = 2000,
): Promise<void> {
  const within = async (step: Promise<void>): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    const done = await Promise.race([step.then(() => true).catch(() => false), late]);
    clearTimeout(timer);
    return done;
  };
  if (!(await within(closable.close()))) await within(closable.disconnect());
}

/**
 * Opens a plain Redis client on the queue's server and checks that it answers, failing fast
 * (within `timeoutMs`) with `QUEUE_UNREACHABLE` instead of retrying forever. Every later request
 * of the client also fails after `timeoutMs` without an answer (a server that froze or whose
 * network was cut without a reset), rather than waiting for ever.
 *
 * @example
 * ```ts
 * import { connectRedis } from '@sohoa/queue';
 *
 * const redis = await connectRedis('redis://127.0.0.1:6379');
 * await redis.quit();
 * ```
 */
export async function connectRedis(url: string, timeoutMs = QUEUE_TIMEOUT_MS_DEFAULT): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => (times > 3 ? null : 200 * times),
  });
  // Connection errors reject the calls below (as "Connection is closed." once ioredis gives up):
  // the first one says why. Without a listener ioredis would also print them.
  let first: unknown;
  redis.on('error', (error: unknown) => {
    first ??= error;
  });
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw redisError(error, url, timeoutMs, first);
  }
}

/**
 * The `SohoaError` of a Redis server that cannot be used, as {@link redisFailure} words it:
 * `QUEUE_AUTH_FAILED` (a password missing or refused) or `QUEUE_UNREACHABLE` (refused, unknown
 * host, no answer within `timeoutMs`, closed, not a Redis server), the client's text in
 * `details.reason`.
 */
function redisError(error: unknown, url: string, timeoutMs: number, cause: unknown): SohoaError {
  const server = redactPassword(url);
  const failure = redisFailure(error, url, timeoutMs, cause);
  return new SohoaError<QueueErrorCode>({
    code: failure.code,
    message: {
      vi: `Máy chủ Redis ${server} của hàng đợi ${failure.what.vi}.`,
      en: `The Redis server ${server} of the job queue ${failure.what.en}.`,
    },
    fix: failure.fix,
    details: { url: server, reason: failure.reason },
    cause: cause ?? error,
  });
}

/** A Redis URL without its password, for messages. */
export function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}
