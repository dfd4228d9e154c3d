import type { domainEn } from './domain.en';
import { labelsZhCN } from './labels.zh-CN';
import type { Messages } from './messages-type';
import { rulesZhCN } from './rules.zh-CN';

/** The domain's sentences in Simplified Chinese (see `domain.en.ts`). */
export const domainZhCN: Messages<typeof domainEn> = {
  rules: rulesZhCN,
  labels: labelsZhCN,
};
