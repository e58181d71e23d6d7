import { ALWAYS } from './common';
import type { Region } from './types';

export const EU: Region = {
  code: 'eu',
  name: 'European Union (anywhere)',
  subtags: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
  note: '112 works in every EU country, free from any phone. For lines in your own language, choose your country in the list above if it is there.',
  lines: [
    {
      id: 'eu-112',
      name: 'European emergency number',
      number: '112',
      kind: 'call',
      emergency: true,
      audience: 'everyone',
      languages: ['en'],
      purpose: 'Free from any phone in every EU country: police, ambulance or fire.',
      hours: ALWAYS,
      sourceUrl: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
      sourceName: 'Health Service Executive (HSE), Ireland',
      checked: '2026-12-02',
    },
  ],
};
