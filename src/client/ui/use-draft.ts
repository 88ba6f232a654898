// Keeps what the user is typing in a form, so a locked screen, a phone call or a closed tab loses
// nothing. The draft is dropped once the record is saved.
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { dirtyForms } from './dirty-forms.ts';

const PREFIX = 'ddte:draft:';

export function loadDraft<T>(key: string): Partial<T> | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    // Written by saveDraft for the same form; the form's schema checks it before it is saved.
    return raw ? (JSON.parse(raw) as Partial<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string) {
  localStorage.removeItem(PREFIX + key);
  localStorage.removeItem(`${PREFIX}id:${key}`);
}

/**
 * The id a new record's draft will be saved under, kept with the draft. If the page closes after the
 * save committed but before the draft was cleared, saving the draft again edits that same record
 * (and finds nothing changed) instead of creating a duplicate.
 */
export function draftRecordId(key: string): string {
  const stored = localStorage.getItem(`${PREFIX}id:${key}`);
  if (stored) return stored;
  const id = crypto.randomUUID();
  try {
    localStorage.setItem(`${PREFIX}id:${key}`, id);
  } catch {
    // Storage full: the id still serves this form; only the crash protection is lost.
  }
  return id;
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
