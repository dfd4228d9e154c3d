import { regionName } from '../regions';
import type { WireTrace } from './audit';
import { parseBucketUrl } from './obs';

/* The audit trail's sentence: what the write did, in the words of the console's menus. */

export interface AuditFacts {
  /** The write's audit name (`replicate`, `share`, ...), the pipeline's `operation`. */
  operation: string;
  imageName: string | null;
  /** The request body as the operation's schema parsed it; undefined when it did not parse. */
  body: unknown;
  result: WireTrace['result'];
  /** The refusal's or failure's own sentence. */
  reason: string | null;
}

/** The act in both moods: "Replicate x to y" (refused, failed) and "Replicated x to y" (done). */
interface Phrase {
  attempt: string;
  done: string;
}

type Body = Record<string, unknown>;

const asBody = (value: unknown): Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value: unknown): number | undefined => (Array.isArray(value) ? value.length : undefined);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function phrase(attempt: string, done: string): Phrase {
  return { attempt, done };
}

/** The parts a body adds to the sentence: a destination, a bucket, a number of projects. */
function phraseOf(operation: string, name: string, raw: unknown): Phrase {
  const body = asBody(raw);
  switch (operation) {
    case 'create':
      return phrase(`Create image ${name}`, `Created image ${name}`);
    case 'update':
      return phrase(`Modify ${name}`, `Modified ${name}`);
    case 'replicate': {
      const region = text(body.region);
      const copy = text(body.name);
      const where = region ? ` to ${regionName(region)}` : copy ? ` as ${copy}` : '';
      return phrase(`Replicate ${name}${where}`, `Replicated ${name}${where}`);
    }
    case 'export': {
      const bucket = parseBucketUrl(text(body.bucket_url) ?? '')?.bucket;
      const where = bucket ? ` to bucket ${bucket}` : '';
      return phrase(`Export ${name}${where}`, `Exported ${name}${where}`);
    }
    case 'share': {
      const n = count(body.projects);
      const whom = n ? ` with ${plural(n, 'project', 'projects')}` : '';
      return phrase(`Share ${name}${whom}`, `Shared ${name}${whom}`);
    }
    case 'stop-sharing': {
      const n = count(body.projects);
      const whom = n ? ` with ${plural(n, 'project', 'projects')}` : '';
      return phrase(`Stop sharing ${name}${whom}`, `Stopped sharing ${name}${whom}`);
    }
    case 'answer-share':
      return body.status === 'rejected'
        ? phrase(`Reject the share of ${name}`, `Rejected the share of ${name}`)
        : body.status === 'accepted'
          ? phrase(`Accept the share of ${name}`, `Accepted the share of ${name}`)
          : phrase(`Answer the share of ${name}`, `Answered the share of ${name}`);
    case 'tags':
      return phrase(`Change the tags of ${name}`, `Changed the tags of ${name}`);
    case 'delete':
      return phrase(`Delete ${name}`, `Deleted ${name}`);
    case 'publish':
      return phrase(`Publish ${name} to KooGallery`, `Published ${name} to KooGallery`);
    case 'launch': {
      const server = asBody(body.server);
      const volume = asBody(body.volume);
      if (body.volume !== undefined) {
        const what = plural(typeof volume.count === 'number' ? volume.count : 1, 'EVS disk', 'EVS disks');
        return phrase(`Create ${what} from ${name}`, `Created ${what} from ${name}`);
      }
      const temporary = asBody(server.metadata).__temporary_ecs === 'true';
      const n = typeof server.count === 'number' ? server.count : 1;
      const what = plural(n, temporary ? 'temporary ECS' : 'ECS', temporary ? 'temporary ECSs' : 'ECSs');
      return phrase(`Create ${what} from ${name}`, `Created ${what} from ${name}`);
    }
    default:
      return phrase(`${operation} ${name}`, `${operation} ${name}`);
  }
}

/** A create names its image in the body before the image exists (and when it was refused). */
function nameInBody(raw: unknown): string | undefined {
  const body = asBody(raw);
  return text(body.name) ?? text(asBody(body.body).name);
}

/**
 * What happened, as a sentence: "Replicated web-frontend to AP-Singapore", "Replicate web-frontend
 * to AP-Singapore refused: <reason>", "Delete x failed: <reason>".
 */
export function auditMessage(facts: AuditFacts): string {
  const name = facts.imageName ?? nameInBody(facts.body) ?? 'an image';
  const { attempt, done } = phraseOf(facts.operation, name, facts.body);
  if (facts.result === 'success') return done;
  const outcome = facts.result === 'refused' ? 'refused' : 'failed';
  return facts.reason ? `${attempt} ${outcome}: ${facts.reason}` : `${attempt} ${outcome}`;
}
