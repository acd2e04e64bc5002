import { defineMessages } from '../../i18n/catalog.js';

export const kpiMessages = defineMessages({
  fr: {
    noValue: 'Aucune donnée',
    up: 'En hausse :',
    down: 'En baisse :',
    flat: 'Stable :',
    versus: (amount: string, period: string) => `${amount} par rapport à ${period}`,
    period: (p: string) => `en ${p}`,
    below: (label: string, v: string) => `Seuil « ${label} » (${v}) non atteint`,
    trend: (values: string) => `Évolution : ${values}.`,
    badThresholds: (v: string) => `Attribut thresholds invalide : « ${v} » (valeur:libellé, par exemple 80:Objectif atteint ; plusieurs séparés par « ; »).`,
    updating: 'Mise à jour…',
    badValue: (v: string) => `Valeur non reconnue : value="${v}". Utilisez count(*), sum(champ), avg(champ), min(champ) ou max(champ).`,
  },
  en: {
    noValue: 'No data',
    up: 'Up:',
    down: 'Down:',
    flat: 'Stable:',
    versus: (amount: string, period: string) => `${amount} compared with ${period}`,
    period: (p: string) => `in ${p}`,
    below: (label: string, v: string) => `Threshold “${label}” (${v}) not reached`,
    trend: (values: string) => `Trend: ${values}.`,
    badThresholds: (v: string) => `Invalid thresholds attribute: “${v}” (value:label, e.g. 80:Target met; several separated by “;”).`,
    updating: 'Updating…',
    badValue: (v: string) => `Unrecognised value: value="${v}". Use count(*), sum(field), avg(field), min(field) or max(field).`,
  },
  br: {
    noValue: 'Roadenn ebet',
    up: 'War gresk :',
    down: 'War zigresk :',
    flat: 'Stabil :',
    versus: (amount: string, period: string) => `${amount} e-keñver ${period}`,
    period: (p: string) => `e ${p}`,
    below: (label: string, v: string) => `Treuzoù « ${label} » (${v}) n’eo ket tizhet`,
    trend: (values: string) => `Emdroadur : ${values}.`,
    badThresholds: (v: string) => `Doareenn thresholds direizh : « ${v} » (talvoud:skritellig, da skouer 80:Pal tizhet ; meur a hini dispartiet gant « ; »).`,
    updating: 'O hizivaat…',
    badValue: (v: string) => `Talvoud dianav : value="${v}". Implijit count(*), sum(maezienn), avg(maezienn), min(maezienn) pe max(maezienn).`,
  },
});

export type KpiMessages = (typeof kpiMessages)['fr'];
