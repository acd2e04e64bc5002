import type { Plugin } from 'vite';
/** A Vite plugin writing `fileName` beside the bundle: each bundled npm package, its licence, our files holding it, its licence texts. */
export function thirdPartyLicences(fileName: string, note?: string): Plugin;
