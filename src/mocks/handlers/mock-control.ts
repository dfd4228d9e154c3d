import { z } from 'zod';
import { fieldErrorsOf } from '../../domain/wire/error';
import { SCENARIOS } from '../db/schema';
import { badRequest } from '../http/errors';
import { json, route, type Route } from '../http/pipeline';
import { mockSettingsSchema } from '../settings';

/*
 * The mock's own knobs: anonymous (the settings page works whatever the token), never failed by
 * fault injection, and not audited, since the audit trail is of tenants' actions.
 */

const getSettings = route('get', '/mock/settings', { anonymous: true }, (ctx) => json(ctx.backend.settings()));

const putSettings = route('put', '/mock/settings', { anonymous: true, body: mockSettingsSchema.partial() }, (ctx) =>
  json(ctx.backend.updateSettings(ctx.body)),
);

const resetBodySchema = z.object({ scenario: z.enum(SCENARIOS).optional() });

/** The body is optional here (`{}` and none both reset the current scenario). */
async function resetBody(request: Request) {
  const text = await request.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  const result = resetBodySchema.safeParse(value);
  if (!result.success) {
    const fieldErrors = fieldErrorsOf(result.error).map((e) => ({
      ...e,
      field: `body.${e.field}`.replace(/\.\(body\)$/, ''),
    }));
    throw badRequest(`Invalid request: ${fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ')}.`, fieldErrors);
  }
  return result.data;
}

const reset = route('post', '/mock/reset', { anonymous: true }, async (ctx) => {
  const { scenario } = await resetBody(ctx.request);
  ctx.backend.reset(scenario);
  return json({ scenario: ctx.backend.db().scenario });
});

const notice = route('get', '/mock/notice', { anonymous: true }, (ctx) => json({ notice: ctx.backend.takeNotice() }));

export const mockControlRoutes: Route[] = [getSettings, putSettings, reset, notice];
