import type { MessageLanguage } from '@sohoa/base';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { sayIn } from '../in-language.js';

/** The `--redis` option's default: `$SOHOA_REDIS_URL`, else a Redis on this machine. */
function defaultRedisUrl(): string {
  return process.env.SOHOA_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/**
 * A parser of `--redis` that accepts a Redis URL; anything else (`http://…`, a bare host) is a
 * usage error in `language`.
 */
function parseRedisUrl(language: MessageLanguage): (value: string) => string {
  return (value) => {
    if (/^rediss?:\/\/[^/\s]/.test(value)) return value;
    throw new InvalidArgumentError(
      sayIn(language)(
        `"${value}" không phải địa chỉ Redis: hãy cho redis://máy:cổng (hoặc rediss://máy:cổng nếu dùng TLS), ví dụ redis://127.0.0.1:6379.`,
        `"${value}" is not a Redis URL: give redis://host:port (or rediss://host:port for TLS), e.g. redis://127.0.0.1:6379.`,
      ),
    );
  };
}

/**
 * Adds the options every `sohoa queue` subcommand shares, their help in `language`: `--redis <url>`
 * and `--queue <name>`.
 */
export function withConnectionOptions(command: Command, language: MessageLanguage): Command {
  const say = sayIn(language);
  return command
    .addOption(
      // The description of the default is the help's only "(default: …)" for this option.
      new Option('--redis <url>', say('địa chỉ Redis', 'the Redis URL'))
        .default(
          defaultRedisUrl(),
          say(
            '$SOHOA_REDIS_URL, nếu không có thì redis://127.0.0.1:6379',
            '$SOHOA_REDIS_URL, else redis://127.0.0.1:6379',
          ),
        )
        .argParser(parseRedisUrl(language)),
    )
    .option('--queue <name>', say('tên hàng đợi (mặc định: sohoa)', 'the queue name (default: sohoa)'));
}
