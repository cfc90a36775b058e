/** Whether a name is the plan's, whatever its case: phases, groups and locations are matched so everywhere. */
export const sameName = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();
