import { defineMessages } from '../../i18n/catalog.js';

export const pagerMessages = defineMessages({
  fr: {
    nav: (name: string) => (name ? `Pagination : ${name}` : 'Pagination'),
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (n: string) => `Page ${n}`,
    pageOf: (n: string, total: string) => `Page ${n} sur ${total}`,
    capped: (max: string) => `Seules les ${max} premières lignes peuvent être parcourues : affinez la recherche pour voir les autres.`,
  },
  en: {
    nav: (name: string) => (name ? `Pagination: ${name}` : 'Pagination'),
    previous: 'Previous page',
    next: 'Next page',
    page: (n: string) => `Page ${n}`,
    pageOf: (n: string, total: string) => `Page ${n} of ${total}`,
    capped: (max: string) => `Only the first ${max} rows can be browsed: narrow the search to see the others.`,
  },
  br: {
    nav: (name: string) => (name ? `Niverenniñ ar pajennoù : ${name}` : 'Niverenniñ ar pajennoù'),
    previous: 'Pajenn a-raok',
    next: 'Pajenn war-lerc’h',
    page: (n: string) => `Pajenn ${n}`,
    pageOf: (n: string, total: string) => `Pajenn ${n} diwar ${total}`,
    capped: (max: string) => `N’haller furchal nemet er ${max} linenn gentañ : strishait an enklask evit gwelet ar re all.`,
  },
});
