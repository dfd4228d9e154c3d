/*
 * What the large scenario (10,000+ images shared with acme) costs: building a viewer's rule
 * context, deciding every action of every image the viewer sees (what the lists' menus and the
 * batch toolbars ask), and listing shared images filtered, sorted and paged.
 * `npm run bench` prints the figures; no test asserts on time.
 */
import { afterAll, bench, describe } from 'vitest';
import { can, type ImageOperation } from '../domain';
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

const EVERY_OPERATION: readonly ImageOperation[] = [
  'replicate',
  'export',
  'share',
  'tags',
  'delete',
  'modify',
  'launch',
  'accept',
];

describe('rules engine', () => {
  const large = seedScenario('large', NOW);
  const alice = viewerFor(large, TOKENS.alice)!.viewer;
  const own = new Set(alice.projectIds);
  const sharedWithAlice = new Set(large.members.filter((m) => own.has(m.projectId)).map((m) => m.imageId));
  const visible = large.images.filter((i) => own.has(i.ownerProjectId) || sharedWithAlice.has(i.id));

  const decideAll = (ctx: ReturnType<typeof ruleContextFor>) => {
    for (const image of visible) for (const op of EVERY_OPERATION) can(op, image, alice, ctx);
  };
  const built = ruleContextFor(large, alice, NOW);
  // the first call indexes the context, as a list's first render does
  decideAll(built);

  bench(`large: every action of the ${visible.length} images alice sees`, () => decideAll(built));
  bench(`large: the same with a fresh context (built and indexed)`, () => decideAll(ruleContextFor(large, alice, NOW)));
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
