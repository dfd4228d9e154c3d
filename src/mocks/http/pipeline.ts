import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import type { RegionId, RuleContext, RuleId, User, Viewer } from '../../domain';
import { auditMessage } from '../../domain/wire/audit-message';
import { bodyFieldOf, type BodyFields } from '../../domain/wire/error';
import type { ApiPath } from '../../domain/wire/paths';
import type { Backend } from '../backend';
import type { Db } from '../db/schema';
import { ruleContextFor } from '../rule-context';
import { viewerFor } from '../viewer';
import { badRequest, errorResponse, imsError, ImsHttpError } from './errors';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<P, Q, B> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** A body schema makes the body required, unless `optionalBody` (then an empty one reads as `{}`). */
  body?: z.ZodType<B>;
  optionalBody?: boolean;
  /** How the body's keys name the operation's input fields (the wire module's field table). */
  fields?: BodyFields;
  /** Name of the write in the audit trail (writes only). */
  operation?: string;
  /** Requests without a token are answered 401; only the mock's own endpoints skip this. */
  anonymous?: boolean;
}

export interface RequestContext<P, Q, B> {
  backend: Backend;
  db: Db;
  now: number;
  request: Request;
  url: URL;
  params: P;
  query: Q;
  body: B;
  user: User;
  viewer: Viewer;
  /** The facts the rules read, built once per request. */
  rules(): RuleContext;
  /** Handlers name the image a write concerns, for the audit trail. */
  subject: { imageId?: string; imageName?: string; regionId?: RegionId };
}

type Handler<P, Q, B> = (ctx: RequestContext<P, Q, B>) => Response | Promise<Response>;

/** Query string as an object; a repeated key becomes an array. */
function queryObject(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    result[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return result;
}

/**
 * Parses one part of the request, or answers 400 with its field errors. A body problem is named by
 * the operation's field table (`kmsKeyId`, not `body.cmk_id`), and the first so named is also the
 * error's `field`; problems with no domain counterpart keep their wire path (`body.min_ram`).
 * The message quotes the first problem under the same name, so a client shows it once.
 */
function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string, fields?: BodyFields): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  let field: string | undefined;
  const fieldErrors = result.error.issues.map((issue) => {
    const domain = fields && issue.path.length > 0 ? bodyFieldOf(fields, issue.path, value) : undefined;
    field ??= domain;
    return { field: domain ?? [where, ...issue.path.map(String)].join('.'), message: issue.message };
  });
  const first = fieldErrors[0];
  throw badRequest(`Invalid request${first ? `: ${first.field}: ${first.message}` : ''}.`, fieldErrors, field);
}

/** Far above any IMS request (a share of 128 projects is under 8 KB), far below a browser's limits. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** JSON, JSON with a suffix (`application/merge-patch+json`), and IMS's own PATCH media type. */
const JSON_MEDIA_TYPE = /^application\/(json|[\w.+-]*\+json|openstack-images-v2\.1-json-patch)$/i;

async function readBody(request: Request, optional: boolean): Promise<unknown> {
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw bodyTooLarge();
  const text = await request.text();
  if (text.trim() === '') {
    if (optional) return {};
    throw imsError(400, 'IMG.0007', 'The request body is empty.');
  }
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) throw bodyTooLarge();
  const mediaType = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
  if (!JSON_MEDIA_TYPE.test(mediaType))
    throw imsError(
      415,
      'APIGW.0415',
      `The body must be JSON (Content-Type: application/json), not ${mediaType === '' ? 'an undeclared type' : mediaType}.`,
    );
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

