// Drafts through the worker's VaultApi, against the real WASM core (loaded from bytes in Node)
// and a Map store: sealed, one per target, discarded, refused when too big, kept out of backups.
import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type MemoryStore } from '../../../worker/service.test-store';
import { freshVault as fresh, loadWasm, serviceOver } from '../../../worker/service.fixture';

const PASS = 'correct horse battery staple';
const MARKER = 'DRAFT-MARKER-kestrel';

beforeAll(loadWasm);

const freshVault = () => fresh(PASS);

function storedText(store: MemoryStore): string {
  return [...store.records.values()].map((b) => Buffer.from(b).toString('latin1')).join('');
}

describe('drafts', () => {
  it('are sealed, one per target, and survive a lock', async () => {
    const { api, store } = await freshVault();
    const journal = { editor: 'journal' as const };
    const first = await api.saveDraft(journal, { text: `first ${MARKER}` });
    const second = await api.saveDraft(journal, { text: `second ${MARKER}`, emotions: { fear: 3 } });
    if (!first.ok || !second.ok) throw new Error('the core refused a draft');
    expect(second.value.updatedAt).toBeGreaterThan(first.value.updatedAt);
    await api.saveDraft({ editor: 'safetyPlan' }, { warningSigns: ['shouting'] });
    expect(store.sealed.size).toBe(2);
    expect(storedText(store)).not.toContain('DRAFT-MARKER');

    await api.lock();
    expect(await codeOf(api.getDraft(journal))).toBe('locked');
    await api.unlock(PASS);
    expect(await api.getDraft(journal)).toEqual({
      editor: 'journal',
      form: { text: `second ${MARKER}`, emotions: { fear: 3 } },
      updatedAt: second.value.updatedAt,
    });
    expect((await api.getDraft({ editor: 'safetyPlan' }))?.form).toEqual({ warningSigns: ['shouting'] });
    expect(await api.getDraft({ editor: 'journal', subject: '00112233445566778899aabbccddeeff' })).toBeNull();
  });

  it('keeps targets apart and offers the newest of an editor', async () => {
    const { api } = await freshVault();
    const entryId = (await api.saveEntry({ text: 'an entry' })).id;
    await api.saveDraft({ editor: 'journal' }, { text: 'new one' });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later millisecond
    await api.saveDraft({ editor: 'journal', subject: entryId }, { text: 'an entry, edited' });
    expect((await api.newestDraft('journal'))?.subject).toBe(entryId);
    expect((await api.getDraft({ editor: 'journal' }))?.form).toEqual({ text: 'new one' });
    expect(await api.newestDraft('incident')).toBeNull();
    // The journal list does not count a draft as an entry.
    expect((await api.listEntries()).entries.map((e) => e.id)).toEqual([entryId]);
  });

  it('are discarded, and only their own target', async () => {
    const { api, store } = await freshVault();
    await api.saveDraft({ editor: 'diaryDay', subject: '2026-12-02' }, { note: 'x' });
    await api.saveDraft({ editor: 'contactPlan' }, { describe: 'y' });
    await api.discardDraft({ editor: 'diaryDay', subject: '2026-12-02' });
    expect(await api.getDraft({ editor: 'diaryDay', subject: '2026-12-02' })).toBeNull();
    expect(store.sealed.size).toBe(1);
    await api.lock();
    await api.unlock(PASS); // the scan after unlock agrees
    expect(await api.getDraft({ editor: 'diaryDay', subject: '2026-12-02' })).toBeNull();
    expect((await api.getDraft({ editor: 'contactPlan' }))?.form).toEqual({ describe: 'y' });
  });

  it('names the field the core refuses and stores nothing', async () => {
    const { api, store } = await freshVault();
    expect(await api.saveDraft({ editor: 'journal' }, { text: 'x'.repeat(250_001) })).toEqual({ ok: false, field: 'form' });
    expect(await api.saveDraft({ editor: 'diaryDay' }, { note: 'x' })).toEqual({ ok: false, field: 'subject' });
    expect(await api.saveDraft({ editor: 'safetyPlan', subject: 'x' }, {})).toEqual({ ok: false, field: 'subject' });
    expect(store.sealed.size).toBe(0);
  });

  it('stay out of backup files', async () => {
    const { api } = await freshVault();
    await api.saveEntry({ text: 'kept entry' });
    await api.saveDraft({ editor: 'journal' }, { text: MARKER });
    const exported = await api.exportBackup('a backup passphrase here', false);
    expect(exported.recordCount).toBe(1);

    const { api: restored } = serviceOver();
    await restored.restoreIntoNewVault(exported.file, 'a backup passphrase here', PASS);
    expect(await restored.getDraft({ editor: 'journal' })).toBeNull();
    expect((await restored.listEntries()).entries.map((e) => e.text)).toEqual(['kept entry']);
  });
});
