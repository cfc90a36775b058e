// The part of @bcoe/v8-coverage (c8's own merger) the test run uses; the package ships no types.
declare module '@bcoe/v8-coverage' {
  export interface ScriptCov {
    url: string;
  }
  export interface ProcessCov {
    result: ScriptCov[];
  }
  export function mergeProcessCovs(processCovs: readonly ProcessCov[]): ProcessCov;
}
