import { ALWAYS, EU_112_SOURCE } from './common';
import type { Region } from './types';

export const IT: Region = {
  code: 'it',
  name: 'Italy',
  subtags: ['IT'],
  lines: [
    {
      id: 'it-112',
      name: 'Emergency',
      number: '112',
      kind: 'call',
      emergency: true,
      audience: 'everyone',
      languages: ['it'],
      purpose: 'Police, ambulance or fire, when you or someone else is in danger right now. Free from any phone.',
      ...EU_112_SOURCE,
    },
    {
      id: 'it-1522',
      name: '1522 Anti-violence and stalking line',
      number: '1522',
      kind: 'call',
      audience: 'women',
      languages: ['it', 'en', 'fr', 'es', 'ar', 'fa', 'sq', 'ru', 'uk', 'pt', 'pl'],
      purpose: 'Free, anonymous first help for victims of gender-based violence and stalking, and a link to local anti-violence centres.',
      hours: ALWAYS,
      sourceUrl: 'https://www.1522.eu/cose-1522/?lang=en',
      sourceName: 'Department for Equal Opportunities, Presidency of the Council of Ministers (run by Differenza Donna)',
      checked: '2026-12-02',
    },
  ],
};
