import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// Platform-neutral: nothing of Node is imported, so bundlers for the browser take it as it is.
const options: Options = { ...packageBuild(), platform: 'neutral' };
export default options;
