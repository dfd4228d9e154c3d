import 'i18next';
import type { enResources } from './resources.en';

// Message keys are type-checked against the English catalogue: `t('replicate:title')` compiles only
// if the key exists (the Chinese catalogue is held to the same keys by `Messages<>`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof enResources;
  }
}
