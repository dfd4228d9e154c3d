import { describe, expect, it } from 'vitest';
import { COLUMNS, isColumnShown, visibleColumns } from './columns';

const ids = (toggled: string[]) => visibleColumns(toggled).map((c) => c.id);

describe('visibleColumns', () => {
  it('shows every column but Tags by default', () => {
    expect(ids([])).toEqual(COLUMNS.map((c) => c.id).filter((id) => id !== 'tags'));
  });

  it('shows Tags once chosen, and hides a default column once switched off', () => {
    expect(ids(['tags'])).toContain('tags');
    expect(ids(['os'])).not.toContain('os');
  });

  it('never hides the name', () => {
    const name = COLUMNS.find((c) => c.id === 'name');
    expect(name && isColumnShown(name, ['name'])).toBe(true);
  });
});
