// The plan as one clean document: shown on screen as "Printable plan" and
// printed by the browser with plan.css's print rules. Rendered from memory only; never stored.
import { safetyPlan as content } from '../../../content/safety-plan';
import { t } from '../../../i18n';
import type { SafetyPlan } from '../shared/types';
import { checklistLine, sectionLines } from './text';

function Items({ lines }: { lines: readonly string[] }) {
  return lines.length ? (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  ) : (
    <p class="muted">{t('plan.empty')}</p>
  );
}

export function PlanDocument({ plan }: { plan: SafetyPlan }) {
  return (
    <article class="plan-document" aria-labelledby="plan-doc-title">
      <h2 id="plan-doc-title">{t('plan.title')}</h2>
      {content.groups.map((group) => (
        <section key={group.id} class="plan-doc-group">
          <h3>{group.title}</h3>
          {group.sections.map((section) => (
            <section key={section.id} class="plan-doc-section" data-section={section.id}>
              <h4>{section.title}</h4>
              <Items lines={sectionLines(plan, section.id)} />
            </section>
          ))}
        </section>
      ))}
      <section class="plan-doc-group" data-section="checklist">
        <h3>{content.checklist.title}</h3>
        <Items lines={plan.checklist.map((c) => checklistLine(content, c, t('plan.checklistWhere')))} />
      </section>
      <section class="plan-doc-group" data-section="tech">
        <h3>{content.tech.title}</h3>
        <Items lines={plan.techDone.map((id) => content.tech.reminders[id] ?? id)} />
      </section>
      <section class="plan-doc-sources">
        <h3>{t('plan.sources')}</h3>
        <Items lines={content.sources} />
      </section>
    </article>
  );
}
