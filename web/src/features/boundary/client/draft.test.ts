import { describe, expect, it } from 'vitest';
import { buildDraft, copyText } from './draft';

const EMPTY = { describe: '', express: '', assert: '', reinforce: '' };

describe('the DEAR MAN draft', () => {
  it('joins the parts in DEAR MAN order, each as a sentence', () => {
    expect(
      buildDraft({
        describe: '  You have called me six times today ',
        express: 'I feel overwhelmed when that happens!',
        assert: 'Please only message me on Sundays',
        reinforce: 'Then I can answer you calmly.',
      }),
    ).toBe(
      'You have called me six times today. I feel overwhelmed when that happens! Please only message me on Sundays. Then I can answer you calmly.',
    );
  });

  it('leaves out empty parts and keeps closing quotes', () => {
    expect(buildDraft({ ...EMPTY, assert: 'I said “no.”', reinforce: '   ' })).toBe('I said “no.”');
    expect(buildDraft({ ...EMPTY, express: 'Is that OK?' })).toBe('Is that OK?');
    expect(buildDraft(EMPTY)).toBe('');
  });
});

describe('copying', () => {
  it('reports copied, or select when the clipboard is missing or refuses', async () => {
    const written: string[] = [];
    expect(await copyText('hi', { writeText: async (t: string) => void written.push(t) })).toBe('copied');
    expect(written).toEqual(['hi']);
    expect(await copyText('hi', undefined)).toBe('select');
    expect(await copyText('hi', { writeText: () => Promise.reject(new Error('denied')) })).toBe('select');
  });
});
