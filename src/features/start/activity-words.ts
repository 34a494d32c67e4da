import { start } from '../../i18n/en/start';

/** The coach's sport in English, for the start page's inline script, which runs before the app and its language: "Sent by your coach Sam, for running". */
export const ACTIVITY_WORDS = start.activities;
