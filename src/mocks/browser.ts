import { setupWorker } from 'msw/browser';

import { createBackend } from './create-backend';
import { SCENARIOS, type ScenarioName } from './db/schema';
import { createHandlers } from './handlers';
import { faultSeedFrom, jobSpeedSchema, type MockSettings } from './settings';

function scenarioFrom(params: URLSearchParams): ScenarioName | undefined {
  const value = params.get('scenario');
  return SCENARIOS.find((name) => name === value);
}

function settingsFrom(params: URLSearchParams): Partial<MockSettings> {
  const jobSpeed = jobSpeedSchema.safeParse(params.get('jobSpeed'));
  const faultSeed = faultSeedFrom(params.get('faultSeed'));
  return {
    ...(jobSpeed.success ? { jobSpeed: jobSpeed.data } : {}),
    ...(faultSeed === undefined ? {} : { faultSeed }),
  };
}

/**
 * Starts the in-browser IMS backend. `?scenario=`, `?jobSpeed=` and `?faultSeed=` on the page's URL
 * pick the seed, job speed and fault sequence of a first load, so a Playwright test or a demo link
 * is deterministic.
 */
export async function startMockBackend(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const backend = createBackend({
    storage: window.localStorage,
    scenario: scenarioFrom(params),
    settings: settingsFrom(params),
  });
  const worker = setupWorker(...createHandlers(backend));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
