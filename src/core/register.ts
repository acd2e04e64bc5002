/** Version of this build, compared when a tag is already defined by another copy of the library. */
export const VERSION = '0.1.0';

/**
 * Defines a tag once. Loading the script twice, or two versions on one page, warns in the console and keeps the
 * first definition instead of throwing (which would break the rest of the host page).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    (ctor as unknown as { odVersion?: string }).odVersion = VERSION;
    return;
  }
  if (existing === ctor) return;
  const other = (existing as unknown as { odVersion?: string }).odVersion ?? 'inconnue';
  console.warn(
    `[opendata-widgets] <${tag}> est déjà défini (version ${other}); cette copie (version ${VERSION}) est ignorée. ` +
      'Chargez le script une seule fois par page.',
  );
}
