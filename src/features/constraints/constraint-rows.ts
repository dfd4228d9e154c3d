import {
  CATALOGUE,
  OPERATION_LABELS,
  RULE_IDS,
  RULE_REACH,
  ruleEntry,
  type BlockedImage,
  type Denial,
  type Operation,
  type RuleId,
} from '../../domain';

/** What a rule does in the current region right now, as the Constraints page says it. */
export type RuleNow =
  | { kind: 'blocks-images'; images: BlockedImage[] }
  | { kind: 'blocks-no-image' }
  | { kind: 'blocks-creation'; reason: string }
  | { kind: 'creation' }
  | { kind: 'input' }
  | { kind: 'advisory' }
  /** The live facts are still loading, or could not be read. */
  | { kind: 'unknown' };

export interface RuleRow {
  id: RuleId;
  operation: Operation;
  statement: string;
  source: string;
  code: string;
  limits: { name: string; value: string }[];
  now: RuleNow;
}

export interface RuleSection {
  operation: Operation;
  label: string;
  rows: RuleRow[];
}

/** What the rules engine found now; undefined while it cannot be known. */
export interface LiveFacts {
  blocked: ReadonlyMap<RuleId, BlockedImage[]>;
  creation: readonly Denial[];
}

export function ruleNow(id: RuleId, live: LiveFacts | undefined): RuleNow {
  switch (RULE_REACH[id]) {
    case 'input':
      return { kind: 'input' };
    case 'advisory':
      return { kind: 'advisory' };
    case 'create':
      return { kind: 'creation' };
    case 'region': {
      if (!live) return { kind: 'unknown' };
      const denial = live.creation.find((d) => d.rule === id);
      return denial ? { kind: 'blocks-creation', reason: denial.reason } : { kind: 'creation' };
    }
    case 'image': {
      if (!live) return { kind: 'unknown' };
      const images = live.blocked.get(id) ?? [];
      return images.length > 0 ? { kind: 'blocks-images', images } : { kind: 'blocks-no-image' };
    }
  }
}

/** Every rule of the catalogue, in catalogue order, grouped by operation in `OPERATION_LABELS` order. */
export function ruleSections(live: LiveFacts | undefined): RuleSection[] {
  const operations = Object.keys(OPERATION_LABELS) as Operation[];
  return operations
    .map((operation) => ({
      operation,
      label: OPERATION_LABELS[operation],
      rows: RULE_IDS.filter((id) => CATALOGUE[id].operation === operation).map((id) => {
        const entry = ruleEntry(id);
        return {
          id,
          operation,
          statement: entry.statement,
          source: entry.source,
          code: entry.code,
          limits: Object.entries(entry.limits ?? {}).map(([name, value]) => ({ name, value: String(value) })),
          now: ruleNow(id, live),
        };
      }),
    }))
    .filter((section) => section.rows.length > 0);
}

function searchableText(row: RuleRow, sectionLabel: string): string {
  return [row.id, row.statement, row.source, row.code, sectionLabel, ...row.limits.flatMap((l) => [l.name, l.value])]
    .join(' ')
    .toLowerCase();
}

/** Rules whose id or text holds every word of `text` (any order, any case). */
export function filterSections(sections: readonly RuleSection[], text: string): RuleSection[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sections];
  return sections
    .map((section) => ({
      ...section,
      rows: section.rows.filter((row) => {
        const haystack = searchableText(row, section.label);
        return words.every((w) => haystack.includes(w));
      }),
    }))
    .filter((section) => section.rows.length > 0);
}

export interface RuleSummary {
  rules: number;
  blockingImages: number;
  blockingCreation: number;
}

export function summarize(sections: readonly RuleSection[]): RuleSummary {
  const rows = sections.flatMap((s) => s.rows);
  return {
    rules: rows.length,
    blockingImages: rows.filter((r) => r.now.kind === 'blocks-images').length,
    blockingCreation: rows.filter((r) => r.now.kind === 'blocks-creation').length,
  };
}

/** "68 rules · 14 block images in CN North-Beijing4 now" (the live half only once it is known). */
export function summaryText(summary: RuleSummary, regionName: string, known: boolean): string {
  const rules = `${summary.rules} ${summary.rules === 1 ? 'rule' : 'rules'}`;
  if (!known) return rules;
  const verb = summary.blockingImages === 1 ? 'blocks' : 'block';
  const parts = [rules, `${summary.blockingImages} ${verb} images in ${regionName} now`];
  if (summary.blockingCreation > 0)
    parts.push(`${summary.blockingCreation} ${summary.blockingCreation === 1 ? 'blocks' : 'block'} creating images`);
  return parts.join(' · ');
}
