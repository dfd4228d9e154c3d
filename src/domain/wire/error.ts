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

/** The other shape IMS answers errors in (v1 and job APIs): flat `error_code` / `error_msg`. */
export const flatErrorBodySchema = z.object({ error_code: z.string(), error_msg: z.string() });

/** Field errors of a failed zod parse, with dotted paths (`tags.3.key`). */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

/**
 * How an operation's request body names the domain's fields, so a refusal of the body answers
 * with the field the dialog and the rules use: a wire key, or a dotted path with `#` for any row
 * number, to the input's field (`#` there is the same row). `image_tags.#.key` → `tags.#.key`.
 */
export type BodyFieldTable = Readonly<Record<string, string>>;

/** For bodies whose field depends on the body itself (a JSON patch names it in `path`). */
export type BodyFieldResolver = (path: readonly PropertyKey[], body: unknown) => string | undefined;

export type BodyFields = BodyFieldTable | BodyFieldResolver;

const isRow = (segment: PropertyKey) => typeof segment === 'number' || /^\d+$/.test(String(segment));

/**
 * The domain's name of the body field at `path`: the longest table entry that prefixes it, the
 * rest of the path kept (`tags` → `tags`, so `tags.3.key` stays). Undefined when nothing matches.
 */
export function domainFieldOf(table: BodyFieldTable, path: readonly PropertyKey[]): string | undefined {
  let best: { length: number; field: string } | undefined;
  for (const [wire, domain] of Object.entries(table)) {
    const segments = wire.split('.');
    if (segments.length > path.length || segments.length <= (best?.length ?? 0)) continue;
    const rows: string[] = [];
    const matches = segments.every((segment, i) => {
      const actual = path[i] as PropertyKey;
      if (segment !== '#') return String(actual) === segment;
      rows.push(String(actual));
      return isRow(actual);
    });
    if (!matches) continue;
    let row = 0;
    const named = domain.replace(/#/g, () => rows[row++] ?? '#');
    best = { length: segments.length, field: [named, ...path.slice(segments.length).map(String)].join('.') };
  }
  return best?.field;
}

/** The domain's name of a body field, by table or resolver. */
export function bodyFieldOf(fields: BodyFields, path: readonly PropertyKey[], body: unknown): string | undefined {
  return typeof fields === 'function' ? fields(path, body) : domainFieldOf(fields, path);
}
