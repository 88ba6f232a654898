// SHA-256 as lowercase hex, with the platform's Web Crypto (browsers and Node alike): the name of an
// attachment's file and the checksum of a transfer file.
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
