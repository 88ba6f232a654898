// Asked by the sign-in screen on its own, so that the set-up form (and its schema) loads only on the
// one server that needs it.
import { useEffect, useState } from 'react';
import { api } from '../../runtime.ts';

/** Whether the server still waits for its first administrator (asked once, when online). */
export function useSetupNeeded(): boolean {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    // The schema's module (and zod with it) loads after the sign-in screen is drawn, not before.
    import('../../../shared/responses.ts')
      .then(({ setupStatusSchema }) => api.get('/api/setup', setupStatusSchema))
      .then(
        (answer) => setNeeded(answer.needed),
        () => setNeeded(false),
      );
  }, []);
  return needed;
}
