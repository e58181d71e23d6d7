// Ask the browser not to evict this origin's storage (once a vault exists). Best effort.
let asked = false;

export function requestPersistentStorage(): void {
  if (asked || !navigator.storage?.persist) return;
  asked = true;
  void navigator.storage
    .persisted()
    .then((already) => (already ? true : navigator.storage.persist()))
    .catch(() => undefined);
}
