import { defineMessages } from '../i18n/catalog.js';

/** Messages of the hosted iframe page (`embed.html`). */
export const embedMessages = defineMessages({
  fr: {
    docTitle: (what: string) => `${what} — données ouvertes`,
    widgetFallback: 'Widget de données ouvertes',
    problems: 'Ce widget intégré est mal configuré :',
    seeData: 'Voir les données sur le portail (nouvelle fenêtre)',
    noPortal: (where: string) => `Cette page d’intégration n’a pas de portail de données : ${where}. Son hébergeur doit indiquer l’adresse du portail dans embed.html, balise <meta name="od-portal" content="https://votre-portail.fr">.`,
    noPortalMeta: 'la balise <meta name="od-portal"> est vide',
    noApiHere: (origin: string) => `${origin} ne répond pas comme un portail Explore API v2.1`,
  },
  en: {
    docTitle: (what: string) => `${what} — open data`,
    widgetFallback: 'Open data widget',
    problems: 'This embedded widget is misconfigured:',
    seeData: 'See the data on the portal (new window)',
    noPortal: (where: string) => `This embed page has no data portal: ${where}. Whoever hosts it must give the portal's address in embed.html, tag <meta name="od-portal" content="https://your-portal.example">.`,
    noPortalMeta: 'the <meta name="od-portal"> tag is empty',
    noApiHere: (origin: string) => `${origin} does not answer as an Explore API v2.1 portal`,
  },
  br: {
    docTitle: (what: string) => `${what} — roadennoù digor`,
    widgetFallback: 'Widget roadennoù digor',
    problems: 'Kefluniet fall eo ar widget enframmet-mañ :',
    seeData: 'Gwelet ar roadennoù war ar porched (prenestr nevez)',
    noPortal: (where: string) => `N’eus porched roadennoù ebet gant ar bajenn enframmañ-mañ : ${where}. An herberc’hier a rank merkañ chomlec’h ar porched en embed.html, balizenn <meta name="od-portal" content="https://ho-porched.bzh">.`,
    noPortalMeta: 'goullo eo ar valizenn <meta name="od-portal">',
    noApiHere: (origin: string) => `${origin} ne respont ket evel ur porched Explore API v2.1`,
  },
});
