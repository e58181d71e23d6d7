// The skills library in English. Written in the project's own words; each skill names where
// it comes from. Never put a phone number here: crisis lines live in their own editable data,
// reached from "Help now".
import type { SkillLibrary } from './types';

const DBT_MANUAL = 'Linehan, M. M. (2015). DBT Skills Training Manual (2nd ed.). Guilford Press.';
const HELP_NOW = 'If you might hurt yourself, or someone is hurting you, open "Help now" for crisis lines.';
const WEIL_478 = '4-7-8: the "relaxing breath" of Andrew Weil, MD (drweil.com): four breaths at most at first.';
const BOX_BREATHING = 'Box breathing as described by Mentemia ("Reduce stress with box breathing"): stop if it makes you dizzy or anxious.';

export const skillsEn: SkillLibrary = {
  categories: {
    mindfulness: {
      name: 'Mindfulness',
      about: 'Coming back to this moment, so you can choose what to do instead of being swept along.',
    },
    'distress-tolerance': {
      name: 'Getting through a crisis',
      about: 'Ways to get through a painful moment without making it worse.',
    },
    'emotion-regulation': {
      name: 'Working with emotions',
      about: 'Understanding a feeling, checking whether it fits, and making strong feelings less likely.',
    },
    'interpersonal-effectiveness': {
      name: 'Asking and saying no',
      about: 'Asking for what you need, saying no, and keeping your self-respect while you do.',
    },
    grounding: {
      name: 'Grounding and self-validation',
      about: 'Feeling your feet on the ground again, and treating your own feelings as real.',
    },
  },

  skills: [
    // ------------------------------------------------------------------ mindfulness
    {
      id: 'wise-mind',
      category: 'mindfulness',
      name: 'Wise mind',
      whenToUse:
        'When feelings are shouting one thing and cold logic says another, and you want to find what you know to be true underneath both.',
      steps: [
        { text: 'Sit or stand comfortably and let your breath slow down a little.' },
        { text: 'Notice the part of you that is running on feeling, and the part running on facts and plans. Both are allowed.' },
        { text: 'As you breathe in, silently say "wise". As you breathe out, say "mind". Do this for a few breaths.' },
        { text: 'Ask yourself a simple question, such as "What do I need right now?" Ask it as you breathe in.' },
        { text: "Listen as you breathe out. Don't force an answer; notice what comes, even if it is quiet." },
        { text: 'If an answer feels calm and settled rather than urgent, it is probably coming from wise mind.' },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'observe-describe-participate',
      category: 'mindfulness',
      name: 'Observe, describe, participate',
      whenToUse: 'When your head is full of stories about what happened, and you want to come back to what is actually here.',
      steps: [
        {
          label: 'Observe',
          text: 'Notice one thing without reacting to it: a sound, the weight of your body, a thought passing by. Just notice.',
        },
        { label: 'Observe', text: 'When your mind pulls you away, notice that too, and gently come back.' },
        { label: 'Describe', text: 'Put words to what you notice, sticking to facts: "My chest is tight", "I am thinking he is angry".' },
        { label: 'Describe', text: 'Keep thoughts and facts apart: a thought that someone is angry is not the same as knowing it.' },
        { label: 'Participate', text: 'Choose one activity and throw yourself into it fully, such as washing up, a song, or a walk.' },
        { label: 'Participate', text: 'Let go of watching yourself do it. If you drift off, come back to the activity.' },
      ],
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ distress tolerance
    {
      id: 'stop',
      category: 'distress-tolerance',
      name: 'STOP',
      acronym: 'STOP',
      whenToUse: 'When an urge hits hard and you are about to do or say something you may regret, such as a message sent in anger.',
      steps: [
        {
          label: 'Stop',
          text: "Freeze for a moment. Don't move, don't type, don't answer yet. Your body can hold still even if your feelings can't.",
        },
        {
          label: 'Take a step back',
          text: 'Put space between you and the moment: put the phone down, leave the room, or take a few slow breaths.',
        },
        {
          label: 'Observe',
          text: 'Notice what is going on inside you and around you. What are you feeling? What are the facts? What are others doing?',
        },
        {
          label: 'Proceed mindfully',
          text: 'Ask what you want from this situation, and which choice will make things better or worse. Then act with care.',
        },
      ],
      caution: HELP_NOW,
      source: DBT_MANUAL,
    },
    {
      id: 'tipp',
      category: 'distress-tolerance',
      name: 'TIPP',
      acronym: 'TIPP',
      whenToUse:
        "When the feeling is so strong you can hardly think. These four change your body's state quickly, so your mind can follow.",
      steps: [
        {
          label: 'Temperature',
          text: 'Cool your face: hold your breath and put your face in cold water, about 10 °C (50 °F) and no colder, or hold a cold pack on your eyes and cheeks, for about 30 seconds.',
        },
        {
          label: 'Intense exercise',
          text: 'Move hard for a short while: run on the spot, do star jumps, climb stairs fast. A few minutes can use up the surge of energy.',
        },
        {
          label: 'Paced breathing',
          text: 'Breathe slowly from your belly, with the out-breath longer than the in-breath, for example in for 4 and out for 6.',
        },
        {
          label: 'Paired muscle relaxation',
          text: 'As you breathe in, tense one group of muscles. As you breathe out, let go and notice the difference. Move through your body.',
        },
      ],
      caution:
        'Cold water on the face slows the heart. Never use ice or icy water. If you have a heart condition, a slow heart rate, take heart medicine, or have an eating disorder, ask a doctor first. If holding your breath makes you dizzy, stop and breathe normally. Check with a doctor before intense exercise too if you have a health condition.',
      source: `${DBT_MANUAL} Its TIP handout says to keep the water above 50 °F (10 °C).`,
    },
    {
      id: 'accepts',
      category: 'distress-tolerance',
      name: 'ACCEPTS: distract yourself wisely',
      acronym: 'ACCEPTS',
      whenToUse: 'When you cannot fix the problem right now and need to get through the next hour without making it worse.',
      steps: [
        { label: 'Activities', text: 'Do something that takes your attention: tidy a drawer, cook, play a game, go outside.' },
        {
          label: 'Contributing',
          text: 'Do something kind for someone else: help a neighbour, send a friendly message, give something away.',
        },
        { label: 'Comparisons', text: 'Remember a time you got through something hard, and how you coped then.' },
        { label: 'Emotions', text: 'Bring in a different feeling on purpose: a funny video, a calming song, a moving film.' },
        { label: 'Pushing away', text: 'Put the problem aside for now. Picture it in a box on a high shelf; you can take it down later.' },
        {
          label: 'Thoughts',
          text: 'Give your mind a task: count backwards from 100 in sevens, name things in a category, read a few pages.',
        },
        { label: 'Sensations', text: 'Use a strong, safe sensation: hold an ice cube, take a warm shower, smell something sharp.' },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'self-soothe',
      category: 'distress-tolerance',
      name: 'Self-soothe with the senses',
      whenToUse: 'When you feel raw or alone and want to comfort yourself the way you would comfort someone you love.',
      steps: [
        { label: 'Sight', text: 'Look at something calming: the sky, a photo you love, a candle, plants.' },
        { label: 'Hearing', text: 'Listen to soothing sounds: gentle music, rain, birds, a voice you find comforting.' },
        { label: 'Smell', text: 'Breathe in a scent you like: soap, coffee, a flower, clean laundry.' },
        { label: 'Taste', text: 'Slowly enjoy something small: a warm drink, a piece of fruit, a mint. Really taste it.' },
        { label: 'Touch', text: 'Feel something comforting: a soft blanket, a warm bath, a pet, your hand resting on your chest.' },
      ],
      caution: 'If food is hard for you, choose one of the other senses instead of taste.',
      source: DBT_MANUAL,
    },
    {
      id: 'improve',
      category: 'distress-tolerance',
      name: 'IMPROVE the moment',
      acronym: 'IMPROVE',
      whenToUse: 'When you are stuck in a painful moment that you cannot leave or change, and want to make it a little more bearable.',
      steps: [
        { label: 'Imagery', text: 'Picture a safe, calm place in detail: what you see, hear and feel there.' },
        {
          label: 'Meaning',
          text: 'Look for something that matters in this, even something small: what you are learning, or who you are doing this for.',
        },
        {
          label: 'Prayer',
          text: 'If it fits your beliefs, pray or open yourself to something larger than you. If not, try a few words of wisdom you trust.',
        },
        { label: 'Relaxation', text: 'Loosen your body on purpose: drop your shoulders, unclench your jaw, soften your hands.' },
        { label: 'One thing in the moment', text: 'Put all your attention on just what you are doing now, one thing at a time.' },
        {
          label: 'Vacation',
          text: 'Take a short, planned break: ten minutes in bed with a blanket, a walk round the block. Then come back.',
        },
        {
          label: 'Encouragement',
          text: 'Talk to yourself like a kind coach: "I can stand this. It won\'t last forever. I\'m doing my best."',
        },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'pros-and-cons',
      category: 'distress-tolerance',
      name: 'Pros and cons',
      whenToUse: 'When an urge pulls hard (to reach out, to lash out, to give in), and you want to decide with more than the feeling.',
      steps: [
        { text: 'Name the urge in a few words, for example "reply to his message tonight".' },
        { text: 'List the good things about acting on the urge, in the short term and the long term.' },
        { text: 'List the costs of acting on the urge, in the short term and the long term.' },
        { text: 'List the good things about not acting on it, and then the costs of not acting on it.' },
        { text: 'Look at the long-term lines. Which choice fits the life you want in a month, or a year?' },
        { text: 'Keep the list somewhere you can find it the next time the urge comes back.' },
      ],
      source: DBT_MANUAL,
    },
    {
      id: 'radical-acceptance',
      category: 'distress-tolerance',
      name: 'Radical acceptance',
      whenToUse:
        'When you keep fighting something that has already happened or cannot be changed, and the fighting itself adds to the pain.',
      steps: [
        { text: 'Notice when you are arguing with reality: "This shouldn\'t be happening", "It isn\'t fair".' },
        { text: "Remind yourself: this is what is. It has causes, even if you don't know them all." },
        { text: 'Accept with your body too: unclench your hands, turn your palms up, let your face soften.' },
        { text: 'Let the sadness or grief come. Acceptance often hurts before it helps.' },
        { text: 'Expect to do this many times. Turning towards acceptance is a choice you make again and again.' },
        { text: 'Then ask what you can do now, given that this is real.' },
      ],
      caution:
        'Accepting that something happened is not approving of it, and it never means accepting harm. You can accept the facts and still choose to leave, to get help, or to protect yourself.',
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ emotion regulation
    {
      id: 'check-the-facts',
      category: 'emotion-regulation',
      name: 'Check the facts',
      whenToUse:
        'When a feeling is very strong and you wonder whether it matches what is really happening, or a fear is running ahead of the facts.',
      steps: [
        { text: 'Name the emotion and how strong it is, from 0 to 10.' },
        { text: 'Describe what happened, as a camera would have seen it: no guesses, no judgements.' },
        { text: 'Notice what you are telling yourself about it. Are there other ways to read what happened?' },
        { text: 'Ask whether you are expecting a threat. What exactly is it, and how likely is it, really? Are other outcomes possible?' },
        { text: 'Ask what the catastrophe would be. Imagine it happening, and picture how you would cope with it.' },
        { text: 'Ask whether the emotion, and how strong it is, fit the facts you wrote down. Wise mind can help you answer.' },
        { text: "If it fits, act on what it tells you. If it doesn't, try opposite action." },
      ],
      caution: 'Sometimes checking the facts shows that the danger is real. If it does, trust that, and put your safety first.',
      source: DBT_MANUAL,
    },
    {
      id: 'opposite-action',
      category: 'emotion-regulation',
      name: 'Opposite action',
      whenToUse: "When an emotion doesn't fit the facts, or acting on it would not help, and it keeps pushing you to do the same thing.",
      steps: [
        { text: 'Name the emotion you want to change.' },
        { text: 'Check the facts: does the emotion, and how strong it is, fit the situation?' },
        { text: 'Notice and describe the urge that comes with it: fear wants to hide, anger wants to attack, shame wants to disappear.' },
        { text: 'Ask wise mind: would acting on this urge help me here?' },
        {
          text: 'If not, work out the opposite action: approach instead of avoid, be gentle instead of attacking, show up instead of hiding.',
        },
        { text: 'Do it all the way: in your body (posture, face, tone of voice) and in your thoughts, not through gritted teeth.' },
        { text: 'Keep acting opposite until the emotion eases. It usually takes more than one try.' },
      ],
      caution:
        'If a fear fits the facts because someone is a danger to you, do not use this to move closer to them. Protect yourself first.',
      source: DBT_MANUAL,
    },
    {
      id: 'abc-please',
      category: 'emotion-regulation',
      name: 'ABC PLEASE',
      acronym: 'ABC PLEASE',
      whenToUse: 'Day to day, on calmer days, to make you less raw and less swept away when hard things happen.',
      steps: [
        {
          label: 'Accumulate positive emotions',
          text: 'Do one small pleasant thing each day, and take steps towards a life that feels worth living.',
        },
        { label: 'Build mastery', text: 'Do one thing each day that is a little hard and that makes you feel capable.' },
        { label: 'Cope ahead', text: 'Picture a hard situation that is coming, and rehearse in your mind how you will handle it well.' },
        { label: 'Treat physical illness', text: 'Look after your body: see a doctor when you need to, and take medicine as prescribed.' },
        { label: 'Balance eating', text: 'Eat regularly and in a way that keeps you steady, not too much or too little.' },
        {
          label: 'Avoid mood-altering substances',
          text: 'Go easy on alcohol and drugs not prescribed to you: they make feelings harder to steer.',
        },
        { label: 'Balance sleep', text: 'Aim for enough sleep, at roughly the same times each day.' },
        { label: 'Get exercise', text: 'Move your body most days, even a short walk. Build up slowly.' },
      ],
      caution:
        'If you drink heavily or take drugs or sedatives every day, stopping suddenly can be dangerous. Talk with a doctor before you cut down.',
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ interpersonal effectiveness
    {
      id: 'dear-man',
      category: 'interpersonal-effectiveness',
      name: 'DEAR MAN: ask for what you need',
      acronym: 'DEAR MAN',
      whenToUse: 'When you want to ask for something, say no, or hold a boundary, and have it taken seriously.',
      steps: [
        { label: 'Describe', text: 'Say what happened in plain facts, without blame: "You have asked to meet me three times this week."' },
        { label: 'Express', text: 'Say how you feel about it, using "I": "I feel pressured when the messages keep coming."' },
        {
          label: 'Assert',
          text: 'Ask clearly for what you want, or say no clearly: "I will not meet you. Please do not contact me again."',
        },
        { label: 'Reinforce', text: 'Say what good will come of it: "That way we can both move on." Do not offer to talk later.' },
        {
          label: 'Mindful',
          text: 'Stay with your point. If they argue or bring up the past, repeat your no once, or do not reply at all.',
        },
        { label: 'Appear confident', text: 'Keep it short and steady. You do not need to explain, justify or apologise.' },
        { label: 'Negotiate', text: 'Where something can give, offer another option. A no to meeting or to contact is not up for trade.' },
      ],
      caution: `If someone has hurt or threatened you, you do not owe them a conversation. Your safety comes first. ${HELP_NOW}`,
      source: DBT_MANUAL,
    },
    {
      id: 'give',
      category: 'interpersonal-effectiveness',
      name: 'GIVE: keep the relationship',
      acronym: 'GIVE',
      whenToUse: 'When a relationship matters to you and you want to talk in a way that keeps it healthy.',
      steps: [
        { label: 'Gentle', text: 'No attacks, threats or judgements. Say hard things kindly.' },
        { label: 'Interested', text: "Listen to their side. Let them finish, and don't interrupt." },
        { label: 'Validate', text: 'Show you understand how it looks from where they stand, even if you disagree.' },
        { label: 'Easy manner', text: 'Keep it light where you can: a smile, a little humour, a relaxed tone.' },
      ],
      caution: 'Being gentle does not mean putting up with harm. If being kind keeps you somewhere unsafe, your safety matters more.',
      source: DBT_MANUAL,
    },
    {
      id: 'fast',
      category: 'interpersonal-effectiveness',
      name: 'FAST: keep your self-respect',
      acronym: 'FAST',
      whenToUse: 'When you are tempted to give up what you believe in to keep the peace, and want to like yourself afterwards.',
      steps: [
        { label: 'Fair', text: 'Be fair to the other person, and to yourself.' },
        { label: 'Apologies', text: "Don't over-apologise. Say sorry only for what you actually did, and only once." },
        { label: 'Stick to values', text: 'Hold on to what you believe in, even under pressure to let it go.' },
        { label: 'Truthful', text: "Don't lie, act helpless or exaggerate to get your way. Honesty protects your self-respect." },
      ],
      source: DBT_MANUAL,
    },

    // ------------------------------------------------------------------ grounding and self-validation
    {
      id: 'five-senses',
      category: 'grounding',
      name: '5-4-3-2-1 grounding',
      whenToUse: 'When you feel panicky, far away, or flooded by memories, and want to come back to where you are right now.',
      steps: [
        { label: 'See', text: 'Look around and name five things you can see. Notice small details: a colour, a shadow, a shape.' },
        {
          label: 'Touch',
          text: 'Name four things you can touch or feel: your feet on the floor, your clothes, a cool surface, your hands.',
        },
        { label: 'Hear', text: 'Name three things you can hear: near, far, even very quiet ones.' },
        { label: 'Smell', text: 'Name two things you can smell. If nothing comes, name two smells you like.' },
        { label: 'Taste', text: 'Name one thing you can taste, or take a sip of water and notice it.' },
      ],
      source:
        'A widely taught sensory grounding exercise, described for example by Mayo Clinic Health System ("5, 4, 3, 2, 1: Countdown to make anxiety blast off", 2020) and by the University of Rochester Medical Center\'s Behavioral Health Partners.',
    },
    {
      id: 'paced-breathing',
      category: 'grounding',
      name: 'Paced breathing',
      whenToUse: 'When your heart is racing or your breath is short, and you want your body to settle.',
      steps: [
        { text: 'Sit or lie down if you can, and put one hand on your belly.' },
        { text: 'Breathe in gently through your nose, letting your belly rise.' },
        { text: 'Breathe out slowly, a little longer than you breathed in.' },
        { text: 'Keep a steady rhythm for a few minutes. Counting, or following the circle on screen, helps.' },
        { label: 'Box', text: 'If holding your breath feels all right, try box breathing: in for 4, hold for 4, out for 4, hold for 4.' },
        {
          label: '4-7-8',
          text: 'Or try 4-7-8: in through the nose for 4, hold for 7, out through the mouth for 8. Start with no more than four breaths.',
        },
      ],
      caution:
        'Holding your breath, as in box and 4-7-8 breathing, can make some people dizzy, light-headed or more anxious. If it does, stop and breathe normally. Sit or lie down while you try. There is no wrong way to do this.',
      source: `${DBT_MANUAL} Paced breathing is the third part of TIPP. ${WEIL_478} ${BOX_BREATHING}`,
    },
    {
      id: 'self-validation',
      category: 'grounding',
      name: 'Self-validation',
      whenToUse: 'When you are telling yourself you are overreacting, too much, or wrong to feel what you feel.',
      steps: [
        { text: 'Notice the feeling and name it: "I feel hurt", "I feel scared".' },
        { text: 'Tell yourself it is real: "This is what I feel right now", without arguing with it.' },
        { text: 'Look for why it makes sense, given what happened or what you have lived through before.' },
        { text: 'Remind yourself that many people would feel something similar in your place.' },
        { text: 'Speak to yourself as you would to a friend who felt this way.' },
        { text: 'A feeling making sense does not mean you must act on it. You can decide what to do next.' },
      ],
      source: `${DBT_MANUAL} Self-validation is taught with the validation skills.`,
    },

    // ------------------------------------------------------------------ mindfulness, continued
    // (listed with its group; kept last so the library's order of the other skills stays put)
    {
      id: 'how-skills',
      category: 'mindfulness',
      name: 'Non-judgementally, one-mindfully, effectively',
      whenToUse:
        'Alongside observing and describing: how to do them, when harsh judgements, racing thoughts or being right get in the way.',
      steps: [
        {
          label: 'Non-judgementally',
          text: 'Notice judgements such as "stupid", "awful", "should". Swap them for the facts and how you feel: "I made a mistake and I feel ashamed".',
        },
        { label: 'Non-judgementally', text: "When you catch yourself judging, don't judge that too. Just notice it and let it pass." },
        {
          label: 'One-mindfully',
          text: 'Do one thing at a time. When you eat, eat; when you walk, walk; when you worry, notice that you are worrying.',
        },
        {
          label: 'One-mindfully',
          text: 'When your attention drifts to other things, gently bring it back to the one thing you are doing, again and again.',
        },
        {
          label: 'Effectively',
          text: 'Ask what works here, not what is fair or right. Keep your goal in mind and do what helps you reach it.',
        },
        {
          label: 'Effectively',
          text: 'Let go of being right, of getting even, and of fighting how things are. Play by the rules that are really there.',
        },
      ],
      source: DBT_MANUAL,
    },
  ],
};
