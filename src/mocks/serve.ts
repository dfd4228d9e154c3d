import { SCENARIOS, type ScenarioName } from './db/schema';
import { startMockHttpServer } from './http/http-server';
import { faultSeedFrom, jobSpeedSchema } from './settings';

/*
 * `npm run mock:serve -- [--port 4010] [--scenario demo] [--job-speed instant] [--fault-seed 7]`
 * (or PORT=):
 * the mock backend on localhost, for SDKs, curl and API tests.
 */

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const arg = args[at] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const rawPort = option('port') ?? process.env.PORT ?? '4010';
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Not a port: "${rawPort}".`);

const scenario = option('scenario') ?? 'demo';
if (!(SCENARIOS as readonly string[]).includes(scenario))
  fail(`Unknown scenario "${scenario}"; one of ${SCENARIOS.join(', ')}.`);

const jobSpeed = jobSpeedSchema.safeParse(option('job-speed') ?? 'real');
if (!jobSpeed.success) fail(`Unknown job speed; one of ${jobSpeedSchema.options.join(', ')}.`);

const rawFaultSeed = option('fault-seed');
const faultSeed = faultSeedFrom(rawFaultSeed);
if (rawFaultSeed !== undefined && faultSeed === undefined) fail(`Not a fault seed: "${rawFaultSeed}".`);

const server = await startMockHttpServer({
  port,
  host: option('host') ?? '127.0.0.1',
  scenario: scenario as ScenarioName,
  settings: { jobSpeed: jobSpeed.data, ...(faultSeed === undefined ? {} : { faultSeed }) },
});
console.log(`IMS mock backend (${scenario}, jobs ${jobSpeed.data}) at ${server.url}`);
console.log(
  `  curl -H 'X-Auth-Token: demo-token-alice' '${server.url}/ims/cn-north-4/v2/cloudimages?__imagetype=private&limit=2'`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
