import { defineProject } from 'vitest/config';

/**
 * Checks of the repository as a whole: the packages' layers and their error codes. Each test reads
 * and parses every source file of the workspace (1 to 2 s of CPU): vitest's default 5 s timeout
 * failed them on a 2-core machine at load 12, so they get a minute.
 */
export default defineProject({
  test: { name: 'architecture', include: ['*.test.ts'], testTimeout: 60_000 },
});
