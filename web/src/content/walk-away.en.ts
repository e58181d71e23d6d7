// The "When to walk away" check (issue 4, part 4), in the project's own words. Not a diagnosis
// and not a risk score: widely published warning signs of abuse, and the source article's
// criteria. Which answers lead to which result is the core's rule (crates/core/src/walkaway.rs).

export interface WalkAwayContent {
  title: string;
  intro: string;
  /** By the core's question ids, in the order the core asks them. */
  questions: Readonly<Record<string, string>>;
  /** By the core's result ids. */
  results: Readonly<Record<string, { title: string; body: string }>>;
  sources: readonly string[];
}

export const walkAway: WalkAwayContent = {
  title: 'When to walk away',
  intro:
    'A few questions about how things are with your partner. This is not a test and not a diagnosis. Tick what is true for you, then see what your answers suggest. Nothing is kept unless you choose to save it.',
  questions: {
    hurt: 'They have hit, pushed, grabbed, choked or hurt you in another way.',
    threats: 'They have threatened to hurt you, your children, your pets, or themselves if you leave.',
    afraid: 'You are afraid of what they might do to you or someone you love.',
    forced: 'They have pressured or forced you into sexual things you did not want.',
    worse: 'The harm or the threats have happened more often, or got worse, lately.',
    putDowns: 'They call you names, mock you or put you down, alone or in front of others.',
    control: 'They control your money, your phone, what you wear or where you go.',
    isolation: 'They have made it hard to see your friends or family.',
    watching: 'They check your phone or messages, or track where you are.',
    walkingOnEggshells: 'You watch every word so as not to set them off.',
    refusesHelp: 'They refuse counselling or any help to change, or quit every time.',
    twisting: 'They twist what happened until you doubt your own memory.',
    promisesBroken: 'They promise it will stop, and then it starts again.',
    blamesMe: 'They say it is your fault when they treat you badly.',
  },
  results: {
    safetyFirst: {
      title: 'Your safety comes first',
      body: 'What you describe can be dangerous, and it is not your fault. If you are in danger now, call your emergency number. A safety plan, and a domestic abuse helpline, can help you think through what to do next, in your own time.',
    },
    abuseSigns: {
      title: 'These are signs of abuse',
      body: 'Being put down, controlled, cut off or watched is abuse, even without hitting. While it goes on, healing as a couple may not be possible. You deserve support: a helpline can listen, and a safety plan can help.',
    },
    refusesChange: {
      title: 'Change takes two',
      body: 'When a partner refuses help or keeps manipulating, things rarely change on their own. Leaving, with care and support, may be the healthiest choice. You can plan it safely and at your own pace.',
    },
    noSigns: {
      title: 'No warning signs ticked',
      body: 'Your answers do not point to these warning signs. Trust what you notice: if something feels wrong, it is worth talking to someone, and you can take this check again any time.',
    },
  },
  sources: [
    'The source article on trauma bonds: if there is active abuse, safety comes first; a partner who refuses help or keeps manipulating makes leaving the healthier choice.',
    'Warning signs of abuse as widely published by domestic-violence services, such as the US National Domestic Violence Hotline, Women\'s Aid and Refuge (UK).',
  ],
};
