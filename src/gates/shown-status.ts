import type { GateResult, GateStatus } from './types.js';

/** A gate's status as people read it: `withdrawn` for one its rollback withdrew before it was judged, which will never be. */
export type ShownStatus = GateStatus | 'withdrawn';

/** A withdrawn gate judged before its rollback keeps that verdict, the record; one not judged is no longer pending. */
export const shownStatus = (g: Pick<GateResult, 'status' | 'withdrawn'>): ShownStatus => (g.withdrawn && g.status === 'pending' ? 'withdrawn' : g.status);
