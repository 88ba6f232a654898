// A screen reads the parameters of the route that opened it (`/forums/:id`) itself, so the route
// table names a screen and nothing else.
import { useParams } from 'wouter';

/** The route's `name` parameter, decoded; undefined on a route without it (a new record's form). */
export function useRouteParam(name: string): string | undefined {
  const value = useParams()[name];
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a malformed escape: the screen says it found nothing by that name
  }
}
