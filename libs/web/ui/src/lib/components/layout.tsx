import { Fragment, useId, type HTMLAttributes, type ReactNode } from 'react';

/**
 * "Direct naar de inhoud" (2.4.1). Moves the focus itself, so it works the same in a
 * client-side router (no URL change) and whatever the page's <base> is.
 */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  return (
    <a
      className="lk-skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        const target = document.getElementById(targetId);
        if (!target) return;
        event.preventDefault();
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
        target.scrollIntoView?.({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}

export interface PanelProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title: ReactNode;
  headingLevel?: 2 | 3;
  /** Extra content on the right of the heading, e.g. an action button. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled section; its heading names the region for screen readers. */
export function Panel({ title, headingLevel = 2, actions, className, children, ...rest }: PanelProps) {
  const headingId = `paneel-${useId().replace(/:/g, '')}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section {...rest} aria-labelledby={headingId} className={['lk-panel', className].filter(Boolean).join(' ')}>
      <div className="lk-panel__header">
        <Heading id={headingId}>{title}</Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}

export interface DescriptionItem {
  term: ReactNode;
  description: ReactNode;
  key?: string;
}

export function DescriptionList({ items, ...rest }: { items: DescriptionItem[] } & HTMLAttributes<HTMLDListElement>) {
  return (
    <dl {...rest} className="lk-dl">
      {items.map((item, index) => (
        <Fragment key={item.key ?? index}>
          <dt>{item.term}</dt>
          <dd>{item.description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export interface LanguageOption {
  code: string;
  /** The language's name in that language, e.g. "Nederlands", "English". */
  label: string;
}

export function LanguageSwitch({
  languages, current, onChange, label,
}: { languages: LanguageOption[]; current: string; onChange: (code: string) => void; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="lk-language-switch">
        {languages.map((language) => (
          <li key={language.code}>
            <button type="button" lang={language.code} aria-pressed={current === language.code} onClick={() => onChange(language.code)}>
              {language.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
