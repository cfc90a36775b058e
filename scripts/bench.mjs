#!/usr/bin/env node
// Benchmarks of the built CLI (`npm run bench` builds first). Each section is its own file.
await import('./bench-gates.mjs');
