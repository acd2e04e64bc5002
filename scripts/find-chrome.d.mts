/** Path of a Chromium/Chrome binary; installs Debian's chromium as root when none exists, else throws with advice. */
export function findChrome(options?: { install?: boolean }): string;
