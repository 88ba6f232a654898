// Keeps what the user is typing in a form, so a locked screen, a phone call or a closed tab loses
// nothing. The draft is dropped once the record is saved.
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { dirtyForms } from './dirty-forms.ts';

const PREFIX = 'ddte:draft:';

export function loadDraft<T>(key: string): Partial<T> | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Partial<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string) {
  localStorage.removeItem(PREFIX + key);
}

export function useDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { isDirty } = form.formState;
  useEffect(() => {
    const subscription = form.watch((values) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        try {
          localStorage.setItem(PREFIX + key, JSON.stringify(values));
        } catch {
          // Storage full: the form still holds the values; saving will report the problem.
        }
      }, 300);
    });
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
    };
  }, [form, key]);
  useEffect(() => dirtyForms.mark(key, isDirty), [key, isDirty]);
  useEffect(() => () => dirtyForms.mark(key, false), [key]);
}
