/** ODSQL abstract syntax tree. Every node keeps its source text (`src`) for result keys and messages. */
export type Node =
  | { k: 'lit'; v: string | number | boolean | null; src: string }
  | { k: 'date'; v: string; src: string }
  | { k: 'geom'; v: string; src: string }
  | { k: 'qty'; n: number; unit: string; src: string }
  | { k: 'field'; name: string; src: string }
  | { k: 'star'; src: string }
  | { k: 'call'; name: string; args: Node[]; distinct?: boolean; src: string }
  | { k: 'bin'; op: string; l: Node; r: Node; src: string }
  | { k: 'neg'; e: Node; src: string }
  | { k: 'and' | 'or'; l: Node; r: Node; src: string }
  | { k: 'not'; e: Node; src: string }
  | { k: 'in'; e: Node; list: Node[]; src: string }
  | { k: 'range'; e: Node; lo: Node | null; hi: Node | null; loInc: boolean; hiInc: boolean; src: string }
  | { k: 'like'; e: Node; pat: string; src: string }
  | { k: 'is'; e: Node; what: 'null' | 'true' | 'false'; neg: boolean; src: string }
  | { k: 'fts'; text: string; src: string };

/** One item of select / group_by: expression, optional `AS` label, and the text it is keyed by. */
export interface Item { expr: Node; alias?: string; key: string }

/** One order_by item. */
export interface OrderItem { expr: Node; desc: boolean }

export const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'median', 'percentile', 'envelope', 'bbox']);

export function hasAggregate(n: Node): boolean {
  switch (n.k) {
    case 'call': return AGGREGATES.has(n.name) || n.args.some(hasAggregate);
    case 'bin': case 'and': case 'or': return hasAggregate(n.l) || hasAggregate(n.r);
    case 'neg': case 'not': case 'in': case 'range': case 'like': case 'is': return hasAggregate(n.e);
    default: return false;
  }
}
