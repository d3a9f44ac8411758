import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

interface FieldFrameProps {
  label: ReactNode;
  /** Short help under the label, read out together with the field. */
  hint?: ReactNode;
  /** The error message for this field; ties itself to the control with aria-describedby. */
  error?: string;
  /** Text shown after the label when the field is optional, e.g. "(niet verplicht)". */
  optionalLabel?: string;
  className?: string;
}

function useFieldIds(id: string | undefined) {
  const generated = useId();
  const controlId = id ?? `veld-${generated.replace(/:/g, '')}`;
  return { controlId, hintId: `${controlId}-hint`, errorId: `${controlId}-fout` };
}

function describedBy(hintId: string, errorId: string, hint: ReactNode, error: string | undefined, extra?: string) {
  const ids = [hint ? hintId : null, error ? errorId : null, extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({
  controlId, hintId, errorId, label, hint, error, optionalLabel, className, children,
}: FieldFrameProps & { controlId: string; hintId: string; errorId: string; children: ReactNode }) {
  return (
    <div className={['lk-field', className].filter(Boolean).join(' ')}>
      <label className="lk-field__label" htmlFor={controlId}>
        {label}
        {optionalLabel ? <span className="lk-field__optional"> {optionalLabel}</span> : null}
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
      {children}
    </div>
  );
}

export type TextFieldProps = FieldFrameProps & Omit<ComponentPropsWithRef<'input'>, 'className'>;

export function TextField({ label, hint, error, optionalLabel, className, id, ...input }: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} optionalLabel={optionalLabel} className={className}>
      <input
        {...input}
        id={ids.controlId}
        className="lk-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids.hintId, ids.errorId, hint, error, input['aria-describedby'])}
      />
    </FieldFrame>
  );
}

export type TextAreaFieldProps = FieldFrameProps & Omit<ComponentPropsWithRef<'textarea'>, 'className'>;

export function TextAreaField({ label, hint, error, optionalLabel, className, id, ...textarea }: TextAreaFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} optionalLabel={optionalLabel} className={className}>
      <textarea
        {...textarea}
        id={ids.controlId}
        className="lk-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids.hintId, ids.errorId, hint, error, textarea['aria-describedby'])}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldFrameProps &
  Omit<ComponentPropsWithRef<'select'>, 'className'> & {
    options: readonly SelectOption[];
    /** Adds a first, empty option with this text, e.g. "Kies een soort". */
    placeholder?: string;
  };

export function SelectField({ label, hint, error, optionalLabel, className, id, options, placeholder, ...select }: SelectFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} optionalLabel={optionalLabel} className={className}>
      <select
        {...select}
        id={ids.controlId}
        className="lk-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids.hintId, ids.errorId, hint, error, select['aria-describedby'])}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export type RadioGroupProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'className' | 'id'> & {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  name: string;
  options: readonly SelectOption[];
  className?: string;
};

/**
 * A fieldset of radio buttons. Pass react-hook-form's `register(name)` spread: the same
 * props (ref, onChange, onBlur, name) go to every radio.
 */
export function RadioGroup({ legend, hint, error, options, className, name, ...input }: RadioGroupProps) {
  const { controlId, hintId, errorId } = useFieldIds(undefined);
  return (
    <fieldset
      className={['lk-fieldset', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy(hintId, errorId, hint, error)}
    >
      <legend className="lk-fieldset__legend">{legend}</legend>
      {hint ? (
        <p className="lk-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="lk-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="lk-radio" htmlFor={`${controlId}-${option.value}`}>
          <input {...input} type="radio" name={name} id={`${controlId}-${option.value}`} value={option.value} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
