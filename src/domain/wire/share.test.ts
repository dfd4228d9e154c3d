import { describe, expect, it } from 'vitest';
import { parseProjectIds, projectIdFormatProblem } from './share';

const HEX = '9f9635df520e68d079bae2abfbe93f0d';

describe('projectIdFormatProblem', () => {
  it.each([HEX, HEX.toUpperCase()])('accepts %s', (text) => {
    expect(projectIdFormatProblem(text)).toBeUndefined();
  });

  it.each([HEX.slice(1), `${HEX}0`, `${HEX.slice(1)}g`, 'globex', 'p-bob-cn-north-4'])('refuses %s', (text) => {
    expect(projectIdFormatProblem(text)).toBe(
      `"${text}" is not a project ID: a project ID is 32 hexadecimal characters (0-9, a-f).`,
    );
  });
});

describe('parseProjectIds', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   \n ', []],
    ['a', ['a']],
    ['a b', ['a', 'b']],
    ['a,b;c\nd\te', ['a', 'b', 'c', 'd', 'e']],
    [' a , , b ,', ['a', 'b']],
    ['a b a', ['a', 'b']],
  ])('%j → %j', (text, ids) => {
    expect(parseProjectIds(text)).toEqual(ids);
  });
});
