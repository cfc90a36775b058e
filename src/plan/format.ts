/** The `version:` a plan file declares; it changes only when old plans would stop meaning the same. */
export const PLAN_FORMAT_VERSION = 1;
/** The plan file the commands read when no `--plan` names another. */
export const DEFAULT_PLAN_FILE = 'rollout.yaml';
