// The bench's dashboard page, built from the dataset's schema so it follows the portal's field names.
export interface Meta { fields: { name: string; type: string; label?: string; annotations?: Record<string, unknown> }[] }
export interface Fields { category: string; number?: string; geo?: string }

/** A facet text field for facets and the chart, a numeric field for the KPI, the geo field for the map. */
export function pickFields(meta: Meta): Fields {
  const fields = meta.fields ?? [];
  const facet = fields.filter((f) => f.type === 'text' && f.annotations && 'facet' in f.annotations);
  const category = (facet.find((f) => /cat|type|theme/i.test(f.name)) ?? facet[0] ?? fields.find((f) => f.type === 'text'))?.name;
  if (!category) throw new Error('synthetic-points has no text field');
  return {
    category,
    number: fields.find((f) => f.type === 'int' || f.type === 'double')?.name,
    geo: fields.find((f) => f.type === 'geo_point_2d')?.name,
  };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function dashboardHtml(portal: string, f: Fields): string {
  const kpi = f.number ? `sum(${f.number})` : 'count(*)';
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Tableau de bord (bench)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/bench/probe.js"></script>
<script type="module" src="/lib/opendata-widgets.js"></script>
</head><body><main><h1>Tableau de bord</h1>
<od-dataset id="synth" portal="${esc(portal)}" dataset="synthetic-points">
  <od-search></od-search>
  <od-facets fields="${esc(f.category)}"></od-facets>
  <od-filters></od-filters>
  <od-kpi value="${esc(kpi)}" label="Total"></od-kpi>
  <od-table page-size="10"></od-table>
  <od-chart type="bar" x="${esc(f.category)}" y="count(*)" title="Points par catégorie"></od-chart>
  <od-map style="--od-map-height:400px"></od-map>
  <od-download></od-download>
</od-dataset></main></body></html>`;
}

/** The request that brings each widget of this page its first data (decoded URL), for the critical paths. */
export const WIDGET_QUERIES: Record<string, RegExp> = {
  'od-table': /\/records\?.*limit=10\b/,
  'od-kpi': /\/records\?select=sum\(/,
  'od-chart': /\/records\?.*group_by=`[^`]+`[+ ]as[+ ]x/,
  'od-map': /geo_cluster\(|\/exports\/json\?/,
  'od-facets': /\/facets\?/,
  'od-download': /\/exports$|\/records\?limit=0$/,
};
