// The installed app's icon shows how many things wait for the user (the Badging API, where the
// platform has it: installed PWAs on Android and desktop Chromium); elsewhere nothing happens.
import { useEffect } from 'react';

export function useAppBadge(count: number): void {
  useEffect(() => {
    if (!('setAppBadge' in navigator)) return;
    // A refused badge (no permission, not installed) changes nothing the user relies on.
    const done = count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge();
    done.catch(() => undefined);
  }, [count]);
}
