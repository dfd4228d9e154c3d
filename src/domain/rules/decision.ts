import type { RuleId } from './catalogue';

export interface Warning {
  rule: RuleId;
  reason: string;
  hint?: string;
}

/**
 * A rule decision. `F` names the fields a denial may point at: an operation's decisions are
 * `Decision<FieldOf<Input>>`, so `denial.field` is one of the input's own names (`kmsKeyId`,
 * `tags.3.key`) that a dialog binds its form field to, and the mock answers the same name.
 */
export type Decision<F extends string = string> =
  | { allowed: true; warnings?: Warning[] }
  | {
      allowed: false;
      rule: RuleId;
      reason: string;
      hint?: string;
      /** IMS error code the backend answers with. */
      code: string;
      /** Input field the denial concerns, when it concerns one. */
      field?: F;
      /**
       * `requirement`: nothing has been chosen for the field yet ("Choose a destination region."),
       * as opposed to a value the rule forbids. It denies all the same, but a form tells it as
       * help until the user touches the field or tries to submit.
       */
      kind?: 'requirement';
    };

export type Denial<F extends string = string> = Extract<Decision<F>, { allowed: false }>;

/** Paths into a list-valued field: the row (`tags.3`) and the row's own fields (`tags.3.key`). */
type ItemPaths<K extends string, V> =
  NonNullable<V> extends readonly (infer E)[]
    ? `${K}.${number}` | (E extends object ? `${K}.${number}.${Extract<keyof E, string>}` : never)
    : never;

/**
 * The field names of an operation's input: its keys, and row paths for list-valued keys. For a
 * union of inputs, the keys of every member; for an operation without input, none.
 */
export type FieldOf<I> = I extends object
  ? { [K in Extract<keyof I, string>]-?: K | ItemPaths<K, I[K]> }[Extract<keyof I, string>]
  : never;

export const ALLOWED: Decision<never> = { allowed: true };
