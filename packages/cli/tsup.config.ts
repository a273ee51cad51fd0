import { packageBuild } from '../../tsup.package.js';

export default packageBuild(['src/index.ts', 'src/bin.ts'], ['src/index.ts']);
