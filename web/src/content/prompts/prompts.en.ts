// Reflection prompts in English, in the project's own words. They follow the paths to healing
// that the source article describes for each partner and for both together. They speak to
// what a person notices in themselves, never to a diagnosis.
import type { PromptLibrary } from './types';

const ARTICLE = 'An article on the borderline-narcissist relationship dynamic and trauma bonding (2025).';
const DBT = 'Dialectical behaviour therapy (DBT): Linehan, M. M. (2015). DBT Skills Training Manual (2nd ed.). Guilford Press.';
const SCHEMA =
  "Schema therapy: Young, J. E., Klosko, J. S., & Weishaar, M. E. (2003). Schema Therapy: A Practitioner's Guide. Guilford Press.";
const MBT =
  'Mentalization-based treatment: Bateman, A., & Fonagy, P. (2016). Mentalization-Based Treatment for Personality Disorders: A Practical Guide. Oxford University Press.';

export const promptsEn: PromptLibrary = {
  audiences: {
    'fear-of-abandonment': {
      title: 'When the fear of being left takes over',
      intro:
        'For you if you notice that closeness can flip into panic, that feelings rise very fast, or that you hold on hard and then push away.',
    },
    'shame-and-control': {
      title: 'When closeness feels like a threat',
      intro:
        'For you if you notice that you pull back or go cold when someone needs you, that criticism stings for a long time, or that you need to stay in charge.',
    },
    together: {
      title: 'Together',
      intro: 'For two people who both want to change the pattern, and who are both safe with each other.',
    },
  },

  safetyNote:
    'Working on the relationship together is not advised while there is abuse of any kind: physical, sexual, emotional, verbal or financial. Your safety comes first. If you are not safe, use "Help now" and your safety plan, and reflect on your own or with a professional.',

  prompts: [
    // ------------------------------------------------------------------ fear of abandonment
    {
      id: 'fa-name-the-feeling',
      audience: 'fear-of-abandonment',
      theme: 'Self-validation',
      text: 'What are you feeling right now? Write it down in a few words, then add: "It makes sense that I feel this, because…"',
      hint: "You don't have to prove the feeling is right. Only that it is real, and has reasons.",
      sources: [DBT, ARTICLE],
    },
    {
      id: 'fa-soothe-yourself',
      audience: 'fear-of-abandonment',
      theme: 'Self-validation',
      text: "Think of a time you calmed yourself down without anyone else's help. What did you do? What helped, even a little?",
      sources: [DBT, ARTICLE],
    },
    {
      id: 'fa-name-the-fear',
      audience: 'fear-of-abandonment',
      theme: 'Naming the fear of being left',
      text: 'When did the fear of being left last come up? What was happening just before, and where did you feel it in your body?',
      hint: 'Naming the fear gives you a moment between the feeling and what you do next.',
      sources: [ARTICLE],
    },
    {
      id: 'fa-old-or-new',
      audience: 'fear-of-abandonment',
      theme: 'Naming the fear of being left',
      text: 'Does this fear feel familiar from long before this relationship? If it could speak, what would it say it is protecting you from?',
      sources: [ARTICLE],
    },
    {
      id: 'fa-check-the-facts',
      audience: 'fear-of-abandonment',
      theme: 'Checking the facts',
      text: 'Write what happened as a camera would have recorded it. Then write the story your fear tells about it. Where do the two differ?',
      sources: [DBT, ARTICLE],
    },
    {
      id: 'fa-other-explanations',
      audience: 'fear-of-abandonment',
      theme: 'Checking the facts',
      text: 'If a message went unanswered or plans changed, list three other reasons it could have happened. Which is most likely?',
      hint: 'If the facts show you are being treated badly, that is worth knowing too. Trust it.',
      sources: [DBT, ARTICLE],
    },

    // ------------------------------------------------------------------ shame and control
    {
      id: 'sc-notice-shame',
      audience: 'shame-and-control',
      theme: 'Noticing shame and defence',
      text: 'Think of a recent moment when you felt criticised. What did you feel in the first second, before any anger or distance came?',
      hint: 'Shame often passes so quickly that only the defence gets noticed. Slowing down lets you see it.',
      sources: [SCHEMA, ARTICLE],
    },
    {
      id: 'sc-what-the-armour-does',
      audience: 'shame-and-control',
      theme: 'Noticing shame and defence',
      text: 'When you go cold, get busy, or prove you are right, what are you protecting yourself from feeling?',
      sources: [SCHEMA, ARTICLE],
    },
    {
      id: 'sc-felt-empathy',
      audience: 'shame-and-control',
      theme: 'Empathy you feel, not perform',
      text: 'Recall a moment your partner was upset. Leave aside what you said. What might it have felt like, from inside them?',
      hint: 'Empathy here is not the right words. It is letting some of their feeling reach you.',
      sources: [MBT, ARTICLE],
    },
    {
      id: 'sc-curious-not-certain',
      audience: 'shame-and-control',
      theme: 'Empathy you feel, not perform',
      text: 'Where were you certain you knew what the other person meant? Write one question you could ask instead of assuming.',
      sources: [MBT, ARTICLE],
    },
    {
      id: 'sc-letting-go',
      audience: 'shame-and-control',
      theme: 'Relinquishing control',
      text: 'Where do you feel a need to stay in charge: plans, money, the story of what happened? What do you fear if you let go a little?',
      sources: [SCHEMA, ARTICLE],
    },
    {
      id: 'sc-share-something-small',
      audience: 'shame-and-control',
      theme: 'Relinquishing control',
      text: 'What is one small, true thing you could share about how you feel, without knowing how it will be received?',
      hint: 'Start small. Being open is a skill that grows with practice.',
      sources: [ARTICLE],
    },

    // ------------------------------------------------------------------ together
    {
      id: 'to-say-the-boundary',
      audience: 'together',
      theme: 'Clear boundaries',
      text: 'Write one boundary you need, in a single plain sentence. How will the other person know when it has been crossed?',
      sources: [ARTICLE],
    },
    {
      id: 'to-respect-the-boundary',
      audience: 'together',
      theme: 'Clear boundaries',
      text: 'What boundary has the other person told you about? Write it in your own words, and one way you will show you respect it.',
      sources: [ARTICLE],
    },
    {
      id: 'to-small-steady-things',
      audience: 'together',
      theme: 'Trust through steady, safe behaviour',
      text: 'List three small things you did this week that the other person could rely on. Trust grows from these, not from grand gestures.',
      sources: [ARTICLE],
    },
    {
      id: 'to-repair',
      audience: 'together',
      theme: 'Trust through steady, safe behaviour',
      text: 'After your last argument, what helped you both feel safe again? What would you like to do the same way next time?',
      hint: 'If arguments ever turn into threats, fear or harm, stop working on this together and look after your safety first.',
      sources: [ARTICLE],
    },
  ],
};
