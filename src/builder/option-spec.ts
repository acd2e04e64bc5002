// The builder's one table of options: for every attribute of every element, a label and a help line in French,
// English and Breton, and what the attribute accepts when the manifest's type does not say it (enum values of a
// type alias, number bounds, which schema fields fit). test/node/builder-options.test.ts checks it against
// custom-elements.json: no attribute without a label, enum values equal to the declared type.
import type { Lang } from '../i18n/catalog.js';

type T3 = Record<Lang, string>;
/** Which schema fields an option accepts. */
export type FieldUse =
  | { kind: 'field' | 'fields'; accepts?: 'geo' | 'date' | 'numeric' | 'text' }
  /** `field`, or `year|month|day(date field)` */
  | { kind: 'axis' }
  /** `count(*)` or `fn(numeric field)` */
  | { kind: 'aggregate' };

export interface OptionSpec {
  label: T3;
  help: T3;
  /** Choice list (the manifest's type names an alias, or a literal union to keep in this order). */
  values?: string[];
  min?: number;
  max?: number;
  field?: FieldUse;
  /** Not offered as an option: the builder sets it itself (source, portal, dataset…) or it duplicates another. */
  hidden?: boolean;
}

const t = (fr: string, en: string, br: string): T3 => ({ fr, en, br });
const hidden = (fr: string, en: string, br: string): OptionSpec => ({ label: t(fr, en, br), help: t('', '', ''), hidden: true });

const SOURCE = hidden('Source liée', 'Linked source', 'Mammenn liammet');
const PORTAL = hidden('Portail', 'Portal', 'Porched');
const API_KEY = hidden('Clé d’API', 'API key', 'Alc’hwez API');
const DATASET = hidden('Jeu de données', 'Dataset', 'Stroll roadennoù');
const NO_PROVENANCE: OptionSpec = {
  label: t('Masquer la provenance', 'Hide the provenance', 'Kuzhat an orin'),
  help: t('Sans la ligne source, licence et date de mise à jour.', 'Without the source, licence and update line.',
    'Hep al linenn mammenn, lañvaz ha deiziad hizivaat.'),
};
const PAGE_SIZE: OptionSpec = {
  label: t('Lignes par page', 'Rows per page', 'Linennoù dre bajenn'),
  help: t('De 1 à 100.', 'From 1 to 100.', 'Eus 1 da 100.'), min: 1, max: 100,
};
const AGG_HELP = t('count(*) compte les lignes ; somme, moyenne, minimum, maximum ou médiane d’un champ numérique.',
  'count(*) counts rows; sum, average, minimum, maximum or median of a numeric field.',
  'count(*) a gont al linennoù ; sammad, keidenn, izelañ, uhelañ pe kreizenn ur vaezienn niverel.');
const WHERE: OptionSpec = {
  label: t('Filtre ODSQL', 'ODSQL filter', 'Sil ODSQL'),
  help: t('Condition toujours appliquée, ex. population > 1000.', 'Condition always applied, e.g. population > 1000.',
    'Divizoù lakaet bepred, sk. population > 1000.'),
};

