// Safety-plan guidance, in the project's own words. Each section: a one-line
// prompt, a little guidance and a few examples, written for someone who may be frightened or
// exhausted. No phone numbers here: crisis lines are their own data, reached through "Help now".

export interface PlanSectionContent {
  /** A section of the plan record (features/plan/shared/types.ts; checked by features/plan/client's tests). */
  id: string;
  title: string;
  /** One line: the question this section answers. */
  prompt: string;
  guidance: string;
  /** 2 to 4. */
  examples: readonly string[];
}

export interface PlanGroupContent {
  id: 'coping' | 'during' | 'leaving' | 'after';
  title: string;
  intro: string;
  /** Short points to read before the group's sections (not part of the person's plan). */
  notes?: readonly string[];
  sections: readonly PlanSectionContent[];
}

export interface PlanContent {
  intro: string;
  groups: readonly PlanGroupContent[];
  checklist: {
    title: string;
    intro: string;
    /** By the core's checklist ids. */
    items: Readonly<Record<string, string>>;
    statuses: Readonly<Record<'have' | 'copied' | 'withSomeone' | 'photographed', string>>;
  };
  tech: {
    title: string;
    intro: string;
    /** Suddenly cutting off a partner who watches can make things more dangerous. */
    caution: string;
    /** By the core's reminder ids. */
    reminders: Readonly<Record<string, string>>;
  };
  sources: readonly string[];
}

export const STANLEY_BROWN =
  'Stanley, B. & Brown, G. K. (2012). Safety Planning Intervention: A Brief Intervention to Mitigate Suicide Risk. Cognitive and Behavioral Practice 19(2), 256-264.';

