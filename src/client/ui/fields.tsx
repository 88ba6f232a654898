// Form fields with their label and their Vietnamese error message beside them.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useT } from '../i18n/locale.ts';
import { Options, type Option } from './filter.tsx';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}

export function Field({ label, error: message, hint, children }: FieldProps) {
  const error = Boolean(message);
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && !error && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      <FieldError message={message} id={`${id}-error`} />
    </div>
  );
}

/** A field's message (a schema's Vietnamese text, shown in the screen's language); none if empty. */
export function FieldError({ message, id }: { message?: string | undefined; id?: string }) {
  const t = useT();
  if (!message) return null;
  return (
    <small id={id} className="field__error" role="alert">
      {t(message)}
    </small>
  );
}

type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string | undefined;
  hint?: string;
};

export function TextInput({ label, error, hint, ...input }: InputProps) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(a11y) => <input {...input} {...a11y} />}
    </Field>
  );
}

/** A new password, with the rule it must meet (the server's, `requireUsablePassword`) beside it. */
export function NewPasswordInput(props: Omit<InputProps, 'type' | 'autoComplete' | 'hint'>) {
  const t = useT();
  return (
    <TextInput
      type="password"
      autoComplete="new-password"
      hint={t('Ít nhất 10 ký tự; không dùng mật khẩu phổ biến hay tên đăng nhập.')}
      {...props}
    />
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  error?: string | undefined;
};

export function TextArea({ label, error, ...input }: TextAreaProps) {
  return (
    <Field label={label} error={error}>
      {(a11y) => <textarea rows={4} {...input} {...a11y} />}
    </Field>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string | undefined;
  options: readonly Option[];
  placeholder?: string;
};

export function Select({ label, error, options, placeholder, ...select }: SelectProps) {
  return (
    <Field label={label} error={error}>
      {(a11y) => (
        <select {...select} {...a11y}>
          <Options
            options={options}
            {...(placeholder === undefined ? {} : { empty: placeholder })}
          />
        </select>
      )}
    </Field>
  );
}

/** Units as a list's options: the name shown, the code chosen. */
export const unitOptions = (units: readonly { id: string; name: string }[]) =>
  units.map((unit) => ({ value: unit.id, label: unit.name }));

/** A label table's entries as a list's options, in the table's order. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  Object.keys(labels)
    .filter((key): key is K => key in labels)
    .map((value) => ({ value, label: labels[value] }));
