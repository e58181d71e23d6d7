import { ALWAYS, EU_112_SOURCE } from './common';
import type { Region } from './types';

export const EU: Region = {
  code: 'eu',
  name: 'European Union (anywhere)',
  subtags: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'GR', 'HU', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'SE'],
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
      ...EU_112_SOURCE,
    },
  ],
};
