/**
 * `synthetic-points`: N seeded random points inside Finistère, each tied to a real commune (INSEE code and
 * name, located near the commune's centroid), with a category, a date and numbers. Built in one pass.
 */
import { buildDataset } from './dataset.js';
import { field } from './infer.js';
import type { Dataset, Row } from './types.js';

const CATEGORIES = ['Aire de jeux', 'Bibliothèque', 'Borne de recharge', 'Défibrillateur', 'Équipement sportif',
  'Parking', 'Point d\'apport volontaire', 'Toilettes publiques'];
export const FINISTERE_BBOX = { lonMin: -5.15, lonMax: -3.38, latMin: 47.70, latMax: 48.76 };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Commune { code: string; nom: string; lon: number; lat: number; qbo: boolean }

export function buildSynthetic(n: number, communes: Commune[], seed = 29232): Dataset {
  const rand = mulberry32(seed);
  const qbo = communes.filter((c) => c.qbo);
  const days = Math.floor((Date.UTC(2025, 11, 31) - Date.UTC(2015, 0, 1)) / 86400000);
  const rows: Row[] = new Array(n);
  const clamp = (v: number, a: number, b: number) => Math.min(b, Math.max(a, v));
  for (let i = 0; i < n; i++) {
    // Half of the points in QBO communes, so the QBO demo pages have dense data.
    const c = rand() < 0.5 && qbo.length ? qbo[Math.floor(rand() * qbo.length)] : communes[Math.floor(rand() * communes.length)];
    const cat = CATEGORIES[Math.floor(rand() * rand() * CATEGORIES.length)];
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * days) * 86400000).toISOString().slice(0, 10);
    rows[i] = {
      identifiant: 'SP-' + String(i + 1).padStart(6, '0'),
      nom: `${cat} n° ${i + 1}`,
      categorie: cat,
      code_insee: c.code,
      commune: c.nom,
      date_mise_en_service: d,
      capacite: 1 + Math.floor(rand() * 120),
      valeur: Math.round(rand() * 100000) / 100,
      geo_point_2d: {
        lon: Math.round(clamp(c.lon + (rand() - 0.5) * 0.04, FINISTERE_BBOX.lonMin, FINISTERE_BBOX.lonMax) * 1e6) / 1e6,
        lat: Math.round(clamp(c.lat + (rand() - 0.5) * 0.03, FINISTERE_BBOX.latMin, FINISTERE_BBOX.latMax) * 1e6) / 1e6,
      },
    };
  }
  const fields = [
    field('identifiant', 'text', 'Identifiant du point', false),
    field('nom', 'text', 'Nom du point', false),
    field('categorie', 'text', 'Catégorie d\'équipement', true, 'Catégorie'),
    field('code_insee', 'text', 'Code INSEE de la commune', true, 'Code INSEE'),
    field('commune', 'text', 'Nom de la commune', true, 'Commune'),
    field('date_mise_en_service', 'date', 'Date de mise en service (fictive)', true, 'Date de mise en service'),
    field('capacite', 'int', 'Capacité (fictive)', false, 'Capacité'),
    field('valeur', 'double', 'Valeur numérique (fictive)', false, 'Valeur'),
    field('geo_point_2d', 'geo_point_2d', 'Coordonnées WGS84 du point', false, 'Coordonnées'),
  ];
  const ds = buildDataset('synthetic-points', fields, rows, {
    title: `Jeu de données synthétique (${n.toLocaleString('fr-FR')} points dans le Finistère)`,
    description: '<p>Points <strong>fictifs</strong> générés (graine fixe) pour les tests et les mesures de performance : chaque point est rattaché à une vraie commune du Finistère (code INSEE et nom) et placé près de son centre.</p>',
    theme: ['Tests'], keyword: ['synthétique', 'tests', 'performance'], publisher: 'opendata-widgets (données générées)',
    license: 'Licence Ouverte v2.0 (Etalab)', license_url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    attributions: 'Données fictives générées par le portail local opendata-widgets', modified: '2026-11-27T00:00:00+00:00', facets: [],
  }, 'synthetic');
  return ds;
}

