import { defineMessages } from '../../i18n/catalog.js';

export const tableMessages = defineMessages({
  fr: {
    count: (n: number, s: string) => (n === 0 ? 'Aucune ligne' : n === 1 ? '1 ligne' : `${s} lignes`),
    sortedBy: (label: string, desc: boolean) => `trié par ${label}, ordre ${desc ? 'décroissant' : 'croissant'}`,
    pageOf: (n: string, total: string) => `page ${n} sur ${total}`,
    updating: 'Mise à jour…',
    scrollRegion: (caption: string) => `${caption} (défilement horizontal)`,
    unknownFields: (names: string) => `Champs inconnus dans fields : ${names}.`,
    emptyPage: 'Aucune ligne sur cette page.',
  },
  en: {
    count: (n: number, s: string) => (n === 0 ? 'No rows' : n === 1 ? '1 row' : `${s} rows`),
    sortedBy: (label: string, desc: boolean) => `sorted by ${label}, ${desc ? 'descending' : 'ascending'}`,
    pageOf: (n: string, total: string) => `page ${n} of ${total}`,
    updating: 'Updating…',
    scrollRegion: (caption: string) => `${caption} (horizontal scrolling)`,
    unknownFields: (names: string) => `Unknown fields in fields: ${names}.`,
    emptyPage: 'No rows on this page.',
  },
  br: {
    count: (n: number, s: string) => (n === 0 ? 'Linenn ebet' : n === 1 ? '1 linenn' : `${s} linenn`),
    sortedBy: (label: string, desc: boolean) => `renket hervez ${label}, urzh ${desc ? 'digresk' : 'kresk'}`,
    pageOf: (n: string, total: string) => `pajenn ${n} diwar ${total}`,
    updating: 'O hizivaat…',
    scrollRegion: (caption: string) => `${caption} (dibunañ a-led)`,
    unknownFields: (names: string) => `Maeziennoù dianav e fields : ${names}.`,
    emptyPage: 'Linenn ebet war ar bajenn-mañ.',
  },
});
