import { PROMPT_AUDIENCES, promptLibrary, promptsFor } from '../../../content/prompts';
import { t } from '../../../i18n';
import { TopBar } from './TopBar';
import './skills.css';

interface Props {
  onBack: () => void;
}

/** Reflection prompts for each partner's path and for both together, safety note first. */
export function PromptsScreen({ onBack }: Props) {
  return (
    <div class="screen skills-screen">
      <TopBar title={t('prompts.title')} onBack={onBack} />
      <div class="content">
        <aside class="notice prompts-safety" aria-label={t('prompts.safetyLabel')}>
          <p>{promptLibrary.safetyNote}</p>
        </aside>
        <p>{t('prompts.intro')}</p>
        {PROMPT_AUDIENCES.map((audience) => {
          const info = promptLibrary.audiences[audience];
          const prompts = promptsFor(audience);
          const sources = [...new Set(prompts.flatMap((p) => p.sources))];
          return (
            <section key={audience} class="prompt-group" aria-labelledby={`prompts-${audience}`}>
              <h2 id={`prompts-${audience}`}>{info.title}</h2>
              <p class="muted">{info.intro}</p>
              <ul class="prompt-list">
                {prompts.map((prompt) => (
                  <li key={prompt.id} class="prompt">
                    <p class="prompt-theme">{prompt.theme}</p>
                    <p class="prompt-text">{prompt.text}</p>
                    {prompt.hint && <p class="prompt-hint">{prompt.hint}</p>}
                  </li>
                ))}
              </ul>
              <details class="prompt-sources">
                <summary>{t('prompts.sources')}</summary>
                <ul>
                  {sources.map((source) => (
                    <li key={source}>{source}</li>
                  ))}
                </ul>
              </details>
            </section>
          );
        })}
      </div>
    </div>
  );
}