export const OPTION_SPECS: Record<string, Record<string, OptionSpec>> = {
  'od-dataset': {
    portal: PORTAL, dataset: DATASET, 'api-key': API_KEY,
    where: WHERE,
    refine: { label: t('Affinages permanents', 'Fixed refinements', 'Resisadurioù padus'),
      help: t('champ:valeur;champ:valeur', 'field:value;field:value', 'maezienn:talvoud;maezienn:talvoud') },
    exclude: { label: t('Exclusions permanentes', 'Fixed exclusions', 'Lamadurioù padus'),
      help: t('champ:valeur;champ:valeur', 'field:value;field:value', 'maezienn:talvoud;maezienn:talvoud') },
    q: { label: t('Recherche permanente', 'Fixed search', 'Klask padus'),
      help: t('Texte recherché avant celui du visiteur.', 'Text searched before the visitor’s own.', 'Testenn klasket a-raok hini ar gweladenner.') },
    commune: { label: t('Commune (code INSEE)', 'Commune (INSEE code)', 'Kumun (kod INSEE)'),
      help: t('Ex. 29232 (Quimper) : limite les données à la commune.', 'E.g. 29232 (Quimper): limits the data to the commune.',
        'Sk. 29232 (Kemper) : ar roadennoù eus ar gumun hepken.') },
    'page-size': { ...PAGE_SIZE, help: t('Pour les tableaux et paginations liés, de 1 à 100.', 'For the linked tables and pagers, 1 to 100.',
      'Evit an taolennoù hag ar pajennaozañ liammet, eus 1 da 100.') },
    theme: { label: t('Thème', 'Theme', 'Neuz'), help: t('Couleurs et polices du bloc, chargées par le script (marche sous CSP stricte).',
      'Colours and fonts of the block, loaded by the script (works under a strict CSP).', 'Livioù ha nodrezhoù ar bloc’h, karget gant ar skript.'), hidden: true },
    'sync-url': { label: t('Vue dans l’adresse de la page', 'View in the page address', 'Gwel e chomlec’h ar bajenn'),
      help: t('Recherche, filtres et page gardés dans l’URL (partage, bouton retour).', 'Search, filters and page kept in the URL (sharing, back button).',
        'Klask, siloù ha pajenn miret en URL (rannañ, bouton distreiñ).'), hidden: true },
  },
  'od-catalog': {
    portal: PORTAL, 'api-key': API_KEY,
    where: { ...WHERE, help: t('Condition sur le catalogue, ex. publisher = "INSEE".', 'Condition on the catalogue, e.g. publisher = "INSEE".',
      'Divizoù war ar c’hatalog, sk. publisher = "INSEE".') },
    refine: { label: t('Affinages permanents', 'Fixed refinements', 'Resisadurioù padus'),
      help: t('champ:valeur;champ:valeur, ex. publisher:INSEE', 'field:value;field:value, e.g. publisher:INSEE', 'maezienn:talvoud, sk. publisher:INSEE') },
    facets: { label: t('Filtres proposés', 'Filters offered', 'Siloù kinniget'),
      help: t('Séparés par des virgules : theme, keyword, publisher ; vide : aucun.', 'Comma separated: theme, keyword, publisher; empty: none.',
        'Dispartiet gant skejoù : theme, keyword, publisher ; goullo : hini ebet.') },
    sort: { label: t('Tri initial', 'Initial sort', 'Urzh kentañ'),
      help: t('modified : les plus récents ; title : par titre ; records : par nombre de lignes.', 'modified: newest; title: by title; records: by row count.',
        'modified : ar re nevesañ ; title : dre ditl ; records : dre niver a linennoù.'), values: ['modified', 'title', 'records'] },
    'page-size': { ...PAGE_SIZE, label: t('Jeux par page', 'Datasets per page', 'Strolladoù dre bajenn') },
    'heading-level': { label: t('Niveau des titres', 'Heading level', 'Live an titloù'),
      help: t('De 2 à 6, selon le plan de la page hôte.', 'From 2 to 6, to fit the host page’s outline.', 'Eus 2 da 6, hervez steuñv ar bajenn.'), min: 2, max: 6 },
    'no-search': { label: t('Sans recherche', 'No search', 'Hep klask'),
      help: t('Masque le formulaire de recherche.', 'Hides the search form.', 'Kuzhat ar furmskrid klask.') },
  },
  'od-table': {
    source: SOURCE,
    detail: { label: t('Fiche détaillée', 'Detail view', 'Fichenn munudet'),
      help: t('Un bouton ouvre chaque enregistrement dans une fenêtre avec tous ses champs.', 'A button opens each record in a dialog with all its fields.',
        'Ur bouton a zigor pep enrolladenn en ur prenestr gant he maeziennoù holl.') },
    fields: { label: t('Colonnes', 'Columns', 'Bannoù'),
      help: t('Cochez les champs à montrer, dans l’ordre voulu (aucun : tous).', 'Tick the fields to show, in order (none: all).',
        'Dibabit ar maeziennoù da ziskouez, en urzh (hini ebet : an holl).'), field: { kind: 'fields' } },
    'page-size': PAGE_SIZE,
    caption: { label: t('Légende du tableau', 'Table caption', 'Alc’hwez an daolenn'),
      help: t('Par défaut : le titre du jeu de données.', 'Default: the dataset’s title.', 'Dre ziouer : titl ar stroll roadennoù.') },
    title: hidden('Titre (infobulle)', 'Title (tooltip)', 'Titl (titlig)'),
    'field-lang': { label: t('Langue de certains champs', 'Language of some fields', 'Yezh maeziennoù zo'),
      help: t('Ex. dibab:br pour des noms en breton.', 'E.g. dibab:br for Breton names.', 'Sk. dibab:br evit anvioù e brezhoneg.') },
    'no-pager': { label: t('Sans pagination', 'No pager', 'Hep pajennaozañ'),
      help: t('À utiliser avec un widget Pagination ailleurs.', 'Use with a Pagination widget elsewhere.', 'Gant ur widget Pajennaozañ e lec’h all.') },
    'no-provenance': NO_PROVENANCE,
  },
  'od-pager': {
    source: SOURCE,
    'page-size': PAGE_SIZE,
    label: { label: t('Ce qui est paginé', 'What is paged', 'Ar pezh a vez pajennaozet'),
      help: t('Nom de la navigation « Pagination : … ».', 'Name of the “Pagination: …” navigation.', 'Anv ar merdeiñ « Pajennaozañ : … ».') },
  },
  'od-search': {
    source: SOURCE,
    label: { label: t('Libellé du champ', 'Field label', 'Skritell ar vaezienn'),
      help: t('Par défaut « Rechercher dans les données ».', 'Default “Search the data”.', 'Dre ziouer « Klask er roadennoù ».') },
    debounce: { label: t('Délai de recherche (ms)', 'Search delay (ms)', 'Dale klask (ms)'),
      help: t('Attente après la dernière frappe, de 0 à 2000.', 'Wait after the last keystroke, 0 to 2000.', 'Gortoz goude ar stokad diwezhañ, 0 da 2000.'), min: 0, max: 2000 },
    'no-hint': { label: t('Sans ligne d’aide', 'No help line', 'Hep linenn skoazell'),
      help: t('Masque « La recherche se lance pendant la saisie… ».', 'Hides “The search runs as you type…”.', 'Kuzhat « Lañset e vez ar c’hlask… ».') },
  },
  'od-facets': {
    source: SOURCE,
    fields: { label: t('Champs de filtre', 'Filter fields', 'Maeziennoù sil'),
      help: t('Aucun coché : les champs que le portail propose comme filtres.', 'None ticked: the fields the portal offers as filters.',
        'Hini ebet : ar maeziennoù kinniget gant ar porched.'), field: { kind: 'fields', accepts: 'text' } },
    limit: { label: t('Valeurs par champ', 'Values per field', 'Talvoudoù dre vaezienn'),
      help: t('Avant « voir plus », de 1 à 50.', 'Before “see more”, 1 to 50.', 'A-raok « gwelet muioc’h », 1 da 50.'), min: 1, max: 50 },
  },
  'od-filters': {
    source: SOURCE,
    'hide-base': { label: t('Masquer les filtres de la page', 'Hide the page’s filters', 'Kuzhat siloù ar bajenn'),
      help: t('Ils s’appliquent toujours.', 'They still apply.', 'Lakaet e vezont bepred.') },
  },
  'od-download': {
    source: SOURCE,
    'no-api-url': { label: t('Sans adresse d’API', 'No API address', 'Hep chomlec’h API'),
      help: t('Masque le bouton « copier l’adresse de l’API ».', 'Hides the “copy the API address” button.', 'Kuzhat ar bouton « eilañ chomlec’h an API ».') },
  },
  'od-kpi': {
    source: SOURCE, portal: PORTAL, dataset: DATASET,
    where: { ...WHERE, help: t('Ajouté aux filtres de la page pour ce chiffre seul.', 'Added to the page’s filters for this figure only.',
      'Ouzhpennet da siloù ar bajenn evit ar sifr-mañ hepken.') },
    value: { label: t('Valeur calculée', 'Computed value', 'Talvoud jedet'), help: AGG_HELP, field: { kind: 'aggregate' } },
    label: { label: t('Texte sous le chiffre', 'Text under the figure', 'Testenn dindan ar sifr'),
      help: t('Ex. « Places de covoiturage ».', 'E.g. “Car-pooling spaces”.', 'Sk. « Plasoù kenweturiñ ».') },
    unit: { label: t('Unité', 'Unit', 'Unanenn'), help: t('Ex. places, €.', 'E.g. spaces, €.', 'Sk. plasoù, €.') },
    decimals: { label: t('Décimales', 'Decimals', 'Degredoù'),
      help: t('De 0 à 6 (par défaut : aucune pour un comptage).', '0 to 6 (default: none for a count).', '0 da 6 (dre ziouer : hini ebet evit ur gont).'), min: 0, max: 6 },
    'no-provenance': NO_PROVENANCE,
  },
  'od-chart': {
    source: SOURCE,
    type: { label: t('Type de graphique', 'Chart type', 'Seurt grafik'),
      help: t('Barres, courbe, aire, camembert, anneau ou nuage de points.', 'Bars, line, area, pie, donut or scatter.',
        'Barrennoù, linenn, gorread, kouign, bizou pe poentoù.'), values: ['bar', 'line', 'area', 'pie', 'donut', 'scatter'] },
    x: { label: t('Axe des catégories', 'Category axis', 'Ahel ar rummadoù'),
      help: t('Un champ, ou l’année, le mois ou le jour d’un champ date.', 'A field, or the year, month or day of a date field.',
        'Ur vaezienn, pe bloaz, miz pe deiz ur vaezienn deiziad.'), field: { kind: 'axis' } },
    y: { label: t('Valeur', 'Value', 'Talvoud'), help: AGG_HELP, field: { kind: 'aggregate' } },
    series: { label: t('Séries', 'Series', 'Heuliadoù'),
      help: t('Un champ dont chaque valeur devient une série.', 'A field whose values become separate series.',
        'Ur vaezienn ma teu pep talvoud da vezañ un heuliad.'), field: { kind: 'field' } },
    horizontal: { label: t('Barres horizontales', 'Horizontal bars', 'Barrennoù a-led'),
      help: t('Pour des noms de catégories longs.', 'For long category names.', 'Evit anvioù rummad hir.') },
    stacked: { label: t('Séries empilées', 'Stacked series', 'Heuliadoù berniet'),
      help: t('Au lieu de côte à côte (barres).', 'Instead of side by side (bars).', 'E-lec’h an eil e-kichen egile (barrennoù).') },
    sort: { label: t('Ordre des catégories', 'Category order', 'Urzh ar rummadoù'),
      help: t('value : valeur croissante ; -value : décroissante ; label, -label : par nom.', 'value: ascending; -value: descending; label, -label: by name.',
        'value : war gresk ; -value : war zigresk ; label, -label : dre anv.'), values: ['value', '-value', 'label', '-label'] },
    top: { label: t('Garder les N premières', 'Keep the top N', 'Mirout an N kentañ'),
      help: t('Les N plus grandes catégories, de 1 à 50 ; les autres regroupées.', 'The N largest categories, 1 to 50; the others grouped.',
        'An N rummad brasañ, 1 da 50 ; ar re all strollet.'), min: 1, max: 50 },
    height: { label: t('Hauteur (px)', 'Height (px)', 'Uhelder (px)'),
      help: t('Hauteur du tracé, de 120 à 1200.', 'Height of the plot, 120 to 1200.', 'Uhelder ar grafik, 120 da 1200.'), min: 120, max: 1200 },
    caption: { label: t('Légende', 'Caption', 'Alc’hwez'),
      help: t('Titre du graphique (par défaut : titre du jeu de données).', 'Chart title (default: the dataset’s title).',
        'Titl ar grafik (dre ziouer : titl ar stroll).') },
    title: hidden('Titre (infobulle)', 'Title (tooltip)', 'Titl (titlig)'),
    'refine-on-click': { label: t('Filtrer au clic', 'Filter on click', 'Siliañ dre glikañ'),
      help: t('Un clic sur une barre filtre les widgets liés.', 'A click on a bar filters the linked widgets.', 'Ur c’hlik war ur varrenn a sil ar widgetoù liammet.') },
    'no-download': { label: t('Sans téléchargement', 'No download', 'Hep pellgargañ'),
      help: t('Masque les boutons de téléchargement.', 'Hides the download buttons.', 'Kuzhat ar boutonoù pellgargañ.') },
    'no-provenance': { ...NO_PROVENANCE, label: t('Provenance courte', 'Short provenance', 'Orin berr'),
      help: t('Source et date seulement.', 'Source and date only.', 'Mammenn ha deiziad hepken.') },
  },
  'od-map': {
    source: SOURCE,
    detail: { label: t('Fiche détaillée', 'Detail view', 'Fichenn munudet'),
      help: t('Un bouton ouvre chaque enregistrement dans une fenêtre avec tous ses champs.', 'A button opens each record in a dialog with all its fields.',
        'Ur bouton a zigor pep enrolladenn en ur prenestr gant he maeziennoù holl.') },
    'color-by': { label: t('Couleur par catégorie', 'Colour by category', 'Liv dre rummad'),
      help: t('Un champ : une couleur par valeur fréquente, les autres en « Autres ».', 'A field: one colour per frequent value, the rest as “Others”.',
        'Ur vaezienn : ul liv dre dalvoud stank, ar re all e « Re all ».'), field: { kind: 'field', accepts: 'text' } },
    'color-count': { label: t('Nombre de couleurs', 'Number of colours', 'Niver a livioù'),
      help: t('De 2 à 10 valeurs colorées.', 'From 2 to 10 coloured values.', 'Eus 2 da 10 talvoud livet.'), min: 2, max: 10 },
    'geo-field': { label: t('Champ géographique', 'Geo field', 'Maezienn douaroniel'),
      help: t('Points ou formes à dessiner.', 'Points or shapes to draw.', 'Poentoù pe stummoù da dresañ.'), field: { kind: 'field', accepts: 'geo' } },
    'popup-fields': { label: t('Champs de la bulle', 'Popup fields', 'Maeziennoù ar valigenn'),
      help: t('Montrés au clic sur un point.', 'Shown when a point is clicked.', 'Diskouezet pa vez klik war ur poent.'), field: { kind: 'fields' } },
    'title-field': { label: t('Champ du nom', 'Name field', 'Maezienn an anv'),
      help: t('Nomme chaque point (bulle et liste).', 'Names each point (popup and list).', 'Anv pep poent (baligenn ha roll).'), field: { kind: 'field' } },
    'refine-on-click': { label: t('Filtrer au clic sur', 'Filter on click by', 'Siliañ dre glikañ war'),
      help: t('Un clic filtre les widgets liés sur ce champ.', 'A click filters the linked widgets on this field.', 'Ur c’hlik a sil ar widgetoù liammet war ar vaezienn-mañ.'),
      field: { kind: 'field' } },
    'point-limit': { label: t('Points au plus', 'Most points', 'Poentoù d’ar muiañ'),
      help: t('Au-delà, regroupement par le portail (100 à 50 000).', 'Above it, the portal clusters (100 to 50,000).', 'En tu-hont, strollet gant ar porched (100 da 50 000).'),
      min: 100, max: 50000 },
    basemap: { label: t('Fond de carte (URL de style)', 'Basemap (style URL)', 'Kartenn diazez (URL stil)'),
      help: t('Service tiers : demande le consentement du visiteur.', 'Third-party service: asks for the visitor’s consent.', 'Servij trede : goulenn a ra aotre ar gweladenner.') },
    'basemap-attribution': { label: t('Crédit du fond de carte', 'Basemap credit', 'Kred ar gartenn diazez'),
      help: t('Ex. © IGN – Plan IGN.', 'E.g. © IGN – Plan IGN.', 'Sk. © IGN – Plan IGN.') },
    'cooperative-gestures': { label: t('Zoom avec Ctrl + molette', 'Zoom with Ctrl + wheel', 'Zoumañ gant Ctrl + rodell'),
      help: t('La page continue de défiler au-dessus de la carte.', 'The page keeps scrolling over the map.', 'Dibunañ a ra ar bajenn a-us d’ar gartenn.') },
    choropleth: { label: t('Carte colorée par territoire', 'Choropleth', 'Kartenn livet'),
      help: t('Colorie les communes ou les EPCI selon une valeur.', 'Colours communes or EPCIs by a value.', 'Livañ ar c’humunioù pe an EPCI hervez un talvoud.'),
      values: ['communes', 'epci'] },
    'join-field': { label: t('Champ du code commune', 'Commune code field', 'Maezienn kod ar gumun'),
      help: t('Code INSEE (ou SIREN d’EPCI) pour la carte colorée.', 'INSEE code (or EPCI SIREN) for the choropleth.', 'Kod INSEE (pe SIREN EPCI) evit ar gartenn livet.'),
      field: { kind: 'field' } },
    value: { label: t('Valeur de la carte colorée', 'Choropleth value', 'Talvoud ar gartenn livet'), help: AGG_HELP, field: { kind: 'aggregate' } },
    'value-label': { label: t('Titre de la légende', 'Legend title', 'Titl an alc’hwez'),
      help: t('Ex. Montant des subventions (€).', 'E.g. Grant amount (€).', 'Sk. Sammad ar skoazelloù (€).') },
    classes: { label: t('Nombre de classes', 'Number of classes', 'Niver a rummadoù'),
      help: t('De 1 à 6.', 'From 1 to 6.', 'Eus 1 da 6.'), min: 1, max: 6 },
    'class-method': { label: t('Découpage des classes', 'Class breaks', 'Rannañ ar rummadoù'),
      help: t('quantile : effectifs égaux ; equal : intervalles égaux.', 'quantile: equal counts; equal: equal intervals.',
        'quantile : niveroù kevatal ; equal : esaouennoù kevatal.'), values: ['quantile', 'equal'] },
    label: { label: t('Nom de la carte', 'Map name', 'Anv ar gartenn'),
      help: t('Pour les lecteurs d’écran (par défaut : titre du jeu).', 'For screen readers (default: the dataset’s title).',
        'Evit al lennerien skramm (dre ziouer : titl ar stroll).') },
    'no-provenance': NO_PROVENANCE,
  },
  'od-share': {
    source: SOURCE,
    'embed-url': { label: t('Adresse de la page iframe', 'Iframe page address', 'Chomlec’h ar bajenn iframe'),
      help: t('embed.html hébergé (par défaut : à côté du script).', 'Hosted embed.html (default: beside the script).',
        'embed.html herberc’hiet (dre ziouer : e-kichen ar skript).') },
    'bundle-url': { label: t('Adresse du script', 'Script address', 'Chomlec’h ar skript'),
      help: t('opendata-widgets.js hébergé (par défaut : celui de la page).', 'Hosted opendata-widgets.js (default: this page’s).',
        'opendata-widgets.js herberc’hiet (dre ziouer : hini ar bajenn).') },
    widgets: { label: t('Widgets reproduits', 'Widgets reproduced', 'Widgetoù adsavet'),
      help: t('Balises séparées par des virgules (par défaut : ceux du jeu de données).', 'Comma-separated tags (default: those of the dataset).',
        'Balizennoù dispartiet gant skejoù (dre ziouer : re ar stroll).') },
  },
  'od-records': {
    source: SOURCE,
    layout: { label: t('Présentation', 'Layout', 'Doare'), help: t('Cartes ou liste.', 'Cards or list.', 'Kartennoù pe roll.'), values: ['cards', 'list'] },
    'page-size': PAGE_SIZE,
    more: { label: t('Bouton « Afficher plus »', '“Show more” button', 'Bouton « Diskouez muioc’h »'),
      help: t('Ajoute les suivants au lieu de changer de page.', 'Appends the next ones instead of paging.', 'Ouzhpennañ ar re da-heul e-lec’h cheñch pajenn.') },
    'no-pager': { label: t('Sans pagination', 'No pager', 'Hep pajennaozañ'),
      help: t('À utiliser avec un widget Pagination ailleurs.', 'Use with a Pagination widget elsewhere.', 'Gant ur widget Pajennaozañ e lec’h all.') },
    'title-field': { label: t('Champ du titre', 'Title field', 'Maezienn an titl'),
      help: t('Par défaut : le premier champ texte.', 'Default: the first text field.', 'Dre ziouer : ar vaezienn destenn gentañ.'), field: { kind: 'field' } },
    'image-field': { label: t('Champ de l’image', 'Image field', 'Maezienn ar skeudenn'),
      help: t('Un champ image ou fichier du jeu.', 'An image or file field.', 'Ur vaezienn skeudenn pe restr.'), field: { kind: 'field' } },
    fields: { label: t('Champs montrés', 'Fields shown', 'Maeziennoù diskouezet'),
      help: t('Cochez les champs à montrer sur chaque carte.', 'Tick the fields to show on each card.', 'Dibabit ar maeziennoù da ziskouez war pep kartenn.'), field: { kind: 'fields' } },
    sort: { label: t('Tri par défaut', 'Default sort', 'Urzh dre ziouer'),
      help: t('Un champ, précédé de - pour l’ordre décroissant.', 'A field, with a leading - for descending order.', 'Ur vaezienn, gant - dirazi evit an urzh digresk.') },
    detail: { label: t('Fiche détaillée', 'Detail view', 'Fichenn munudet'),
      help: t('Un bouton ouvre chaque enregistrement dans une fenêtre avec tous ses champs.', 'A button opens each record in a dialog with all its fields.',
        'Ur bouton a zigor pep enrolladenn en ur prenestr gant he maeziennoù holl.') },
    'id-field': { label: t('Champ identifiant', 'Identifier field', 'Maezienn anaout'),
      help: t('Pour l’adresse d’une fiche partagée.', 'For the address of a shared record.', 'Evit chomlec’h ur fichenn rannet.'), field: { kind: 'field' } },
    'hours-field': { label: t('Champ des horaires', 'Opening hours field', 'Maezienn an eurioù'),
      help: t('Horaires OpenStreetMap (opening_hours).', 'OpenStreetMap opening hours.', 'Eurioù digeriñ OpenStreetMap.'), field: { kind: 'field' } },
    'no-calendar': { label: t('Sans « Ajouter à mon agenda »', 'No “Add to my calendar”', 'Hep « Ouzhpennañ d’am deiziadur »'),
      help: t('Masque le lien de calendrier des événements.', 'Hides the events’ calendar link.', 'Kuzhat liamm deiziadur an darvoudoù.') },
    'calendar-export': { label: t('Lien vers l’agenda du portail', 'Link to the portal’s calendar', 'Liamm da zeiziadur ar porched'),
      help: t('L’export iCal de la vue, s’il existe.', 'The view’s iCal export, where offered.', 'Ezporzhiadur iCal ar gwel, mar bez.') },
    'heading-level': { label: t('Niveau des titres', 'Heading level', 'Live an titloù'),
      help: t('De 2 à 6.', 'From 2 to 6.', 'Eus 2 da 6.'), min: 2, max: 6 },
    label: { label: t('Nom de la liste', 'List name', 'Anv ar roll'),
      help: t('Nom accessible de la liste.', 'Accessible name of the list.', 'Anv haezadus ar roll.') },
    'no-provenance': NO_PROVENANCE,
  },
  'od-daterange': {
    source: SOURCE,
    field: { label: t('Champ date', 'Date field', 'Maezienn deiziad'),
      help: t('La date (ou le début) filtrée.', 'The date (or start) filtered.', 'An deiziad (pe ar penn-kentañ) silet.'), field: { kind: 'field', accepts: 'date' } },
    'end-field': { label: t('Champ de fin', 'End field', 'Maezienn fin'),
      help: t('Pour des événements sur plusieurs jours.', 'For events over several days.', 'Evit darvoudoù war meur a zevezh.'), field: { kind: 'field', accepts: 'date' } },
    label: { label: t('Libellé', 'Label', 'Skritell'),
      help: t('Nom du groupe de dates.', 'Name of the date group.', 'Anv ar strollad deiziadoù.') },
    presets: { label: t('Raccourcis', 'Presets', 'Berradennoù'),
      help: t('Liste séparée par des espaces (par défaut : tous).', 'Space-separated list (default: all).', 'Roll dispartiet gant esaouennoù (dre ziouer : an holl).') },
  },
  'od-select': {
    source: SOURCE,
    field: { label: t('Champ', 'Field', 'Maezienn'),
      help: t('Le champ dont on choisit les valeurs.', 'The field whose values are chosen.', 'Ar vaezienn a zibaber he zalvoudoù.'), field: { kind: 'field', accepts: 'text' } },
    label: { label: t('Libellé', 'Label', 'Skritell'),
      help: t('Par défaut : le nom du champ.', 'Default: the field’s name.', 'Dre ziouer : anv ar vaezienn.') },
    multiple: { label: t('Choix multiple', 'Multiple choice', 'Dibab lies'),
      help: t('Plusieurs valeurs à la fois.', 'Several values at once.', 'Meur a dalvoud war un dro.') },
    sort: { label: t('Ordre des valeurs', 'Order of values', 'Urzh an talvoudoù'),
      help: t('Par nombre ou par nom.', 'By count or by name.', 'Dre niver pe dre anv.') },
    limit: { label: t('Nombre de valeurs', 'Number of values', 'Niver a dalvoudoù'),
      help: t('De 1 à 1000.', 'From 1 to 1000.', 'Eus 1 da 1000.'), min: 1, max: 1000 },
  },
};

/** The spec of one attribute, if the table has it. */
export const specOf = (tag: string, attribute: string): OptionSpec | undefined => OPTION_SPECS[tag]?.[attribute];
