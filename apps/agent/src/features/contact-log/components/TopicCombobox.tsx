import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '@loket/web/api-client';
import { matchTopics } from './topic-match';

interface TopicComboboxProps {
  topics: readonly Topic[];
  /** The chosen topic's id, or '' when none is chosen. */
  value: string;
  onChange: (topicId: string) => void;
  onBlur?: () => void;
  label: string;
  hint?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

const normalize = (text: string) => text.toLocaleLowerCase('nl').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();

/**
 * A searchable list of topics (ARIA 1.2 combobox): type to filter, arrows to move, Enter to
 * choose, Esc to close. Only a topic from the list counts; free text does not.
 */
export function TopicCombobox({ topics, value, onChange, onBlur, label, hint, error, inputRef }: TopicComboboxProps) {
  const { t } = useTranslation();
  const id = `onderwerp-${useId().replace(/:/g, '')}`;
  const listId = `${id}-lijst`;
  const selected = topics.find((topic) => topic.id === value) ?? null;
  const [text, setText] = useState(selected?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Typing starts a new search; the chosen topic's name shows again when the value changes from outside (reset).
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    setShownFor(value);
    setText(selected?.name ?? '');
  }

  // Prefixes first: "lek" puts Lekkage at the top (topic-match.ts).
  const matches = useMemo(() => matchTopics(topics, selected && selected.name === text ? '' : text), [text, topics, selected]);

  const choose = (topic: Topic) => {
    setText(topic.name);
    setShownFor(topic.id);
    setOpen(false);
    onChange(topic.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey) return; // Ctrl+Enter is the form's
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (matches.length === 0 ? 0 : (index + step + matches.length) % matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const topic = matches[active];
      if (open && topic) choose(topic);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const errorId = `${id}-fout`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const activeTopic = open ? matches[active] : undefined;

  return (
    <div className="lk-field topic-combobox">
      <label className="lk-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="lk-field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="lk-field__error" id={errorId}>
          {error}
        </span>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        className="lk-input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeTopic ? `${id}-${activeTopic.id}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
          if (value) onChange('');
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => {
          const exact = topics.find((topic) => topic.active && normalize(topic.name) === normalize(text));
          if (!value && exact) choose(exact);
          setOpen(false);
          onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} className="topic-combobox__list" hidden={!open}>
        {matches.length === 0 ? (
          <li className="topic-combobox__empty" role="presentation">
            {t('contact.topicNone')}
          </li>
        ) : (
          matches.map((topic, index) => (
            <li
              key={topic.id}
              id={`${id}-${topic.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'topic-combobox__option is-active' : 'topic-combobox__option'}
              // Keep the focus in the box: choose on mouse down, before the blur.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(topic);
              }}
            >
              {topic.name}
              {topic.sensitive ? <span className="topic-combobox__sensitive"> {t('contact.sensitiveTag')}</span> : null}
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
