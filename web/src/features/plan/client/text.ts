// The plan as plain text, for the "Save as text file" export. Pure: tested in
// Node. Built only when the person has confirmed the warning; never stored by the app.
import type { PlanContent } from '../../../content/safety-plan';
import { CHECKLIST_STATUSES, type ChecklistItem, type PlanContact, type SafetyPlan } from '../shared/types';

/** How a person or service reads in a document: "Name: contact", either part alone if the other is empty. */
export function personLine(p: PlanContact): string {
  return p.name && p.contact ? `${p.name}: ${p.contact}` : p.name || p.contact;
}

/** The label of a checklist entry: the content's name for suggested items, the person's own label otherwise. */
export function checklistLabel(content: PlanContent, item: string, label: string): string {
  return item === 'own' ? label : (content.checklist.items[item] ?? item);
}

/** The items of one list section, as lines (people as "Name: contact"). */
export function sectionLines(plan: SafetyPlan, id: string): string[] {
  const value = plan[id as keyof SafetyPlan] as readonly (string | PlanContact)[];
  return value.map((v) => (typeof v === 'string' ? v : personLine(v)));
}

/** "Passports and immigration papers: I have it, Photographed (Where is it? blue folder)". */
export function checklistLine(content: PlanContent, c: ChecklistItem, whereLabel: string): string {
  const statuses = CHECKLIST_STATUSES.filter((s) => c[s]).map((s) => content.checklist.statuses[s]);
  const where = c.where ? ` (${whereLabel} ${c.where})` : '';
  return `${checklistLabel(content, c.item, c.label)}: ${statuses.join(', ') || '-'}${where}`;
}

export interface TextLabels {
  title: string;
  none: string;
  where: string;
  sources: string;
}

/** One document: a title, each group and section with its items, the checklist, the reminders ticked, the sources. */
export function planToText(plan: SafetyPlan, content: PlanContent, labels: TextLabels): string {
  const out: string[] = [labels.title, '='.repeat(labels.title.length), ''];
  const heading = (text: string, mark: string) => out.push(text, mark.repeat(text.length));
  const items = (lines: readonly string[]) => {
    out.push(...(lines.length ? lines.map((l) => `- ${l}`) : [labels.none]), '');
  };
  for (const group of content.groups) {
    heading(group.title, '=');
    out.push('');
    for (const section of group.sections) {
      heading(section.title, '-');
      items(sectionLines(plan, section.id));
    }
  }
  heading(content.checklist.title, '=');
  items(plan.checklist.map((c) => checklistLine(content, c, labels.where)));
  heading(content.tech.title, '=');
  items(plan.techDone.map((id) => `[x] ${content.tech.reminders[id] ?? id}`));
  heading(labels.sources, '-');
  items(content.sources);
  return out.join('\n');
}
