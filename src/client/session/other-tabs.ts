// Other tabs of the app on this device. A tab holds its account's session, its clock (db/clock.ts)
// and its screens in memory; when another tab resets the device for another account, what it holds
// is the old account's, so it starts again from the database. One channel object both says and
// hears: a tab does not hear itself.
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ddte-device-reset');

/** Tells the other tabs that this one has reset the device for another account. */
export function announceDeviceReset(): void {
  channel?.postMessage('reset');
}

/** What a tab does when another one resets the device: the app reloads. */
export function onDeviceResetElsewhere(then: () => void): void {
  if (channel) channel.onmessage = () => then();
}
