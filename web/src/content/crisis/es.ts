import { ALWAYS, EU_112_SOURCE } from './common';
import type { Region } from './types';

const MUGARDOS = {
  sourceUrl: 'https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/',
  sourceName: 'Concello de Mugardos, publishing the Government Delegation against Gender Violence',
  checked: '2026-12-02',
} as const;

export const ES: Region = {
  code: 'es',
  name: 'Spain',
  subtags: ['ES'],
  lines: [
    {
      id: 'es-112',
      name: 'Emergency',
      number: '112',
      kind: 'call',
      emergency: true,
      audience: 'everyone',
      languages: ['es'],
      purpose: 'Police, ambulance or fire, when you or someone else is in danger right now. Free from any phone.',
      ...EU_112_SOURCE,
    },
    {
      id: 'es-016',
      name: '016 Violence against women line',
      number: '016',
      kind: 'call',
      audience: 'women',
      languages: ['es'],
      purpose:
        'Free, confidential information, legal advice and support for women facing any form of violence, and for people around them.',
      ...MUGARDOS,
    },
    {
      id: 'es-016-tty',
      name: '016 text phone',
      number: '900 116 016',
      kind: 'tty',
      audience: 'women',
      languages: ['es'],
      purpose: 'Text-phone access to 016 for people who are deaf or have a speech disability.',
      ...MUGARDOS,
    },
    {
      id: 'es-anar',
      name: 'Teléfono ANAR (children and teenagers)',
      number: '900 20 20 10',
      kind: 'call',
      audience: 'young-people',
      languages: ['es'],
      purpose: 'Free, confidential help for children and teenagers in trouble or at risk.',
      hours: ALWAYS,
      sourceUrl:
        'https://defensornavarra.es/es/noticias/la-fundacion-anar-se-entrevisto-con-el-defensor-del-pueblo-de-navarra-y-le-entrego-su-informe-anual-referido-a-navarra',
      sourceName: 'Defensor del Pueblo de Navarra',
      checked: '2026-12-02',
    },
  ],
};
