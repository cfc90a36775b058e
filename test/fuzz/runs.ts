/** Cases per property: bounded in `npm test`, large in `npm run fuzz` (FUZZ_RUNS=100000). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Long fuzz passes get the time they need. */
export const TIMEOUT = RUNS > 1000 ? 3_600_000 : 30_000;
