import { ALWAYS } from './common';
import type { Region } from './types';

const RIJKSOVERHEID = {
  sourceUrl: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
  sourceName: 'Rijksoverheid (Government of the Netherlands)',
  checked: '2026-12-02',
} as const;

const LINE_113 = {
  sourceUrl: 'https://www.113.nl/schoolopdracht',
  sourceName: '113 Zelfmoordpreventie',
  checked: '2026-12-02',
} as const;

export const NL: Region = {
  code: 'nl',
  name: 'Netherlands',
  subtags: ['NL'],
  lines: [
    {
      id: 'nl-112',
      name: 'Emergency',
      number: '112',
      kind: 'call',
      emergency: true,
      silentCall:
        'There is no silent-call code on 112 in the Netherlands: a call is ended when the caller does not answer the two first questions, where you are and which service you need. If you can, answer those two, however briefly.',
      silentCallSource: {
        url: 'https://www.openkamer.org/kamervraag/2022Z01868/',
        name: 'Minister of Justice and Security, answer to Parliament (7 March 2022), via Open Kamer',
      },
      audience: 'everyone',
      languages: ['nl'],
      purpose: 'Police, ambulance or fire, when you or someone else is in danger right now.',
      ...RIJKSOVERHEID,
    },
    {
      id: 'nl-veilig-thuis',
      name: 'Veilig Thuis',
      number: '0800-2000',
      kind: 'call',
      audience: 'everyone',
      alsoFor: ['stop-hurting'],
      languages: ['nl'],
      purpose:
        'Free advice and a place to report domestic violence or child abuse, for victims, witnesses and people who use violence and want help. You can stay anonymous.',
      hours: ALWAYS,
      ...RIJKSOVERHEID,
    },
    {
      id: 'nl-veilig-thuis-chat',
      name: 'Veilig Thuis (chat)',
      url: 'https://www.veiligthuis.nl',
      kind: 'chat',
      audience: 'everyone',
      languages: ['nl'],
      purpose: 'Anonymous advice by chat when phoning is hard; reports are made by phone.',
      sourceUrl: 'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
      sourceName: 'Veilig Thuis Gooi en Vechtstreek',
      checked: '2026-12-02',
    },
    {
      id: 'nl-113',
      name: '113 Zelfmoordpreventie',
      number: '113',
      kind: 'call',
      audience: 'suicide',
      languages: ['nl'],
      purpose: 'Free, anonymous help if you are thinking about suicide or worried about someone.',
      ...LINE_113,
    },
    {
      id: 'nl-113-chat',
      name: '113 Zelfmoordpreventie (chat)',
      url: 'https://www.113.nl',
      kind: 'chat',
      audience: 'suicide',
      languages: ['nl'],
      purpose: 'The same help by anonymous chat on 113’s website.',
      ...LINE_113,
    },
    {
      id: 'nl-csg',
      name: 'Centrum Seksueel Geweld',
      number: '0800-0188',
      kind: 'call',
      audience: 'sexual-violence',
      languages: ['nl'],
      purpose:
        'Medical, forensic and emotional help after rape or sexual assault, best within 7 days; the police are involved only if you want.',
      hours: ALWAYS,
      sourceUrl: 'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
      sourceName: 'Centrum Seksueel Geweld',
      checked: '2026-12-02',
    },
    {
      id: 'nl-slachtofferhulp',
      name: 'Slachtofferhulp Nederland (victim support)',
      number: '0900-0101',
      kind: 'call',
      audience: 'everyone',
      languages: ['nl'],
      purpose:
        'Free practical, legal and emotional help for victims of crime, including domestic and sexual violence. The call costs the local rate.',
      hours: 'Office hours, and outside them in a crisis',
      sourceUrl: 'https://www.politie.nl/themas/slachtofferhulp.html',
      sourceName: 'Politie (Netherlands Police)',
      checked: '2026-12-02',
    },
  ],
};
