import { DEFAULT_TRACE_PAGE, type TraceList, traceQuerySchema, type WireTrace } from '../../domain/wire/audit';
import { auditPaths } from '../../domain/wire/paths';
import type { AuditEntry } from '../db/schema';
import { badRequest } from '../http/errors';
import { json, route, type Route } from '../http/pipeline';

function toWireTrace(entry: AuditEntry): WireTrace {
  return {
    trace_id: entry.id,
    trace_name: entry.operation,
    time: entry.at,
    user: { id: entry.userId, name: entry.userName },
    domain_id: entry.accountId,
    region_id: entry.regionId,
    resource_id: entry.imageId,
    resource_name: entry.imageName,
    method: entry.method,
    path: entry.path,
    result: entry.result,
    status: entry.status,
    error_code: entry.code,
    rule: entry.rule,
    message: entry.message,
  };
}

/** Mock extension shaped like CTS: the viewer's account's writes, newest first. */
const traces = route('get', auditPaths.traces, { query: traceQuerySchema }, (ctx) => {
  const q = ctx.query;
  // Entries are appended in time order, so reversing gives newest first even within one millisecond.
  const entries = ctx.db.audit
    .filter(
      (e) =>
        e.accountId === ctx.viewer.accountId &&
        (q.operation === undefined || e.operation === q.operation) &&
        (q.result === undefined || e.result === q.result) &&
        (q.image_id === undefined || e.imageId === q.image_id) &&
        (q.user === undefined || e.userId === q.user || e.userName === q.user),
    )
    .reverse();
  let start = 0;
  if (q.marker !== undefined) {
    const index = entries.findIndex((e) => e.id === q.marker);
    if (index === -1)
      throw badRequest('The marker is not a trace of this list.', [
        { field: 'query.marker', message: 'unknown marker' },
      ]);
    start = index + 1;
  }
  const page = entries.slice(start, start + (q.limit ?? DEFAULT_TRACE_PAGE));
  const last = page.at(-1);
  const more = start + page.length < entries.length;
  const body: TraceList = {
    traces: page.map(toWireTrace),
    meta_data: { count: page.length, ...(more && last ? { marker: last.id } : {}) },
  };
  return json(body);
});

export const auditRoutes: Route[] = [traces];
