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
