import { flatErrorBodySchema, imsErrorBodySchema, type FieldError } from '../domain/wire/error';
import { backendReady } from './backend-gate';
import { useSession } from './session-store';

/** An IMS refusal or failure, read from the `{"error": {...}}` body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The rule id of a refusal, shared with the UI's rules engine. */
  readonly rule?: string;
  /** The rule's unblock hint, when the backend gave one. */
  readonly hint?: string;
  /** Per-field problems of a 400 (`field` is a dotted path such as `tags.3.key`). */
  readonly fieldErrors?: FieldError[];
  /** The dialog field a rule refusal concerns (the domain's `Denial.field`), when it concerns one. */
  readonly field?: string;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    rule?: string | undefined;
    hint?: string | undefined;
    fieldErrors?: FieldError[] | undefined;
    field?: string | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    if (init.rule !== undefined) this.rule = init.rule;
    if (init.hint !== undefined) this.hint = init.hint;
    if (init.fieldErrors !== undefined) this.fieldErrors = init.fieldErrors;
    if (init.field !== undefined) this.field = init.field;
  }
}

/**
 * The one sentence a failure is told in: the reason, the rule's hint, then any per-field problems
 * the reason does not already name (a 400's `field_errors`).
 */
/** `fetch` rejects with a TypeError when the request never got an answer. */
export const isNetworkError = (error: unknown) => error instanceof TypeError;

/** Worth asking again: the service failed or was unreachable, not refused; nothing was applied. */
export function isTransientError(error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500;
  return isNetworkError(error);
}

export function describeApiError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const fieldProblems = (error.fieldErrors ?? [])
    .map((f) => `${f.field}: ${f.message}`)
    .filter((text) => !error.message.includes(text));
  return [error.message, error.hint, ...fieldProblems].filter(Boolean).join(' ');
}

/**
 * The field a refusal concerns, among those `isField` accepts: the rule's own field, else the first
 * field error's. The mock names fields as the domain does, so a form whose fields bear the domain's
 * names needs no table to place it.
 */
export function refusedField<F extends string>(error: unknown, isField: (field: string) => field is F): F | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.field !== undefined && isField(error.field)) return error.field;
  return error.fieldErrors?.map((f) => f.field).find(isField);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface ImsFetchInit extends RequestInit {
  /** `X-Auth-Token`; the session's by default, none for `null` (signing in). */
  token?: string | null;
}

/**
 * Fetches an IMS path (e.g. `/ims/cn-north-4/v2/cloudimages`) with the auth token, returns the
 * parsed JSON body (undefined for an empty body) and throws `ApiError` on any non-2xx answer.
 */
export async function imsFetch(path: string, init: ImsFetchInit = {}): Promise<unknown> {
  return (await imsRequest(path, init)).body;
}

/** `imsFetch` that also gives the answer's headers (the token service answers in one). */
export async function imsRequest(path: string, init: ImsFetchInit = {}): Promise<{ body: unknown; headers: Headers }> {
  const { token = useSession.getState().token, headers, ...rest } = init;
  const requestHeaders = new Headers(headers);
  if (token !== null) requestHeaders.set('X-Auth-Token', token);
  requestHeaders.set('Accept', 'application/json');
  if (rest.body !== undefined && rest.body !== null && !requestHeaders.has('Content-Type')) {
    requestHeaders.set('Content-Type', 'application/json');
  }

  await backendReady();
  const response = await fetch(path, { ...rest, headers: requestHeaders });
  const body = await readJson(response);
  if (response.ok) return { body, headers: response.headers };

  const parsed = imsErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, rule, hint, field, field_errors: fieldErrors } = parsed.data.error;
    throw new ApiError({ status: response.status, code, message, rule, hint, field, fieldErrors });
  }
  const flat = flatErrorBodySchema.safeParse(body);
  if (flat.success)
    throw new ApiError({ status: response.status, code: flat.data.error_code, message: flat.data.error_msg });
  throw new ApiError({
    status: response.status,
    code: `HTTP.${response.status}`,
    message: response.statusText || `Request failed with status ${response.status}`,
  });
}
