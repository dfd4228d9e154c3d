import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../../domain/messages/catalogue-parity';
import { domainEn } from '../../domain/messages/domain.en';
import { domainZhCN } from '../../domain/messages/domain.zh-CN';
import { enResources } from './resources.en';
import { zhCNResources } from './resources.zh-CN';

describe('the message catalogues', () => {
  it('give every UI key a non-empty sentence in both languages, with the same values', () => {
    expect(catalogueProblems(enResources, zhCNResources)).toEqual([]);
  });

  it('give every domain key a non-empty sentence in both languages, with the same values', () => {
    expect(catalogueProblems(domainEn, domainZhCN)).toEqual([]);
  });

  it('find a missing key, an empty sentence and a dropped value', () => {
    expect(catalogueProblems({ a: 'A {{n}}', b: 'B', c: { d: 'D' } }, { a: '甲', b: '', c: {} })).toEqual([
      'a: values {n} ≠ {}',
      'b: empty',
      'c.d: missing in the translation',
    ]);
  });
});
