// Loaded into every binary the tests spawn. Node took the coverage folder at start-up; with the
// variable still set it would also read and parse the source map of every bundle loaded (a third
// of what coverage costs a short run), which `c8 report` reads from dist/ anyway. The compile
// cache stays off, as it does under coverage.
'use strict';
if (process.env.NODE_V8_COVERAGE) {
  delete process.env.NODE_V8_COVERAGE;
  process.env.NODE_DISABLE_COMPILE_CACHE = '1';
}
