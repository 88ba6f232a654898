// Which forms hold unsaved input: an app update waits until there are none.
const dirty = new Set<string>();
const listeners = new Set<() => void>();

export const dirtyForms = {
  mark: (key: string, isDirty: boolean) => {
    const changed = isDirty ? !dirty.has(key) : dirty.has(key);
    if (isDirty) dirty.add(key);
    else dirty.delete(key);
    if (changed) listeners.forEach((listener) => listener());
  },
  any: () => dirty.size > 0,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