const bodyTooLarge = () =>
  imsError(413, 'APIGW.0413', `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);

function auditWrite(
  ctx: Partial<RequestContext<unknown, unknown, unknown>> & { backend: Backend; request: Request; url: URL },
  operation: string,
  response: Response,
  errorBody: unknown,
) {
  const db = ctx.backend.db();
  const error = (errorBody as { error?: { code?: string; message?: string; rule?: RuleId } } | undefined)?.error;
  const regionMatch = /^\/[a-z]+\/([a-z0-9-]+)\//.exec(ctx.url.pathname);
  const result = response.status < 400 ? 'success' : response.status >= 500 ? 'failed' : 'refused';
  const imageName = ctx.subject?.imageName ?? null;
  db.audit.push({
    id: crypto.randomUUID(),
    at: new Date(ctx.backend.clock.now()).toISOString(),
    userId: ctx.user?.id ?? 'anonymous',
    userName: ctx.user?.name ?? 'anonymous',
    accountId: ctx.user?.accountId ?? '',
    regionId: (ctx.subject?.regionId ?? regionMatch?.[1] ?? null) as RegionId | null,
    operation,
    method: ctx.request.method,
    path: ctx.url.pathname,
    imageId: ctx.subject?.imageId ?? null,
    imageName,
    result,
    status: response.status,
    rule: error?.rule ?? null,
    code: error?.code ?? null,
    // What happened, not "PATCH 200": the act, the image and the outcome with its reason.
    message: auditMessage({ operation, imageName, body: ctx.body, result, reason: error?.message ?? null }),
  });
  ctx.backend.save();
}

/**
 * One handler through the DESIGN.md §3 pipeline: faults and latency, input parsed with the
 * domain's schemas (400), viewer from X-Auth-Token (401), then the handler, which finds the
 * image (404), checks ownership and rules (403/400) and only then writes. Writes are audited.
 */
export function route<P = undefined, Q = undefined, B = undefined>(
  method: Method,
  path: ApiPath,
  spec: RouteSpec<P, Q, B>,
  handler: Handler<P, Q, B>,
): Route {
  return (backend) => path.patterns.map((pattern) => serve(method, pattern, spec, handler)(backend));
}

/** The MSW handler of one pattern (a route answers on every API version of its path). */
function serve<P, Q, B>(
  method: Method,
  pattern: string,
  spec: RouteSpec<P, Q, B>,
  handler: Handler<P, Q, B>,
): (backend: Backend) => HttpHandler {
  // `*` lets the path match any origin: the page's in the browser, any in Node tests.
  return (backend) =>
    http[method](`*${pattern}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const ctx: Partial<RequestContext<P, Q, B>> & { backend: Backend; request: Request; url: URL } = {
        backend,
        request,
        url,
        subject: {},
      };
      let errorBody: unknown;
      let response: Response;
      try {
        const settings = backend.settings();
        if (settings.latencyMs > 0) await delay(settings.latencyMs);
        ctx.params = parse(spec.params, params, 'path');
        ctx.query = parse(spec.query, queryObject(url), 'query');
        if (spec.body)
          ctx.body = parse(spec.body, await readBody(request, spec.optionalBody === true), 'body', spec.fields);
        const db = backend.db();
        ctx.db = db;
        ctx.now = backend.clock.now();
        if (!spec.anonymous) {
          const who = viewerFor(db, request.headers.get('X-Auth-Token') ?? '');
          if (!who) throw imsError(401, 'APIGW.0301', 'The X-Auth-Token header is missing or invalid.');
          ctx.user = who.user;
          ctx.viewer = who.viewer;
          let rules: RuleContext | undefined;
          ctx.rules = () => (rules ??= ruleContextFor(db, who.viewer, ctx.now ?? backend.clock.now()));
          if (settings.failureRate > 0 && backend.random() < settings.failureRate)
            throw imsError(500, 'IMG.0500', 'The service is temporarily unavailable (injected fault). Try again.');
        }
        response = await handler(ctx as RequestContext<P, Q, B>);
      } catch (error) {
        if (!(error instanceof ImsHttpError)) throw error;
        errorBody = error.body;
        response = errorResponse(error);
      }
      if (method !== 'get' && spec.operation) auditWrite(ctx, spec.operation, response, errorBody);
      // Every IMS answer names its request, as the real service's do, for support and logs.
      response.headers.set('X-Request-Id', crypto.randomUUID());
      return response;
    });
}

/** A route not yet bound to the backend it serves: one MSW handler per pattern of its path. */
export type Route = (backend: Backend) => HttpHandler[];

export function bindRoutes(backend: Backend, routes: readonly Route[]): HttpHandler[] {
  return routes.flatMap((r) => r(backend));
}

export const json = (body: unknown, status = 200) => HttpResponse.json(body as Record<string, unknown>, { status });
export const noContent = () => new HttpResponse(null, { status: 204 });
