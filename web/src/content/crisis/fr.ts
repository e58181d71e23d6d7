import { ALWAYS } from './common';
import type { Region } from './types';

const CHATEAUBOURG = {
  sourceUrl: 'https://www.chateaubourg.fr/actualites/violences-conjugales/',
  sourceName: 'Commune de Châteaubourg (relaying government guidance)',
  checked: '2026-12-02',
} as const;

export const FR: Region = {
  code: 'fr',
  name: 'France',
  subtags: ['FR'],
  lines: [
    {
      id: 'fr-17',
      name: 'Police emergency (police or gendarmerie)',
      number: '17',
      kind: 'call',
      emergency: true,
      silentCall:
        'If you cannot speak, send a text message to 114, free at any time, to alert the police or gendarmerie. Give the exact address first. 114 takes text messages only, not calls.',
      audience: 'everyone',
      languages: ['fr'],
      purpose:
        'The police or gendarmerie, when you or someone else is in danger right now. For fire call 18, for medical help 15; 112 reaches any of them.',
      hours: ALWAYS,
      ...CHATEAUBOURG,
    },
    {
      id: 'fr-3919',
      name: '3919 Violences Femmes Info',
      number: '3919',
      kind: 'call',
      audience: 'women',
      languages: ['fr'],
      purpose:
        'Free, anonymous listening and guidance for women facing any kind of violence, and for people around them. Listeners in 12 other languages, including English and Spanish, at set times.',
      hours: ALWAYS,
      sourceUrl: 'https://solidaritefemmes.org/appeler-le-3919/',
      sourceName: 'Fédération Nationale Solidarité Femmes',
      checked: '2026-12-02',
    },
    {
      id: 'fr-arretons-chat',
      name: 'Arrêtons les violences (chat with police or gendarmes)',
      url: 'https://arretonslesviolences.gouv.fr',
      kind: 'chat',
      audience: 'everyone',
      languages: ['fr'],
      purpose: 'Chat anonymously with police or gendarmes trained in domestic and sexual violence, to get advice or report.',
      hours: ALWAYS,
      ...CHATEAUBOURG,
    },
    {
      id: 'fr-3114',
      name: '3114 Suicide prevention line',
      number: '3114',
      kind: 'call',
      audience: 'suicide',
      languages: ['fr'],
      purpose: 'Free, confidential help from trained health professionals if you are thinking about suicide or worried about someone.',
      hours: ALWAYS,
      sourceUrl: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
      sourceName: '3114 (Ministry of Health)',
      checked: '2026-12-02',
    },
    {
      id: 'fr-119',
      name: '119 Allô Enfance en Danger',
      number: '119',
      kind: 'call',
      audience: 'young-people',
      languages: ['fr'],
      purpose: 'For children and teenagers in danger, and for adults worried about a child; calls from children are answered first.',
      hours: ALWAYS,
      sourceUrl: 'https://guernes.eu/pratique/infos-jeunesse/enfance-en-danger',
      sourceName: 'Commune de Guernes',
      checked: '2026-12-02',
    },
  ],
};
