import { queryOptions } from '@tanstack/react-query';
import type { RegionId } from '../domain';
import { traceListSchema, type WireTrace } from '../domain/wire/audit';
import { auditPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

export type TraceResult = WireTrace['result'];

/** The server-side filters of `GET /audit/v1/traces` (mock extension shaped like CTS). */
export interface AuditFilter {
  operation?: string;
  result?: TraceResult;
  /** A user id or name. */
  user?: string;
  imageId?: string;
}

export interface AuditEntry {
  id: string;
  operation: string;
  time: string;
  userId: string;
  userName: string;
  accountId: string;
  regionId: RegionId | null;
  imageId: string | null;
  imageName: string | null;
  method: string;
  path: string;
  result: TraceResult;
  status: number;
  code: string | null;
  rule: string | null;
  message: string | null;
}

function fromWireTrace(t: WireTrace): AuditEntry {
  return {
    id: t.trace_id,
    operation: t.trace_name,
    time: t.time,
    userId: t.user.id,
    userName: t.user.name,
    accountId: t.domain_id,
    regionId: t.region_id,
    imageId: t.resource_id,
    imageName: t.resource_name,
    method: t.method,
    path: t.path,
    result: t.result,
    status: t.status,
    code: t.error_code,
    rule: t.rule,
    message: t.message,
  };
}

const TRACE_PAGE = 1000;

export const auditKeys = {
  all: ['audit'] as const,
  list: (token: string, filter: AuditFilter) => [...auditKeys.all, token, filter] as const,
};

/**
 * The account's audit trail, newest first, every page of it: the endpoint filters by operation,
 * result, user and image id, but not by image name, so the log filters names and pages itself.
 */
export function auditQuery(token: string, filter: AuditFilter) {
  return queryOptions({
    queryKey: auditKeys.list(token, filter),
    // Every write adds a trace; the log reads fresh whenever it is shown.
    staleTime: 0,
    queryFn: async ({ signal }): Promise<AuditEntry[]> => {
      const entries: AuditEntry[] = [];
      let marker: string | undefined;
      do {
        const params = new URLSearchParams({ limit: String(TRACE_PAGE) });
        if (filter.operation) params.set('operation', filter.operation);
        if (filter.result) params.set('result', filter.result);
        if (filter.user) params.set('user', filter.user);
        if (filter.imageId) params.set('image_id', filter.imageId);
        if (marker) params.set('marker', marker);
        const body = traceListSchema.parse(await imsFetch(auditPaths.traces.to({}, params), { signal, token }));
        entries.push(...body.traces.map(fromWireTrace));
        marker = body.meta_data.marker;
      } while (marker !== undefined);
      return entries;
    },
  });
}
