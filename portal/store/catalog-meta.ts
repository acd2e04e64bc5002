/**
 * Catalogue metadata of the local portal's datasets, written in French from each folder's SOURCE.md and
 * data/index.json (titles, publishers, licences, dates). `facets` lists the fields annotated `facet: true`.
 */
export interface DatasetInfo {
  title: string;
  description: string;
  theme: string[];
  keyword: string[];
  publisher: string;
  license: string;
  license_url: string | null;
  attributions: string;
  modified: string;
  facets: string[];
  /** Facets declared in the back office (`metas.asset_content_configuration.facets`), not as field annotations. */
  backOfficeFacets?: boolean;
  /** Fields kept as text although they look numeric (identifiers). */
  text?: string[];
  /** Fields holding `[lat, lon]` arrays (pre-v2.1 exports): served as `geo_point_2d` fields of that name. */
  points?: string[];
}

export const LO = 'Licence Ouverte v2.0 (Etalab)';
export const LO_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';
export const ODBL = 'Open Database License (ODbL)';
export const ODBL_URL = 'https://opendatacommons.org/licenses/odbl/1-0/';

const communes = (scope: string) => `<p>${scope} : code INSEE, SIREN, codes postaux, libellé d'acheminement, département, région, arrondissement, EPCI d'appartenance et populations légales (millésime 2023, en vigueur au 1er janvier 2026).</p><p>Sources : INSEE (COG, populations légales), DGCL, La Poste / DGFiP, via <code>@etalab/decoupage-administratif</code>.</p>`;
const communesAttr = 'Sources : INSEE (COG, populations légales 2023), DGCL, La Poste / DGFiP — Licence Ouverte 2.0';
const ign = 'IGN – ADMIN EXPRESS COG 2018, via github.com/gregoiredavid/france-geojson';
const contour = (what: string) => `<p>${what}</p><p>Géographie IGN ADMIN EXPRESS COG 2018, coordonnées WGS84 arrondies à 5 décimales et simplifiées.</p>`;

