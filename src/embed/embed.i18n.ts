import { defineMessages } from '../i18n/catalog.js';

/** Messages of the hosted iframe page (`embed.html`). */
export const embedMessages = defineMessages({
  fr: {
    docTitle: (what: string) => `${what} — données ouvertes`,
    widgetFallback: 'Widget de données ouvertes',
    problems: 'Ce widget intégré est mal configuré :',
    seeData: 'Voir les données sur le portail (nouvelle fenêtre)',
  },
  en: {
    docTitle: (what: string) => `${what} — open data`,
    widgetFallback: 'Open data widget',
    problems: 'This embedded widget is misconfigured:',
    seeData: 'See the data on the portal (new window)',
  },
  br: {
    docTitle: (what: string) => `${what} — roadennoù digor`,
    widgetFallback: 'Widget roadennoù digor',
    problems: 'Kefluniet fall eo ar widget enframmet-mañ :',
    seeData: 'Gwelet ar roadennoù war ar porched (prenestr nevez)',
  },
});
