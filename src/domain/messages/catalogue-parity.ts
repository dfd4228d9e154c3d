/**
 * What two catalogues disagree on: keys one has and the other lacks, empty sentences, and
 * sentences whose `{{values}}` differ (a translation that drops the failing value is wrong).
 */
export function catalogueProblems(reference: object, translation: object, path = ''): string[] {
  const problems: string[] = [];
  const ref = reference as Record<string, unknown>;
  const tr = translation as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ref), ...Object.keys(tr)])) {
    const at = path ? `${path}.${key}` : key;
    const a = ref[key];
    const b = tr[key];
    if (a === undefined || b === undefined)
      problems.push(`${at}: missing in the ${a === undefined ? 'reference' : 'translation'}`);
    else if (typeof a === 'string' && typeof b === 'string') {
      if (a.trim() === '' || b.trim() === '') problems.push(`${at}: empty`);
      else if (placeholders(a) !== placeholders(b))
        problems.push(`${at}: values ${placeholders(a)} ≠ ${placeholders(b)}`);
    } else if (typeof a === 'object' && typeof b === 'object' && a && b) problems.push(...catalogueProblems(a, b, at));
    else problems.push(`${at}: a sentence in one catalogue, a group in the other`);
  }
  return problems;
}

function placeholders(sentence: string): string {
  const names = [...sentence.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]);
  return `{${[...new Set(names)].sort().join(', ')}}`;
}
