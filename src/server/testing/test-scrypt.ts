// Password hashing for test servers only: weaker than production (OWASP_COST) so tests that create
// and sign in many accounts stay fast. Set in code, never from the environment, so no setting can
// weaken a real server.
import type { ScryptCost } from '../auth/password.ts';

export const TEST_SCRYPT: ScryptCost = { N: 2 ** 12, r: 8, p: 1 };
