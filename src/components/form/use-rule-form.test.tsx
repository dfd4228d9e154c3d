// @vitest-environment happy-dom
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { ALLOWED, emptyContext, type Decision, type Denial, type RuleContext } from '../../domain';
import { FormTextField } from './form-text-field';
import { RuleFormBody } from './rule-form-body';
import { placeDenials, placeRefusal, useRuleForm } from './use-rule-form';

interface Values {
  name: string;
  targets: { vaultId: string }[];
}

const VALUES: Values = { name: 'web', targets: [{ vaultId: '' }] };

const denial = (field: string | undefined, reason = `${field ?? 'form'} refused`): Denial => ({
  allowed: false,
  rule: 'replicate.name',
  code: 'IMG.0001',
  reason,
  ...(field === undefined ? {} : { field }),
});

describe('placeDenials', () => {
  it.each([
    { name: 'a field of the form', field: 'name', place: 'name' },
    { name: 'a field of a row', field: 'targets.0.vaultId', place: 'targets.0.vaultId' },
    { name: 'a field the form does not have', field: 'kmsKeyId', place: 'root' },
    { name: 'a row the form does not have', field: 'targets.3.vaultId', place: 'root' },
    { name: 'no field', field: undefined, place: 'root' },
  ])('$name', ({ field, place }) => {
    expect([...placeDenials(VALUES, [denial(field)]).keys()]).toEqual([place]);
  });

  it('keeps the first refusal of each place', () => {
    const placed = placeDenials(VALUES, [denial('name', 'first'), denial('name', 'second'), denial(undefined)]);
    expect(placed.get('name')?.reason).toBe('first');
    expect(placed.get('root')?.reason).toBe('form refused');
  });
});

describe('placeRefusal', () => {
  it.each([
    {
      name: 'a rule refusal on a field of the form',
      error: new ApiError({ status: 400, code: 'IMG.0035', message: 'Name is empty.', field: 'name' }),
      place: 'name',
      message: 'Name is empty.',
    },
    {
      name: 'a rule refusal on no field of the form, with its hint',
      error: new ApiError({ status: 400, code: 'IMG.0096', message: 'No key.', hint: 'Copy it.', field: 'kmsKeyId' }),
      place: 'root',
      message: 'No key. Copy it.',
    },
    { name: 'a network failure', error: new TypeError('Failed to fetch'), place: 'root', message: 'Failed to fetch' },
  ])('$name', ({ error, place, message }) => {
    expect(placeRefusal(VALUES, error)).toEqual({ place, message });
  });
});

function renderRuleForm(check: (values: Values, ctx: RuleContext) => Denial[], submit = vi.fn()) {
  return renderHook(() => useRuleForm<Values>({ defaultValues: VALUES, ctx: emptyContext(), check, submit }));
}

describe('useRuleForm', () => {
  it('judges the values as they are typed, and gives the submit the first refusal', async () => {
    const { result } = renderRuleForm((values) => (values.name === '' ? [denial('name', 'Name is empty.')] : []));
    expect(result.current.decision.allowed).toBe(true);
    act(() => result.current.form.setValue('name', ''));
    await waitFor(() => expect(result.current.problem('name')).toBe('Name is empty.'));
    expect(result.current.decision).toMatchObject({ allowed: false, reason: 'Name is empty.' });
  });

  it('does not send refused values', async () => {
    const submit = vi.fn();
    const { result } = renderRuleForm(() => [denial(undefined)], submit);
    await act(() => result.current.onSubmit());
    expect(submit).not.toHaveBeenCalled();
    expect(result.current.live.get('root')?.reason).toBe('form refused');
  });

  it('puts a backend refusal on its field and keeps what was typed', async () => {
    const submit = vi.fn(() =>
      Promise.reject(new ApiError({ status: 400, code: 'IMG.0001', message: 'Taken.', field: 'name' })),
    );
    const { result } = renderRuleForm(() => [], submit);
    act(() => result.current.form.setValue('name', 'web-2'));
    await act(() => result.current.onSubmit());
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ name: 'web-2' }));
    expect(result.current.problem('name')).toBe('Taken.');
    expect(result.current.serverError).toBeNull();
    expect(result.current.values.name).toBe('web-2');
  });

  it('shows a refusal that names no field above the form, and clears it on the next submit', async () => {
    const submit = vi
      .fn()
      .mockRejectedValueOnce(new ApiError({ status: 500, code: 'IMG.0500', message: 'Try again.' }))
      .mockResolvedValueOnce(undefined);
    const { result } = renderRuleForm(() => [], submit);
    await act(() => result.current.onSubmit());
    expect(result.current.serverError).toBe('Try again.');
    await act(() => result.current.onSubmit());
    expect(result.current.serverError).toBeNull();
  });

  it('checks with the latest rule context, not the one it opened with', async () => {
    const full: RuleContext = emptyContext({ quota: { 'cn-north-4': { used: 50, limit: 50 } } });
    const { result, rerender } = renderHook(
      ({ ctx }: { ctx: RuleContext }) =>
        useRuleForm<Values>({
          defaultValues: VALUES,
          ctx,
          check: (_values, latest) => (latest.quota['cn-north-4'] ? [denial(undefined, 'Quota full.')] : []),
          submit: vi.fn(),
        }),
      { initialProps: { ctx: emptyContext() } },
    );
    rerender({ ctx: full });
    await act(() => result.current.onSubmit());
    expect(result.current.live.get('root')?.reason).toBe('Quota full.');
    expect(result.current.form.formState.errors.root?.message).toBe('Quota full.');
  });
});

