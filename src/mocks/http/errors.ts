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

/**
 * An error body. `field` is the input field the error concerns, in the domain's name (the one
 * the dialog and `Denial.field` use); `fieldErrors` name the domain's field where there is one.
 */
export function imsError(
  status: number,
  code: string,
  message: string,
  fieldErrors?: FieldError[],
  field?: string,
): ImsHttpError {
  return new ImsHttpError(status, {
    error: {
      code,
      message,
      ...(field !== undefined ? { field } : {}),
      ...(fieldErrors && fieldErrors.length > 0 ? { field_errors: fieldErrors } : {}),
    },
  });
}

export const notFound = (what: string) => imsError(404, 'IMG.0027', `${what} does not exist.`);
export const badRequest = (message: string, fieldErrors?: FieldError[], field?: string) =>
  imsError(400, 'IMG.0001', message, fieldErrors, field);

/** A 400 about one input field, named as the domain names it, on the error and its field error. */
export function fieldRefusal(message: string, field: string, problem: string): ImsHttpError {
  return badRequest(message, [{ field, message: problem }], field);
}

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
