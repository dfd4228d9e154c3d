import type { DeleteImpact, ImageType, Partition } from '../../domain';
import type { ItemOutcome } from '../../components/batch-lists';

const images = (n: number) => `${n} ${n === 1 ? 'image' : 'images'}`;

/** "5 selected: 3 will be deleted, 2 skipped" — the batch pre-flight in one line. */
export function preflightSummary({ eligible, skipped }: Partition): string {
  const total = eligible.length + skipped.length;
  if (skipped.length === 0) return `${total} selected: all ${eligible.length} will be deleted`;
  if (eligible.length === 0) return `${total} selected: none can be deleted, ${skipped.length} skipped`;
  return `${total} selected: ${eligible.length} will be deleted, ${skipped.length} skipped`;
}

/** `Delete` for one image, `Delete 3 images` for several. */
export function deleteButtonLabel(count: number): string {
  return count > 1 ? `Delete ${images(count)}` : 'Delete';
}

/** The toast after a run: what was deleted and what failed. */
export function outcomeSummary(outcomes: readonly ItemOutcome[], onlyName?: string): string {
  const deleted = outcomes.filter((o) => o.status === 'done').length;
  const failed = outcomes.length - deleted;
  if (outcomes.length === 1 && onlyName !== undefined)
    return deleted === 1 ? `Image ${onlyName} deleted` : `Image ${onlyName} was not deleted`;
  if (failed === 0) return `${images(deleted)} deleted`;
  if (deleted === 0) return `No images deleted; ${failed} failed`;
  return `${images(deleted)} deleted; ${failed} failed`;
}

/** Why one image's deletion asks for its name: who loses it, and what kind of image it is. */
export function impactSentences(impact: DeleteImpact, type: ImageType): string[] {
  const sentences: string[] = [];
  const n = impact.projectsLosingIt;
  if (n > 0)
    sentences.push(
      `It is shared with ${n} ${n === 1 ? 'project' : 'projects'}; ${n === 1 ? 'it loses' : 'they lose'} the image too.`,
    );
  if (type === 'whole') sentences.push('It is a full-ECS image: the system and data disks of a server in one.');
  return sentences;
}
