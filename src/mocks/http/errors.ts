import { HttpResponse } from 'msw';
import { FORBIDDEN_RULES, type Denial, type FieldError, type ImsErrorBody } from '../../domain';

/** Thrown inside a handler to answer with an IMS error body; nothing was changed yet. */
export class ImsHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ImsErrorBody,
  ) {
    super(body.error.message);
  }
}

export function imsError(status: number, code: string, message: string, fieldErrors?: FieldError[]): ImsHttpError {
  return new ImsHttpError(status, {
    error: { code, message, ...(fieldErrors && fieldErrors.length > 0 ? { field_errors: fieldErrors } : {}) },
  });
}

export const notFound = (what: string) => imsError(404, 'IMG.0027', `${what} does not exist.`);
export const badRequest = (message: string, fieldErrors?: FieldError[]) => imsError(400, 'IMG.0001', message, fieldErrors);

/** The refusal of a rule, as the UI shows it: same id, same reason. */
export function refusal(denial: Denial): ImsHttpError {
  return new ImsHttpError(FORBIDDEN_RULES.has(denial.rule) ? 403 : 400, {
    error: {
      code: denial.code,
      message: denial.reason,
      rule: denial.rule,
      ...(denial.hint ? { hint: denial.hint } : {}),
      ...(denial.field ? { field: denial.field } : {}),
    },
  });
}

/** Throws the refusal when the decision denies. */
export function enforce(decision: { allowed: true } | Denial): void {
  if (!decision.allowed) throw refusal(decision);
}

export function errorResponse(error: ImsHttpError): Response {
  return HttpResponse.json(error.body, { status: error.status });
}
