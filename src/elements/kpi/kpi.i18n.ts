import { defineMessages } from '../../i18n/catalog.js';

export const kpiMessages = defineMessages({
  fr: {
    noValue: 'Aucune donnée',
    updating: 'Mise à jour…',
    badValue: (v: string) => `Valeur non reconnue : value="${v}". Utilisez count(*), sum(champ), avg(champ), min(champ) ou max(champ).`,
  },
  en: {
    noValue: 'No data',
    updating: 'Updating…',
    badValue: (v: string) => `Unrecognised value: value="${v}". Use count(*), sum(field), avg(field), min(field) or max(field).`,
  },
  br: {
    noValue: 'Roadenn ebet',
    updating: 'O hizivaat…',
    badValue: (v: string) => `Talvoud dianav : value="${v}". Implijit count(*), sum(maezienn), avg(maezienn), min(maezienn) pe max(maezienn).`,
  },
});