describe('a requirement (nothing chosen yet) is help until the field is touched or a submit is tried', () => {
  afterEach(cleanup);
  const requirement = (values: Values) =>
    values.name === '' ? [{ ...denial('name', 'Enter a name.'), kind: 'requirement' as const }] : [];

  it('is not a problem of an untouched field, yet denies the submit', () => {
    const { result } = renderHook(() =>
      useRuleForm<Values>({
        defaultValues: { ...VALUES, name: '' },
        ctx: emptyContext(),
        check: requirement,
        submit: vi.fn(),
      }),
    );
    expect(result.current.problem('name')).toBeUndefined();
    expect(result.current.requirement('name')).toBe('Enter a name.');
    expect(result.current.decision).toMatchObject({ allowed: false, reason: 'Enter a name.' });
  });

  it.each([
    {
      name: 'touched',
      engage: (form: ReturnType<typeof useRuleForm<Values>>) =>
        form.form.setValue('name', '', { shouldTouch: true, shouldValidate: true }),
    },
    { name: 'a denied submit pressed', engage: (form: ReturnType<typeof useRuleForm<Values>>) => form.attemptSubmit() },
    { name: 'marked touched by code', engage: (form: ReturnType<typeof useRuleForm<Values>>) => form.touch('name') },
  ])('is a problem once $name', async ({ engage }) => {
    const { result } = renderHook(() =>
      useRuleForm<Values>({
        defaultValues: { ...VALUES, name: '' },
        ctx: emptyContext(),
        check: requirement,
        submit: vi.fn(),
      }),
    );
    act(() => engage(result.current));
    await waitFor(() => expect(result.current.problem('name')).toBe('Enter a name.'));
    expect(result.current.requirement('name')).toBeUndefined();
  });

  it('a refusal of a value is a problem at once', () => {
    const { result } = renderHook(() =>
      useRuleForm<Values>({
        defaultValues: { ...VALUES, name: '' },
        ctx: emptyContext(),
        check: (values) => (values.name === '' ? [denial('name', 'Name is empty.')] : []),
        submit: vi.fn(),
      }),
    );
    expect(result.current.problem('name')).toBe('Name is empty.');
    expect(result.current.requirement('name')).toBeUndefined();
  });

  it('turns red when the denied submit is pressed', async () => {
    render(<RequirementForm />);
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field.getAttribute('aria-invalid')).toBe('false');
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(save);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
  });

  function RequirementForm() {
    const ruleForm = useRuleForm<Values>({
      defaultValues: { ...VALUES, name: '' },
      ctx: emptyContext(),
      check: requirement,
      submit: vi.fn(),
    });
    return (
      <RuleFormBody ruleForm={ruleForm} subject="Image web" source={ALLOWED} submitLabel="Save" onCancel={vi.fn()}>
        <FormTextField
          control={ruleForm.form.control}
          name="name"
          label="Name"
          problem={ruleForm.problem('name')}
          help={ruleForm.requirement('name')}
        />
      </RuleFormBody>
    );
  }
});

function NameForm({ submit, source = ALLOWED }: { submit: () => Promise<void>; source?: Decision }) {
  const ruleForm = useRuleForm<Values>({
    defaultValues: VALUES,
    ctx: emptyContext(),
    check: (values) => (values.name === '' ? [denial('name', 'Name is empty.')] : []),
    submit,
  });
  return (
    <RuleFormBody ruleForm={ruleForm} subject="Image web" source={source} submitLabel="Save" onCancel={vi.fn()}>
      <FormTextField control={ruleForm.form.control} name="name" label="Name" problem={ruleForm.problem('name')} />
    </RuleFormBody>
  );
}

describe('RuleFormBody', () => {
  afterEach(cleanup);

  it('puts the refusal under its field and denies the submit with the reason', async () => {
    render(<NameForm submit={vi.fn()} />);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Name' }));
    // Under the field, and as the denied submit's description.
    await waitFor(() => expect(screen.getAllByText('Name is empty.')).toHaveLength(2));
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('is busy while the submit runs, then free again', async () => {
    let finish = () => {};
    const submit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<NameForm submit={submit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true));
    act(() => finish());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(false));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('says why the source is refused, and the submit says it too', () => {
    const refused = { ...denial(undefined, 'You have read-only access.'), hint: 'Ask for IMS FullAccess.' };
    render(<NameForm submit={vi.fn()} source={refused} />);
    // Above the fields, and as the denied submit's description.
    expect(screen.getAllByText('You have read-only access. Ask for IMS FullAccess.')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Save' }).getAttribute('aria-disabled')).toBe('true');
  });
});
