import { type Command, InvalidArgumentError, Option } from 'commander';

/** The `--redis` option's default: `$SOHOA_REDIS_URL`, else a Redis on this machine. */
function defaultRedisUrl(): string {
  return process.env.SOHOA_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** A `--redis` value that is a Redis URL; anything else (`http://…`, a bare host) is a usage error. */
function redisUrl(value: string): string {
  if (/^rediss?:\/\/[^/\s]/.test(value)) return value;
  throw new InvalidArgumentError(
    `"${value}" is not a Redis URL: give redis://host:port (or rediss://host:port for TLS), e.g. redis://127.0.0.1:6379.`,
  );
}

/** Adds the options every `sohoa queue` subcommand shares: `--redis <url>` and `--queue <name>`. */
export function withConnectionOptions(command: Command): Command {
  return command
    .addOption(
      // The description of the default is the help's only "(default: …)" for this option.
      new Option('--redis <url>', 'the Redis URL')
        .default(defaultRedisUrl(), '$SOHOA_REDIS_URL, else redis://127.0.0.1:6379')
        .argParser(redisUrl),
    )
    .option('--queue <name>', 'the queue name (default: sohoa)');
}
