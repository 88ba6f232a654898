// Asked by the sign-in screen on its own, so that the set-up form (and its schema) loads only on the
// one server that needs it.
import { useEffect, useState } from 'react';
import { api } from '../../runtime.ts';

/** Whether the server still waits for its first administrator (asked once, when online). */
export function useSetupNeeded(): boolean {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    api.get<{ needed: boolean }>('/api/setup').then(
      (answer) => setNeeded(answer.needed),
      () => setNeeded(false),
    );
  }, []);
  return needed;
}
