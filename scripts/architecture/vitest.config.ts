import { defineProject } from 'vitest/config';

/** Checks of the repository as a whole: the packages' layers and their error codes. */
export default defineProject({
  test: { name: 'architecture', include: ['*.test.ts'] },
});
