// The "When to walk away" check, in the project's own words. Not a diagnosis and not a risk
// score. The danger items follow the risk factors of the Danger Assessment and the Lethality
// Assessment Program's screen (both named in `sources`), asked plainly and without scoring;
// the other items are widely published warning signs of abuse, and the source article's
// criteria. Which answers lead to which result, and what comes first, is the core's rule
// (crates/model/src/walkaway.rs).

export interface WalkAwayContent {
  title: string;
  intro: string;
  /** By the core's question ids, in the order the core asks them. */
  questions: Readonly<Record<string, string>>;
  /** By the core's result ids. */
  results: Readonly<Record<string, { title: string; body: string }>>;
  /** The message shown first, above everything else, when any danger item is answered "yes". */
  urgent: { title: string; body: string };
  /** By the core's advice ids: what one answer adds to the result. */
  advice: Readonly<Record<string, { title: string; body: string }>>;
  sources: readonly string[];
}

export const walkAway: WalkAwayContent = {
  title: 'When to walk away',
  intro:
    'A few questions about how things are with your partner or ex. This is not a test and not a diagnosis. Tick what is true for you, then see what your answers suggest. Nothing is kept unless you choose to save it.',
  questions: {
    strangled: 'They have ever choked or strangled you, or put pressure on your neck, even once.',
    threatsToKill: 'They have threatened to kill you or your children.',
    weapon: 'They have used a weapon against you or threatened you with one, or they own or can easily get a gun.',
    physical: 'They have hit, slapped, kicked, pushed, grabbed or physically hurt you in another way.',
    leaving: 'You have left them or separated in the past year, or you are planning to leave.',
    worse: 'The violence or the threats have happened more often, or got worse, lately.',
    forced: 'They have forced or pressured you into sex or sexual things you did not want.',
    stalking: 'They follow or watch you, track your phone or car, turn up where you are, or keep sending messages you do not want.',
    suicideThreats: 'They have threatened or tried to kill themselves.',
    jealousy: 'They are violently and constantly jealous.',
    threats: 'They have threatened to hurt you, someone you love, or your pets.',
    couldKill: 'You believe they could kill you.',
    afraid: 'You are afraid of what they might do to you or someone you love.',
    putDowns: 'They call you names, mock you or put you down, alone or in front of others.',
    control: 'They control your money, your phone, what you wear or where you go.',
    isolation: 'They have made it hard to see your friends or family.',
    watching: 'They check your phone, messages or accounts, or want your passwords.',
    walkingOnEggshells: 'You watch every word so as not to set them off.',
    twisting: 'They twist what happened until you doubt your own memory.',
    blamesMe: 'They say it is your fault when they treat you badly.',
    refusesHelp: 'They refuse counselling or any help to change, or quit every time.',
    promisesBroken: 'They promise it will stop, and then it starts again.',
  },
  urgent: {
    title: 'What you describe can be dangerous',
    body: 'Things like this are known warning signs of serious harm, and it is not your fault. If you are in danger now, call your emergency number. A domestic abuse line can help you plan to be safer, in confidence.',
  },
  advice: {
    strangulation: {
      title: 'If you were choked or strangled, see a doctor',
      body: 'Pressure on the neck can injure you inside without leaving a mark, and the harm can show hours or days later. Please see a doctor or go to an emergency department, even if you feel fine, and tell them what happened.',
    },
    leaving: {
      title: 'Leaving is a time to plan with care',
      body: 'Danger can rise around leaving or separating. You do not have to stay, and you do not have to plan it alone: a domestic abuse service can help you leave as safely as possible.',
    },
  },
  results: {
    safetyFirst: {
      title: 'Your safety comes first',
      body: 'Start with Help now: your emergency number and the lines that can talk this through with you. Then your safety plan can help you think about what to do next, in your own time.',
    },
    abuseSigns: {
      title: 'These are signs of abuse',
      body: 'Being put down, controlled, cut off, watched, made to doubt yourself or blamed is abuse, even without hitting. While it goes on, healing as a couple may not be possible. You deserve support: a helpline can listen, and a safety plan can help.',
    },
    refusesChange: {
      title: 'Change takes two',
      body: 'When a partner refuses help or keeps breaking promises, things rarely change on their own. Leaving, with care and support, may be the healthiest choice. You can plan it safely and at your own pace.',
    },
    noSigns: {
      title: 'No warning signs ticked',
      body: 'Your answers do not point to these warning signs. Trust what you notice: if something feels wrong, it is worth talking to someone, and you can take this check again any time.',
    },
  },
  sources: [
    'The danger items follow the risk factors of the Danger Assessment by Jacquelyn Campbell (dangerassessment.org), asked in our own words and not scored.',
    'They also follow the Lethality Assessment Program screen of the Maryland Network Against Domestic Violence (lethalityassessmentprogram.org), which is adapted from the Danger Assessment.',
    'Strangulation: the Training Institute on Strangulation Prevention (strangulationtraininginstitute.com) says many people have no visible injuries, yet can have serious inner injuries and die days or weeks later; Glass, Campbell and others (2008) found prior strangulation raised the odds of being killed more than sevenfold.',
    'The source article on trauma bonds: if there is active abuse, safety comes first; a partner who refuses help or keeps manipulating makes leaving the healthier choice.',
    "Warning signs of abuse and control as widely published by domestic-violence services, such as the US National Domestic Violence Hotline, Women's Aid and Refuge (UK).",
  ],
};
