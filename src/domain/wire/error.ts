import { z } from 'zod';

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** IMS error body; `rule`, `hint`, `field` and `field_errors` are this mock's additions. */
export const imsErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    rule: z.string().optional(),
    hint: z.string().optional(),
    field: z.string().optional(),
    field_errors: z.array(fieldErrorSchema).optional(),
  }),
});
export type ImsErrorBody = z.infer<typeof imsErrorBodySchema>;

/** Field errors of a failed zod parse, with dotted paths (`tags.3.key`). */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
