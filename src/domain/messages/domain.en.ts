import { labelsEn } from './labels.en';
import { rulesEn } from './rules.en';

/** The domain's sentences in English: rule reasons and hints, statements, labels. */
export const domainEn = {
  rules: rulesEn,
  labels: labelsEn,
};
