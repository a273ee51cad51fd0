import type { MessageLanguage } from '@sohoa/base';

/**
 * The language `sohoa` writes its messages and help in: `--messages vi|en` on the command line
 * (anywhere, also `--messages=en`), else the `SOHOA_LANG` environment variable (`vi`, `en`, or a
 * locale such as `en_US.UTF-8`), else Vietnamese. An unknown `--messages` value yields Vietnamese
 * here; commander then refuses it with a usage error.
 *
 * @example
 * ```ts
 * messagesLanguage(['validate', 'aip.zip', '--messages', 'en'], {}); // 'en'
 * messagesLanguage(['validate', 'aip.zip'], { SOHOA_LANG: 'en_GB.UTF-8' }); // 'en'
 * messagesLanguage(['--version'], {}); // 'vi'
 * ```
 */
export function messagesLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): MessageLanguage {
  const index = argv.findIndex((word) => word === '--messages' || word.startsWith('--messages='));
  if (index >= 0) {
    const word = argv[index] as string;
    const value = word.includes('=') ? word.slice(word.indexOf('=') + 1) : argv[index + 1];
    return value === 'en' ? 'en' : 'vi';
  }
  return /^en(?:[-_.]|$)/i.test(env.SOHOA_LANG?.trim() ?? '') ? 'en' : 'vi';
}
