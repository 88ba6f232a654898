// An open form follows its record when the record changes underneath it (a pull, a resolved
// conflict), unless the user has typed something: their input is never replaced.
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

export function useFollowRecord<T extends FieldValues>(form: UseFormReturn<T>, record: T | null) {
  const key = record ? JSON.stringify(record) : '';
  const latest = useRef(record);
  const shownKey = useRef(key);
  useEffect(() => {
    latest.current = record;
  });
  useEffect(() => {
    // The first render shows the record (or the user's draft of it); only later changes follow.
    if (key === shownKey.current) return;
    shownKey.current = key;
    const current = latest.current;
    if (current && !form.formState.isDirty) form.reset(current);
  }, [form, key]);
}
