/** Field naming, French labels and type inference for the source files (CSV text or typed JSON values). */
import type { FieldDef, FieldType } from './types.js';

/** Opendatasoft-style technical name: lower case ASCII, `_` for anything else. */
export function normName(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

const LABELS: Record<string, string> = {
  code_insee: 'Code INSEE', insee: 'Code INSEE', insee_com: 'Code INSEE de la commune', nom: 'Nom', geo_point_2d: 'Coordonnées',
  geo_shape: 'Contour', lat: 'Latitude', lon: 'Longitude', long: 'Longitude', latitude: 'Latitude', longitude: 'Longitude',
  xlong: 'Longitude', ylat: 'Latitude', siren_epci: 'SIREN de l\'EPCI', nom_epci: 'Nom de l\'EPCI', date_maj: 'Date de mise à jour',
  nbre_pl: 'Nombre de places', nbre_pmr: 'Nombre de places PMR', com_lieu: 'Commune', nom_lieu: 'Nom du lieu', ad_lieu: 'Adresse',
  lib_com: 'Commune', lib_fs: 'Nom de la structure', insee_dep: 'Code du département', insee_reg: 'Code de la région',
  cp: 'Code postal', code_postal: 'Code postal', codes_postaux: 'Codes postaux', pop19: 'Population 2019', nom_terr: 'Bénéficiaire',
  montant_sub: 'Montant de la subvention (€)', cout_total: 'Coût total (€)', pct_sub: 'Part subventionnée', montant: 'Montant (€)',
  nb_cnfs: 'Nombre de conseillers numériques', kumun: 'Kumun (commune en breton)', rummad: 'Rummad (catégorie)',
  dibab: 'Dibab (forme bretonne)', lec_hanv: 'Lec\'hanv (nom français)', stagadenn: 'Stagadenn (article)',
  deiziad_degemer: 'Deiziad degemer (date d\'approbation)', niv: 'Niverenn KerOfis', hospital_name: 'Nom de l\'établissement',
  site_name: 'Site', city: 'Commune', street: 'Rue', house_number: 'Numéro', postcode: 'Code postal', facility_type: 'Type d\'établissement',
  public_private: 'Statut (public ou privé)', cap_beds: 'Lits', emergency: 'Urgences', tel: 'Téléphone', url: 'Site web',
  passages_bateaux: 'Passages de bateaux', id_ecluse: 'Identifiant de l\'écluse', categorie: 'Catégorie', dotation: 'Dotation',
  echelon: 'Échelon', annee: 'Année', millesime: 'Millésime', valeur: 'Valeur', libelle: 'Libellé', unite: 'Unité',
  nom_de_la_manifestation: 'Nom du festival', date_debut_ancien: 'Date de début (édition 2019)',
  date_de_fin_ancien: 'Date de fin (édition 2019)', coordonnees_insee: 'Coordonnées', commentaires: 'Description',
  complement_domaine: 'Complément de domaine', commune_principale: 'Commune principale', site_web: 'Site web',
  ndeg_identification: 'Numéro d\'identification', date_de_creation: 'Date de création',
};
const WORDS: Record<string, string> = {
  annee: 'année', region: 'région', departement: 'département', departements: 'départements', ecluse: 'écluse', periode: 'période',
  libelle: 'libellé', categorie: 'catégorie', numero: 'numéro', comptee: 'comptée', a: 'à', etat: 'État', deploiement: 'déploiement',
  hors: 'hors', finistere: 'Finistère', moyenne: 'moyenne', journaliere: 'journalière', estivale: 'estivale', selection: 'sélection',
  comite: 'comité', societe: 'société', insee: 'INSEE', epci: 'EPCI', siren: 'SIREN', siret: 'SIRET', zrr: 'ZRR', qpv: 'QPV',
  id: 'identifiant', nb: 'nombre de', pmr: 'PMR', fs: 'France services', cv: 'contrat de ville', rdv: 'rendez-vous',
  h: 'horaires', tiers: 'tiers', ordre: 'ordre', serie: 'série', arrondissement: 'arrondissement',
};

export function frenchLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.split('_').filter(Boolean).map((w) => WORDS[w] ?? w);
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const CODE_LIKE = /(^|_)(code|codes|insee|siren|siret|postal|postaux|postcode|telephone|tel|cc|id)($|_)|^id|_id$|^cp$/;
const INT = /^-?(0|[1-9][0-9]*)$/;
const NUM = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Infers an ODS type from a column's non-empty values (strings, numbers or booleans). */
export function inferType(name: string, values: unknown[], forceText = false): FieldType {
  const vals = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (forceText || !vals.length) return 'text';
  if (vals.every((v) => typeof v === 'boolean' || v === 'true' || v === 'false')) return 'boolean';
  const strs = vals.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (!CODE_LIKE.test(name)) {
    if (strs.every((s) => INT.test(s) && Math.abs(Number(s)) <= Number.MAX_SAFE_INTEGER)) return 'int';
    if (strs.every((s) => NUM.test(s))) return 'double';
  }
  if (strs.every((s) => DATE.test(s))) return 'date';
  if (strs.every((s) => DATETIME.test(s) && !Number.isNaN(Date.parse(s)))) return 'datetime';
  return 'text';
}

/** `2023-08-28T14:42:37.572000+00:00` → `2023-08-28T14:42:37+00:00` (v2.1 renders UTC with an offset). */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + '+00:00';
}

export function convert(v: unknown, type: FieldType): unknown {
  if (v === null || v === undefined || v === '') return null;
  switch (type) {
    case 'int': case 'double': return typeof v === 'number' ? v : Number(v);
    case 'boolean': return v === true || v === 'true';
    case 'datetime': return isoUtc(Date.parse(String(v)));
    case 'text': return Array.isArray(v) ? v.map(String).join(';') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    default: return v;
  }
}

/** Field descriptions from a SOURCE.md: table rows `| \`a\`, \`b\` | meaning |`. */
export function sourceDescriptions(md: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of md.split('\n')) {
    const m = /^\|\s*((?:`[^`]+`[,\s]*)+)\|\s*([^|]+)\|/.exec(line);
    if (!m) continue;
    const desc = m[2].trim().replace(/`/g, '');
    for (const n of m[1].matchAll(/`([^`]+)`/g)) out.set(normName(n[1]), desc);
  }
  return out;
}

export function field(name: string, type: FieldType, description: string | null, facet: boolean, label?: string): FieldDef {
  const annotations: Record<string, unknown> = {};
  if (facet) {
    annotations.facet = true;
    if (type === 'date' || type === 'datetime') { annotations.facetsort = '-alphanum'; annotations.timerangeFilter = true; }
    else annotations.disjunctive = true;
  }
  if (type === 'text' || type === 'int' || type === 'double' || type === 'date' || type === 'datetime') annotations.sortable = true;
  // Key order as in real v2.1 bodies: name, description, annotations, label, type.
  return { name, description, annotations, label: label ?? frenchLabel(name), type };
}
