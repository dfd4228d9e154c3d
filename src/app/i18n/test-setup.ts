// Vitest: the UI's i18next instance in English, as the console starts for a browser set to it.
import './console-i18n';
