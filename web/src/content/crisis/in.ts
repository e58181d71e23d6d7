import type { Region } from './types';

export const IN: Region = {
  code: 'in',
  name: 'India',
  subtags: ['IN'],
  note: 'Only the emergency number is listed for India so far: other lines are added once they are checked against the services’ own pages.',
  lines: [
    {
      id: 'in-112',
      name: 'Emergency (ERSS)',
      number: '112',
      kind: 'call',
      emergency: true,
      silentCall:
        'If you cannot speak, make a panic call: on a smartphone press the power button three times quickly; on a basic phone press and hold 5 or 9. The 112 India app can also send a panic call.',
      audience: 'everyone',
      languages: ['en', 'hi'],
      purpose: 'Police, fire, ambulance and help for women, through one number, when you or someone else is in danger right now.',
      sourceUrl: 'https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system',
      sourceName: 'Emergency Response Support System, Government of India (Vikaspedia)',
      checked: '2026-12-02',
    },
  ],
};
