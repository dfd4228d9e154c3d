import { z } from 'zod';
import { mockPaths } from '../../domain/wire/paths';
import { SCENARIOS } from '../db/schema';
import { json, route, type Route } from '../http/pipeline';
import { mockSettingsSchema } from '../settings';

/*
 * The mock's own knobs: anonymous (the settings page works whatever the token), never failed by
 * fault injection, and not audited, since the audit trail is of tenants' actions.
 */

const getSettings = route('get', mockPaths.settings, { anonymous: true }, (ctx) => json(ctx.backend.settings()));

const putSettings = route('put', mockPaths.settings, { anonymous: true, body: mockSettingsSchema.partial() }, (ctx) =>
  json(ctx.backend.updateSettings(ctx.body)),
);

const resetBodySchema = z.object({ scenario: z.enum(SCENARIOS).optional() });

// `{}` and no body both reset the current scenario.
const reset = route('post', mockPaths.reset, { anonymous: true, body: resetBodySchema, optionalBody: true }, (ctx) => {
  ctx.backend.reset(ctx.body.scenario);
  return json({ scenario: ctx.backend.db().scenario });
});

const notice = route('get', mockPaths.notice, { anonymous: true }, (ctx) => json({ notice: ctx.backend.takeNotice() }));

export const mockControlRoutes: Route[] = [getSettings, putSettings, reset, notice];
