import { readFileSync } from 'node:fs';
import { loadPlan } from '../../src/plan/load.js';

const file = process.argv[2]!;
const { plan } = loadPlan(readFileSync(file, 'utf8'), file);
process.exitCode = plan ? 0 : 1;
