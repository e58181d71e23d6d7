import { ALWAYS } from './common';
import type { Region } from './types';

export const EU: Region = {
  code: 'eu',
  name: 'European Union (anywhere)',
  subtags: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'GR', 'HU', 'LV', 'LT', 'LU', 'MT', 'PL', 'PT', 'RO', 'SK', 'SI', 'SE'],
  note: '112 works in every EU country, free from any phone. The other numbers are EU-wide, but not every country has set them up. For lines in your own language, choose your country in the list above if it is there.',
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
      sourceUrl:
        'https://digital-strategy.ec.europa.eu/en/news/112-day-saving-lives-quickly-and-easily-reaching-emergency-services-anywhere-eu',
      sourceName: 'European Commission',
      checked: '2026-12-02',
    },
    {
      id: 'eu-116006',
      name: '116 006 Helpline for victims of crime',
      number: '116 006',
      kind: 'call',
      audience: 'everyone',
      languages: [],
      purpose:
        'Information and emotional support for victims of crime, in the countries that have set it up; many have not, so in danger call 112.',
      sourceUrl: 'https://ec.europa.eu/newsroom/just/redirection/item/737172',
      sourceName: 'European Commission (Justice and Consumers)',
      checked: '2026-12-02',
    },
    {
      id: 'eu-116000',
      name: '116 000 Missing children hotline',
      number: '116 000',
      kind: 'call',
      audience: 'young-people',
      languages: [],
      purpose: 'For children who have run away or may go missing, and for their families, in the countries that run it.',
      sourceUrl: 'https://missingchildreneurope.eu/hotline-116-000/',
      sourceName: 'Missing Children Europe',
      checked: '2026-12-02',
    },
  ],
};