export const DATASETS: Record<string, DatasetInfo> = {
  'qbo-communes': {
    title: 'Communes membres de Quimper Bretagne Occidentale',
    description: communes('Les 14 communes de la communauté d\'agglomération Quimper Bretagne Occidentale (SIREN 200068120)') + '<p>Contours communaux IGN ADMIN EXPRESS COG 2018 joints sur le code INSEE.</p>',
    theme: ['Territoire'], keyword: ['communes', 'QBO', 'population', 'Quimper'],
    publisher: 'INSEE, DGCL, La Poste/DGFiP', license: LO, license_url: LO_URL,
    attributions: communesAttr + ' ; ' + ign, modified: '2026-01-19T00:00:00+00:00',
    facets: ['codes_postaux', 'code_arrondissement'],
  },
  'finistere-communes': {
    title: 'Communes du Finistère',
    description: communes('Les 277 communes actuelles du Finistère (COG 2026)'),
    theme: ['Territoire'], keyword: ['communes', 'Finistère', 'population', 'EPCI'],
    publisher: 'INSEE, DGCL, La Poste/DGFiP', license: LO, license_url: LO_URL,
    attributions: communesAttr, modified: '2026-01-19T00:00:00+00:00', facets: ['nom_epci', 'code_arrondissement'],
  },
  'qbo-epci': {
    title: 'Quimper Bretagne Occidentale : fiche EPCI (DGCL)',
    description: '<p>La fiche de la communauté d\'agglomération Quimper Bretagne Occidentale dans la liste des EPCI de la DGCL (populations du millésime 2022, liste Epcicom2025).</p>',
    theme: ['Territoire'], keyword: ['EPCI', 'QBO', 'intercommunalité'], publisher: 'DGCL', license: LO, license_url: LO_URL,
    attributions: 'DGCL, via @etalab/decoupage-administratif — Licence Ouverte 2.0', modified: '2026-03-09T00:00:00+00:00', facets: [],
  },
  'qbo-population-historique': {
    title: 'Populations légales des communes de QBO, millésimes 2019 à 2023',
    description: '<p>Population municipale, population comptée à part et population totale des 14 communes de Quimper Bretagne Occidentale pour les millésimes INSEE 2019 à 2023 (format long, une ligne par commune et millésime).</p>',
    theme: ['Population'], keyword: ['population', 'recensement', 'QBO', 'INSEE'], publisher: 'INSEE', license: LO, license_url: LO_URL,
    attributions: 'INSEE, populations légales, via datagouv/decoupage-administratif — Licence Ouverte 2.0',
    modified: '2026-01-19T00:00:00+00:00', facets: ['nom', 'millesime', 'annee_en_vigueur'],
  },
  'communes-29-finistere': {
    title: 'Contours des communes du Finistère',
    description: contour('Polygones des 279 communes du Finistère (géographie 2018), avec code INSEE et nom.'),
    theme: ['Territoire'], keyword: ['contours', 'communes', 'Finistère', 'cartographie'], publisher: 'IGN', license: LO, license_url: LO_URL,
    attributions: ign, modified: '2018-10-16T00:00:00+00:00', facets: [],
  },
  'departement-29-finistere': {
    title: 'Contour du département du Finistère',
    description: contour('Contour du département du Finistère (29).'),
    theme: ['Territoire'], keyword: ['contours', 'département', 'Finistère'], publisher: 'IGN', license: LO, license_url: LO_URL,
    attributions: ign, modified: '2018-10-16T00:00:00+00:00', facets: [],
  },
  'epci-29-finistere': {
    title: 'Contours des EPCI du Finistère',
    description: contour('Contours des 21 intercommunalités du Finistère (et des deux îles sans EPCI), obtenus par fusion des polygones communaux selon l\'EPCI 2026 de chaque commune.'),
    theme: ['Territoire'], keyword: ['contours', 'EPCI', 'intercommunalité', 'Finistère'], publisher: 'IGN', license: LO, license_url: LO_URL,
    attributions: ign, modified: '2026-11-27T00:00:00+00:00', facets: ['nom_epci'],
  },
  'qbo-contour': {
    title: 'Contour de Quimper Bretagne Occidentale',
    description: contour('Contour de la communauté d\'agglomération Quimper Bretagne Occidentale (fusion des 14 communes).'),
    theme: ['Territoire'], keyword: ['contours', 'QBO', 'EPCI'], publisher: 'IGN', license: LO, license_url: LO_URL,
    attributions: ign, modified: '2026-11-27T00:00:00+00:00', facets: [],
  },
  'finistere-aires-covoiturage': {
    title: 'Aires de covoiturage du Finistère',
    description: '<p>Lieux de covoiturage du Finistère extraits de la Base nationale des lieux de covoiturage (BNLC) : aires, parkings et supermarchés, avec adresse, commune, type, nombre de places.</p>',
    theme: ['Mobilité'], keyword: ['covoiturage', 'mobilité', 'BNLC', 'transport'],
    publisher: 'transport.data.gouv.fr (BNLC) ; producteur : Département du Finistère', license: ODBL, license_url: ODBL_URL,
    attributions: 'Base nationale des lieux de covoiturage – transport.data.gouv.fr – ODbL', modified: '2026-05-21T00:00:00+00:00',
    facets: ['com_lieu', 'type', 'date_maj', 'ouvert', 'source'], text: ['source'],
  },
  'finistere-festivals': {
    title: 'Festivals du Finistère',
    description: '<p>Les 55 festivals du Finistère de la liste nationale des festivals en France : nom, domaine, commune, site web, périodicité, dates de l\'édition 2019 et description.</p><p>Dates de l\'édition 2019 telles que publiées (elles ne sont pas mises à jour).</p>',
    theme: ['Culture'], keyword: ['festivals', 'culture', 'agenda', 'Finistère'], publisher: 'Ministère de la Culture', license: LO, license_url: LO_URL,
    attributions: 'Ministère de la Culture — liste des festivals en France (extrait Finistère) — Licence Ouverte', modified: '2019-09-01T00:00:00+00:00',
    facets: ['domaine', 'complement_domaine', 'commune_principale', 'periodicite', 'mois_habituel_de_debut'], text: ['code_insee', 'code_postal', 'departement'],
    points: ['coordonnees_insee'],
  },
  'finistere-france-services': {
    title: 'Structures France services du Finistère',
    description: '<p>Les espaces France services (guichets uniques de services publics) du Finistère : adresse, contacts, horaires d\'ouverture, type et format (fixe ou itinérant). Liste ANCT du 1er août 2024.</p>',
    theme: ['Services publics'], keyword: ['France services', 'services publics', 'accueil'], publisher: 'ANCT', license: LO, license_url: LO_URL,
    attributions: 'ANCT – Liste des structures France services (01/08/2024) – Licence Ouverte 2.0', modified: '2024-08-01T00:00:00+00:00',
    backOfficeFacets: true, facets: ['lib_com', 'type_fs', 'format_fs', 'prise_rdv'],
  },
  'finistere-etablissements-sante': {
    title: 'Établissements de santé du Finistère',
    description: '<p>Hôpitaux et cliniques du Finistère (répertoire FINESS, diffusé par Eurostat GISCO « healthcare services », 2020) : nom, adresse, type d\'établissement, statut public ou privé.</p>',
    theme: ['Santé'], keyword: ['santé', 'hôpitaux', 'cliniques', 'FINESS'], publisher: 'Ministère de la Santé (FINESS) / Eurostat GISCO',
    license: LO, license_url: LO_URL, attributions: 'FINESS via Eurostat GISCO (healthcare services, 2020)', modified: '2020-04-16T00:00:00+00:00',
    backOfficeFacets: true, facets: ['city', 'facility_type', 'public_private'],
  },
  'finistere-irve-points-de-charge': {
    title: 'Points de recharge pour véhicules électriques du Finistère',
    description: '<p>Points de recharge (IRVE) du Finistère, extrait secondaire d\'une liste nationale : nom de la borne, adresse, code postal, coordonnées et date. <strong>Provenance et licence incertaines</strong> ; 8 lignes portent des coordonnées hors du Finistère.</p>',
    theme: ['Mobilité', 'Énergie'], keyword: ['IRVE', 'recharge', 'véhicules électriques'], publisher: 'dépôt Punicheh/ChargingStation',
    license: 'Incertaine (dépôt GPL-3.0 ; amont probable : consolidation IRVE, Licence Ouverte 2.0)', license_url: null,
    attributions: 'Extrait de Punicheh/ChargingStation (GitHub), amont probable : consolidation IRVE data.gouv.fr', modified: '2024-10-04T00:00:00+00:00',
    backOfficeFacets: true, facets: ['code_postal', 'coordonnees_hors_finistere', 'date_deploiement'],
  },
  'finistere-irve-stations': {
    title: 'Stations de recharge pour véhicules électriques du Finistère',
    description: '<p>Stations de recharge obtenues en regroupant les points de recharge de même nom, adresse et coordonnées, avec le nombre de points et les dates de déploiement. <strong>Provenance et licence incertaines.</strong></p>',
    theme: ['Mobilité', 'Énergie'], keyword: ['IRVE', 'recharge', 'véhicules électriques'], publisher: 'dépôt Punicheh/ChargingStation',
    license: 'Incertaine (dépôt GPL-3.0 ; amont probable : consolidation IRVE, Licence Ouverte 2.0)', license_url: null,
    attributions: 'Extrait de Punicheh/ChargingStation (GitHub), amont probable : consolidation IRVE data.gouv.fr', modified: '2024-10-04T00:00:00+00:00',
    facets: ['code_postal', 'nb_points_de_charge', 'coordonnees_hors_finistere'],
  },
  'finistere-conseillers-numeriques-structures': {
    title: 'Structures accueillant des conseillers numériques France Services (Finistère, 2021)',
    description: '<p>Structures du Finistère retenues en 2021 pour accueillir des conseillers numériques France Services : raison sociale, commune, nombre de conseillers, type, financement estimatif de l\'État.</p>',
    theme: ['Inclusion numérique'], keyword: ['conseillers numériques', 'inclusion numérique', 'France Services'], publisher: 'ANCT',
    license: LO, license_url: LO_URL, attributions: 'ANCT – Conseillers numériques France Services (2021) – Licence Ouverte 2.0',
    modified: '2022-06-16T00:00:00+00:00', facets: ['commune_insee', 'type', 'nb_cnfs', 'zrr', 'qpv'],
  },
  'finistere-dotations-investissement-2019': {
    title: 'Dotations d\'investissement de l\'État 2019 (DETR, DSIL, DSID) dans le Finistère',
    description: '<p>Projets subventionnés en 2019 dans le Finistère par les dotations d\'investissement de l\'État : bénéficiaire, dotation, catégorie, description, coût total et montant de la subvention. Les coordonnées sont le centroïde de la collectivité bénéficiaire.</p>',
    theme: ['Finances', 'Subventions'], keyword: ['DETR', 'DSIL', 'DSID', 'subventions', 'investissement'], publisher: 'DGCL, traitement ANCT',
    license: LO, license_url: LO_URL, attributions: 'DGCL, traitement ANCT – dotations d\'investissement 2019 – Licence Ouverte 2.0',
    modified: '2020-09-08T00:00:00+00:00', facets: ['dotation', 'echelon', 'categorie', 'nom_terr'], text: ['id_terr'],
  },
  'finistere-politique-de-la-ville-postes-aides': {
    title: 'Postes Adulte-relais et FONJEP financés par la politique de la ville (Finistère, 2020–2023)',
    description: '<p>Postes Adulte-relais et FONJEP financés par l\'État au titre de la politique de la ville dans le Finistère : dispositif, année, bénéficiaire, montant et contrat de ville.</p>',
    theme: ['Finances', 'Subventions'], keyword: ['politique de la ville', 'Adulte-relais', 'FONJEP', 'subventions'], publisher: 'ANCT (Dauphin)',
    license: LO, license_url: LO_URL, attributions: 'ANCT – politique de la ville (Dauphin) – Licence Ouverte 2.0',
    modified: '2024-04-19T00:00:00+00:00', facets: ['dispositif', 'annee', 'lib_cv'], text: ['id_poste', 'code_tiers'],
  },
  'qbo-kerofis-noms-de-lieux': {
    title: 'Noms de lieux en breton (KerOfis) des communes de QBO',
    description: '<p>Formes bretonnes officielles (base KerOfis de l\'Office public de la langue bretonne) de 2 051 noms de lieux des communes de Quimper Bretagne Occidentale : rues, hameaux, monuments, quartiers… Export KerOfis du 1er mai 2019.</p>',
    theme: ['Culture', 'Langue bretonne'], keyword: ['breton', 'toponymie', 'KerOfis', 'noms de lieux'], publisher: 'Office public de la langue bretonne',
    license: ODBL, license_url: ODBL_URL, attributions: 'KerOfis – Office public de la langue bretonne – ODbL', modified: '2019-05-01T00:00:00+00:00',
    facets: ['kumun', 'rummad'],
  },
  'qbo-communes-noms-bretons': {
    title: 'Noms bretons des communes de QBO (KerOfis)',
    description: '<p>Nom français et nom breton officiel (KerOfis) des 14 communes de Quimper Bretagne Occidentale : Kemper, Brieg, Lokorn…</p>',
    theme: ['Culture', 'Langue bretonne'], keyword: ['breton', 'toponymie', 'KerOfis', 'communes'], publisher: 'Office public de la langue bretonne',
    license: ODBL, license_url: ODBL_URL, attributions: 'KerOfis – Office public de la langue bretonne – ODbL', modified: '2019-05-01T00:00:00+00:00',
    facets: [],
  },
  'bretagne-epci-indicateurs-insee-2017': {
    title: 'Chiffres clés INSEE 2017 des EPCI de Bretagne',
    description: '<p>Indicateurs INSEE 2017 des 60 intercommunalités de Bretagne, au format long : évolution de la population 1999–2017, âges, catégories socioprofessionnelles, logement, revenu médian, pauvreté, avec la valeur régionale en regard.</p>',
    theme: ['Population', 'Logement', 'Revenus'], keyword: ['INSEE', 'EPCI', 'Bretagne', 'indicateurs'], publisher: 'INSEE, compilation GéoBretagne',
    license: 'Licence Ouverte (INSEE) ; compilation dans un dépôt GPL-3.0', license_url: LO_URL,
    attributions: 'INSEE 2017, compilation GéoBretagne (mreport)', modified: '2022-04-22T00:00:00+00:00',
    facets: ['nom_epci', 'indicateur', 'serie', 'departements_2026', 'unite'], text: ['libelle'],
  },
  'finistere-ecluses-trafic': {
    title: 'Trafic des bateaux aux écluses du canal de Nantes à Brest (Finistère), 2009–2020',
    description: '<p>Séries de passages de bateaux par écluse : annuelles (2009 à 2020) et mensuelles (2019), pour les 44 écluses du canal de Nantes à Brest et de l\'Aulne dans le Finistère.</p>',
    theme: ['Tourisme', 'Voies navigables'], keyword: ['écluses', 'canal', 'navigation', 'trafic'], publisher: 'Région Bretagne',
    license: 'Région Bretagne (licence à confirmer)', license_url: null, attributions: 'Région Bretagne, via GéoBretagne (mreport)',
    modified: '2022-04-22T00:00:00+00:00', facets: ['nom', 'serie', 'periode'], text: ['periode'],
  },
  'finistere-ecluses': {
    title: 'Écluses du canal de Nantes à Brest dans le Finistère',
    description: '<p>Les 44 écluses du canal de Nantes à Brest et de l\'Aulne situées dans le Finistère, avec le trafic de bateaux 2019 (annuel, moyenne journalière et estivale).</p>',
    theme: ['Tourisme', 'Voies navigables'], keyword: ['écluses', 'canal', 'navigation'], publisher: 'Région Bretagne',
    license: 'Région Bretagne (licence à confirmer)', license_url: null, attributions: 'Région Bretagne, via GéoBretagne (mreport)',
    modified: '2022-04-22T00:00:00+00:00', facets: [],
  },
  catalogue: {
    title: 'Jeux de données publiés pour QBO, Quimper et le Finistère (métadonnées)',
    description: '<p>Fiches de catalogue réelles (métadonnées seulement) de jeux de données concernant Quimper Bretagne Occidentale, la Ville de Quimper et le Finistère, publiés sur data.gouv.fr et transport.data.gouv.fr.</p>',
    theme: ['Catalogue'], keyword: ['catalogue', 'métadonnées'], publisher: 'data.gouv.fr, transport.data.gouv.fr',
    license: 'Métadonnées (licences des jeux décrits : Licence Ouverte 2.0 ou non précisée)', license_url: null,
    attributions: 'data.gouv.fr, transport.data.gouv.fr', modified: '2026-11-27T00:00:00+00:00', facets: ['portal', 'publisher'],
  },
};
