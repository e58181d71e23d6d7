import { describe, expect, it } from 'vitest';
import type { Entry } from '../shared/api';
import {
  addEmotionName,
  addTrigger,
  draftFrom,
  fieldsFrom,
  fromLocalInput,
  toLocalInput,
  trackerFromDraft,
  visibleSuggestions,
} from './tracker';

const now = new Date(2026, 10, 25, 20, 8, 30).getTime();

describe('datetime-local values', () => {
  it('round-trip to the minute in the device time zone', () => {
    expect(toLocalInput(now)).toBe('2026-11-25T20:08');
    expect(fromLocalInput('2026-11-25T20:08')).toBe(new Date(2026, 10, 25, 20, 8).getTime());
  });
  it('refuse what is not a real date', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-11-25', 'yesterday', '2026-13-01T00:00']) {
      expect(fromLocalInput(bad), bad).toBeNull();
    }
  });
});

describe('draft and fields', () => {
  const entry: Entry = {
    id: 'a',
    text: 'x',
    createdAt: now - 5000,
    updatedAt: now,
    occurredAt: now - 86_400_000 + 1234,
    phase: 'calm',
    emotions: { fear: 2, Numb: 1 },
    triggers: ['work'],
  };

  it('keeps the exact time when the date is not touched, and the own emotions as sliders', () => {
    const draft = draftFrom(entry, now);
    expect(draft.emotionNames.slice(-1)).toEqual(['Numb']);
    expect(fieldsFrom(draft, entry, now)).toEqual({
      occurredAt: entry.occurredAt,
      phase: 'calm',
      emotions: { fear: 2, Numb: 1 },
      triggers: ['work'],
    });
  });

  it('a new entry without changes saves no tracker fields; a changed date is read', () => {
    const draft = draftFrom(undefined, now);
    expect(fieldsFrom(draft, undefined, now)).toEqual({});
    expect(fieldsFrom({ ...draft, when: '2026-11-20T07:30' }, undefined, now)).toEqual({
      occurredAt: new Date(2026, 10, 20, 7, 30).getTime(),
    });
    expect(fieldsFrom({ ...draft, when: '' }, undefined, now)).toBe('bad-date');
  });

  it('adds triggers once, ignoring case and spaces, and filters suggestions', () => {
    let tags = addTrigger([], '  Work  late ');
    tags = addTrigger(tags, 'work late');
    tags = addTrigger(tags, '   ');
    expect(tags).toEqual(['Work late']);
    expect(addTrigger(tags, 'x'.repeat(61))).toEqual(tags);
    expect(visibleSuggestions(['work late', 'money', 'Mum'], tags, 'm')).toEqual(['money', 'Mum']);
    expect(addEmotionName(['fear'], ' Fear ')).toBeNull();
    expect(addEmotionName(['fear'], ' numb ')).toEqual(['fear', 'numb']);
  });
});

describe('tracker fields from a kept draft', () => {
  const fallback = draftFrom(undefined, Date.UTC(2026, 0, 2, 3, 4));
  it('restores what was typed, field by field', () => {
    const typed = {
      when: '2026-12-01T21:15',
      phase: 'hoovering',
      emotions: { fear: 4 },
      emotionNames: ['fear', 'Numb'],
      triggers: ['work'],
      bodyNote: ' tight ',
    };
    expect(trackerFromDraft(JSON.parse(JSON.stringify(typed)), fallback)).toEqual(typed);
    expect(trackerFromDraft({ ...typed, phase: null }, fallback).phase).toBeNull();
  });
  it('falls back for anything of the wrong shape', () => {
    expect(trackerFromDraft(undefined, fallback)).toEqual(fallback);
    const bad = trackerFromDraft({ when: 5, emotions: { fear: 'a lot' }, triggers: 'work', emotionNames: [1], bodyNote: null }, fallback);
    expect(bad).toEqual(fallback);
  });
});
