// The least `rollout validate` can cost with this stack: the plan loader alone (zod, yaml, the
// checks), through the same compiled-code cache, without the command line around it.
// `npm run bench` times it next to `node -e 0` and the real command.
import * as path from 'node:path';
import { runCached } from '../../src/util/compile-cache.js';

runCached(path.join(__dirname, 'load-plan.cjs'));