export const safetyPlan: PlanContent = {
  intro:
    'A plan you write on a calmer day, so that on a hard day you do not have to think. Fill in what you can; every part can wait, and only you can see it.',
  groups: [
    {
      id: 'coping',
      title: 'When things get too much',
      intro: 'Steps to work through in order, from what you can do alone to who you can call.',
      sections: [
        {
          id: 'warningSigns',
          title: 'My warning signs',
          prompt: 'What tells me a hard time is starting?',
          guidance:
            'Notice the thoughts, feelings or situations that come before a crisis. Spotting them early gives you time to use the rest of this plan.',
          examples: ['I stop sleeping', 'I feel nothing, then everything at once', 'After a fight, when the house goes quiet'],
        },
        {
          id: 'copingAlone',
          title: 'Things I can do on my own',
          prompt: 'What helps me get through a few minutes, even a little?',
          guidance: 'Small things count. Choose what you can do anywhere, without anyone else.',
          examples: [
            'Cold water on my face',
            'Breathe out slowly, longer than I breathe in',
            'Walk round the block',
            'Put on the song that steadies me',
          ],
        },
        {
          id: 'distractions',
          title: 'People and places that take my mind off things',
          prompt: 'Where can I go, or who can I be with, to get a break from my thoughts?',
          guidance: 'You do not have to talk about how you feel. Being around others, or somewhere different, can be enough.',
          examples: ['The library', "My cousin's kitchen", 'The park near work', 'A group chat with old friends'],
        },
        {
          id: 'helpers',
          title: 'People I can ask for help',
          prompt: 'Who could I tell that I am not okay?',
          guidance:
            'Write down people you trust and how to reach them. Leave out anyone who hurts or controls you, or who might tell them. It is fine if the list is short.',
          examples: ['My sister', 'A friend from school', 'My neighbour upstairs'],
        },
        {
          id: 'professionals',
          title: 'Professionals and services',
          prompt: 'Who can I call when I need more help than friends can give?',
          guidance:
            'Your doctor or counsellor, the nearest urgent care, a crisis line. The public crisis lines are always one tap away under "Help now".',
          examples: ['My GP', 'My counsellor', 'The nearest emergency department'],
        },
        {
          id: 'safeSurroundings',
          title: 'Making my surroundings safer',
          prompt: 'What can I move, lock away or give to someone for now?',
          guidance:
            'Put distance between you and anything that could be used to hurt you or yourself: spare medicine, and any gun or other weapon in the home. It can be for now, not forever.',
          examples: [
            'Give my spare tablets to a friend to keep',
            'Ask my brother to hold the gun for now',
            'Know where the weapons are kept; if one is brought out, leave',
            'Stay where there are other people',
          ],
        },
        {
          id: 'reasonsForLiving',
          title: 'My reasons for living',
          prompt: 'What matters to me, even on the worst day?',
          guidance: 'People, animals, plans, small joys. Anything that is yours belongs here.',
          examples: ['My children', 'My dog, who waits by the door', 'Seeing the sea again'],
        },
      ],
    },
    {
      id: 'during',
      title: 'If I am being hurt: during an incident',
      intro: 'Your safety comes first. If you are in danger now, call the emergency number under "Help now".',
      notes: [
        'If you must leave fast, go: things can wait. You matter more than anything you leave behind.',
        'Teach your children to call the emergency number, to go to a safe place or a trusted neighbour, and not to step in to protect you.',
        'Ask your helpers to call the emergency number when you signal, and not to come in themselves.',
      ],
      sections: [
        {
          id: 'saferRooms',
          title: 'Safer rooms',
          prompt: 'Where can I go in the house if an argument starts?',
          guidance:
            'Look for a room with a way out, and without things that can be used as weapons. Kitchens and bathrooms are often the most dangerous.',
          examples: ['The hallway by the front door', 'The living room, which has two doors'],
        },
        {
          id: 'escapeRoute',
          title: 'How I can get out',
          prompt: 'Which doors, windows or stairs could I use to leave quickly?',
          guidance: 'Think it through when you are calm. If you can, practise the route, with your children too.',
          examples: ['Back door, then through the side gate', 'Down the stairs, not the lift'],
        },
        {
          id: 'keysPhoneBag',
          title: 'Keys, phone and go-bag',
          prompt: 'Where will my keys, phone and a packed bag be, so I can grab them?',
          guidance: "Keep them in the same place, near your way out. A bag can also wait at a friend's home.",
          examples: ['Spare key in the coat by the door', "Go-bag at my friend's flat", 'Phone charged every night'],
        },
        {
          id: 'codeWords',
          title: 'Code words',
          prompt: 'What word or sign will tell my children, friends or family that I need help?',
          guidance:
            'Choose something that sounds ordinary. Agree with each person what to do when they hear it: call the emergency number for you, and never come in themselves.',
          examples: [
            '"Did you feed the cat?" means call for help',
            'A text with one full stop means call the emergency number, and do not come to the door',
            'To my children: "Go and play at the neighbours\'" means go there and call for help',
          ],
        },
        {
          id: 'neighbours',
          title: 'Neighbours who can call for help',
          prompt: 'Who nearby could call for help if they hear shouting or a noise?',
          guidance: 'You can tell them as much or as little as you like. Agree on a signal.',
          examples: ['Mrs Green at number 8', 'The couple downstairs: if the kitchen light flashes, call'],
        },
        {
          id: 'placesToGo',
          title: 'Places I can go',
          prompt: 'Where could I go right away, day or night?',
          guidance: 'Somewhere open late, a friend, a relative, a refuge. Having more than one helps.',
          examples: ['The all-night petrol station', "My aunt's house", 'A refuge (a helpline can find one)'],
        },
      ],
    },
    {
      id: 'leaving',
      title: 'If I am getting ready to leave',
      intro: 'Leaving can be the most dangerous time. Plan quietly, and talk to a domestic abuse service if you can.',
      sections: [
        {
          id: 'money',
          title: 'Money',
          prompt: 'How can I put a little money aside that only I can reach?',
          guidance: 'Even small amounts help. Think about an account of your own, and statements that do not come to the house.',
          examples: ['Cash kept with my sister', 'A separate bank account with paperless statements'],
        },
        {
          id: 'documents',
          title: 'Documents',
          prompt: 'Which papers will I need, and how can I keep copies safe?',
          guidance: 'Use the checklist below. Copies or photos kept somewhere safe are a good start.',
          examples: ['Copies of passports with a friend', 'Photos of bank cards saved somewhere only I can open'],
        },
        {
          id: 'lendOrHouse',
          title: 'Who can lend me money or give me a place to stay',
          prompt: 'Who could help me with a bed, a lift or a loan?',
          guidance: 'Ask only people you trust not to tell your partner.',
          examples: ['My brother: a room for a few weeks', 'My friend from work can drive me'],
        },
        {
          id: 'reviewPlan',
          title: 'When I will look at this plan again',
          prompt: 'When will I check that this plan still works?',
          guidance: 'Things change: a new address, a new job, a court date. Set a time to look again.',
          examples: ['The first of every month', 'Before the court hearing'],
        },
      ],
    },
    {
      id: 'after',
      title: 'After I have left',
      intro: 'The risk can stay for a while. These steps help you stay safer in the weeks after.',
      sections: [
        {
          id: 'homeSecurity',
          title: 'Home security',
          prompt: 'What would make my home feel safer?',
          guidance: 'Changing locks, a light outside, a door chain, telling neighbours. Some services help with this for free.',
          examples: ['Change the locks', 'Ask the landlord for a door viewer'],
        },
        {
          id: 'protectionOrder',
          title: 'Protection order',
          prompt: 'Where is my copy of the order, and who knows about it?',
          guidance: 'Keep a copy with you, and tell people who need to know, such as the school.',
          examples: ['Copy in my handbag', 'The school office has a copy', 'My manager knows'],
        },
        {
          id: 'workAndPublic',
          title: 'Work and public places',
          prompt: 'How can I be safer at work and when I am out?',
          guidance: 'Think about routes, times and who you are with. Changing your routine can help.',
          examples: ['Ask reception to screen my calls', 'Take a different bus home', 'Shop at a different supermarket'],
        },
      ],
    },
  ],
  checklist: {
    title: 'Documents and go-bag',
    intro:
      'Tick what applies to each thing: you have it, you have a copy, someone keeps it for you, or you have a photo. Add where it is, if you like.',
    items: {
      id: 'ID (driving licence, ID card)',
      birthCertificates: "Birth certificates (mine and my children's)",
      passports: 'Passports and immigration papers',
      benefitCards: 'Benefit cards and letters',
      custodyMarriage: 'Custody and marriage papers',
      protectionOrder: 'Protection order',
      policeReports: 'Police reports',
      medicalInsurance: 'Medical and insurance records',
      schoolRecords: 'School records',
      bankRecords: 'Bank records',
      leaseDeed: 'Lease or deed',
      carPapers: 'Car papers',
      keys: 'Keys (house, car, work)',
      medications: 'Medications and prescriptions',
      cashCards: 'Cash and bank cards',
      phoneCharger: 'Phone and charger',
      comfortItems: "Children's comfort items",
      petItems: 'Pet items',
    },
    statuses: {
      have: 'I have it',
      copied: 'Copied',
      withSomeone: 'Kept with someone',
      photographed: 'Photographed',
    },
  },
  tech: {
    title: 'Phone and online safety',
    intro: 'Phones and accounts can give away where you are or what you plan. Tick what you have looked at.',
    caution:
      'If your partner watches your phone or accounts, cutting them off all at once can make them angrier and more dangerous. Change things slowly, or use a safer device for plans and keep your usual phone as it was.',
    reminders: {
      saferDevice: "Use a safer device for planning: a library computer or a friend's phone.",
      locationSharing: 'Check location sharing in your phone, apps and photos.',
      sharedAccounts: 'Check shared cloud, email and shopping accounts your partner can see.',
      newPasswords: 'Make new passwords your partner cannot guess, when it is safe to.',
      stalkerware:
        'Know the signs of stalkerware: the battery drains fast, apps you do not know, or your partner knows things they could not know.',
      trackers:
        'Check bags, coats and the car for a small tracker (AirTag-style). Phones can alert you to one. Talk to an advocate before removing it: removing it can alert them.',
      phonePlan: 'Check shared phone plans and family sharing: whoever holds the account may see your location, calls or purchases.',
      safetyCheck:
        "iPhone (iOS 16 or later): Settings, Privacy & Security, Safety Check shows who you share with. Google: the account's Security Checkup and location sharing in Maps.",
      childrenDevices:
        "Check your children's phones, tablets and games: they may share location or be signed in to your partner's accounts.",
      accountRecovery: 'Check the recovery email and phone number of your accounts: whoever holds them can take an account back.',
    },
  },
  sources: [
    STANLEY_BROWN,
    "Safety-planning guidance published by the US National Domestic Violence Hotline, including its page on supporting your children (thehotline.org): a child's first job is their own safety.",
    "Safety-planning guidance published by Women's Aid and Refuge (UK).",
    "Technology safety: the Safety Net project of the US National Network to End Domestic Violence (techsafety.org) and Refuge's tech safety guides (refugetechsafety.org), which warn that changing settings can alert an abuser.",
    "Apple's Personal Safety User Guide (Safety Check, iOS 16 and later) and Google's Security Checkup for Google accounts.",
  ],
};
