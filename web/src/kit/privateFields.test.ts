import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { installPrivateFields } from './privateFields';

installPrivateFields();

const props = (type: string, given: Record<string, unknown> = {}) => h(type, given).props as unknown as Record<string, unknown>;

describe('installPrivateFields', () => {
  it('turns autofill, spell check and autocorrect off on every kind of field', () => {
    for (const type of ['input', 'textarea', 'select']) {
      expect(props(type), type).toMatchObject({ autocomplete: 'off', autocorrect: false, spellcheck: false });
    }
  });

  it('overrides a field that asks for something else (no opt-out)', () => {
    const p = props('input', { type: 'password', autocomplete: 'new-password', spellcheck: true });
    expect(p).toMatchObject({ type: 'password', autocomplete: 'off', spellcheck: false });
  });

  it('turns autofill off on forms and leaves other elements alone', () => {
    expect(props('form')).toMatchObject({ autocomplete: 'off' });
    expect(props('form')).not.toHaveProperty('spellcheck');
    expect(props('div', { id: 'x' })).toEqual({ id: 'x' });
    expect(props('button')).not.toHaveProperty('autocomplete');
  });

  it('keeps the other props of the field', () => {
    expect(props('textarea', { id: 'entry', rows: 6 })).toMatchObject({ id: 'entry', rows: 6, autocomplete: 'off' });
  });
});
