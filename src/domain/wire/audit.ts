import { z } from 'zod';
import { regionIdSchema } from '../regions';
import { pageLimitSchema } from './query';

/* The audit trail (mock extension, shaped like CTS traces). */

export const traceResultSchema = z.enum(['success', 'refused', 'failed']);

export const traceQuerySchema = z.object({
  operation: z.string().max(64).optional(),
  result: traceResultSchema.optional(),
  image_id: z.string().max(128).optional(),
  /** A user id or name. */
  user: z.string().max(128).optional(),
  limit: pageLimitSchema(1000).optional(),
  /** The trace_id of the last trace of the previous page. */
  marker: z.string().min(1).max(128).optional(),
});
export type TraceQuery = z.infer<typeof traceQuerySchema>;
export const DEFAULT_TRACE_PAGE = 50;

export const wireTraceSchema = z.object({
  trace_id: z.string(),
  /** The operation attempted (`share`, `tags`, ...). */
  trace_name: z.string(),
  time: z.string(),
  user: z.object({ id: z.string(), name: z.string() }),
  domain_id: z.string(),
  region_id: regionIdSchema.nullable(),
  resource_id: z.string().nullable(),
  resource_name: z.string().nullable(),
  method: z.string(),
  path: z.string(),
  result: traceResultSchema,
  status: z.number().int(),
  error_code: z.string().nullable(),
  rule: z.string().nullable(),
  message: z.string().nullable(),
});
export type WireTrace = z.infer<typeof wireTraceSchema>;

export const traceListSchema = z.object({
  traces: z.array(wireTraceSchema),
  meta_data: z.object({ count: z.number().int(), marker: z.string().optional() }),
});
export type TraceList = z.infer<typeof traceListSchema>;
