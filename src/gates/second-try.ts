/**
 * The id of a gate's result for a part's second try (`rollback.resume`): the gate's own id with
 * this suffix, which no id written in a plan can end with (ids are lower-case letters, digits and
 * dashes), so that the first try's verdict and the second's are two results that lookups,
 * JUnit test cases and the report's markers tell apart.
 */
export const SECOND_TRY_SUFFIX = '.second-try';

export const secondTryId = (gateId: string, secondTry: unknown): string => (secondTry === undefined ? gateId : `${gateId}${SECOND_TRY_SUFFIX}`);
