// Crisis lines by region: public numbers anyone may need, shown even while the vault is locked.
// The data lives in crisis/ (one file per region); each line names the page where its number was
// checked and the day. Components read it; no number lives in a component. Dialling strings are
// derived from `number` (features/help/client/crisis.ts), so what is shown is what is dialled. There is no fallback
// region: a browser language naming no region we list gets the region chooser, never another
// country's emergency number.
export * from './crisis';