const EVENT_KINDS = ['Concert', 'Exposition', 'Fest-noz', 'Marché', 'Conférence', 'Atelier', 'Spectacle', 'Randonnée'];
const PLACES = ['Théâtre de Cornouaille', 'Médiathèque', 'Halles Saint-François', 'Salle polyvalente', 'Jardin de la Retraite',
  'Place Saint-Corentin', 'Maison du patrimoine', 'Centre culturel'];
const DAY = 86400000;

/** The UTC midnight of `now`'s calendar day. */
export function utcDay(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/**
 * `synthetic-events`: seeded fictitious events whose dates lie around `today` (from 90 days before to 180 after),
 * so "à venir", "ce week-end" and overlap filters are tested on data that has upcoming and running events. Some
 * last one day, some a week or more; a few have no end date. Real datasets' dates are never shifted.
 */
export function buildSyntheticEvents(communes: Commune[], today: Date = new Date(), n = 240, seed = 2019): Dataset {
  const rand = mulberry32(seed);
  const start0 = utcDay(today) - 90 * DAY;
  const qbo = communes.filter((c) => c.qbo);
  const pool = qbo.length ? qbo : communes;
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const kind = EVENT_KINDS[Math.floor(rand() * EVENT_KINDS.length)];
    const c = pool[Math.floor(rand() * pool.length)];
    const start = start0 + Math.floor(rand() * 271) * DAY;
    const r = rand();
    const length = r < 0.55 ? 0 : r < 0.85 ? 1 + Math.floor(rand() * 3) : 5 + Math.floor(rand() * 25);
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    rows.push({
      identifiant: 'EV-' + String(i + 1).padStart(4, '0'),
      titre: `${kind} n° ${i + 1} à ${c?.nom ?? 'Quimper'}`,
      type: kind,
      date_debut: iso(start),
      date_fin: i % 17 === 5 ? null : iso(start + length * DAY),
      lieu: PLACES[Math.floor(rand() * PLACES.length)],
      commune: c?.nom ?? 'Quimper',
      code_insee: c?.code ?? '29232',
      gratuit: rand() < 0.4,
      tarif: Math.round(rand() * 30),
      site_web: 'https://www.quimper.bzh/',
      geo_point_2d: c ? { lon: Math.round((c.lon + (rand() - 0.5) * 0.02) * 1e6) / 1e6, lat: Math.round((c.lat + (rand() - 0.5) * 0.015) * 1e6) / 1e6 } : null,
    });
  }
  const fields = [
    field('identifiant', 'text', 'Identifiant de l\'événement', false),
    field('titre', 'text', 'Titre de l\'événement (fictif)', false, 'Titre'),
    field('type', 'text', 'Type d\'événement', true, 'Type'),
    field('date_debut', 'date', 'Premier jour (fictif, autour de la date du jour)', false, 'Date de début'),
    field('date_fin', 'date', 'Dernier jour (vide : un seul jour)', false, 'Date de fin'),
    field('lieu', 'text', 'Lieu', true, 'Lieu'),
    field('commune', 'text', 'Commune', true, 'Commune'),
    field('code_insee', 'text', 'Code INSEE de la commune', false, 'Code INSEE'),
    field('gratuit', 'boolean', 'Entrée gratuite', true, 'Gratuit'),
    field('tarif', 'int', 'Tarif plein (€, fictif)', false, 'Tarif (€)'),
    field('site_web', 'text', 'Site web', false, 'Site web'),
    field('geo_point_2d', 'geo_point_2d', 'Coordonnées WGS84 du lieu', false, 'Coordonnées'),
  ];
  return buildDataset('synthetic-events', fields, rows, {
    title: 'Agenda synthétique (événements fictifs autour de la date du jour)',
    description: '<p>Événements <strong>fictifs</strong> générés (graine fixe) dans les communes de QBO, datés de 90 jours avant à 180 jours après le jour où le portail local démarre : pour tester les filtres de dates (« à venir », « ce week-end ») sur des données qui ont des événements à venir.</p>',
    theme: ['Tests'], keyword: ['synthétique', 'agenda', 'tests'], publisher: 'opendata-widgets (données générées)',
    license: 'Licence Ouverte v2.0 (Etalab)', license_url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    attributions: 'Données fictives générées par le portail local opendata-widgets', modified: new Date(utcDay(today)).toISOString().slice(0, 19) + '+00:00', facets: ['type', 'commune', 'lieu', 'gratuit'],
  }, 'synthetic');
}
