import type { FieldMeta, OdsRecord } from '../../api/index.js';
import { isCodeField } from '../../core/format.js';
import { safeUrl } from '../../core/safe-url.js';

/** The fields a card shows when the webmaster gives no template, picked from the schema by type and name. */
export interface CardFields {
  title?: FieldMeta;
  image?: FieldMeta;
  address: FieldMeta[];
  phone?: FieldMeta;
  email?: FieldMeta;
  website?: FieldMeta;
  dates: FieldMeta[];
  /** Fields the webmaster listed in `fields`, shown as label / value pairs. */
  extra: FieldMeta[];
}

const TITLE = /(^|_)(nom|name|titre|title|intitule|libelle|lib|label|manifestation|denomination|raison_sociale)(_|$)|^lib_/i;
const ADDRESS = /(^|_)(adresse|address|addr|street|rue|voie|complement_adresse|house_number|numero_voie|code_postal|postcode|cp|commune|city|ville|lib_com|commune_principale)(_|$)/i;
const PHONE = /(^|_)(tel|telephone|phone|portable|mobile)(_|$)/i;
const EMAIL = /(^|_)(mail|email|e_mail|courriel|adresse_mail)(_|$)/i;
const WEBSITE = /(^|_)(site|site_web|site_internet|url|web|lien|website)(_|$)/i;
/** Identifier and technical fields never make a title. */
const NOT_TITLE = /(^|_)(id|code|insee|siren|siret|type|categorie|domaine|commentaires?|description|departement|region|epci|commune|dep|reg)(_|$)/i;

export const START = /(^|_)(debut|start|from|begin|date_debut)/i;
export const END = /(^|_)(fin|end|to|until|date_de_fin)/i;

/** The start and end fields of an event (a date named like a start; an end named like one), if any. */
export function eventFields(dates: readonly FieldMeta[]): { start: FieldMeta; end?: FieldMeta } | undefined {
  const start = dates.find((f) => START.test(f.name));
  if (!start) return undefined;
  return { start, end: dates.find((f) => f !== start && END.test(f.name)) };
}

/** Order of address parts in a postal address (street first, postcode before town). */
export function addressRank(f: FieldMeta): number {
  const n = f.name;
  if (/house_number|numero/.test(n)) return 0;
  if (/complement/.test(n)) return 2;
  if (/adresse|address|addr|street|rue|voie/.test(n)) return 1;
  if (/code_postal|postcode|^cp$/.test(n)) return 3;
  return 4;
}

/**
 * Picks the card's fields: `titleField` or the first naming text field; the first image or file field; address
 * lines; phone, e-mail and website; date fields. Names the schema lacks are ignored (the element warns).
 */
export function pickCardFields(schema: readonly FieldMeta[], opts: { titleField?: string; imageField?: string; fields?: string[] } = {}): CardFields {
  const byName = new Map(schema.map((f) => [f.name, f]));
  const texts = schema.filter((f) => f.type === 'text');
  const title = (opts.titleField && byName.get(opts.titleField)) ||
    texts.find((f) => TITLE.test(f.name) && !NOT_TITLE.test(f.name) && !ADDRESS.test(f.name)) ||
    texts.find((f) => !isCodeField(f) && !ADDRESS.test(f.name) && !PHONE.test(f.name) && !EMAIL.test(f.name) && !WEBSITE.test(f.name));
  const image = (opts.imageField && byName.get(opts.imageField)) || schema.find((f) => f.type === 'image' || f.type === 'file');
  const rest = texts.filter((f) => f !== title);
  const address = rest.filter((f) => ADDRESS.test(f.name)).sort((a, b) => addressRank(a) - addressRank(b));
  const extra = (opts.fields ?? []).map((n) => byName.get(n)).filter((f): f is FieldMeta => !!f);
  return {
    title,
    image,
    address,
    phone: rest.find((f) => PHONE.test(f.name)),
    email: rest.find((f) => EMAIL.test(f.name)),
    website: rest.find((f) => WEBSITE.test(f.name) && !EMAIL.test(f.name)),
    dates: schema.filter((f) => f.type === 'date' || f.type === 'datetime'),
    extra,
  };
}

/** A field that identifies a record, to put the open record in the URL: `id-field`, else a unique-looking name. */
export function pickIdField(schema: readonly FieldMeta[], attr?: string | null): FieldMeta | undefined {
  if (attr) return schema.find((f) => f.name === attr);
  return schema.find((f) => /^(id|identifiant|recordid|uid)$/i.test(f.name)) ??
    schema.find((f) => /^id_|_id$|^ndeg_identification$|^identifiant_/i.test(f.name) && f.type !== 'geo_point_2d');
}

/**
 * The URL of an image or file value: its own `url`, else the portal's file endpoint for its `id`. Only
 * http(s) URLs pass (safeUrl); `base` is the portal's API root.
 */
export function imageUrl(value: unknown, base: string, datasetId: string): string | undefined {
  if (!value || typeof value !== 'object') return typeof value === 'string' && /^https?:/i.test(value) ? safeUrl(value, base) : undefined;
  const v = value as { url?: string; id?: string };
  if (typeof v.url === 'string') return safeUrl(v.url, base);
  if (typeof v.id === 'string' && /^[\w-]+$/.test(v.id)) return safeUrl(`${base}/catalog/datasets/${encodeURIComponent(datasetId)}/files/${v.id}`);
  return undefined;
}

/** A phone number as a `tel:` URL (digits and a leading +), or undefined when it has too few digits. */
export function telUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  const digits = s.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (digits.replace('+', '').length < 4) return undefined;
  // French numbers stored without their leading 0 (298526060): add it back.
  return `tel:${/^[1-9]\d{8}$/.test(digits) ? '0' + digits : digits}`;
}

/** A website value as an http(s) URL: `www.x.fr` gets `https://`; anything else than http(s) is dropped. */
export function websiteUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!s) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : /^(www\.|[a-z0-9-]+\.[a-z]{2,})/i.test(s) ? `https://${s}` : '';
  const url = withScheme ? safeUrl(withScheme, 'https://invalid.invalid/') : undefined;
  return url && /^https?:/.test(url) ? url : undefined;
}

/** True when a record has no value in `name` (null, blank text, empty list). */
export function isEmptyValue(record: OdsRecord, name: string): boolean {
  const v = record[name];
  return v === null || v === undefined || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && !v.length);
}

/** Address lines of a record: number and street on one line, complement, then postcode and town on one line. */
export function addressLines(r: OdsRecord, address: readonly FieldMeta[], text: (f: FieldMeta) => string): string[] {
  const lines: string[][] = [[], [], []];
  for (const f of address) {
    if (isEmptyValue(r, f.name)) continue;
    const rank = addressRank(f);
    const part = text(f);
    // Datasets often repeat the town (a display column and a technical one): say it once.
    if (lines.some((l) => l.some((p) => p.toLowerCase() === part.toLowerCase()))) continue;
    lines[rank <= 1 ? 0 : rank === 2 ? 1 : 2].push(part);
  }
  return lines.filter((l) => l.length).map((l) => l.join(' '));
}
