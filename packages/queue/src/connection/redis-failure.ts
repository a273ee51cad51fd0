import type { Bilingual } from '@sohoa/base';
import type { QueueErrorCode } from '../errors/queue-error-codes.js';

/**
 * Why a Redis server could not be used, in sohoa's words: the code (`QUEUE_AUTH_FAILED` when
 * the server refused the URL's password or wants one, else `QUEUE_UNREACHABLE`), what happened as
 * the end of a sentence about the server ("… refuses connections on port 6379 (ECONNREFUSED)"),
 * the fix, and the client's own text, kept as a detail.
 */
export interface RedisFailure {
  code: Extract<QueueErrorCode, 'QUEUE_UNREACHABLE' | 'QUEUE_AUTH_FAILED'>;
  /** What happened, to follow "The Redis server <url> of the job queue …". */
  what: Bilingual;
  /** How to fix it. */
  fix: Bilingual;
  /** The text of ioredis or BullMQ (English, unchanged): a detail for logs. */
  reason: string;
  /** Whether the error is one of those above; else `what` only says the server cannot be used. */
  recognised: boolean;
}

/** The fix of a server that cannot be reached: the same whatever the network said. */
const CHECK_SERVER: Bilingual = {
  vi: 'Kiểm tra URL --redis (hoặc SOHOA_REDIS_URL), redis-server có đang chạy ở đó không và máy này có kết nối được tới cổng của nó không.',
  en: 'Check the --redis URL (or SOHOA_REDIS_URL), that redis-server runs there and that this machine may reach its port.',
};

/**
 * Reads what ioredis or BullMQ said when Redis could not be used (a refused or timed-out
 * connection, an unknown host, a password missing or refused, a connection closed, a server that
 * does not speak Redis) and words it for the user in both languages, keeping the original text as
 * `reason`. `cause` is the error the client reported first (its `error` event), when the call
 * itself only says "Connection is closed.".
 *
 * @example
 * ```ts
 * const failure = redisFailure(new Error('WRONGPASS invalid username-password pair'), 'redis://:x@10.0.0.5:6379', 5000);
 * failure.code; // 'QUEUE_AUTH_FAILED'
 * failure.what.vi; // 'từ chối tên người dùng hoặc mật khẩu ghi trong URL'
 * ```
 */
export function redisFailure(error: unknown, url: string, timeoutMs: number, cause?: unknown): RedisFailure {
  const closed = /Connection is closed|Stream isn't writeable|max retries per request/i;
  const first = cause !== undefined && closed.test(textOf(error)) ? cause : error;
  const reason = textOf(first);
  const code = (first as { code?: unknown } | null)?.code;
  const { hostname, port } = parts(url);
  const unreachable = (what: Bilingual, fix = CHECK_SERVER): RedisFailure => ({
    code: 'QUEUE_UNREACHABLE',
    what,
    fix,
    reason,
    recognised: true,
  });
  if (/^NOAUTH\b/.test(reason)) {
    return {
      code: 'QUEUE_AUTH_FAILED',
      what: {
        vi: 'đòi mật khẩu, mà URL không có mật khẩu (NOAUTH)',
        en: 'requires a password, and the URL has none (NOAUTH)',
      },
      fix: {
        vi: 'Ghi mật khẩu vào URL --redis (hoặc SOHOA_REDIS_URL): redis://:mật-khẩu@máy:cổng, hoặc redis://tên:mật-khẩu@máy:cổng nếu Redis dùng ACL.',
        en: 'Put the password in the --redis URL (or SOHOA_REDIS_URL): redis://:password@host:port, or redis://user:password@host:port when Redis uses ACLs.',
      },
      reason,
      recognised: true,
    };
  }
  if (/^WRONGPASS\b|invalid password|invalid username-password/i.test(reason)) {
    return {
      code: 'QUEUE_AUTH_FAILED',
      what: {
        vi: 'từ chối tên người dùng hoặc mật khẩu ghi trong URL (WRONGPASS)',
        en: 'refuses the user name or password of the URL (WRONGPASS)',
      },
      fix: {
        vi: 'Sửa mật khẩu (và tên người dùng, nếu Redis dùng ACL) trong URL --redis hoặc SOHOA_REDIS_URL cho đúng với cấu hình requirepass/ACL của máy chủ.',
        en: "Correct the password (and the user name, when Redis uses ACLs) in the --redis URL or SOHOA_REDIS_URL to match the server's requirepass/ACL.",
      },
      reason,
      recognised: true,
    };
  }
  if (code === 'ECONNREFUSED') {
    return unreachable({
      vi: `không nhận kết nối: không có chương trình nào nghe ở cổng ${port} (ECONNREFUSED)`,
      en: `refuses the connection: nothing listens on port ${port} (ECONNREFUSED)`,
    });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return unreachable(
      {
        vi: `không xác định được: không tìm thấy máy nào tên "${hostname}" (${code})`,
        en: `cannot be found: no machine is named "${hostname}" (${code})`,
      },
      {
        vi: 'Kiểm tra tên máy trong URL --redis (hoặc SOHOA_REDIS_URL) và mạng/DNS của máy này.',
        en: "Check the host name in the --redis URL (or SOHOA_REDIS_URL) and this machine's network/DNS.",
      },
    );
  }
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(reason)) {
    return unreachable(
      {
        vi: `không trả lời trong ${timeoutMs} ms`,
        en: `does not answer within ${timeoutMs} ms`,
      },
      {
        vi: 'Kiểm tra redis-server ở đó có đang chạy và không bị treo, và tường lửa không chặn cổng của nó.',
        en: 'Check that redis-server there runs and is not frozen, and that no firewall drops its port.',
      },
    );
  }
  if (/Unknown RESP type|Protocol error|ERR unknown command/i.test(reason)) {
    return unreachable(
      {
        vi: `trả lời, nhưng không phải bằng giao thức Redis: ở cổng ${port} là một chương trình khác`,
        en: `answers, but not in the Redis protocol: another program listens on port ${port}`,
      },
      {
        vi: 'Kiểm tra cổng trong URL --redis (hoặc SOHOA_REDIS_URL): cổng mặc định của Redis là 6379.',
        en: 'Check the port in the --redis URL (or SOHOA_REDIS_URL): Redis listens on 6379 by default.',
      },
    );
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || closed.test(reason)) {
    return unreachable({ vi: 'đã đóng kết nối', en: 'closed the connection' });
  }
  return {
    ...unreachable({ vi: `không dùng được (${reason})`, en: `cannot be used (${reason})` }),
    recognised: false,
  };
}

function textOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parts(url: string): { hostname: string; port: string } {
  try {
    const parsed = new URL(url);
    return { hostname: parsed.hostname, port: parsed.port || '6379' };
  } catch {
    return { hostname: url, port: '6379' };
  }
}
