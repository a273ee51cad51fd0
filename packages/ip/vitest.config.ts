import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@sohoa/source'] },
  ssr: { resolve: { conditions: ['@sohoa/source'] } },
  test: { name: 'ip', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
