import { toNestErrors } from '@hookform/resolvers';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  get,
  useForm,
  useWatch,
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { describeApiError, refusedField } from '../../api/client';
import { ALLOWED, type Decision, type Denial, type RuleContext } from '../../domain';

/** Where a refusal shows: on a form field (`name`, `targets.0.vaultId`), or above the form. */
export type FormPlace<V extends FieldValues> = Path<V> | 'root';

/** A problem of form that no rule owns (an OBS object name's characters), on its field. */
export interface ShapeProblem<V extends FieldValues> {
  field: Path<V>;
  message: string;
}

export interface RuleFormOptions<V extends FieldValues> {
  defaultValues: V;
  /** The facts the rules read, as this render knows them; the form always checks with the latest. */
  ctx: RuleContext;
  /**
   * The operation's refusals of these values, first one first. A denial's `field` is a form path:
   * the form's fields bear the domain input's names (ARCHITECTURE.md, "One field namespace").
   */
  check: (values: V, ctx: RuleContext) => readonly Denial[];
  shape?: (values: V) => readonly ShapeProblem<V>[];
  /** Sends the values; a thrown refusal is placed on its field, or above the form, and input stays. */
  submit: (values: V) => Promise<void> | void;
}

export interface RuleForm<V extends FieldValues> {
  form: UseFormReturn<V>;
  /** The values as they are now (defaults filled in where a field has not rendered yet). */
  values: V;
  /** The first refusal of each place, as the user types. */
  live: ReadonlyMap<FormPlace<V>, Denial>;
  /**
   * What to say under a field, as an error: its live refusal, else a refusal of form or of the
   * server. A requirement (nothing chosen yet) is one only once the field was touched or a submit
   * was tried; before that it is `requirement(field)`.
   */
  problem: (field: Path<V>) => string | undefined;
  /** A requirement of the field not met yet and not yet an error: say it as help, not in red. */
  requirement: (field: Path<V>) => string | undefined;
  /** The user pressed a denied submit: requirements become errors from now on. */
  attemptSubmit: () => void;
  /** The user changed a field no input element stands for (a list set by code): it counts as touched. */
  touch: (field: Path<V>) => void;
  /** The submit's verdict: the first refusal of the values, anywhere. */
  decision: Decision;
  /** A refusal above the form (the server's, when it names no field of the form). */
  serverError: string | null;
  /** Places a refusal that did not come through `submit` (a queued run's), like a thrown one. */
  refuse: (field: string | undefined, message: string) => void;
  /** Takes back the refusal above the form (what it refused has since succeeded). */
  clearRefusal: () => void;
  onSubmit: (event?: FormEvent) => Promise<void>;
  busy: boolean;
}

function placeOf<V extends FieldValues>(values: V, field: string | undefined): FormPlace<V> {
  return field !== undefined && get(values, field) !== undefined ? (field as Path<V>) : 'root';
}

/** The first refusal of each place: on the field a denial names when the form has it, else `root`. */
export function placeDenials<V extends FieldValues>(values: V, denials: readonly Denial[]): Map<FormPlace<V>, Denial> {
  const placed = new Map<FormPlace<V>, Denial>();
  for (const denial of denials) {
    const place = placeOf(values, denial.field);
    if (!placed.has(place)) placed.set(place, denial);
  }
  return placed;
}

/** Where a failed submit shows: the refused field with the reason, or above the form with all of it. */
export function placeRefusal<V extends FieldValues>(
  values: V,
  error: unknown,
): { place: FormPlace<V>; message: string } {
  const field = refusedField(error, (f): f is Path<V> => placeOf(values, f) !== 'root');
  if (field === undefined) return { place: 'root', message: describeApiError(error) };
  return { place: field, message: error instanceof Error ? error.message : String(error) };
}

/**
 * The rule-driven form: one hook for every dialog that the rules engine judges. It owns the rule
 * context the resolver reads (a ref to this render's, since facts load after the form opens), runs
 * the checks on every change, puts each denial on the field the domain names, places a backend
 * refusal the same way, and keeps what was typed.
 */
export function useRuleForm<V extends FieldValues>(options: RuleFormOptions<V>): RuleForm<V> {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [serverError, setServerError] = useState<string | null>(null);

  const resolver: Resolver<V> = (values, _context, resolverOptions) => {
    const { check, ctx, shape } = latest.current;
    const flat: Record<string, FieldError> = {};
    for (const problem of shape?.(values) ?? []) flat[problem.field] ??= { type: 'shape', message: problem.message };
    for (const [place, denial] of placeDenials(values, check(values, ctx)))
      flat[place] ??= { type: denial.rule, message: denial.reason };
    if (Object.keys(flat).length === 0) return { values, errors: {} };
    return { values: {}, errors: toNestErrors<V>(flat, resolverOptions) };
  };

  const form = useForm<V>({
    resolver,
    defaultValues: options.defaultValues as DefaultValues<V>,
    mode: 'onChange',
  });
  const watched = useWatch({ control: form.control }) as Partial<V>;
  const values = { ...options.defaultValues, ...watched };

  const denials = options.check(values, options.ctx);
  const live = placeDenials(values, denials);

  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // Reading these subscribes the form to them (react-hook-form's formState is a proxy).
  const { touchedFields, dirtyFields, isSubmitted, errors } = form.formState;
  const engaged = (field: Path<V>) =>
    attempted ||
    isSubmitted ||
    touched.has(field) ||
    Boolean(get(touchedFields, field)) ||
    Boolean(get(dirtyFields, field));
  const pendingRequirement = (field: Path<V>) => {
    const denial = live.get(field);
    return denial?.kind === 'requirement' && !engaged(field) ? denial : undefined;
  };

  const show = ({ place, message }: { place: FormPlace<V>; message: string }) => {
    if (place === 'root') setServerError(message);
    else form.setError(place, { type: 'server', message }, { shouldFocus: true });
  };
  const refuse = (field: string | undefined, message: string) =>
    show({ place: placeOf(form.getValues(), field), message });

  const submitValid = form.handleSubmit(async (submitted) => {
    setServerError(null);
    try {
      await options.submit(submitted);
    } catch (error) {
      show(placeRefusal(form.getValues(), error));
    }
  });
  const onSubmit = (event?: FormEvent) => {
    setAttempted(true);
    return submitValid(event);
  };

  return {
    form,
    values,
    live,
    problem: (field) => {
      const error = get<unknown, FieldError | undefined>(errors, field);
      // The resolver reports a pending requirement too; only a server's or a shape's refusal shows then.
      if (pendingRequirement(field))
        return error?.type === 'server' || error?.type === 'shape' ? error.message : undefined;
      return live.get(field)?.reason ?? error?.message;
    },
    requirement: (field) => pendingRequirement(field)?.reason,
    attemptSubmit: () => setAttempted(true),
    touch: (field) => setTouched((before) => (before.has(field) ? before : new Set([...before, field]))),
    decision: denials[0] ?? ALLOWED,
    serverError,
    refuse,
    clearRefusal: () => setServerError(null),
    onSubmit,
    busy: form.formState.isSubmitting,
  };
}
