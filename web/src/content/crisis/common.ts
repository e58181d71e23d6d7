// Wording shared by several regions' lines.

export const EMERGENCY_PURPOSE = 'Police, ambulance or fire, when you or someone else is in danger right now.';
export const ALWAYS = 'Any time, day or night';

/** A government page stating that 112 works, free, in every EU country. */
export const EU_112_SOURCE = {
  sourceUrl: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
  sourceName: 'Health Service Executive (HSE), Ireland: 112 works in every EU country',
  checked: '2026-12-02',
} as const;
