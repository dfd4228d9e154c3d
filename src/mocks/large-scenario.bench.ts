/*
 * What the large scenario (10,000+ images shared with acme) costs the mock backend: building a
 * viewer's rule context, and listing shared images filtered, sorted and paged.
 * `npm run bench` prints the figures; no test asserts on time.
 */
import { afterAll, bench, describe } from 'vitest';
import { createTestServer } from './node';
import { ruleContextFor } from './rule-context';
import { SEED_EPOCH, seedScenario, TOKENS } from './seed';
import { viewerFor } from './viewer';

const NOW = SEED_EPOCH + 22 * 86_400_000;

describe('rule context', () => {
  const demo = seedScenario('demo', NOW);
  const large = seedScenario('large', NOW);
  const aliceIn = (db: typeof demo) => viewerFor(db, TOKENS.alice)!.viewer;

  bench('demo: ruleContextFor(alice)', () => {
    ruleContextFor(demo, aliceIn(demo), NOW);
  });
  bench('large: ruleContextFor(alice)', () => {
    ruleContextFor(large, aliceIn(large), NOW);
  });
});

describe('shared image list handler', () => {
  const { server, backend } = createTestServer({
    settings: { jobSpeed: 'instant', failureRate: 0, jobFailureRate: 0, latencyMs: 0 },
  });
  const list = (query: string) =>
    fetch(`http://localhost/ims/cn-north-4/v2/cloudimages?__imagetype=shared&${query}`, {
      headers: { 'X-Auth-Token': TOKENS.alice },
    }).then((r) => r.json());

  // Bench hooks run around each task, not once per file: listen at load, close when done.
  server.listen({ onUnhandledRequest: 'error' });
  backend.reset('large');
  afterAll(() => server.close());

  bench('large: first page sorted by name', async () => {
    await list('sort_key=name&sort_dir=asc&limit=50');
  });
  bench('large: pending, name filter', async () => {
    await list('member_status=pending&name_like=etl&limit=20');
  });
});
